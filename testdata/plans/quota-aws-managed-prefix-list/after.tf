resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# An AWS-managed prefix list: a rule that references it counts its documented weight (55 for
# CloudFront's origin-facing list), not its entries.
data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

resource "aws_security_group" "origin" {
  name        = "origin"
  description = "CloudFront origin"
  vpc_id      = aws_vpc.main.id
}

# 10 inbound IPv4 rules.
resource "aws_security_group_rule" "offices" {
  type              = "ingress"
  security_group_id = aws_security_group.origin.id
  description       = "Offices"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16", "10.6.0.0/16", "10.7.0.0/16", "10.8.0.0/16", "10.9.0.0/16"]
}

# The change: HTTPS from CloudFront, 10 + 55 = 65 of AWS's default quota of 60.
resource "aws_vpc_security_group_ingress_rule" "cloudfront" {
  security_group_id = aws_security_group.origin.id
  description       = "CloudFront"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront.id
}
