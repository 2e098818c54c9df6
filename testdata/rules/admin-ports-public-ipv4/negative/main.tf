resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Fixture group"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "192.168.0.0/16"]
  }
}
