resource "aws_security_group" "worker" {
  name        = "worker"
  description = "Fixture group"
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
