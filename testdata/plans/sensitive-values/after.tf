# Sensitive values everywhere sgaudit could print them: sensitive variables, a sensitive()
# call and a sensitive module output, in CIDRs (IPv4 and IPv6), descriptions, a group name,
# a tag and a prefix-list entry.
variable "admin_cidr" {
  type      = string
  sensitive = true
  default   = "203.0.113.77/32"
}

variable "admin_description" {
  type      = string
  sensitive = true
  default   = "s3cr3t-inline-description"
}

variable "db_name" {
  type      = string
  sensitive = true
  default   = "s3cr3t-name-db"
}

variable "db_description" {
  type      = string
  sensitive = true
  default   = "s3cr3t-group-description"
}

variable "owner" {
  type      = string
  sensitive = true
  default   = "s3cr3t-owner-tag"
}

variable "postgres_cidr" {
  type      = string
  sensitive = true
  default   = "203.0.113.99/32"
}

variable "postgres_description" {
  type      = string
  sensitive = true
  default   = "s3cr3t-rule-description"
}

variable "mysql_cidr" {
  type      = string
  sensitive = true
  default   = "198.51.100.99/32"
}

variable "partner_cidr" {
  type      = string
  sensitive = true
  default   = "192.0.2.128/25"
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
  ipv6_cidr = "2001:db8:5ec2::/48"
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
    description = var.admin_description
  }

  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [sensitive("192.0.2.77/32")]
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
  cidr_blocks       = [var.postgres_cidr]
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
