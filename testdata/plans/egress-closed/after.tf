resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "isolated" {
  name        = "isolated"
  description = "Workers"
  vpc_id      = aws_vpc.main.id

  egress = []
}
