//! The JSON report, a contract other tools read (documented in README.md, "The JSON report"):
//!
//! ```text
//! { "schema": "sgaudit/v1",
//!   "input": { "path", "kind": "plan"|"state"|"hcl", "format_version", "terraform_version",
//!              "complete", "missing_variables", "base", "not_analysed" },
//!   "groups": [ { "address", "type", "action", "replace_paths", "action_reason",
//!                 "create_before_destroy", "name", "id", "vpc_id", "description", "default",
//!                 "origin" } ],
//!   "exposure": { "added": [E], "removed": [E], "unchanged": [E] },
//!   "workloads": [ { "address", "type", "kind", "action", "origin", "part_of",
//!                    "before": A|null, "after": A|null,
//!                    "reachable_from_internet": { "before", "after" },
//!                    "exposure": { "added": [E], "removed": [E], "unchanged": [E] } } ],
//!   "reachability": { "scope", "max_hops", "truncated",
//!                     "paths": [ { "status": "new"|"changed"|"existing"|"removed", "to",
//!                                  "public_address", "public_address_because", "label",
//!                                  "hops": [H] } ] },
//!   "notes": [...],
//!   "findings": [ { "rule", "severity", "status": "new"|"existing"|"resolved", "change",
//!                   "title", "message", "security_group", "resource", "resources", "origins",
//!                   "direction", "protocol", "from_port", "to_port", "peers" } ] }
//! E = { "security_group", "resource", "resources", "origins", "direction", "protocol",
//!       "from_port", "to_port", "peer", "public", "world" }  (a workload's exposures name the
//!       workload in "security_group": the union of its groups)
//! A = { "groups", "default_group", "public_address": "yes"|"no"|"unknown",
//!       "public_address_because" }
//! H = { "from", "to", "via", "egress", "ports": ["tcp/22", ...] }
//! ```
//!
//! `show` prints the same `schema`, `input` and `groups`, each group with its `permissions`;
//! `show --by workload` prints `workloads` instead, each with the exposure it has after the
//! change.

use serde_json::{Value, json};

use super::{Report, all_groups, permissions_by_group, port_values};
use crate::diff::{ExposedPeer, Exposure};
use crate::model::{Attachment, Group, Input, Lifecycle, Permission, Source, Workload};
use crate::policy::Finding;
use crate::reach::{PortRange, Reach};

fn input_json(source: &Source) -> Value {
    json!({
        "path": source.path,
        "kind": source.kind.as_str(),
        "format_version": source.format_version,
        "terraform_version": source.terraform_version,
        "complete": source.complete,
        "missing_variables": source.missing_variables,
        "base": source.base,
    })
}

/// `input` of a report: the source and what could not be analysed.
fn input_of(input: &Input) -> Value {
    let mut v = input_json(&input.source);
    v["not_analysed"] = json!(input.not_analysed);
    v["errors"] = json!(input.errors);
    v
}

fn group_json(g: &Group) -> Value {
    let (paths, reason, create_first) = match &g.lifecycle {
        Lifecycle::Replaced(r) => (r.paths.clone(), r.reason.clone(), Some(r.create_first)),
        Lifecycle::Deleted { reason } => (Vec::new(), reason.clone(), None),
        _ => (Vec::new(), None, None),
    };
    json!({
        "address": g.address,
        "type": g.resource_type,
        "action": g.lifecycle.action(),
        "replace_paths": paths,
        "action_reason": reason,
        "create_before_destroy": create_first,
        "name": g.name,
        "id": g.id,
        "vpc_id": g.vpc_id,
        "description": g.description,
        "default": g.default,
        "origin": g.origin,
    })
}

fn exposure_json(e: &Exposure) -> Value {
    json!({
        "security_group": e.security_group,
        "resource": e.resources.first(),
        "resources": e.resources,
        "origins": e.origins,
        "direction": e.direction.as_str(),
        "protocol": e.protocol.to_string(),
        "from_port": e.from_port,
        "to_port": e.to_port,
        "peer": e.peer.label(),
        "public": e.peer.public(),
        "world": e.peer.world(),
    })
}

/// The `check` report.
pub fn check_json(report: &Report) -> Value {
    let list = |items: &[Exposure]| items.iter().map(exposure_json).collect::<Vec<_>>();
    json!({
        "schema": "sgaudit/v1",
        "input": input_of(report.input),
        "groups": report.input.groups.values().map(group_json).collect::<Vec<_>>(),
        "exposure": {
            "added": list(&report.diff.added),
            "removed": list(&report.diff.removed),
            "unchanged": list(&report.diff.unchanged),
        },
        "workloads": workloads_json(report.input, report.reach),
        "reachability": reachability_json(report.reach),
        "notes": report.input.notes,
        "findings": report.findings.iter().map(finding_json).collect::<Vec<_>>(),
    })
}

fn attachment_json(a: Option<&Attachment>) -> Value {
    a.map_or(Value::Null, |a| {
        json!({
            "groups": a.groups,
            "default_group": a.default_group,
            "public_address": a.public.as_str(),
            "public_address_because": a.public.because,
        })
    })
}

fn workload_json(w: &Workload) -> Value {
    json!({
        "address": w.address,
        "type": w.resource_type,
        "kind": w.kind.as_str(),
        "action": w.lifecycle.action(),
        "origin": w.origin,
        "part_of": w.part_of,
        "before": attachment_json(w.before.as_ref()),
        "after": attachment_json(w.after.as_ref()),
    })
}

/// Every workload with its attachments and the exposure diff of its groups together.
fn workloads_json(input: &Input, reach: &Reach) -> Value {
    let list = |items: &[Exposure]| items.iter().map(exposure_json).collect::<Vec<_>>();
    input
        .workloads
        .values()
        .map(|w| {
            let mut v = workload_json(w);
            if let Some(r) = reach.workloads.get(&w.address) {
                v["reachable_from_internet"] =
                    json!({ "before": r.reachable_before, "after": r.reachable_after });
                v["exposure"] = json!({
                    "added": list(&r.exposure.added),
                    "removed": list(&r.exposure.removed),
                    "unchanged": list(&r.exposure.unchanged),
                });
            }
            v
        })
        .collect()
}

fn reachability_json(reach: &Reach) -> Value {
    let paths: Vec<Value> = reach
        .paths
        .iter()
        .map(|p| {
            json!({
                "status": p.status.as_str(),
                "to": p.target(),
                "public_address": p.public.as_str(),
                "public_address_because": p.public.because,
                "label": p.label(),
                "hops": p.hops.iter().map(|h| json!({
                    "from": h.from,
                    "to": h.to,
                    "via": h.via,
                    "egress": h.egress,
                    "ports": h.ports.iter().map(PortRange::label).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "scope": crate::reach::SCOPE,
        "max_hops": crate::reach::MAX_HOPS,
        "truncated": reach.truncated,
        "paths": paths,
    })
}

/// The `show --by workload` report: each workload with the exposure of its groups after the
/// change.
pub fn show_workloads_json(input: &Input, reach: &Reach) -> Value {
    let workloads: Vec<Value> = input
        .workloads
        .values()
        .map(|w| {
            let mut v = workload_json(w);
            let after: Vec<Value> = reach
                .workloads
                .get(&w.address)
                .map(|r| {
                    let mut all: Vec<&Exposure> = r
                        .exposure
                        .added
                        .iter()
                        .chain(&r.exposure.unchanged)
                        .collect();
                    all.sort_by(|a, b| super::exposure_order(a).cmp(&super::exposure_order(b)));
                    all.into_iter().map(exposure_json).collect()
                })
                .unwrap_or_default();
            v["exposure"] = Value::Array(after);
            v["reachable_from_internet"] = json!(
                reach
                    .workloads
                    .get(&w.address)
                    .is_some_and(|r| r.reachable_after)
            );
            v
        })
        .collect();
    json!({
        "schema": "sgaudit/v1",
        "input": input_of(input),
        "workloads": workloads,
        "reachability": reachability_json(reach),
    })
}

fn finding_json(f: &Finding) -> Value {
    let e = f.exposures.first();
    json!({
        "rule": f.rule,
        "severity": f.severity.as_str(),
        "status": f.status.as_str(),
        "waived": f.waived.as_ref().map(|w| json!({ "reason": w.reason, "origin": w.origin, "expires": w.expires })),
        "baselined": f.baselined,
        "change": f.change,
        "title": f.title,
        "message": f.message,
        "security_group": f.security_group,
        "workload": f.workload,
        "resource": f.resources.first(),
        "resources": f.resources,
        "origins": f.origins,
        "direction": e.map(|e| e.direction.as_str()),
        "protocol": e.map(|e| e.protocol.to_string()),
        "from_port": e.and_then(|e| e.from_port),
        "to_port": e.and_then(|e| e.to_port),
        "peers": f.exposures.iter().map(|e| e.peer.label()).collect::<Vec<_>>(),
    })
}

/// The `show` report: each group with the permissions it holds after the change.
pub fn show_json(input: &Input) -> Value {
    let by_group = permissions_by_group(input);
    let permissions = |g: &str| -> Value {
        by_group
            .get(g)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|p| permission_json(p, input))
            .collect()
    };
    let groups: Vec<Value> = input
        .groups
        .values()
        .map(|g| {
            let mut v = group_json(g);
            v["permissions"] = permissions(&g.address);
            v
        })
        .collect();
    let mut doc = json!({
        "schema": "sgaudit/v1",
        "input": input_of(input),
        "groups": groups,
    });
    let foreign: Vec<Value> = all_groups(input)
        .into_iter()
        .filter(|g| !input.groups.contains_key(*g))
        .map(|g| json!({ "security_group": g, "permissions": permissions(g) }))
        .collect();
    if !foreign.is_empty() {
        doc["foreign_groups"] = Value::Array(foreign);
    }
    doc
}

fn permission_json(p: &Permission, input: &Input) -> Value {
    let (from, to) = port_values(&p.protocol, &p.ports);
    let peer = ExposedPeer::of(p, &input.prefix_lists_after);
    json!({
        "resource": p.resource,
        "direction": p.direction.as_str(),
        "protocol": p.protocol.to_string(),
        "from_port": from,
        "to_port": to,
        "peer": peer.label(),
        "public": peer.public(),
        "world": peer.world(),
        "description": if p.sensitive { None } else { p.description.clone() },
        "origin": p.origin,
    })
}
