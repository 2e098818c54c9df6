# A partner's group named with its account by one rule and without it by another.
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
}

resource "aws_vpc_security_group_ingress_rule" "partner_https" {
  security_group_id            = aws_security_group.shared.id
  description                  = "HTTPS from the partner"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = "sg-0fedcba9876543210"
}
