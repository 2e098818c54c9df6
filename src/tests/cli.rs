//! The command line: its definition, help, bad files named in one line with exit 2. (The
//! catalogue of bad inputs and the usage errors run the binary: `tests/cmd/`.)

use std::path::Path;

use super::{Scratch, sgaudit};
use crate::cli;

#[test]
fn bad_input_is_one_line_naming_the_file_and_exit_2() {
    let tmp = Scratch::new();
    let real = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/plans/ssh-world-inline/plan.json"),
    )
    .unwrap();
    let future = real.replacen(
        "\"format_version\": \"1.2\"",
        "\"format_version\": \"2.0\"",
        1,
    );
    assert_ne!(
        future, real,
        "the fixture's format_version must be rewritten"
    );
    let cases: Vec<(String, &str)> = vec![
        (tmp.file("empty.json", b""), "empty input"),
        (tmp.file("blank.json", b"  \n"), "empty input"),
        (
            tmp.file(
                "malformed.json",
                b"{\"format_version\": \"1.2\",\n  \"resource_changes\": [}",
            ),
            ":2:24: invalid JSON",
        ),
        (
            tmp.file("truncated.json", &real.as_bytes()[..real.len() / 2]),
            "invalid JSON",
        ),
        (
            tmp.file("array.json", b"[1, 2]"),
            "not a Terraform plan or state",
        ),
        (
            tmp.file("other.json", b"{\"name\": \"package\"}"),
            "no \"format_version\"",
        ),
        (
            tmp.file("future.json", future.as_bytes()),
            "unsupported format_version \"2.0\"",
        ),
        (
            "testdata/plans/plan-log/plan.log.jsonl".to_owned(),
            "log of `terraform plan -json`",
        ),
        (
            "testdata/does-not-exist.json".to_owned(),
            "cannot read file",
        ),
    ];
    for (path, expected) in cases {
        let (code, out, err) = sgaudit(&["check", &path]);
        assert_eq!(code, 2, "{path}: {err}");
        assert_eq!(out, "", "{path}: no partial output");
        assert_eq!(err.lines().count(), 1, "{path}: one line: {err}");
        assert!(
            err.starts_with(&format!("sgaudit: error: {path}")),
            "{path}: names the file: {err}"
        );
        assert!(
            err.contains(expected),
            "{path}: expected {expected:?} in {err}"
        );
    }
}

#[test]
fn a_binary_plan_without_terraform_says_what_to_run() {
    let tmp = Scratch::new();
    let path = tmp.file("tfplan", b"PK\x03\x04 not really a zip");
    let (code, out, err) = sgaudit(&["check", "--terraform", "/nonexistent/terraform", &path]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("binary plan file")
            && err.contains(&format!("terraform show -json {path} > plan.json")),
        "{err}"
    );
}

#[test]
fn the_command_line_is_well_formed() {
    use clap::CommandFactory;
    cli::Args::command().debug_assert();
}

/// Help is not an error (a usage error: `tests/cmd/usage/`).
#[test]
fn help_exits_0() {
    let (code, out, _) = sgaudit(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("check"));
}

/// A plan away from its configuration says once that its findings point at their resources'
/// lines in the plan file instead, and `--config` gives them their `file:line` back.
#[test]
fn a_plan_without_its_configuration_says_so() {
    const SCENARIO: &str = "testdata/plans/ssh-world-inline";
    let tmp = Scratch::new();
    let plan = tmp.file(
        "plan.json",
        &std::fs::read(format!("{SCENARIO}/plan.json")).unwrap(),
    );
    let report = |args: &[&str]| -> serde_json::Value {
        let (code, out, err) = sgaudit(&[&["check", "--format", "json"], args].concat());
        assert_eq!(code, 1, "{err}");
        serde_json::from_str(&out).unwrap()
    };
    let alone = report(&[&plan]);
    let notes: Vec<&str> = alone["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .filter(|n| n.starts_with("no file:line origins"))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains(&format!("no .tf files next to {plan}"))
            && notes[0].contains("--config")
            && notes[0].ends_with(&format!("its resource's line in {plan} instead")),
        "{}",
        notes[0]
    );
    let origin = alone["findings"][0]["origins"][0].as_str().unwrap();
    assert!(origin.starts_with(&format!("{plan}:")), "{origin}");
    // The table says it too.
    let (_, table, _) = sgaudit(&["check", &plan]);
    assert!(table.contains("note: no file:line origins"), "{table}");

    let with = report(&["--config", SCENARIO, &plan]);
    assert!(
        !with.to_string().contains("no file:line origins"),
        "{}",
        with["notes"]
    );
    let origin = with["findings"][0]["origins"][0].as_str().unwrap();
    assert!(
        origin.starts_with(&format!("{SCENARIO}/after.tf:")),
        "{origin}"
    );
}

/// `explain` says what a rule matches, as its pack writes it: a port rule lists its ports.
#[test]
fn explain_lists_what_a_rule_matches() {
    let (code, out, err) = sgaudit(&["explain", "high-risk-ports-public"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("Matches (exposure block):\n"), "{out}");
    assert!(
        out.contains(
            "  ports = [20, 21, 23, 25, 110, 135, 143, 445, 3000, 5000, 5500, 5601, 8080, 8088]\n"
        ),
        "{out}"
    );
    assert!(out.contains("  public = true\n"), "{out}");
}

/// `sgaudit rules` fits the terminal as every table does (it was 147 columns wide).
#[test]
fn rules_fit_the_terminal() {
    let (code, out, err) = sgaudit(&["rules", "--width", "80"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("admin-ports-public-ipv4"), "{out}");
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
}
