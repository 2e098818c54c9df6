# An example pack a team would keep beside its Terraform: its own network rules, written in
# the same language as sgaudit's built-in pack. The networks and group sets it names are
# defined in .sgaudit.hcl (here, the one in this directory).

rule "database-reached-from-addresses" {
  title       = "A database group is reached from addresses instead of application groups"
  severity    = "high"
  why         = "Databases are reached only from the application tier, named by its security groups: CIDRs drift, and anything that lands in the range gets in."
  remediation = "Replace the CIDR rule with a rule whose source is the application's security group."
  references  = ["Team standard NET-2"]

  exposure {
    direction  = "ingress"
    group_sets = ["databases"]
    peers      = ["cidr", "prefix_list", "unknown"]
  }
}

rule "database-reached-from-other-groups" {
  title       = "A database group is reached from a group outside the application tier"
  severity    = "high"
  why         = "Only the application groups may open connections to databases."
  remediation = "Remove the rule, or add the group to the applications set in .sgaudit.hcl after review."
  references  = ["Team standard NET-2"]

  exposure {
    direction  = "ingress"
    group_sets = ["databases"]
    peers      = ["security_group", "self"]

    unless {
      peer_group_sets = ["applications"]
    }
  }
}

rule "public-outside-edge" {
  title       = "Public ingress on a group not tagged edge = \"true\""
  severity    = "high"
  why         = "Only the edge tier (load balancers, CDN origins) faces the internet; everything else sits behind it."
  remediation = "Put the service behind the edge tier, or tag the group edge = \"true\" after review."
  references  = ["Team standard NET-1"]

  exposure {
    direction = "ingress"
    public    = true

    unless {
      tags = { edge = "true" }
    }
  }
}

rule "admin-ports-outside-office" {
  title       = "SSH or RDP reachable from outside the office network"
  severity    = "medium"
  why         = "Administration happens from the office network (or through it, over the VPN)."
  remediation = "Allow 22 and 3389 from the office network only."
  references  = ["Team standard NET-3"]

  exposure {
    direction = "ingress"
    protocols = ["tcp", "all"]
    ports     = [22, 3389]
    peers     = ["cidr"]
    outside   = ["office"]
  }
}
