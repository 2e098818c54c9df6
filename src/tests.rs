//! Data-driven tests: real plans and states under `testdata/` go in through the command line,
//! the reports users see come out as snapshots under `snapshots/`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::cli;

mod bad_inputs;
mod contract;
mod fuzz_regressions;
mod properties;
mod secrets;
mod statuses;

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
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

/// Runs sgaudit in-process from the crate root: (exit code, stdout, stderr).
fn sgaudit(args: &[&str]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let argv = std::iter::once("sgaudit").chain(args.iter().copied());
    let code = cli::execute(argv, &mut out, &mut err, false);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

fn with_root<T>(f: impl FnOnce() -> T) -> T {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    f()
}

#[test]
fn plan_scenarios() {
    settings().bind(|| {
        insta::glob!("../testdata", "plans/*/plan.json", |path| {
            let rel = relative(path);
            let (code, table, err) = with_root(|| sgaudit(&["check", &rel]));
            assert_eq!(err, "", "{rel}");
            let (json_code, json, _) = with_root(|| sgaudit(&["check", "--format", "json", &rel]));
            assert_eq!(
                code, json_code,
                "{rel}: table and json disagree on the exit code"
            );
            let report: Value = serde_json::from_str(&json).unwrap();
            let fails = report["findings"].as_array().unwrap().iter().any(|f| {
                f["status"] == "new" && (f["severity"] == "high" || f["severity"] == "critical")
            });
            assert_eq!(
                code,
                u8::from(fails),
                "{rel}: exit 1 exactly when a new finding is high or critical"
            );
            insta::assert_snapshot!("check", format!("exit code: {code}\n\n{table}"));
            insta::assert_snapshot!("check-json", json);
        });
    });
}

#[test]
fn states_are_todays_exposure() {
    settings().bind(|| {
        insta::glob!("../testdata", "plans/*/state.json", |path| {
            let rel = relative(path);
            let (code, json, err) = with_root(|| sgaudit(&["check", "--format", "json", &rel]));
            assert_eq!((code, err.as_str()), (0, ""), "{rel}");
            let report: Value = serde_json::from_str(&json).unwrap();
            assert_eq!(report["input"]["kind"], "state");
            assert_eq!(report["exposure"]["added"], Value::Array(vec![]), "{rel}");
            assert_eq!(report["exposure"]["removed"], Value::Array(vec![]), "{rel}");
            assert!(
                report["groups"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|g| g["action"] == "no-op")
            );
            let (_, show, _) = with_root(|| sgaudit(&["show", &rel]));
            insta::assert_snapshot!("show", show);
        });
    });
}

/// The state before a plan and the plan's unchanged + removed exposure describe the same
/// permissions: the plan reader and the state reader agree.
#[test]
fn plan_before_matches_state() {
    with_root(|| {
        for entry in std::fs::read_dir("testdata/plans").unwrap() {
            let dir = entry.unwrap().path();
            let (state, plan) = (dir.join("state.json"), dir.join("plan.json"));
            if !state.exists() || !plan.exists() {
                continue;
            }
            let read = |p: &PathBuf| -> Value {
                let (_, json, err) = sgaudit(&["check", "--format", "json", &relative(p)]);
                assert_eq!(err, "");
                serde_json::from_str(&json).unwrap()
            };
            let strip = |list: &Value| -> Vec<Value> {
                let mut v: Vec<Value> = list
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| {
                        let mut e = e.clone();
                        e.as_object_mut().unwrap().remove("resource");
                        e.as_object_mut().unwrap().remove("resources");
                        e
                    })
                    .collect();
                v.sort_by_key(ToString::to_string);
                v
            };
            let s = read(&state);
            let p = read(&plan);
            let mut before = strip(&p["exposure"]["removed"]);
            before.extend(strip(&p["exposure"]["unchanged"]));
            before.sort_by_key(ToString::to_string);
            // Exposure is merged per segment, so compare the sets on a canonical split: every
            // (group, direction, protocol, port, peer) of the state must be in the plan's
            // before, and the other way round.
            assert_eq!(
                expand(&strip(&s["exposure"]["unchanged"])),
                expand(&before),
                "{}: state and plan disagree on today's exposure",
                dir.display()
            );
        }
    });
}

/// Canonical form of exposures for comparison: the set of (group, direction, protocol, peer,
/// port) points, with port ranges expanded only at their ends (ranges compared as sets).
fn expand(list: &[Value]) -> std::collections::BTreeSet<String> {
    use crate::netset::IntervalSet;
    use std::collections::BTreeMap;
    let mut by_key: BTreeMap<String, Vec<(u128, u128)>> = BTreeMap::new();
    for e in list {
        let key = format!(
            "{} {} {} {}",
            e["owner"], e["direction"], e["protocol"], e["peer"]
        );
        let from = e["from_port"].as_i64().unwrap_or(-1);
        let to = e["to_port"].as_i64().unwrap_or(-1);
        let (lo, hi) = if from < 0 {
            (0, 0)
        } else {
            (from as u128, to as u128)
        };
        by_key.entry(key).or_default().push((lo, hi));
    }
    by_key
        .into_iter()
        .map(|(k, ivs)| format!("{k} {:?}", IntervalSet::from_intervals(ivs).intervals()))
        .collect()
}

fn scratch(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("sgaudit-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn bad_input_is_one_line_naming_the_file_and_exit_2() {
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
        (scratch("empty.json", b""), "empty input"),
        (scratch("blank.json", b"  \n"), "empty input"),
        (
            scratch(
                "malformed.json",
                b"{\"format_version\": \"1.2\",\n  \"resource_changes\": [}",
            ),
            ":2:24: invalid JSON",
        ),
        (
            scratch("truncated.json", &real.as_bytes()[..real.len() / 2]),
            "invalid JSON",
        ),
        (
            scratch("array.json", b"[1, 2]"),
            "not a Terraform plan or state",
        ),
        (
            scratch("other.json", b"{\"name\": \"package\"}"),
            "no \"format_version\"",
        ),
        (
            scratch("future.json", future.as_bytes()),
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
        let (code, out, err) = with_root(|| sgaudit(&["check", &path]));
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
    let path = scratch("tfplan", b"PK\x03\x04 not really a zip");
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

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = sgaudit(&["check", "--format", "yaml", "x.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("yaml"), "{err}");
    let (code, out, _) = sgaudit(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("check"));
}

/// The exposure lists describe the input exactly: `added` + `unchanged` hold the same
/// (direction, protocol, port, address) points as the permissions after the change, and
/// `removed` + `unchanged` the same as before it. Checked on every scenario by diffing the
/// permissions rebuilt from the lists against the reader's.
#[test]
fn exposure_lists_are_exact_sets() {
    use crate::diff::{ExposedPeer, Exposure, diff};
    use crate::model::{Input, Peer, Permission, PortRange, Ports, Protocol};

    fn rebuild(lists: &[&[std::sync::Arc<Exposure>]]) -> Vec<Permission> {
        let mut out = Vec::new();
        for e in lists.iter().flat_map(|l| l.iter()) {
            let (Some(from), Some(to)) = (e.range.aws_ports().0, e.range.aws_ports().1) else {
                continue;
            };
            let ports = match e.range.protocol {
                Protocol::Tcp | Protocol::Udp => {
                    Ports::normalize(&e.range.protocol, Some(from), Some(to)).unwrap()
                }
                Protocol::Icmp | Protocol::Icmpv6 => Ports::Icmp {
                    kind: u8::try_from(from).ok(),
                    code: u8::try_from(to).ok(),
                },
                _ => Ports::All,
            };
            let (peer, sensitive) = match &e.peer {
                ExposedPeer::Cidr(n) => (Peer::Cidr(*n), false),
                ExposedPeer::Sensitive(n) => (Peer::Cidr(*n), true),
                ExposedPeer::Group(g) => (Peer::Group(g.clone()), false),
                ExposedPeer::SelfRef => (Peer::SelfRef, false),
                ExposedPeer::PrefixList(l, _) => (Peer::PrefixList(l.clone()), false),
                ExposedPeer::Unknown(r) => (Peer::Unknown(r.clone()), false),
            };
            out.push(Permission {
                group: e.owner.name().to_owned(),
                resource: String::new(),
                direction: e.direction,
                range: PortRange {
                    protocol: e.range.protocol.clone(),
                    ports,
                    sensitive: e.range.sensitive,
                },
                peer,
                sensitive,
                description: None,
                origin: None,
                ports_ignored: false,
            });
        }
        out
    }
    let known = |list: &[Permission]| -> Vec<Permission> {
        list.iter()
            .filter(|p| {
                !matches!(p.range.protocol, Protocol::Unknown(_))
                    && !matches!(p.range.ports, Ports::Unknown(_))
            })
            .cloned()
            .collect()
    };
    with_root(|| {
        for entry in std::fs::read_dir("testdata/plans").unwrap() {
            let path = entry.unwrap().path().join("plan.json");
            if !path.exists() {
                continue;
            }
            let input =
                crate::read::read(&relative(&path), &crate::read::Options::default()).unwrap();
            let d = diff(&input);
            for (side, lists) in [
                (&input.after, [&d.added[..], &d.unchanged[..]]),
                (&input.before, [&d.removed[..], &d.unchanged[..]]),
            ] {
                let check = Input {
                    before: known(side),
                    after: rebuild(&lists),
                    prefix_lists_before: input.prefix_lists_after.clone(),
                    prefix_lists_after: input.prefix_lists_after.clone(),
                    ..Input::default()
                };
                let back = diff(&check);
                assert!(
                    back.added.is_empty() && back.removed.is_empty(),
                    "{}: exposure lists differ from the permissions: {:?} {:?}",
                    path.display(),
                    back.added,
                    back.removed
                );
            }
        }
    });
}

/// Terraform is the oracle: the permissions read from a scenario's `after.tf` are the ones its
/// plan holds after the change, resource by resource. Excepted: values unknown at plan time,
/// and values only AWS knows (data sources), which the HCL reader reports as unknown.
#[test]
fn hcl_reads_what_terraform_plans() {
    use crate::model::{Peer, Permission, Ports, Protocol};
    use std::collections::{BTreeMap, BTreeSet};

    fn unknown(p: &Permission) -> Option<String> {
        match (&p.peer, &p.range.protocol, &p.range.ports) {
            (Peer::Unknown(r), _, _) | (_, Protocol::Unknown(r), _) | (_, _, Ports::Unknown(r)) => {
                Some(r.clone())
            }
            _ => p.group.strip_prefix("unknown:").map(str::to_owned),
        }
    }
    fn by_resource(list: &[Permission]) -> BTreeMap<String, (BTreeSet<String>, Vec<String>)> {
        let mut out: BTreeMap<String, (BTreeSet<String>, Vec<String>)> = BTreeMap::new();
        for p in list {
            let entry = out.entry(p.resource.clone()).or_default();
            match unknown(p) {
                Some(r) => entry.1.push(r),
                None => {
                    entry.0.insert(format!(
                        "{} {} {} {:?} {:?}",
                        p.group,
                        p.direction.as_str(),
                        p.range.protocol,
                        p.range.ports,
                        p.peer
                    ));
                }
            }
        }
        out
    }
    let scratch = std::env::temp_dir().join(format!("sgaudit-hcl-{}", std::process::id()));
    let mut compared = 0;
    let mut with_workloads = 0;
    with_root(|| {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir("testdata/plans")
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        dirs.sort();
        for dir in dirs {
            let (after, plan) = (dir.join("after.tf"), dir.join("plan.json"));
            if !after.exists() || !plan.exists() {
                continue;
            }
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            let work = scratch.join(&name);
            std::fs::create_dir_all(&work).unwrap();
            std::fs::copy(&after, work.join("main.tf")).unwrap();
            copy_tree(&dir.join("modules"), &work.join("modules"));
            copy_tfvars(&dir, &work);
            let options = crate::read::Options::default();
            let from_plan = crate::read::read(&relative(&plan), &options).unwrap();
            let from_hcl = crate::read::read(&work.to_string_lossy(), &options)
                .unwrap_or_else(|e| panic!("{name}: {e:#}"));
            let planned_groups: BTreeSet<&String> = from_plan
                .groups
                .iter()
                .filter(|(_, g)| !matches!(g.lifecycle, crate::model::Lifecycle::Deleted { .. }))
                .map(|(a, _)| a)
                .collect();
            assert_eq!(
                from_hcl.groups.keys().collect::<BTreeSet<_>>(),
                planned_groups,
                "{name}: groups"
            );
            // Inline rules of a direction the configuration does not write are what AWS holds:
            // only the plan can know them.
            let written: Vec<Permission> = from_plan
                .after
                .iter()
                .filter(|p| {
                    p.resource != p.group
                        || from_hcl
                            .groups
                            .get(&p.group)
                            .is_none_or(|g| g.manages.contains(&p.direction))
                })
                .cloned()
                .collect();
            let (hcl, planned) = (by_resource(&from_hcl.after), by_resource(&written));
            let resources: BTreeSet<&String> = hcl.keys().chain(planned.keys()).collect();
            for resource in resources {
                let empty = (BTreeSet::new(), Vec::new());
                let (h, p) = (
                    hcl.get(resource).unwrap_or(&empty),
                    planned.get(resource).unwrap_or(&empty),
                );
                if !p.1.is_empty() {
                    continue; // unknown at plan time
                }
                if !h.1.is_empty() {
                    // Only AWS knows a data source, or the default group it makes with a VPC.
                    assert!(
                        h.1.iter()
                            .all(|r| r.starts_with("data.")
                                || r.ends_with(".default_security_group_id")),
                        "{name}: {resource}: unknown in HCL only: {:?}",
                        h.1
                    );
                    continue;
                }
                assert_eq!(h.0, p.0, "{name}: {resource}");
            }
            // The same workloads, holding the same groups, and the same paths from the
            // internet after the change.
            let workloads = |input: &crate::model::Input| -> Vec<String> {
                input
                    .workloads
                    .values()
                    .filter_map(|w| {
                        let a = w.after.as_ref()?;
                        Some(format!(
                            "{} {} {:?} part of {:?}",
                            w.address,
                            w.kind.as_str(),
                            a.groups,
                            w.part_of
                        ))
                    })
                    .collect()
            };
            assert_eq!(
                workloads(&from_hcl),
                workloads(&from_plan),
                "{name}: workloads"
            );
            let paths = |input: &crate::model::Input| -> BTreeSet<String> {
                let diff = crate::diff::diff(input);
                let reach = crate::reach::analyse(input, &diff, &Default::default());
                reach
                    .paths
                    .iter()
                    .filter(|p| p.status != crate::model::Change::Removed)
                    .map(crate::reach::Path::label)
                    .collect::<BTreeSet<String>>()
            };
            assert_eq!(paths(&from_hcl), paths(&from_plan), "{name}: paths");
            if !from_plan.workloads.is_empty() {
                with_workloads += 1;
            }
            compared += 1;
        }
    });
    assert!(compared >= 39, "only {compared} scenarios compared");
    assert!(
        with_workloads >= 1,
        "only {with_workloads} scenarios with workloads compared"
    );
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

/// A folder of the shared corpus of third-party test data, which a user's clone does not have:
/// the tests that read it are ignored unless asked for (`cargo test -- --ignored`, as .ci/run
/// does where the corpus is), and fail when it is not there rather than pass on nothing.
fn corpus(name: &str) -> PathBuf {
    let base = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(name);
    assert!(
        base.is_dir(),
        "{} is not here: this test reads the shared corpus",
        base.display()
    );
    base
}

/// Writes a configuration into a fresh scratch directory: (file name, text) pairs.
fn configuration(name: &str, files: &[(&str, &str)]) -> String {
    let dir = std::env::temp_dir()
        .join(format!("sgaudit-tests-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir.to_string_lossy().into_owned()
}

#[test]
fn bad_configuration_is_a_located_error() {
    let group = |ingress: &str| {
        format!("resource \"aws_security_group\" \"g\" {{\n  name = \"g\"\n{ingress}\n}}\n")
    };
    let cases = [
        (
            "syntax",
            "resource \"aws_security_group\" \"g\" {\n  name = \n}\n".to_owned(),
            "main.tf:2:",
        ),
        (
            "undeclared-variable",
            group(
                "  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [var.admin]\n  }",
            ),
            "main.tf:7:20: var.admin is not declared",
        ),
        (
            "undeclared-local",
            group(
                "  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = local.nets\n  }",
            ),
            "main.tf:7:19: local.nets is not declared",
        ),
        (
            "local-cycle",
            "locals {\n  a = local.b\n  b = local.a\n}\n".to_owned(),
            "(a cycle in locals)",
        ),
        (
            "unknown-function",
            "locals {\n  a = nosuch(1)\n}\n".to_owned(),
            "main.tf:2:7: function nosuch is not supported",
        ),
    ];
    let good = "resource \"aws_security_group\" \"ok\" {\n  name = \"ok\"\n  ingress {\n    from_port = 443\n    to_port = 443\n    protocol = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";
    for (name, text, expected) in cases {
        // The broken file sits beside a good one: the good one is still reported.
        let dir = configuration(name, &[("main.tf", &text), ("other.tf", good)]);
        let (code, out, err) = sgaudit(&["check", &dir]);
        assert_eq!(code, 2, "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{name}: one line: {err}");
        assert!(
            err.starts_with("sgaudit: error: ")
                && err.contains(&format!("{dir}/"))
                && err.contains(expected),
            "{name}: expected {expected:?} in {err}"
        );
        assert!(
            out.contains("aws_security_group.ok")
                && out.contains("incomplete: 1 part(s) of the input could not be read"),
            "{name}: {out}"
        );
    }
}

#[test]
fn a_variable_without_a_value_is_unknown_and_listed() {
    let text = r#"
variable "admin_cidr" {
  type = string
}

variable "port" {
  default = 22
}

resource "aws_security_group" "admin" {
  name = "admin"
  ingress {
    from_port   = var.port
    to_port     = var.port
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}

resource "aws_instance" "admin" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.admin.id]
}
"#;
    let dir = configuration("missing-variable", &[("main.tf", text)]);
    let (code, out, err) = sgaudit(&["check", "--format", "json", &dir]);
    assert_eq!((code, err.as_str()), (0, ""));
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        report["input"]["missing_variables"],
        serde_json::json!(["var.admin_cidr"])
    );
    let added = &report["exposure"]["added"][0];
    assert_eq!(
        (
            added["peer"].as_str(),
            added["public"].clone(),
            added["from_port"].as_i64()
        ),
        (Some("unknown:var.admin_cidr"), Value::Null, Some(22))
    );
    assert_eq!(
        added["origins"][0]
            .as_str()
            .map(|o| o.ends_with("main.tf:12")),
        Some(true),
        "{added}"
    );
    // A value given on the command line is used.
    let (code, out, _) = sgaudit(&[
        "check",
        "--format",
        "json",
        "--var",
        "admin_cidr=0.0.0.0/0",
        &dir,
    ]);
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (code, report["exposure"]["added"][0]["peer"].as_str()),
        (1, Some("0.0.0.0/0"))
    );
    assert_eq!(report["input"]["missing_variables"], serde_json::json!([]));
}

/// terraform-aws-modules' security-group examples (in the shared corpus, not in a user's
/// clone): each reads without error, and what it declares is snapshotted.
#[test]
#[ignore = "needs ../shared/corpus, third-party test data a clone does not have: .ci/run runs it where it is"]
fn corpus_examples_read() {
    let base = corpus("terraform-aws-security-group/examples");
    let mut examples: Vec<PathBuf> = std::fs::read_dir(&base)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    examples.sort();
    assert!(examples.len() >= 6);
    for example in examples {
        let name = example.file_name().unwrap().to_string_lossy().into_owned();
        let rel = format!("../shared/corpus/terraform-aws-security-group/examples/{name}");
        // The corpus is not a git repository: its top is named, so that the examples may
        // call the module two directories up.
        let top = "../shared/corpus/terraform-aws-security-group";
        let (code, out, err) = with_root(|| sgaudit(&["check", "--root", top, &rel]));
        assert!(code < 2, "{name}: {err}");
        settings().bind(|| {
            insta::assert_snapshot!(
                format!("corpus-tf-aws-sg@{name}"),
                format!("exit code: {code}\n\n{out}")
            )
        });
    }
}

/// `--base` on a git repository gives the exposure diff the real plan of the same change
/// gives, for every scenario that starts from existing infrastructure (except values unknown
/// at plan time, and those only AWS knows).
#[test]
fn base_revision_diff_matches_the_plan() {
    use std::collections::BTreeSet;

    fn git(dir: &Path, args: &[&str]) {
        let status = std::process::Command::new("git")
            .arg("-C")
            .arg(dir)
            .args([
                "-c",
                "user.name=sgaudit",
                "-c",
                "user.email=sgaudit@example.com",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    }
    /// Resources whose exposure only AWS could tell (a data source, or the default group AWS
    /// makes with a VPC), as the configuration reads.
    fn aws_only(report: &Value) -> BTreeSet<String> {
        let only_aws = |text: &str| {
            text.starts_with("unknown:data.")
                || (text.starts_with("unknown:") && text.ends_with(".default_security_group_id"))
        };
        ["added", "removed", "unchanged"]
            .iter()
            .flat_map(|k| report["exposure"][k].as_array().unwrap().iter())
            .filter(|e| {
                only_aws(e["peer"].as_str().unwrap())
                    || only_aws(e["owner"]["group"].as_str().unwrap())
            })
            .flat_map(|e| {
                e["resources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r.as_str().unwrap().to_owned())
            })
            .collect()
    }
    fn sets(report: &Value, skip: &BTreeSet<String>) -> [BTreeSet<String>; 3] {
        ["added", "removed", "unchanged"].map(|k| {
            report["exposure"][k]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| {
                    let peer = e["peer"].as_str().unwrap();
                    !peer.starts_with("unknown:")
                        && !e["owner"]["group"]
                            .as_str()
                            .unwrap()
                            .starts_with("unknown:")
                        && !e["resources"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .any(|r| skip.contains(r.as_str().unwrap()))
                })
                .map(|e| {
                    format!(
                        "{} {} {} {} {} {}",
                        e["owner"]["group"],
                        e["direction"],
                        e["protocol"],
                        e["from_port"],
                        e["to_port"],
                        e["peer"]
                    )
                })
                .collect()
        })
    }
    let scratch = std::env::temp_dir().join(format!("sgaudit-git-{}", std::process::id()));
    let mut compared = 0;
    with_root(|| {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir("testdata/plans")
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        dirs.sort();
        for dir in dirs {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            // deposed-object's plan follows a failed apply in between: not the plain change.
            if !dir.join("before.tf").exists() || dir.join("middle.tf").exists() {
                continue;
            }
            let repo = scratch.join(&name);
            let _ = std::fs::remove_dir_all(&repo);
            std::fs::create_dir_all(&repo).unwrap();
            git(&repo, &["init", "-q"]);
            std::fs::copy(dir.join("before.tf"), repo.join("main.tf")).unwrap();
            copy_tree(&dir.join("modules"), &repo.join("modules"));
            copy_tfvars(&dir, &repo);
            git(&repo, &["add", "."]);
            git(&repo, &["commit", "-qm", "before"]);
            std::fs::copy(dir.join("after.tf"), repo.join("main.tf")).unwrap();

            let (_, planned, err) = sgaudit(&[
                "check",
                "--format",
                "json",
                &relative(&dir.join("plan.json")),
            ]);
            assert_eq!(err, "");
            let (code, configured, err) = sgaudit(&[
                "check",
                "--format",
                "json",
                "--base",
                "HEAD",
                &repo.to_string_lossy(),
            ]);
            assert!(code < 2, "{name}: {err}");
            let (planned, configured): (Value, Value) = (
                serde_json::from_str(&planned).unwrap(),
                serde_json::from_str(&configured).unwrap(),
            );
            let skip = aws_only(&configured);
            assert_eq!(
                sets(&configured, &skip),
                sets(&planned, &skip),
                "{name}: --base HEAD and the plan disagree"
            );
            compared += 1;
        }
    });
    assert!(compared >= 12, "only {compared} scenarios compared");
}

/// Terraform's JSON syntax reads as its native twin: `ssh-world-inline` written as
/// `.tf.json` gives the exposure of that scenario's real plan.
#[test]
fn json_syntax_reads_like_native_syntax() {
    let json = r#"{
  "resource": {
    "aws_vpc": { "main": { "cidr_block": "10.0.0.0/16" } },
    "aws_security_group": {
      "bastion": {
        "name": "bastion",
        "description": "Bastion host",
        "vpc_id": "${aws_vpc.main.id}",
        "ingress": [
          { "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"] }
        ]
      }
    }
  }
}"#;
    let dir = configuration("tf-json", &[("main.tf.json", json)]);
    let exposure = |args: &[&str]| -> Value {
        let (code, out, err) = with_root(|| sgaudit(args));
        // SSH open on a group nothing uses is low: the run does not fail.
        assert_eq!((code, err.as_str()), (0, ""));
        let mut report: Value = serde_json::from_str(&out).unwrap();
        for e in report["exposure"]["added"].as_array_mut().unwrap() {
            e.as_object_mut().unwrap().remove("origins");
        }
        report["exposure"].clone()
    };
    assert_eq!(
        exposure(&["check", "--format", "json", &dir]),
        exposure(&[
            "check",
            "--format",
            "json",
            "testdata/plans/ssh-world-inline/plan.json"
        ])
    );
    let (_, out, _) = sgaudit(&["check", &dir]);
    assert!(
        out.contains("main.tf.json:5"),
        "the line of \"bastion\": {out}"
    );
}

#[test]
fn modules_missing_cyclic_downloaded_and_remote() {
    let sg = "variable \"port\" {}\nresource \"aws_security_group\" \"this\" {\n  name = \"m\"\n  ingress {\n    from_port = var.port\n    to_port = var.port\n    protocol = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";
    // A local module that is not there is a located error.
    let dir = configuration(
        "missing-module",
        &[("main.tf", "module \"sg\" {\n  source = \"./nowhere\"\n}\n")],
    );
    let (code, _, err) = sgaudit(&["check", &dir]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!(
            "{dir}/main.tf:1:1: module \"sg\": source \"./nowhere\" is not a directory"
        )),
        "{err}"
    );
    // A module that calls itself is a cycle.
    let dir = configuration(
        "cyclic-module",
        &[("main.tf", "module \"me\" {\n  source = \"./\"\n}\n")],
    );
    let (code, _, err) = sgaudit(&["check", &dir]);
    assert_eq!(code, 2);
    assert!(err.contains("(a cycle in modules)"), "{err}");
    // A registry module `terraform init` downloaded is read; one it did not is reported.
    let dir = configuration(
        "downloaded-module",
        &[
            (
                "main.tf",
                "module \"web\" {\n  source = \"example/sg/aws\"\n  port = 443\n}\nmodule \"vpc\" {\n  source = \"example/vpc/aws\"\n}\n",
            ),
            (
                ".terraform/modules/modules.json",
                r#"{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"web","Source":"registry.terraform.io/example/sg/aws","Version":"1.0.0","Dir":".terraform/modules/web"}]}"#,
            ),
            (".terraform/modules/web/main.tf", sg),
        ],
    );
    let (code, out, err) = sgaudit(&["check", "--format", "json", &dir]);
    assert_eq!(
        (code, err.as_str()),
        (0, ""),
        "443 from the world is on the default allow-list"
    );
    let report: Value = serde_json::from_str(&out).unwrap();
    let added = &report["exposure"]["added"][0];
    assert_eq!(
        (
            added["owner"]["group"].as_str(),
            added["from_port"].as_i64()
        ),
        (Some("module.web.aws_security_group.this"), Some(443))
    );
    assert!(
        added["origins"][0]
            .as_str()
            .unwrap()
            .ends_with(".terraform/modules/web/main.tf:4"),
        "{added}"
    );
    let not_analysed = report["input"]["not_analysed"].as_array().unwrap();
    assert_eq!(not_analysed.len(), 1);
    assert!(
        not_analysed[0]
            .as_str()
            .unwrap()
            .starts_with("module.vpc: source \"example/vpc/aws\" is not downloaded"),
        "{not_analysed:?}"
    );
}

/// Every built-in rule fires on its positive fixture and not on its negative one, and every
/// fixture names a rule. A fixture is a directory of `.tf` files (`<rule>/positive/`), or a
/// `plan.path` file naming a real plan under `testdata/plans/`. What a rule says of its
/// positive fixture is snapshotted (`snapshots/rule@<rule>.snap`).
#[test]
fn rules_fire_on_their_fixtures() {
    let rules = crate::policy::built_in();
    let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    with_root(|| {
        for entry in std::fs::read_dir("testdata/rules").unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                ids.contains(&name.as_str()),
                "testdata/rules/{name} names no rule"
            );
        }
        for id in &ids {
            let mut messages = String::new();
            for kind in ["positive", "negative"] {
                let dir = format!("testdata/rules/{id}/{kind}");
                assert!(
                    Path::new(&dir).is_dir(),
                    "rule {id} has no {kind} fixture ({dir}/)"
                );
                let access = crate::access::Access::for_input(Path::new(&dir), Default::default());
                let input = crate::policy::testing::input_of(Path::new(&dir), &access).unwrap();
                let (code, out, err) = sgaudit(&["check", "--format", "json", &input]);
                assert!(code < 2, "{input}: {err}");
                let report: Value = serde_json::from_str(&out).unwrap();
                let fired: Vec<&Value> = report["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|f| f["rule"] == *id)
                    .collect();
                assert_eq!(
                    !fired.is_empty(),
                    kind == "positive",
                    "rule {id} on its {kind} fixture {input}"
                );
                for f in fired {
                    messages.push_str(&format!(
                        "{} {}: {}\n",
                        f["severity"].as_str().unwrap(),
                        f["status"].as_str().unwrap(),
                        f["message"].as_str().unwrap()
                    ));
                }
            }
            settings().bind(|| insta::assert_snapshot!(format!("rule@{id}"), messages));
        }
    });
}

/// The built-in pack passes the pack test runner users run (`sgaudit test`): every fixture's
/// findings are those in its `findings.txt`, and every rule fires on some fixture. After a
/// deliberate change, `SGAUDIT_UPDATE=1 cargo test` rewrites the expected files.
#[test]
fn built_in_pack_passes_its_tests() {
    let config = crate::policy::Settings {
        packs: Some(vec![crate::policy::PackSource::BuiltIn(
            "aws-security-groups".to_owned(),
        )]),
        ..crate::policy::Settings::default()
    };
    let access =
        crate::access::Access::for_input(Path::new(env!("CARGO_MANIFEST_DIR")), Default::default());
    let policy = crate::policy::Policy::load(config, &[], &access).unwrap();
    let update = std::env::var_os("SGAUDIT_UPDATE").is_some();
    let outcome =
        with_root(|| crate::policy::testing::run(&policy, Path::new("testdata/rules"), update))
            .unwrap();
    assert!(outcome.passed, "{}", outcome.text);
}

/// The example team pack passes its own cases; in a copy of it, a case whose expected findings
/// are wrong fails with a diff and exit 1 until `--update` rewrites it, and a rule that no case
/// fires fails the run.
#[test]
fn a_user_pack_is_tested_like_snapshots() {
    let (code, out, err) = with_root(|| sgaudit(&["test", "examples/packs/team-network"]));
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.ends_with("4 cases, all passed\n"), "{out}");

    let copy = std::env::temp_dir().join(format!("sgaudit-pack-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    copy_tree(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/packs/team-network")
            .as_path(),
        &copy,
    );
    let pack = copy.to_string_lossy().into_owned();
    let expected = copy.join("tests/database-from-app-group/findings.txt");
    std::fs::write(
        &expected,
        "high new database-reached-from-addresses: nothing\n",
    )
    .unwrap();
    let (code, out, _) = sgaudit(&["test", &pack]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("-high new database-reached-from-addresses: nothing"),
        "{out}"
    );
    assert!(out.contains("FAILED"), "{out}");

    let (code, out, _) = sgaudit(&["test", &pack, "--update"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(std::fs::read_to_string(&expected).unwrap(), "");
    assert_eq!(sgaudit(&["test", &pack]).0, 0);

    // Without the case that fires it, a rule is untested: the run fails and names it.
    std::fs::remove_dir_all(copy.join("tests/public-on-edge-and-off-edge")).unwrap();
    let (code, out, _) = sgaudit(&["test", &pack]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("no case fires public-outside-edge"), "{out}");
    std::fs::remove_dir_all(&copy).unwrap();
}

/// The gate: a change that opens SSH to ::/0 inside 0-1024 fails; one that only changes tags
/// on a group that was already open passes, its findings reported as existing.
#[test]
fn the_gate_fails_new_findings_only() {
    let (code, out, _) = with_root(|| {
        sgaudit(&[
            "check",
            "--format",
            "json",
            "testdata/rules/admin-ports-public-ipv6/positive",
        ])
    });
    assert_eq!(code, 1, "{out}");
    let (code, out, _) = with_root(|| {
        sgaudit(&[
            "check",
            "--format",
            "json",
            "testdata/plans/tag-change-existing-open/plan.json",
        ])
    });
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&out).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert!(
        !findings.is_empty() && findings.iter().all(|f| f["status"] == "existing"),
        "{findings:?}"
    );
    let (code, _, _) = with_root(|| {
        sgaudit(&[
            "check",
            "--fail-scope",
            "all",
            "testdata/plans/tag-change-existing-open/plan.json",
        ])
    });
    assert_eq!(code, 1, "--fail-scope all fails on existing findings too");
    let (code, _, _) = with_root(|| {
        sgaudit(&[
            "check",
            "--fail-on",
            "critical",
            "testdata/rules/admin-ports-public-ipv6/positive",
        ])
    });
    assert_eq!(code, 0, "a high finding does not fail --fail-on critical");
}

/// Verdicts compared with KICS's own test cases (`../shared/corpus/kics`, not in a user's
/// clone): per query, each resource of each positive and negative file, flagged by KICS (its
/// expected results) or not, against flagged by the sgaudit rules that cover the same risk. The
/// report is a snapshot; `docs/accuracy.md` explains every disagreement.
#[test]
#[ignore = "needs ../shared/corpus, third-party test data a clone does not have: .ci/run runs it where it is"]
fn kics_agreement() {
    use std::collections::BTreeSet;
    let base = corpus("kics");
    let public = [
        "admin-ports-public-ipv4",
        "admin-ports-public-ipv6",
        "high-risk-ports-public",
        "data-store-ports-public",
        "all-traffic-public",
        "public-port-outside-allow-list",
    ];
    let queries: [(&str, &[&str]); 14] = [
        (
            "security_group_with_unrestricted_access_to_ssh",
            &["admin-ports-public-ipv4", "admin-ports-public-ipv6"],
        ),
        (
            "remote_desktop_port_open_to_internet",
            &["admin-ports-public-ipv4", "admin-ports-public-ipv6"],
        ),
        ("unrestricted_security_group_ingress", &public),
        ("http_port_open", &public),
        (
            "unknown_port_exposed_to_internet",
            &["public-port-outside-allow-list"],
        ),
        ("sensitive_port_is_exposed_to_entire_network", &public),
        ("sensitive_port_is_exposed_to_small_public_network", &public),
        (
            "sensitive_port_is_exposed_to_wide_private_network",
            &["broad-private-ipv4-range", "broad-private-ipv6-range"],
        ),
        (
            "sql_analysis_services_port_2383_is_publicly_accessible",
            &public,
        ),
        (
            "default_security_groups_with_unrestricted_traffic",
            &["default-group-has-permissions"],
        ),
        (
            "vpc_default_security_group_accepts_all_traffic",
            &["default-group-has-permissions"],
        ),
        (
            "security_group_without_description",
            &["group-description-missing"],
        ),
        (
            "security_group_rules_without_description",
            &["permission-description-missing"],
        ),
        ("ec2_instance_using_default_security_group", &[]),
    ];
    let index: Value =
        serde_json::from_str(&std::fs::read_to_string(base.join("INDEX.json")).unwrap()).unwrap();
    let mut report = String::new();
    let (mut agree, mut total) = (0, 0);
    for (query, rules) in queries {
        let entry = &index["queries"][query];
        let dir = base.join("queries").join(query).join("test");
        let expected = &entry["expected_results"];
        let mut lines = Vec::new();
        let files = entry["positive_files"]
            .as_array()
            .unwrap()
            .iter()
            .chain(entry["negative_files"].as_array().unwrap());
        for file in files {
            let file = file.as_str().unwrap();
            if !file.ends_with(".tf") {
                continue;
            }
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            // The line of each resource or module block; a line belongs to the block above it.
            let blocks: Vec<(usize, String)> = text
                .lines()
                .enumerate()
                .filter(|(_, l)| l.starts_with("resource ") || l.starts_with("module "))
                .map(|(i, l)| {
                    (
                        i + 1,
                        l.trim_end_matches(" {")
                            .replace('"', "")
                            .replacen("resource ", "", 1)
                            .replace(' ', "."),
                    )
                })
                .collect();
            let owner = |line: usize| {
                blocks
                    .iter()
                    .rev()
                    .find(|(start, _)| *start <= line)
                    .map(|(_, name)| name.clone())
            };
            let kics: BTreeSet<String> = expected[file]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|l| owner(l.as_u64().unwrap() as usize))
                .collect();
            let work = configuration(&format!("kics-{query}-{file}"), &[("main.tf", &text)]);
            let (code, out, _) = sgaudit(&["check", "--format", "json", &work]);
            let ours: BTreeSet<String> = if code == 2 && out.is_empty() {
                BTreeSet::new()
            } else {
                let r: Value = serde_json::from_str(&out).unwrap();
                r["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|f| rules.contains(&f["rule"].as_str().unwrap()))
                    .flat_map(|f| {
                        f["origins"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .filter_map(|o| o.as_str()?.rsplit(':').next()?.parse().ok())
                            .filter_map(owner)
                            .collect::<Vec<_>>()
                    })
                    .collect()
            };
            for (_, block) in &blocks {
                total += 1;
                let (k, o) = (kics.contains(block), ours.contains(block));
                if k == o {
                    agree += 1;
                } else {
                    let kind = if code == 2 {
                        " (sgaudit could not read the file)"
                    } else {
                        ""
                    };
                    lines.push(format!(
                        "  {file} {block}: KICS {}, sgaudit {}{kind}",
                        if k { "flags" } else { "passes" },
                        if o { "flags" } else { "passes" }
                    ));
                }
            }
        }
        report.push_str(&format!(
            "{query} -> {}\n",
            if rules.is_empty() {
                "(no sgaudit rule)".to_owned()
            } else {
                rules.join(", ")
            }
        ));
        for l in lines {
            report.push_str(&l);
            report.push('\n');
        }
    }
    report.insert_str(
        0,
        &format!("{agree} of {total} resource verdicts agree\n\n"),
    );
    settings().bind(|| insta::assert_snapshot!("accuracy@kics", report));
}

/// Verdicts compared with regula's (`../shared/corpus/regula`, not in a user's clone): per
/// resource, on regula's plan JSON (Terraform 0.12 to 0.15) and its `.tf` inputs, and per file
/// where regula only asserts that. The report is a snapshot; `docs/accuracy.md` explains every
/// disagreement.
#[test]
#[ignore = "needs ../shared/corpus, third-party test data a clone does not have: .ci/run runs it where it is"]
fn regula_agreement() {
    use std::collections::BTreeSet;
    let base = corpus("regula");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(base.join("expected.json")).unwrap())
            .unwrap();
    let rules = &expected["rules"];
    // What a regula rule means in sgaudit terms: which rules, and which port must be inside
    // the flagged port range (none: any).
    let meaning = |rule: &str| -> (&[&str], Option<i64>) {
        match rule {
            r if r.starts_with("FG_R00377") => (
                &["public-port-outside-allow-list", "all-traffic-public"],
                None,
            ),
            r if r.contains("FG_R00085") => {
                (&["admin-ports-public-ipv4", "all-traffic-public"], Some(22))
            }
            _ => (
                &["admin-ports-public-ipv4", "all-traffic-public"],
                Some(3389),
            ),
        }
    };
    // The resources sgaudit flags for a regula rule in one input.
    let flagged = |input: &Path, rule: &str| -> (u8, BTreeSet<String>) {
        let (rules, port) = meaning(rule);
        let arg = if input.extension().is_some_and(|x| x == "tf") {
            let text = std::fs::read_to_string(input).unwrap();
            configuration(
                &format!("regula-{}", input.file_name().unwrap().to_string_lossy()),
                &[("main.tf", &text)],
            )
        } else {
            input.to_string_lossy().into_owned()
        };
        let (code, out, _) = sgaudit(&["check", "--format", "json", &arg]);
        let report: Value = serde_json::from_str(&out).unwrap_or(Value::Null);
        let set = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| rules.contains(&f["rule"].as_str().unwrap()))
            .filter(|f| {
                port.is_none_or(|p| {
                    f["from_port"].as_i64().is_none_or(|from| from <= p)
                        && f["to_port"].as_i64().is_none_or(|to| to >= p || to == -1)
                })
            })
            .flat_map(|f| {
                f["resources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r.as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
            })
            .collect();
        (code, set)
    };
    let mut report = String::new();
    let (mut agree, mut total) = (0, 0);
    let mut verdict = |what: String, regula_fails: bool, ours: bool, report: &mut String| {
        total += 1;
        if regula_fails == ours {
            agree += 1;
        } else {
            report.push_str(&format!(
                "  {what}: regula {}, sgaudit {}\n",
                if regula_fails { "fails" } else { "passes" },
                if ours { "flags" } else { "passes" }
            ));
        }
    };
    let mut names: Vec<&String> = rules.as_object().unwrap().keys().collect();
    names.sort();
    for name in names {
        let rule = &rules[name.as_str()];
        report.push_str(&format!("{name}\n"));
        // Per-resource verdicts over each input (plan JSON and .tf).
        if let Some(per) = rule["expected"].as_object() {
            for input in rule["inputs"].as_array().unwrap() {
                let path = base.join(input.as_str().unwrap().split(' ').next().unwrap());
                let (_, ours) = flagged(&path, name);
                for (resource, v) in per {
                    verdict(
                        format!("{} {resource}", path.file_name().unwrap().to_string_lossy()),
                        v == "FAIL",
                        ours.contains(resource),
                        &mut report,
                    );
                }
            }
        }
        // Per-file verdicts, and the per-resource ones inferred from the configuration.
        if let Some(files) = rule["file_level_expected"].as_object() {
            for (file, v) in files {
                let path = base.join(file);
                let (_, ours) = flagged(&path, name);
                verdict(
                    format!("{} (file)", path.file_name().unwrap().to_string_lossy()),
                    v == "INVALID",
                    !ours.is_empty(),
                    &mut report,
                );
                for (key, v) in rule["per_resource_inferred"]
                    .as_object()
                    .into_iter()
                    .flatten()
                {
                    let (f, resource) = key.split_once(": ").unwrap();
                    if path.ends_with(f) {
                        let resource = resource.split(' ').next().unwrap();
                        verdict(
                            format!("{f} {resource}"),
                            v == "FAIL",
                            ours.contains(resource),
                            &mut report,
                        );
                    }
                }
            }
        }
    }
    report.insert_str(0, &format!("{agree} of {total} verdicts agree\n\n"));
    settings().bind(|| insta::assert_snapshot!("accuracy@regula", report));
}

/// terraform-compliance's cases (`../shared/corpus/terraform-compliance`) hold real plans of
/// Terraform 0.12 to 0.13 with custom Gherkin policies, not verdicts sgaudit's rules can share:
/// every plan must read, and what sgaudit makes of each is a snapshot.
#[test]
#[ignore = "needs ../shared/corpus, third-party test data a clone does not have: .ci/run runs it where it is"]
fn terraform_compliance_plans_read() {
    let base = corpus("terraform-compliance");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&base)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("plan.out.json").exists())
        .collect();
    cases.sort();
    let mut report = String::new();
    for case in cases {
        let (code, out, err) = sgaudit(&[
            "check",
            "--format",
            "json",
            &case.join("plan.out.json").to_string_lossy(),
        ]);
        let r: Value =
            serde_json::from_str(&out).unwrap_or_else(|_| panic!("{}: {err}", case.display()));
        let rules: std::collections::BTreeSet<&str> = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap())
            .collect();
        report.push_str(&format!(
            "{}: exit {code}, format {}, {} groups, findings: {}\n",
            case.file_name().unwrap().to_string_lossy(),
            r["input"]["format_version"].as_str().unwrap(),
            r["groups"].as_array().unwrap().len(),
            rules.into_iter().collect::<Vec<_>>().join(", ")
        ));
        for e in r["input"]["errors"].as_array().unwrap() {
            report.push_str(&format!(
                "  error: {}\n",
                e.as_str()
                    .unwrap()
                    .rsplit(": ")
                    .take(2)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join(": ")
            ));
        }
    }
    settings().bind(|| insta::assert_snapshot!("accuracy@terraform-compliance", report));
}

/// A user's configuration: their own pack (network and group-set names), a disabled rule, a
/// severity override and the gate defaults.
#[test]
fn configuration_and_user_packs() {
    let pack = r#"
rule "db-only-from-app" {
  title       = "Database reachable from something other than the application tier"
  severity    = "high"
  why         = "Databases are reached only from the app tier."
  remediation = "Allow the database port from the app group only."

  exposure {
    direction  = "ingress"
    group_sets = ["databases"]
    outside    = ["office"]
    peers      = ["cidr"]
  }
}
"#;
    let main = r#"
resource "aws_security_group" "db" {
  name        = "db"
  description = "Database"

  ingress {
    description = "PostgreSQL from the office"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }

  ingress {
    description = "PostgreSQL from a partner"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["198.51.100.0/24"]
  }
}
"#;
    let config = r#"
packs      = ["aws-security-groups", "./policies"]
disable    = ["permission-description-missing"]
severity   = { "data-store-ports-public" = "medium" }
fail_on    = "critical"

network "office" {
  cidrs = ["203.0.113.0/24"]
}

group_set "databases" {
  addresses = ["aws_security_group.db*"]
}
"#;
    let dir = configuration(
        "user-config",
        &[
            ("main.tf", main),
            (".sgaudit.hcl", config),
            ("policies/team.hcl", pack),
        ],
    );
    let (code, out, err) = sgaudit(&["check", "--format", "json", &dir]);
    assert_eq!(
        (code, err.as_str()),
        (0, ""),
        "fail_on critical from the configuration"
    );
    let report: Value = serde_json::from_str(&out).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let of = |rule: &str| {
        findings
            .iter()
            .filter(|f| f["rule"] == rule)
            .collect::<Vec<_>>()
    };
    let ours = of("db-only-from-app");
    assert_eq!(ours.len(), 1, "{findings:?}");
    assert_eq!(
        ours[0]["peers"],
        serde_json::json!(["198.51.100.0/24"]),
        "the office network is allowed"
    );
    assert!(of("permission-description-missing").is_empty(), "disabled");
    assert!(
        of("data-store-ports-public")
            .iter()
            .all(|f| f["severity"] == "medium"),
        "overridden"
    );
    // The command line still wins over the configuration's gate.
    let (code, _, _) = sgaudit(&["check", "--fail-on", "high", &dir]);
    assert_eq!(code, 1);
    // `rules` lists the user's rule beside the built-in ones.
    let (_, out, _) = sgaudit(&["rules", "--config-file", &format!("{dir}/.sgaudit.hcl")]);
    assert!(
        out.contains("db-only-from-app") && !out.contains("permission-description-missing"),
        "{out}"
    );
    // A rule naming a network the configuration does not define is an error that says so.
    let broken = configuration(
        "user-config-broken",
        &[
            ("main.tf", main),
            (".sgaudit.hcl", "packs = [\"./policies\"]\n"),
            ("policies/team.hcl", pack),
        ],
    );
    let (code, _, err) = sgaudit(&["check", &broken]);
    assert_eq!(code, 2);
    assert!(
        err.contains("team.hcl:2") && err.contains("names network \"office\""),
        "{err}"
    );
}

/// Waivers: a waived finding is reported as waived and does not fail the run; an expired
/// waiver stops applying and says so; an unused one is reported; one without a reason is an
/// error. Inline ignores work the same, and need a reason too.
#[test]
fn waivers_and_inline_ignores() {
    let main = r#"
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"

  # sgaudit:ignore high-risk-ports-public -- the bastion is the one door, reviewed by security
  ingress {
    description = "FTP, SSH and Telnet from anywhere"
    from_port   = 20
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "bastion" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.bastion.id]
}
"#;
    let waivers = |expires: &str| {
        format!(
            r#"
waiver {{
  rule    = "admin-ports-public-ipv4"
  group   = "aws_security_group.bastion"
  ports   = ["20-23"]
  peer    = "0.0.0.0/0"
  reason  = "Bastion, tracked in SEC-123"
  expires = "{expires}"
}}

waiver {{
  rule   = "public-port-outside-allow-list"
  group  = "aws_security_group.nothing"
  reason = "left over"
}}
"#
        )
    };
    let run = |name: &str, config: &str| -> (u8, Value) {
        let dir = configuration(name, &[("main.tf", main), (".sgaudit.hcl", config)]);
        let (code, out, err) = sgaudit(&["check", "--format", "json", &dir]);
        assert_eq!(err, "");
        (code, serde_json::from_str(&out).unwrap())
    };
    let waived = |r: &Value, rule: &str| {
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule)
            .map(|f| f["waived"].clone())
    };

    let (code, r) = run("waivers-valid", &waivers("2999-12-31"));
    assert_eq!(
        waived(&r, "admin-ports-public-ipv4").unwrap()["reason"],
        "Bastion, tracked in SEC-123"
    );
    assert_eq!(
        waived(&r, "high-risk-ports-public").unwrap()["reason"],
        "the bastion is the one door, reviewed by security"
    );
    assert_eq!(code, 0, "every high finding is waived: {r}");
    let notes = r["notes"].to_string();
    assert!(
        notes.contains(
            "the waiver of public-port-outside-allow-list matched no finding: it is unused"
        ),
        "{notes}"
    );

    let (code, r) = run("waivers-expired", &waivers("2001-01-01"));
    assert_eq!(code, 1, "the expired waiver no longer applies");
    assert_eq!(waived(&r, "admin-ports-public-ipv4").unwrap(), Value::Null);
    assert!(
        r["notes"]
            .to_string()
            .contains("the waiver of admin-ports-public-ipv4 expired on 2001-01-01"),
        "{}",
        r["notes"]
    );

    let dir = configuration(
        "waivers-no-reason",
        &[
            ("main.tf", main),
            (
                ".sgaudit.hcl",
                "waiver {\n  rule = \"admin-ports-public-ipv4\"\n}\n",
            ),
        ],
    );
    let (code, _, err) = sgaudit(&["check", &dir]);
    assert_eq!(code, 2);
    assert!(
        err.contains(".sgaudit.hcl:1:1: the waiver of \"admin-ports-public-ipv4\" needs a reason"),
        "{err}"
    );

    // An ignore without a reason, and one naming a rule that does not fire there (a typo, or a
    // rule since fixed), do not apply, and a note says why.
    for (name, from, to, note) in [
        (
            "ignore-no-reason",
            " -- the bastion is the one door, reviewed by security",
            "",
            "`sgaudit:ignore high-risk-ports-public` has no reason",
        ),
        (
            "ignore-unused",
            "sgaudit:ignore high-risk-ports-public",
            "sgaudit:ignore high-risk-port-public",
            "the ignore of high-risk-port-public matched no finding: it is unused",
        ),
    ] {
        let dir = configuration(name, &[("main.tf", &main.replace(from, to))]);
        let (code, out, _) = sgaudit(&["check", "--format", "json", &dir]);
        let r: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(code, 1, "{name}");
        assert_eq!(waived(&r, "high-risk-ports-public").unwrap(), Value::Null);
        assert!(
            r["notes"].to_string().contains(note),
            "{name}: {}",
            r["notes"]
        );
    }
}

/// On real plans of an adopted account: a baseline taken on the first plan accepts everything it
/// found, even under `--fail-scope all`; a later plan that opens one more public port fails on
/// exactly that port.
#[test]
fn a_baseline_from_a_plan_gates_the_next_plan() {
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
    with_root(|| {
        let (code, out, _) =
            sgaudit(&["check", "--fail-scope", "all", "--format", "json", adopted]);
        assert_eq!(code, 1, "the account is messy: {out}");
        let (code, baseline, err) = sgaudit(&["baseline", adopted]);
        assert_eq!(code, 0, "{err}");
        let file = scratch("plan-baseline.json", baseline.as_bytes());

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
    });
}

/// A baseline taken on one configuration turns its findings into existing ones; a change that
/// then opens one more public port fails the gate on exactly that one.
#[test]
fn baselines_gate_only_what_is_new() {
    let group = |extra: &str| {
        format!(
            "resource \"aws_security_group\" \"legacy\" {{\n  name        = \"legacy\"\n  description = \"Legacy app\"\n\n  ingress {{\n    description = \"SSH from anywhere\"\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }}\n{extra}}}\n"
        )
    };
    let before = configuration("baseline-before", &[("main.tf", &group(""))]);
    let (code, baseline, _) = sgaudit(&["baseline", &before]);
    assert_eq!(code, 0);
    let file = scratch("baseline.json", baseline.as_bytes());
    let (code, _, _) = sgaudit(&["check", "--baseline", &file, &before]);
    assert_eq!(code, 0, "everything the baseline recorded is existing");
    let mysql = "\n  ingress {\n    description = \"MySQL from anywhere\"\n    from_port   = 3306\n    to_port     = 3306\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n";
    let after = configuration("baseline-after", &[("main.tf", &group(mysql))]);
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

#[test]
fn markdown_snapshots() {
    settings().bind(|| {
        insta::glob!("../testdata", "plans/*/plan.json", |path| {
            let rel = relative(path);
            let (_, out, err) = with_root(|| sgaudit(&["check", "--format", "markdown", &rel]));
            assert_eq!(err, "", "{rel}");
            assert!(out.starts_with("<!-- sgaudit -->\n"), "{rel}");
            well_formed_markdown(&out);
            insta::assert_snapshot!("markdown", out);
        });
    });
}

/// Every table has a header, a delimiter row and rows of as many cells, and ends before a blank
/// line; `<details>` open and close in pairs; code blocks are closed.
fn well_formed_markdown(out: &str) {
    let cells = |line: &str| line.replace("\\|", "").matches('|').count();
    let lines: Vec<&str> = out.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with('|') {
            i += 1;
            continue;
        }
        let width = cells(lines[i]);
        assert!(
            lines.get(i + 1).is_some_and(|l| l.starts_with("|---")),
            "a table without its delimiter row at line {}: {:?}",
            i + 1,
            lines[i]
        );
        while i < lines.len() && lines[i].starts_with('|') {
            assert!(
                lines[i].ends_with(" |") || lines[i].ends_with("|---|"),
                "a cut row: {:?}",
                lines[i]
            );
            assert_eq!(
                cells(lines[i]),
                width,
                "a row of another width: {:?}",
                lines[i]
            );
            i += 1;
        }
        assert_eq!(
            lines.get(i).copied(),
            Some(""),
            "a table must end before a blank line"
        );
    }
    let mut open = false;
    for line in &lines {
        if line.starts_with("<details>") {
            assert!(!open, "nested <details>");
            open = true;
        }
        if line.starts_with("</details>") {
            assert!(open, "</details> without <details>");
            open = false;
        }
    }
    assert!(!open, "<details> left open");
    assert_eq!(out.matches("```").count() % 2, 0, "a code block left open");
}

#[test]
fn markdown_stays_under_the_comment_limit() {
    use std::fmt::Write as _;
    let mut tf =
        String::from("resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n");
    for g in 0..3000 {
        let _ = write!(
            tf,
            "\nresource \"aws_security_group\" \"g{g}\" {{\n  name        = \"g{g}\"\n  description = \"Group {g}\"\n  vpc_id      = aws_vpc.main.id\n"
        );
        for port in [22, 3389, 5432, 8080] {
            let _ = write!(
                tf,
                "\n  ingress {{\n    description = \"port {port} | from anywhere\"\n    from_port   = {port}\n    to_port     = {port}\n    protocol    = \"tcp\"\n    cidr_blocks      = [\"0.0.0.0/0\"]\n    ipv6_cidr_blocks = [\"::/0\"]\n  }}\n"
            );
        }
        tf.push_str("}\n");
    }
    let dir = configuration("markdown-huge", &[("main.tf", &tf)]);
    let (code, out, err) = sgaudit(&["check", "--format", "markdown", &dir]);
    assert_eq!(code, 1, "{}", &err[..err.len().min(1000)]);
    assert!(out.len() < 65_536, "{} characters", out.len());
    assert!(out.starts_with("<!-- sgaudit -->\n## sgaudit\n\n**"));
    assert!(
        out.contains("more findings: the comment would be too long; see the JSON or SARIF report")
    );
    assert!(out.contains("paths; the JSON report lists them all"));
    assert!(!out.contains(&std::env::temp_dir().to_string_lossy().into_owned()));
    well_formed_markdown(&out);
    // The folded sections shrink before the new findings do.
    let new = &out[out.find("### New findings").unwrap()..];
    assert!(new.matches("\n| high |").count() > 50);
}

#[test]
fn markdown_verdict_and_diagram_of_a_widened_cidr() {
    let (code, out, err) = with_root(|| {
        sgaudit(&[
            "check",
            "--format",
            "markdown",
            "testdata/plans/widened-cidr/plan.json",
        ])
    });
    assert_eq!((code, err.as_str()), (1, ""));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[..2], ["<!-- sgaudit -->", "## sgaudit"]);
    assert_eq!(
        lines[3],
        "**1 new high finding, 1 new medium finding; 2 existing findings.**"
    );
    let mermaid = out
        .split("```mermaid\n")
        .nth(1)
        .and_then(|m| m.split("```").next())
        .expect("a mermaid block");
    assert!(mermaid.starts_with("flowchart LR\n"));
    for line in [
        "p0((\"internet 0.0.0.0/0\"))",
        "g0[\"aws_security_group.ssh\"]",
        "s0([\"tcp 22\"])",
        "p0 --> g0",
        "g0 --> s0",
    ] {
        assert!(
            mermaid.lines().any(|l| l.trim() == line),
            "{line}\n{mermaid}"
        );
    }
}

/// The SARIF report of each plan scenario (`snapshots/sarif@<scenario>.snap`).
#[test]
fn sarif_snapshots() {
    settings().bind(|| {
        insta::glob!("../testdata", "plans/*/plan.json", |path| {
            let rel = relative(path);
            let (_, out, err) = with_root(|| sgaudit(&["check", "--format", "sarif", &rel]));
            assert_eq!(err, "", "{rel}");
            insta::assert_snapshot!("sarif", out);
        });
    });
}

/// A validator of the official SARIF 2.1.0 schema (`testdata/sarif-schema-2.1.0.json`, a
/// draft-04 schema), formats included.
fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// What the schema finds wrong with a SARIF log, one line per error.
fn sarif_errors(validator: &jsonschema::Validator, log: &Value) -> Vec<String> {
    validator
        .iter_errors(log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// What GitHub code scanning needs beyond the schema: rules that fired, sorted, each with a
/// `security-severity` string in 0.0–10.0; results pointing at their rule, with a fingerprint
/// and a relative location with a line.
fn sarif_fits_github(log: &Value, input: &str) {
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert!(ids.is_sorted(), "{input}: {ids:?}");
    for rule in rules {
        let severity = rule["properties"]["security-severity"].as_str();
        let score = severity.and_then(|s| s.parse::<f64>().ok());
        assert!(
            score.is_some_and(|s| (0.0..=10.0).contains(&s)),
            "{input}: security-severity must be a string of a number: {rule}"
        );
        assert!(!rule["help"]["markdown"].as_str().unwrap().is_empty());
    }
    let results = run["results"].as_array().unwrap();
    for r in results {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(r["ruleId"], rules[index]["id"], "{input}");
        assert!(
            r["partialFingerprints"]["sgaudit/v1"].is_string(),
            "{input}"
        );
        let locations = r["locations"].as_array().unwrap();
        assert!(!locations.is_empty(), "{input}: {r}");
        for l in locations {
            let uri = l["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap();
            assert!(
                !uri.starts_with('/') && !uri.starts_with("./") && !uri.contains(['\\', ':']),
                "{input}: {uri}"
            );
            assert!(l["physicalLocation"]["region"]["startLine"].as_u64() >= Some(1));
        }
    }
    for id in &ids {
        assert!(results.iter().any(|r| r["ruleId"] == *id), "{input}: {id}");
    }
}

/// Every SARIF log sgaudit writes for its test data (plan scenarios and rule fixtures) is valid
/// SARIF 2.1.0 and fits GitHub; the same validator rejects a broken log.
#[test]
fn sarif_is_valid_for_every_input() {
    let validator = sarif_validator();
    let mut inputs: Vec<String> = Vec::new();
    with_root(|| {
        for entry in std::fs::read_dir("testdata/plans").unwrap() {
            let plan = entry.unwrap().path().join("plan.json");
            if plan.is_file() {
                inputs.push(relative(&plan));
            }
        }
        for entry in std::fs::read_dir("testdata/rules").unwrap() {
            let case = entry.unwrap().path().join("positive");
            let access = crate::access::Access::for_input(&case, Default::default());
            inputs.push(crate::policy::testing::input_of(&case, &access).unwrap());
        }
        inputs.sort();
        let mut results = 0;
        for input in &inputs {
            let (code, out, err) = sgaudit(&["check", "--format", "sarif", input]);
            assert!(code < 2, "{input}: {err}");
            let log: Value = serde_json::from_str(&out).unwrap();
            let errors = sarif_errors(&validator, &log);
            assert!(errors.is_empty(), "{input}:\n{}", errors.join("\n"));
            sarif_fits_github(&log, input);
            results += log["runs"][0]["results"].as_array().unwrap().len();
        }
        assert!(inputs.len() > 40 && results > 100, "{inputs:?}: {results}");

        let (_, out, _) = sgaudit(&["check", "--format", "sarif", &inputs[0]]);
        let good: Value = serde_json::from_str(&out).unwrap();
        let breakages = [
            ("/version", Value::from("2.2.0")),
            ("/runs/0/results/0/level", Value::from("critical")),
            (
                "/runs/0/results/0/locations/0/physicalLocation/region/startLine",
                Value::from(0),
            ),
            ("/runs/0/results/0/message", Value::from("not an object")),
            ("/runs/0/tool/driver/colour", Value::from("red")),
        ];
        for (pointer, value) in breakages {
            let mut broken = good.clone();
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            broken.pointer_mut(parent).unwrap()[key] = value;
            assert!(
                !sarif_errors(&validator, &broken).is_empty(),
                "the schema accepts a log with a bad {pointer}"
            );
        }
    });
}

/// A finding keeps its SARIF fingerprint when only its line moves; a waived finding is
/// reported with a suppression: `inSource` for an ignore comment, `external` for a waiver of
/// the configuration; findings of a change are `new`.
#[test]
fn sarif_fingerprints_and_suppressions() {
    let main = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("testdata/rules/admin-ports-public-ipv4/positive/main.tf"),
    )
    .unwrap();
    let results = |text: &str| -> Vec<Value> {
        let dir = configuration("sarif-lines", &[("main.tf", text)]);
        let (code, out, err) = sgaudit(&["check", "--format", "sarif", &dir]);
        assert!(code < 2, "{err}");
        let log: Value = serde_json::from_str(&out).unwrap();
        log["runs"][0]["results"].as_array().unwrap().clone()
    };
    let fingerprints = |results: &[Value]| -> Vec<(String, Value, u64)> {
        results
            .iter()
            .map(|r| {
                let region = &r["locations"][0]["physicalLocation"]["region"];
                (
                    r["ruleId"].as_str().unwrap().to_owned(),
                    r["partialFingerprints"].clone(),
                    region["startLine"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let before = fingerprints(&results(&main));
    let after = fingerprints(&results(&format!("\n\n\n{main}")));
    assert!(!before.is_empty());
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!((&b.0, &b.1), (&a.0, &a.1), "only the line moved");
        assert_eq!(b.2 + 3, a.2, "{} moved three lines down", b.0);
    }

    let bastion = r#"
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"

  # sgaudit:ignore high-risk-ports-public -- the bastion is the one door
  ingress {
    description = "FTP, SSH and Telnet from anywhere"
    from_port   = 20
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "bastion" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.bastion.id]
}
"#;
    let waiver =
        "waiver {\n  rule   = \"admin-ports-public-ipv4\"\n  reason = \"Bastion, SEC-123\"\n}\n";
    let dir = configuration(
        "sarif-waivers",
        &[("main.tf", bastion), (".sgaudit.hcl", waiver)],
    );
    let (_, out, err) = sgaudit(&["check", "--format", "sarif", &dir]);
    assert_eq!(err, "");
    let log: Value = serde_json::from_str(&out).unwrap();
    assert!(sarif_errors(&sarif_validator(), &log).is_empty());
    let results = log["runs"][0]["results"].as_array().unwrap();
    let of = |rule: &str| results.iter().find(|r| r["ruleId"] == rule).unwrap();
    let ignored = &of("high-risk-ports-public")["suppressions"][0];
    assert_eq!(ignored["kind"], "inSource", "{ignored}");
    assert_eq!(ignored["justification"], "the bastion is the one door");
    let waived = &of("admin-ports-public-ipv4")["suppressions"][0];
    assert_eq!(waived["kind"], "external", "{waived}");
    assert_eq!(waived["justification"], "Bastion, SEC-123");
    assert!(results.iter().all(|r| r["baselineState"] == "new"));
    assert!(
        of("public-port-outside-allow-list")["suppressions"].is_null(),
        "{out}"
    );
}

/// Past 5,000 findings the log keeps the most severe and says how many there were.
#[test]
fn sarif_caps_results_most_severe_first() {
    use crate::policy::{Finding, FindingStatus, Severity};
    let finding = |i: usize, severity: Severity| Finding {
        rule: format!("rule-{}", severity.as_str()),
        title: "A title".to_owned(),
        severity,
        status: FindingStatus::New,
        change: Some(crate::model::Growth::Added),
        security_group: format!("aws_security_group.g{i}"),
        resources: Vec::new(),
        origins: vec![crate::model::Origin::at("main.tf", i + 1)],
        exposures: Vec::new(),
        message: format!("finding {i}"),
        waived: None,
        baselined: false,
        workload: None,
    };
    let mut findings: Vec<Finding> = (0..6000).map(|i| finding(i, Severity::Low)).collect();
    findings.push(finding(6000, Severity::Critical));
    findings.push(Finding {
        status: FindingStatus::Resolved,
        ..finding(6001, Severity::Critical)
    });
    let input = crate::model::Input {
        source: crate::model::Source {
            path: "plan.json".to_owned(),
            ..crate::model::Source::default()
        },
        ..crate::model::Input::default()
    };
    let diff = crate::diff::Diff::default();
    let reach = crate::reach::Reach::default();
    let report = crate::report::Report {
        input: &input,
        diff: &diff,
        reach: &reach,
        findings: &findings,
        rules: &[],
        cwd: None,
    };
    let log = crate::report::check_sarif(&report);
    let run = &log["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 5000);
    assert_eq!(results[0]["message"]["text"], "finding 6000");
    assert_eq!(results[0]["level"], "error");
    assert_eq!(results[1]["message"]["text"], "finding 0");
    assert_eq!(run["properties"]["sgaudit/results_total"], 6001);
    assert_eq!(run["properties"]["sgaudit/results_truncated"], true);
    assert!(sarif_errors(&sarif_validator(), &log).is_empty());
    assert_eq!(log, crate::report::check_sarif(&report), "deterministic");
}

#[test]
fn markdown_says_when_the_input_is_incomplete() {
    let good = "resource \"aws_security_group\" \"web\" {\n  name        = \"web\"\n  description = \"Web\"\n\n  ingress {\n    description = \"HTTPS\"\n    from_port   = 443\n    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";
    let dir = configuration(
        "markdown-incomplete",
        &[
            ("main.tf", good),
            (
                "broken.tf",
                "resource \"aws_security_group\" \"x\" {\n  name =\n}\n",
            ),
        ],
    );
    let (code, out, _) = sgaudit(&["check", "--format", "markdown", &dir]);
    assert_eq!(code, 2);
    let lines: Vec<&str> = out.lines().collect();
    // The first line after the marker (by which the Action finds its comment) says it.
    assert_eq!(lines[0], "<!-- sgaudit -->");
    assert!(
        lines[1]
            .starts_with("**This report is incomplete:** 1 part of the input could not be read")
    );
    assert_eq!(lines[5], "**No new findings.**");
    assert_eq!(lines[7], "> [!WARNING]");
    assert_eq!(lines[8], "> 1 part of the input could not be read:");
    assert!(lines[9].starts_with("> - `` broken.tf:2:"), "{}", lines[9]);
    assert!(!out.contains(&*std::env::temp_dir().to_string_lossy()));
    well_formed_markdown(&out);
}

/// `--format github` for every plan scenario: annotations of new findings, most severe first.
#[test]
fn github_snapshots() {
    settings().bind(|| {
        insta::glob!("../testdata", "plans/*/plan.json", |path| {
            let rel = relative(path);
            let (code, out, err) = with_root(|| sgaudit(&["check", "--format", "github", &rel]));
            assert!(code < 2, "{rel}: {err}");
            insta::assert_snapshot!("github", out);
        });
    });
}

/// One run writes every format: `--output FORMAT=PATH` files hold exactly what `--format`
/// prints, while the `--format` report goes to standard output; a bad `--output` is a usage
/// error, and `show` refuses the formats of `check`.
#[test]
fn several_outputs_in_one_run() {
    let plan = "testdata/plans/workloads-two-hop/plan.json";
    let dir = std::env::temp_dir().join(format!("sgaudit-outputs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let formats = ["json", "sarif", "markdown", "github", "table"];
    let mut args: Vec<String> = vec!["check".into(), plan.into()];
    for f in formats {
        args.push("--output".into());
        args.push(format!("{f}={}", dir.join(f).display()));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, table, err) = with_root(|| sgaudit(&args));
    assert_eq!((code, err.as_str()), (1, ""));
    for f in formats {
        let (alone, printed, _) = with_root(|| sgaudit(&["check", "--format", f, plan]));
        assert_eq!(alone, code);
        let written = std::fs::read_to_string(dir.join(f)).unwrap();
        assert_eq!(written, printed, "--output {f}= differs from --format {f}");
    }
    assert_eq!(table, std::fs::read_to_string(dir.join("table")).unwrap());

    let (code, _, err) = with_root(|| sgaudit(&["check", plan, "--output", "sarif"]));
    assert_eq!(code, 2);
    assert!(err.contains("expected FORMAT=PATH"), "{err}");
    let (code, _, err) = with_root(|| sgaudit(&["check", plan, "--output", "pdf=x.pdf"]));
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = with_root(|| sgaudit(&["show", "--format", "sarif", plan]));
    assert_eq!(code, 2);
    assert!(err.contains("`show` prints table, json or dot"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// For every real plan with workloads: what each workload's groups together let in, the paths
/// from the internet (`show --by workload`), and the graph (`--format dot`).
#[test]
fn workload_snapshots() {
    let mut seen = 0;
    settings().bind(|| {
        insta::glob!("../testdata", "plans/*/plan.json", |path| {
            let rel = relative(path);
            let (code, json, err) =
                with_root(|| sgaudit(&["show", "--by", "workload", "--format", "json", &rel]));
            assert!(code < 2, "{rel}: {err}");
            let report: Value = serde_json::from_str(&json).unwrap();
            if report["workloads"].as_array().unwrap().is_empty() {
                return;
            }
            seen += 1;
            let (_, table, _) = with_root(|| sgaudit(&["show", "--by", "workload", &rel]));
            let (_, dot, _) = with_root(|| sgaudit(&["check", "--format", "dot", &rel]));
            assert!(
                dot.starts_with("// sgaudit") && dot.ends_with("}\n"),
                "{rel}"
            );
            insta::assert_snapshot!("workloads", table);
            insta::assert_snapshot!("dot", dot);
        });
    });
    assert!(seen >= 1, "no plan with workloads");
}

/// The two-hop scenario, checked by hand: the bastion is open to the internet on 22 and may
/// reach the application's interface and launch template on 22 (its egress names the
/// application's group); the load balancer reaches them on 8080; the application reaches the
/// private database on 5432. The application's group has no egress back to the bastion, so
/// the bastion ↔ application reference cycle adds no path, and the database, not publicly
/// accessible and admitting only the application, has no direct path.
#[test]
fn two_hop_paths_of_a_real_plan() {
    let (_, json, err) = with_root(|| {
        sgaudit(&[
            "check",
            "--format",
            "json",
            "testdata/plans/workloads-two-hop/plan.json",
        ])
    });
    assert_eq!(err, "");
    let report: Value = serde_json::from_str(&json).unwrap();
    let workloads: Vec<String> = report["workloads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            format!(
                "{} {} {} public {}",
                w["address"].as_str().unwrap(),
                w["kind"].as_str().unwrap(),
                w["after"]["groups"],
                w["after"]["public_address"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        workloads,
        [
            "aws_db_instance.db database [\"aws_security_group.db\"] public no",
            "aws_instance.bastion compute [\"aws_security_group.bastion\"] public yes",
            "aws_launch_template.app compute [\"aws_security_group.app\"] public unknown",
            "aws_lb.web load_balancer [\"aws_security_group.alb\"] public yes",
            "aws_network_interface.app compute [\"aws_security_group.app\"] public unknown",
        ]
    );
    let paths: Vec<String> = report["reachability"]["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                p["status"].as_str().unwrap(),
                p["label"].as_str().unwrap()
            )
        })
        .collect();
    let bastion = "added internet -(tcp/22)-> aws_instance.bastion";
    let alb = "added internet -(tcp/443)-> aws_lb.web";
    assert_eq!(
        paths,
        [
            bastion.to_owned(),
            format!("{bastion} -(tcp/22)-> aws_launch_template.app"),
            format!(
                "{bastion} -(tcp/22)-> aws_launch_template.app -(tcp/5432)-> aws_db_instance.db"
            ),
            format!("{bastion} -(tcp/22)-> aws_network_interface.app"),
            format!(
                "{bastion} -(tcp/22)-> aws_network_interface.app -(tcp/5432)-> aws_db_instance.db"
            ),
            alb.to_owned(),
            format!("{alb} -(tcp/8080)-> aws_launch_template.app"),
            format!("{alb} -(tcp/8080)-> aws_launch_template.app -(tcp/5432)-> aws_db_instance.db"),
            format!("{alb} -(tcp/8080)-> aws_network_interface.app"),
            format!(
                "{alb} -(tcp/8080)-> aws_network_interface.app -(tcp/5432)-> aws_db_instance.db"
            ),
        ]
    );
    let hop = &report["reachability"]["paths"][1]["hops"][1];
    assert_eq!(hop["via"], serde_json::json!(["aws_security_group.app"]));
    assert_eq!(
        hop["egress"],
        serde_json::json!(["sg:aws_security_group.app"])
    );
    // No data-store rule fires: the database is reached only through the application tier.
    assert!(
        !report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"]
                .as_str()
                .unwrap()
                .starts_with("data-store-internet")),
        "{json}"
    );
}

/// The graph names the configuration's networks: a group admitting the office network is
/// reached from that network's node, and from the internet only for its public part.
#[test]
fn the_graph_names_the_configurations_networks() {
    let main = r#"
resource "aws_security_group" "admin" {
  name        = "admin"
  description = "Admin"
  ingress {
    description = "SSH from the office"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }
}

resource "aws_instance" "admin" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.admin.id]
}
"#;
    let config = "network \"office\" {\n  cidrs = [\"203.0.113.0/24\"]\n}\n";
    let dir = configuration(
        "graph-networks",
        &[("main.tf", main), (".sgaudit.hcl", config)],
    );
    for command in ["show", "check"] {
        let (code, dot, err) = sgaudit(&[command, "--format", "dot", &dir]);
        assert!(code < 2, "{err}");
        for edge in [
            "\"network:office\" -> \"group:aws_security_group.admin\" [label=\"tcp/22\"",
            "\"internet\" -> \"group:aws_security_group.admin\" [label=\"tcp/22\"",
            "\"group:aws_security_group.admin\" -> \"workload:aws_instance.admin\" [label=\"attached\"",
        ] {
            assert!(dot.contains(edge), "{command}: {edge} in\n{dot}");
        }
    }
}

/// Incomplete runs marked in every format (issue 17, point 6).
mod incomplete;
