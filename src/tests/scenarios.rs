//! Every real plan and state under `testdata/plans/`: the JSON report of each plan is kept as
//! a snapshot (`snapshots/check-json@<scenario>__plan.json.snap`), the table of each state
//! (`show@`), and the readers agree with each other and with the diff.

use std::path::PathBuf;

use serde_json::Value;

use super::{relative, scenario_dirs, settings, sgaudit};

#[test]
fn plan_scenarios() {
    settings().bind(|| {
        insta::glob!("../../testdata", "plans/*/plan.json", |path| {
            let rel = relative(path);
            let (code, _, err) = sgaudit(&["check", &rel]);
            assert_eq!(err, "", "{rel}");
            let (json_code, json, _) = sgaudit(&["check", "--format", "json", &rel]);
            assert_eq!(
                code, json_code,
                "{rel}: table and json disagree on the exit code"
            );
            let report: Value = serde_json::from_str(&json).unwrap();
            // The default gate: a new finding that is high or critical, or that predicts an
            // apply error (`fail_on_apply_errors`, true by default).
            let fails = report["findings"].as_array().unwrap().iter().any(|f| {
                f["status"] == "new"
                    && (f["severity"] == "high"
                        || f["severity"] == "critical"
                        || f["apply_error"].is_string())
            });
            assert_eq!(
                code,
                u8::from(fails),
                "{rel}: exit 1 exactly when a new finding is high or critical, or predicts an apply error"
            );
            insta::assert_snapshot!("check-json", json);
        });
    });
}

#[test]
fn states_are_todays_exposure() {
    settings().bind(|| {
        insta::glob!("../../testdata", "plans/*/state.json", |path| {
            let rel = relative(path);
            let (code, json, err) = sgaudit(&["check", "--format", "json", &rel]);
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
            let (_, show, _) = sgaudit(&["show", &rel]);
            insta::assert_snapshot!("show", show);
        });
    });
}

/// The state before a plan and the plan's unchanged + removed exposure describe the same
/// permissions: the plan reader and the state reader agree.
#[test]
fn plan_before_matches_state() {
    for dir in scenario_dirs() {
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
        // A row the state holds under `all` only can be a specific protocol's unchanged row in
        // the plan, beside the `all` row the change removes: compare what `all` does not cover.
        assert_eq!(
            expand(&uncovered(&strip(&s["exposure"]["unchanged"]))),
            expand(&uncovered(&before)),
            "{}: state and plan disagree on today's exposure",
            dir.display()
        );
    }
}

/// The rows of a list that no row of all protocols of the same owner and direction covers
/// (its peer holds theirs), and those rows of all protocols.
fn uncovered(list: &[Value]) -> Vec<Value> {
    let holds = |outer: &Value, inner: &Value| match (
        outer.as_str().and_then(|o| o.parse::<ipnet::IpNet>().ok()),
        inner.as_str().and_then(|i| i.parse::<ipnet::IpNet>().ok()),
    ) {
        (Some(o), Some(i)) => o.contains(&i),
        _ => outer == inner,
    };
    list.iter()
        .filter(|e| {
            e["protocol"] == "all"
                || !list.iter().any(|a| {
                    a["protocol"] == "all"
                        && a["owner"] == e["owner"]
                        && a["direction"] == e["direction"]
                        && holds(&a["peer"], &e["peer"])
                })
        })
        .map(|e| {
            let mut e = e.clone();
            e.as_object_mut().unwrap().remove("except");
            e
        })
        .collect()
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
            let peer = match &e.peer {
                ExposedPeer::Cidr(n) => Peer::cidr(*n),
                &ExposedPeer::Sensitive(net) => Peer::Cidr {
                    net,
                    sensitive: true,
                },
                ExposedPeer::Group(g) => Peer::Group(g.clone()),
                ExposedPeer::SelfRef => Peer::SelfRef,
                ExposedPeer::PrefixList(l, _) => Peer::PrefixList(l.clone()),
                ExposedPeer::Unknown(r) => Peer::Unknown(r.clone()),
            };
            out.push(Permission {
                group: e.owner.name().into(),
                resource: String::new().into(),
                direction: e.direction,
                range: PortRange {
                    protocol: e.range.protocol.clone(),
                    ports,
                    sensitive: e.range.sensitive,
                },
                peer,
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
    for dir in scenario_dirs() {
        let path = dir.join("plan.json");
        if !path.exists() {
            continue;
        }
        let input = crate::read::read(&relative(&path), &crate::read::Options::default()).unwrap();
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
}
