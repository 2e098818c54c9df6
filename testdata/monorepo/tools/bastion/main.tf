# A root module of its own, calling no module: SSH from the management network.
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }
}

resource "aws_instance" "bastion" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.bastion.id]
}
