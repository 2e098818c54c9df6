resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "legacy" {
  name        = "legacy"
  description = "Legacy app with privileged ports"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 0
    to_port     = 1024
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
