web_port = 443

ingress_rules = {
  ssh = {
    protocol = "tcp"
    port     = 22
    cidr     = "10.0.0.0/8"
  }
  dns = {
    protocol = "udp"
    port     = 53
    cidr     = "10.0.0.2/32"
  }
  postgres = {
    protocol = "tcp"
    port     = 5432
    cidr     = "10.0.0.0/16"
  }
}
