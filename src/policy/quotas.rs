//! AWS's quotas on security groups and network ACLs, counted as AWS counts them: the defaults
//! and their `.sgaudit.hcl` overrides (`quotas { ... }`), the one table of the AWS-managed
//! prefix lists' weights, and a group's count of rules per direction and IP version, with
//! what each resource adds to it.
//!
//! Source of every number here: "Amazon VPC quotas",
//! <https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html> (security groups:
//! 60 inbound or outbound rules per group, enforced separately for IPv4 and IPv6 rules; 5
//! groups per network interface; the two multiplied cannot exceed 1,000; network ACLs: 20
//! rules per direction, enforced separately for IPv4 and IPv6 rules, the default deny rule
//! included), "Security group size"
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-size>:
//! a CIDR counts one rule, a group reference one, a customer-managed prefix list its maximum
//! size, an AWS-managed one its weight) and "AWS-managed prefix lists"
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html>:
//! the weights).

use std::collections::BTreeMap;

use crate::model::{Direction, Peer, Permission, PrefixListSizes, Protocol};
use crate::netset::Family;

/// The page the quotas are read from.
pub const QUOTAS_PAGE: &str =
    "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html";

/// The product of the rules per group and the groups per interface that AWS allows at most
/// ([`QUOTAS_PAGE`], "This quota multiplied by the quota for security groups per network
/// interface cannot exceed 1,000").
pub const RULES_TIMES_GROUPS: u32 = 1_000;

/// The quotas of the account, as `.sgaudit.hcl` says (`quotas { ... }`), else AWS's
/// defaults ([`QUOTAS_PAGE`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotas {
    /// Inbound or outbound rules per security group, per IP version (60).
    pub rules_per_group: u32,
    /// Security groups per network interface (5).
    pub groups_per_interface: u32,
    /// Rules per network ACL, per direction and IP version, the default deny rule included (20).
    pub nacl_rules: u32,
}

impl Default for Quotas {
    fn default() -> Quotas {
        Quotas {
            rules_per_group: 60,
            groups_per_interface: 5,
            nacl_rules: 20,
        }
    }
}

/// The weight of each AWS-managed prefix list: what a security-group rule that references it
/// counts in the group's quota, by name (`*` stands for the one label of a Region), from the
/// table of
/// <https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html#available-aws-managed-prefix-lists>.
/// A list of `com.amazonaws.` not in the table weighs what the input cannot tell: unknown,
/// never guessed.
pub const AWS_MANAGED_WEIGHTS: [(&str, u32); 12] = [
    ("com.amazonaws.global.cloudfront.origin-facing", 55),
    ("com.amazonaws.global.ipv6.cloudfront.origin-facing", 55),
    ("com.amazonaws.*.dynamodb", 1),
    ("com.amazonaws.*.ec2-instance-connect", 2),
    ("com.amazonaws.*.ipv6.ec2-instance-connect", 2),
    ("com.amazonaws.global.groundstation", 5),
    ("com.amazonaws.*.route53-healthchecks", 25),
    ("com.amazonaws.*.ipv6.route53-healthchecks", 25),
    ("com.amazonaws.*.s3", 1),
    ("com.amazonaws.*.s3express", 6),
    ("com.amazonaws.*.vpc-lattice", 10),
    ("com.amazonaws.*.ipv6.vpc-lattice", 10),
];

/// The documented weight of an AWS-managed prefix list, by its name; `None` for a name the
/// table does not hold.
pub fn aws_managed_weight(name: &str) -> Option<u32> {
    AWS_MANAGED_WEIGHTS.iter().find_map(|&(pattern, weight)| {
        let (mut p, mut n) = (pattern.split('.'), name.split('.'));
        loop {
            match (p.next(), n.next()) {
                (None, None) => return Some(weight),
                (Some("*"), Some(label)) if !label.is_empty() && label != "global" => {}
                (Some(a), Some(b)) if a == b => {}
                _ => return None,
            }
        }
    })
}

/// What a rule referencing the prefix list `key` counts: an AWS-managed list's weight, a
/// customer-managed list's `max_entries`; `None` when the input does not tell (a list it does
/// not hold, an unknown size, an AWS-managed list the table does not hold).
pub fn prefix_list_weight(key: &str, sizes: &PrefixListSizes) -> Option<u32> {
    let size = sizes.get(key)?;
    match size.name.as_deref() {
        Some(name) if name.starts_with("com.amazonaws.") => aws_managed_weight(name),
        _ => size.max_entries,
    }
}

/// One direction and IP version of a group's rules as the quota counts them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// The rules counted, each its weight.
    pub count: u32,
    /// What each resource adds to the count.
    pub by_resource: BTreeMap<std::sync::Arc<str>, u32>,
    /// The resources whose rules count for what the input does not tell (an unknown peer, a
    /// prefix list of unknown size): the count is at least `count`.
    pub unknown: Vec<std::sync::Arc<str>>,
}

/// Who a rule is as AWS holds it: direction, protocol, ports as AWS writes them, peer.
type Identity<'a> = (Direction, &'a Protocol, (Option<i64>, Option<i64>), Peer);

/// The quota's count of a group's rules on one side of the change, per direction and IP
/// version. A rule is one peer of one protocol and port range; the same rule declared twice is
/// one rule of AWS's (the second declaration fails on its own, `InvalidPermission.Duplicate`).
/// A CIDR counts one in its IP version; a group reference, the group itself, and a prefix list
/// count in both (the quota page said "A rule that references a security group or prefix list
/// ID counts as one rule for IPv4 and one rule for IPv6" until the weights replaced the one;
/// <https://github.com/jantman/awslimitchecker/pull/447> measured it so), a prefix list its
/// weight ([`prefix_list_weight`]).
pub fn tally(own: &[&Permission], sizes: &PrefixListSizes) -> BTreeMap<(Direction, Family), Tally> {
    let mut out: BTreeMap<(Direction, Family), Tally> = BTreeMap::new();
    let mut seen: std::collections::BTreeSet<Identity> = std::collections::BTreeSet::new();
    for p in own {
        let known = !matches!(p.range.protocol, Protocol::Unknown(_))
            && !matches!(p.range.ports, crate::model::Ports::Unknown(_))
            && !matches!(p.peer, Peer::Unknown(_));
        if known {
            let id = (
                p.direction,
                &p.range.protocol,
                p.range.aws_ports(),
                p.peer.unmarked().into_owned(),
            );
            if !seen.insert(id) {
                continue;
            }
        }
        let (families, weight): (&[Family], Option<u32>) = match &p.peer {
            Peer::Cidr { net, .. } => match Family::of(net) {
                Family::V4 => (&[Family::V4], Some(1)),
                Family::V6 => (&[Family::V6], Some(1)),
            },
            Peer::Group(_) | Peer::SelfRef => (&[Family::V4, Family::V6], Some(1)),
            Peer::PrefixList(key) => (&[Family::V4, Family::V6], prefix_list_weight(key, sizes)),
            Peer::Unknown(_) => (&[Family::V4, Family::V6], None),
        };
        for &family in families {
            let t = out.entry((p.direction, family)).or_default();
            match weight {
                Some(w) => {
                    t.count = t.count.saturating_add(w);
                    let by = t.by_resource.entry(p.resource.clone()).or_default();
                    *by = by.saturating_add(w);
                }
                None => {
                    if !t.unknown.contains(&p.resource) {
                        t.unknown.push(p.resource.clone());
                    }
                }
            }
        }
    }
    out
}

/// `ingress IPv4`, `egress IPv6`.
pub fn bucket_label((direction, family): (Direction, Family)) -> String {
    let family = match family {
        Family::V4 => "IPv4",
        Family::V6 => "IPv6",
    };
    format!("{} {family}", direction.as_str())
}

/// How a bucket of a group's rules meets the quota across the change: "ingress IPv4 rules
/// 55 → 62 of 60 (aws_security_group_rule.x adds 5, aws_vpc_security_group_ingress_rule.y
/// adds 2)"; "ingress IPv4 rules 62 of 60 (…)" when there was none before; before the change
/// (`was` only, `is` `None`), "ingress IPv4 rules 62 of 60".
pub fn describe(
    bucket: (Direction, Family),
    was: Option<&Tally>,
    is: Option<&Tally>,
    quota: u32,
) -> String {
    let empty = Tally::default();
    let at_least = |t: &Tally| {
        if t.unknown.is_empty() {
            t.count.to_string()
        } else {
            format!("at least {}", t.count)
        }
    };
    let Some(is) = is else {
        return format!(
            "{} rules {} of {quota}",
            bucket_label(bucket),
            at_least(was.unwrap_or(&empty))
        );
    };
    let was = was.unwrap_or(&empty);
    let mut changes: Vec<String> = Vec::new();
    for (resource, &n) in &is.by_resource {
        let before = was.by_resource.get(resource).copied().unwrap_or(0);
        if n > before {
            changes.push(format!("{resource} adds {}", n - before));
        }
    }
    for (resource, &n) in &was.by_resource {
        let after = is.by_resource.get(resource).copied().unwrap_or(0);
        if n > after {
            changes.push(format!("{resource} removes {}", n - after));
        }
    }
    let mut parts = changes.join(", ");
    if !is.unknown.is_empty() {
        if !parts.is_empty() {
            parts.push_str("; ");
        }
        parts.push_str(&format!(
            "not counted, of a size the input does not tell: {}",
            is.unknown.join(", ")
        ));
    }
    let changes = if parts.is_empty() {
        String::new()
    } else {
        format!(" ({parts})")
    };
    // Nothing before the change (a group it creates): the count after it.
    if was.count == 0 && was.unknown.is_empty() {
        return format!(
            "{} rules {} of {quota}{changes}",
            bucket_label(bucket),
            at_least(is)
        );
    }
    format!(
        "{} rules {} → {} of {quota}{changes}",
        bucket_label(bucket),
        at_least(was),
        at_least(is)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PortRange, Ports, PrefixListSize};

    fn rule(resource: &str, port: u16, peer: Peer) -> Permission {
        Permission {
            group: "g".into(),
            resource: resource.into(),
            direction: Direction::Ingress,
            range: PortRange::new(Protocol::Tcp, Ports::Range(port, port)),
            peer,
            description: None,
            origin: None,
            ports_ignored: false,
        }
    }

    /// The weights are the documented ones, the Region a wildcard of one label; a list the
    /// table does not hold weighs nothing known.
    #[test]
    fn aws_managed_lists_weigh_what_aws_documents() {
        for (name, weight) in [
            ("com.amazonaws.global.cloudfront.origin-facing", Some(55)),
            ("com.amazonaws.eu-west-1.route53-healthchecks", Some(25)),
            (
                "com.amazonaws.us-east-1.ipv6.route53-healthchecks",
                Some(25),
            ),
            ("com.amazonaws.us-east-1.s3", Some(1)),
            ("com.amazonaws.us-east-1.dynamodb", Some(1)),
            ("com.amazonaws.us-east-1.s3express", Some(6)),
            ("com.amazonaws.us-east-1.ec2-instance-connect", Some(2)),
            ("com.amazonaws.us-east-1.something-new", None),
            ("com.amazonaws.s3", None),
        ] {
            assert_eq!(aws_managed_weight(name), weight, "{name}");
        }
    }

    /// A CIDR counts one in its IP version, a group reference one in each, a customer-managed
    /// list its max_entries in each, an AWS-managed list its weight; a list of unknown size
    /// and an unknown peer are named, not counted; one rule declared twice counts once.
    #[test]
    fn rules_count_as_aws_counts_them() {
        let sizes: PrefixListSizes = [
            (
                "pl.mine".to_owned(),
                PrefixListSize {
                    name: Some("mine".to_owned()),
                    max_entries: Some(50),
                },
            ),
            (
                "pl.cf".to_owned(),
                PrefixListSize {
                    name: Some("com.amazonaws.global.cloudfront.origin-facing".to_owned()),
                    max_entries: Some(100),
                },
            ),
        ]
        .into();
        let v4 = rule("r.v4", 1, Peer::cidr("10.0.0.0/8".parse().unwrap()));
        let again = rule("r.again", 1, Peer::cidr("10.0.0.0/8".parse().unwrap()));
        let v6 = rule("r.v6", 2, Peer::cidr("fd00::/8".parse().unwrap()));
        let group = rule("r.group", 3, Peer::Group("sg".into()));
        let mine = rule("r.mine", 4, Peer::PrefixList("pl.mine".into()));
        let cf = rule("r.cf", 5, Peer::PrefixList("pl.cf".into()));
        let other = rule("r.other", 6, Peer::PrefixList("pl-0123".into()));
        let unknown = rule("r.unknown", 7, Peer::Unknown("var.x".into()));
        let t = tally(
            &[&v4, &again, &v6, &group, &mine, &cf, &other, &unknown],
            &sizes,
        );
        let ipv4 = &t[&(Direction::Ingress, Family::V4)];
        assert_eq!(ipv4.count, 1 + 1 + 50 + 55);
        assert_eq!(ipv4.unknown, ["r.other".into(), "r.unknown".into()]);
        assert!(!ipv4.by_resource.contains_key("r.again"));
        let ipv6 = &t[&(Direction::Ingress, Family::V6)];
        assert_eq!(ipv6.count, 1 + 1 + 50 + 55);
        assert_eq!(ipv6.by_resource["r.v6"], 1);
        assert_eq!(
            describe(
                (Direction::Ingress, Family::V4),
                Some(&tally(&[&v4], &sizes)[&(Direction::Ingress, Family::V4)]),
                Some(ipv4),
                60
            ),
            "ingress IPv4 rules 1 → at least 107 of 60 (r.cf adds 55, r.group adds 1, r.mine adds 50; not counted, of a size the input does not tell: r.other, r.unknown)"
        );
    }
}
