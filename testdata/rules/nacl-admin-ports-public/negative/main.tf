# The internet may reach HTTPS and the replies' ephemeral ports, RDP (which the ephemeral range
# holds) denied before them; SSH only from the VPC and one known public host (a /32 is not
# broad); RDP from IPv6 denied before the rule that allows 3000-4000.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_network_acl" "web" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 105
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 110
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
    to_port    = 65535
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 120
    action     = "allow"
    cidr_block = "10.0.0.0/16"
    from_port  = 22
    to_port    = 22
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 130
    action     = "allow"
    cidr_block = "203.0.113.7/32"
    from_port  = 22
    to_port    = 22
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 140
    action          = "deny"
    ipv6_cidr_block = "::/0"
    from_port       = 3389
    to_port         = 3389
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 150
    action          = "allow"
    ipv6_cidr_block = "::/0"
    from_port       = 3000
    to_port         = 4000
  }

  egress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# The VPC's default network ACL, managed: HTTPS only (AWS's own allows everything).
resource "aws_default_network_acl" "main" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }
}
