# testdata/plans/sensitive-values/after.tf with its secrets in terraform.tfvars, and reached
# through what the evaluator has to carry the mark through: a local built by a template, a
# conditional, a `dynamic` block over a sensitive list, a `sensitive()` call and a module's
# sensitive input coming back as its output.
variable "admin_host" {
  type      = string
  sensitive = true
}

variable "admin_description" {
  type      = string
  sensitive = true
}

variable "db_name" {
  type      = string
  sensitive = true
}

variable "db_description" {
  type      = string
  sensitive = true
}

variable "owner" {
  type      = string
  sensitive = true
}

variable "postgres_cidrs" {
  type      = list(string)
  sensitive = true
}

variable "postgres_description" {
  type      = string
  sensitive = true
}

variable "mysql_cidr" {
  type      = string
  sensitive = true
}

variable "partner_cidr" {
  type      = string
  sensitive = true
}

variable "partner_ipv6" {
  type = string
}

locals {
  admin_cidr = "${var.admin_host}/32"
  egress_to  = length(var.owner) > 0 ? sensitive("192.0.2.77/32") : "10.0.0.0/8"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

module "partner" {
  source    = "./modules/partner"
  ipv6_cidr = var.partner_ipv6
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [local.admin_cidr]
    description = var.admin_description
  }

  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [local.egress_to]
  }
}

resource "aws_network_interface" "bastion" {
  subnet_id       = aws_subnet.a.id
  security_groups = [aws_security_group.bastion.id]
}

resource "aws_ec2_managed_prefix_list" "partners" {
  name           = "partners"
  address_family = "IPv4"
  max_entries    = 5

  entry {
    cidr        = var.partner_cidr
    description = "partner"
  }
}

resource "aws_security_group" "db" {
  name        = var.db_name
  description = var.db_description
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    prefix_list_ids = [aws_ec2_managed_prefix_list.partners.id]
  }

  tags = {
    owner = var.owner
  }
}

resource "aws_security_group_rule" "postgres" {
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = [for c in var.postgres_cidrs : c]
  description       = var.postgres_description
}

resource "aws_vpc_security_group_ingress_rule" "mysql" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
  cidr_ipv4         = var.mysql_cidr
  description       = "MySQL from the partner"
}

resource "aws_vpc_security_group_ingress_rule" "ssh_v6" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv6         = module.partner.ipv6_cidr
}

# A sensitive list drives a dynamic block: every block it makes is sensitive.
resource "aws_security_group" "ops" {
  name        = "ops"
  description = "Operations"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {
    for_each = var.postgres_cidrs
    content {
      from_port   = 8443
      to_port     = 8443
      protocol    = "tcp"
      cidr_blocks = [ingress.value]
    }
  }
}
