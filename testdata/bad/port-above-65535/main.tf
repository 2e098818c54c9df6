resource "aws_security_group" "app" {
  name        = "app"
  description = "App"
}

resource "aws_security_group_rule" "high" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 1024
  to_port           = 70000
  cidr_blocks       = ["10.0.0.0/8"]
}
