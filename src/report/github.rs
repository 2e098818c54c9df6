//! GitHub workflow commands: each new finding as an annotation on the line that declares it.
//!
//! Critical and high findings are errors, medium ones warnings, low and info notices; a waived
//! finding is a notice that says why. Existing and resolved findings are not annotated: they are
//! not on the diff under review (the markdown and SARIF reports list them). A finding without a
//! `file:line` (a plan read without its configuration) is an annotation on the run itself.
//! GitHub shows at most 10 errors and 10 warnings per step, so the most severe come first.

use std::fmt::Write as _;

use super::Report;
use crate::model::split_origin;
use crate::policy::{Finding, FindingStatus, Severity};

/// The workflow commands of a `check` run.
pub fn check_github(report: &Report) -> String {
    let mut new: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.status == FindingStatus::New)
        .collect();
    new.sort_by(|a, b| order(a).cmp(&order(b)));
    let mut out = String::new();
    for f in &new {
        let level = match (&f.waived, f.severity) {
            (Some(_), _) => "notice",
            (None, Severity::Critical | Severity::High) => "error",
            (None, Severity::Medium) => "warning",
            (None, Severity::Low | Severity::Info) => "notice",
        };
        let mut props = Vec::new();
        if let Some(origin) = f.origins.first() {
            let (file, line) = split_origin(origin);
            props.push(format!("file={}", property(file)));
            if let Some(line) = line {
                props.push(format!("line={line}"));
            }
        }
        props.push(format!(
            "title={}",
            property(&format!("sgaudit {} ({}): {}", f.rule, f.severity, f.title))
        ));
        let mut message = f.message.clone();
        if let Some(w) = &f.waived {
            let _ = write!(message, " [waived: {}]", w.reason);
        }
        let _ = writeln!(out, "::{level} {}::{}", props.join(","), data(&message));
    }
    let existing = report
        .findings
        .iter()
        .filter(|f| f.status == FindingStatus::Existing)
        .count();
    let _ = writeln!(
        out,
        "::notice title=sgaudit::{}",
        data(&format!(
            "{} new finding{}, {existing} existing (not annotated)",
            new.len(),
            if new.len() == 1 { "" } else { "s" }
        ))
    );
    out
}

/// Unwaived before waived, then most severe first, then by rule and message.
fn order(f: &Finding) -> impl Ord + '_ {
    (
        f.waived.is_some(),
        std::cmp::Reverse(f.severity),
        &f.rule,
        &f.message,
    )
}

/// A command's message, escaped as the runner reads it.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A command's property value, escaped as the runner reads it.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_as_the_runner_reads_them() {
        assert_eq!(data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
