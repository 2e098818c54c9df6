resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_security_group" "partner" {
  name        = "partner"
  description = "Fixture group"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["${aws_eip.nat.public_ip}/32"]
  }
}
