//! What the fuzz targets share: the readers' error contract, a scratch directory for the
//! readers that take paths, and the analysis and reports run on what a reader accepted.

#![allow(dead_code)] // each target uses a part

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use sgaudit::model::Input;
use sgaudit::policy::{Settings, Policy};
use sgaudit::report::{self, Format, Report};

// The readers' error contract and the reports' (`check_error`, `check_report`), as the tests
// of the main crate check them: one file for both.
#[path = "../../../src/tests/contract.rs"]
mod contract;
pub use contract::check_error;

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

/// The input being run and since when (`None` between runs).
static RUNNING: Mutex<(Option<Instant>, Vec<u8>)> = Mutex::new((None, Vec::new()));

/// Marks the run of one input; the run ends when the value is dropped.
pub struct Run;

impl Drop for Run {
    fn drop(&mut self) {
        if let Ok(mut running) = RUNNING.lock() {
            running.0 = None;
        }
    }
}

/// Starts the run of `data` under a watchdog: an input that runs longer than
/// `SGAUDIT_FUZZ_HANG_SECONDS` (10 by default) is written to `SGAUDIT_FUZZ_ARTIFACTS` (the
/// current directory by default) as `hang-HASH`, and the process exits with code 70.
///
/// libFuzzer's own `-timeout` reports from a signal handler that allocates; with no sanitizer
/// runtime it can deadlock on the allocator's lock held by the interrupted input, and a run
/// once stalled there for 23 minutes without saving the input. This thread is not a signal
/// handler: the input's thread goes on running while it writes, so no lock stays held.
pub fn watch(data: &[u8]) -> Run {
    static WATCHDOG: OnceLock<()> = OnceLock::new();
    WATCHDOG.get_or_init(|| {
        let limit = std::env::var("SGAUDIT_FUZZ_HANG_SECONDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .map_or(Duration::from_secs(10), Duration::from_secs);
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(500));
                let Ok(running) = RUNNING.lock() else { return };
                if running.0.is_some_and(|start| start.elapsed() > limit) {
                    hang(&running.1, limit);
                }
            }
        });
    });
    if let Ok(mut running) = RUNNING.lock() {
        running.1.clear();
        running.1.extend_from_slice(data);
        running.0 = Some(Instant::now());
    }
    Run
}

fn hang(data: &[u8], limit: Duration) -> ! {
    let mut hasher = DefaultHasher::new();
    data.hash(&mut hasher);
    let dir = std::env::var_os("SGAUDIT_FUZZ_ARTIFACTS").map_or_else(PathBuf::new, PathBuf::from);
    let path = dir.join(format!("hang-{:016x}", hasher.finish()));
    match std::fs::write(&path, data) {
        Ok(()) => eprintln!(
            "sgaudit-fuzz: an input ran longer than {} s; written to {}",
            limit.as_secs(),
            path.display()
        ),
        Err(e) => eprintln!(
            "sgaudit-fuzz: an input ran longer than {} s; {e}",
            limit.as_secs()
        ),
    }
    std::process::exit(70)
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
    static POLICY: Policy = Policy::load(
        Settings::default(),
        &[],
        &sgaudit::access::Access::for_input(std::path::Path::new("."), Default::default()),
    )
    .expect("built-in policy");
}

/// A reader's answer to the fuzzer's bytes, read as `name`: its error, and each error of an
/// input read in part, keeps the error contract; an accepted input goes through [`analyse`].
pub fn check_read<E: std::fmt::Display>(name: &str, read: Result<Input, E>, len: usize) {
    match read {
        Ok(input) => {
            for e in &input.errors {
                check_error(&e.to_string(), name);
            }
            analyse(&input, len);
        }
        Err(e) => check_error(&format!("{e:#}"), name),
    }
}

/// What `check` does with an input a reader accepted: the diff, the reachability and the
/// built-in rules, then one report (its format picked by `pick`), which it returns.
pub fn analyse(input: &Input, pick: usize) -> String {
    POLICY.with(|policy| {
        let audit = sgaudit::audit::run(input, policy, None, sgaudit::audit::Gate::default());
        let cwd = std::env::current_dir().ok();
        let report = Report {
            input,
            diff: &audit.diff,
            reach: &audit.reach,
            findings: &audit.findings,
            rules: &policy.rules,
            cwd: cwd.as_deref(),
            view: Default::default(),
            rule_docs: None,
        };
        let color = pick.is_multiple_of(2);
        let mut out = Vec::new();
        report::write_check(FORMATS[pick % FORMATS.len()], &report, color, &mut out)
            .expect("writing to memory");
        // No text of the input reaches a report with a control character in it (line breaks
        // inside JSON values are found escaped by the JSON check); in colour, the report's own
        // escape sequences are the only ones.
        let text = std::str::from_utf8(&out).expect("a report is UTF-8");
        if FORMATS[pick % FORMATS.len()] == Format::Json {
            check_json(text);
        }
        if !color {
            contract::check_report(text, "a report");
        }
        text.to_owned()
    })
}

/// The JSON report is JSON.
fn check_json(out: &str) {
    assert!(
        out.starts_with('{') && out.trim_end().ends_with('}'),
        "JSON report is not an object"
    );
    // Decoding every string would cost each run: look for escaped control characters, which
    // serde writes as `\n`, `\r`, `\b`, `\f` or `\u00XX` (a tab, `\t` or `\u0009`, is
    // allowed; DEL and C1 controls are written raw, and `check_report` finds those).
    let mut rest = out;
    while let Some(i) = rest.find('\\') {
        let after = &rest[i + 1..];
        let bad = after.starts_with(['n', 'r', 'b', 'f'])
            || after.starts_with("u00") && !after.starts_with("u0009");
        assert!(
            !bad,
            "a JSON report value holds a control character: …{}",
            after.chars().take(8).collect::<String>()
        );
        rest = after.get(1..).unwrap_or("");
    }
}
