resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_ec2_managed_prefix_list" "corp" {
  name           = "corp-offices"
  address_family = "IPv4"
  max_entries    = 5

  entry {
    cidr        = "192.0.2.0/24"
    description = "HQ"
  }
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "App servers"
  vpc_id      = aws_vpc.main.id
}

# Members of the group reach each other on 8080.
resource "aws_security_group_rule" "peers" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 8080
  to_port           = 8080
  self              = true
}

# The offices reach SSH through the managed prefix list.
resource "aws_security_group_rule" "ssh_offices" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  prefix_list_ids   = [aws_ec2_managed_prefix_list.corp.id]
}

# HTTPS from the whole IPv6 internet.
resource "aws_security_group_rule" "https_v6" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  ipv6_cidr_blocks  = ["::/0"]
}

# New: RDP from the whole IPv6 internet.
resource "aws_security_group_rule" "rdp_v6" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 3389
  to_port           = 3389
  ipv6_cidr_blocks  = ["::/0"]
}
