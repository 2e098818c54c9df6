ignore "admin-ports-public-ipv4" {
  reason = "old habit"
}
