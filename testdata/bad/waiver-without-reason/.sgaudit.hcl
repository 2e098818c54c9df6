waiver {
  rule  = "admin-ports-public-ipv4"
  group = "aws_security_group.ssh"
}
