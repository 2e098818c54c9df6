resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }
}

# A new VPC whose default group no aws_default_security_group manages keeps AWS's default
# rules: all traffic from its own members, all egress to 0.0.0.0/0 and, with an IPv6 block,
# to ::/0.
resource "aws_vpc" "unmanaged" {
  cidr_block                       = "10.1.0.0/16"
  assign_generated_ipv6_cidr_block = true
}
