//! Bad input, checked inside the library: what the readers make of inputs that are built at
//! test time (a byte order mark, deep nesting, module trees, ports that are not whole numbers).
//! The catalogue of bad inputs (`testdata/bad/`, listed in its README.md) is run through the
//! binary, with its exit code, standard output and standard error as files: `tests/cmd/bad/`
//! (`cargo test --test cmd`).

use std::path::Path;

use super::{Scratch, sgaudit};

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

/// Sources written as links or paths that stay in the repository are still read.
#[test]
fn modules_inside_the_repository_are_read() {
    let tmp = Scratch::in_repo();
    let dir = tmp.configuration(
        "module-inside",
        &[
            (
                "env/prod/main.tf",
                "module \"sg\" {\n  source = \"../../modules/sg\"\n}\n",
            ),
            (
                "modules/sg/main.tf",
                "resource \"aws_security_group\" \"this\" {\n  name        = \"this\"\n  description = \"this\"\n}\n",
            ),
        ],
    );
    let (code, out, err) = sgaudit(&["check", &format!("{dir}/env/prod")]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.contains("module.sg.aws_security_group.this"), "{out}");
}

/// A module directory without `.tf` files is an empty module (`terraform validate` says the
/// configuration is valid): the rest of the configuration is read, nothing fails. The directory
/// given to sgaudit itself must hold a configuration (`no-tf-files` in the catalogue).
#[test]
fn an_empty_module_directory_is_an_empty_module() {
    let tmp = Scratch::in_repo();
    let dir = tmp.configuration(
        "module-empty",
        &[
            (
                "main.tf",
                "module \"nothing\" {\n  source = \"./empty\"\n}\n\nresource \"aws_security_group\" \"web\" {\n  name        = \"web\"\n  description = \"web\"\n}\n",
            ),
            ("empty/", ""),
        ],
    );
    let (code, out, err) = sgaudit(&["check", &dir]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.contains("aws_security_group.web: create"), "{out}");
}

/// `count` multiplies through modules: 100,000 instances of a module that calls another
/// 100,000 times would be 10 billion module instances (the reader grew past 24 GB before it
/// was stopped). The configuration is read up to 250,000 instances, and the block where it
/// goes over is an error.
#[test]
fn instances_multiplied_through_modules_are_bounded() {
    let tmp = Scratch::in_repo();
    let module = |name: &str, source: &str| {
        format!("module \"{name}\" {{\n  count  = 100000\n  source = \"{source}\"\n}}\n")
    };
    let dir = tmp.configuration(
        "module-multiplied",
        &[
            ("main.tf", &module("a", "./a")),
            ("a/main.tf", &module("b", "../b")),
            ("b/main.tf", "locals {\n  x = 1\n}\n"),
        ],
    );
    let (code, out, err) = sgaudit(&["check", &dir]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.starts_with(&format!(
            "sgaudit: error: {dir}/a/main.tf:1:1: the configuration expands to more than 250000 resource and module instances here"
        )),
        "{err}"
    );
    assert!(
        out.trim_end().ends_with("this report covers the rest"),
        "{out}"
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
            Ok(input) => input.errors.join("\n"),
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
