waiver {
  rule    = "admin-ports-public-ipv4"
  reason  = "The bastion; SEC-123"
  expires = "2027-02-30"
}
