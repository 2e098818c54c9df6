//! The policy: every built-in rule on its fixtures (`testdata/rules/<rule>/`, whose
//! `findings.txt` files `sgaudit test` checks), user packs and their tests, the configuration
//! (`.sgaudit.hcl`), waivers and inline ignores.

use std::path::Path;

use serde_json::Value;

use super::{Scratch, copy_tree, sgaudit};

/// Every built-in rule fires on its positive fixture and not on its negative one, and every
/// fixture names a rule. A fixture is a directory of `.tf` files (`<rule>/positive/`), or a
/// `plan.path` file naming a real plan under `testdata/plans/`. What the rules say of each
/// fixture is its `findings.txt`, which `built_in_pack_passes_its_tests` holds them to.
#[test]
fn rules_fire_on_their_fixtures() {
    let rules = crate::policy::built_in();
    let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    for entry in std::fs::read_dir("testdata/rules").unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            ids.contains(&name.as_str()),
            "testdata/rules/{name} names no rule"
        );
    }
    for id in &ids {
        for kind in ["positive", "negative"] {
            let dir = format!("testdata/rules/{id}/{kind}");
            assert!(
                Path::new(&dir).is_dir(),
                "rule {id} has no {kind} fixture ({dir}/)"
            );
            let access = crate::access::Access::for_input(Path::new(&dir), Default::default());
            let input = crate::policy::testing::input_of(Path::new(&dir), &access).unwrap();
            let deployed = crate::policy::testing::deployed_of(Path::new(&dir), &access).unwrap();
            let mut args = vec!["check", "--format", "json", &input];
            if let Some(account) = &deployed {
                args.extend(["--deployed", account.as_str()]);
            }
            let (code, out, err) = sgaudit(&args);
            assert!(code < 2, "{input}: {err}");
            let report: Value = serde_json::from_str(&out).unwrap();
            // Its own finding, or one merged into a more severe finding of its family.
            let fired = report["findings"].as_array().unwrap().iter().any(|f| {
                f["rule"] == *id
                    || f["also"]
                        .as_array()
                        .is_some_and(|a| a.iter().any(|a| a["rule"] == *id))
            });
            assert_eq!(
                fired,
                kind == "positive",
                "rule {id} on its {kind} fixture {input}"
            );
        }
    }
}

/// The built-in pack passes the pack test runner users run (`sgaudit test`): every fixture's
/// findings are those in its `findings.txt`, and every rule fires on some fixture. After a
/// deliberate change, `SGAUDIT_UPDATE=1 cargo test` rewrites the expected files.
#[test]
fn built_in_pack_passes_its_tests() {
    let config = crate::policy::Settings {
        packs: Some(vec![crate::policy::PackSource::BuiltIn(
            "aws-security-groups".to_owned(),
        )]),
        ..crate::policy::Settings::default()
    };
    let access =
        crate::access::Access::for_input(Path::new(env!("CARGO_MANIFEST_DIR")), Default::default());
    let policy = crate::policy::Policy::load(config, &[], &access).unwrap();
    let update = std::env::var_os("SGAUDIT_UPDATE").is_some();
    let outcome =
        crate::policy::testing::run(&policy, Path::new("testdata/rules"), update).unwrap();
    assert!(outcome.passed, "{}", outcome.text);
}

/// The example team pack passes its own cases; in a copy of it, a case whose expected findings
/// are wrong fails with a diff and exit 1 until `--update` rewrites it, and a rule that no case
/// fires fails the run.
#[test]
fn a_user_pack_is_tested_like_snapshots() {
    let (code, out, err) = sgaudit(&["test", "examples/packs/team-network"]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.ends_with("4 cases, all passed\n"), "{out}");

    let scratch = Scratch::new();
    let copy = scratch.path().join("team-network");
    copy_tree(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/packs/team-network")
            .as_path(),
        &copy,
    );
    let pack = copy.to_string_lossy().into_owned();
    let expected = copy.join("tests/database-from-app-group/findings.txt");
    std::fs::write(
        &expected,
        "high new database-reached-from-addresses: nothing\n",
    )
    .unwrap();
    let (code, out, _) = sgaudit(&["test", &pack]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("-high new database-reached-from-addresses: nothing"),
        "{out}"
    );
    assert!(out.contains("FAILED"), "{out}");

    let (code, out, _) = sgaudit(&["test", &pack, "--update"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(std::fs::read_to_string(&expected).unwrap(), "");
    assert_eq!(sgaudit(&["test", &pack]).0, 0);

    // Without the case that fires it, a rule is untested: the run fails and names it.
    std::fs::remove_dir_all(copy.join("tests/public-on-edge-and-off-edge")).unwrap();
    let (code, out, _) = sgaudit(&["test", &pack]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("no case fires public-outside-edge"), "{out}");
}

/// A user's configuration: their own pack (network and group-set names), a disabled rule, a
/// severity override and the gate defaults.
#[test]
fn configuration_and_user_packs() {
    let tmp = Scratch::new();
    let pack = r#"
rule "db-only-from-app" {
  title       = "Database reachable from something other than the application tier"
  severity    = "high"
  why         = "Databases are reached only from the app tier."
  remediation = "Allow the database port from the app group only."

  exposure {
    direction  = "ingress"
    group_sets = ["databases"]
    outside    = ["office"]
    peers      = ["cidr"]
  }
}
"#;
    let main = r#"
resource "aws_security_group" "db" {
  name        = "db"
  description = "Database"

  ingress {
    description = "PostgreSQL from the office"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }

  ingress {
    description = "PostgreSQL from a partner"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["198.51.100.0/24"]
  }
}
"#;
    let config = r#"
packs      = ["aws-security-groups", "./policies"]
disable    = ["permission-description-missing"]
severity   = { "data-store-ports-public" = "medium" }
fail_on    = "critical"

network "office" {
  cidrs = ["203.0.113.0/24"]
}

group_set "databases" {
  addresses = ["aws_security_group.db*"]
}
"#;
    let dir = tmp.configuration(
        "user-config",
        &[
            ("main.tf", main),
            (".sgaudit.hcl", config),
            ("policies/team.hcl", pack),
        ],
    );
    let (code, out, err) = sgaudit(&["check", "--format", "json", &dir]);
    assert_eq!(
        (code, err.as_str()),
        (0, ""),
        "fail_on critical from the configuration"
    );
    let report: Value = serde_json::from_str(&out).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let of = |rule: &str| {
        findings
            .iter()
            .filter(|f| f["rule"] == rule)
            .collect::<Vec<_>>()
    };
    let ours = of("db-only-from-app");
    assert_eq!(ours.len(), 1, "{findings:?}");
    assert_eq!(
        ours[0]["peers"],
        serde_json::json!(["198.51.100.0/24"]),
        "the office network is allowed"
    );
    assert!(of("permission-description-missing").is_empty(), "disabled");
    assert!(
        of("data-store-ports-public")
            .iter()
            .all(|f| f["severity"] == "medium"),
        "overridden"
    );
    // The command line still wins over the configuration's gate.
    let (code, _, _) = sgaudit(&["check", "--fail-on", "high", &dir]);
    assert_eq!(code, 1);
    // `rules` lists the user's rule beside the built-in ones.
    let (_, out, _) = sgaudit(&["rules", "--config-file", &format!("{dir}/.sgaudit.hcl")]);
    assert!(
        out.contains("db-only-from-app") && !out.contains("permission-description-missing"),
        "{out}"
    );
    // A rule naming a network the configuration does not define is an error that says so.
    let broken = tmp.configuration(
        "user-config-broken",
        &[
            ("main.tf", main),
            (".sgaudit.hcl", "packs = [\"./policies\"]\n"),
            ("policies/team.hcl", pack),
        ],
    );
    let (code, _, err) = sgaudit(&["check", &broken]);
    assert_eq!(code, 2);
    assert!(
        err.contains("team.hcl:2") && err.contains("names network \"office\""),
        "{err}"
    );
}

/// Waivers: a waived finding is reported as waived and does not fail the run; an expired
/// waiver stops applying and says so; an unused one is reported; one without a reason is an
/// error. Inline ignores work the same, and need a reason too.
#[test]
fn waivers_and_inline_ignores() {
    let tmp = Scratch::new();
    let main = r#"
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"

  # sgaudit:ignore high-risk-ports-public -- the bastion is the one door, reviewed by security
  ingress {
    description = "FTP, SSH and Telnet from anywhere"
    from_port   = 20
    to_port     = 23
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
    let waivers = |expires: &str| {
        format!(
            r#"
waiver {{
  rule    = "admin-ports-public-ipv4"
  group   = "aws_security_group.bastion"
  ports   = ["20-23"]
  peer    = "0.0.0.0/0"
  reason  = "Bastion, tracked in SEC-123"
  expires = "{expires}"
}}

waiver {{
  rule   = "public-port-outside-allow-list"
  group  = "aws_security_group.nothing"
  reason = "left over"
}}
"#
        )
    };
    let run = |name: &str, config: &str| -> (u8, Value) {
        let dir = tmp.configuration(name, &[("main.tf", main), (".sgaudit.hcl", config)]);
        let (code, out, err) = sgaudit(&["check", "--format", "json", &dir]);
        assert_eq!(err, "");
        (code, serde_json::from_str(&out).unwrap())
    };
    // The waiver of the row that reports a rule's finding: its own, or that of the more
    // severe finding of its family it is merged into (`also`).
    let waived = |r: &Value, rule: &str| {
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| {
                f["rule"] == rule
                    || f["also"]
                        .as_array()
                        .is_some_and(|a| a.iter().any(|a| a["rule"] == rule))
            })
            .map(|f| f["waived"].clone())
    };

    let (code, r) = run("waivers-valid", &waivers("2999-12-31"));
    // FTP, SSH and Telnet from the world: one concern of the public-ingress family, reported
    // once. Both high findings are waived (one by the configuration, one inline), so the row
    // is the first rule's, waived, with the other and the medium one merged into it; were the
    // inline ignore not applied, the row would be the unwaived high-risk-ports-public.
    assert_eq!(
        waived(&r, "admin-ports-public-ipv4").unwrap()["reason"],
        "Bastion, tracked in SEC-123"
    );
    let bastion: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["from_port"] == 20)
        .collect();
    assert_eq!(bastion.len(), 1, "{r}");
    assert_eq!(
        bastion[0]["also"],
        serde_json::json!([
            { "rule": "high-risk-ports-public", "severity": "high" },
            { "rule": "public-port-outside-allow-list", "severity": "medium" }
        ])
    );
    assert_eq!(code, 0, "every high finding is waived: {r}");
    let notes = r["notes"].to_string();
    assert!(
        notes.contains(
            "the waiver of public-port-outside-allow-list matched no finding: it is unused"
        ),
        "{notes}"
    );

    let (code, r) = run("waivers-expired", &waivers("2001-01-01"));
    assert_eq!(code, 1, "the expired waiver no longer applies");
    assert_eq!(waived(&r, "admin-ports-public-ipv4").unwrap(), Value::Null);
    assert!(
        r["notes"]
            .to_string()
            .contains("the waiver of admin-ports-public-ipv4 expired on 2001-01-01"),
        "{}",
        r["notes"]
    );

    let dir = tmp.configuration(
        "waivers-no-reason",
        &[
            ("main.tf", main),
            (
                ".sgaudit.hcl",
                "waiver {\n  rule = \"admin-ports-public-ipv4\"\n}\n",
            ),
        ],
    );
    let (code, _, err) = sgaudit(&["check", &dir]);
    assert_eq!(code, 2);
    assert!(
        err.contains(".sgaudit.hcl:1:1: the waiver of \"admin-ports-public-ipv4\" needs a reason"),
        "{err}"
    );

    // An ignore without a reason, and one naming a rule that does not fire there (a typo, or a
    // rule since fixed), do not apply, and a note says why.
    for (name, from, to, note) in [
        (
            "ignore-no-reason",
            " -- the bastion is the one door, reviewed by security",
            "",
            "`sgaudit:ignore high-risk-ports-public` has no reason",
        ),
        (
            "ignore-unused",
            "sgaudit:ignore high-risk-ports-public",
            "sgaudit:ignore high-risk-port-public",
            "the ignore of high-risk-port-public matched no finding: it is unused",
        ),
    ] {
        let dir = tmp.configuration(name, &[("main.tf", &main.replace(from, to))]);
        let (code, out, _) = sgaudit(&["check", "--format", "json", &dir]);
        let r: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(code, 1, "{name}");
        assert_eq!(waived(&r, "high-risk-ports-public").unwrap(), Value::Null);
        assert!(
            r["notes"].to_string().contains(note),
            "{name}: {}",
            r["notes"]
        );
    }
}

/// Inline ignores work where people write them (issue 23): above a resource they cover its
/// nested blocks; above one nested block, not its sibling; at the end of an argument's line,
/// the block holding it (`cidr_blocks = [...] # sgaudit:ignore ...`, as tfsec users write it);
/// a comment a blank line above a block covers nothing and is reported unused. A finding says
/// which comment accepted it. In plan mode the configuration beside the plan's ignores apply
/// the same way (a real plan, `testdata/plans/ssh-world-inline`): the run that failed passes.
#[test]
fn inline_ignores_where_people_write_them() {
    let tmp = Scratch::new();
    let main = r#"# sgaudit:ignore admin-ports-public-ipv4, public-port-outside-allow-list -- the one door, SEC-1
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"

  # sgaudit:ignore admin-ports-public-ipv4 -- SSH only through the one door, SEC-4
  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Web"

  # sgaudit:ignore public-port-outside-allow-list -- the web's one port, SEC-2
  ingress {
    description = "HTTPS on 8443 from anywhere"
    from_port   = 8443
    to_port     = 8443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "RDP from anywhere"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# sgaudit:ignore data-store-ports-public -- not about the rule: a blank line follows

resource "aws_security_group_rule" "mysql" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  from_port         = 3306
  to_port           = 3306
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # sgaudit:ignore data-store-ports-public -- a vendor's replica, SEC-3
}
"#;
    let dir = tmp.configuration("where", &[("main.tf", main)]);
    let (code, out, err) = sgaudit(&["check", "--format", "json", &dir]);
    assert_eq!(err, "");
    let r: Value = serde_json::from_str(&out).unwrap();
    // (rule, port, the line of the comment that accepted it, the rules of its family merged
    // into it).
    let mut seen: Vec<(String, String, Option<String>, Vec<String>)> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["from_port"].to_string(),
                f["waived"]["origin"]
                    .as_str()
                    .map(|o| o.rsplit_once('/').unwrap().1.to_owned()),
                f["also"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|a| a["rule"].as_str().unwrap().to_owned())
                            .collect()
                    })
                    .unwrap_or_default(),
            )
        })
        .collect();
    seen.sort();
    let at = |l: usize| Some(format!("main.tf:{l}"));
    // public-port-outside-allow-list on 22, 3389 and 3306 is merged into the more severe
    // finding of its family about the same exposure, and accepted with it when that is: on
    // 3306 by the ignore of data-store-ports-public (the one a blank line above covers
    // nothing: its note below), on 22 by the ignores of admin-ports-public-ipv4 (the one on
    // line 1 also named public-port-outside-allow-list, which it covered: no unused note).
    let outside = || vec!["public-port-outside-allow-list".to_owned()];
    let expected = [
        // Two ignores cover it: the finding names the more specific, above its block.
        ("admin-ports-public-ipv4", "22", at(6), outside()),
        ("admin-ports-public-ipv4", "3389", None, outside()),
        ("data-store-ports-public", "3306", at(46), outside()),
        ("public-port-outside-allow-list", "8443", at(20), vec![]),
    ];
    for (rule, ports, waived, also) in expected {
        assert!(
            seen.contains(&(
                rule.to_owned(),
                ports.to_owned(),
                waived.clone(),
                also.clone()
            )),
            "{rule} {ports} waived at {waived:?} also {also:?}: {seen:#?}"
        );
    }
    // One row per concern: public-port-outside-allow-list is a row of its own only on 8443.
    assert_eq!(
        seen.iter()
            .filter(|(rule, ..)| rule == "public-port-outside-allow-list")
            .count(),
        1,
        "{seen:#?}"
    );
    assert_eq!(code, 1, "RDP from the world is not ignored: {seen:#?}");
    // The comment a blank line above the rule is unused, and said so at its line; the one
    // above the bastion covered a finding of each rule it names (one of them is named more
    // specifically below it), so it is used.
    let notes: Vec<&str> = r["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .filter(|n| n.contains("sgaudit") || n.contains("ignore"))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].ends_with(
            "main.tf:38: the ignore of data-store-ports-public matched no finding: it is unused"
        ),
        "{notes:?}"
    );

    // Plan mode: the real plan beside its configuration, with an ignore above the resource.
    let scenario = Path::new("testdata/plans/ssh-world-inline");
    let after = std::fs::read_to_string(scenario.join("after.tf")).unwrap();
    let plan = std::fs::read_to_string(scenario.join("plan.json")).unwrap();
    let run = |name: &str, tf: &str| {
        let dir = tmp.configuration(name, &[("main.tf", tf), ("plan.json", &plan)]);
        let (code, out, err) = sgaudit(&["check", "--format", "json", &format!("{dir}/plan.json")]);
        assert_eq!(err, "");
        (code, serde_json::from_str::<Value>(&out).unwrap())
    };
    let (code, r) = run("plan-without", &after);
    assert_eq!(code, 1, "SSH from the world fails the run: {r}");
    let marked = after.replace(
        "resource \"aws_security_group\" \"bastion\" {",
        "# sgaudit:ignore admin-ports-public-ipv4, public-port-outside-allow-list -- the one door, SEC-1\nresource \"aws_security_group\" \"bastion\" {",
    );
    assert_ne!(marked, after);
    let (code, r) = run("plan-with", &marked);
    assert_eq!(code, 0, "every finding is ignored: {r}");
    let findings: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["security_group"] == "aws_security_group.bastion")
        .collect();
    // SSH from the world: one concern, public-port-outside-allow-list merged into
    // admin-ports-public-ipv4 (the ignore names both, and both are used: no note).
    assert_eq!(findings.len(), 1, "{r}");
    assert_eq!(
        findings[0]["also"],
        serde_json::json!([{ "rule": "public-port-outside-allow-list", "severity": "medium" }])
    );
    for f in findings {
        let origin = f["waived"]["origin"].as_str().unwrap_or_default();
        assert!(origin.ends_with("main.tf:5"), "{f}");
        assert_eq!(f["waived"]["reason"], "the one door, SEC-1");
    }
    assert!(!r["notes"].to_string().contains("unused"), "{}", r["notes"]);
}

/// A finding cites the rules that grant what it is about, and its annotation goes on the first
/// of them: SSH from the internet is granted by the world rule, not by a rule that allows SSH
/// from 192.168.0.0/16 (both merge into one exposure); all traffic from the internet by the
/// rule for all protocols, not by a tcp/80 rule from the internet beside it; ports a finding is
/// not about (MySQL from 10.0.0.0/8 on a wide private range) do not cite rules for other ports.
#[test]
fn findings_cite_the_rules_that_grant_what_they_are_about() {
    let tmp = Scratch::new();
    let rule = |name: &str, protocol: &str, ports: (i32, i32), cidr: &str| {
        format!(
            "resource \"aws_vpc_security_group_ingress_rule\" \"{name}\" {{\n  security_group_id = aws_security_group.g.id\n  description = \"{name}\"\n  ip_protocol = \"{protocol}\"\n  from_port = {}\n  to_port = {}\n  cidr_ipv4 = \"{cidr}\"\n}}\n",
            ports.0, ports.1
        )
    };
    let text = [
        "resource \"aws_security_group\" \"g\" {\n  name = \"g\"\n  description = \"g\"\n}\n"
            .to_owned(),
        rule("office", "tcp", (22, 22), "192.168.0.0/16"),
        rule("ssh", "tcp", (22, 22), "0.0.0.0/0"),
        rule("web", "tcp", (80, 80), "0.0.0.0/0"),
        rule("everything", "-1", (-1, -1), "0.0.0.0/0"),
    ]
    .concat();
    let dir = tmp.configuration("", &[("main.tf", &text)]);
    let (code, out, err) = sgaudit(&["check", "--format", "json", &dir]);
    assert_eq!((code, err.as_str()), (1, ""), "{out}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let cited = |rule: &str| -> Vec<(String, String)> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == rule)
            .map(|f| {
                (
                    f["protocol"].as_str().unwrap().to_owned(),
                    format!("{} {}", f["resources"], f["origins"]),
                )
            })
            .collect()
    };
    let line = |n: u32| format!("{dir}/main.tf:{n}");
    assert_eq!(
        cited("all-traffic-public"),
        [(
            "all".to_owned(),
            format!(
                "[\"aws_vpc_security_group_ingress_rule.everything\"] [\"{}\"]",
                line(29)
            )
        )]
    );
    // SSH from the internet is inside `all` here: only the rule for all protocols grants it,
    // and its finding is that concern's, merged into the all-traffic one (one row).
    assert_eq!(cited("admin-ports-public-ipv4"), []);
    let all = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "all-traffic-public")
        .unwrap();
    assert!(
        all["also"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["rule"] == "admin-ports-public-ipv4"),
        "{all}"
    );
    // Without the rule for all protocols, SSH from the internet is the ssh rule's alone.
    let without: String = text
        .split_inclusive("}\n")
        .filter(|block| !block.contains("\"everything\""))
        .collect();
    let dir = tmp.configuration("without", &[("main.tf", &without)]);
    let (code, out, _) = sgaudit(&["check", "--format", "json", &dir]);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&out).unwrap();
    let ssh: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "admin-ports-public-ipv4")
        .collect();
    assert_eq!(ssh.len(), 1, "{ssh:?}");
    assert_eq!(
        ssh[0]["resources"],
        serde_json::json!(["aws_vpc_security_group_ingress_rule.ssh"])
    );
    assert_eq!(
        ssh[0]["origins"],
        serde_json::json!([format!("{dir}/main.tf:13")])
    );
    // The exposure itself still names both: each grants some of its cells.
    let row = report["exposure"]["added"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["from_port"] == 22)
        .unwrap();
    assert_eq!(row["peer"], "0.0.0.0/0");
    assert_eq!(
        row["resources"],
        serde_json::json!([
            "aws_vpc_security_group_ingress_rule.office",
            "aws_vpc_security_group_ingress_rule.ssh"
        ])
    );
    // The SARIF result is annotated on the ssh rule's line.
    let (_, sarif, _) = sgaudit(&["check", "--format", "sarif", &dir]);
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let result = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "admin-ports-public-ipv4")
        .unwrap();
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        13
    );
}

/// A pack tells the exposures the network blocks from those it lets through (the exposure
/// field `reachable`): world-open HTTPS behind a network ACL that denies it is `no`, in a
/// public subnet that lets it in `yes`; the built-in verdicts do not change.
#[test]
fn a_pack_tells_blocked_exposures_apart() {
    let tmp = Scratch::new();
    let pack = r#"
rule "https-public-reachable" {
  title       = "HTTPS the internet reaches"
  severity    = "high"
  why         = "t"
  remediation = "t"

  exposure {
    direction = "ingress"
    ports     = [443]
    reachable = ["yes"]
  }
}

rule "https-public-blocked" {
  title       = "HTTPS a network change away from the internet"
  severity    = "low"
  why         = "t"
  remediation = "t"

  exposure {
    direction = "ingress"
    ports     = [443]
    reachable = ["no"]
  }
}

rule "https-public-unknown" {
  title       = "HTTPS whose reach the input does not tell"
  severity    = "low"
  why         = "t"
  remediation = "t"

  exposure {
    direction = "ingress"
    ports     = [443]
    reachable = ["unknown"]
  }
}
"#;
    let dir = tmp.configuration("pack", &[("team.hcl", pack)]);
    let fired = |scenario: &str| -> Vec<String> {
        let plan = format!("testdata/plans/{scenario}/plan.json");
        let (code, out, err) = sgaudit(&["check", "--format", "json", "--policy", &dir, &plan]);
        assert!(code < 2, "{err}");
        let report: Value = serde_json::from_str(&out).unwrap();
        let mut rules: Vec<String> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|f| f["rule"].as_str())
            .filter(|r| r.starts_with("https-public"))
            .map(str::to_owned)
            .collect();
        rules.sort();
        rules.dedup();
        rules
    };
    assert_eq!(fired("net-nacl-deny-lower"), ["https-public-blocked"]);
    assert_eq!(fired("net-public-443"), ["https-public-reachable"]);
    // No workload in the input: unknown.
    assert_eq!(fired("all-over-existing-https"), ["https-public-unknown"]);
    // An egress-only gateway lets no connection in.
    assert_eq!(fired("net-ipv6-egress-only"), ["https-public-blocked"]);
}
