//! Rule families (issue 23): the findings of one family about the same concern are one
//! finding, the most severe, listing the others (`also`), in every format; baselines, waivers
//! and the gate keep working across the merge.

use serde_json::Value;

use super::{Scratch, sgaudit};

/// The real plan with one `protocol = "-1"` ingress from 0.0.0.0/0.
const ALL_TRAFFIC: &str = "testdata/plans/all-protocol-zero-ports/plan.json";

/// The public-ingress rules the all-traffic world rule matches besides all-traffic-public,
/// most severe first: before families, each was a finding of its own with the same sentence.
const MERGED: [(&str, &str); 5] = [
    ("admin-ports-public-ipv4", "high"),
    ("high-risk-ports-public", "high"),
    ("data-store-ports-public", "high"),
    ("sensitive-service-ports-public", "high"),
    ("public-port-outside-allow-list", "medium"),
];

fn check(format: &str, input: &str) -> (u8, String) {
    let (code, out, err) = sgaudit(&["check", "--format", format, "--width", "0", input]);
    assert!(code < 2, "{format}: {err}");
    (code, out)
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().unwrap()
}

fn also(f: &Value) -> Vec<(String, String)> {
    f["also"].as_array().map_or_else(Vec::new, |a| {
        a.iter()
            .map(|a| {
                (
                    a["rule"].as_str().unwrap().to_owned(),
                    a["severity"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    })
}

fn merged() -> Vec<(String, String)> {
    MERGED
        .iter()
        .map(|(r, s)| ((*r).to_owned(), (*s).to_owned()))
        .collect()
}

/// The all-traffic world rule is one concern: one finding row (all-traffic-public, critical,
/// with the five other rules as "also") in the table, JSON, SARIF, markdown and GitHub
/// annotations; the plan's seven concerns are seven rows in each, and the run still fails.
#[test]
fn the_all_traffic_world_rule_is_one_row_in_every_format() {
    let concerns = 7;
    let (code, json) = check("json", ALL_TRAFFIC);
    assert_eq!(code, 1, "the critical finding fails the run");
    let report: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(findings(&report).len(), concerns, "{json}");
    let open: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| f["security_group"] == "aws_security_group.wide_open")
        .filter(|f| f["rule"] != "permission-description-missing")
        .collect();
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0]["rule"], "all-traffic-public");
    assert_eq!(open[0]["severity"], "critical");
    assert_eq!(also(open[0]), merged());
    assert!(
        open[0]["message"].as_str().unwrap().ends_with(
            "; also: admin-ports-public-ipv4 (high), high-risk-ports-public (high), data-store-ports-public (high), sensitive-service-ports-public (high), public-port-outside-allow-list (medium)"
        ),
        "{}",
        open[0]["message"]
    );

    let (_, sarif) = check("sarif", ALL_TRAFFIC);
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), concerns);
    let all: Vec<&Value> = results
        .iter()
        .filter(|r| r["ruleId"] == "all-traffic-public")
        .collect();
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0]["properties"]["also"].as_array().unwrap().len(),
        MERGED.len()
    );
    for (rule, _) in MERGED {
        assert!(!results.iter().any(|r| r["ruleId"] == rule), "{rule}");
    }

    // One annotation per concern (the summary and notes are `title=sgaudit::` and
    // `title=sgaudit note::`, not findings).
    let (_, github) = check("github", ALL_TRAFFIC);
    let annotations: Vec<&str> = github
        .lines()
        .filter(|l| l.contains("title=sgaudit ") && !l.contains("title=sgaudit note::"))
        .collect();
    assert_eq!(annotations.len(), concerns, "{github}");
    let all: Vec<&&str> = annotations
        .iter()
        .filter(|l| l.contains("sgaudit all-traffic-public (critical)"))
        .collect();
    assert_eq!(all.len(), 1, "{github}");
    assert!(
        all[0].contains("also: admin-ports-public-ipv4 (high)"),
        "{github}"
    );

    // Markdown: one table row per finding, its first cell the severity.
    let (_, markdown) = check("markdown", ALL_TRAFFIC);
    let severity_row = |l: &&str| {
        ["critical", "high", "medium", "low", "info"]
            .iter()
            .any(|s| l.starts_with(&format!("| {s} |")))
    };
    let rows: Vec<&str> = markdown.lines().filter(severity_row).collect();
    assert_eq!(rows.len(), concerns, "{markdown}");
    assert_eq!(
        rows.iter()
            .filter(|r| r.contains("`all-traffic-public`"))
            .count(),
        1
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("also: `admin-ports-public-ipv4` (high)")),
        "{markdown}"
    );
    for (rule, _) in MERGED {
        assert!(
            !rows.iter().any(|r| r.contains(&format!("| `{rule}` "))),
            "{rule}: {markdown}"
        );
    }

    // The table, unwrapped: one row per finding, its first cell the severity.
    let (_, table) = check("table", ALL_TRAFFIC);
    let rows: Vec<&str> = table
        .lines()
        .filter(|l| {
            let first = l
                .trim_start_matches(|c: char| c == '│' || c.is_whitespace())
                .split_whitespace()
                .next()
                .unwrap_or_default();
            ["critical", "high", "medium", "low", "info"].contains(&first)
        })
        .collect();
    assert_eq!(rows.len(), concerns, "{table}");
    assert_eq!(
        rows.iter()
            .filter(|r| r.contains("all-traffic-public"))
            .count(),
        1,
        "{table}"
    );
    // The rule of a row: its third word (severity, status, rule).
    let rule_of = |r: &&str| {
        r.split_whitespace()
            .filter(|w| *w != "│")
            .nth(2)
            .unwrap_or_default()
            .to_owned()
    };
    for (rule, _) in MERGED {
        assert!(
            !rows.iter().any(|r| rule_of(r) == rule),
            "{rule} has a row of its own: {table}"
        );
    }
    assert_eq!(
        rows.iter()
            .filter(|r| rule_of(r) == "all-traffic-public")
            .count(),
        1
    );
}

/// MySQL (protocol "6") from the world is one high finding (data-store-ports-public, with the
/// medium public-port-outside-allow-list merged into it), and so is Postgres beside it.
#[test]
fn mysql_from_the_world_is_one_high() {
    let (code, json) = check("json", "testdata/plans/protocol-6-mysql/plan.json");
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&json).unwrap();
    for port in [3306, 5432] {
        let on: Vec<&Value> = findings(&report)
            .iter()
            .filter(|f| f["from_port"] == port)
            .collect();
        assert_eq!(on.len(), 1, "{port}: {on:?}");
        assert_eq!(on[0]["rule"], "data-store-ports-public");
        assert_eq!(on[0]["severity"], "high");
        assert_eq!(
            also(on[0]),
            [(
                "public-port-outside-allow-list".to_owned(),
                "medium".to_owned()
            )]
        );
    }
}

/// A replaced group in use is one finding: group-replaced-while-attached (high, its apply
/// error kept), with group-replaced (low) merged into it; in the table too.
#[test]
fn a_replaced_group_is_one_finding() {
    let plan = "testdata/plans/workloads-group-replaced/plan.json";
    let (code, json) = check("json", plan);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&json).unwrap();
    let web: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| f["security_group"] == "aws_security_group.web")
        .collect();
    assert_eq!(web.len(), 1, "{web:?}");
    assert_eq!(web[0]["rule"], "group-replaced-while-attached");
    assert_eq!(web[0]["apply_error"], "DependencyViolation");
    assert_eq!(
        also(web[0]),
        [("group-replaced".to_owned(), "low".to_owned())]
    );
    let (_, table) = check("table", plan);
    assert!(!table.contains("│ group-replaced "), "{table}");
}

/// A group open to all traffic from the world, as configuration.
const OPEN: &str = r#"
resource "aws_security_group" "open" {
  name        = "open"
  description = "Open"

  ingress {
    description = "everything"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

/// FTP, SSH and Telnet from the world: two high rules (admin and high-risk ports) and a
/// medium one, one concern.
const BASTION: &str = r#"
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion"

  ingress {
    description = "FTP, SSH and Telnet"
    from_port   = 20
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

/// Baselines and waivers across a merge. A baseline records every rule of a concern (the
/// fingerprints a baseline taken before families held), and such a baseline accepts the kept
/// finding. A waiver of the kept (most severe) rule accepts the concern, the rules merged into
/// it with it; a waiver of a merged rule does not accept the more severe kept one, and is not
/// reported unused; of two equally severe rules, waiving one leaves the concern failing on the
/// other.
#[test]
fn baselines_and_waivers_across_a_family() {
    let tmp = Scratch::new();
    let dir = tmp.configuration("open", &[("main.tf", OPEN)]);
    let (code, baseline, err) = sgaudit(&["baseline", &dir]);
    assert_eq!((code, err.as_str()), (0, ""));
    let b: Value = serde_json::from_str(&baseline).unwrap();
    let fingerprints: Vec<&str> = b["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["fingerprint"].as_str().unwrap())
        .collect();
    // Each rule's own fingerprint, as a baseline taken before families wrote it.
    for rule in std::iter::once("all-traffic-public").chain(MERGED.iter().map(|(r, _)| *r)) {
        let fingerprint = format!("{rule}|aws_security_group.open|ingress|all|-1--1|0.0.0.0/0");
        assert!(
            fingerprints.contains(&fingerprint.as_str()),
            "{fingerprint}: {baseline}"
        );
    }
    let file = tmp.file("baseline.json", baseline.as_bytes());
    let (code, out, _) = sgaudit(&["check", "--format", "json", "--baseline", &file, &dir]);
    assert_eq!(code, 0, "{out}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let all = findings(&r)
        .iter()
        .find(|f| f["rule"] == "all-traffic-public")
        .unwrap();
    assert_eq!(
        (&all["status"], &all["baselined"]),
        (&"existing".into(), &true.into())
    );
    assert_eq!(also(all), merged());

    let waiver = |rule: &str, group: &str| {
        format!(
            "waiver {{\n  rule   = \"{rule}\"\n  group  = \"{group}\"\n  reason = \"SEC-9\"\n}}\n"
        )
    };
    let run = |name: &str, tf: &str, config: &str| -> (u8, Value) {
        let dir = tmp.configuration(name, &[("main.tf", tf), (".sgaudit.hcl", config)]);
        let (code, out, err) = sgaudit(&["check", "--format", "json", &dir]);
        assert_eq!(err, "");
        (code, serde_json::from_str(&out).unwrap())
    };
    let row = |r: &Value, group: &str| -> Value {
        let rows: Vec<&Value> = findings(r)
            .iter()
            .filter(|f| {
                f["security_group"] == group && f["rule"] != "permission-description-missing"
            })
            .collect();
        assert_eq!(rows.len(), 1, "{rows:?}");
        rows[0].clone()
    };

    // The kept rule waived: the concern is accepted, and the run passes.
    let (code, r) = run(
        "waive-kept",
        OPEN,
        &waiver("all-traffic-public", "aws_security_group.open"),
    );
    let open = row(&r, "aws_security_group.open");
    assert_eq!(open["rule"], "all-traffic-public");
    assert_eq!(open["waived"]["reason"], "SEC-9");
    assert_eq!(code, 0, "{r}");

    // A merged rule waived: the critical finding still stands, and the waiver was used.
    let (code, r) = run(
        "waive-merged",
        OPEN,
        &waiver("admin-ports-public-ipv4", "aws_security_group.open"),
    );
    let open = row(&r, "aws_security_group.open");
    assert_eq!(open["rule"], "all-traffic-public");
    assert_eq!(open["waived"], Value::Null);
    assert_eq!(code, 1, "{r}");
    assert!(!r["notes"].to_string().contains("unused"), "{}", r["notes"]);

    // Two high rules, one waived: the other is kept, unwaived, and fails the run.
    let (code, r) = run(
        "waive-one-of-two",
        BASTION,
        &waiver("admin-ports-public-ipv4", "aws_security_group.bastion"),
    );
    let bastion = row(&r, "aws_security_group.bastion");
    assert_eq!(bastion["rule"], "high-risk-ports-public");
    assert_eq!(bastion["waived"], Value::Null);
    assert_eq!(
        also(&bastion),
        [
            ("admin-ports-public-ipv4".to_owned(), "high".to_owned()),
            (
                "public-port-outside-allow-list".to_owned(),
                "medium".to_owned()
            )
        ]
    );
    assert_eq!(code, 1, "{r}");
    // Both waived: the concern is accepted.
    let (code, r) = run(
        "waive-both",
        BASTION,
        &[
            waiver("admin-ports-public-ipv4", "aws_security_group.bastion"),
            waiver("high-risk-ports-public", "aws_security_group.bastion"),
        ]
        .concat(),
    );
    assert_eq!(
        row(&r, "aws_security_group.bastion")["waived"]["reason"],
        "SEC-9"
    );
    assert_eq!(code, 0, "{r}");
}

/// A finding that says more than a more severe one (a peer it does not hold) is not merged
/// away: SSH from 0.0.0.0/0 and ::/0 is two high findings, one per address family, and the
/// medium one about both is merged into the first (the two cover it).
#[test]
fn a_finding_about_more_stays() {
    let tmp = Scratch::new();
    let tf = r#"
resource "aws_security_group" "ssh" {
  name        = "ssh"
  description = "SSH"

  ingress {
    description      = "SSH"
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}
"#;
    let dir = tmp.configuration("dual", &[("main.tf", tf)]);
    let (code, json) = check("json", &dir);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&json).unwrap();
    type Row = (String, Value, Vec<(String, String)>);
    let rows: Vec<Row> = findings(&report)
        .iter()
        .filter(|f| f["rule"] != "permission-description-missing")
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["peers"].clone(),
                also(f),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "admin-ports-public-ipv4".to_owned(),
                serde_json::json!(["0.0.0.0/0"]),
                vec![(
                    "public-port-outside-allow-list".to_owned(),
                    "medium".to_owned()
                )]
            ),
            (
                "admin-ports-public-ipv6".to_owned(),
                serde_json::json!(["::/0"]),
                vec![]
            ),
        ]
    );
}

/// A data store reachable from the internet and sitting in a public subnet is one concern of
/// the data-store-internet family: the critical path finding, with the medium subnet finding
/// (about the workload, placed on the workload itself) merged into it; a baseline still
/// records the subnet finding, on the workload.
#[test]
fn a_data_store_open_to_the_internet_is_one_finding_per_workload() {
    let tf = std::fs::read_to_string("testdata/plans/net-db-in-public-subnet/after.tf")
        .unwrap()
        .replace(
            "    description     = \"PostgreSQL from the application\"\n    from_port       = 5432\n    to_port         = 5432\n    protocol        = \"tcp\"\n    security_groups = [aws_security_group.app.id]",
            "    description = \"PostgreSQL from anywhere\"\n    from_port   = 5432\n    to_port     = 5432\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]",
        )
        .replace("publicly_accessible    = false", "publicly_accessible    = true");
    assert!(tf.contains("cidr_blocks = [\"0.0.0.0/0\"]") && tf.contains("= true"));
    let tmp = Scratch::new();
    let dir = tmp.configuration("db", &[("main.tf", &tf)]);
    let (code, json) = check("json", &dir);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&json).unwrap();
    let db: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| f["workload"] == "aws_db_instance.db")
        .collect();
    assert_eq!(db.len(), 1, "{db:?}");
    assert_eq!(db[0]["rule"], "data-store-internet-reachable");
    assert_eq!(
        also(db[0]),
        [(
            "data-store-in-public-subnet".to_owned(),
            "medium".to_owned()
        )]
    );
    let (_, baseline, _) = sgaudit(&["baseline", &dir]);
    let b: Value = serde_json::from_str(&baseline).unwrap();
    assert!(
        b["findings"].as_array().unwrap().iter().any(|e| {
            e["rule"] == "data-store-in-public-subnet"
                && e["security_group"] == "aws_db_instance.db"
                && e["fingerprint"]
                    == "data-store-in-public-subnet|aws_db_instance.db|aws_db_instance.db"
        }),
        "{baseline}"
    );
}
