# Nothing here is wholly covered by one other permission of its group and direction.

resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"

  # Overlapping CIDRs on different ports; a range that reaches past the wider one.
  ingress {
    description = "HTTPS from the VPCs"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    description = "HTTP from one VPC"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16"]
  }

  ingress {
    description = "A range past 443"
    from_port   = 400
    to_port     = 500
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16"]
  }

  # Another protocol on the same ports, and the other direction.
  ingress {
    description = "QUIC from the VPCs"
    from_port   = 443
    to_port     = 443
    protocol    = "udp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  egress {
    description = "HTTPS to one VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16"]
  }
}

# A group peer does not cover self, and a permission whose only cover is two together.
resource "aws_security_group" "lb" {
  name        = "lb"
  description = "Load balancers"
}

resource "aws_security_group" "api" {
  name        = "api"
  description = "API servers"

  ingress {
    description     = "All traffic from the load balancers"
    from_port       = 0
    to_port         = 0
    protocol        = "-1"
    security_groups = [aws_security_group.lb.id]
  }

  ingress {
    description = "8443 from the members"
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    self        = true
  }

  # 9000-9001 from a /16 is covered by 9000 and 9001 from the /8 together, by neither alone.
  ingress {
    description = "Both ports from one VPC"
    from_port   = 9000
    to_port     = 9001
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16"]
  }

  ingress {
    description = "9000 from the VPCs"
    from_port   = 9000
    to_port     = 9000
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    description = "9001 from the VPCs"
    from_port   = 9001
    to_port     = 9001
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
