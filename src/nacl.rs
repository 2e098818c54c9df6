//! Network ACL semantics, exactly: what a NACL decides for every packet of one direction (the
//! first matching rule in number order, or the final deny), as sets over (protocol, port or
//! ICMP type/code, address); the questions reachability asks of it (does it let these packets
//! through, and their replies?) answered with the deciding rules; and a NACL's own exposure
//! diff before and after a change.
//!
//! AWS semantics (<https://docs.aws.amazon.com/vpc/latest/userguide/nacl-basics.html>,
//! <https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html>): inbound and outbound
//! rules are evaluated apart, "starting with the lowest numbered rule"; "as soon as a rule
//! matches traffic, it's applied even if any higher-numbered rule contradicts it"; a packet no
//! rule matches is denied (the `*` rule, which cannot be changed). A rule matches IPv4 packets
//! when its CIDR is IPv4 and IPv6 packets when it is IPv6. Protocol `-1` matches every protocol;
//! tcp and udp rules match a port range, ICMP and ICMPv6 rules a type and code (-1 all), other
//! protocol numbers have no ports. NACLs are stateless: a reply is evaluated by the other
//! direction's rules like any packet, so the ephemeral ports of clients must be allowed for
//! replies (<https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html>).
//!
//! A rule whose CIDR, protocol or ports are known only after apply may or may not match: what
//! it could decide (the packets it might match before any rule that surely matches, with the
//! other action) is [`Outcome::Unknown`], with that rule responsible. The packet space is cut
//! per protocol: each protocol some rule names on its own, and "the other protocols" (every
//! number no rule names, [`Protocols::Others`]), which only `-1` rules reach.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use ipnet::IpNet;

use crate::model::{Direction, Nacl, NaclRule, Peer, PortRange, Ports, Protocol};
use crate::netset::{Family, IntervalSet, net_interval, rectangles, to_cidrs};

/// The ephemeral ports a reply goes to: "allow inbound and outbound traffic on ports 1024-65535"
/// covers the clients of every operating system
/// (<https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html>).
pub const EPHEMERAL: (u16, u16) = (1024, 65535);

/// What a NACL does with a packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    Allowed,
    Denied,
    /// It depends on a value known only after apply (a rule's CIDR, protocol or ports).
    Unknown,
}

/// The protocol numbers a part of the packet space stands for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Protocols {
    /// One protocol (never `All` nor `Unknown`).
    One(Protocol),
    /// Every protocol number but these (the ones rules name on their own), sorted.
    Others(Vec<Protocol>),
}

impl Protocols {
    /// The span of the protocol's port dimension: tcp/udp ports, ICMP `type * 256 + code`
    /// (see [`Ports::interval`]), or one point for protocols without ports.
    fn dimension(&self) -> (u32, u32) {
        match self {
            Protocols::One(p) if p.has_ports() => (0, 65535),
            _ => (0, 0),
        }
    }

    /// The ports of an interval of the dimension, as AWS writes them.
    fn ports(&self, lo: u32, hi: u32) -> Vec<Ports> {
        match self {
            Protocols::One(p) if p.has_ports() => Ports::covering(p, lo, hi),
            _ => vec![Ports::All],
        }
    }

    /// `tcp/443`, `protocol 50`, `all`, `all protocols but tcp, udp`.
    pub fn label(&self, ports: &Ports) -> String {
        match self {
            Protocols::One(p) => PortRange::new(p.clone(), ports.clone()).to_string(),
            Protocols::Others(named) if named.is_empty() => "all".to_owned(),
            Protocols::Others(named) => {
                let names: Vec<String> = named.iter().map(ToString::to_string).collect();
                format!("all protocols but {}", names.join(", "))
            }
        }
    }
}

/// A rule that decides part of the packet space: `None` is the final deny.
pub type Decider<'a> = Option<&'a NaclRule>;

/// A part of one direction's packet space that the NACL decides alike: one protocol (or the
/// other protocols), an interval of its port dimension, and addresses of one family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part<'a> {
    pub protocols: Protocols,
    /// An interval of the protocol's port dimension: tcp/udp ports, ICMP `type * 256 + code`,
    /// `(0, 0)` for protocols without ports; [`Part::ports`] writes it as AWS does.
    pub span: (u32, u32),
    pub family: Family,
    pub addrs: IntervalSet,
    pub outcome: Outcome,
    /// The first rule that surely matches (`None`: the final deny); for an unknown part, the
    /// rule whose value known only after apply could decide it otherwise.
    pub rule: Decider<'a>,
}

impl Part<'_> {
    /// The ports of the part as AWS writes them (ICMP may need several).
    pub fn ports(&self) -> Vec<Ports> {
        self.protocols.ports(self.span.0, self.span.1)
    }
}

// ---------------------------------------------------------------------------------------------
// Evaluation.

/// The rules of one direction, in evaluation order (rule number; AWS rejects two rules of one
/// direction with the same number, the input's order breaks ties).
fn direction_rules(nacl: &Nacl, direction: Direction) -> Vec<&NaclRule> {
    let mut rules: Vec<&NaclRule> = nacl
        .rules
        .iter()
        .filter(|r| r.direction == direction)
        .collect();
    rules.sort_by_key(|r| r.number);
    rules
}

/// The protocols rules name on their own (not `-1`, not unknown).
fn named(rules: &[&NaclRule]) -> BTreeSet<Protocol> {
    rules
        .iter()
        .filter(|r| !matches!(r.protocol, Protocol::All | Protocol::Unknown(_)))
        .map(|r| r.protocol.clone())
        .collect()
}

/// Each named protocol, then the others.
fn classes(named: &BTreeSet<Protocol>) -> Vec<Protocols> {
    let mut out: Vec<Protocols> = named.iter().cloned().map(Protocols::One).collect();
    out.push(Protocols::Others(named.iter().cloned().collect()));
    out
}

fn world(family: Family) -> (u128, u128) {
    match family {
        Family::V4 => (0, u128::from(u32::MAX)),
        Family::V6 => (0, u128::MAX),
    }
}

/// How a rule meets a protocol's packets: `None` when it never matches them; else the interval
/// of the port dimension it matches, `None` inside when its protocol or ports are unknown (it
/// may match any of them).
fn rule_span(rule: &NaclRule, class: &Protocols) -> Option<Option<(u32, u32)>> {
    match (&rule.protocol, class) {
        (Protocol::Unknown(_), _) => Some(None),
        (Protocol::All, _) => Some(Some(class.dimension())),
        (p, Protocols::One(q)) if p == q => match &rule.ports {
            Ports::Unknown(_) => Some(None),
            ports if p.has_ports() => Some(Some(ports.interval())),
            _ => Some(Some(class.dimension())),
        },
        _ => None,
    }
}

/// The addresses of a family a rule matches, and whether surely (`false`: its CIDR is unknown,
/// it may match any of them).
fn rule_addrs(rule: &NaclRule, family: Family) -> Option<((u128, u128), bool)> {
    match &rule.peer {
        Peer::Cidr { net, .. } => (Family::of(net) == family).then(|| (net_interval(net), true)),
        _ => Some((world(family), false)),
    }
}

/// The elementary intervals of `range` cut at every bound of the rules' port intervals.
fn segments(rules: &[&NaclRule], class: &Protocols, range: (u32, u32)) -> Vec<(u32, u32)> {
    let mut bounds: Vec<u32> = vec![range.0, range.1 + 1];
    for rule in rules {
        if let Some(Some((lo, hi))) = rule_span(rule, class) {
            bounds.extend(
                [lo, hi + 1]
                    .into_iter()
                    .filter(|b| range.0 < *b && *b <= range.1),
            );
        }
    }
    bounds.sort_unstable();
    bounds.dedup();
    bounds
        .windows(2)
        .filter_map(|w| match w {
            [lo, next] => Some((*lo, next - 1)),
            _ => None,
        })
        .collect()
}

/// A piece of one segment: addresses, outcome and the index of the deciding rule.
#[derive(Debug, Clone)]
struct Piece {
    addrs: IntervalSet,
    outcome: Outcome,
    rule: Option<usize>,
}

/// First match over the addresses `space` of one family, on one segment of one protocol's port
/// dimension (every rule's interval holds the segment whole or not at all).
///
/// The packets not decided yet are kept apart by the first rule of each action that may (but
/// need not) have matched them: a packet that a sure rule then decides is unknown when such a
/// rule of the other action came before it (it would have decided otherwise), that rule
/// responsible; else the sure rule decides it.
fn first_match(
    rules: &[&NaclRule],
    class: &Protocols,
    family: Family,
    segment: (u32, u32),
    space: IntervalSet,
) -> Vec<Piece> {
    // (first maybe-allow, first maybe-deny) -> the undecided packets.
    let mut pending: BTreeMap<(Option<usize>, Option<usize>), IntervalSet> = BTreeMap::new();
    pending.insert((None, None), space);
    let mut out: Vec<Piece> = Vec::new();
    for (i, rule) in rules.iter().enumerate() {
        let Some(span) = rule_span(rule, class) else {
            continue;
        };
        if span.is_some_and(|(lo, hi)| segment.0 < lo || hi < segment.1) {
            continue;
        }
        let Some((block, sure_addrs)) = rule_addrs(rule, family) else {
            continue;
        };
        let sure = sure_addrs && span.is_some();
        let block = IntervalSet::from_interval(block.0, block.1);
        let mut next: BTreeMap<(Option<usize>, Option<usize>), IntervalSet> = BTreeMap::new();
        for (key, set) in pending {
            let hit = set.intersection(&block);
            let rest = set.difference(&block);
            if !rest.is_empty() {
                merge_into(&mut next, key, rest);
            }
            if hit.is_empty() {
                continue;
            }
            let (maybe_allow, maybe_deny) = key;
            if sure {
                let other = if rule.allow { maybe_deny } else { maybe_allow };
                out.push(match other {
                    Some(j) => Piece {
                        addrs: hit,
                        outcome: Outcome::Unknown,
                        rule: Some(j),
                    },
                    None => Piece {
                        addrs: hit,
                        outcome: if rule.allow {
                            Outcome::Allowed
                        } else {
                            Outcome::Denied
                        },
                        rule: Some(i),
                    },
                });
            } else {
                let key = if rule.allow {
                    (maybe_allow.or(Some(i)), maybe_deny)
                } else {
                    (maybe_allow, maybe_deny.or(Some(i)))
                };
                merge_into(&mut next, key, hit);
            }
        }
        pending = next;
    }
    // The final deny.
    for ((maybe_allow, _), set) in pending {
        out.push(Piece {
            addrs: set,
            outcome: if maybe_allow.is_some() {
                Outcome::Unknown
            } else {
                Outcome::Denied
            },
            rule: maybe_allow,
        });
    }
    // One piece per (outcome, rule).
    type Decided = (Outcome, Option<usize>);
    let mut merged: BTreeMap<Decided, Vec<(u128, u128)>> = BTreeMap::new();
    for piece in out {
        merged
            .entry((piece.outcome, piece.rule))
            .or_default()
            .extend_from_slice(piece.addrs.intervals());
    }
    merged
        .into_iter()
        .map(|((outcome, rule), ivs)| Piece {
            addrs: IntervalSet::from_intervals(ivs),
            outcome,
            rule,
        })
        .collect()
}

fn merge_into<K: Ord>(map: &mut BTreeMap<K, IntervalSet>, key: K, set: IntervalSet) {
    match map.get_mut(&key) {
        Some(old) => {
            let mut ivs = old.intervals().to_vec();
            ivs.extend_from_slice(set.intervals());
            *old = IntervalSet::from_intervals(ivs);
        }
        None => {
            map.insert(key, set);
        }
    }
}

/// One protocol and family of one direction, cut into port segments, each decided in pieces.
struct Grid {
    class: Protocols,
    family: Family,
    segments: Vec<(u32, u32)>,
    /// One list per segment.
    pieces: Vec<Vec<Piece>>,
}

fn grid(
    rules: &[&NaclRule],
    class: Protocols,
    family: Family,
    segments: Vec<(u32, u32)>,
    space: &IntervalSet,
) -> Grid {
    let pieces = segments
        .iter()
        .map(|&seg| first_match(rules, &class, family, seg, space.clone()))
        .collect();
    Grid {
        class,
        family,
        segments,
        pieces,
    }
}

fn parts<'a>(grid: &Grid, rules: &[&'a NaclRule]) -> Vec<Part<'a>> {
    let mut out = Vec::new();
    for (&span, pieces) in grid.segments.iter().zip(&grid.pieces) {
        for piece in pieces {
            out.push(Part {
                protocols: grid.class.clone(),
                span,
                family: grid.family,
                addrs: piece.addrs.clone(),
                outcome: piece.outcome,
                rule: piece.rule.and_then(|i| rules.get(i).copied()),
            });
        }
    }
    out
}

/// What a NACL decides for every packet of one direction, exactly: the whole packet space
/// (each protocol its rules name, then the others; both families; every port) in disjoint parts.
/// Its allow-set is the parts with [`Outcome::Allowed`].
pub fn effective(nacl: &Nacl, direction: Direction) -> Vec<Part<'_>> {
    let rules = direction_rules(nacl, direction);
    let mut out = Vec::new();
    for class in classes(&named(&rules)) {
        for family in [Family::V4, Family::V6] {
            let (lo, hi) = world(family);
            let space = IntervalSet::from_interval(lo, hi);
            let segs = segments(&rules, &class, class.dimension());
            out.extend(parts(
                &grid(&rules, class.clone(), family, segs, &space),
                &rules,
            ));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Questions.

/// How much of the packets asked about a NACL lets through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// All of them (also when none were asked about).
    All,
    /// Some surely, some surely not (some may also be unknown).
    Some,
    /// None of them.
    None,
    /// Some are unknown, and all the others are decided alike.
    Unknown,
}

/// What a NACL does with some packets of one direction: the parts they fall into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict<'a> {
    pub direction: Direction,
    pub parts: Vec<Part<'a>>,
}

impl<'a> Verdict<'a> {
    pub fn answer(&self) -> Answer {
        let has = |o: Outcome| self.parts.iter().any(|p| p.outcome == o);
        let (allowed, denied, unknown) = (
            has(Outcome::Allowed),
            has(Outcome::Denied),
            has(Outcome::Unknown),
        );
        match (allowed, denied, unknown) {
            (_, false, false) => Answer::All,
            (false, _, false) => Answer::None,
            (true, true, _) => Answer::Some,
            _ => Answer::Unknown,
        }
    }

    /// Why some packets do not surely get through: one reason per deciding rule, ports and
    /// blocks (the denied, then the unknown), each one sentence.
    pub fn reasons(&self) -> Vec<Reason<'a>> {
        let mut out = Vec::new();
        for outcome in [Outcome::Denied, Outcome::Unknown] {
            out.extend(reasons_of(self.direction, &self.parts, outcome));
        }
        out
    }
}

/// Why some packets are denied (or unknown): one rule (or the final deny), a protocol and its
/// ports, and the blocks, as one sentence ([`fmt::Display`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason<'a> {
    pub direction: Direction,
    pub outcome: Outcome,
    pub rule: Decider<'a>,
    pub protocols: Protocols,
    pub ports: Ports,
    pub nets: Vec<IpNet>,
}

impl Reason<'_> {
    fn what(&self) -> String {
        let dir = match self.direction {
            Direction::Ingress => "from",
            Direction::Egress => "to",
        };
        let nets: Vec<String> = self.nets.iter().map(ToString::to_string).collect();
        format!(
            "{} {dir} {}",
            self.protocols.label(&self.ports),
            nets.join(", ")
        )
    }

    /// Why a rule's match is unknown: "its CIDR is known only after apply (var.x)".
    fn unknown_why(rule: &NaclRule) -> String {
        let what = match (&rule.peer, &rule.protocol, &rule.ports) {
            (Peer::Unknown(r), _, _) => format!("CIDR is known only after apply ({r})"),
            (Peer::Cidr { .. }, Protocol::Unknown(r), _) => {
                format!("protocol is known only after apply ({r})")
            }
            (Peer::Cidr { .. }, _, Ports::Unknown(r)) => {
                format!("ports are known only after apply ({r})")
            }
            _ => "addresses are not known".to_owned(),
        };
        format!("rule {}'s {what}", rule.number)
    }

    /// As a sentence about the reply of a flow: "return traffic on tcp/1024-2047 to 0.0.0.0/0
    /// denied by rule 100".
    pub fn as_return(&self) -> String {
        let what = self.what();
        match (self.outcome, self.rule) {
            (Outcome::Denied, Some(rule)) => {
                format!("return traffic on {what} denied by rule {}", rule.number)
            }
            (Outcome::Denied, None) => {
                format!("return traffic on {what} denied: no rule allows it (the final deny)")
            }
            (Outcome::Allowed, Some(rule)) => {
                format!("return traffic on {what} allowed by rule {}", rule.number)
            }
            (_, Some(rule)) => format!(
                "return traffic on {what} unknown: {}",
                Reason::unknown_why(rule)
            ),
            (_, None) => format!("return traffic on {what} unknown"),
        }
    }
}

impl fmt::Display for Reason<'_> {
    /// "rule 90 denies tcp/443 from 0.0.0.0/0", "no rule allows tcp/1024-65535 to 0.0.0.0/0
    /// (the final deny)", "tcp/22 from 0.0.0.0/0 is unknown: rule 80's CIDR is known only after
    /// apply (var.x)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = self.what();
        match (self.outcome, self.rule) {
            (Outcome::Denied, Some(rule)) => write!(f, "rule {} denies {what}", rule.number),
            (Outcome::Denied, None) => write!(f, "no rule allows {what} (the final deny)"),
            (Outcome::Allowed, Some(rule)) => write!(f, "rule {} allows {what}", rule.number),
            (_, Some(rule)) => write!(f, "{what} is unknown: {}", Reason::unknown_why(rule)),
            (_, None) => write!(f, "{what} is unknown"),
        }
    }
}

/// The parts of one outcome, grouped by deciding rule and protocol, covered with few rectangles
/// (port range × CIDR block), the blocks of one rule on the same ports in one reason.
fn reasons_of<'a>(direction: Direction, parts: &[Part<'a>], outcome: Outcome) -> Vec<Reason<'a>> {
    // (rule number or none, protocols, family) -> (span -> addresses).
    type Key = (Option<u32>, Protocols, Family);
    type Spans = BTreeMap<(u32, u32), IntervalSet>;
    let mut groups: BTreeMap<Key, (Decider, Spans)> = BTreeMap::new();
    for part in parts.iter().filter(|p| p.outcome == outcome) {
        let key = (
            part.rule.map(|r| r.number),
            part.protocols.clone(),
            part.family,
        );
        let entry = groups
            .entry(key)
            .or_insert_with(|| (part.rule, BTreeMap::new()));
        merge_into(&mut entry.1, part.span, part.addrs.clone());
    }
    let mut out = Vec::new();
    for ((_, protocols, family), (rule, spans)) in groups {
        // Spans of the same rule are disjoint; fill the gaps with empty sets so that only
        // touching spans merge.
        let mut segs: Vec<(u32, u32)> = Vec::new();
        let mut sets: Vec<IntervalSet> = Vec::new();
        for (span, set) in spans {
            if let Some(&(_, last)) = segs.last()
                && last + 1 < span.0
            {
                segs.push((last + 1, span.0 - 1));
                sets.push(IntervalSet::default());
            }
            segs.push(span);
            sets.push(set);
        }
        let mut by_ports: BTreeMap<(u32, u32), Vec<IpNet>> = BTreeMap::new();
        for (net, _, first, last) in rectangles(&sets, |set| cidr_blocks(family, set)) {
            if let (Some(lo), Some(hi)) = (segs.get(first), segs.get(last)) {
                by_ports.entry((lo.0, hi.1)).or_default().push(net);
            }
        }
        for ((lo, hi), mut nets) in by_ports {
            nets.sort();
            for ports in protocols.ports(lo, hi) {
                out.push(Reason {
                    direction,
                    outcome,
                    rule,
                    protocols: protocols.clone(),
                    ports,
                    nets: nets.clone(),
                });
            }
        }
    }
    out
}

fn cidr_blocks(family: Family, set: &IntervalSet) -> Vec<(IpNet, (u128, u128))> {
    to_cidrs(family, set)
        .into_iter()
        .map(|net| (net, net_interval(&net)))
        .collect()
}

/// What a NACL does with the packets of one direction of one protocol, on some ports (the
/// tcp/udp ports, ICMP type and code, ignored for protocols without ports; `Protocol::All`: every
/// protocol on every port) to (`Egress`) or from (`Ingress`) some addresses of one family.
/// A protocol or ports known only after apply make the whole answer unknown (no rule named).
pub fn check<'a>(
    nacl: &'a Nacl,
    direction: Direction,
    protocol: &Protocol,
    ports: &Ports,
    family: Family,
    addrs: &IntervalSet,
) -> Verdict<'a> {
    let rules = direction_rules(nacl, direction);
    let classes: Vec<(Protocols, (u32, u32))> = match (protocol, ports) {
        (Protocol::Unknown(_), _) | (_, Ports::Unknown(_)) => {
            let part = Part {
                protocols: Protocols::Others(Vec::new()),
                span: (0, 0),
                family,
                addrs: addrs.clone(),
                outcome: Outcome::Unknown,
                rule: None,
            };
            return Verdict {
                direction,
                parts: vec![part],
            };
        }
        (Protocol::All, _) => classes(&named(&rules))
            .into_iter()
            .map(|c| {
                let dim = c.dimension();
                (c, dim)
            })
            .collect(),
        (p, ports) => {
            let class = Protocols::One(p.clone());
            let span = if p.has_ports() {
                ports.interval()
            } else {
                class.dimension()
            };
            vec![(class, span)]
        }
    };
    let mut out = Vec::new();
    for (class, span) in classes {
        let segs = segments(&rules, &class, span);
        out.extend(parts(&grid(&rules, class, family, segs, addrs), &rules));
    }
    out.retain(|p| !p.addrs.is_empty());
    Verdict {
        direction,
        parts: out,
    }
}

/// A flow through a stateless NACL: its first packets, and the replies (`None` when the
/// protocol has no reply to check: ICMP other than echo, or `Protocol::All`, which the caller
/// asks protocol by protocol).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow<'a> {
    pub request: Verdict<'a>,
    pub reply: Option<Verdict<'a>>,
}

impl Flow<'_> {
    /// Whether the flow gets through: both its packets and its replies (the least of both).
    pub fn answer(&self) -> Answer {
        let request = self.request.answer();
        let Some(reply) = &self.reply else {
            return request;
        };
        // A reply is to every client of the request: it is needed for each of them, on all
        // of the ephemeral ports.
        match (request, reply.answer()) {
            (Answer::None, _) | (_, Answer::None) => Answer::None,
            (Answer::All, Answer::All) => Answer::All,
            (Answer::Unknown, _) | (_, Answer::Unknown) => Answer::Unknown,
            _ => Answer::Some,
        }
    }

    /// One sentence per reason the flow does not surely get through: the request's, then the
    /// replies' ("return traffic on tcp/1024-2047 to 0.0.0.0/0 denied by rule 100").
    pub fn reasons(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .request
            .reasons()
            .iter()
            .map(ToString::to_string)
            .collect();
        if let Some(reply) = &self.reply {
            out.extend(reply.reasons().iter().map(Reason::as_return));
        }
        out
    }
}

/// A flow that the groups allow: `Ingress`, packets from `addrs` to the subnet's workloads on
/// these ports (the NACL must let them in, and their replies out to the clients' ephemeral
/// ports); `Egress`, packets to `addrs` (out, and the replies back in to the workload's
/// ephemeral ports). The reply of tcp and udp goes to ports [`EPHEMERAL`], of an ICMP echo
/// request is the echo reply, of another protocol without ports is that protocol.
pub fn check_flow<'a>(
    nacl: &'a Nacl,
    direction: Direction,
    protocol: &Protocol,
    ports: &Ports,
    family: Family,
    addrs: &IntervalSet,
) -> Flow<'a> {
    let request = check(nacl, direction, protocol, ports, family, addrs);
    let back = match direction {
        Direction::Ingress => Direction::Egress,
        Direction::Egress => Direction::Ingress,
    };
    let echo = |kind: u8| Ports::Icmp {
        kind: Some(kind),
        code: Some(0),
    };
    let reply_ports = match (protocol, ports) {
        (Protocol::Tcp | Protocol::Udp, _) => Some(Ports::Range(EPHEMERAL.0, EPHEMERAL.1)),
        // Echo request 8 → echo reply 0 (ICMP); 128 → 129 (ICMPv6).
        (Protocol::Icmp, Ports::Icmp { kind: Some(8), .. }) => Some(echo(0)),
        (
            Protocol::Icmpv6,
            Ports::Icmp {
                kind: Some(128), ..
            },
        ) => Some(echo(129)),
        (Protocol::Number(_) | Protocol::Unknown(_), _) => Some(ports.clone()),
        _ => None,
    };
    let reply = reply_ports.map(|p| check(nacl, back, protocol, &p, family, addrs));
    Flow { request, reply }
}

// ---------------------------------------------------------------------------------------------
// The NACL's exposure diff.

/// One row of a NACL's exposure diff: a rectangle of one direction's packet space (a protocol
/// or the other protocols, ports, a CIDR block) and the rules that decide it on each side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    pub direction: Direction,
    pub protocols: Protocols,
    pub ports: Ports,
    pub net: IpNet,
    /// The rules that decide its packets before the change (`None`: the final deny), in rule
    /// order; empty when there is no NACL before it.
    pub before: Vec<Decider<'a>>,
    /// The same after the change.
    pub after: Vec<Decider<'a>>,
}

impl Row<'_> {
    /// "ingress tcp/22 from 0.0.0.0/0".
    pub fn label(&self) -> String {
        let dir = match self.direction {
            Direction::Ingress => "from",
            Direction::Egress => "to",
        };
        format!(
            "{} {} {dir} {}",
            self.direction.as_str(),
            self.protocols.label(&self.ports),
            self.net
        )
    }
}

/// A NACL's exposure diff. Its rows are pairwise disjoint, and together they cover exactly what
/// it allows before or after the change and what is unknown on either side: `added` is allowed
/// after and denied before (or there was no NACL), `removed` the reverse, `unchanged` allowed
/// on both sides, `unknown` what one side (or both) decides by a value known only after apply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NaclDiff<'a> {
    pub added: Vec<Row<'a>>,
    pub removed: Vec<Row<'a>>,
    pub unchanged: Vec<Row<'a>>,
    pub unknown: Vec<Row<'a>>,
}

/// Compares what a NACL allows before and after a change (`None`: no NACL on that side). Cost:
/// per direction and protocol, the port segments of both sides' rules times their rules.
pub fn diff<'a>(before: Option<&'a Nacl>, after: Option<&'a Nacl>) -> NaclDiff<'a> {
    let mut out = NaclDiff::default();
    for direction in [Direction::Ingress, Direction::Egress] {
        let rules_b = before
            .map(|n| direction_rules(n, direction))
            .unwrap_or_default();
        let rules_a = after
            .map(|n| direction_rules(n, direction))
            .unwrap_or_default();
        let mut names = named(&rules_b);
        names.extend(named(&rules_a));
        for class in classes(&names) {
            for family in [Family::V4, Family::V6] {
                let (lo, hi) = world(family);
                let space = IntervalSet::from_interval(lo, hi);
                let both: Vec<&NaclRule> = rules_b.iter().chain(&rules_a).copied().collect();
                let segs = segments(&both, &class, class.dimension());
                let side = |present: bool, rules: &[&NaclRule]| {
                    present.then(|| grid(rules, class.clone(), family, segs.clone(), &space))
                };
                let gb = side(before.is_some(), &rules_b);
                let ga = side(after.is_some(), &rules_a);
                compare_grids(
                    direction,
                    &class,
                    family,
                    &segs,
                    [gb.as_ref(), ga.as_ref()],
                    [&rules_b, &rules_a],
                    &mut out,
                );
            }
        }
    }
    for list in [
        &mut out.added,
        &mut out.removed,
        &mut out.unchanged,
        &mut out.unknown,
    ] {
        list.sort_by(|x, y| {
            (x.direction, &x.protocols, &x.ports, x.net).cmp(&(
                y.direction,
                &y.protocols,
                &y.ports,
                y.net,
            ))
        });
    }
    out
}

/// Covers a set given per segment with rectangles that never overlap: each CIDR block of a
/// segment's set (see [`to_cidrs`]) runs over the following segments whose sets hold the very
/// same block. Each is its block, its interval, and its first and last segment.
fn disjoint_rectangles(
    family: Family,
    sets: &[IntervalSet],
) -> Vec<(IpNet, (u128, u128), usize, usize)> {
    let mut out = Vec::new();
    // The runs still open: block -> (its net, first segment).
    let mut open: BTreeMap<(u128, u128), (IpNet, usize)> = BTreeMap::new();
    for (j, set) in sets.iter().enumerate() {
        let mut next = BTreeMap::new();
        for (net, block) in cidr_blocks(family, set) {
            let first = open.remove(&block).map_or(j, |(_, first)| first);
            next.insert(block, (net, first));
        }
        for (block, (net, first)) in std::mem::replace(&mut open, next) {
            out.push((net, block, first, j.saturating_sub(1)));
        }
    }
    let end = sets.len().saturating_sub(1);
    out.extend(
        open.into_iter()
            .map(|(block, (net, first))| (net, block, first, end)),
    );
    out
}

/// The addresses of one outcome on a side's segment (none when there is no NACL).
fn outcome_set(grid: Option<&Grid>, j: usize, outcome: Outcome) -> IntervalSet {
    let ivs: Vec<(u128, u128)> = grid
        .and_then(|g| g.pieces.get(j))
        .into_iter()
        .flatten()
        .filter(|p| p.outcome == outcome)
        .flat_map(|p| p.addrs.intervals().iter().copied())
        .collect();
    IntervalSet::from_intervals(ivs)
}

fn compare_grids<'a>(
    direction: Direction,
    class: &Protocols,
    family: Family,
    segs: &[(u32, u32)],
    grids: [Option<&Grid>; 2],
    rules: [&[&'a NaclRule]; 2],
    out: &mut NaclDiff<'a>,
) {
    let [gb, ga] = grids;
    let (mut added, mut removed, mut unchanged, mut unknown) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for j in 0..segs.len() {
        let (ab, aa) = (
            outcome_set(gb, j, Outcome::Allowed),
            outcome_set(ga, j, Outcome::Allowed),
        );
        let (ub, ua) = (
            outcome_set(gb, j, Outcome::Unknown),
            outcome_set(ga, j, Outcome::Unknown),
        );
        let mut u = ub.intervals().to_vec();
        u.extend_from_slice(ua.intervals());
        let u = IntervalSet::from_intervals(u);
        added.push(aa.difference(&ab).difference(&u));
        removed.push(ab.difference(&aa).difference(&u));
        unchanged.push(aa.intersection(&ab));
        unknown.push(u);
    }
    let [rb, ra] = rules;
    let deciders =
        |grid: Option<&Grid>, rules: &[&'a NaclRule], block: (u128, u128), first, last| {
            let mut found: BTreeSet<(Option<usize>,)> = BTreeSet::new();
            if let Some(g) = grid {
                for pieces in g.pieces.iter().take(last + 1).skip(first) {
                    for p in pieces {
                        if p.addrs
                            .intersects(&IntervalSet::from_interval(block.0, block.1))
                        {
                            found.insert((p.rule,));
                        }
                    }
                }
            }
            // Rules in number order, the final deny last.
            let mut list: Vec<Option<usize>> = found.into_iter().map(|(r,)| r).collect();
            list.sort_by_key(|r| r.map_or(usize::MAX, |i| i));
            list.into_iter()
                .map(|r| r.and_then(|i| rules.get(i).copied()))
                .collect::<Vec<Decider<'a>>>()
        };
    for (sets, sink) in [
        (added, &mut out.added),
        (removed, &mut out.removed),
        (unchanged, &mut out.unchanged),
        (unknown, &mut out.unknown),
    ] {
        for (net, block, first, last) in disjoint_rectangles(family, &sets) {
            let (Some(lo), Some(hi)) = (segs.get(first), segs.get(last)) else {
                continue;
            };
            let before = deciders(gb, rb, block, first, last);
            let after = deciders(ga, ra, block, first, last);
            for ports in class.ports(lo.0, hi.1) {
                sink.push(Row {
                    direction,
                    protocols: class.clone(),
                    ports,
                    net,
                    before: before.clone(),
                    after: after.clone(),
                });
            }
        }
    }
}
