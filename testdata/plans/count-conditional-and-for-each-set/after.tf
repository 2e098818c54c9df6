variable "enabled" {
  type    = bool
  default = true
}

variable "legacy_enabled" {
  type    = bool
  default = false
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "web" {
  count = var.enabled ? 1 : 0

  name        = "web"
  description = "Web servers"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "web" {
  for_each = toset(["80", "443"])

  type              = "ingress"
  description       = "port ${each.value}"
  from_port         = tonumber(each.value)
  to_port           = tonumber(each.value)
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.web[0].id
}

# count = 0: not planned at all.
resource "aws_security_group" "legacy" {
  count = var.legacy_enabled ? 1 : 0

  name        = "legacy"
  description = "Legacy servers"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
