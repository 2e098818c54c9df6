resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# A customer-managed prefix list of two entries and room for 50: a rule that references it
# counts 50 against the group's quota.
resource "aws_ec2_managed_prefix_list" "partners" {
  name           = "partners"
  address_family = "IPv4"
  max_entries    = 50

  entry {
    cidr        = "192.0.2.0/24"
    description = "Partner A"
  }

  entry {
    cidr        = "198.51.100.0/24"
    description = "Partner B"
  }
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id
}

# 15 inbound IPv4 rules.
resource "aws_security_group_rule" "offices" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  description       = "Offices"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16", "10.6.0.0/16", "10.7.0.0/16", "10.8.0.0/16", "10.9.0.0/16", "10.10.0.0/16", "10.11.0.0/16", "10.12.0.0/16", "10.13.0.0/16", "10.14.0.0/16"]
}

# The change: one rule that references the list, 15 + 50 = 65 of AWS's default quota of 60.
resource "aws_vpc_security_group_ingress_rule" "partners" {
  security_group_id = aws_security_group.app.id
  description       = "Partners"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = aws_ec2_managed_prefix_list.partners.id
}
