# The boundary: exactly 60 inbound IPv4 rules, AWS's default quota, and 60 inbound IPv6
# rules beside them (the quota counts each IP version apart).
resource "aws_security_group" "full" {
  name        = "full"
  description = "Fixture group"
  dynamic "ingress" {
    for_each = range(60)
    content {
      description = "partner ${ingress.value}"
      from_port   = 443
      to_port     = 443
      protocol    = "tcp"
      cidr_blocks = ["10.${ingress.value}.0.0/16"]
    }
  }
  dynamic "ingress" {
    for_each = range(60)
    content {
      description      = "partner v6 ${ingress.value}"
      from_port        = 443
      to_port          = 443
      protocol         = "tcp"
      ipv6_cidr_blocks = ["fd00:${ingress.value}::/32"]
    }
  }
}

# 10 rules and a prefix list of max_entries 50: exactly 60.
resource "aws_ec2_managed_prefix_list" "partners" {
  name           = "partners"
  address_family = "IPv4"
  max_entries    = 50

  entry {
    cidr = "192.0.2.0/24"
  }
}

resource "aws_security_group" "listed" {
  name        = "listed"
  description = "Fixture group"
  dynamic "ingress" {
    for_each = range(10)
    content {
      description = "office ${ingress.value}"
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = ["10.${ingress.value}.0.0/16"]
    }
  }
}

resource "aws_vpc_security_group_ingress_rule" "partners" {
  security_group_id = aws_security_group.listed.id
  description       = "partners"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = aws_ec2_managed_prefix_list.partners.id
}
