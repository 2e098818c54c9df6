resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# The same protocols spelled in the ways each resource type accepts.
resource "aws_security_group" "mixed" {
  name        = "mixed"
  description = "Protocol spellings"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 3306
    to_port     = 3306
    protocol    = "6"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "TCP"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 53
    to_port     = 53
    protocol    = "17"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    from_port        = -1
    to_port          = -1
    protocol         = "58"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group_rule" "ntp" {
  type              = "ingress"
  from_port         = 123
  to_port           = 123
  protocol          = "UDP"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.mixed.id
}

resource "aws_security_group_rule" "icmp_by_number" {
  type              = "ingress"
  from_port         = -1
  to_port           = -1
  protocol          = "1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.mixed.id
}

resource "aws_vpc_security_group_ingress_rule" "ssh_by_number" {
  security_group_id = aws_security_group.mixed.id
  ip_protocol       = "6"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "snmp_by_number" {
  security_group_id = aws_security_group.mixed.id
  ip_protocol       = "17"
  from_port         = 161
  to_port           = 161
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_vpc_security_group_egress_rule" "all_by_number" {
  security_group_id = aws_security_group.mixed.id
  ip_protocol       = -1
  cidr_ipv6         = "::/0"
}
