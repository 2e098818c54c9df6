//! The two status vocabularies end to end: a pack's `status` (what the change does to an
//! exposure or to a workload's being reached: `added`, `widened`, `unchanged`, `removed`)
//! selects what it should, and the findings say `new`, `existing`, `resolved`.

use serde_json::Value;

use super::{Scratch, sgaudit};

/// One rule per `status` word, for exposures (ingress) and paths.
const PACK: &str = r#"
rule "s-added" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  exposure {
    direction = "ingress"
    status    = ["added"]
  }
}
rule "s-widened" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  exposure {
    direction = "ingress"
    status    = ["widened"]
  }
}
rule "s-fresh" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  exposure {
    direction = "ingress"
    status    = ["added"]
    unless {
      status = ["widened"]
    }
  }
}
rule "s-unchanged" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  exposure {
    direction = "ingress"
    status    = ["unchanged"]
  }
}
rule "s-removed" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  exposure {
    direction = "ingress"
    status    = ["removed"]
  }
}
rule "p-added" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  path {
    status = ["added"]
  }
}
rule "p-unchanged" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  path {
    status = ["unchanged"]
  }
}
rule "p-removed" {
  title = "t"
  severity = "info"
  why = "w"
  remediation = "r"
  path {
    status = ["removed"]
  }
}
"#;

/// The findings of one of the pack's rules on a plan: `status change group ports` for
/// exposure rules, `status workload` for path rules, sorted.
fn findings(report: &Value, rule: &str) -> Vec<String> {
    let text = |v: &Value| v.as_str().map_or_else(|| v.to_string(), str::to_owned);
    let mut out: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| {
            if f["workload"].is_null() {
                format!(
                    "{} {} {} {}",
                    text(&f["status"]),
                    text(&f["change"]),
                    text(&f["security_group"]),
                    text(&f["from_port"])
                )
            } else {
                format!("{} {}", text(&f["status"]), text(&f["workload"]))
            }
        })
        .collect();
    out.sort();
    out
}

fn check(pack_dir: &str, plan: &str) -> Value {
    let (code, out, err) = sgaudit(&["check", "--policy", pack_dir, "--format", "json", plan]);
    // 1: the built-in pack's findings fail the gate.
    assert_eq!((code, err.as_str()), (1, ""), "{plan}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn pack_status_words_select_what_the_change_does() {
    let scratch = Scratch::new();
    std::fs::write(scratch.path().join("statuses.hcl"), PACK).unwrap();
    let dir = scratch.path().to_string_lossy().into_owned();

    // SSH opened on app and ops, PostgreSQL on db widened from a group to the world; new
    // paths reach the cache and the worker, the load balancer, app and db were reached before.
    let report = check(&dir, "testdata/plans/workloads-data-exposed/plan.json");
    let app = "aws_security_group.app";
    let db = "aws_security_group.db";
    let ops = "aws_security_group.ops";
    let web = "aws_security_group.web";
    assert_eq!(
        findings(&report, "s-added"),
        [
            format!("new added {app} 22"),
            format!("new added {ops} 22"),
            format!("new widened {db} 5432"),
        ]
    );
    assert_eq!(
        findings(&report, "s-widened"),
        [format!("new widened {db} 5432")]
    );
    assert_eq!(
        findings(&report, "s-fresh"),
        [format!("new added {app} 22"), format!("new added {ops} 22")]
    );
    assert_eq!(
        findings(&report, "s-unchanged"),
        [
            format!("existing null {app} 8080"),
            format!("existing null {db} 5432"),
            format!("existing null {web} 443"),
        ]
    );
    assert_eq!(findings(&report, "s-removed"), Vec::<String>::new());
    assert_eq!(
        findings(&report, "p-added"),
        [
            "new aws_elasticache_cluster.cache",
            "new aws_launch_template.worker"
        ]
    );
    assert_eq!(
        findings(&report, "p-unchanged"),
        [
            "existing aws_db_instance.db",
            "existing aws_instance.app",
            "existing aws_lb.web"
        ]
    );
    assert_eq!(findings(&report, "p-removed"), Vec::<String>::new());

    // Telnet removed with the legacy group; the interfaces it held are no longer reached.
    let report = check(&dir, "testdata/plans/workloads-group-replaced/plan.json");
    assert_eq!(
        findings(&report, "s-removed"),
        ["resolved null aws_security_group.legacy 23"]
    );
    assert_eq!(
        findings(&report, "s-added"),
        ["new added aws_security_group.legacy_v2 22"]
    );
    assert_eq!(
        findings(&report, "p-removed"),
        [
            "resolved aws_network_interface.extra",
            "resolved aws_network_interface.legacy"
        ]
    );
    assert_eq!(
        findings(&report, "p-unchanged"),
        ["existing aws_instance.web"]
    );
    assert_eq!(findings(&report, "p-added"), Vec::<String>::new());
}

/// A pack written with the words `status` took before schema 2 fails at the word, naming the
/// one that replaced it.
#[test]
fn old_status_words_name_their_replacement() {
    let rule = |block: &str, words: &str| {
        format!(
            "rule \"x\" {{\n  title = \"t\"\n  severity = \"high\"\n  why = \"w\"\n  remediation = \"r\"\n  {block} {{\n    status = {words}\n  }}\n}}\n"
        )
    };
    for (block, words, expected) in [
        (
            "exposure",
            "[\"new\"]",
            "p.hcl:7:14: status: \"new\" is now \"added\" (which also matches \"widened\" exposures)",
        ),
        (
            "exposure",
            "[\"widened\", \"existing\"]",
            "p.hcl:7:14: status: \"existing\" is now \"unchanged\"",
        ),
        (
            "exposure",
            "[\"resolved\"]",
            "p.hcl:7:14: status: \"resolved\" is now \"removed\"",
        ),
        (
            "path",
            "[\"new\"]",
            "p.hcl:7:14: status: \"new\" is now \"added\"",
        ),
        (
            "path",
            "[\"added\", \"existing\"]",
            "p.hcl:7:14: status: \"existing\" is now \"unchanged\"",
        ),
        (
            "path",
            "[\"resolved\"]",
            "p.hcl:7:14: status: \"resolved\" is now \"removed\"",
        ),
        (
            "path",
            "[\"widened\"]",
            "p.hcl:7:14: status: \"widened\" is not one of added, unchanged, removed",
        ),
        (
            "exposure",
            "[\"changed\"]",
            "p.hcl:7:14: status: \"changed\" is not one of added, widened, unchanged, removed",
        ),
    ] {
        let err = crate::policy::load_pack("p.hcl", &rule(block, words)).unwrap_err();
        assert_eq!(err, expected, "{block} {words}");
    }
    // The new words load.
    for (block, words) in [
        (
            "exposure",
            "[\"added\", \"widened\", \"unchanged\", \"removed\"]",
        ),
        ("path", "[\"added\", \"unchanged\", \"removed\"]"),
    ] {
        let loaded = crate::policy::load_pack("p.hcl", &rule(block, words));
        assert!(loaded.is_ok(), "{block} {words}: {loaded:?}");
    }
}
