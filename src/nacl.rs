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
use crate::netset::{Family, IntervalSet, describe, net_interval, rectangles, to_cidrs};

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

    /// An interval of the port dimension as one label: `tcp/1024-2047`, `icmp/type 8 code
    /// 1-255`, `icmp/types 3-5`, `protocol 50`, `all protocols but tcp`.
    pub fn span_label(&self, lo: u32, hi: u32) -> String {
        match self {
            Protocols::One(p @ (Protocol::Icmp | Protocol::Icmpv6)) => {
                format!("{p}/{}", icmp_label(lo, hi))
            }
            Protocols::One(p) if p.has_ports() => {
                let port = |v: u32| u16::try_from(v).unwrap_or(u16::MAX);
                self.label(&Ports::Range(port(lo), port(hi)))
            }
            _ => self.label(&Ports::All),
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

/// ICMP types and codes from `lo` to `hi` (`type * 256 + code`): `all`, `type 8`, `types 3-5`,
/// `type 8 code 0`, `type 8 code 1-255`, or such pieces joined by commas.
fn icmp_label(lo: u32, hi: u32) -> String {
    if (lo, hi) == (0, 65535) {
        return "all".to_owned();
    }
    let mut pieces = Vec::new();
    let mut cur = lo;
    while cur <= hi {
        let (kind, code) = (cur >> 8, cur & 255);
        let type_end = (kind << 8) | 255;
        if code == 0 && type_end <= hi {
            // Whole types, as many as fit.
            let last = if hi & 255 == 255 {
                hi >> 8
            } else {
                (hi >> 8) - 1
            };
            pieces.push(if last == kind {
                format!("type {kind}")
            } else {
                format!("types {kind}-{last}")
            });
            cur = ((last + 1) << 8).max(cur + 1);
        } else {
            let end = type_end.min(hi);
            let last = end & 255;
            pieces.push(if last == code {
                format!("type {kind} code {code}")
            } else {
                format!("type {kind} code {code}-{last}")
            });
            cur = end + 1;
        }
    }
    pieces.join(", ")
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

    /// What lets some packets through: one reason per allowing rule, ports and blocks, each one
    /// sentence ("rule 100 allows tcp/22 from 0.0.0.0/0").
    pub fn allowed(&self) -> Vec<Reason<'a>> {
        reasons_of(self.direction, &self.parts, Outcome::Allowed)
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
    /// An interval of the protocol's port dimension (see [`Part::span`]).
    pub span: (u32, u32),
    pub nets: Vec<IpNet>,
}

impl Reason<'_> {
    /// The ports as AWS writes them (ICMP may need several).
    pub fn ports(&self) -> Vec<Ports> {
        self.protocols.ports(self.span.0, self.span.1)
    }

    fn what(&self) -> String {
        format!("{} {}", self.subject(), self.object())
    }

    /// The protocol and ports: "tcp/1024-65535".
    fn subject(&self) -> String {
        self.protocols.span_label(self.span.0, self.span.1)
    }

    /// Which way and the addresses: "to 0.0.0.0/0".
    fn object(&self) -> String {
        let dir = match self.direction {
            Direction::Ingress => "from",
            Direction::Egress => "to",
        };
        // Every public address reads as `0.0.0.0/0` (the question is about the internet).
        let nets: Vec<String> = match self.nets.first() {
            Some(first) => {
                let family = Family::of(first);
                let set = IntervalSet::from_intervals(self.nets.iter().map(net_interval).collect());
                describe(family, &set)
            }
            None => Vec::new(),
        };
        format!("{dir} {}", nets.join(", "))
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
        sentence(self.outcome, self.rule, &self.what(), true)
    }
}

/// One sentence on what one rule (or the final deny) decides of `what` (protocols and ports,
/// which way, the addresses), about a request or about the replies of a flow.
fn sentence(outcome: Outcome, rule: Decider, what: &str, reply: bool) -> String {
    match (reply, outcome, rule) {
        (false, Outcome::Denied, Some(rule)) => format!("rule {} denies {what}", rule.number),
        (false, Outcome::Denied, None) => format!("no rule allows {what} (the final deny)"),
        (false, Outcome::Allowed, Some(rule)) => format!("rule {} allows {what}", rule.number),
        (false, _, Some(rule)) => format!("{what} is unknown: {}", Reason::unknown_why(rule)),
        (false, _, None) => format!("{what} is unknown"),
        (true, Outcome::Denied, Some(rule)) => {
            format!("return traffic on {what} denied by rule {}", rule.number)
        }
        (true, Outcome::Denied, None) => {
            format!("return traffic on {what} denied: no rule allows it (the final deny)")
        }
        (true, Outcome::Allowed, Some(rule)) => {
            format!("return traffic on {what} allowed by rule {}", rule.number)
        }
        (true, _, Some(rule)) => format!(
            "return traffic on {what} unknown: {}",
            Reason::unknown_why(rule)
        ),
        (true, _, None) => format!("return traffic on {what} unknown"),
    }
}

/// The sentences of several reasons (of the protocols of one flow), one per deciding rule,
/// outcome and addresses, the protocols and ports it decides listed together: "no rule allows
/// tcp/0-442, tcp/444-65535, udp/all to 0.0.0.0/0 (the final deny)". `reply`: the reasons
/// are about the replies of the flow.
pub fn sentences(reasons: &[Reason], reply: bool) -> Vec<String> {
    type Key = (Option<u32>, Outcome, String);
    let mut groups: BTreeMap<Key, (Decider, Vec<String>)> = BTreeMap::new();
    for r in reasons {
        let (_, subjects) = groups
            .entry((r.rule.map(|x| x.number), r.outcome, r.object()))
            .or_insert((r.rule, Vec::new()));
        subjects.push(r.subject());
    }
    groups
        .into_iter()
        .map(|((_, outcome, object), (rule, subjects))| {
            sentence(
                outcome,
                rule,
                &format!("{} {object}", subjects.join(", ")),
                reply,
            )
        })
        .collect()
}

impl fmt::Display for Reason<'_> {
    /// "rule 90 denies tcp/443 from 0.0.0.0/0", "no rule allows tcp/1024-65535 to 0.0.0.0/0
    /// (the final deny)", "tcp/22 from 0.0.0.0/0 is unknown: rule 80's CIDR is known only after
    /// apply (var.x)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&sentence(self.outcome, self.rule, &self.what(), false))
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
        for (span, mut nets) in by_ports {
            nets.sort();
            out.push(Reason {
                direction,
                outcome,
                rule,
                protocols: protocols.clone(),
                span,
                nets,
            });
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

#[cfg(test)]
mod tests {
    use super::*;

    use std::net::IpAddr;

    use proptest::prelude::*;
    use proptest::sample::select;
    use proptest::test_runner::Config;

    use crate::model::Direction::{Egress, Ingress};

    fn rule(
        number: u32,
        direction: Direction,
        allow: bool,
        protocol: Protocol,
        ports: Ports,
        cidr: &str,
    ) -> NaclRule {
        let peer = match cidr {
            "unknown" => Peer::Unknown("var.cidr".into()),
            c => Peer::cidr(c.parse::<IpNet>().unwrap().trunc()),
        };
        NaclRule {
            number,
            direction,
            protocol,
            ports,
            peer,
            allow,
            resource: "aws_network_acl.n".to_owned(),
            origin: None,
        }
    }

    fn tcp(
        number: u32,
        direction: Direction,
        allow: bool,
        ports: (u16, u16),
        cidr: &str,
    ) -> NaclRule {
        rule(
            number,
            direction,
            allow,
            Protocol::Tcp,
            Ports::Range(ports.0, ports.1),
            cidr,
        )
    }

    fn all(number: u32, direction: Direction, allow: bool, cidr: &str) -> NaclRule {
        rule(number, direction, allow, Protocol::All, Ports::All, cidr)
    }

    fn nacl(rules: Vec<NaclRule>) -> Nacl {
        Nacl {
            address: "aws_network_acl.n".to_owned(),
            rules,
            ..Nacl::default()
        }
    }

    fn addrs(cidr: &str) -> (Family, IntervalSet) {
        let net: IpNet = cidr.parse().unwrap();
        let (lo, hi) = net_interval(&net);
        (Family::of(&net), IntervalSet::from_interval(lo, hi))
    }

    fn ask<'a>(
        n: &'a Nacl,
        direction: Direction,
        protocol: Protocol,
        ports: Ports,
        cidr: &str,
    ) -> Verdict<'a> {
        let (family, set) = addrs(cidr);
        check(n, direction, &protocol, &ports, family, &set)
    }

    fn sentences(v: &Verdict) -> Vec<String> {
        v.reasons().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_deny_at_a_lower_number_shadows_an_allow() {
        let n = nacl(vec![
            tcp(100, Ingress, true, (443, 443), "0.0.0.0/0"),
            tcp(90, Ingress, false, (443, 443), "0.0.0.0/0"),
        ]);
        let v = ask(
            &n,
            Ingress,
            Protocol::Tcp,
            Ports::Range(443, 443),
            "0.0.0.0/0",
        );
        assert_eq!(v.answer(), Answer::None);
        assert_eq!(sentences(&v), ["rule 90 denies tcp/443 from 0.0.0.0/0"]);
        assert_eq!(v.parts.len(), 1);
        assert_eq!(v.parts[0].rule.map(|r| r.number), Some(90));
        // Without the deny, rule 100 decides.
        let n = nacl(vec![tcp(100, Ingress, true, (443, 443), "0.0.0.0/0")]);
        let v = ask(
            &n,
            Ingress,
            Protocol::Tcp,
            Ports::Range(443, 443),
            "0.0.0.0/0",
        );
        assert_eq!(v.answer(), Answer::All);
        assert!(v.reasons().is_empty());
    }

    /// The classic: 443 allowed in, but the replies to the clients' ephemeral ports are not
    /// allowed out; then only part of the ephemeral range.
    #[test]
    fn allow_443_in_without_the_ephemeral_range_out() {
        let n = nacl(vec![
            tcp(100, Ingress, true, (443, 443), "0.0.0.0/0"),
            tcp(100, Egress, true, (443, 443), "0.0.0.0/0"),
        ]);
        let (family, world) = addrs("0.0.0.0/0");
        let flow = check_flow(
            &n,
            Ingress,
            &Protocol::Tcp,
            &Ports::Range(443, 443),
            family,
            &world,
        );
        assert_eq!(flow.request.answer(), Answer::All);
        assert_eq!(flow.answer(), Answer::None);
        assert_eq!(
            flow.reasons(),
            [
                "return traffic on tcp/1024-65535 to 0.0.0.0/0 denied: no rule allows it (the final deny)"
            ]
        );
        let n = nacl(vec![
            tcp(100, Ingress, true, (443, 443), "0.0.0.0/0"),
            tcp(100, Egress, false, (1024, 2047), "0.0.0.0/0"),
            tcp(110, Egress, true, (1024, 65535), "0.0.0.0/0"),
        ]);
        let flow = check_flow(
            &n,
            Ingress,
            &Protocol::Tcp,
            &Ports::Range(443, 443),
            family,
            &world,
        );
        assert_eq!(flow.answer(), Answer::Some);
        assert_eq!(
            flow.reasons(),
            ["return traffic on tcp/1024-2047 to 0.0.0.0/0 denied by rule 100"]
        );
        // The other way: a call out to an API on 443 whose replies come back in.
        let n = nacl(vec![
            tcp(100, Egress, true, (443, 443), "0.0.0.0/0"),
            tcp(100, Ingress, true, (32768, 65535), "0.0.0.0/0"),
        ]);
        let flow = check_flow(
            &n,
            Egress,
            &Protocol::Tcp,
            &Ports::Range(443, 443),
            family,
            &world,
        );
        assert_eq!(flow.answer(), Answer::Some);
        assert_eq!(
            flow.reasons(),
            [
                "return traffic on tcp/1024-32767 from 0.0.0.0/0 denied: no rule allows it (the final deny)"
            ]
        );
    }

    /// A deny of SSH from the world before an allow of everything: every protocol but tcp, and
    /// tcp but 22, is allowed.
    #[test]
    fn an_explicit_deny_of_22_before_an_allow_all() {
        let n = nacl(vec![
            tcp(50, Ingress, false, (22, 22), "0.0.0.0/0"),
            all(100, Ingress, true, "0.0.0.0/0"),
        ]);
        let v = ask(
            &n,
            Ingress,
            Protocol::Tcp,
            Ports::Range(22, 22),
            "203.0.113.0/24",
        );
        assert_eq!(sentences(&v), ["rule 50 denies tcp/22 from 203.0.113.0/24"]);
        let v = ask(
            &n,
            Ingress,
            Protocol::Tcp,
            Ports::Range(20, 25),
            "0.0.0.0/0",
        );
        assert_eq!(v.answer(), Answer::Some);
        assert_eq!(sentences(&v), ["rule 50 denies tcp/22 from 0.0.0.0/0"]);
        let v = ask(&n, Ingress, Protocol::Number(50), Ports::All, "0.0.0.0/0");
        assert_eq!(v.answer(), Answer::All);
        let v = ask(&n, Ingress, Protocol::All, Ports::All, "0.0.0.0/0");
        assert_eq!(v.answer(), Answer::Some);
        let allowed: Vec<String> = effective(&n, Ingress)
            .iter()
            .filter(|p| p.outcome == Outcome::Allowed)
            .map(|p| {
                format!(
                    "{} {:?}",
                    p.protocols.label(&p.ports()[0]),
                    p.addrs.intervals()
                )
            })
            .collect();
        assert_eq!(
            allowed,
            [
                "tcp/0-21 [(0, 4294967295)]",
                "tcp/23-65535 [(0, 4294967295)]",
                "all protocols but tcp [(0, 4294967295)]"
            ]
        );
        let d = diff(None, Some(&n));
        let rows: Vec<String> = d.added.iter().map(Row::label).collect();
        assert_eq!(
            rows,
            [
                "ingress tcp/0-21 from 0.0.0.0/0",
                "ingress tcp/23-65535 from 0.0.0.0/0",
                "ingress all protocols but tcp from 0.0.0.0/0"
            ]
        );
        assert!(d.removed.is_empty() && d.unchanged.is_empty() && d.unknown.is_empty());
        assert!(d.added.iter().all(|r| r.before.is_empty()));
        assert!(
            d.added
                .iter()
                .all(|r| r.after.len() == 1 && r.after[0].unwrap().number == 100)
        );
    }

    #[test]
    fn ipv6_rules_do_not_match_ipv4() {
        let n = nacl(vec![all(100, Ingress, true, "::/0")]);
        let v = ask(
            &n,
            Ingress,
            Protocol::Tcp,
            Ports::Range(443, 443),
            "0.0.0.0/0",
        );
        assert_eq!(v.answer(), Answer::None);
        assert_eq!(
            sentences(&v),
            ["no rule allows tcp/443 from 0.0.0.0/0 (the final deny)"]
        );
        let v = ask(&n, Ingress, Protocol::Tcp, Ports::Range(443, 443), "::/0");
        assert_eq!(v.answer(), Answer::All);
        let n = nacl(vec![
            all(90, Ingress, false, "0.0.0.0/0"),
            all(100, Ingress, true, "::/0"),
        ]);
        let v = ask(
            &n,
            Ingress,
            Protocol::Udp,
            Ports::Range(53, 53),
            "2001:db8::/32",
        );
        assert_eq!(v.answer(), Answer::All, "an IPv4 deny does not reach IPv6");
    }

    #[test]
    fn icmp_types_and_codes() {
        let echo = Ports::Icmp {
            kind: Some(8),
            code: Some(0),
        };
        let n = nacl(vec![
            rule(
                100,
                Ingress,
                true,
                Protocol::Icmp,
                echo.clone(),
                "0.0.0.0/0",
            ),
            rule(
                100,
                Egress,
                true,
                Protocol::Icmp,
                Ports::Icmp {
                    kind: Some(0),
                    code: None,
                },
                "0.0.0.0/0",
            ),
        ]);
        let (family, world) = addrs("0.0.0.0/0");
        let flow = check_flow(&n, Ingress, &Protocol::Icmp, &echo, family, &world);
        assert_eq!(flow.answer(), Answer::All, "{:?}", flow.reasons());
        let v = ask(
            &n,
            Ingress,
            Protocol::Icmp,
            Ports::Icmp {
                kind: Some(8),
                code: None,
            },
            "0.0.0.0/0",
        );
        assert_eq!(v.answer(), Answer::Some);
        assert_eq!(
            sentences(&v),
            ["no rule allows icmp/type 8 code 1-255 from 0.0.0.0/0 (the final deny)"]
        );
        for ((lo, hi), label) in [
            ((0, 65535), "all"),
            ((8 << 8, (8 << 8) | 255), "type 8"),
            ((3 << 8, (5 << 8) | 255), "types 3-5"),
            ((8 << 8, 8 << 8), "type 8 code 0"),
            (
                ((3 << 8) | 4, (5 << 8) | 1),
                "type 3 code 4-255, type 4, type 5 code 0-1",
            ),
            (((3 << 8) | 4, (4 << 8) | 255), "type 3 code 4-255, type 4"),
            ((0, (255 << 8) | 254), "types 0-254, type 255 code 0-254"),
        ] {
            assert_eq!(icmp_label(lo, hi), label);
        }
        let v = ask(
            &n,
            Ingress,
            Protocol::Icmpv6,
            Ports::Icmp {
                kind: None,
                code: None,
            },
            "::/0",
        );
        assert_eq!(
            v.answer(),
            Answer::None,
            "an ICMP rule is not one for ICMPv6"
        );
    }

    /// A rule whose CIDR is known only after apply makes what it could decide unknown, and
    /// only that.
    #[test]
    fn an_unknown_cidr_makes_what_it_could_decide_unknown() {
        let n = nacl(vec![
            tcp(80, Ingress, false, (22, 22), "unknown"),
            all(100, Ingress, true, "0.0.0.0/0"),
        ]);
        let v = ask(
            &n,
            Ingress,
            Protocol::Tcp,
            Ports::Range(22, 22),
            "0.0.0.0/0",
        );
        assert_eq!(v.answer(), Answer::Unknown);
        assert_eq!(
            sentences(&v),
            [
                "tcp/22 from 0.0.0.0/0 is unknown: rule 80's CIDR is known only after apply (var.cidr)"
            ]
        );
        let v = ask(
            &n,
            Ingress,
            Protocol::Tcp,
            Ports::Range(443, 443),
            "0.0.0.0/0",
        );
        assert_eq!(v.answer(), Answer::All);
        // An unknown deny before a sure deny decides nothing: denied either way.
        let n = nacl(vec![tcp(80, Ingress, false, (22, 22), "unknown")]);
        let v = ask(
            &n,
            Ingress,
            Protocol::Tcp,
            Ports::Range(22, 22),
            "0.0.0.0/0",
        );
        assert_eq!(v.answer(), Answer::None);
        // An unknown allow before the final deny.
        let n = nacl(vec![tcp(80, Ingress, true, (22, 22), "unknown")]);
        let v = ask(&n, Ingress, Protocol::Tcp, Ports::Range(20, 22), "::/0");
        assert_eq!(v.answer(), Answer::Unknown);
        assert_eq!(
            sentences(&v),
            [
                "no rule allows tcp/20-21 from ::/0 (the final deny)",
                "tcp/22 from ::/0 is unknown: rule 80's CIDR is known only after apply (var.cidr)"
            ]
        );
        let d = diff(Some(&n), Some(&n));
        assert!(d.added.is_empty() && d.removed.is_empty() && d.unchanged.is_empty());
        let rows: Vec<String> = d.unknown.iter().map(Row::label).collect();
        assert_eq!(
            rows,
            ["ingress tcp/22 from 0.0.0.0/0", "ingress tcp/22 from ::/0"]
        );
    }

    #[test]
    fn widening_a_rule_adds_exactly_the_difference() {
        let before = nacl(vec![tcp(100, Ingress, true, (443, 443), "10.0.0.0/8")]);
        let after = nacl(vec![
            tcp(100, Ingress, true, (443, 443), "0.0.0.0/0"),
            tcp(90, Ingress, false, (443, 443), "192.168.0.0/16"),
        ]);
        let d = diff(Some(&before), Some(&after));
        let unchanged: Vec<String> = d.unchanged.iter().map(Row::label).collect();
        assert_eq!(unchanged, ["ingress tcp/443 from 10.0.0.0/8"]);
        assert!(d.removed.is_empty());
        assert_eq!(
            d.added.len(),
            22,
            "the world but 10.0.0.0/8 and 192.168.0.0/16, in CIDR blocks"
        );
        assert!(
            d.added
                .iter()
                .all(|r| r.before == [None] && r.after.len() == 1)
        );
        // The deny of 192.168.0.0/16 decides nothing allowed: no row names it.
        assert!(
            d.added
                .iter()
                .chain(&d.unchanged)
                .all(|r| r.after.iter().all(|x| x.is_some_and(|r| r.number == 100)))
        );
        // Removing the NACL removes everything it allowed.
        let d = diff(Some(&before), None);
        let removed: Vec<String> = d.removed.iter().map(Row::label).collect();
        assert_eq!(removed, ["ingress tcp/443 from 10.0.0.0/8"]);
        assert!(d.removed[0].after.is_empty());
    }

    // -----------------------------------------------------------------------------------------
    // Against a packet-by-packet oracle, on small windows of the address and port space.

    fn config(cases: u32) -> Config {
        let base = Config::default();
        Config {
            cases: if std::env::var_os("PROPTEST_CASES").is_some() {
                base.cases
            } else {
                cases
            },
            failure_persistence: None,
            ..base
        }
    }

    const CIDRS: [&str; 12] = [
        "10.0.0.0/24",
        "10.0.0.0/26",
        "10.0.0.64/26",
        "10.0.0.128/25",
        "10.0.0.8/29",
        "10.0.0.16/28",
        "0.0.0.0/0",
        "10.0.0.0/8",
        "::/0",
        "fd00::/120",
        "fd00::80/121",
        "unknown",
    ];

    fn protocol_strategy() -> impl Strategy<Value = Protocol> {
        select(vec![
            Protocol::All,
            Protocol::Tcp,
            Protocol::Tcp,
            Protocol::Udp,
            Protocol::Icmp,
            Protocol::Icmpv6,
            Protocol::Number(50),
            Protocol::Number(51),
            Protocol::Unknown("var.protocol".to_owned()),
        ])
    }

    fn ports_strategy(protocol: Protocol) -> BoxedStrategy<Ports> {
        match protocol {
            Protocol::Tcp | Protocol::Udp => prop_oneof![
                6 => (0u16..25, 0u16..8).prop_map(|(lo, len)| Ports::Range(lo, lo + len)),
                1 => Just(Ports::All),
                1 => Just(Ports::Range(30, 65535)),
                1 => Just(Ports::Unknown("var.port".to_owned())),
            ]
            .boxed(),
            Protocol::Icmp | Protocol::Icmpv6 => {
                (prop::option::of(0u8..4), prop::option::of(0u8..3))
                    .prop_map(|(kind, code)| Ports::Icmp {
                        kind,
                        code: kind.and(code),
                    })
                    .boxed()
            }
            Protocol::Unknown(r) => Just(Ports::Unknown(r)).boxed(),
            _ => Just(Ports::All).boxed(),
        }
    }

    fn rule_strategy() -> impl Strategy<Value = NaclRule> {
        (
            1u32..60,
            any::<bool>(),
            any::<bool>(),
            protocol_strategy().prop_flat_map(|p| (Just(p.clone()), ports_strategy(p))),
            select(CIDRS.to_vec()),
        )
            .prop_map(|(number, ingress, allow, (protocol, ports), cidr)| {
                let direction = if ingress { Ingress } else { Egress };
                rule(number, direction, allow, protocol, ports, cidr)
            })
    }

    /// Rules with distinct numbers (the position breaks ties), so that the rule that decides
    /// is one.
    fn rules_strategy() -> impl Strategy<Value = Vec<NaclRule>> {
        prop::collection::vec(rule_strategy(), 0..7).prop_map(|mut rules| {
            for (i, r) in rules.iter_mut().enumerate() {
                r.number = r.number * 100 + u32::try_from(i).unwrap();
            }
            rules
        })
    }

    /// A packet: direction, protocol number, port (tcp/udp) or `type * 256 + code` (ICMP), 0
    /// for other protocols, and address.
    #[derive(Debug, Clone, Copy)]
    struct Packet {
        direction: Direction,
        protocol: u8,
        port: u32,
        addr: IpAddr,
    }

    fn number(p: &Protocol) -> Option<u8> {
        match p {
            Protocol::Tcp => Some(6),
            Protocol::Udp => Some(17),
            Protocol::Icmp => Some(1),
            Protocol::Icmpv6 => Some(58),
            Protocol::Number(n) => Some(*n),
            Protocol::All | Protocol::Unknown(_) => None,
        }
    }

    fn has_ports(protocol: u8) -> bool {
        matches!(protocol, 1 | 6 | 17 | 58)
    }

    fn family_of(addr: IpAddr) -> Family {
        match addr {
            IpAddr::V4(_) => Family::V4,
            IpAddr::V6(_) => Family::V6,
        }
    }

    fn value(addr: IpAddr) -> u128 {
        match addr {
            IpAddr::V4(a) => u128::from(u32::from(a)),
            IpAddr::V6(a) => u128::from(a),
        }
    }

    /// Every sample packet of the windows.
    fn packets() -> Vec<Packet> {
        let mut addrs: Vec<IpAddr> = (0..=255u32)
            .step_by(4)
            .map(|i| IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + i)))
            .collect();
        addrs.extend(
            [
                "9.255.255.255",
                "11.0.0.0",
                "0.0.0.0",
                "255.255.255.255",
                "10.0.0.255",
            ]
            .map(|a| a.parse::<IpAddr>().unwrap()),
        );
        addrs.extend(
            (0..=255u128)
                .step_by(4)
                .map(|i| IpAddr::from(std::net::Ipv6Addr::from(0xfd00_u128 << 112 | i))),
        );
        addrs.extend(
            ["::", "fd00::100", "fd00::ff", "ffff::1"].map(|a| a.parse::<IpAddr>().unwrap()),
        );
        let mut out = Vec::new();
        for direction in [Ingress, Egress] {
            for protocol in [6u8, 17, 1, 58, 50, 51, 99] {
                let ports: Vec<u32> = match protocol {
                    6 | 17 => (0..=33).chain([40, 65535]).collect(),
                    1 | 58 => (0..5u32)
                        .flat_map(|t| (0..4).map(move |c| t * 256 + c))
                        .chain([65535])
                        .collect(),
                    _ => vec![0],
                };
                for &port in &ports {
                    for &addr in &addrs {
                        out.push(Packet {
                            direction,
                            protocol,
                            port,
                            addr,
                        });
                    }
                }
            }
        }
        out
    }

    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    enum Match {
        Yes,
        Maybe,
        No,
    }

    /// Whether a rule matches a packet, from the AWS documentation, not from the code above.
    fn matches(rule: &NaclRule, p: &Packet) -> Match {
        if rule.direction != p.direction {
            return Match::No;
        }
        let protocol = match &rule.protocol {
            Protocol::All => Match::Yes,
            Protocol::Unknown(_) => Match::Maybe,
            other if number(other) == Some(p.protocol) => Match::Yes,
            _ => Match::No,
        };
        let ports = if !has_ports(p.protocol) || rule.protocol == Protocol::All {
            Match::Yes
        } else {
            match &rule.ports {
                Ports::Unknown(_) => Match::Maybe,
                Ports::All => Match::Yes,
                Ports::Range(lo, hi) => {
                    if u32::from(*lo) <= p.port && p.port <= u32::from(*hi) {
                        Match::Yes
                    } else {
                        Match::No
                    }
                }
                Ports::Icmp { kind, code } => {
                    let ok = kind.is_none_or(|t| u32::from(t) == p.port / 256)
                        && code.is_none_or(|c| u32::from(c) == p.port % 256);
                    if ok { Match::Yes } else { Match::No }
                }
            }
        };
        let peer = match &rule.peer {
            Peer::Cidr { net, .. } if net.contains(&p.addr) => Match::Yes,
            Peer::Cidr { .. } => Match::No,
            _ => Match::Maybe,
        };
        let all = [protocol, ports, peer];
        if all.contains(&Match::No) {
            Match::No
        } else if all.contains(&Match::Maybe) {
            Match::Maybe
        } else {
            Match::Yes
        }
    }

    /// The outcome and the responsible rule's number: every way the unknown rules may match.
    fn oracle(rules: &[NaclRule], p: &Packet) -> (Outcome, Option<u32>) {
        let mut sorted: Vec<&NaclRule> = rules.iter().collect();
        sorted.sort_by_key(|r| r.number);
        let mut maybes: Vec<&NaclRule> = Vec::new();
        let mut decided: (bool, Option<u32>) = (false, None);
        for r in sorted {
            match matches(r, p) {
                Match::Yes => {
                    decided = (r.allow, Some(r.number));
                    break;
                }
                Match::Maybe => maybes.push(r),
                Match::No => {}
            }
        }
        match maybes.iter().find(|m| m.allow != decided.0) {
            Some(m) => (Outcome::Unknown, Some(m.number)),
            None if decided.0 => (Outcome::Allowed, decided.1),
            None => (Outcome::Denied, decided.1),
        }
    }

    fn in_protocols(protocols: &Protocols, protocol: u8) -> bool {
        match protocols {
            Protocols::One(p) => number(p) == Some(protocol),
            Protocols::Others(named) => named.iter().all(|n| number(n) != Some(protocol)),
        }
    }

    fn in_part(part: &Part, p: &Packet) -> bool {
        // The other protocols have no port dimension of their own: every port is one point.
        let port = match &part.protocols {
            Protocols::One(_) if has_ports(p.protocol) => p.port,
            _ => 0,
        };
        in_protocols(&part.protocols, p.protocol)
            && part.span.0 <= port
            && port <= part.span.1
            && part.family == family_of(p.addr)
            && part.addrs.contains((value(p.addr), value(p.addr)))
    }

    fn in_row(row: &Row, p: &Packet) -> bool {
        let ports = !has_ports(p.protocol)
            || match row.ports {
                Ports::All => true,
                Ports::Range(lo, hi) => u32::from(lo) <= p.port && p.port <= u32::from(hi),
                Ports::Icmp { kind, code } => {
                    kind.is_none_or(|t| u32::from(t) == p.port / 256)
                        && code.is_none_or(|c| u32::from(c) == p.port % 256)
                }
                Ports::Unknown(_) => false,
            };
        row.direction == p.direction
            && in_protocols(&row.protocols, p.protocol)
            && ports
            && row.net.contains(&p.addr)
    }

    proptest! {
        #![proptest_config(config(48))]

        /// Every packet falls in exactly one part of its direction's effective set, which
        /// decides it as the oracle does, with the same rule.
        #[test]
        fn the_effective_set_is_the_oracle(rules in rules_strategy()) {
            let n = nacl(rules.clone());
            let parts = [effective(&n, Ingress), effective(&n, Egress)];
            for p in packets() {
                let list = &parts[usize::from(p.direction == Egress)];
                let found: Vec<&Part> = list.iter().filter(|part| in_part(part, &p)).collect();
                prop_assert_eq!(found.len(), 1, "{:?} in {:?}", p, found);
                let got = (found[0].outcome, found[0].rule.map(|r| r.number));
                prop_assert_eq!(got, oracle(&rules, &p), "{:?}", p);
            }
        }

        /// `check` answers for exactly the packets asked about, as the oracle does.
        #[test]
        fn check_is_the_oracle(
            rules in rules_strategy(),
            ingress in any::<bool>(),
            asked in protocol_strategy()
                .prop_filter("known", |p| !matches!(p, Protocol::Unknown(_)))
                .prop_flat_map(|p| (Just(p.clone()), ports_strategy(p)))
                .prop_filter("known", |(_, ports)| !matches!(ports, Ports::Unknown(_))),
            cidrs in prop::collection::vec(select(CIDRS[..11].to_vec()), 1..3),
        ) {
            let n = nacl(rules.clone());
            let direction = if ingress { Ingress } else { Egress };
            let nets: Vec<IpNet> = cidrs.iter().map(|c| c.parse().unwrap()).collect();
            let family = Family::of(&nets[0]);
            let set = IntervalSet::from_intervals(
                nets.iter().filter(|n| Family::of(n) == family).map(net_interval).collect(),
            );
            let (protocol, ports) = asked;
            let v = check(&n, direction, &protocol, &ports, family, &set);
            let probe = Nacl { rules: vec![rule(1, direction, true, protocol.clone(), ports.clone(), "0.0.0.0/0")], ..Nacl::default() };
            for p in packets() {
                let found: Vec<&Part> = v
                    .parts
                    .iter()
                    .filter(|part| p.direction == v.direction && in_part(part, &p))
                    .collect();
                let inside = p.direction == direction
                    && family_of(p.addr) == family
                    && set.contains((value(p.addr), value(p.addr)))
                    && matches(&probe.rules[0], &Packet { addr: "1.1.1.1".parse().unwrap(), ..p }) == Match::Yes;
                if !inside {
                    prop_assert!(found.is_empty(), "{:?} not asked about, in {:?}", p, found);
                    continue;
                }
                prop_assert_eq!(found.len(), 1, "{:?} in {:?}", p, found);
                let got = (found[0].outcome, found[0].rule.map(|r| r.number));
                prop_assert_eq!(got, oracle(&rules, &p), "{:?}", p);
            }
            // The answer agrees with the parts.
            if v.answer() == Answer::All {
                prop_assert!(v.parts.iter().all(|p| p.outcome == Outcome::Allowed));
            }
        }

        /// The diff's rows are disjoint and hold exactly what the oracle says changed, with the
        /// rules that decide each packet on each side.
        #[test]
        fn the_diff_is_the_oracle(
            before in prop::option::of(rules_strategy()),
            after in prop::option::of(rules_strategy()),
        ) {
            let (nb, na) = (before.clone().map(nacl), after.clone().map(nacl));
            let d = diff(nb.as_ref(), na.as_ref());
            for p in packets() {
                let ob = before.as_ref().map(|r| oracle(r, &p));
                let oa = after.as_ref().map(|r| oracle(r, &p));
                let is = |o: Option<(Outcome, Option<u32>)>, x: Outcome| o.is_some_and(|o| o.0 == x);
                let want = if is(ob, Outcome::Unknown) || is(oa, Outcome::Unknown) {
                    Some("unknown")
                } else {
                    match (is(ob, Outcome::Allowed), is(oa, Outcome::Allowed)) {
                        (false, true) => Some("added"),
                        (true, false) => Some("removed"),
                        (true, true) => Some("unchanged"),
                        (false, false) => None,
                    }
                };
                let mut found = Vec::new();
                for (name, list) in [("added", &d.added), ("removed", &d.removed), ("unchanged", &d.unchanged), ("unknown", &d.unknown)] {
                    found.extend(list.iter().filter(|r| in_row(r, &p)).map(|r| (name, r)));
                }
                prop_assert_eq!(found.len(), usize::from(want.is_some()), "{:?} in {:?}", p, found);
                if let Some((name, row)) = found.first() {
                    prop_assert_eq!(Some(*name), want, "{:?}", p);
                    for (side, deciders) in [(ob, &row.before), (oa, &row.after)] {
                        match side {
                            Some((_, rule)) => prop_assert!(
                                deciders.iter().any(|x| x.map(|r| r.number) == rule),
                                "{:?}: {:?} not in {:?}", p, rule, deciders
                            ),
                            None => prop_assert!(deciders.is_empty()),
                        }
                    }
                }
            }
        }
    }
}
