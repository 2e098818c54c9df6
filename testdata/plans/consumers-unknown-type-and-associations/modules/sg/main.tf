variable "vpc_id" {
  type = string
}

resource "aws_security_group" "this" {
  name        = "legacy"
  description = "Instances of the legacy stack"
  vpc_id      = var.vpc_id

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

output "id" {
  value = aws_security_group.this.id
}
