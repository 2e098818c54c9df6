resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# api: a standalone rule added with the values of the group's inline rule. Its create fails
# with InvalidPermission.Duplicate.
resource "aws_security_group" "api" {
  name        = "api"
  description = "API servers"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "API from the office VPC"
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16"]
  }
}

resource "aws_security_group_rule" "api_8443" {
  type              = "ingress"
  security_group_id = aws_security_group.api.id
  description       = "API from the office VPC"
  protocol          = "tcp"
  from_port         = 8443
  to_port           = 8443
  cidr_blocks       = ["10.1.0.0/16"]
}

# app: an inline rule written over the permission the standalone rule already holds, with its
# values and description: the group is no-op (its refreshed ingress lists the rule's
# permission), nothing is authorized again, and the apply does not fail; the inline rule and
# the rule resource now both claim the permission.
resource "aws_security_group" "app" {
  name        = "app"
  description = "App servers"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from the VPC"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_ssh" {
  security_group_id = aws_security_group.app.id
  description       = "SSH from the VPC"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.0.0.0/8"
}

# web: a new group with two standalone rules of the same values, one without a description.
# The second create fails with InvalidPermission.Duplicate.
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.web.id
  description       = "HTTPS from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "https_again" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}
