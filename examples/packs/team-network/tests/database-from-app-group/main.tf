resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "PostgreSQL"

  ingress {
    description     = "PostgreSQL from the application tier"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
}
