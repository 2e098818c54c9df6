# A rule whose ports (and only its ports) come from a sensitive variable: terraform marks
# from_port and to_port in after_sensitive, not the CIDR; and an inline rule whose port is
# sensitive, which marks the group's whole `ingress` set (terraform cannot mark one element).
variable "secret_port" {
  type      = number
  sensitive = true
  default   = 31337
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "App"
}

resource "aws_security_group_rule" "secret" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  description       = "A port the configuration keeps secret"
  from_port         = var.secret_port
  to_port           = var.secret_port
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  description       = "HTTPS"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group" "admin" {
  name        = "admin"
  description = "Admin"

  ingress {
    description = "SSH on a port kept secret"
    from_port   = var.secret_port
    to_port     = var.secret_port
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }
}
