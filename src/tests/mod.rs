//! The library's tests, by stage: real plans, states and configurations under `testdata/` go
//! in through the command line (in-process, [`sgaudit`]) and the reports users see come out,
//! checked by hand or kept as snapshots under `snapshots/`. Runs of the binary itself, with
//! their expected output as files, are the cases of `tests/cmd/`.
//!
//! Every test may run beside any other: none changes the working directory (the test harness
//! runs in the crate root, so the paths a test gives are the relative ones a user types), and
//! each that writes files writes them in a [`Scratch`] directory of its own.

use std::path::{Path, PathBuf};

/// Readers and verdicts against other tools' test data (the shared corpus; ignored by default).
mod accuracy;
/// Library-level checks of bad input (the catalogue's command-line cases are `tests/cmd/bad/`).
mod bad_inputs;
/// The command line: its definition, help, bad files named in one line with exit 2.
mod cli;
/// What every report promises about its text (shared with the fuzz targets).
mod contract;
/// AWS API JSON (`testdata/deployed/`): an account as a state, and its drift from Terraform.
mod deployed;
/// Rule families: a family's findings about one concern reported once, in every format.
mod families;
/// Each report format on a few inputs that together hold everything a format prints.
mod formats;
/// Every input that ever crashed a fuzz target.
mod fuzz_regressions;
/// Baselines and the gate.
mod gate;
/// The configuration reader (`.tf`, `.tf.json`, modules, variables, `--base`) against plans.
mod hcl;
/// Incomplete runs marked in every format.
mod incomplete;
/// The work grows with the input, never faster (counted, never timed).
mod linear;
/// Workloads, paths from the internet and the graph.
mod paths;
/// Property tests of the set algebra and the diff.
mod properties;
/// The built-in rules on their fixtures, user packs, configuration and waivers.
mod rules;
/// Every real plan and state: its JSON report kept, the readers agreeing with each other.
mod scenarios;
/// Sensitive values appear in no output.
mod secrets;
/// The status words of the pack language, the JSON and the diff (issue 18).
mod statuses;

/// Snapshots are kept under `snapshots/`, named by what they show.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

/// A path relative to the crate root, as a user would type it.
fn relative(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Runs sgaudit in-process, from the working directory the test harness gives every test (the
/// crate root): (exit code, stdout, stderr).
fn sgaudit(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let argv = std::iter::once("sgaudit").chain(args.iter().copied());
    let code = crate::cli::execute(argv, &mut out, &mut err, false);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// A directory of one test's own, removed when the test ends, whether it passes or panics.
pub(crate) struct Scratch(tempfile::TempDir);

impl Scratch {
    /// A fresh directory under the system's temporary directory (outside any git repository).
    pub(crate) fn new() -> Self {
        Self(
            tempfile::Builder::new()
                .prefix("sgaudit-test-")
                .tempdir()
                .unwrap(),
        )
    }

    /// The directory at `path` (relative to the crate root), for reports that name a path
    /// that must be the same on every machine: what a killed run left there is removed first.
    fn at(path: &str) -> Self {
        let path = Path::new(path);
        let _ = std::fs::remove_dir_all(path);
        let (parent, name) = (path.parent().unwrap(), path.file_name().unwrap());
        std::fs::create_dir_all(parent).unwrap();
        Self(
            tempfile::Builder::new()
                .prefix(name)
                .rand_bytes(0)
                .tempdir_in(parent)
                .unwrap(),
        )
    }

    fn path(&self) -> &Path {
        self.0.path()
    }

    /// A fresh directory holding these files (path, text), and its path as tests give it to
    /// sgaudit: for the unit tests of the modules.
    pub(crate) fn with(files: &[(&str, &str)]) -> (Self, String) {
        let tmp = Self::new();
        let dir = tmp.configuration("", files);
        (tmp, dir)
    }

    /// Writes one file of the directory: its path as the tests give it to sgaudit.
    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path.to_string_lossy().into_owned()
    }

    /// Writes a configuration into the subdirectory `name` (`""`: the directory itself): each
    /// file with its text, a path ending in `/` an empty directory. Returns its path as the
    /// tests give it to sgaudit.
    fn configuration(&self, name: &str, files: &[(&str, &str)]) -> String {
        let dir = self.path().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        for (file, text) in files {
            let path = dir.join(file);
            if file.ends_with('/') {
                std::fs::create_dir_all(&path).unwrap();
            } else {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            }
        }
        dir.to_string_lossy().trim_end_matches('/').to_owned()
    }
}

/// The `.tfvars` files of a scenario, which terraform loads beside its configuration.
fn copy_tfvars(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().ends_with(".tfvars") {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}

/// Copies a directory tree (nothing when `from` does not exist).
fn copy_tree(from: &Path, to: &Path) {
    let Ok(entries) = std::fs::read_dir(from) else {
        return;
    };
    std::fs::create_dir_all(to).unwrap();
    for entry in entries {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The directories of `testdata/plans/`, sorted.
pub(crate) fn scenario_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("testdata/plans")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}
