//! Waivers and baselines: accepted findings. A waived finding is still reported, marked with
//! its reason; an expired waiver stops applying and says so; a waiver that matches nothing is
//! reported as unused. A baseline turns the findings it recorded into `existing`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use super::finding::{Finding, Waived, WaiverSource};
use super::settings::{Settings, Waiver, today};
use crate::diff::ExposedPeer;
use crate::model::FindingStatus;
use crate::model::{Diagnostic, InlineIgnore, Protocol, SENSITIVE};

/// Applies the configuration's waivers and the inline ignores (`# sgaudit:ignore rule --
/// reason`, collected by the reader from the files it read) on or just above the blocks
/// findings come from. Returns notes: expired, unused and reason-less waivers and ignores.
pub fn apply(
    findings: &mut [Finding],
    config: &Settings,
    ignores: &[&InlineIgnore],
) -> Vec<Diagnostic> {
    let now = today();
    let mut notes = Vec::new();
    apply_ignores(findings, ignores, &mut notes);
    for w in &config.waivers {
        if let Some(expires) = w.expires
            && expires < now
        {
            notes.push(Diagnostic::note(
                w.origin.clone(),
                format!(
                    "the waiver of {} expired on {}: it no longer applies",
                    w.rule,
                    date(expires)
                ),
            ));
            continue;
        }
        let mut used = false;
        for f in findings.iter_mut().filter(|f| matches(w, f)) {
            used = true;
            if f.waived.is_none() {
                f.waived = Some(Box::new(Waived {
                    reason: w.reason.clone(),
                    origin: w.origin.clone(),
                    expires: w.expires.map(date),
                    source: WaiverSource::Configuration,
                }));
            }
        }
        if !used {
            notes.push(Diagnostic::note(
                w.origin.clone(),
                format!("the waiver of {} matched no finding: it is unused", w.rule),
            ));
        }
    }
    notes
}

fn date((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whether a waiver covers a finding: same rule, and every narrowing it sets holds.
fn matches(w: &Waiver, f: &Finding) -> bool {
    let protocol = w.protocol.as_deref().map(|p| {
        Protocol::parse(p)
            .map(|p| p.to_string())
            .unwrap_or_else(|_| p.to_owned())
    });
    *w.rule == *f.rule
        && w.group
            .as_ref()
            .is_none_or(|g| super::glob::glob_match(g, &f.security_group))
        && protocol.as_ref().is_none_or(|p| {
            f.exposures
                .iter()
                .all(|e| &e.range.protocol.to_string() == p)
        })
        && w.ports.as_ref().is_none_or(|ports| {
            f.exposures.iter().all(|e| match e.range.aws_ports() {
                (Some(from), Some(to)) if from >= 0 && to >= 0 => ports
                    .iter()
                    .any(|&(a, b)| i64::from(a) <= from && to <= i64::from(b)),
                _ => false,
            })
        })
        && w.peer.as_ref().is_none_or(|peer| {
            let net = peer.parse::<ipnet::IpNet>().ok();
            f.exposures.iter().all(|e| match (&e.peer, net) {
                (ExposedPeer::Cidr(n), Some(w)) => w.contains(n),
                (other, _) => &other.label() == peer,
            })
        })
}

/// Waives each finding an ignore names whose origin (any of them) lies on a line the ignore
/// covers (the block below it, or the line it ends and its block: `InlineIgnore::covers`); of
/// several, the most specific (covering fewest lines) is the one the finding says accepted it,
/// and each is used. Notes ignores without a reason (they do not apply) and rules an ignore
/// names but no finding it covers has (unused).
fn apply_ignores(findings: &mut [Finding], ignores: &[&InlineIgnore], notes: &mut Vec<Diagnostic>) {
    let mut by_file: BTreeMap<&str, Vec<(usize, &InlineIgnore)>> = BTreeMap::new();
    for (i, g) in ignores.iter().enumerate() {
        if !g.reason.is_empty() {
            by_file.entry(&*g.origin.file).or_default().push((i, *g));
        }
    }
    let mut used: BTreeSet<(usize, String)> = BTreeSet::new();
    for f in findings.iter_mut() {
        let mut waived: Option<&InlineIgnore> = None;
        for origin in &f.origins {
            let (Some(line), Some(file)) = (origin.line, by_file.get(&*origin.file)) else {
                continue;
            };
            for &(i, g) in file {
                if !g.covers(line) || !g.rules.iter().any(|r| **r == *f.rule) {
                    continue;
                }
                used.insert((i, f.rule.to_string()));
                if waived.is_none_or(|w| g.breadth() < w.breadth()) {
                    waived = Some(g);
                }
            }
        }
        if f.waived.is_none()
            && let Some(g) = waived
        {
            f.waived = Some(Box::new(Waived {
                reason: g.reason.clone(),
                origin: g.origin.clone(),
                expires: None,
                source: WaiverSource::Inline,
            }));
        }
    }
    for (i, g) in ignores.iter().enumerate() {
        let at = g.origin.clone();
        if g.reason.is_empty() {
            notes.push(Diagnostic::note(
                at,
                format!(
                    "`sgaudit:ignore {}` has no reason (`-- why`): it does not apply",
                    g.rules.join(", ")
                ),
            ));
        } else {
            for rule in g
                .rules
                .iter()
                .filter(|r| !used.contains(&(i, (*r).clone())))
            {
                notes.push(Diagnostic::note(
                    at.clone(),
                    format!("the ignore of {rule} matched no finding: it is unused"),
                ));
            }
        }
    }
}

/// A peer in a fingerprint: its label, and for a sensitive CIDR (whose label is `sensitive`)
/// also what the report already says of it, its family and whether it is the world, public or
/// private, so that a baseline taken on a sensitive `/32` does not accept it widened to the
/// world. A group or prefix list whose id is sensitive is its kind (and, for a list, the reach
/// of its entries): its key is a number given in the order of the input, which another run
/// may give another id. The value itself is never in a fingerprint, nor a hash of it: a group
/// id is short (`sg-` and 8 or 17 hex digits), so a hash is reversed by hashing the account's
/// ids.
fn peer_key(peer: &crate::diff::ExposedPeer) -> String {
    use crate::diff::ExposedPeer;
    let reach = || {
        if peer.world() == Some(true) {
            "world"
        } else if peer.public() == Some(true) {
            "public"
        } else if peer.public() == Some(false) {
            "private"
        } else {
            "unknown"
        }
    };
    match peer {
        ExposedPeer::Sensitive(net) => {
            let family = if matches!(net, ipnet::IpNet::V4(_)) {
                "ipv4"
            } else {
                "ipv6"
            };
            format!("sensitive:{family}-{}", reach())
        }
        ExposedPeer::Group(g) if crate::model::is_sensitive_key(g) => {
            "sensitive:security-group".to_owned()
        }
        ExposedPeer::PrefixList(l, _) if crate::model::is_sensitive_key(l) => {
            format!("sensitive:prefix-list-{}", reach())
        }
        _ => peer.label(),
    }
}

/// A finding's identity across runs: its rule, group and permissions, not its line. A group
/// whose id is sensitive is written `sensitive` (see `peer_key`), and so are a protocol and
/// ports that are hidden (`rule|group|ingress|sensitive|sensitive|peers`).
pub fn fingerprint(f: &Finding) -> String {
    // A finding joined over ports (`joined`) is fingerprinted as its first part: the other
    // parts' are in `Finding::joined`.
    let mut peers: Vec<String> = f
        .exposures
        .iter()
        .filter(|e| {
            f.exposures
                .first()
                .is_none_or(|first| e.range == first.range)
        })
        .map(|e| peer_key(&e.peer))
        .collect();
    peers.sort();
    let group = if crate::model::is_sensitive_key(&f.security_group) {
        "sensitive"
    } else {
        &f.security_group
    };
    match f.exposures.first() {
        // A hidden protocol and ports are `sensitive`, never their values.
        Some(e) if e.range.sensitive => format!(
            "{}|{group}|{}|{SENSITIVE}|{SENSITIVE}|{}",
            f.rule,
            e.direction.as_str(),
            peers.join(",")
        ),
        Some(e) => {
            let (from, to) = e.range.aws_ports();
            format!(
                "{}|{group}|{}|{}|{}-{}|{}",
                f.rule,
                e.direction.as_str(),
                e.range.protocol,
                from.map_or("?".to_owned(), |p| p.to_string()),
                to.map_or("?".to_owned(), |p| p.to_string()),
                peers.join(",")
            )
        }
        None => match (&f.workload, &f.subject) {
            (Some(w), _) => format!("{}|{group}|{w}", f.rule),
            (None, Some(s)) => format!("{}|{group}|{s}", f.rule),
            (None, None) => format!("{}|{group}", f.rule),
        },
    }
}

/// The baseline of a run: the findings that hold after the change, by fingerprint.
pub fn baseline(findings: &[Finding]) -> Value {
    let mut entries: Vec<Value> = findings
        .iter()
        .filter(|f| f.status != FindingStatus::Resolved)
        .flat_map(|f| {
            // The findings merged into it too (`families`): a later run that keeps another
            // rule of the concern (one disabled, or a waiver changed) still finds them.
            std::iter::once(json!({ "rule": &*f.rule, "security_group": &*f.security_group, "fingerprint": fingerprint(f) }))
                .chain(f.also().iter().chain(f.joined()).map(|a| json!({ "rule": &*a.rule, "security_group": &*a.security_group, "fingerprint": a.fingerprint })))
        })
        .collect();
    entries.sort_by_key(|e| e["fingerprint"].as_str().unwrap_or_default().to_owned());
    entries.dedup();
    json!({ "schema": "sgaudit-baseline/v1", "findings": entries })
}

/// Reads a baseline file's fingerprints.
pub fn read_baseline(name: &str, text: &str) -> Result<BTreeSet<String>, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(&*message, |(m, _)| m);
        let cut = if e.is_eof() {
            ": the file ends early, was it cut short?"
        } else {
            ""
        };
        format!(
            "{name}:{}:{}: invalid JSON: {message}{cut}",
            e.line(),
            e.column().max(1)
        )
    })?;
    if v.get("schema").and_then(Value::as_str) != Some("sgaudit-baseline/v1") {
        return Err(format!(
            "{name}: not an sgaudit baseline (expected \"schema\": \"sgaudit-baseline/v1\"); make one with `sgaudit baseline INPUT`"
        ));
    }
    // A baseline that lost its findings would silently accept nothing: refuse it instead.
    let Some(entries) = v.get("findings").and_then(Value::as_array) else {
        return Err(format!(
            "{name}: \"findings\" is not a list: not a baseline `sgaudit baseline` wrote"
        ));
    };
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            e["fingerprint"].as_str().map(str::to_owned).ok_or_else(|| {
                format!("{name}: findings[{i}] has no \"fingerprint\": not a baseline `sgaudit baseline` wrote")
            })
        })
        .collect()
}

/// Marks the findings a baseline recorded as accepted: a new one becomes existing, and none of
/// them fails the run.
pub fn apply_baseline(findings: &mut [Finding], known: &BTreeSet<String>) {
    for f in findings
        .iter_mut()
        .filter(|f| f.status != FindingStatus::Resolved)
    {
        if known.contains(&fingerprint(f)) {
            f.status = FindingStatus::Existing;
            f.baselined = true;
        }
    }
}
