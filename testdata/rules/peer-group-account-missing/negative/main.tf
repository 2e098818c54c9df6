# The partner's group named with its account everywhere; another bare id that the input never
# names with an account (nothing says it is another account's).
resource "aws_security_group" "shared" {
  name        = "shared"
  description = "Reachable from a partner account"

  ingress {
    description     = "API from the partner"
    from_port       = 8443
    to_port         = 8443
    protocol        = "tcp"
    security_groups = ["123456789012/sg-0fedcba9876543210"]
  }

  ingress {
    description     = "HTTPS from the partner"
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    security_groups = ["123456789012/sg-0fedcba9876543210"]
  }
}

resource "aws_security_group_rule" "from_legacy" {
  type                     = "ingress"
  security_group_id        = aws_security_group.shared.id
  description              = "From a group of this account"
  protocol                 = "tcp"
  from_port                = 22
  to_port                  = 22
  source_security_group_id = "sg-0123456789abcdef0"
}
