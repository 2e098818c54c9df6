resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# api: an inline rule.
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

# app: a standalone rule.
resource "aws_security_group" "app" {
  name        = "app"
  description = "App servers"
  vpc_id      = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "app_ssh" {
  security_group_id = aws_security_group.app.id
  description       = "SSH from the VPC"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.0.0.0/8"
}
