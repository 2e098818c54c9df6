//! Address-set algebra: sets built from arbitrary intervals, their union, intersection and
//! difference checked against the intervals they came from (at every boundary), the sets'
//! invariants (sorted, disjoint, non-adjacent, within the family), and `to_cidrs` covering
//! exactly the set with the fewest blocks.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use sgaudit::netset::{
    Family, IntervalSet, holds_private, is_public, is_world, net_interval, to_cidrs,
};

/// A bound, biased towards the places where arithmetic goes wrong.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Bound {
    Small(u8),
    Any(u128),
    /// The family's largest value minus this.
    FromTop(u8),
    /// 2^bit plus a small offset.
    NearPower(u8, i8),
}

#[derive(Arbitrary, Debug)]
struct Case {
    v6: bool,
    a: Vec<(Bound, Bound)>,
    b: Vec<(Bound, Bound)>,
    probe: (Bound, Bound),
}

fn value(b: Bound, max: u128) -> u128 {
    let v = match b {
        Bound::Small(v) => u128::from(v),
        Bound::Any(v) => v,
        Bound::FromTop(d) => max - u128::from(d).min(max),
        Bound::NearPower(bit, off) => {
            let p = 1u128 << (u32::from(bit) % 128);
            if off < 0 {
                p.saturating_sub(u128::from(off.unsigned_abs()))
            } else {
                p.saturating_add(u128::from(off.unsigned_abs()))
            }
        }
    };
    if max == u128::MAX { v } else { v % (max + 1) }
}

fn interval((x, y): (Bound, Bound), max: u128) -> (u128, u128) {
    let (x, y) = (value(x, max), value(y, max));
    (x.min(y), x.max(y))
}

/// Sorted, disjoint, non-adjacent, non-empty intervals within the family.
fn well_formed(s: &IntervalSet, max: u128, what: &str) {
    let ivs = s.intervals();
    for &(lo, hi) in ivs {
        assert!(
            lo <= hi && hi <= max,
            "{what}: bad interval ({lo}, {hi}) in {ivs:?}"
        );
    }
    for w in ivs.windows(2) {
        assert!(
            w[0].1 < w[1].0 && w[0].1 + 1 < w[1].0,
            "{what}: intervals not sorted, disjoint and non-adjacent: {ivs:?}"
        );
    }
}

fn member(raw: &[(u128, u128)], p: u128) -> bool {
    raw.iter().any(|&(lo, hi)| lo <= p && p <= hi)
}

fn in_set(s: &IntervalSet, p: u128) -> bool {
    member(s.intervals(), p)
}

/// Every boundary of the intervals, and its neighbours: where membership can change.
fn points(sets: &[&[(u128, u128)]], max: u128) -> Vec<u128> {
    let mut out = vec![0, max];
    for ivs in sets {
        for &(lo, hi) in *ivs {
            for p in [lo.checked_sub(1), Some(lo), Some(hi), hi.checked_add(1)]
                .into_iter()
                .flatten()
            {
                if p <= max {
                    out.push(p);
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn check_cidrs(family: Family, s: &IntervalSet, max: u128) {
    let nets = to_cidrs(family, s);
    let ivs: Vec<(u128, u128)> = nets.iter().map(net_interval).collect();
    for (net, &(lo, _)) in nets.iter().zip(&ivs) {
        assert_eq!(Family::of(net), family, "{net} is of the wrong family");
        assert_eq!(net.trunc(), *net, "{net} has host bits set");
        assert!(lo <= max);
    }
    for w in ivs.windows(2) {
        assert!(
            w[0].1 < w[1].0,
            "blocks not in order or overlapping: {nets:?}"
        );
    }
    assert_eq!(
        &IntervalSet::from_intervals(ivs.clone()),
        s,
        "blocks {nets:?} do not cover exactly {:?}",
        s.intervals()
    );
    // Fewest blocks: no two neighbours are the halves of one block.
    for w in nets.windows(2) {
        if w[0].prefix_len() == w[1].prefix_len()
            && w[0].prefix_len() > 0
            && w[0].supernet().is_some_and(|p| Some(p) == w[1].supernet())
        {
            panic!("{} and {} make one block: {nets:?}", w[0], w[1]);
        }
    }
}

fuzz_target!(|case: Case| {
    let (family, max) = if case.v6 {
        (Family::V6, u128::MAX)
    } else {
        (Family::V4, u128::from(u32::MAX))
    };
    let raw_a: Vec<(u128, u128)> = case.a.iter().map(|&i| interval(i, max)).collect();
    let raw_b: Vec<(u128, u128)> = case.b.iter().map(|&i| interval(i, max)).collect();
    let a = IntervalSet::from_intervals(raw_a.clone());
    let b = IntervalSet::from_intervals(raw_b.clone());
    let union = IntervalSet::from_intervals([a.intervals(), b.intervals()].concat());
    let inter = a.intersection(&b);
    let diff = a.difference(&b);
    for (s, what) in [
        (&a, "a"),
        (&b, "b"),
        (&union, "a ∪ b"),
        (&inter, "a ∩ b"),
        (&diff, "a − b"),
    ] {
        well_formed(s, max, what);
    }
    let all = [
        &raw_a[..],
        &raw_b[..],
        union.intervals(),
        inter.intervals(),
        diff.intervals(),
    ];
    for p in points(&all, max) {
        let (in_a, in_b) = (member(&raw_a, p), member(&raw_b, p));
        assert_eq!(in_set(&a, p), in_a, "a at {p}");
        assert_eq!(in_set(&b, p), in_b, "b at {p}");
        assert_eq!(in_set(&union, p), in_a || in_b, "a ∪ b at {p}");
        assert_eq!(in_set(&inter, p), in_a && in_b, "a ∩ b at {p}");
        assert_eq!(in_set(&diff, p), in_a && !in_b, "a − b at {p}");
    }
    assert_eq!(a.intersects(&b), !inter.is_empty());

    let probe = interval(case.probe, max);
    let whole = IntervalSet::from_interval(probe.0, probe.1)
        .difference(&a)
        .is_empty();
    assert_eq!(
        a.contains(probe),
        whole,
        "contains {probe:?} in {:?}",
        a.intervals()
    );

    for s in [&a, &union, &inter, &diff] {
        check_cidrs(family, s, max);
        assert_eq!(is_world(family, s), s.intervals() == [(0, max)]);
        if !s.is_empty() {
            assert!(
                is_public(family, s) || holds_private(family, s),
                "a non-empty set is public or private somewhere"
            );
        }
    }
});
