//! Readers and verdicts against other tools' test data, in the shared corpus of third-party
//! test data beside the clone in CI (not in a user's clone): these tests are ignored unless
//! asked for (`cargo test -- --ignored`, as `.ci/run` does where the corpus is), and fail
//! when it is not there rather than pass on nothing. Their reports are snapshots
//! (`accuracy@*`, `corpus-tf-aws-sg@*`); `docs/accuracy.md` explains every disagreement.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{Scratch, settings, sgaudit};

/// A folder of the shared corpus of third-party test data, which a user's clone does not have:
/// the tests that read it are ignored unless asked for (`cargo test -- --ignored`, as .ci/run
/// does where the corpus is), and fail when it is not there rather than pass on nothing.
/// The rules that report a finding: the one it is filed under and those of its family that
/// matched the same exposure (`also`), which the report keeps as one finding.
fn rule_ids(finding: &Value) -> impl Iterator<Item = &str> {
    std::iter::once(finding["rule"].as_str().unwrap()).chain(
        finding["also"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| a["rule"].as_str().unwrap()),
    )
}

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
        let (code, out, err) = sgaudit(&["check", "--root", top, &rel]);
        assert!(code < 2, "{name}: {err}");
        settings().bind(|| {
            insta::assert_snapshot!(
                format!("corpus-tf-aws-sg@{name}"),
                format!("exit code: {code}\n\n{out}")
            )
        });
    }
}

/// Verdicts compared with KICS's own test cases (`../shared/corpus/kics`, not in a user's
/// clone): per query, each resource of each positive and negative file, flagged by KICS (its
/// expected results) or not, against flagged by the sgaudit rules that cover the same risk. The
/// report is a snapshot; `docs/accuracy.md` explains every disagreement.
#[test]
#[ignore = "needs ../shared/corpus, third-party test data a clone does not have: .ci/run runs it where it is"]
fn kics_agreement() {
    let tmp = Scratch::new();
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
            let work = tmp.configuration(&format!("kics-{query}-{file}"), &[("main.tf", &text)]);
            let (code, out, _) = sgaudit(&["check", "--format", "json", &work]);
            let ours: BTreeSet<String> = if code == 2 && out.is_empty() {
                BTreeSet::new()
            } else {
                let r: Value = serde_json::from_str(&out).unwrap();
                r["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|f| rule_ids(f).any(|id| rules.contains(&id)))
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
    let tmp = Scratch::new();
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
            tmp.configuration(
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
            .filter(|f| rule_ids(f).any(|id| rules.contains(&id)))
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
            .flat_map(rule_ids)
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
