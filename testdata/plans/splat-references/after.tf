resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

# Two groups: only the second opens SSH to the world.
resource "aws_security_group" "sg" {
  count       = 2
  name        = "group-${count.index}"
  description = "Group ${count.index}"
  vpc_id      = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.sg[1].id
  description       = "SSH from anywhere"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0"
}

# A splat: the instance holds both groups.
resource "aws_instance" "splat" {
  ami                         = "ami-12345678"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true
  vpc_security_group_ids      = aws_security_group.sg[*].id
}

# A for expression over the groups: the same.
resource "aws_instance" "for_expression" {
  ami                         = "ami-12345678"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true
  vpc_security_group_ids      = [for g in aws_security_group.sg : g.id]
}

# Each instance its own group, by count.index: only [1] holds the open one.
resource "aws_instance" "indexed" {
  count                       = 2
  ami                         = "ami-12345678"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.sg[count.index].id]
}
