//! Bad input, checked inside the library: what the readers make of inputs built at test time
//! (a byte order mark, deep nesting, ports that are not whole numbers). The catalogue of bad
//! inputs (`testdata/bad/`, listed in its README.md) and the configurations that must be
//! refused at a block (`tests/cmd/config/`) run through the binary, with their exit code,
//! standard output and standard error as files (`cargo test --test cmd`).

use std::path::Path;

/// A plan with a UTF-8 byte order mark (PowerShell's `Out-File -Encoding utf8` writes one)
/// reads as the same plan without it.
#[test]
fn utf8_byte_order_mark_is_not_an_error() {
    let plan = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/plans/ssh-world-inline/plan.json"),
    )
    .unwrap();
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), &plan].concat();
    let a = crate::read::parse_plan_bytes("plan.json", &plan).unwrap();
    let b = crate::read::parse_plan_bytes("plan.json", &with_bom).unwrap();
    assert_eq!(a.after, b.after);
    assert_eq!(a.groups.len(), b.groups.len());
}

/// Deep nesting in the parts of a plan sgaudit skips is read without recursion (no stack
/// overflow), and deep nesting in what it reads is a located error, not a crash.
#[test]
fn deep_nesting_never_overflows_the_stack() {
    let skipped = format!(
        "{{\"format_version\": \"1.2\", \"planned_values\": {}1{}}}",
        "{\"a\": ".repeat(100_000),
        "}".repeat(100_000)
    );
    assert!(crate::read::parse_plan_bytes("deep.json", skipped.as_bytes()).is_ok());
    let state = format!(
        "{{\"format_version\": \"1.0\", \"values\": {{\"root_module\": {{\"resources\": [{{\"address\": \"aws_security_group.a\", \"mode\": \"managed\", \"type\": \"aws_security_group\", \"name\": \"a\", \"values\": {{\"ingress\": {}{}}}}}]}}}}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = crate::read::parse_plan_bytes("state.json", state.as_bytes()).unwrap_err();
    assert!(
        format!("{err:#}").starts_with("state.json:1:")
            && format!("{err:#}").contains("nested more than 128 levels deep"),
        "{err:#}"
    );
}

/// Ports that are numbers but not port numbers, put into a real plan (every `from_port` of
/// `ssh-world-sg-rule` replaced): the message says what a port must be, not that a number is
/// not a number.
#[test]
fn a_port_that_is_not_a_whole_number_says_so() {
    let plan = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/plans/ssh-world-sg-rule/plan.json"),
    )
    .unwrap();
    assert!(plan.contains("\"from_port\": 22"));
    for (port, shown) in [("1e20", "1e+20"), ("22.5", "22.5")] {
        let bytes = plan.replace("\"from_port\": 22", &format!("\"from_port\": {port}"));
        let message = match crate::read::parse_plan_bytes("plan.json", bytes.as_bytes()) {
            Ok(input) => crate::model::texts(&input.errors).join("\n"),
            Err(e) => format!("{e:#}"),
        };
        assert!(
            message.contains(&format!(
                "port {shown} is not a whole number from 0 to 65535 (or -1)"
            )),
            "{port}: {message}"
        );
    }
}
