resource "aws_security_group" "windows" {
  name        = "windows"
  description = "Fixture group"
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    ipv6_cidr_blocks = ["fd00::/8"]
  }
}
