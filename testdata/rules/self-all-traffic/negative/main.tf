resource "aws_security_group" "cluster" {
  name        = "cluster"
  description = "Fixture group"
  ingress {
    from_port   = 7000
    to_port     = 7001
    protocol    = "tcp"
    self        = true
  }
}
