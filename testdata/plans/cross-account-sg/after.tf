resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "shared" {
  name        = "shared"
  description = "Reachable from a partner account"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port       = 8443
    to_port         = 8443
    protocol        = "tcp"
    security_groups = ["123456789012/sg-0fedcba9876543210"]
  }
}

resource "aws_security_group_rule" "partner_https" {
  type                     = "ingress"
  from_port                = 443
  to_port                  = 443
  protocol                 = "tcp"
  source_security_group_id = "123456789012/sg-0123456789abcdef0"
  security_group_id        = aws_security_group.shared.id
}
