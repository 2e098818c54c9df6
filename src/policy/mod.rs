//! Policy packs: declarative rules, written in HCL, over facts the engine computes from the
//! model and the exposure diff. Built-in packs are `.hcl` files embedded in the binary, in the
//! very language users write; a rule's documentation is the pack itself.

mod facts;
mod families;
mod fields;
mod finding;
mod glob;
mod joined;
mod pack;
pub mod quotas;
mod settings;
mod severity;
pub mod testing;
mod waivers;

use std::path::{Path, PathBuf};

use crate::access::{Access, plain};

pub use crate::model::FindingStatus;
pub use facts::evaluate;
pub use families::merge as merge_families;
pub use fields::{Context, document as document_fields};
pub use finding::ports_of as joined_ports_of;
pub use finding::{Also, Finding, WaiverSource};
pub use glob::glob_match;
pub use joined::join as join_ports;
pub use pack::{Rule, load_pack};
pub use settings::{PackSource, RuleName, Scope, Settings};
pub use severity::Severity;
pub use waivers::{apply as apply_waivers, apply_baseline, baseline, fingerprint, read_baseline};

/// The built-in packs, by file name.
pub const BUILT_IN: [(&str, &str); 1] = [(
    "aws-security-groups.hcl",
    include_str!("packs/aws-security-groups.hcl"),
)];

/// Every built-in rule. The packs are part of the binary and tested, so an error here is a bug.
#[cfg(test)]
pub fn built_in() -> Vec<Rule> {
    BUILT_IN
        .iter()
        .flat_map(|(name, text)| {
            load_pack(name, text).unwrap_or_else(|e| panic!("built-in pack {name}: {e}"))
        })
        .collect()
}

/// A rule's documentation, rendered from its pack.
pub fn explain(rule: &Rule) -> String {
    // A pack may come with a pull request: its title is one line, and each line of its prose is
    // indented, so that no line it writes starts the output's line (a GitHub workflow command
    // is a line that starts with `::`).
    let prose = |text: &str| {
        text.split('\n')
            .map(crate::read::escape_controls)
            .collect::<Vec<_>>()
            .join("\n  ")
    };
    let mut out = format!(
        "{} ({})\n{}\n\n",
        rule.id,
        rule.severity,
        crate::read::escape_controls(&rule.title)
    );
    out.push_str(&format!(
        "Why it matters:\n  {}\n\nRemediation:\n  {}\n",
        prose(&rule.why),
        prose(&rule.remediation)
    ));
    let (block, fields) = &rule.conditions;
    if !fields.is_empty() {
        out.push_str(&format!(
            "\nMatches ({} block):\n  {}\n",
            crate::read::escape_controls(block),
            fields
                .iter()
                .map(|f| prose(f))
                .collect::<Vec<_>>()
                .join("\n  ")
        ));
    }
    if let Some(error) = &rule.apply_error {
        out.push_str(&format!(
            "\nWill fail at apply:\n  AWS refuses the change with {}\n",
            crate::read::escape_controls(error)
        ));
    }
    if !rule.references.is_empty() {
        out.push_str(&format!(
            "\nReferences:\n  {}\n",
            rule.references
                .iter()
                .map(|r| prose(r))
                .collect::<Vec<_>>()
                .join("\n  ")
        ));
    }
    out.push_str(&format!("\nDefined in {}\n", rule.origin));
    out
}

/// The rules to apply and the settings (`.sgaudit.hcl`) they run under.
pub struct Policy {
    pub rules: Vec<Rule>,
    pub settings: Settings,
    pub context: Context,
    /// The file access of the run (its root and caps): what its packs, baseline, `--output`
    /// files and `sgaudit test` cases are held to.
    pub access: Access,
}

/// What the rules make of one input: its exposure diff, its reachability and the findings of
/// the rules, before waivers and baselines (`audit::run` applies those, and the gate).
pub struct Evaluation {
    pub diff: crate::diff::Diff,
    pub reach: crate::reach::Reach,
    pub findings: Vec<Finding>,
}

impl Policy {
    /// The rules over one input: its exposure diff, reachability and findings.
    pub fn evaluate(&self, input: &crate::model::Input) -> Evaluation {
        // Each made on two threads (`diff::diff_placed`).
        let diff = crate::diff::diff(input);
        let workloads = crate::reach::workload_exposure(input);
        let reach = crate::reach::analyse_with(input, &diff, workloads, &self.context.networks);
        let findings = evaluate(&self.rules, input, &diff, &reach, &self.context);
        Evaluation {
            diff,
            reach,
            findings,
        }
    }

    /// The packs the configuration names (all built-in packs when it names none), then the
    /// extra pack directories of this run, with the configuration's disabled rules and
    /// severity overrides applied. Pack files are read through `access`.
    pub fn load(settings: Settings, extra: &[PathBuf], access: &Access) -> Result<Policy, String> {
        let sources = settings.packs.clone().unwrap_or_else(|| {
            BUILT_IN
                .iter()
                .map(|(f, _)| PackSource::BuiltIn(f.trim_end_matches(".hcl").to_owned()))
                .collect()
        });
        let mut rules: Vec<Rule> = Vec::new();
        for source in sources
            .into_iter()
            .chain(extra.iter().cloned().map(PackSource::Dir))
        {
            let loaded = match &source {
                PackSource::BuiltIn(name) => {
                    let (file, text) = BUILT_IN
                        .iter()
                        .find(|(f, _)| f.trim_end_matches(".hcl") == name)
                        .ok_or_else(|| format!("no built-in pack {name:?}"))?;
                    load_pack(file, text)?
                }
                PackSource::Dir(dir) => load_dir(dir, access)?,
            };
            for rule in loaded {
                if let Some(first) = rules.iter().find(|r| r.id == rule.id) {
                    return Err(format!(
                        "{}: rule {:?} is already defined at {}",
                        rule.origin, rule.id, first.origin
                    ));
                }
                rules.push(rule);
            }
        }
        let where_ = settings
            .path
            .clone()
            .unwrap_or_else(|| "configuration".to_owned());
        let ids: Vec<String> = rules.iter().map(|r| r.id.clone()).collect();
        // Where the configuration writes the name, when it was read from a file.
        let unknown = |id: &str, field: &str| {
            let at = settings
                .rule_names
                .iter()
                .find(|n| n.id == id && n.field == field)
                .map_or(where_.as_str(), |n| n.at.as_str());
            let what = if field == "disable" {
                "disable"
            } else {
                "override"
            };
            Err(format!(
                "{at}: {field}: no rule {id:?} to {what}; rules: {}",
                ids.join(", ")
            ))
        };
        for (id, field) in settings
            .disable
            .iter()
            .map(|id| (id, "disable"))
            .chain(settings.severity.keys().map(|id| (id, "severity")))
        {
            if !ids.contains(id) {
                return unknown(id, field);
            }
        }
        rules.retain(|r| !settings.disable.contains(&r.id));
        for rule in &mut rules {
            if let Some(s) = settings.severity.get(&rule.id) {
                rule.severity = *s;
            }
        }
        // Names rules refer to must exist.
        for rule in &rules {
            let pack::Matcher::Exposure(block) = &rule.matcher else {
                continue;
            };
            for m in block.both() {
                for name in m.networks() {
                    if !settings.networks.contains_key(name)
                        && name.parse::<ipnet::IpNet>().is_err()
                    {
                        let known: Vec<&String> = settings.networks.keys().collect();
                        return Err(format!(
                            "{}: rule {:?} names network {name:?}, which {where_} does not define (networks: {known:?})",
                            rule.origin, rule.id
                        ));
                    }
                }
                for name in m.group_sets() {
                    if !settings.group_sets.contains_key(name) {
                        let known: Vec<&String> = settings.group_sets.keys().collect();
                        return Err(format!(
                            "{}: rule {:?} names group set {name:?}, which {where_} does not define (group sets: {known:?})",
                            rule.origin, rule.id
                        ));
                    }
                }
            }
        }
        let context = Context::of(&settings);
        Ok(Policy {
            rules,
            settings,
            context,
            access: access.clone(),
        })
    }
}

/// The rules of a pack directory: every `.hcl` file directly in it, read through `access`
/// (a directory or file linked out of the repository is refused; a FIFO or a device named
/// `*.hcl` is an error, not passed over).
pub fn load_dir(dir: &Path, access: &Access) -> Result<Vec<Rule>, String> {
    let shown = dir.display().to_string();
    dir.symlink_metadata()
        .map_err(|e| format!("{shown}: cannot read pack directory: {}", plain(&e)))?;
    access.resolve(dir, &shown).map_err(|e| e.to_string())?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{shown}: cannot read pack directory: {}", plain(&e)))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "hcl"))
        // A directory named `x.hcl` holds no rules.
        .filter(|p| !std::fs::metadata(p).is_ok_and(|m| m.is_dir()))
        // Dot files (`.sgaudit.hcl`) are configuration, not rules.
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!(
            "{shown}: no .hcl files: a pack directory holds rule files"
        ));
    }
    let mut rules = Vec::new();
    for file in files {
        let name = file.display().to_string();
        let text = access.read_text(&file, &name).map_err(|e| e.to_string())?;
        rules.extend(load_pack(&name, &text)?);
    }
    Ok(rules)
}

/// Reads the settings named (`--config-file`), or the `.sgaudit.hcl` found walking up from the
/// input to the root of `access` and no further, through `access`: only a regular file
/// within the size cap, never through a link out of the repository.
pub fn settings(named: Option<&str>, input: &Path, access: &Access) -> Result<Settings, String> {
    let path = match named {
        Some(p) => PathBuf::from(p),
        None => match settings::find(input, access) {
            Some(p) => p,
            None => return Ok(Settings::default()),
        },
    };
    let shown = named.map_or_else(|| path.display().to_string(), str::to_owned);
    let text = access.read_text(&path, &shown).map_err(|e| e.to_string())?;
    let held = access.within(&path).then_some(access);
    settings::parse(&shown, &text, path.parent().unwrap_or(Path::new(".")), held)
}

#[cfg(test)]
mod hostile;
