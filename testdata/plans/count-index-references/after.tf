# Twenty groups and twenty instances, each instance using the group of its own index, and a
# standalone rule per group written the same way: the most common way to write it. Group 0
# opens SSH to the world; the others allow HTTPS from the VPC only.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

resource "aws_security_group" "sg" {
  count       = 20
  name        = "app-${count.index}"
  description = "app ${count.index}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "https" {
  count             = 20
  type              = "ingress"
  description       = "HTTPS from the VPC"
  security_group_id = aws_security_group.sg[count.index].id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
}

resource "aws_security_group_rule" "ssh_world" {
  type              = "ingress"
  description       = "SSH from anywhere"
  security_group_id = aws_security_group.sg[0].id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_instance" "app" {
  count                       = 20
  ami                         = "ami-12c6146b"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = count.index == 0
  vpc_security_group_ids      = [aws_security_group.sg[count.index].id]
}
