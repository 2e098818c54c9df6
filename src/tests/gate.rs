//! The gate: which findings fail a run (new ones, at or above `--fail-on`; all of them with
//! `--fail-scope all`), and baselines that turn what an account already had into existing
//! findings.

use serde_json::Value;

use super::{Scratch, sgaudit};

/// The gate: a change that opens SSH to ::/0 inside 0-1024 fails; one that only changes tags
/// on a group that was already open passes, its findings reported as existing.
#[test]
fn the_gate_fails_new_findings_only() {
    let (code, out, _) = sgaudit(&[
        "check",
        "--format",
        "json",
        "testdata/rules/admin-ports-public-ipv6/positive",
    ]);
    assert_eq!(code, 1, "{out}");
    let (code, out, _) = sgaudit(&[
        "check",
        "--format",
        "json",
        "testdata/plans/tag-change-existing-open/plan.json",
    ]);
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&out).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert!(
        !findings.is_empty() && findings.iter().all(|f| f["status"] == "existing"),
        "{findings:?}"
    );
    let (code, _, _) = sgaudit(&[
        "check",
        "--fail-scope",
        "all",
        "testdata/plans/tag-change-existing-open/plan.json",
    ]);
    assert_eq!(code, 1, "--fail-scope all fails on existing findings too");
    let (code, _, _) = sgaudit(&[
        "check",
        "--fail-on",
        "critical",
        "testdata/rules/admin-ports-public-ipv6/positive",
    ]);
    assert_eq!(code, 0, "a high finding does not fail --fail-on critical");
}

/// On real plans of an adopted account: a baseline taken on the first plan accepts everything it
/// found, even under `--fail-scope all`; a later plan that opens one more public port fails on
/// exactly that port.
#[test]
fn a_baseline_from_a_plan_gates_the_next_plan() {
    let tmp = Scratch::new();
    let adopted = "testdata/plans/baseline-adopted/plan.json";
    let later = "testdata/plans/baseline-new-public-port/plan.json";
    let failing = |report: &Value| -> Vec<(String, u64)> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| {
                f["waived"].is_null()
                    && f["baselined"] == false
                    && (f["severity"] == "high" || f["severity"] == "critical")
            })
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_owned(),
                    f["from_port"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let (code, out, _) = sgaudit(&["check", "--fail-scope", "all", "--format", "json", adopted]);
    assert_eq!(code, 1, "the account is messy: {out}");
    let (code, baseline, err) = sgaudit(&["baseline", adopted]);
    assert_eq!(code, 0, "{err}");
    let file = tmp.file("plan-baseline.json", baseline.as_bytes());

    let (code, out, _) = sgaudit(&[
        "check",
        "--fail-scope",
        "all",
        "--format",
        "json",
        "--baseline",
        &file,
        adopted,
    ]);
    assert_eq!(code, 0, "{out}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(
        findings
            .iter()
            .all(|f| f["status"] == "existing" && f["baselined"] == true),
        "{out}"
    );

    for scope in ["new", "all"] {
        let (code, out, _) = sgaudit(&[
            "check",
            "--fail-scope",
            scope,
            "--format",
            "json",
            "--baseline",
            &file,
            later,
        ]);
        assert_eq!(code, 1, "{scope}: {out}");
        let report: Value = serde_json::from_str(&out).unwrap();
        let fails = failing(&report);
        assert!(
            !fails.is_empty() && fails.iter().all(|(_, port)| *port == 3306),
            "{scope}: {fails:?}"
        );
    }
}

/// A baseline taken on one configuration turns its findings into existing ones; a change that
/// then opens one more public port fails the gate on exactly that one.
#[test]
fn baselines_gate_only_what_is_new() {
    let tmp = Scratch::new();
    let group = |extra: &str| {
        format!(
            "resource \"aws_security_group\" \"legacy\" {{\n  name        = \"legacy\"\n  description = \"Legacy app\"\n\n  ingress {{\n    description = \"SSH from anywhere\"\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }}\n{extra}}}\n"
        )
    };
    let before = tmp.configuration("baseline-before", &[("main.tf", &group(""))]);
    let (code, baseline, _) = sgaudit(&["baseline", &before]);
    assert_eq!(code, 0);
    let file = tmp.file("baseline.json", baseline.as_bytes());
    let (code, _, _) = sgaudit(&["check", "--baseline", &file, &before]);
    assert_eq!(code, 0, "everything the baseline recorded is existing");
    let mysql = "\n  ingress {\n    description = \"MySQL from anywhere\"\n    from_port   = 3306\n    to_port     = 3306\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n";
    let after = tmp.configuration("baseline-after", &[("main.tf", &group(mysql))]);
    let (code, out, _) = sgaudit(&["check", "--format", "json", "--baseline", &file, &after]);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&out).unwrap();
    let failing: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["status"] == "new" && (f["severity"] == "high" || f["severity"] == "critical")
        })
        .collect();
    assert!(
        !failing.is_empty() && failing.iter().all(|f| f["from_port"] == 3306),
        "{failing:?}"
    );
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["from_port"] == 22)
            .all(|f| f["status"] == "existing" && f["baselined"] == true)
    );
}
