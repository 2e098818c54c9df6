# IPv6 behind an egress-only internet gateway: the VPC's main route table (managed as
# aws_default_route_table) sends ::/0 to an egress-only gateway and has no IPv4 default route.
# The instance gets an IPv6 address from its subnet's Amazon-provided block (unknown until
# apply) and no public IPv4 address; its group allows 443 from ::/0 only. An egress-only
# gateway lets connections out and their replies back, never a connection in: internet ->
# aws_instance.app on tcp/443 over IPv6 is blocked; its calls out over IPv6 work.
# The VPC's default network ACL, managed as aws_default_network_acl, allows everything both
# ways over IPv4 (rule 100) and IPv6 (rule 101), as AWS makes it for a VPC with IPv6.
resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

resource "aws_egress_only_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "app" {
  vpc_id                          = aws_vpc.main.id
  cidr_block                      = "10.0.1.0/24"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 1)
  availability_zone               = "us-east-1a"
  assign_ipv6_address_on_creation = true
}

resource "aws_default_route_table" "main" {
  default_route_table_id = aws_vpc.main.default_route_table_id

  route {
    ipv6_cidr_block        = "::/0"
    egress_only_gateway_id = aws_egress_only_internet_gateway.main.id
  }
}

resource "aws_default_network_acl" "main" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id
  subnet_ids             = [aws_subnet.app.id]

  ingress {
    protocol   = -1
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  ingress {
    protocol        = -1
    rule_no         = 101
    action          = "allow"
    ipv6_cidr_block = "::/0"
    from_port       = 0
    to_port         = 0
  }

  egress {
    protocol   = -1
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  egress {
    protocol        = -1
    rule_no         = 101
    action          = "allow"
    ipv6_cidr_block = "::/0"
    from_port       = 0
    to_port         = 0
  }
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application over IPv6"
  vpc_id      = aws_vpc.main.id

  ingress {
    description      = "HTTPS from the IPv6 internet"
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }

  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_instance" "app" {
  ami                         = "ami-12c6146b"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.app.id
  vpc_security_group_ids      = [aws_security_group.app.id]
  ipv6_address_count          = 1
  associate_public_ip_address = false
}
