//! The rows of an exposure table said as people say them, past the addresses
//! (`super::merged_exposures` merges those): the rows of one direction, protocol and peer whose
//! ports together form a set become one row (`all but 443`, `all (was 443)`), and tcp and udp
//! rows alike in all else one row (`tcp, udp`). Only what is exactly a set of ports times a
//! set of peers on each side of the change is merged; everything else keeps its rows.

use crate::diff::ExposedPeer;
use crate::model::{Direction, Ports, Protocol};
use crate::netset::{Family, IntervalSet};

use super::Merged;

/// What a row covers, exactly, when its protocol has ports (tcp, udp) that are known and shown,
/// and nothing is excepted: the rows [`merge`] may join.
#[derive(Clone)]
pub(super) struct Cells {
    pub protocol: Protocol,
    /// The ports of the row (0–65535).
    pub ports: IntervalSet,
    pub peer: Peer,
    /// The peer's addresses before and after the change (a CIDR row's blocks), or `{0}` on
    /// the sides of the change where a peer of another kind is there, `{}` where it is not.
    pub before: IntervalSet,
    pub after: IntervalSet,
}

/// Who a row's peer is, for joining rows: the blocks of an address family, or one peer that is
/// printed as it is (a group, the group itself, a prefix list).
#[derive(Clone, PartialEq, Eq)]
pub(super) enum Peer {
    Addresses(Family),
    Other(ExposedPeer),
}

impl Cells {
    /// The cells of a row of one protocol and ports, when [`merge`] may join it: tcp or udp,
    /// its ports known and shown, nothing excepted.
    pub fn of(
        range: &crate::model::PortRange,
        excepts: bool,
        peer: Peer,
        before: IntervalSet,
        after: IntervalSet,
    ) -> Option<Cells> {
        if range.sensitive || excepts || !matches!(range.protocol, Protocol::Tcp | Protocol::Udp) {
            return None;
        }
        let (lo, hi) = match range.ports {
            Ports::All | Ports::Range(..) => range.ports.interval(),
            Ports::Icmp { .. } | Ports::Unknown(_) => return None,
        };
        Some(Cells {
            protocol: range.protocol.clone(),
            ports: IntervalSet::from_interval(u128::from(lo), u128::from(hi)),
            peer,
            before,
            after,
        })
    }

    /// The cells of a row whose peer is not a CIDR block (`mark` says on which sides it is),
    /// when it is one that prints as itself.
    pub fn of_peer(
        range: &crate::model::PortRange,
        excepts: bool,
        peer: &ExposedPeer,
        mark: &str,
    ) -> Option<Cells> {
        if !matches!(
            peer,
            ExposedPeer::Group(_) | ExposedPeer::SelfRef | ExposedPeer::PrefixList(..)
        ) {
            return None;
        }
        let one = IntervalSet::from_interval(0, 0);
        let (before, after) = match mark {
            "+" => (IntervalSet::default(), one),
            "-" => (one, IntervalSet::default()),
            _ => (one.clone(), one),
        };
        Cells::of(range, excepts, Peer::Other(peer.clone()), before, after)
    }
}

/// Joins the rows of one direction, protocol and peer whose ports make, on each side of the
/// change, one set of ports times one set of addresses (so the row says exactly what both
/// sides hold: `all (was 443)` from `0.0.0.0/0`); when the rows of a peer do not, those alike
/// on both sides are joined. Then tcp and udp rows that say the same ports and peer with the
/// same mark become one. Each joined row takes the place of its first.
pub(super) fn merge(rows: Vec<Merged>) -> Vec<Merged> {
    by_protocols(by_ports(rows))
}

fn by_ports(rows: Vec<Merged>) -> Vec<Merged> {
    // The rows of each (direction, protocol, peer), by position.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(cells) = &row.cells else { continue };
        let found = groups.iter_mut().find(|g| {
            g.first()
                .and_then(|&j| rows.get(j))
                .is_some_and(|first| same_space(first, row.direction, cells))
        });
        match found {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    let cells_of = |list: &[usize]| -> Vec<&Cells> {
        list.iter()
            .filter_map(|&i| rows.get(i)?.cells.as_ref())
            .collect()
    };
    let mut joined: Vec<Vec<usize>> = Vec::new();
    for group in groups {
        if group.len() < 2 {
            continue;
        }
        let cells = cells_of(&group);
        if product(&cells, |c| &c.before).is_some() && product(&cells, |c| &c.after).is_some() {
            joined.push(group);
            continue;
        }
        // Else those alike on both sides of the change.
        let mut alike: Vec<Vec<usize>> = Vec::new();
        for i in group {
            let found = alike.iter_mut().find(|a| {
                a.first()
                    .and_then(|&j| rows.get(j)?.cells.as_ref())
                    .zip(rows.get(i).and_then(|r| r.cells.as_ref()))
                    .is_some_and(|(x, y)| x.before == y.before && x.after == y.after)
            });
            match found {
                Some(a) => a.push(i),
                None => alike.push(vec![i]),
            }
        }
        joined.extend(alike.into_iter().filter(|a| a.len() > 1));
    }
    join(rows, joined, |list| {
        let cells: Vec<&Cells> = list.iter().filter_map(|r| r.cells.as_ref()).collect();
        let (ports_before, before) = product(&cells, |c| &c.before)?;
        let (ports_after, after) = product(&cells, |c| &c.after)?;
        let first = list.first()?;
        let mark = if first.mark.is_empty() {
            ""
        } else if ports_before.is_empty() {
            "+"
        } else if ports_after.is_empty() {
            "-"
        } else if ports_before == ports_after && before == after {
            "="
        } else {
            "~"
        };
        let ports = match mark {
            "-" => crate::phrase::ports(&ports_before),
            "" => crate::phrase::ports(&ports_after),
            _ => crate::phrase::changed_ports(&ports_before, &ports_after),
        };
        let mut joined = first.cells.clone()?;
        let peer = match (&joined.peer, mark) {
            (Peer::Addresses(family), "-") => crate::phrase::addresses(*family, &before),
            (Peer::Addresses(family), _) => {
                crate::phrase::changed_addresses(*family, &before, &after)
            }
            (Peer::Other(_), _) => first.peer.clone(),
        };
        joined.ports = ports_after.union(&ports_before);
        joined.before = before;
        joined.after = after;
        Some((mark, ports, peer, joined))
    })
}

/// Whether one side of the rows (their ports times their addresses on that side, together)
/// is one set of ports times one set of addresses: those sets (both empty when the rows have
/// nothing on that side), else `None`. The rows may overlap (the diff covers a change with
/// few rectangles, not disjoint ones): each stretch of ports between the rows' bounds holds
/// the addresses of every row over it, and all that hold any must hold the same.
fn product(
    cells: &[&Cells],
    side: fn(&Cells) -> &IntervalSet,
) -> Option<(IntervalSet, IntervalSet)> {
    let rows: Vec<(u128, u128, &IntervalSet)> = cells
        .iter()
        .filter(|c| !side(c).is_empty())
        .flat_map(|c| {
            c.ports
                .intervals()
                .iter()
                .map(|&(lo, hi)| (lo, hi, side(c)))
        })
        .collect();
    let mut bounds: Vec<u128> = rows.iter().flat_map(|&(lo, hi, _)| [lo, hi + 1]).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let (mut ports, mut common): (Vec<(u128, u128)>, Option<IntervalSet>) = (Vec::new(), None);
    for pair in bounds.windows(2) {
        let [lo, next] = pair else { continue };
        let hi = next - 1;
        let held = rows
            .iter()
            .filter(|&&(a, b, _)| a <= *lo && hi <= b)
            .fold(IntervalSet::default(), |acc, (_, _, set)| acc.union(set));
        if held.is_empty() {
            continue;
        }
        match &common {
            Some(c) if *c != held => return None,
            Some(_) => {}
            None => common = Some(held),
        }
        ports.push((*lo, hi));
    }
    Some((
        IntervalSet::from_intervals(ports),
        common.unwrap_or_default(),
    ))
}

/// Whether two rows are of one direction, protocol and peer.
fn same_space(row: &Merged, direction: Direction, cells: &Cells) -> bool {
    row.direction == direction
        && row
            .cells
            .as_ref()
            .is_some_and(|c| c.protocol == cells.protocol && c.peer == cells.peer)
}

fn by_protocols(rows: Vec<Merged>) -> Vec<Merged> {
    let mut joined: Vec<Vec<usize>> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if row.cells.is_none() {
            continue;
        }
        let found = joined.iter_mut().find(|g| {
            g.first().and_then(|&j| rows.get(j)).is_some_and(|first| {
                first.direction == row.direction
                    && first.mark == row.mark
                    && first.ports == row.ports
                    && first.peer == row.peer
                    && first.protocol != row.protocol
            })
        });
        match found {
            Some(g) => g.push(i),
            None => joined.push(vec![i]),
        }
    }
    joined.retain(|g| g.len() > 1);
    join(rows, joined, |list| {
        let first = list.first()?;
        Some((
            first.mark,
            first.ports.clone(),
            first.peer.clone(),
            first.cells.clone()?,
        ))
    })
}

/// Replaces each list of rows (by position) with one row at the place of its first: `say`
/// gives its mark, ports, peer and cells; the protocols, resources and origins are theirs
/// together, and its reach the first's.
fn join(
    rows: Vec<Merged>,
    lists: Vec<Vec<usize>>,
    say: impl Fn(&[&Merged]) -> Option<(&'static str, String, String, Cells)>,
) -> Vec<Merged> {
    if lists.is_empty() {
        return rows;
    }
    // For each row, the list it opens (its joined row) or that it is part of.
    let mut replaced: Vec<Option<Merged>> = Vec::with_capacity(rows.len());
    let mut gone = vec![false; rows.len()];
    let mut opens: Vec<Option<Merged>> = (0..rows.len()).map(|_| None).collect();
    for list in &lists {
        let members: Vec<&Merged> = list.iter().filter_map(|&i| rows.get(i)).collect();
        let Some((mark, ports, peer, cells)) = say(&members) else {
            continue;
        };
        let mut protocols: Vec<String> = Vec::new();
        let (mut resources, mut origins) = (Vec::new(), Vec::new());
        for m in &members {
            for p in m.protocol.split(", ") {
                if !protocols.iter().any(|q| q == p) {
                    protocols.push(p.to_owned());
                }
            }
            resources.extend(m.resources.iter().cloned());
            origins.extend(m.origins.iter().cloned());
        }
        protocols.sort();
        resources.sort();
        resources.dedup();
        origins.sort();
        origins.dedup();
        let Some(first) = members.first() else {
            continue;
        };
        let row = Merged {
            mark,
            direction: first.direction,
            protocol: protocols.join(", "),
            ports,
            peer,
            reach: members
                .iter()
                .find(|m| m.mark != "-")
                .map_or(first.reach, |m| m.reach),
            resources,
            origins,
            cells: Some(cells),
        };
        for &i in list {
            if let Some(g) = gone.get_mut(i) {
                *g = true;
            }
        }
        if let Some(slot) = list.first().and_then(|&i| opens.get_mut(i)) {
            *slot = Some(row);
        }
    }
    for ((row, gone), opened) in rows.into_iter().zip(gone).zip(opens) {
        if let Some(o) = opened {
            replaced.push(Some(o));
        } else if !gone {
            replaced.push(Some(row));
        }
    }
    replaced.into_iter().flatten().collect()
}
