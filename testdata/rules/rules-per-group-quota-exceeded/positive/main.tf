# The boundary plus one: 61 inbound IPv4 rules, one more than AWS's default quota of 60.
resource "aws_security_group" "over" {
  name        = "over"
  description = "Fixture group"
  dynamic "ingress" {
    for_each = range(61)
    content {
      description = "partner ${ingress.value}"
      from_port   = 443
      to_port     = 443
      protocol    = "tcp"
      cidr_blocks = ["10.${ingress.value}.0.0/16"]
    }
  }
}

# 15 rules and one that references a customer-managed prefix list: it counts its max_entries
# (50), not its 2 entries: 65 of 60.
resource "aws_ec2_managed_prefix_list" "partners" {
  name           = "partners"
  address_family = "IPv4"
  max_entries    = 50

  entry {
    cidr = "192.0.2.0/24"
  }

  entry {
    cidr = "198.51.100.0/24"
  }
}

resource "aws_security_group" "listed" {
  name        = "listed"
  description = "Fixture group"
  dynamic "ingress" {
    for_each = range(15)
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
