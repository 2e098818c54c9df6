resource "aws_security_group" "some" {
  name        = "some"
  description = "Fixture group"
  dynamic "ingress" {
    for_each = range(50)
    content {
      from_port   = 10000 + ingress.value
      to_port     = 10000 + ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.${ingress.value}.0.0/16"]
    }
  }
}
