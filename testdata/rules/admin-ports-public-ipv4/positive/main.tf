resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Fixture group"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/1", "128.0.0.0/1"]
  }
}
