resource "aws_security_group" "app" {
  name        = "app"
  description = "App"
}

resource "aws_vpc_security_group_ingress_rule" "high" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "udp"
  from_port         = -5
  to_port           = 53
  cidr_ipv4         = "10.0.0.0/8"
}
