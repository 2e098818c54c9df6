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
    // After the changes by hand: the web group (by id) gains SSH from a /32 (two findings),
    // and nothing the state had is lost but what the hand changed.
    let web = &state_ids["aws_security_group.web"];
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
            ("admin-or-data-ports-public-hosts", web.as_str(), "22-22"),
            ("public-port-outside-allow-list", web.as_str(), "22-22"),
        ]),
        "{added:?}"
    );
}
