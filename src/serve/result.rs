//! A plan's audit as a run task result: the verdict as its status and message, the markdown
//! report (the pull-request comment, `report::check_markdown`) as the first outcome, and one
//! outcome per new finding, most severe first (those that predict an apply failure before
//! all), each with its severity, rule, resources, remediation and documentation.

use std::fmt::Write as _;

use super::protocol::{Level, Outcome, Status, TaskResult};
use crate::audit::{Audit, Verdict};
use crate::model::Input;
use crate::policy::{Finding, FindingStatus, Policy, Severity};
use crate::report::{self, Report, View};

/// The outcome id of the summary (the markdown report).
pub const SUMMARY_ID: &str = "sgaudit-summary";

/// The result of an audited plan, with at most `max_outcomes` outcomes (the summary counts as
/// one; the findings past the limit are in the summary, and the message says how many were
/// left out).
pub fn of(
    input: &Input,
    audit: &Audit,
    policy: &Policy,
    max_outcomes: usize,
    rule_docs: Option<&str>,
) -> TaskResult {
    let report = Report {
        input,
        diff: &audit.diff,
        reach: &audit.reach,
        findings: &audit.findings,
        rules: &policy.rules,
        cwd: None,
        view: View {
            gate: audit.gate,
            configured: true,
            ..View::default()
        },
        rule_docs,
    };
    let (_, verdict) = report::verdict(&report);
    let status = match audit.verdict {
        Verdict::Clean => Status::Passed,
        Verdict::Fails | Verdict::Incomplete => Status::Failed,
    };
    let mut new: Vec<&Finding> = audit
        .findings
        .iter()
        .filter(|f| f.status == FindingStatus::New && f.waived.is_none() && !f.baselined)
        .collect();
    // Apply failures first, then most severe first; stable within (by group and rule).
    new.sort_by_key(|f| (!report::will_fail(f), std::cmp::Reverse(f.severity)));
    let room = max_outcomes.saturating_sub(1);
    let mut outcomes = vec![Outcome {
        id: SUMMARY_ID.to_owned(),
        description: verdict.clone(),
        body: report::check_markdown(&report),
        url: None,
        tags: vec![(
            "Status".to_owned(),
            vec![match status {
                Status::Passed => ("Passed".to_owned(), Level::Info),
                Status::Failed => ("Failed".to_owned(), Level::Error),
            }],
        )],
    }];
    outcomes.extend(
        new.iter()
            .take(room)
            .map(|f| finding(f, policy, audit.gate.fails(f), rule_docs)),
    );
    let mut message = format!("sgaudit {verdict}. {}", report::counts(&audit.findings));
    if new.len() > room {
        let _ = write!(
            message,
            " {} of {} new findings listed as outcomes; the summary lists the rest.",
            room,
            new.len()
        );
    }
    TaskResult {
        status,
        message,
        outcomes,
    }
}

/// A finding's level as a tag: critical and high are errors, medium a warning, the rest
/// information.
fn level(severity: Severity) -> Level {
    match severity {
        Severity::Critical | Severity::High => Level::Error,
        Severity::Medium => Level::Warning,
        Severity::Low | Severity::Info => Level::Info,
    }
}

/// One new finding as an outcome: its fingerprint as its id (stable across runs), its message
/// as its description, and a body with what it is about and how to fix it (the rule's
/// remediation, as the markdown report's "How to fix" gives it).
fn finding(f: &Finding, policy: &Policy, fails: bool, rule_docs: Option<&str>) -> Outcome {
    let rule = policy.rules.iter().find(|r| r.id == *f.rule);
    let url = rule.and_then(|r| report::rule_doc_url(r, rule_docs));
    let mut body = format!("### {} ({})\n\n{}\n\n", f.title, f.severity, f.message());
    let _ = writeln!(body, "- **Rule:** `{}`", f.rule);
    let _ = writeln!(body, "- **On:** `{}`", f.security_group);
    if let Some(w) = &f.workload {
        let _ = writeln!(body, "- **Workload:** `{w}`");
    }
    if !f.resources.is_empty() {
        let list: Vec<String> = f.resources.iter().map(|r| format!("`{r}`")).collect();
        let _ = writeln!(body, "- **Resources:** {}", list.join(", "));
    }
    if let Some(error) = &f.apply_error {
        let _ = writeln!(body, "- **Will fail at apply:** AWS error `{error}`");
    }
    if !f.also().is_empty() {
        let list: Vec<String> = f.also().iter().map(|a| format!("`{}`", a.rule)).collect();
        let _ = writeln!(body, "- **Also reported by:** {}", list.join(", "));
    }
    if let Some(rule) = rule {
        let _ = write!(body, "\n#### How to fix\n\n{}\n", rule.remediation.trim());
    }
    match &url {
        Some(url) => {
            let _ = write!(body, "\n[Documentation of `{}`]({url})\n", f.rule);
        }
        None => {
            let _ = write!(body, "\nMore: `sgaudit explain {}`\n", f.rule);
        }
    }
    let status = if report::will_fail(f) {
        ("Will fail at apply".to_owned(), Level::Error)
    } else if fails {
        ("Fails the gate".to_owned(), Level::Error)
    } else {
        ("Below the gate".to_owned(), Level::Info)
    };
    let mut severity = f.severity.as_str().to_owned();
    if let Some(first) = severity.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    Outcome {
        id: crate::policy::fingerprint(f),
        description: format!("{}: {}", f.rule, f.message()),
        body,
        url,
        tags: vec![
            ("Status".to_owned(), vec![status]),
            ("Severity".to_owned(), vec![(severity, level(f.severity))]),
        ],
    }
}
