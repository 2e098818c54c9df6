resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# RDP listens on UDP 3389 as well as TCP (RDP 8.0's UDP transport): open to the world, it is
# an administration port open to the internet.
resource "aws_security_group" "rdp" {
  name        = "rdp"
  description = "Remote desktop"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "RDP over UDP from anywhere"
    from_port   = 3389
    to_port     = 3389
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
