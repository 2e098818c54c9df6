resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_security_group" "internal" {
  name        = "internal"
  description = "Traffic from inside the VPC"
  vpc_id      = aws_vpc.main.id

  # cidr_block is set in configuration, so it is known at plan time.
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [aws_vpc.main.cidr_block]
  }

  # The IPv6 block is assigned by AWS: unknown until apply.
  ingress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    ipv6_cidr_blocks = [aws_vpc.main.ipv6_cidr_block]
  }

  # Built from the address AWS gives the EIP: unknown until apply.
  ingress {
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = split(",", "${aws_eip.nat.public_ip}/32")
  }
}

resource "aws_security_group_rule" "vpc_postgres" {
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = [aws_vpc.main.cidr_block]
  security_group_id = aws_security_group.internal.id
}

resource "aws_security_group_rule" "nat_https" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["${aws_eip.nat.public_ip}/32"]
  security_group_id = aws_security_group.internal.id
}
