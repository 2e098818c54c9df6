resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# 443 widened to every port.
resource "aws_security_group" "web" {
  name        = "web"
  description = "HTTPS from anywhere"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "HTTPS"
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Every port but 443, in two rules.
resource "aws_security_group" "gap" {
  name        = "gap"
  description = "Everything but HTTPS"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "below HTTPS"
    from_port   = 0
    to_port     = 442
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "above HTTPS"
    from_port   = 444
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# DNS over tcp and udp.
resource "aws_security_group" "dns" {
  name        = "dns"
  description = "DNS resolver"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "DNS over TCP"
    from_port   = 53
    to_port     = 53
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "DNS over UDP"
    from_port   = 53
    to_port     = 53
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
