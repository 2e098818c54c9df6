resource "aws_security_group" "app" {
  name        = "app"
  description = "Fixture group"
  ingress {
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
