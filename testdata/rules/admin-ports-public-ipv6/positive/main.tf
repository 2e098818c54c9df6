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

# Attached: the finding names the instance (a new group no workload uses fails the same way).
resource "aws_instance" "windows" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.windows.id]
}
