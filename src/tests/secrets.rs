//! Secrets stay secret: values a plan or a configuration marks sensitive (CIDRs, descriptions,
//! a group name, a tag, a prefix-list entry) appear in no output of any command, in any format,
//! nor in the files sgaudit writes, nor on standard error; and what they allow still counts.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{configuration, copy_tree, sgaudit, with_root};

const PLAN: &str = "testdata/plans/sensitive-values/plan.json";
const STATE: &str = "testdata/plans/sensitive-values/state.json";
const HCL_BEFORE: &str = "testdata/hcl/sensitive-values/before";
const HCL_AFTER: &str = "testdata/hcl/sensitive-values/after";

/// The secrets of the scenario, and the fragments that would give them away: the address of
/// each CIDR (a printed `203.0.113.77/24` or `203.0.113.77` is as bad as the CIDR), the
/// network part of the IPv6 one, and the marker every secret text carries.
const SECRETS: [&str; 8] = [
    "203.0.113.77",
    "198.51.100.77",
    "192.0.2.77",
    "203.0.113.99",
    "198.51.100.99",
    "2001:db8:5ec2",
    "192.0.2.128",
    "s3cr3t",
];

fn assert_no_secret(what: &str, text: &str) {
    for secret in SECRETS {
        assert!(
            !text.contains(secret),
            "{what} shows the secret {secret:?}:\n{text}"
        );
    }
}

/// Runs sgaudit and checks that neither standard output nor standard error shows a secret.
fn run(args: &[&str]) -> (u8, String, String) {
    let (code, out, err) = with_root(|| sgaudit(args));
    let what = format!("sgaudit {}", args.join(" "));
    assert_no_secret(&format!("{what} (stdout)"), &out);
    assert_no_secret(&format!("{what} (stderr)"), &err);
    (code, out, err)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("sgaudit-secrets-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const CHECK_FORMATS: [&str; 6] = ["table", "json", "sarif", "markdown", "github", "dot"];

/// Every command that reads an input, in every format it prints, with every file it writes:
/// none shows a secret. Returns the JSON report of `check`.
fn every_output(name: &str, input: &[&str]) -> (u8, Value) {
    let dir = scratch(name);
    let mut code = None;
    for format in CHECK_FORMATS {
        let args: Vec<&str> = [&["check", "--format", format], input].concat();
        let (c, _, err) = run(&args);
        assert!(c < 2, "{args:?}: {err}");
        assert_eq!(*code.get_or_insert(c), c, "{args:?}: another exit code");
    }
    // The same reports written to files by one run.
    let outputs: Vec<String> = CHECK_FORMATS
        .iter()
        .map(|f| format!("{f}={}", dir.join(f).display()))
        .collect();
    let mut args = vec!["check"];
    for o in &outputs {
        args.extend(["--output", o.as_str()]);
    }
    args.extend(input);
    run(&args);
    for format in CHECK_FORMATS {
        let written = std::fs::read_to_string(dir.join(format)).unwrap();
        assert!(!written.is_empty(), "--output {format}= wrote nothing");
        assert_no_secret(&format!("{name}: --output {format}="), &written);
    }
    for by in ["group", "workload"] {
        for format in ["table", "json", "dot"] {
            let args: Vec<&str> = [&["show", "--by", by, "--format", format], input].concat();
            let (c, out, err) = run(&args);
            assert_eq!(c, 0, "{args:?}: {err}");
            assert!(!out.is_empty(), "{args:?} printed nothing");
        }
    }
    // The baseline, and the runs that read it back.
    let (c, baseline, err) = run(&[&["baseline"], input].concat());
    assert_eq!(c, 0, "{err}");
    let file = dir.join("baseline.json");
    std::fs::write(&file, &baseline).unwrap();
    let file = file.to_string_lossy().into_owned();
    for scope in ["new", "all"] {
        for format in CHECK_FORMATS {
            let args: Vec<&str> = [
                &[
                    "check",
                    "--baseline",
                    &file,
                    "--fail-scope",
                    scope,
                    "--format",
                    format,
                ],
                input,
            ]
            .concat();
            let (c, _, err) = run(&args);
            assert_eq!(c, 0, "{args:?}: every finding is in the baseline: {err}");
        }
    }
    let (_, json, _) = run(&[&["check", "--format", "json"], input].concat());
    (code.unwrap(), serde_json::from_str(&json).unwrap())
}

/// (status, severity, rule, group, peers) of every finding.
fn findings(report: &Value) -> Vec<(String, String, String, String, String)> {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let peers: Vec<String> = f["peers"]
                .as_array()
                .into_iter()
                .flatten()
                .map(text)
                .collect();
            (
                text(&f["status"]),
                text(&f["severity"]),
                text(&f["rule"]),
                text(&f["security_group"]),
                peers.join(","),
            )
        })
        .collect()
}

fn has(report: &Value, status: &str, rule: &str, group: &str) -> bool {
    findings(report)
        .iter()
        .any(|(s, _, r, g, peers)| s == status && r == rule && g == group && peers == "sensitive")
}

/// (direction, protocol, port, peer, public) of a group's exposure entries of one kind.
fn exposure(report: &Value, kind: &str, group: &str) -> Vec<String> {
    let mut out: Vec<String> = report["exposure"][kind]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["security_group"] == group)
        .map(|e| {
            format!(
                "{} {} {} {} {}",
                e["direction"].as_str().unwrap(),
                e["protocol"].as_str().unwrap(),
                e["from_port"],
                e["peer"].as_str().unwrap(),
                e["public"]
            )
        })
        .collect();
    out.sort();
    out
}

/// Hiding a value must not hide the risk: the same findings and exposure, with the peer shown
/// as `sensitive`, whether the scenario is read from its real plan or from its `.tf` files.
fn still_counts(what: &str, code: u8, report: &Value) {
    assert_eq!(code, 1, "{what}: new high findings fail the run");
    let bastion = "aws_security_group.bastion";
    let db = "aws_security_group.db";
    for (status, rule, group) in [
        ("new", "admin-ports-public-ipv4", bastion),
        ("resolved", "admin-ports-public-ipv4", bastion),
        ("new", "data-store-ports-public", db),
        ("new", "high-risk-ports-public", db),
        ("new", "admin-ports-public-unattached", db),
    ] {
        assert!(
            has(report, status, rule, group),
            "{what}: no {status} {rule} on {group} from a sensitive peer: {:#?}",
            findings(report)
        );
    }
    let new_high = findings(report)
        .into_iter()
        .filter(|(s, sev, ..)| s == "new" && sev == "high")
        .count();
    assert_eq!(new_high, 5, "{what}: {:#?}", findings(report));
    // One sensitive value replaced by another: the old one goes, the new one comes.
    assert_eq!(
        exposure(report, "removed", bastion),
        ["ingress tcp 22 sensitive true"],
        "{what}"
    );
    assert_eq!(
        exposure(report, "added", bastion),
        [
            "egress tcp 443 sensitive true",
            "ingress tcp 22 sensitive true"
        ],
        "{what}"
    );
    let db_added = exposure(report, "added", db);
    for port in ["22", "3306", "5432"] {
        assert!(
            db_added.contains(&format!("ingress tcp {port} sensitive true")),
            "{what}: {db_added:?}"
        );
    }
    // The prefix list's entry is sensitive, the list is not: it is named, and judged public.
    assert!(
        db_added.contains(&"ingress tcp 443 pl:aws_ec2_managed_prefix_list.partners true".into()),
        "{what}: {db_added:?}"
    );
    let group = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["address"] == db)
        .unwrap();
    assert_eq!(
        (&group["name"], &group["description"]),
        (&Value::from("sensitive"), &Value::from("sensitive")),
        "{what}: a sensitive name and description are there, not shown"
    );
}

#[test]
fn a_plan_never_shows_its_sensitive_values() {
    let (code, report) = every_output("plan", &[PLAN]);
    still_counts(PLAN, code, &report);
    assert!(
        report["workloads"][0]["reachable_from_internet"]["after"] == true,
        "the bastion's interface is reachable through a sensitive CIDR: {}",
        report["workloads"]
    );
    // Sensitivity is per value: the description Terraform does not mark is shown.
    let (_, shown, _) = run(&["show", PLAN]);
    assert!(shown.contains("MySQL from the partner"), "{shown}");
    // With the configuration beside it for origins, and the state before the change.
    let (_, with_config) = every_output("plan-config", &[PLAN, "--config", HCL_AFTER]);
    let messages = |r: &Value| -> Vec<Value> {
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["message"].clone())
            .collect()
    };
    assert_eq!(messages(&with_config), messages(&report));
    assert!(
        with_config["findings"][0]["origins"][0]
            .as_str()
            .is_some_and(|o| o.starts_with(HCL_AFTER)),
        "{}",
        with_config["findings"][0]
    );
    let (code, state) = every_output("state", &[STATE]);
    assert_eq!(code, 0, "a state's findings are all existing");
    // Its SSH from a sensitive public /32 is still a high finding.
    assert!(has(
        &state,
        "existing",
        "admin-ports-public-ipv4",
        "aws_security_group.bastion"
    ));
}

#[test]
fn a_configuration_never_shows_its_sensitive_values() {
    let (code, report) = every_output("hcl", &[HCL_AFTER, "--base", HCL_BEFORE]);
    still_counts(HCL_AFTER, code, &report);
    // The same configuration alone: everything is new; a dynamic block over a sensitive list
    // makes sensitive permissions.
    let (code, alone) = every_output("hcl-alone", &[HCL_AFTER]);
    assert_eq!(code, 1);
    assert!(
        exposure(&alone, "added", "aws_security_group.ops")
            .contains(&"ingress tcp 8443 sensitive true".to_owned()),
        "{}",
        alone["exposure"]
    );
    // A value given on the command line to a sensitive variable is sensitive too.
    let (_, out, _) = run(&[
        "check",
        "--format",
        "json",
        HCL_AFTER,
        "--var",
        "mysql_cidr=198.51.100.99/32",
    ]);
    assert!(out.contains("\"peer\": \"sensitive\""));
}

/// The findings a pack's test cases make of a configuration with secrets (`sgaudit test`, and
/// the `findings.txt` that `--update` writes) hold no secret.
#[test]
fn pack_tests_never_show_sensitive_values() {
    let pack = scratch("pack");
    std::fs::write(
        pack.join("rules.hcl"),
        r#"rule "ssh-public" {
  title       = "SSH reachable from public addresses"
  severity    = "high"
  why         = "SSH is an administration port."
  remediation = "Allow it from known networks only."

  exposure {
    direction = "ingress"
    ports     = [22]
    public    = true
  }
}
"#,
    )
    .unwrap();
    let case = pack.join("tests/secrets");
    copy_tree(Path::new(HCL_AFTER), &case);
    let pack = pack.to_string_lossy().into_owned();
    let (code, _, _) = run(&["test", &pack]);
    assert_eq!(code, 1, "no findings.txt yet: the case fails");
    let (code, _, err) = run(&["test", &pack, "--update"]);
    assert_eq!(code, 0, "{err}");
    let written = std::fs::read_to_string(case.join("findings.txt")).unwrap();
    assert_no_secret("findings.txt", &written);
    assert!(
        written.contains("tcp 22 reachable from sensitive on aws_security_group.bastion"),
        "{written}"
    );
    let (code, _, err) = run(&["test", &pack]);
    assert_eq!(code, 0, "{err}");
}

/// Errors are one line naming the file, and say what is wrong without the sensitive value.
#[test]
fn errors_never_show_sensitive_values() {
    let variable = |name: &str, value: &str| {
        format!("variable \"{name}\" {{\n  sensitive = true\n  default   = {value}\n}}\n")
    };
    let group = |ingress: &str| {
        format!(
            "resource \"aws_security_group\" \"g\" {{\n  name = \"g\"\n\n  ingress {{\n{ingress}\n  }}\n}}\n"
        )
    };
    let cases = [
        (
            "not-a-network",
            variable("cidr", "\"203.0.113.77/24\""),
            group("    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [var.cidr]"),
        ),
        (
            "an-address",
            variable("cidr", "\"203.0.113.77\""),
            group("    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [var.cidr]"),
        ),
        (
            "a-function-fails",
            variable("cidr", "\"203.0.113.77/33\""),
            group("    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [cidrsubnet(var.cidr, 8, 1)]"),
        ),
        (
            "not-a-number",
            variable("port", "\"s3cr3t-port\""),
            group("    from_port = var.port + 1\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [\"10.0.0.0/8\"]"),
        ),
        (
            "a-sensitive-port",
            variable("port", "\"s3cr3t-port\""),
            group("    from_port = var.port\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [\"10.0.0.0/8\"]"),
        ),
        (
            "an-instance-key",
            variable("key", "\"s3cr3t-key\""),
            "resource \"aws_security_group\" \"g\" {\n  for_each = toset([\"a\"])\n  name = each.key\n}\n\nresource \"aws_vpc_security_group_ingress_rule\" \"r\" {\n  security_group_id = aws_security_group.g[var.key].id\n  ip_protocol = \"tcp\"\n  from_port = 22\n  to_port = 22\n  cidr_ipv4 = \"10.0.0.0/8\"\n}\n".to_owned(),
        ),
        (
            "a-map-key",
            variable("key", "\"s3cr3t-key\""),
            group("    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [{ a = \"10.0.0.0/8\" }[var.key]]"),
        ),
        (
            "for-each-keys",
            variable("cidrs", "[\"203.0.113.77/32\"]"),
            "resource \"aws_security_group\" \"g\" {\n  for_each = toset(var.cidrs)\n  name = each.key\n}\n".to_owned(),
        ),
    ];
    for (name, variables, resources) in cases {
        let dir = configuration(
            &format!("secret-{name}"),
            &[("variables.tf", &variables), ("main.tf", &resources)],
        );
        for format in ["table", "json"] {
            let (code, out, err) = run(&["check", "--format", format, &dir]);
            assert_eq!(code, 2, "{name}: {out}{err}");
            assert!(err.starts_with("sgaudit: error: "), "{name}: {err}");
            assert!(err.contains("main.tf"), "{name}: names the file: {err}");
            assert!(
                err.contains("sensitive"),
                "{name}: says the value is sensitive: {err}"
            );
        }
    }
}
