//! `check` over the root modules of a repository (`sgaudit check .` where `.` holds no `.tf`
//! file of its own): each root module audited as its own configuration (`read::roots`), and
//! one report with a section per root module, in each format.

use std::io::Write;

use anyhow::Result;
use serde_json::Value;

use super::{BUFFER, CommonArgs, Outcome, Stdout, audit, output_directory};
use crate::read::{self, roots::Root};
use crate::report::{self, Format, Report, Terminal};

/// One root module's audit.
struct Section {
    path: String,
    input: crate::model::Input,
    audit: crate::audit::Audit,
    policy: crate::policy::Policy,
    view: report::View,
    rule_docs: Option<String>,
}

impl Section {
    fn report<'a>(&'a self, cwd: Option<&'a std::path::Path>) -> Report<'a> {
        Report {
            input: &self.input,
            diff: &self.audit.diff,
            reach: &self.audit.reach,
            findings: &self.audit.findings,
            rules: &self.policy.rules,
            cwd,
            view: self.view,
            rule_docs: self.rule_docs.as_deref(),
        }
    }
}

/// What was audited: the root modules found, and those the change touches.
struct Scope<'a> {
    dir: &'a str,
    found: usize,
    /// With `--base` or `--changed`: the root modules left out, untouched by the change.
    skipped: Vec<String>,
}

/// Runs `check` on each root module under the input directory, when it is a directory without
/// `.tf` files of its own and root modules are under it; `None` otherwise (the input is read
/// as before).
pub(super) fn check(a: &CommonArgs, out: &mut Stdout, term: Terminal) -> Result<Option<Outcome>> {
    let Some(dir) = a.input.as_deref() else {
        return Ok(None);
    };
    let path = std::path::Path::new(dir);
    if !path.is_dir() {
        return Ok(None);
    }
    let options = a.options();
    let access = options.access(path)?;
    let roots = read::roots::find(path, dir, &access)?;
    if roots.is_empty() {
        return Ok(None);
    }
    let var_files: Vec<String> = a
        .var_files
        .iter()
        .filter_map(|f| read::roots::relative_to(path, std::path::Path::new(f)))
        .collect();
    let changed: Option<Vec<String>> = match (&a.base, a.changed.is_empty()) {
        // A base directory: each root module is compared with its directory there.
        (Some(base), true) if std::path::Path::new(base).is_dir() => None,
        (Some(base), true) => Some(read::roots::changed_since(path, base)?),
        (_, false) => Some(
            a.changed
                .iter()
                .filter_map(|f| read::roots::relative_to(path, std::path::Path::new(f)))
                .collect(),
        ),
        (None, true) => None,
    };
    let audited: Vec<&Root> = match &changed {
        Some(changed) => read::roots::touched(&roots, changed, &var_files),
        None => roots.iter().collect(),
    };
    let scope = Scope {
        dir,
        found: roots.len(),
        skipped: roots
            .iter()
            .filter(|r| !audited.iter().any(|x| x.path == r.path))
            .map(|r| r.path.clone())
            .collect(),
    };
    let mut sections = Vec::new();
    for root in audited {
        let shown = root.dir.to_string_lossy().into_owned();
        let mut options = options.clone();
        if let Some(base) = &a.base
            && std::path::Path::new(base).is_dir()
        {
            options.base = Some(
                std::path::Path::new(base)
                    .join(&root.path)
                    .to_string_lossy()
                    .into_owned(),
            );
        }
        let (input, audit, policy) = audit(a, &shown, &options)?;
        sections.push(Section {
            path: root.path.clone(),
            view: a.view(audit.gate, &policy.settings),
            rule_docs: a.rule_docs.clone(),
            input,
            audit,
            policy,
        });
    }
    let mut errors = Vec::new();
    let mut fails = false;
    for s in &sections {
        match s.audit.verdict {
            crate::audit::Verdict::Incomplete => errors.extend(s.input.errors.iter().cloned()),
            crate::audit::Verdict::Fails => fails = true,
            crate::audit::Verdict::Clean => {}
        }
    }
    let outcome = if !errors.is_empty() {
        Outcome::Incomplete(errors)
    } else if fails && a.format != Format::Dot {
        // A picture is not a gate, as for one root.
        Outcome::Findings
    } else {
        Outcome::Clean
    };
    let cwd = std::env::current_dir().ok();
    for (format, file) in &a.outputs {
        let shown = file.display().to_string();
        // Never through a symbolic link, never into a FIFO or a device.
        output_directory(&access, file, &shown)?;
        let created = crate::access::create(file, &shown)?;
        let mut created = std::io::BufWriter::with_capacity(BUFFER, created);
        created
            .write_all(&render(
                *format,
                &scope,
                &sections,
                cwd.as_deref(),
                Terminal::default(),
            ))
            .and_then(|()| created.flush())
            .map_err(|e| anyhow::anyhow!("{shown}: cannot write: {}", crate::access::plain(&e)))?;
    }
    out.print(|w| w.write_all(&render(a.format, &scope, &sections, cwd.as_deref(), term)));
    super::drop_aside(sections);
    Ok(Some(outcome))
}

/// The sentence that opens a report of several root modules.
fn summary(scope: &Scope, sections: &[Section]) -> String {
    let names: Vec<&str> = sections.iter().map(|s| s.path.as_str()).collect();
    let mut text = format!(
        "{} root module(s) under {}; audited: {}",
        scope.found,
        scope.dir,
        if names.is_empty() {
            "none".to_owned()
        } else {
            names.join(", ")
        }
    );
    if !scope.skipped.is_empty() {
        text.push_str(&format!(
            "; not audited, the change touches none of their files, modules or tfvars: {}",
            scope.skipped.join(", ")
        ));
    }
    text
}

/// The report of every root module in one format: a section per root module (JSON: each root
/// module's report under `roots`, and the lists of the one-configuration report holding the
/// elements of all, each naming its `root`; SARIF: one run with the results of all).
fn render(
    format: Format,
    scope: &Scope,
    sections: &[Section],
    cwd: Option<&std::path::Path>,
    term: Terminal,
) -> Vec<u8> {
    let one = |s: &Section| report::check(format, &s.report(cwd), term);
    let mut out = String::new();
    match format {
        Format::Json => return report::pretty(&json(scope, sections, cwd)).into_bytes(),
        Format::Sarif => return report::pretty(&sarif(sections, cwd)).into_bytes(),
        Format::Markdown => {
            out.push_str(&format!(
                "<!-- sgaudit -->\n## sgaudit: {} root module(s)\n\n{}.\n",
                sections.len(),
                summary(scope, sections)
            ));
            for s in sections {
                let text = one(s);
                // Each root module's report without its first two lines (the comment's marker
                // and its title): its sections follow the root module's title.
                let body = text.splitn(3, '\n').nth(2).unwrap_or_default();
                out.push_str(&format!("\n## root module `{}`\n{body}", s.path));
            }
        }
        Format::Github => {
            out.push_str(&format!("sgaudit: {}\n", summary(scope, sections)));
            for s in sections {
                out.push_str(&one(s));
            }
        }
        Format::Table | Format::Dot => {
            let comment = if format == Format::Dot { "// " } else { "" };
            out.push_str(&format!("{comment}{}\n", summary(scope, sections)));
            for s in sections {
                out.push_str(&format!("\n{comment}== root module {} ==\n", s.path));
                out.push_str(&one(s));
            }
        }
    }
    out.into_bytes()
}

/// The JSON report of several root modules, additive to the one-configuration report: its
/// lists (findings, groups, workloads, exposure and reachability entries, notes) hold the
/// elements of every root module, each object naming its `root`; `input` says the directory
/// and whether every root module was read whole; `roots` holds each root module's own report
/// under its `path`, and `not_audited` the root modules the change does not touch.
fn json(scope: &Scope, sections: &[Section], cwd: Option<&std::path::Path>) -> Value {
    let mut merged = serde_json::Map::new();
    let mut roots = Vec::new();
    for s in sections {
        let text = report::check(Format::Json, &s.report(cwd), false);
        let Ok(Value::Object(report)) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        for (key, value) in &report {
            let tagged = tag(value.clone(), &s.path, 0);
            match merged.get_mut(key) {
                Some(into) => merge(into, tagged),
                None => {
                    merged.insert(key.clone(), tagged);
                }
            }
        }
        let mut own = report;
        own.shift_remove("schema");
        let mut entry = serde_json::Map::new();
        entry.insert("path".to_owned(), Value::String(s.path.clone()));
        entry.extend(own);
        roots.push(Value::Object(entry));
    }
    // With no root module audited, no report names the schema: this one's.
    merged
        .entry("schema")
        .or_insert_with(|| Value::String("sgaudit/v2".to_owned()));
    if let Some(Value::Object(input)) = merged.get_mut("input") {
        input.insert("path".to_owned(), Value::String(scope.dir.to_owned()));
        input.insert("kind".to_owned(), Value::String("root_modules".to_owned()));
    }
    merged.insert("roots".to_owned(), Value::Array(roots));
    merged.insert(
        "not_audited".to_owned(),
        Value::Array(scope.skipped.iter().cloned().map(Value::String).collect()),
    );
    Value::Object(merged)
}

/// Names the root module in each object of the lists of a report's top two levels.
fn tag(value: Value, root: &str, depth: usize) -> Value {
    match value {
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|item| match item {
                    Value::Object(mut o) => {
                        o.insert("root".to_owned(), Value::String(root.to_owned()));
                        Value::Object(o)
                    }
                    other => other,
                })
                .collect(),
        ),
        Value::Object(o) if depth < 1 => Value::Object(
            o.into_iter()
                .map(|(k, v)| (k, tag(v, root, depth + 1)))
                .collect(),
        ),
        other => other,
    }
}

/// Joins two root modules' values of one key: lists end to end, objects key by key, `true`
/// and `false` as `false` (`complete`), other values that differ as `null`.
fn merge(into: &mut Value, value: Value) {
    match (into, value) {
        (Value::Array(a), Value::Array(b)) => a.extend(b),
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(&k) {
                    Some(into) => merge(into, v),
                    None => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (Value::Bool(a), Value::Bool(b)) => *a = *a && b,
        (a, b) if *a != b => *a = Value::Null,
        _ => {}
    }
}

/// One SARIF run with the results of every root module (code scanning takes one run per tool
/// and category), the rules of all, once each.
fn sarif(sections: &[Section], cwd: Option<&std::path::Path>) -> Value {
    let mut first: Option<Value> = None;
    for s in sections {
        let log = report::check_sarif(&s.report(cwd));
        let Some(into) = first.as_mut() else {
            first = Some(log);
            continue;
        };
        let results = log
            .pointer("/runs/0/results")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let rules = log
            .pointer("/runs/0/tool/driver/rules")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut ids: Vec<Value> = Vec::new();
        if let Some(Value::Array(all)) = into.pointer_mut("/runs/0/tool/driver/rules") {
            for rule in rules {
                if !all.iter().any(|r| r.get("id") == rule.get("id")) {
                    all.push(rule);
                }
            }
            ids = all
                .iter()
                .map(|r| r.get("id").cloned().unwrap_or_default())
                .collect();
        }
        if let Some(Value::Array(all)) = into.pointer_mut("/runs/0/results") {
            // A result names its rule by its place in `rules`: the place in the joined list.
            all.extend(results.into_iter().map(|mut result| {
                let place = result
                    .get("ruleId")
                    .and_then(|id| ids.iter().position(|i| i == id));
                if let (Some(place), Some(o)) = (place, result.as_object_mut()) {
                    o.insert("ruleIndex".to_owned(), Value::from(place));
                }
                result
            }));
        }
    }
    first.unwrap_or_else(|| {
        serde_json::json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": "sgaudit", "rules": []}}, "results": []}]
        })
    })
}
