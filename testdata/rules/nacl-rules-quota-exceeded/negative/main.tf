# The boundary: 19 inbound IPv4 rules and the default deny rule, 20 of the default quota of
# 20; and 19 IPv6 ones, counted apart.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_network_acl" "partners" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "198.51.100.0/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 110
    action     = "allow"
    cidr_block = "198.51.100.8/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 120
    action     = "allow"
    cidr_block = "198.51.100.16/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 130
    action     = "allow"
    cidr_block = "198.51.100.24/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 140
    action     = "allow"
    cidr_block = "198.51.100.32/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 150
    action     = "allow"
    cidr_block = "198.51.100.40/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 160
    action     = "allow"
    cidr_block = "198.51.100.48/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 170
    action     = "allow"
    cidr_block = "198.51.100.56/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 180
    action     = "allow"
    cidr_block = "198.51.100.64/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 190
    action     = "allow"
    cidr_block = "198.51.100.72/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 200
    action     = "allow"
    cidr_block = "198.51.100.80/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 210
    action     = "allow"
    cidr_block = "198.51.100.88/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 220
    action     = "allow"
    cidr_block = "198.51.100.96/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 230
    action     = "allow"
    cidr_block = "198.51.100.104/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 240
    action     = "allow"
    cidr_block = "198.51.100.112/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 250
    action     = "allow"
    cidr_block = "198.51.100.120/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 260
    action     = "allow"
    cidr_block = "198.51.100.128/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 270
    action     = "allow"
    cidr_block = "198.51.100.136/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 280
    action     = "allow"
    cidr_block = "198.51.100.144/29"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1000
    action          = "allow"
    ipv6_cidr_block = "2001:db8:0::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1010
    action          = "allow"
    ipv6_cidr_block = "2001:db8:1::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1020
    action          = "allow"
    ipv6_cidr_block = "2001:db8:2::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1030
    action          = "allow"
    ipv6_cidr_block = "2001:db8:3::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1040
    action          = "allow"
    ipv6_cidr_block = "2001:db8:4::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1050
    action          = "allow"
    ipv6_cidr_block = "2001:db8:5::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1060
    action          = "allow"
    ipv6_cidr_block = "2001:db8:6::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1070
    action          = "allow"
    ipv6_cidr_block = "2001:db8:7::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1080
    action          = "allow"
    ipv6_cidr_block = "2001:db8:8::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1090
    action          = "allow"
    ipv6_cidr_block = "2001:db8:9::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1100
    action          = "allow"
    ipv6_cidr_block = "2001:db8:10::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1110
    action          = "allow"
    ipv6_cidr_block = "2001:db8:11::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1120
    action          = "allow"
    ipv6_cidr_block = "2001:db8:12::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1130
    action          = "allow"
    ipv6_cidr_block = "2001:db8:13::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1140
    action          = "allow"
    ipv6_cidr_block = "2001:db8:14::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1150
    action          = "allow"
    ipv6_cidr_block = "2001:db8:15::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1160
    action          = "allow"
    ipv6_cidr_block = "2001:db8:16::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1170
    action          = "allow"
    ipv6_cidr_block = "2001:db8:17::/48"
    from_port       = 443
    to_port         = 443
  }

  ingress {
    protocol        = "tcp"
    rule_no         = 1180
    action          = "allow"
    ipv6_cidr_block = "2001:db8:18::/48"
    from_port       = 443
    to_port         = 443
  }
}
