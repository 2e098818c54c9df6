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
