//! Monorepos (testdata/monorepo/, three root modules and a module two of them call): `sgaudit
//! check DIR` on a directory without `.tf` files of its own audits each root module under it,
//! in one report with a section per root module; with `--base`, or with `--changed` (the
//! pre-commit hook), only the root modules whose files, called modules or tfvars changed.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_sgaudit");
const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/monorepo");

/// Runs sgaudit in `dir`: exit code, stdout, stderr.
fn sgaudit(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The fixture in a git repository of its own, committed.
fn repository() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    copy(Path::new(FIXTURE), &repo);
    git(&repo, &["init", "--quiet"]);
    git(&repo, &["add", "-A", "-f"]);
    git(&repo, &["commit", "--quiet", "-m", "base"]);
    (tmp, repo)
}

/// The root modules a JSON report audited (`roots[].path`) and left out (`not_audited`).
fn audited(json: &str) -> (Vec<String>, Vec<String>) {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let names = |key: &str, field: Option<&str>| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| match field {
                Some(f) => r[f].as_str().unwrap().to_owned(),
                None => r.as_str().unwrap().to_owned(),
            })
            .collect()
    };
    (names("roots", Some("path")), names("not_audited", None))
}

#[test]
fn check_at_the_top_audits_each_root_module() {
    let (code, out, err) = sgaudit(Path::new(FIXTURE), &["check", "--format", "json", "."]);
    assert_eq!(code, 0, "{err}");
    let (roots, skipped) = audited(&out);
    // Not modules/admin-access (envs/* call it), not envs/dev/.terraform/modules/stale.
    assert_eq!(roots, ["envs/dev", "envs/prod", "tools/bastion"]);
    assert!(skipped.is_empty());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "sgaudit/v2");
    // The groups of every root module, each naming its root module: the module's group once
    // per environment that calls it.
    let groups: Vec<(String, String)> = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["root"].as_str().unwrap().to_owned(),
                g["address"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        groups,
        [
            (
                "envs/dev".to_owned(),
                "module.admin.aws_security_group.admin".to_owned()
            ),
            (
                "envs/prod".to_owned(),
                "module.admin.aws_security_group.admin".to_owned()
            ),
            (
                "tools/bastion".to_owned(),
                "aws_security_group.bastion".to_owned()
            ),
        ]
    );
    // Each root module's own report, with the tfvars of its directory: dev's group lets SSH in
    // from 10.0.0.0/8, prod's from 10.1.0.0/16.
    let roots = v["roots"].as_array().unwrap();
    let text = |i: usize| roots[i]["exposure"].to_string();
    assert!(text(0).contains("10.0.0.0/8") && !text(0).contains("10.1.0.0/16"));
    assert!(text(1).contains("10.1.0.0/16") && !text(1).contains("10.0.0.0/8"));
}

#[test]
fn each_format_has_a_section_per_root_module() {
    let dir = Path::new(FIXTURE);
    let (code, md, _) = sgaudit(dir, &["check", "--format", "markdown", "."]);
    assert_eq!(code, 0);
    assert!(
        md.starts_with("<!-- sgaudit -->\n## sgaudit: 3 root module(s)\n"),
        "{md}"
    );
    assert_eq!(
        md.matches("<!-- sgaudit -->").count(),
        1,
        "one marker: {md}"
    );
    for root in ["envs/dev", "envs/prod", "tools/bastion"] {
        assert_eq!(
            md.matches(&format!("\n## root module `{root}`\n")).count(),
            1,
            "{md}"
        );
    }
    let (_, table, _) = sgaudit(dir, &["check", "."]);
    assert!(table.contains("== root module envs/prod =="), "{table}");
    let (_, sarif, _) = sgaudit(dir, &["check", "--format", "sarif", "."]);
    let v: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(
        v["runs"].as_array().unwrap().len(),
        1,
        "one run for code scanning"
    );
}

#[test]
fn a_change_in_the_shared_module_audits_the_two_roots_calling_it() {
    let (_tmp, repo) = repository();
    let module = repo.join("modules/admin-access/main.tf");
    let text = std::fs::read_to_string(&module).unwrap();
    std::fs::write(&module, text.replace("[var.admin_cidr]", "[\"0.0.0.0/0\"]")).unwrap();
    let (code, out, err) = sgaudit(&repo, &["check", "--format", "json", "--base", "HEAD", "."]);
    // SSH opened to the internet in both environments: new findings fail the gate.
    assert_eq!(code, 1, "{err}");
    let (roots, skipped) = audited(&out);
    assert_eq!(roots, ["envs/dev", "envs/prod"]);
    assert_eq!(skipped, ["tools/bastion"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let new: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "new")
        .map(|f| f["root"].as_str().unwrap())
        .collect();
    assert!(
        new.contains(&"envs/dev") && new.contains(&"envs/prod"),
        "{new:?}"
    );
}

#[test]
fn a_tfvars_change_audits_its_root_only() {
    let (_tmp, repo) = repository();
    std::fs::write(
        repo.join("envs/prod/terraform.tfvars"),
        "admin_cidr = \"0.0.0.0/0\"\n",
    )
    .unwrap();
    let (code, out, err) = sgaudit(&repo, &["check", "--format", "json", "--base", "HEAD", "."]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(audited(&out).0, ["envs/prod"]);
    // Nothing changed: nothing audited, exit 0.
    git(&repo, &["checkout", "--quiet", "--", "."]);
    let (code, out, _) = sgaudit(&repo, &["check", "--format", "json", "--base", "HEAD", "."]);
    assert_eq!(code, 0);
    assert_eq!(audited(&out).0, Vec::<String>::new());
}

#[test]
fn changed_files_pick_the_root_modules_they_belong_to() {
    let dir = Path::new(FIXTURE);
    let (_, out, err) = sgaudit(
        dir,
        &[
            "check",
            "--format",
            "json",
            ".",
            "--changed",
            "tools/bastion/main.tf",
        ],
    );
    assert_eq!(audited(&out).0, ["tools/bastion"], "{err}");
    let (_, out, _) = sgaudit(
        dir,
        &[
            "check",
            "--format",
            "json",
            ".",
            "--changed",
            "modules/admin-access/main.tf",
            "envs/dev/terraform.tfvars",
        ],
    );
    assert_eq!(audited(&out).0, ["envs/dev", "envs/prod"]);
}

#[test]
fn a_directory_with_tf_files_is_one_configuration_as_before() {
    let (code, out, err) = sgaudit(
        Path::new(FIXTURE),
        &["check", "--format", "json", "envs/dev"],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        v.get("roots").is_none(),
        "a single configuration's report is unchanged"
    );
}

#[test]
fn outputs_hold_the_report_of_every_root_module() {
    // As the Action runs it: annotations on standard output, the reports in files.
    let tmp = tempfile::tempdir().unwrap();
    let md = tmp.path().join("report.md");
    let json = tmp.path().join("report.json");
    let (code, out, err) = sgaudit(
        Path::new(FIXTURE),
        &[
            "check",
            "--format",
            "github",
            "--output",
            &format!("markdown={}", md.display()),
            "--output",
            &format!("json={}", json.display()),
            ".",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("sgaudit: 3 root module(s) under .; audited: "),
        "{out}"
    );
    let md = std::fs::read_to_string(md).unwrap();
    assert!(md.starts_with("<!-- sgaudit -->\n"), "{md}");
    let (roots, _) = audited(&std::fs::read_to_string(json).unwrap());
    assert_eq!(roots.len(), 3);
}
