resource "aws_security_group" "mail" {
  name        = "mail"
  description = "Fixture group"
  ingress {
    from_port   = 25
    to_port     = 25
    protocol    = "tcp"
    cidr_blocks = ["203.0.112.0/22"]
  }
}
