# Built-in pack: AWS security groups.
#
# Each rule matches either exposures (one peer, protocol and port range a group allows, as
# the exposure diff reports them: added, unchanged or removed) or groups as a whole.
#
# Families (`family = "..."`): the findings of one family about the same concern (the same
# group and exposure, or the same workload, with the same status) are reported once, as the
# most severe, listing the others ("also: ..."). This pack has three:
# - public-ingress: the rules about ingress from public addresses (the admin, data-store,
#   high-risk and sensitive ports, all traffic, ports outside the allow-list, wide port
#   ranges, and their few-public-hosts variants): one permission open to the internet is one
#   concern, however many port lists it crosses. The drift rules are not in it: that a
#   permission was added outside Terraform is a concern of its own.
# - group-replacement: a replaced group (group-replaced) and what makes the replacement fail
#   (group-replaced-while-attached, group-replaced-name-collides).
# - data-store-internet: a data store's own exposure to the internet (reachable, admitted
#   without a public address, in a public subnet), one finding per workload.
# This file is also the reference for writing your own packs: same language, same fields.

rule "admin-ports-public-ipv4" {
  title       = "SSH or RDP reachable from public IPv4 addresses"
  severity    = "high"
  why         = "Administration ports open to the internet are scanned and brute-forced within minutes of exposure; one weak credential or unpatched daemon is a foothold."
  remediation = "Allow 22 and 3389 only from known networks (a VPN, a bastion's security group, a prefix list), or use SSM Session Manager instead of open ports."
  references  = ["AWS Security Hub EC2.13", "AWS Security Hub EC2.14", "AWS Security Hub EC2.53", "CIS AWS Foundations 5.2"]
  family      = "public-ingress"

  exposure {
    direction = "ingress"
    # RDP listens on UDP 3389 too; udp/22 is then reported as well.
    protocols = ["tcp", "udp", "all"]
    ports     = [22, 3389]
    peers     = ["cidr"]
    family    = "ipv4"
    public    = true
    # More addresses than `broad_addresses` (.sgaudit.hcl, 256 by default); a few public
    # hosts are admin-or-data-ports-public-hosts' (info). Whether a workload of the input
    # uses the group does not matter: a group is often attached by another stack.
    broad     = true
  }
}

rule "admin-ports-public-ipv6" {
  title       = "SSH or RDP reachable from public IPv6 addresses"
  severity    = "high"
  why         = "IPv6 is routed end to end: ::/0 on 22 or 3389 is the same exposure as 0.0.0.0/0, and is often forgotten when only IPv4 rules are reviewed."
  remediation = "Allow 22 and 3389 only from known IPv6 networks or security groups, or remove the IPv6 rule."
  references  = ["AWS Security Hub EC2.54", "CIS AWS Foundations 5.3"]
  family      = "public-ingress"

  exposure {
    direction = "ingress"
    # RDP listens on UDP 3389 too; udp/22 is then reported as well.
    protocols = ["tcp", "udp", "all"]
    ports     = [22, 3389]
    peers     = ["cidr"]
    family    = "ipv6"
    public    = true
    # More addresses than `broad_addresses` (.sgaudit.hcl, 256 by default); a few public
    # hosts are admin-or-data-ports-public-hosts' (info). Whether a workload of the input
    # uses the group does not matter: a group is often attached by another stack.
    broad     = true
  }
}

rule "admin-or-data-ports-public-hosts" {
  title       = "SSH, RDP or a data-store port reachable from a few public hosts"
  severity    = "info"
  why         = "A few named public addresses (an office, a partner, a CI runner) are a deliberate exception, not the internet; they still deserve a review, since addresses change hands and an office's egress address is shared by everyone behind it."
  remediation = "Mark the network trusted in .sgaudit.hcl (network \"office\" { cidrs = [...], trusted = true }) if it is yours, or reach the hosts through a VPN, a bastion's security group or SSM Session Manager."
  references  = ["AWS Security Hub EC2.13", "AWS Security Hub EC2.14", "AWS Security Hub EC2.19"]
  family      = "public-ingress"

  exposure {
    direction = "ingress"
    # RDP listens on UDP 3389 too; udp on the other ports is then reported as well.
    protocols = ["tcp", "udp", "all"]
    # The admin ports (22, 3389), then data-store-ports-public's.
    ports     = [22, 3389, 1433, 1434, 1521, 1522, 2382, 2383, 2483, 2484, 3306, 4333, 5432, 5984, 6379, 7000, 7001, 7199, 8020, 8529, 8888, 9000, 9042, 9160, 9200, 9300, 11211, 11214, 11215, 27017, 27018, 27019, 50070, 50470, 61620, 61621]
    peers     = ["cidr"]
    public    = true
    # At most `broad_addresses` addresses (.sgaudit.hcl, 256 by default); broader ones are
    # the admin-ports-public and data-store-ports-public rules' (high).
    broad     = false

    # The configuration's trusted networks (network "x" { ..., trusted = true }).
    unless {
      trusted = true
    }
  }
}

rule "data-store-internet-reachable" {
  title       = "A database, cache or search workload reachable from the internet"
  severity    = "critical"
  why         = "The workload's own security groups admit public addresses and it can hold a public address (or the input does not say it cannot): its data is one credential away from anyone."
  remediation = "Admit the data store only from the application tier's security group, and keep it private (publicly_accessible = false, internal subnets)."
  references  = ["AWS Security Hub RDS.2", "AWS Security Hub EC2.19"]
  family      = "data-store-internet"

  path {
    kinds          = ["database", "cache", "search"]
    direct         = true
    public_address = ["yes", "unknown"]
  }
}

rule "data-store-internet-admitted-private" {
  title       = "A database, cache or search workload whose groups admit the internet, without a public address"
  severity    = "medium"
  why         = "The security groups already admit public addresses; only the missing public address keeps the internet out, and one flag (publicly_accessible, a public subnet) removes it."
  remediation = "Admit the data store only from the application tier's security group."
  references  = ["AWS Security Hub EC2.19"]
  family      = "data-store-internet"

  path {
    kinds          = ["database", "cache", "search"]
    direct         = true
    public_address = ["no"]
    # Such a path is blocked (no public address): this rule is about blocked paths.
    reachable      = ["no"]
  }
}

rule "data-store-in-public-subnet" {
  title       = "A database, cache or search workload in a public subnet"
  # Medium, as data-store-internet-admitted-private: nothing of the internet gets in today,
  # but the subnet routes to an internet gateway, so one change (publicly_accessible, a
  # public address, a group that admits the internet) exposes the data. When the internet
  # does get in, data-store-internet-reachable and the exposure rules say so, higher.
  severity    = "medium"
  why         = "A public subnet is one whose route table sends internet traffic to an internet gateway (or that gives public addresses to what is launched in it): a data store there is one flag or one security-group change away from the internet. AWS's own guidance keeps databases in private subnets, reached only from the application tier."
  remediation = "Move the data store into private subnets (a subnet group whose subnets route to no internet gateway, with map_public_ip_on_launch = false); reach it from the application tier, and leave the internet gateway route to the load balancers' subnets."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html", "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBInstance.html", "https://hub.steampipe.io/mods/turbot/aws_compliance/controls/control.rds_db_instance_no_public_subnet"]
  family      = "data-store-internet"

  workload {
    kinds  = ["database", "cache", "search"]
    # A subnet the input does not hold, or whose routing it cannot tell, is unknown: never
    # assumed public.
    subnet = ["public", "maps_public_ip"]
  }
}

rule "group-replaced-while-attached" {
  title       = "A security group in use is replaced or deleted"
  severity    = "high"
  why         = "AWS refuses to delete a group while a network interface uses it: without create_before_destroy the apply hangs on DependencyViolation until it times out, with the workloads half-changed."
  remediation = "Give the group create_before_destroy (and name_prefix instead of name), or move the workloads to another group in an earlier change."
  references  = ["https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#recreating-a-security-group", "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSecurityGroup.html", "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html"]
  family      = "group-replacement"
  apply_error = "DependencyViolation"

  group {
    lifecycle = ["replace", "delete"]
    # A workload of the input holding the group after the change: with create_before_destroy
    # the new group is created and the workloads moved to it before the old one is deleted
    # (Terraform updates the dependents first), so only a delete, or a replacement that
    # deletes first, fails. revoke_rules_on_delete does not help: it revokes the group's own
    # rules, and AWS refuses the delete for the interfaces that use the group. Other groups'
    # rules naming it are group-deleted-while-referenced's.
    create_before_destroy = false
    attached              = true
  }
}

rule "high-risk-ports-public" {
  title       = "A high-risk port reachable from public addresses"
  severity    = "high"
  why         = "These ports carry services (file transfer, mail, databases, remote shells, admin consoles) that should never face the internet directly."
  remediation = "Restrict the source to known networks or security groups, or put the service behind a load balancer or VPN."
  references  = ["AWS Security Hub EC2.19"]
  family      = "public-ingress"

  exposure {
    direction = "ingress"
    protocols = ["tcp", "all"]
    # Security Hub EC2.19's list without 22 and 3389 (the admin-ports-public rules') and the
    # data-store ports (1433, 1434, 3306, 4333, 5432, 8888, 9200, 9300: data-store-ports-public's),
    # so one exposure is not reported twice; service-ports-public-hosts lists them too.
    ports     = [20, 21, 23, 25, 110, 135, 143, 445, 3000, 5000, 5500, 5601, 8080, 8088]
    peers     = ["cidr"]
    public    = true
    # More addresses than `broad_addresses`; a few public hosts are service-ports-public-hosts'
    # (low).
    broad     = true
  }
}

rule "service-ports-public-hosts" {
  title       = "A high-risk or sensitive service port reachable from a few public hosts"
  severity    = "low"
  why         = "A few named public addresses are a deliberate exception, not the internet; but these services (file transfer, mail, SMB, Telnet, the Docker API, VNC, WinRM, consoles) are weak even towards a partner, and addresses change hands."
  remediation = "Mark the network trusted in .sgaudit.hcl (network \"partner\" { cidrs = [...], trusted = true }) if it is yours, or reach the service through a VPN or a security-group reference."
  references  = ["AWS Security Hub EC2.19", "KICS Sensitive Port Is Exposed"]
  family      = "public-ingress"

  exposure {
    direction = "ingress"
    protocols = ["tcp", "udp", "all"]
    # high-risk-ports-public's ports, then sensitive-service-ports-public's: keep the lists the
    # same.
    ports     = [20, 21, 23, 25, 110, 135, 143, 445, 3000, 5000, 5500, 5601, 8080, 8088, 53, 137, 138, 139, 161, 389, 636, 2375, 2376, 3020, 4505, 4506, 5900, 5985, 8000, 8140, 9090]
    peers     = ["cidr"]
    public    = true
    # At most `broad_addresses` addresses; broader ones are the high rules'.
    broad     = false

    unless {
      trusted = true
    }
  }
}

rule "data-store-ports-public" {
  title       = "A database, cache or search port reachable from public addresses"
  severity    = "high"
  why         = "Data stores exposed to the internet are found and ransomed or wiped by automated scans; many ship without authentication by default."
  remediation = "Reach data stores only from the application tier's security group, never from CIDRs outside the VPC."
  references  = ["AWS Security Hub EC2.19", "KICS Sensitive Port Is Exposed"]
  family      = "public-ingress"

  exposure {
    direction = "ingress"
    protocols = ["tcp", "all"]
    # MSSQL, SQL Server Analysis, Oracle, MySQL, PostgreSQL, CouchDB, Redis, Cassandra (and
    # OpsCenter), HDFS and Hadoop, ArangoDB, Elasticsearch/OpenSearch, Memcached, MongoDB:
    # every data-store port of KICS's sensitive-port list, and a few more.
    # admin-or-data-ports-public-hosts lists them too: keep the two lists the same.
    ports = [1433, 1434, 1521, 1522, 2382, 2383, 2483, 2484, 3306, 4333, 5432, 5984, 6379, 7000, 7001, 7199, 8020, 8529, 8888, 9000, 9042, 9160, 9200, 9300, 11211, 11214, 11215, 27017, 27018, 27019, 50070, 50470, 61620, 61621]
    peers     = ["cidr"]
    public    = true
    # More addresses than `broad_addresses`; a few public hosts are
    # admin-or-data-ports-public-hosts' (info).
    broad     = true
  }
}

rule "sensitive-service-ports-public" {
  title       = "A remote-access, file-sharing or infrastructure service port reachable from public addresses"
  severity    = "high"
  why         = "FTP, Telnet, SMTP, DNS, NetBIOS/SMB, SNMP, LDAP, the Docker API, SaltStack, VNC, WinRM, Kibana, Puppet and internal web consoles are attack surface that should stay inside the network."
  remediation = "Reach these services through a VPN, a bastion or security-group references; never from public CIDRs."
  references  = ["KICS Sensitive Port Is Exposed", "AWS Security Hub EC2.19"]
  family      = "public-ingress"

  exposure {
    direction = "ingress"
    protocols = ["tcp", "udp", "all"]
    # The ports of KICS's sensitive-port list that the admin, high-risk (EC2.19) and data-store
    # rules do not cover already (80 and 443 are the web allow-list).
    ports  = [53, 137, 138, 139, 161, 389, 636, 2375, 2376, 3020, 4505, 4506, 5900, 5985, 8000, 8140, 9090]
    peers  = ["cidr"]
    public = true
    # More addresses than `broad_addresses`; a few public hosts are service-ports-public-hosts'
    # (low).
    broad  = true
  }
}

rule "all-traffic-public" {
  title       = "All protocols or all ports reachable from public addresses"
  severity    = "critical"
  why         = "Every service on the instance, present and future, is exposed: nothing is left for the security group to protect."
  remediation = "Allow only the protocols and ports the service needs, from the narrowest sources that need them."
  references  = ["AWS Security Hub EC2.18", "CIS AWS Foundations 5.2"]
  family      = "public-ingress"

  exposure {
    direction = "ingress"
    all_ports = true
    peers     = ["cidr"]
    public    = true
  }
}

rule "public-port-outside-allow-list" {
  title       = "Public ingress on a port outside the allow-list (80, 443)"
  severity    = "medium"
  why         = "Only web ports are expected to face the internet; anything else should be a deliberate, reviewed exception."
  remediation = "Close the port to public addresses, or extend the allow-list in your own pack if the exposure is intended."
  references  = ["AWS Security Hub EC2.18"]
  family      = "public-ingress"

  exposure {
    direction     = "ingress"
    peers         = ["cidr"]
    public        = true
    ports_outside = [80, 443]
  }
}

rule "default-group-has-permissions" {
  title       = "The VPC's default security group allows traffic"
  severity    = "medium"
  why         = "Anything launched without an explicit group lands in the default group; permissions there apply to resources nobody meant to expose."
  remediation = "Manage the default group with aws_default_security_group and no ingress or egress blocks, and give every resource its own group."
  references  = ["AWS Security Hub EC2.2", "CIS AWS Foundations 5.4"]

  group {
    default_group   = true
    has_permissions = true
  }
}

rule "egress-world-all-traffic" {
  title       = "Egress of all traffic, or every port of a protocol, to the whole internet"
  severity    = "low"
  why         = "Unrestricted egress lets a compromised instance reach any command-and-control server or exfiltrate data; it is the AWS default, and rarely needed."
  remediation = "Allow egress only to the destinations and ports the workload uses (package mirrors, APIs, VPC endpoints)."
  references  = ["AWS Well-Architected SEC05-BP01"]

  exposure {
    direction = "egress"
    # All traffic, and every port of TCP or UDP (0-65535): the same open door for that protocol.
    all_ports = true
    world     = true
  }
}

rule "wide-port-range" {
  title       = "A wide port range open to addresses"
  severity    = "medium"
  why         = "Ranges such as 1024-65535 or 32768-65535 expose every ephemeral and high-port service on the instance; security groups are stateful and never need them for return traffic."
  remediation = "Open only the ports the service listens on; return traffic of allowed connections is always allowed."
  references  = ["AWS Security Hub EC2.18"]
  family      = "public-ingress"

  exposure {
    direction          = "ingress"
    peers              = ["cidr"]
    port_span_at_least = 1000
    all_ports          = false
  }
}

rule "self-all-traffic" {
  title       = "Members of the group may send each other all traffic"
  severity    = "info"
  why         = "Intra-group all-traffic rules are common for clusters, and often copied by accident: every member can reach every port of every other member."
  remediation = "Keep it only where the cluster needs it, and narrow it to the ports the members use."
  references  = []

  exposure {
    direction = "ingress"
    peers     = ["self"]
    all_ports = true
  }
}

rule "broad-private-ipv4-range" {
  title       = "Ingress from a private IPv4 range broader than /16"
  severity    = "low"
  why         = "A private range that large usually spans many VPCs, peered networks and offices: the group trusts far more hosts than the service needs."
  remediation = "Allow the VPC or subnet ranges that need access, or use security-group references."
  references  = []

  exposure {
    direction           = "ingress"
    peers               = ["cidr"]
    family              = "ipv4"
    public              = false
    prefix_shorter_than = 16
  }
}

rule "broad-private-ipv6-range" {
  title       = "Ingress from a private IPv6 range broader than /48"
  severity    = "low"
  why         = "A unique-local range that large trusts far more hosts than a single site needs."
  remediation = "Allow the subnets that need access, or use security-group references."
  references  = []

  exposure {
    direction           = "ingress"
    peers               = ["cidr"]
    family              = "ipv6"
    public              = false
    prefix_shorter_than = 48
  }
}

rule "unknown-peer" {
  title       = "Ingress from a source known only after apply"
  severity    = "medium"
  why         = "The source cannot be checked before the change is applied; it may turn out to be the whole internet."
  remediation = "Make the source known at plan time (a literal CIDR, a variable with a value, a security-group reference), or review the value it will take."
  references  = []

  exposure {
    direction = "ingress"
    peers     = ["unknown"]
  }
}

rule "inline-and-standalone-rules-mixed" {
  title       = "Inline rules and separate rule resources on the same group"
  severity    = "medium"
  why         = "Terraform manages inline rules as the complete set: on every apply the group removes what the separate rule resources add, and they add it back."
  remediation = "Use either inline ingress/egress blocks or aws_vpc_security_group_*_rule resources for a group, not both."
  references  = ["terraform-provider-aws: security_group notes"]

  group {
    mixed_inline_and_standalone = true
  }
}

rule "near-rule-limit" {
  title       = "A direction close to the AWS limit of 60 rules per IP version"
  severity    = "low"
  why         = "AWS rejects the rule that crosses the quota, in the middle of an apply."
  remediation = "Merge CIDRs, use prefix lists or security-group references, or raise the quota before adding rules."
  references  = ["Amazon VPC quotas: inbound or outbound rules per security group"]

  group {
    permissions_at_least = 55
  }
}

rule "rules-per-group-quota-exceeded" {
  title       = "A security group holds more rules than the AWS quota"
  # High, as permission-duplicate: an apply failure, not an exposure; with apply_error the
  # default gate fails on a new one whatever the severity (fail_on_apply_errors).
  severity    = "high"
  why         = "AWS allows 60 inbound and 60 outbound rules per security group by default, counted separately for IPv4 and IPv6; a group reference counts one, a customer-managed prefix list its max_entries, an AWS-managed one its weight. The rule that crosses the quota fails the apply with RulesPerSecurityGroupLimitExceeded, after the provider may already have revoked the rules it replaces."
  remediation = "Merge CIDRs, reference a security group instead of its members' addresses, shrink the prefix list's max_entries, split the rules across two groups, or raise the quota (and say so in .sgaudit.hcl: quotas { rules_per_group = 120 })."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups", "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-size", "https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html", "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html"]
  apply_error = "RulesPerSecurityGroupLimitExceeded"

  group {
    quota_exceeded = true
  }
}

rule "groups-per-interface-quota-exceeded" {
  title       = "A workload holds more security groups than the AWS quota per network interface"
  severity    = "high"
  why         = "AWS allows 5 security groups per network interface by default (adjustable up to 16, rules per group × groups per interface at most 1,000): the change that attaches one more fails with SecurityGroupsPerInterfaceLimitExceeded."
  remediation = "Merge two of the workload's groups, or raise the quota (and say so in .sgaudit.hcl: quotas { groups_per_interface = 10 })."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups", "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html"]
  apply_error = "SecurityGroupsPerInterfaceLimitExceeded"

  # One finding per workload, on the group its excess is held against (the last the change
  # adds to it).
  group {
    groups_per_interface_exceeded = true
  }
}

rule "group-description-missing" {
  title       = "A security group without a real description"
  severity    = "info"
  why         = "The description is the only place AWS keeps why a group exists; Terraform's default says nothing, and changing it later replaces the group."
  remediation = "Set description to what the group protects and who may reach it."
  references  = []

  group {
    description_missing = true
    # A VPC's default group keeps the description AWS gave it: aws_default_security_group's
    # description is computed only (hashicorp/terraform-provider-aws,
    # internal/service/ec2/vpc_default_security_group.go).
    default_group       = false
  }
}

rule "group-replaced" {
  title       = "A security group is replaced"
  severity    = "low"
  why         = "Replacing a group (a new name, description or VPC) deletes it and creates another: while interfaces still use the old one the delete fails or hangs, and with create_before_destroy both exist for a while."
  remediation = "Avoid changing name, description or vpc_id of a group in use, or plan the replacement with create_before_destroy."
  references  = []
  family      = "group-replacement"

  group {
    lifecycle = ["replace"]
  }
}

rule "ports-ignored" {
  title       = "A port restriction that restricts nothing"
  severity    = "medium"
  why         = "With protocol -1 (all) or a protocol without ports, AWS ignores from_port and to_port: a rule that reads \"port 22\" opens every port."
  remediation = "Use protocol tcp or udp with the ports meant, or write ports 0/0 so that the rule says what it does."
  references  = ["terraform-provider-aws: security_group_rule protocol"]

  group {
    ports_ignored = true
  }
}

rule "group-deleted-while-referenced" {
  title       = "A security group is deleted while other groups still reference it"
  severity    = "medium"
  # A rule of another group the change keeps (inline, standalone of either type, or one AWS
  # holds that the configuration does not write) names the group after the change: the
  # finding names each. revoke_rules_on_delete on the deleted group does not help (it revokes
  # the group's own rules, not the rules of others that name it); on the referencing group it
  # matters only when that group is deleted too, and then its rules are gone after the change
  # and no finding is made. Workloads using the group are group-replaced-while-attached's.
  why         = "AWS refuses to delete a group that another group's rules name (DependencyViolation); the provider retries the delete until its timeout (15 minutes by default) and the apply fails with the group and the rules half-changed."
  remediation = "Remove or repoint the referencing rules in the same change (the finding names them), before the group is deleted."
  references  = ["https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSecurityGroup.html", "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group"]
  # DeleteSecurityGroup: "If you attempt to delete a security group that is associated with an
  # instance or network interface, is referenced by another security group in the same VPC,
  # or has a VPC association, the operation fails."
  apply_error = "DependencyViolation"

  group {
    lifecycle  = ["delete"]
    referenced = true
  }
}

rule "permission-description-missing" {
  title       = "A security-group rule without a description"
  severity    = "info"
  why         = "A rule's description is the only record of why it exists; reviews and clean-ups stall on rules nobody can explain."
  remediation = "Give every ingress and egress rule a description saying who needs it and why."
  references  = ["KICS Security Group Rules Without Description"]

  group {
    permission_description_missing = true
  }
}

rule "permission-duplicate" {
  title       = "A permission declared twice on a group, which AWS refuses at apply"
  severity    = "high"
  why         = "AWS holds one rule per direction, protocol, ports and peer: the second declaration fails the apply (InvalidPermission.Duplicate, or InvalidParameterValue \"The same permission must not appear multiple times\" for two inline blocks), leaving the change half-applied. The two declarations also hide each other: removing one leaves Terraform's state claiming a rule AWS no longer holds, or revokes the other's."
  remediation = "Keep one declaration of the permission: delete the duplicate rule resource or inline block, and move its description to the one that stays."
  references  = ["https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group_rule", "https://github.com/hashicorp/terraform-provider-aws/issues/13370"]

  # The AWS error of the second AuthorizeSecurityGroup* call; two inline blocks fail with
  # InvalidParameterValue instead (see why).
  apply_error = "InvalidPermission.Duplicate"

  # An apply failure, not an exposure: high, so that the default gate fails before apply
  # does. Overlapping CIDRs are different permissions; identical inline blocks are one.
  group {
    permission_duplicate = true
  }
}

rule "permission-redundant" {
  title       = "A permission wholly covered by a wider one on the same group"
  # Info: it opens nothing the wider permission does not; it is noise in reviews and counts
  # against the quota of rules per group.
  severity    = "info"
  why         = "A security group allows the union of its rules: a rule whose protocol, ports and peer all fall within another rule of the same group and direction (the same protocol or all traffic, ports within, a CIDR within a CIDR) grants nothing, yet AWS keeps and counts it against the rules-per-group quota, and a reader takes it for the limit of what the group allows."
  remediation = "Delete the narrower rule, or narrow the wider one if the narrower one says what was meant."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html", "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups"]

  group {
    permission_redundant = true
  }
}

rule "group-replaced-name-collides" {
  title       = "A security group replaced with create_before_destroy under the same fixed name"
  # An apply failure: high, as the other rules that predict one.
  severity    = "high"
  why         = "With create_before_destroy Terraform creates the new group while the old one still exists; group names are unique per VPC, so AWS refuses the new group with InvalidGroup.Duplicate and the replacement fails before anything moves."
  remediation = "Use name_prefix instead of name (the provider generates a unique name), or change the name in the same change."
  references  = ["https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#recreating-a-security-group", "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html", "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html"]
  family      = "group-replacement"
  apply_error = "InvalidGroup.Duplicate"

  group {
    lifecycle             = ["replace"]
    create_before_destroy = true
    # The name after the change is the fixed name it had (name_prefix leaves it unknown).
    name_kept             = true
  }
}

rule "peer-group-in-unpeered-vpc" {
  title       = "A rule names a security group of another VPC that no peering connection joins"
  # An apply failure for a new rule. A rule whose peering connection the change deletes does
  # not fail the apply: it goes stale (peer-group-peering-deleted).
  severity    = "high"
  why         = "A rule may name a group of another VPC only across an active VPC peering connection in the same region: AWS refuses it otherwise (InvalidGroup.NotFound, \"You have specified two resources that belong to different networks\")."
  remediation = "Peer the two VPCs (aws_vpc_peering_connection, accepted, in the same region) before the rule, or name the other VPC's CIDR block instead of its group."
  references  = ["https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html", "https://github.com/hashicorp/terraform/issues/2857"]
  apply_error = "InvalidGroup.NotFound"

  group {
    # Both VPCs known; a route to a peering connection the input does not hold, or to a
    # transit gateway, leaves it unknown (no finding).
    peer_vpc_unpeered = true
    peering_deleted   = false
  }
}

rule "peer-group-peering-deleted" {
  title       = "A rule names a security group across a peering connection the change deletes"
  # Not an apply failure: AWS deletes the peering connection and keeps the rule, stale. What
  # the rule let in stops working: an outage, not an exposure.
  severity    = "medium"
  why         = "A rule that names a group of a peered VPC works only while the peering connection is active: once it is deleted the rule goes stale, matches nothing, and the traffic it allowed is dropped, while the configuration still reads as if it were allowed."
  remediation = "Keep the peering connection while rules name the peer VPC's groups, or remove or replace those rules (with the peer VPC's CIDR block, or another path) in the same change."
  references  = ["https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html#vpc-peering-stale-groups"]

  group {
    peer_vpc_unpeered = true
    peering_deleted   = true
  }
}

rule "peer-group-account-missing" {
  title       = "A rule names a group of another account without its account"
  severity    = "high"
  why         = "AWS looks for a bare group id (sg-…) in the caller's own account: a group of another account (across a peering connection in the same region) must be named with its account, 123456789012/sg-…. The input names this id with another account elsewhere, so the rule without it is refused at apply (InvalidGroup.NotFound)."
  remediation = "Write the reference with its account, as the other rule does: \"123456789012/sg-…\" (in security_groups, source_security_group_id or referenced_security_group_id)."
  references  = ["https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html", "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UserIdGroupPair.html", "https://github.com/hashicorp/terraform-provider-aws/issues/17537"]
  apply_error = "InvalidGroup.NotFound"

  group {
    # A bare id the input never names with an account is not judged.
    peer_account_missing = true
  }
}

# Network ACL rules: what a subnet's network ACL itself allows, whatever the groups behind it.
rule "nacl-admin-ports-public" {
  title       = "A network ACL lets in SSH or RDP from public addresses"
  # Medium, as Security Hub rates EC2.21: a network ACL is one layer of two; the groups behind
  # it decide whether a workload is reached (admin-ports-public-ipv4/-ipv6 and the path rules
  # report that, high).
  severity    = "medium"
  why         = "A network ACL is the subnet's guard in front of every security group: one that lets the internet in on the administration ports leaves SSH and RDP to the groups alone, so one group opened by mistake exposes the subnet's workloads to brute force."
  remediation = "Add lower-numbered deny rules for tcp 22 and 3389 from 0.0.0.0/0 and ::/0 (or allow them only from known networks), keeping the allow rules for the ports the subnet serves."
  references  = ["AWS Security Hub EC2.21", "CIS AWS Foundations 5.1", "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21", "https://docs.aws.amazon.com/config/latest/developerguide/nacl-no-unrestricted-ssh-rdp.html"]

  network_acl {
    # tcp, udp or -1 (the AWS Config rule behind EC2.21 counts tcp and udp; RDP listens on
    # udp 3389 too), IPv4 or IPv6, from any public address block wider than
    # `broad_addresses` (a few known hosts are not "the internet").
    public_ingress_on = [22, 3389]
    protocols         = ["tcp", "udp"]
    broad             = true
  }
}

rule "nacl-rule-shadowed" {
  title       = "A network ACL rule that never applies"
  # Low: the rule changes nothing by itself; what gets through is reported by the exposure
  # and path rules. It matters because the ACL does not do what it reads as doing.
  severity    = "low"
  why         = "Network ACL rules are evaluated in number order and the first match wins: a rule whose packets all match lower-numbered rules decides nothing. A shadowed deny does not block what it names, and a shadowed allow misleads the reader."
  remediation = "Renumber the rule below the rules that shadow it if it should apply, or delete it."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html"]

  network_acl {
    shadowed_rules = true
  }
}

rule "nacl-rules-near-quota" {
  title       = "A network ACL direction close to the AWS quota of 20 rules"
  # Low, as near-rule-limit: an apply fails, nothing opens.
  severity    = "low"
  why         = "AWS allows 20 rules per direction of a network ACL by default, IPv4 and IPv6 rules together (adjustable up to 40): the rule that crosses it fails in the middle of an apply."
  remediation = "Merge adjacent CIDR blocks and port ranges, move per-host rules into security groups, or raise the quota before adding rules."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-nacls"]

  network_acl {
    rules_at_least = 18
  }
}

rule "nacl-rules-quota-exceeded" {
  title       = "A network ACL holds more rules than the AWS quota"
  # High, as rules-per-group-quota-exceeded: an apply failure.
  severity    = "high"
  why         = "AWS allows 20 rules per direction of a network ACL by default, counted separately for IPv4 and IPv6 and including the default deny rule (adjustable up to 40): the entry that crosses it fails the apply with NetworkAclEntryLimitExceeded."
  remediation = "Merge adjacent CIDR blocks and port ranges, move per-host rules into security groups, or raise the quota (and say so in .sgaudit.hcl: quotas { nacl_rules = 40 })."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-nacls", "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html"]
  apply_error = "NetworkAclEntryLimitExceeded"

  network_acl {
    quota_exceeded = true
  }
}

rule "self-all-traffic-with-public-ingress" {
  title       = "All traffic between members of a group that the internet can reach"
  severity    = "medium"
  why         = "A member compromised through its public ports can reach every port of every other member: the self rule turns one exposed service into lateral movement across the group."
  remediation = "Narrow the self rule to the ports the members need, or split the public-facing tier into its own group."
  references  = []

  group {
    self_all_traffic = true
    public_ingress   = true
  }
}

rule "internet-path-opened-by-network" {
  title       = "A network change opens a path from the internet"
  # High: a path the internet did not have is a new exposure, whichever layer opens it.
  severity    = "high"
  why         = "A network ACL, route or public-address change lets the internet reach a workload whose security groups already admitted it: a review that reads only the security groups does not see it."
  remediation = "Check that the workload is meant to face the internet; if not, keep the network ACL deny or the route as they were, and narrow the security groups that admit the internet."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html", "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html"]

  path {
    # The workload was not reached before the change and is after it, through a path the
    # groups allowed on both sides.
    status       = ["added"]
    network_only = true
  }
}

rule "return-traffic-blocked" {
  title       = "A network ACL drops the replies of a flow the security groups allow"
  severity    = "medium"
  why         = "Network ACLs are stateless: the reply of an allowed flow is a packet like any other, sent to the client's ephemeral port (1024-65535), and a network ACL that does not allow it kills the flow. The security groups say open, the service does not answer: the seed's 'ephemeral port' pitfall."
  remediation = "Allow the ephemeral ports 1024-65535 in the other direction of the network ACL (outbound for a service the internet calls, inbound for a call the workload makes), from the same addresses."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html"]

  path {
    # A flow from the internet the groups allow, blocked by its replies.
    reachable  = ["no"]
    blocked_by = ["return_traffic"]
  }
}

rule "egress-return-traffic-blocked" {
  title       = "A network ACL drops the replies of an outbound call the security groups allow"
  severity    = "medium"
  why         = "The groups let the workload call out, the network ACL lets the call out, but not its replies back in on the ephemeral ports: the call hangs (package mirrors, APIs, license servers)."
  remediation = "Allow inbound tcp (and udp) 1024-65535 from the destinations in the subnet's network ACL."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html"]

  exposure {
    direction         = "egress"
    egress_blocked_by = ["return_traffic"]
  }
}

# Drift: with `--deployed`, the account's AWS API JSON compared with what Terraform manages.
# A permission added outside Terraform (by hand, as the AWS CLI's
# `authorize-security-group-ingress` does:
# https://docs.aws.amazon.com/cli/latest/reference/ec2/authorize-security-group-ingress.html)
# is in no plan of a configuration whose rules are standalone resources.

rule "drift-world-ingress" {
  title       = "Ingress from the whole internet added outside Terraform"
  severity    = "high"
  why         = "A rule added by hand (in an incident, from the console or the AWS CLI) opens the group to the whole internet while the configuration and its pull requests look clean; no plan of standalone rule resources shows it."
  remediation = "Revoke the rule (`aws ec2 revoke-security-group-ingress --security-group-rule-ids <id>`) or declare it in Terraform, where it is reviewed; manage the group's rules exclusively (inline rules, or aws_vpc_security_group_ingress_rule with the group's rules all declared)."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"]

  exposure {
    direction = "ingress"
    drift     = "added"
    world     = true
  }
}

rule "drift-public-ingress" {
  title       = "Ingress from public addresses added outside Terraform"
  severity    = "medium"
  why         = "A rule added by hand admits public addresses that no review saw; the next apply may keep it (standalone rules) or silently remove it (inline rules)."
  remediation = "Declare the rule in Terraform if it is needed, or revoke it by its rule id."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"]

  exposure {
    direction = "ingress"
    drift     = "added"
    public    = true
    world     = false
  }
}

rule "drift-permission-added" {
  title       = "A permission added outside Terraform"
  severity    = "low"
  why         = "The account allows what no Terraform resource declares: reviews of the configuration do not see it."
  remediation = "Declare the permission in Terraform, or revoke it by its rule id."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"]

  exposure {
    drift = "added"
    unless {
      direction = "ingress"
      public    = true
    }
  }
}

rule "drift-permission-removed" {
  title       = "A permission Terraform declares was removed outside Terraform"
  severity    = "info"
  why         = "The account lacks a rule Terraform declares: the next apply creates it again."
  remediation = "Remove the rule from the configuration if it is no longer wanted; otherwise the next apply restores it."
  references  = ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"]

  exposure {
    drift = "removed"
  }
}
