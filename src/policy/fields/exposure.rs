//! The fields of `exposure` blocks (and their `unless` blocks): conditions on one exposure,
//! a group's direction, protocol, port range and peer, with what the change does to it.

use std::collections::BTreeMap;

use hcl_edit::Span;
use hcl_edit::structure::{Body, Structure};

use super::{At, Block, Conditions, Context, Field, overlaps_any, port_interval};
use super::{DIRECTIONS, FAMILIES, LIFECYCLES, PEERS, STATUSES};
use crate::diff::{ExposedPeer, Exposure};
use crate::model::{
    Change, Group, Growth, Lifecycle, Permission, PrefixLists, Protocol, Workload, WorkloadKind,
};
use crate::netset::{Family, IntervalSet, net_interval, private_set};
use crate::policy::glob::glob_match;

/// An exposure block: the conditions an exposure must meet, and those that excuse it when it
/// meets them too (`unless { ... }`, exposure fields only).
#[derive(Clone, Debug, Default)]
pub struct ExposureBlock {
    pub when: Conditions<ExposureMatch>,
    pub unless: Option<Conditions<ExposureMatch>>,
}

impl ExposureBlock {
    pub fn read(body: &Body, at: &At) -> Result<ExposureBlock, String> {
        let mut block = ExposureBlock::default();
        for s in body.iter() {
            match s {
                Structure::Attribute(a) => block.when.read_field(a, at)?,
                Structure::Block(b) if b.ident.as_str() == "unless" && block.unless.is_none() => {
                    let mut unless = Conditions::default();
                    for s in b.body.iter() {
                        let Structure::Attribute(a) = s else {
                            return Err(at(s.span(), ExposureMatch::ONLY_FIELDS.to_owned()));
                        };
                        unless.read_field(a, at)?;
                    }
                    block.unless = Some(unless);
                }
                other => {
                    return Err(at(
                        other.span(),
                        "an exposure block holds only fields and one `unless` block".to_owned(),
                    ));
                }
            }
        }
        Ok(block)
    }

    /// The conditions of the block, then those of its `unless` block.
    pub fn both(&self) -> impl Iterator<Item = &ExposureMatch> {
        std::iter::once(&self.when.values).chain(self.unless.as_ref().map(|u| &u.values))
    }
}

/// The values of an exposure block's fields; a field the rule does not set is `None`.
#[derive(Clone, Debug, Default)]
pub struct ExposureMatch {
    pub direction: Option<String>,
    pub protocols: Option<Vec<String>>,
    pub ports: Option<Vec<(u16, u16)>>,
    pub ports_outside: Option<Vec<(u16, u16)>>,
    pub port_span_at_least: Option<u32>,
    pub all_ports: Option<bool>,
    pub peers: Option<Vec<String>>,
    pub family: Option<String>,
    pub public: Option<bool>,
    pub world: Option<bool>,
    pub broad: Option<bool>,
    pub addresses_at_least: Option<u32>,
    pub trusted: Option<bool>,
    pub prefix_shorter_than: Option<u8>,
    pub status: Option<Vec<String>>,
    pub default_group: Option<bool>,
    pub lifecycle: Option<Vec<String>>,
    pub address: Option<String>,
    pub name: Option<String>,
    pub tags: Option<Vec<(String, String)>>,
    pub replaced_because: Option<Vec<String>>,
    pub within: Option<Vec<String>>,
    pub outside: Option<Vec<String>>,
    pub group_sets: Option<Vec<String>>,
    pub peer_group_sets: Option<Vec<String>>,
    pub attached: Option<bool>,
    pub workload_kinds: Option<Vec<String>>,
    pub egress_blocked_by: Option<Vec<String>>,
    pub reachable: Option<Vec<String>>,
    pub drift: Option<String>,
}

/// The words of `drift`.
const DRIFTS: [&str; 3] = ["added", "removed", "none"];

impl ExposureMatch {
    /// The networks the conditions name (`within`, `outside`): the configuration must define
    /// those that are not CIDRs.
    pub fn networks(&self) -> impl Iterator<Item = &String> {
        self.within.iter().chain(&self.outside).flatten()
    }

    /// The group sets the conditions name (`group_sets`, `peer_group_sets`): the
    /// configuration must define them.
    pub fn group_sets(&self) -> impl Iterator<Item = &String> {
        self.group_sets
            .iter()
            .chain(&self.peer_group_sets)
            .flatten()
    }
}

/// One exposure as the fields see it, on one side of the change.
#[derive(Clone, Copy)]
pub struct Seen<'a> {
    pub exposure: &'a Exposure,
    /// What the fields ask of the exposure, computed once for all the rules.
    pub facts: &'a ExposureFacts,
    /// What the change does to it (`added`, `unchanged`, `removed`) and, when it adds it,
    /// whether it widens what the group allowed.
    pub status: (Change, Option<Growth>),
    /// Its group, when the input holds it.
    pub group: Option<&'a Group>,
    /// The workloads that hold each group, on the exposure's side of the change (before it,
    /// for a resolved exposure), and the input's workloads.
    pub holders: &'a BTreeMap<String, Vec<std::sync::Arc<str>>>,
    pub workloads: &'a BTreeMap<String, Workload>,
    /// The configuration's networks and group sets.
    pub context: &'a Context,
    /// The networks the block (or its `unless` block) names, resolved once per rule.
    pub networks: &'a Networks,
}

/// What the fields of an exposure block ask of one exposure, computed once per exposure
/// rather than once per rule and exposure.
#[derive(PartialEq)]
pub struct ExposureFacts {
    /// The port interval (`port_interval`).
    pub range: Option<(u32, u32)>,
    /// The protocol as rules spell it (`Protocol`'s display).
    pub protocol: std::borrow::Cow<'static, str>,
    /// The kind of peer, as `peers` spells it.
    pub kind: &'static str,
    pub net: Option<ipnet::IpNet>,
    /// How many addresses the peer's CIDR holds (`None` for other peers), or, when it is part
    /// of a larger block that the group admits on the same protocol and ports on the same side
    /// of the change (a /24 widened to a /23: the added /24 is half of it), how many that block
    /// holds; `::/0`, which holds 2^128, counts as `u128::MAX`.
    pub addresses: Option<u128>,
    pub public: Option<bool>,
    pub world: Option<bool>,
    /// Whether a workload holds the exposure's group (on the side of the change the exposure
    /// is on), `None` when the input cannot tell.
    pub attached: Option<bool>,
    /// For egress to public addresses after the change: what blocks it, or its replies, for
    /// the workloads holding the group (`network::outbound`), when the network blocks it for
    /// one of them.
    pub egress_blocked_by: Vec<crate::network::Block>,
    /// For ingress from public addresses: whether the network lets it reach a workload holding
    /// the group, on the exposure's side of the change (`None` for other exposures).
    pub reachable: Option<crate::network::Reachable>,
    /// What the account changed outside Terraform about the permissions that make the
    /// exposure (`Input::drift_of`), when the input was compared with it.
    pub drift: Option<crate::model::DriftKind>,
}

impl ExposureFacts {
    /// The facts of one exposure; `merged` is how many addresses the block it is part of holds
    /// (see `addresses`), when the caller knows it.
    pub fn of(e: &Exposure, attached: Option<bool>, merged: Option<u128>) -> ExposureFacts {
        let protocol = match &e.range.protocol {
            Protocol::All => "all".into(),
            Protocol::Tcp => "tcp".into(),
            Protocol::Udp => "udp".into(),
            Protocol::Icmp => "icmp".into(),
            Protocol::Icmpv6 => "icmpv6".into(),
            other => other.to_string().into(),
        };
        ExposureFacts {
            range: port_interval(&e.range),
            protocol,
            kind: match &e.peer {
                ExposedPeer::Cidr(_) | ExposedPeer::Sensitive(_) => "cidr",
                ExposedPeer::Group(_) => "security_group",
                ExposedPeer::SelfRef => "self",
                ExposedPeer::PrefixList(..) => "prefix_list",
                ExposedPeer::Unknown(_) => "unknown",
            },
            net: match &e.peer {
                ExposedPeer::Cidr(n) | ExposedPeer::Sensitive(n) => Some(*n),
                _ => None,
            },
            addresses: match &e.peer {
                ExposedPeer::Cidr(n) | ExposedPeer::Sensitive(n) => {
                    Some(merged.unwrap_or(0).max(addresses(n)))
                }
                _ => None,
            },
            public: e.peer.public(),
            world: e.peer.world(),
            attached,
            egress_blocked_by: Vec::new(),
            reachable: None,
            drift: None,
        }
    }
}

/// The networks of `within` and `outside`, resolved once per rule.
#[derive(Default)]
pub struct Networks {
    within: Option<[IntervalSet; 2]>,
    outside: Option<[IntervalSet; 2]>,
}

impl Networks {
    pub fn of(m: &ExposureMatch, context: &Context) -> Networks {
        Networks {
            within: m.within.as_ref().map(|n| context.addresses(n)),
            outside: m.outside.as_ref().map(|n| context.addresses(n)),
        }
    }
}

/// The cells (protocol, port, address) of an exposure that a rule's conditions are about: the
/// ports `ports` names and `ports_outside` leaves out, the addresses `public = true`, `outside`
/// and `trusted = false` single out. A finding cites the permissions that grant some of them
/// (`grants`), not every permission that overlaps its exposures: a rule allowing
/// `192.168.0.0/16` is not cited for SSH from the internet. A field that narrows what a rule is
/// about is read here too.
pub struct About<'a> {
    ports: Option<&'a [(u16, u16)]>,
    ports_outside: Option<&'a [(u16, u16)]>,
    public: bool,
    /// Address sets whose complement the rule is about, per family (IPv4, IPv6).
    outside: Vec<&'a [IntervalSet; 2]>,
}

impl ExposureMatch {
    /// What the conditions are about, with the block's networks and the configuration's.
    pub fn about<'a>(&'a self, networks: &'a Networks, context: &'a Context) -> About<'a> {
        let mut outside: Vec<&[IntervalSet; 2]> = networks.outside.iter().collect();
        if self.trusted == Some(false) {
            outside.push(&context.trusted);
        }
        About {
            ports: self.ports.as_deref(),
            ports_outside: self.ports_outside.as_deref(),
            public: self.public == Some(true),
            outside,
        }
    }
}

impl About<'_> {
    /// Whether the permission grants a cell of the exposure that the rule is about. The
    /// permission is of the exposure's group, on its side of the change; one for all protocols
    /// grants every protocol, but only one for all protocols grants an exposure of all
    /// protocols (the diff reports what `all` covers under `all`).
    pub fn grants(&self, e: &Exposure, p: &Permission, lists: &PrefixLists) -> bool {
        if p.direction != e.direction {
            return false;
        }
        let (theirs, ours) = (&p.range, &e.range);
        if !theirs.is_known() || !ours.is_known() {
            // An unknown protocol or ports only equals itself.
            return theirs.protocol == ours.protocol && theirs.ports == ours.ports;
        }
        let protocol_grants = match (&theirs.protocol, &ours.protocol) {
            (Protocol::All, _) => true,
            (_, Protocol::All) => false,
            (a, b) => a == b,
        };
        if !protocol_grants {
            return false;
        }
        let Some(both) = theirs.intersect(ours) else {
            return false;
        };
        let span = port_interval(&both);
        if self.ports.is_some_and(|ports| !overlaps_any(span, ports))
            || self
                .ports_outside
                .is_some_and(|allowed| span.is_none_or(|r| covered(r, allowed)))
        {
            return false;
        }
        let peer = ExposedPeer::of(p, lists);
        let net = match (&peer, &e.peer) {
            (ExposedPeer::Cidr(a), ExposedPeer::Cidr(b))
            | (ExposedPeer::Sensitive(a), ExposedPeer::Sensitive(b))
                if Family::of(a) == Family::of(b) =>
            {
                (*a, *b)
            }
            // A group, `self`, a prefix list, an unknown value: one peer each.
            _ => return peer == e.peer,
        };
        let family = Family::of(&net.0);
        let mut set = IntervalSet::from_intervals(vec![net_interval(&net.0)])
            .intersection(&IntervalSet::from_intervals(vec![net_interval(&net.1)]));
        if self.public {
            set = set.difference(private_set(family));
        }
        for [v4, v6] in &self.outside {
            set = set.difference(if family == Family::V4 { v4 } else { v6 });
        }
        !set.is_empty()
    }
}

impl Block for ExposureMatch {
    const NAME: &'static str = "exposure";
    const ONLY_FIELDS: &'static str = "an exposure block holds only fields";
    type Seen<'a> = Seen<'a>;
    const FIELDS: &'static [Field<Self>] = &[
        Field {
            name: "direction",
            doc: "The exposure's direction.",
            example: "\"ingress\"",
            words: &DIRECTIONS,
            parse: |m, v| {
                m.direction = Some(v.one_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.direction
                    .as_ref()
                    .is_none_or(|d| d == s.exposure.direction.as_str())
            },
        },
        Field {
            name: "protocols",
            doc: "The exposure's protocol is one of these: `tcp`, `udp`, `icmp`, `icmpv6`, `all` or a protocol number, written as AWS takes them (`\"-1\"` is `all`, `\"6\"` and `\"TCP\"` are `tcp`).",
            example: "[\"tcp\", \"all\"]",
            words: &[],
            parse: |m, v| {
                m.protocols = Some(v.protocols()?);
                Ok(())
            },
            matches: |m, s| {
                m.protocols
                    .as_ref()
                    .is_none_or(|ps| ps.iter().any(|p| *p == s.facts.protocol))
            },
        },
        Field {
            name: "ports",
            doc: "The exposure's ports overlap one of these ports or ranges (`\"1024-65535\"`). All traffic and protocol numbers cover every port; ICMP and unknown ports never match.",
            example: "[22, 3389]",
            words: &[],
            parse: |m, v| {
                m.ports = Some(v.ports()?);
                Ok(())
            },
            matches: |m, s| {
                m.ports
                    .as_ref()
                    .is_none_or(|ps| overlaps_any(s.facts.range, ps))
            },
        },
        Field {
            name: "ports_outside",
            doc: "Some of the exposure's ports are not within these ports and ranges (an allow-list). ICMP and unknown ports never match.",
            example: "[80, 443]",
            words: &[],
            parse: |m, v| {
                m.ports_outside = Some(v.ports()?);
                Ok(())
            },
            matches: |m, s| {
                m.ports_outside
                    .as_ref()
                    .is_none_or(|allowed| s.facts.range.is_some_and(|r| !covered(r, allowed)))
            },
        },
        Field {
            name: "port_span_at_least",
            doc: "The exposure's port range holds at least this many ports (all traffic and protocol numbers hold 65536). ICMP and unknown ports never match.",
            example: "1000",
            words: &[],
            parse: |m, v| {
                m.port_span_at_least = Some(v.number()?);
                Ok(())
            },
            matches: |m, s| {
                m.port_span_at_least
                    .is_none_or(|n| s.facts.range.is_some_and(|(f, t)| t - f + 1 >= n))
            },
        },
        Field {
            name: "all_ports",
            doc: "`true`: the exposure covers every port, 0-65535 (all traffic, a protocol number, or a whole tcp or udp range); `false`: it does not (ICMP and unknown ports included).",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.all_ports = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.all_ports
                    .is_none_or(|want| (s.facts.range == Some((0, 65535))) == want)
            },
        },
        Field {
            name: "peers",
            doc: "The kind of peer is one of these: an address block (`cidr`, a sensitive one included), another security group, the group itself (`self`), a managed prefix list, or a value unknown until apply.",
            example: "[\"cidr\"]",
            words: &PEERS,
            parse: |m, v| {
                m.peers = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.peers
                    .as_ref()
                    .is_none_or(|ps| ps.iter().any(|p| p == s.facts.kind))
            },
        },
        Field {
            name: "family",
            doc: "The peer is an address block of this IP version; other peers never match.",
            example: "\"ipv6\"",
            words: &FAMILIES,
            parse: |m, v| {
                m.family = Some(v.one_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.family.as_ref().is_none_or(|f| {
                    s.facts
                        .net
                        .is_some_and(|n| (f == "ipv4") == n.addr().is_ipv4())
                })
            },
        },
        Field {
            name: "public",
            doc: "`true`: some of the peer's addresses are public (outside the private and special-purpose ranges); `false`: none is (a security group or `self` counts as no address). An unknown peer, or a prefix list whose entries are unknown, matches neither.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.public = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.public.is_none_or(|want| s.facts.public == Some(want)),
        },
        Field {
            name: "world",
            doc: "`true`: the peer holds a whole address family (`0.0.0.0/0`, `::/0`, or a prefix list holding one); `false`: it does not (a security group or `self` included). An unknown peer, or a prefix list whose entries are unknown, matches neither.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.world = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.world.is_none_or(|want| s.facts.world == Some(want)),
        },
        Field {
            name: "broad",
            doc: "`true`: the peer is an address block holding more addresses than the configuration's `broad_addresses` (256 unless it says otherwise: a /23 or wider in IPv4, a /119 or wider in IPv6); `false`: an address block holding at most that many (a few hosts). A block counts with the blocks next to it that the group admits on the same protocol and ports on the same side of the change: a /24 widened to a /23 is broad, its added half too. Other peers never match.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.broad = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.broad.is_none_or(|want| {
                    s.facts
                        .addresses
                        .is_some_and(|n| (n > u128::from(s.context.broad_addresses)) == want)
                })
            },
        },
        Field {
            name: "addresses_at_least",
            doc: "The peer is an address block holding at least this many addresses (a /24 holds 256, a /32 one; IPv6 blocks count the same way, `::/0` holding 2^128), counted with the blocks next to it as `broad` counts them; other peers never match.",
            example: "65536",
            words: &[],
            parse: |m, v| {
                m.addresses_at_least = Some(v.number()?);
                Ok(())
            },
            matches: |m, s| {
                m.addresses_at_least
                    .is_none_or(|n| s.facts.addresses.is_some_and(|a| a >= u128::from(n)))
            },
        },
        Field {
            name: "trusted",
            doc: "`true`: all the peer's addresses lie within the networks the configuration marks `trusted = true`; `false`: some do not. Peers that are not addresses, and prefix lists whose entries are unknown, never match.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.trusted = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.trusted
                    .is_none_or(|want| inside(s.exposure, &s.context.trusted) == Some(want))
            },
        },
        Field {
            name: "prefix_shorter_than",
            doc: "The peer is an address block whose prefix is shorter than this (0-128: `10.0.0.0/8` is shorter than 16); other peers never match.",
            example: "16",
            words: &[],
            parse: |m, v| {
                m.prefix_shorter_than = Some(
                    u8::try_from(v.number()?)
                        .map_err(|_| v.error("prefix_shorter_than must be 0-128".to_owned()))?,
                );
                Ok(())
            },
            matches: |m, s| {
                m.prefix_shorter_than
                    .is_none_or(|n| s.facts.net.is_some_and(|net| net.prefix_len() < n))
            },
        },
        Field {
            name: "status",
            doc: "What the change does to the exposure: adds it (`added`), keeps it (`unchanged`) or removes it (`removed`). `widened` is a kind of `added`: an added exposure whose group already allowed some of its ports on that direction and protocol, to other peers or on a narrower range (`added` matches it too; `unless { status = [\"widened\"] }` leaves it out). The words before JSON schema 2 (`new`, `existing`, `resolved`) are an error naming their replacement.",
            example: "[\"added\"]",
            words: &STATUSES,
            parse: |m, v| {
                m.status = Some(v.statuses()?);
                Ok(())
            },
            matches: |m, s| {
                let (change, growth) = s.status;
                m.status.as_ref().is_none_or(|l| {
                    l.iter()
                        .any(|x| x == change.as_str() || growth.is_some_and(|g| x == g.as_str()))
                })
            },
        },
        Field {
            name: "default_group",
            doc: "`true`: the exposure's group is a VPC's default security group; `false`: it is not.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.default_group = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.default_group
                    .is_none_or(|want| s.group.is_some_and(|g| g.default) == want)
            },
        },
        Field {
            name: "lifecycle",
            doc: "What the change does to the exposure's group: creates, updates, replaces or deletes it, forgets it (removes it from Terraform's state, leaving it in AWS), or nothing (`no-op`).",
            example: "[\"create\"]",
            words: &LIFECYCLES,
            parse: |m, v| {
                m.lifecycle = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.lifecycle.as_ref().is_none_or(|l| {
                    s.group
                        .is_some_and(|g| l.iter().any(|a| a == g.lifecycle.action()))
                })
            },
        },
        Field {
            name: "address",
            doc: "The Terraform address of the exposure's group matches this glob (`*` for any run of characters, `?` for one).",
            example: "\"module.db.*\"",
            words: &[],
            parse: |m, v| {
                m.address = Some(v.glob()?);
                Ok(())
            },
            matches: |m, s| {
                m.address
                    .as_ref()
                    .is_none_or(|glob| glob_match(glob, s.exposure.owner.name()))
            },
        },
        Field {
            name: "name",
            doc: "The `name` of the exposure's group matches this glob; a group whose name is not known never matches.",
            example: "\"web-*\"",
            words: &[],
            parse: |m, v| {
                m.name = Some(v.glob()?);
                Ok(())
            },
            matches: |m, s| {
                m.name.as_ref().is_none_or(|glob| {
                    s.group
                        .and_then(|g| g.name.as_deref())
                        .is_some_and(|n| glob_match(glob, n))
                })
            },
        },
        Field {
            name: "tags",
            doc: "Every tag named is on the exposure's group, with a value that matches its glob.",
            example: "{ env = \"prod*\" }",
            words: &[],
            parse: |m, v| {
                m.tags = Some(v.tags()?);
                Ok(())
            },
            matches: |m, s| {
                m.tags
                    .as_ref()
                    .is_none_or(|tags| s.group.is_some_and(|g| tags_match(tags, g)))
            },
        },
        Field {
            name: "replaced_because",
            doc: "The change replaces the exposure's group because one of these attributes changes (they force the replacement).",
            example: "[\"description\"]",
            words: &[],
            parse: |m, v| {
                m.replaced_because = Some(v.attribute_names()?);
                Ok(())
            },
            matches: |m, s| {
                m.replaced_because
                    .as_ref()
                    .is_none_or(|attrs| s.group.is_some_and(|g| replaced_because(attrs, g)))
            },
        },
        Field {
            name: "within",
            doc: "All the peer's addresses lie within these networks: names of the configuration's `network` blocks, or CIDRs. Peers that are not addresses, and prefix lists whose entries are unknown, never match.",
            example: "[\"office\", \"10.0.0.0/8\"]",
            words: &[],
            parse: |m, v| {
                m.within = Some(v.names()?);
                Ok(())
            },
            // The networks are resolved once per rule (`Networks`).
            matches: |_, s| {
                s.networks
                    .within
                    .as_ref()
                    .is_none_or(|n| inside(s.exposure, n) == Some(true))
            },
        },
        Field {
            name: "outside",
            doc: "Some of the peer's addresses lie outside these networks (names of the configuration's `network` blocks, or CIDRs). Peers that are not addresses, and prefix lists whose entries are unknown, never match.",
            example: "[\"office\"]",
            words: &[],
            parse: |m, v| {
                m.outside = Some(v.names()?);
                Ok(())
            },
            matches: |_, s| {
                s.networks
                    .outside
                    .as_ref()
                    .is_none_or(|n| inside(s.exposure, n) == Some(false))
            },
        },
        Field {
            name: "group_sets",
            doc: "The exposure's group is in one of these group sets of the configuration (`group_set` blocks: address globs).",
            example: "[\"databases\"]",
            words: &[],
            parse: |m, v| {
                m.group_sets = Some(v.names()?);
                Ok(())
            },
            matches: |m, s| {
                m.group_sets
                    .as_ref()
                    .is_none_or(|sets| s.context.in_sets(sets, s.exposure.owner.name()))
            },
        },
        Field {
            name: "peer_group_sets",
            doc: "The peer is a security group in one of these group sets of the configuration.",
            example: "[\"applications\"]",
            words: &[],
            parse: |m, v| {
                m.peer_group_sets = Some(v.names()?);
                Ok(())
            },
            matches: |m, s| {
                m.peer_group_sets.as_ref().is_none_or(|sets| {
                    matches!(&s.exposure.peer, ExposedPeer::Group(g) if s.context.in_sets(sets, g))
                })
            },
        },
        Field {
            name: "attached",
            doc: "`true`: a workload of the input holds the exposure's group (before the change, for a resolved exposure); `false`: it is known that none does: a group this change creates and no workload uses. Neither matches when the input cannot tell, as for an existing group that may be attached outside it (a configuration read without `--base` is read as a fresh apply: all its groups are new).",
            example: "false",
            words: &[],
            parse: |m, v| {
                m.attached = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.attached.is_none_or(|want| s.facts.attached == Some(want)),
        },
        Field {
            name: "workload_kinds",
            doc: "A workload of one of these kinds holds the exposure's group (before the change, for a resolved exposure).",
            example: "[\"database\", \"cache\"]",
            words: &WorkloadKind::NAMES,
            parse: |m, v| {
                m.workload_kinds = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.workload_kinds.as_ref().is_none_or(|kinds| {
                    s.holders
                        .get(s.exposure.owner.name())
                        .into_iter()
                        .flatten()
                        .filter_map(|w| s.workloads.get(&**w))
                        .any(|w| kinds.iter().any(|k| k == w.kind.as_str()))
                })
            },
        },
        Field {
            name: "egress_blocked_by",
            doc: "The exposure is egress to public addresses that the network blocks, after the change, for a workload holding the group, by one of these kinds: `route` (no way out: no internet gateway, egress-only gateway or public NAT gateway), `public_address` (the route leads to an internet gateway, but the workload holds no public IPv4 address for it), `network_acl` (the request is denied out), `return_traffic` (the network ACL denies the replies on the ephemeral ports 1024-65535: the seed's pitfall). Only for workloads in a subnet the input holds.",
            example: "[\"return_traffic\"]",
            words: &crate::network::BlockKind::NAMES,
            parse: |m, v| {
                m.egress_blocked_by = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.egress_blocked_by.as_ref().is_none_or(|kinds| {
                    s.facts
                        .egress_blocked_by
                        .iter()
                        .any(|b| kinds.iter().any(|k| k == b.kind.as_str()))
                })
            },
        },
        Field {
            name: "reachable",
            doc: "For ingress from public addresses: the network's verdict on it for the workloads holding the group, on the exposure's side of the change (the subnet's route to an internet gateway, a public address, its network ACL both ways, on the exposure's own protocol, ports and addresses): `yes` (it reaches one of them), `no` (the input holds workloads of the group and the network blocks it for each: one route or network ACL change would open it), `unknown` (no workload of the group in the input, which another stack may attach, or the input does not hold what decides). Other exposures never match. The built-in rules do not use it: a permission's verdict stands whatever the network (they say \"(blocked: …)\"); a pack can use it to tell blocked exposures apart.",
            example: "[\"yes\", \"unknown\"]",
            words: &super::REACHABLE,
            parse: |m, v| {
                m.reachable = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.reachable.as_ref().is_none_or(|l| {
                    s.facts
                        .reachable
                        .is_some_and(|r| l.iter().any(|w| w == r.as_str()))
                })
            },
        },
        Field {
            name: "drift",
            doc: "With `--deployed` (the account's AWS API JSON): `added` when a permission of the exposure is in the account and no Terraform resource declares it (added outside Terraform, by hand or by another tool; also a permission of a group Terraform does not manage, attached to a network interface it manages), `removed` when one is declared by Terraform and not in the account (removed outside Terraform), `none` otherwise (and always without `--deployed`).",
            example: "\"added\"",
            words: &DRIFTS,
            parse: |m, v| {
                m.drift = Some(v.one_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.drift.as_ref().is_none_or(|want| {
                    s.facts
                        .drift
                        .map_or("none", crate::model::DriftKind::as_str)
                        == want
                })
            },
        },
    ];
}

/// The group is replaced because one of these attributes changes.
pub fn replaced_because(attrs: &[String], group: &Group) -> bool {
    let Lifecycle::Replaced(r) = &group.lifecycle else {
        return false;
    };
    r.paths.iter().any(|p| {
        p.get(0)
            .and_then(|s| s.as_str())
            .is_some_and(|a| attrs.iter().any(|x| x == a))
    })
}

/// Every tag named is there and matches its glob.
pub fn tags_match(tags: &[(String, String)], group: &Group) -> bool {
    tags.iter()
        .all(|(k, glob)| group.tags.get(k).is_some_and(|v| glob_match(glob, v)))
}

/// Whether all the peer's addresses lie in the networks (`None` for peers that are not
/// addresses, or prefix lists whose entries are unknown).
fn inside(e: &Exposure, [v4, v6]: &[IntervalSet; 2]) -> Option<bool> {
    let nets: &[ipnet::IpNet] = match &e.peer {
        ExposedPeer::Cidr(n) | ExposedPeer::Sensitive(n) => std::slice::from_ref(n),
        ExposedPeer::PrefixList(_, Some(entries)) => entries,
        _ => return None,
    };
    Some(nets.iter().all(|n| {
        let set = if n.addr().is_ipv4() { v4 } else { v6 };
        set.contains(crate::netset::net_interval(n))
    }))
}

/// How many addresses a CIDR block holds; `::/0` (2^128) counts as `u128::MAX`.
pub fn addresses(net: &ipnet::IpNet) -> u128 {
    let bits = u32::from(net.max_prefix_len().saturating_sub(net.prefix_len()));
    1u128.checked_shl(bits).unwrap_or(u128::MAX)
}

/// Whether the allowed ports cover the whole range.
fn covered((from, to): (u32, u32), allowed: &[(u16, u16)]) -> bool {
    let mut sorted: Vec<(u32, u32)> = allowed
        .iter()
        .map(|&(f, t)| (u32::from(f), u32::from(t)))
        .collect();
    sorted.sort_unstable();
    let mut next = from;
    for (f, t) in sorted {
        if f > next {
            break;
        }
        if t >= next {
            next = t + 1;
        }
        if next > to {
            return true;
        }
    }
    next > to
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_counts() {
        let count = |c: &str| addresses(&c.parse().unwrap());
        assert_eq!(count("203.0.113.42/32"), 1);
        assert_eq!(count("198.51.100.0/24"), 256);
        assert_eq!(count("0.0.0.0/0"), 1 << 32);
        assert_eq!(count("2001:db8::/120"), 256);
        assert_eq!(count("2001:db8::/64"), 1 << 64);
        assert_eq!(count("::/1"), 1 << 127);
        assert_eq!(count("::/0"), u128::MAX);
    }

    #[test]
    fn port_coverage() {
        assert!(covered((80, 80), &[(80, 80), (443, 443)]));
        assert!(!covered((80, 443), &[(80, 80), (443, 443)]));
        assert!(covered((0, 65535), &[(0, 1000), (1001, 65535)]));
    }
}
