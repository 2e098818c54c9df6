resource "aws_security_group" "ephemeral" {
  name        = "ephemeral"
  description = "Fixture group"
  ingress {
    from_port   = 1024
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
