resource "aws_security_group" "ssh" {
  name = "ssh"
  @description = "SSH"
}
