# An existing bastion whose SSH source is a sensitive variable; after.tf changes it to another
# sensitive value.
variable "admin_cidr" {
  type      = string
  sensitive = true
  default   = "198.51.100.77/32"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}

resource "aws_network_interface" "bastion" {
  subnet_id       = aws_subnet.a.id
  security_groups = [aws_security_group.bastion.id]
}
