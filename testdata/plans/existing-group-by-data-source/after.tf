resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "legacy" {
  name        = "legacy"
  description = "Legacy hosts"
  vpc_id      = aws_vpc.main.id
}

# The same group, looked up by name.
data "aws_security_group" "legacy" {
  name   = "legacy"
  vpc_id = aws_vpc.main.id

  depends_on = [aws_security_group.legacy]
}

locals {
  legacy_id = aws_security_group.legacy.id
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = data.aws_security_group.legacy.id
  description       = "RDP from anywhere"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  description       = "SSH from the internal network"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = local.legacy_id
}
