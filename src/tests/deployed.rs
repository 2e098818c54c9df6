//! An account as the AWS API describes it (`testdata/deployed/`, made by real terraform and the
//! real AWS CLI against moto, `generate.sh`): read as a state, its findings those of the
//! Terraform state of the same account; its drift from what Terraform manages.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{settings, sgaudit};

const ACCOUNT: &str = "testdata/deployed/account";
const BEFORE: &str = "testdata/deployed/account-before";
const STATE: &str = "testdata/deployed/state.json";

fn report(args: &[&str]) -> (u8, Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let (code, json, err) = sgaudit(&all);
    assert_eq!(err, "", "{args:?}");
    (code, serde_json::from_str(&json).unwrap())
}

/// The JSON report of the account after the changes by hand, kept as a snapshot: a state
/// (every exposure unchanged, every finding existing), groups by id, permissions by rule id,
/// network interfaces as workloads.
#[test]
fn the_deployed_account_is_a_state() {
    let (code, json) = report(&[ACCOUNT]);
    assert_eq!(json["input"]["kind"], "deployed");
    assert_eq!(json["exposure"]["added"], Value::Array(vec![]));
    assert_eq!(json["exposure"]["removed"], Value::Array(vec![]));
    assert!(
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["status"] == "existing")
    );
    // Existing findings do not fail the default gate.
    assert_eq!(code, 0);
    // Every permission is named by its SecurityGroupRuleId.
    for e in json["exposure"]["unchanged"].as_array().unwrap() {
        let resource = e["resource"].as_str().unwrap();
        assert!(resource.starts_with("sgr-"), "{resource}");
    }
    let web = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == "web-server-sg")
        .unwrap();
    assert_eq!(web["type"], "security-group");
    assert!(web["address"].as_str().unwrap().starts_with("sg-"));
    settings().bind(|| {
        insta::assert_snapshot!(
            "check-json@deployed-account",
            serde_json::to_string_pretty(&json).unwrap()
        );
        let (_, show, _) = sgaudit(&["show", "--by", "workload", ACCOUNT]);
        insta::assert_snapshot!("show-by-workload@deployed-account", show);
    });
}

/// A finding as both inputs can name it: its rule, its group by id, what it is about.
type Seen = (String, String, String, String, String, String);

fn findings(json: &Value, ids: &BTreeMap<String, String>) -> BTreeSet<Seen> {
    let text = |v: &Value| match v {
        Value::String(s) => ids.get(s).cloned().unwrap_or_else(|| s.clone()),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                text(&f["rule"]),
                text(&f["security_group"]),
                text(&f["direction"]),
                text(&f["protocol"]),
                format!("{}-{}", f["from_port"], f["to_port"]),
                f["peers"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(text)
                    .collect::<Vec<_>>()
                    .join(","),
            )
        })
        .collect()
}

/// Each group of a report by its address, to its id.
fn ids(json: &Value) -> BTreeMap<String, String> {
    json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| {
            Some((
                g["address"].as_str()?.to_owned(),
                g["id"].as_str()?.to_owned(),
            ))
        })
        .collect()
}

/// The account as the API describes it right after `terraform apply` has the findings of the
/// Terraform state of that apply, on every group the state holds (matched by id); and after the
/// changes by hand, exactly those changes add or remove findings.
#[test]
fn the_account_has_the_findings_of_its_state_but_the_changes_by_hand() {
    let (_, state) = report(&[STATE]);
    let (_, before) = report(&[BEFORE]);
    let (_, after) = report(&[ACCOUNT]);
    let state_ids = ids(&state);
    let managed: BTreeSet<&String> = state_ids.values().collect();
    let state = findings(&state, &state_ids);
    let on_managed = |json: &Value| -> BTreeSet<Seen> {
        findings(json, &BTreeMap::new())
            .into_iter()
            .filter(|f| managed.contains(&f.1))
            .collect()
    };
    assert!(!state.is_empty());
    assert_eq!(on_managed(&before), state);
    // After the changes by hand: the web group (by id) gains SSH from a /32, the management
    // group RDP from a public /24 (two rules each, one finding: the info rule about a few
    // public hosts merged into the medium one of its family), and nothing the state had is
    // lost.
    let web = &state_ids["aws_security_group.web"];
    let management = &state_ids["aws_security_group.management"];
    let after_managed = on_managed(&after);
    let added: Vec<&Seen> = after_managed.difference(&state).collect();
    let removed: Vec<&Seen> = state.difference(&after_managed).collect();
    assert!(removed.is_empty(), "{removed:?}");
    let rules: BTreeSet<(&str, &str, &str)> = added
        .iter()
        .map(|f| (f.0.as_str(), f.1.as_str(), f.4.as_str()))
        .collect();
    assert_eq!(
        rules,
        BTreeSet::from([
            ("public-port-outside-allow-list", web.as_str(), "22-22"),
            (
                "public-port-outside-allow-list",
                management.as_str(),
                "3389-3389"
            ),
        ]),
        "{added:?}"
    );
    for group in [web, management] {
        let f = after["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| {
                f["security_group"] == group.as_str()
                    && f["rule"] == "public-port-outside-allow-list"
            })
            .unwrap();
        assert_eq!(
            f["also"],
            serde_json::json!([{ "rule": "admin-or-data-ports-public-hosts", "severity": "info" }]),
            "{f}"
        );
    }
}

const PLAN: &str = "testdata/deployed/plan.json";

/// The drift entries of a report: (kind, group, rule id or resource, what it allows).
fn drift_of(json: &Value) -> BTreeSet<(String, String, String, String)> {
    json["drift"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_owned();
            (
                s("kind"),
                s("group"),
                d["rule_id"]
                    .as_str()
                    .or(d["resource"].as_str())
                    .or(d["interface"].as_str())
                    .unwrap_or_default()
                    .to_owned(),
                format!(
                    "{} {} {} {}",
                    s("direction"),
                    s("protocol"),
                    d["from_port"],
                    s("peer")
                ),
            )
        })
        .collect()
}

/// The rules of a report's findings about drift, with the resource each cites.
fn drift_findings(json: &Value) -> BTreeSet<(String, String, String)> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("drift-"))
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["status"].as_str().unwrap().to_owned(),
                f["resource"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The plan of the account after the changes by hand, compared with the account's API JSON:
/// every change by hand is drift, matched by id and named by its rule id; what widens exposure
/// is a finding (HTTP from the world: high), existing, so the default gate passes; with
/// `--drift-is-new` it is new and fails the gate.
#[test]
fn the_changes_by_hand_are_drift() {
    let (code, json) = report(&[PLAN, "--deployed", ACCOUNT]);
    assert_eq!(code, 0);
    let web = "aws_security_group.web";
    let debug = json["drift"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "unmanaged_group")
        .unwrap();
    let debug_id = debug["group"].as_str().unwrap().to_owned();
    assert_eq!(debug["managed_by"], "aws_network_interface.management");
    let drift = drift_of(&json);
    let has = |kind: &str, group: &str, what: &str| {
        drift
            .iter()
            .any(|(k, g, _, w)| k == kind && g == group && w == what)
    };
    assert!(has("added", web, "ingress tcp 80 0.0.0.0/0"), "{drift:?}");
    assert!(
        has("added", web, "ingress tcp 22 203.0.113.42/32"),
        "{drift:?}"
    );
    assert!(
        has(
            "added",
            web,
            "ingress tcp 22 sg:aws_security_group.management"
        ),
        "{drift:?}"
    );
    assert!(
        has("removed", web, "ingress tcp 9100 10.0.0.0/16"),
        "{drift:?}"
    );
    assert!(
        has("added", &debug_id, "ingress tcp 8080 0.0.0.0/0"),
        "{drift:?}"
    );
    // Added by hand: named by the account's rule ids; terraform's refresh saw them too.
    for d in json["drift"].as_array().unwrap() {
        if d["kind"] == "added" {
            assert!(d["rule_id"].as_str().unwrap().starts_with("sgr-"), "{d}");
        }
        if d["group"] == web || d["group"] == "aws_security_group.management" {
            assert_eq!(
                d["seen_by"],
                serde_json::json!(["account", "resource_drift"]),
                "{d}"
            );
        }
    }
    // On a group whose inline rules Terraform writes, a rule the refresh read back is drift
    // too (the plan removes it: its findings are resolved).
    assert!(
        has(
            "added",
            "aws_security_group.management",
            "ingress tcp 3389 198.51.100.0/24"
        ),
        "{drift:?}"
    );
    assert_eq!(drift.len(), 8, "{drift:?}");
    let findings = drift_findings(&json);
    let rules: BTreeSet<(&str, &str)> = findings
        .iter()
        .map(|(r, s, _)| (r.as_str(), s.as_str()))
        .collect();
    assert_eq!(
        rules,
        BTreeSet::from([
            ("drift-world-ingress", "existing"),
            ("drift-public-ingress", "existing"),
            ("drift-public-ingress", "resolved"),
            ("drift-permission-added", "existing"),
            ("drift-permission-removed", "new"),
        ])
    );
    let http = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "drift-world-ingress" && f["from_port"] == 80)
        .unwrap();
    assert_eq!(http["severity"], "high");
    assert_eq!(http["security_group"], web);
    assert!(http["resource"].as_str().unwrap().starts_with("sgr-"));
    // A flag makes drift count.
    let (code, json) = report(&[PLAN, "--deployed", ACCOUNT, "--drift-is-new"]);
    assert_eq!(code, 1);
    // Drift counts as new, but what the change removes (RDP on the management group) stays
    // resolved.
    for (rule, status, resource) in drift_findings(&json) {
        let expected = if resource.starts_with("sgr-") && rule == "drift-public-ingress" {
            let removed = json["drift"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["rule_id"] == resource.as_str() && d["from_port"] == 3389);
            if removed { "resolved" } else { "new" }
        } else {
            "new"
        };
        assert_eq!(status, expected, "{rule} {resource}");
    }
    settings().bind(|| {
        insta::assert_snapshot!(
            "check-json@deployed-drift",
            serde_json::to_string_pretty(&report(&[PLAN, "--deployed", ACCOUNT]).1).unwrap()
        );
    });
}

/// The state of an apply and the account right after it: no drift.
#[test]
fn an_account_as_terraform_left_it_has_no_drift() {
    let (code, json) = report(&[STATE, "--deployed", BEFORE]);
    assert_eq!(code, 0);
    assert_eq!(json.get("drift"), None);
    assert!(drift_findings(&json).is_empty());
}

/// Groups are matched by id, never by name: a group renamed in the account is the same group;
/// a group whose id the account does not hold is reported, and a group of another id on the
/// network interface Terraform manages is one Terraform does not manage.
#[test]
fn groups_are_matched_by_id_never_by_name() {
    let (_, state) = report(&[STATE]);
    let web_id = ids(&state)["aws_security_group.web"].clone();
    let copy = |edit: &dyn Fn(String) -> String| {
        let scratch = super::Scratch::new();
        for entry in std::fs::read_dir(BEFORE).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            scratch.file(
                path.file_name().unwrap().to_str().unwrap(),
                edit(text).as_bytes(),
            );
        }
        scratch
    };
    let renamed = copy(&|t| t.replace("\"web-server-sg\"", "\"renamed-by-hand\""));
    let dir = renamed.path().to_string_lossy().into_owned();
    let (_, json) = report(&[STATE, "--deployed", &dir]);
    assert_eq!(json.get("drift"), None, "a name is not an identity");
    let other = "sg-0000000000000000f";
    let replaced = copy(&|t| t.replace(&web_id, other));
    let dir = replaced.path().to_string_lossy().into_owned();
    let (_, json) = report(&[STATE, "--deployed", &dir]);
    let drift = drift_of(&json);
    assert!(
        drift.contains(&(
            "group_not_in_account".to_owned(),
            "aws_security_group.web".to_owned(),
            String::new(),
            "  null ".to_owned()
        )),
        "{drift:?}"
    );
    assert!(
        drift
            .iter()
            .any(|(k, g, _, _)| k == "unmanaged_group" && g == other),
        "{drift:?}"
    );
}

/// Baselines, waivers and every format work on deployed input as on a state.
#[test]
fn baselines_waivers_and_formats_work_on_deployed_input() {
    let scratch = super::Scratch::new();
    let (_, baseline, err) = sgaudit(&["baseline", PLAN, "--deployed", ACCOUNT]);
    assert_eq!(err, "");
    let baseline = scratch.file("baseline.json", baseline.as_bytes());
    let (code, json) = report(&[
        PLAN,
        "--deployed",
        ACCOUNT,
        "--drift-is-new",
        "--baseline",
        &baseline,
    ]);
    assert_eq!(code, 0, "every finding is in the baseline");
    assert!(
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["status"] != "resolved")
            .all(|f| f["baselined"] == true)
    );
    let config = scratch.file(
        "sgaudit.hcl",
        b"waiver {\n  rule   = \"drift-world-ingress\"\n  group  = \"aws_security_group.web\"\n  reason = \"HTTP opened during incident INC-7; SEC-9 tracks it\"\n}\n",
    );
    let (code, json) = report(&[
        PLAN,
        "--deployed",
        ACCOUNT,
        "--drift-is-new",
        "--config-file",
        &config,
    ]);
    let waived: Vec<&Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "drift-world-ingress" && !f["waived"].is_null())
        .collect();
    assert_eq!(waived.len(), 1);
    // The group Terraform does not manage still fails the gate: 8080 from the world.
    assert_eq!(code, 1);
    // GitHub annotations are of new findings: drift counted as new.
    for format in ["table", "markdown", "sarif", "github"] {
        let (code, out, err) = sgaudit(&[
            "check",
            "--format",
            format,
            PLAN,
            "--deployed",
            ACCOUNT,
            "--drift-is-new",
        ]);
        assert_eq!((code, err.as_str()), (1, ""), "{format}");
        assert!(out.contains("drift-world-ingress"), "{format}");
    }
    let (code, out, _) = sgaudit(&["show", "--by", "workload", PLAN, "--deployed", ACCOUNT]);
    assert_eq!(code, 0);
    assert!(out.contains("aws_network_interface.management"));
}

/// API JSON is read through the file access as every input: a file of the account's directory
/// linked out of the repository, or a FIFO, is refused by name, its contents never quoted.
#[cfg(unix)]
#[test]
fn the_account_is_read_through_the_file_access() {
    let scratch = super::Scratch::new();
    let root = scratch.path();
    std::fs::create_dir_all(root.join("repo/.git")).unwrap();
    std::fs::create_dir_all(root.join("repo/account")).unwrap();
    std::fs::create_dir_all(root.join("outside")).unwrap();
    std::fs::write(
        root.join("outside/secret.json"),
        "{\"SecurityGroups\": [], \"canary\": \"7d1e\"}",
    )
    .unwrap();
    std::fs::copy(
        format!("{BEFORE}/vpcs.json"),
        root.join("repo/account/vpcs.json"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        root.join("outside/secret.json"),
        root.join("repo/account/security-groups.json"),
    )
    .unwrap();
    let account = root.join("repo/account").to_string_lossy().into_owned();
    let (code, _, err) = sgaudit(&["check", &account]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("security-groups.json: a symbolic link to outside the repository"),
        "{err}"
    );
    assert!(!err.contains("canary") && !err.contains("7d1e"), "{err}");
    // As the account a plan is compared with, too.
    let (code, _, err) = sgaudit(&["check", STATE, "--deployed", &account]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("a symbolic link to outside the repository"),
        "{err}"
    );
    std::fs::remove_file(root.join("repo/account/security-groups.json")).unwrap();
    assert!(
        std::process::Command::new("mkfifo")
            .arg(root.join("repo/account/security-groups.json"))
            .status()
            .unwrap()
            .success()
    );
    let (code, _, err) = sgaudit(&["check", &account]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not a regular file (a FIFO)"), "{err}");
}

/// `--deployed` matches by id: an input without ids (a configuration, another account) is
/// refused rather than compared by name.
#[test]
fn drift_needs_ids_to_match_by() {
    for input in ["testdata/plans/ssh-world-inline", BEFORE] {
        let (code, _, err) = sgaudit(&["check", input, "--deployed", ACCOUNT]);
        assert_eq!(code, 2, "{input}");
        assert_eq!(
            err,
            format!(
                "sgaudit: error: {input}: --deployed compares the account with a plan or a state (`terraform show -json`), whose resources have ids; this input has none to match by\n"
            )
        );
    }
}

/// A group id the plan marks sensitive is never printed, not even in what is drift: the
/// account's JSON (here a describe-security-groups document of the scenario's groups, with a
/// rule added by hand) holds it in clear, the report does not.
#[test]
fn sensitive_ids_stay_hidden_in_drift() {
    let plan = "testdata/plans/sensitive-ids/plan.json";
    let ids = [
        "sg-a751581cfea476ac6",
        "sg-44c35c702bf0234c7",
        "pl-bad921e65c74a3f61",
    ];
    let (_, plain, _) = sgaudit(&["check", "--format", "json", plan]);
    assert!(ids.iter().all(|id| !plain.contains(id)));
    let scratch = super::Scratch::new();
    let groups = format!(
        r#"{{"SecurityGroups": [
  {{"GroupId": "{}", "GroupName": "app", "VpcId": "vpc-4d1e9b239fb865e92", "OwnerId": "123456789012",
    "IpPermissions": [{{"IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389,
      "IpRanges": [{{"CidrIp": "0.0.0.0/0"}}],
      "UserIdGroupPairs": [{{"GroupId": "{}", "UserId": "123456789012"}}],
      "PrefixListIds": [{{"PrefixListId": "{}"}}]}}],
    "IpPermissionsEgress": []}},
  {{"GroupId": "{}", "GroupName": "db", "VpcId": "vpc-4d1e9b239fb865e92", "OwnerId": "123456789012",
    "IpPermissions": [], "IpPermissionsEgress": []}}
]}}"#,
        ids[0], ids[1], ids[2], ids[1]
    );
    scratch.file("security-groups.json", groups.as_bytes());
    let account = scratch.path().to_string_lossy().into_owned();
    let (code, out, err) = sgaudit(&["check", "--format", "json", plan, "--deployed", &account]);
    assert!(code < 2, "{err}");
    let json: Value = serde_json::from_str(&out).unwrap();
    assert!(!drift_of(&json).is_empty(), "{out}");
    for id in ids {
        assert!(!out.contains(id), "{id} printed: {out}");
    }
    let (_, table, _) = sgaudit(&["check", plan, "--deployed", &account]);
    for id in ids {
        assert!(!table.contains(id), "{id} printed: {table}");
    }
}

/// The files of one account are held to the plan cap together, as one plan is.
#[test]
fn the_account_is_held_to_the_plan_cap_as_a_whole() {
    let size: u64 = std::fs::read_dir(ACCOUNT)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    let largest: u64 = std::fs::read_dir(ACCOUNT)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .max()
        .unwrap();
    assert!(largest < size / 2);
    // Every file fits the cap, all of them do not.
    let cap = (size - 1).to_string();
    let (code, _, err) = sgaudit(&["check", ACCOUNT, "--max-plan-size", &cap]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(&format!(
            "sgaudit: error: {ACCOUNT}: its AWS API JSON together is larger than"
        )),
        "{err}"
    );
    let cap = size.to_string();
    let (code, _, err) = sgaudit(&["check", ACCOUNT, "--max-plan-size", &cap]);
    assert_eq!((code, err.as_str()), (0, ""));
}

/// The table heads an account's group with its id and then its name, as the console lists
/// them: an id alone does not tell a reviewer which group it is. A default group's name is
/// `default` and says nothing that `[default group]` does not.
#[test]
fn the_table_names_an_account_s_groups() {
    let (code, out, err) = sgaudit(&["check", "--format", "table", ACCOUNT]);
    assert_eq!((code, err.as_str()), (0, ""));
    let headings: Vec<&str> = out.lines().filter(|l| l.starts_with("sg-")).collect();
    assert_eq!(
        headings,
        [
            "sg-239fb865e92e33c09 [default group]: in the account",
            "sg-561488793bcf0bc51 (debug-sg): in the account",
            "sg-5c702bf0234c7ffe9 (web-server-sg): in the account",
            "sg-717b3fcb1dfa6d6ec [default group]: in the account",
            "sg-d283ee637bc9a6528 (management-sg): in the account",
        ]
    );
    // Under --deployed, Terraform's groups keep their addresses; the account's own group is
    // named.
    let plan = "testdata/deployed/plan.json";
    let (_, out, _) = sgaudit(&["check", "--format", "table", plan, "--deployed", ACCOUNT]);
    assert!(
        out.lines()
            .any(|l| l == "sg-561488793bcf0bc51 (debug-sg): no-op"),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l == "aws_security_group.web: no-op"),
        "{out}"
    );
}
