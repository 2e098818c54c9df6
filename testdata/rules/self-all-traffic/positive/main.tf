resource "aws_security_group" "cluster" {
  name        = "cluster"
  description = "Fixture group"
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }
}
