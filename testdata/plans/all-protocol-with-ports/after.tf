resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "misleading" {
  name        = "misleading"
  description = "Ports look narrow but protocol is all"
  vpc_id      = aws_vpc.main.id
}

# AWS ignores the ports when the protocol is -1: this opens every port.
resource "aws_security_group_rule" "looks_like_ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.misleading.id
}

resource "aws_vpc_security_group_ingress_rule" "looks_like_https" {
  security_group_id = aws_security_group.misleading.id
  ip_protocol       = "all"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
