resource "aws_security_group" "app" {
  name        = "app"
  description = "app"
}

# Two peers on one rule: the provider's schema allows exactly one, so Terraform refuses it.
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.app.id
  description       = "HTTPS"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.0.0.0/8"
  cidr_ipv6         = "::/0"
}
