resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

# The change: the instance is given the sixth group, one more than AWS's default quota
# of 5 per network interface.
resource "aws_security_group" "g0" {
  name        = "g0"
  description = "Group 0"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "g1" {
  name        = "g1"
  description = "Group 1"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "g2" {
  name        = "g2"
  description = "Group 2"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "g3" {
  name        = "g3"
  description = "Group 3"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "g4" {
  name        = "g4"
  description = "Group 4"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "g5" {
  name        = "g5"
  description = "Group 5"
  vpc_id      = aws_vpc.main.id
}

resource "aws_instance" "app" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.app.id
  vpc_security_group_ids = [aws_security_group.g0.id, aws_security_group.g1.id, aws_security_group.g2.id, aws_security_group.g3.id, aws_security_group.g4.id, aws_security_group.g5.id]
}
