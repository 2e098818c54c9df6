//! Families of rules: the findings of one family about the same concern are reported once, as
//! the most severe, which lists the others (`also`). One all-traffic permission open to the
//! internet is one concern, however many port rules of the `public-ingress` family it matches.
//!
//! A concern is what the findings are about: their workload (path and workload rules), or
//! their group and, for exposure rules, the same direction, protocol and ports; and the same
//! status (new, existing, resolved) and change (added, widened). Within it, a finding whose
//! exposures the more severe findings cover is merged into the first of them it shares one
//! with; one that says more (a peer none of them holds) stays a finding of its own.
//!
//! Merging runs after the waivers and the baseline (`audit::run`): a waiver of the kept
//! finding accepts the concern, the findings merged into it with it; a waiver of a merged rule
//! does not accept the kept one.
//! Among equally severe findings one that no waiver accepts is kept, so the concern is
//! accepted only when all of its most severe findings are, and the gate never sees less than
//! it did: the kept finding is the most severe, and one without an apply error takes that of
//! a finding merged into it (the concern still fails the apply).

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::finding::{Also, Finding};
use super::pack::Rule;
use crate::model::{Direction, FindingStatus, Growth, Protocol};

/// What a finding is about, for merging within its family.
#[derive(Hash, PartialEq, Eq)]
struct Concern<'f> {
    family: &'f str,
    status: FindingStatus,
    change: Option<Growth>,
    /// The workload for a finding about one, else the group.
    about: &'f str,
    workload: bool,
    subject: Option<&'f str>,
    /// The direction, protocol and ports its exposures share (exposure rules).
    exposure: Option<Space<'f>>,
}

/// A direction, a protocol and its ports as AWS writes them.
type Space<'f> = (Direction, &'f Protocol, (Option<i64>, Option<i64>));

/// The findings with those of each family about the same concern merged into the most severe
/// (its `also`, which its message ends with: "; also: …"), in their order otherwise.
pub fn merge(findings: Vec<Finding>, rules: &[Rule]) -> Vec<Finding> {
    // Each rule of a family: the family, and the rule's place in the packs (the tie-break).
    let families: HashMap<&str, (&str, usize)> = rules
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((r.id.as_str(), (r.family.as_deref()?, i))))
        .collect();
    if families.is_empty() {
        return findings;
    }
    // Findings are merged only within a concern, which is about one workload or group: the
    // findings are cut in two by it, each half's concerns worked out on a thread of its own.
    let halves = by_halves(
        &findings,
        |f| f.workload.as_deref().unwrap_or(&f.security_group),
        |half| merged(&findings, half, &families),
    );
    let mut into: BTreeMap<usize, usize> = BTreeMap::new();
    let mut also: Merged = BTreeMap::new();
    for (their_into, their_also) in halves {
        into.extend(their_into);
        also.extend(their_also);
    }
    if into.is_empty() {
        return findings;
    }
    findings
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !into.contains_key(i))
        .map(|(i, mut f)| {
            if let Some(mut list) = also.remove(&i) {
                list.sort_by_key(|(order, a)| (Reverse(a.severity), *order));
                if f.apply_error.is_none() {
                    f.apply_error = list.iter().find_map(|(_, a)| a.apply_error.clone());
                }
                f.merged_mut().also = list.into_iter().map(|(_, a)| a).collect();
            }
            f
        })
        .collect()
}

/// The exposures of a finding, by identity (the diff's), sorted.
fn addresses(f: &Finding) -> Vec<usize> {
    let mut list: Vec<usize> = f
        .exposures
        .iter()
        .map(|e| std::sync::Arc::as_ptr(e) as usize)
        .collect();
    list.sort_unstable();
    list
}

/// The rules merged into each finding kept (by position), each with its place in the packs.
type Merged = BTreeMap<usize, Vec<(usize, Also)>>;

/// What is merged among the findings at the positions `half` (in order, every finding of
/// each of their concerns): for each finding merged away the one it goes into, and for each
/// finding kept the rules merged into it (with their place in the packs), both by position.
fn merged(
    findings: &[Finding],
    half: &[usize],
    families: &HashMap<&str, (&str, usize)>,
) -> (BTreeMap<usize, usize>, Merged) {
    // Sized once: growing it hashed every concern again at each doubling.
    let mut concerns: HashMap<Concern, Vec<(usize, &Finding, usize)>> =
        HashMap::with_capacity(half.len());
    for &i in half {
        let Some(f) = findings.get(i) else {
            continue;
        };
        let Some(&(family, order)) = families.get(&*f.rule) else {
            continue;
        };
        let workload = f.workload.as_deref();
        let concern = Concern {
            family,
            status: f.status,
            change: f.change,
            about: workload.unwrap_or(&f.security_group),
            workload: workload.is_some(),
            subject: f.subject.as_deref(),
            exposure: f
                .exposures
                .first()
                .map(|e| (e.direction, &e.range.protocol, e.range.aws_ports())),
        };
        concerns.entry(concern).or_default().push((i, f, order));
    }
    // For each finding merged away, the finding it is merged into (both by position).
    let mut into: BTreeMap<usize, usize> = BTreeMap::new();
    for mut list in concerns.into_values().filter(|l| l.len() > 1) {
        // The most severe first; of equal severity one no waiver accepts, the one about the
        // most exposures, then the first rule of the packs.
        list.sort_by_key(|&(_, f, order)| {
            (
                Reverse(f.severity),
                f.waived.is_some(),
                Reverse(f.exposures.len()),
                order,
            )
        });
        // The findings kept, with their exposures; and all of those.
        let mut kept: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut covered: HashSet<usize> = HashSet::new();
        for (i, f, _) in list {
            let mine = addresses(f);
            // Merged when the findings kept so far (as severe or more) cover its exposures,
            // into the first of them about any of them (SSH from 0.0.0.0/0 and ::/0: the
            // medium finding about both goes into the IPv4 one, the IPv6 one stays).
            let into_kept = (!kept.is_empty() && mine.iter().all(|a| covered.contains(a)))
                .then(|| {
                    kept.iter().find(|(_, theirs)| {
                        mine.is_empty() || mine.iter().any(|a| theirs.binary_search(a).is_ok())
                    })
                })
                .flatten();
            match into_kept {
                Some(&(k, _)) => {
                    into.insert(i, k);
                }
                None => {
                    covered.extend(mine.iter().copied());
                    kept.push((i, mine));
                }
            }
        }
    }
    let mut also: BTreeMap<usize, Vec<(usize, Also)>> = BTreeMap::new();
    for (&i, &k) in &into {
        if let Some(f) = findings.get(i) {
            let order = families.get(&*f.rule).map_or(usize::MAX, |&(_, o)| o);
            also.entry(k).or_default().push((
                order,
                Also {
                    rule: f.rule.clone(),
                    severity: f.severity,
                    apply_error: f.apply_error.clone(),
                    security_group: f.security_group.clone(),
                    fingerprint: super::waivers::fingerprint(f),
                },
            ));
        }
    }
    (into, also)
}

/// How many findings, at least, for merging and joining to share their work between two
/// threads (tests split any two).
const SPLIT_FINDINGS: usize = 4096;

/// `work` over the positions of the findings, on two threads when there are enough of them:
/// cut in two halves by what `by` says a finding is about (what no merge or join crosses:
/// the findings that may go together are in one half), each half in order; what each half
/// gives, in no order that matters (the callers' maps are by position).
pub(super) fn by_halves<T: Send>(
    findings: &[Finding],
    by: impl Fn(&Finding) -> &str + Sync,
    work: impl Fn(&[usize]) -> T + Sync,
) -> Vec<T> {
    let least = if cfg!(test) { 2 } else { SPLIT_FINDINGS };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || findings.len() < least {
        let all: Vec<usize> = (0..findings.len()).collect();
        return vec![work(&all)];
    }
    let (mut first, mut second) = (Vec::new(), Vec::new());
    for (i, f) in findings.iter().enumerate() {
        // A cheap hash of the name, the same from run to run: the result does not depend on
        // the halves, only how evenly the work is shared (names made to fall in one half make
        // it the work of one thread, as without halves).
        let h = by(f)
            .bytes()
            .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)));
        if (h ^ (h >> 7)) & 1 == 0 {
            first.push(i);
        } else {
            second.push(i);
        }
    }
    std::thread::scope(|s| {
        let theirs = s.spawn(|| work(&second));
        let mine = work(&first);
        match theirs.join() {
            Ok(theirs) => vec![mine, theirs],
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}
