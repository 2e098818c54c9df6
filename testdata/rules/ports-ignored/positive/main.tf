resource "aws_security_group" "misleading" {
  name        = "misleading"
  description = "Fixture group"
}

resource "aws_security_group_rule" "looks_like_ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.misleading.id
  protocol          = "-1"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["10.0.0.0/16"]
}
