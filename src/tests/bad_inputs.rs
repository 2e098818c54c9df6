//! The bad-input catalogue: every case under `testdata/bad/` (listed in its README.md) goes in
//! through the command line and must exit 2 with one error line per problem, naming the file
//! (and line and column where known), never a panic or a hang, and never a report passed off
//! as complete. The exit code, standard output and standard error of each case are kept as a
//! snapshot (`snapshots/bad@<case>.snap`).

use std::path::Path;

use super::{sgaudit, with_root};

/// How a case's standard output must look.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Out {
    /// Nothing: the input was refused before any report.
    Empty,
    /// A report of what could be read, which says it is incomplete.
    Partial,
}

/// One case: its name, the command it runs, how its error line starts (the file, and the
/// line and column where known), and what standard output holds.
struct Case {
    name: &'static str,
    args: &'static [&'static str],
    at: &'static str,
    out: Out,
}

const fn case(
    name: &'static str,
    args: &'static [&'static str],
    at: &'static str,
    out: Out,
) -> Case {
    Case {
        name,
        args,
        at,
        out,
    }
}

use Out::{Empty, Partial};

/// Made at test time under `target/` (too big, or symbolic links git may not keep).
const SCRATCH: &str = "target/bad-inputs";

#[rustfmt::skip]
const CASES: &[Case] = &[
    // Not plan JSON at all.
    case("empty", &["check", "testdata/bad/empty.json"], "testdata/bad/empty.json: empty input", Empty),
    case("whitespace-only", &["check", "testdata/bad/whitespace-only.json"], "testdata/bad/whitespace-only.json: empty input", Empty),
    case("truncated", &["check", "testdata/bad/truncated.json"], "testdata/bad/truncated.json:82:53: invalid JSON", Empty),
    case("truncated-in-string", &["check", "testdata/bad/truncated-in-string.json"], "testdata/bad/truncated-in-string.json:3:26: invalid JSON", Empty),
    case("trailing-comma", &["check", "testdata/bad/trailing-comma.json"], "testdata/bad/trailing-comma.json:4:1: invalid JSON", Empty),
    case("single-quotes", &["check", "testdata/bad/single-quotes.json"], "testdata/bad/single-quotes.json:2:2: invalid JSON", Empty),
    case("two-documents", &["check", "testdata/bad/two-documents.json"], "testdata/bad/two-documents.json:2:1: invalid JSON", Empty),
    case("json-array", &["check", "testdata/bad/json-array.json"], "testdata/bad/json-array.json:1:1: not a Terraform plan or state", Empty),
    case("json-string", &["check", "testdata/bad/json-string.json"], "testdata/bad/json-string.json:1:1: not a Terraform plan or state", Empty),
    case("non-plan-object", &["check", "testdata/bad/non-plan-object.json"], "testdata/bad/non-plan-object.json: not a Terraform plan or state", Empty),
    case("state-file", &["check", "testdata/bad/state-file.tfstate"], "testdata/bad/state-file.tfstate: this is a Terraform state file", Empty),
    case("plan-log", &["check", "testdata/plans/plan-log/plan.log.jsonl"], "testdata/plans/plan-log/plan.log.jsonl: this is the log of `terraform plan -json`", Empty),
    case("format-version-2", &["check", "testdata/bad/format-version-2.json"], "testdata/bad/format-version-2.json: unsupported format_version \"2.0\"", Empty),
    case("format-version-number", &["check", "testdata/bad/format-version-number.json"], "testdata/bad/format-version-number.json:2:22: not a Terraform plan or state", Empty),
    case("resource-changes-not-a-list", &["check", "testdata/bad/resource-changes-not-a-list.json"], "testdata/bad/resource-changes-not-a-list.json:3:21: not a Terraform plan or state", Empty),
    case("non-utf8", &["check", "testdata/bad/non-utf8.json"], "testdata/bad/non-utf8.json:13:57: not UTF-8 (byte 0xE9)", Empty),
    case("utf16", &["check", "testdata/bad/utf16.json"], "testdata/bad/utf16.json: this is UTF-16 text", Empty),
    case("nested-10000", &["check", "testdata/bad/nested-10000.json"], "testdata/bad/nested-10000.json:1:1: not a Terraform plan or state", Empty),
    case("nested-in-change", &["check", "testdata/bad/nested-in-change.json"], "testdata/bad/nested-in-change.json:1:344: invalid JSON: nested more than 128 levels deep", Empty),
    case("huge-1gib", &["check", "target/bad-inputs/huge-1gib.json"], "target/bad-inputs/huge-1gib.json:1:1: not JSON (byte 0x00)", Empty),
    case("dev-zero", &["check", "/dev/zero"], "/dev/zero: not a regular file (a device)", Empty),
    case("binary-plan-without-terraform", &["check", "--terraform", "sgaudit-no-such-terraform", "testdata/bad/binary-plan.tfplan"], "testdata/bad/binary-plan.tfplan: this is a binary plan file and `sgaudit-no-such-terraform` was not found", Empty),
    case("configuration-file", &["check", "testdata/bad/configuration-file.tf"], "testdata/bad/configuration-file.tf:1:1: not JSON (it starts with `resource`: Terraform configuration)", Empty),
    case("missing-file", &["check", "testdata/bad/no-such-file.json"], "testdata/bad/no-such-file.json: cannot read file", Empty),
    case("no-tf-files", &["check", "testdata/bad/no-tf-files"], "testdata/bad/no-tf-files: no .tf files", Empty),
    // Valid plans, from real terraform, holding what AWS rejects when the change is applied.
    case("plan-from-port-above-to-port", &["check", "testdata/bad/from-port-above-to-port/plan.json"], "testdata/bad/from-port-above-to-port/plan.json:61:14: aws_security_group.ssh: in ingress[0], from_port 23 is above to_port 22", Partial),
    case("plan-port-above-65535", &["check", "testdata/bad/port-above-65535/plan.json"], "testdata/bad/port-above-65535/plan.json:100:14: aws_security_group_rule.high: to_port 70000 is outside 0-65535", Partial),
    case("plan-protocol-unknown-name", &["check", "testdata/bad/protocol-unknown-name/plan.json"], "testdata/bad/protocol-unknown-name/plan.json:61:14: aws_security_group.ssh: in ingress[0], protocol \"ssh\" is not one AWS knows", Partial),
    // HCL that does not parse: the other files are still read, and the report says so.
    case("hcl-unclosed-brace", &["check", "testdata/bad/hcl-unclosed-brace"], "testdata/bad/hcl-unclosed-brace/main.tf:9:3: ", Partial),
    case("hcl-missing-value", &["check", "testdata/bad/hcl-missing-value"], "testdata/bad/hcl-missing-value/main.tf:3:16: invalid expression", Partial),
    case("hcl-unterminated-string", &["check", "testdata/bad/hcl-unterminated-string"], "testdata/bad/hcl-unterminated-string/main.tf:3:18: ", Partial),
    case("hcl-stray-character", &["check", "testdata/bad/hcl-stray-character"], "testdata/bad/hcl-stray-character/main.tf:3:3: ", Partial),
    case("hcl-block-without-labels", &["check", "testdata/bad/hcl-block-without-labels"], "testdata/bad/hcl-block-without-labels/main.tf:1:1: a resource block takes two labels", Partial),
    case("hcl-nested-10000", &["check", "testdata/bad/hcl-nested-10000"], "testdata/bad/hcl-nested-10000/main.tf:2:75: invalid nesting depth", Partial),
    case("hcl-nested-parentheses", &["check", "testdata/bad/hcl-nested-parentheses"], "testdata/bad/hcl-nested-parentheses/main.tf:2:74: invalid nesting depth", Partial),
    case("hcl-nested-blocks", &["check", "testdata/bad/hcl-nested-blocks"], "testdata/bad/hcl-nested-blocks/main.tf:65:19: invalid nesting depth", Partial),
    case("hcl-non-utf8", &["check", "testdata/bad/hcl-non-utf8"], "testdata/bad/hcl-non-utf8/main.tf:3:29: not UTF-8 (byte 0xE9)", Partial),
    case("hcl-json-syntax", &["check", "testdata/bad/hcl-json-syntax"], "testdata/bad/hcl-json-syntax/main.tf.json:4:29: invalid JSON", Partial),
    case("tfvars-syntax-error", &["check", "testdata/bad/tfvars-syntax-error"], "testdata/bad/tfvars-syntax-error/terraform.tfvars:1:1: ", Empty),
    // HCL that parses but is not a valid configuration.
    case("hcl-duplicate-resource", &["check", "testdata/bad/hcl-duplicate-resource"], "testdata/bad/hcl-duplicate-resource/main.tf:13:1: aws_security_group.ssh is declared twice", Partial),
    case("hcl-locals-cycle", &["check", "testdata/bad/hcl-locals-cycle"], "testdata/bad/hcl-locals-cycle/main.tf:2:12: local.office depends on itself", Partial),
    case("hcl-locals-chain-10000", &["check", "testdata/bad/hcl-locals-chain-10000"], "testdata/bad/hcl-locals-chain-10000/main.tf:67:12: local.port65: references nested more than 64 deep", Partial),
    case("hcl-unknown-function", &["check", "testdata/bad/hcl-unknown-function"], "testdata/bad/hcl-unknown-function/main.tf:9:20: function cidrsubnets is not supported", Partial),
    // Valid Terraform with values the provider or AWS rejects: refused at their block.
    case("cidr-host-bits", &["check", "testdata/bad/cidr-host-bits"], "testdata/bad/cidr-host-bits/main.tf:5: aws_security_group.ssh: \"10.0.0.1/8\" is not a network address (did you mean 10.0.0.0/8?)", Partial),
    case("cidr-host-bits-vpc-rule", &["check", "testdata/bad/cidr-host-bits-vpc-rule"], "testdata/bad/cidr-host-bits-vpc-rule/main.tf:6: aws_vpc_security_group_ingress_rule.ssh: \"192.168.1.1/16\" is not a network address", Partial),
    case("cidr-leading-zero", &["check", "testdata/bad/cidr-leading-zero"], "testdata/bad/cidr-leading-zero/main.tf:5: aws_security_group.ssh: \"010.0.0.0/8\" has an octet with a leading zero", Partial),
    case("cidr-address-without-prefix", &["check", "testdata/bad/cidr-address-without-prefix"], "testdata/bad/cidr-address-without-prefix/main.tf:5: aws_security_group.ssh: \"203.0.113.7\" is an address, not a CIDR block", Partial),
    case("cidr-ipv6-in-ipv4-list", &["check", "testdata/bad/cidr-ipv6-in-ipv4-list"], "testdata/bad/cidr-ipv6-in-ipv4-list/main.tf:5: aws_security_group.ssh: \"::/0\" is not an IPv4 CIDR block", Partial),
    case("from-port-above-to-port", &["check", "testdata/bad/from-port-above-to-port"], "testdata/bad/from-port-above-to-port/main.tf:5: aws_security_group.ssh: from_port 23 is above to_port 22", Partial),
    case("port-above-65535", &["check", "testdata/bad/port-above-65535"], "testdata/bad/port-above-65535/main.tf:6: aws_security_group_rule.high: to_port 70000 is outside 0-65535", Partial),
    case("port-out-of-range-vpc-rule", &["check", "testdata/bad/port-out-of-range-vpc-rule"], "testdata/bad/port-out-of-range-vpc-rule/main.tf:6: aws_vpc_security_group_ingress_rule.high: from_port -5 is outside -1..65535", Partial),
    case("protocol-unknown-name", &["check", "testdata/bad/protocol-unknown-name"], "testdata/bad/protocol-unknown-name/main.tf:5: aws_security_group.ssh: protocol \"ssh\" is not one AWS knows", Partial),
    case("protocol-number-out-of-range", &["check", "testdata/bad/protocol-number-out-of-range"], "testdata/bad/protocol-number-out-of-range/main.tf:5: aws_security_group.ssh: protocol \"300\" is not a protocol number", Partial),
    // Modules: never read from outside the repository, never followed around a loop.
    case("module-source-escapes", &["check", "testdata/bad/module-source-escapes"], "testdata/bad/module-source-escapes/main.tf:1:1: module \"shared\": source \"../../../../../../../../etc\" is outside the git repository", Empty),
    case("module-source-missing", &["check", "testdata/bad/module-source-missing"], "testdata/bad/module-source-missing/main.tf:1:1: module \"shared\": source \"./modules/shared\" is not a directory", Empty),
    case("module-symlink-loop", &["check", "target/bad-inputs/module-symlink-loop"], "target/bad-inputs/module-symlink-loop/main.tf:1:1: module \"shared\": source \"./shared\" cannot be followed", Empty),
    case("module-symlink-outside", &["check", "target/bad-inputs/module-symlink-outside"], "target/bad-inputs/module-symlink-outside/main.tf:1:1: module \"shared\": source \"./shared\" is outside the git repository", Empty),
    // Policy packs, configuration, waivers and baselines.
    case("pack-unknown-attribute", &["check", "testdata/bad/pack-unknown-attribute"], "testdata/bad/pack-unknown-attribute/pack/rules.hcl:10:5: unknown field \"colour\" in exposure", Empty),
    case("pack-bad-severity", &["check", "testdata/bad/pack-bad-severity"], "testdata/bad/pack-bad-severity/pack/rules.hcl:3:17: severity \"urgent\" is not one of", Empty),
    case("pack-syntax-error", &["check", "testdata/bad/pack-syntax-error"], "testdata/bad/pack-syntax-error/pack/rules.hcl:10:3: ", Empty),
    case("pack-syntax-error-test", &["test", "testdata/bad/pack-syntax-error/pack"], "testdata/bad/pack-syntax-error/pack/rules.hcl:10:3: ", Empty),
    case("pack-directory-missing", &["check", "testdata/bad/pack-directory-missing"], "testdata/bad/pack-directory-missing/.sgaudit.hcl:1:9: packs: \"./policies/team\" is not a directory", Empty),
    case("waiver-without-reason", &["check", "testdata/bad/waiver-without-reason"], "testdata/bad/waiver-without-reason/.sgaudit.hcl:1:1: the waiver of \"admin-ports-public-ipv4\" needs a reason", Empty),
    case("waiver-impossible-date", &["check", "testdata/bad/waiver-impossible-date"], "testdata/bad/waiver-impossible-date/.sgaudit.hcl:4:13: expires \"2027-02-30\" is not a date", Empty),
    case("config-unknown-block", &["check", "testdata/bad/config-unknown-block"], "testdata/bad/config-unknown-block/.sgaudit.hcl:1:1: unknown block \"ignore\"", Empty),
    case("config-unknown-field", &["check", "testdata/bad/config-unknown-field"], "testdata/bad/config-unknown-field/.sgaudit.hcl:2:1: unknown field \"fail_off\"", Empty),
    case("config-network-host-bits", &["check", "testdata/bad/config-network-host-bits"], "testdata/bad/config-network-host-bits/.sgaudit.hcl:2:11: \"203.0.113.7/24\" is not a network address", Empty),
    case("baseline-truncated", &["check", "testdata/plans/ssh-world-inline/plan.json", "--baseline", "testdata/bad/baseline-truncated.json"], "testdata/bad/baseline-truncated.json:6:1: invalid JSON", Empty),
    case("baseline-not-a-baseline", &["check", "testdata/plans/ssh-world-inline/plan.json", "--baseline", "testdata/bad/baseline-not-a-baseline.json"], "testdata/bad/baseline-not-a-baseline.json: not an sgaudit baseline", Empty),
    case("baseline-findings-not-a-list", &["check", "testdata/plans/ssh-world-inline/plan.json", "--baseline", "testdata/bad/baseline-findings-not-a-list.json"], "testdata/bad/baseline-findings-not-a-list.json: \"findings\" is not a list", Empty),
];

/// The inputs made at test time: a 1 GiB file of NUL bytes (sparse: no disk is used, and
/// sgaudit must refuse it from its first bytes), a module that is a symbolic link to itself,
/// and one that links out of the repository.
fn make_scratch() {
    let dir = Path::new(SCRATCH);
    std::fs::create_dir_all(dir).unwrap();
    let huge = std::fs::File::create(dir.join("huge-1gib.json")).unwrap();
    huge.set_len(1 << 30).unwrap();
    #[cfg(unix)]
    for (name, target) in [
        ("module-symlink-loop", "shared"),
        ("module-symlink-outside", "/"),
    ] {
        let case = configuration(
            name,
            &[(
                "main.tf",
                "module \"shared\" {\n  source = \"./shared\"\n}\n",
            )],
        );
        std::os::unix::fs::symlink(target, Path::new(&case).join("shared")).unwrap();
    }
}

#[test]
fn bad_inputs_exit_2_with_one_located_line() {
    let mut settings = super::settings();
    settings.set_snapshot_path("../../snapshots");
    settings.bind(|| {
        with_root(make_scratch);
        // Modules are kept inside the git repository; a copy of the crate outside one (a
        // source package) has no boundary to test.
        let in_git = Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .any(|dir| dir.join(".git").exists());
        for case in CASES {
            if cfg!(not(unix))
                && (case.name.starts_with("module-symlink") || case.name == "dev-zero")
            {
                continue;
            }
            if !in_git
                && matches!(
                    case.name,
                    "module-source-escapes" | "module-symlink-outside"
                )
            {
                continue;
            }
            let (code, out, err) = with_root(|| sgaudit(case.args));
            let name = case.name;
            assert_eq!(code, 2, "{name}: exit code\n{err}");
            assert!(!err.is_empty(), "{name}: no error message");
            for line in err.lines() {
                assert!(
                    line.starts_with("sgaudit: error: "),
                    "{name}: every line of standard error is one error: {line:?}"
                );
            }
            assert!(
                err.starts_with(&format!("sgaudit: error: {}", case.at)),
                "{name}: expected the error to start with {:?}, got {err}",
                case.at
            );
            assert!(!err.contains("panicked"), "{name}: {err}");
            match case.out {
                Empty => assert_eq!(out, "", "{name}: no report for a refused input"),
                Partial => assert!(
                    out.contains("\nincomplete: ")
                        && out.ends_with("this report covers the rest\n"),
                    "{name}: a partial report must say it is incomplete:\n{out}"
                ),
            }
            insta::assert_snapshot!(
                format!("bad@{name}"),
                format!(
                    "command: sgaudit {}\nexit code: {code}\n--- stdout\n{out}--- stderr\n{err}",
                    case.args.join(" ")
                )
            );
        }
    });
}

/// Every case is in the README's table, and every file under `testdata/bad/` belongs to a
/// case (or is the README or the script that writes the plans).
#[test]
fn catalogue_is_complete() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("testdata/bad/README.md")).unwrap();
    assert!(CASES.len() >= 40, "at least 40 cases");
    for case in CASES {
        assert!(
            readme.contains(&format!("| `{}` |", case.name)),
            "{}: not in testdata/bad/README.md",
            case.name
        );
    }
    for entry in std::fs::read_dir(root.join("testdata/bad")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if matches!(name.as_str(), "README.md" | "generate.sh") {
            continue;
        }
        let path = format!("testdata/bad/{name}");
        assert!(
            CASES.iter().any(|c| c
                .args
                .iter()
                .any(|a| *a == path || a.starts_with(&format!("{path}/")))),
            "{path}: no case uses it"
        );
    }
}

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

/// Writes a configuration afresh under `SCRATCH/name`: each file with its text (a path ending
/// in `/` is an empty directory). Returns its path as the tests give it to sgaudit.
fn configuration(name: &str, files: &[(&str, &str)]) -> String {
    let dir = Path::new(SCRATCH).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        if path.to_string_lossy().ends_with('/') {
            std::fs::create_dir_all(&path).unwrap();
        } else {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
        }
    }
    format!("{SCRATCH}/{name}")
}

/// Sources written as links or paths that stay in the repository are still read.
#[test]
fn modules_inside_the_repository_are_read() {
    with_root(|| {
        let dir = configuration(
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
    });
}

/// A module directory without `.tf` files is an empty module (`terraform validate` says the
/// configuration is valid): the rest of the configuration is read, nothing fails. The directory
/// given to sgaudit itself must hold a configuration (`no-tf-files` in the catalogue).
#[test]
fn an_empty_module_directory_is_an_empty_module() {
    with_root(|| {
        let dir = configuration(
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
    });
}

/// `count` multiplies through modules: 100,000 instances of a module that calls another
/// 100,000 times would be 10 billion module instances (the reader grew past 24 GB before it
/// was stopped). The configuration is read up to 250,000 instances, and the block where it
/// goes over is an error.
#[test]
fn instances_multiplied_through_modules_are_bounded() {
    with_root(|| {
        let module = |name: &str, source: &str| {
            format!("module \"{name}\" {{\n  count  = 100000\n  source = \"{source}\"\n}}\n")
        };
        let dir = configuration(
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
    });
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
