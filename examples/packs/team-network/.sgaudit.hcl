packs = ["aws-security-groups", "./"]

network "office" {
  cidrs = ["203.0.113.0/24", "2001:db8:100::/48"]
}

group_set "databases" {
  addresses = ["aws_security_group.db*", "module.*.aws_security_group.db*"]
}

group_set "applications" {
  addresses = ["aws_security_group.app*", "module.*.aws_security_group.app*"]
}
