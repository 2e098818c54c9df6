//! Raw HCL: a Terraform root module's `.tf` files → the model. Evaluates what the files declare
//! into the JSON shape a plan's `after` has (unknown values marked as `after_unknown` marks
//! them, sensitive ones as `after_sensitive` does), so the same resource-shape code reads both.

mod eval;
mod functions;
mod json_syntax;
mod load;
mod value;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;

use anyhow::{Result, bail};
use hcl_edit::Span;
use hcl_edit::structure::{Block, BlockLabel, Body, Structure};
use serde_json::Value as Json;

use self::eval::{EvalError, Evaluator, Located, Module, Scope, attribute, instance_address, map};
use self::load::{SourceFile, Target};
use self::value::Val;
use super::config::{Names, Traced};
use super::object::Object;
use super::shapes::{
    GROUP_TYPES, Owned, PREFIX_LIST_TYPES, group, permissions, prefix_list_entries, relevant,
};
use super::workloads::{self, Workloads};
use crate::access::Access;
use crate::model::{Input, Lifecycle, Source, SourceKind};

/// Values given on the command line.
#[derive(Debug, Default, Clone)]
pub struct Variables {
    /// `--var name=value`, in order.
    pub vars: Vec<String>,
    /// `--var-file FILE`, in order.
    pub files: Vec<String>,
}

/// One resource instance evaluated into plan-like JSON.
struct Evaluated {
    rtype: String,
    name: String,
    /// The module instance (`""` for the root).
    module: String,
    address: String,
    key: Option<Val>,
    json: Json,
    unknown: Json,
    /// Which values are sensitive, as a plan's `after_sensitive` marks them.
    sensitive: Json,
    exprs: Json,
    traced: BTreeMap<String, Vec<Traced>>,
    origin: String,
    origins: Json,
}

/// The file at a position `load` gave out: the `file` of every declaration, scope and
/// evaluation error is one of a directory's files.
#[expect(
    clippy::indexing_slicing,
    reason = "file positions come from `load::Dir::files`, positions in `Loaded::files`"
)]
fn source(files: &[SourceFile], file: usize) -> &SourceFile {
    &files[file]
}

/// Reads the root module in `dir` (`display` is how the directory is named in messages) and
/// the modules it calls.
pub fn read(dir: &Path, display: &str, variables: &Variables, access: &Access) -> Result<Input> {
    let loaded = load::load(dir, display, access)?;
    let files = &loaded.files;
    let mut duplicates = Vec::new();
    let modules: Vec<Module> = loaded
        .dirs
        .iter()
        .map(|d| {
            let mut module = Module::default();
            for &file in &d.files {
                #[expect(
                    clippy::indexing_slicing,
                    reason = "a directory's files are positions in `bodies`, pushed with them"
                )]
                declare(
                    &mut module,
                    &loaded.bodies[file],
                    file,
                    &d.calls,
                    &mut duplicates,
                );
            }
            module
        })
        .collect();
    // The directory read first, `dir`: `load` fails when it has no .tf files.
    let Some(root) = modules.first() else {
        bail!("{display}: no .tf files: expected a Terraform module");
    };
    let vars = variable_values(root, dir, display, variables, access)?;
    let missing = Rc::new(RefCell::new(
        root.variables
            .keys()
            .filter(|v| !vars.contains_key(*v))
            .map(|v| format!("var.{v}"))
            .collect(),
    ));
    let ev = Evaluator::new(&modules, root, String::new(), vars, missing.clone());

    // Every relevant resource instance of every module instance, in plan-like JSON.
    let mut objects = Vec::new();
    let mut not_analysed = Vec::new();
    let mut failures = duplicates;
    let mut budget = Budget {
        left: MAX_TOTAL_INSTANCES,
        spent: false,
    };
    walk(
        &ev,
        files,
        &mut objects,
        &mut not_analysed,
        &mut failures,
        &mut budget,
    );
    // Cycles between resources, wherever a reference met one (in this module or below).
    failures.extend(ev.cycles.borrow().values().cloned());
    failures.extend(ev.out_of_steps.borrow().clone());
    let mut errors: Vec<String> = loaded.errors.clone();
    errors.extend(
        failures
            .into_iter()
            .map(|e| source(files, e.file).locate(e.span.map(|s| s.start), &e.message)),
    );
    errors.dedup();
    let mut names = Names::default();
    for e in &objects {
        names.learn(&e.rtype, &e.module, &e.name, &e.address, false, &[&e.json]);
    }

    let mut input = Input::default();
    let mut owned = Owned::default();
    let mut workloads = Workloads::default();
    for e in &objects {
        let (rtype, address) = (&e.rtype, &e.address);
        let obj = Object {
            address: address.clone(),
            rtype,
            module: &e.module,
            key: e.key.as_ref().map(|k| instance_address("", Some(k))),
            values: &e.json,
            unknown: &e.unknown,
            sensitive: &e.sensitive,
            exprs: Some(&e.exprs),
            traced: Some(&e.traced),
            origin: Some(&e.origin),
            origins: &e.origins,
            for_each: None,
        };
        if workloads::attaches(rtype) {
            workloads.add(&names, None, Some(&obj), Lifecycle::Created);
        }
        if GROUP_TYPES.contains(&rtype.as_str()) {
            input
                .groups
                .insert(address.clone(), group(&obj, Lifecycle::Created));
        } else if PREFIX_LIST_TYPES.contains(&rtype.as_str()) {
            input
                .prefix_lists_after
                .insert(address.clone(), prefix_list_entries(&obj));
        }
        // A value AWS would reject (a CIDR that is not one) is reported at its block; the other
        // resources are still read.
        if let Err(e) = permissions(&e.origin, &names, &obj, true, &mut owned) {
            errors.push(format!("{e:#}"));
        }
    }
    let keys = owned.standalone_keys();
    input.after = owned.effective(&keys);
    input.workloads = workloads.finish();
    input.not_analysed = not_analysed;
    let undeclared = ev.undeclared.borrow();
    if !undeclared.is_empty() {
        input.notes.push(format!(
            "not declared in this configuration, so unknown: {}",
            undeclared.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    input.errors = errors;
    let mut missing_variables = missing.borrow().clone();
    missing_variables.sort();
    missing_variables.dedup();
    input.source = Source {
        path: display.to_owned(),
        kind: SourceKind::Hcl,
        format_version: None,
        terraform_version: None,
        complete: true,
        missing_variables,
        base: None,
    };
    Ok(input)
}

/// The most resource and module instances a configuration may expand to: `count` and
/// `for_each` (each at most 100,000) multiply through modules, and a module of 1,000 instances
/// each with a resource of 1,000 would be a million resources (about 4 GB).
const MAX_TOTAL_INSTANCES: usize = 250_000;

/// The instances a configuration may still expand to; once spent, nothing more is read.
struct Budget {
    left: usize,
    spent: bool,
}

impl Budget {
    /// Whether the evaluation steps ran out: then nothing more can be evaluated, the reading
    /// stops, and the error is the one reported where they ran out (not one per block).
    fn out_of_steps(&mut self, ev: &Evaluator) -> bool {
        let out = ev.out_of_steps.borrow().is_some();
        self.spent |= out;
        out
    }

    /// Takes `n` instances for the block at `file`/`span`, or records the error that ends
    /// the reading.
    fn take(
        &mut self,
        n: usize,
        file: usize,
        span: Option<std::ops::Range<usize>>,
        errors: &mut Vec<EvalError>,
    ) -> bool {
        if self.spent {
            return false;
        }
        match self.left.checked_sub(n) {
            Some(left) => {
                self.left = left;
                true
            }
            None => {
                self.spent = true;
                errors.push(EvalError {
                    message: format!(
                        "the configuration expands to more than {MAX_TOTAL_INSTANCES} resource and module instances here (count and for_each multiply through modules); what follows is not read"
                    ),
                    file,
                    span,
                });
                false
            }
        }
    }
}

/// Evaluates the relevant resources of a module instance and, recursively, of the modules it
/// calls.
fn walk(
    ev: &Evaluator,
    files: &[SourceFile],
    objects: &mut Vec<Evaluated>,
    not_analysed: &mut Vec<String>,
    errors: &mut Vec<EvalError>,
    budget: &mut Budget,
) {
    // One broken resource or module call does not hide the others: its error is collected.
    if let Err(e) = ev.check_locals() {
        errors.push(e);
    }
    let prefix = |a: String| {
        if ev.address.is_empty() {
            a
        } else {
            format!("{}.{a}", ev.address)
        }
    };
    for ((rtype, name), decl) in &ev.module.resources {
        // Resources that attach groups are read for the arguments the workload table names.
        let keep = workloads::arguments(rtype);
        if !relevant(rtype) && keep.is_none() {
            continue;
        }
        let instances = match ev.instances(decl.item, decl.file) {
            Ok(i) => i,
            Err(_) if budget.out_of_steps(ev) => return,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if !budget.take(instances.len(), decl.file, decl.item.span(), errors) {
            return;
        }
        for instance in instances {
            let address = prefix(instance_address(
                &format!("{rtype}.{name}"),
                instance.key.as_ref(),
            ));
            let (mut values, origins) =
                match body_value(ev, files, &decl.item.body, &instance.scope, keep.as_deref()) {
                    Ok(v) => v,
                    Err(_) if budget.out_of_steps(ev) => return,
                    Err(e) => {
                        errors.push(e);
                        continue;
                    }
                };
            // The provider's default description, as a plan shows it.
            if rtype == "aws_security_group"
                && let Val::Map(m) = &mut values
            {
                m.entry("description".to_owned())
                    .or_insert_with(|| Val::Str("Managed by Terraform".to_owned()));
            }
            let (json, unknown, mut sensitive) = values.to_json();
            set_marks(rtype, &mut sensitive);
            let (exprs, traced) = expressions(&values);
            objects.push(Evaluated {
                rtype: rtype.clone(),
                name: name.clone(),
                module: ev.address.clone(),
                address,
                key: instance.key,
                json,
                unknown,
                sensitive,
                exprs,
                traced,
                origin: source(files, decl.file).origin(decl.item.span().map_or(0, |s| s.start)),
                origins,
            });
        }
    }
    for (name, (call, target)) in &ev.module.calls {
        match target {
            load::Target::NotAnalysed(why) => {
                let at = source(files, call.file).origin(call.item.span().map_or(0, |s| s.start));
                not_analysed.push(format!(
                    "{}: {why} ({at})",
                    prefix(format!("module.{name}"))
                ));
            }
            load::Target::Dir(_) => match ev.children(name) {
                Ok(children) => {
                    if !budget.take(children.len(), call.file, call.item.span(), errors) {
                        return;
                    }
                    for child in children.iter() {
                        walk(&child.ev, files, objects, not_analysed, errors, budget);
                        if budget.spent {
                            return;
                        }
                    }
                }
                Err(_) if budget.out_of_steps(ev) => return,
                Err(e) => errors.push(e),
            },
        }
    }
}

/// Records the declarations of one file.
fn declare<'a>(
    module: &mut Module<'a>,
    body: &'a Body,
    file: usize,
    calls: &BTreeMap<String, Target>,
    duplicates: &mut Vec<EvalError>,
) {
    for s in body.iter() {
        let Structure::Block(block) = s else { continue };
        let labels: Vec<&str> = block.labels.iter().map(label).collect();
        match (block.ident.as_str(), labels.as_slice()) {
            // As Terraform: a name is an identifier (a letter or `_`, then letters, digits, `_`
            // and `-`); one that is not (a quote, a newline) must not reach an address.
            (kind @ ("resource" | "data" | "variable" | "module" | "output"), labels)
                if labels.iter().any(|l| hcl_edit::Ident::try_new(*l).is_err()) =>
            {
                let bad = labels
                    .iter()
                    .find(|l| hcl_edit::Ident::try_new(**l).is_err())
                    .copied()
                    .unwrap_or_default();
                duplicates.push(EvalError {
                    message: format!(
                        "{kind} block: {bad:?} is not a valid name (a letter or underscore, then letters, digits, underscores and dashes)"
                    ),
                    file,
                    span: block.span(),
                });
            }
            ("variable", [name]) => {
                module
                    .variables
                    .insert((*name).to_owned(), Located { item: block, file });
            }
            ("locals", []) => {
                for s in block.body.iter() {
                    if let Structure::Attribute(a) = s {
                        module.locals.insert(
                            a.key.as_str().to_owned(),
                            Located {
                                item: &a.value,
                                file,
                            },
                        );
                    }
                }
            }
            ("resource", [rtype, name]) => {
                let key = ((*rtype).to_owned(), (*name).to_owned());
                match module.resources.entry(key) {
                    // Terraform refuses a configuration that declares a resource twice.
                    std::collections::btree_map::Entry::Occupied(_) => duplicates.push(EvalError {
                        message: format!("{rtype}.{name} is declared twice"),
                        file,
                        span: block.span(),
                    }),
                    std::collections::btree_map::Entry::Vacant(slot) => {
                        slot.insert(Located { item: block, file });
                    }
                }
            }
            ("module", [name]) => {
                if let Some(target) = calls.get(*name) {
                    module.calls.insert(
                        (*name).to_owned(),
                        (Located { item: block, file }, target.clone()),
                    );
                }
            }
            ("output", [name]) => {
                if let Some(value) = attribute(&block.body, "value") {
                    module
                        .outputs
                        .insert((*name).to_owned(), Located { item: value, file });
                }
            }
            // As Terraform: a block with the wrong labels is an error, not a block to skip.
            (kind @ ("resource" | "data"), labels) if labels.len() != 2 => {
                duplicates.push(EvalError {
                    message: format!(
                        "a {kind} block takes two labels, its type and its name: {kind} \"TYPE\" \"NAME\" {{ ... }}"
                    ),
                    file,
                    span: block.span(),
                });
            }
            (kind @ ("variable" | "module" | "output"), labels) if labels.len() != 1 => {
                duplicates.push(EvalError {
                    message: format!(
                        "a {kind} block takes one label, its name: {kind} \"NAME\" {{ ... }}"
                    ),
                    file,
                    span: block.span(),
                });
            }
            _ => {}
        }
    }
}

fn label(l: &BlockLabel) -> &str {
    match l {
        BlockLabel::Ident(i) => i.as_str(),
        BlockLabel::String(s) => s.value().as_str(),
    }
}

/// Variable values, lowest precedence first: declared defaults, `TF_VAR_name`,
/// `terraform.tfvars`, `*.auto.tfvars`, then `--var-file` and `--var` in the order given.
fn variable_values(
    module: &Module,
    dir: &Path,
    display: &str,
    given: &Variables,
    access: &Access,
) -> Result<BTreeMap<String, Val>> {
    let _ = access;
    let join = |name: &str| load::join(display, name);
    let empty = Module::default();
    let constants = Evaluator::constants(&empty);
    let mut values = BTreeMap::new();
    for (name, decl) in &module.variables {
        if let Some(default) = attribute(&decl.item.body, "default")
            && let Ok(v) = constants.eval(default, &Scope::new(decl.file))
        {
            values.insert(name.clone(), v);
        }
    }
    for (key, raw) in std::env::vars() {
        if let Some(name) = key.strip_prefix("TF_VAR_")
            && module.variables.contains_key(name)
        {
            values.insert(name.to_owned(), cli_value(&raw));
        }
    }
    let mut files: Vec<(String, std::path::PathBuf)> = Vec::new();
    if dir.join("terraform.tfvars").is_file() {
        files.push((join("terraform.tfvars"), dir.join("terraform.tfvars")));
    }
    let mut auto: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".auto.tfvars"))
        .collect();
    auto.sort();
    files.extend(auto.into_iter().map(|p| {
        (
            join(&p.file_name().unwrap_or_default().to_string_lossy()),
            p,
        )
    }));
    files.extend(given.files.iter().map(|f| (f.clone(), f.into())));
    for (name, path) in files {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| anyhow::anyhow!("{name}: cannot read file: {e}"))?;
        let body = load::parse(&name, &text)?;
        let file = SourceFile::new(name, text, None);
        for s in body.iter() {
            if let Structure::Attribute(a) = s {
                let v = constants.eval(&a.value, &Scope::new(0)).map_err(|e| {
                    anyhow::anyhow!(file.locate(e.span.map(|s| s.start), &e.message))
                })?;
                values.insert(a.key.as_str().to_owned(), v);
            }
        }
    }
    for assignment in &given.vars {
        let Some((name, raw)) = assignment.split_once('=') else {
            bail!("--var {assignment:?}: expected name=value");
        };
        if !module.variables.contains_key(name) {
            bail!("--var {name}: the module declares no variable {name:?}");
        }
        values.insert(name.to_owned(), cli_value(raw));
    }
    Ok(values)
}

/// A value from the command line or the environment: HCL for lists, maps and quoted strings,
/// the raw text otherwise (as Terraform reads primitive values).
fn cli_value(raw: &str) -> Val {
    let trimmed = raw.trim_start();
    let empty = Module::default();
    if trimmed.starts_with(['[', '{', '"'])
        && let Ok(expr) = hcl_edit::parser::parse_expr(raw)
        && let Ok(v) = Evaluator::constants(&empty).eval(&expr, &Scope::new(0))
    {
        return v;
    }
    Val::Str(raw.to_owned())
}

/// A resource body as a plan's `after` holds it: attributes, and nested blocks (written or
/// `dynamic`) as lists of objects under their name.
/// Also returns where each nested block is declared (`{"ingress": ["main.tf:14", ...]}`).
/// With `keep`, only the attributes and blocks it names are evaluated (a resource that attaches
/// groups is read for a few arguments; the others may use functions this reader lacks).
fn body_value(
    ev: &Evaluator,
    files: &[SourceFile],
    body: &Body,
    scope: &Scope,
    keep: Option<&[&str]>,
) -> Result<(Val, Json), EvalError> {
    let kept = |name: &str| keep.is_none_or(|k| k.contains(&name));
    let mut attrs = BTreeMap::new();
    let mut blocks: BTreeMap<String, Val> = BTreeMap::new();
    let mut origins: BTreeMap<String, Vec<Json>> = BTreeMap::new();
    let origin =
        |b: &Block| Json::String(source(files, scope.file).origin(b.span().map_or(0, |s| s.start)));
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                let key = a.key.as_str();
                if matches!(key, "count" | "for_each" | "provider" | "depends_on") || !kept(key) {
                    continue;
                }
                attrs.insert(key.to_owned(), ev.eval(&a.value, scope)?);
            }
            Structure::Block(b) => {
                let ident = b.ident.as_str();
                if matches!(
                    ident,
                    "lifecycle" | "timeouts" | "provisioner" | "connection"
                ) {
                    continue;
                }
                if ident == "dynamic" {
                    let name = b.labels.first().map(label).unwrap_or_default().to_owned();
                    if !kept(&name) {
                        continue;
                    }
                    let expanded = dynamic(ev, files, b, &name, scope)?;
                    if let Val::List(more) = &expanded {
                        origins
                            .entry(name.clone())
                            .or_default()
                            .extend(more.iter().map(|_| origin(b)));
                    }
                    let entry = blocks.entry(name).or_insert_with(|| Val::List(Vec::new()));
                    match (entry, expanded) {
                        (Val::List(list), Val::List(more)) => list.extend(more),
                        (entry, unknown) => *entry = unknown,
                    }
                    continue;
                }
                if !kept(ident) {
                    continue;
                }
                let (value, _) = body_value(ev, files, &b.body, scope, None)?;
                if let Val::List(list) = blocks
                    .entry(ident.to_owned())
                    .or_insert_with(|| Val::List(Vec::new()))
                {
                    list.push(value);
                    origins.entry(ident.to_owned()).or_default().push(origin(b));
                }
            }
        }
    }
    attrs.extend(blocks);
    let origins = origins
        .into_iter()
        .map(|(k, v)| (k, Json::Array(v)))
        .collect();
    Ok((Val::Map(attrs), Json::Object(origins)))
}

/// A `dynamic` block: one object per element of `for_each`, the iterator bound to
/// `{key, value}` under the block's name or its `iterator`.
fn dynamic(
    ev: &Evaluator,
    files: &[SourceFile],
    block: &Block,
    name: &str,
    scope: &Scope,
) -> Result<Val, EvalError> {
    let for_each = attribute(&block.body, "for_each").ok_or_else(|| EvalError {
        message: format!("dynamic {name:?} has no for_each"),
        file: scope.file,
        span: block.span(),
    })?;
    let iterator = match attribute(&block.body, "iterator") {
        Some(hcl_edit::expr::Expression::Variable(v)) => v.as_str().to_owned(),
        _ => name.to_owned(),
    };
    let content = block.body.iter().find_map(|s| match s {
        Structure::Block(b) if b.ident.as_str() == "content" => Some(b),
        _ => None,
    });
    let Some(content) = content else {
        return Err(EvalError {
            message: format!("dynamic {name:?} has no content block"),
            file: scope.file,
            span: block.span(),
        });
    };
    // As Terraform: the blocks a sensitive collection makes are sensitive.
    let (collection, marked) = ev.eval(for_each, scope)?.unmark();
    let items = match collection {
        Val::Unknown(r) => return Ok(Val::Unknown(r).mark_if(marked)),
        v => eval::pairs(v).map_err(|m| EvalError {
            message: m,
            file: scope.file,
            span: for_each.span(),
        })?,
    };
    let mut out = Vec::new();
    for (key, value) in items {
        let inner = scope.with(&iterator, map([("key", key), ("value", value)]));
        out.push(
            body_value(ev, files, &content.body, &inner, None)?
                .0
                .mark_if(marked),
        );
    }
    Ok(Val::List(out))
}

/// Terraform cannot mark one element of a set: a sensitive value anywhere in a set-typed
/// attribute (a group's `ingress`/`egress`, a prefix list's `entry`) marks the whole attribute,
/// as a plan's `after_sensitive` shows it.
fn set_marks(rtype: &str, sensitive: &mut Json) {
    let sets: &[&str] = if GROUP_TYPES.contains(&rtype) {
        &["ingress", "egress"]
    } else if PREFIX_LIST_TYPES.contains(&rtype) {
        &["entry"]
    } else {
        &[]
    };
    if let Json::Object(masks) = sensitive {
        for set in sets {
            if let Some(mask) = masks.get_mut(*set)
                && *mask != Json::Bool(false)
            {
                *mask = Json::Bool(true);
            }
        }
    }
}

/// The plan `configuration` shape for an evaluated body (every configured attribute), and the
/// references its unknown values come from.
fn expressions(values: &Val) -> (Json, BTreeMap<String, Vec<Traced>>) {
    let mut configured = serde_json::Map::new();
    let mut traced = BTreeMap::new();
    if let Val::Map(m) = values {
        for (k, v) in m {
            let mut refs = Vec::new();
            v.unknown_references(&mut refs);
            refs.sort();
            refs.dedup();
            configured.insert(k.clone(), Json::Object(serde_json::Map::new()));
            // The arguments of nested blocks too (`vpc_config[0].security_group_ids`).
            if let Val::List(blocks) = v {
                for (i, block) in blocks.iter().enumerate() {
                    let Val::Map(args) = block else { continue };
                    for (arg, value) in args {
                        let mut refs = Vec::new();
                        value.unknown_references(&mut refs);
                        refs.sort();
                        refs.dedup();
                        traced.insert(
                            format!("{k}[{i}].{arg}"),
                            refs.into_iter()
                                .map(|r| Traced {
                                    reference: r.reference,
                                    module: r.module,
                                })
                                .collect(),
                        );
                    }
                }
            }
            traced.insert(
                k.clone(),
                refs.into_iter()
                    .map(|r| Traced {
                        reference: r.reference,
                        module: r.module,
                    })
                    .collect(),
            );
        }
    }
    (Json::Object(configured), traced)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With fewer steps allowed (the real bound, 50 million, takes seconds), a reading that
    /// goes over stops with one error where the steps ran out, and reads nothing after it.
    #[test]
    fn evaluation_stops_when_the_steps_run_out() {
        let dir = std::env::temp_dir().join(format!("sgaudit-steps-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        // 1,000 groups each copying 1,000 networks: 16 million steps.
        std::fs::write(
            dir.join("main.tf"),
            "resource \"aws_vpc\" \"v\" {\n  count      = 1000\n  cidr_block = \"10.0.0.0/16\"\n}\n\nresource \"aws_security_group\" \"g\" {\n  count       = 1000\n  description = length(aws_vpc.v)\n}\n",
        )
        .unwrap();
        let read_with = |steps: Option<u64>| {
            eval::TEST_MAX_STEPS.with(|s| s.set(steps));
            let input = read(
                &dir,
                "cfg",
                &Variables::default(),
                &Access::for_input(&dir, Default::default()),
            )
            .unwrap();
            eval::TEST_MAX_STEPS.with(|s| s.set(None));
            input
        };
        let input = read_with(Some(1_000_000));
        assert_eq!(
            input.errors,
            [
                "cfg/main.tf:8:24: evaluating the configuration takes more than 1000000 steps here (count, for_each and for expressions multiplying each other); refused: `description = length(aws_vpc.v)`"
            ]
        );
        assert!(input.groups.len() < 100, "{}", input.groups.len());
        // The same configuration within the real bound.
        let input = read_with(None);
        assert_eq!(input.errors, Vec::<String>::new());
        assert_eq!(input.groups.len(), 1000);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A reference to one instance by `count.index` takes the steps of one copy, not of the
    /// whole list: 3,000 rules each naming their own group (`g[count.index]`) are read (copies
    /// of the whole list would be 144 million steps).
    #[test]
    fn a_reference_by_index_takes_one_copy() {
        let dir = std::env::temp_dir().join(format!("sgaudit-by-index-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        std::fs::write(
            dir.join("main.tf"),
            "resource \"aws_security_group\" \"g\" {\n  count       = 3000\n  name        = \"g${count.index}\"\n  description = \"g\"\n}\n\nresource \"aws_security_group_rule\" \"r\" {\n  count             = 3000\n  type              = \"ingress\"\n  security_group_id = aws_security_group.g[count.index].id\n  from_port         = 443\n  to_port           = 443\n  protocol          = \"tcp\"\n  cidr_blocks       = [\"10.0.0.0/8\"]\n}\n",
        )
        .unwrap();
        let input = read(
            &dir,
            "cfg",
            &Variables::default(),
            &Access::for_input(&dir, Default::default()),
        )
        .unwrap();
        assert_eq!(input.errors, Vec::<String>::new());
        assert_eq!(input.after.len(), 3000);
        assert!(
            input
                .after
                .iter()
                .any(|p| p.group == "aws_security_group.g[2999]"
                    && p.resource == "aws_security_group_rule.r[2999]"),
            "{:?}",
            input.after.last()
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
