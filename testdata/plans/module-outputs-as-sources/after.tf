resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

module "lb" {
  source = "./modules/sg"

  name   = "lb"
  vpc_id = aws_vpc.main.id
}

module "app" {
  source   = "./modules/sg"
  for_each = toset(["blue", "green"])

  name   = "app-${each.key}"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "lb_https" {
  type              = "ingress"
  description       = "HTTPS from anywhere to the load balancer"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = module.lb.id
}

resource "aws_security_group_rule" "lb_to_app" {
  for_each = module.app

  type                     = "ingress"
  description              = "8080 from the load balancer to app-${each.key}"
  from_port                = 8080
  to_port                  = 8080
  protocol                 = "tcp"
  source_security_group_id = module.lb.id
  security_group_id        = each.value.id
}

resource "aws_security_group_rule" "blue_ssh" {
  type              = "ingress"
  description       = "SSH into app-blue"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = module.app["blue"].id
}
