//! Drift between an account (AWS API JSON) and what Terraform manages (a plan or a state):
//! `check plan.json --deployed DIR`. Terraform's objects are matched to the account's by id (a
//! group's `id`, the id of each resource the plan or state holds), never by name alone; a
//! permission by its group (matched by id) and what it allows (direction, protocol, ports,
//! peer by id), which AWS keeps unique in a group (it refuses a duplicate,
//! `InvalidPermission.Duplicate`:
//! <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html>), and named
//! by the account's `SecurityGroupRuleId`.
//!
//! What the comparison finds is written into the Terraform input: the permissions the account
//! holds that no Terraform resource declares join the side before the change (and the side
//! after it when Terraform leaves them alone: a direction whose inline rules the configuration
//! does not write), named by their rule id; those Terraform declares that the account lacks
//! leave the side before it; a group Terraform does not manage, attached to a network interface
//! it manages, joins the input with its permissions; and every difference is an
//! [`Input::drift`] entry and a note. The plan's own `resource_drift` (what terraform's refresh
//! found changed since the last apply) is read the same way and marks what it also saw.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use serde::Deserialize;

use crate::access::{Access, Kind};
use crate::model::{
    Diagnostic, Direction, Drift, DriftKind, Group, Input, Lifecycle, Peer, Permission, Ports,
    Protocol, SourceKind,
};

/// A permission in the account's terms: its group's id, direction, protocol, ports, and its
/// peer by id.
type Key = (String, Direction, Protocol, Ports, Peer);

/// How `--deployed` compares.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// `--drift-is-new`: what the account holds that Terraform does not declare counts as new
    /// in this change (its exposure added, its findings new), so that the gate fails on it.
    pub drift_is_new: bool,
}

/// Compares the Terraform input read from `path` (`terraform show -json` of a plan or a state)
/// with the account described in `account` (read by [`super::read`]), and writes what differs
/// into `input`.
pub fn compare(
    input: &mut Input,
    path: &str,
    access: &Access,
    account: Input,
    options: Options,
) -> Result<()> {
    if matches!(input.source.kind, SourceKind::Hcl | SourceKind::Deployed) {
        anyhow::bail!(
            "{path}: --deployed compares the account with a plan or a state (`terraform show -json`), whose resources have ids; this input has none to match by"
        );
    }
    let terraform = if path != "-" {
        let bytes = access.read(std::path::Path::new(path), path, Kind::Plan)?;
        Some(ids_and_drift(path, &bytes)?)
    } else {
        None
    };
    let (ids, refreshed) = terraform.unwrap_or_default();
    apply(input, &ids, refreshed.as_ref(), account, options);
    Ok(())
}

/// The id of every resource instance a plan or a state holds, by address; and, for a plan,
/// its `resource_drift` read as a plan of its own (before: the state of the last apply; after:
/// what the refresh found).
fn ids_and_drift(name: &str, bytes: &[u8]) -> Result<(BTreeMap<String, String>, Option<Input>)> {
    #[derive(Deserialize)]
    struct Id {
        id: Option<serde_json::Value>,
    }
    #[derive(Deserialize)]
    struct Change {
        before: Option<Id>,
        after: Option<Id>,
    }
    #[derive(Deserialize)]
    struct ResourceChange {
        address: String,
        change: Change,
    }
    #[derive(Deserialize)]
    struct Resource {
        address: String,
        values: Option<Id>,
    }
    #[derive(Deserialize)]
    struct Module {
        #[serde(default)]
        resources: Vec<Resource>,
        #[serde(default)]
        child_modules: Vec<Module>,
    }
    #[derive(Deserialize)]
    struct Values {
        root_module: Option<Module>,
    }
    #[derive(Deserialize)]
    struct Document<'a> {
        format_version: Option<String>,
        #[serde(default)]
        resource_changes: Vec<ResourceChange>,
        #[serde(borrow)]
        resource_drift: Option<&'a serde_json::value::RawValue>,
        values: Option<Values>,
    }
    fn walk(m: &Module, ids: &mut BTreeMap<String, String>) {
        for r in &m.resources {
            if let Some(id) = r
                .values
                .as_ref()
                .and_then(|v| v.id.as_ref())
                .and_then(|v| v.as_str())
            {
                ids.insert(r.address.clone(), id.to_owned());
            }
        }
        for c in &m.child_modules {
            walk(c, ids);
        }
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let doc: Document = serde_json::from_slice(bytes)
        .map_err(|e| anyhow::anyhow!("{name}:{}:{}: {e}", e.line(), e.column()))?;
    let mut ids = BTreeMap::new();
    for rc in &doc.resource_changes {
        let id = [&rc.change.before, &rc.change.after]
            .into_iter()
            .flatten()
            .find_map(|v| v.id.as_ref().and_then(|v| v.as_str()));
        if let Some(id) = id {
            ids.insert(rc.address.clone(), id.to_owned());
        }
    }
    if let Some(root) = doc.values.as_ref().and_then(|v| v.root_module.as_ref()) {
        walk(root, &mut ids);
    }
    let refreshed = match doc.resource_drift {
        Some(drift) => {
            // The drift's entries have the shape of resource changes: read as a plan of its own.
            let text = format!(
                "{{\"format_version\":{},\"resource_changes\":{}}}",
                serde_json::to_string(doc.format_version.as_deref().unwrap_or("1.0"))?,
                drift.get()
            );
            let name = format!("{name} (resource_drift)");
            Some(super::super::parse_plan(&name, text.as_bytes())?)
        }
        None => None,
    };
    Ok((ids, refreshed))
}

/// The id of a group of `input` (its address) or the name itself (an id already): the id the
/// plan or state holds for the address (a sensitive one too: the model's `Group::id` of a
/// sensitive id says only `sensitive`), else the group's.
fn group_id<'a>(input: &'a Input, ids: &'a BTreeMap<String, String>, name: &'a str) -> &'a str {
    ids.get(name)
        .map(String::as_str)
        .or_else(|| input.groups.get(name).and_then(|g| g.id.as_deref()))
        .unwrap_or(name)
}

/// The id of a group of the input, when it has one.
fn id_of<'a>(ids: &'a BTreeMap<String, String>, g: &'a Group) -> Option<&'a str> {
    ids.get(&g.address)
        .map(String::as_str)
        .or(g.id.as_deref())
        .filter(|id| id.starts_with("sg-"))
}

/// A permission's key in the account's terms, when it has one (a value unknown until apply
/// has none).
fn key(input: &Input, ids: &BTreeMap<String, String>, p: &Permission) -> Option<Key> {
    if !p.range.is_known() {
        return None;
    }
    let group = group_id(input, ids, &p.group);
    if !group.starts_with("sg-") {
        return None;
    }
    let peer = match &p.peer {
        Peer::Group(g) => Peer::Group(group_id(input, ids, g).into()),
        Peer::PrefixList(l) => Peer::PrefixList(
            ids.get(&**l)
                .map_or_else(|| l.clone(), |a| a.as_str().into()),
        ),
        Peer::Unknown(_) => return None,
        other => other.unmarked().into_owned(),
    };
    Some((
        group.to_owned(),
        p.direction,
        p.range.protocol.clone(),
        p.range.ports.clone(),
        peer,
    ))
}

/// Whether a Terraform resource declares the permission: a rule resource, or inline rules the
/// configuration writes (a direction it does not write is read back from AWS as it is).
fn declared(input: &Input, p: &Permission) -> bool {
    p.resource != p.group
        || input
            .groups
            .get(&*p.group)
            .is_none_or(|g| g.manages.contains(&p.direction))
}

/// A permission of the account in the terms of the Terraform input: its group and peers by
/// their addresses there when it holds them.
fn localized(p: &Permission, addresses: &BTreeMap<String, String>) -> Permission {
    let mut p = p.clone();
    if let Some(a) = addresses.get(&*p.group) {
        p.group = a.as_str().into();
    }
    match &mut p.peer {
        Peer::Group(g) | Peer::PrefixList(g) => {
            if let Some(a) = addresses.get(g.as_ref()) {
                *g = a.as_str().into();
            }
        }
        _ => {}
    }
    p
}

/// What a permission allows, as notes say it: `ingress tcp 22 from 203.0.113.42/32`.
fn said(p: &Permission) -> String {
    let (towards, peer) = match p.direction {
        Direction::Ingress => ("from", &p.peer),
        Direction::Egress => ("to", &p.peer),
    };
    let peer = match peer {
        Peer::Cidr { net, sensitive } => {
            if *sensitive {
                crate::model::SENSITIVE.to_owned()
            } else {
                net.to_string()
            }
        }
        Peer::Group(g) => g.to_string(),
        Peer::SelfRef => "the group itself".to_owned(),
        Peer::PrefixList(l) => l.to_string(),
        Peer::Unknown(r) => format!("unknown:{r}"),
    };
    format!(
        "{} {} {} {towards} {peer}",
        p.direction.as_str(),
        p.range.protocol_label(),
        p.range.ports_label()
    )
}

/// A rule's name in the Terraform input: its id, or (no `describe-security-group-rules`) one
/// made of what it allows, which names no other permission.
fn rule_name(p: &Permission) -> (String, Option<String>) {
    if p.resource.starts_with("sgr-") {
        (p.resource.to_string(), Some(p.resource.to_string()))
    } else {
        (
            format!("{}{} {}", crate::model::OUTSIDE_TERRAFORM, p.group, said(p)),
            None,
        )
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one comparison, its steps in the order the module's documentation says them"
)]
fn apply(
    input: &mut Input,
    ids: &BTreeMap<String, String>,
    refreshed: Option<&Input>,
    account: Input,
    options: Options,
) {
    // The groups of the input that the account can hold: by id.
    let managed: BTreeMap<String, String> = input
        .groups
        .values()
        .filter_map(|g| Some((id_of(ids, g)?.to_owned(), g.address.clone())))
        .collect();
    // Every id the input knows to its address (groups, prefix lists, workloads).
    let mut addresses: BTreeMap<String, String> = ids
        .iter()
        .filter(|(a, _)| input.groups.contains_key(*a) || input.prefix_lists_after.contains_key(*a))
        .map(|(a, id)| (id.clone(), a.clone()))
        .collect();
    addresses.extend(managed.iter().map(|(id, a)| (id.clone(), a.clone())));
    let in_account: BTreeMap<Key, &Permission> = account
        .after
        .iter()
        .filter_map(|p| Some((key(&account, &BTreeMap::new(), p)?, p)))
        .collect();
    let declared_after: BTreeSet<Key> = input
        .after
        .iter()
        .filter(|p| declared(input, p))
        .filter_map(|p| key(input, ids, p))
        .collect();
    // What Terraform had applied, on the side before the change: its rule resources, and its
    // groups' inline rules as the plan or state holds them; but of a group the plan's refresh
    // found changed, only the inline rules the last apply recorded (the refresh reads rules
    // added by hand back into the group's inline rules).
    let drifted: BTreeSet<&str> = refreshed
        .map(|r| r.groups.values().filter_map(|g| id_of(ids, g)).collect())
        .unwrap_or_default();
    let recorded: BTreeSet<Key> = refreshed
        .map(|r| r.before.iter().filter_map(|p| key(r, ids, p)).collect())
        .unwrap_or_default();
    let declared_before: BTreeSet<Key> = input
        .before
        .iter()
        .filter(|p| declared(input, p))
        .filter_map(|p| {
            let k = key(input, ids, p)?;
            let inline = p.resource == p.group;
            (!inline || !drifted.contains(k.0.as_str()) || recorded.contains(&k)).then_some(k)
        })
        .collect();
    // The plan's refresh: what it found added and removed since the last apply.
    let (refresh_added, refresh_removed): (BTreeSet<Key>, BTreeSet<Key>) = match refreshed {
        Some(r) => {
            let before: BTreeSet<Key> = r.before.iter().filter_map(|p| key(r, ids, p)).collect();
            let after: BTreeSet<Key> = r.after.iter().filter_map(|p| key(r, ids, p)).collect();
            // What a Terraform resource declares is not drift: a group's rules as the last
            // apply recorded them miss those its rule resources made after it.
            (
                after
                    .difference(&before)
                    .filter(|k| !declared_after.contains(*k) && !declared_before.contains(*k))
                    .cloned()
                    .collect(),
                before.difference(&after).cloned().collect(),
            )
        }
        None => Default::default(),
    };
    let seen = |k: &Key, account: bool, refresh: &BTreeSet<Key>| -> Vec<&'static str> {
        let mut by = Vec::new();
        if account {
            by.push("account");
        }
        if refresh.contains(k) {
            by.push("resource_drift");
        }
        by
    };
    let mut drift: Vec<Drift> = Vec::new();
    let mut notes: Vec<String> = Vec::new();

    // Permissions of the groups Terraform manages that no Terraform resource declares.
    for (k, p) in &in_account {
        let Some(address) = managed.get(&k.0) else {
            continue;
        };
        if declared_after.contains(k) || declared_before.contains(k) {
            continue;
        }
        let mut ours = localized(p, &addresses);
        let (resource, rule_id) = rule_name(&ours);
        ours.resource = resource.as_str().into();
        let leaves = input
            .groups
            .get(address)
            .is_some_and(|g| !g.manages.contains(&p.direction));
        // With --drift-is-new it is on the side after the change only, where Terraform leaves
        // it; one the change removes stays before it (its findings resolved).
        let sides: [(&mut Vec<Permission>, bool); 2] = [
            (&mut input.before, !options.drift_is_new || !leaves),
            (&mut input.after, leaves),
        ];
        for (side, keep) in sides {
            let mut found = false;
            for q in side.iter_mut() {
                let same = q.group == ours.group
                    && q.direction == ours.direction
                    && q.range == ours.range
                    && *q.peer.unmarked() == *ours.peer.unmarked();
                if same {
                    q.resource.clone_from(&ours.resource);
                    found = true;
                }
            }
            if !found && keep {
                side.push(ours.clone());
            }
            if !keep {
                side.retain(|q| *q.resource != *resource);
            }
        }
        notes.push(format!(
            "drift: {resource} on {address} ({}) is in the account and no Terraform resource declares it (added outside Terraform): {}",
            k.0,
            said(&ours)
        ));
        drift.push(Drift {
            kind: DriftKind::Added,
            group: address.clone(),
            group_id: Some(k.0.clone()),
            permission: Some(ours),
            rule_id,
            interface: None,
            seen_by: seen(k, true, &refresh_added),
        });
    }

    // Permissions Terraform declares (and had applied) that the account lacks.
    let mut removed: BTreeSet<Key> = BTreeSet::new();
    let account_groups: BTreeSet<&String> = account.groups.keys().collect();
    for p in &input.after {
        let Some(k) = key(input, ids, p) else {
            continue;
        };
        if !declared(input, p)
            || !account_groups.contains(&k.0)
            || in_account.contains_key(&k)
            || !(declared_before.contains(&k) || refresh_removed.contains(&k))
            || !removed.insert(k.clone())
        {
            continue;
        }
        notes.push(format!(
            "drift: {} on {} ({}) is declared by Terraform and not in the account (removed outside Terraform): {}",
            p.resource,
            p.group,
            k.0,
            said(p)
        ));
        drift.push(Drift {
            kind: DriftKind::Removed,
            group: p.group.to_string(),
            group_id: Some(k.0.clone()),
            permission: Some(p.clone()),
            rule_id: None,
            interface: None,
            seen_by: seen(&k, true, &refresh_removed),
        });
    }
    // The account is what exists before the change.
    let keep: Vec<bool> = input
        .before
        .iter()
        .map(|p| key(input, ids, p).is_none_or(|k| !removed.contains(&k)))
        .collect();
    let mut keep = keep.into_iter();
    input.before.retain(|_| keep.next().unwrap_or(true));

    // The plan's refresh alone (the account no longer shows it, or no account was read).
    for (k, kind, refresh) in refresh_added
        .iter()
        .map(|k| (k, DriftKind::Added, refreshed))
        .chain(
            refresh_removed
                .iter()
                .map(|k| (k, DriftKind::Removed, refreshed)),
        )
    {
        let reported = drift.iter().any(|d| {
            d.kind == kind
                && d.permission.as_ref().is_some_and(|p| {
                    key(input, ids, p).as_ref() == Some(k)
                        || key(&account, &BTreeMap::new(), p).as_ref() == Some(k)
                })
        });
        if reported {
            continue;
        }
        let Some(r) = refresh else { continue };
        let Some(p) = r
            .before
            .iter()
            .chain(&r.after)
            .find(|p| key(r, ids, p).as_ref() == Some(k))
        else {
            continue;
        };
        let address = managed.get(&k.0).cloned().unwrap_or_else(|| k.0.clone());
        notes.push(format!(
            "drift: terraform's refresh (resource_drift) found {} on {address} ({}) {} outside Terraform since the last apply: {}",
            p.resource,
            k.0,
            if kind == DriftKind::Added { "added" } else { "removed" },
            said(p)
        ));
        drift.push(Drift {
            kind,
            group: address,
            group_id: Some(k.0.clone()),
            permission: Some(p.clone()),
            rule_id: None,
            interface: None,
            seen_by: vec!["resource_drift"],
        });
    }

    // Groups Terraform does not manage on network interfaces it manages.
    let interfaces: BTreeMap<String, String> = input
        .workloads
        .keys()
        .filter_map(|a| Some((ids.get(a)?.clone(), a.clone())))
        .collect();
    let mut joined: BTreeSet<String> = BTreeSet::new();
    for (eni, w) in &account.workloads {
        let managed_by = interfaces
            .get(eni.as_str())
            .or_else(|| w.part_of.as_deref().and_then(|i| interfaces.get(i)));
        let (Some(owner), Some(attachment)) = (managed_by, &w.after) else {
            continue;
        };
        for g in &attachment.groups {
            if managed.contains_key(g) {
                continue;
            }
            notes.push(format!(
                "drift: {g} is attached to {eni} ({owner}) in the account and Terraform does not manage it"
            ));
            drift.push(Drift {
                kind: DriftKind::UnmanagedGroup,
                group: g.clone(),
                group_id: Some(g.clone()),
                permission: None,
                rule_id: None,
                interface: Some((eni.clone(), owner.clone())),
                seen_by: vec!["account"],
            });
            if let Some(a) = input
                .workloads
                .get_mut(owner.as_str())
                .and_then(|w| w.before.as_mut())
                && !a.groups.contains(g)
            {
                a.groups.push(g.clone());
                a.groups.sort();
                a.default_group = false;
            }
            joined.insert(g.clone());
        }
    }
    for g in &joined {
        let Some(group) = account.groups.get(g) else {
            continue;
        };
        input.groups.entry(g.clone()).or_insert_with(|| Group {
            lifecycle: Lifecycle::Unchanged,
            ..group.clone()
        });
        for p in account.after.iter().filter(|p| *p.group == **g) {
            let mut ours = localized(p, &addresses);
            let (resource, rule_id) = rule_name(&ours);
            ours.resource = resource.as_str().into();
            if !options.drift_is_new {
                input.before.push(ours.clone());
            }
            input.after.push(ours.clone());
            drift.push(Drift {
                kind: DriftKind::Added,
                group: g.clone(),
                group_id: Some(g.clone()),
                permission: Some(ours),
                rule_id,
                interface: None,
                seen_by: vec!["account"],
            });
        }
    }

    // Groups Terraform manages (and had applied) that the account does not hold.
    if !account.groups.is_empty() {
        for g in input.groups.values() {
            let Some(id) = id_of(ids, g) else { continue };
            if g.lifecycle == Lifecycle::Created || account.groups.contains_key(id) {
                continue;
            }
            notes.push(format!(
                "drift: {} ({id}) is not in the account: deleted outside Terraform, or the account's JSON is of another account or region",
                g.address
            ));
            drift.push(Drift {
                kind: DriftKind::GroupNotInAccount,
                group: g.address.clone(),
                group_id: Some(id.to_owned()),
                permission: None,
                rule_id: None,
                interface: None,
                seen_by: vec!["account"],
            });
        }
    }
    notes.insert(
        0,
        format!(
            "compared with the account in {} ({} groups, {} permissions): {} differences (drift)",
            account.source.path,
            account.groups.len(),
            account.after.len(),
            drift.len()
        ),
    );
    // A group or prefix-list id the Terraform input marks sensitive is never printed: one it
    // already hides (the model's id says `sensitive`), one among its secrets (the model hides
    // it in the permissions afterwards; these copies are hidden here).
    let masked: Vec<String> = input
        .groups
        .values()
        .filter(|g| g.id.as_deref() == Some(crate::model::SENSITIVE))
        .filter_map(|g| ids.get(&g.address).cloned())
        .collect();
    let secrets: Vec<&str> = input
        .secrets
        .iter()
        .chain(&masked)
        .map(String::as_str)
        .filter(|s| s.starts_with("sg-") || s.starts_with("pl-"))
        .collect();
    if !secrets.is_empty() {
        let hide = |text: &mut String| {
            for s in &secrets {
                if text.contains(s) {
                    *text = text.replace(s, crate::model::SENSITIVE);
                }
            }
        };
        notes.iter_mut().for_each(hide);
        for d in &mut drift {
            hide(&mut d.group);
            if let Some(id) = &mut d.group_id {
                hide(id);
            }
            if let Some(p) = &mut d.permission {
                let hide_shared = |text: &mut std::sync::Arc<str>| {
                    let mut copy = text.to_string();
                    hide(&mut copy);
                    if *copy != **text {
                        *text = copy.into();
                    }
                };
                hide_shared(&mut p.group);
                if let Peer::Group(g) | Peer::PrefixList(g) = &mut p.peer {
                    hide_shared(g);
                }
            }
        }
    }
    input
        .notes
        .extend(notes.into_iter().map(|n| Diagnostic::note(None, n)));
    input.drift.extend(drift);
}
