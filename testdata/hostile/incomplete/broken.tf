# A syntax error: the value of description is missing.
resource "aws_security_group" "db" {
  name        = "db"
  description =
}
