# References across VPCs that can work, or that the input cannot judge.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "tools" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc" "legacy" {
  cidr_block = "10.3.0.0/16"
}

# app and tools are peered.
resource "aws_vpc_peering_connection" "app_tools" {
  vpc_id      = aws_vpc.tools.id
  peer_vpc_id = aws_vpc.app.id
  auto_accept = true
}

# app routes to a peering connection this input does not hold: shared may be peered by it.
resource "aws_route" "to_shared" {
  route_table_id            = aws_vpc.app.main_route_table_id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = "pcx-0123456789abcdef0"
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.2.0.0/16"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }
}

resource "aws_security_group" "monitoring" {
  name        = "monitoring"
  description = "Monitoring servers"
  vpc_id      = aws_vpc.tools.id
}

resource "aws_security_group" "cache" {
  name        = "cache"
  description = "Shared cache"
  vpc_id      = aws_vpc.shared.id
}

# A group whose VPC is known only after apply: not judged.
variable "legacy_vpc_id" {
  type = string
}

resource "aws_security_group" "legacy" {
  name        = "legacy"
  description = "Legacy servers"
  vpc_id      = var.legacy_vpc_id
}

# A group of the same VPC.
resource "aws_security_group" "lb" {
  name        = "lb"
  description = "Load balancers"
  vpc_id      = aws_vpc.app.id
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.app.id

  ingress {
    description     = "Metrics from monitoring (peered)"
    from_port       = 9100
    to_port         = 9100
    protocol        = "tcp"
    security_groups = [aws_security_group.monitoring.id]
  }

  ingress {
    description     = "HTTP from the load balancers"
    from_port       = 8080
    to_port         = 8080
    protocol        = "tcp"
    security_groups = [aws_security_group.lb.id]
  }

  ingress {
    description     = "Legacy callers"
    from_port       = 8081
    to_port         = 8081
    protocol        = "tcp"
    security_groups = [aws_security_group.legacy.id]
  }

  egress {
    description     = "The shared cache (peering held elsewhere)"
    from_port       = 6379
    to_port         = 6379
    protocol        = "tcp"
    security_groups = [aws_security_group.cache.id]
  }
}
