variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "port" {
  type = number
}

variable "cidr" {
  type = string
}

resource "aws_security_group" "this" {
  name        = var.name
  description = "Managed by the sg module"
  vpc_id      = var.vpc_id

  ingress {
    from_port   = var.port
    to_port     = var.port
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}

module "egress" {
  source            = "./egress"
  security_group_id = aws_security_group.this.id
}

output "id" {
  value = aws_security_group.this.id
}
