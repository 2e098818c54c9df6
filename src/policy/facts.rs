//! The rules' evaluation: each rule's block over the candidates the engine computes from the
//! model, the exposure diff and the reachability (every exposure a change adds, keeps or
//! removes, every group before and after, every path, every network ACL and every workload
//! before and after), through the fields' registries
//! (`fields/`); and the findings rules make of them (their messages are rendered by
//! `finding`).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::fields::exposure::{self, ExposureBlock, ExposureFacts, Networks};
use super::fields::group::{self, GroupMatch};
use super::fields::nacl::{self, NaclMatch};
use super::fields::path::{self, PathMatch};
use super::fields::workload::{self, WorkloadMatch};
use super::fields::{Conditions, Context, overlap, port_interval};
use super::finding::{Finding, Message, lowercase_first};
use super::pack::{Matcher, Rule};
use crate::diff::{Diff, ExposedPeer, Exposure};
use crate::model::{Change, FindingStatus, Growth, Origin};
use crate::model::{Direction, Group, Input, Lifecycle, Peer, Permission, Protocol, PublicAddress};
use crate::netset::{Family, IntervalSet, net_interval};
use crate::network::Reachable;
use crate::reach::{Hop, Reach};

/// The length from which a list's exposure facts are made on two threads (below it, starting a
/// thread costs more than it saves); 2 in the tests, so that every test goes through the split.
const FACTS_SPLIT: usize = if cfg!(test) { 2 } else { 128 };

/// Applies rules to an input, its diff and its reachability: their findings, sorted.
pub fn evaluate(
    rules: &[Rule],
    input: &Input,
    diff: &Diff,
    reach: &Reach,
    ctx: &Context,
) -> Vec<Finding> {
    let (before, after) = (Side::of(&input.before), Side::of(&input.after));
    let changes = changes(diff);
    let holders = Holders::new(input, reach);
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
    // The network's verdict on each public ingress (`reachable`) costs a walk through the
    // network per exposure and workload: only when a rule asks for it.
    let wants_reachable = rules.iter().any(|r| match &r.matcher {
        Matcher::Exposure(b) => {
            b.when.values.reachable.is_some()
                || b.unless
                    .as_ref()
                    .is_some_and(|u| u.values.reachable.is_some())
        }
        _ => false,
    });
    // What the conditions ask of each exposure, computed once for all the rules.
    let (after_blocks, before_blocks) = (Blocks::of(diff.after()), Blocks::of(diff.before()));
    let facts_of = |list: &[Arc<Exposure>], before: bool| -> Vec<ExposureFacts> {
        let side = if before {
            &before_blocks
        } else {
            &after_blocks
        };
        let one = |e: &Arc<Exposure>| {
            let mut facts =
                ExposureFacts::of(e, holders.attached(e.owner.name(), before), side.count(e));
            if !before {
                facts.egress_blocked_by = holders.egress_blocked(e);
            }
            if wants_reachable {
                facts.reachable = holders.reachable(e, before);
            }
            facts.drift = input.drift_of(&e.resources);
            facts
        };
        // Each exposure's facts are its own: a long list is cut in two halves, the second's
        // made on another thread and appended to the first's, in the list's order.
        if list.len() < FACTS_SPLIT {
            return list.iter().map(one).collect();
        }
        let (first, second) = list.split_at(list.len() / 2);
        std::thread::scope(|scope| {
            let theirs = scope.spawn(|| second.iter().map(one).collect::<Vec<_>>());
            let mut out: Vec<ExposureFacts> = Vec::with_capacity(list.len());
            out.extend(first.iter().map(one));
            match theirs.join() {
                Ok(theirs) => out.extend(theirs),
                Err(panic) => std::panic::resume_unwind(panic),
            }
            out
        })
    };
    // An unchanged exposure is judged on both sides: what is around it (the block it is part
    // of, the workloads holding its group) may change.
    let exposure_facts = [
        facts_of(&diff.added, false),
        facts_of(&diff.unchanged, false),
        facts_of(&diff.removed, true),
        facts_of(&diff.unchanged, true),
    ];
    // An unchanged exposure whose facts are the same on both sides, where the workloads hold
    // the same groups on both sides, is seen the same by every field before and after the
    // change (an exposure block's candidate differs between the sides only in its facts and
    // the side's holders): it matches before exactly when it matches after.
    let holders_alike = reach.holders_before == reach.holders_after && !judged_again();
    let unchanged_alike: Vec<bool> = match &exposure_facts {
        [_, after, _, before] if holders_alike => {
            after.iter().zip(before).map(|(a, b)| a == b).collect()
        }
        _ => Vec::new(),
    };
    // Each group before and after the change, as group blocks see it, computed once for all
    // the rules.
    let crowded = [crowded(input, ctx, true), crowded(input, ctx, false)];
    let accounts = group::Accounts::of(input);
    let (joins_before, joins_after) = (
        group::Joins::of(&input.network_before),
        group::Joins::of(&input.network_after),
    );
    let group_sides: Vec<[group::Seen; 2]> = input
        .groups
        .values()
        .map(|group| {
            let attached_after = holders.attached(&group.address, false);
            [(&before, true), (&after, false)].map(|(side, is_before)| group::Seen {
                group,
                before: is_before,
                own: side.of_group(&group.address),
                earlier: (!is_before).then(|| before.of_group(&group.address)),
                referenced: side.referenced.contains_key(group.address.as_str()),
                referenced_by: side
                    .referenced
                    .get(group.address.as_str())
                    .map_or(&[], Vec::as_slice),
                input,
                accounts: &accounts,
                joins: if is_before {
                    &joins_before
                } else {
                    &joins_after
                },
                attached_after,
                quotas: &ctx.quotas,
                sizes: if is_before {
                    &input.prefix_list_sizes_before
                } else {
                    &input.prefix_list_sizes_after
                },
                earlier_sizes: &input.prefix_list_sizes_before,
                crowded: crowded
                    .get(usize::from(!is_before))
                    .and_then(|c| c.get(group.address.as_str()))
                    .cloned()
                    .unwrap_or_default(),
            })
        })
        .collect();
    // Each group whose two sides a side-blind field cannot tell apart (`group::same_sides`):
    // such fields are matched once, after the change, for both.
    let sizes_alike = input.prefix_list_sizes_before == input.prefix_list_sizes_after;
    let group_alike: Vec<bool> = group_sides
        .iter()
        .map(|[was, is]| !judged_again() && group::same_sides(was, is, sizes_alike))
        .collect();
    // Each group's address as its findings hold it: one copy shared by every rule's.
    let group_names: Vec<Arc<str>> = input
        .groups
        .values()
        .map(|g| Arc::from(g.address.as_str()))
        .collect();
    // A rule's findings, in a list of their own (see below).
    let evaluate_rule = |rule: &Rule| -> Vec<Finding> {
        let mut found = Vec::new();
        let out = &mut found;
        match &rule.matcher {
            Matcher::Exposure(m) => exposures(
                rule,
                m,
                (diff, &exposure_groups, &exposure_facts, &unchanged_alike),
                &changes,
                ctx,
                &holders,
                [&before, &after],
                out,
            ),
            Matcher::Group(m) => groups(
                rule,
                m,
                (&group_sides, &group_alike, &group_names),
                &holders,
                out,
            ),
            Matcher::Path(m) => paths(rule, m, input, reach, out),
            Matcher::NetworkAcl(m) => nacls(rule, m, input, ctx, out),
            Matcher::Workload(m) => workloads(rule, m, input, out),
        }
        // Held until every rule is done, then moved: without the slack of growing by doubling.
        found.shrink_to_fit();
        found
    };
    // The rules are independent: they are evaluated on two threads, each taking the next rule
    // not yet taken (rules differ widely in cost: taking every other one left a thread idle).
    // Each rule's findings are a list of their own, moved into one list sized once, each rule's
    // freed once moved: a list per thread, grown by doubling, then the second's appended to the
    // first's, held half of the findings twice (and the doubling's slack) at the end.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let each_thread = || {
        let mut lists: Vec<(usize, Vec<Finding>)> = Vec::new();
        loop {
            let r = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(rule) = rules.get(r) else { break };
            lists.push((r, evaluate_rule(rule)));
        }
        lists
    };
    let mut by_rule = std::thread::scope(|scope| {
        let theirs = scope.spawn(each_thread);
        let mut mine = each_thread();
        match theirs.join() {
            Ok(theirs) => mine.extend(theirs),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        mine
    });
    by_rule.sort_unstable_by_key(|&(r, _)| r);
    // What the rules read is freed before their findings are moved into one list: the list
    // and the rules' lists are held together while it is made (the run's peak).
    drop((exposure_facts, group_sides, exposure_groups, group_names));
    drop((after_blocks, before_blocks, crowded, holders));
    // Each rule's findings, in the order of the rules: (start, end) in `out`.
    let mut out: Vec<Finding> = Vec::with_capacity(by_rule.iter().map(|(_, l)| l.len()).sum());
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(by_rule.len());
    for (_, list) in by_rule {
        let start = out.len();
        out.extend(list);
        ranges.push((start, out.len()));
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
    // The key of each finding, then the order of the findings, sorted as indices: findings are
    // large, and a report can hold hundreds of thousands of them. The findings are in `out` by
    // thread; in the order of the rules, each rule's in the order it made them (`order`), is
    // the order that a key leaves tied.
    let mut keys: Vec<(FindingStatus, usize)> = vec![(FindingStatus::New, 0); out.len()];
    let mut order: Vec<usize> = Vec::with_capacity(out.len());
    for ((rule, &(_, rank)), &(start, end)) in rules.iter().zip(&ranks).zip(&ranges) {
        for (i, f) in out.iter().enumerate().skip(start).take(end - start) {
            debug_assert!(*f.rule == *rule.id && f.severity == rule.severity);
            if let Some(key) = keys.get_mut(i) {
                *key = (f.status, rank);
            }
            order.push(i);
        }
    }
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

#[cfg(test)]
thread_local! {
    /// The tests set it to judge each side on its own, as if no side were seen alike.
    static JUDGE_AGAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether each side is judged on its own (in the tests that compare it with the reuse of a
/// side seen alike); never outside the tests.
fn judged_again() -> bool {
    #[cfg(test)]
    return JUDGE_AGAIN.with(std::cell::Cell::get);
    #[cfg(not(test))]
    false
}

/// The workloads of one network interface (`Input::interfaces`) holding more security groups
/// than the quota of groups per network interface on one side of the change, by the group
/// their excess is held against: the last, by address, of the groups of the input the change
/// adds to the workload, else of its groups of the input
/// (<https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html>).
fn crowded(input: &Input, ctx: &Context, before: bool) -> BTreeMap<String, Vec<(String, usize)>> {
    let limit = usize::try_from(ctx.quotas.groups_per_interface).unwrap_or(usize::MAX);
    let mut out: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
    for w in input
        .workloads
        .values()
        .filter(|w| input.interfaces.contains(&w.address))
    {
        let (side, earlier) = if before {
            (w.before.as_ref(), None)
        } else {
            (w.after.as_ref(), w.before.as_ref())
        };
        let Some(side) = side else { continue };
        if side.groups.len() <= limit {
            continue;
        }
        let ours = |g: &&String| input.groups.contains_key(g.as_str());
        let added = side
            .groups
            .iter()
            .filter(ours)
            .filter(|g| earlier.is_none_or(|e| !e.groups.contains(g)))
            .max();
        if let Some(blamed) = added.or_else(|| side.groups.iter().filter(ours).max()) {
            out.entry(blamed.clone())
                .or_default()
                .push((w.address.clone(), side.groups.len()));
        }
    }
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
/// A path the network blocks, and its verdict.
type Blocked<'a> = (&'a [Hop], &'a crate::network::Verdict);

struct Holders<'a> {
    input: &'a Input,
    reach: &'a Reach,
    /// Each side's network, indexed: after the change, then before it.
    placements: [crate::network::Placement<'a>; 2],
    /// The paths of one hop from the internet, by each group that admits them, after the
    /// change and before it: what a finding about a group's public ingress opens.
    direct: [BTreeMap<&'a str, Vec<&'a [Hop]>>; 2],
    /// The same for the paths the network blocks, with what blocks them.
    blocked: [BTreeMap<&'a str, Vec<Blocked<'a>>>; 2],
    /// What holds each group (`suffix`) as its findings' messages say it, after the change and
    /// before it: made once per group and side, shared by its findings (`attached_said`).
    said: std::sync::Mutex<[std::collections::HashMap<Box<str>, Arc<str>>; 2]>,
}

impl<'a> Holders<'a> {
    fn new(input: &'a Input, reach: &'a Reach) -> Self {
        let mut direct: [BTreeMap<&str, Vec<&[Hop]>>; 2] = Default::default();
        for (i, before) in [false, true].into_iter().enumerate() {
            for hops in reach
                .paths
                .iter()
                .filter_map(|p| p.side(before))
                .map(|s| s.0)
            {
                if let ([hop], Some(by_group)) = (hops, direct.get_mut(i)) {
                    for group in &hop.via {
                        by_group.entry(group.as_str()).or_default().push(hops);
                    }
                }
            }
        }
        let mut blocked: [BTreeMap<&str, Vec<Blocked>>; 2] = Default::default();
        for (i, before) in [false, true].into_iter().enumerate() {
            for (hops, _, verdict) in reach.paths.iter().filter_map(|p| p.held(before)) {
                if let ([hop], Some(by_group)) = (hops, blocked.get_mut(i))
                    && verdict.reachable == crate::network::Reachable::No
                {
                    for group in &hop.via {
                        by_group
                            .entry(group.as_str())
                            .or_default()
                            .push((hops, verdict));
                    }
                }
            }
        }
        Holders {
            input,
            reach,
            placements: [
                crate::network::Placement::new(&input.network_after),
                crate::network::Placement::new(&input.network_before),
            ],
            direct,
            blocked,
            said: std::sync::Mutex::default(),
        }
    }
}

impl Holders<'_> {
    /// The workloads holding each group after the change (before it, for `before`).
    fn side(&self, before: bool) -> &BTreeMap<String, Vec<Arc<str>>> {
        if before {
            &self.reach.holders_before
        } else {
            &self.reach.holders_after
        }
    }

    /// The workloads holding a group after the change (before it, for `before`).
    fn of(&self, group: &str, before: bool) -> &[Arc<str>] {
        self.side(before).get(group).map_or(&[], Vec::as_slice)
    }

    /// Whether a workload holds the group; `None` when the input cannot tell. Only a group
    /// the change creates is known to have no consumer in the input when no workload of it
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

    /// For ingress from public addresses: whether the network lets it reach a workload holding
    /// the group (`network::inbound` on the exposure's own protocol, ports and addresses), on
    /// the exposure's side of the change: `Yes` when it reaches one, `No` when the input holds
    /// workloads of the group and the network blocks it for each, else `Unknown` (no workload
    /// in the input: another stack may attach the group). `None` for any other exposure.
    fn reachable(&self, e: &Exposure, before: bool) -> Option<crate::network::Reachable> {
        use crate::network::Reachable;
        if e.direction != Direction::Ingress {
            return None;
        }
        let flow = crate::reach::public_flow(e)?;
        let placement = self.placements.get(usize::from(before))?;
        let mut out = None;
        for w in self.of(e.owner.name(), before) {
            let Some(attachment) = self.input.workloads.get(&**w).and_then(|w| {
                if before {
                    w.before.as_ref()
                } else {
                    w.after.as_ref()
                }
            }) else {
                continue;
            };
            let verdict = crate::network::inbound(
                placement,
                w,
                attachment,
                &flow,
                &crate::network::nacl_check,
            );
            out = Some(match (out, verdict.reachable) {
                (_, Reachable::Yes) => return Some(Reachable::Yes),
                (Some(Reachable::Unknown), _) | (_, Reachable::Unknown) => Reachable::Unknown,
                _ => Reachable::No,
            });
        }
        Some(out.unwrap_or(Reachable::Unknown))
    }

    /// ` (attached to aws_instance.a, aws_instance.b)`, ` (no consumer in this input)` for a
    /// new group no workload of the input uses (another stack may attach it: absence of
    /// evidence is not evidence of safety), or nothing when the input cannot tell.
    /// ` (reached: internet -(tcp/22)-> aws_instance.bastion)`: the paths from the internet
    /// that a finding's public ingress opens straight into a workload (the group admits the
    /// internet on those ports and the workload can hold a public address, or the input does
    /// not say), on the finding's side of the change; nothing when there is none. At most two
    /// paths are named, then how many more.
    fn reached(&self, group: &str, list: &[&Arc<Exposure>], before: bool) -> String {
        let public: Vec<&Exposure> = list
            .iter()
            .map(|e| e.as_ref())
            .filter(|e| e.direction == Direction::Ingress && e.peer.public() == Some(true))
            .collect();
        if public.is_empty() {
            return String::new();
        }
        let direct = self
            .direct
            .get(usize::from(before))
            .and_then(|d| d.get(group));
        let mut labels: Vec<String> = direct
            .into_iter()
            .flatten()
            .filter(|hops| {
                hops.iter()
                    .flat_map(|hop| &hop.ports)
                    .any(|r| public.iter().any(|e| r.intersect(&e.range).is_some()))
            })
            .map(|hops| crate::reach::label(hops))
            .collect();
        labels.sort();
        labels.dedup();
        if labels.is_empty() {
            return self.blocked_by(group, &public, before);
        }
        match labels.len() {
            0 => String::new(),
            1 | 2 => format!(" (reached: {})", labels.join("; ")),
            n => format!(
                " (reached: {}; and {} more paths)",
                labels
                    .iter()
                    .take(2)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("; "),
                n - 2
            ),
        }
    }

    /// ` (blocked: internet -(tcp/22)-> aws_instance.a by aws_network_acl.main: rule 90 denies
    /// tcp/22 from 0.0.0.0/0)` when every path these exposures open straight into a workload is
    /// blocked by the network: the finding stands (the permission alone deserves it, and one
    /// route or network ACL change opens it), and says so.
    fn blocked_by(&self, group: &str, public: &[&Exposure], before: bool) -> String {
        let mut parts: Vec<String> = self
            .blocked
            .get(usize::from(before))
            .and_then(|b| b.get(group))
            .into_iter()
            .flatten()
            .filter(|(hops, _)| {
                hops.iter()
                    .flat_map(|hop| &hop.ports)
                    .any(|r| public.iter().any(|e| r.intersect(&e.range).is_some()))
            })
            .map(|(hops, verdict)| {
                format!(
                    "{} by {}",
                    crate::reach::label(hops),
                    crate::network::say(&verdict.blocked_by)
                )
            })
            .collect();
        parts.sort();
        parts.dedup();
        match parts.len() {
            0 => String::new(),
            1 => format!(" (blocked: {})", parts.join("")),
            n => format!(
                " (blocked: {}; and {} more paths)",
                parts.first().cloned().unwrap_or_default(),
                n - 1
            ),
        }
    }

    /// ` (the network blocks it: aws_network_acl.app: return traffic on tcp/1024-65535 from
    /// 0.0.0.0/0 denied …)` for egress the network blocks after the change for a workload
    /// holding the group.
    fn egress_suffix(&self, list: &[&Arc<Exposure>], status: FindingStatus) -> String {
        if status == FindingStatus::Resolved {
            return String::new();
        }
        let mut blocks: Vec<crate::network::Block> =
            list.iter().flat_map(|e| self.egress_blocked(e)).collect();
        blocks.sort();
        blocks.dedup();
        if blocks.is_empty() {
            return String::new();
        }
        format!(" (the network blocks it: {})", crate::network::say(&blocks))
    }

    /// What blocks an egress exposure of a group after the change, for the workloads holding
    /// the group whose own egress verdict (`network::outbound`) on an overlapping exposure is
    /// `no`: each block once.
    fn egress_blocked(&self, e: &Exposure) -> Vec<crate::network::Block> {
        if e.direction != Direction::Egress {
            return Vec::new();
        }
        let mut out: Vec<crate::network::Block> = self
            .of(e.owner.name(), false)
            .iter()
            .filter_map(|w| self.reach.workloads.get(&**w))
            .flat_map(|w| &w.egress)
            .filter(|(theirs, verdict)| {
                verdict.reachable == crate::network::Reachable::No
                    && theirs.range.intersect(&e.range).is_some()
                    && peers_overlap(&theirs.peer, &e.peer)
            })
            .flat_map(|(_, verdict)| verdict.blocked_by.iter().cloned())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// ` (not managed in this input: AWS's defaults apply)` for a new VPC's default group that
    /// no resource of the input manages, then what the group is attached to (see
    /// [`Holders::attached`]).
    fn suffix(&self, group: &str, before: bool) -> String {
        let unmanaged = self
            .input
            .groups
            .get(group)
            .is_some_and(|g| g.unmanaged_default_of.is_some());
        let unmanaged = if unmanaged {
            " (not managed in this input: AWS's defaults apply)"
        } else {
            ""
        };
        match self.attached(group, before) {
            Some(true) => format!(
                "{unmanaged} (attached to {})",
                names(self.of(group, before))
            ),
            Some(false) => format!("{unmanaged} (no consumer in this input)"),
            None => unmanaged.to_owned(),
        }
    }

    /// `suffix`, shared: made once per group and side of the change for all their findings.
    fn attached_said(&self, group: &str, before: bool) -> Arc<str> {
        let mut said = self
            .said
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some(side) = said.get_mut(usize::from(before)) else {
            return self.suffix(group, before).into();
        };
        if let Some(known) = side.get(group) {
            return Arc::clone(known);
        }
        let made: Arc<str> = self.suffix(group, before).into();
        side.insert(group.into(), Arc::clone(&made));
        made
    }
}

/// At most three names, then how many more.
fn names(list: &[Arc<str>]) -> String {
    let mut out = list.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
    if list.len() > 3 {
        out.push_str(&format!(" and {} more", list.len() - 3));
    }
    out
}

/// The address blocks each owner admits on one side of the change, per direction, protocol,
/// ports and family: the diff cuts a widened block into pieces (a /24 widened to a /23 is an
/// unchanged /24 and an added /24), and breadth counts the whole block.
struct Blocks<'e>(BTreeMap<BlockKey<'e>, IntervalSet>);

/// Borrowed from the exposure: a key is no copy of its owner's address or its protocol.
type BlockKey<'e> = (
    &'e str,
    Direction,
    &'e Protocol,
    (Option<i64>, Option<i64>),
    Family,
);

impl<'e> Blocks<'e> {
    fn of(exposures: impl Iterator<Item = &'e Exposure>) -> Blocks<'e> {
        let mut nets: BTreeMap<BlockKey, Vec<(u128, u128)>> = BTreeMap::new();
        for e in exposures {
            if let Some(key) = Blocks::key(e) {
                nets.entry(key.0).or_default().push(key.1);
            }
        }
        Blocks(
            nets.into_iter()
                .map(|(k, v)| (k, IntervalSet::from_intervals(v)))
                .collect(),
        )
    }

    /// The key of a shown address block, and its interval.
    fn key<'x>(e: &'x Exposure) -> Option<(BlockKey<'x>, (u128, u128))> {
        let ExposedPeer::Cidr(net) = &e.peer else {
            return None;
        };
        Some((
            (
                e.owner.name(),
                e.direction,
                &e.range.protocol,
                e.range.aws_ports(),
                Family::of(net),
            ),
            net_interval(net),
        ))
    }

    /// How many addresses the block an exposure is part of holds.
    fn count(&self, e: &Exposure) -> Option<u128> {
        let (key, (lo, _)) = Blocks::key(e)?;
        let set = self.0.get(&key)?;
        let ivs = set.intervals();
        let at = ivs.partition_point(|&(_, hi)| hi < lo);
        let &(from, to) = ivs.get(at)?;
        Some((to - from).saturating_add(1))
    }
}

/// The permissions of one side of the change, by group, and the groups other groups name.
struct Side<'a> {
    by_group: BTreeMap<&'a str, Vec<&'a Permission>>,
    /// The groups other groups' permissions name, with those permissions.
    referenced: BTreeMap<&'a str, Vec<&'a Permission>>,
}

impl<'a> Side<'a> {
    fn of(permissions: &'a [Permission]) -> Side<'a> {
        let mut by_group: BTreeMap<&str, Vec<&Permission>> = BTreeMap::new();
        let mut referenced: BTreeMap<&str, Vec<&Permission>> = BTreeMap::new();
        for p in permissions {
            by_group.entry(p.group.as_ref()).or_default().push(p);
            if let Peer::Group(g) = &p.peer
                && g != &p.group
            {
                referenced.entry(g.as_ref()).or_default().push(p);
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
            // An exposure of all protocols that excepts what the group already allowed widens it.
            if !e.except.is_empty()
                || ranges.is_some_and(|r| r.iter().any(|&r| overlap(r, port_range(e))))
            {
                Growth::Widened
            } else {
                Growth::Added
            }
        })
        .collect()
}

/// The diff with, per list of exposures, the group and the facts of each, and for each
/// unchanged exposure whether it is seen alike on both sides (none when not known).
type PerExposure<'a, 'g> = (
    &'a Diff,
    &'a [Vec<Option<&'g Group>>; 3],
    &'a [Vec<ExposureFacts>; 4],
    &'a [bool],
);

#[allow(clippy::too_many_arguments)]
fn exposures(
    rule: &Rule,
    m: &ExposureBlock,
    (diff, exposure_groups, exposure_facts, unchanged_alike): PerExposure,
    changes: &[Growth],
    ctx: &Context,
    holders: &Holders,
    sides: [&Side; 2],
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
    // (`true`: of an exposure the change keeps.)
    // (Borrowed from the exposures: no copy of the group's address per exposure and rule.)
    type Key<'e> = (
        FindingStatus,
        Option<Growth>,
        bool,
        &'e str,
        Direction,
        &'e Protocol,
        (Option<i64>, Option<i64>),
    );
    let mut matched: std::collections::BTreeMap<Key, Vec<&Arc<Exposure>>> =
        std::collections::BTreeMap::new();
    let networks = Networks::of(&m.when.values, ctx);
    let unless = m.unless.as_ref().map(|u| (u, Networks::of(&u.values, ctx)));
    let holds = |seen: exposure::Seen| {
        m.when.holds(&seen)
            && unless
                .as_ref()
                .is_none_or(|(u, networks)| !u.holds(&exposure::Seen { networks, ..seen }))
    };
    let [
        added_facts,
        unchanged_facts,
        removed_facts,
        unchanged_before,
    ] = exposure_facts;
    let facts = [added_facts, unchanged_facts, removed_facts];
    for ((list, groups, changes, diff_status), facts) in lists.into_iter().zip(facts) {
        // `groups` and `facts` are built from `list`, one per exposure.
        let changes = changes
            .iter()
            .copied()
            .map(Some)
            .chain(std::iter::repeat(None));
        let before = diff_status == Change::Removed;
        for (((i, e), &group), change) in list.iter().enumerate().zip(groups).zip(changes) {
            let matches = |facts: &ExposureFacts, before: bool| {
                holds(exposure::Seen {
                    exposure: e,
                    facts,
                    status: (diff_status, change),
                    group,
                    holders: holders.side(before),
                    workloads: &holders.input.workloads,
                    context: ctx,
                    networks: &networks,
                })
            };
            let now = facts.get(i).is_some_and(|f| matches(f, before));
            let status = if diff_status == Change::Unchanged {
                // Seen alike on both sides: the same match (see `unchanged_alike`).
                let then = if unchanged_alike.get(i) == Some(&true) {
                    now
                } else {
                    unchanged_before.get(i).is_some_and(|f| matches(f, true))
                };
                match (then, now) {
                    (true, true) => FindingStatus::Existing,
                    (false, true) => FindingStatus::New,
                    (true, false) => FindingStatus::Resolved,
                    (false, false) => continue,
                }
            } else if now {
                FindingStatus::of(diff_status)
            } else {
                continue;
            };
            let key = (
                status,
                change,
                diff_status == Change::Unchanged,
                e.owner.name(),
                e.direction,
                &e.range.protocol,
                e.range.aws_ports(),
            );
            matched.entry(key).or_default().push(e);
        }
    }
    let about = m.when.values.about(&networks, ctx);
    for ((status, change, kept, group, ..), list) in matched {
        let (resources, origins) = cited(&about, &list, sides, status, holders.input);
        let resources: BTreeSet<Arc<str>> = resources.into_iter().collect();
        let origins: BTreeSet<Origin> = origins.into_iter().collect();
        let resolved = status == FindingStatus::Resolved;
        // The group's name as its exposures share it.
        let shared = list
            .first()
            .map_or_else(|| Arc::from(group), |e| Arc::clone(e.owner.shared()));
        let more = format!(
            "{}{}",
            holders.reached(group, &list, resolved),
            holders.egress_suffix(&list, status)
        );
        out.push(Finding {
            change,
            said: Message::Exposure {
                own: u32::try_from(list.len()).unwrap_or(u32::MAX),
                status,
                kept,
                attached: holders.attached_said(group, resolved),
                more: more.into_boxed_str(),
            },
            resources: resources.into_iter().collect(),
            origins: origins.into_iter().collect(),
            exposures: list.into_iter().cloned().collect(),
            ..Finding::of(rule, status, shared)
        });
    }
}

/// The rules a finding cites: the permissions of its group, on its side of the change (before
/// it, for a resolved finding), that grant the cells of its exposures the rule is about
/// (`About`), with where they are declared. Every exposure names the permissions that overlap
/// it; those are cited when none grants such a cell, which the rule's match rules out.
fn cited(
    about: &exposure::About,
    list: &[&Arc<Exposure>],
    [before, after]: [&Side; 2],
    status: FindingStatus,
    input: &Input,
) -> (Vec<Arc<str>>, Vec<Origin>) {
    let (side, lists) = if status == FindingStatus::Resolved {
        (before, &input.prefix_lists_before)
    } else {
        (after, &input.prefix_lists_after)
    };
    let granting: Vec<&Permission> = list
        .first()
        .map(|e| side.of_group(e.owner.name()))
        .unwrap_or_default()
        .iter()
        .copied()
        .filter(|p| list.iter().any(|e| about.grants(e, p, lists)))
        .collect();
    if granting.is_empty() {
        return (
            list.iter()
                .flat_map(|e| e.resources.iter().cloned())
                .collect(),
            list.iter()
                .flat_map(|e| e.origins.iter().cloned())
                .collect(),
        );
    }
    // A granting permission overlaps the exposures: its resource is one they name (shared).
    let named = |p: &Permission| -> Arc<str> {
        list.iter()
            .flat_map(|e| &e.resources)
            .find(|r| ***r == *p.resource)
            .map_or_else(|| Arc::from(p.resource.as_ref()), Arc::clone)
    };
    (
        granting.iter().map(|p| named(p)).collect(),
        granting.iter().filter_map(|p| p.origin.clone()).collect(),
    )
}

/// The port interval of an exposure (`port_interval`).
fn port_range(e: &Exposure) -> Option<(u32, u32)> {
    port_interval(&e.range)
}

fn groups(
    rule: &Rule,
    m: &Conditions<GroupMatch>,
    (group_sides, alike, names): (&[[group::Seen; 2]], &[bool], &[Arc<str>]),
    holders: &Holders,
    out: &mut Vec<Finding>,
) {
    for (([was_seen, is_seen], &alike), name) in group_sides.iter().zip(alike).zip(names) {
        let group = is_seen.group;
        // A resource's name: the group's own (an inline rule's) shared with its findings, any
        // other the model's copy.
        let named = |r: &Arc<str>| -> Arc<str> {
            if **r == *group.address {
                Arc::clone(name)
            } else {
                Arc::clone(r)
            }
        };
        let exists_before = group.lifecycle != Lifecycle::Created;
        let exists_after =
            m.values.about_deletion() || !matches!(group.lifecycle, Lifecycle::Deleted { .. });
        // `holds` is the side-blind fields' match and the others': on two sides alike
        // (`group::same_sides`), the side-blind fields match before as they do after.
        let (before, after) = if alike && exists_before {
            let blind = m.holds_where(is_seen, group::side_blind);
            let rest = |seen| m.holds_where(seen, |f| !group::side_blind(f));
            (
                blind && rest(was_seen),
                exists_after && blind && rest(is_seen),
            )
        } else {
            (
                exists_before && m.holds(was_seen),
                exists_after && m.holds(is_seen),
            )
        };
        let (was, is) = (was_seen.own, is_seen.own);
        let status = match (before, after) {
            (false, true) => FindingStatus::New,
            // A duplicate or redundant permission the change adds is new, beside those that
            // were there.
            (true, true) if m.values.adds_permissions(was_seen, is_seen) => FindingStatus::New,
            (true, true) => FindingStatus::Existing,
            (true, false) => FindingStatus::Resolved,
            (false, false) => continue,
        };
        // A rule whose fields single out permissions (duplicates) is about those, on the
        // finding's side, in the order the rule gives them (the declaration AWS refuses
        // first): they are its resources and, where they are declared, its origins, the
        // first one the report's `resource` and the annotation's place.
        let about = m.values.about(if after { is_seen } else { was_seen });
        let (resources, origins, detail) = match about {
            Some((permissions, detail)) if !permissions.is_empty() => {
                let (mut resources, mut origins): (Vec<Arc<str>>, Vec<Origin>) = (vec![], vec![]);
                for p in permissions {
                    if !resources.iter().any(|r| **r == *p.resource) {
                        resources.push(named(&p.resource));
                    }
                    if let Some(o) = &p.origin
                        && !origins.contains(o)
                    {
                        origins.push(o.clone());
                    }
                }
                (resources, origins, detail)
            }
            other => {
                let mut resources: Vec<Arc<str>> = is
                    .iter()
                    .chain(was)
                    .map(|p| &p.resource)
                    .chain([name])
                    .collect::<BTreeSet<&Arc<str>>>()
                    .into_iter()
                    .map(named)
                    .collect();
                let mut origins: Vec<Origin> = group.origin.iter().cloned().collect();
                // `referenced = true`: the rules that name the group, after its own.
                if m.values.referenced == Some(true) {
                    let seen = if after { is_seen } else { was_seen };
                    for p in seen.referenced_by {
                        if !resources.iter().any(|r| **r == *p.resource) {
                            resources.push(named(&p.resource));
                        }
                        if let Some(o) = &p.origin
                            && !origins.contains(o)
                        {
                            origins.push(o.clone());
                        }
                    }
                }
                let detail = match other {
                    Some((_, detail)) => detail,
                    // `referenced = true`: the permissions that name the group.
                    None => m.values.referencing(if after { is_seen } else { was_seen }),
                };
                // Held to the end of the run: without the slack of growing by doubling.
                resources.shrink_to_fit();
                origins.shrink_to_fit();
                (resources, origins, detail)
            }
        };
        // A workload over the quota of groups per interface: the finding is about it, and
        // cites it first (the resource whose change attaches the group).
        let crowding: &[(String, usize)] = if m.values.groups_per_interface_exceeded == Some(true) {
            if after {
                &is_seen.crowded
            } else {
                &was_seen.crowded
            }
        } else {
            &[]
        };
        let (resources, origins) = if crowding.is_empty() {
            (resources, origins)
        } else {
            let workloads = crowding
                .iter()
                .filter_map(|(w, _)| holders.input.workloads.get(w));
            (
                workloads
                    .clone()
                    .map(|w| Arc::from(w.address.as_str()))
                    .chain(resources)
                    .collect(),
                workloads
                    .filter_map(|w| w.origin.clone())
                    .chain(origins)
                    .collect(),
            )
        };
        out.push(Finding {
            workload: crowding.first().map(|(w, _)| w.as_str().into()),
            resources,
            origins,
            said: Message::Group {
                detail: format!(
                    "{detail}{}",
                    // Why the group is replaced, for a rule about its replacement only.
                    if m.values.lifecycle.is_some() || m.values.create_before_destroy.is_some() {
                        forced_by(group)
                    } else {
                        String::new()
                    },
                )
                .into_boxed_str(),
                attached: holders.attached_said(&group.address, status == FindingStatus::Resolved),
            },
            ..Finding::of(rule, status, Arc::clone(name))
        });
    }
}

/// The findings of a network_acl rule: per network ACL that matches before or after the
/// change, one per item its fields single out (each rule letting the internet in, each
/// shadowed rule; else the ACL), `new` when the item is there after the change only,
/// `existing` on both sides, `resolved` before it only: a change that makes one more rule let
/// SSH in is a new finding beside the existing one. A finding cites the item's rules (else
/// the ACL), the first one the report's `resource` and the annotation's place.
fn nacls(
    rule: &Rule,
    m: &Conditions<NaclMatch>,
    input: &Input,
    ctx: &Context,
    out: &mut Vec<Finding>,
) {
    let (was, is) = (&input.network_before, &input.network_after);
    let addresses: BTreeSet<&String> = was.nacls.keys().chain(is.nacls.keys()).collect();
    for address in addresses {
        let (was_seen, is_seen) = (
            seen(was, address, None, ctx),
            seen(is, address, was.nacls.get(address), ctx),
        );
        let (before, after) = (items(m, &was_seen), items(m, &is_seen));
        let found = after
            .iter()
            .map(|item| {
                let status = if before.iter().any(|b| b.key == item.key) {
                    FindingStatus::Existing
                } else {
                    FindingStatus::New
                };
                (status, item, &is_seen)
            })
            .chain(
                before
                    .iter()
                    .filter(|b| !after.iter().any(|a| a.key == b.key))
                    .map(|item| (FindingStatus::Resolved, item, &was_seen)),
            );
        for (status, item, side) in found {
            let Some(shown) = side else {
                continue;
            };
            let (mut resources, mut origins): (Vec<Arc<str>>, Vec<Origin>) = (vec![], vec![]);
            for r in &item.rules {
                if !resources.iter().any(|known| **known == *r.resource) {
                    resources.push(Arc::from(r.resource.as_str()));
                }
                if let Some(o) = &r.origin
                    && !origins.contains(o)
                {
                    origins.push(o.clone());
                }
            }
            if resources.is_empty() {
                resources.push(Arc::from(address.as_str()));
                origins.extend(shown.nacl.origin.iter().cloned());
            }
            let detail = if item.said.is_empty() {
                String::new()
            } else {
                format!(": {}", item.said)
            };
            let mut suffix = String::new();
            if shown.unmanaged_default() {
                suffix.push_str(" (not managed in this input: AWS's defaults apply)");
            }
            if let Some(why) = shown.incomplete {
                suffix.push_str(&format!(" (the input does not hold all its rules: {why})"));
            }
            out.push(Finding {
                resources,
                origins,
                said: format!(
                    "{address}: {}{detail}{suffix}",
                    lowercase_first(&rule.title)
                )
                .into(),
                subject: (!item.key.is_empty()).then(|| item.key.as_str().into()),
                ..Finding::of(rule, status, Arc::from(address.as_str()))
            });
        }
    }
}

/// What a network_acl rule's findings on one side of the change are about: nothing when the ACL
/// is not there or does not match.
fn items<'a>(m: &Conditions<NaclMatch>, side: &Option<nacl::Seen<'a>>) -> Vec<nacl::Item<'a>> {
    match side {
        Some(s) if m.holds(s) => m.values.items(s),
        _ => Vec::new(),
    }
}

/// A network ACL of one side of the change, as network_acl blocks see it.
fn seen<'a>(
    network: &'a crate::model::Network,
    address: &str,
    earlier: Option<&'a crate::model::Nacl>,
    context: &'a Context,
) -> Option<nacl::Seen<'a>> {
    network.nacls.get(address).map(|acl| nacl::Seen {
        nacl: acl,
        earlier,
        incomplete: network.incomplete.get(address).map(String::as_str),
        context,
    })
}

/// The findings of a workload rule: one per workload that matches before or after the change,
/// `new` when it matches after the change only, `existing` on both sides, `resolved` before it
/// only (a data store moved out of its public subnets). The message names the workload and,
/// with `subnet`, each subnet of the kinds the rule asks for and why; the finding cites the
/// workload first (its declaration is the annotation's place), then those subnets and the
/// routes and tables that make them so.
fn workloads(rule: &Rule, m: &Conditions<WorkloadMatch>, input: &Input, out: &mut Vec<Finding>) {
    let networks = [&input.network_before, &input.network_after];
    let placements = networks.map(crate::network::Placement::new);
    // A rule about deletion looks where a deleted workload sat.
    let about_deletion = m
        .values
        .lifecycle
        .as_ref()
        .is_some_and(|l| l.iter().any(|a| a == "delete"));
    for w in input.workloads.values() {
        let after_attachment = match (&w.after, &w.before) {
            (Some(a), _) => Some((a, 1)),
            (None, Some(b)) if about_deletion => Some((b, 0)),
            (None, _) => None,
        };
        let sides = [w.before.as_ref().map(|b| (b, 0)), after_attachment];
        let seen: Vec<
            Option<(
                Vec<workload::Placed>,
                &'static str,
                &crate::model::Attachment,
            )>,
        > = sides
            .iter()
            .map(|side| {
                side.and_then(|(attachment, n)| {
                    let network = networks.get(n)?;
                    let placement = placements.get(n)?;
                    Some((
                        workload::place(network, placement, attachment),
                        workload::public_address(placement, attachment),
                        attachment,
                    ))
                })
            })
            .collect();
        let holds = |i: usize| -> bool {
            seen.get(i)
                .and_then(Option::as_ref)
                .is_some_and(|(placed, public, attachment)| {
                    m.holds(&workload::Seen {
                        workload: w,
                        after: i == 1,
                        attachment,
                        placed,
                        public,
                    })
                })
        };
        let (before, after) = (holds(0), holds(1));
        let status = match (before, after) {
            (false, true) => FindingStatus::New,
            (true, true) => FindingStatus::Existing,
            (true, false) => FindingStatus::Resolved,
            (false, false) => continue,
        };
        let shown = usize::from(after);
        let Some(Some((placed, ..))) = seen.get(shown) else {
            continue;
        };
        let name: Arc<str> = Arc::from(w.address.as_str());
        let mut resources = vec![Arc::clone(&name)];
        let mut origins: Vec<Origin> = w.origin.iter().cloned().collect();
        let kind = w.kind.as_str().replace('_', " ");
        let message = match &m.values.subnet {
            Some(kinds) => {
                let matching: Vec<&workload::Placed> =
                    placed.iter().filter(|p| p.is(kinds)).collect();
                for p in &matching {
                    for r in &p.resources {
                        if !resources.iter().any(|known| **known == **r) {
                            resources.push(Arc::from(r.as_str()));
                        }
                    }
                    for o in &p.origins {
                        if !origins.contains(o) {
                            origins.push(o.clone());
                        }
                    }
                }
                format!(
                    "{} ({kind}) sits in {}",
                    w.address,
                    workload::where_(&matching, kinds)
                )
            }
            None => format!("{} ({kind}): {}", w.address, lowercase_first(&rule.title)),
        };
        out.push(Finding {
            workload: Some(w.address.as_str().into()),
            resources,
            origins,
            said: message.into(),
            ..Finding::of(rule, status, name)
        });
    }
}

/// One finding per workload whose paths from the internet match, before or after the change.
fn paths(
    rule: &Rule,
    m: &Conditions<PathMatch>,
    input: &Input,
    reach: &Reach,
    out: &mut Vec<Finding>,
) {
    // A path on one side: its hops, its first workload's public address, the network's
    // verdict, and whether the groups allow it alike on both sides (only the network decides
    // differently).
    type SidePath<'a> = (
        &'a [Hop],
        &'a PublicAddress,
        &'a crate::network::Verdict,
        bool,
    );
    // Per workload: the matching paths before and after the change.
    let mut found: BTreeMap<&str, (Vec<SidePath>, Vec<SidePath>)> = BTreeMap::new();
    // A rule sees the paths the network blocks only when it asks for them (`reachable`).
    let sees_blocked = m.values.reachable.is_some();
    for p in &reach.paths {
        let Some(w) = input.workloads.get(p.target()) else {
            continue;
        };
        let (before, after) = (p.held(true), p.held(false));
        let network_only = matches!((before, after), (Some(b), Some(a)) if b.0 == a.0);
        let entry = found.entry(w.address.as_str()).or_default();
        for (side, list) in [(before, &mut entry.0), (after, &mut entry.1)] {
            if let Some((hops, public, verdict)) = side
                && (sees_blocked || verdict.reachable != Reachable::No)
                && m.holds(&path::Seen {
                    kind: w.kind.as_str(),
                    hops,
                    public,
                    reachable: verdict.reachable,
                    blocked_by: &verdict.blocked_by,
                    network_only,
                    status: None,
                })
            {
                list.push((hops, public, verdict, network_only));
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
        let status = FindingStatus::of(change);
        let shown = if after.is_empty() { &before } else { &after };
        let Some(&(hops, public, verdict, network_only)) = shown.first() else {
            continue;
        };
        let Some(w) = input.workloads.get(target) else {
            continue;
        };
        // The fields that judge the workload's paths together (`status`), on a path every
        // other field matched.
        let reachable = verdict.reachable;
        let seen = path::Seen {
            kind: w.kind.as_str(),
            hops,
            public,
            reachable,
            blocked_by: &verdict.blocked_by,
            network_only,
            status: Some(change.as_str()),
        };
        if !m.holds(&seen) {
            continue;
        }
        let via: BTreeSet<String> = shown
            .iter()
            .filter_map(|(hops, ..)| hops.last())
            .flat_map(|h| h.via.iter().cloned())
            .collect();
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
            FindingStatus::New if network_only => {
                "opened by a network change: the groups allowed it before"
            }
            FindingStatus::Resolved if network_only => {
                "closed by a network change: the groups still allow it"
            }
            FindingStatus::New => "new in this change",
            FindingStatus::Existing => "already there",
            FindingStatus::Resolved => "removed by this change",
        };
        // What the network says of the path's hop from the internet.
        let network = match reachable {
            Reachable::Yes => "; the network lets it through".to_owned(),
            Reachable::No => format!(
                "; the network blocks it ({})",
                crate::network::say(&verdict.blocked_by)
            ),
            Reachable::Unknown => String::new(),
        };
        let mut origins: BTreeSet<Origin> = w.origin.iter().cloned().collect();
        origins.extend(
            via.iter()
                .filter_map(|g| input.groups.get(g))
                .filter_map(|g| g.origin.clone()),
        );
        out.push(Finding {
            workload: Some(target.into()),
            resources: std::iter::once(target)
                .chain(via.iter().map(String::as_str))
                .map(Arc::from)
                .collect(),
            origins: origins.into_iter().collect(),
            said: format!(
                "security groups let the internet reach {target} ({}): {path}{more}; {public}{network} ({when})",
                w.kind.as_str().replace('_', " ")
            )
            .into(),
            ..Finding::of(
                rule,
                status,
                Arc::from(via.iter().next().map_or("", String::as_str)),
            )
        });
    }
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

/// Whether two peers share an address (CIDRs of one family that nest), or are the same peer.
fn peers_overlap(a: &ExposedPeer, b: &ExposedPeer) -> bool {
    match (a, b) {
        (
            ExposedPeer::Cidr(x) | ExposedPeer::Sensitive(x),
            ExposedPeer::Cidr(y) | ExposedPeer::Sensitive(y),
        ) => x.contains(y) || y.contains(x),
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::JUDGE_AGAIN;

    /// The JSON report of `args`, with each side judged on its own (`again`) or the sides seen
    /// alike judged once.
    fn report(args: &[&str], again: bool) -> String {
        JUDGE_AGAIN.with(|j| j.set(again));
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let argv = ["sgaudit", "check", "--format", "json"]
            .into_iter()
            .chain(args.iter().copied());
        crate::cli::execute(argv, &mut out, &mut err, false);
        JUDGE_AGAIN.with(|j| j.set(false));
        format!(
            "{}{}",
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap()
        )
    }

    /// A group or an unchanged exposure whose two sides no field can tell apart is judged
    /// before the change as after it, not again: every real plan, and every scenario's
    /// configuration before and after (`--base`), reports byte for byte what judging each side
    /// on its own reports.
    #[test]
    fn sides_seen_alike_are_judged_as_when_judged_again() {
        let mut compared = 0;
        for dir in crate::tests::scenario_dirs() {
            let plan = dir.join("plan.json");
            if plan.exists() {
                let plan = plan.to_string_lossy().into_owned();
                assert_eq!(report(&[&plan], false), report(&[&plan], true), "{plan}");
                compared += 1;
            }
            let (before, after) = (dir.join("before.tf"), dir.join("after.tf"));
            if before.exists() && after.exists() {
                let tmp = tempfile::tempdir().unwrap();
                let sides = ["before", "after"].map(|side| {
                    let at = tmp.path().join(side);
                    std::fs::create_dir(&at).unwrap();
                    let from = if side == "before" { &before } else { &after };
                    std::fs::copy(from, at.join("main.tf")).unwrap();
                    at.to_string_lossy().into_owned()
                });
                let args = [sides[1].as_str(), "--base", sides[0].as_str()];
                assert_eq!(
                    report(&args, false),
                    report(&args, true),
                    "{}",
                    dir.display()
                );
                compared += 1;
            }
        }
        assert!(compared > 50, "{compared} inputs compared");
    }
}
