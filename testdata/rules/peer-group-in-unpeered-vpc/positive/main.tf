# A rule names a group of another VPC, and nothing peers the two VPCs.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "tools" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_security_group" "monitoring" {
  name        = "monitoring"
  description = "Monitoring servers"
  vpc_id      = aws_vpc.tools.id
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.app.id

  ingress {
    description     = "Metrics from monitoring"
    from_port       = 9100
    to_port         = 9100
    protocol        = "tcp"
    security_groups = [aws_security_group.monitoring.id]
  }
}

# Egress of the older rule type, from the other side.
resource "aws_security_group_rule" "monitoring_to_app" {
  type                     = "egress"
  security_group_id        = aws_security_group.monitoring.id
  description              = "Scrape the app"
  protocol                 = "tcp"
  from_port                = 9100
  to_port                  = 9100
  source_security_group_id = aws_security_group.app.id
}
