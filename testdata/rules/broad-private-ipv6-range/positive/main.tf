resource "aws_security_group" "internal6" {
  name        = "internal6"
  description = "Fixture group"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    ipv6_cidr_blocks = ["fd00::/8"]
  }
}
