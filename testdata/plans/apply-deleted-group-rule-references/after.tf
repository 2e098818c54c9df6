resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# aws_security_group.app is removed from the configuration: the plan deletes it.

resource "aws_security_group" "db" {
  name        = "db"
  description = "Database"
  vpc_id      = aws_vpc.main.id
}

# app, looked up by name (as another stack would): read at plan time, while it still exists.
data "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id
}

# The rule of db still names app (no-op): AWS refuses app's delete while it does
# (DependencyViolation).
resource "aws_vpc_security_group_ingress_rule" "db_from_app" {
  security_group_id            = aws_security_group.db.id
  description                  = "PostgreSQL from app"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = data.aws_security_group.app.id
}
