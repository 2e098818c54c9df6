resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id

  # The provider retries a refused delete until this runs out (15 minutes by default).
  timeouts {
    delete = "1m"
  }
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "Database"
  vpc_id      = aws_vpc.main.id
}

# A standalone rule of db that names app.
resource "aws_vpc_security_group_ingress_rule" "db_from_app" {
  security_group_id            = aws_security_group.db.id
  description                  = "PostgreSQL from app"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.app.id
}
