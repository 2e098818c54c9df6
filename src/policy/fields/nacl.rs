//! The fields of `network_acl` blocks: conditions on a network ACL as a whole, before and after
//! the change (what it lets in from the internet, the rules it never applies, how many rules it
//! holds), through the exact NACL semantics of `crate::nacl`.

use super::{Block, Context, Field};
use crate::model::{Direction, Nacl, NaclRule, Peer, Ports, Protocol, SENSITIVE};
use crate::nacl::{Outcome, Reason, check};
use crate::netset::{Family, IntervalSet, describe, internet, net_interval};
use crate::policy::glob::glob_match;

/// The values of a network_acl block's fields; a field the rule does not set is `None`.
#[derive(Clone, Debug, Default)]
pub struct NaclMatch {
    pub address: Option<String>,
    pub default_acl: Option<bool>,
    pub rules_at_least: Option<u32>,
    pub public_ingress_on: Option<Vec<(u16, u16)>>,
    pub protocols: Option<Vec<String>>,
    pub broad: Option<bool>,
    pub shadowed_rules: Option<bool>,
    pub quota_exceeded: Option<bool>,
}

/// One network ACL as the fields see it, on one side of the change.
pub struct Seen<'a> {
    pub nacl: &'a Nacl,
    /// After the change, the ACL before it (what AWS holds when the apply starts), when it
    /// exists; `None` before the change.
    pub earlier: Option<&'a Nacl>,
    /// Why the input does not hold all of its rules, when it does not.
    pub incomplete: Option<&'a str>,
    pub context: &'a Context,
}

impl Seen<'_> {
    /// Whether the ACL is the default network ACL AWS gives a VPC the change creates, which no
    /// resource of the input manages: its rules are AWS's, declared by the VPC itself.
    pub fn unmanaged_default(&self) -> bool {
        let n = self.nacl;
        n.default
            && n.id.is_none()
            && n.vpc
                .as_ref()
                .is_some_and(|vpc| *vpc != n.address && n.rules.iter().all(|r| r.resource == *vpc))
    }
}

/// A rule that decides no packet: every packet it could match is decided by the rules before
/// it in its direction (`by`, the rules that decide them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shadowed<'a> {
    pub rule: &'a NaclRule,
    pub by: Vec<&'a NaclRule>,
}

/// Whether a rule surely matches what it names: its CIDR, protocol and ports are all known.
fn sure(rule: &NaclRule) -> bool {
    matches!(rule.peer, Peer::Cidr { .. })
        && !matches!(rule.protocol, Protocol::Unknown(_))
        && !matches!(rule.ports, Ports::Unknown(_))
}

/// The rules of a network ACL that decide no packet, per direction in number order: every
/// packet a rule could match (with a value known only after apply, every packet that value
/// could make it match) is surely matched by a rule evaluated before it, which decides it
/// (first match wins: <https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html>).
/// A rule before it whose value is known only after apply may not match, so it shadows
/// nothing; a rule that would decide some packet once such a value is known is not shadowed.
pub fn shadowed(nacl: &Nacl) -> Vec<Shadowed<'_>> {
    let mut out = Vec::new();
    for direction in [Direction::Ingress, Direction::Egress] {
        let mut rules: Vec<&NaclRule> = nacl
            .rules
            .iter()
            .filter(|r| r.direction == direction)
            .collect();
        // As AWS evaluates them (the input's order breaks ties, as `crate::nacl` does).
        rules.sort_by_key(|r| r.number);
        for (i, &rule) in rules.iter().enumerate() {
            let lower: Vec<&NaclRule> = rules.iter().take(i).copied().filter(|r| sure(r)).collect();
            if lower.is_empty() {
                continue;
            }
            // The rules before it, alone: a packet none of them matches reaches the final deny.
            let before = Nacl {
                rules: lower.iter().map(|&r| r.clone()).collect(),
                ..Nacl::default()
            };
            let protocol = match &rule.protocol {
                Protocol::Unknown(_) => Protocol::All,
                p => p.clone(),
            };
            let ports = match &rule.ports {
                Ports::Unknown(_) => Ports::All,
                p => p.clone(),
            };
            let spaces: Vec<(Family, IntervalSet)> = match &rule.peer {
                Peer::Cidr { net, .. } => {
                    let (lo, hi) = net_interval(net);
                    vec![(Family::of(net), IntervalSet::from_interval(lo, hi))]
                }
                _ => [Family::V4, Family::V6]
                    .into_iter()
                    .map(|f| (f, IntervalSet::from_interval(0, f.max())))
                    .collect(),
            };
            let mut by: Vec<&NaclRule> = Vec::new();
            let mut reached = false;
            for (family, addrs) in &spaces {
                let verdict = check(&before, direction, &protocol, &ports, *family, addrs);
                for part in &verdict.parts {
                    match part.rule {
                        Some(decider) => {
                            let original = before
                                .rules
                                .iter()
                                .position(|r| std::ptr::eq(r, decider))
                                .and_then(|j| lower.get(j).copied());
                            if let Some(r) = original
                                && !by.iter().any(|b| std::ptr::eq(*b, r))
                            {
                                by.push(r);
                            }
                        }
                        None => reached = true,
                    }
                }
            }
            if !reached {
                by.sort_by_key(|r| r.number);
                out.push(Shadowed { rule, by });
            }
        }
    }
    out
}

/// `rules 100 and 110`, `rule 100`.
fn numbers(rules: &[&NaclRule]) -> String {
    let mut n: Vec<String> = rules.iter().map(|r| r.number.to_string()).collect();
    match n.len() {
        0 => String::new(),
        1 => format!("rule {}", n.join("")),
        _ => {
            let last = n.pop().unwrap_or_default();
            format!("rules {} and {last}", n.join(", "))
        }
    }
}

/// How many addresses a set holds (at most `u128::MAX`).
fn size(set: &IntervalSet) -> u128 {
    set.intervals().iter().fold(0u128, |sum, (lo, hi)| {
        sum.saturating_add((hi - lo).saturating_add(1))
    })
}

impl NaclMatch {
    /// What the ACL lets in from public addresses on the ports of `public_ingress_on` (of the
    /// protocols of `protocols`, tcp without it; rules of protocol `-1` match them too; every
    /// protocol and port without `public_ingress_on`), each family
    /// apart: why, one reason per allowing rule, ports and blocks. With `broad`, only a family
    /// whose public addresses let in hold more (`true`) or at most (`false`) the configuration's
    /// `broad_addresses` counts. What depends on a value known only after apply is not counted:
    /// never assumed open.
    pub fn public_ingress<'a>(&self, s: &Seen<'a>) -> Vec<Reason<'a>> {
        let protocols: Vec<Protocol> = match &self.protocols {
            Some(list) => list
                .iter()
                .map(|p| {
                    if p == "udp" {
                        Protocol::Udp
                    } else {
                        Protocol::Tcp
                    }
                })
                .collect(),
            None => vec![Protocol::Tcp],
        };
        let asked: Vec<(Protocol, Ports)> = match &self.public_ingress_on {
            Some(ports) => protocols
                .iter()
                .flat_map(|p| {
                    ports
                        .iter()
                        .map(move |&(from, to)| (p.clone(), Ports::Range(from, to)))
                })
                .collect(),
            None => vec![(Protocol::All, Ports::All)],
        };
        let mut out = Vec::new();
        for family in [Family::V4, Family::V6] {
            let public = internet(family);
            // Each port (or range) asked about apart: one known host on 22 does not make 3389's
            // wide opening narrow, nor the other way round.
            for (protocol, ports) in &asked {
                let verdict = check(s.nacl, Direction::Ingress, protocol, ports, family, &public);
                let allowed = verdict
                    .parts
                    .iter()
                    .filter(|p| p.outcome == Outcome::Allowed)
                    .fold(IntervalSet::default(), |set, p| set.union(&p.addrs));
                let broad = size(&allowed) > u128::from(s.context.broad_addresses);
                if !allowed.is_empty() && self.broad.is_none_or(|want| want == broad) {
                    out.extend(verdict.allowed());
                }
            }
        }
        out
    }

    /// What the findings of the rule on this ACL are about, one [`Item`] each, when its fields
    /// single some rules out: each rule (with the blocks it lets in) that lets the internet in
    /// (`public_ingress_on`, `broad`), each shadowed rule (`shadowed_rules = true`), the
    /// fullest direction (`rules_at_least`); else one item about the ACL as a whole.
    pub fn items<'a>(&self, s: &Seen<'a>) -> Vec<Item<'a>> {
        let mut out = Vec::new();
        if self.public_ingress_on.is_some() || self.broad.is_some() {
            // A block the input marks sensitive is never printed, nor what is left of others
            // once it is cut out: with one among the inbound rules, the blocks are `sensitive`.
            let hidden = s
                .nacl
                .rules
                .iter()
                .any(|r| r.direction == Direction::Ingress && r.sensitive());
            for (rule, said) in allowing(&self.public_ingress(s), hidden) {
                out.push(Item {
                    key: said.clone(),
                    rules: rule.into_iter().collect(),
                    said,
                });
            }
        }
        if self.shadowed_rules == Some(true) {
            for sh in shadowed(s.nacl) {
                let said = format!(
                    "{} rule {} is shadowed by {}",
                    sh.rule.direction.as_str(),
                    sh.rule.number,
                    numbers(&sh.by)
                );
                out.push(Item {
                    key: said.clone(),
                    rules: vec![sh.rule],
                    said,
                });
            }
        }
        if let Some(n) = self.rules_at_least {
            let (direction, count) = fullest(s.nacl);
            if count >= n as usize {
                out.push(Item {
                    key: "rules_at_least".to_owned(),
                    rules: Vec::new(),
                    said: format!("{count} {} rules", direction.as_str()),
                });
            }
        }
        if self.quota_exceeded == Some(true) {
            let quota = s.context.quotas.nacl_rules;
            let before = s.earlier.map(counts);
            for ((direction, family), count) in
                counts(s.nacl).into_iter().filter(|&(_, n)| n > quota)
            {
                let label = match family {
                    Family::V4 => "IPv4",
                    Family::V6 => "IPv6",
                };
                // The count before the change, when the ACL was there and it differs.
                let was = before
                    .as_ref()
                    .map(|b| b.get(&(direction, family)).copied().unwrap_or(1))
                    .filter(|&n| n != count)
                    .map_or_else(String::new, |n| format!("{n} → "));
                out.push(Item {
                    key: format!("quota_exceeded {} {label}", direction.as_str()),
                    // The rules that count, so that the finding cites the resources that add
                    // to it.
                    rules: s
                        .nacl
                        .rules
                        .iter()
                        .filter(|r| {
                            r.direction == direction
                                && matches!(&r.peer, Peer::Cidr { net, .. } if Family::of(net) == family)
                        })
                        .collect(),
                    said: format!(
                        "{} {label} rules {was}{count} of {quota}, the default deny rule included",
                        direction.as_str()
                    ),
                });
            }
        }
        if out.is_empty() {
            out.push(Item::default());
        }
        out
    }
}

/// How many rules the ACL holds per direction and IP version, as AWS counts them for its
/// quota: per direction, separately for IPv4 and IPv6 rules, the default deny rule of each
/// included
/// (<https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-nacls>).
/// A rule whose block is known only after apply is not counted.
fn counts(nacl: &Nacl) -> std::collections::BTreeMap<(Direction, Family), u32> {
    let mut counts: std::collections::BTreeMap<(Direction, Family), u32> = Default::default();
    for r in &nacl.rules {
        if let Peer::Cidr { net, .. } = &r.peer {
            *counts.entry((r.direction, Family::of(net))).or_insert(1) += 1;
        }
    }
    counts
}

/// What one finding of a network_acl rule is about: the rules it cites (none: the ACL), how
/// its message says it, and what it is the same finding as on the other side of the change
/// (`key`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item<'a> {
    pub key: String,
    pub rules: Vec<&'a NaclRule>,
    pub said: String,
}

/// What lets the internet in, one sentence per rule and blocks, its ports together: "rule 100
/// allows tcp/22, tcp/3389 from 0.0.0.0/0".
fn allowing<'a>(reasons: &[Reason<'a>], hidden: bool) -> Vec<(Option<&'a NaclRule>, String)> {
    let mut by: Vec<(Option<&'a NaclRule>, String, Vec<String>)> = Vec::new();
    for r in reasons {
        let nets: Vec<String> = match r.nets.first() {
            Some(_) if hidden => vec![SENSITIVE.to_owned()],
            Some(first) => {
                let family = Family::of(first);
                let set = IntervalSet::from_intervals(r.nets.iter().map(net_interval).collect());
                describe(family, &set)
            }
            None => Vec::new(),
        };
        let nets = nets.join(", ");
        let ports = r.protocols.span_label(r.span.0, r.span.1);
        let same = |a: Option<&NaclRule>, b: Option<&NaclRule>| match (a, b) {
            (Some(a), Some(b)) => std::ptr::eq(a, b),
            (None, None) => true,
            _ => false,
        };
        match by
            .iter_mut()
            .find(|(r0, b, _)| same(*r0, r.rule) && *b == nets)
        {
            Some((_, _, list)) => {
                if !list.contains(&ports) {
                    list.push(ports);
                }
            }
            None => by.push((r.rule, nets, vec![ports])),
        }
    }
    by.into_iter()
        .map(|(rule, nets, ports)| {
            let said = match rule {
                Some(r) => format!("rule {} allows {} from {nets}", r.number, ports.join(", ")),
                None => format!("{} from {nets} allowed", ports.join(", ")),
            };
            (rule, said)
        })
        .collect()
}

/// The direction holding the most rules, and how many.
fn fullest(nacl: &Nacl) -> (Direction, usize) {
    let count = |d: Direction| nacl.rules.iter().filter(|r| r.direction == d).count();
    let (ingress, egress) = (count(Direction::Ingress), count(Direction::Egress));
    if egress > ingress {
        (Direction::Egress, egress)
    } else {
        (Direction::Ingress, ingress)
    }
}

impl Block for NaclMatch {
    const NAME: &'static str = "network_acl";
    const ONLY_FIELDS: &'static str = "a network_acl block holds only fields";
    type Seen<'a> = Seen<'a>;
    const FIELDS: &'static [Field<Self>] = &[
        Field {
            name: "address",
            doc: "The network ACL's Terraform address matches this glob (`*` for any run of characters, `?` for one).",
            example: "\"module.edge.*\"",
            words: &[],
            parse: |m, v| {
                m.address = Some(v.glob()?);
                Ok(())
            },
            matches: |m, s| {
                m.address
                    .as_ref()
                    .is_none_or(|glob| glob_match(glob, &s.nacl.address))
            },
        },
        Field {
            name: "default_acl",
            doc: "`true`: the ACL is a VPC's default network ACL (the one AWS creates with the VPC), which every subnet associated with no other ACL uses; `false`: it is not.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.default_acl = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.default_acl.is_none_or(|want| s.nacl.default == want),
        },
        Field {
            name: "rules_at_least",
            doc: "One direction of the ACL holds at least this many rules (inbound and outbound counted apart, IPv4 and IPv6 rules together, the default deny rules not counted). AWS allows 20 rules per direction by default, adjustable up to 40 (<https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-nacls>). A rule the input does not hold (an ACL created elsewhere) is not counted.",
            example: "18",
            words: &[],
            parse: |m, v| {
                m.rules_at_least = Some(v.number()?);
                Ok(())
            },
            matches: |m, s| {
                m.rules_at_least
                    .is_none_or(|n| fullest(s.nacl).1 >= n as usize)
            },
        },
        Field {
            name: "public_ingress_on",
            doc: "The ACL lets in one of these ports (tcp, or the protocols of `protocols`) from some public address (outside the private and special-purpose ranges), IPv4 or IPv6, through an `allow` rule of that protocol or `-1` that no lower-numbered rule overrides (rules in number order, first match wins, the final deny: <https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html>). What depends on a value known only after apply does not count. A finding cites the rules that let it in.",
            example: "[22, 3389]",
            words: &[],
            parse: |m, v| {
                m.public_ingress_on = Some(v.ports()?);
                Ok(())
            },
            matches: |m, s| m.public_ingress_on.is_none() || !m.public_ingress(s).is_empty(),
        },
        Field {
            name: "protocols",
            doc: "The protocols `public_ingress_on` asks about (`tcp` unless it says otherwise); a rule of protocol `-1` matches each.",
            example: "[\"tcp\", \"udp\"]",
            words: &["tcp", "udp"],
            parse: |m, v| {
                m.protocols = Some(v.list_of()?);
                Ok(())
            },
            // It says what `public_ingress_on` and `broad` ask; alone it matches any ACL.
            matches: |_, _| true,
        },
        Field {
            name: "broad",
            doc: "`true`: the public addresses the ACL lets in (on the ports of `public_ingress_on`, or any traffic without it), in one IP version, hold more addresses than the configuration's `broad_addresses` (256 unless it says otherwise); `false`: it lets some in, and at most that many.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.broad = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.broad.is_none() || !m.public_ingress(s).is_empty(),
        },
        Field {
            name: "quota_exceeded",
            doc: "`true`: in one direction and IP version the ACL holds more rules than the account's quota (`quotas { nacl_rules }` of `.sgaudit.hcl`, AWS's 20 by default), the default deny rule included, as AWS counts them (<https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-nacls>); a rule whose block is known only after apply is not counted. AWS refuses the entry that crosses the quota (`NetworkAclEntryLimitExceeded`). A finding names the direction and IP version and the count.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.quota_exceeded = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.quota_exceeded.is_none_or(|want| {
                    counts(s.nacl)
                        .values()
                        .any(|&n| n > s.context.quotas.nacl_rules)
                        == want
                })
            },
        },
        Field {
            name: "shadowed_rules",
            doc: "`true`: a rule of the ACL decides no packet: every packet it could match is matched first by lower-numbered rules of its direction (a rule whose CIDR, protocol or ports are known only after apply shadows nothing, and is shadowed only when whatever its value the rules before it match all it could). A finding cites the shadowed rules and names the rules that decide their packets; `false`: no rule is shadowed.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.shadowed_rules = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.shadowed_rules
                    .is_none_or(|want| shadowed(s.nacl).is_empty() != want)
            },
        },
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Nacl;

    fn rule(number: u32, direction: Direction, allow: bool, spec: &str, cidr: &str) -> NaclRule {
        let (protocol, ports) = match spec.split_once('/') {
            Some(("tcp", p)) => {
                let (a, b) = p.split_once('-').unwrap_or((p, p));
                (
                    Protocol::Tcp,
                    Ports::Range(a.parse().unwrap(), b.parse().unwrap()),
                )
            }
            _ => (Protocol::All, Ports::All),
        };
        let peer = if cidr.starts_with("var.") {
            Peer::Unknown(cidr.into())
        } else {
            Peer::Cidr {
                net: cidr.parse().unwrap(),
                sensitive: false,
            }
        };
        NaclRule {
            number,
            direction,
            protocol,
            ports,
            peer,
            allow,
            resource: format!("acl.r{number}"),
            origin: None,
        }
    }

    fn acl(rules: Vec<NaclRule>) -> Nacl {
        Nacl {
            address: "aws_network_acl.a".to_owned(),
            rules,
            ..Nacl::default()
        }
    }

    fn shadows(nacl: &Nacl) -> Vec<(u32, Vec<u32>)> {
        shadowed(nacl)
            .into_iter()
            .map(|s| (s.rule.number, s.by.iter().map(|r| r.number).collect()))
            .collect()
    }

    const IN: Direction = Direction::Ingress;

    /// A rule all of whose packets lower rules decide is shadowed, named with the rules that
    /// decide them; a deny before an allow-all leaves the allow-all deciding the rest.
    #[test]
    fn a_rule_decided_wholly_by_lower_rules_is_shadowed() {
        let nacl = acl(vec![
            rule(100, IN, false, "all", "0.0.0.0/0"),
            rule(200, IN, true, "tcp/22", "0.0.0.0/0"),
            rule(300, IN, true, "tcp/22", "::/0"),
        ]);
        assert_eq!(shadows(&nacl), [(200, vec![100])]);
        // Two lower rules together cover it.
        let nacl = acl(vec![
            rule(100, IN, false, "tcp/0-1000", "10.0.0.0/8"),
            rule(110, IN, true, "tcp/20-30", "0.0.0.0/0"),
            rule(120, IN, true, "tcp/22", "10.1.0.0/16"),
        ]);
        assert_eq!(shadows(&nacl), [(120, vec![100])]);
        let nacl = acl(vec![
            rule(100, IN, false, "tcp/22", "10.0.0.0/9"),
            rule(110, IN, true, "tcp/22", "10.128.0.0/9"),
            rule(120, IN, true, "tcp/22", "10.0.0.0/8"),
        ]);
        assert_eq!(shadows(&nacl), [(120, vec![100, 110])]);
        // net-nacl-deny-lower: a deny at 90 before an allow-all at 100.
        let nacl = acl(vec![
            rule(90, IN, false, "tcp/443", "0.0.0.0/0"),
            rule(100, IN, true, "all", "0.0.0.0/0"),
        ]);
        assert!(shadows(&nacl).is_empty());
        // Directions are apart.
        let nacl = acl(vec![
            rule(100, Direction::Egress, true, "all", "0.0.0.0/0"),
            rule(200, IN, true, "tcp/22", "0.0.0.0/0"),
        ]);
        assert!(shadows(&nacl).is_empty());
    }

    /// An unknown CIDR before a rule shadows nothing; a rule with an unknown CIDR is shadowed
    /// only when the rules before it decide every address it could name.
    #[test]
    fn unknown_values_shadow_nothing() {
        let nacl = acl(vec![
            rule(100, IN, false, "all", "var.cidr"),
            rule(200, IN, true, "tcp/22", "0.0.0.0/0"),
        ]);
        assert!(shadows(&nacl).is_empty());
        let nacl = acl(vec![
            rule(100, IN, false, "all", "0.0.0.0/0"),
            rule(200, IN, true, "tcp/22", "var.cidr"),
        ]);
        assert!(shadows(&nacl).is_empty(), "an IPv6 block would reach it");
        let nacl = acl(vec![
            rule(100, IN, false, "all", "0.0.0.0/0"),
            rule(110, IN, false, "all", "::/0"),
            rule(200, IN, true, "tcp/22", "var.cidr"),
        ]);
        assert_eq!(shadows(&nacl), [(200, vec![100, 110])]);
    }

    /// Public ingress on admin ports is found with the rule that allows it, IPv4 and IPv6; a
    /// lower deny, a private block or another port is not; `broad` counts the addresses.
    #[test]
    fn public_ingress_names_the_allowing_rules() {
        let ctx = Context::default();
        let m = NaclMatch {
            public_ingress_on: Some(vec![(22, 22), (3389, 3389)]),
            ..NaclMatch::default()
        };
        let said = |nacl: &Nacl, m: &NaclMatch| -> Vec<String> {
            let s = Seen {
                nacl,
                earlier: None,
                incomplete: None,
                context: &ctx,
            };
            m.public_ingress(&s)
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        let open = acl(vec![rule(100, IN, true, "tcp/22", "0.0.0.0/0")]);
        assert_eq!(said(&open, &m), ["rule 100 allows tcp/22 from 0.0.0.0/0"]);
        let v6 = acl(vec![rule(100, IN, true, "all", "::/0")]);
        assert_eq!(
            said(&v6, &m),
            [
                "rule 100 allows tcp/22 from ::/0",
                "rule 100 allows tcp/3389 from ::/0"
            ]
        );
        for closed in [
            acl(vec![
                rule(90, IN, false, "tcp/0-65535", "0.0.0.0/0"),
                rule(100, IN, true, "all", "0.0.0.0/0"),
            ]),
            acl(vec![rule(100, IN, true, "all", "10.0.0.0/8")]),
            acl(vec![rule(100, IN, true, "tcp/443", "0.0.0.0/0")]),
            acl(vec![rule(100, IN, true, "tcp/22", "var.cidr")]),
        ] {
            assert!(said(&closed, &m).is_empty(), "{closed:?}");
        }
        // A sensitive block is never printed, nor what is left of another once it is cut out.
        let mut secret = rule(90, IN, false, "tcp/22", "198.51.100.0/24");
        secret.peer = Peer::Cidr {
            net: "198.51.100.0/24".parse().unwrap(),
            sensitive: true,
        };
        let cut = acl(vec![secret, rule(100, IN, true, "tcp/22", "0.0.0.0/0")]);
        let s = Seen {
            nacl: &cut,
            earlier: None,
            incomplete: None,
            context: &ctx,
        };
        let items: Vec<String> = m.items(&s).into_iter().map(|i| i.said).collect();
        assert_eq!(items, ["rule 100 allows tcp/22 from sensitive"]);
        let host = acl(vec![rule(100, IN, true, "tcp/22", "203.0.113.7/32")]);
        assert_eq!(said(&host, &m).len(), 1);
        let broad = NaclMatch {
            broad: Some(true),
            ..m.clone()
        };
        assert!(said(&host, &broad).is_empty());
        assert_eq!(said(&open, &broad).len(), 1);
        // `protocols`: udp instead of tcp; a rule of protocol -1 matches both.
        let udp = NaclMatch {
            protocols: Some(vec!["udp".to_owned()]),
            ..m.clone()
        };
        assert!(said(&open, &udp).is_empty());
        assert_eq!(
            said(&v6, &udp),
            [
                "rule 100 allows udp/22 from ::/0",
                "rule 100 allows udp/3389 from ::/0"
            ]
        );
    }

    /// Over the quota, a finding says the count before the change and after it (the default
    /// deny rule included) when the ACL was there with another count.
    #[test]
    fn the_quota_says_the_count_before_and_after() {
        let ctx = Context::default();
        let m = NaclMatch {
            quota_exceeded: Some(true),
            ..NaclMatch::default()
        };
        let rules = |n: u32| -> Nacl {
            acl((1..=n)
                .map(|i| rule(i * 10, IN, true, "tcp/443", "10.0.0.0/8"))
                .collect())
        };
        let (was, is) = (rules(19), rules(21));
        let said = |earlier: Option<&Nacl>| -> Vec<String> {
            let s = Seen {
                nacl: &is,
                earlier,
                incomplete: None,
                context: &ctx,
            };
            m.items(&s).into_iter().map(|i| i.said).collect()
        };
        assert_eq!(
            said(Some(&was)),
            ["ingress IPv4 rules 20 → 22 of 20, the default deny rule included"]
        );
        assert_eq!(
            said(None),
            ["ingress IPv4 rules 22 of 20, the default deny rule included"]
        );
        let s = Seen {
            nacl: &rules(19),
            earlier: None,
            incomplete: None,
            context: &ctx,
        };
        assert_eq!(
            m.items(&s),
            [Item::default()],
            "20 with the deny rule: within"
        );
    }

    /// End to end, from `.tf` with `--base`: a finding is new, existing or resolved as the ACL
    /// matches after the change, on both sides or before it only, and cites the rule resources
    /// it is about (an inline rule: the ACL), where they are declared (an inline rule: its
    /// block).
    #[test]
    fn findings_follow_the_acl_across_the_change_and_cite_its_rules() {
        const VPC: &str = "resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n";
        let inline = |rules: &[(u32, &str, u16)]| -> String {
            let mut out = String::from(
                "resource \"aws_network_acl\" \"edge\" {\n  vpc_id = aws_vpc.main.id\n",
            );
            for (n, action, port) in rules {
                out.push_str(&format!(
                    "  ingress {{\n    protocol   = \"tcp\"\n    rule_no    = {n}\n    action     = \"{action}\"\n    cidr_block = \"0.0.0.0/0\"\n    from_port  = {port}\n    to_port    = {port}\n  }}\n"
                ));
            }
            out + "}\n"
        };
        let before = format!("{VPC}{}", inline(&[(100, "allow", 22), (200, "deny", 22)]));
        let standalone = r#"
resource "aws_network_acl" "new" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "rdp" {
  network_acl_id  = aws_network_acl.new.id
  rule_number     = 100
  egress          = false
  protocol        = "tcp"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
  from_port       = 3389
  to_port         = 3389
}
"#;
        let after = format!("{VPC}{}{standalone}", inline(&[(100, "allow", 443)]));
        let (_b, base) = crate::tests::Scratch::with(&[("main.tf", &before)]);
        let (_a, dir) = crate::tests::Scratch::with(&[("main.tf", &after)]);
        let argv = [
            "sgaudit", "check", "--format", "json", &dir, "--base", &base,
        ];
        let (mut out, mut err) = (Vec::new(), Vec::new());
        crate::cli::execute(argv, &mut out, &mut err, false);
        let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let mut found: Vec<String> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"].as_str().unwrap().starts_with("nacl-"))
            .map(|f| {
                let origins: Vec<String> = f["origins"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| o.as_str().unwrap().rsplit('/').next().unwrap().to_owned())
                    .collect();
                format!(
                    "{} {} {} {} {}",
                    f["status"].as_str().unwrap(),
                    f["rule"].as_str().unwrap(),
                    f["resources"],
                    origins.join(","),
                    f["message"].as_str().unwrap()
                )
            })
            .collect();
        found.sort();
        assert_eq!(
            found,
            [
                "new nacl-admin-ports-public [\"aws_network_acl_rule.rdp\"] main.tf:20 aws_network_acl.new: a network ACL lets in SSH or RDP from public addresses: rule 100 allows tcp/3389 from ::/0",
                "resolved nacl-admin-ports-public [\"aws_network_acl.edge\"] main.tf:6 aws_network_acl.edge: a network ACL lets in SSH or RDP from public addresses: rule 100 allows tcp/22 from 0.0.0.0/0",
                "resolved nacl-rule-shadowed [\"aws_network_acl.edge\"] main.tf:14 aws_network_acl.edge: a network ACL rule that never applies: ingress rule 200 is shadowed by rule 100",
            ],
            "{}",
            String::from_utf8_lossy(&err)
        );
    }

    /// A baseline holds each rule's finding apart: with the ACL's RDP rule recorded, a rule
    /// added to let SSH in is still a new finding (its fingerprint names the rule it is about).
    #[test]
    fn a_baseline_keeps_one_finding_per_rule() {
        let acl = |rules: &[(u32, u16)]| -> String {
            let mut out = String::from(
                "resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n\nresource \"aws_network_acl\" \"edge\" {\n  vpc_id = aws_vpc.main.id\n",
            );
            for (n, port) in rules {
                out.push_str(&format!(
                    "  ingress {{\n    protocol   = \"tcp\"\n    rule_no    = {n}\n    action     = \"allow\"\n    cidr_block = \"0.0.0.0/0\"\n    from_port  = {port}\n    to_port    = {port}\n  }}\n"
                ));
            }
            out + "}\n"
        };
        let run = |argv: &[&str]| -> String {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let argv = std::iter::once("sgaudit").chain(argv.iter().copied());
            crate::cli::execute(argv, &mut out, &mut err, false);
            String::from_utf8(out).unwrap()
        };
        let (_b, before) = crate::tests::Scratch::with(&[("main.tf", &acl(&[(200, 3389)]))]);
        let (_a, after) =
            crate::tests::Scratch::with(&[("main.tf", &acl(&[(100, 22), (200, 3389)]))]);
        let (_f, dir) =
            crate::tests::Scratch::with(&[("baseline.json", &run(&["baseline", &before]))]);
        let file = format!("{dir}/baseline.json");
        let report: serde_json::Value = serde_json::from_str(&run(&[
            "check",
            "--format",
            "json",
            "--baseline",
            &file,
            &after,
        ]))
        .unwrap();
        let found: Vec<String> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["security_group"] == "aws_network_acl.edge")
            .map(|f| {
                format!(
                    "{} {}",
                    f["status"].as_str().unwrap(),
                    f["message"].as_str().unwrap()
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                "new aws_network_acl.edge: a network ACL lets in SSH or RDP from public addresses: rule 100 allows tcp/22 from 0.0.0.0/0",
                "existing aws_network_acl.edge: a network ACL lets in SSH or RDP from public addresses: rule 200 allows tcp/3389 from 0.0.0.0/0",
            ]
        );
    }
}
