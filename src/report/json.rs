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
//!   "notes": [...],
//!   "findings": [ { "rule", "severity", "status": "new"|"existing"|"resolved", "change",
//!                   "title", "message", "security_group", "resource", "resources", "origins",
//!                   "direction", "protocol", "from_port", "to_port", "peers" } ] }
//! E = { "security_group", "resource", "resources", "origins", "direction", "protocol",
//!       "from_port", "to_port", "peer", "public", "world" }
//! ```
//!
//! `show` prints the same `schema`, `input` and `groups`, each group with its `permissions`.

use serde_json::{Value, json};

use super::{Report, all_groups, permissions_by_group, port_values};
use crate::diff::{ExposedPeer, Exposure};
use crate::model::{Group, Input, Lifecycle, Permission, Source};
use crate::policy::Finding;

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
        "notes": report.input.notes,
        "findings": report.findings.iter().map(finding_json).collect::<Vec<_>>(),
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
