//! Property tests: the interval sets, CIDR blocks and public/world classification of `netset`
//! against brute-force oracles on small windows of the address space, port ranges as the diff
//! reads and reports them, and the exposure diff against a cell-by-cell oracle and its
//! symmetries (a model against itself, before and after swapped, CIDRs and port ranges split).

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestCaseError};

use crate::diff::{Diff, ExposedPeer, Exposure, diff};
use crate::model::{
    Direction, Group, Input, Origin, Peer, Permission, PortRange, Ports, PrefixLists, Protocol,
};
use crate::netset::{
    Family, IntervalSet, holds_private, is_public, is_world, net_interval, to_cidrs,
};

/// A moderate number of cases, and no regression files written into the tree.
/// `PROPTEST_CASES` in the environment overrides the count, for a longer run by hand.
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

// ---------------------------------------------------------------------------------------------
// Address sets against a brute-force oracle.

const V4_MAX: u128 = u32::MAX as u128;
/// Addresses in a window.
const WINDOW: u128 = 256;

fn family_max(family: Family) -> u128 {
    match family {
        Family::V4 => V4_MAX,
        Family::V6 => u128::MAX,
    }
}

/// The private and special-purpose ranges documented in netset.rs, written out again as
/// numbers so that the oracle does not share the code under test.
const PRIVATE_V4: [(u128, u32); 11] = [
    (0x0a00_0000, 8),  // 10.0.0.0/8
    (0xac10_0000, 12), // 172.16.0.0/12
    (0xc0a8_0000, 16), // 192.168.0.0/16
    (0x6440_0000, 10), // 100.64.0.0/10
    (0x7f00_0000, 8),  // 127.0.0.0/8
    (0xa9fe_0000, 16), // 169.254.0.0/16
    (0x0000_0000, 8),  // 0.0.0.0/8
    (0xc000_0000, 24), // 192.0.0.0/24
    (0xc612_0000, 15), // 198.18.0.0/15
    (0xe000_0000, 4),  // 224.0.0.0/4
    (0xf000_0000, 4),  // 240.0.0.0/4
];
const PRIVATE_V6: [(u128, u32); 4] = [
    (0xfc00 << 112, 7),  // fc00::/7
    (0xfe80 << 112, 10), // fe80::/10
    (1, 128),            // ::1/128
    (0xff00 << 112, 8),  // ff00::/8
];
/// `::ffff:0:0/96`, where IPv4-mapped addresses live.
const MAPPED: u128 = 0xffff << 32;

fn same_prefix(addr: u128, net: u128, prefix: u32, bits: u32) -> bool {
    prefix == 0 || addr >> (bits - prefix) == net >> (bits - prefix)
}

/// The oracle: whether one address is private or special-purpose.
fn private_addr(family: Family, addr: u128) -> bool {
    let v4 = |a: u128| PRIVATE_V4.iter().any(|&(n, p)| same_prefix(a, n, p, 32));
    match family {
        Family::V4 => v4(addr),
        Family::V6 => {
            PRIVATE_V6
                .iter()
                .any(|&(n, p)| same_prefix(addr, n, p, 128))
                || (addr >> 32 == 0xffff && v4(addr & V4_MAX))
        }
    }
}

/// The first address of every documented range and the first after it, per family.
fn range_edges() -> Vec<(Family, u128)> {
    let mut out = Vec::new();
    let mut edges = |family: Family, net: u128, prefix: u32, bits: u32| {
        let size = if prefix == 0 {
            u128::MAX
        } else {
            (1u128 << (bits - prefix)) - 1
        };
        out.push((family, net));
        out.push((family, net.saturating_add(size).saturating_add(1)));
    };
    for (n, p) in PRIVATE_V4 {
        edges(Family::V4, n, p, 32);
        edges(Family::V6, MAPPED | n, p + 96, 128);
    }
    for (n, p) in PRIVATE_V6 {
        edges(Family::V6, n, p, 128);
    }
    out
}

/// Windows of 256 addresses straddling interesting boundaries: the documented ranges' edges,
/// both ends of each family, the IPv4-mapped block, and the end of the port space.
fn windows() -> Vec<(Family, u128)> {
    let mut edges = range_edges();
    edges.extend([
        (Family::V4, 0),
        (Family::V4, V4_MAX),
        (Family::V4, 65536),
        (Family::V6, 0),
        (Family::V6, V4_MAX + 1),
        (Family::V6, MAPPED),
        (Family::V6, MAPPED | (V4_MAX + 1)),
        (Family::V6, u128::MAX),
    ]);
    let mut out: Vec<(Family, u128)> = edges
        .into_iter()
        .map(|(family, edge)| {
            let base = edge.saturating_sub(WINDOW / 2);
            (family, base.min(family_max(family) - (WINDOW - 1)))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Intervals inside the window that starts at `base`: mostly short, some long.
fn window_intervals(base: u128) -> impl Strategy<Value = Vec<(u128, u128)>> {
    let len = prop_oneof![3 => 0u128..8, 1 => 0u128..WINDOW];
    prop::collection::vec((0..WINDOW, len), 0..6).prop_map(move |ivs| {
        ivs.into_iter()
            .map(|(lo, len)| (base + lo, base + (lo + len).min(WINDOW - 1)))
            .collect()
    })
}

/// A window (its family and first address) and two interval lists inside it.
type WindowSets = ((Family, u128), Vec<(u128, u128)>, Vec<(u128, u128)>);

fn window_sets() -> impl Strategy<Value = WindowSets> {
    select(windows()).prop_flat_map(|w| (Just(w), window_intervals(w.1), window_intervals(w.1)))
}

fn elements(ivs: &[(u128, u128)]) -> BTreeSet<u128> {
    ivs.iter().flat_map(|&(lo, hi)| lo..=hi).collect()
}

/// Sorted, disjoint and non-adjacent: the one form that makes `==` mean set equality.
fn assert_canonical(set: &IntervalSet) -> Result<(), TestCaseError> {
    let ivs = set.intervals();
    prop_assert!(ivs.iter().all(|&(lo, hi)| lo <= hi), "{ivs:?}");
    prop_assert!(
        ivs.windows(2)
            .all(|w| w[1].0 > w[0].1 && w[1].0 - w[0].1 >= 2),
        "not sorted, disjoint and non-adjacent: {ivs:?}"
    );
    Ok(())
}

/// The smallest exact CIDR cover, by brute force: every aligned block inside the set that no
/// larger aligned block inside the set contains (aligned blocks nest or are disjoint).
fn maximal_blocks(set: &BTreeSet<u128>) -> Vec<(u128, u128)> {
    let mut out = BTreeSet::new();
    for &x in set {
        let mut best = (x, x);
        for k in 1..=9u32 {
            let lo = x >> k << k;
            let hi = lo + ((1u128 << k) - 1);
            if set.range(lo..=hi).count() as u128 == 1u128 << k {
                best = (lo, hi);
            } else {
                break;
            }
        }
        out.insert(best);
    }
    out.into_iter().collect()
}

fn world(family: Family) -> IntervalSet {
    IntervalSet::from_interval(0, family_max(family))
}

/// The documented private ranges of a family as a set, built from the oracle's numbers.
fn documented_private(family: Family) -> IntervalSet {
    let block = |n: u128, p: u32, bits: u32| (n, n + ((1u128 << (bits - p)) - 1));
    let mut ivs: Vec<(u128, u128)> = Vec::new();
    match family {
        Family::V4 => ivs.extend(PRIVATE_V4.iter().map(|&(n, p)| block(n, p, 32))),
        Family::V6 => {
            ivs.extend(PRIVATE_V6.iter().map(|&(n, p)| block(n, p, 128)));
            ivs.extend(
                PRIVATE_V4
                    .iter()
                    .map(|&(n, p)| block(MAPPED | n, p + 96, 128)),
            );
        }
    }
    IntervalSet::from_intervals(ivs)
}

proptest! {
    #![proptest_config(config(512))]

    /// Union, intersection, difference, equality, emptiness, `contains` and `intersects` are
    /// what the same operations on plain sets of addresses give, and every result is canonical.
    #[test]
    fn interval_algebra_matches_sets_of_addresses(
        ((_, base), ia, ib) in window_sets(),
        query in (0..WINDOW, 0..WINDOW),
    ) {
        let a = IntervalSet::from_intervals(ia.clone());
        let b = IntervalSet::from_intervals(ib.clone());
        let (oa, ob) = (elements(&ia), elements(&ib));
        for s in [&a, &b] {
            assert_canonical(s)?;
        }
        prop_assert_eq!(elements(a.intervals()), oa.clone());
        prop_assert_eq!(a.is_empty(), oa.is_empty());
        prop_assert_eq!(a == b, oa == ob);

        let union = a.union(&b);
        let intersection = a.intersection(&b);
        let difference = a.difference(&b);
        let back = b.difference(&a);
        for s in [&union, &intersection, &difference, &back] {
            assert_canonical(s)?;
        }
        prop_assert_eq!(
            elements(union.intervals()),
            oa.union(&ob).copied().collect::<BTreeSet<_>>()
        );
        prop_assert_eq!(
            elements(intersection.intervals()),
            oa.intersection(&ob).copied().collect::<BTreeSet<_>>()
        );
        prop_assert_eq!(
            elements(difference.intervals()),
            oa.difference(&ob).copied().collect::<BTreeSet<_>>()
        );
        prop_assert_eq!(
            elements(back.intervals()),
            ob.difference(&oa).copied().collect::<BTreeSet<_>>()
        );
        prop_assert_eq!(a.intersects(&b), !oa.is_disjoint(&ob));

        let (lo, hi) = (base + query.0.min(query.1), base + query.0.max(query.1));
        prop_assert_eq!(a.contains((lo, hi)), (lo..=hi).all(|x| oa.contains(&x)), "{:?}", (lo, hi));
    }

    /// `to_cidrs` covers exactly the set with canonical blocks of its family, in address order,
    /// without overlap, and with as few blocks as the brute-force cover.
    #[test]
    fn cidrs_cover_the_set_exactly_and_minimally(((family, _), ivs, _) in window_sets()) {
        let set = IntervalSet::from_intervals(ivs.clone());
        let nets = to_cidrs(family, &set);
        prop_assert!(nets.iter().all(|n| Family::of(n) == family && n.trunc() == *n), "{nets:?}");
        let blocks: Vec<(u128, u128)> = nets.iter().map(net_interval).collect();
        prop_assert!(blocks.windows(2).all(|w| w[0].1 < w[1].0), "{nets:?}");
        prop_assert_eq!(elements(&blocks), elements(&ivs));
        prop_assert_eq!(blocks, maximal_blocks(&elements(&ivs)));
    }

    /// The same over a whole family, where sets are too big to enumerate: the blocks rebuild
    /// the set, and no block's parent fits in the set (which makes the cover the smallest).
    #[test]
    fn cidrs_of_large_sets_are_exact_and_maximal(
        v6 in any::<bool>(),
        raw in prop::collection::vec((any::<u128>(), any::<u128>(), 0u32..129), 0..5),
    ) {
        let family = if v6 { Family::V6 } else { Family::V4 };
        let max = family_max(family);
        // Bounds at random addresses, or rounded to a random alignment.
        let ivs: Vec<(u128, u128)> = raw
            .into_iter()
            .map(|(a, b, align)| {
                let round = |x: u128| if align >= 128 { x } else { x >> align << align };
                let (a, b) = (round(a & max), round(b & max));
                (a.min(b), a.max(b))
            })
            .collect();
        let set = IntervalSet::from_intervals(ivs);
        let nets = to_cidrs(family, &set);
        prop_assert!(nets.iter().all(|n| Family::of(n) == family && n.trunc() == *n), "{nets:?}");
        let blocks: Vec<(u128, u128)> = nets.iter().map(net_interval).collect();
        prop_assert!(blocks.windows(2).all(|w| w[0].1 < w[1].0), "{nets:?}");
        prop_assert_eq!(IntervalSet::from_intervals(blocks), set.clone());
        for net in &nets {
            if let Some(parent) = net.supernet() {
                prop_assert!(!set.contains(net_interval(&parent)), "{net} could be {parent}");
            }
        }
    }

    /// `is_public` and `holds_private` classify address by address as the documented ranges
    /// say, on sets straddling the ranges' edges, alone and joined with every private range
    /// (or every public address) of the family.
    #[test]
    fn public_and_private_follow_the_documented_ranges(((family, _), ivs, _) in window_sets()) {
        let set = IntervalSet::from_intervals(ivs.clone());
        let addrs = elements(&ivs);
        let any_public = addrs.iter().any(|&a| !private_addr(family, a));
        let any_private = addrs.iter().any(|&a| private_addr(family, a));
        prop_assert_eq!(is_public(family, &set), any_public);
        prop_assert_eq!(holds_private(family, &set), any_private);
        let private = documented_private(family);
        prop_assert_eq!(is_public(family, &set.union(&private)), any_public);
        prop_assert!(holds_private(family, &private));
        let public = world(family).difference(&private);
        prop_assert!(is_public(family, &public));
        prop_assert_eq!(holds_private(family, &set.union(&public)), any_private);
        prop_assert!(!is_world(family, &set));
    }

    /// `is_world` holds exactly for the whole family, however the set is assembled.
    #[test]
    fn world_is_the_whole_family_and_nothing_less(((family, base), ivs, _) in window_sets()) {
        let set = IntervalSet::from_intervals(ivs.clone());
        let whole = world(family);
        prop_assert!(is_world(family, &whole));
        prop_assert_eq!(is_world(family, &whole.difference(&set)), set.is_empty());
        // Everything but the window, plus the set: the world exactly when it fills the window.
        let window = IntervalSet::from_interval(base, base + (WINDOW - 1));
        let patched = whole.difference(&window).union(&set);
        prop_assert_eq!(is_world(family, &patched), elements(&ivs).len() as u128 == WINDOW);
        if family == Family::V4 {
            // IPv4's world is not IPv6's.
            prop_assert!(!is_world(Family::V6, &whole));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Port ranges: what a reader writes, what the diff reports.

const GROUPS: [&str; 2] = ["aws_security_group.a", "aws_security_group.b"];

fn permission(protocol: Protocol, ports: Ports, peer: Peer) -> Permission {
    Permission {
        group: GROUPS[0].into(),
        resource: GROUPS[0].into(),
        direction: Direction::Ingress,
        range: PortRange::new(protocol, ports),
        peer,
        description: None,
        origin: None,
        ports_ignored: false,
    }
}

/// An input with both groups and the given permissions before and after the change.
fn input(before: Vec<Permission>, after: Vec<Permission>) -> Input {
    input_of(
        &Side {
            permissions: before,
            lists: PrefixLists::new(),
        },
        &Side {
            permissions: after,
            lists: PrefixLists::new(),
        },
    )
}

/// One side of a change: its permissions and the entries of its managed prefix lists.
#[derive(Clone, Debug)]
struct Side {
    permissions: Vec<Permission>,
    lists: PrefixLists,
}

fn input_of(before: &Side, after: &Side) -> Input {
    let groups = GROUPS
        .iter()
        .map(|g| {
            let group = Group {
                address: (*g).to_owned(),
                resource_type: "aws_security_group".to_owned(),
                ..Group::default()
            };
            ((*g).to_owned(), group)
        })
        .collect();
    Input {
        groups,
        before: before.permissions.clone(),
        after: after.permissions.clone(),
        prefix_lists_before: before.lists.clone(),
        prefix_lists_after: after.lists.clone(),
        ..Input::default()
    }
}

fn raw_port() -> impl Strategy<Value = Option<i64>> {
    prop_oneof![
        1 => Just(None),
        2 => (-2i64..=2).prop_map(Some),
        2 => (65534i64..=65536).prop_map(Some),
        4 => (0i64..=65535).prop_map(Some),
    ]
}

proptest! {
    #![proptest_config(config(512))]

    /// A tcp/udp port range is valid exactly as AWS has it (both unset or -1, or 0 <= from <= to
    /// <= 65535), and a valid one comes back out of the diff as the same range (0-65535 for all).
    #[test]
    fn port_ranges_round_trip_through_the_diff(
        udp in any::<bool>(),
        from in raw_port(),
        to in raw_port(),
    ) {
        let protocol = if udp { Protocol::Udp } else { Protocol::Tcp };
        let unset = |v: Option<i64>| matches!(v, None | Some(-1));
        let valid = (unset(from) && unset(to))
            || matches!((from, to), (Some(f), Some(t)) if 0 <= f && f <= t && t <= 65535);
        let ports = Ports::normalize(&protocol, from, to);
        prop_assert_eq!(ports.is_ok(), valid, "{:?}", ports);
        let Ok(ports) = ports else { return Ok(()) };
        let want = if unset(from) { (0, 65535) } else { (from.unwrap(), to.unwrap()) };
        prop_assert_eq!(ports == Ports::All, want == (0, 65535));
        let peer = Peer::cidr("10.0.0.0/8".parse().unwrap());
        let d = diff(&input(vec![], vec![permission(protocol, ports, peer)]));
        let got: Vec<(Option<i64>, Option<i64>)> =
            d.added.iter().map(|e| (e.range.aws_ports().0, e.range.aws_ports().1)).collect();
        prop_assert_eq!(got, vec![(Some(want.0), Some(want.1))]);
    }

    /// ICMP type and code are valid within -1..=255; all types means all codes; a valid pair
    /// comes back out of the diff as AWS writes it.
    #[test]
    fn icmp_types_and_codes_round_trip_through_the_diff(
        v6 in any::<bool>(),
        kind in prop_oneof![Just(None), (-2i64..=256).prop_map(Some)],
        code in prop_oneof![Just(None), (-2i64..=256).prop_map(Some)],
    ) {
        let protocol = if v6 { Protocol::Icmpv6 } else { Protocol::Icmp };
        let field = |v: Option<i64>| v.is_none_or(|v| (-1..=255).contains(&v));
        let ports = Ports::normalize(&protocol, kind, code);
        prop_assert_eq!(ports.is_ok(), field(kind) && field(code), "{:?}", ports);
        let Ok(ports) = ports else { return Ok(()) };
        let all = |v: Option<i64>| v.is_none_or(|v| v == -1);
        let want = match (all(kind), all(code)) {
            (true, _) => (-1, -1),
            (false, true) => (kind.unwrap(), -1),
            (false, false) => (kind.unwrap(), code.unwrap()),
        };
        let peer = Peer::cidr("::/0".parse().unwrap());
        let d = diff(&input(vec![], vec![permission(protocol, ports, peer)]));
        let got: Vec<(Option<i64>, Option<i64>)> =
            d.added.iter().map(|e| (e.range.aws_ports().0, e.range.aws_ports().1)).collect();
        prop_assert_eq!(got, vec![(Some(want.0), Some(want.1))]);
    }
}

// ---------------------------------------------------------------------------------------------
// The diff: random permissions, a cell-by-cell oracle, and symmetries.

const CIDRS: [&str; 13] = [
    "0.0.0.0/0",
    "0.0.0.0/1",
    "128.0.0.0/1",
    "10.0.0.0/8",
    "10.1.0.0/16",
    "10.1.2.0/24",
    "192.168.1.0/24",
    "203.0.113.0/24",
    "203.0.113.7/32",
    "::/0",
    "2001:db8::/32",
    "2001:db8::1/128",
    "fd00::/8",
];
const PREFIX_LIST: &str = "pl-0123456789abcdef0";
/// The one reference unknown protocols and ports come from, so that an unknown is one thing.
const UNKNOWN_PROTOCOL: &str = "var.protocol";
const UNKNOWN_PORT: &str = "var.port";

fn peer() -> impl Strategy<Value = Peer> {
    prop_oneof![
        8 => (select(CIDRS.to_vec()), prop::bool::weighted(0.1))
            .prop_map(|(c, sensitive)| Peer::Cidr { net: c.parse().unwrap(), sensitive }),
        1 => Just(Peer::Group(GROUPS[1].into())),
        1 => Just(Peer::SelfRef),
        1 => Just(Peer::PrefixList(PREFIX_LIST.into())),
    ]
}

/// A protocol and its ports as a reader normalizes them.
fn protocol_ports() -> impl Strategy<Value = (Protocol, Ports)> {
    let port = || prop_oneof![0i64..=30, 1000i64..=1010, Just(65535i64), 0i64..=65535];
    let ranged =
        (select(vec![Protocol::Tcp, Protocol::Udp]), port(), port()).prop_map(|(p, a, b)| {
            let ports = Ports::normalize(&p, Some(a.min(b)), Some(a.max(b))).unwrap();
            (p, ports)
        });
    let icmp_field = || select(vec![-1i64, 0, 3, 8]);
    let icmp = (
        select(vec![Protocol::Icmp, Protocol::Icmpv6]),
        icmp_field(),
        icmp_field(),
    )
        .prop_map(|(p, kind, code)| {
            let ports = Ports::normalize(&p, Some(kind), Some(code)).unwrap();
            (p, ports)
        });
    // Ports written that AWS ignores.
    let portless = select(vec!["all", "-1", "50", "47"]).prop_map(|raw| {
        let p = Protocol::parse(raw).unwrap();
        let ports = Ports::normalize(&p, Some(22), Some(22)).unwrap();
        (p, ports)
    });
    let unknown = prop_oneof![
        Just((
            Protocol::Unknown(UNKNOWN_PROTOCOL.to_owned()),
            Ports::Unknown(UNKNOWN_PROTOCOL.to_owned())
        )),
        Just((Protocol::Tcp, Ports::Unknown(UNKNOWN_PORT.to_owned()))),
    ];
    prop_oneof![5 => ranged, 2 => icmp, 3 => portless, 1 => unknown]
}

fn any_permission() -> impl Strategy<Value = Permission> {
    (
        0..GROUPS.len(),
        0..3usize,
        any::<bool>(),
        protocol_ports(),
        peer(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(g, r, egress, (protocol, ports), peer, origin, ports_sensitive)| Permission {
                group: GROUPS[g].into(),
                resource: format!("aws_security_group_rule.r{r}").into(),
                direction: if egress {
                    Direction::Egress
                } else {
                    Direction::Ingress
                },
                range: PortRange {
                    protocol,
                    ports,
                    sensitive: ports_sensitive,
                },
                peer,
                description: None,
                origin: origin.then(|| Origin::at("main.tf", 10 + r)),
                ports_ignored: false,
            },
        )
}

/// Up to five permissions, and the prefix list absent, with unknown entries, or with entries.
fn side() -> impl Strategy<Value = Side> {
    let entries = select(vec![
        None,
        Some(None),
        Some(Some(vec!["10.0.0.0/8"])),
        Some(Some(vec!["0.0.0.0/0", "::/0"])),
    ]);
    (prop::collection::vec(any_permission(), 0..6), entries).prop_map(|(permissions, entries)| {
        let lists = entries
            .map(|e| {
                let nets = e.map(|e| e.iter().map(|n| n.parse().unwrap()).collect());
                (PREFIX_LIST.to_owned(), nets)
            })
            .into_iter()
            .collect();
        Side { permissions, lists }
    })
}

/// Where a permission or an exposure lives: what the diff compares it with.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    group: String,
    direction: Direction,
    protocol: Protocol,
    /// Its protocol or ports are unknown: it equals only itself.
    opaque: bool,
    space: Space,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Space {
    Family(Family),
    /// A peer that is not a set of addresses (or whose addresses are not printed).
    Single(ExposedPeer),
}

/// A rectangle of (port, address) in one key's space: ICMP type and code are encoded as
/// `type * 256 + code`; a dimension that does not apply is the single point 0.
#[derive(Clone, Debug)]
struct Region {
    key: Key,
    ports: (u128, u128),
    addrs: (u128, u128),
}

impl Region {
    fn holds(&self, port: u128, addr: u128) -> bool {
        self.ports.0 <= port && port <= self.ports.1 && self.addrs.0 <= addr && addr <= self.addrs.1
    }

    fn meets(&self, other: &Region, all_ports: bool) -> bool {
        (all_ports || (self.ports.0 <= other.ports.1 && other.ports.0 <= self.ports.1))
            && self.addrs.0 <= other.addrs.1
            && other.addrs.0 <= self.addrs.1
    }
}

fn has_ports(key: &Key) -> bool {
    !key.opaque && key.protocol.has_ports()
}

fn icmp_type(t: u8) -> (u128, u128) {
    (u128::from(t) * 256, u128::from(t) * 256 + 255)
}

fn space_of(peer: ExposedPeer) -> (Space, (u128, u128)) {
    match peer {
        ExposedPeer::Cidr(net) => (Space::Family(Family::of(&net)), net_interval(&net)),
        other => (Space::Single(other), (0, 0)),
    }
}

fn permission_region(p: &Permission, lists: &PrefixLists) -> Region {
    let opaque = matches!(p.range.protocol, Protocol::Unknown(_))
        || matches!(p.range.ports, Ports::Unknown(_));
    let (space, addrs) = space_of(ExposedPeer::of(p, lists));
    let key = Key {
        group: p.group.to_string(),
        direction: p.direction,
        protocol: p.range.protocol.clone(),
        opaque,
        space,
    };
    let ports = if !has_ports(&key) {
        (0, 0)
    } else {
        match p.range.ports {
            Ports::All | Ports::Icmp { kind: None, .. } => (0, 65535),
            Ports::Range(from, to) => (u128::from(from), u128::from(to)),
            Ports::Icmp {
                kind: Some(t),
                code: None,
            } => icmp_type(t),
            Ports::Icmp {
                kind: Some(t),
                code: Some(c),
            } => (
                icmp_type(t).0 + u128::from(c),
                icmp_type(t).0 + u128::from(c),
            ),
            Ports::Unknown(_) => unreachable!("opaque"),
        }
    };
    Region { key, ports, addrs }
}

/// An exposure as a region, reading its from/to port as AWS writes them.
fn exposure_region(e: &Exposure) -> Result<Region, TestCaseError> {
    let opaque =
        matches!(e.range.protocol, Protocol::Unknown(_)) || e.range.aws_ports().0.is_none();
    prop_assert_eq!(
        e.range.aws_ports().0.is_none(),
        e.range.aws_ports().1.is_none(),
        "{:?}",
        e
    );
    let (space, addrs) = space_of(e.peer.clone());
    let key = Key {
        group: e.owner.name().to_owned(),
        direction: e.direction,
        protocol: e.range.protocol.clone(),
        opaque,
        space,
    };
    let ports = if opaque {
        prop_assert!(
            e.range.aws_ports().0.is_none(),
            "an unknown is reported as unknown: {:?}",
            e
        );
        (0, 0)
    } else {
        let (from, to) = (
            e.range.aws_ports().0.unwrap(),
            e.range.aws_ports().1.unwrap(),
        );
        match e.range.protocol {
            Protocol::Tcp | Protocol::Udp => {
                prop_assert!(0 <= from && from <= to && to <= 65535, "{:?}", e);
                (from as u128, to as u128)
            }
            Protocol::Icmp | Protocol::Icmpv6 => {
                prop_assert!(
                    (-1..=255).contains(&from) && (-1..=255).contains(&to),
                    "{:?}",
                    e
                );
                match (from, to) {
                    (-1, -1) => (0, 65535),
                    (-1, _) => {
                        return Err(TestCaseError::fail(format!("a code without a type: {e:?}")));
                    }
                    (t, -1) => icmp_type(t as u8),
                    (t, c) => (t as u128 * 256 + c as u128, t as u128 * 256 + c as u128),
                }
            }
            _ => {
                prop_assert_eq!((from, to), (-1, -1), "{:?}", e);
                (0, 0)
            }
        }
    };
    Ok(Region { key, ports, addrs })
}

fn regions(list: &[std::sync::Arc<Exposure>]) -> Result<Vec<Region>, TestCaseError> {
    list.iter().map(|e| exposure_region(e)).collect()
}

/// The key of the permissions for all protocols that also allow this key's protocol.
fn cover_key(key: &Key) -> Option<Key> {
    (!key.opaque && key.protocol != Protocol::All).then(|| Key {
        protocol: Protocol::All,
        ..key.clone()
    })
}

/// The first address or port of every elementary cell: the bounds of every region.
fn cuts(bounds: impl Iterator<Item = (u128, u128)>, max: u128) -> Vec<u128> {
    let mut out: BTreeSet<u128> = BTreeSet::from([0]);
    for (lo, hi) in bounds {
        out.insert(lo);
        if let Some(next) = hi.checked_add(1).filter(|&n| n <= max) {
            out.insert(next);
        }
    }
    out.into_iter().collect()
}

/// Checks a diff against the permissions it was computed from, cell by cell:
/// - under protocol `all`, added = all after − all before, removed the reverse, unchanged both;
/// - under any other protocol, its own permissions count together with those for all protocols
///   (which allow it on every port), but what both sides' `all` permissions cover is reported
///   only under `all`: added = after − before − all after, removed = before − after − all
///   before, unchanged = (after ∩ before) − (all after ∩ all before);
/// - so everything allowed after is added or unchanged, under its protocol or under `all`, and
///   everything allowed before is removed or unchanged;
/// - each exposure names exactly the resources (and origins) of the permissions on its side
///   (after for added and unchanged, before for removed) that overlap it;
/// - an added (removed) `all` row excepts exactly the cells of each specific protocol that the
///   change keeps there, so that every cell allowed on either side is reported once, as added,
///   removed or unchanged, under its protocol or under `all`;
/// - no exposure is listed twice.
fn check_diff(before: &Side, after: &Side, d: &Diff) -> Result<(), TestCaseError> {
    let regions_of = |side: &Side| -> Vec<Region> {
        side.permissions
            .iter()
            .map(|p| permission_region(p, &side.lists))
            .collect()
    };
    let (b, a) = (regions_of(before), regions_of(after));
    let (added, removed, unchanged) = (
        regions(&d.added)?,
        regions(&d.removed)?,
        regions(&d.unchanged)?,
    );
    for list in [&d.added, &d.removed, &d.unchanged] {
        prop_assert!(
            list.windows(2).all(|w| w[0] != w[1]),
            "an exposure listed twice: {list:#?}"
        );
    }
    let keys: BTreeSet<&Key> = [&b, &a, &added, &removed, &unchanged]
        .into_iter()
        .flatten()
        .map(|r| &r.key)
        .collect();
    for key in keys {
        let cover = cover_key(key);
        let of_key = |list: &[Region], k: &Key| {
            list.iter()
                .filter(|r| r.key == *k)
                .cloned()
                .collect::<Vec<_>>()
        };
        let own = |list: &[Region]| of_key(list, key);
        let covering =
            |list: &[Region]| cover.as_ref().map(|c| of_key(list, c)).unwrap_or_default();
        let (sb, sa, cb, ca) = (own(&b), own(&a), covering(&b), covering(&a));
        let (ra, rr, ru) = (own(&added), own(&removed), own(&unchanged));
        // What is reported under `all` for the same group, direction and peers.
        let (alla, allu, allr) = (covering(&added), covering(&unchanged), covering(&removed));
        let all_regions = [&sb, &sa, &ra, &rr, &ru];
        let max_port = if has_ports(key) { 65535 } else { 0 };
        let ports = cuts(
            all_regions.iter().flat_map(|l| l.iter().map(|r| r.ports)),
            max_port,
        );
        let max_addr = match key.space {
            Space::Family(f) => family_max(f),
            Space::Single(_) => 0,
        };
        let addrs = cuts(
            all_regions
                .iter()
                .chain([&cb, &ca].iter())
                .flat_map(|l| l.iter().map(|r| r.addrs)),
            max_addr,
        );
        let any =
            |list: &[Region], port: u128, addr: u128| list.iter().any(|r| r.holds(port, addr));
        let any_port = |list: &[Region], addr: u128| list.iter().any(|r| r.holds(r.ports.0, addr));
        for &port in &ports {
            for &addr in &addrs {
                let (s_b, s_a) = (any(&sb, port, addr), any(&sa, port, addr));
                let (c_b, c_a) = (any_port(&cb, addr), any_port(&ca, addr));
                let (allowed_before, allowed_after) = (s_b || c_b, s_a || c_a);
                let want = (
                    allowed_after && !allowed_before && !c_a,
                    allowed_before && !allowed_after && !c_b,
                    allowed_after && allowed_before && !(c_a && c_b),
                );
                let got = (
                    any(&ra, port, addr),
                    any(&rr, port, addr),
                    any(&ru, port, addr),
                );
                prop_assert_eq!(
                    got,
                    want,
                    "(added, removed, unchanged) of {:?} at port {} address {}",
                    key,
                    port,
                    addr
                );
                let under_all = |list: &[Region]| any_port(list, addr);
                // Under `all`, added and removed rows except what this protocol keeps: each cell
                // is reported once, as added, removed or unchanged.
                let all_rows = |list: &[std::sync::Arc<Exposure>]| -> Result<bool, TestCaseError> {
                    let Some(cover) = &cover else {
                        return Ok(false);
                    };
                    for e in list {
                        let r = exposure_region(e)?;
                        if r.key != *cover || !r.holds(r.ports.0, addr) {
                            continue;
                        }
                        let mut excepted = false;
                        for x in &e.except {
                            let x = exposure_region(&Exposure {
                                range: x.range.clone(),
                                peer: x.peer.clone(),
                                except: Box::default(),
                                ..(**e).clone()
                            })?;
                            excepted |= x.key == *key && x.holds(port, addr);
                        }
                        if !excepted {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                };
                let (all_added, all_removed) = (all_rows(&d.added)?, all_rows(&d.removed)?);
                let reported = [
                    got.0,
                    got.1,
                    got.2,
                    all_added,
                    all_removed,
                    under_all(&allu),
                ];
                prop_assert_eq!(
                    reported.iter().filter(|&&x| x).count(),
                    usize::from(allowed_before || allowed_after),
                    "(added, removed, unchanged, all added, all removed, all unchanged) {:?} of {:?} at port {} address {}: each cell once",
                    reported,
                    key,
                    port,
                    addr
                );
                prop_assert_eq!(
                    (all_added, all_removed),
                    (
                        allowed_after && !allowed_before && c_a,
                        allowed_before && !allowed_after && c_b
                    ),
                    "under all, {:?} at port {} address {}",
                    key,
                    port,
                    addr
                );
                prop_assert_eq!(
                    allowed_after,
                    got.0 || got.2 || under_all(&alla) || under_all(&allu),
                    "after the change, {:?} at port {} address {}",
                    key,
                    port,
                    addr
                );
                prop_assert_eq!(
                    allowed_before,
                    got.1 || got.2 || under_all(&allr) || under_all(&allu),
                    "before the change, {:?} at port {} address {}",
                    key,
                    port,
                    addr
                );
            }
        }
    }
    for (list, side, perms) in [
        (&d.added, &a, &after.permissions),
        (&d.unchanged, &a, &after.permissions),
        (&d.removed, &b, &before.permissions),
    ] {
        for e in list {
            let region = exposure_region(e)?;
            let cover = cover_key(&region.key);
            let owners: Vec<&Permission> = side
                .iter()
                .zip(perms)
                .filter(|(r, _)| {
                    (r.key == region.key && r.meets(&region, false))
                        || (Some(&r.key) == cover.as_ref() && r.meets(&region, true))
                })
                .map(|(_, p)| p)
                .collect();
            let resources: BTreeSet<String> =
                owners.iter().map(|p| p.resource.to_string()).collect();
            let origins: BTreeSet<Origin> =
                owners.iter().filter_map(|p| p.origin.clone()).collect();
            prop_assert!(!resources.is_empty(), "no resource declares {:?}", e);
            prop_assert_eq!(
                &e.resources
                    .iter()
                    .map(|r| r.to_string())
                    .collect::<Vec<_>>(),
                &resources.into_iter().collect::<Vec<_>>(),
                "{:?}",
                e
            );
            prop_assert_eq!(
                &e.origins.to_vec(),
                &origins.into_iter().collect::<Vec<_>>(),
                "{:?}",
                e
            );
        }
    }
    Ok(())
}

/// An exposure without the resources that declare it: (group, direction, protocol, from, to, peer).
type Fact = (
    String,
    Direction,
    Protocol,
    Option<i64>,
    Option<i64>,
    ExposedPeer,
    Vec<crate::diff::Except>,
);

/// An exposure without the resources that declare it (which side declares it differs).
fn fact(e: &Exposure) -> Fact {
    (
        e.owner.name().to_owned(),
        e.direction,
        e.range.protocol.clone(),
        e.range.aws_ports().0,
        e.range.aws_ports().1,
        e.peer.clone(),
        e.except.to_vec(),
    )
}

/// The facts of a list, sorted (hidden rows are sorted by their resources before their ports,
/// and the resources of the same row differ between the sides).
fn facts(list: &[std::sync::Arc<Exposure>]) -> Vec<Fact> {
    let mut out: Vec<Fact> = list.iter().map(|e| fact(e)).collect();
    out.sort();
    out
}

/// Replaces the chosen permissions to a (non-sensitive) CIDR by permissions to its halves, or
/// quarters, with everything else the same.
fn split_cidrs(side: &[Permission], choose: &[(bool, u8)]) -> Vec<Permission> {
    let mut out = Vec::new();
    for (p, &(split, depth)) in side
        .iter()
        .zip(choose.iter().chain(std::iter::repeat(&(false, 0))))
    {
        match p.peer {
            Peer::Cidr {
                net,
                sensitive: false,
            } if split && net.prefix_len() < net.max_prefix_len() => {
                let prefix = (net.prefix_len() + depth).min(net.max_prefix_len());
                for half in net.subnets(prefix).unwrap() {
                    out.push(Permission {
                        peer: Peer::cidr(half),
                        ..p.clone()
                    });
                }
            }
            _ => out.push(p.clone()),
        }
    }
    out
}

/// Replaces the chosen tcp/udp permissions by two permissions of adjacent port ranges.
fn split_ports(side: &[Permission], choose: &[(bool, u16)]) -> Vec<Permission> {
    let mut out = Vec::new();
    for (p, &(split, at)) in side
        .iter()
        .zip(choose.iter().chain(std::iter::repeat(&(false, 0))))
    {
        let range = match p.range.ports {
            Ports::All => Some((0, 65535)),
            Ports::Range(lo, hi) => Some((lo, hi)),
            _ => None,
        };
        match range {
            Some((lo, hi))
                if split
                    && lo < hi
                    && matches!(p.range.protocol, Protocol::Tcp | Protocol::Udp) =>
            {
                let mid = lo + at % (hi - lo);
                out.push(Permission {
                    range: PortRange {
                        ports: Ports::Range(lo, mid),
                        ..p.range.clone()
                    },
                    ..p.clone()
                });
                out.push(Permission {
                    range: PortRange {
                        ports: Ports::Range(mid + 1, hi),
                        ..p.range.clone()
                    },
                    ..p.clone()
                });
            }
            _ => out.push(p.clone()),
        }
    }
    out
}

fn choices<T: Arbitrary>() -> impl Strategy<Value = Vec<(bool, T)>> {
    prop::collection::vec((any::<bool>(), any::<T>()), 6)
}

proptest! {
    #![proptest_config(config(256))]

    /// A model compared with itself adds and removes nothing, and keeps everything it allows.
    #[test]
    fn a_model_against_itself_changes_nothing(x in side()) {
        let d = diff(&input_of(&x, &x));
        prop_assert!(d.added.is_empty(), "{:#?}", d.added);
        prop_assert!(d.removed.is_empty(), "{:#?}", d.removed);
        prop_assert_eq!(d.unchanged.is_empty(), x.permissions.is_empty());
        check_diff(&x, &x, &d)?;
    }

    /// The diff is what the oracle computes cell by cell.
    #[test]
    fn the_diff_is_exact(before in side(), after in side()) {
        let d = diff(&input_of(&before, &after));
        check_diff(&before, &after, &d)?;
    }

    /// Sensitive protocols and ports change only what is printed: the same exposures, and one
    /// is hidden when, and only when, its space (group, direction, protocol, address family)
    /// holds a permission whose protocol or ports are sensitive, on either side.
    #[test]
    fn hidden_ports_change_only_what_is_printed(before in side(), after in side()) {
        let shown = |s: &Side| Side {
            permissions: s
                .permissions
                .iter()
                .map(|p| Permission { range: PortRange { sensitive: false, ..p.range.clone() }, ..p.clone() })
                .collect(),
            lists: s.lists.clone(),
        };
        let d = diff(&input_of(&before, &after));
        let plain = diff(&input_of(&shown(&before), &shown(&after)));
        let cleared = |l: &[std::sync::Arc<Exposure>]| {
            let mut out: Vec<Exposure> = l
                .iter()
                .map(|e| {
                    let mut except: Vec<crate::diff::Except> = e
                        .except
                        .iter()
                        .map(|x| crate::diff::Except { range: PortRange { sensitive: false, ..x.range.clone() }, ..x.clone() })
                        .collect();
                    except.sort();
                    Exposure { range: PortRange { sensitive: false, ..e.range.clone() }, except: except.into(), ..(**e).clone() }
                })
                .collect();
            out.sort();
            out
        };
        prop_assert_eq!(cleared(&d.added), cleared(&plain.added));
        prop_assert_eq!(cleared(&d.removed), cleared(&plain.removed));
        prop_assert_eq!(cleared(&d.unchanged), cleared(&plain.unchanged));
        prop_assert!(plain.before().chain(plain.after()).all(|e| !e.range.sensitive));
        let secret: Vec<&Permission> = before
            .permissions
            .iter()
            .chain(&after.permissions)
            .filter(|p| p.range.sensitive)
            .collect();
        let family = |e: &Exposure| match &e.peer {
            ExposedPeer::Cidr(n) => Some(Family::of(n)),
            _ => None,
        };
        for e in d.before().chain(d.after()) {
            let shares = |p: &&Permission| {
                p.group == e.owner.name().into()
                    && p.direction == e.direction
                    && (p.range.protocol == e.range.protocol || p.range.protocol == Protocol::All)
            };
            if e.range.sensitive {
                prop_assert!(secret.iter().any(shares), "{:?}", e);
            }
            // A sensitive permission of the same protocol from a shown CIDR of the same family.
            let same_space = e.range.aws_ports().0.is_some() && secret.iter().any(|p| {
                p.range.protocol == e.range.protocol
                    && shares(p)
                    && !matches!(p.range.ports, Ports::Unknown(_))
                    && !matches!(p.range.protocol, Protocol::Unknown(_))
                    && matches!(&p.peer, Peer::Cidr { net, sensitive: false } if Some(Family::of(net)) == family(e))
            });
            if same_space {
                prop_assert!(e.range.sensitive, "{:?}", e);
            }
        }
    }

    /// Swapping before and after swaps added and removed, exposure for exposure, and keeps
    /// the unchanged exposures.
    #[test]
    fn swapping_the_sides_swaps_added_and_removed(x in side(), y in side()) {
        let forward = diff(&input_of(&x, &y));
        let backward = diff(&input_of(&y, &x));
        prop_assert_eq!(&forward.added, &backward.removed);
        prop_assert_eq!(&forward.removed, &backward.added);
        prop_assert_eq!(facts(&forward.unchanged), facts(&backward.unchanged));
    }

    /// Splitting CIDR permissions into their halves or quarters (or, read the other way,
    /// merging them into their parent), on either side, changes nothing in the diff.
    #[test]
    fn splitting_or_merging_cidrs_changes_nothing(
        before in side(),
        after in side(),
        split_before in choices::<u8>(),
        split_after in choices::<u8>(),
    ) {
        // Halves or quarters.
        let fit = |c: Vec<(bool, u8)>| {
            c.into_iter().map(|(s, d)| (s, 1 + d % 2)).collect::<Vec<_>>()
        };
        let whole = diff(&input_of(&before, &after));
        let b = Side {
            permissions: split_cidrs(&before.permissions, &fit(split_before)),
            ..before
        };
        let a = Side {
            permissions: split_cidrs(&after.permissions, &fit(split_after)),
            ..after
        };
        let split = diff(&input_of(&b, &a));
        prop_assert_eq!(&whole.added, &split.added);
        prop_assert_eq!(&whole.removed, &split.removed);
        prop_assert_eq!(&whole.unchanged, &split.unchanged);
    }

    /// Splitting a tcp/udp port range into two adjacent ranges (or merging them), on either
    /// side, changes nothing in the diff.
    #[test]
    fn splitting_or_merging_port_ranges_changes_nothing(
        before in side(),
        after in side(),
        split_before in choices::<u16>(),
        split_after in choices::<u16>(),
    ) {
        let whole = diff(&input_of(&before, &after));
        let b = Side {
            permissions: split_ports(&before.permissions, &split_before),
            ..before
        };
        let a = Side {
            permissions: split_ports(&after.permissions, &split_after),
            ..after
        };
        let split = diff(&input_of(&b, &a));
        prop_assert_eq!(&whole.added, &split.added);
        prop_assert_eq!(&whole.removed, &split.removed);
        prop_assert_eq!(&whole.unchanged, &split.unchanged);
    }
}
