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
/// alone), one clause per word saying why (of the subnet, which it does not name), and the resources that decide it with where they
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
                    Some(r) => format!("known only after apply: {r}"),
                    None => "not in this input".to_owned(),
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

/// The subnets of the kinds a rule asks for, as a sentence says where a workload sits: "public
/// subnets: aws_subnet.a and aws_subnet.b (route table aws_route_table.public sends 0.0.0.0/0
/// to aws_internet_gateway.gw)". Each subnet is said by the first of its kinds the rule asks
/// for (a public subnet that also maps public addresses is a public subnet), with every reason
/// the rule asks for; subnets with the same reasons are named together.
pub fn where_(placed: &[&Placed], asked: &[String]) -> String {
    let mut leads: Vec<(&str, usize)> = Vec::new();
    let mut groups: Vec<(Vec<&str>, String)> = Vec::new();
    for p in placed {
        let kinds: Vec<&(&str, String)> = p
            .kinds
            .iter()
            .filter(|(k, _)| asked.iter().any(|a| a == k))
            .collect();
        let Some((lead, _)) = kinds.first() else {
            continue;
        };
        match leads.iter_mut().find(|(l, _)| l == lead) {
            Some((_, n)) => *n += 1,
            None => leads.push((lead, 1)),
        }
        let why: Vec<&str> = kinds.iter().map(|(_, why)| why.as_str()).collect();
        let why = why.join("; ");
        match groups.iter_mut().find(|(_, w)| *w == why) {
            Some((subnets, _)) => subnets.push(&p.subnet),
            None => groups.push((vec![&p.subnet], why)),
        }
    }
    let leads: Vec<&str> = leads
        .iter()
        .map(|&(kind, n)| match (kind, n > 1) {
            ("public", false) => "a public subnet",
            ("public", true) => "public subnets",
            ("maps_public_ip", false) => "a subnet that gives public IPv4 addresses",
            ("maps_public_ip", true) => "subnets that give public IPv4 addresses",
            ("private", false) => "a private subnet",
            ("private", true) => "private subnets",
            (_, false) => "a subnet the input does not tell",
            (_, true) => "subnets the input does not tell",
        })
        .collect();
    let groups: Vec<String> = groups
        .into_iter()
        .map(|(subnets, why)| {
            let named: Vec<&str> = subnets.into_iter().filter(|s| !s.is_empty()).collect();
            if named.is_empty() {
                return why;
            }
            format!("{} ({why})", and(&named))
        })
        .collect();
    format!("{}: {}", and(&leads), groups.join(", "))
}

/// `a`, `a and b`, `a, b and c`.
fn and(items: &[&str]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
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
        None => Internet::Unknown("its route table is not in this input".to_owned()),
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
                // A route whose destination the input marks sensitive is never printed.
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
                Internet::Public(format!("{which} sends {}", public.join(" and ")))
            } else if unread {
                Internet::Unknown(format!(
                    "no route to an internet gateway that the input tells in {which} (a route it cannot read may lead to one)"
                ))
            } else if let Some(doubt) = placement.incomplete(&table.address) {
                Internet::Unknown(format!(
                    "no route to an internet gateway in {which}, but {doubt}"
                ))
            } else {
                Internet::Private(format!("no route to an internet gateway in {which}"))
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
            "map_public_ip_on_launch = true: what is launched in it gets a public IPv4 address"
                .to_owned(),
        ));
    }
    if placed.kinds.is_empty() {
        placed.kinds.push(match (route, maps) {
            (Internet::Private(why), Some(false)) => {
                ("private", format!("{why}; map_public_ip_on_launch = false"))
            }
            (Internet::Unknown(why), _) => ("unknown", why),
            (_, _) => (
                "unknown",
                "map_public_ip_on_launch is known only after apply".to_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PublicAddress, RouteTable};

    const SUBNET: &str = "aws_subnet.s";
    const TABLE: &str = "aws_route_table.t";

    fn route(dest: &str, target: Target) -> Route {
        Route {
            destination: Destination::Cidr(dest.parse().unwrap()),
            target,
            resource: TABLE.to_owned(),
            origin: None,
        }
    }

    fn igw() -> Target {
        Target::InternetGateway("aws_internet_gateway.gw".to_owned())
    }

    /// A VPC with one subnet (`map_public_ip_on_launch` as given) and one route table holding
    /// `routes`, associated with the subnet, or the VPC's main table when `main`.
    fn network(routes: Vec<Route>, main: bool, maps: Option<bool>) -> Network {
        let mut n = Network::default();
        n.subnets.insert(
            SUBNET.to_owned(),
            Subnet {
                address: SUBNET.to_owned(),
                id: Some("subnet-1".to_owned()),
                vpc: Some("aws_vpc.main".to_owned()),
                cidrs: vec!["10.0.1.0/24".parse().unwrap()],
                map_public_ip_on_launch: maps,
                ..Subnet::default()
            },
        );
        n.route_tables.insert(
            TABLE.to_owned(),
            RouteTable {
                address: TABLE.to_owned(),
                vpc: Some("aws_vpc.main".to_owned()),
                main,
                routes,
                subnets: if main {
                    vec![]
                } else {
                    vec![SUBNET.to_owned()]
                },
                ..RouteTable::default()
            },
        );
        n
    }

    fn attachment(subnets: &[&str]) -> Attachment {
        Attachment {
            subnets: subnets.iter().map(|s| (*s).to_owned()).collect(),
            ..Attachment::default()
        }
    }

    /// What each subnet of the attachment is, with why: `kind: sentence`.
    fn kinds(network: &Network, subnets: &[&str]) -> Vec<String> {
        let placement = Placement::new(network);
        place(network, &placement, &attachment(subnets))
            .iter()
            .flat_map(|p| p.kinds.iter().map(|(k, why)| format!("{k}: {why}")))
            .collect()
    }

    #[test]
    fn a_route_to_an_internet_gateway_makes_a_subnet_public() {
        let n = network(vec![route("0.0.0.0/0", igw())], false, Some(false));
        assert_eq!(
            kinds(&n, &[SUBNET]),
            ["public: route table aws_route_table.t sends 0.0.0.0/0 to aws_internet_gateway.gw"]
        );
        // The subnet named by its id is the same subnet.
        assert_eq!(kinds(&n, &["subnet-1"]), kinds(&n, &[SUBNET]));
        // IPv6 alone is enough; an egress-only gateway is not an internet gateway.
        let v6 = network(vec![route("::/0", igw())], false, Some(false));
        assert_eq!(
            kinds(&v6, &[SUBNET]),
            ["public: route table aws_route_table.t sends ::/0 to aws_internet_gateway.gw"]
        );
        let egress_only = network(
            vec![route(
                "::/0",
                Target::EgressOnlyGateway("aws_egress_only_internet_gateway.e".to_owned()),
            )],
            false,
            Some(false),
        );
        assert_eq!(
            kinds(&egress_only, &[SUBNET]),
            [
                "private: no route to an internet gateway in route table aws_route_table.t; map_public_ip_on_launch = false"
            ]
        );
    }

    /// A subnet associated with no route table uses its VPC's main one.
    #[test]
    fn the_main_route_table_decides_for_a_subnet_without_one() {
        let n = network(vec![route("0.0.0.0/0", igw())], true, Some(false));
        assert_eq!(
            kinds(&n, &[SUBNET]),
            [
                "public: the VPC's main route table aws_route_table.t sends 0.0.0.0/0 to aws_internet_gateway.gw"
            ]
        );
    }

    /// The most specific route decides: a NAT gateway for the whole internet is private, and so
    /// is an internet gateway route for private addresses only; a more specific route to an
    /// internet gateway is public for those addresses.
    #[test]
    fn only_public_addresses_routed_to_an_internet_gateway_count() {
        let nat = Target::NatGateway("aws_nat_gateway.n".to_owned());
        let behind_nat = network(vec![route("0.0.0.0/0", nat.clone())], false, Some(false));
        assert_eq!(
            kinds(&behind_nat, &[SUBNET]),
            [
                "private: no route to an internet gateway in route table aws_route_table.t; map_public_ip_on_launch = false"
            ]
        );
        let private_only = network(vec![route("10.0.0.0/8", igw())], false, Some(false));
        assert!(kinds(&private_only, &[SUBNET])[0].starts_with("private: "));
        let one_block = network(
            vec![route("0.0.0.0/0", nat), route("203.0.113.0/24", igw())],
            false,
            Some(false),
        );
        assert_eq!(
            kinds(&one_block, &[SUBNET]),
            [
                "public: route table aws_route_table.t sends 203.0.113.0/24 to aws_internet_gateway.gw"
            ]
        );
    }

    #[test]
    fn map_public_ip_on_launch_is_its_own_kind() {
        let n = network(vec![], false, Some(true));
        assert_eq!(
            kinds(&n, &[SUBNET]),
            [
                "maps_public_ip: map_public_ip_on_launch = true: what is launched in it gets a public IPv4 address"
            ]
        );
        let both = network(vec![route("0.0.0.0/0", igw())], false, Some(true));
        let words: Vec<&str> = place(&both, &Placement::new(&both), &attachment(&[SUBNET]))
            .first()
            .unwrap()
            .kinds
            .iter()
            .map(|(k, _)| *k)
            .collect();
        assert_eq!(words, ["public", "maps_public_ip"]);
    }

    /// What the input does not hold is unknown, never public or private.
    #[test]
    fn what_the_input_does_not_tell_is_unknown() {
        let private = network(vec![], false, Some(false));
        // A subnet created elsewhere, one known only after apply, none named.
        assert_eq!(
            kinds(&private, &["subnet-0abc", "unknown:aws_subnet.x.id"]),
            [
                "unknown: not in this input",
                "unknown: known only after apply: aws_subnet.x.id"
            ]
        );
        assert_eq!(
            kinds(&private, &[]),
            ["unknown: the input does not say which subnet it is in"]
        );
        // No route table the input holds (an existing VPC's main table).
        let mut no_table = private.clone();
        no_table.route_tables.clear();
        assert_eq!(
            kinds(&no_table, &[SUBNET]),
            ["unknown: its route table is not in this input"]
        );
        // A table the input does not wholly hold may route to an internet gateway.
        let mut incomplete = private.clone();
        incomplete
            .incomplete
            .insert(TABLE.to_owned(), "it is created elsewhere".to_owned());
        assert_eq!(
            kinds(&incomplete, &[SUBNET]),
            [
                "unknown: no route to an internet gateway in route table aws_route_table.t, but it is created elsewhere"
            ]
        );
        // A route the input cannot read (a prefix list) may lead to an internet gateway.
        let unread = network(
            vec![Route {
                destination: Destination::PrefixList("pl-1".to_owned()),
                target: igw(),
                resource: TABLE.to_owned(),
                origin: None,
            }],
            false,
            Some(false),
        );
        assert!(
            kinds(&unread, &[SUBNET])[0]
                .starts_with("unknown: no route to an internet gateway that the input tells")
        );
        // map_public_ip_on_launch known only after apply.
        let maps_unknown = network(vec![], false, None);
        assert_eq!(
            kinds(&maps_unknown, &[SUBNET]),
            ["unknown: map_public_ip_on_launch is known only after apply"]
        );
        // Known public whatever else is unknown.
        let public = network(vec![route("0.0.0.0/0", igw())], false, None);
        assert!(kinds(&public, &[SUBNET])[0].starts_with("public: "));
    }

    /// A finding cites the subnet, the route to the internet gateway and its table, where they
    /// are declared.
    #[test]
    fn a_public_subnet_cites_what_makes_it_public() {
        let mut n = network(vec![route("0.0.0.0/0", igw())], false, Some(false));
        if let Some(t) = n.route_tables.get_mut(TABLE) {
            t.routes[0].resource = "aws_route.internet".to_owned();
            t.routes[0].origin = Some(Origin::at("main.tf", 30));
            t.origin = Some(Origin::at("main.tf", 20));
        }
        let placement = Placement::new(&n);
        let placed = place(&n, &placement, &attachment(&[SUBNET]));
        let p = placed.first().unwrap();
        assert_eq!(
            p.resources,
            [SUBNET, "aws_route.internet", TABLE].map(str::to_owned)
        );
        assert_eq!(
            p.origins,
            [Origin::at("main.tf", 30), Origin::at("main.tf", 20)]
        );
    }

    /// An instance that does not say whether it holds a public address gets one from its
    /// subnet; a database says for itself.
    #[test]
    fn public_address_falls_back_on_the_subnet() {
        let n = network(vec![], false, Some(true));
        let placement = Placement::new(&n);
        let mut a = attachment(&[SUBNET]);
        a.public = PublicAddress {
            can: None,
            because: String::new(),
            subnet_decides: true,
        };
        assert_eq!(public_address(&placement, &a), "yes");
        a.subnets.push("subnet-0abc".to_owned());
        assert_eq!(public_address(&placement, &a), "unknown");
        a.public.subnet_decides = false;
        a.public.can = Some(false);
        assert_eq!(public_address(&placement, &a), "no");
    }

    /// End to end, from `.tf` with `--base`: a data store that stays in a public subnet is an
    /// existing finding, one the change moves out of it a resolved one (said as it sat before),
    /// one the change puts there a new one; a data store whose subnet the input does not hold
    /// makes none. The finding points at the data store's declaration first.
    #[test]
    fn findings_follow_the_data_store_across_the_change() {
        let stack = |db_subnets: &str, cache_subnets: &str| -> String {
            format!(
                r#"
resource "aws_vpc" "main" {{
  cidr_block = "10.0.0.0/16"
}}

resource "aws_internet_gateway" "gw" {{
  vpc_id = aws_vpc.main.id
}}

resource "aws_subnet" "public" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}}

resource "aws_subnet" "private" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}}

resource "aws_route_table" "public" {{
  vpc_id = aws_vpc.main.id
  route {{
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.gw.id
  }}
}}

resource "aws_route_table_association" "public" {{
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}}

resource "aws_db_subnet_group" "db" {{
  name       = "db"
  subnet_ids = [{db_subnets}]
}}

resource "aws_db_instance" "db" {{
  identifier           = "db"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  db_subnet_group_name = aws_db_subnet_group.db.name
}}

resource "aws_elasticache_subnet_group" "cache" {{
  name       = "cache"
  subnet_ids = [{cache_subnets}]
}}

resource "aws_elasticache_cluster" "cache" {{
  cluster_id        = "cache"
  engine            = "redis"
  subnet_group_name = aws_elasticache_subnet_group.cache.name
}}

resource "aws_elasticache_cluster" "legacy" {{
  cluster_id        = "legacy"
  engine            = "redis"
  subnet_group_name = "legacy"
}}
"#
            )
        };
        let run = |before: &str, after: &str| -> Vec<String> {
            let (_b, base) = crate::tests::Scratch::with(&[("main.tf", before)]);
            let (_a, dir) = crate::tests::Scratch::with(&[("main.tf", after)]);
            let argv = [
                "sgaudit", "check", "--format", "json", &dir, "--base", &base,
            ];
            let (mut out, mut err) = (Vec::new(), Vec::new());
            crate::cli::execute(argv, &mut out, &mut err, false);
            let report: serde_json::Value = serde_json::from_slice(&out)
                .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&err)));
            let mut found: Vec<String> = report["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["rule"] == "data-store-in-public-subnet")
                .map(|f| {
                    format!(
                        "{} {} {} {}",
                        f["status"].as_str().unwrap(),
                        f["resource"].as_str().unwrap(),
                        f["origins"][0]
                            .as_str()
                            .unwrap()
                            .rsplit('/')
                            .next()
                            .unwrap(),
                        f["message"].as_str().unwrap()
                    )
                })
                .collect();
            found.sort();
            found
        };
        let (public, private) = ("aws_subnet.public.id", "aws_subnet.private.id");
        let why = "aws_subnet.public (route table aws_route_table.public sends 0.0.0.0/0 to aws_internet_gateway.gw)";
        assert_eq!(
            run(&stack(public, private), &stack(private, public)),
            [
                format!(
                    "new aws_elasticache_cluster.cache main.tf:50 aws_elasticache_cluster.cache (cache) sits in a public subnet: {why}"
                ),
                format!(
                    "resolved aws_db_instance.db main.tf:38 aws_db_instance.db (database) sits in a public subnet: {why}"
                ),
            ]
        );
        assert_eq!(
            run(
                &stack(public, private),
                &stack(&format!("{public}, {private}"), private)
            ),
            [format!(
                "existing aws_db_instance.db main.tf:38 aws_db_instance.db (database) sits in a public subnet: {why}"
            )]
        );
    }

    /// Subnets with the same reasons are named together, each by the first kind the rule asks
    /// for; a kind the rule does not ask for is not said.
    #[test]
    fn where_a_workload_sits_names_each_subnet_and_why() {
        let placed = |subnet: &str, kinds: &[(&'static str, &str)]| Placed {
            subnet: subnet.to_owned(),
            kinds: kinds.iter().map(|(k, w)| (*k, (*w).to_owned())).collect(),
            ..Placed::default()
        };
        let igw = ("public", "route table t sends 0.0.0.0/0 to igw");
        let maps = ("maps_public_ip", "map_public_ip_on_launch = true");
        let (a, b, c) = (
            placed("a", &[igw, maps]),
            placed("b", &[igw]),
            placed("c", &[maps]),
        );
        let asked =
            |words: &[&str]| -> Vec<String> { words.iter().map(|w| (*w).to_owned()).collect() };
        assert_eq!(
            where_(&[&b], &asked(&["public"])),
            "a public subnet: b (route table t sends 0.0.0.0/0 to igw)"
        );
        assert_eq!(
            where_(&[&a, &b], &asked(&["public"])),
            "public subnets: a and b (route table t sends 0.0.0.0/0 to igw)"
        );
        assert_eq!(
            where_(&[&a, &b, &c], &asked(&["public", "maps_public_ip"])),
            "public subnets and a subnet that gives public IPv4 addresses: a (route table t sends 0.0.0.0/0 to igw; map_public_ip_on_launch = true), b (route table t sends 0.0.0.0/0 to igw), c (map_public_ip_on_launch = true)"
        );
        let nowhere = placed(
            "",
            &[("unknown", "the input does not say which subnet it is in")],
        );
        assert_eq!(
            where_(&[&nowhere], &asked(&["unknown"])),
            "a subnet the input does not tell: the input does not say which subnet it is in"
        );
    }

    /// Each field as a pack writes it: `kinds`, `address`, `public_address`, and `lifecycle`,
    /// which matches after the change only.
    #[test]
    fn fields_match_what_they_say() {
        use crate::model::Lifecycle;
        let read = |body: &str| -> crate::policy::fields::Conditions<WorkloadMatch> {
            let text = format!(
                "rule \"x\" {{\n  title = \"t\"\n  severity = \"low\"\n  why = \"w\"\n  remediation = \"r\"\n  workload {{\n{body}\n  }}\n}}\n"
            );
            let rules = crate::policy::pack::load_pack("p.hcl", &text).unwrap();
            match &rules.first().unwrap().matcher {
                crate::policy::pack::Matcher::Workload(c) => Some(c.clone()),
                _ => None,
            }
            .unwrap()
        };
        let db = Workload {
            address: "module.data.aws_db_instance.main".to_owned(),
            kind: WorkloadKind::Database,
            lifecycle: Lifecycle::Created,
            ..Workload::default()
        };
        let a = Attachment::default();
        let placed = [Placed::default()];
        let seen = |after: bool, public: &'static str| Seen {
            workload: &db,
            after,
            attachment: &a,
            placed: &placed,
            public,
        };
        let holds = |body: &str, s: &Seen| read(body).holds(s);
        assert!(holds(
            "kinds = [\"cache\", \"database\"]",
            &seen(true, "no")
        ));
        assert!(!holds("kinds = [\"compute\"]", &seen(true, "no")));
        assert!(holds("address = \"module.data.*\"", &seen(true, "no")));
        assert!(!holds("address = \"aws_db_instance.*\"", &seen(true, "no")));
        assert!(holds(
            "public_address = [\"unknown\"]",
            &seen(true, "unknown")
        ));
        assert!(!holds("public_address = [\"yes\"]", &seen(true, "unknown")));
        assert!(holds("lifecycle = [\"create\"]", &seen(true, "no")));
        assert!(!holds("lifecycle = [\"create\"]", &seen(false, "no")));
        assert!(!holds("lifecycle = [\"update\"]", &seen(true, "no")));
    }
}
