//! The configuration reader: `.tf` (and `.tf.json`) read as terraform plans it, modules,
//! variables, located errors, and `--base` against the plan of the same change.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use super::{Scratch, copy_tfvars, copy_tree, relative, scenario_dirs, sgaudit};

/// Terraform is the oracle: the permissions read from a scenario's `after.tf` are the ones its
/// plan holds after the change, resource by resource. Excepted: values unknown at plan time,
/// and values only AWS knows (data sources), which the HCL reader reports as unknown.
#[test]
fn hcl_reads_what_terraform_plans() {
    use crate::model::{Peer, Permission, Ports, Protocol};
    use std::collections::{BTreeMap, BTreeSet};

    fn unknown(p: &Permission) -> Option<String> {
        match (&p.peer, &p.range.protocol, &p.range.ports) {
            (Peer::Unknown(r), _, _) => Some(r.to_string()),
            (_, Protocol::Unknown(r), _) | (_, _, Ports::Unknown(r)) => Some(r.clone()),
            _ => p.group.strip_prefix("unknown:").map(str::to_owned),
        }
    }
    fn by_resource(list: &[Permission]) -> BTreeMap<String, (BTreeSet<String>, Vec<String>)> {
        let mut out: BTreeMap<String, (BTreeSet<String>, Vec<String>)> = BTreeMap::new();
        for p in list {
            let entry = out.entry(p.resource.to_string()).or_default();
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
    let scratch = Scratch::new();
    let mut compared = 0;
    let mut with_workloads = 0;
    for dir in scenario_dirs() {
        let (after, plan) = (dir.join("after.tf"), dir.join("plan.json"));
        if !after.exists() || !plan.exists() {
            continue;
        }
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let work = scratch.path().join(&name);
        std::fs::create_dir_all(&work).unwrap();
        std::fs::copy(&after, work.join("main.tf")).unwrap();
        copy_tree(&dir.join("modules"), &work.join("modules"));
        copy_tfvars(&dir, &work);
        let options = crate::read::Options::default();
        let from_plan = crate::read::read(&relative(&plan), &options).unwrap();
        let mut from_hcl = crate::read::read(&work.to_string_lossy(), &options)
            .unwrap_or_else(|e| panic!("{name}: {e:#}"));
        // `after.tf` alone is a fresh apply, where every VPC is new and gets its default
        // group; with `before.tf`, the plan's VPCs exist, and so do their default groups,
        // whose permissions the plan does not hold.
        let existing: BTreeSet<String> = from_hcl
            .groups
            .values()
            .filter(|g| {
                g.unmanaged_default_of.as_ref().is_some_and(|vpc| {
                    !from_plan.vpcs.get(vpc).is_some_and(|v| {
                        matches!(
                            v.lifecycle,
                            crate::model::Lifecycle::Created | crate::model::Lifecycle::Replaced(_)
                        )
                    })
                })
            })
            .map(|g| g.address.clone())
            .collect();
        from_hcl.groups.retain(|g, _| !existing.contains(g));
        from_hcl.after.retain(|p| !existing.contains(&*p.group));
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
                        .get(&*p.group)
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
                    h.1.iter().all(
                        |r| r.starts_with("data.") || r.ends_with(".default_security_group_id")
                    ),
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
    assert!(compared >= 39, "only {compared} scenarios compared");
    assert!(
        with_workloads >= 1,
        "only {with_workloads} scenarios with workloads compared"
    );
}

#[test]
fn a_variable_without_a_value_is_unknown_and_listed() {
    let tmp = Scratch::new();
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
    let dir = tmp.configuration("missing-variable", &[("main.tf", text)]);
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

/// Runs git in `dir` as a test user, and fails the test when git fails.
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
            only_aws(e["peer"].as_str().unwrap()) || only_aws(e["owner"]["group"].as_str().unwrap())
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
/// The added, removed and unchanged exposure of a report, known values only, without `skip`'s
/// resources.
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

/// Reads `dir` (in a git repository) with `--base HEAD` and asserts it gives the exposure of
/// the scenario's real plan (known values, and not what only AWS knows); its report.
fn same_as_the_plan(name: &str, scenario: &Path, dir: &Path) -> Value {
    let (_, planned, err) = sgaudit(&[
        "check",
        "--format",
        "json",
        &relative(&scenario.join("plan.json")),
    ]);
    assert_eq!(err, "");
    let (code, configured, err) = sgaudit(&[
        "check",
        "--format",
        "json",
        "--base",
        "HEAD",
        &dir.to_string_lossy(),
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
    configured
}

/// `--base` on a git repository gives the exposure diff the real plan of the same change
/// gives, for every scenario that starts from existing infrastructure (except values unknown
/// at plan time, and those only AWS knows).
#[test]
fn base_revision_diff_matches_the_plan() {
    let scratch = Scratch::new();
    let mut compared = 0;
    for dir in scenario_dirs() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        // deposed-object's plan follows a failed apply in between: not the plain change.
        if !dir.join("before.tf").exists() || dir.join("middle.tf").exists() {
            continue;
        }
        let repo = scratch.path().join(&name);
        std::fs::create_dir_all(&repo).unwrap();
        git(&repo, &["init", "-q"]);
        std::fs::copy(dir.join("before.tf"), repo.join("main.tf")).unwrap();
        copy_tree(&dir.join("modules"), &repo.join("modules"));
        copy_tfvars(&dir, &repo);
        git(&repo, &["add", "."]);
        git(&repo, &["commit", "-qm", "before"]);
        std::fs::copy(dir.join("after.tf"), repo.join("main.tf")).unwrap();

        same_as_the_plan(&name, &dir, &repo);
        compared += 1;
    }
    assert!(compared >= 12, "only {compared} scenarios compared");
}

/// A root module a pull request adds is absent at the base revision: nothing before, so
/// `--base HEAD` reads every create-only scenario as its real plan does (issue 19).
#[test]
fn a_new_root_module_read_with_base_matches_its_plan() {
    let scratch = Scratch::new();
    let mut added = 0;
    // One repository whose base revision has none of the stacks.
    let repo = scratch.path().join("new-root-modules");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    std::fs::write(repo.join("README.md"), "stacks\n").unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "before the stacks"]);
    for dir in scenario_dirs() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if dir.join("before.tf").exists() || !dir.join("plan.json").exists() {
            continue;
        }
        let stack = repo.join("stacks").join(&name);
        std::fs::create_dir_all(&stack).unwrap();
        std::fs::copy(dir.join("after.tf"), stack.join("main.tf")).unwrap();
        copy_tree(&dir.join("modules"), &stack.join("modules"));
        copy_tfvars(&dir, &stack);

        let configured = same_as_the_plan(&name, &dir, &stack);
        let notes = configured["notes"].to_string();
        assert!(
            notes.contains("does not exist at that revision"),
            "{name}: {notes}"
        );
        added += 1;
    }
    assert!(added >= 20, "only {added} new root modules compared");
}

/// Terraform's JSON syntax reads as its native twin: `ssh-world-inline` written as
/// `.tf.json` gives the exposure of that scenario's real plan.
#[test]
fn json_syntax_reads_like_native_syntax() {
    let tmp = Scratch::new();
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
    let dir = tmp.configuration("tf-json", &[("main.tf.json", json)]);
    let exposure = |args: &[&str]| -> Value {
        let (code, out, err) = sgaudit(args);
        // SSH open to the world fails the gate, on a group nothing in the input uses too.
        assert_eq!((code, err.as_str()), (1, ""));
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

/// A registry module `terraform init` downloaded is read; one it did not is reported as not
/// analysed. (A local module that is missing, or calls itself: `tests/cmd/config/module-*`.)
#[test]
fn downloaded_and_remote_modules() {
    let tmp = Scratch::new();
    let sg = "variable \"port\" {}\nresource \"aws_security_group\" \"this\" {\n  name = \"m\"\n  ingress {\n    from_port = var.port\n    to_port = var.port\n    protocol = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";
    // A registry module `terraform init` downloaded is read; one it did not is reported.
    let dir = tmp.configuration(
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

/// The network scenarios read the same paths, with the same network verdicts and what blocks
/// them, the same egress verdicts and the same subnets holding data stores, from their `.tf` (with `--base` at the revision of
/// `before.tf`, or at one without the stack) as from their real plan (issue 20).
#[test]
fn network_scenarios_read_the_same_paths_from_tf_and_plan() {
    fn paths(report: &Value) -> Vec<String> {
        let mut out: Vec<String> = report["reachability"]["paths"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                format!(
                    "{} {} reachable={} {}",
                    p["status"], p["label"], p["reachable"], p["blocked_by"]
                )
            })
            .collect();
        for w in report["workloads"].as_array().unwrap() {
            for e in w["egress_to_internet"].as_array().into_iter().flatten() {
                out.push(format!(
                    "egress {} {} {} reachable={} {}",
                    w["address"], e["protocol"], e["peer"], e["reachable"], e["blocked_by"]
                ));
            }
        }
        // Where the data stores sit (`data-store-in-public-subnet`).
        for f in report["findings"].as_array().unwrap() {
            if f["rule"] == "data-store-in-public-subnet" {
                out.push(format!("finding {} {}", f["status"], f["message"]));
            }
        }
        out.sort();
        out
    }
    let scratch = Scratch::new();
    let mut compared = 0;
    for dir in scenario_dirs() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.starts_with("net-") || name == "network-reading") {
            continue;
        }
        let repo = scratch.path().join(&name);
        let stack = repo.join("stack");
        std::fs::create_dir_all(&stack).unwrap();
        git(&repo, &["init", "-q"]);
        std::fs::write(repo.join("README.md"), "stack\n").unwrap();
        if dir.join("before.tf").exists() {
            std::fs::copy(dir.join("before.tf"), stack.join("main.tf")).unwrap();
        }
        git(&repo, &["add", "."]);
        git(&repo, &["commit", "-qm", "before"]);
        std::fs::copy(dir.join("after.tf"), stack.join("main.tf")).unwrap();
        let (_, planned, _) = sgaudit(&[
            "check",
            "--format",
            "json",
            &relative(&dir.join("plan.json")),
        ]);
        let (code, configured, err) = sgaudit(&[
            "check",
            "--format",
            "json",
            "--base",
            "HEAD",
            &stack.to_string_lossy(),
        ]);
        assert!(code < 2, "{name}: {err}");
        let (planned, configured): (Value, Value) = (
            serde_json::from_str(&planned).unwrap(),
            serde_json::from_str(&configured).unwrap(),
        );
        assert!(
            !paths(&planned).is_empty(),
            "{name}: the plan has no path nor egress verdict"
        );
        assert_eq!(
            paths(&configured),
            paths(&planned),
            "{name}: the .tf and the plan read different paths"
        );
        compared += 1;
    }
    assert_eq!(
        compared, 10,
        "the nine network scenarios and network-reading"
    );
}
