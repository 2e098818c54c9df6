//! The rules' evaluation: the facts the engine computes from the model, the exposure diff
//! and the reachability (every exposure a change adds, keeps or removes, every group before
//! and after, every path), and the findings rules make of them.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::finding::Finding;
use super::glob::glob_match;
use super::pack::{ExposureMatch, GroupMatch, Matcher, PathMatch, Rule};
use crate::diff::{Diff, ExposedPeer, Exposure};
use crate::model::{Change, FindingStatus, Growth};
use crate::model::{Direction, Group, Input, Lifecycle, Peer, Permission, Protocol, PublicAddress};
use crate::model::{Origin, PortRange, SENSITIVE};
use crate::reach::{Hop, Reach};

/// Applies rules to an input and its diff.
/// Names rules can refer to: networks (CIDR sets) and group sets (address globs).
#[derive(Default)]
pub struct Context {
    pub networks: BTreeMap<String, Vec<ipnet::IpNet>>,
    pub group_sets: BTreeMap<String, Vec<String>>,
}

impl Context {
    /// The addresses of networks given by name or as CIDR blocks, per family.
    fn addresses(&self, names: &[String]) -> [crate::netset::IntervalSet; 2] {
        let mut v4 = Vec::new();
        let mut v6 = Vec::new();
        for name in names {
            let nets: Vec<ipnet::IpNet> = match self.networks.get(name) {
                Some(nets) => nets.clone(),
                None => name
                    .parse::<ipnet::IpNet>()
                    .map(|n| vec![n.trunc()])
                    .unwrap_or_default(),
            };
            for n in nets {
                let iv = crate::netset::net_interval(&n);
                if n.addr().is_ipv4() {
                    v4.push(iv)
                } else {
                    v6.push(iv)
                }
            }
        }
        [
            crate::netset::IntervalSet::from_intervals(v4),
            crate::netset::IntervalSet::from_intervals(v6),
        ]
    }

    fn in_sets(&self, sets: &[String], address: &str) -> bool {
        sets.iter().any(|s| {
            self.group_sets
                .get(s)
                .is_some_and(|globs| globs.iter().any(|g| glob_match(g, address)))
        })
    }
}

pub fn evaluate(
    rules: &[Rule],
    input: &Input,
    diff: &Diff,
    reach: &Reach,
    ctx: &Context,
) -> Vec<Finding> {
    let (before, after) = (Side::of(&input.before), Side::of(&input.after));
    let changes = changes(diff);
    let holders = Holders { input, reach };
    // The group of each exposure, looked up once for all the rules.
    let group_of = |list: &[Arc<Exposure>]| -> Vec<Option<&Group>> {
        list.iter()
            .map(|e| input.groups.get(e.owner.name()))
            .collect()
    };
    let exposure_groups = [
        group_of(&diff.added),
        group_of(&diff.unchanged),
        group_of(&diff.removed),
    ];
    // What the conditions ask of each exposure, computed once for all the rules.
    let facts_of = |list: &[Arc<Exposure>], before: bool| -> Vec<ExposureFacts> {
        list.iter()
            .map(|e| ExposureFacts::of(e, holders.attached(e.owner.name(), before)))
            .collect()
    };
    let exposure_facts = [
        facts_of(&diff.added, false),
        facts_of(&diff.unchanged, false),
        facts_of(&diff.removed, true),
    ];
    let evaluate_rule = |rule: &Rule| {
        let mut out = Vec::new();
        match &rule.matcher {
            Matcher::Exposure(m) => exposures(
                rule,
                m,
                (diff, &exposure_groups, &exposure_facts),
                &changes,
                ctx,
                &holders,
                &mut out,
            ),
            Matcher::Group(m) => groups(rule, m, input, (&before, &after), &holders, &mut out),
            Matcher::Path(m) => paths(rule, m, input, reach, &mut out),
        }
        out
    };
    // The rules are independent: every other one is evaluated on a second thread.
    let per_rule: Vec<Vec<Finding>> = std::thread::scope(|scope| {
        let odd = scope.spawn(|| {
            rules
                .iter()
                .skip(1)
                .step_by(2)
                .map(evaluate_rule)
                .collect::<Vec<_>>()
        });
        let even: Vec<Vec<Finding>> = rules.iter().step_by(2).map(evaluate_rule).collect();
        let odd = match odd.join() {
            Ok(odd) => odd,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        let mut odd = odd.into_iter();
        even.into_iter()
            .flat_map(|e| std::iter::once(e).chain(odd.next()))
            .collect()
    });
    // Where each rule's findings start in `out`.
    let mut starts = Vec::with_capacity(rules.len() + 1);
    let mut out = Vec::with_capacity(per_rule.iter().map(Vec::len).sum());
    for findings in per_rule {
        starts.push(out.len());
        out.extend(findings);
    }
    // Sorted by status, severity (highest first), rule, group and exposures. Every finding
    // carries its rule's id and severity, so the order of (severity, rule) is the rank of its
    // rule among the rules, compared as a number rather than as strings.
    let mut order: Vec<(usize, &Rule)> = rules.iter().enumerate().collect();
    order.sort_by(|(_, a), (_, b)| {
        (std::cmp::Reverse(a.severity), &a.id).cmp(&(std::cmp::Reverse(b.severity), &b.id))
    });
    // (rule position, rank), then sorted back into the order of the rules.
    let mut ranks: Vec<(usize, usize)> = Vec::with_capacity(rules.len());
    let mut previous: Option<(&Rule, usize)> = None;
    for (n, (r, rule)) in order.into_iter().enumerate() {
        let rank = match previous {
            Some((p, rank)) if p.severity == rule.severity && p.id == rule.id => rank,
            _ => n,
        };
        ranks.push((r, rank));
        previous = Some((rule, rank));
    }
    ranks.sort_unstable();
    starts.push(out.len());
    // The key of each finding, then the order of the findings, sorted as indices: findings are
    // large, and a report can hold hundreds of thousands of them.
    let mut keys: Vec<(FindingStatus, usize)> = Vec::with_capacity(out.len());
    let bounds = starts.iter().zip(starts.iter().skip(1));
    for ((rule, &(_, rank)), (start, end)) in rules.iter().zip(&ranks).zip(bounds) {
        for f in out.iter().skip(*start).take(end - start) {
            debug_assert!(f.rule == rule.id && f.severity == rule.severity);
            keys.push((f.status, rank));
        }
    }
    let mut order: Vec<usize> = (0..out.len()).collect();
    let keyed: Vec<((FindingStatus, usize), &Finding)> = keys.into_iter().zip(&out).collect();
    order.sort_by(|&a, &b| match (keyed.get(a), keyed.get(b)) {
        (Some((ka, a)), Some((kb, b))) => ka.cmp(kb).then_with(|| {
            (&a.security_group, &a.exposures).cmp(&(&b.security_group, &b.exposures))
        }),
        _ => std::cmp::Ordering::Equal,
    });
    drop(keyed);
    permute(&mut out, order);
    out
}

/// Reorders `items` in place so that position `i` holds what was at `order[i]`: values are
/// swapped along the permutation's cycles, never copied.
#[expect(
    clippy::indexing_slicing,
    reason = "`order` is a permutation of `0..items.len()`, so every index is in range"
)]
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    debug_assert_eq!(items.len(), order.len());
    for i in 0..items.len() {
        let mut current = i;
        while order[current] != i {
            let next = order[current];
            items.swap(current, next);
            order[current] = current;
            current = next;
        }
        order[current] = current;
    }
}

/// Which workloads hold each group, on each side of the change.
struct Holders<'a> {
    input: &'a Input,
    reach: &'a Reach,
}

impl Holders<'_> {
    /// The workloads holding a group after the change (before it, for `before`).
    fn of(&self, group: &str, before: bool) -> &[String] {
        let map = if before {
            &self.reach.holders_before
        } else {
            &self.reach.holders_after
        };
        map.get(group).map_or(&[], Vec::as_slice)
    }

    /// Whether a workload holds the group; `None` when the input cannot tell. Only a group
    /// the change creates is known to be attached to nothing when no workload of the input
    /// uses it: an existing group may be attached to workloads outside the input. (A
    /// configuration read without `--base` is read as a fresh apply: all its groups are new.)
    fn attached(&self, group: &str, before: bool) -> Option<bool> {
        if !self.of(group, before).is_empty() {
            return Some(true);
        }
        let created = self
            .input
            .groups
            .get(group)
            .is_some_and(|g| g.lifecycle == Lifecycle::Created);
        (created && !before).then_some(false)
    }

    fn kinds(&self, group: &str, before: bool) -> BTreeSet<&'static str> {
        self.of(group, before)
            .iter()
            .filter_map(|w| self.input.workloads.get(w))
            .map(|w| w.kind.as_str())
            .collect()
    }

    /// ` (attached to aws_instance.a, aws_instance.b)`, ` (attached to nothing: …)`, or
    /// nothing when the input cannot tell.
    fn suffix(&self, group: &str, before: bool) -> String {
        match self.attached(group, before) {
            Some(true) => format!(" (attached to {})", names(self.of(group, before))),
            Some(false) => " (attached to nothing)".to_owned(),
            None => String::new(),
        }
    }
}

/// At most three names, then how many more.
fn names(list: &[String]) -> String {
    let mut out = list.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
    if list.len() > 3 {
        out.push_str(&format!(" and {} more", list.len() - 3));
    }
    out
}

/// The permissions of one side of the change, by group, and the groups other groups name.
struct Side<'a> {
    by_group: BTreeMap<&'a str, Vec<&'a Permission>>,
    referenced: BTreeSet<&'a str>,
}

impl<'a> Side<'a> {
    fn of(permissions: &'a [Permission]) -> Side<'a> {
        let mut by_group: BTreeMap<&str, Vec<&Permission>> = BTreeMap::new();
        let mut referenced = BTreeSet::new();
        for p in permissions {
            by_group.entry(p.group.as_str()).or_default().push(p);
            if let Peer::Group(g) = &p.peer
                && g != &p.group
            {
                referenced.insert(g.as_str());
            }
        }
        Side {
            by_group,
            referenced,
        }
    }

    fn of_group(&self, group: &str) -> &[&'a Permission] {
        self.by_group.get(group).map_or(&[], Vec::as_slice)
    }
}

/// For each added exposure, `added` or `widened` (the group already allowed part of its ports
/// on that protocol and direction), by its position in `diff.added`.
fn changes(diff: &Diff) -> Vec<Growth> {
    type Key<'a> = (&'a str, Direction, &'a Protocol);
    let mut before: BTreeMap<Key, Vec<Option<(u32, u32)>>> = BTreeMap::new();
    for b in diff.unchanged.iter().chain(&diff.removed) {
        before
            .entry((b.owner.name(), b.direction, &b.range.protocol))
            .or_default()
            .push(port_range(b));
    }
    diff.added
        .iter()
        .map(|e| {
            let ranges = before.get(&(e.owner.name(), e.direction, &e.range.protocol));
            if ranges.is_some_and(|r| r.iter().any(|&r| overlap(r, port_range(e)))) {
                Growth::Widened
            } else {
                Growth::Added
            }
        })
        .collect()
}

/// The diff with, per list of exposures, the group and the facts of each.
type PerExposure<'a, 'g> = (
    &'a Diff,
    &'a [Vec<Option<&'g Group>>; 3],
    &'a [Vec<ExposureFacts>; 3],
);

#[allow(clippy::too_many_arguments)]
fn exposures(
    rule: &Rule,
    m: &ExposureMatch,
    (diff, exposure_groups, exposure_facts): PerExposure,
    changes: &[Growth],
    ctx: &Context,
    holders: &Holders,
    out: &mut Vec<Finding>,
) {
    // Each list with the group of each exposure and, for the added ones, whether each is
    // added or widened (`changes` is by position in `diff.added`).
    type List<'l> = (
        &'l [Arc<Exposure>],
        &'l [Option<&'l Group>],
        &'l [Growth],
        Change,
    );
    let lists: [List; 3] = [
        (&diff.added, &exposure_groups[0], changes, Change::Added),
        (&diff.unchanged, &exposure_groups[1], &[], Change::Unchanged),
        (&diff.removed, &exposure_groups[2], &[], Change::Removed),
    ];
    // One finding per rule, status, group, direction, protocol and ports (as AWS writes them):
    // the peers of a widened rule (every piece of "0.0.0.0/0 but 10.0.0.0/8") belong together.
    type Key = (
        FindingStatus,
        Option<Growth>,
        String,
        Direction,
        Protocol,
        (Option<i64>, Option<i64>),
    );
    let mut matched: std::collections::BTreeMap<Key, Vec<&Arc<Exposure>>> =
        std::collections::BTreeMap::new();
    let prepared = Prepared::of(m, ctx);
    for ((list, groups, changes, diff_status), facts) in lists.into_iter().zip(exposure_facts) {
        let status = FindingStatus::of(diff_status);
        // `groups` and `facts` are built from `list`, one per exposure.
        let changes = changes
            .iter()
            .copied()
            .map(Some)
            .chain(std::iter::repeat(None));
        for (((e, facts), &group), change) in list.iter().zip(facts).zip(groups).zip(changes) {
            // Cheap keys first: most rules ask for one direction, protocol or peer kind.
            if !quick_match(m, e, facts) {
                continue;
            }
            let before = status == FindingStatus::Resolved;
            let holds = |m: &ExposureMatch, prep: &Prepared| {
                full_match(m, prep, e, facts, (diff_status, change), group, ctx)
                    && m.attached.is_none_or(|want| facts.attached == Some(want))
                    && m.workload_kinds.as_ref().is_none_or(|kinds| {
                        let held = holders.kinds(e.owner.name(), before);
                        kinds.iter().any(|k| held.contains(k.as_str()))
                    })
            };
            if holds(m, &prepared)
                && m.unless
                    .as_deref()
                    .is_none_or(|u| !holds(u, prepared.unless.as_deref().unwrap_or(&prepared)))
            {
                let key = (
                    status,
                    change,
                    e.owner.name().to_owned(),
                    e.direction,
                    e.range.protocol.clone(),
                    e.range.aws_ports(),
                );
                matched.entry(key).or_default().push(e);
            }
        }
    }
    for ((status, change, group, ..), list) in matched {
        let resources: BTreeSet<String> = list
            .iter()
            .flat_map(|e| e.resources.iter().cloned())
            .collect();
        let origins: BTreeSet<Origin> = list
            .iter()
            .flat_map(|e| e.origins.iter().cloned())
            .collect();
        out.push(Finding {
            change,
            message: message(
                &list,
                status,
                change,
                &holders.suffix(&group, status == FindingStatus::Resolved),
            ),
            resources: resources.into_iter().collect(),
            origins: origins.into_iter().collect(),
            exposures: list.into_iter().cloned().collect(),
            ..Finding::of(rule, status, group)
        });
    }
}

/// "tcp 22 reachable from 0.0.0.0/0 (the whole IPv4 internet) on aws_security_group.bastion
/// (attached to aws_instance.bastion) (new in this change)", naming every peer of the finding
/// and, when the input tells, what the group is attached to.
fn message(
    list: &[&Arc<Exposure>],
    status: FindingStatus,
    change: Option<Growth>,
    attached: &str,
) -> String {
    #[expect(
        clippy::indexing_slicing,
        reason = "a finding's exposures are never empty: each list is made by pushing one"
    )]
    let e = list[0];
    let what = match e.range.protocol {
        _ if e.range.sensitive => format!("{SENSITIVE} protocol and ports"),
        Protocol::All => "all traffic".to_owned(),
        _ => format!("{} {}", e.range.protocol, e.range.ports_label()),
    };
    let peers: Vec<String> = list
        .iter()
        .map(|e| match &e.peer {
            ExposedPeer::Cidr(net) if e.peer.world() == Some(true) => format!(
                "{net} (the whole {} internet)",
                if net.addr().is_ipv4() { "IPv4" } else { "IPv6" }
            ),
            other => other.label(),
        })
        .collect();
    let peer = peers.join(", ");
    let (verb, link) = match e.direction {
        Direction::Ingress => ("reachable from", "on"),
        Direction::Egress => ("allowed to", "from"),
    };
    let when = match (status, change) {
        (FindingStatus::New, Some(Growth::Widened)) => "widened by this change",
        (FindingStatus::New, _) => "new in this change",
        (FindingStatus::Existing, _) => "already there",
        (FindingStatus::Resolved, _) => "removed by this change",
    };
    format!(
        "{what} {verb} {peer} {link} {}{attached} ({when})",
        e.owner.name()
    )
}

/// The port interval of an exposure (see [`port_interval`]).
fn port_range(e: &Exposure) -> Option<(u32, u32)> {
    port_interval(&e.range)
}

/// The ports port conditions read (of an exposure, or of a path's hop; see
/// [`PortRange::span`]).
fn port_interval(range: &PortRange) -> Option<(u32, u32)> {
    range
        .span()
        .map(|(from, to)| (u32::from(from), u32::from(to)))
}

fn overlap(a: Option<(u32, u32)>, b: Option<(u32, u32)>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.0 <= b.1 && b.0 <= a.1)
}

fn peer_kind(p: &ExposedPeer) -> &'static str {
    match p {
        ExposedPeer::Cidr(_) | ExposedPeer::Sensitive(_) => "cidr",
        ExposedPeer::Group(_) => "security_group",
        ExposedPeer::SelfRef => "self",
        ExposedPeer::PrefixList(..) => "prefix_list",
        ExposedPeer::Unknown(_) => "unknown",
    }
}

/// What the conditions of an exposure match ask of one exposure, computed once per exposure
/// rather than once per rule and exposure.
struct ExposureFacts {
    range: Option<(u32, u32)>,
    /// The protocol as rules spell it (`Protocol`'s display).
    protocol: std::borrow::Cow<'static, str>,
    kind: &'static str,
    net: Option<ipnet::IpNet>,
    public: Option<bool>,
    world: Option<bool>,
    /// Whether a workload holds the exposure's group (on the side of the change the exposure
    /// is on), `None` when the input cannot tell.
    attached: Option<bool>,
}

impl ExposureFacts {
    fn of(e: &Exposure, attached: Option<bool>) -> ExposureFacts {
        let protocol = match &e.range.protocol {
            Protocol::All => "all".into(),
            Protocol::Tcp => "tcp".into(),
            Protocol::Udp => "udp".into(),
            Protocol::Icmp => "icmp".into(),
            Protocol::Icmpv6 => "icmpv6".into(),
            other => other.to_string().into(),
        };
        ExposureFacts {
            range: port_range(e),
            protocol,
            kind: peer_kind(&e.peer),
            net: match &e.peer {
                ExposedPeer::Cidr(n) | ExposedPeer::Sensitive(n) => Some(*n),
                _ => None,
            },
            public: e.peer.public(),
            world: e.peer.world(),
            attached,
        }
    }
}

/// The networks a match names, resolved once per rule.
struct Prepared {
    within: Option<[crate::netset::IntervalSet; 2]>,
    outside: Option<[crate::netset::IntervalSet; 2]>,
    unless: Option<Box<Prepared>>,
}

impl Prepared {
    fn of(m: &ExposureMatch, ctx: &Context) -> Prepared {
        Prepared {
            within: m.within.as_ref().map(|n| ctx.addresses(n)),
            outside: m.outside.as_ref().map(|n| ctx.addresses(n)),
            unless: m.unless.as_deref().map(|u| Box::new(Prepared::of(u, ctx))),
        }
    }
}

/// The direction, protocol and peer kind conditions of a match (a necessary part of
/// `matches`).
fn quick_match(m: &ExposureMatch, e: &Exposure, f: &ExposureFacts) -> bool {
    m.direction
        .as_ref()
        .is_none_or(|d| d == e.direction.as_str())
        && m.protocols
            .as_ref()
            .is_none_or(|ps| ps.iter().any(|p| *p == f.protocol))
        && m.peers
            .as_ref()
            .is_none_or(|ps| ps.iter().any(|p| p == f.kind))
}

/// What the change does to an exposure, and to its group's ports when it adds it: what a
/// rule's `status` matches.
type ExposureStatus = (Change, Option<Growth>);

fn matches(
    m: &ExposureMatch,
    e: &Exposure,
    f: &ExposureFacts,
    (change, growth): ExposureStatus,
    group: Option<&Group>,
) -> bool {
    let range = f.range;
    let net = f.net;
    quick_match(m, e, f)
        && m.ports.as_ref().is_none_or(|ps| {
            ps.iter()
                .any(|&(f, t)| overlap(range, Some((u32::from(f), u32::from(t)))))
        })
        && m.ports_outside
            .as_ref()
            .is_none_or(|allowed| range.is_some_and(|r| !covered(r, allowed)))
        && m.port_span_at_least
            .is_none_or(|n| range.is_some_and(|(f, t)| t - f + 1 >= n))
        && m.all_ports
            .is_none_or(|want| (range == Some((0, 65535))) == want)
        && m.family
            .as_ref()
            .is_none_or(|f| net.is_some_and(|n| (f == "ipv4") == n.addr().is_ipv4()))
        && m.public.is_none_or(|want| f.public == Some(want))
        && m.world.is_none_or(|want| f.world == Some(want))
        && m.prefix_shorter_than
            .is_none_or(|n| net.is_some_and(|net| net.prefix_len() < n))
        && m.status.as_ref().is_none_or(|s| {
            s.iter()
                .any(|s| s == change.as_str() || growth.is_some_and(|g| s == g.as_str()))
        })
        && m.default_group
            .is_none_or(|want| group.is_some_and(|g| g.default) == want)
        && m.lifecycle
            .as_ref()
            .is_none_or(|l| group.is_some_and(|g| l.iter().any(|a| a == g.lifecycle.action())))
        && m.address
            .as_ref()
            .is_none_or(|glob| glob_match(glob, e.owner.name()))
        && m.name.as_ref().is_none_or(|glob| {
            group
                .and_then(|g| g.name.as_deref())
                .is_some_and(|n| glob_match(glob, n))
        })
        && m.tags
            .as_ref()
            .is_none_or(|tags| group.is_some_and(|g| tags_match(tags, g)))
        && m.replaced_because
            .as_ref()
            .is_none_or(|attrs| group.is_some_and(|g| replaced_because(attrs, g)))
}

/// The group is replaced because one of these attributes changes.
fn replaced_because(attrs: &[String], group: &Group) -> bool {
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
fn tags_match(tags: &[(String, String)], group: &Group) -> bool {
    tags.iter()
        .all(|(k, glob)| group.tags.get(k).is_some_and(|v| glob_match(glob, v)))
}

/// Every condition of an exposure match, including those naming the configuration's networks
/// and group sets.
fn full_match(
    m: &ExposureMatch,
    prep: &Prepared,
    e: &Exposure,
    f: &ExposureFacts,
    status: ExposureStatus,
    group: Option<&Group>,
    ctx: &Context,
) -> bool {
    matches(m, e, f, status, group)
        && prep
            .within
            .as_ref()
            .is_none_or(|n| inside(e, n) == Some(true))
        && prep
            .outside
            .as_ref()
            .is_none_or(|n| inside(e, n) == Some(false))
        && m.group_sets
            .as_ref()
            .is_none_or(|s| ctx.in_sets(s, e.owner.name()))
        && m.peer_group_sets
            .as_ref()
            .is_none_or(|s| matches!(&e.peer, ExposedPeer::Group(g) if ctx.in_sets(s, g)))
}

/// Whether all the peer's addresses lie in the networks (`None` for peers that are not
/// addresses, or prefix lists whose entries are unknown).
fn inside(e: &Exposure, [v4, v6]: &[crate::netset::IntervalSet; 2]) -> Option<bool> {
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

fn groups(
    rule: &Rule,
    m: &GroupMatch,
    input: &Input,
    (old, new): (&Side, &Side),
    holders: &Holders,
    out: &mut Vec<Finding>,
) {
    for group in input.groups.values() {
        let exists_before = group.lifecycle != Lifecycle::Created;
        // A rule about deletion looks at the state the deletion leaves behind.
        let about_deletion = m
            .lifecycle
            .as_ref()
            .is_some_and(|l| l.iter().any(|a| a == "delete"));
        let exists_after = about_deletion || !matches!(group.lifecycle, Lifecycle::Deleted { .. });
        // What the change does to the group (its lifecycle) is new by definition.
        let (was, is) = (old.of_group(&group.address), new.of_group(&group.address));
        let before = exists_before
            && m.lifecycle.is_none()
            && group_matches(
                m,
                group,
                was,
                old.referenced.contains(group.address.as_str()),
            );
        let after = exists_after
            && group_matches(
                m,
                group,
                is,
                new.referenced.contains(group.address.as_str()),
            )
            && m.attached
                .is_none_or(|want| holders.attached(&group.address, false) == Some(want));
        let status = match (before, after) {
            (false, true) => FindingStatus::New,
            (true, true) => FindingStatus::Existing,
            (true, false) => FindingStatus::Resolved,
            (false, false) => continue,
        };
        let resources: BTreeSet<String> = is
            .iter()
            .chain(was)
            .map(|p| p.resource.clone())
            .chain([group.address.clone()])
            .collect();
        out.push(Finding {
            resources: resources.into_iter().collect(),
            origins: group.origin.iter().cloned().collect(),
            message: format!(
                "{}: {}{}{}",
                group.address,
                lowercase_first(&rule.title),
                forced_by(group),
                holders.suffix(&group.address, status == FindingStatus::Resolved)
            ),
            ..Finding::of(rule, status, group.address.clone())
        });
    }
}

/// One finding per workload whose paths from the internet match, before or after the change.
fn paths(rule: &Rule, m: &PathMatch, input: &Input, reach: &Reach, out: &mut Vec<Finding>) {
    type SidePath<'a> = (&'a [Hop], &'a PublicAddress);
    // Per workload: the matching paths before and after the change.
    let mut found: BTreeMap<&str, (Vec<SidePath>, Vec<SidePath>)> = BTreeMap::new();
    for p in &reach.paths {
        let Some(w) = input.workloads.get(p.target()) else {
            continue;
        };
        let before: Option<SidePath> = match (&p.status, &p.before) {
            (Change::Removed, _) => Some((&p.hops, &p.public)),
            (_, Some((hops, public))) => Some((hops, public)),
            _ => None,
        };
        let after: Option<SidePath> = (p.status != Change::Removed).then_some((&p.hops, &p.public));
        let entry = found.entry(w.address.as_str()).or_default();
        for (side, list) in [(before, &mut entry.0), (after, &mut entry.1)] {
            if let Some(path) = side
                && path_matches(m, w.kind.as_str(), path)
            {
                list.push(path);
            }
        }
    }
    for (target, (before, after)) in found {
        // What the change does to the workload's being reached by a matching path.
        let change = match (before.is_empty(), after.is_empty()) {
            (true, false) => Change::Added,
            (false, false) => Change::Unchanged,
            (false, true) => Change::Removed,
            (true, true) => continue,
        };
        if m.status
            .as_ref()
            .is_some_and(|s| !s.iter().any(|s| s == change.as_str()))
        {
            continue;
        }
        let status = FindingStatus::of(change);
        let shown = if after.is_empty() { &before } else { &after };
        let Some(&(hops, public)) = shown.first() else {
            continue;
        };
        let via: BTreeSet<String> = shown
            .iter()
            .filter_map(|(hops, _)| hops.last())
            .flat_map(|h| h.via.iter().cloned())
            .collect();
        let Some(w) = input.workloads.get(target) else {
            continue;
        };
        let path = crate::reach::label(hops);
        let more = match shown.len() {
            1 => String::new(),
            n => format!(" (and {} more paths)", n - 1),
        };
        let public = match public.can {
            Some(true) => format!("it can hold a public address ({})", public.because),
            Some(false) => format!("it cannot hold a public address ({})", public.because),
            None => format!(
                "whether it holds a public address is unknown ({})",
                public.because
            ),
        };
        let when = match status {
            FindingStatus::New => "new in this change",
            FindingStatus::Existing => "already there",
            FindingStatus::Resolved => "removed by this change",
        };
        let mut origins: BTreeSet<Origin> = w.origin.iter().cloned().collect();
        origins.extend(
            via.iter()
                .filter_map(|g| input.groups.get(g))
                .filter_map(|g| g.origin.clone()),
        );
        out.push(Finding {
            workload: Some(target.to_owned()),
            resources: std::iter::once(target.to_owned())
                .chain(via.iter().cloned())
                .collect(),
            origins: origins.into_iter().collect(),
            message: format!(
                "security groups let the internet reach {target} ({}): {path}{more}; {public} ({when})",
                w.kind.as_str().replace('_', " ")
            ),
            ..Finding::of(rule, status, via.iter().next().cloned().unwrap_or_default())
        });
    }
}

fn path_matches(m: &PathMatch, kind: &str, (hops, public): (&[Hop], &PublicAddress)) -> bool {
    let last: &[PortRange] = hops.last().map_or(&[], |h| h.ports.as_slice());
    let range = port_interval;
    m.kinds.as_ref().is_none_or(|k| k.iter().any(|k| k == kind))
        && m.direct.is_none_or(|want| (hops.len() == 1) == want)
        && m.public_address
            .as_ref()
            .is_none_or(|l| l.iter().any(|p| p == public.as_str()))
        && m.protocols.as_ref().is_none_or(|ps| {
            last.iter()
                .any(|p| ps.iter().any(|want| *want == p.protocol.to_string()))
        })
        && m.ports.as_ref().is_none_or(|ports| {
            last.iter().any(|p| {
                ports
                    .iter()
                    .any(|&(f, t)| overlap(range(p), Some((u32::from(f), u32::from(t)))))
            })
        })
}

/// ", forced by a change of description" for a replaced group.
fn forced_by(group: &Group) -> String {
    let Lifecycle::Replaced(r) = &group.lifecycle else {
        return String::new();
    };
    let attrs: Vec<&str> = r.paths.iter().filter_map(|p| p.get(0)?.as_str()).collect();
    if attrs.is_empty() {
        String::new()
    } else {
        format!(", forced by a change of {}", attrs.join(", "))
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

fn group_matches(m: &GroupMatch, group: &Group, own: &[&Permission], referenced: bool) -> bool {
    let most_per_direction = [Direction::Ingress, Direction::Egress]
        .into_iter()
        .flat_map(|d| {
            let of = own.iter().filter(move |p| p.direction == d);
            let v6 = of
                .clone()
                .filter(|p| matches!(&p.peer, Peer::Cidr(n) if n.addr().is_ipv6()))
                .count();
            [v6, of.count() - v6]
        })
        .max()
        .unwrap_or(0);
    let inline = own.iter().any(|p| p.resource == group.address);
    let standalone = own.iter().any(|p| p.resource != group.address);
    let no_description = group
        .description
        .as_deref()
        .is_none_or(|d| d.trim().is_empty() || d == "Managed by Terraform");
    m.default_group.is_none_or(|want| group.default == want)
        && m.has_permissions.is_none_or(|want| own.is_empty() != want)
        && m.lifecycle
            .as_ref()
            .is_none_or(|l| l.iter().any(|a| a == group.lifecycle.action()))
        && m.address
            .as_ref()
            .is_none_or(|glob| glob_match(glob, &group.address))
        && m.permissions_at_least
            .is_none_or(|n| most_per_direction >= n as usize)
        && m.mixed_inline_and_standalone
            .is_none_or(|want| (inline && standalone) == want)
        && m.description_missing
            .is_none_or(|want| no_description == want)
        && m.permission_description_missing
            .is_none_or(|want| own.iter().any(|p| p.description.is_none()) == want)
        && m.ports_ignored
            .is_none_or(|want| own.iter().any(|p| p.ports_ignored) == want)
        && m.referenced.is_none_or(|want| referenced == want)
        && m.name
            .as_ref()
            .is_none_or(|glob| group.name.as_deref().is_some_and(|n| glob_match(glob, n)))
        && m.tags.as_ref().is_none_or(|tags| tags_match(tags, group))
        && m.replaced_because
            .as_ref()
            .is_none_or(|attrs| replaced_because(attrs, group))
        && m.public_ingress.is_none_or(|want| own.iter().any(|p| p.direction == Direction::Ingress && matches!(&p.peer, Peer::Cidr(n) if ExposedPeer::Cidr(*n).public() == Some(true))) == want)
        && m.self_all_traffic.is_none_or(|want| own.iter().any(|p| p.direction == Direction::Ingress && p.peer == Peer::SelfRef && p.range.protocol == Protocol::All) == want)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_coverage() {
        assert!(covered((80, 80), &[(80, 80), (443, 443)]));
        assert!(!covered((80, 443), &[(80, 80), (443, 443)]));
        assert!(covered((0, 65535), &[(0, 1000), (1001, 65535)]));
    }

    #[test]
    fn name_and_tag_globs() {
        let group = Group {
            address: "aws_security_group.web".to_owned(),
            name: Some("web-prod".to_owned()),
            tags: [("env".to_owned(), "production".to_owned())].into(),
            ..Group::default()
        };
        let m = |name: Option<&str>, tags: &[(&str, &str)]| GroupMatch {
            name: name.map(str::to_owned),
            tags: Some(
                tags.iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect(),
            ),
            ..GroupMatch::default()
        };
        assert!(group_matches(
            &m(Some("web-*"), &[("env", "prod*")]),
            &group,
            &[],
            false
        ));
        assert!(!group_matches(&m(Some("db-*"), &[]), &group, &[], false));
        assert!(
            !group_matches(&m(None, &[("team", "*")]), &group, &[], false),
            "a missing tag does not match"
        );
    }
}
