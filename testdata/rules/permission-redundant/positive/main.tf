# Each group holds a permission that a wider one of the same group and direction covers.

# A /24 inside the /8 of an inline block, on ports inside its range (a standalone rule).
resource "aws_security_group" "app" {
  name        = "app"
  description = "App servers"

  ingress {
    description = "Admin ports from the VPCs"
    from_port   = 0
    to_port     = 1024
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_ssh" {
  security_group_id = aws_security_group.app.id
  description       = "SSH from the office subnet"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.20.30.0/24"
}

# All traffic to the world covers HTTPS to a partner's block (egress), and all traffic from
# self covers tcp 5432 from self.
resource "aws_security_group" "db" {
  name        = "db"
  description = "Databases"

  ingress {
    description = "Cluster members"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }

  ingress {
    description = "Replication between members"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    self        = true
  }

  egress {
    description = "Everything out"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    description = "HTTPS to the partner"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["198.51.100.0/24"]
  }
}
