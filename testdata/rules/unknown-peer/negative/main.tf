resource "aws_security_group" "partner" {
  name        = "partner"
  description = "Fixture group"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["198.51.100.7/32"]
  }
}
