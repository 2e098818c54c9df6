resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "tools" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "app_tools" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.tools.id
  auto_accept = true
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

# A rule of app naming a group of the peered VPC.
resource "aws_vpc_security_group_ingress_rule" "app_from_monitoring" {
  security_group_id            = aws_security_group.app.id
  description                  = "Metrics from monitoring"
  ip_protocol                  = "tcp"
  from_port                    = 9100
  to_port                      = 9100
  referenced_security_group_id = aws_security_group.monitoring.id

  depends_on = [aws_vpc_peering_connection.app_tools]
}
