//! Incomplete runs are marked in every format (issue 17, point 6): a configuration with one
//! file that reads and one that does not gives a report of what could be read, which says in
//! its first line (after the markdown's marker) that it is incomplete, or, for SARIF, in an
//! unsuccessful invocation with one notification per error; the JSON report lists the errors.
//! The reports are kept as snapshots (`snapshots/incomplete@<command>-<format>.snap`).

use std::path::Path;

use serde_json::Value;

use super::formats::{sarif_errors, sarif_validator, well_formed_markdown};
use super::{Scratch, settings, sgaudit};

/// Made at test time, under `target/` so that the reports name a path that is the same on
/// every machine.
const DIR: &str = "target/partial-input";

/// The error of the file that does not read, as standard error and every report give it.
const ERROR: &str = "target/partial-input/broken.tf:2:9: invalid expression";

/// A group that lets SSH in from the internet (findings: the report of what could be read
/// still has them) and a file that does not parse.
fn make() -> Scratch {
    let scratch = Scratch::at(DIR);
    let dir = scratch.path();
    std::fs::write(
        dir.join("main.tf"),
        "resource \"aws_security_group\" \"ssh\" {\n  name        = \"ssh\"\n  description = \"SSH\"\n\n  ingress {\n    description = \"SSH from anywhere\"\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("broken.tf"),
        "resource \"aws_security_group\" \"x\" {\n  name =\n}\n",
    )
    .unwrap();
    scratch
}

#[test]
fn incomplete_runs_are_marked_in_every_format() {
    let _scratch = make();
    settings().bind(|| {
            let validator = sarif_validator();
            for (command, format) in [
                ("check", "table"),
                ("check", "json"),
                ("check", "sarif"),
                ("check", "markdown"),
                ("check", "github"),
                ("check", "dot"),
                ("show", "table"),
                ("show", "json"),
                ("show", "dot"),
            ] {
                let what = format!("{command} --format {format}");
                let (code, out, err) = sgaudit(&[command, "--format", format, DIR]);
                assert_eq!(code, 2, "{what}: {err}");
                assert_eq!(err.lines().count(), 1, "{what}: {err}");
                assert!(
                    err.starts_with(&format!("sgaudit: error: {ERROR}")),
                    "{what}: {err}"
                );
                let first = out.lines().next().unwrap_or_default();
                match format {
                    "table" => assert_eq!(
                        first,
                        "incomplete: 1 part(s) of the input could not be read; this report covers the rest",
                        "{what}"
                    ),
                    "dot" => assert_eq!(
                        first,
                        "// incomplete: 1 part(s) of the input could not be read; this graph covers the rest",
                        "{what}"
                    ),
                    "markdown" => {
                        let lines: Vec<&str> = out.lines().take(2).collect();
                        assert_eq!(
                            lines,
                            [
                                "<!-- sgaudit -->",
                                "**This report is incomplete:** 1 part of the input could not be read (listed below); the report covers the rest."
                            ]
                        );
                        assert!(out.contains(&format!("> - `` {ERROR}")), "{out}");
                        well_formed_markdown(&out);
                    }
                    "github" => assert!(
                        first.starts_with(&format!(
                            "::error file={DIR}/broken.tf,line=2,col=9,title=sgaudit%3A the report is incomplete::{ERROR}"
                        )),
                        "{what}: {first}"
                    ),
                    "json" => {
                        let report: Value = serde_json::from_str(&out).unwrap();
                        let errors = report["input"]["errors"].as_array().unwrap();
                        assert_eq!(errors.len(), 1, "{what}");
                        assert!(errors[0].as_str().unwrap().starts_with(ERROR), "{what}");
                        assert!(!report["groups"].as_array().unwrap().is_empty(), "{what}");
                    }
                    "sarif" => {
                        let log: Value = serde_json::from_str(&out).unwrap();
                        let problems = sarif_errors(&validator, &log);
                        assert!(problems.is_empty(), "{}", problems.join("\n"));
                        let run = &log["runs"][0];
                        let invocation = &run["invocations"][0];
                        assert_eq!(invocation["executionSuccessful"], false);
                        let notes = invocation["toolExecutionNotifications"].as_array().unwrap();
                        assert_eq!(notes.len(), 1);
                        assert_eq!(notes[0]["level"], "error");
                        assert!(
                            notes[0]["message"]["text"].as_str().unwrap().starts_with(ERROR)
                        );
                        // What could be read is still reported.
                        assert!(!run["results"].as_array().unwrap().is_empty(), "{out}");
                    }
                    _ => unreachable!(),
                }
                insta::assert_snapshot!(format!("incomplete@{command}-{format}"), out);
            }
            // A complete run of the same group carries none of it (and fails the gate on the
            // SSH open to the world: exit 1, not 2; dot, a picture, exits 0).
            std::fs::remove_file(Path::new(DIR).join("broken.tf")).unwrap();
            for format in ["table", "markdown", "github", "sarif", "dot"] {
                let (code, out, err) = sgaudit(&["check", "--format", format, DIR]);
                let gate = if format == "dot" { 0 } else { 1 };
                assert_eq!((code, err.as_str()), (gate, ""), "{format}");
                assert!(!out.contains("incomplete"), "{format}: {out}");
                assert!(!out.contains("invocations"), "{format}: {out}");
            }
    });
}
