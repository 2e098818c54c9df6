# A module both environments call: an admin host and its group, SSH from `admin_cidr`.
variable "name" {
  type = string
}

variable "admin_cidr" {
  type = string
}

resource "aws_security_group" "admin" {
  name        = var.name
  description = "Admin access"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}

resource "aws_instance" "admin" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.admin.id]
}
