resource "aws_security_group" "ssh" {
  name        = "ssh"
  description = "SSH from the office"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "300"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
