resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# web: one inline rule, SSH from the private ranges.
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
