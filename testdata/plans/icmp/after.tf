resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "ping" {
  name        = "ping"
  description = "ICMP"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "echo request from anywhere"
    from_port   = 8
    to_port     = 0
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "all ICMP from the private network"
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "icmpv6" {
  security_group_id = aws_security_group.ping.id
  description       = "all ICMPv6 from anywhere"
  ip_protocol       = "icmpv6"
  from_port         = -1
  to_port           = -1
  cidr_ipv6         = "::/0"
}
