# Each group declares one permission twice: AWS refuses the second at apply.

# Two standalone rules with the same values, one without a description.
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.web.id
  description       = "HTTPS from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "https_again" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}

# An inline block without a description and a standalone rule (of the older type, protocol
# written as a number) with one: the rule's create fails, and the missing description is still
# reported.
resource "aws_security_group" "api" {
  name        = "api"
  description = "API servers"

  ingress {
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = ["10.1.0.0/16"]
  }
}

resource "aws_security_group_rule" "api_8443" {
  type              = "ingress"
  security_group_id = aws_security_group.api.id
  description       = "API from the office VPC"
  protocol          = "6"
  from_port         = 8443
  to_port           = 8443
  cidr_blocks       = ["10.1.0.0/16"]
}

# Two inline egress blocks that differ only in description: two set elements, one permission.
resource "aws_security_group" "batch" {
  name        = "batch"
  description = "Batch workers"

  egress {
    description = "HTTPS to the proxy"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.2.0.10/32"]
  }

  egress {
    description = "HTTPS to the package mirror"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.2.0.10/32"]
  }
}

# One address of a rule's list declared again by another rule (of the newer type), and all
# traffic written with ports AWS ignores: the same permission as -1 with 0/0.
resource "aws_security_group" "db" {
  name        = "db"
  description = "Databases"
}

resource "aws_security_group_rule" "db_from_apps" {
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  description       = "PostgreSQL from the apps"
  protocol          = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_blocks       = ["10.3.0.0/24", "10.4.0.0/24"]
}

resource "aws_vpc_security_group_ingress_rule" "db_from_reports" {
  security_group_id = aws_security_group.db.id
  description       = "PostgreSQL from the reports"
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "10.4.0.0/24"
}

resource "aws_security_group_rule" "db_all_out" {
  type              = "egress"
  security_group_id = aws_security_group.db.id
  description       = "Everything to the VPC"
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_vpc_security_group_egress_rule" "db_all_out_again" {
  security_group_id = aws_security_group.db.id
  description       = "All traffic to the VPC"
  ip_protocol       = "-1"
  cidr_ipv4         = "10.0.0.0/8"
}

# One rule listing an address twice (a concat of two lists that share it): one call with the
# permission twice, which AWS refuses.
resource "aws_security_group" "cache" {
  name        = "cache"
  description = "Caches"
}

resource "aws_security_group_rule" "cache_from_apps" {
  type              = "ingress"
  security_group_id = aws_security_group.cache.id
  description       = "Redis from the apps"
  protocol          = "tcp"
  from_port         = 6379
  to_port           = 6379
  cidr_blocks       = concat(["10.5.0.0/24", "10.6.0.0/24"], ["10.6.0.0/24"])
}
