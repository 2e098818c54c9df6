resource "aws_security_group" "internal" {
  name        = "internal"
  description = "Fixture group"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
