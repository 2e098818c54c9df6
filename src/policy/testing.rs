//! `sgaudit test`: a pack's cases, run like snapshots. A case is a directory of `.tf` files,
//! or one holding a `plan.json` (or a `plan.path` file naming one); beside its input,
//! `findings.txt` lists the findings the pack must make of it, one per line. A case may also
//! hold a `deployed.path` file naming an account's AWS API JSON to compare its input with
//! (`--deployed`). A mismatch prints
//! a unified diff; `--update` rewrites the expected files. A rule that no case fires fails the
//! run too.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::finding::Finding;
use super::{Policy, plain};
use crate::access::{self, Access};
use crate::read;

/// The file holding a case's expected findings.
pub const EXPECTED: &str = "findings.txt";

/// What a run of a pack's cases found.
#[derive(Debug)]
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
                f.message()
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

/// Every case under `dir` (a directory of case directories, searched recursively), through
/// `access`: a directory linked out of the repository is refused, and a directory reached
/// twice (through a link within it) is a case once.
fn cases(
    dir: &Path,
    access: &Access,
    seen: &mut BTreeSet<PathBuf>,
) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let shown = dir.display().to_string();
    let real = access.resolve(dir, &shown).map_err(|e| e.to_string())?;
    if !seen.insert(real) {
        return Ok(out);
    }
    let mut entries: Vec<(bool, PathBuf)> = std::fs::read_dir(dir)
        .map_err(|e| format!("{shown}: cannot read the cases: {}", plain(&e)))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .map(|p| (p.symlink_metadata().is_ok_and(|m| m.is_symlink()), p))
        .collect();
    // Directories before links, so that a case reached both ways is named where it is.
    entries.sort();
    for (_, e) in entries {
        // Any entry of these names, so that a FIFO or a link is refused when read rather than
        // passed over.
        let has = |f: &str| e.join(f).symlink_metadata().is_ok();
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
            let shown = e.display().to_string();
            let real = access.resolve(&e, &shown).map_err(|e| e.to_string())?;
            if seen.insert(real) {
                out.push(e);
            }
        } else {
            out.extend(cases(&e, access, seen)?);
        }
    }
    Ok(out)
}

/// The input of a case: its `plan.json`, the plan its `plan.path` names (a path relative to
/// the case, within the repository), or the case directory itself. Read through `access`.
pub fn input_of(case: &Path, access: &Access) -> Result<String, String> {
    let plan = case.join("plan.json");
    let target = if plan.symlink_metadata().is_ok() {
        plan
    } else if let Some(target) = pointed(case, ("plan.path", "a plan"), access)? {
        target
    } else {
        return Ok(case.display().to_string());
    };
    let shown = target.display().to_string();
    // Held to the pack's access before the reader opens it (whose root may be narrower): a
    // link out of the repository, a FIFO, a device are refused.
    access.open(&target, &shown).map_err(|e| e.to_string())?;
    Ok(shown)
}

/// The account a case's input is compared with (`--deployed`): what its `deployed.path`
/// names (a file or directory of AWS API JSON, relative to the case, within the repository).
pub fn deployed_of(case: &Path, access: &Access) -> Result<Option<String>, String> {
    Ok(pointed(case, ("deployed.path", "an account"), access)?.map(|p| p.display().to_string()))
}

/// What a pointer file of a case names (a path relative to the case, within the repository),
/// when the case holds the file.
fn pointed(
    case: &Path,
    (file, what): (&str, &str),
    access: &Access,
) -> Result<Option<PathBuf>, String> {
    let pointer = case.join(file);
    if pointer.symlink_metadata().is_ok() {
        let shown = pointer.display().to_string();
        let text = access
            .read_text(&pointer, &shown)
            .map_err(|e| e.to_string())?;
        // The path is not quoted: the pointer is input, and may hold anything.
        if text.trim().is_empty() || text.trim().contains(['\n', '\r']) {
            return Err(format!(
                "{shown}: not a path: {file} holds the path of {what}, relative to the case"
            ));
        }
        let target = case.join(text.trim());
        if !access.within(&target) {
            return Err(format!(
                "{shown}: names {what} outside the repository: sgaudit reads nothing outside it"
            ));
        }
        Ok(Some(target))
    } else {
        Ok(None)
    }
}

/// The expected findings of a case: none yet when the file does not exist; read through
/// `access` otherwise (a FIFO is refused without blocking, a link out of the repository is
/// refused).
fn read_expected(path: &Path, shown: &str, access: &Access) -> Result<Option<String>, String> {
    if path
        .symlink_metadata()
        .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
    {
        return Ok(None);
    }
    access
        .read_text(path, shown)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// Runs every case of `cases_dir` through `policy`, reading through `policy.access`;
/// `--update` writes the expected files with `access::write` (never through a link).
pub fn run(policy: &Policy, cases_dir: &Path, update: bool) -> Result<Outcome, String> {
    let access = &policy.access;
    let all = if cases_dir.symlink_metadata().is_ok() {
        cases(cases_dir, access, &mut BTreeSet::new())?
    } else {
        Vec::new()
    };
    if all.is_empty() {
        return Err(format!(
            "{}: no test cases (directories of .tf files, or with a plan.json)",
            cases_dir.display()
        ));
    }
    let options = read::Options {
        limits: access.limits(),
        ..read::Options::default()
    };
    let mut text = String::new();
    let mut failed = 0;
    let mut fired = BTreeSet::new();
    for case in &all {
        // A case is named by its directory, which a pull request names: escaped, so that a
        // newline in it cannot start a line of the output (a GitHub workflow command).
        let shown = read::escape_controls(&case.display().to_string());
        let options = read::Options {
            deployed: deployed_of(case, access)?,
            ..options.clone()
        };
        let input = read::read(&input_of(case, access)?, &options).map_err(|e| format!("{e:#}"))?;
        if !input.errors.is_empty() {
            return Err(format!(
                "{shown}: the case does not read: {}",
                crate::model::texts(&input.errors).join("; ")
            ));
        }
        // As `check` reports them: a family's findings about one concern merged.
        let findings = super::merge_families(policy.evaluate(&input).findings, &policy.rules);
        fired.extend(
            findings
                .iter()
                .flat_map(|f| std::iter::once(&f.rule).chain(f.also().iter().map(|a| &a.rule)))
                .cloned(),
        );
        let actual = render(&findings);
        let expected_path = case.join(EXPECTED);
        let expected_shown = expected_path.display().to_string();
        let expected = read_expected(&expected_path, &expected_shown, access)?;
        if expected.as_deref() == Some(actual.as_str()) {
            let _ = writeln!(text, "ok      {shown}");
        } else if update {
            access::write(&expected_path, &expected_shown, actual.as_bytes())
                .map_err(|e| e.to_string())?;
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
    // What the expected files hold is quoted in the diffs: their control characters are
    // escaped, line by line.
    let text = text
        .split('\n')
        .map(read::escape_controls)
        .collect::<Vec<_>>()
        .join("\n");
    Ok(Outcome {
        text,
        passed: failed == 0 && silent.is_empty(),
    })
}
