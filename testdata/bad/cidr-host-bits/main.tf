resource "aws_security_group" "ssh" {
  name        = "ssh"
  description = "SSH from the office"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.1/8"]
  }
}
