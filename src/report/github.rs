//! GitHub workflow commands: each new finding as an annotation on the line that declares it.
//!
//! Critical and high findings are errors, medium ones warnings, low and info notices; a waived
//! finding is a notice that says why. Existing and resolved findings are not annotated: they are
//! not on the diff under review (the markdown and SARIF reports list them). A finding without a
//! `file:line` (a plan read without its configuration) is an annotation on the run itself.
//! GitHub shows at most 10 errors and 10 warnings per step, so the most severe come first.
//!
//! A report of an input that could not be read whole starts with one error annotation per
//! input error (on its `file:line` when the error names one), before any finding: the report
//! is incomplete, and that matters more than any one finding.

use std::fmt::Write as _;

use super::Report;
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
    for e in &report.input.errors {
        let mut props = Vec::new();
        if let Some((file, line, column)) = located(e) {
            props.push(format!("file={}", property(file)));
            props.push(format!("line={line}"));
            if let Some(column) = column {
                props.push(format!("col={column}"));
            }
        }
        props.push(format!(
            "title={}",
            property("sgaudit: the report is incomplete")
        ));
        let _ = writeln!(out, "::error {}::{}", props.join(","), data(e));
    }
    for f in &new {
        let level = match (&f.waived, f.severity) {
            (Some(_), _) => "notice",
            (None, Severity::Critical | Severity::High) => "error",
            (None, Severity::Medium) => "warning",
            (None, Severity::Low | Severity::Info) => "notice",
        };
        let mut props = Vec::new();
        if let Some(origin) = f.origins.first() {
            props.push(format!("file={}", property(&origin.file)));
            if let Some(line) = origin.line {
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

/// The file, line and column an error starts with (`main.tf:3:7: …`, `main.tf:3: …`), if it
/// names a line.
fn located(error: &str) -> Option<(&str, u64, Option<u64>)> {
    let (head, _) = error.split_once(": ")?;
    let (rest, last) = head.rsplit_once(':')?;
    let last: u64 = last.parse().ok()?;
    match rest.rsplit_once(':') {
        Some((file, line)) if !file.is_empty() => match line.parse() {
            Ok(line) => Some((file, line, Some(last))),
            Err(_) => Some((rest, last, None)),
        },
        _ if !rest.is_empty() => Some((rest, last, None)),
        _ => None,
    }
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
        assert_eq!(data("a\r\nb"), "a%0D%0Ab");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }

    /// Each input error is one error annotation, before any finding, escaped as the runner
    /// reads a command: a `%`, CR or LF in an error cannot end the command or start another.
    #[test]
    fn each_input_error_is_an_error_annotation() {
        let input = crate::model::Input {
            errors: vec![
                "50%.tf:3:7: invalid\r\n::warning::forged".to_owned(),
                "vars.tfvars: cannot read: denied".to_owned(),
            ],
            ..Default::default()
        };
        let report = Report {
            input: &input,
            diff: &Default::default(),
            reach: &Default::default(),
            findings: &[],
            rules: &[],
            cwd: None,
        };
        let out = check_github(&report);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines,
            [
                "::error file=50%25.tf,line=3,col=7,title=sgaudit%3A the report is incomplete::50%25.tf:3:7: invalid%0D%0A::warning::forged",
                "::error title=sgaudit%3A the report is incomplete::vars.tfvars: cannot read: denied",
                "::notice title=sgaudit::0 new findings, 0 existing (not annotated)",
            ]
        );
    }

    /// An input error is annotated on the line it names, else on the run.
    #[test]
    fn input_errors_are_located_where_they_say() {
        assert_eq!(
            located("env/main.tf:3:7: invalid expression"),
            Some(("env/main.tf", 3, Some(7)))
        );
        assert_eq!(
            located("main.tf:12: a block `x`"),
            Some(("main.tf", 12, None))
        );
        assert_eq!(located("main.tf: not UTF-8: a:1:2"), None);
        assert_eq!(located("C:main.tf: cannot read"), None);
        assert_eq!(located("no location at all"), None);
    }
}
