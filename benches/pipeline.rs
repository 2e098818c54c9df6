//! `cargo bench --bench pipeline`: the stages of `sgaudit check`, one at a time — the plan JSON
//! reader, the `.tf` directory reader, the exposure diff, the reachability analysis, the policy
//! engine (the built-in packs) and the JSON report — on the corpus of `benches/corpus.sh` when
//! it was generated (plan-100/1000/10k.json, plan-shaped-1000/10k.json, hcl-1000/ and
//! hcl-10000/; the 50k and 100k plans of both families too with `SGAUDIT_BENCH_LARGE=1`), else
//! on the largest committed testdata plans. `SGAUDIT_BENCH_PLANS="plan-shaped-1000.json
//! plan-shaped-10k.json"` times only those corpus plans.
//!
//! Whole-process timings against the parse-only baseline are `benches/compare.sh`'s job.

// A harness program, not the tool: a bench whose input is missing or bad stops loudly
// rather than timing nothing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::unreachable
)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use divan::Bencher;
use sgaudit::model::Input;
use sgaudit::{diff, policy, reach, read};

fn main() {
    divan::main();
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn corpus() -> PathBuf {
    root().join("target/bench-corpus")
}

/// A path as benchmarks name it: relative to the package root, where `cargo bench` runs them.
fn leak(p: PathBuf) -> &'static str {
    let p = p.strip_prefix(root()).map(Path::to_path_buf).unwrap_or(p);
    Box::leak(p.to_string_lossy().into_owned().into_boxed_str())
}

/// The plan files to time: the corpus's, else the three largest testdata plans.
fn plans() -> Vec<&'static str> {
    static PLANS: OnceLock<Vec<&'static str>> = OnceLock::new();
    PLANS
        .get_or_init(|| {
            let only = std::env::var("SGAUDIT_BENCH_PLANS").unwrap_or_default();
            let mut names = vec![
                "plan-100.json",
                "plan-1000.json",
                "plan-10k.json",
                "plan-shaped-1000.json",
                "plan-shaped-10k.json",
            ];
            if std::env::var_os("SGAUDIT_BENCH_LARGE").is_some() {
                names.extend([
                    "plan-50k.json",
                    "plan-100k.json",
                    "plan-shaped-50k.json",
                    "plan-shaped-100k.json",
                ]);
            }
            if !only.trim().is_empty() {
                names = only.split_whitespace().collect();
            }
            let found: Vec<&'static str> = names
                .iter()
                .map(|n| corpus().join(n))
                .filter(|p| p.is_file())
                .map(leak)
                .collect();
            if !found.is_empty() {
                return found;
            }
            eprintln!(
                "note: no benchmark corpus in target/bench-corpus (run benches/corpus.sh); \
                 timing the largest testdata plans instead"
            );
            let mut testdata: Vec<(u64, PathBuf)> =
                std::fs::read_dir(root().join("testdata/plans"))
                    .into_iter()
                    .flatten()
                    .filter_map(Result::ok)
                    .map(|e| e.path().join("plan.json"))
                    .filter_map(|p| Some((std::fs::metadata(&p).ok()?.len(), p)))
                    .collect();
            testdata.sort();
            testdata
                .into_iter()
                .rev()
                .take(3)
                .map(|(_, p)| leak(p))
                .collect()
        })
        .clone()
}

/// The `.tf` trees to time: the corpus's, else one testdata scenario that calls modules.
fn trees() -> Vec<&'static str> {
    static TREES: OnceLock<Vec<&'static str>> = OnceLock::new();
    TREES
        .get_or_init(|| {
            let found: Vec<&'static str> = ["hcl-1000", "hcl-10000"]
                .iter()
                .map(|n| corpus().join(n))
                .filter(|p| p.is_dir())
                .map(leak)
                .collect();
            if !found.is_empty() {
                return found;
            }
            let dir = root().join("testdata/plans/module-count-for-each");
            if dir.is_dir() {
                vec![leak(dir)]
            } else {
                Vec::new()
            }
        })
        .clone()
}

fn load(path: &str) -> Input {
    let path = root().join(path);
    let path = path.to_string_lossy();
    read::read(&path, &read::Options::default()).unwrap_or_else(|e| panic!("{path}: {e:#}"))
}

fn policy() -> policy::Policy {
    let access = sgaudit::access::Access::for_input(root(), Default::default());
    policy::Policy::load(policy::Settings::default(), &[], &access)
        .expect("the built-in packs load")
}

/// Reading a plan: the file, the JSON, the model.
#[divan::bench(args = plans(), sample_count = 10, sample_size = 1)]
fn read_plan(bencher: Bencher, path: &str) {
    bencher.bench(|| load(path));
}

/// Reading a directory of `.tf` files, with the modules it calls.
#[divan::bench(args = trees(), sample_count = 10, sample_size = 1)]
fn read_tf_dir(bencher: Bencher, path: &str) {
    bencher.bench(|| load(path));
}

/// The exposure diff of a plan already read.
#[divan::bench(args = plans(), sample_count = 10, sample_size = 1)]
fn diff(bencher: Bencher, path: &str) {
    let input = load(path);
    bencher.bench(|| diff::diff(&input));
}

/// Reachability (workloads, paths from the internet) of a plan already read and diffed.
#[divan::bench(args = plans(), sample_count = 10, sample_size = 1)]
fn reachability(bencher: Bencher, path: &str) {
    let input = load(path);
    let diff = diff::diff(&input);
    let policy = policy();
    bencher.bench(|| reach::analyse(&input, &diff, &policy.context.networks));
}

/// The built-in policy packs on a plan already read, diffed and analysed.
#[divan::bench(args = plans(), sample_count = 10, sample_size = 1)]
fn policy_engine(bencher: Bencher, path: &str) {
    let input = load(path);
    let policy = policy();
    let diff = diff::diff(&input);
    let reach = reach::analyse(&input, &diff, &policy.context.networks);
    bencher.bench(|| policy::evaluate(&policy.rules, &input, &diff, &reach, &policy.context));
}

/// Diff, reachability, policy, waivers and the gate together (`audit::run`), as `check` runs
/// them.
#[divan::bench(args = plans(), sample_count = 10, sample_size = 1)]
fn audit(bencher: Bencher, path: &str) {
    let input = load(path);
    let policy = policy();
    bencher.bench(|| sgaudit::audit::run(&input, &policy, None, sgaudit::audit::Gate::default()));
}

/// The JSON report of `check --format json`, from a plan already audited.
#[divan::bench(args = plans(), sample_count = 10, sample_size = 1)]
fn report_json(bencher: Bencher, path: &str) {
    let input = load(path);
    let policy = policy();
    let audit = sgaudit::audit::run(&input, &policy, None, sgaudit::audit::Gate::default());
    let cwd = std::env::current_dir().ok();
    let report = sgaudit::report::Report {
        input: &input,
        diff: &audit.diff,
        reach: &audit.reach,
        findings: &audit.findings,
        rules: &policy.rules,
        cwd: cwd.as_deref(),
        view: Default::default(),
        rule_docs: None,
    };
    bencher.bench(|| sgaudit::report::check(sgaudit::report::Format::Json, &report, false));
}
