//! SARIF 2.1.0 for GitHub code scanning: one result per finding, one rule entry per rule
//! that fired.
//!
//! Choices, so that GitHub accepts and ranks the log:
//!
//! - Resolved findings are left out: they are good news, and an alert GitHub no longer sees
//!   is closed by GitHub itself. Waived findings stay, with a `suppressions` entry (`inSource`
//!   for a `# sgaudit:ignore` comment in a `.tf` file, `external` for a configuration waiver).
//! - `level`: critical and high → `error`, medium → `warning`, low and info → `note`; a
//!   finding that predicts an apply error (`properties.apply_error`, the AWS error) is an
//!   `error` whatever its severity, and comes first ("will fail at apply").
//! - `properties.security-severity` (GitHub's bands: critical > 9.0, high 7.0–8.9, medium
//!   4.0–6.9, low 0.1–3.9): critical "9.5", high "8.0", medium "5.5", low "3.0", info "1.0"
//!   (GitHub has no info band; 1.0 ranks it as low, below every low finding).
//! - `baselineState`: new findings are `new`, existing ones (baselined or not) `unchanged`.
//! - `partialFingerprints["sgaudit/v1"]` is the baseline fingerprint (rule, group and
//!   permission), so a finding keeps its alert when only its line moves.
//! - Every result has a location with a line (GitHub needs `region.startLine`, and gets
//!   `startColumn` where the origin has a column): each distinct origin (`file:line`); a plan
//!   read without its configuration gives its resources' lines in the plan file itself (the
//!   reader's `terraform::locate`: the line and column of each resource's entry); line 1 of
//!   the input only when a finding has no origin at all (a plan from standard input).
//! - At most [`MAX_RESULTS`] results, most severe first (GitHub shows 5,000 per run); when
//!   findings are left out, `run.properties` says how many there were.
//! - A run whose input could not be read whole (`input.errors`) carries an `invocations[0]`
//!   with `executionSuccessful: false` and one `toolExecutionNotifications` entry (level
//!   `error`) per error: its results cover the rest. The run's notes (`input.notes`: a plan
//!   read without its configuration, whose results then point at their resources' lines in
//!   it, among others) are entries of level `note` of the same invocation (`executionSuccessful: true`
//!   when there is no error). A complete run without notes has no `invocations`.
//! - URIs are relative to the working directory, with forward slashes and no leading `./`;
//!   a path outside it stays absolute, as a `file://` URI.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::Report;
use crate::model::{Diagnostic, Origin};
use crate::policy::{Finding, FindingStatus, Rule, Severity, WaiverSource, fingerprint};

/// The most results one run carries.
pub const MAX_RESULTS: usize = 5000;

/// The SARIF log of a `check` run.
pub fn check_sarif(report: &Report) -> Value {
    let (findings, total) = reported(report.findings);
    let rules = fired_rules(report.rules, &findings);
    let index: BTreeMap<&str, usize> = rules.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let place = Place {
        fallback: Origin::file(report.input.source.path.as_str()),
        cwd: report.cwd,
    };
    #[expect(
        clippy::indexing_slicing,
        reason = "`fired_rules` gives an entry, with the finding's rule id, for every finding"
    )]
    let results: Vec<Value> = findings
        .iter()
        .map(|f| result(f, index[&*f.rule], &place))
        .collect();
    let mut run = json!({
        "tool": {
            "driver": {
                "name": "sgaudit",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules.iter().map(RuleEntry::descriptor).collect::<Vec<_>>(),
            }
        },
    });
    if let Some(run) = run.as_object_mut() {
        if !report.input.errors.is_empty() || !report.input.notes.is_empty() {
            run.insert(
                "invocations".to_owned(),
                json!([invocation(&report.input.errors, &report.input.notes)]),
            );
        }
        run.insert("results".to_owned(), Value::Array(results));
    }
    if total > MAX_RESULTS
        && let Some(run) = run.as_object_mut()
    {
        run.insert(
            "properties".to_owned(),
            json!({
                "sgaudit/results_total": total,
                "sgaudit/results_truncated": true,
            }),
        );
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    })
}

/// The `invocation` of a run with errors (its input could not be read whole: not successful)
/// or notes: each error, then each note, as a notification. SARIF 2.1.0 §3.20.14
/// (`executionSuccessful`), §3.20.21 (`toolExecutionNotifications`), §3.58 (`notification`),
/// and Appendix I ("Detecting incomplete result sets": either one tells a consumer the results
/// are not complete): https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/sarif-v2.1.0-os.html
fn invocation(errors: &[Diagnostic], notes: &[Diagnostic]) -> Value {
    json!({
        "executionSuccessful": errors.is_empty(),
        "toolExecutionNotifications": errors
            .iter()
            .chain(notes)
            .map(|e| json!({ "level": e.level.as_str(), "message": { "text": e.to_string() } }))
            .collect::<Vec<_>>(),
    })
}

/// The findings a log carries (not resolved ones), most severe first, at most
/// [`MAX_RESULTS`]; and how many there were before the cap.
fn reported(findings: &[Finding]) -> (Vec<&Finding>, usize) {
    let mut kept: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.status != FindingStatus::Resolved)
        .collect();
    // Stable: the apply failures first ("will fail at apply"), then within one severity, the
    // report's own (deterministic) order.
    kept.sort_by_key(|f| (!super::will_fail(f), std::cmp::Reverse(f.severity)));
    let total = kept.len();
    kept.truncate(MAX_RESULTS);
    (kept, total)
}

/// What `rules[]` says of one rule: from its pack, or from its findings when the rule is not
/// among the packs in use.
struct RuleEntry<'a> {
    id: &'a str,
    title: &'a str,
    severity: Severity,
    why: &'a str,
    remediation: &'a str,
    references: &'a [String],
}

impl RuleEntry<'_> {
    /// The `reportingDescriptor` of the rule.
    fn descriptor(&self) -> Value {
        json!({
            "id": self.id,
            "name": pascal_case(self.id),
            "shortDescription": { "text": self.title },
            "fullDescription": { "text": if self.why.is_empty() { self.title } else { self.why } },
            "help": { "text": self.help_text(), "markdown": self.help_markdown() },
            "defaultConfiguration": { "level": level(self.severity) },
            "properties": {
                "security-severity": security_severity(self.severity),
                "tags": ["security", "aws", "terraform"],
            },
        })
    }

    /// Why it matters, the remediation and references, as plain text (the title alone for a
    /// rule not among the packs in use).
    fn help_text(&self) -> String {
        if self.why.is_empty() {
            return self.title.to_owned();
        }
        let mut text = format!(
            "Why it matters: {}\n\nRemediation: {}",
            self.why, self.remediation
        );
        if !self.references.is_empty() {
            text.push_str(&format!("\n\nReferences: {}", self.references.join("; ")));
        }
        text
    }

    /// The same help as Markdown.
    fn help_markdown(&self) -> String {
        if self.why.is_empty() {
            return self.title.to_owned();
        }
        let mut text = format!(
            "**Why it matters:** {}\n\n**Remediation:** {}",
            self.why, self.remediation
        );
        if !self.references.is_empty() {
            text.push_str("\n\n**References:**\n");
            for r in self.references {
                text.push_str(&format!("\n- {r}"));
            }
        }
        text
    }
}

/// One entry per rule these findings come from, sorted by id.
fn fired_rules<'a>(rules: &'a [Rule], findings: &[&'a Finding]) -> Vec<RuleEntry<'a>> {
    let mut fired: BTreeMap<&str, RuleEntry> = BTreeMap::new();
    for f in findings {
        fired
            .entry(&*f.rule)
            .or_insert_with(|| match rules.iter().find(|r| *r.id == *f.rule) {
                Some(r) => RuleEntry {
                    id: &r.id,
                    title: &r.title,
                    severity: r.severity,
                    why: &r.why,
                    remediation: &r.remediation,
                    references: &r.references,
                },
                None => RuleEntry {
                    id: &f.rule,
                    title: &f.title,
                    severity: f.severity,
                    why: "",
                    remediation: "",
                    references: &[],
                },
            });
    }
    fired.into_values().collect()
}

/// The `result` of one finding, located by `place`.
fn result(f: &Finding, rule_index: usize, place: &Place) -> Value {
    let mut v = json!({
        "ruleId": &*f.rule,
        "ruleIndex": rule_index,
        "level": if super::will_fail(f) { "error" } else { level(f.severity) },
        "message": { "text": f.message() },
        "locations": place.locations(&f.origins),
        "partialFingerprints": { "sgaudit/v1": fingerprint(f) },
        "baselineState": if f.status == FindingStatus::New { "new" } else { "unchanged" },
        "properties": {
            "severity": f.severity.as_str(),
            "status": f.status.as_str(),
            "security_group": &*f.security_group,
        },
    });
    if let Some(error) = &f.apply_error
        && let Some(properties) = v.get_mut("properties").and_then(Value::as_object_mut)
    {
        properties.insert("apply_error".to_owned(), json!(&**error));
    }
    // The rules of its family merged into it (`policy::merge_families`).
    if !f.also().is_empty()
        && let Some(properties) = v.get_mut("properties").and_then(Value::as_object_mut)
    {
        let also: Vec<Value> = f
            .also()
            .iter()
            .map(|a| json!({ "rule": &*a.rule, "severity": a.severity.as_str() }))
            .collect();
        properties.insert("also".to_owned(), Value::Array(also));
    }
    if let Some(w) = &f.waived
        && let Some(v) = v.as_object_mut()
    {
        let kind = match w.source {
            WaiverSource::Inline => "inSource",
            WaiverSource::Configuration => "external",
        };
        v.insert(
            "suppressions".to_owned(),
            json!([{
                "kind": kind,
                "justification": w.reason,
                "location": place.location(&w.origin),
            }]),
        );
    }
    v
}

/// How findings are located: `fallback` (the input path) for a finding without an origin, and
/// paths relative to `cwd` (the working directory, given by the command line).
struct Place<'a> {
    fallback: Origin,
    cwd: Option<&'a std::path::Path>,
}

impl Place<'_> {
    /// One location per distinct origin, in order; the input itself when there is none.
    fn locations(&self, origins: &[Origin]) -> Vec<Value> {
        let mut seen: Vec<&Origin> = Vec::new();
        for o in origins {
            if !seen.contains(&o) {
                seen.push(o);
            }
        }
        if seen.is_empty() {
            seen.push(&self.fallback);
        }
        seen.into_iter().map(|o| self.location(o)).collect()
    }

    /// The location of an origin: its line and column (where the reader gives one), or line 1
    /// of a whole file.
    fn location(&self, origin: &Origin) -> Value {
        let mut region = json!({ "startLine": origin.line.unwrap_or(1) });
        if let (Some(_), Some(col), Some(region)) =
            (origin.line, origin.col, region.as_object_mut())
        {
            region.insert("startColumn".to_owned(), json!(col));
        }
        json!({ "physicalLocation": {
            "artifactLocation": { "uri": self.artifact_uri(&origin.file) },
            "region": region,
        } })
    }

    /// A path as a URI reference: relative to the working directory when it is under it,
    /// forward slashes, normalized (no `./`), percent-encoded; a path elsewhere becomes a
    /// `file://` URI.
    fn artifact_uri(&self, path: &str) -> String {
        let path = normalize(&path.replace('\\', "/"));
        if !path.starts_with('/') {
            return percent_encode(&path);
        }
        let under = self.cwd.and_then(|d| {
            let cwd = normalize(&d.to_string_lossy().replace('\\', "/"));
            path.strip_prefix(&format!("{}/", cwd.trim_end_matches('/')))
                .map(str::to_owned)
        });
        match under {
            Some(rest) => percent_encode(&rest),
            None => format!("file://{}", percent_encode(&path)),
        }
    }
}

/// Drops `.` and empty segments and folds `dir/..`, as text: `./a//b/../c` → `a/c`.
fn normalize(path: &str) -> String {
    let mut kept: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." if kept.last().is_some_and(|s| *s != "..") => {
                kept.pop();
            }
            s => kept.push(s),
        }
    }
    let joined = kept.join("/");
    match (path.starts_with('/'), joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_owned(),
        (false, false) => joined,
    }
}

/// Percent-encodes every byte but unreserved characters and `/` (so a `:` in a relative path
/// cannot read as a scheme).
fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// SARIF's level for a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// GitHub's `security-severity` (a number 0.0–10.0, written as a string) for a severity.
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "1.0",
    }
}

/// `admin-ports-public-ipv4` → `AdminPortsPublicIpv4`.
fn pascal_case(id: &str) -> String {
    id.split(['-', '_', '.', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A complete run has no `invocations` (its log is as before); a partial one says it did
    /// not succeed, with one error notification per input error.
    #[test]
    fn an_incomplete_run_is_not_successful() {
        let mut input = crate::model::Input::default();
        let (diff, reach) = (Default::default(), Default::default());
        let log = |input: &crate::model::Input| {
            check_sarif(&Report {
                input,
                diff: &diff,
                reach: &reach,
                findings: &[],
                rules: &[],
                cwd: None,
                view: Default::default(),
                rule_docs: None,
            })
        };
        assert!(log(&input)["runs"][0].get("invocations").is_none());
        input.errors = vec![
            crate::model::Diagnostic::error(
                crate::model::Origin {
                    col: Some(2),
                    ..crate::model::Origin::at("a.tf", 1)
                },
                "invalid",
            ),
            crate::model::Diagnostic::error(crate::model::Origin::file("b.tf"), "cannot read"),
        ];
        let log = log(&input);
        let run = &log["runs"][0];
        assert_eq!(
            run["invocations"],
            json!([{
                "executionSuccessful": false,
                "toolExecutionNotifications": [
                    { "level": "error", "message": { "text": "a.tf:1:2: invalid" } },
                    { "level": "error", "message": { "text": "b.tf: cannot read" } },
                ],
            }])
        );
        assert_eq!(run["results"], json!([]));
    }
}
