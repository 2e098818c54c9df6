//! The report formats: each format's output kept as a snapshot on a few scenarios
//! ([`FORMAT_SCENARIOS`]) that together hold everything a format prints; markdown well formed
//! and under GitHub's comment limit, SARIF valid and fit for GitHub code scanning, on every
//! input; several formats written by one run.

use std::path::Path;

use serde_json::Value;

use super::{Scratch, relative, scenario_dirs, settings, sgaudit};

/// The plan scenarios whose reports are kept in every format of `check`: the table
/// (`snapshots/check@`), markdown (`markdown@`), SARIF (`sarif@`) and GitHub annotations
/// (`github@`). The JSON report of every scenario is kept (`scenarios.rs`); a format is kept
/// on these only, which together hold everything a format prints. What each brings:
const FORMAT_SCENARIOS: [(&str, &str); 10] = [
    (
        "workloads-data-exposed",
        "findings of every severity, critical to info, new and resolved; group peers; \
         workloads and paths from the internet",
    ),
    (
        "sensitive-values",
        "values the plan marks sensitive, hidden; new, existing and resolved findings in one \
         report; a prefix-list peer; a removed permission; a workload",
    ),
    (
        "protocol-spellings",
        "every protocol (all, tcp, udp, icmp, icmpv6), IPv4 and IPv6 peers",
    ),
    ("self-all-traffic", "a group admitting itself, all traffic"),
    ("unknown-cidr", "peers unknown until the change is applied"),
    (
        "widened-cidr",
        "a permission widened: new findings beside existing ones; markdown's diagram",
    ),
    (
        "deleted-group",
        "a group deleted: removed exposure only, resolved findings",
    ),
    (
        "count-conditional-and-for-each-set",
        "no finding at all: the clean report",
    ),
    (
        "net-nacl-deny-lower",
        "a path the network blocks (a network ACL denies it): dotted, naming the ACL; a \
         network ACL's changes",
    ),
    (
        "net-alb-public-private-app",
        "paths through an internet gateway and two public subnets, on to private instances",
    ),
];
// Kept elsewhere: an incomplete input in every format (`incomplete.rs`), waived, ignored and
// baselined findings in the table, markdown and GitHub formats (`tests/cmd/formats/`) and in
// SARIF (`sarif_fingerprints_and_suppressions`), the graph and `show --by workload` of every
// plan with workloads (`paths.rs`), markdown past its size limit
// (`markdown_stays_under_the_comment_limit`), SARIF past 5,000 results.

/// Each format of [`FORMAT_SCENARIOS`], as a snapshot; the exit code is the same in every
/// format.
#[test]
fn every_format_of_a_few_scenarios() {
    for (name, _) in FORMAT_SCENARIOS {
        let rel = format!("testdata/plans/{name}/plan.json");
        let mut settings = settings();
        settings.set_input_file(&rel);
        settings.bind(|| {
            let (code, table, err) = sgaudit(&["check", &rel]);
            assert_eq!(err, "", "{rel}");
            insta::assert_snapshot!(
                format!("check@{name}__plan.json"),
                format!("exit code: {code}\n\n{table}")
            );
            for format in ["markdown", "sarif", "github"] {
                let (same, out, err) = sgaudit(&["check", "--format", format, &rel]);
                assert_eq!((same, err.as_str()), (code, ""), "{rel}: {format}");
                insta::assert_snapshot!(format!("{format}@{name}__plan.json"), out);
            }
        });
    }
}

/// The table at a terminal's width (`--width`, as `COLUMNS` or the terminal gives it): a
/// widened CIDR, a path of two hops and all traffic from the world, at 80 and 120 columns.
/// Every line fits (the box is never broken; findings are listed under 100 columns), and the
/// widened CIDR says `0.0.0.0/0 (was 10.0.0.0/8)` in one row, not eight blocks.
#[test]
fn tables_fit_the_terminal() {
    for name in [
        "widened-cidr",
        "net-alb-public-private-app",
        "all-protocol-zero-ports",
    ] {
        let rel = format!("testdata/plans/{name}/plan.json");
        let mut settings = settings();
        settings.set_input_file(&rel);
        settings.bind(|| {
            for width in [80, 120] {
                let (_, table, err) = sgaudit(&["check", "--width", &width.to_string(), &rel]);
                assert_eq!(err, "", "{rel}");
                // Every line of box art and every listed finding's message fits; headings
                // and notes are sentences the terminal wraps.
                for line in table.lines() {
                    if !line.starts_with(['┌', '│', '├', '└', ' ']) {
                        continue;
                    }
                    assert!(
                        line.chars().count() <= width,
                        "{rel} at {width}: {} columns: {line}",
                        line.chars().count()
                    );
                }
                insta::assert_snapshot!(format!("table-{width}@{name}__plan.json"), table);
            }
        });
    }
    let (_, table, _) = sgaudit(&[
        "check",
        "--width",
        "80",
        "testdata/plans/widened-cidr/plan.json",
    ]);
    assert!(
        table.contains("│ ~ │ ingress   │ tcp      │ 22    │ 0.0.0.0/0 (was │"),
        "{table}"
    );
    assert!(!table.contains("128.0.0.0/1 │"), "{table}");
}

/// The markdown report of every plan scenario opens with the marker by which the Action finds
/// its comment and is well formed.
#[test]
fn markdown_is_well_formed_for_every_scenario() {
    let mut seen = 0;
    for dir in scenario_dirs() {
        let plan = dir.join("plan.json");
        if !plan.is_file() {
            continue;
        }
        let rel = relative(&plan);
        let (code, out, err) = sgaudit(&["check", "--format", "markdown", &rel]);
        assert_eq!(err, "", "{rel}");
        assert!(code < 2, "{rel}");
        assert!(out.starts_with("<!-- sgaudit -->\n"), "{rel}");
        well_formed_markdown(&out);
        seen += 1;
    }
    assert!(seen > 40, "only {seen} scenarios");
}

/// Every table has a header, a delimiter row and rows of as many cells, and ends before a blank
/// line; `<details>` open and close in pairs; code blocks are closed.
pub(super) fn well_formed_markdown(out: &str) {
    let cells = |line: &str| line.replace("\\|", "").matches('|').count();
    let lines: Vec<&str> = out.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with('|') {
            i += 1;
            continue;
        }
        let width = cells(lines[i]);
        assert!(
            lines.get(i + 1).is_some_and(|l| l.starts_with("|---")),
            "a table without its delimiter row at line {}: {:?}",
            i + 1,
            lines[i]
        );
        while i < lines.len() && lines[i].starts_with('|') {
            assert!(
                lines[i].ends_with(" |") || lines[i].ends_with("|---|"),
                "a cut row: {:?}",
                lines[i]
            );
            assert_eq!(
                cells(lines[i]),
                width,
                "a row of another width: {:?}",
                lines[i]
            );
            i += 1;
        }
        assert_eq!(
            lines.get(i).copied(),
            Some(""),
            "a table must end before a blank line"
        );
    }
    let mut open = false;
    for line in &lines {
        if line.starts_with("<details>") {
            assert!(!open, "nested <details>");
            open = true;
        }
        if line.starts_with("</details>") {
            assert!(open, "</details> without <details>");
            open = false;
        }
    }
    assert!(!open, "<details> left open");
    assert_eq!(out.matches("```").count() % 2, 0, "a code block left open");
}

#[test]
fn markdown_stays_under_the_comment_limit() {
    let tmp = Scratch::new();
    use std::fmt::Write as _;
    let mut tf =
        String::from("resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n");
    for g in 0..3000 {
        let _ = write!(
            tf,
            "\nresource \"aws_security_group\" \"g{g}\" {{\n  name        = \"g{g}\"\n  description = \"Group {g}\"\n  vpc_id      = aws_vpc.main.id\n"
        );
        for port in [22, 3389, 5432, 8080] {
            let _ = write!(
                tf,
                "\n  ingress {{\n    description = \"port {port} | from anywhere\"\n    from_port   = {port}\n    to_port     = {port}\n    protocol    = \"tcp\"\n    cidr_blocks      = [\"0.0.0.0/0\"]\n    ipv6_cidr_blocks = [\"::/0\"]\n  }}\n"
            );
        }
        tf.push_str("}\n");
    }
    let dir = tmp.configuration("markdown-huge", &[("main.tf", &tf)]);
    let (code, out, err) = sgaudit(&["check", "--format", "markdown", &dir]);
    assert_eq!(code, 1, "{}", &err[..err.len().min(1000)]);
    assert!(out.len() < 65_536, "{} characters", out.len());
    assert!(out.starts_with("<!-- sgaudit -->\n## sgaudit\n\n❌ **Fails:** "));
    // The note of the findings left out counts the high ones among them.
    assert!(
        out.contains(" high): the comment would be too long; see the JSON or SARIF report"),
        "{}",
        &out[out.len().saturating_sub(3000)..]
    );
    // The groups exposed alike are one node of the diagram.
    assert!(
        out.contains(
            "_Collapsed: the groups newly exposed to the same peer and ports are one node (6,001 edges in all)"
        ),
        "{}",
        &out[out.find("```mermaid").unwrap()..]
    );
    assert!(
        out.contains("[\"3,000 groups: aws_security_group.g0, aws_security_group.g1, …\"]"),
        "{}",
        &out[out.find("```mermaid").unwrap()..]
    );
    assert!(!out.contains(&std::env::temp_dir().to_string_lossy().into_owned()));
    well_formed_markdown(&out);
    // The folded sections shrink before the new findings do.
    let new = &out[out.find("### New findings").unwrap()..];
    assert!(new.matches("\n| high |").count() > 50);
    // Most severe first: no medium row before the last high one.
    let new = &new[..new.find("#### How to fix").unwrap()];
    assert!(new.rfind("\n| high |") < new.find("\n| medium |").or(Some(usize::MAX)));
    // Every finding's rule is told how to fix.
    assert!(out.contains("#### How to fix\n\n- `admin-ports-public-ipv4` (high): "));
}

#[test]
fn markdown_verdict_and_diagram_of_a_widened_cidr() {
    let (code, out, err) = sgaudit(&[
        "check",
        "--format",
        "markdown",
        "testdata/plans/widened-cidr/plan.json",
    ]);
    assert_eq!((code, err.as_str()), (1, ""));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[..2], ["<!-- sgaudit -->", "## sgaudit"]);
    assert_eq!(
        lines[3],
        "❌ **Fails:** 1 new high finding at or above --fail-on high."
    );
    assert_eq!(
        lines[5],
        // SSH widened to the world: one concern (public-port-outside-allow-list merged into
        // admin-ports-public-ipv4).
        "1 new high finding; 2 existing findings."
    );
    let mermaid = out
        .split("```mermaid\n")
        .nth(1)
        .and_then(|m| m.split("```").next())
        .expect("a mermaid block");
    assert!(mermaid.starts_with("flowchart LR\n"));
    // Peer and port on one line per edge.
    for line in [
        "p0((\"internet\"))",
        "g0[\"aws_security_group.ssh\"]",
        "p0 -->|\"0.0.0.0/0 · tcp/22\"| g0",
    ] {
        assert!(
            mermaid.lines().any(|l| l.trim() == line),
            "{line}\n{mermaid}"
        );
    }
}

/// A validator of the official SARIF 2.1.0 schema (`testdata/sarif-schema-2.1.0.json`, a
/// draft-04 schema), formats included.
pub(super) fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// What the schema finds wrong with a SARIF log, one line per error.
pub(super) fn sarif_errors(validator: &jsonschema::Validator, log: &Value) -> Vec<String> {
    validator
        .iter_errors(log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// What GitHub code scanning needs beyond the schema: rules that fired, sorted, each with a
/// `security-severity` string in 0.0–10.0; results pointing at their rule, with a fingerprint
/// and a relative location with a line.
fn sarif_fits_github(log: &Value, input: &str) {
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert!(ids.is_sorted(), "{input}: {ids:?}");
    for rule in rules {
        let severity = rule["properties"]["security-severity"].as_str();
        let score = severity.and_then(|s| s.parse::<f64>().ok());
        assert!(
            score.is_some_and(|s| (0.0..=10.0).contains(&s)),
            "{input}: security-severity must be a string of a number: {rule}"
        );
        assert!(!rule["help"]["markdown"].as_str().unwrap().is_empty());
    }
    let results = run["results"].as_array().unwrap();
    for r in results {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(r["ruleId"], rules[index]["id"], "{input}");
        assert!(
            r["partialFingerprints"]["sgaudit/v1"].is_string(),
            "{input}"
        );
        let locations = r["locations"].as_array().unwrap();
        assert!(!locations.is_empty(), "{input}: {r}");
        for l in locations {
            let uri = l["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap();
            assert!(
                !uri.starts_with('/') && !uri.starts_with("./") && !uri.contains(['\\', ':']),
                "{input}: {uri}"
            );
            assert!(l["physicalLocation"]["region"]["startLine"].as_u64() >= Some(1));
        }
    }
    for id in &ids {
        assert!(results.iter().any(|r| r["ruleId"] == *id), "{input}: {id}");
    }
}

/// Every SARIF log sgaudit writes for its test data (plan scenarios and rule fixtures) is valid
/// SARIF 2.1.0 and fits GitHub; the same validator rejects a broken log.
#[test]
fn sarif_is_valid_for_every_input() {
    let validator = sarif_validator();
    let mut inputs: Vec<String> = Vec::new();
    for dir in scenario_dirs() {
        let plan = dir.join("plan.json");
        if plan.is_file() {
            inputs.push(relative(&plan));
        }
    }
    for entry in std::fs::read_dir("testdata/rules").unwrap() {
        let case = entry.unwrap().path().join("positive");
        let access = crate::access::Access::for_input(&case, Default::default());
        inputs.push(crate::policy::testing::input_of(&case, &access).unwrap());
    }
    inputs.sort();
    let mut results = 0;
    for input in &inputs {
        let (code, out, err) = sgaudit(&["check", "--format", "sarif", input]);
        assert!(code < 2, "{input}: {err}");
        let log: Value = serde_json::from_str(&out).unwrap();
        let errors = sarif_errors(&validator, &log);
        assert!(errors.is_empty(), "{input}:\n{}", errors.join("\n"));
        sarif_fits_github(&log, input);
        results += log["runs"][0]["results"].as_array().unwrap().len();
    }
    assert!(inputs.len() > 40 && results > 100, "{inputs:?}: {results}");

    let (_, out, _) = sgaudit(&["check", "--format", "sarif", &inputs[0]]);
    let good: Value = serde_json::from_str(&out).unwrap();
    let breakages = [
        ("/version", Value::from("2.2.0")),
        ("/runs/0/results/0/level", Value::from("critical")),
        (
            "/runs/0/results/0/locations/0/physicalLocation/region/startLine",
            Value::from(0),
        ),
        ("/runs/0/results/0/message", Value::from("not an object")),
        ("/runs/0/tool/driver/colour", Value::from("red")),
    ];
    for (pointer, value) in breakages {
        let mut broken = good.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        broken.pointer_mut(parent).unwrap()[key] = value;
        assert!(
            !sarif_errors(&validator, &broken).is_empty(),
            "the schema accepts a log with a bad {pointer}"
        );
    }
}

/// A finding keeps its SARIF fingerprint when only its line moves; a waived finding is
/// reported with a suppression: `inSource` for an ignore comment, `external` for a waiver of
/// the configuration; findings of a change are `new`.
#[test]
fn sarif_fingerprints_and_suppressions() {
    let tmp = Scratch::new();
    let main = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("testdata/rules/admin-ports-public-ipv4/positive/main.tf"),
    )
    .unwrap();
    let results = |text: &str| -> Vec<Value> {
        let dir = tmp.configuration("sarif-lines", &[("main.tf", text)]);
        let (code, out, err) = sgaudit(&["check", "--format", "sarif", &dir]);
        assert!(code < 2, "{err}");
        let log: Value = serde_json::from_str(&out).unwrap();
        log["runs"][0]["results"].as_array().unwrap().clone()
    };
    let fingerprints = |results: &[Value]| -> Vec<(String, Value, u64)> {
        results
            .iter()
            .map(|r| {
                let region = &r["locations"][0]["physicalLocation"]["region"];
                (
                    r["ruleId"].as_str().unwrap().to_owned(),
                    r["partialFingerprints"].clone(),
                    region["startLine"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let before = fingerprints(&results(&main));
    let after = fingerprints(&results(&format!("\n\n\n{main}")));
    assert!(!before.is_empty());
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!((&b.0, &b.1), (&a.0, &a.1), "only the line moved");
        assert_eq!(b.2 + 3, a.2, "{} moved three lines down", b.0);
    }

    let bastion = r#"
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # sgaudit:ignore high-risk-ports-public -- the bastion is the one door
  ingress {
    description = "SMTP from anywhere"
    from_port   = 25
    to_port     = 25
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "HTTPS on 8443 from anywhere"
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "bastion" {
  ami                    = "ami-12c6146b"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.bastion.id]
}
"#;
    let waiver =
        "waiver {\n  rule   = \"admin-ports-public-ipv4\"\n  reason = \"Bastion, SEC-123\"\n}\n";
    let dir = tmp.configuration(
        "sarif-waivers",
        &[("main.tf", bastion), (".sgaudit.hcl", waiver)],
    );
    let (_, out, err) = sgaudit(&["check", "--format", "sarif", &dir]);
    assert_eq!(err, "");
    let log: Value = serde_json::from_str(&out).unwrap();
    assert!(sarif_errors(&sarif_validator(), &log).is_empty());
    let results = log["runs"][0]["results"].as_array().unwrap();
    let of = |rule: &str| results.iter().find(|r| r["ruleId"] == rule).unwrap();
    let ignored = &of("high-risk-ports-public")["suppressions"][0];
    assert_eq!(ignored["kind"], "inSource", "{ignored}");
    assert_eq!(ignored["justification"], "the bastion is the one door");
    let waived = &of("admin-ports-public-ipv4")["suppressions"][0];
    assert_eq!(waived["kind"], "external", "{waived}");
    assert_eq!(waived["justification"], "Bastion, SEC-123");
    assert!(results.iter().all(|r| r["baselineState"] == "new"));
    assert!(
        of("public-port-outside-allow-list")["suppressions"].is_null(),
        "{out}"
    );
}

/// Past 5,000 findings the log keeps the most severe and says how many there were.
#[test]
fn sarif_caps_results_most_severe_first() {
    use crate::policy::{Finding, FindingStatus, Severity};
    let finding = |i: usize, severity: Severity| Finding {
        rule: format!("rule-{}", severity.as_str()).into(),
        title: "A title".into(),
        severity,
        status: FindingStatus::New,
        change: Some(crate::model::Growth::Added),
        security_group: format!("aws_security_group.g{i}").into(),
        resources: Vec::new(),
        origins: vec![crate::model::Origin::at("main.tf", i + 1)],
        exposures: Vec::new(),
        said: format!("finding {i}").into(),
        apply_error: None,
        waived: None,
        baselined: false,
        workload: None,
        subject: None,
        merged: None,
    };
    let mut findings: Vec<Finding> = (0..6000).map(|i| finding(i, Severity::Low)).collect();
    findings.push(finding(6000, Severity::Critical));
    findings.push(Finding {
        status: FindingStatus::Resolved,
        ..finding(6001, Severity::Critical)
    });
    let input = crate::model::Input {
        source: crate::model::Source {
            path: "plan.json".to_owned(),
            ..crate::model::Source::default()
        },
        ..crate::model::Input::default()
    };
    let diff = crate::diff::Diff::default();
    let reach = crate::reach::Reach::default();
    let report = crate::report::Report {
        input: &input,
        diff: &diff,
        reach: &reach,
        findings: &findings,
        rules: &[],
        cwd: None,
        view: Default::default(),
        rule_docs: None,
    };
    let log = crate::report::check_sarif(&report);
    let run = &log["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 5000);
    assert_eq!(results[0]["message"]["text"], "finding 6000");
    assert_eq!(results[0]["level"], "error");
    assert_eq!(results[1]["message"]["text"], "finding 0");
    assert_eq!(run["properties"]["sgaudit/results_total"], 6001);
    assert_eq!(run["properties"]["sgaudit/results_truncated"], true);
    assert!(sarif_errors(&sarif_validator(), &log).is_empty());
    assert_eq!(log, crate::report::check_sarif(&report), "deterministic");
}

#[test]
fn markdown_says_when_the_input_is_incomplete() {
    let tmp = Scratch::new();
    let good = "resource \"aws_security_group\" \"web\" {\n  name        = \"web\"\n  description = \"Web\"\n\n  ingress {\n    description = \"HTTPS\"\n    from_port   = 443\n    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n";
    let dir = tmp.configuration(
        "markdown-incomplete",
        &[
            ("main.tf", good),
            (
                "broken.tf",
                "resource \"aws_security_group\" \"x\" {\n  name =\n}\n",
            ),
        ],
    );
    let (code, out, _) = sgaudit(&["check", "--format", "markdown", &dir]);
    assert_eq!(code, 2);
    let lines: Vec<&str> = out.lines().collect();
    // The first line after the marker (by which the Action finds its comment) says it.
    assert_eq!(lines[0], "<!-- sgaudit -->");
    assert!(
        lines[1]
            .starts_with("**This report is incomplete:** 1 part of the input could not be read")
    );
    assert_eq!(
        lines[5],
        "❌ **Fails:** 1 part of the input could not be read (the report covers the rest)."
    );
    assert_eq!(lines[7], "No new findings.");
    assert_eq!(lines[9], "> [!WARNING]");
    assert_eq!(lines[10], "> 1 part of the input could not be read:");
    assert!(
        lines[11].starts_with("> - `` broken.tf:2:"),
        "{}",
        lines[11]
    );
    assert!(!out.contains(&*std::env::temp_dir().to_string_lossy()));
    well_formed_markdown(&out);
}

/// One run writes every format: `--output FORMAT=PATH` files hold exactly what `--format`
/// prints, while the `--format` report goes to standard output; a bad `--output` is a usage
/// error, and `show` refuses the formats of `check`.
#[test]
fn several_outputs_in_one_run() {
    let plan = "testdata/plans/workloads-two-hop/plan.json";
    let scratch = Scratch::new();
    let dir = scratch.path();
    let formats = ["json", "sarif", "markdown", "github", "table"];
    let mut args: Vec<String> = vec!["check".into(), plan.into()];
    for f in formats {
        args.push("--output".into());
        args.push(format!("{f}={}", dir.join(f).display()));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, table, err) = sgaudit(&args);
    assert_eq!((code, err.as_str()), (1, ""));
    for f in formats {
        let (alone, printed, _) = sgaudit(&["check", "--format", f, plan]);
        assert_eq!(alone, code);
        let written = std::fs::read_to_string(dir.join(f)).unwrap();
        assert_eq!(written, printed, "--output {f}= differs from --format {f}");
    }
    assert_eq!(table, std::fs::read_to_string(dir.join("table")).unwrap());

    let (code, _, err) = sgaudit(&["check", plan, "--output", "sarif"]);
    assert_eq!(code, 2);
    assert!(err.contains("expected FORMAT=PATH"), "{err}");
    let (code, _, err) = sgaudit(&["check", plan, "--output", "pdf=x.pdf"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = sgaudit(&["show", "--format", "sarif", plan]);
    assert_eq!(code, 2);
    assert!(err.contains("`show` prints table, json or dot"), "{err}");
}

/// Every format puts the findings that predict an apply error first, each with its AWS
/// error: a "will fail at apply" section above the other findings (table, markdown), the
/// field `apply_error` (JSON, SARIF's properties, at level error, first), the annotation's
/// title (GitHub, first).
#[test]
fn apply_failures_come_first_in_every_format() {
    let plan = "testdata/plans/deleted-group-still-referenced/plan.json";
    let error = "DependencyViolation";
    let run = |format: &str| sgaudit(&["check", "--format", format, plan]).1;
    let table = run("table");
    let (section, findings) = (
        table.find("will fail at apply:").unwrap(),
        table.find("findings:").unwrap(),
    );
    assert!(section < findings, "{table}");
    let section = table.get(section..findings).unwrap();
    assert!(
        section.contains(error) && section.contains("group-deleted-while-referenced"),
        "{section}"
    );
    let rest = table.get(findings..).unwrap();
    assert!(!rest.contains("group-deleted-while-referenced"), "{rest}");
    let markdown = run("markdown");
    assert!(
        markdown.contains("\n1 new finding predicts a failure at apply; 1 new medium finding.\n"),
        "{markdown}"
    );
    let at = markdown.find("### Will fail at apply").unwrap();
    assert!(markdown.find("### New findings").is_none_or(|new| at < new));
    assert!(markdown.get(at..).unwrap().contains(&format!("`{error}`")));
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let failing: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["apply_error"] == error)
        .collect();
    assert_eq!(failing.len(), 1);
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let first = &sarif["runs"][0]["results"][0];
    assert_eq!(first["properties"]["apply_error"], error);
    assert_eq!(
        first["level"], "error",
        "a medium finding that fails the apply"
    );
    let github = run("github");
    let first = github.lines().next().unwrap();
    assert!(
        first.starts_with("::error ") && first.contains(&format!("will fail at apply ({error})")),
        "{github}"
    );
}

/// The page of a built-in rule (`docs/rules/<id>.md`, which the PR comment links to): its
/// `sgaudit explain` text under a heading.
fn rule_doc(rule: &crate::policy::Rule) -> String {
    format!(
        "# `{}` ({})\n\n<!-- Written from `sgaudit explain {}` by `SGAUDIT_BLESS=1 cargo test --lib rule_docs`; do not edit. -->\n\n{}\n\n```text\n{}```\n",
        rule.id,
        rule.severity,
        rule.id,
        rule.title,
        crate::policy::explain(rule)
    )
}

/// `docs/rules/` holds one page per built-in rule, each its `sgaudit explain` text, and no
/// other page; `SGAUDIT_BLESS=1 cargo test --lib rule_docs` writes them.
#[test]
fn rule_docs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let rules = crate::policy::built_in();
    let bless = std::env::var_os("SGAUDIT_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut expected: Vec<String> = Vec::new();
    for rule in &rules {
        let name = format!("{}.md", rule.id);
        let file = dir.join(&name);
        let text = rule_doc(rule);
        if bless {
            std::fs::write(&file, &text).unwrap();
        } else {
            let found = std::fs::read_to_string(&file).unwrap_or_default();
            assert!(
                found == text,
                "docs/rules/{name} differs from `sgaudit explain {}`; regenerate with \
                 `SGAUDIT_BLESS=1 cargo test --lib rule_docs`",
                rule.id
            );
        }
        expected.push(name);
    }
    expected.sort();
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(
        found, expected,
        "docs/rules/ holds a page of no built-in rule"
    );
    assert!(rules.len() > 40);
}

/// `--quiet` prints the verdict line alone; `--min-severity` leaves the findings below it out of
/// the table and markdown but counts them, and changes neither the gate nor the JSON report;
/// `--limit` cuts each section and says how many rows it left out.
#[test]
fn volume_controls() {
    let plan = "testdata/plans/workloads-data-exposed/plan.json";
    let (code, out, err) = sgaudit(&["check", "--quiet", plan]);
    assert_eq!((code, err.as_str()), (1, ""));
    assert_eq!(
        out,
        "fails: 1 new critical finding and 3 new high findings at or above --fail-on high\n"
    );

    let (code, table, _) = sgaudit(&["check", "--min-severity", "high", plan]);
    assert_eq!(code, 1, "the gate is unchanged");
    assert!(
        // (With rule families, the medium findings merged into the high ones they repeat.)
        table.contains("1 new medium finding; 1 finding resolved. 2 findings below --min-severity high not listed."),
        "{table}"
    );
    let listed = table.get(table.find("\nfindings:").unwrap()..).unwrap();
    assert!(
        !listed.contains("│ medium") && !listed.contains("│ info"),
        "{listed}"
    );
    assert!(
        listed.contains("│ critical") && listed.contains("│ high"),
        "{listed}"
    );
    let (_, markdown, _) = sgaudit(&[
        "check",
        "--format",
        "markdown",
        "--min-severity",
        "high",
        plan,
    ]);
    assert!(!markdown.contains("| medium |"), "{markdown}");
    assert!(markdown.contains("_2 findings below `--min-severity high` not listed._"));
    let json = |extra: &[&str]| {
        let mut args = vec!["check", "--format", "json", plan];
        args.extend(extra);
        sgaudit(&args).1
    };
    assert_eq!(
        json(&["--min-severity", "critical"]),
        json(&[]),
        "JSON keeps every finding"
    );

    let (code, table, _) = sgaudit(&["check", "--limit", "1", plan]);
    assert_eq!(code, 1);
    assert!(
        table.contains("… and 5 more findings (--limit 1)\n"),
        "{table}"
    );
    assert!(
        table.contains("… and 12 more paths (--limit 1)\n"),
        "{table}"
    );
    assert!(table.contains("… and 2 more rows (--limit 1)\n"), "{table}");
    let (_, markdown, _) = sgaudit(&["check", "--format", "markdown", "--limit", "1", plan]);
    assert_eq!(markdown.matches("\n| critical |").count(), 1);
    assert!(!markdown.contains("\n| high |"), "{markdown}");
    assert!(
        markdown.contains(
            "_… and 4 more findings not listed (`--limit 1`); see the JSON or SARIF report._"
        ),
        "{markdown}"
    );
    well_formed_markdown(&markdown);
    let (code, _, err) = sgaudit(&["check", "--limit", "0", plan]);
    assert_eq!(code, 2, "{err}");
}

/// A picture of more paths than the diagram draws is collapsed: the workloads by kind, their
/// groups by the kind of workload they let in, each node saying how many it stands for.
#[test]
fn markdown_collapses_a_large_paths_diagram() {
    let tmp = Scratch::new();
    use std::fmt::Write as _;
    let mut tf = String::new();
    for i in 0..40 {
        let _ = write!(
            tf,
            "\nresource \"aws_security_group\" \"g{i}\" {{\n  name        = \"g{i}\"\n  description = \"Group {i}\"\n\n  ingress {{\n    description = \"HTTPS\"\n    from_port   = 443\n    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }}\n}}\n\nresource \"aws_instance\" \"w{i}\" {{\n  ami                    = \"ami-12c6146b\"\n  instance_type          = \"t3.micro\"\n  vpc_security_group_ids = [aws_security_group.g{i}.id]\n}}\n"
        );
    }
    let dir = tmp.configuration("markdown-many-paths", &[("main.tf", &tf)]);
    let (code, out, err) = sgaudit(&["check", "--format", "markdown", &dir]);
    assert!(code < 2, "{err}");
    well_formed_markdown(&out);
    let at = out
        .find("### Paths from the internet to workloads")
        .unwrap();
    let diagram = &out[at..];
    assert!(
        diagram.contains("[\"groups of compute workloads (40)\"]")
            && diagram.contains("([\"compute workloads (40)\"])"),
        "{diagram}"
    );
    assert!(diagram.contains("_Collapsed: workloads are grouped by kind"));
    assert!(!diagram.contains("aws_instance.w"), "{diagram}");
}

/// Ports and protocols said as people say them (`report::said`), in the table, markdown and
/// JSON's `exposure.said`: a permission widened from 443 to every port is one row
/// `all (was 443)`, two rules around 443 one row `all but 443`, DNS over tcp and udp one row
/// `tcp, udp`; JSON keeps the exact rows beside them.
#[test]
fn ports_and_protocols_said_as_people_say_them() {
    let plan = "testdata/plans/ports-widened/plan.json";
    let (_, table, err) = sgaudit(&["check", "--width", "200", plan]);
    assert_eq!(err, "");
    for row in [
        "│ ~ │ ingress   │ tcp      │ all (was 443) │ 0.0.0.0/0 │ world │ aws_security_group.web",
        "│ + │ ingress   │ tcp      │ all but 443 │ 0.0.0.0/0 │ world │ aws_security_group.gap",
        "│ + │ ingress   │ tcp, udp │ 53    │ 0.0.0.0/0 │ world │ aws_security_group.dns",
    ] {
        assert!(table.contains(row), "{row}\n{table}");
    }
    assert!(!table.contains("444-65535 │"), "{table}");
    let (_, markdown, _) = sgaudit(&["check", "--format", "markdown", plan]);
    for row in [
        "| changed | ingress | `tcp` | `all (was 443)` | `0.0.0.0/0` |",
        "| added | ingress | `tcp` | `all but 443` | `0.0.0.0/0` |",
        "| added | ingress | `tcp, udp` | `53` | `0.0.0.0/0` |",
    ] {
        assert!(markdown.contains(row), "{row}\n{markdown}");
    }
    let (_, json, _) = sgaudit(&["check", "--format", "json", plan]);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        said_rows(&json),
        [
            "aws_security_group.dns added ingress tcp, udp 53 | 0.0.0.0/0",
            "aws_security_group.gap added ingress tcp all but 443 | 0.0.0.0/0",
            "aws_security_group.web changed ingress tcp all (was 443) | 0.0.0.0/0",
        ]
    );
    // The exact cells stay: web's added 0-442 and 444-65535, its 443 unchanged.
    let added: Vec<(i64, i64)> = json["exposure"]["added"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["owner"]["group"] == "aws_security_group.web")
        .map(|e| {
            (
                e["from_port"].as_i64().unwrap(),
                e["to_port"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(added, [(0, 442), (444, 65535)]);
}

/// The JSON report's `exposure.said` rows, one line each: owner, change, direction, protocol,
/// ports | peer.
fn said_rows(json: &Value) -> Vec<String> {
    json["exposure"]["said"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {} {} | {}",
                r["owner"].as_str().unwrap(),
                r["change"].as_str().unwrap(),
                r["direction"].as_str().unwrap(),
                r["protocol"].as_str().unwrap(),
                r["ports"].as_str().unwrap(),
                r["peer"].as_str().unwrap()
            )
        })
        .collect()
}

/// Rows join only where they are exactly a set of ports times a set of peers on each side of
/// the change: SSH from 10.0.0.0/8 widened to every port from the world says both changes;
/// every port narrowed to 443 says so; 22 from a private block beside 80 from the world stay
/// two rows (no "22, 80 from …" that neither peer has).
#[test]
fn ports_join_only_where_the_set_is_exact() {
    let rule = |from: u32, to: u32, cidr: &str| {
        format!(
            "  ingress {{\n    from_port = {from}\n    to_port = {to}\n    protocol = \"tcp\"\n    cidr_blocks = [\"{cidr}\"]\n  }}\n"
        )
    };
    let group = |name: &str, rules: &[String]| {
        format!(
            "resource \"aws_security_group\" \"{name}\" {{\n  name = \"{name}\"\n{}}}\n",
            rules.concat()
        )
    };
    let before = [
        group("ssh", &[rule(22, 22, "10.0.0.0/8")]),
        group("wide", &[rule(0, 65535, "0.0.0.0/0")]),
        group("mixed", &[]),
    ]
    .concat();
    let after = [
        group("ssh", &[rule(0, 65535, "0.0.0.0/0")]),
        group("wide", &[rule(443, 443, "0.0.0.0/0")]),
        group(
            "mixed",
            &[rule(22, 22, "10.0.0.0/8"), rule(80, 80, "0.0.0.0/0")],
        ),
    ]
    .concat();
    let tmp = Scratch::new();
    let before = tmp.configuration("before", &[("main.tf", &before)]);
    let after = tmp.configuration("after", &[("main.tf", &after)]);
    let (_, json, err) = sgaudit(&["check", "--format", "json", &after, "--base", &before]);
    assert_eq!(err, "");
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        said_rows(&json),
        [
            "aws_security_group.mixed added ingress tcp 22 | 10.0.0.0/8",
            "aws_security_group.mixed added ingress tcp 80 | 0.0.0.0/0",
            "aws_security_group.ssh changed ingress tcp all (was 22) | 0.0.0.0/0 (was 10.0.0.0/8)",
            "aws_security_group.wide changed ingress tcp 443 (was all) | 0.0.0.0/0",
        ]
    );
}

/// A plan read without its configuration (copied alone to a directory of its own): each SARIF
/// result points at the line and column of its resource's entry in the plan file itself (its
/// `"address"` in `resource_changes`), not at line 1; the note says so once. The same on the
/// one-line JSON `terraform show -json` writes: line 1, the entry's column.
#[test]
fn sarif_points_at_the_plan_s_own_line_without_its_configuration() {
    let text = std::fs::read_to_string("testdata/plans/widened-cidr/plan.json").unwrap();
    let one_line = serde_json::to_string(&serde_json::from_str::<Value>(&text).unwrap()).unwrap();
    let tmp = Scratch::new();
    for (name, plan_text) in [("pretty", text.as_str()), ("one-line", one_line.as_str())] {
        let plan = tmp.file(&format!("{name}/plan.json"), plan_text.as_bytes());
        let (code, out, err) = sgaudit(&["check", "--format", "sarif", &plan]);
        assert_eq!((code, err.as_str()), (1, ""), "{name}");
        let log: Value = serde_json::from_str(&out).unwrap();
        let results = log["runs"][0]["results"].as_array().unwrap();
        assert_eq!(results.len(), 3, "{name}");
        // Where `"address": "aws_security_group.ssh"` of its change is, counted by hand.
        let changes = plan_text.find("\"resource_changes\"").unwrap();
        let at = changes + plan_text[changes..].find("\"address\"").unwrap();
        let line = plan_text[..at].matches('\n').count() + 1;
        let col = plan_text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
        assert!(
            plan_text[at..].starts_with("\"address\"")
                && plan_text[at..].contains("aws_security_group.ssh")
        );
        if name == "pretty" {
            assert_eq!((line, col), (273, 4));
            assert_eq!(
                text.lines().nth(272),
                Some("   \"address\": \"aws_security_group.ssh\",")
            );
        } else {
            assert_eq!(line, 1);
        }
        for r in results {
            let location = &r["locations"][0]["physicalLocation"];
            assert_eq!(
                location["artifactLocation"]["uri"],
                format!("file://{plan}"),
                "{name}"
            );
            assert_eq!(location["region"]["startLine"], line, "{name}");
            assert_eq!(location["region"]["startColumn"], col, "{name}");
        }
        let notes = &log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
        let said = notes[0]["message"]["text"].as_str().unwrap();
        assert!(
            said.starts_with("no file:line origins: no .tf files next to ")
                && said.ends_with(&format!(
                    "; each finding points at its resource's line in {plan} instead"
                )),
            "{said}"
        );
        // The table says the same place.
        let (_, table, _) = sgaudit(&["check", "--width", "300", &plan]);
        assert!(table.contains(&format!("{plan}:{line}:{col}")), "{table}");
    }
}
