resource "aws_security_group" "batch" {
  name        = "batch"
  description = "Batch workers"
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "PostgreSQL"

  ingress {
    description = "PostgreSQL from the VPC"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    description     = "PostgreSQL from batch workers"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.batch.id]
  }
}
