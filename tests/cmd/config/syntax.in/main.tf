resource "aws_security_group" "g" {
  name = 
}
