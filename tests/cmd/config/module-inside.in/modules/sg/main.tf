resource "aws_security_group" "this" {
  name        = "this"
  description = "this"
}
