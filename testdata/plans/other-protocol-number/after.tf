resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "vpn" {
  name        = "vpn"
  description = "IPsec and GRE endpoints"
  vpc_id      = aws_vpc.main.id

  # ESP (IP protocol 50) has no ports: AWS ignores from_port/to_port.
  ingress {
    from_port   = 500
    to_port     = 500
    protocol    = "50"
    cidr_blocks = ["203.0.113.0/24"]
  }
}

# GRE (IP protocol 47).
resource "aws_security_group_rule" "gre" {
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "47"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = aws_security_group.vpn.id
}
