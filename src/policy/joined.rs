//! Findings joined over ports: the findings of one rule about the same permissions, peers and
//! protocol that differ only in their ports are reported as one, its ports said as people say
//! them (`tcp all but 443`), not one finding per port range the diff cut out of the change.
//!
//! A permission widened from 443 to every port adds two cells to the diff (0-442 and
//! 444-65535, as 443 was already allowed): both are the one concern of one permission, and a
//! reviewer reads one finding. Findings are joined only when everything but their ports is the
//! same: the rule, severity, status and change, the group, the granting permissions (resources
//! and origins), the direction, the tcp or udp protocol, the peers, and what the waivers and the
//! baseline made of them. This runs after them and after the families (`audit::run`): each part
//! keeps its own fingerprint (`Finding::joined`), which a baseline records, so a part accepted
//! alone is never absorbed into a finding that is not.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

use super::finding::{Also, Finding, Message};
use super::pack::Rule;
use crate::diff::ExposedPeer;
use crate::model::{Origin, Ports, Protocol};

/// What must be the same for two findings to be joined: everything but their ports.
#[derive(PartialEq, Eq)]
struct Key<'f> {
    rule: &'f str,
    severity: super::Severity,
    status: crate::model::FindingStatus,
    change: Option<crate::model::Growth>,
    group: &'f str,
    resources: &'f [std::sync::Arc<str>],
    origins: Printed<'f>,
    direction: crate::model::Direction,
    protocol: &'f Protocol,
    peers: Vec<&'f ExposedPeer>,
    waived: Option<(&'f str, Printed<'f>, Option<&'f str>)>,
    baselined: bool,
    apply_error: Option<&'f str>,
}

/// Hashes only some of what a key holds, what tells findings apart most cheaply (keys equal
/// in all hash equal in these): hashing all of it, peers and resources and all, was most of
/// what joining cost.
impl Hash for Key<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.rule.hash(state);
        self.group.hash(state);
        self.origins.hash(state);
        self.resources.len().hash(state);
        self.peers.len().hash(state);
        self.peers.first().hash(state);
    }
}

/// Origins compared as they print (`a.tf:1`, whether a file `a.tf` at line 1 or a file named
/// `a.tf:1`), without printing them: the same ones when their texts are, one by one.
struct Printed<'f>(&'f [Origin]);

impl PartialEq for Printed<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(other.0).all(|(a, b)| same_text(a, b))
    }
}

impl Eq for Printed<'_> {}

impl Hash for Printed<'_> {
    /// Only what no two ways of cutting one text into file, line and column change: how many
    /// origins there are and, of each, its text up to the first `:` (all of a file name
    /// without one).
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.len().hash(state);
        for o in self.0 {
            o.file.split(':').next().hash(state);
        }
    }
}

/// Whether two origins print the same text.
fn same_text(a: &Origin, b: &Origin) -> bool {
    if a.file == b.file {
        // After the same file, `:line` and `:col` (digits) print alike only for the same numbers.
        return a.line == b.line && a.line.and(a.col) == b.line.and(b.col);
    }
    // Two files print alike only when one's name is the other's followed by `:`: printed.
    let (short, long) = if a.file.len() < b.file.len() {
        (a, b)
    } else {
        (b, a)
    };
    long.file.starts_with(&*short.file)
        && long.file.as_bytes().get(short.file.len()) == Some(&b':')
        && a.to_string() == b.to_string()
}

/// The key of what a finding says but its ports, when it may be joined: a finding whose
/// exposures all share one tcp or udp port range; `None` for any other (never joined).
fn joinable(f: &Finding) -> Option<Key<'_>> {
    let first = f.exposures.first()?;
    if f.workload.is_some() || f.subject.is_some() || first.range.sensitive {
        return None;
    }
    if !matches!(first.range.protocol, Protocol::Tcp | Protocol::Udp)
        || !matches!(first.range.ports, Ports::Range(..))
    {
        return None;
    }
    if f.exposures
        .iter()
        .any(|e| e.range != first.range || e.direction != first.direction)
    {
        return None;
    }
    let mut peers: Vec<&ExposedPeer> = f.exposures.iter().map(|e| &e.peer).collect();
    peers.sort();
    peers.dedup();
    Some(Key {
        rule: &f.rule,
        severity: f.severity,
        status: f.status,
        change: f.change,
        group: &f.security_group,
        resources: &f.resources,
        origins: Printed(&f.origins),
        direction: first.direction,
        protocol: &first.range.protocol,
        peers,
        waived: f.waived.as_ref().map(|w| {
            (
                &*w.reason,
                Printed(std::slice::from_ref(&w.origin)),
                w.expires.as_deref(),
            )
        }),
        baselined: f.baselined,
        apply_error: f.apply_error.as_deref(),
    })
}

/// The findings with those that differ only in their ports joined into the first of them, in
/// their order otherwise.
pub fn join(findings: Vec<Finding>, rules: &[Rule]) -> Vec<Finding> {
    // The findings to join into each first one (by index), when there are any, with the
    // fingerprints of those joined. Only findings of one group are joined: the findings are
    // cut in two by it, each half's worked out on a thread of its own.
    let halves = super::families::by_halves(
        &findings,
        |f| &f.security_group,
        |half| joins(&findings, half),
    );
    let mut into: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut prints: HashMap<usize, String> = HashMap::new();
    for (their_into, their_prints) in halves {
        into.extend(their_into);
        prints.extend(their_prints);
    }
    if into.is_empty() {
        return findings;
    }
    let order: HashMap<&str, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let joined: std::collections::HashSet<usize> = into.values().flatten().copied().collect();
    // In place (the findings are a report's largest list): each kept finding moves down to the
    // next free place. Its parts come after it, and every place before it is free or kept.
    let mut slots: Vec<Option<Finding>> = findings.into_iter().map(Some).collect();
    let mut kept = 0;
    for i in 0..slots.len() {
        if joined.contains(&i) {
            continue;
        }
        let Some(mut f) = slots.get_mut(i).and_then(Option::take) else {
            continue;
        };
        if let Some(parts) = into.get(&i) {
            let parts: Vec<(Finding, String)> = parts
                .iter()
                .filter_map(|&j| {
                    let part = slots.get_mut(j).and_then(Option::take)?;
                    let print = prints
                        .remove(&j)
                        .unwrap_or_else(|| super::waivers::fingerprint(&part));
                    Some((part, print))
                })
                .collect();
            absorb(&mut f, parts, &order);
        }
        if let Some(slot) = slots.get_mut(kept) {
            *slot = Some(f);
        }
        kept += 1;
    }
    slots.truncate(kept);
    slots.into_iter().flatten().collect()
}

/// The findings to join into each first one, by position.
type Joins = BTreeMap<usize, Vec<usize>>;

/// What is joined among the findings at the positions `half` (in order, every finding of each
/// of their groups): the findings to join into each first one, and the fingerprints of those
/// (`waivers::fingerprint`, which `absorb` records), by position.
fn joins(findings: &[Finding], half: &[usize]) -> (Joins, Vec<(usize, String)>) {
    // Sized once: growing it hashed every key again at each doubling (a key's hash reads its
    // rule, group and origins' files).
    let mut first_of: HashMap<Key, usize> = HashMap::with_capacity(half.len());
    let mut into: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in half {
        let Some(key) = findings.get(i).and_then(joinable) else {
            continue;
        };
        match first_of.entry(key) {
            Entry::Occupied(k) => into.entry(*k.get()).or_default().push(i),
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
        }
    }
    drop(first_of);
    let prints = into
        .values()
        .flatten()
        .filter_map(|&j| Some((j, super::waivers::fingerprint(findings.get(j)?))))
        .collect();
    (into, prints)
}

/// Joins `parts` into `f`: their exposures (its message says their ports with its own, and the
/// rules merged into any of them: `Finding::message`), the rules of their families (`also`) and
/// their fingerprints.
fn absorb(f: &mut Finding, parts: Vec<(Finding, String)>, order: &HashMap<&str, usize>) {
    if f.exposures.is_empty() || !matches!(f.said, Message::Exposure { .. }) {
        return;
    }
    let merged = f.merged.take().map(|m| *m).unwrap_or_default();
    let (mut also, mut joined) = (merged.also, merged.joined);
    for (part, fingerprint) in parts {
        f.exposures.extend(part.exposures.iter().cloned());
        joined.push(Also {
            rule: part.rule.clone(),
            severity: part.severity,
            apply_error: part.apply_error.clone(),
            security_group: part.security_group.clone(),
            fingerprint,
        });
        let part = part.merged.map(|m| *m).unwrap_or_default();
        joined.extend(part.joined);
        for a in part.also {
            if also.iter().any(|kept| kept.rule == a.rule) {
                // Said once; its fingerprint is still the baseline's.
                joined.push(a);
            } else {
                also.push(a);
            }
        }
    }
    also.sort_by_key(|a| {
        (
            std::cmp::Reverse(a.severity),
            order.get(&*a.rule).copied().unwrap_or(usize::MAX),
        )
    });
    if !also.is_empty() || !joined.is_empty() {
        f.merged = Some(Box::new(super::finding::Merged { also, joined }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Origins are the same for joining when they print the same, as when their text was
    /// compared: however the text is cut into file, line and column.
    #[test]
    fn origins_are_compared_as_they_print() {
        let at = |file: &str, line: Option<usize>, col: Option<usize>| Origin {
            file: file.into(),
            line,
            col,
        };
        let cases = [
            (at("a.tf", Some(1), None), at("a.tf:1", None, None)),
            (at("a.tf", Some(1), Some(2)), at("a.tf:1", Some(2), None)),
            (at("a.tf", None, Some(3)), at("a.tf", None, None)),
            (at("a.tf", Some(1), None), at("a.tf", Some(1), Some(2))),
            (at("a.tf", Some(12), None), at("a.tf:1", Some(2), None)),
            (at("a.tf", Some(1), None), at("b.tf", Some(1), None)),
            (at("a.tf", Some(1), None), at("a.tf1", None, None)),
        ];
        for (a, b) in &cases {
            let said = a.to_string() == b.to_string();
            let (one, other) = (
                Printed(std::slice::from_ref(a)),
                Printed(std::slice::from_ref(b)),
            );
            assert_eq!(one == other, said, "{a} and {b}");
            if said {
                let hash = |p: &Printed| {
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    p.hash(&mut h);
                    h.finish()
                };
                assert_eq!(hash(&one), hash(&other), "{a} and {b}");
            }
        }
    }
}
