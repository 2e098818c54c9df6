variable "ports" {
  type    = list(number)
  default = [80, 443, 8080]
}

variable "egress_rules" {
  type = map(object({
    protocol = string
    port     = number
    cidr     = string
  }))
  default = {
    dns   = { protocol = "udp", port = 53, cidr = "10.0.0.2/32" }
    https = { protocol = "tcp", port = 443, cidr = "0.0.0.0/0" }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {
    for_each = var.ports
    content {
      description = "port ${ingress.value}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }

  dynamic "egress" {
    for_each = var.egress_rules
    iterator = rule
    content {
      description = rule.key
      from_port   = rule.value.port
      to_port     = rule.value.port
      protocol    = rule.value.protocol
      cidr_blocks = [rule.value.cidr]
    }
  }
}
