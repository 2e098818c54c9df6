//! `sgaudit test`: a pack's cases, run like snapshots. A case is a directory of `.tf` files,
//! or one holding a `plan.json` (or a `plan.path` file naming one); beside its input,
//! `findings.txt` lists the findings the pack must make of it, one per line. A mismatch prints
//! a unified diff; `--update` rewrites the expected files. A rule that no case fires fails the
//! run too.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::Policy;
use super::facts::Finding;
use crate::read;

/// The file holding a case's expected findings.
pub const EXPECTED: &str = "findings.txt";

/// What a run of a pack's cases found.
pub struct Outcome {
    /// The report: one line per case, diffs for mismatches, rules no case fires.
    pub text: String,
    pub passed: bool,
}

/// The findings as the expected file writes them.
/// Most severe first, then in text order.
pub fn render(findings: &[Finding]) -> String {
    let mut lines: Vec<(std::cmp::Reverse<super::Severity>, String)> = findings
        .iter()
        .map(|f| {
            let mut line = format!(
                "{} {} {}: {}",
                f.severity,
                f.status.as_str(),
                f.rule,
                f.message
            );
            if let Some(w) = &f.waived {
                let _ = write!(line, " [waived: {}]", w.reason);
            }
            (std::cmp::Reverse(f.severity), line)
        })
        .collect();
    lines.sort();
    lines.dedup();
    lines.into_iter().map(|(_, l)| l + "\n").collect()
}

/// Every case under `cases` (a directory of case directories, searched recursively).
fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    let mut entries: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    entries.sort();
    for e in entries {
        let has = |f: &str| e.join(f).is_file();
        let has_tf = std::fs::read_dir(&e)
            .map(|r| {
                r.filter_map(Result::ok).any(|f| {
                    f.path()
                        .extension()
                        .is_some_and(|x| x == "tf" || x == "json")
                        && f.path() != e.join("plan.json")
                })
            })
            .unwrap_or(false);
        if has_tf || has("plan.json") || has("plan.path") {
            out.push(e);
        } else {
            out.extend(cases(&e));
        }
    }
    out
}

/// The input of a case.
pub fn input_of(case: &Path) -> Result<String, String> {
    let pointer = case.join("plan.path");
    if case.join("plan.json").is_file() {
        Ok(case.join("plan.json").display().to_string())
    } else if pointer.is_file() {
        let target =
            std::fs::read_to_string(&pointer).map_err(|e| format!("{}: {e}", pointer.display()))?;
        Ok(case.join(target.trim()).display().to_string())
    } else {
        Ok(case.display().to_string())
    }
}

/// Runs every case of `cases_dir` through `policy`.
pub fn run(policy: &Policy, cases_dir: &Path, update: bool) -> Result<Outcome, String> {
    let all = cases(cases_dir);
    if all.is_empty() {
        return Err(format!(
            "{}: no test cases (directories of .tf files, or with a plan.json)",
            cases_dir.display()
        ));
    }
    let mut text = String::new();
    let mut failed = 0;
    let mut fired = BTreeSet::new();
    for case in &all {
        let shown = case.display().to_string();
        let input = read::read(&input_of(case)?, &read::Options::default())
            .map_err(|e| format!("{e:#}"))?;
        if !input.errors.is_empty() {
            return Err(format!(
                "{shown}: the case does not read: {}",
                input.errors.join("; ")
            ));
        }
        let findings = policy.audit(&input).findings;
        fired.extend(findings.iter().map(|f| f.rule.clone()));
        let actual = render(&findings);
        let expected_path = case.join(EXPECTED);
        let expected = std::fs::read_to_string(&expected_path).ok();
        if expected.as_deref() == Some(actual.as_str()) {
            let _ = writeln!(text, "ok      {shown}");
        } else if update {
            std::fs::write(&expected_path, &actual)
                .map_err(|e| format!("{}: {e}", expected_path.display()))?;
            let _ = writeln!(text, "updated {shown}");
        } else {
            failed += 1;
            let old = expected.unwrap_or_default();
            let _ = writeln!(text, "FAILED  {shown}");
            let diff = similar::TextDiff::from_lines(&old, &actual);
            let _ = write!(
                text,
                "{}",
                diff.unified_diff().context_radius(3).header(
                    &format!("{}/{EXPECTED} (expected)", shown),
                    &format!("{shown} (actual)")
                )
            );
        }
    }
    let silent: Vec<&str> = policy
        .rules
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| !fired.contains(*id))
        .collect();
    if !silent.is_empty() {
        let _ = writeln!(text, "FAILED  no case fires {}", silent.join(", "));
    }
    let plural = if all.len() == 1 { "" } else { "s" };
    if failed == 0 {
        let _ = writeln!(text, "{} case{plural}, all passed", all.len());
    } else {
        let _ = writeln!(
            text,
            "{} case{plural}, {failed} failed (if the actual findings are right: --update)",
            all.len()
        );
    }
    Ok(Outcome {
        text,
        passed: failed == 0 && silent.is_empty(),
    })
}
