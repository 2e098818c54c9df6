//! GitHub workflow commands: each new finding as an annotation on the line that declares it.
//!
//! Critical and high findings are errors, medium ones warnings, low and info notices; a waived
//! finding is a notice that says why. Existing and resolved findings are not annotated: they are
//! not on the diff under review (the markdown and SARIF reports list them). A finding without a
//! `file:line` (a plan read without its configuration) is an annotation on the run itself.
//! GitHub shows at most 10 errors and 10 warnings per step, so the most severe come first.
//!
//! A report of an input that could not be read whole starts with one error annotation per
//! input error (on the file, line and column of its origin when it names a line), before any
//! finding: the report is incomplete, and that matters more than any one finding.

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
    // Each finding's key made once: its message is rendered (`Finding::message`).
    new.sort_by_cached_key(|f| order(f));
    let mut out = String::new();
    for e in &report.input.errors {
        let mut props = Vec::new();
        if let Some(origin) = e.at_line() {
            props.push(format!("file={}", property(&origin.file)));
            props.extend(origin.line.map(|line| format!("line={line}")));
            props.extend(origin.col.map(|col| format!("col={col}")));
        }
        props.push(format!(
            "title={}",
            property("sgaudit: the report is incomplete")
        ));
        let _ = writeln!(out, "::error {}::{}", props.join(","), data(&e.to_string()));
    }
    for f in &new {
        let level = match (&f.waived, f.severity) {
            (Some(_), _) => "notice",
            (None, _) if super::will_fail(f) => "error",
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
        let title = match &f.apply_error {
            Some(error) => format!(
                "sgaudit: will fail at apply ({error}): {} ({}): {}",
                f.rule, f.severity, f.title
            ),
            None => format!("sgaudit {} ({}): {}", f.rule, f.severity, f.title),
        };
        props.push(format!("title={}", property(&title)));
        let mut message = f.message();
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
    // The run's notes last, once each (a plan read without its configuration: no annotation
    // above has a line).
    for note in &report.input.notes {
        let _ = writeln!(
            out,
            "::notice title=sgaudit note::{}",
            data(&note.to_string())
        );
    }
    out
}

/// Unwaived before waived, apply failures first, then most severe first, then by rule and
/// message.
fn order(f: &Finding) -> impl Ord + '_ {
    (
        f.waived.is_some(),
        !super::will_fail(f),
        std::cmp::Reverse(f.severity),
        &f.rule,
        f.message(),
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
    use crate::model::{Diagnostic, Origin};

    #[test]
    fn values_are_escaped_as_the_runner_reads_them() {
        assert_eq!(data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(data("a\r\nb"), "a%0D%0Ab");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }

    fn annotations(errors: Vec<Diagnostic>) -> Vec<String> {
        let input = crate::model::Input {
            errors,
            ..Default::default()
        };
        let report = Report {
            input: &input,
            diff: &Default::default(),
            reach: &Default::default(),
            findings: &[],
            rules: &[],
            cwd: None,
            view: Default::default(),
            rule_docs: None,
        };
        check_github(&report).lines().map(str::to_owned).collect()
    }

    /// Each input error is one error annotation, before any finding, escaped as the runner
    /// reads a command: a `%`, CR or LF in an error cannot end the command or start another.
    #[test]
    fn each_input_error_is_an_error_annotation() {
        let at = Origin {
            col: Some(7),
            ..Origin::at("50%.tf", 3)
        };
        assert_eq!(
            annotations(vec![
                Diagnostic::error(at, "invalid\r\n::warning::forged"),
                Diagnostic::error(Origin::file("vars.tfvars"), "cannot read: denied"),
            ]),
            [
                "::error file=50%25.tf,line=3,col=7,title=sgaudit%3A the report is incomplete::50%25.tf:3:7: invalid%0D%0A::warning::forged",
                "::error title=sgaudit%3A the report is incomplete::vars.tfvars: cannot read: denied",
                "::notice title=sgaudit::0 new findings, 0 existing (not annotated)",
            ]
        );
    }

    /// An input error is annotated on the file, line and column its origin names (as the
    /// annotations of located errors always were), on the run when it names no line; its
    /// message is never read for a location.
    #[test]
    fn input_errors_are_annotated_where_their_origin_says() {
        let title = "title=sgaudit%3A the report is incomplete";
        let at = Origin {
            col: Some(7),
            ..Origin::at("env/main.tf", 3)
        };
        assert_eq!(
            annotations(vec![
                Diagnostic::error(at, "invalid expression"),
                Diagnostic::error(Origin::at("main.tf", 12), "a block `x`"),
                Diagnostic::error(Origin::file("main.tf"), "not UTF-8: a:1:2"),
                Diagnostic::error(Origin::at("C:main.tf", 4), "cannot read"),
                Diagnostic::error(None, "x.tf:1:2: looks located"),
            ]),
            [
                format!(
                    "::error file=env/main.tf,line=3,col=7,{title}::env/main.tf:3:7: invalid expression"
                ),
                format!("::error file=main.tf,line=12,{title}::main.tf:12: a block `x`"),
                format!("::error {title}::main.tf: not UTF-8: a:1:2"),
                format!("::error file=C%3Amain.tf,line=4,{title}::C:main.tf:4: cannot read"),
                format!("::error {title}::x.tf:1:2: looks located"),
                "::notice title=sgaudit::0 new findings, 0 existing (not annotated)".to_owned(),
            ]
        );
    }
}
