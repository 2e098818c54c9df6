resource "aws_security_group" "windows" {
  name        = "windows"
  description = "Fixture group"
  ingress {
    from_port   = 0
    to_port     = 1024
    protocol    = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}

# Attached: a group nothing uses is admin-ports-public-unattached's (low).
resource "aws_instance" "windows" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.windows.id]
}
