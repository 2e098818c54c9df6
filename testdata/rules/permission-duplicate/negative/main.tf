# Permissions that look alike but are not one permission to AWS, and identical inline blocks
# (one element of the group's set): nothing fails at apply.

# Identical inline blocks: Terraform's set holds them once.
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"

  ingress {
    description = "HTTPS from the VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    description = "HTTPS from the VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

# Overlapping CIDRs, another protocol, another direction, other ports, another address family:
# all different permissions.
resource "aws_security_group" "api" {
  name        = "api"
  description = "API servers"
}

resource "aws_vpc_security_group_ingress_rule" "vpc" {
  security_group_id = aws_security_group.api.id
  description       = "API from the VPC"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "everything_private" {
  security_group_id = aws_security_group.api.id
  description       = "API from the private range"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_vpc_security_group_ingress_rule" "udp" {
  security_group_id = aws_security_group.api.id
  description       = "QUIC from the VPC"
  ip_protocol       = "udp"
  from_port         = 8443
  to_port           = 8443
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = aws_security_group.api.id
  description       = "API calls to the VPC"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "range" {
  security_group_id = aws_security_group.api.id
  description       = "Admin range from the VPC"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8444
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "v6" {
  security_group_id = aws_security_group.api.id
  description       = "API from the VPC over IPv6"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
  cidr_ipv6         = "fd00::/56"
}

# The same values on two groups: one permission each.
resource "aws_security_group" "db" {
  name        = "db"
  description = "Databases"
}

resource "aws_vpc_security_group_ingress_rule" "db" {
  security_group_id = aws_security_group.db.id
  description       = "API from the VPC"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
  cidr_ipv4         = "10.0.0.0/16"
}
