//! The generated parts of the documentation are what sgaudit prints: each block between
//! `<!-- example:NAME:start -->` and `<!-- example:NAME:end -->` in `docs/` is the output of a
//! command run on a committed input. `SGAUDIT_BLESS=1 cargo test --test docs` rewrites them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

/// A generated block: the page, its name, the command's arguments (run at the repository's
/// root), and the fence the output is shown in.
struct Example {
    page: &'static str,
    name: &'static str,
    args: &'static [&'static str],
    fence: &'static str,
}

const EXAMPLES: &[Example] = &[
    Example {
        page: "docs/json.md",
        name: "ssh-world-inline",
        args: &[
            "check",
            "--format",
            "json",
            "testdata/plans/ssh-world-inline/plan.json",
        ],
        fence: "json",
    },
    Example {
        page: "docs/atlantis.md",
        name: "atlantis-comment",
        args: &[
            "check",
            "testdata/plans/ssh-world-inline/plan.json",
            "--config",
            "testdata/plans/ssh-world-inline",
            "--color",
            "never",
            "--width",
            "100",
            "--min-severity",
            "high",
        ],
        fence: "text",
    },
];

fn run(args: &[&str]) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_sgaudit"))
        .args(args)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "sgaudit {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn generated_examples_are_what_sgaudit_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("SGAUDIT_BLESS").is_some();
    let mut stale = Vec::new();
    for example in EXAMPLES {
        let path = root.join(example.page);
        let page = std::fs::read_to_string(&path).unwrap();
        let start = format!("<!-- example:{}:start -->\n", example.name);
        let end = format!("<!-- example:{}:end -->", example.name);
        let (head, rest) = page
            .split_once(&start)
            .unwrap_or_else(|| panic!("{}: no {start:?} marker", example.page));
        let (current, tail) = rest
            .split_once(&end)
            .unwrap_or_else(|| panic!("{}: no {end:?} marker", example.page));
        let expected = format!(
            "`sgaudit {}`:\n\n```{}\n{}```\n",
            example.args.join(" "),
            example.fence,
            run(example.args)
        );
        if current != expected {
            if bless {
                std::fs::write(&path, format!("{head}{start}{expected}{end}{tail}")).unwrap();
            } else {
                stale.push(format!("{} ({})", example.page, example.name));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated examples differ from what sgaudit prints: {}; regenerate them with `SGAUDIT_BLESS=1 cargo test --test docs`",
        stale.join(", ")
    );
}
