# Merged into main.tf's block: its ingress blocks replace the original's.
resource "aws_security_group" "ssh" {
  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
