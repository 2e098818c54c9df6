packs = ["aws-security-groups", "./policies/team"]
