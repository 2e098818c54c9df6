# Security-group and prefix-list ids passed in sensitive variables (issue 17, "sensitive means
# hidden everywhere"): every format, fingerprint and baseline prints them as `sensitive`.
# Terraform marks what is computed from a sensitive variable as sensitive:
# https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output

variable "peer_group" {
  type      = string
  sensitive = true
  default   = "sg-0b5e1c2d3e4f5a6b7"
}

variable "target_group" {
  type      = string
  sensitive = true
  default   = "sg-0c4a7e9f1b2d3c5e6"
}

variable "legacy_group" {
  type      = string
  sensitive = true
  default   = "sg-0e1f2a3b4c5d6e7f8"
}

variable "partners" {
  type      = string
  sensitive = true
  default   = "pl-0d6f8a1b3c5e7f902"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "App servers"

  ingress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    security_groups = [var.peer_group]
    prefix_list_ids = [var.partners]
  }
}

# Rules on an existing group named only by its (sensitive) id.
resource "aws_security_group_rule" "ssh_world" {
  type              = "ingress"
  security_group_id = var.target_group
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "legacy" {
  type                     = "ingress"
  security_group_id        = var.target_group
  from_port                = 8080
  to_port                  = 8080
  protocol                 = "tcp"
  source_security_group_id = var.legacy_group
}

resource "aws_vpc_security_group_ingress_rule" "peer" {
  security_group_id            = var.target_group
  referenced_security_group_id = var.peer_group
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_ingress_rule" "partners" {
  security_group_id = aws_security_group.app.id
  prefix_list_id    = var.partners
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
}
