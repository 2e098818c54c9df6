//! Where a workload sits and what of the internet gets to it past the network layer: the
//! route table of its subnet (a route to an internet gateway, not an egress-only one), a
//! public address, and the subnet's network ACL both ways (the request in, the reply out on the
//! ephemeral ports). Security groups are the paths' business (`reach.rs`); this says whether
//! the network lets such a path through, and when not, which resource blocks it and why.
//!
//! AWS: a subnet's traffic to the internet goes through an internet gateway only when its
//! route table has a route to one
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html>); a subnet
//! uses its explicitly associated route table, else the VPC's main route table
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html>); the most
//! specific route that matches decides
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html>); an
//! egress-only internet gateway lets IPv6 traffic out and its replies back, never a connection
//! in (<https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html>);
//! a subnet is associated with its VPC's default network ACL unless associated with another
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html>).

use std::collections::BTreeMap;

use ipnet::IpNet;

use crate::model::{Attachment, Destination, Nacl, Network, RouteTable, Subnet, Target};
pub use crate::netset::internet;
use crate::netset::{Family, IntervalSet, describe, net_interval};

/// Whether the network lets a path through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Reachable {
    Yes,
    No,
    /// The input does not hold what decides it (a subnet created elsewhere, a value known only
    /// after apply): never assumed open or closed.
    #[default]
    Unknown,
}

impl Reachable {
    pub fn as_str(self) -> &'static str {
        match self {
            Reachable::Yes => "yes",
            Reachable::No => "no",
            Reachable::Unknown => "unknown",
        }
    }

    /// `Some(bool)` when known.
    pub fn known(self) -> Option<bool> {
        match self {
            Reachable::Yes => Some(true),
            Reachable::No => Some(false),
            Reachable::Unknown => None,
        }
    }
}

/// What blocks a path, or makes it unknown: the resource (a route table, a network ACL, a
/// subnet, the workload) and one sentence why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Block {
    pub resource: String,
    pub why: String,
    /// Which gate it is (`route`, `public_address`, `network_acl`, `return_traffic`), or
    /// `unknown` for what the input does not tell.
    #[serde(serialize_with = "kind_name")]
    pub kind: BlockKind,
}

impl Block {
    pub fn new(kind: BlockKind, resource: &str, why: String) -> Block {
        Block {
            resource: resource.to_owned(),
            why,
            kind,
        }
    }
}

/// What blocks, as one text: each resource once, its reasons after it ("aws_network_acl.a: rule
/// 90 denies …; return traffic on … denied …; aws_route_table.b: no route …"), in the order
/// given.
pub fn say(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut last: Option<&str> = None;
    for b in blocks {
        if !out.is_empty() {
            out.push_str("; ");
        }
        if last != Some(b.resource.as_str()) {
            out.push_str(&b.resource);
            out.push_str(": ");
            last = Some(b.resource.as_str());
        }
        out.push_str(&b.why);
    }
    out
}

/// Which gate blocks a path: rules match them by these names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BlockKind {
    /// No route to an internet gateway (or out to the internet).
    Route,
    PublicAddress,
    /// The network ACL denies the request.
    NetworkAcl,
    /// The network ACL denies the replies on the ephemeral ports.
    ReturnTraffic,
    /// Not blocked: the input does not tell.
    Unknown,
}

impl BlockKind {
    pub const NAMES: [&'static str; 5] = [
        "route",
        "public_address",
        "network_acl",
        "return_traffic",
        "unknown",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Route => "route",
            BlockKind::PublicAddress => "public_address",
            BlockKind::NetworkAcl => "network_acl",
            BlockKind::ReturnTraffic => "return_traffic",
            BlockKind::Unknown => "unknown",
        }
    }
}

fn kind_name<S: serde::Serializer>(kind: &BlockKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.as_str())
}

/// The network's verdict on a path from the internet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verdict {
    pub reachable: Reachable,
    /// For `No`: what blocks it, in every subnet the workload sits in. For `Unknown`: what the
    /// input does not tell.
    pub blocked_by: Vec<Block>,
}

/// Where each subnet's traffic goes and which network ACL filters it, on one side of the change.
pub struct Placement<'a> {
    network: &'a Network,
    /// Subnets by address and by id.
    subnets: BTreeMap<&'a str, &'a Subnet>,
    /// The route table explicitly associated with each subnet (by the subnet's address or id).
    tables: BTreeMap<&'a str, &'a RouteTable>,
    /// The network ACL associated with each subnet (by address or id).
    nacls: BTreeMap<&'a str, &'a Nacl>,
    /// Each VPC's main route table and default network ACL, by the VPC's address and id.
    main_tables: BTreeMap<&'a str, &'a RouteTable>,
    default_nacls: BTreeMap<&'a str, &'a Nacl>,
}

impl<'a> Placement<'a> {
    pub fn new(network: &'a Network) -> Placement<'a> {
        let mut subnets = BTreeMap::new();
        for s in network.subnets.values() {
            subnets.insert(s.address.as_str(), s);
            if let Some(id) = &s.id {
                subnets.insert(id.as_str(), s);
            }
        }
        let mut tables = BTreeMap::new();
        for t in network.route_tables.values() {
            for s in &t.subnets {
                tables.insert(s.as_str(), t);
            }
        }
        let mut nacls = BTreeMap::new();
        for n in network.nacls.values() {
            for s in &n.subnets {
                nacls.insert(s.as_str(), n);
            }
        }
        // A VPC is named by its address or its id: index both.
        let addresses: BTreeMap<&str, &str> = network
            .vpcs
            .iter()
            .filter_map(|(address, v)| Some((v.id.as_deref()?, address.as_str())))
            .collect();
        let names = |vpc: Option<&'a str>| -> Vec<&'a str> {
            let Some(vpc) = vpc else { return Vec::new() };
            let mut out = vec![vpc];
            out.extend(network.vpcs.get(vpc).and_then(|v| v.id.as_deref()));
            out.extend(addresses.get(vpc).copied());
            out
        };
        let mut main_tables = BTreeMap::new();
        for t in network.route_tables.values().filter(|t| t.main) {
            for name in names(t.vpc.as_deref()) {
                main_tables.entry(name).or_insert(t);
            }
        }
        let mut default_nacls = BTreeMap::new();
        for n in network.nacls.values().filter(|n| n.default) {
            for name in names(n.vpc.as_deref()) {
                default_nacls.entry(name).or_insert(n);
            }
        }
        Placement {
            network,
            subnets,
            tables,
            nacls,
            main_tables,
            default_nacls,
        }
    }

    /// Why a resource's routes or rules are not all known (`Network::incomplete`): what it
    /// denies may be allowed by what the input does not tell.
    pub fn incomplete(&self, address: &str) -> Option<&'a str> {
        self.network.incomplete.get(address).map(String::as_str)
    }

    /// The subnet a reference names, when the input holds it.
    pub fn subnet(&self, reference: &str) -> Option<&'a Subnet> {
        self.subnets.get(reference).copied()
    }

    /// The route table a subnet uses: the one associated with it, else its VPC's main table.
    pub fn route_table(&self, subnet: &Subnet) -> Option<&'a RouteTable> {
        self.by_subnet(&self.tables, subnet).or_else(|| {
            let vpc = subnet.vpc.as_deref()?;
            self.main_tables.get(vpc).copied()
        })
    }

    /// The network ACL a subnet uses: the one associated with it, else its VPC's default ACL.
    pub fn nacl(&self, subnet: &Subnet) -> Option<&'a Nacl> {
        self.by_subnet(&self.nacls, subnet).or_else(|| {
            let vpc = subnet.vpc.as_deref()?;
            self.default_nacls.get(vpc).copied()
        })
    }

    fn by_subnet<T>(&self, map: &BTreeMap<&'a str, &'a T>, subnet: &Subnet) -> Option<&'a T> {
        map.get(subnet.address.as_str())
            .or_else(|| subnet.id.as_deref().and_then(|id| map.get(id)))
            .copied()
    }
}

/// Where a route table sends the addresses of one family: the most specific route that
/// matches decides. The addresses whose route leads to an internet gateway, those that lead to
/// an egress-only gateway, and whether a route the input cannot read (a prefix list, an unknown
/// destination or target) might decide some addresses.
pub struct Routing {
    pub internet: IntervalSet,
    pub egress_only: IntervalSet,
    /// The addresses sent to each NAT gateway.
    pub nat: BTreeMap<String, IntervalSet>,
    /// The addresses some route sends elsewhere (a NAT gateway, a peering, `local`...).
    pub elsewhere: IntervalSet,
    pub unread: bool,
    /// Where each route sends its addresses (its target's label), most specific first.
    pub decided: Vec<(IntervalSet, String)>,
}

impl Routing {
    /// Where the route table sends these addresses, as a sentence names them
    /// (`aws_nat_gateway.main`, `local`); empty when no route matches them.
    pub fn targets(&self, addrs: &IntervalSet) -> Vec<String> {
        let mut out: Vec<String> = self
            .decided
            .iter()
            .filter(|(set, _)| set.intersects(addrs))
            .map(|(_, label)| label.clone())
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// A route target as sentences name it.
fn target_label(target: &Target) -> String {
    match target {
        Target::Local => "local".to_owned(),
        Target::InternetGateway(r)
        | Target::EgressOnlyGateway(r)
        | Target::NatGateway(r)
        | Target::Peering(r)
        | Target::TransitGateway(r)
        | Target::VpcEndpoint(r) => r.clone(),
        Target::Other(attr, value) => format!("{attr} {value}"),
        Target::Unknown(r) => format!("unknown:{r}"),
    }
}

impl Routing {
    pub fn of(table: &RouteTable, family: Family) -> Routing {
        let mut routes: Vec<(IpNet, &Target)> = Vec::new();
        let mut unread = false;
        for r in &table.routes {
            match &r.destination {
                Destination::Cidr(net) if Family::of(net) == family => {
                    routes.push((*net, &r.target));
                }
                Destination::Cidr(_) => {}
                Destination::PrefixList(_) | Destination::Unknown(_) => unread = true,
            }
        }
        // Most specific first.
        routes.sort_by_key(|(net, _)| std::cmp::Reverse(net.prefix_len()));
        let mut left = IntervalSet::from_interval(0, family.max());
        let mut out = Routing {
            internet: IntervalSet::default(),
            egress_only: IntervalSet::default(),
            nat: BTreeMap::new(),
            elsewhere: IntervalSet::default(),
            unread,
            decided: Vec::new(),
        };
        for (net, target) in routes {
            let (lo, hi) = net_interval(&net);
            let here = left.intersection(&IntervalSet::from_interval(lo, hi));
            left = left.difference(&here);
            if !here.is_empty() {
                out.decided.push((here.clone(), target_label(target)));
            }
            let sink = match target {
                Target::InternetGateway(_) => &mut out.internet,
                Target::NatGateway(nat) => out.nat.entry(nat.clone()).or_default(),
                Target::EgressOnlyGateway(_) => &mut out.egress_only,
                Target::Unknown(_) => {
                    out.unread = true;
                    &mut out.elsewhere
                }
                _ => &mut out.elsewhere,
            };
            *sink = sink.union(&here);
        }
        out
    }
}

/// A set of addresses for sentences: `0.0.0.0/0` (or `::/0`) for every public address, else
/// its first CIDR block and how many more.
pub fn blocks(family: Family, set: &IntervalSet) -> String {
    let nets = describe(family, set);
    match nets.as_slice() {
        [] => "no address".to_owned(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first} and {} more blocks", rest.len()),
    }
}

/// The subnets of an attachment the input holds, and the references it does not.
pub fn subnets_of<'a>(
    placement: &Placement<'a>,
    attachment: &'a Attachment,
) -> (Vec<&'a Subnet>, Vec<&'a str>) {
    let mut held = Vec::new();
    let mut missing = Vec::new();
    for s in &attachment.subnets {
        match placement.subnet(s) {
            Some(subnet) => held.push(subnet),
            None => missing.push(s.as_str()),
        }
    }
    (held, missing)
}

/// How the internet comes into one subnet a workload sits in, for pictures: the subnet, its
/// route table, the internet gateways its routes send the internet's addresses to (either
/// family), and its network ACL. Whether a path gets through is the path's verdict; this only
/// names the resources it passes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry<'a> {
    pub subnet: &'a str,
    pub route_table: Option<&'a str>,
    pub gateways: Vec<String>,
    pub nacl: Option<&'a str>,
}

/// The entries from the internet into the subnets of an attachment that the input holds.
pub fn entries<'a>(placement: &Placement<'a>, attachment: &'a Attachment) -> Vec<Entry<'a>> {
    let (held, _) = subnets_of(placement, attachment);
    let mut out: Vec<Entry> = held
        .into_iter()
        .map(|subnet| {
            let table = placement.route_table(subnet);
            let mut gateways: Vec<String> = table
                .into_iter()
                .flat_map(|t| {
                    [Family::V4, Family::V6].map(|family| {
                        let routing = Routing::of(t, family);
                        routing.targets(&routing.internet)
                    })
                })
                .flatten()
                .collect();
            gateways.sort();
            gateways.dedup();
            Entry {
                subnet: subnet.address.as_str(),
                route_table: table.map(|t| t.address.as_str()),
                gateways,
                nacl: placement.nacl(subnet).map(|n| n.address.as_str()),
            }
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// One flow the groups let in from the internet: a protocol and its ports, from a set of
/// addresses of one family.
pub struct Flow<'f> {
    pub range: &'f crate::model::PortRange,
    pub family: Family,
    pub from: IntervalSet,
    /// The addresses come from a value the input marks sensitive: sentences never print them.
    pub sensitive: bool,
}

impl Flow<'_> {
    /// The flow's addresses for a sentence: `sensitive` when they may not be printed.
    fn addresses(&self, set: &IntervalSet) -> String {
        if self.sensitive {
            crate::model::SENSITIVE.to_owned()
        } else {
            blocks(self.family, set)
        }
    }
}

/// What a network ACL says of a flow from the internet: the request in and the reply out.
/// `nacl.rs` answers it; `network.rs` asks.
pub type NaclCheck<'c> = dyn Fn(&Nacl, &Flow) -> (Reachable, Vec<Block>) + 'c;

/// What a subnet's network ACL says of a flow from the internet (`nacl::check_flow`): the
/// request in and the reply out on the client's ephemeral ports. Reachable when some of it
/// gets through both ways (some clients, some ports); blocked when none does, with one sentence
/// per deciding rule; unknown when an unknown value decides.
pub fn nacl_check(acl: &Nacl, flow: &Flow) -> (Reachable, Vec<Block>) {
    nacl_flow(acl, crate::model::Direction::Ingress, flow)
}

/// A flow through a network ACL, both ways, in the flow's direction (`Ingress`: from the
/// internet; `Egress`: out to it). A flow of all protocols gets through when one protocol does:
/// tcp and udp on every port with their replies on the ephemeral ports, ICMP (the flow's
/// family's) without a reply to check; the sentences of each are kept when none does.
fn nacl_flow(
    acl: &Nacl,
    direction: crate::model::Direction,
    flow: &Flow,
) -> (Reachable, Vec<Block>) {
    use crate::model::{Ports, Protocol};
    let asked: Vec<(Protocol, Ports)> = match &flow.range.protocol {
        Protocol::All if flow.range.is_known() => vec![
            (Protocol::Tcp, Ports::All),
            (Protocol::Udp, Ports::All),
            (
                if flow.family == Family::V4 {
                    Protocol::Icmp
                } else {
                    Protocol::Icmpv6
                },
                Ports::Icmp {
                    kind: None,
                    code: None,
                },
            ),
        ],
        protocol => vec![(protocol.clone(), flow.range.ports.clone())],
    };
    let mut reachable = Reachable::No;
    let mut out = Vec::new();
    // The reasons of every protocol asked, in one list per way: sentences name each deciding
    // rule once, with the protocols and ports it decides.
    let (mut requests, mut replies) = (Vec::new(), Vec::new());
    for (protocol, ports) in asked {
        let checked =
            crate::nacl::check_flow(acl, direction, &protocol, &ports, flow.family, &flow.from);
        let here = match checked.answer() {
            crate::nacl::Answer::All | crate::nacl::Answer::Some => {
                return (Reachable::Yes, Vec::new());
            }
            crate::nacl::Answer::None => Reachable::No,
            crate::nacl::Answer::Unknown => Reachable::Unknown,
        };
        if here == Reachable::Unknown {
            reachable = Reachable::Unknown;
        }
        let (asked_requests, asked_replies) = (
            checked.request.reasons(),
            checked
                .reply
                .as_ref()
                .map(crate::nacl::Verdict::reasons)
                .unwrap_or_default(),
        );
        if flow.sensitive {
            // The sentences name the addresses: say only which way it is denied.
            if !asked_requests.is_empty() {
                out.push(Block::new(
                    BlockKind::NetworkAcl,
                    &acl.address,
                    format!("{protocol} to or from sensitive addresses denied or unknown"),
                ));
            }
            if !asked_replies.is_empty() {
                out.push(Block::new(
                    BlockKind::ReturnTraffic,
                    &acl.address,
                    format!(
                        "return traffic of {protocol} with sensitive addresses denied or unknown"
                    ),
                ));
            }
        } else {
            requests.extend(asked_requests);
            replies.extend(asked_replies);
        }
    }
    out.extend(
        crate::nacl::sentences(&requests, false)
            .into_iter()
            .map(|why| Block::new(BlockKind::NetworkAcl, &acl.address, why)),
    );
    out.extend(
        crate::nacl::sentences(&replies, true)
            .into_iter()
            .map(|why| Block::new(BlockKind::ReturnTraffic, &acl.address, why)),
    );
    (reachable, out)
}

/// Whether the network lets a flow from the internet reach a workload with this attachment:
/// through some subnet it sits in, a route to an internet gateway for the flow's addresses, a
/// public address of the flow's family, and the subnet's network ACL both ways.
pub fn inbound(
    placement: &Placement,
    workload: &str,
    attachment: &Attachment,
    flow: &Flow,
    nacl: &NaclCheck,
) -> Verdict {
    let (held, missing) = subnets_of(placement, attachment);
    // A workload that holds no public IPv4 address is not reached over IPv4, wherever it sits
    // (where the input holds its subnets, `through` names that and every other blocker).
    if held.is_empty() && flow.family == Family::V4 && attachment.public.can == Some(false) {
        return Verdict {
            reachable: Reachable::No,
            blocked_by: vec![Block::new(
                BlockKind::PublicAddress,
                workload,
                format!("no public IPv4 address ({})", attachment.public.because),
            )],
        };
    }
    if held.is_empty() {
        let why = if missing.is_empty() {
            "the input does not say which subnet it is in".to_owned()
        } else {
            format!("its subnet {} is not in this input", missing.join(", "))
        };
        return Verdict {
            reachable: Reachable::Unknown,
            blocked_by: vec![Block::new(BlockKind::Unknown, workload, why)],
        };
    }
    any_subnet(&held, &missing, workload, |subnet| {
        through(placement, workload, attachment, subnet, flow, nacl)
    })
}

/// Through some subnet: reachable when one subnet lets it through; else unknown when one
/// cannot tell (or a subnet is not in the input), else blocked, with what blocks it in each.
fn any_subnet(
    held: &[&Subnet],
    missing: &[&str],
    workload: &str,
    each: impl Fn(&Subnet) -> (Reachable, Vec<Block>),
) -> Verdict {
    let mut verdict = Verdict {
        reachable: if held.is_empty() {
            Reachable::Unknown
        } else {
            Reachable::No
        },
        blocked_by: Vec::new(),
    };
    for subnet in held {
        let (reachable, blocks) = each(subnet);
        match reachable {
            Reachable::Yes => {
                return Verdict {
                    reachable,
                    blocked_by: Vec::new(),
                };
            }
            Reachable::Unknown => verdict.reachable = Reachable::Unknown,
            Reachable::No => {}
        }
        verdict.blocked_by.extend(blocks);
    }
    if !missing.is_empty() {
        verdict.reachable = Reachable::Unknown;
        verdict.blocked_by.push(Block::new(
            BlockKind::Unknown,
            workload,
            format!("its subnet {} is not in this input", missing.join(", ")),
        ));
    }
    verdict.blocked_by.sort();
    verdict.blocked_by.dedup();
    verdict
}

/// Whether a workload in this subnet holds a public IPv4 address, and why: its own answer, else
/// for an instance that does not say, the subnet's `map_public_ip_on_launch`.
fn public_ipv4(attachment: &Attachment, subnet: &Subnet) -> (Option<bool>, String) {
    match (attachment.public.can, subnet.map_public_ip_on_launch) {
        (None, Some(v)) if attachment.public.subnet_decides => (
            Some(v),
            format!("{}: map_public_ip_on_launch = {v}", subnet.address),
        ),
        (can, _) => (can, attachment.public.because.clone()),
    }
}

/// One subnet's verdict on a flow: the route, the public address and the network ACL, each
/// judged on its own, so that every one that blocks is named (fixing one shows the next); what
/// is unknown is named when nothing blocks.
fn through(
    placement: &Placement,
    workload: &str,
    attachment: &Attachment,
    subnet: &Subnet,
    flow: &Flow,
    nacl: &NaclCheck,
) -> (Reachable, Vec<Block>) {
    let family = flow.family;
    let mut blocked: Vec<Block> = Vec::new();
    let mut unknown: Vec<Block> = Vec::new();
    let mut note = |reachable: Reachable, kind: BlockKind, resource: &str, why: String| {
        let kind = if reachable == Reachable::Unknown {
            BlockKind::Unknown
        } else {
            kind
        };
        let block = Block::new(kind, resource, why);
        match reachable {
            Reachable::No => blocked.push(block),
            Reachable::Unknown => unknown.push(block),
            Reachable::Yes => {}
        }
    };
    // The route: the addresses whose most specific route leads to an internet gateway.
    let mut routed = flow.from.clone();
    match placement.route_table(subnet) {
        None => note(
            Reachable::Unknown,
            BlockKind::Unknown,
            &subnet.address,
            "its route table is not in this input".to_owned(),
        ),
        Some(table) => {
            let routing = Routing::of(table, family);
            routed = flow.from.intersection(&routing.internet);
            if routed.is_empty() {
                let egress_only = flow.from.intersection(&routing.egress_only);
                let goes = routing.targets(&flow.from);
                let (reachable, why) = if !egress_only.is_empty() {
                    (
                        Reachable::No,
                        format!(
                            "{} goes to {}, an egress-only internet gateway, which lets no connection in",
                            flow.addresses(&egress_only),
                            routing.targets(&egress_only).join(", ")
                        ),
                    )
                } else if routing.unread {
                    (
                        Reachable::Unknown,
                        format!(
                            "no route to an internet gateway for {} that the input tells (a route it cannot read may lead to one)",
                            flow.addresses(&flow.from)
                        ),
                    )
                } else if goes.is_empty() {
                    (
                        Reachable::No,
                        format!(
                            "no route to an internet gateway for {}: no route matches it",
                            flow.addresses(&flow.from)
                        ),
                    )
                } else {
                    (
                        Reachable::No,
                        format!(
                            "no route to an internet gateway for {}: it goes to {}",
                            flow.addresses(&flow.from),
                            goes.join(", ")
                        ),
                    )
                };
                match placement.incomplete(&table.address) {
                    // Routes the input does not tell may lead to an internet gateway.
                    Some(doubt) if reachable == Reachable::No => note(
                        Reachable::Unknown,
                        BlockKind::Unknown,
                        &table.address,
                        format!("{why}, but {doubt}"),
                    ),
                    _ => note(reachable, BlockKind::Route, &table.address, why),
                }
                // The network ACL is judged on every address the flow comes from.
                routed = flow.from.clone();
            }
        }
    }
    // A public address of the flow's family.
    match family {
        Family::V4 => {
            let (can, because) = public_ipv4(attachment, subnet);
            match can {
                Some(true) => {}
                Some(false) => note(
                    Reachable::No,
                    BlockKind::PublicAddress,
                    workload,
                    format!("no public IPv4 address ({because})"),
                ),
                None => note(
                    Reachable::Unknown,
                    BlockKind::Unknown,
                    workload,
                    format!("whether it has a public IPv4 address is not known ({because})"),
                ),
            }
        }
        Family::V6 => {
            // Unknown blocks (Amazon-provided) are not in `cidrs`.
            if !subnet.cidrs.iter().any(|c| Family::of(c) == Family::V6) {
                if subnet.assign_ipv6_address_on_creation == Some(true) {
                    note(
                        Reachable::Unknown,
                        BlockKind::Unknown,
                        &subnet.address,
                        "its IPv6 block is known only after apply".to_owned(),
                    );
                } else {
                    note(
                        Reachable::No,
                        BlockKind::PublicAddress,
                        &subnet.address,
                        "the subnet has no IPv6 block".to_owned(),
                    );
                }
            }
        }
    }
    // The network ACL, both ways.
    match placement.nacl(subnet) {
        None => note(
            Reachable::Unknown,
            BlockKind::Unknown,
            &subnet.address,
            "its network ACL is not in this input".to_owned(),
        ),
        Some(acl) => {
            let routed_flow = Flow {
                range: flow.range,
                family,
                from: routed,
                sensitive: flow.sensitive,
            };
            let (reachable, blocks) = nacl(acl, &routed_flow);
            // Rules the input does not tell may allow what the known ones deny.
            let doubt = placement
                .incomplete(&acl.address)
                .filter(|_| reachable == Reachable::No);
            for b in blocks {
                match doubt {
                    Some(doubt) => note(
                        Reachable::Unknown,
                        BlockKind::Unknown,
                        &b.resource,
                        format!("{}, but {doubt}", b.why),
                    ),
                    None => note(reachable, b.kind, &b.resource, b.why),
                }
            }
        }
    }
    if !blocked.is_empty() {
        (Reachable::No, blocked)
    } else if !unknown.is_empty() {
        (Reachable::Unknown, unknown)
    } else {
        (Reachable::Yes, Vec::new())
    }
}

/// Whether the network lets a hop between two workloads through (a later hop of a path from
/// the internet): inside one subnet nothing filters it; between two subnets, the sender's
/// network ACL must let the request out to the receiver's subnet and the replies back in, and
/// the receiver's must let the request in and the replies out (a local route joins the
/// subnets of a VPC). Through some pair of their subnets; unknown where the input does not
/// hold them.
pub fn between(
    placement: &Placement,
    sender: &Attachment,
    receiver: &Attachment,
    ports: &[crate::model::PortRange],
) -> Verdict {
    let (from, _) = subnets_of(placement, sender);
    let (to, _) = subnets_of(placement, receiver);
    if from.is_empty() || to.is_empty() {
        return Verdict::default();
    }
    let mut verdict = Verdict {
        reachable: Reachable::No,
        blocked_by: Vec::new(),
    };
    for a in &from {
        for b in &to {
            let (reachable, blocks) = subnet_to_subnet(placement, a, b, ports);
            match reachable {
                Reachable::Yes => {
                    return Verdict {
                        reachable,
                        blocked_by: Vec::new(),
                    };
                }
                Reachable::Unknown => verdict.reachable = Reachable::Unknown,
                Reachable::No => {}
            }
            verdict.blocked_by.extend(blocks);
        }
    }
    if verdict.reachable == Reachable::Unknown {
        verdict.blocked_by.retain(|b| b.kind == BlockKind::Unknown);
    }
    verdict.blocked_by.sort();
    verdict.blocked_by.dedup();
    verdict
}

/// One pair of subnets' verdict on a hop (IPv4: the private addresses the hop goes between).
fn subnet_to_subnet(
    placement: &Placement,
    a: &Subnet,
    b: &Subnet,
    ports: &[crate::model::PortRange],
) -> (Reachable, Vec<Block>) {
    if a.address == b.address {
        return (Reachable::Yes, Vec::new());
    }
    let block = |s: &Subnet| {
        IntervalSet::from_intervals(
            s.cidrs
                .iter()
                .filter(|c| Family::of(c) == Family::V4)
                .map(net_interval)
                .collect(),
        )
    };
    let (from, to) = (block(a), block(b));
    let unknown = |resource: &str, why: &str| {
        (
            Reachable::Unknown,
            vec![Block::new(BlockKind::Unknown, resource, why.to_owned())],
        )
    };
    if from.is_empty() || to.is_empty() {
        return unknown(&b.address, "a subnet's IPv4 block is not known");
    }
    let (Some(out_acl), Some(in_acl)) = (placement.nacl(a), placement.nacl(b)) else {
        return unknown(&b.address, "a subnet's network ACL is not in this input");
    };
    let sensitive = [a, b]
        .iter()
        .flat_map(|s| &s.cidrs)
        .any(|c| placement.network.sensitive.contains(c));
    let mut reachable = Reachable::No;
    let mut blocks = Vec::new();
    for range in ports {
        let mut here = Reachable::Yes;
        let mut why = Vec::new();
        for (acl, direction, addrs) in [
            (out_acl, crate::model::Direction::Egress, &to),
            (in_acl, crate::model::Direction::Ingress, &from),
        ] {
            let flow = Flow {
                range,
                family: Family::V4,
                from: addrs.clone(),
                sensitive,
            };
            let (r, mut b) = nacl_flow(acl, direction, &flow);
            let r = match (r, placement.incomplete(&acl.address)) {
                (Reachable::No, Some(_)) => Reachable::Unknown,
                (r, _) => r,
            };
            match r {
                Reachable::No => here = Reachable::No,
                Reachable::Unknown if here == Reachable::Yes => here = Reachable::Unknown,
                _ => {}
            }
            why.append(&mut b);
        }
        match here {
            Reachable::Yes => return (Reachable::Yes, Vec::new()),
            Reachable::Unknown => reachable = Reachable::Unknown,
            Reachable::No => {}
        }
        blocks.extend(why);
    }
    (reachable, blocks)
}

/// Whether the network lets a workload with this attachment open a flow to the internet (what
/// its groups' egress allows): through some subnet it sits in, a route to an internet gateway
/// with a public address, an egress-only gateway (IPv6), or a public NAT gateway in a subnet
/// that routes to an internet gateway; and the subnet's network ACL both ways (the request
/// out, the reply in on the workload's ephemeral ports: the seed's pitfall).
pub fn outbound(
    placement: &Placement,
    workload: &str,
    attachment: &Attachment,
    flow: &Flow,
) -> Verdict {
    let (held, missing) = subnets_of(placement, attachment);
    any_subnet(&held, &missing, workload, |subnet| {
        out_of(placement, workload, attachment, subnet, flow)
    })
}

/// One subnet's verdict on a flow out to the internet.
fn out_of(
    placement: &Placement,
    workload: &str,
    attachment: &Attachment,
    subnet: &Subnet,
    flow: &Flow,
) -> (Reachable, Vec<Block>) {
    let family = flow.family;
    let Some(table) = placement.route_table(subnet) else {
        return (
            Reachable::Unknown,
            vec![Block {
                kind: BlockKind::Unknown,
                resource: subnet.address.clone(),
                why: "its route table is not in this input".to_owned(),
            }],
        );
    };
    let routing = Routing::of(table, family);
    let mut unknown = Vec::new();
    // The addresses a route takes out: an internet gateway (with a public IPv4 address), an
    // egress-only gateway (IPv6), a public NAT gateway whose own subnet routes them to one.
    let mut out = IntervalSet::default();
    // A route to an internet gateway that takes nothing out: the workload has no public
    // address for it.
    let mut no_public = None;
    let direct = flow.from.intersection(&routing.internet);
    if !direct.is_empty() {
        let (public, because) = match family {
            Family::V6 => (Some(true), String::new()),
            Family::V4 => public_ipv4(attachment, subnet),
        };
        match public {
            Some(true) => out = out.union(&direct),
            Some(false) => {
                no_public = Some(Block::new(
                    BlockKind::PublicAddress,
                    workload,
                    format!(
                        "no public IPv4 address ({because}): {} routes {} to {}, which takes out only what has one",
                        table.address,
                        flow.addresses(&direct),
                        routing.targets(&direct).join(", ")
                    ),
                ));
            }
            None => unknown.push(Block::new(
                BlockKind::Unknown,
                workload,
                format!("whether it has a public IPv4 address is not known ({because})"),
            )),
        }
    }
    if family == Family::V6 {
        out = out.union(&flow.from.intersection(&routing.egress_only));
    }
    let mut nat_blocked = Vec::new();
    for (nat, addrs) in &routing.nat {
        let through = flow.from.intersection(addrs);
        if through.is_empty() {
            continue;
        }
        match nat_reaches(placement, nat, family) {
            Some((reach, nat_subnet)) => {
                let leaving = through.intersection(&reach);
                if leaving.is_empty() {
                    continue;
                }
                // The NAT gateway's own subnet's network ACL, both ways: the call in from
                // this subnet and out to the internet, and their replies.
                match nat_acl(placement, nat_subnet, subnet, flow, &leaving) {
                    (Reachable::Yes, _) => out = out.union(&leaving),
                    (Reachable::No, mut b) => nat_blocked.append(&mut b),
                    (Reachable::Unknown, mut b) => unknown.append(&mut b),
                }
            }
            None => unknown.push(Block {
                kind: BlockKind::Unknown,
                resource: nat.clone(),
                why: "the NAT gateway, or its subnet's route table, is not in this input"
                    .to_owned(),
            }),
        }
    }
    if out.is_empty() {
        if !unknown.is_empty() || routing.unread {
            return (Reachable::Unknown, unknown);
        }
        if !nat_blocked.is_empty() || no_public.is_some() {
            nat_blocked.extend(no_public);
            return (Reachable::No, nat_blocked);
        }
        return (
            Reachable::No,
            vec![Block {
                kind: BlockKind::Route,
                resource: table.address.clone(),
                why: format!(
                    "no route out to the internet for {} (no internet gateway, egress-only gateway or public NAT gateway)",
                    flow.addresses(&flow.from)
                ),
            }],
        );
    }
    let Some(acl) = placement.nacl(subnet) else {
        unknown.push(Block {
            kind: BlockKind::Unknown,
            resource: subnet.address.clone(),
            why: "its network ACL is not in this input".to_owned(),
        });
        return (Reachable::Unknown, unknown);
    };
    let out_flow = Flow {
        range: flow.range,
        family,
        from: out,
        sensitive: flow.sensitive,
    };
    let (reachable, mut blocks) = nacl_flow(acl, crate::model::Direction::Egress, &out_flow);
    match reachable {
        Reachable::Yes => (Reachable::Yes, Vec::new()),
        // Rules the input does not tell may allow what the known ones deny.
        Reachable::No if placement.incomplete(&acl.address).is_some() => {
            let doubt = placement.incomplete(&acl.address).unwrap_or_default();
            unknown.extend(blocks.into_iter().map(|b| {
                Block::new(
                    BlockKind::Unknown,
                    &b.resource,
                    format!("{}, but {doubt}", b.why),
                )
            }));
            (Reachable::Unknown, unknown)
        }
        Reachable::No => (Reachable::No, blocks),
        Reachable::Unknown => {
            unknown.append(&mut blocks);
            (Reachable::Unknown, unknown)
        }
    }
}

/// The addresses a NAT gateway takes to the internet: a public NAT gateway, through the route
/// table of the subnet it sits in, to an internet gateway; `None` when the input does not hold
/// it or its subnet's table.
fn nat_reaches<'a>(
    placement: &Placement<'a>,
    nat: &str,
    family: Family,
) -> Option<(IntervalSet, &'a Subnet)> {
    let gateway = placement.network.gateways.get(nat)?;
    let subnet = placement.subnet(gateway.attached_to.as_deref()?)?;
    match gateway.kind {
        crate::model::GatewayKind::Nat { public: true } => {}
        _ => return Some((IntervalSet::default(), subnet)),
    }
    let table = placement.route_table(subnet)?;
    Some((Routing::of(table, family).internet, subnet))
}

/// The NAT gateway's subnet's network ACL on a call through it: in from the caller's subnet and
/// out to the internet, with their replies (when the two are one subnet, only the way out).
fn nat_acl(
    placement: &Placement,
    nat_subnet: &Subnet,
    caller: &Subnet,
    flow: &Flow,
    leaving: &IntervalSet,
) -> (Reachable, Vec<Block>) {
    let Some(acl) = placement.nacl(nat_subnet) else {
        return (
            Reachable::Unknown,
            vec![Block::new(
                BlockKind::Unknown,
                &nat_subnet.address,
                "the NAT gateway's subnet's network ACL is not in this input".to_owned(),
            )],
        );
    };
    let out = Flow {
        range: flow.range,
        family: flow.family,
        from: leaving.clone(),
        sensitive: flow.sensitive,
    };
    let mut checks = vec![nacl_flow(acl, crate::model::Direction::Egress, &out)];
    if nat_subnet.address != caller.address {
        let from = IntervalSet::from_intervals(
            caller
                .cidrs
                .iter()
                .filter(|c| Family::of(c) == flow.family)
                .map(net_interval)
                .collect(),
        );
        if from.is_empty() {
            checks.push((
                Reachable::Unknown,
                vec![Block::new(
                    BlockKind::Unknown,
                    &caller.address,
                    "the subnet's block is not known".to_owned(),
                )],
            ));
        } else {
            let inbound = Flow {
                range: flow.range,
                family: flow.family,
                from,
                sensitive: flow.sensitive
                    || caller
                        .cidrs
                        .iter()
                        .any(|c| placement.network.sensitive.contains(c)),
            };
            checks.push(nacl_flow(acl, crate::model::Direction::Ingress, &inbound));
        }
    }
    let incomplete = placement.incomplete(&acl.address).is_some();
    let mut reachable = Reachable::Yes;
    let mut blocks = Vec::new();
    for (r, mut b) in checks {
        let r = if r == Reachable::No && incomplete {
            Reachable::Unknown
        } else {
            r
        };
        match (reachable, r) {
            (_, Reachable::No) => reachable = Reachable::No,
            (Reachable::Yes, Reachable::Unknown) => reachable = Reachable::Unknown,
            _ => {}
        }
        blocks.append(&mut b);
    }
    if reachable == Reachable::Yes {
        blocks.clear();
    }
    (reachable, blocks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PortRange, Ports, Protocol, PublicAddress, Route};

    fn net(s: &str) -> IpNet {
        s.parse().unwrap()
    }

    fn route(dest: &str, target: Target) -> Route {
        Route {
            destination: Destination::Cidr(net(dest)),
            target,
            resource: "aws_route_table.t".to_owned(),
            origin: None,
        }
    }

    /// A VPC with one subnet (`public`) whose table holds `routes`; the table is associated
    /// with the subnet, or is the VPC's main table when `main`.
    fn network(routes: Vec<Route>, main: bool) -> Network {
        let mut n = Network::default();
        n.subnets.insert(
            "aws_subnet.public".to_owned(),
            Subnet {
                address: "aws_subnet.public".to_owned(),
                vpc: Some("aws_vpc.main".to_owned()),
                cidrs: vec![net("10.0.1.0/24"), net("2001:db8:0:1::/64")],
                map_public_ip_on_launch: Some(true),
                ..Subnet::default()
            },
        );
        n.route_tables.insert(
            "aws_route_table.t".to_owned(),
            RouteTable {
                address: "aws_route_table.t".to_owned(),
                vpc: Some("aws_vpc.main".to_owned()),
                main,
                routes,
                subnets: if main {
                    vec![]
                } else {
                    vec!["aws_subnet.public".to_owned()]
                },
                ..RouteTable::default()
            },
        );
        n.nacls.insert(
            "aws_default_network_acl.d".to_owned(),
            Nacl {
                address: "aws_default_network_acl.d".to_owned(),
                vpc: Some("aws_vpc.main".to_owned()),
                default: true,
                ..Nacl::default()
            },
        );
        n
    }

    fn attachment(subnets: &[&str], can: Option<bool>) -> Attachment {
        Attachment {
            groups: vec!["aws_security_group.web".to_owned()],
            default_group: false,
            public: PublicAddress {
                can,
                because: "test".to_owned(),
                subnet_decides: can.is_none(),
            },
            subnets: subnets.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    fn verdict(network: &Network, att: &Attachment, from: &str) -> Verdict {
        let range = PortRange::new(Protocol::Tcp, Ports::Range(443, 443));
        let from = net(from);
        let (lo, hi) = net_interval(&from);
        let flow = Flow {
            range: &range,
            family: Family::of(&from),
            from: IntervalSet::from_interval(lo, hi).intersection(&internet(Family::of(&from))),
            sensitive: false,
        };
        let allow_all: &NaclCheck = &|_, _| (Reachable::Yes, Vec::new());
        inbound(
            &Placement::new(network),
            "aws_instance.web",
            att,
            &flow,
            allow_all,
        )
    }

    fn blocked(v: &Verdict) -> Vec<String> {
        v.blocked_by
            .iter()
            .map(|b| format!("{}: {}", b.resource, b.why))
            .collect()
    }

    #[test]
    fn a_route_to_an_internet_gateway_lets_the_internet_in() {
        let igw = || Target::InternetGateway("aws_internet_gateway.gw".to_owned());
        let local = || Target::Local;
        for main in [false, true] {
            let n = network(
                vec![route("10.0.0.0/16", local()), route("0.0.0.0/0", igw())],
                main,
            );
            // The subnet maps public addresses; the instance does not say.
            let v = verdict(&n, &attachment(&["aws_subnet.public"], None), "0.0.0.0/0");
            assert_eq!(v.reachable, Reachable::Yes, "{v:?}");
            // An instance that says it has none is not reachable.
            let v = verdict(
                &n,
                &attachment(&["aws_subnet.public"], Some(false)),
                "0.0.0.0/0",
            );
            assert_eq!(v.reachable, Reachable::No);
            assert_eq!(
                blocked(&v),
                ["aws_instance.web: no public IPv4 address (test)"]
            );
        }
    }

    #[test]
    fn the_most_specific_route_decides() {
        let n = network(
            vec![
                route(
                    "0.0.0.0/0",
                    Target::InternetGateway("aws_internet_gateway.gw".to_owned()),
                ),
                route(
                    "198.51.100.0/24",
                    Target::NatGateway("aws_nat_gateway.nat".to_owned()),
                ),
            ],
            false,
        );
        let att = attachment(&["aws_subnet.public"], Some(true));
        assert_eq!(verdict(&n, &att, "0.0.0.0/0").reachable, Reachable::Yes);
        let v = verdict(&n, &att, "198.51.100.0/24");
        assert_eq!(v.reachable, Reachable::No);
        assert_eq!(
            blocked(&v),
            [
                "aws_route_table.t: no route to an internet gateway for 198.51.100.0/24: it goes to aws_nat_gateway.nat"
            ]
        );
    }

    #[test]
    fn a_private_subnet_behind_a_nat_gateway_is_not_reached() {
        let n = network(
            vec![route(
                "0.0.0.0/0",
                Target::NatGateway("aws_nat_gateway.nat".to_owned()),
            )],
            false,
        );
        let v = verdict(&n, &attachment(&["aws_subnet.public"], None), "0.0.0.0/0");
        assert_eq!(v.reachable, Reachable::No);
        assert_eq!(
            blocked(&v),
            [
                "aws_route_table.t: no route to an internet gateway for 0.0.0.0/0: it goes to aws_nat_gateway.nat"
            ]
        );
    }

    #[test]
    fn an_egress_only_gateway_lets_no_connection_in() {
        let n = network(
            vec![route(
                "::/0",
                Target::EgressOnlyGateway("aws_egress_only_internet_gateway.e".to_owned()),
            )],
            false,
        );
        let v = verdict(&n, &attachment(&["aws_subnet.public"], None), "::/0");
        assert_eq!(v.reachable, Reachable::No);
        assert!(
            blocked(&v)[0].contains("egress-only internet gateway, which lets no connection in"),
            "{v:?}"
        );
    }

    fn rule(
        number: u32,
        direction: crate::model::Direction,
        ports: (u16, u16),
        allow: bool,
    ) -> crate::model::NaclRule {
        crate::model::NaclRule {
            number,
            direction,
            protocol: Protocol::Tcp,
            ports: Ports::Range(ports.0, ports.1),
            peer: crate::model::Peer::cidr(net("0.0.0.0/0")),
            allow,
            resource: "aws_network_acl.web".to_owned(),
            origin: None,
        }
    }

    /// The subnet's network ACL decides with its rules, both ways: a deny at a lower number
    /// blocks 443; without the ephemeral ports out, the replies die.
    #[test]
    fn the_network_acl_decides_both_ways() {
        use crate::model::Direction::{Egress, Ingress};
        let igw = Target::InternetGateway("aws_internet_gateway.gw".to_owned());
        let mut n = network(vec![route("0.0.0.0/0", igw)], false);
        let acl = |rules: Vec<crate::model::NaclRule>| Nacl {
            address: "aws_network_acl.web".to_owned(),
            vpc: Some("aws_vpc.main".to_owned()),
            subnets: vec!["aws_subnet.public".to_owned()],
            rules,
            ..Nacl::default()
        };
        let range = PortRange::new(Protocol::Tcp, Ports::Range(443, 443));
        let flow = Flow {
            range: &range,
            family: Family::V4,
            from: internet(Family::V4),
            sensitive: false,
        };
        let att = attachment(&["aws_subnet.public"], Some(true));
        let mut run = |rules| {
            n.nacls.insert("aws_network_acl.web".to_owned(), acl(rules));
            inbound(
                &Placement::new(&n),
                "aws_instance.web",
                &att,
                &flow,
                &nacl_check,
            )
        };
        let open = run(vec![
            rule(100, Ingress, (443, 443), true),
            rule(100, Egress, (1024, 65535), true),
        ]);
        assert_eq!(open.reachable, Reachable::Yes, "{open:?}");
        let denied = run(vec![
            rule(90, Ingress, (443, 443), false),
            rule(100, Ingress, (443, 443), true),
            rule(100, Egress, (1024, 65535), true),
        ]);
        assert_eq!(denied.reachable, Reachable::No);
        assert_eq!(
            blocked(&denied),
            ["aws_network_acl.web: rule 90 denies tcp/443 from 0.0.0.0/0"]
        );
        let no_replies = run(vec![rule(100, Ingress, (443, 443), true)]);
        assert_eq!(no_replies.reachable, Reachable::No);
        assert_eq!(
            blocked(&no_replies),
            [
                "aws_network_acl.web: return traffic on tcp/1024-65535 to 0.0.0.0/0 denied: no rule allows it (the final deny)"
            ]
        );
    }

    /// The seed's pitfall: the groups allow egress 443 to the internet, the network ACL lets it
    /// out but lets in only SSH: the replies on the ephemeral ports die. Through a NAT gateway
    /// in a public subnet, a private subnet gets out.
    #[test]
    fn an_outbound_call_needs_its_replies_let_in() {
        use crate::model::Direction::{Egress, Ingress};
        let igw = Target::InternetGateway("aws_internet_gateway.gw".to_owned());
        let mut n = network(vec![route("0.0.0.0/0", igw)], false);
        n.nacls.insert(
            "aws_network_acl.web".to_owned(),
            Nacl {
                address: "aws_network_acl.web".to_owned(),
                vpc: Some("aws_vpc.main".to_owned()),
                subnets: vec!["aws_subnet.public".to_owned()],
                rules: vec![
                    rule(100, Egress, (443, 443), true),
                    rule(100, Ingress, (22, 22), true),
                ],
                ..Nacl::default()
            },
        );
        let range = PortRange::new(Protocol::Tcp, Ports::Range(443, 443));
        let flow = Flow {
            range: &range,
            family: Family::V4,
            from: internet(Family::V4),
            sensitive: false,
        };
        let att = attachment(&["aws_subnet.public"], Some(true));
        let v = outbound(&Placement::new(&n), "aws_instance.web", &att, &flow);
        assert_eq!(v.reachable, Reachable::No);
        assert_eq!(
            blocked(&v),
            [
                "aws_network_acl.web: return traffic on tcp/1024-65535 from 0.0.0.0/0 denied: no rule allows it (the final deny)"
            ]
        );
        // A private subnet whose default route goes to a public NAT gateway in the public
        // subnet (whose own table routes to the internet gateway) gets out; the default
        // network ACL (no rules here) decides nothing: the final deny.
        n.subnets.insert(
            "aws_subnet.private".to_owned(),
            Subnet {
                address: "aws_subnet.private".to_owned(),
                vpc: Some("aws_vpc.main".to_owned()),
                cidrs: vec![net("10.0.2.0/24")],
                map_public_ip_on_launch: Some(false),
                ..Subnet::default()
            },
        );
        n.route_tables.insert(
            "aws_route_table.private".to_owned(),
            RouteTable {
                address: "aws_route_table.private".to_owned(),
                vpc: Some("aws_vpc.main".to_owned()),
                routes: vec![route(
                    "0.0.0.0/0",
                    Target::NatGateway("aws_nat_gateway.nat".to_owned()),
                )],
                subnets: vec!["aws_subnet.private".to_owned()],
                ..RouteTable::default()
            },
        );
        n.gateways.insert(
            "aws_nat_gateway.nat".to_owned(),
            crate::model::Gateway {
                address: "aws_nat_gateway.nat".to_owned(),
                id: None,
                kind: crate::model::GatewayKind::Nat { public: true },
                attached_to: Some("aws_subnet.public".to_owned()),
                origin: None,
            },
        );
        if let Some(d) = n.nacls.get_mut("aws_default_network_acl.d") {
            d.rules = vec![
                rule(100, Egress, (0, 65535), true),
                rule(100, Ingress, (0, 65535), true),
            ];
        }
        let private = attachment(&["aws_subnet.private"], None);
        // The NAT gateway sits in the public subnet, whose ACL lets in only SSH: the call
        // from the private subnet, and the replies both ways, die there.
        let v = outbound(&Placement::new(&n), "aws_instance.app", &private, &flow);
        assert_eq!(v.reachable, Reachable::No, "{v:?}");
        assert_eq!(
            blocked(&v),
            [
                "aws_network_acl.web: no rule allows tcp/443 from 10.0.2.0/24 (the final deny)",
                "aws_network_acl.web: return traffic on tcp/1024-65535 from 0.0.0.0/0 denied: no rule allows it (the final deny)",
                "aws_network_acl.web: return traffic on tcp/1024-65535 to 10.0.2.0/24 denied: no rule allows it (the final deny)"
            ]
        );
        // With the public subnet's ACL open both ways, the private subnet gets out.
        if let Some(web) = n.nacls.get_mut("aws_network_acl.web") {
            web.rules = vec![
                rule(100, Egress, (0, 65535), true),
                rule(100, Ingress, (0, 65535), true),
            ];
        }
        let v = outbound(&Placement::new(&n), "aws_instance.app", &private, &flow);
        assert_eq!(v.reachable, Reachable::Yes, "{v:?}");
        // And nothing gets in to it.
        let allow_all: &NaclCheck = &|_, _| (Reachable::Yes, Vec::new());
        let v = inbound(
            &Placement::new(&n),
            "aws_instance.app",
            &private,
            &flow,
            allow_all,
        );
        assert_eq!(v.reachable, Reachable::No);
        assert_eq!(
            blocked(&v),
            [
                "aws_instance.app: no public IPv4 address (aws_subnet.private: map_public_ip_on_launch = false)",
                "aws_route_table.private: no route to an internet gateway for 0.0.0.0/0: it goes to aws_nat_gateway.nat"
            ]
        );
    }

    /// A network ACL or route table whose rules or routes the input does not all tell
    /// (`Network::incomplete`) never blocks for sure: what it denies is unknown.
    #[test]
    fn an_incomplete_acl_or_table_blocks_nothing_for_sure() {
        use crate::model::Direction::Ingress;
        let mut n = network(
            vec![route(
                "0.0.0.0/0",
                Target::NatGateway("aws_nat_gateway.nat".to_owned()),
            )],
            false,
        );
        let att = attachment(&["aws_subnet.public"], Some(true));
        let deny = |n: &mut Network| {
            if let Some(d) = n.nacls.get_mut("aws_default_network_acl.d") {
                d.rules = vec![rule(100, Ingress, (0, 65535), false)];
            }
        };
        deny(&mut n);
        let range = PortRange::new(Protocol::Tcp, Ports::Range(443, 443));
        let flow = Flow {
            range: &range,
            family: Family::V4,
            from: internet(Family::V4),
            sensitive: false,
        };
        let v = inbound(
            &Placement::new(&n),
            "aws_instance.web",
            &att,
            &flow,
            &nacl_check,
        );
        assert_eq!(v.reachable, Reachable::No, "{v:?}");
        n.incomplete.insert(
            "aws_route_table.t".to_owned(),
            "its routes are known only after apply".to_owned(),
        );
        n.incomplete.insert(
            "aws_default_network_acl.d".to_owned(),
            "a rule of its ingress has a number or action known only after apply".to_owned(),
        );
        let v = inbound(
            &Placement::new(&n),
            "aws_instance.web",
            &att,
            &flow,
            &nacl_check,
        );
        assert_eq!(v.reachable, Reachable::Unknown, "{v:?}");
        assert!(
            blocked(&v).iter().all(|b| b.contains(", but ")),
            "{:?}",
            blocked(&v)
        );
    }

    /// A later hop between two subnets goes through both subnets' network ACLs, both ways;
    /// inside one subnet nothing filters it.
    #[test]
    fn a_hop_between_subnets_goes_through_both_acls() {
        use crate::model::Direction::{Egress, Ingress};
        let mut n = network(vec![], false);
        n.subnets.insert(
            "aws_subnet.private".to_owned(),
            Subnet {
                address: "aws_subnet.private".to_owned(),
                vpc: Some("aws_vpc.main".to_owned()),
                cidrs: vec![net("10.0.2.0/24")],
                ..Subnet::default()
            },
        );
        let cidr_rule =
            |number, direction, ports: (u16, u16), cidr: &str, allow| crate::model::NaclRule {
                peer: crate::model::Peer::cidr(net(cidr)),
                ..rule(number, direction, ports, allow)
            };
        let acl = |address: &str, subnet: &str, rules| Nacl {
            address: address.to_owned(),
            vpc: Some("aws_vpc.main".to_owned()),
            subnets: vec![subnet.to_owned()],
            rules,
            ..Nacl::default()
        };
        // The public subnet's ACL lets 8080 out to the private subnet and the replies in.
        n.nacls.insert(
            "aws_network_acl.public".to_owned(),
            acl(
                "aws_network_acl.public",
                "aws_subnet.public",
                vec![
                    cidr_rule(100, Egress, (8080, 8080), "10.0.2.0/24", true),
                    cidr_rule(100, Ingress, (1024, 65535), "10.0.2.0/24", true),
                ],
            ),
        );
        let alb = attachment(&["aws_subnet.public"], Some(true));
        let app = attachment(&["aws_subnet.private"], Some(false));
        let ports = [PortRange::new(Protocol::Tcp, Ports::Range(8080, 8080))];
        let mut run = |rules| {
            n.nacls.insert(
                "aws_network_acl.private".to_owned(),
                acl("aws_network_acl.private", "aws_subnet.private", rules),
            );
            between(&Placement::new(&n), &alb, &app, &ports)
        };
        let open = run(vec![
            cidr_rule(100, Ingress, (8080, 8080), "10.0.1.0/24", true),
            cidr_rule(100, Egress, (1024, 65535), "10.0.1.0/24", true),
        ]);
        assert_eq!(open.reachable, Reachable::Yes, "{open:?}");
        let denied = run(vec![
            cidr_rule(90, Ingress, (8080, 8080), "10.0.0.0/16", false),
            cidr_rule(100, Ingress, (8080, 8080), "10.0.1.0/24", true),
            cidr_rule(100, Egress, (1024, 65535), "10.0.1.0/24", true),
        ]);
        assert_eq!(denied.reachable, Reachable::No);
        assert_eq!(
            blocked(&denied),
            ["aws_network_acl.private: rule 90 denies tcp/8080 from 10.0.1.0/24"]
        );
        // In one subnet, no network ACL is crossed.
        let same = between(&Placement::new(&n), &alb, &alb, &ports);
        assert_eq!(same.reachable, Reachable::Yes);
    }

    #[test]
    fn what_the_input_does_not_hold_is_unknown() {
        let n = network(vec![], false);
        let v = verdict(&n, &attachment(&["subnet-0abc"], Some(true)), "0.0.0.0/0");
        assert_eq!(v.reachable, Reachable::Unknown);
        assert_eq!(
            blocked(&v),
            ["aws_instance.web: its subnet subnet-0abc is not in this input"]
        );
        let v = verdict(&n, &attachment(&[], Some(true)), "0.0.0.0/0");
        assert_eq!(v.reachable, Reachable::Unknown);
        // A route the input cannot read might lead to an internet gateway.
        let mut n = network(vec![], false);
        if let Some(t) = n.route_tables.get_mut("aws_route_table.t") {
            t.routes.push(Route {
                destination: Destination::PrefixList("pl-1".to_owned()),
                target: Target::InternetGateway("igw-1".to_owned()),
                resource: "aws_route.pl".to_owned(),
                origin: None,
            });
        }
        let v = verdict(
            &n,
            &attachment(&["aws_subnet.public"], Some(true)),
            "0.0.0.0/0",
        );
        assert_eq!(v.reachable, Reachable::Unknown, "{v:?}");
    }
}
