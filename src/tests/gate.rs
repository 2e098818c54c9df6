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

/// The findings of a JSON report: (rule, severity, message) of each.
fn findings_of(out: &str) -> Vec<(String, String, String)> {
    let report: Value = serde_json::from_str(out).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// A finding's rule and severity, then those of the findings of its family merged into it
/// (`also`): every rule that holds.
fn rules_with_also(f: &Value) -> Vec<(String, String)> {
    let pair = |v: &Value| {
        (
            v["rule"].as_str().unwrap().to_owned(),
            v["severity"].as_str().unwrap().to_owned(),
        )
    };
    std::iter::once(pair(f))
        .chain(f["also"].as_array().into_iter().flatten().map(pair))
        .collect()
}

/// Issue 19's verdicts on real plans, through the default gate: SSH from the world on a new
/// group nothing in the input uses fails (another stack may attach it); SSH from one public
/// host passes (the info finding merged into the medium one of its family); SSH from the world on a group attached to an instance
/// with a public address fails with a finding naming the instance and the path that reaches it.
#[test]
fn the_default_gate_judges_breadth_not_attachment() {
    let check = |plan: &str| {
        let (code, out, err) = sgaudit(&["check", "--format", "json", plan]);
        assert!(err.is_empty(), "{plan}: {err}");
        (code, findings_of(&out), out)
    };

    let (code, findings, _) = check("testdata/plans/ssh-world-inline/plan.json");
    assert_eq!(code, 1, "{findings:?}");
    assert!(
        findings.contains(&(
            "admin-ports-public-ipv4".to_owned(),
            "high".to_owned(),
            "tcp 22 reachable from 0.0.0.0/0 (the whole IPv4 internet) on aws_security_group.bastion (no consumer in this input) (new in this change); also: public-port-outside-allow-list (medium)".to_owned()
        )),
        "{findings:?}"
    );

    // (The info finding is merged into the medium one of its family about the same
    // exposure, public-port-outside-allow-list, which the default gate passes too.)
    let (code, findings, _) = check("testdata/plans/single-host/plan.json");
    assert_eq!(code, 0, "{findings:?}");
    assert!(
        findings.contains(&(
            "public-port-outside-allow-list".to_owned(),
            "medium".to_owned(),
            "tcp 22 reachable from 203.0.113.42/32 on aws_security_group.admin_ssh (no consumer in this input) (new in this change); also: admin-or-data-ports-public-hosts (info)".to_owned()
        )),
        "{findings:?}"
    );
    assert!(
        findings
            .iter()
            .all(|(rule, ..)| !rule.starts_with("admin-ports-public")),
        "{findings:?}"
    );

    let (code, findings, out) = check("testdata/plans/workloads-two-hop/plan.json");
    assert_eq!(code, 1, "{findings:?}");
    assert!(
        findings.contains(&(
            "admin-ports-public-ipv4".to_owned(),
            "high".to_owned(),
            "tcp 22 reachable from 0.0.0.0/0 (the whole IPv4 internet) on aws_security_group.bastion (attached to aws_instance.bastion) (reached: internet -(tcp/22)-> aws_instance.bastion) (new in this change); also: public-port-outside-allow-list (medium)".to_owned()
        )),
        "{findings:?}"
    );
    let report: Value = serde_json::from_str(&out).unwrap();
    assert!(
        report["reachability"]["paths"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["to"] == "aws_instance.bastion"
                && p["public_address"] == "yes"
                && p["label"] == "internet -(tcp/22)-> aws_instance.bastion"),
        "{out}"
    );
}

/// RDP listens on UDP 3389 too: from the world, it fails the gate as the TCP port does.
#[test]
fn rdp_over_udp_from_the_world_fails_the_gate() {
    let (code, out, _) = sgaudit(&[
        "check",
        "--format",
        "json",
        "testdata/plans/rdp-udp-world/plan.json",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(
        findings_of(&out).contains(&(
            "admin-ports-public-ipv4".to_owned(),
            "high".to_owned(),
            "udp 3389 reachable from 0.0.0.0/0 (the whole IPv4 internet) on aws_security_group.rdp (no consumer in this input) (new in this change); also: public-port-outside-allow-list (medium)".to_owned()
        )),
        "{out}"
    );
}

/// `.sgaudit.hcl` moves the line between a few hosts and a broad range (`broad_addresses`),
/// and a trusted network silences the few hosts' info finding.
#[test]
fn breadth_and_trusted_networks_come_from_the_configuration() {
    let tmp = Scratch::new();
    let plan = std::fs::read_to_string("testdata/plans/single-host/plan.json").unwrap();
    let run = |name: &str, config: &str| {
        let dir = tmp.configuration(name, &[("plan.json", &plan), (".sgaudit.hcl", config)]);
        let (code, out, err) = sgaudit(&["check", "--format", "json", &format!("{dir}/plan.json")]);
        assert!(err.is_empty(), "{name}: {err}");
        let report: Value = serde_json::from_str(&out).unwrap();
        let rules: Vec<(String, String)> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(rules_with_also)
            .filter(|(rule, _)| rule.starts_with("admin-"))
            .collect();
        (code, rules)
    };
    let pair = |rule: &str, severity: &str| (rule.to_owned(), severity.to_owned());
    assert_eq!(
        run("default", ""),
        (0, vec![pair("admin-or-data-ports-public-hosts", "info")])
    );
    // Every address block holds more than 0 addresses: a /32 is broad.
    assert_eq!(
        run("strict", "broad_addresses = 0\n"),
        (1, vec![pair("admin-ports-public-ipv4", "high")])
    );
    assert_eq!(
        run(
            "trusted",
            "network \"office\" {\n  cidrs   = [\"203.0.113.0/24\"]\n  trusted = true\n}\n"
        ),
        (0, vec![])
    );
    assert_eq!(
        run(
            "untrusted",
            "network \"office\" {\n  cidrs = [\"203.0.113.0/24\"]\n}\n"
        ),
        (0, vec![pair("admin-or-data-ports-public-hosts", "info")])
    );
    // A bad value is located, as every other setting.
    let dir = tmp.configuration(
        "bad",
        &[
            ("plan.json", &plan),
            (".sgaudit.hcl", "broad_addresses = \"many\"\n"),
        ],
    );
    let (code, _, err) = sgaudit(&["check", &format!("{dir}/plan.json")]);
    assert_eq!(code, 2);
    assert!(
        err.contains(".sgaudit.hcl:1:19: broad_addresses must be a whole number"),
        "{err}"
    );
}

/// Breadth counts the whole block a group admits: SSH from one public /24 (256 addresses) is a
/// few hosts (info), and widening it to a /23 makes both halves broad, the added one included
/// (high), though the diff reports the added half as a /24 of its own.
#[test]
fn a_widened_block_counts_whole() {
    let tmp = Scratch::new();
    let group = |cidr: &str| {
        format!(
            "resource \"aws_security_group\" \"ssh\" {{\n  name        = \"ssh\"\n  description = \"SSH\"\n  ingress {{\n    description = \"SSH from the partner\"\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"{cidr}\"]\n  }}\n}}\n"
        )
    };
    let before = tmp.configuration("before", &[("main.tf", &group("203.0.113.0/24"))]);
    let after = tmp.configuration("after", &[("main.tf", &group("203.0.112.0/23"))]);
    let rules = |args: &[&str]| -> (u8, Vec<(String, String, String)>) {
        let (code, out, err) = sgaudit(args);
        assert_eq!(err, "");
        let report: Value = serde_json::from_str(&out).unwrap();
        let mut found: Vec<(String, String, String)> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| {
                rules_with_also(f).into_iter().map(|(rule, _)| {
                    (
                        f["status"].as_str().unwrap().to_owned(),
                        rule,
                        f["peers"].to_string(),
                    )
                })
            })
            .filter(|(_, rule, _)| rule.starts_with("admin"))
            .collect();
        found.sort();
        (code, found)
    };
    let (code, found) = rules(&["check", "--format", "json", &before]);
    assert_eq!(code, 0);
    assert_eq!(
        found,
        [(
            "new".to_owned(),
            "admin-or-data-ports-public-hosts".to_owned(),
            "[\"203.0.113.0/24\"]".to_owned()
        )]
    );
    let (code, found) = rules(&["check", "--format", "json", &after, "--base", &before]);
    assert_eq!(code, 1, "{found:?}");
    assert_eq!(
        found,
        [
            // The kept /24 was a few hosts before the change and is half of a broad block
            // after it: its high finding is new, its info finding resolved.
            (
                "new".to_owned(),
                "admin-ports-public-ipv4".to_owned(),
                "[\"203.0.112.0/24\"]".to_owned()
            ),
            (
                "new".to_owned(),
                "admin-ports-public-ipv4".to_owned(),
                "[\"203.0.113.0/24\"]".to_owned()
            ),
            (
                "resolved".to_owned(),
                "admin-or-data-ports-public-hosts".to_owned(),
                "[\"203.0.113.0/24\"]".to_owned()
            ),
        ]
    );
}

/// A finding that predicts an apply error fails the run whatever its severity: a group deleted
/// while another group's rule still names it is a medium finding, and the apply fails with
/// DependencyViolation. `fail_on_apply_errors = false` in `.sgaudit.hcl` leaves it to
/// `fail_on`.
#[test]
fn apply_failures_fail_the_gate_by_default() {
    let plan = "testdata/plans/deleted-group-still-referenced/plan.json";
    let (code, out, _) = sgaudit(&["check", "--format", "json", plan]);
    assert_eq!(code, 1, "{out}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let failing: Vec<(&str, &str)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "new")
        .map(|f| {
            (
                f["severity"].as_str().unwrap(),
                f["apply_error"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(failing, [("medium", "DependencyViolation")]);
    let tmp = Scratch::new();
    let copy = tmp.path().join("plan.json");
    std::fs::copy(plan, &copy).unwrap();
    std::fs::write(
        tmp.path().join(".sgaudit.hcl"),
        "fail_on_apply_errors = false\n",
    )
    .unwrap();
    let (code, _, err) = sgaudit(&["check", copy.to_str().unwrap()]);
    assert_eq!(
        (code, err.as_str()),
        (0, ""),
        "fail_on_apply_errors = false"
    );
}

/// An account that raised its quotas says so in `.sgaudit.hcl`: 61 rules are over AWS's
/// default of 60, not over 120; a sixth group is over the default 5, not over 6.
#[test]
fn raised_quotas_are_read_from_the_configuration() {
    let tmp = Scratch::new();
    let over = |dir: &str, config: &str| -> Vec<String> {
        let main =
            std::fs::read_to_string(format!("testdata/rules/{dir}/positive/main.tf")).unwrap();
        let mut files = vec![("main.tf", main.as_str())];
        if !config.is_empty() {
            files.push((".sgaudit.hcl", config));
        }
        let path = tmp.configuration(&format!("{dir}-{}", config.len()), &files);
        let (_, out, err) = sgaudit(&["check", "--format", "json", &path]);
        assert_eq!(err, "");
        let report: Value = serde_json::from_str(&out).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["apply_error"].is_string())
            .map(|f| f["message"].as_str().unwrap().to_owned())
            .collect()
    };
    let rules = "rules-per-group-quota-exceeded";
    assert_eq!(over(rules, "").len(), 2);
    let raised = over(rules, "quotas {\n  rules_per_group = 64\n}\n");
    assert_eq!(
        raised.len(),
        1,
        "61 rules are within 64, 65 are not: {raised:?}"
    );
    assert!(
        raised[0].contains("ingress IPv4 rules 65 of 64"),
        "{raised:?}"
    );
    let groups = "groups-per-interface-quota-exceeded";
    assert_eq!(over(groups, "").len(), 1);
    assert!(over(groups, "quotas {\n  groups_per_interface = 6\n}\n").is_empty());
}

/// A permission widened from 443 to every port: the diff adds two cells (0-442 and 444-65535,
/// 443 being already allowed), and a reviewer reads one finding, "tcp all but 443", with both
/// exact ranges in JSON. Its baseline records both parts, so the same plan is then accepted; a
/// baseline that holds only one part accepts that part alone, and the other stays new (never
/// absorbed into an accepted finding).
#[test]
fn a_permission_cut_apart_by_port_is_one_finding_and_its_baseline_keeps_every_part() {
    let plan = "testdata/plans/ports-widened/plan.json";
    let web = |out: &str| -> Vec<Value> {
        let report: Value = serde_json::from_str(out).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| {
                f["security_group"] == "aws_security_group.web"
                    && f["rule"] == "admin-ports-public-ipv4"
            })
            .cloned()
            .collect()
    };
    let (code, out, _) = sgaudit(&["check", "--format", "json", plan]);
    assert_eq!(code, 1);
    let found = web(&out);
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .starts_with("tcp all but 443 reachable from 0.0.0.0/0"),
        "{f}"
    );
    assert_eq!(f["ports"], "all but 443");
    assert_eq!(
        f["port_ranges"],
        serde_json::json!([[0, 442], [444, 65535]])
    );
    assert_eq!(f["peers"], serde_json::json!(["0.0.0.0/0"]));
    assert!(
        f["also"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["rule"] == "data-store-ports-public"),
        "the rules of either part are said: {f}"
    );

    let tmp = Scratch::new();
    let (code, baseline, _) = sgaudit(&["baseline", plan]);
    assert_eq!(code, 0);
    let fingerprints = |b: &Value| -> Vec<String> {
        b["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["fingerprint"].as_str().unwrap().to_owned())
            .filter(|p| p.starts_with("admin-ports-public-ipv4|aws_security_group.web|"))
            .collect()
    };
    let mut whole: Value = serde_json::from_str(&baseline).unwrap();
    let parts = fingerprints(&whole);
    assert_eq!(
        parts,
        [
            "admin-ports-public-ipv4|aws_security_group.web|ingress|tcp|0-442|0.0.0.0/0",
            "admin-ports-public-ipv4|aws_security_group.web|ingress|tcp|444-65535|0.0.0.0/0"
        ]
    );
    let file = tmp.file("whole.json", baseline.as_bytes());
    let (code, out, _) = sgaudit(&["check", "--format", "json", "--baseline", &file, plan]);
    assert_eq!(code, 0, "the baseline accepts the whole plan");
    let found = web(&out);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["baselined"], true);

    // Only the 0-442 part in the baseline.
    whole["findings"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["fingerprint"].as_str().unwrap() != parts[1]);
    let file = tmp.file("part.json", whole.to_string().as_bytes());
    let (code, out, _) = sgaudit(&["check", "--format", "json", "--baseline", &file, plan]);
    assert_eq!(code, 1);
    let found = web(&out);
    let said: Vec<(&str, bool, i64)> = found
        .iter()
        .map(|f| {
            (
                f["status"].as_str().unwrap(),
                f["baselined"].as_bool().unwrap(),
                f["from_port"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(said, [("existing", true, 0), ("new", false, 444)]);
}

/// The verdict names where its threshold came from: `fail_on` when `.sgaudit.hcl` set it (a
/// reviewer looks there to change it), `--fail-on` when the command line did or nothing did.
#[test]
fn the_verdict_names_where_its_threshold_came_from() {
    let tmp = Scratch::new();
    let copy = tmp.path().join("plan.json");
    std::fs::copy("testdata/plans/ssh-world-inline/plan.json", &copy).unwrap();
    let plan = copy.to_str().unwrap();
    let first = |out: &str| out.lines().next().unwrap_or_default().to_owned();
    let (_, out, _) = sgaudit(&["check", plan]);
    assert!(first(&out).contains("at or above --fail-on high"), "{out}");
    std::fs::write(tmp.path().join(".sgaudit.hcl"), "fail_on = \"critical\"\n").unwrap();
    let (_, out, _) = sgaudit(&["check", plan]);
    assert!(
        first(&out).contains("at or above fail_on critical"),
        "{out}"
    );
    let (_, out, _) = sgaudit(&["check", "--fail-on", "medium", plan]);
    assert!(
        first(&out).contains("at or above --fail-on medium"),
        "{out}"
    );
}
