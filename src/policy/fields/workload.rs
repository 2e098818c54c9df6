//! The fields of `workload` blocks: conditions on where a workload sits, before and after the
//! change (its kind, the subnets it sits in and what makes each public or private, whether it
//! can hold a public address), through the subnet, route table and routing of `crate::network`.
//!
//! AWS: a subnet is public when it "has a direct route to an internet gateway", private when
//! it has none (<https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html>,
//! "Subnet types"); a subnet uses its explicitly associated route table, else the VPC's main
//! route table (<https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html>); the
//! most specific route that matches decides
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html>);
//! `map_public_ip_on_launch` gives the network interfaces launched in the subnet a public IPv4
//! address (<https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html>).

use super::{Block, Field, LIFECYCLES, PUBLIC_ADDRESS};
use crate::model::{
    Attachment, Destination, Network, Origin, Route, SENSITIVE, Subnet, Target, Workload,
    WorkloadKind,
};
use crate::netset::{Family, IntervalSet, describe, internet, net_interval};
use crate::network::{Placement, Routing};
use crate::policy::glob::glob_match;

/// What a subnet is, for a `workload` block's `subnet`: `public` (its route table sends public
/// addresses to an internet gateway), `maps_public_ip` (`map_public_ip_on_launch = true`),
/// `private` (known to be neither), `unknown` (the input does not tell).
pub const SUBNET_KINDS: [&str; 4] = ["public", "maps_public_ip", "private", "unknown"];

/// The values of a workload block's fields; a field the rule does not set is `None`.
#[derive(Clone, Debug, Default)]
pub struct WorkloadMatch {
    pub kinds: Option<Vec<String>>,
    pub address: Option<String>,
    pub lifecycle: Option<Vec<String>>,
    pub subnet: Option<Vec<String>>,
    pub public_address: Option<Vec<String>>,
}

/// One subnet a workload sits in, on one side of the change: what it is (words of
/// [`SUBNET_KINDS`]: `public` and `maps_public_ip` together, else `private` or `unknown`
/// alone), one sentence per word saying why, and the resources that decide it with where they
/// are declared.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placed {
    /// The subnet as the workload names it (its address when the input holds it); empty when
    /// the input does not say which subnet the workload is in.
    pub subnet: String,
    pub kinds: Vec<(&'static str, String)>,
    pub resources: Vec<String>,
    pub origins: Vec<Origin>,
}

impl Placed {
    /// Whether the subnet is of one of these kinds.
    pub fn is(&self, kinds: &[String]) -> bool {
        self.kinds.iter().any(|(k, _)| kinds.iter().any(|w| w == k))
    }
}

/// One workload as the fields see it, on one side of the change.
pub struct Seen<'a> {
    pub workload: &'a Workload,
    /// After the change (`false`: before it).
    pub after: bool,
    pub attachment: &'a Attachment,
    /// Where it sits on this side ([`place`]).
    pub placed: &'a [Placed],
    /// Whether it can hold a public address on this side ([`public_address`]).
    pub public: &'static str,
}

/// Whether a workload can hold a public address: its own answer, else (an instance that does
/// not say) the `map_public_ip_on_launch` of the subnets it sits in, when the input holds them
/// all and they agree.
pub fn public_address(placement: &Placement, attachment: &Attachment) -> &'static str {
    let public = &attachment.public;
    if public.can.is_some() || !public.subnet_decides {
        return public.as_str();
    }
    let values: Vec<Option<bool>> = attachment
        .subnets
        .iter()
        .map(|s| placement.subnet(s).and_then(|s| s.map_public_ip_on_launch))
        .collect();
    match values.split_first() {
        Some((&Some(true), rest)) if rest.iter().all(|v| *v == Some(true)) => "yes",
        Some((&Some(false), rest)) if rest.iter().all(|v| *v == Some(false)) => "no",
        _ => "unknown",
    }
}

/// Where a workload with this attachment sits: each subnet it names, what it is and why. A
/// workload that names no subnet sits in one the input does not tell (`unknown`).
pub fn place(network: &Network, placement: &Placement, attachment: &Attachment) -> Vec<Placed> {
    if attachment.subnets.is_empty() {
        return vec![Placed {
            kinds: vec![(
                "unknown",
                "the input does not say which subnet it is in".to_owned(),
            )],
            ..Placed::default()
        }];
    }
    attachment
        .subnets
        .iter()
        .map(|reference| match placement.subnet(reference) {
            Some(subnet) => classify(network, placement, subnet),
            None => {
                let why = match reference.strip_prefix("unknown:") {
                    Some(r) => format!("its subnet is known only after apply ({r})"),
                    None => format!("its subnet {reference} is not in this input"),
                };
                Placed {
                    subnet: reference.clone(),
                    kinds: vec![("unknown", why)],
                    ..Placed::default()
                }
            }
        })
        .collect()
}

/// What the route table a subnet uses says of the internet.
enum Internet {
    /// Public addresses go to an internet gateway: why.
    Public(String),
    /// No route to an internet gateway: why.
    Private(String),
    /// The input does not tell: why.
    Unknown(String),
}

/// One subnet the input holds: public by its route table, public addresses by
/// `map_public_ip_on_launch`, else private when both are known, else unknown.
fn classify(network: &Network, placement: &Placement, subnet: &Subnet) -> Placed {
    let mut placed = Placed {
        subnet: subnet.address.clone(),
        resources: vec![subnet.address.clone()],
        origins: subnet.origin.iter().cloned().collect(),
        ..Placed::default()
    };
    let route = match placement.route_table(subnet) {
        None => Internet::Unknown(format!(
            "{}: its route table is not in this input",
            subnet.address
        )),
        Some(table) => {
            let explicit = table
                .subnets
                .iter()
                .any(|s| *s == subnet.address || subnet.id.as_ref() == Some(s));
            let which = if explicit {
                format!("route table {}", table.address)
            } else {
                format!("the VPC's main route table {}", table.address)
            };
            let mut public = Vec::new();
            let mut unread = false;
            for family in [Family::V4, Family::V6] {
                let routing = Routing::of(table, family);
                unread |= routing.unread;
                let set = routing.internet.intersection(&internet(family));
                if set.is_empty() {
                    continue;
                }
                // A route whose destination the input marks sensitive is never printed.
                // The routes to an internet gateway that decide some of these addresses.
                let deciding: Vec<&Route> = table
                    .routes
                    .iter()
                    .filter(|r| {
                        matches!(&r.target, Target::InternetGateway(_))
                            && matches!(&r.destination, Destination::Cidr(net)
                            if Family::of(net) == family && {
                                let (lo, hi) = net_interval(net);
                                set.intersects(&IntervalSet::from_interval(lo, hi))
                            })
                    })
                    .collect();
                let hidden = deciding.iter().any(|r| {
                    matches!(&r.destination, Destination::Cidr(net) if network.sensitive.contains(net))
                });
                let blocks = if hidden {
                    SENSITIVE.to_owned()
                } else {
                    let nets = describe(family, &set);
                    match nets.as_slice() {
                        [one] => one.clone(),
                        [first, rest @ ..] => format!("{first} and {} more blocks", rest.len()),
                        [] => continue,
                    }
                };
                public.push(format!("{blocks} to {}", routing.targets(&set).join(", ")));
                for r in deciding {
                    if !placed.resources.contains(&r.resource) {
                        placed.resources.push(r.resource.clone());
                        placed.origins.extend(r.origin.iter().cloned());
                    }
                }
            }
            if !public.is_empty() {
                if !placed.resources.contains(&table.address) {
                    placed.resources.push(table.address.clone());
                    placed.origins.extend(table.origin.iter().cloned());
                }
                Internet::Public(format!(
                    "{} routes {} ({which})",
                    subnet.address,
                    public.join(" and ")
                ))
            } else if unread {
                Internet::Unknown(format!(
                    "{}: no route to an internet gateway that the input tells in {which} (a route it cannot read may lead to one)",
                    subnet.address
                ))
            } else if let Some(doubt) = placement.incomplete(&table.address) {
                Internet::Unknown(format!(
                    "{}: no route to an internet gateway in {which}, but {doubt}",
                    subnet.address
                ))
            } else {
                Internet::Private(format!(
                    "{}: no route to an internet gateway in {which}",
                    subnet.address
                ))
            }
        }
    };
    let maps = subnet.map_public_ip_on_launch;
    if let Internet::Public(why) = &route {
        placed.kinds.push(("public", why.clone()));
    }
    if maps == Some(true) {
        placed.kinds.push((
            "maps_public_ip",
            format!(
                "{} gives the instances launched in it a public IPv4 address (map_public_ip_on_launch = true)",
                subnet.address
            ),
        ));
    }
    if placed.kinds.is_empty() {
        placed.kinds.push(match (route, maps) {
            (Internet::Private(why), Some(false)) => (
                "private",
                format!("{why}, and map_public_ip_on_launch = false"),
            ),
            (Internet::Unknown(why), _) => ("unknown", why),
            (_, _) => (
                "unknown",
                format!(
                    "{}: map_public_ip_on_launch is known only after apply",
                    subnet.address
                ),
            ),
        });
    }
    placed
}

impl Block for WorkloadMatch {
    const NAME: &'static str = "workload";
    const ONLY_FIELDS: &'static str = "a workload block holds only fields";
    type Seen<'a> = Seen<'a>;
    const FIELDS: &'static [Field<Self>] = &[
        Field {
            name: "kinds",
            doc: "The workload is of one of these kinds.",
            example: "[\"database\", \"cache\", \"search\"]",
            words: &WorkloadKind::NAMES,
            parse: |m, v| {
                m.kinds = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.kinds
                    .as_ref()
                    .is_none_or(|k| k.iter().any(|k| k == s.workload.kind.as_str()))
            },
        },
        Field {
            name: "address",
            doc: "The workload's Terraform address matches this glob (`*` for any run of characters, `?` for one).",
            example: "\"module.data.*\"",
            words: &[],
            parse: |m, v| {
                m.address = Some(v.glob()?);
                Ok(())
            },
            matches: |m, s| {
                m.address
                    .as_ref()
                    .is_none_or(|glob| glob_match(glob, &s.workload.address))
            },
        },
        Field {
            name: "lifecycle",
            doc: "What the change does to the workload: creates, updates, replaces or deletes it, forgets it (removes it from Terraform's state, leaving it in AWS), or nothing (`no-op`). What the change does is new by definition: the workload is matched after the change only (after its deletion, for `delete`, where it sat before it).",
            example: "[\"create\", \"replace\"]",
            words: &LIFECYCLES,
            parse: |m, v| {
                m.lifecycle = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.lifecycle
                    .as_ref()
                    .is_none_or(|l| s.after && l.iter().any(|a| a == s.workload.lifecycle.action()))
            },
        },
        Field {
            name: "subnet",
            doc: "Some subnet the workload sits in is of one of these kinds: `public`, its route table (the one associated with it, else the VPC's main one) sends public addresses (`0.0.0.0/0`, `::/0`), by their most specific route, to an internet gateway, AWS's definition of a public subnet (<https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html>; an egress-only gateway does not count); `maps_public_ip`, its `map_public_ip_on_launch` is `true`; `private`, known to be neither; `unknown`, the input does not hold the subnet or its route table, a route it cannot read (a prefix list, a value known only after apply) or a route table it does not wholly hold may lead to an internet gateway, `map_public_ip_on_launch` is known only after apply, or the input does not say which subnet the workload is in. An unknown subnet is never assumed public or private. A finding names each subnet that matches and why.",
            example: "[\"public\", \"maps_public_ip\"]",
            words: &SUBNET_KINDS,
            parse: |m, v| {
                m.subnet = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.subnet
                    .as_ref()
                    .is_none_or(|kinds| s.placed.iter().any(|p| p.is(kinds)))
            },
        },
        Field {
            name: "public_address",
            doc: "Whether the workload can hold a public address (`unknown` where the input does not say; an instance that does not say gets one from its subnet's `map_public_ip_on_launch`).",
            example: "[\"no\"]",
            words: &PUBLIC_ADDRESS,
            parse: |m, v| {
                m.public_address = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.public_address
                    .as_ref()
                    .is_none_or(|l| l.iter().any(|p| p == s.public))
            },
        },
    ];
}
