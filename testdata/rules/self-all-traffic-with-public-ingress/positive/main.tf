resource "aws_security_group" "cluster" {
  name        = "cluster"
  description = "Fixture group"

  ingress {
    description = "Members talk freely"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }

  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
