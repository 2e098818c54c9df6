# Every default below is overridden: terraform.tfvars sets env, admin_cidr
# and web_port; ports.auto.tfvars (loaded after it) sets web_port again and
# ingress_rules.
variable "env" {
  type    = string
  default = "dev"
}

variable "admin_cidr" {
  type    = string
  default = "10.0.0.0/8"
}

variable "web_port" {
  type    = number
  default = 80
}

variable "ingress_rules" {
  type = map(object({
    protocol = string
    port     = number
    cidr     = string
  }))
  default = {
    ssh = { protocol = "tcp", port = 22, cidr = "0.0.0.0/0" }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "web" {
  name        = "web-${var.env}"
  description = "Web servers (${var.env})"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "web"
    from_port   = var.web_port
    to_port     = var.web_port
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "rule" {
  for_each = var.ingress_rules

  security_group_id = aws_security_group.web.id
  description       = each.key
  ip_protocol       = each.value.protocol
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
}

resource "aws_security_group_rule" "admin" {
  type              = "ingress"
  description       = "admin"
  from_port         = 8443
  to_port           = 8443
  protocol          = "tcp"
  cidr_blocks       = [var.admin_cidr]
  security_group_id = aws_security_group.web.id
}
