//! `terraform show -json` of a saved plan or of a state → the model. Knows the JSON format
//! (format_version 0.x and 1.x, Terraform and OpenTofu) and the AWS provider's five resource
//! shapes that hold security-group permissions; nothing after this module does.

use std::collections::{BTreeSet, HashMap};

use anyhow::{Result, anyhow, bail};
use ipnet::IpNet;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use serde_json::value::RawValue;

use super::address::{
    Instances, index_key, leaf_references, module_path, module_prefixes, split_module, steps,
};

/// Keeps every reference.
fn all(_: &Traced) -> bool {
    true
}
use crate::model::{
    Direction, Group, Input, Lifecycle, Peer, Permission, Ports, Protocol, Replacement, Source,
    SourceKind,
};

const GROUP_TYPES: [&str; 2] = ["aws_security_group", "aws_default_security_group"];
const PREFIX_LIST_TYPES: [&str; 1] = ["aws_ec2_managed_prefix_list"];
const RULE_TYPES: [&str; 3] = [
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule",
];

fn relevant(rtype: &str) -> bool {
    GROUP_TYPES.contains(&rtype)
        || PREFIX_LIST_TYPES.contains(&rtype)
        || RULE_TYPES.contains(&rtype)
}

/// The top level of both a plan and a state; everything not needed is skipped unparsed.
#[derive(Deserialize)]
struct Document {
    format_version: Option<String>,
    terraform_version: Option<String>,
    resource_changes: Option<Vec<RawChange>>,
    planned_values: Option<IgnoredAny>,
    prior_state: Option<IgnoredAny>,
    resource_drift: Option<IgnoredAny>,
    output_changes: Option<IgnoredAny>,
    configuration: Option<Value>,
    values: Option<StateValues>,
    errored: Option<bool>,
    complete: Option<bool>,
}

#[derive(Deserialize)]
struct RawChange {
    address: String,
    #[serde(default)]
    module_address: String,
    mode: String,
    #[serde(rename = "type")]
    rtype: String,
    name: String,
    index: Option<Value>,
    deposed: Option<String>,
    change: Box<RawValue>,
    action_reason: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Change {
    actions: Vec<String>,
    before: Value,
    after: Value,
    after_unknown: Value,
    before_sensitive: Value,
    after_sensitive: Value,
    replace_paths: Vec<Value>,
}

#[derive(Deserialize)]
struct StateValues {
    root_module: Option<StateModule>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StateModule {
    address: String,
    resources: Vec<StateResource>,
    child_modules: Vec<StateModule>,
}

#[derive(Deserialize)]
struct StateResource {
    address: String,
    mode: String,
    #[serde(rename = "type")]
    rtype: String,
    name: String,
    index: Option<Value>,
    values: Box<RawValue>,
    #[serde(default)]
    sensitive_values: Value,
    deposed_key: Option<String>,
}

/// Parses plan or state JSON. `name` is the file name used in messages.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Input> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        bail!("{name}: empty file; expected the output of `terraform show -json`");
    }
    let doc: Document = serde_json::from_slice(bytes).map_err(|e| json_error(name, bytes, &e))?;
    let Some(version) = doc.format_version.clone() else {
        bail!(
            "{name}: not a Terraform plan or state: no \"format_version\" (expected the output of `terraform show -json`)"
        );
    };
    let major = version.split('.').next().unwrap_or_default();
    if major != "0" && major != "1" {
        bail!(
            "{name}: unsupported format_version {version:?}: sgaudit reads major versions 0 and 1 of Terraform's JSON format"
        );
    }
    let is_plan = doc.resource_changes.is_some()
        || doc.planned_values.is_some()
        || doc.prior_state.is_some()
        || doc.configuration.is_some()
        || doc.resource_drift.is_some()
        || doc.output_changes.is_some();
    if doc.errored == Some(true) {
        bail!(
            "{name}: terraform failed while making this plan (\"errored\": true); its changes are incomplete: fix the errors and plan again"
        );
    }
    let source = Source {
        complete: doc.complete != Some(false),
        path: name.to_owned(),
        kind: if is_plan {
            SourceKind::Plan
        } else {
            SourceKind::State
        },
        format_version: version,
        terraform_version: doc.terraform_version.clone(),
    };
    let mut input = if is_plan {
        read_plan(name, doc)?
    } else {
        read_state(name, doc)?
    };
    input.source = source;
    Ok(input)
}

fn json_error(name: &str, bytes: &[u8], e: &serde_json::Error) -> anyhow::Error {
    use serde_json::error::Category;
    match e.classify() {
        Category::Data => anyhow!("{name}: not a Terraform plan or state: {e}"),
        Category::Io | Category::Syntax | Category::Eof => {
            // `terraform plan -json` prints one JSON object per line: a log, not a plan.
            let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
            if let Ok(Value::Object(o)) = serde_json::from_slice::<Value>(first)
                && (o.contains_key("@message") || o.contains_key("@level"))
            {
                return anyhow!(
                    "{name}: this is the log of `terraform plan -json`, not a plan; save the plan with `terraform plan -out=tfplan` and pass the output of `terraform show -json tfplan`"
                );
            }
            anyhow!(
                "{name}:{}:{}: invalid JSON: {}",
                e.line(),
                e.column(),
                strip_position(e)
            )
        }
    }
}

/// serde_json appends " at line L column C"; the location is already in front.
fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// One resource instance object (before or after a change, or in a state), with the masks that
/// say which of its values are unknown or sensitive, and its configuration when there is one.
struct Object<'a> {
    address: String,
    rtype: &'a str,
    module: &'a str,
    key: Option<String>,
    values: &'a Value,
    unknown: &'a Value,
    sensitive: &'a Value,
    exprs: Option<&'a Value>,
}

/// A step into a JSON value.
#[derive(Clone, Copy)]
enum Step<'s> {
    Key(&'s str),
    Index(usize),
}

fn at<'v>(v: &'v Value, path: &[Step]) -> &'v Value {
    let mut cur = v;
    for step in path {
        cur = match step {
            Step::Key(k) => cur.get(k),
            Step::Index(i) => cur.get(i),
        }
        .unwrap_or(&Value::Null);
    }
    cur
}

/// Whether a mask (`after_unknown`, `*_sensitive`, `sensitive_values`) marks the value at `path`
/// or one of its ancestors with `true`.
fn marked(mask: &Value, path: &[Step]) -> bool {
    let mut cur = mask;
    for step in path {
        if cur == &Value::Bool(true) {
            return true;
        }
        cur = match step {
            Step::Key(k) => cur.get(k),
            Step::Index(i) => cur.get(i),
        }
        .unwrap_or(&Value::Null);
    }
    cur == &Value::Bool(true)
}

/// Whether the mask marks the value at `path`, an ancestor, or anything inside it.
fn marked_within(mask: &Value, path: &[Step]) -> bool {
    fn any_true(v: &Value) -> bool {
        match v {
            Value::Bool(b) => *b,
            Value::Array(a) => a.iter().any(any_true),
            Value::Object(o) => o.values().any(any_true),
            _ => false,
        }
    }
    marked(mask, path) || any_true(at(mask, path))
}

/// A value the reader needs: known, unknown until apply, or absent.
enum Field<'v> {
    Known(&'v Value),
    Unknown,
    Absent,
}

impl Object<'_> {
    fn field(&self, path: &[Step]) -> Field<'_> {
        let v = at(self.values, path);
        if marked(self.unknown, path) {
            Field::Unknown
        } else if v.is_null() {
            Field::Absent
        } else {
            Field::Known(v)
        }
    }

    fn configured(&self, field: &str) -> Option<bool> {
        self.exprs.map(|e| e.get(field).is_some())
    }

    /// The references the configuration of `field` names, without their prefixes.
    fn references(&self, field: &str) -> Vec<String> {
        self.exprs
            .and_then(|e| e.get(field))
            .map(expression_references)
            .unwrap_or_default()
    }
}

/// Every reference inside a configuration expression (or block of expressions), without the
/// prefixes Terraform also lists (`aws_vpc.main` beside `aws_vpc.main.cidr_block`).
fn expression_references(expr: &Value) -> Vec<String> {
    fn collect(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                for (k, v) in o {
                    if k == "references" {
                        if let Value::Array(a) = v {
                            out.extend(a.iter().filter_map(|r| r.as_str().map(str::to_owned)));
                        }
                    } else {
                        collect(v, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    let mut refs = Vec::new();
    collect(expr, &mut refs);
    leaf_references(&refs)
}

/// A reference as written in the configuration, and the module instance it is written in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Traced {
    reference: String,
    module: String,
}

impl Traced {
    /// The reference as reported: prefixed with its module instance outside the root module.
    fn label(&self) -> String {
        if self.module.is_empty() {
            self.reference.clone()
        } else {
            format!("{}.{}", self.module, self.reference)
        }
    }

    /// Whether it names the id of a group or prefix list (not a CIDR source).
    fn is_id(&self) -> bool {
        let parts: Vec<&str> = self.reference.split('.').collect();
        parts.last() == Some(&"id")
            && parts
                .first()
                .is_some_and(|t| GROUP_TYPES.contains(t) || PREFIX_LIST_TYPES.contains(t))
    }
}

/// What the whole input knows about ids and addresses, used to name peers and owners.
#[derive(Default)]
struct Names<'c> {
    /// Security-group and prefix-list ids → resource address.
    ids: HashMap<String, String>,
    groups: Instances,
    prefix_lists: Instances,
    /// Module configurations by module call path (`[]` is the root module).
    modules: HashMap<Vec<String>, &'c Value>,
    /// Every module instance address of the input (`module.a["x"]`, `module.a["x"].module.b`).
    module_instances: BTreeSet<String>,
}

impl Names<'_> {
    fn learn(&mut self, rtype: &str, module: &str, name: &str, address: &str, values: &[&Value]) {
        let base = if module.is_empty() {
            format!("{rtype}.{name}")
        } else {
            format!("{module}.{rtype}.{name}")
        };
        if GROUP_TYPES.contains(&rtype) {
            self.groups.insert(base, address.to_owned());
        } else if PREFIX_LIST_TYPES.contains(&rtype) {
            self.prefix_lists.insert(base, address.to_owned());
        }
        for v in values {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                self.ids
                    .entry(id.to_owned())
                    .or_insert_with(|| address.to_owned());
            }
        }
    }

    /// A group id as reported: the address of the group when it is in the input, or the id
    /// (an account-qualified `123456789012/sg-…` keeps its account when the group is foreign).
    fn group(&self, id: &str) -> String {
        let bare = id.rsplit('/').next().unwrap_or(id);
        self.ids
            .get(id)
            .or_else(|| self.ids.get(bare))
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    fn prefix_list(&self, id: &str) -> String {
        self.ids.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }

    /// The references of `field`, followed through module inputs (`var.x` → what the module
    /// call passes) and module outputs (`module.x.y` → what the output returns).
    fn trace(&self, obj: &Object, field: &str) -> Vec<Traced> {
        let mut out = Vec::new();
        for r in obj.references(field) {
            self.follow(&r, obj.module, 0, &mut out);
        }
        out.sort();
        out.dedup();
        out
    }

    fn follow(&self, reference: &str, module: &str, depth: usize, out: &mut Vec<Traced>) {
        let next = if depth < 32 {
            self.step(reference, module)
        } else {
            None
        };
        match next {
            Some((refs, module)) => refs
                .iter()
                .for_each(|r| self.follow(r, &module, depth + 1, out)),
            None => out.push(Traced {
                reference: reference.to_owned(),
                module: module.to_owned(),
            }),
        }
    }

    /// One step through a module boundary, when the configuration allows it.
    fn step(&self, reference: &str, module: &str) -> Option<(Vec<String>, String)> {
        let parts = steps(reference);
        let (refs, module) = match parts.as_slice() {
            ["var", name, ..] => {
                let (parent, call) = split_module(module)?;
                let expr = self
                    .modules
                    .get(&module_path(&parent))?
                    .get("module_calls")?
                    .get(call)?
                    .get("expressions")?
                    .get(*name)?;
                (expression_references(expr), parent)
            }
            ["module", call, output, ..] => {
                let base = if module.is_empty() {
                    format!("module.{call}")
                } else {
                    format!("{module}.module.{call}")
                };
                let child = if self.module_instances.contains(&base) {
                    base
                } else {
                    let mut keyed = self.module_instances.iter().filter(|m| {
                        m.strip_prefix(base.as_str())
                            .is_some_and(|rest| rest.starts_with('[') && !rest.contains(".module."))
                    });
                    match (keyed.next(), keyed.next()) {
                        (Some(only), None) => only.clone(),
                        _ => return None,
                    }
                };
                let expr = self
                    .modules
                    .get(&module_path(&child))?
                    .get("outputs")?
                    .get(*output)?
                    .get("expression")?;
                (expression_references(expr), child)
            }
            _ => return None,
        };
        (!refs.is_empty()).then_some((refs, module))
    }

    /// Resolves the references of an unknown id to the group/prefix-list addresses they name.
    fn resolve(&self, obj: &Object, field: &str, kind: PeerKind) -> BTreeSet<String> {
        let (instances, types): (&Instances, &[&str]) = match kind {
            PeerKind::Group => (&self.groups, &GROUP_TYPES),
            PeerKind::PrefixList => (&self.prefix_lists, &PREFIX_LIST_TYPES),
        };
        self.trace(obj, field)
            .iter()
            .filter_map(|t| {
                let own = if t.module == obj.module {
                    obj.key.as_deref()
                } else {
                    None
                };
                instances.resolve(&t.reference, types, &t.module, own)
            })
            .collect()
    }

    /// Every traced reference of `field` that names a group or prefix list id.
    fn id_references(&self, obj: &Object, field: &str) -> BTreeSet<Traced> {
        self.trace(obj, field)
            .into_iter()
            .filter(Traced::is_id)
            .collect()
    }

    /// How an unknown value of `field` is reported: the references its configuration comes
    /// from, or the attribute itself when the configuration names none.
    fn unknown_reference(
        &self,
        obj: &Object,
        field: &str,
        keep: impl Fn(&Traced) -> bool,
    ) -> String {
        let refs: Vec<String> = self
            .trace(obj, field)
            .iter()
            .filter(|t| keep(t))
            .map(Traced::label)
            .collect();
        if refs.is_empty() {
            format!("{}.{field}", obj.address)
        } else {
            refs.join(", ")
        }
    }
}

#[derive(Clone, Copy)]
enum PeerKind {
    Group,
    PrefixList,
}

fn read_plan(name: &str, doc: Document) -> Result<Input> {
    let changes: Vec<(RawChange, Change)> = doc
        .resource_changes
        .unwrap_or_default()
        .into_iter()
        .filter(|rc| rc.mode == "managed" && relevant(&rc.rtype))
        .map(|rc| {
            let change: Change = serde_json::from_str(rc.change.get())
                .map_err(|e| anyhow!("{name}: resource change {} is malformed: {e}", rc.address))?;
            Ok((rc, change))
        })
        .collect::<Result<_>>()?;

    let configs = index_configuration(doc.configuration.as_ref());
    let mut names = Names {
        modules: index_modules(doc.configuration.as_ref()),
        ..Names::default()
    };
    for (rc, _) in &changes {
        names
            .module_instances
            .extend(module_prefixes(&rc.module_address));
    }
    for (rc, ch) in &changes {
        let address = object_address(&rc.address, rc.deposed.as_deref());
        names.learn(
            &rc.rtype,
            &rc.module_address,
            &rc.name,
            &address,
            &[&ch.before, &ch.after],
        );
    }

    let mut input = Input::default();
    let mut before = Owned::default();
    let mut after = Owned::default();
    for (rc, ch) in &changes {
        let address = object_address(&rc.address, rc.deposed.as_deref());
        let module_path = module_path(&rc.module_address);
        let exprs = configs
            .get(&(module_path, format!("{}.{}", rc.rtype, rc.name)))
            .copied()
            .filter(|_| rc.deposed.is_none());
        let lifecycle = lifecycle(&ch.actions, rc.action_reason.as_deref(), &ch.replace_paths);
        if ch.actions.iter().any(|a| a == "read") {
            continue;
        }
        let key = rc.index.as_ref().and_then(index_key);
        let old = Object {
            address: address.clone(),
            rtype: &rc.rtype,
            module: &rc.module_address,
            key: key.clone(),
            values: &ch.before,
            unknown: &Value::Null,
            sensitive: &ch.before_sensitive,
            exprs,
        };
        let new = Object {
            values: &ch.after,
            unknown: &ch.after_unknown,
            sensitive: &ch.after_sensitive,
            address: address.clone(),
            key,
            ..old
        };
        let forgotten = ch.actions.iter().any(|a| a == "forget");
        let created = ch.actions.iter().any(|a| a == "create");
        let current = if ch.after.is_null() { &old } else { &new };
        if GROUP_TYPES.contains(&rc.rtype.as_str()) {
            input
                .groups
                .insert(address.clone(), group(current, lifecycle));
        } else if PREFIX_LIST_TYPES.contains(&rc.rtype.as_str()) {
            if !ch.before.is_null() {
                input
                    .prefix_lists_before
                    .insert(address.clone(), prefix_list_entries(&old));
            }
            if !ch.after.is_null() || created {
                input
                    .prefix_lists_after
                    .insert(address.clone(), prefix_list_entries(&new));
            }
        }
        if !ch.before.is_null() {
            permissions(name, &names, &old, false, &mut before)?;
            if forgotten {
                permissions(name, &names, &old, false, &mut after)?;
            }
        }
        if !ch.after.is_null() || (created && !ch.after_unknown.is_null()) {
            permissions(name, &names, &new, created, &mut after)?;
        }
    }
    let standalone_before = before.standalone_keys();
    let mut owned_after = standalone_before.clone();
    owned_after.extend(after.standalone_keys());
    input.before = before.effective(&standalone_before);
    input.after = after.effective(&owned_after);
    Ok(input)
}

fn read_state(name: &str, doc: Document) -> Result<Input> {
    let mut resources = Vec::new();
    if let Some(root) = doc.values.and_then(|v| v.root_module) {
        flatten_modules(root, &mut resources);
    }
    let mut parsed = Vec::new();
    for (module, r) in resources {
        if r.mode != "managed" || !relevant(&r.rtype) {
            continue;
        }
        let values: Value = serde_json::from_str(r.values.get())
            .map_err(|e| anyhow!("{name}: resource {} is malformed: {e}", r.address))?;
        parsed.push((module, r, values));
    }
    let mut names = Names::default();
    for (module, r, values) in &parsed {
        let address = object_address(&r.address, r.deposed_key.as_deref());
        names.learn(&r.rtype, module, &r.name, &address, &[values]);
    }
    let mut input = Input::default();
    let mut owned = Owned::default();
    for (module, r, values) in &parsed {
        let obj = Object {
            address: object_address(&r.address, r.deposed_key.as_deref()),
            rtype: &r.rtype,
            module,
            key: r.index.as_ref().and_then(index_key),
            values,
            unknown: &Value::Null,
            sensitive: &r.sensitive_values,
            exprs: None,
        };
        if GROUP_TYPES.contains(&r.rtype.as_str()) {
            input
                .groups
                .insert(obj.address.clone(), group(&obj, Lifecycle::Unchanged));
        } else if PREFIX_LIST_TYPES.contains(&r.rtype.as_str()) {
            input
                .prefix_lists_before
                .insert(obj.address.clone(), prefix_list_entries(&obj));
        }
        permissions(name, &names, &obj, false, &mut owned)?;
    }
    let keys = owned.standalone_keys();
    input.before = owned.effective(&keys);
    input.after = input.before.clone();
    input.prefix_lists_after = input.prefix_lists_before.clone();
    Ok(input)
}

fn flatten_modules(module: StateModule, out: &mut Vec<(String, StateResource)>) {
    let address = module.address;
    out.extend(module.resources.into_iter().map(|r| (address.clone(), r)));
    for child in module.child_modules {
        flatten_modules(child, out);
    }
}

fn object_address(address: &str, deposed: Option<&str>) -> String {
    match deposed {
        Some(key) => format!("{address} (deposed object {key})"),
        None => address.to_owned(),
    }
}

/// Module configurations by module call path.
fn index_modules(config: Option<&Value>) -> HashMap<Vec<String>, &Value> {
    fn walk<'a>(
        module: &'a Value,
        path: &mut Vec<String>,
        out: &mut HashMap<Vec<String>, &'a Value>,
    ) {
        out.insert(path.clone(), module);
        for (call, body) in module
            .get("module_calls")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if let Some(child) = body.get("module") {
                path.push(call.clone());
                walk(child, path, out);
                path.pop();
            }
        }
    }
    let mut out = HashMap::new();
    if let Some(root) = config.and_then(|c| c.get("root_module")) {
        walk(root, &mut Vec::new(), &mut out);
    }
    out
}

/// Configuration resources by (module call path, module-relative address) → `expressions`.
fn index_configuration(config: Option<&Value>) -> HashMap<(Vec<String>, String), &Value> {
    fn walk<'a>(
        module: &'a Value,
        path: &mut Vec<String>,
        out: &mut HashMap<(Vec<String>, String), &'a Value>,
    ) {
        for r in module
            .get("resources")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let (Some(address), Some(exprs)) = (
                r.get("address").and_then(Value::as_str),
                r.get("expressions"),
            ) {
                out.insert((path.clone(), address.to_owned()), exprs);
            }
        }
        for (call, body) in module
            .get("module_calls")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if let Some(child) = body.get("module") {
                path.push(call.clone());
                walk(child, path, out);
                path.pop();
            }
        }
    }
    let mut out = HashMap::new();
    if let Some(root) = config.and_then(|c| c.get("root_module")) {
        walk(root, &mut Vec::new(), &mut out);
    }
    out
}

fn lifecycle(actions: &[String], reason: Option<&str>, paths: &[Value]) -> Lifecycle {
    let has = |a: &str| actions.iter().any(|x| x == a);
    if has("create") && (has("delete") || has("forget")) {
        Lifecycle::Replaced(Replacement {
            create_first: actions.first().is_some_and(|a| a == "create"),
            reason: reason.map(str::to_owned),
            paths: paths.to_vec(),
        })
    } else if has("create") {
        Lifecycle::Created
    } else if has("delete") {
        Lifecycle::Deleted {
            reason: reason.map(str::to_owned),
        }
    } else if has("forget") {
        Lifecycle::Forgotten
    } else if has("update") {
        Lifecycle::Updated
    } else {
        Lifecycle::Unchanged
    }
}

fn group(obj: &Object, lifecycle: Lifecycle) -> Group {
    let text = |k: &str| match obj.field(&[Step::Key(k)]) {
        Field::Known(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        _ => None,
    };
    Group {
        address: obj.address.clone(),
        resource_type: obj.rtype.to_owned(),
        name: text("name"),
        id: text("id"),
        vpc_id: text("vpc_id"),
        description: text("description"),
        default: obj.rtype == "aws_default_security_group",
        lifecycle,
    }
}

/// The CIDR blocks of a managed prefix list's `entry` set, or `None` while they are unknown.
fn prefix_list_entries(obj: &Object) -> Option<Vec<IpNet>> {
    let entries = match obj.field(&[Step::Key("entry")]) {
        Field::Known(Value::Array(a)) => a,
        Field::Absent => return Some(Vec::new()),
        _ => return None,
    };
    entries
        .iter()
        .map(|e| {
            e.get("cidr")
                .and_then(Value::as_str)
                .and_then(|c| c.parse::<IpNet>().ok())
                .map(|n| n.trunc())
        })
        .collect()
}

/// The permissions one side of a change holds, split by who declares them.
#[derive(Default)]
struct Owned {
    inline: Vec<Permission>,
    standalone: Vec<Permission>,
}

type Key = (String, Direction, Protocol, Ports, Peer);

fn key(p: &Permission) -> Key {
    (
        p.group.clone(),
        p.direction,
        p.protocol.clone(),
        p.ports.clone(),
        p.peer.clone(),
    )
}

impl Owned {
    fn standalone_keys(&self) -> BTreeSet<Key> {
        self.standalone.iter().map(key).collect()
    }

    /// A group's `ingress`/`egress` as read back from AWS also lists the permissions that
    /// standalone rule resources own: those are attributed to their resource, once.
    fn effective(self, owned: &BTreeSet<Key>) -> Vec<Permission> {
        let mut out: Vec<Permission> = self
            .inline
            .into_iter()
            .filter(|p| !owned.contains(&key(p)))
            .collect();
        out.extend(self.standalone);
        out
    }
}

fn permissions(
    name: &str,
    names: &Names,
    obj: &Object,
    created: bool,
    out: &mut Owned,
) -> Result<()> {
    let located = |e: String| anyhow!("{name}: {}: {e}", obj.address);
    match obj.rtype {
        "aws_security_group" | "aws_default_security_group" => {
            for direction in [Direction::Ingress, Direction::Egress] {
                inline(names, obj, direction, created, &mut out.inline).map_err(located)?;
            }
        }
        "aws_security_group_rule" => {
            security_group_rule(names, obj, &mut out.standalone).map_err(located)?
        }
        "aws_vpc_security_group_ingress_rule" => {
            vpc_rule(names, obj, Direction::Ingress, &mut out.standalone).map_err(located)?;
        }
        "aws_vpc_security_group_egress_rule" => {
            vpc_rule(names, obj, Direction::Egress, &mut out.standalone).map_err(located)?;
        }
        _ => {}
    }
    Ok(())
}

/// Everything but the peer, shared by the permissions one rule expands to.
struct Template {
    group: String,
    resource: String,
    direction: Direction,
    protocol: Protocol,
    ports: Ports,
    sensitive: bool,
    description: Option<String>,
}

impl Template {
    fn with(&self, peer: Peer) -> Permission {
        let peer = match peer {
            Peer::Group(g) if g == self.group => Peer::SelfRef,
            other => other,
        };
        Permission {
            group: self.group.clone(),
            resource: self.resource.clone(),
            direction: self.direction,
            protocol: self.protocol.clone(),
            ports: self.ports.clone(),
            peer,
            sensitive: self.sensitive,
            description: self.description.clone(),
        }
    }
}

fn protocol(names: &Names, obj: &Object, path: &[Step], expr: &str) -> Result<Protocol, String> {
    match obj.field(path) {
        Field::Known(Value::String(s)) => Protocol::parse(s),
        Field::Known(Value::Number(n)) => Protocol::parse(&n.to_string()),
        Field::Known(other) => Err(format!("protocol {other} is not a string")),
        Field::Unknown => Ok(Protocol::Unknown(names.unknown_reference(obj, expr, all))),
        Field::Absent => Err("protocol is missing".to_owned()),
    }
}

fn ports(
    names: &Names,
    obj: &Object,
    protocol: &Protocol,
    from: &[Step],
    to: &[Step],
    expr: &str,
) -> Result<Ports, String> {
    let number = |path: &[Step]| match obj.field(path) {
        Field::Known(v) => v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            .map(|n| Ok(Some(n)))
            .unwrap_or_else(|| Err(format!("port {v} is not a number"))),
        Field::Unknown | Field::Absent => Ok(None),
    };
    if protocol.has_ports()
        && (matches!(obj.field(from), Field::Unknown) || matches!(obj.field(to), Field::Unknown))
    {
        return Ok(Ports::Unknown(names.unknown_reference(obj, expr, all)));
    }
    Ports::normalize(protocol, number(from)?, number(to)?)
}

fn description(obj: &Object, path: &[Step]) -> Option<String> {
    match obj.field(path) {
        Field::Known(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        _ => None,
    }
}

fn cidr(raw: &str, v6: bool) -> Result<Peer, String> {
    let net: IpNet = raw
        .parse()
        .map_err(|_| format!("{raw:?} is not a CIDR block"))?;
    if matches!(net, IpNet::V6(_)) != v6 {
        let want = if v6 { "IPv6" } else { "IPv4" };
        return Err(format!("{raw:?} is not an {want} CIDR block"));
    }
    Ok(Peer::Cidr(net.trunc()))
}

/// Inline `ingress`/`egress` of `aws_security_group` and `aws_default_security_group`.
fn inline(
    names: &Names,
    obj: &Object,
    direction: Direction,
    created: bool,
    out: &mut Vec<Permission>,
) -> Result<(), String> {
    let field = direction.as_str();
    let list = match obj.field(&[Step::Key(field)]) {
        Field::Known(Value::Array(list)) => list,
        Field::Known(other) => return Err(format!("{field} is not a list: {other}")),
        Field::Absent => return Ok(()),
        Field::Unknown => {
            // A new group whose configuration does not set the attribute gets none: AWS creates
            // it without ingress and the provider revokes the default allow-all egress. With a
            // configured value not yet known, what it will hold is unknown.
            if created && obj.configured(field) == Some(false) {
                return Ok(());
            }
            let reference = names.unknown_reference(obj, field, all);
            out.push(
                Template {
                    group: obj.address.clone(),
                    resource: obj.address.clone(),
                    direction,
                    protocol: Protocol::Unknown(reference.clone()),
                    ports: Ports::Unknown(reference.clone()),
                    sensitive: marked_within(obj.sensitive, &[Step::Key(field)]),
                    description: None,
                }
                .with(Peer::Unknown(reference)),
            );
            return Ok(());
        }
    };
    let id_refs = names.id_references(obj, field);
    for i in 0..list.len() {
        let base = [Step::Key(field), Step::Index(i)];
        let sub = |k: &'static str| [Step::Key(field), Step::Index(i), Step::Key(k)];
        let protocol = protocol(names, obj, &sub("protocol"), field)?;
        let template = Template {
            group: obj.address.clone(),
            resource: obj.address.clone(),
            direction,
            ports: ports(
                names,
                obj,
                &protocol,
                &sub("from_port"),
                &sub("to_port"),
                field,
            )?,
            protocol,
            sensitive: marked_within(obj.sensitive, &base),
            description: description(obj, &sub("description")),
        };
        let peers = [
            ("cidr_blocks", PeerField::V4),
            ("ipv6_cidr_blocks", PeerField::V6),
            ("prefix_list_ids", PeerField::PrefixList),
            ("security_groups", PeerField::Group),
        ];
        for (key, kind) in peers {
            list_peers(names, obj, &sub(key), field, kind, &id_refs, &template, out)?;
        }
        match obj.field(&sub("self")) {
            Field::Known(Value::Bool(true)) => out.push(template.with(Peer::SelfRef)),
            Field::Unknown => {
                out.push(template.with(Peer::Unknown(
                    names.unknown_reference(obj, field, |r| !id_refs.contains(r)),
                )))
            }
            _ => {}
        }
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum PeerField {
    V4,
    V6,
    PrefixList,
    Group,
}

/// Expands a list of peers (CIDRs, prefix lists, groups) into one permission each. Unknown
/// elements are named by the configuration's references; unknown group or prefix-list ids are
/// resolved to addresses when the references name exactly as many as are unknown.
#[allow(clippy::too_many_arguments)]
fn list_peers(
    names: &Names,
    obj: &Object,
    path: &[Step],
    expr: &str,
    kind: PeerField,
    id_refs: &BTreeSet<Traced>,
    template: &Template,
    out: &mut Vec<Permission>,
) -> Result<(), String> {
    let items: &[Value] = match obj.field(path) {
        Field::Known(Value::Array(a)) => a,
        Field::Known(Value::String(s)) if s.is_empty() => &[],
        Field::Known(other) => return Err(format!("expected a list, found {other}")),
        Field::Absent => &[],
        Field::Unknown => {
            out.extend(
                unknown_peers(names, obj, expr, kind, id_refs, 1)
                    .into_iter()
                    .map(|p| template.with(p)),
            );
            return Ok(());
        }
    };
    let mut unknown = 0;
    for item in items {
        match item {
            Value::String(s) => out.push(template.with(known_peer(names, s, kind)?)),
            Value::Null => unknown += 1,
            other => return Err(format!("unexpected peer value {other}")),
        }
    }
    if unknown > 0 {
        out.extend(
            unknown_peers(names, obj, expr, kind, id_refs, unknown)
                .into_iter()
                .map(|p| template.with(p)),
        );
    }
    Ok(())
}

fn known_peer(names: &Names, raw: &str, kind: PeerField) -> Result<Peer, String> {
    match kind {
        PeerField::V4 => cidr(raw, false),
        PeerField::V6 => cidr(raw, true),
        PeerField::PrefixList => Ok(Peer::PrefixList(names.prefix_list(raw))),
        PeerField::Group => Ok(Peer::Group(names.group(raw))),
    }
}

/// `count` unknown peers of one field: the group or prefix-list addresses the references name
/// when they name exactly that many, otherwise one unknown peer (the same unknown value counts
/// once in a set).
fn unknown_peers(
    names: &Names,
    obj: &Object,
    expr: &str,
    kind: PeerField,
    id_refs: &BTreeSet<Traced>,
    count: usize,
) -> Vec<Peer> {
    let resolved = match kind {
        PeerField::Group => names.resolve(obj, expr, PeerKind::Group),
        PeerField::PrefixList => names.resolve(obj, expr, PeerKind::PrefixList),
        PeerField::V4 | PeerField::V6 => {
            // An inline rule's references cover the whole attribute: narrow them to the ones
            // that can be this family when the names tell.
            let v6 = matches!(kind, PeerField::V6);
            let family = |t: &Traced| t.reference.contains("ipv6") == v6;
            let candidates: Vec<Traced> = names
                .trace(obj, expr)
                .into_iter()
                .filter(|t| !id_refs.contains(t))
                .collect();
            let narrow = candidates.iter().any(family);
            return vec![Peer::Unknown(names.unknown_reference(obj, expr, |r| {
                !id_refs.contains(r) && (!narrow || family(r))
            }))];
        }
    };
    if resolved.len() == count {
        let make = if matches!(kind, PeerField::Group) {
            Peer::Group
        } else {
            Peer::PrefixList
        };
        return resolved.into_iter().map(make).collect();
    }
    let ids = names.id_references(obj, expr);
    vec![Peer::Unknown(names.unknown_reference(obj, expr, |r| {
        ids.is_empty() || ids.contains(r)
    }))]
}

/// `aws_security_group_rule`: one resource, possibly many peers.
fn security_group_rule(
    names: &Names,
    obj: &Object,
    out: &mut Vec<Permission>,
) -> Result<(), String> {
    let key = |k: &'static str| [Step::Key(k)];
    let direction = match obj.field(&key("type")) {
        Field::Known(Value::String(s)) if s == "ingress" => Direction::Ingress,
        Field::Known(Value::String(s)) if s == "egress" => Direction::Egress,
        _ => return Err("type must be \"ingress\" or \"egress\"".to_owned()),
    };
    let protocol = protocol(names, obj, &key("protocol"), "protocol")?;
    let template = Template {
        group: owner(names, obj)?,
        resource: obj.address.clone(),
        direction,
        ports: ports(
            names,
            obj,
            &protocol,
            &key("from_port"),
            &key("to_port"),
            "from_port",
        )?,
        protocol,
        sensitive: [
            "cidr_blocks",
            "ipv6_cidr_blocks",
            "prefix_list_ids",
            "source_security_group_id",
            "protocol",
            "from_port",
            "to_port",
        ]
        .iter()
        .any(|k| marked_within(obj.sensitive, &key(k))),
        description: description(obj, &key("description")),
    };
    let none = BTreeSet::new();
    let lists = [
        ("cidr_blocks", PeerField::V4),
        ("ipv6_cidr_blocks", PeerField::V6),
        ("prefix_list_ids", PeerField::PrefixList),
    ];
    let start = out.len();
    for (k, kind) in lists {
        list_peers(names, obj, &key(k), k, kind, &none, &template, out)?;
    }
    if matches!(obj.field(&key("self")), Field::Known(Value::Bool(true))) {
        out.push(template.with(Peer::SelfRef));
    }
    let other_peers = out.len() > start;
    match obj.field(&key("source_security_group_id")) {
        Field::Known(Value::String(id)) if !id.is_empty() => {
            out.push(template.with(Peer::Group(names.group(id))))
        }
        // Optional + Computed: unknown whenever it is not configured.
        Field::Unknown
            if obj
                .configured("source_security_group_id")
                .unwrap_or(!other_peers) =>
        {
            let peer = single_group_peer(names, obj, "source_security_group_id");
            out.push(template.with(peer));
        }
        _ => {}
    }
    Ok(())
}

/// The group a standalone rule belongs to: its address when it is in the input.
fn owner(names: &Names, obj: &Object) -> Result<String, String> {
    match obj.field(&[Step::Key("security_group_id")]) {
        Field::Known(Value::String(id)) => Ok(names.group(id)),
        Field::Unknown => Ok(match single_group_peer(names, obj, "security_group_id") {
            Peer::Group(address) => address,
            Peer::Unknown(reference) => format!("unknown:{reference}"),
            other => format!("{other:?}"),
        }),
        _ => Err("security_group_id is missing".to_owned()),
    }
}

fn single_group_peer(names: &Names, obj: &Object, field: &str) -> Peer {
    let resolved = names.resolve(obj, field, PeerKind::Group);
    if resolved.len() == 1 {
        Peer::Group(resolved.into_iter().next().unwrap_or_default())
    } else {
        Peer::Unknown(names.unknown_reference(obj, field, all))
    }
}

/// `aws_vpc_security_group_ingress_rule` / `_egress_rule`: exactly one peer.
fn vpc_rule(
    names: &Names,
    obj: &Object,
    direction: Direction,
    out: &mut Vec<Permission>,
) -> Result<(), String> {
    let key = |k: &'static str| [Step::Key(k)];
    let protocol = protocol(names, obj, &key("ip_protocol"), "ip_protocol")?;
    let template = Template {
        group: owner(names, obj)?,
        resource: obj.address.clone(),
        direction,
        ports: ports(
            names,
            obj,
            &protocol,
            &key("from_port"),
            &key("to_port"),
            "from_port",
        )?,
        protocol,
        sensitive: [
            "cidr_ipv4",
            "cidr_ipv6",
            "prefix_list_id",
            "referenced_security_group_id",
            "ip_protocol",
            "from_port",
            "to_port",
        ]
        .iter()
        .any(|k| marked_within(obj.sensitive, &key(k))),
        description: description(obj, &key("description")),
    };
    let fields = [
        ("cidr_ipv4", PeerField::V4),
        ("cidr_ipv6", PeerField::V6),
        ("prefix_list_id", PeerField::PrefixList),
        ("referenced_security_group_id", PeerField::Group),
    ];
    for (k, kind) in fields {
        match obj.field(&key(k)) {
            Field::Known(Value::String(s)) => out.push(template.with(known_peer(names, s, kind)?)),
            Field::Known(other) => return Err(format!("{k} is not a string: {other}")),
            Field::Unknown => {
                let peer = match kind {
                    PeerField::Group => single_group_peer(names, obj, k),
                    PeerField::PrefixList => {
                        let resolved = names.resolve(obj, k, PeerKind::PrefixList);
                        match resolved.len() {
                            1 => Peer::PrefixList(resolved.into_iter().next().unwrap_or_default()),
                            _ => Peer::Unknown(names.unknown_reference(obj, k, all)),
                        }
                    }
                    PeerField::V4 | PeerField::V6 => {
                        Peer::Unknown(names.unknown_reference(obj, k, all))
                    }
                };
                out.push(template.with(peer));
            }
            Field::Absent => {}
        }
    }
    Ok(())
}
