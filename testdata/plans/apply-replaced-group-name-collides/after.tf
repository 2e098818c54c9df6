resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# A fixed name under create_before_destroy: a new description replaces the group, and the new
# group, created first, takes the name the old one still holds (InvalidGroup.Duplicate).
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers v2"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "HTTPS from the VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  lifecycle {
    create_before_destroy = true
  }
}

# The same with name_prefix: the new group gets a new generated name.
resource "aws_security_group" "api" {
  name_prefix = "api-"
  description = "API servers v2"
  vpc_id      = aws_vpc.main.id

  lifecycle {
    create_before_destroy = true
  }
}
