variable "db_client_tiers" {
  type    = list(string)
  default = ["app"]
}

locals {
  base = "10.0.0.0/16"
  # public 10.0.1.0/24, app 10.0.2.0/24, db 10.0.3.0/24
  subnets = { for i, tier in ["public", "app", "db"] : tier => cidrsubnet(local.base, 8, i + 1) }
  # 10.0.1.10/32
  nat_host = "${cidrhost(local.subnets["public"], 10)}/32"
  # 10.0.2.0/24, rebuilt from the host and the netmask
  prefix_length = { "255.255.255.0" = 24, "255.255.0.0" = 16 }
  app_cidr      = "${cidrhost(local.subnets["app"], 0)}/${local.prefix_length[cidrnetmask(local.subnets["app"])]}"
  # 2001:db8:0:1::/64
  app_ipv6 = cidrsubnet("2001:db8::/56", 8, 1)

  db_ports        = tomap({ redis = 6379, postgres = 5432 })
  db_port_by_name = zipmap(keys(local.db_ports), values(local.db_ports))
  # postgres-app (5432) and redis-app (6379) from 10.0.2.0/24; public is filtered out
  db_rules = flatten([
    for name, port in local.db_port_by_name : [
      for tier in ["app", "public"] : {
        key  = "${name}-${tier}"
        port = port
        cidr = local.subnets[tier]
      } if contains(var.db_client_tiers, tier)
    ]
  ])

  # 8000, 8001, 8002
  app_ports = range(8000, 8003)
  # a set of strings is sorted: ["10.0.1.0/24", "10.0.3.0/24"]
  trusted = tolist(toset(["10.0.3.0/24", "10.0.1.0/24", "10.0.3.0/24"]))
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "app ports from the public and db subnets"
    from_port   = local.app_ports[0]
    to_port     = local.app_ports[length(local.app_ports) - 1]
    protocol    = "tcp"
    cidr_blocks = local.trusted
  }

  ingress {
    description = "SSH from the NAT host"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [local.nat_host]
  }

  ingress {
    description      = "HTTPS over IPv6"
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    ipv6_cidr_blocks = [local.app_ipv6]
  }
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "Databases"
  vpc_id      = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "db" {
  for_each = { for r in local.db_rules : r.key => r }

  security_group_id = aws_security_group.db.id
  description       = each.key
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
}

resource "aws_security_group_rule" "app_to_db" {
  for_each = toset(keys(local.db_ports))

  type              = "egress"
  description       = "${each.key} to the db subnet"
  from_port         = local.db_ports[each.key]
  to_port           = local.db_ports[each.key]
  protocol          = "tcp"
  cidr_blocks       = [local.app_cidr == "10.0.2.0/24" ? local.subnets["db"] : local.base]
  security_group_id = aws_security_group.app.id
}
