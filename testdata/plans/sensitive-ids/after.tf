# Security-group and prefix-list ids that reach rules and workloads only through sensitive
# values: a sensitive module output, a `sensitive = true` variable and sensitive(). The
# referenced group `app` and list `partners` exist already (before.tf), so their ids are known
# at plan time; the VPC's default group is in no resource of the plan.
variable "db_group_id" {
  type      = string
  sensitive = true
  default   = null
}

module "ids" {
  source           = "./modules/ids"
  app_group_id     = aws_security_group.app.id
  default_group_id = aws_vpc.main.default_security_group_id
  prefix_list_id   = aws_ec2_managed_prefix_list.partners.id
}

locals {
  db_group_id = coalesce(var.db_group_id, sensitive(aws_security_group.db.id))
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "App"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Inline rules naming a group and a prefix list by sensitive ids.
resource "aws_security_group" "db" {
  name        = "db"
  description = "Database"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [module.ids.app_group_id]
  }

  ingress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    prefix_list_ids = [module.ids.prefix_list_id]
  }
}

resource "aws_ec2_managed_prefix_list" "partners" {
  name           = "partners"
  address_family = "IPv4"
  max_entries    = 5

  entry {
    cidr        = "192.0.2.0/24"
    description = "partner"
  }
}

# A group that is in no resource of the plan (the VPC's default group), by a sensitive id.
resource "aws_security_group_rule" "db_from_default" {
  type                     = "ingress"
  security_group_id        = local.db_group_id
  from_port                = 8080
  to_port                  = 8080
  protocol                 = "tcp"
  source_security_group_id = module.ids.default_group_id
}

# A rule owned by that group, named by its sensitive id: SSH from the world.
resource "aws_security_group_rule" "default_ssh" {
  type              = "ingress"
  security_group_id = module.ids.default_group_id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "db_from_partners" {
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  from_port         = 3306
  to_port           = 3306
  protocol          = "tcp"
  prefix_list_ids   = [module.ids.prefix_list_id]
}

resource "aws_vpc_security_group_ingress_rule" "db_ssh_from_app" {
  security_group_id            = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 22
  to_port                      = 22
  referenced_security_group_id = module.ids.app_group_id
}

resource "aws_vpc_security_group_ingress_rule" "db_redis_from_partners" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "tcp"
  from_port         = 6379
  to_port           = 6379
  prefix_list_id    = module.ids.prefix_list_id
}

# Workloads attached by sensitive ids: an instance with a public address in `app`, and a
# network interface in `db`.
resource "aws_instance" "app" {
  ami                         = "ami-12c6146b"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.a.id
  vpc_security_group_ids      = [module.ids.app_group_id]
  associate_public_ip_address = true
}

resource "aws_network_interface" "db" {
  subnet_id       = aws_subnet.a.id
  security_groups = [local.db_group_id]
}
