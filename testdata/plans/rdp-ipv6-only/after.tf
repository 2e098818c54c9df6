resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "windows" {
  name        = "windows"
  description = "Windows jump host"
  vpc_id      = aws_vpc.main.id

  ingress {
    description      = "RDP from any IPv6 address"
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}
