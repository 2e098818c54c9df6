resource "aws_security_group" "many" {
  name        = "many"
  description = "Fixture group"
  dynamic "ingress" {
    for_each = range(56)
    content {
      from_port   = 10000 + ingress.value
      to_port     = 10000 + ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.${ingress.value}.0.0/16"]
    }
  }
}
