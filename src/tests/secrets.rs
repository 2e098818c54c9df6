//! Secrets stay secret: values a plan or a configuration marks sensitive (CIDRs, descriptions,
//! a group name, a tag, a prefix-list entry, group and prefix-list ids, protocols and ports)
//! appear in no output of
//! any command, in any format, nor in the files sgaudit writes, nor on standard error; and what
//! they allow still counts.

use std::path::Path;

use serde_json::Value;

use super::{Scratch, copy_tree, sgaudit};

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
    assert_none_of(&SECRETS, what, text);
}

fn assert_none_of(secrets: &[&str], what: &str, text: &str) {
    for &secret in secrets {
        assert!(
            !text.contains(secret),
            "{what} shows the secret {secret:?}:\n{text}"
        );
    }
}

/// Runs sgaudit and checks that neither standard output nor standard error shows a secret.
fn run(args: &[&str]) -> (u8, String, String) {
    hiding(&SECRETS, args)
}

/// Runs sgaudit and checks that neither standard output nor standard error shows one of
/// `secrets`.
fn hiding(secrets: &[&str], args: &[&str]) -> (u8, String, String) {
    let (code, out, err) = sgaudit(args);
    let what = format!("sgaudit {}", args.join(" "));
    assert_none_of(secrets, &format!("{what} (stdout)"), &out);
    assert_none_of(secrets, &format!("{what} (stderr)"), &err);
    (code, out, err)
}

const CHECK_FORMATS: [&str; 6] = ["table", "json", "sarif", "markdown", "github", "dot"];

/// Every command that reads an input, in every format it prints, with every file it writes:
/// none shows a secret. Returns the JSON report of `check`.
fn every_output(name: &str, input: &[&str]) -> (u8, Value) {
    every_output_hiding(&SECRETS, name, input)
}

/// [`every_output`], checking that none of `secrets` is shown.
fn every_output_hiding(secrets: &[&str], name: &str, input: &[&str]) -> (u8, Value) {
    let run = |args: &[&str]| hiding(secrets, args);
    let scratch = Scratch::new();
    let dir = scratch.path();
    let mut code = None;
    for format in CHECK_FORMATS {
        let args: Vec<&str> = [&["check", "--format", format], input].concat();
        let (c, _, err) = run(&args);
        assert!(c < 2, "{args:?}: {err}");
        // A picture is not a gate: dot exits 0 whatever the findings.
        if format == "dot" {
            assert_eq!(c, 0, "{args:?}: {err}");
            continue;
        }
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
        assert_none_of(secrets, &format!("{name}: --output {format}="), &written);
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
/// (status, severity, rule, group, peers) of each finding, and of each finding of its family
/// merged into it (`also`, with its status, group and peers): every rule that holds.
fn findings(report: &Value) -> Vec<(String, String, String, String, String)> {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            let peers: Vec<String> = f["peers"]
                .as_array()
                .into_iter()
                .flatten()
                .map(text)
                .collect();
            let peers = peers.join(",");
            std::iter::once(f)
                .chain(f["also"].as_array().into_iter().flatten())
                .map(|r| {
                    (
                        text(&f["status"]),
                        text(&r["severity"]),
                        text(&r["rule"]),
                        text(&f["security_group"]),
                        peers.clone(),
                    )
                })
                .collect::<Vec<_>>()
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
        .filter(|e| e["owner"]["group"] == group)
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
    // The sensitive admin, PostgreSQL and MySQL peers are single hosts (/32): their admin and
    // data-store findings are info (and no other rule rates those ports high from a few
    // hosts); the partner's IPv6 /48 is broad.
    for (status, rule, group) in [
        ("new", "admin-or-data-ports-public-hosts", bastion),
        ("resolved", "admin-or-data-ports-public-hosts", bastion),
        ("new", "admin-or-data-ports-public-hosts", db),
        ("new", "admin-ports-public-ipv6", db),
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
    assert_eq!(new_high, 1, "{what}: {:#?}", findings(report));
    // One sensitive value replaced by another: the old one goes, the new one comes. A
    // sensitive value anywhere in a group's inline rules marks the whole set (Terraform
    // cannot mark one element of a set): their protocol and ports are hidden too.
    assert_eq!(
        exposure(report, "removed", bastion),
        ["ingress sensitive null sensitive true"],
        "{what}"
    );
    assert_eq!(
        exposure(report, "added", bastion),
        [
            "egress sensitive null sensitive true",
            "ingress sensitive null sensitive true"
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
    // Its SSH from a sensitive public /32 is still found: one host, so info.
    assert!(has(
        &state,
        "existing",
        "admin-or-data-ports-public-hosts",
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
            .contains(&"ingress sensitive null sensitive true".to_owned()),
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
    let tmp = Scratch::new();
    let pack = tmp.path();
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
        written.contains(
            "sensitive protocol and ports reachable from sensitive on aws_security_group.bastion"
        ),
        "{written}"
    );
    let (code, _, err) = run(&["test", &pack]);
    assert_eq!(code, 0, "{err}");
}

/// Errors are one line naming the file, and say what is wrong without the sensitive value.
#[test]
fn errors_never_show_sensitive_values() {
    let tmp = Scratch::new();
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
        let dir = tmp.configuration(
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

const IDS_PLAN: &str = "testdata/plans/sensitive-ids/plan.json";

/// Every group or prefix-list id (`sg-…`, `pl-…`) a plan's resource changes hold at a path
/// their `before_sensitive` / `after_sensitive` marks.
fn sensitive_ids(plan: &str) -> Vec<String> {
    fn walk(value: &Value, mask: &Value, marked: bool, out: &mut Vec<String>) {
        let marked = marked || *mask == Value::Bool(true);
        match value {
            Value::String(s) if marked => {
                let bare = s.rsplit('/').next().unwrap_or(s);
                if bare.starts_with("sg-") || bare.starts_with("pl-") {
                    out.push(bare.to_owned());
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, mask.get(i).unwrap_or(&Value::Null), marked, out);
                }
            }
            Value::Object(members) => {
                for (k, v) in members {
                    walk(v, mask.get(k).unwrap_or(&Value::Null), marked, out);
                }
            }
            _ => {}
        }
    }
    let plan: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(plan)).unwrap(),
    )
    .unwrap();
    let mut out = Vec::new();
    for rc in plan["resource_changes"].as_array().unwrap() {
        let change = &rc["change"];
        for side in ["before", "after"] {
            walk(
                &change[side],
                &change[format!("{side}_sensitive").as_str()],
                false,
                &mut out,
            );
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Group and prefix-list ids that reach rules and workloads through sensitive values (a
/// sensitive module output, a `sensitive = true` variable, `sensitive()`) are shown in no
/// format, fingerprint or baseline: an id of a group or list of the plan is shown as its
/// address (and its own `id` as `sensitive`), an id of a group the plan does not hold as an
/// opaque `sensitive-N` key. What they allow still counts.
#[test]
fn a_plan_never_shows_its_sensitive_ids() {
    let ids = sensitive_ids(IDS_PLAN);
    // `app`, `db`, the VPC's default group and the prefix list `partners`.
    assert_eq!(ids.len(), 4, "{ids:?}");
    assert_eq!(ids.iter().filter(|i| i.starts_with("pl-")).count(), 1);
    let secrets: Vec<&str> = ids.iter().map(String::as_str).collect();
    let (code, report) = every_output_hiding(&secrets, "ids", &[IDS_PLAN]);
    assert_eq!(
        code, 1,
        "SSH from the world on a group named by a sensitive id fails"
    );
    let db = "aws_security_group.db";
    let added = |group: &str| exposure(&report, "added", group);
    // An id of a group or list of the plan still names it: the permissions are where they were.
    // The group's inline rules are sensitive as a whole (a set), so their protocol and ports
    // are hidden, and so are those of the rules that share their peer.
    assert_eq!(
        added(db),
        [
            "ingress sensitive null pl:aws_ec2_managed_prefix_list.partners true",
            "ingress sensitive null pl:aws_ec2_managed_prefix_list.partners true",
            "ingress sensitive null pl:aws_ec2_managed_prefix_list.partners true",
            "ingress sensitive null sg:aws_security_group.app false",
            "ingress sensitive null sg:aws_security_group.app false",
            "ingress tcp 8080 sg:sensitive-1 false",
        ]
    );
    // The rule owned by the VPC's default group, named by a sensitive id: a high finding on
    // the same opaque key as the peer above.
    assert_eq!(added("sensitive-1"), ["ingress tcp 22 0.0.0.0/0 true"]);
    assert!(
        findings(&report)
            .iter()
            .any(|(s, sev, r, g, peers)| s == "new"
                && sev == "high"
                && r == "admin-ports-public-ipv4"
                && g == "sensitive-1"
                && peers == "0.0.0.0/0"),
        "{:#?}",
        findings(&report)
    );
    // The groups whose ids are secrets elsewhere do not show them.
    for g in report["groups"].as_array().unwrap() {
        assert_eq!(g["id"], "sensitive", "{g}");
    }
    // Workloads attached by sensitive ids are attached to the groups, and reached through them.
    let workload = |address: &str| {
        report["workloads"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["address"] == address)
            .cloned()
            .unwrap()
    };
    let app = workload("aws_instance.app");
    assert_eq!(
        app["after"]["groups"],
        serde_json::json!(["aws_security_group.app"])
    );
    assert_eq!(app["reachable_from_internet"]["after"], true, "{app}");
    let eni = workload("aws_network_interface.db");
    assert_eq!(eni["after"]["groups"], serde_json::json!([db]));
    // The baseline names the finding without the id.
    let (_, baseline, _) = hiding(&secrets, &["baseline", IDS_PLAN]);
    assert!(
        baseline.contains("admin-ports-public-ipv4|sensitive|ingress|tcp|22-22|0.0.0.0/0"),
        "{baseline}"
    );
}

/// A configuration of groups named by ids from a `sensitive = true` variable.
const SENSITIVE_IDS_TF: &str = r#"
variable "peer" {
  type      = string
  sensitive = true
  default   = "sg-0aaaabbbbccccdddd"
}

variable "partners" {
  type      = string
  sensitive = true
  default   = "pl-0eeeeffff00001111"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "App"

  ingress {
    description     = "From the peer group"
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    security_groups = [var.peer]
    prefix_list_ids = [var.partners]
  }
}

resource "aws_security_group_rule" "peer_ssh" {
  type              = "ingress"
  security_group_id = var.peer
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_instance" "bastion" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [var.peer, aws_security_group.app.id]
}
"#;

const SENSITIVE_TF_IDS: [&str; 2] = ["0aaaabbbbccccdddd", "0eeeeffff00001111"];

#[test]
fn a_configuration_never_shows_its_sensitive_ids() {
    let tmp = Scratch::new();
    let dir = tmp.path();
    std::fs::write(dir.join("main.tf"), SENSITIVE_IDS_TF).unwrap();
    let input = dir.to_string_lossy().into_owned();
    let (code, report) = every_output_hiding(&SENSITIVE_TF_IDS, "tf-ids-reports", &[&input]);
    assert_eq!(
        code, 1,
        "SSH from the world on a group named by a sensitive id"
    );
    assert_eq!(
        exposure(&report, "added", "sensitive-1"),
        ["ingress tcp 22 0.0.0.0/0 true"]
    );
    // The inline rule names sensitive ids: the whole set is sensitive, its ports too.
    assert_eq!(
        exposure(&report, "added", "aws_security_group.app"),
        [
            "ingress sensitive null pl:sensitive-2 null",
            "ingress sensitive null sg:sensitive-1 false"
        ]
    );
}

#[test]
fn a_base_revision_numbers_sensitive_ids_as_the_work_tree_does() {
    let tmp = Scratch::new();
    let dir = tmp.path();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    // The base holds the rule on the sensitive group only; the change adds the instance and
    // the group that names the sensitive ids.
    let (base, _) = SENSITIVE_IDS_TF
        .split_once("resource \"aws_security_group\" \"app\"")
        .unwrap();
    let rule = SENSITIVE_IDS_TF
        .split_once("resource \"aws_security_group_rule\"")
        .unwrap()
        .1
        .split_once("resource \"aws_instance\"")
        .unwrap()
        .0;
    std::fs::write(
        dir.join("main.tf"),
        format!("{base}resource \"aws_security_group_rule\"{rule}"),
    )
    .unwrap();
    git(&["add", "."]);
    git(&["commit", "-qm", "base"]);
    std::fs::write(dir.join("main.tf"), SENSITIVE_IDS_TF).unwrap();
    let input = dir.to_string_lossy().into_owned();
    let (code, out, err) = hiding(
        &SENSITIVE_TF_IDS,
        &["check", "--format", "json", "--base", "HEAD", &input],
    );
    assert!(code < 2, "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    // The rule on the sensitive group is the same before and after: one key on both sides.
    assert_eq!(
        exposure(&report, "unchanged", "sensitive-1"),
        ["ingress tcp 22 0.0.0.0/0 true"]
    );
    assert!(exposure(&report, "added", "sensitive-1").is_empty());
    assert!(exposure(&report, "removed", "sensitive-1").is_empty());
}

/// A configuration whose protocols and ports are sensitive: a port (31337) on a standalone rule
/// from a CIDR that is not, SSH on a sensitive port, a sensitive protocol number (47) and an
/// inline rule (whose whole set is then sensitive, as Terraform marks it).
const SENSITIVE_PORTS_TF: &str = r#"variable "port" {
  type      = number
  sensitive = true
  default   = 31337
}

variable "ssh" {
  type      = number
  sensitive = true
  default   = 22
}

variable "tunnel" {
  type      = string
  sensitive = true
  default   = "47"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "App"
}

resource "aws_security_group_rule" "secret" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  description       = "Secret port"
  from_port         = var.port
  to_port           = var.port
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "dns" {
  security_group_id = aws_security_group.app.id
  description       = "DNS"
  from_port         = 53
  to_port           = 53
  ip_protocol       = "udp"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "https" {
  security_group_id = aws_security_group.app.id
  description       = "HTTPS"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "admin" {
  name        = "admin"
  description = "Admin"
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.admin.id
  description       = "SSH"
  from_port         = var.ssh
  to_port           = var.ssh
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "tunnel" {
  name        = "tunnel"
  description = "Tunnel"
}

resource "aws_vpc_security_group_ingress_rule" "tunnel" {
  security_group_id = aws_security_group.tunnel.id
  description       = "Tunnel"
  ip_protocol       = var.tunnel
  cidr_ipv4         = "198.51.100.0/24"
}

resource "aws_security_group" "inline" {
  name        = "inline"
  description = "Inline"

  ingress {
    description = "Secret port"
    from_port   = var.port
    to_port     = var.port
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_instance" "app" {
  ami                         = "ami-12c6146b"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.app.id, aws_security_group.admin.id]
}
"#;

/// What would give the sensitive protocols and ports of [`SENSITIVE_PORTS_TF`] away: the port,
/// the protocol number as reports write a protocol (a table cell, a code span, a JSON string,
/// a path or diagram label), and SSH's port as reports write it.
const SENSITIVE_PORTS: [&str; 10] = [
    "31337",
    " 47 ",
    "`47`",
    "\"47\"",
    "protocol 47",
    "tcp 22",
    "tcp/22",
    "22-22",
    "\"from_port\": 22",
    "│ 22 ",
];

/// Sensitive protocols and ports are `sensitive` in every format, `show`, the files written and
/// the baseline, while rules still match their values (SSH on a sensitive port is still SSH);
/// a CIDR that is not sensitive is shown, and rows of other protocols keep theirs.
#[test]
fn a_configuration_never_shows_its_sensitive_ports() {
    let tmp = Scratch::new();
    let dir = tmp.path();
    std::fs::write(dir.join("main.tf"), SENSITIVE_PORTS_TF).unwrap();
    let input = dir.to_string_lossy().into_owned();
    let (code, report) = every_output_hiding(&SENSITIVE_PORTS, "tf-ports-reports", &[&input]);
    assert_eq!(
        code, 1,
        "SSH from the world on a sensitive port still fails the run"
    );
    let added = |group: &str| exposure(&report, "added", group);
    assert_eq!(
        added("aws_security_group.app"),
        [
            "egress tcp 443 0.0.0.0/0 true",
            "ingress sensitive null 0.0.0.0/0 true",
            "ingress udp 53 0.0.0.0/0 true",
        ]
    );
    assert_eq!(
        added("aws_security_group.admin"),
        ["ingress sensitive null 0.0.0.0/0 true"]
    );
    assert_eq!(
        added("aws_security_group.tunnel"),
        ["ingress sensitive null 198.51.100.0/24 true"]
    );
    // An inline rule: the whole set is sensitive, its CIDR too.
    assert_eq!(
        added("aws_security_group.inline"),
        ["ingress sensitive null sensitive false"]
    );
    for e in report["exposure"]["added"].as_array().unwrap() {
        if e["protocol"] == "sensitive" {
            assert_eq!(
                (&e["from_port"], &e["to_port"]),
                (&Value::Null, &Value::Null),
                "{e}"
            );
        }
    }
    // The rules match the real values: SSH, and a protocol without ports (all of them).
    let fired = |rule: &str, group: &str| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule && f["security_group"] == group && f["status"] == "new")
    };
    let ssh = fired("admin-ports-public-ipv4", "aws_security_group.admin")
        .unwrap_or_else(|| panic!("{:#}", report["findings"]));
    assert_eq!(ssh["severity"], "high");
    assert_eq!(
        (&ssh["protocol"], &ssh["from_port"], &ssh["to_port"]),
        (&Value::from("sensitive"), &Value::Null, &Value::Null)
    );
    assert_eq!(ssh["peers"], serde_json::json!(["0.0.0.0/0"]));
    assert!(
        ssh["message"]
            .as_str()
            .unwrap()
            .starts_with("sensitive protocol and ports reachable from 0.0.0.0/0"),
        "{ssh}"
    );
    assert!(fired("all-traffic-public", "aws_security_group.tunnel").is_some());
    // The path to the instance names the ports it may name.
    let label = report["reachability"]["paths"][0]["label"]
        .as_str()
        .unwrap();
    assert_eq!(label, "internet -(udp/53, sensitive)-> aws_instance.app");
    // The baseline names the findings without the values.
    let (_, baseline, _) = hiding(&SENSITIVE_PORTS, &["baseline", &input]);
    assert!(
        baseline.contains(
            "admin-ports-public-ipv4|aws_security_group.admin|ingress|sensitive|sensitive|0.0.0.0/0"
        ),
        "{baseline}"
    );
    // `show` prints each permission with its own: the DNS rule keeps its port.
    let (_, shown, _) = hiding(&SENSITIVE_PORTS, &["show", "--format", "json", &input]);
    let shown: Value = serde_json::from_str(&shown).unwrap();
    let permissions: Vec<String> = shown["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["permissions"].as_array().unwrap().iter())
        .map(|p| {
            format!(
                "{} {} {} {}",
                p["resource"].as_str().unwrap(),
                p["protocol"].as_str().unwrap(),
                p["from_port"],
                p["peer"].as_str().unwrap()
            )
        })
        .collect();
    for want in [
        "aws_security_group_rule.secret sensitive null 0.0.0.0/0",
        "aws_vpc_security_group_ingress_rule.ssh sensitive null 0.0.0.0/0",
        "aws_vpc_security_group_ingress_rule.tunnel sensitive null 198.51.100.0/24",
        "aws_vpc_security_group_ingress_rule.dns udp 53 0.0.0.0/0",
        "aws_security_group.inline sensitive null sensitive",
    ] {
        assert!(
            permissions.contains(&want.to_owned()),
            "{want}: {permissions:#?}"
        );
    }
}

/// A real plan marks ports as the configuration does (`testdata/plans/sensitive-ports`): a
/// standalone rule whose `from_port`/`to_port` terraform marks in `after_sensitive` hides its
/// ports, not its CIDR; an inline rule's sensitive port marks the group's whole `ingress`.
#[test]
fn a_plan_never_shows_its_sensitive_ports() {
    let input = "testdata/plans/sensitive-ports/plan.json".to_owned();
    // terraform marked exactly these, which the test relies on.
    let plan: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&input)).unwrap(),
    )
    .unwrap();
    let marks = |address: &str| {
        plan["resource_changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["address"] == address)
            .unwrap()["change"]["after_sensitive"]
            .clone()
    };
    assert_eq!(marks("aws_security_group_rule.secret")["from_port"], true);
    assert_eq!(
        marks("aws_security_group_rule.secret")["cidr_blocks"],
        serde_json::json!([false])
    );
    assert_eq!(marks("aws_security_group.admin")["ingress"], true);
    let (code, report) = every_output_hiding(&["31337"], "plan-ports-reports", &[&input]);
    assert_eq!(code, 0, "{report:#}");
    // The CIDR of the standalone rule shows; its ports (and those of its space) do not.
    assert_eq!(
        exposure(&report, "added", "aws_security_group.app"),
        [
            "ingress sensitive null 0.0.0.0/0 true",
            "ingress sensitive null 0.0.0.0/0 true"
        ],
        "{report:#}"
    );
    // The inline rule: terraform marked the whole set, peer included.
    assert_eq!(
        exposure(&report, "added", "aws_security_group.admin"),
        ["ingress sensitive null sensitive true"],
        "{report:#}"
    );
}
