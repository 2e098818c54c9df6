variable "env" {
  type    = string
  default = "prod"
}

variable "office_ip" {
  type    = string
  default = "203.0.113.10"
}

# Comma-separated, with an empty entry and a duplicate.
variable "extra_cidrs_csv" {
  type    = string
  default = "192.0.2.0/24,,192.0.2.0/24,198.51.100.0/24"
}

variable "override_cidr" {
  type    = string
  default = null
}

# Not a CIDR: can() below falls back.
variable "partner_cidr" {
  type    = string
  default = "partner.example.com"
}

variable "services" {
  type = map(object({
    port     = number
    protocol = string
    public   = bool
  }))
  default = {
    https = { port = 443, protocol = "TCP", public = true }
    dns   = { port = 53, protocol = "Udp", public = true }
    admin = { port = 8443, protocol = "tcp", public = false }
  }
}

locals {
  office_cidr = "${var.office_ip}/32"
  extra_cidrs = split(",", var.extra_cidrs_csv)
  # ["203.0.113.10/32", "192.0.2.0/24", "198.51.100.0/24"]
  admin_cidrs  = distinct(compact(concat([local.office_cidr], local.extra_cidrs)))
  public_cidrs = var.env == "prod" ? ["0.0.0.0/0"] : local.admin_cidrs
  # dns (udp 53) and https (tcp 443); admin is filtered out.
  public_rules = [
    for name, svc in var.services : {
      name     = name
      port     = svc.port
      protocol = lower(svc.protocol)
    } if svc.public
  ]
  # { ssh = 22, https = 8443, metrics = 9100 }
  ports = merge({ ssh = 22, https = 443 }, { https = 8443, metrics = 9100 })
  # 10.20.0.0/16
  internal_cidr = coalesce(var.override_cidr, format("%s/%d", join(".", ["10", "20", "0", "0"]), 16))
  # 10.99.0.0/16
  partner_cidr = can(cidrnetmask(var.partner_cidr)) ? var.partner_cidr : "10.99.0.0/16"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "worker" {
  count       = 2
  name        = "worker-${count.index}"
  description = "Worker ${count.index}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "web" {
  name        = "web-${var.env}"
  description = "Public web tier"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {
    for_each = local.public_rules
    content {
      description = ingress.value.name
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = ingress.value.protocol
      cidr_blocks = local.public_cidrs
    }
  }

  ingress {
    description     = "metrics from workers"
    from_port       = lookup(local.ports, "metrics", 9000)
    to_port         = lookup(local.ports, "metrics", 9000)
    protocol        = "tcp"
    security_groups = aws_security_group.worker[*].id
  }

  ingress {
    description = "admin console"
    from_port   = lookup(local.ports, "admin", 9443)
    to_port     = lookup(local.ports, "admin", 9443)
    protocol    = upper("tcp")
    cidr_blocks = local.admin_cidrs
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = tostring(-1)
    cidr_blocks = ["%{if var.env == "prod"}10.0.0.0/8%{else}0.0.0.0/0%{endif}"]
  }
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "ssh_admin" {
  count             = length(local.admin_cidrs)
  type              = "ingress"
  description       = "SSH from admin network ${count.index}"
  from_port         = lookup(local.ports, "ssh", 2222)
  to_port           = lookup(local.ports, "ssh", 2222)
  protocol          = tostring(6)
  cidr_blocks       = [element(local.admin_cidrs, count.index + length(local.admin_cidrs))]
  security_group_id = aws_security_group.bastion.id
}

resource "aws_vpc_security_group_ingress_rule" "postgres_internal" {
  security_group_id = aws_security_group.bastion.id
  description       = "Postgres from the internal range"
  ip_protocol       = upper(replace("tcp-v4", "-v4", ""))
  from_port         = tonumber("5432")
  to_port           = tonumber("5432")
  cidr_ipv4         = local.internal_cidr
}

resource "aws_vpc_security_group_ingress_rule" "partner" {
  security_group_id = aws_security_group.bastion.id
  description       = "Partner port"
  ip_protocol       = element(["tcp", "udp"], 2)
  from_port         = try(var.services["partner"].port, 2222)
  to_port           = try(var.services["partner"].port, 2222)
  cidr_ipv4         = local.partner_cidr
}

resource "aws_vpc_security_group_egress_rule" "https" {
  security_group_id = aws_security_group.bastion.id
  ip_protocol       = "tcp"
  from_port         = local.ports["https"]
  to_port           = local.ports["https"]
  cidr_ipv4         = "%{if var.env != "prod"}10.0.0.0/8%{else}0.0.0.0/0%{endif}"
}
