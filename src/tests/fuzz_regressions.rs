//! The inputs the fuzz targets (`fuzz/`) found crashing or misreporting, kept under
//! `fuzz/regressions/TARGET/` and fed here to the same entry points: each must be read without
//! a panic, to a result or to a one-line error that starts with the file's name, and what it
//! comes to is written below for every file.

use std::path::{Path, PathBuf};

use crate::policy::{self, PackSource, Policy, Settings};
use crate::read;
use crate::report::{self, Format, Report};

use super::Scratch;
use super::contract::{check_error, check_report, is_control};

/// What a regression input comes to: read, with one configuration error holding each text
/// given, or refused with an error holding this text; or, where the wording is the reader's
/// to choose, either, as long as every error keeps the contract.
#[derive(Debug)]
enum Outcome {
    Read(&'static [&'static str]),
    Error(&'static str),
    Contract,
}
use Outcome::{Contract, Error, Read};

/// The files of `fuzz/regressions/TARGET`, by name.
fn inputs(target: &str) -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().path())
                .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Runs `read` on every input of `target` and compares with `expected` (one entry per file).
fn replay(
    target: &str,
    expected: &[(&str, Outcome)],
    read: impl Fn(&str, &Path) -> Result<Vec<String>, (String, String)>,
) {
    let files = inputs(target);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let mut expected: Vec<&(&str, Outcome)> = expected.iter().collect();
    expected.sort_by_key(|(n, _)| *n);
    let listed: Vec<&str> = expected.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names, listed,
        "fuzz/regressions/{target}: files and expectations differ"
    );
    for ((name, path), (_, outcome)) in files.iter().zip(expected) {
        match (read(name, path), outcome) {
            (Ok(errors), Read(texts)) => {
                assert_eq!(errors.len(), texts.len(), "{target}/{name}: {errors:?}");
                for (e, text) in errors.iter().zip(*texts) {
                    assert!(e.contains(text), "{target}/{name}: {e}");
                }
            }
            (Err((message, file)), Error(text)) => {
                check_error(&message, &file);
                assert!(message.contains(text), "{target}/{name}: {message}");
            }
            (Ok(_), Contract) => {}
            (Err((message, file)), Contract) => check_error(&message, &file),
            (got, want) => panic!("{target}/{name}: got {got:?}, expected {want:?}"),
        }
    }
}

/// What `check` does after reading: the built-in rules and every report format.
fn analyse(input: &crate::model::Input) {
    let access = crate::access::Access::for_input(Path::new("."), Default::default());
    let policy = Policy::load(Settings::default(), &[], &access).unwrap();
    let audit = crate::audit::run(input, &policy, None, crate::audit::Gate::default());
    let report = Report {
        input,
        diff: &audit.diff,
        reach: &audit.reach,
        findings: &audit.findings,
        rules: &policy.rules,
        cwd: Some(Path::new(env!("CARGO_MANIFEST_DIR"))),
        view: Default::default(),
        rule_docs: None,
    };
    for format in [
        Format::Table,
        Format::Json,
        Format::Sarif,
        Format::Markdown,
        Format::Github,
        Format::Dot,
    ] {
        let mut out = Vec::new();
        report::write_check(format, &report, false, &mut out).unwrap();
        assert!(!out.is_empty(), "{format:?}");
        // No text of the input reaches a report with a control character in it: not raw (a
        // carriage return, an escape sequence), and not a line break inside a value (which
        // JSON escapes, and the other formats would not).
        let text = String::from_utf8(out).unwrap();
        check_report(&text, &format!("{format:?} report"));
        if format == Format::Json {
            let json: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_no_control_in_strings(&json);
        }
    }
}

fn assert_no_control_in_strings(value: &serde_json::Value) {
    match value {
        serde_json::Value::String(s) => {
            assert!(
                !s.contains(is_control),
                "a report value holds a control character: {s:?}"
            );
        }
        serde_json::Value::Array(items) => items.iter().for_each(assert_no_control_in_strings),
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                assert!(
                    !k.contains(is_control),
                    "a report key holds a control character: {k:?}"
                );
                assert_no_control_in_strings(v);
            }
        }
        _ => {}
    }
}

/// A reader of bytes as `replay` runs it: each error of an input read in part keeps the error
/// contract, and an accepted input goes through the analysis and every report.
fn bytes_read_by(
    read: fn(&str, &[u8]) -> anyhow::Result<crate::model::Input>,
) -> impl Fn(&str, &Path) -> Result<Vec<String>, (String, String)> {
    move |name, path| {
        let bytes = std::fs::read(path).unwrap();
        match read(name, &bytes) {
            Ok(input) => {
                for e in &input.errors {
                    check_error(&e.to_string(), name);
                }
                analyse(&input);
                Ok(crate::model::texts(&input.errors))
            }
            Err(e) => Err((format!("{e:#}"), name.to_owned())),
        }
    }
}

#[test]
fn plan_reader_regressions() {
    // Addresses holding control characters (terraform writes none): echoed raw, they broke the
    // message's one line.
    let expected = [
        ("address-with-carriage-return", Contract),
        ("address-with-control-character", Contract),
        ("address-with-delete-character", Contract),
        ("address-with-nul", Contract),
        // The same, crafted: a line break and a GitHub workflow command in an address, and an
        // escape sequence that clears the terminal. Every report shows them escaped.
        ("address-with-workflow-command", Contract),
    ];
    replay("plan", &expected, bytes_read_by(read::parse_plan_bytes));
}

#[test]
fn api_reader_regressions() {
    // A group's VPC (`VpcId`) holding DEL characters: the group's `vpc` was not escaped with
    // its `vpc_id`, and a finding about a rule naming a group of another VPC quoted it raw.
    let expected = [("control-in-vpc-id", Contract)];
    replay("api", &expected, bytes_read_by(read::parse_api_bytes));
}

#[test]
fn hcl_reader_regressions() {
    replay(
        "hcl",
        &[
            // A name Terraform refuses, and one that would break the message's line.
            (
                "control-character-in-label",
                Read(&[r#"resource block: "ssh\rfrom_offices" is not a valid name"#]),
            ),
            // Found by reading, beside the fuzzing: a string doubled 39 times (8 TiB), and a
            // count of 100 million (10 GB allocated at once).
            (
                "string-doubled-through-locals",
                Read(&["main.tf:24:9: this value is too large to evaluate (over 64 MiB)"]),
            ),
            // A `format` verb that is a control character, quoted raw in the message.
            ("format-verb-control-character", Contract),
            (
                "count-too-large",
                Read(&[
                    "main.tf:2:17: count must be a whole number from 0 to 100000, not 100000000",
                ]),
            ),
            // The line quoted in a syntax error, its carriage return escaped.
            (
                "carriage-return-in-quoted-line",
                Read(&[r#"main.tf:1:8: "#]),
            ),
            // Operators nested in indexes, the file ending after an operator and a comment:
            // hcl-edit took time exponential in the depth (see `parser_time_is_not_exponential`).
            (
                "nested-operators-comment-at-end",
                Read(&["main.tf:2:161: unexpected token"]),
            ),
            // Two resources referring to each other and to themselves: each reference
            // evaluated the other resource again, until a depth of 64 (days). Now each is
            // evaluated once, and the references that close the cycle are errors.
            (
                "resource-reference-cycle",
                Read(&[
                    "main.tf:9:17: aws_vpc.main is reached again through this reference while its own configuration is evaluated: a cycle, which Terraform refuses",
                    "main.tf:14:8: aws_security_group.mixed is reached again",
                    "main.tf:10: aws_security_group.mixed: protocol is missing",
                ]),
            ),
        ],
        |_, path| {
            // As the target: the one file of a repository's top directory.
            let text = std::fs::read(path).unwrap();
            let scratch = Scratch::new();
            let dir = scratch.path();
            std::fs::create_dir(dir.join(".git")).unwrap();
            let file = if text.trim_ascii_start().starts_with(b"{") {
                "main.tf.json"
            } else {
                "main.tf"
            };
            std::fs::write(dir.join(file), text).unwrap();
            let display = dir.to_string_lossy().into_owned();
            match read::read(&display, &read::Options::default()) {
                Ok(input) => {
                    for e in &input.errors {
                        check_error(&e.to_string(), &display);
                    }
                    analyse(&input);
                    Ok(crate::model::texts(&input.errors))
                }
                Err(e) => Err((format!("{e:#}"), display)),
            }
        },
    );
}

#[test]
fn config_parser_regressions() {
    replay(
        "config",
        &[
            // An unknown pack's name, quoted whole in the message (it holds a newline).
            (
                "pack-name-with-newline",
                Error(r#"packs: "aws-se)curi\n  eam" is not a built-in pack"#),
            ),
            // The fuzzer's hangs (see `parser_time_is_not_exponential`): operators nested in
            // indexes with a lone `&` inside, or a comment after the last operator.
            (
                "nested-operators-lone-ampersand",
                Error(":1:636: expected `]`"),
            ),
            (
                "nested-operators-comment-at-end",
                Error(":2:738: unexpected token"),
            ),
        ],
        |name, path| {
            let text = std::fs::read_to_string(path).unwrap();
            // As the target: the text as a configuration, then as a pack.
            let scratch = Scratch::new();
            let dir = scratch.path();
            let file = dir.join(".sgaudit.hcl");
            std::fs::write(&file, &text).unwrap();
            let shown = file.to_string_lossy().into_owned();
            let access = crate::access::Access::for_input(Path::new("."), Default::default());
            let config = policy::settings(Some(&shown), Path::new("."), &access);
            let config = config.map_err(|e| (e, shown))?;
            if config
                .packs
                .iter()
                .flatten()
                .all(|p| matches!(p, PackSource::BuiltIn(_)))
            {
                Policy::load(config, &[], &access).map_err(|e| (e, String::new()))?;
            }
            policy::load_pack(name, &text).map_err(|e| (e, name.to_owned()))?;
            Ok(Vec::new())
        },
    );
}

/// hcl-edit 0.10.0 backtracked through every enclosing operator chain when an operator was
/// not followed by what it needs: time doubled with each level of nesting, and 40 levels
/// would run for days (the fuzzer's inputs had about 20 and took 10 s). With the fix in
/// `vendor/hcl-edit` each of these is a syntax error found in microseconds. The parse runs on
/// a thread, so that a regression fails here after a minute instead of hanging the suite.
#[test]
fn parser_time_is_not_exponential() {
    let deep = |unit: &str, end: &str| format!("x = a{}{end}\n", unit.repeat(40));
    let cases = [
        deep("-7[7*7", "&]"),   // a lone `&`
        deep("-7[7*7", "|]"),   // a lone `|`
        deep("-7[7*7", "!]"),   // `!` not followed by `=`
        deep("*h>r>w[", "d>#"), // the file ends after an operator and a comment
        deep("*h>r>w[", "d? "), // … after a `?`
        deep("*h>r>w[", "-"),   // … after a unary `-`
    ];
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for text in cases {
            let parsed = crate::policy::load_pack("pack.hcl", &text);
            let _ = done.send((text, parsed.map(|_| ())));
        }
    });
    for _ in 0..6 {
        let (text, parsed) = finished
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the HCL parser ran for a minute on a few hundred bytes");
        let message = parsed.expect_err("not HCL");
        assert!(message.starts_with("pack.hcl:1:"), "{text}: {message}");
    }
}

/// Resources that refer to the one before them twice, 60 deep: evaluated again at each
/// reference, that is 2^60 evaluations; each is evaluated once, and the last one's value
/// comes through the whole chain.
#[test]
fn references_between_resources_are_evaluated_once() {
    let mut text =
        String::from("resource \"aws_vpc\" \"v0\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n");
    for i in 1..60 {
        let p = i - 1;
        text.push_str(&format!(
            "resource \"aws_vpc\" \"v{i}\" {{\n  cidr_block = aws_vpc.v{p}.cidr_block == \"\" ? \"\" : aws_vpc.v{p}.cidr_block\n}}\n"
        ));
    }
    text.push_str("resource \"aws_security_group\" \"g\" {\n  description = \"g\"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [aws_vpc.v59.cidr_block]\n  }\n}\n");
    let scratch = Scratch::new();
    let dir = scratch.path();
    std::fs::create_dir(dir.join(".git")).unwrap();
    std::fs::write(dir.join("main.tf"), text).unwrap();
    let display = dir.to_string_lossy().into_owned();
    let (done, finished) = std::sync::mpsc::channel();
    // The stack of the main thread, where sgaudit evaluates (a test thread has 2 MiB).
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = done.send(
                read::read(&display, &read::Options::default()).map_err(|e| format!("{e:#}")),
            );
        })
        .unwrap();
    let input = finished
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("60 resources took a minute to read")
        .unwrap();
    assert_eq!(crate::model::texts(&input.errors), Vec::<String>::new());
    // (The 60 new VPCs' default groups hold AWS's defaults.)
    let peers: Vec<String> = input
        .after
        .iter()
        .filter(|p| p.group == "aws_security_group.g".into())
        .map(|p| format!("{:?}", p.peer))
        .collect();
    assert_eq!(peers, ["Cidr { net: 10.0.0.0/16, sensitive: false }"]);
}
