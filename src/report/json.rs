//! The JSON report, a contract other tools read (documented in docs/json.md):
//!
//! ```text
//! { "schema": "sgaudit/v2",
//!   "input": { "path", "kind": "plan"|"state"|"hcl"|"deployed", "format_version", "terraform_version",
//!              "complete", "missing_variables", "base", "not_analysed", "errors" },
//!   "groups": [ { "address", "type", "action", "replace_paths", "action_reason",
//!                 "create_before_destroy", "name", "id", "vpc_id", "description", "default",
//!                 "origin" } ],
//!   "exposure": { "added": [E], "removed": [E], "unchanged": [E], "said": [S] },
//!   "workloads": [ { "address", "type", "kind", "action", "origin", "part_of",
//!                    "before": A|null, "after": A|null,
//!                    "reachable_from_internet": { "before", "after" },
//!                    "exposure": { "added": [E], "removed": [E], "unchanged": [E] } } ],
//!   "network_acls": [N] (only when the input holds network ACLs; see `network_acls`),
//!   "reachability": { "scope", "max_hops", "truncated",
//!                     "paths": [ { "status": "added"|"changed"|"unchanged"|"removed", "to",
//!                                  "public_address", "public_address_because",
//!                                  "reachable": true|false|null,
//!                                  "blocked_by": [ { "resource", "why" } ], "label",
//!                                  "hops": [H] } ] },
//!   "notes": [...],
//!   "drift": [D] (only with `--deployed`; see `drift`),
//!   "findings": [ { "rule", "severity", "status": "new"|"existing"|"resolved", "waived",
//!                   "baselined", "change": "added"|"widened"|null, "title", "message",
//!                   "apply_error" (only when the rule predicts one), "security_group",
//!                   "workload", "resource", "resources", "origins", "direction", "protocol",
//!                   "from_port", "to_port", "peers" } ] }
//! E = { "owner": { "group": G } | { "workload": W }, "resource", "resources", "origins",
//!       "direction", "protocol", "from_port", "to_port", "peer", "public", "world",
//!       "except": [X] (only when not empty) }
//!       (`exposure` lists are owned by groups, a workload's `exposure` by the workload: the
//!       union of its groups)
//! S = { "owner", "change": "added"|"removed"|"changed"|"unchanged", "direction", "protocol",
//!       "ports", "peer" }: the exposure as people say it, one row per direction, protocol and
//!       ports from the CIDR blocks of one address family ("0.0.0.0/0 (was 10.0.0.0/8)",
//!       "0.0.0.0/0 except 10.0.0.0/8"), every other peer its own row; the exact cells are E
//! X = { "protocol", "from_port", "to_port", "peer" }: a part of an added or removed exposure of
//!     all protocols that the change leaves as it was (reported as unchanged instead)
//! A = { "groups", "default_group", "public_address": "yes"|"no"|"unknown",
//!       "public_address_because" }
//! H = { "from", "to", "via", "egress", "ports": ["tcp/22", ...] }
//! ```
//!
//! A protocol and ports the input marks sensitive are `"protocol": "sensitive"` with
//! `"from_port": null, "to_port": null` (E, findings, `show` permissions), `"sensitive"` in H.
//!
//! `show` prints the same `schema`, `input` and `groups`, each group with its `permissions`;
//! `show --by workload` prints `workloads` instead, each with the exposure it has after the
//! change.
//!
//! The diff and the paths say what the change does in the words of [`crate::model::Change`]
//! (`added`, `changed`, `unchanged`, `removed`), findings in those of
//! [`crate::model::FindingStatus`] (`new`, `existing`, `resolved`). Schema 2 renamed them and
//! gave E its `owner` (docs/json.md, "Changes in schema 2"): a field or value renamed or removed
//! bumps [`SCHEMA`].

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Serialize, Serializer};
use serde_json::Value;

use super::{Report, all_groups, permissions_by_group};
use crate::diff::{Diff, Except, ExposedPeer, Exposure};
use crate::model::{
    Attachment, Diagnostic, Group, Input, Lifecycle, Origin, Owner, Permission, PortRange, Source,
    Workload,
};
use crate::network::{Block, Verdict};
use crate::policy::Finding;
use crate::reach::{Hop, Path, Reach};

/// The `schema` of every JSON report: fields may be added within a schema; a field or value
/// renamed or removed makes the next one.
pub const SCHEMA: &str = "sgaudit/v2";

// The report is written straight from the model by these borrowing structs, field after field
// as the text goes (never as a `serde_json::Value` of the whole report, several times the size
// of its text). Their field order is the key order of the report: it is the contract.

/// The `input` object.
#[derive(Serialize)]
struct InputJson<'a> {
    path: &'a str,
    kind: &'static str,
    format_version: Option<&'a str>,
    terraform_version: Option<&'a str>,
    complete: bool,
    missing_variables: &'a [String],
    base: Option<&'a str>,
    not_analysed: &'a [String],
    #[serde(serialize_with = "texts")]
    errors: &'a [Diagnostic],
}

/// Diagnostics as the one-line messages they print as.
fn texts<S: Serializer>(list: &&[Diagnostic], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(list.iter().map(ToString::to_string))
}

/// `input` of a report: the source and what could not be analysed.
fn input_of(input: &Input) -> InputJson<'_> {
    let source: &Source = &input.source;
    InputJson {
        path: &source.path,
        kind: source.kind.as_str(),
        format_version: source.format_version.as_deref(),
        terraform_version: source.terraform_version.as_deref(),
        complete: source.complete,
        missing_variables: &source.missing_variables,
        base: source.base.as_deref(),
        not_analysed: &input.not_analysed,
        errors: &input.errors,
    }
}

/// A group; `show` adds its `permissions`.
#[derive(Serialize)]
struct GroupJson<'a> {
    address: &'a str,
    #[serde(rename = "type")]
    resource_type: &'a str,
    action: &'static str,
    replace_paths: &'a [Value],
    action_reason: Option<&'a str>,
    create_before_destroy: Option<bool>,
    name: Option<&'a str>,
    id: Option<&'a str>,
    vpc_id: Option<&'a str>,
    description: Option<&'a str>,
    default: bool,
    #[serde(serialize_with = "origin_text")]
    origin: Option<&'a Origin>,
    #[serde(skip_serializing_if = "Option::is_none")]
    permissions: Option<Permissions<'a>>,
}

fn group_json(g: &Group) -> GroupJson<'_> {
    let (paths, reason, create_first) = match &g.lifecycle {
        Lifecycle::Replaced(r) => (&r.paths[..], r.reason.as_deref(), Some(r.create_first)),
        Lifecycle::Deleted { reason } => (&[][..], reason.as_deref(), None),
        _ => (&[][..], None, None),
    };
    GroupJson {
        address: &g.address,
        resource_type: &g.resource_type,
        action: g.lifecycle.action(),
        replace_paths: paths,
        action_reason: reason,
        create_before_destroy: create_first,
        name: g.name.as_deref(),
        id: g.id.as_deref(),
        vpc_id: g.vpc_id.as_deref(),
        description: g.description.as_deref(),
        default: g.default,
        origin: g.origin.as_ref(),
        permissions: None,
    }
}

/// One exposure (E).
#[derive(Serialize)]
struct ExposureJson<'a> {
    #[serde(serialize_with = "owner")]
    owner: &'a Owner,
    resource: Option<&'a str>,
    #[serde(serialize_with = "names")]
    resources: &'a [Arc<str>],
    #[serde(serialize_with = "origin_texts")]
    origins: &'a [Origin],
    direction: &'static str,
    #[serde(serialize_with = "protocol_label")]
    protocol: ProtocolLabel<'a>,
    from_port: Option<i64>,
    to_port: Option<i64>,
    #[serde(serialize_with = "text")]
    peer: &'a ExposedPeer,
    public: Option<bool>,
    world: Option<bool>,
    #[serde(
        skip_serializing_if = "<[Except]>::is_empty",
        serialize_with = "excepts"
    )]
    except: &'a [Except],
}

/// The parts of an `all` exposure the change leaves as they were (X): each
/// `{ "protocol", "from_port", "to_port", "peer" }`.
fn excepts<S: Serializer>(items: &&[Except], s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct ExceptJson {
        protocol: String,
        from_port: Option<i64>,
        to_port: Option<i64>,
        peer: String,
    }
    s.collect_seq(items.iter().map(|x| ExceptJson {
        protocol: x.range.protocol_label(),
        from_port: x.range.shown_aws_ports().0,
        to_port: x.range.shown_aws_ports().1,
        peer: x.peer.label(),
    }))
}

/// A range's protocol as reports print it ([`PortRange::protocol_label`]), written without
/// making a string.
struct ProtocolLabel<'a>(&'a PortRange);

impl std::fmt::Display for ProtocolLabel<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.sensitive {
            f.write_str(crate::model::SENSITIVE)
        } else {
            self.0.protocol.fmt(f)
        }
    }
}

fn protocol_label<S: Serializer>(label: &ProtocolLabel, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(label)
}

fn exposure_json(e: &Exposure) -> ExposureJson<'_> {
    ExposureJson {
        owner: &e.owner,
        resource: e.resources.first().map(|r| &**r),
        resources: &e.resources,
        origins: &e.origins,
        direction: e.direction.as_str(),
        protocol: ProtocolLabel(&e.range),
        from_port: e.range.shown_aws_ports().0,
        to_port: e.range.shown_aws_ports().1,
        peer: &e.peer,
        public: e.peer.public(),
        world: e.peer.world(),
        except: &e.except,
    }
}

/// What holds an exposure, by its kind: `{ "group": G }` or `{ "workload": W }`.
fn owner<S: Serializer>(owner: &&Owner, s: S) -> Result<S::Ok, S::Error> {
    s.collect_map([(owner.kind(), owner.name())])
}

/// A list of exposures, written one by one.
fn exposures<'a, S, I>(items: I, s: S) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    I: IntoIterator<Item = &'a Exposure>,
{
    s.collect_seq(items.into_iter().map(exposure_json))
}

/// `{ "added", "removed", "unchanged" }` of an exposure diff.
#[derive(Serialize)]
struct DiffJson<'a> {
    #[serde(serialize_with = "exposure_list")]
    added: &'a [Arc<Exposure>],
    #[serde(serialize_with = "exposure_list")]
    removed: &'a [Arc<Exposure>],
    #[serde(serialize_with = "exposure_list")]
    unchanged: &'a [Arc<Exposure>],
}

/// One row of `said`.
#[derive(Serialize)]
struct SaidJson<'a> {
    owner: &'a str,
    /// `added`, `removed`, `changed` (its addresses widened or narrowed), `unchanged`.
    change: &'static str,
    direction: &'static str,
    protocol: String,
    ports: String,
    peer: String,
}

/// The exposures of each owner, marked `+` (added), `-` (removed) or `=` (unchanged), by
/// owner: what the rows of `said` are made of, owner by owner ([`said_rows`]).
type SaidOwners<'a> = Vec<(&'a str, Vec<(&'static str, &'a Exposure)>)>;

fn said_owners(d: &Diff) -> SaidOwners<'_> {
    let mut by_owner: BTreeMap<&str, Vec<(&'static str, &Exposure)>> = BTreeMap::new();
    for (list, mark) in [(&d.added, "+"), (&d.removed, "-"), (&d.unchanged, "=")] {
        for e in list.iter() {
            by_owner
                .entry(e.owner.name())
                .or_default()
                .push((mark, &**e));
        }
    }
    by_owner.into_iter().collect()
}

/// The rows of `said` of one owner, in the reports' order.
fn said_rows<'a>(owner: &'a str, rows: &[(&'static str, &Exposure)]) -> Vec<SaidJson<'a>> {
    let mut rows = rows.to_vec();
    rows.sort_by(|a, b| (super::exposure_order(a.1), a.0).cmp(&(super::exposure_order(b.1), b.0)));
    super::merged_exposures(&rows)
        .into_iter()
        .map(|m| SaidJson {
            owner,
            change: match m.mark {
                "+" => "added",
                "-" => "removed",
                "~" => "changed",
                _ => "unchanged",
            },
            direction: m.direction.as_str(),
            protocol: m.protocol,
            ports: m.ports,
            peer: m.peer,
        })
        .collect()
}

fn exposure_list<S: Serializer>(items: &&[Arc<Exposure>], s: S) -> Result<S::Ok, S::Error> {
    exposures(items.iter().map(|e| &**e), s)
}

fn diff_json(d: &Diff) -> DiffJson<'_> {
    DiffJson {
        added: &d.added,
        removed: &d.removed,
        unchanged: &d.unchanged,
    }
}

fn no_drift(input: &&Input) -> bool {
    input.drift.is_empty()
}

/// Each difference between the account and Terraform (D): `{ "kind", "group", "group_id",
/// "rule_id", "resource", "direction", "protocol", "from_port", "to_port", "peer",
/// "interface", "managed_by", "seen_by" }`, the permission's members `null` for a kind about a
/// group.
fn drift<S: Serializer>(input: &&Input, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct DriftJson<'a> {
        kind: &'static str,
        group: &'a str,
        group_id: Option<&'a str>,
        rule_id: Option<&'a str>,
        resource: Option<&'a str>,
        direction: Option<&'static str>,
        protocol: Option<String>,
        from_port: Option<i64>,
        to_port: Option<i64>,
        peer: Option<String>,
        interface: Option<&'a str>,
        managed_by: Option<&'a str>,
        seen_by: &'a [&'static str],
    }
    let lists = &input.prefix_lists_after;
    s.collect_seq(input.drift.iter().map(|d| {
        let p = d.permission.as_ref();
        DriftJson {
            kind: d.kind.as_str(),
            group: &d.group,
            group_id: d.group_id.as_deref(),
            rule_id: d.rule_id.as_deref(),
            resource: p.map(|p| p.resource.as_ref()),
            direction: p.map(|p| p.direction.as_str()),
            protocol: p.map(|p| p.range.protocol_label()),
            from_port: p.and_then(|p| p.range.shown_aws_ports().0),
            to_port: p.and_then(|p| p.range.shown_aws_ports().1),
            peer: p.map(|p| crate::diff::ExposedPeer::of(p, lists).label()),
            interface: d.interface.as_ref().map(|(eni, _)| eni.as_str()),
            managed_by: d.interface.as_ref().map(|(_, owner)| owner.as_str()),
            seen_by: &d.seen_by,
        }
    }))
}

fn no_network_acls(input: &&Input) -> bool {
    input.network_before.nacls.is_empty() && input.network_after.nacls.is_empty()
}

/// Every network ACL of either side with what it allows added, removed, unchanged and
/// unknown (`nacl::diff`): N = `{ "address", "exposure": { "added": [R], "removed": [R],
/// "unchanged": [R], "unknown": [R] } }`, R = `{ "direction", "protocol", "from_port",
/// "to_port", "peer", "rules_before", "rules_after" }` (`protocol` as `tcp`, `all`, or `all
/// protocols but tcp, udp`; the rules that decide it, by number, `*` for the final deny).
fn network_acls<S: Serializer>(input: &&Input, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct RowJson {
        direction: &'static str,
        protocol: String,
        from_port: Option<i64>,
        to_port: Option<i64>,
        peer: String,
        rules_before: Vec<String>,
        rules_after: Vec<String>,
    }
    #[derive(Serialize)]
    struct Lists {
        added: Vec<RowJson>,
        removed: Vec<RowJson>,
        unchanged: Vec<RowJson>,
        unknown: Vec<RowJson>,
    }
    #[derive(Serialize)]
    struct AclJson<'a> {
        address: &'a str,
        exposure: Lists,
    }
    let rows = |list: &[crate::nacl::Row], hidden: bool| -> Vec<RowJson> {
        list.iter()
            .map(|r| {
                let (from_port, to_port) = match &r.protocols {
                    crate::nacl::Protocols::One(p) => {
                        PortRange::new(p.clone(), r.ports.clone()).aws_ports()
                    }
                    crate::nacl::Protocols::Others(_) => (Some(-1), Some(-1)),
                };
                RowJson {
                    direction: r.direction.as_str(),
                    protocol: match &r.protocols {
                        crate::nacl::Protocols::One(p) => p.to_string(),
                        others => others.label(&crate::model::Ports::All),
                    },
                    from_port,
                    to_port,
                    peer: super::nacl_peer(r, hidden),
                    rules_before: super::rule_numbers(&r.before),
                    rules_after: super::rule_numbers(&r.after),
                }
            })
            .collect()
    };
    s.collect_seq(
        super::nacl_diffs(input)
            .into_iter()
            .map(|(address, d, hidden)| AclJson {
                address,
                exposure: Lists {
                    added: rows(&d.added, hidden),
                    removed: rows(&d.removed, hidden),
                    unchanged: rows(&d.unchanged, hidden),
                    unknown: rows(&d.unknown, hidden),
                },
            }),
    )
}

/// The `check` report, written to `out` piece by piece in its key order (the contract), the
/// items of its long lists rendered on two threads (`split`): the text is what serde writes
/// for the whole report, without its final newline.
pub fn write_check<W: std::io::Write>(out: &mut W, report: &Report) -> std::io::Result<()> {
    use super::split::{CHUNK, Object, list, serializer};
    let (input, reach) = (report.input, report.reach);
    let mut top = Object::open(out, 0)?;
    let level = top.inner();
    top.field("schema", SCHEMA)?;
    top.field("input", &input_of(input))?;
    let groups: Vec<&Group> = input.groups.values().collect();
    list(top.key("groups")?, level, groups.len(), CHUNK, |i| {
        groups.get(i).map(|g| group_json(g))
    })?;
    let said = said_owners(report.diff);
    let mut exposure = Object::open(top.key("exposure")?, level)?;
    let inner = exposure.inner();
    for (key, exposures) in [
        ("added", &report.diff.added),
        ("removed", &report.diff.removed),
        ("unchanged", &report.diff.unchanged),
    ] {
        list(exposure.key(key)?, inner, exposures.len(), CHUNK, |i| {
            exposures.get(i).map(|e| exposure_json(e))
        })?;
    }
    // The same as people say it: per owner, one row per direction, protocol and ports from
    // the CIDR blocks of one address family (`"0.0.0.0/0 (was 10.0.0.0/8)"`), every other
    // peer its own row; an owner's rows are made where they are rendered.
    list(exposure.key("said")?, inner, said.len(), CHUNK, |i| {
        said.get(i)
            .map(|(owner, rows)| said_rows(owner, rows))
            .unwrap_or_default()
    })?;
    exposure.close()?;
    let workloads: Vec<&Workload> = input.workloads.values().collect();
    list(top.key("workloads")?, level, workloads.len(), CHUNK, |i| {
        workloads.get(i).map(|w| check_workload(w, reach))
    })?;
    if !no_network_acls(&input) {
        network_acls(&input, &mut serializer(top.key("network_acls")?, level))?;
    }
    let mut reachability = Object::open(top.key("reachability")?, level)?;
    let inner = reachability.inner();
    reachability.field("scope", crate::reach::SCOPE)?;
    reachability.field("max_hops", &crate::reach::MAX_HOPS)?;
    reachability.field("truncated", &reach.truncated)?;
    list(
        reachability.key("paths")?,
        inner,
        reach.paths.len(),
        CHUNK,
        |i| reach.paths.get(i).map(path_json),
    )?;
    reachability.close()?;
    texts(&&input.notes[..], &mut serializer(top.key("notes")?, level))?;
    if !no_drift(&input) {
        drift(&input, &mut serializer(top.key("drift")?, level))?;
    }
    list(
        top.key("findings")?,
        level,
        report.findings.len(),
        CHUNK,
        |i| report.findings.get(i).map(finding_json),
    )?;
    top.close()
}

/// A workload's attachment on one side of the change (A).
#[derive(Serialize)]
struct AttachmentJson<'a> {
    groups: &'a [String],
    default_group: bool,
    public_address: &'static str,
    public_address_because: &'a str,
    /// The subnets it sits in (only when the input says).
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    subnets: &'a [String],
}

fn attachment_json(a: Option<&Attachment>) -> Option<AttachmentJson<'_>> {
    a.map(|a| AttachmentJson {
        groups: &a.groups,
        default_group: a.default_group,
        public_address: a.public.as_str(),
        public_address_because: &a.public.because,
        subnets: &a.subnets,
    })
}

/// A workload, then what the report says of it (`rest`).
#[derive(Serialize)]
struct WorkloadJson<'a, T> {
    address: &'a str,
    #[serde(rename = "type")]
    resource_type: &'a str,
    kind: &'static str,
    action: &'static str,
    #[serde(serialize_with = "origin_text")]
    origin: Option<&'a Origin>,
    part_of: Option<&'a str>,
    before: Option<AttachmentJson<'a>>,
    after: Option<AttachmentJson<'a>>,
    #[serde(flatten)]
    rest: T,
}

fn workload_json<T>(w: &Workload, rest: T) -> WorkloadJson<'_, T> {
    WorkloadJson {
        address: &w.address,
        resource_type: &w.resource_type,
        kind: w.kind.as_str(),
        action: w.lifecycle.action(),
        origin: w.origin.as_ref(),
        part_of: w.part_of.as_deref(),
        before: attachment_json(w.before.as_ref()),
        after: attachment_json(w.after.as_ref()),
        rest,
    }
}

/// What `check` says of a workload: nothing when the reachability does not know it.
#[derive(Serialize)]
struct WorkloadReachJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    reachable_from_internet: Option<BeforeAfter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exposure: Option<DiffJson<'a>>,
    /// After the change, each egress to public addresses its groups allow and whether the
    /// network lets it out and its replies back (only for a workload in a subnet the input
    /// holds).
    #[serde(
        skip_serializing_if = "<[(Arc<Exposure>, Verdict)]>::is_empty",
        serialize_with = "egress_verdicts"
    )]
    egress_to_internet: &'a [(Arc<Exposure>, Verdict)],
}

/// `{ "protocol", "from_port", "to_port", "peer", "reachable", "blocked_by" }` per egress.
fn egress_verdicts<S: Serializer>(
    items: &&[(Arc<Exposure>, Verdict)],
    s: S,
) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct EgressJson<'a> {
        protocol: String,
        from_port: Option<i64>,
        to_port: Option<i64>,
        peer: String,
        reachable: Option<bool>,
        blocked_by: &'a [Block],
    }
    s.collect_seq(items.iter().map(|(e, v)| EgressJson {
        protocol: e.range.protocol_label(),
        from_port: e.range.shown_aws_ports().0,
        to_port: e.range.shown_aws_ports().1,
        peer: e.peer.label(),
        reachable: v.reachable.known(),
        blocked_by: &v.blocked_by,
    }))
}

#[derive(Serialize)]
struct BeforeAfter {
    before: bool,
    after: bool,
}

/// A workload with its attachments and the exposure diff of its groups together.
fn check_workload<'a>(
    w: &'a Workload,
    reach: &'a Reach,
) -> WorkloadJson<'a, WorkloadReachJson<'a>> {
    let r = reach.workloads.get(&w.address);
    let rest = WorkloadReachJson {
        reachable_from_internet: r.map(|r| BeforeAfter {
            before: r.reachable_before,
            after: r.reachable_after,
        }),
        exposure: r.map(|r| diff_json(&r.exposure)),
        egress_to_internet: r.map_or(&[], |r| r.egress.as_slice()),
    };
    workload_json(w, rest)
}

/// `reachability` of a report.
#[derive(Serialize)]
struct ReachabilityJson<'a> {
    scope: &'static str,
    max_hops: usize,
    truncated: bool,
    #[serde(serialize_with = "paths")]
    paths: &'a [Path],
}

fn reachability_json(reach: &Reach) -> ReachabilityJson<'_> {
    ReachabilityJson {
        scope: crate::reach::SCOPE,
        max_hops: crate::reach::MAX_HOPS,
        truncated: reach.truncated,
        paths: &reach.paths,
    }
}

#[derive(Serialize)]
struct PathJson<'a> {
    status: &'static str,
    to: &'a str,
    public_address: &'static str,
    public_address_because: &'a str,
    /// Whether the network lets it through: `true`, `false`, `null` when the input does not
    /// tell.
    reachable: Option<bool>,
    blocked_by: &'a [Block],
    label: String,
    #[serde(serialize_with = "hops")]
    hops: &'a [Hop],
}

/// One hop of a path (H).
#[derive(Serialize)]
struct HopJson<'a> {
    from: &'a str,
    to: &'a str,
    via: &'a [String],
    egress: &'a [String],
    #[serde(serialize_with = "port_labels")]
    ports: &'a [PortRange],
}

fn path_json(p: &Path) -> PathJson<'_> {
    PathJson {
        status: p.status.as_str(),
        to: p.target(),
        public_address: p.public.as_str(),
        public_address_because: &p.public.because,
        reachable: p.network.reachable.known(),
        blocked_by: &p.network.blocked_by,
        label: p.label(),
        hops: &p.hops,
    }
}

fn paths<S: Serializer>(paths: &&[Path], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(paths.iter().map(path_json))
}

fn hops<S: Serializer>(hops: &&[Hop], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(hops.iter().map(|h| HopJson {
        from: &h.from,
        to: &h.to,
        via: &h.via,
        egress: &h.egress,
        ports: &h.ports,
    }))
}

fn port_labels<S: Serializer>(ports: &&[PortRange], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(PortRange::labels(ports))
}

/// A value as it prints.
fn text<S: Serializer, T: std::fmt::Display>(value: &&T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

/// An origin as reports print it (`main.tf:14`), or null.
fn origin_text<S: Serializer>(origin: &Option<&Origin>, s: S) -> Result<S::Ok, S::Error> {
    match origin {
        Some(o) => s.collect_str(o),
        None => s.serialize_none(),
    }
}

/// Origins as reports print them.
fn origin_texts<S: Serializer>(origins: &&[Origin], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(origins.iter().map(ToString::to_string))
}

/// Shared names (resources) as the strings they are.
fn names<S: Serializer>(names: &&[Arc<str>], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(names.iter().map(|n| &**n))
}

/// The `show --by workload` report.
#[derive(Serialize)]
struct ShowWorkloadsJson<'a> {
    schema: &'static str,
    input: InputJson<'a>,
    workloads: ShowWorkloads<'a>,
    reachability: ReachabilityJson<'a>,
}

/// What `show --by workload` says of a workload: the exposure of its groups after the change.
#[derive(Serialize)]
struct ExposureAfterJson<'a> {
    #[serde(serialize_with = "exposure_refs")]
    exposure: Vec<&'a Exposure>,
    reachable_from_internet: bool,
}

fn exposure_refs<S: Serializer>(items: &[&Exposure], s: S) -> Result<S::Ok, S::Error> {
    exposures(items.iter().copied(), s)
}

struct ShowWorkloads<'a> {
    input: &'a Input,
    reach: &'a Reach,
}

impl Serialize for ShowWorkloads<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.input.workloads.values().map(|w| {
            let r = self.reach.workloads.get(&w.address);
            let mut after: Vec<&Exposure> =
                r.map(|r| r.exposure.after().collect()).unwrap_or_default();
            after.sort_by(|a, b| super::exposure_order(a).cmp(&super::exposure_order(b)));
            let rest = ExposureAfterJson {
                exposure: after,
                reachable_from_internet: r.is_some_and(|r| r.reachable_after),
            };
            workload_json(w, rest)
        }))
    }
}

/// The `show --by workload` report: each workload with the exposure of its groups after the
/// change.
pub fn show_workloads_json<'a>(input: &'a Input, reach: &'a Reach) -> impl Serialize + 'a {
    ShowWorkloadsJson {
        schema: SCHEMA,
        input: input_of(input),
        workloads: ShowWorkloads { input, reach },
        reachability: reachability_json(reach),
    }
}

#[derive(Serialize)]
struct FindingJson<'a> {
    rule: &'a str,
    severity: &'static str,
    status: &'static str,
    waived: Option<WaivedJson<'a>>,
    baselined: bool,
    change: Option<&'static str>,
    title: &'a str,
    message: String,
    /// The AWS error the finding predicts at apply (only for a rule that says one).
    #[serde(skip_serializing_if = "Option::is_none")]
    apply_error: Option<&'a str>,
    security_group: &'a str,
    workload: Option<&'a str>,
    resource: Option<&'a str>,
    #[serde(serialize_with = "names")]
    resources: &'a [Arc<str>],
    #[serde(serialize_with = "origin_texts")]
    origins: &'a [Origin],
    direction: Option<&'static str>,
    protocol: Option<String>,
    from_port: Option<i64>,
    to_port: Option<i64>,
    /// A finding joined over ports (`policy::joined`): its ports as people say them (`all but
    /// 443`) and each exact range, `from_port` and `to_port` being the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    ports: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    port_ranges: Vec<[i64; 2]>,
    #[serde(serialize_with = "peer_labels")]
    peers: &'a [Arc<Exposure>],
    /// The findings of its rule's family about the same concern merged into it (only when
    /// there are some): each rule and severity, most severe first.
    #[serde(skip_serializing_if = "<[_]>::is_empty", serialize_with = "also_json")]
    also: &'a [crate::policy::Also],
}

fn also_json<S: Serializer>(items: &&[crate::policy::Also], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items.iter().map(|a| {
        let mut v = serde_json::json!({ "rule": &*a.rule, "severity": a.severity.as_str() });
        if let (Some(error), Some(o)) = (&a.apply_error, v.as_object_mut()) {
            o.insert("apply_error".to_owned(), Value::from(&**error));
        }
        v
    }))
}

#[derive(Serialize)]
struct WaivedJson<'a> {
    reason: &'a str,
    #[serde(serialize_with = "text")]
    origin: &'a Origin,
    expires: Option<&'a str>,
}

/// The peers of a finding's exposures, each once (a finding joined over ports holds each peer
/// once per port range), in their order.
fn peer_labels<S: Serializer>(items: &&[Arc<Exposure>], s: S) -> Result<S::Ok, S::Error> {
    let mut seen = std::collections::HashSet::new();
    s.collect_seq(
        items
            .iter()
            .filter(|e| seen.insert(&e.peer))
            .map(|e| e.peer.label()),
    )
}

/// The exact port ranges of a finding joined over ports (`policy::joined`), and their phrase;
/// nothing for a finding about one range.
fn joined_ports(f: &Finding) -> (Option<String>, Vec<[i64; 2]>) {
    let Some(set) = crate::policy::joined_ports_of(f) else {
        return (None, Vec::new());
    };
    let mut ranges: Vec<[i64; 2]> = f
        .exposures
        .iter()
        .filter_map(|e| match e.range.shown_aws_ports() {
            (Some(from), Some(to)) => Some([from, to]),
            _ => None,
        })
        .collect();
    ranges.sort_unstable();
    ranges.dedup();
    (Some(crate::phrase::ports(&set)), ranges)
}

fn finding_json(f: &Finding) -> FindingJson<'_> {
    let e = f.exposures.first();
    let (ports, port_ranges) = joined_ports(f);
    FindingJson {
        rule: &f.rule,
        severity: f.severity.as_str(),
        status: f.status.as_str(),
        waived: f.waived.as_ref().map(|w| WaivedJson {
            reason: &w.reason,
            origin: &w.origin,
            expires: w.expires.as_deref(),
        }),
        baselined: f.baselined,
        change: f.change.map(|c| c.as_str()),
        title: &f.title,
        message: f.message(),
        apply_error: f.apply_error.as_deref(),
        security_group: &f.security_group,
        workload: f.workload.as_deref(),
        resource: f.resources.first().map(|r| &**r),
        resources: &f.resources,
        origins: &f.origins,
        direction: e.map(|e| e.direction.as_str()),
        protocol: e.map(|e| e.range.protocol_label()),
        from_port: e.and_then(|e| e.range.shown_aws_ports().0),
        to_port: e.and_then(|e| e.range.shown_aws_ports().1),
        ports,
        port_ranges,
        peers: &f.exposures,
        also: f.also(),
    }
}

/// The `show` report.
#[derive(Serialize)]
struct ShowJson<'a> {
    schema: &'static str,
    input: InputJson<'a>,
    #[serde(serialize_with = "groups_with_permissions")]
    groups: (&'a Input, &'a ByGroup<'a>),
    #[serde(skip_serializing_if = "ForeignGroups::is_empty")]
    foreign_groups: ForeignGroups<'a>,
}

type ByGroup<'a> = BTreeMap<&'a str, Vec<&'a Permission>>;

/// The permissions of one group, in the order of [`permissions_by_group`].
#[derive(Clone, Copy)]
struct Permissions<'a> {
    list: &'a [&'a Permission],
    input: &'a Input,
}

impl Serialize for Permissions<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.list.iter().map(|p| permission_json(p, self.input)))
    }
}

fn permissions<'a>(by_group: &'a ByGroup<'a>, g: &str, input: &'a Input) -> Permissions<'a> {
    Permissions {
        list: by_group.get(g).map_or(&[][..], Vec::as_slice),
        input,
    }
}

fn groups_with_permissions<S: Serializer>(
    (input, by_group): &(&Input, &ByGroup),
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(input.groups.values().map(|g| GroupJson {
        permissions: Some(permissions(by_group, &g.address, input)),
        ..group_json(g)
    }))
}

/// Groups that permissions name but that are not resources of the input.
struct ForeignGroups<'a> {
    names: Vec<&'a str>,
    by_group: &'a ByGroup<'a>,
    input: &'a Input,
}

impl ForeignGroups<'_> {
    fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[derive(Serialize)]
struct ForeignGroupJson<'a> {
    security_group: &'a str,
    permissions: Permissions<'a>,
}

impl Serialize for ForeignGroups<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.names.iter().map(|g| ForeignGroupJson {
            security_group: g,
            permissions: permissions(self.by_group, g, self.input),
        }))
    }
}

/// The `show` report: each group with the permissions it holds after the change.
pub fn show_json(input: &Input) -> impl Serialize + '_ {
    ShowReport {
        input,
        by_group: permissions_by_group(input),
    }
}

/// The `show` report owns the permissions by group its groups borrow.
struct ShowReport<'a> {
    input: &'a Input,
    by_group: ByGroup<'a>,
}

impl Serialize for ShowReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let input = self.input;
        let names = all_groups(input)
            .into_iter()
            .filter(|g| !input.groups.contains_key(*g))
            .collect();
        ShowJson {
            schema: SCHEMA,
            input: input_of(input),
            groups: (input, &self.by_group),
            foreign_groups: ForeignGroups {
                names,
                by_group: &self.by_group,
                input,
            },
        }
        .serialize(s)
    }
}

/// A permission of `show` (each group's `permissions`).
#[derive(Serialize)]
struct PermissionJson<'a> {
    resource: &'a str,
    direction: &'static str,
    protocol: String,
    from_port: Option<i64>,
    to_port: Option<i64>,
    peer: String,
    public: Option<bool>,
    world: Option<bool>,
    description: Option<&'a str>,
    #[serde(serialize_with = "origin_text")]
    origin: Option<&'a Origin>,
}

fn permission_json<'a>(p: &'a Permission, input: &Input) -> PermissionJson<'a> {
    let (from, to) = p.range.shown_aws_ports();
    let peer = ExposedPeer::of(p, &input.prefix_lists_after);
    PermissionJson {
        resource: &p.resource,
        direction: p.direction.as_str(),
        protocol: p.range.protocol_label(),
        from_port: from,
        to_port: to,
        peer: peer.label(),
        public: peer.public(),
        world: peer.world(),
        // The reader keeps a sensitive description as `sensitive`.
        description: p.description.as_deref(),
        origin: p.origin.as_ref(),
    }
}
