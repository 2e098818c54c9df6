packs = ["aws-security-groups", "./pack"]
