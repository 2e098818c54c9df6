//! Exact sets as people say them: the shortest exact form of a set of addresses or ports (its
//! elements, or the whole range "except" what it leaves out), and of a change of one ("now
//! (was before)"). Nothing here rounds: every phrase names exactly the set it is given.

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

use crate::netset::{Family, IntervalSet, internet, is_world, to_cidrs};

/// The whole address family as a CIDR block: `0.0.0.0/0` or `::/0`.
pub fn world(family: Family) -> IpNet {
    match family {
        Family::V4 => IpNet::V4(Ipv4Net::default()),
        Family::V6 => IpNet::V6(Ipv6Net::default()),
    }
}

/// A set of addresses of one family in its shortest exact form: the world's block for the whole
/// family or for every public address (what "the internet" is in sgaudit's sentences), else
/// the fewer items of its CIDR blocks (`10.0.0.0/8, 172.16.0.0/12`) and the world's block
/// followed by what it leaves out (`0.0.0.0/0 except 10.0.0.0/8`); the blocks when they tie.
/// An empty set is `nothing`.
pub fn addresses(family: Family, set: &IntervalSet) -> String {
    if set.is_empty() {
        return "nothing".to_owned();
    }
    if is_world(family, set) || is_internet(family, set) {
        return world(family).to_string();
    }
    let blocks = to_cidrs(family, set);
    // The world except one block is two items: it can only be shorter than three blocks or
    // more.
    if blocks.len() < 3 {
        return join(&blocks);
    }
    let all = IntervalSet::from_interval(0, family.max());
    let left_out = to_cidrs(family, &all.difference(set));
    if left_out.len() + 1 < blocks.len() {
        format!("{} except {}", world(family), join(&left_out))
    } else {
        join(&blocks)
    }
}

/// Every public address of the family (`netset::internet`), made once.
fn the_internet(family: Family) -> &'static IntervalSet {
    use std::sync::OnceLock;
    static V4: OnceLock<IntervalSet> = OnceLock::new();
    static V6: OnceLock<IntervalSet> = OnceLock::new();
    let cell = match family {
        Family::V4 => &V4,
        Family::V6 => &V6,
    };
    cell.get_or_init(|| internet(family))
}

/// Whether the set is every public address of the family.
pub fn is_internet(family: Family, set: &IntervalSet) -> bool {
    // Cheap first: the internet of a family is many intervals.
    set.intervals().len() > 1 && set == the_internet(family)
}

/// Whether the set holds every public address of the family.
pub fn holds_internet(family: Family, set: &IntervalSet) -> bool {
    the_internet(family).difference(set).is_empty()
}

/// A change of a set of addresses: `now (was before)`; only `now` when nothing was there
/// before; `nothing (was before)` when nothing is left; `now` when it did not change.
pub fn changed_addresses(family: Family, before: &IntervalSet, after: &IntervalSet) -> String {
    changed(
        addresses(family, before),
        addresses(family, after),
        before == after,
        before.is_empty(),
    )
}

/// A set of ports (0–65535) in its shortest exact form: `all`, the ranges (`22`, `80, 443`,
/// `1024-65535`), or `all but` the ranges it leaves out (`all but 443`); the ranges when they
/// tie. An empty set is `none`.
pub fn ports(set: &IntervalSet) -> String {
    const MAX: u128 = 65_535;
    if set.is_empty() {
        return "none".to_owned();
    }
    let all = IntervalSet::from_interval(0, MAX);
    if *set == all {
        return "all".to_owned();
    }
    let left_out = all.difference(set);
    if left_out.intervals().len() < set.intervals().len() {
        format!("all but {}", ranges(&left_out))
    } else {
        ranges(set)
    }
}

/// A change of a set of ports, as [`changed_addresses`] says one of addresses.
pub fn changed_ports(before: &IntervalSet, after: &IntervalSet) -> String {
    changed(
        ports(before),
        ports(after),
        before == after,
        before.is_empty(),
    )
}

fn changed(before: String, after: String, same: bool, was_empty: bool) -> String {
    if same || was_empty {
        after
    } else {
        format!("{after} (was {before})")
    }
}

fn join(blocks: &[IpNet]) -> String {
    blocks
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn ranges(set: &IntervalSet) -> String {
    set.intervals()
        .iter()
        .map(|&(lo, hi)| {
            if lo == hi {
                lo.to_string()
            } else {
                format!("{lo}-{hi}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netset::net_interval;

    fn set(cidrs: &[&str]) -> IntervalSet {
        IntervalSet::from_intervals(
            cidrs
                .iter()
                .map(|c| net_interval(&c.parse().unwrap()))
                .collect(),
        )
    }

    fn ports_of(ranges: &[(u128, u128)]) -> IntervalSet {
        IntervalSet::from_intervals(ranges.to_vec())
    }

    #[test]
    fn ssh_widened_to_the_world_says_the_world_and_what_it_was() {
        let before = set(&["10.0.0.0/8"]);
        let after = set(&["0.0.0.0/0"]);
        assert_eq!(
            changed_addresses(Family::V4, &before, &after),
            "0.0.0.0/0 (was 10.0.0.0/8)"
        );
        // What the change adds is the world but the old block: one phrase, not eight blocks.
        assert_eq!(
            addresses(Family::V4, &after.difference(&before)),
            "0.0.0.0/0 except 10.0.0.0/8"
        );
    }

    #[test]
    fn a_bastion_widened_from_a_slash_16_is_one_phrase_not_sixteen_rows() {
        let added = set(&["0.0.0.0/0"]).difference(&set(&["10.20.0.0/16"]));
        assert_eq!(to_cidrs(Family::V4, &added).len(), 16);
        assert_eq!(
            addresses(Family::V4, &added),
            "0.0.0.0/0 except 10.20.0.0/16"
        );
    }

    #[test]
    fn a_few_blocks_are_said_as_they_are() {
        assert_eq!(
            addresses(Family::V4, &set(&["10.0.0.0/8", "172.16.0.0/12"])),
            "10.0.0.0/8, 172.16.0.0/12"
        );
        assert_eq!(
            addresses(Family::V4, &set(&["203.0.113.7/32"])),
            "203.0.113.7/32"
        );
        // Two blocks either way: the blocks, not the complement.
        assert_eq!(addresses(Family::V4, &set(&["0.0.0.0/1"])), "0.0.0.0/1");
        assert_eq!(addresses(Family::V4, &IntervalSet::default()), "nothing");
    }

    #[test]
    fn every_public_address_is_the_world_as_sentences_say_it() {
        assert_eq!(addresses(Family::V4, &internet(Family::V4)), "0.0.0.0/0");
        assert_eq!(addresses(Family::V6, &set(&["::/0"])), "::/0");
        assert_eq!(
            addresses(
                Family::V6,
                &set(&["::/0"]).difference(&set(&["2001:db8::/32"]))
            ),
            "::/0 except 2001:db8::/32"
        );
    }

    #[test]
    fn a_phrase_is_exact_whichever_form_it_takes() {
        // Parse every phrase back and compare it with the set it names.
        let cases = [
            set(&["0.0.0.0/0"]).difference(&set(&["10.0.0.0/8", "192.168.0.0/16"])),
            set(&["10.0.0.0/8", "11.0.0.0/8", "12.0.0.0/8"]),
            set(&["0.0.0.0/0"]).difference(&set(&["8.8.8.8/32"])),
        ];
        for case in cases {
            let said = addresses(Family::V4, &case);
            let (kept, left_out) = match said.split_once(" except ") {
                Some((w, rest)) => (vec![w], rest.split(", ").collect::<Vec<_>>()),
                None => (said.split(", ").collect(), vec![]),
            };
            let back = set(&kept).difference(&set(&left_out));
            assert_eq!(back, case, "{said}");
        }
    }

    #[test]
    fn ports_say_the_shorter_of_what_is_open_and_what_is_not() {
        assert_eq!(ports(&ports_of(&[(22, 22)])), "22");
        assert_eq!(ports(&ports_of(&[(80, 80), (443, 443)])), "80, 443");
        assert_eq!(ports(&ports_of(&[(1024, 65_535)])), "1024-65535");
        assert_eq!(ports(&ports_of(&[(0, 65_535)])), "all");
        assert_eq!(ports(&ports_of(&[(0, 442), (444, 65_535)])), "all but 443");
        assert_eq!(ports(&IntervalSet::default()), "none");
        assert_eq!(
            changed_ports(&ports_of(&[(443, 443)]), &ports_of(&[(0, 65_535)])),
            "all (was 443)"
        );
        assert_eq!(
            changed_ports(&IntervalSet::default(), &ports_of(&[(22, 22)])),
            "22"
        );
    }
}
