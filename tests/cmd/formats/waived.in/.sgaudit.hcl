waiver {
  rule   = "admin-ports-public-ipv4"
  group  = "aws_security_group.bastion"
  reason = "Bastion, tracked in SEC-123"
}
