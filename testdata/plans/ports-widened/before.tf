resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "HTTPS from anywhere"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "gap" {
  name        = "gap"
  description = "Everything but HTTPS"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "dns" {
  name        = "dns"
  description = "DNS resolver"
  vpc_id      = aws_vpc.main.id
}
