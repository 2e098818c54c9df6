resource "aws_security_group" "docker" {
  name        = "docker"
  description = "Fixture group"

  ingress {
    description = "Docker API from anywhere"
    from_port   = 2375
    to_port     = 2376
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
