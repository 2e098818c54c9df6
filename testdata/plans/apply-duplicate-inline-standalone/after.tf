resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# web: the inline rule stays (the group is no-op).
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from the VPCs"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

# The inline rule's permission again, as a standalone rule of the newer type: AWS refuses its
# create (InvalidPermission.Duplicate).
resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.web.id
  description       = "SSH from the VPCs"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.0.0.0/8"
}

# SSH from one /16 of the inline rule's 10.0.0.0/8, as a rule of the older type: accepted by
# AWS, and redundant (the inline rule covers it).
resource "aws_security_group_rule" "ssh_office" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  description       = "SSH from the office VPC"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["10.1.0.0/16"]
}
