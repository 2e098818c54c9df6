# Rule 100 allows every tcp port from anywhere, so the deny of SSH at 200 never applies: SSH
# from the internet is allowed, although the ACL reads as denying it. Rule 300 (udp) is not
# from the internet is allowed, although the ACL reads as denying it. Rule 300 (udp) is not
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_network_acl" "edge" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "all_tcp" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 0
  to_port        = 65535
}

resource "aws_network_acl_rule" "no_ssh" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 200
  egress         = false
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "dns" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 300
  egress         = false
  protocol       = "udp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
  from_port      = 53
  to_port        = 53
}
