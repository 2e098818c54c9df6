//! What the fuzz targets share: the readers' error contract, a scratch directory for the
//! readers that take paths, and the analysis and reports run on what a reader accepted.

#![allow(dead_code)] // each target uses a part

use std::path::PathBuf;
use std::sync::OnceLock;

use sgaudit::model::Input;
use sgaudit::policy::{Config, Policy};
use sgaudit::report::{self, Format, Report};

/// The readers' contract for bad input: one line that starts with the name of the file. No
/// control character either (a tab aside): quoted input must not break the line or drive the
/// terminal.
pub fn check_error(message: &str, file: &str) {
    assert!(
        !message.chars().any(|c| c.is_control() && c != '\t'),
        "error message is not one line of text: {message:?}"
    );
    assert!(
        message.starts_with(file),
        "error message does not start with the file name {file:?}: {message:?}"
    );
}

/// A directory of this process's own under `TMPDIR` (which `fuzz/run.sh` points at a memory
/// file system and removes), made once.
pub fn scratch(name: &str) -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("sgaudit-fuzz-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        dir
    })
}

const FORMATS: [Format; 6] = [
    Format::Table,
    Format::Json,
    Format::Sarif,
    Format::Markdown,
    Format::Github,
    Format::Dot,
];

thread_local! {
    static POLICY: Policy = Policy::load(Config::default(), &[]).expect("built-in policy");
}

/// What `check` does with an input a reader accepted: the diff, the reachability and the
/// built-in rules, then one report (its format picked by `pick`).
pub fn analyse(input: &Input, pick: usize) {
    POLICY.with(|policy| {
        let audit = policy.audit(input);
        let report = Report {
            input,
            diff: &audit.diff,
            reach: &audit.reach,
            findings: &audit.findings,
            rules: &policy.rules,
        };
        let mut out = Vec::new();
        report::write_check(
            FORMATS[pick % FORMATS.len()],
            &report,
            pick.is_multiple_of(2),
            &mut out,
        )
        .expect("writing to memory");
        if FORMATS[pick % FORMATS.len()] == Format::Json {
            check_json(&out);
        }
    });
}

/// The JSON report is JSON.
fn check_json(out: &[u8]) {
    assert!(
        out.first() == Some(&b'{') && out.trim_ascii_end().last() == Some(&b'}'),
        "JSON report is not an object"
    );
}
