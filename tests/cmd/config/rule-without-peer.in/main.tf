resource "aws_security_group" "app" {
  name        = "app"
  description = "app"
}

# No peer: every list empty, no source group, self false. The provider refuses it at apply.
resource "aws_security_group_rule" "egress" {
  type              = "egress"
  description       = "nowhere"
  security_group_id = aws_security_group.app.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = []
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  description       = "SSH from anywhere"
  security_group_id = aws_security_group.app.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
