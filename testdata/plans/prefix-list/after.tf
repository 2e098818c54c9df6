resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_ec2_managed_prefix_list" "corp" {
  name           = "corp-offices"
  address_family = "IPv4"
  max_entries    = 5

  entry {
    cidr        = "192.0.2.0/24"
    description = "HQ"
  }

  entry {
    cidr        = "198.51.100.0/24"
    description = "Branch"
  }
}

resource "aws_security_group" "intranet" {
  name        = "intranet"
  description = "Intranet, reachable from the offices"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    prefix_list_ids = [aws_ec2_managed_prefix_list.corp.id]
  }
}

resource "aws_vpc_security_group_ingress_rule" "ssh_from_offices" {
  security_group_id = aws_security_group.intranet.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  prefix_list_id    = aws_ec2_managed_prefix_list.corp.id
}
