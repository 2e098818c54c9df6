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

# Attached: the finding names the instance (a new group no workload uses fails the same way).
resource "aws_instance" "bastion" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.bastion.id]
}
