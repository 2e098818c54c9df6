resource "aws_security_group" "bare" {
  name = "bare"
}
