# A readable group beside a broken file: the report covers this group and must say, in every
# format, that it is incomplete.
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web"

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
