# Two VPCs and no peering connection between them.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "tools" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.app.id
}

resource "aws_security_group" "monitoring" {
  name        = "monitoring"
  description = "Monitoring servers"
  vpc_id      = aws_vpc.tools.id
}

# A rule of app naming a group of the other VPC: AWS refuses it (a group of another VPC can be
# referenced only across an active peering connection in the same region).
resource "aws_vpc_security_group_ingress_rule" "app_from_monitoring" {
  security_group_id            = aws_security_group.app.id
  description                  = "Metrics from monitoring"
  ip_protocol                  = "tcp"
  from_port                    = 9100
  to_port                      = 9100
  referenced_security_group_id = aws_security_group.monitoring.id
}

# The same VPC: fine.
resource "aws_security_group" "lb" {
  name        = "lb"
  description = "Load balancers"
  vpc_id      = aws_vpc.app.id
}

resource "aws_vpc_security_group_ingress_rule" "app_from_lb" {
  security_group_id            = aws_security_group.app.id
  description                  = "HTTP from the load balancers"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.lb.id
}
