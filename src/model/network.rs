//! The network layer of the model, on one side of a change: subnets, route tables and their
//! routes, gateways, and network ACLs with their rules. Security groups decide what an ENI
//! admits; these decide whether a packet from the internet gets to the ENI at all (a route to
//! an internet gateway, a public address, the subnet's network ACL both ways).
//!
//! A reference to another resource of the network (a subnet's VPC, a route's gateway, a
//! workload's subnet) is a [`NetRef`]: the resource's address when the input holds it, else its
//! id, or `unknown:<reference>` for a value known only after apply. What the input does not
//! hold (a subnet created by another stack) is unknown: never assumed open or closed.

use std::collections::{BTreeMap, BTreeSet};

use ipnet::IpNet;

use super::{Direction, Lifecycle, Origin, Peer, Ports, Protocol};

/// A resource of the network by its address when the input holds it, else its id, or
/// `unknown:<reference>`.
pub type NetRef = String;

/// The network of one side of the change (before it, or after it), each resource by address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Network {
    /// The address blocks of each VPC of the input.
    pub vpcs: BTreeMap<String, VpcBlocks>,
    pub subnets: BTreeMap<String, Subnet>,
    pub route_tables: BTreeMap<String, RouteTable>,
    pub gateways: BTreeMap<String, Gateway>,
    pub nacls: BTreeMap<String, Nacl>,
    /// The VPC peering connections (`aws_vpc_peering_connection`), by address: what a
    /// security-group rule naming a group of another VPC needs (see [`Peering`]).
    pub peerings: BTreeMap<String, Peering>,
    /// The resources above whose contents the input does not wholly tell, each with why: a
    /// route table or network ACL the input names (by id, or by a value known only after
    /// apply) but does not hold, which holds the routes, rules and associations the input
    /// declares for it and others it does not know; a rule whose number or action is known only
    /// after apply (left out of its ACL); a subnet or VPC whose block is known only after
    /// apply. What is named here is never assumed open or closed.
    pub incomplete: BTreeMap<String, String>,
    /// The blocks of VPCs and subnets and the routes' destinations that the input marks
    /// sensitive: they count in the analysis, and are never printed (a rule's block says it
    /// itself, `Peer::Cidr { sensitive }`).
    pub sensitive: BTreeSet<IpNet>,
}

impl Network {
    /// Whether the input holds no network resource on this side.
    pub fn is_empty(&self) -> bool {
        self.vpcs.is_empty()
            && self.subnets.is_empty()
            && self.route_tables.is_empty()
            && self.gateways.is_empty()
            && self.nacls.is_empty()
            && self.peerings.is_empty()
            && self.incomplete.is_empty()
    }
}

/// A VPC's address blocks (the VPC itself is [`super::Vpc`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VpcBlocks {
    pub id: Option<String>,
    /// Its IPv4 and IPv6 CIDR blocks; `unknown` says some are known only after apply (an
    /// Amazon-provided IPv6 block is).
    pub cidrs: Vec<IpNet>,
    pub unknown: Vec<String>,
}

/// A subnet: where workloads sit, which route table and network ACL apply to them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subnet {
    pub address: String,
    pub id: Option<String>,
    pub vpc: Option<NetRef>,
    pub cidrs: Vec<IpNet>,
    /// `map_public_ip_on_launch`: instances launched here get a public IPv4 address unless
    /// they say otherwise; `None` when unknown.
    pub map_public_ip_on_launch: Option<bool>,
    /// `assign_ipv6_address_on_creation`.
    pub assign_ipv6_address_on_creation: Option<bool>,
    pub lifecycle: Lifecycle,
    pub origin: Option<Origin>,
}

/// A route table with its routes and the subnets associated with it explicitly.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RouteTable {
    pub address: String,
    pub id: Option<String>,
    pub vpc: Option<NetRef>,
    /// The VPC's main route table (`aws_default_route_table`, or named by an
    /// `aws_main_route_table_association`): a subnet associated with no table uses it.
    pub main: bool,
    pub routes: Vec<Route>,
    /// The subnets associated with it (`aws_route_table_association`).
    pub subnets: Vec<NetRef>,
    pub origin: Option<Origin>,
}

/// One route: where packets to a destination go.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Route {
    pub destination: Destination,
    pub target: Target,
    /// The resource that declares it: the table itself for an inline route, or an
    /// `aws_route`.
    pub resource: String,
    pub origin: Option<Origin>,
}

/// A route's destination.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Destination {
    Cidr(IpNet),
    /// A managed prefix list, by address or id.
    PrefixList(String),
    /// Known only after apply: the reference.
    Unknown(String),
}

/// Where a route sends packets.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// The VPC itself (`local`).
    Local,
    InternetGateway(NetRef),
    /// An egress-only internet gateway (IPv6): out, and replies back, never in.
    EgressOnlyGateway(NetRef),
    NatGateway(NetRef),
    Peering(NetRef),
    TransitGateway(NetRef),
    VpcEndpoint(NetRef),
    /// Another target (a network interface, an instance, a carrier or local gateway...): the
    /// attribute that names it and its value.
    Other(String, String),
    /// No target the input can tell: the reference.
    Unknown(String),
}

/// A VPC peering connection between two VPCs: a rule of a security group may name a group of
/// the other VPC only across an active peering connection in the same region
/// (<https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html>). The
/// input does not tell whether the connection is accepted (`active`): one that it holds is
/// taken as able to carry the reference.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Peering {
    pub address: String,
    pub id: Option<String>,
    /// The requester's VPC (`vpc_id`) and the accepter's (`peer_vpc_id`), each by address when
    /// the input holds it, else its id, or `unknown:<reference>`.
    pub vpc: Option<NetRef>,
    pub peer_vpc: Option<NetRef>,
    /// `peer_region`, when set: another region than the requester's, across which no
    /// security-group reference works.
    pub peer_region: Option<String>,
    pub origin: Option<Origin>,
}

/// An internet, egress-only or NAT gateway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gateway {
    pub address: String,
    pub id: Option<String>,
    pub kind: GatewayKind,
    /// The VPC it is attached to (internet and egress-only gateways), or the subnet it sits in
    /// (NAT gateways).
    pub attached_to: Option<NetRef>,
    pub origin: Option<Origin>,
}

/// What a gateway does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GatewayKind {
    Internet,
    EgressOnly,
    /// A NAT gateway; `public`: its `connectivity_type` is `public` (the default).
    Nat {
        public: bool,
    },
}

/// A network ACL: stateless, per subnet, its rules evaluated in number order per direction, the
/// first that matches deciding; what no rule matches is denied.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Nacl {
    pub address: String,
    pub id: Option<String>,
    pub vpc: Option<NetRef>,
    /// The VPC's default network ACL (`aws_default_network_acl`): a subnet associated with no
    /// other one uses it.
    pub default: bool,
    /// The subnets associated with it (`subnet_ids`, `aws_network_acl_association`).
    pub subnets: Vec<NetRef>,
    pub rules: Vec<NaclRule>,
    pub origin: Option<Origin>,
}

/// One rule of a network ACL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NaclRule {
    /// Its rule number (1-32766): lower numbers are evaluated first.
    pub number: u32,
    /// `Ingress` for inbound rules, `Egress` for outbound ones.
    pub direction: Direction,
    pub protocol: Protocol,
    /// The ports (tcp, udp), or the ICMP type and code; `Ports::All` for other protocols.
    pub ports: Ports,
    /// The IPv4 or IPv6 block it matches (`Peer::Cidr`), or `Peer::Unknown` with its reference.
    pub peer: Peer,
    /// `allow`, or `deny` (`false`).
    pub allow: bool,
    /// The resource that declares it: the ACL itself for an inline rule, or an
    /// `aws_network_acl_rule`.
    pub resource: String,
    pub origin: Option<Origin>,
}

impl Network {
    /// Calls `f` on every text of the network that the input brought in (keys, addresses, ids,
    /// references, the unknown values' references, the files of origins, why a resource is
    /// incomplete), so that a reader can escape or hide them; the maps are rebuilt when `f`
    /// changes a key.
    pub fn for_each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        fn keys<V>(map: &mut BTreeMap<String, V>, f: &mut dyn FnMut(&mut String)) {
            *map = std::mem::take(map)
                .into_iter()
                .map(|(mut k, v)| {
                    f(&mut k);
                    (k, v)
                })
                .collect();
        }
        fn option(s: &mut Option<String>, f: &mut dyn FnMut(&mut String)) {
            if let Some(s) = s {
                f(s);
            }
        }
        fn origin(o: &mut Option<Origin>, f: &mut dyn FnMut(&mut String)) {
            if let Some(o) = o {
                o.edit_file(f);
            }
        }
        /// A shared text is copied for `f`, and replaced only when `f` changes it.
        fn shared(s: &mut std::sync::Arc<str>, f: &mut dyn FnMut(&mut String)) {
            let mut text = String::from(&**s);
            f(&mut text);
            if *text != **s {
                *s = text.into();
            }
        }
        fn peer(p: &mut Peer, f: &mut dyn FnMut(&mut String)) {
            match p {
                Peer::Group(s) | Peer::PrefixList(s) | Peer::Unknown(s) => shared(s, f),
                Peer::Cidr { .. } | Peer::SelfRef => {}
            }
        }
        keys(&mut self.vpcs, f);
        for v in self.vpcs.values_mut() {
            option(&mut v.id, f);
            for s in v.unknown.iter_mut() {
                f(s);
            }
        }
        keys(&mut self.subnets, f);
        for s in self.subnets.values_mut() {
            f(&mut s.address);
            option(&mut s.id, f);
            option(&mut s.vpc, f);
            origin(&mut s.origin, f);
        }
        keys(&mut self.route_tables, f);
        for t in self.route_tables.values_mut() {
            f(&mut t.address);
            option(&mut t.id, f);
            option(&mut t.vpc, f);
            for s in t.subnets.iter_mut() {
                f(s);
            }
            origin(&mut t.origin, f);
            for r in &mut t.routes {
                match &mut r.destination {
                    Destination::Cidr(_) => {}
                    Destination::PrefixList(s) | Destination::Unknown(s) => f(s),
                }
                match &mut r.target {
                    Target::Local => {}
                    Target::InternetGateway(s)
                    | Target::EgressOnlyGateway(s)
                    | Target::NatGateway(s)
                    | Target::Peering(s)
                    | Target::TransitGateway(s)
                    | Target::VpcEndpoint(s)
                    | Target::Unknown(s) => f(s),
                    Target::Other(attribute, s) => {
                        f(attribute);
                        f(s);
                    }
                }
                f(&mut r.resource);
                origin(&mut r.origin, f);
            }
        }
        keys(&mut self.gateways, f);
        for g in self.gateways.values_mut() {
            f(&mut g.address);
            option(&mut g.id, f);
            option(&mut g.attached_to, f);
            origin(&mut g.origin, f);
        }
        keys(&mut self.nacls, f);
        for n in self.nacls.values_mut() {
            f(&mut n.address);
            option(&mut n.id, f);
            option(&mut n.vpc, f);
            for s in n.subnets.iter_mut() {
                f(s);
            }
            origin(&mut n.origin, f);
            for r in &mut n.rules {
                if let Protocol::Unknown(s) = &mut r.protocol {
                    f(s);
                }
                if let Ports::Unknown(s) = &mut r.ports {
                    f(s);
                }
                peer(&mut r.peer, f);
                f(&mut r.resource);
                origin(&mut r.origin, f);
            }
        }
        keys(&mut self.incomplete, f);
        for s in self.incomplete.values_mut() {
            f(s);
        }
    }
}

impl NaclRule {
    /// Whether its CIDR is one the input marks sensitive (it counts, but is never printed).
    pub fn sensitive(&self) -> bool {
        matches!(
            self.peer,
            Peer::Cidr {
                sensitive: true,
                ..
            }
        )
    }
}
