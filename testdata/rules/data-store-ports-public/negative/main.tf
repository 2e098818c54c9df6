resource "aws_security_group" "cache" {
  name        = "cache"
  description = "Fixture group"
  ingress {
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
