//! Exact arithmetic on sets of integers (addresses, ports) as sorted disjoint intervals, and the
//! translation between address sets and CIDR blocks, including the public/world classification.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::OnceLock;

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

/// An IP address family. IPv4 and IPv6 addresses never mix in one set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    V4,
    V6,
}

impl Family {
    pub fn of(net: &IpNet) -> Family {
        match net {
            IpNet::V4(_) => Family::V4,
            IpNet::V6(_) => Family::V6,
        }
    }

    /// The highest address of the family.
    pub fn max(self) -> u128 {
        match self {
            Family::V4 => u128::from(u32::MAX),
            Family::V6 => u128::MAX,
        }
    }

    fn bits(self) -> u8 {
        match self {
            Family::V4 => 32,
            Family::V6 => 128,
        }
    }
}

/// A set of integers as sorted, disjoint, non-adjacent inclusive intervals.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct IntervalSet {
    ivs: Vec<(u128, u128)>,
}

impl IntervalSet {
    pub fn from_interval(lo: u128, hi: u128) -> IntervalSet {
        IntervalSet {
            ivs: vec![(lo, hi)],
        }
    }

    /// Builds a set from intervals in any order, merging overlaps and neighbours.
    pub fn from_intervals(mut ivs: Vec<(u128, u128)>) -> IntervalSet {
        ivs.sort_unstable();
        let mut out: Vec<(u128, u128)> = Vec::with_capacity(ivs.len());
        for (lo, hi) in ivs {
            match out.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => out.push((lo, hi)),
            }
        }
        IntervalSet { ivs: out }
    }

    pub fn is_empty(&self) -> bool {
        self.ivs.is_empty()
    }

    pub fn intervals(&self) -> &[(u128, u128)] {
        &self.ivs
    }

    /// The elements of either set.
    pub fn union(&self, other: &IntervalSet) -> IntervalSet {
        let mut all = Vec::with_capacity(self.ivs.len() + other.ivs.len());
        all.extend_from_slice(&self.ivs);
        all.extend_from_slice(&other.ivs);
        IntervalSet::from_intervals(all)
    }

    /// The elements of `self` that are not in `other`, in one linear merge.
    pub fn difference(&self, other: &IntervalSet) -> IntervalSet {
        let mut out = Vec::new();
        // The intervals of `other` that may still overlap an interval of `self`.
        let mut rest = other.ivs.as_slice();
        for &(lo, hi) in &self.ivs {
            let mut cur = lo;
            let mut open = true;
            while let [(_, ohi), tail @ ..] = rest
                && *ohi < cur
            {
                rest = tail;
            }
            for &(olo, ohi) in rest.iter().take_while(|o| o.0 <= hi) {
                if olo > cur {
                    out.push((cur, olo - 1));
                }
                if ohi >= hi {
                    open = false;
                    break;
                }
                cur = ohi + 1;
            }
            if open {
                out.push((cur, hi));
            }
        }
        IntervalSet { ivs: out }
    }

    pub fn intersection(&self, other: &IntervalSet) -> IntervalSet {
        let (mut a, mut b) = (self.ivs.as_slice(), other.ivs.as_slice());
        let mut out = Vec::new();
        while let ([(alo, ahi), a_rest @ ..], [(blo, bhi), b_rest @ ..]) = (a, b) {
            let lo = *alo.max(blo);
            let hi = *ahi.min(bhi);
            if lo <= hi {
                out.push((lo, hi));
            }
            if ahi < bhi {
                a = a_rest;
            } else {
                b = b_rest;
            }
        }
        IntervalSet { ivs: out }
    }

    /// Whether the set holds every element of the interval.
    pub fn contains(&self, (lo, hi): (u128, u128)) -> bool {
        let i = self.ivs.partition_point(|iv| iv.1 < lo);
        self.ivs.get(i).is_some_and(|iv| iv.0 <= lo && hi <= iv.1)
    }

    pub fn intersects(&self, other: &IntervalSet) -> bool {
        !self.intersection(other).is_empty()
    }
}

/// The addresses of one CIDR block as an interval.
pub fn net_interval(net: &IpNet) -> (u128, u128) {
    match net {
        IpNet::V4(n) => (
            u128::from(u32::from(n.network())),
            u128::from(u32::from(n.broadcast())),
        ),
        IpNet::V6(n) => (u128::from(n.network()), u128::from(n.broadcast())),
    }
}

/// The smallest list of CIDR blocks that covers exactly the set, in address order.
pub fn to_cidrs(family: Family, set: &IntervalSet) -> Vec<IpNet> {
    let bits = family.bits();
    let mut out = Vec::new();
    for &(lo, hi) in set.intervals() {
        let mut cur = lo;
        loop {
            // The largest block that starts at `cur` (alignment) and stays within `hi`.
            let align = if cur == 0 {
                bits
            } else {
                (cur.trailing_zeros() as u8).min(bits)
            };
            let mut size = align;
            while size > 0 && block_end(cur, size) > hi {
                size -= 1;
            }
            out.push(make_net(family, cur, bits - size));
            let end = block_end(cur, size);
            if end >= hi {
                break;
            }
            cur = end + 1;
        }
    }
    out
}

/// Covers a set given per segment of another dimension (ports) with few rectangles: each block
/// that `blocks` cuts a segment's set into (CIDR blocks, say) is stretched over every following
/// segment whose set contains it. Rectangles may overlap (`0.0.0.0/0` on one port and
/// `10.0.0.0/8` on all ports); their union is exact. Each is its block's label, its interval,
/// and its first and last segment.
pub fn rectangles<B>(
    sets: &[IntervalSet],
    blocks: impl Fn(&IntervalSet) -> Vec<(B, (u128, u128))>,
) -> Vec<(B, (u128, u128), usize, usize)> {
    let mut out = Vec::new();
    // The last segment of the rectangle started for each block so far.
    let mut reach: std::collections::BTreeMap<(u128, u128), usize> =
        std::collections::BTreeMap::new();
    for (j, set) in sets.iter().enumerate() {
        for (label, block) in blocks(set) {
            // A rectangle of the same block that started earlier may already reach this
            // segment. That the previous segment contains the block is not enough: it may
            // have been covered there by a larger block whose run ends before this segment.
            if reach.get(&block).is_some_and(|&end| end >= j) {
                continue;
            }
            let mut last = j;
            for next in sets.iter().skip(j + 1) {
                if !next.contains(block) {
                    break;
                }
                last += 1;
            }
            reach.insert(block, last);
            out.push((label, block, j, last));
        }
    }
    out
}

/// The last address of the block of `2^size` addresses that starts at `start`.
fn block_end(start: u128, size: u8) -> u128 {
    if size >= 128 {
        u128::MAX
    } else {
        start + ((1u128 << size) - 1)
    }
}

#[expect(
    clippy::expect_used,
    reason = "an IPv4 set holds only IPv4 addresses, and `prefix` is `bits - size` with \
              `size <= bits`, so at most the family's width"
)]
fn make_net(family: Family, addr: u128, prefix: u8) -> IpNet {
    match family {
        Family::V4 => {
            let a = Ipv4Addr::from(u32::try_from(addr).expect("IPv4 addresses fit in 32 bits"));
            IpNet::V4(Ipv4Net::new(a, prefix).expect("prefix within 0..=32"))
        }
        Family::V6 => {
            IpNet::V6(Ipv6Net::new(Ipv6Addr::from(addr), prefix).expect("prefix within 0..=128"))
        }
    }
}

/// Private and special-purpose ranges: an address outside all of them is public.
const PRIVATE_V4: [&str; 11] = [
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "100.64.0.0/10",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "0.0.0.0/8",
    "192.0.0.0/24",
    "198.18.0.0/15",
    "224.0.0.0/4",
    "240.0.0.0/4",
];
const PRIVATE_V6: [&str; 4] = ["fc00::/7", "fe80::/10", "::1/128", "ff00::/8"];

/// The private and special-purpose ranges of a family: an address outside them is public.
pub fn private_set(family: Family) -> &'static IntervalSet {
    static V4: OnceLock<IntervalSet> = OnceLock::new();
    static V6: OnceLock<IntervalSet> = OnceLock::new();
    match family {
        Family::V4 => V4.get_or_init(|| build_private_set(Family::V4)),
        Family::V6 => V6.get_or_init(|| build_private_set(Family::V6)),
    }
}

#[expect(
    clippy::expect_used,
    reason = "PRIVATE_V4 and PRIVATE_V6 are constants, all valid CIDR blocks"
)]
fn build_private_set(family: Family) -> IntervalSet {
    let v4: Vec<IpNet> = PRIVATE_V4
        .iter()
        .map(|s| s.parse().expect("valid built-in CIDR"))
        .collect();
    match family {
        Family::V4 => IntervalSet::from_intervals(v4.iter().map(net_interval).collect()),
        Family::V6 => {
            let mut ivs: Vec<(u128, u128)> = PRIVATE_V6
                .iter()
                .map(|s| net_interval(&s.parse().expect("valid built-in CIDR")))
                .collect();
            // IPv4-mapped forms (::ffff:a.b.c.d) of the private IPv4 ranges.
            let mapped = 0xffff_u128 << 32;
            ivs.extend(v4.iter().map(|n| {
                let (lo, hi) = net_interval(n);
                (mapped | lo, mapped | hi)
            }));
            IntervalSet::from_intervals(ivs)
        }
    }
}

/// Every public address of a family: what "the internet" is.
pub fn internet(family: Family) -> IntervalSet {
    IntervalSet::from_interval(0, family.max()).difference(private_set(family))
}

/// A set of addresses as sentences write it: `0.0.0.0/0` (`::/0`) for every public address of
/// the family (what the internet sends from), else its CIDR blocks.
pub fn describe(family: Family, set: &IntervalSet) -> Vec<String> {
    if *set == internet(family) {
        let world = match family {
            Family::V4 => IpNet::V4(Ipv4Net::default()),
            Family::V6 => IpNet::V6(Ipv6Net::default()),
        };
        return vec![world.to_string()];
    }
    to_cidrs(family, set)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// Whether the set holds any address outside the private and special-purpose ranges.
pub fn is_public(family: Family, set: &IntervalSet) -> bool {
    !set.difference(private_set(family)).is_empty()
}

/// [`is_public`] of the set of one interval, without making the set: the private set's
/// intervals are merged (neighbours too), so an interval holds no public address exactly when
/// one of them contains it.
pub fn is_public_interval(family: Family, (lo, hi): (u128, u128)) -> bool {
    !private_set(family)
        .intervals()
        .iter()
        .any(|&(from, to)| from <= lo && hi <= to)
}

/// Whether the set holds any private or special-purpose address.
pub fn holds_private(family: Family, set: &IntervalSet) -> bool {
    set.intersects(private_set(family))
}

/// Whether the set is the whole address family.
pub fn is_world(family: Family, set: &IntervalSet) -> bool {
    set.intervals() == [(0, family.max())]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-interval test answers as the set's does, on blocks inside, across and outside
    /// the private ranges of both families.
    #[test]
    fn is_public_interval_is_is_public_of_one_block() {
        for cidr in [
            "10.0.0.0/8",
            "10.1.0.0/16",
            "10.0.0.0/7",
            "11.0.0.0/8",
            "0.0.0.0/0",
            "172.16.0.0/12",
            "172.16.0.0/11",
            "192.168.1.0/24",
            "100.64.0.0/10",
            "8.8.8.8/32",
            "127.0.0.1/32",
            "::/0",
            "fc00::/7",
            "fd00::/8",
            "fe80::/10",
            "2001:db8::/32",
            "2600::/16",
            "::ffff:10.0.0.0/104",
            "::ffff:0.0.0.0/96",
        ] {
            let net: IpNet = cidr.parse().unwrap();
            let family = Family::of(&net);
            let (lo, hi) = net_interval(&net);
            assert_eq!(
                is_public_interval(family, (lo, hi)),
                is_public(family, &IntervalSet::from_interval(lo, hi)),
                "{cidr}"
            );
        }
    }

    fn set(cidrs: &[&str]) -> (Family, IntervalSet) {
        let nets: Vec<IpNet> = cidrs.iter().map(|c| c.parse().unwrap()).collect();
        let family = Family::of(&nets[0]);
        (
            family,
            IntervalSet::from_intervals(nets.iter().map(net_interval).collect()),
        )
    }

    fn cidrs(family: Family, s: &IntervalSet) -> Vec<String> {
        to_cidrs(family, s)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn split_halves_merge_into_the_world() {
        let (f, s) = set(&["0.0.0.0/1", "128.0.0.0/1"]);
        assert!(is_world(f, &s));
        assert_eq!(cidrs(f, &s), ["0.0.0.0/0"]);
        let (f, s) = set(&["::/1", "8000::/1"]);
        assert!(is_world(f, &s));
        assert_eq!(cidrs(f, &s), ["::/0"]);
    }

    #[test]
    fn world_minus_ten_slash_eight_is_eight_blocks() {
        let (f, world) = set(&["0.0.0.0/0"]);
        let (_, ten) = set(&["10.0.0.0/8"]);
        let rest = world.difference(&ten);
        assert_eq!(
            cidrs(f, &rest),
            [
                "0.0.0.0/5",
                "8.0.0.0/7",
                "11.0.0.0/8",
                "12.0.0.0/6",
                "16.0.0.0/4",
                "32.0.0.0/3",
                "64.0.0.0/2",
                "128.0.0.0/1"
            ]
        );
        assert_eq!(rest.union(&ten), world);
        assert!(rest.intersection(&ten).is_empty());
    }

    #[test]
    fn public_classification_follows_the_special_ranges() {
        for (cidr, public) in [
            ("10.0.0.0/8", false),
            ("10.0.0.0/7", true),
            ("172.16.0.0/12", false),
            ("172.32.0.0/16", true),
            ("100.64.0.0/10", false),
            ("203.0.113.42/32", true),
            ("0.0.0.0/0", true),
            ("fd00::/8", false),
            ("fe80::/10", false),
            ("2001:db8::/32", true),
            ("::ffff:10.0.0.0/104", false),
            ("::ffff:0.0.0.0/96", true),
            ("::/0", true),
        ] {
            let (f, s) = set(&[cidr]);
            assert_eq!(is_public(f, &s), public, "{cidr}");
        }
    }

    #[test]
    fn difference_handles_interleaved_intervals() {
        let a = IntervalSet::from_intervals(vec![(0, 10), (20, 30), (40, 50)]);
        let b = IntervalSet::from_intervals(vec![(5, 22), (25, 25), (45, 60)]);
        assert_eq!(
            a.difference(&b).intervals(),
            [(0, 4), (23, 24), (26, 30), (40, 44)]
        );
        assert_eq!(
            a.intersection(&b).intervals(),
            [(5, 10), (20, 22), (25, 25), (45, 50)]
        );
        assert_eq!(b.difference(&a).intervals(), [(11, 19), (51, 60)]);
    }
}
