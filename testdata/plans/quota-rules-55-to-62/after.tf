resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id
}

# 55 inbound IPv4 rules: one resource, one CIDR per rule of AWS's.
resource "aws_security_group_rule" "partners" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  description       = "Partners"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16", "10.6.0.0/16", "10.7.0.0/16", "10.8.0.0/16", "10.9.0.0/16", "10.10.0.0/16", "10.11.0.0/16", "10.12.0.0/16", "10.13.0.0/16", "10.14.0.0/16", "10.15.0.0/16", "10.16.0.0/16", "10.17.0.0/16", "10.18.0.0/16", "10.19.0.0/16", "10.20.0.0/16", "10.21.0.0/16", "10.22.0.0/16", "10.23.0.0/16", "10.24.0.0/16", "10.25.0.0/16", "10.26.0.0/16", "10.27.0.0/16", "10.28.0.0/16", "10.29.0.0/16", "10.30.0.0/16", "10.31.0.0/16", "10.32.0.0/16", "10.33.0.0/16", "10.34.0.0/16", "10.35.0.0/16", "10.36.0.0/16", "10.37.0.0/16", "10.38.0.0/16", "10.39.0.0/16", "10.40.0.0/16", "10.41.0.0/16", "10.42.0.0/16", "10.43.0.0/16", "10.44.0.0/16", "10.45.0.0/16", "10.46.0.0/16", "10.47.0.0/16", "10.48.0.0/16", "10.49.0.0/16", "10.50.0.0/16", "10.51.0.0/16", "10.52.0.0/16", "10.53.0.0/16", "10.54.0.0/16"]
}

# The change: 7 more, 62 of AWS's default quota of 60.
resource "aws_security_group_rule" "x" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  description       = "More partners"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.55.0.0/16", "10.56.0.0/16", "10.57.0.0/16", "10.58.0.0/16", "10.59.0.0/16"]
}

resource "aws_vpc_security_group_ingress_rule" "y" {
  count             = 2
  security_group_id = aws_security_group.app.id
  description       = "Office ${count.index}"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.${60 + count.index}.0.0/16"
}
