//! The layering of `src/` (docs/architecture.md), checked on the source: no module imports a
//! module of a higher layer, and only the AWS reader (`src/read/aws/`) names an `aws_*` type.
//! Test code (`#[cfg(test)] mod tests`, test-only modules, `src/tests/`) is left out: tests may
//! build inputs with any name.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice
)]

use std::path::{Path, PathBuf};

/// The layers, lowest first: a module may import its own layer and those below it.
fn layer(module: &[&str]) -> Option<(usize, &'static str)> {
    let found = match module {
        ["model" | "netset" | "phrase" | "access", ..] => (0, "model, netset, phrase, access"),
        ["read", "terraform", ..] => (1, "read/terraform"),
        ["read", "aws", ..] => (2, "read/aws"),
        ["read", ..] => (3, "read"),
        ["diff" | "network" | "nacl", ..] => (4, "diff, network, nacl"),
        ["reach", ..] => (5, "reach"),
        ["policy", ..] => (6, "policy"),
        ["audit", ..] => (7, "audit"),
        ["report", ..] => (8, "report"),
        ["cli" | "serve", ..] => (9, "cli, serve"),
        ["main" | "lib", ..] | [] => (10, "the crate root"),
        _ => return None,
    };
    Some(found)
}

struct Source {
    /// The path from `src/`, for messages.
    shown: String,
    /// The module path (`["read", "terraform", "plan"]`; a `mod.rs` is its folder).
    module: Vec<String>,
    /// The file's lines outside test code.
    lines: Vec<String>,
}

/// Every production source file: what is not test code.
fn sources() -> Vec<Source> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files.sort();
    let texts: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            (f, text)
        })
        .collect();
    // Modules declared under `#[cfg(test)]` (`#[cfg(test)] mod hostile;`) are test code.
    let mut test_only = Vec::new();
    for (file, text) in &texts {
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            if pair[0] == "#[cfg(test)]"
                && let Some(name) = pair[1]
                    .strip_prefix("mod ")
                    .and_then(|m| m.strip_suffix(';'))
            {
                let dir = if file.ends_with("mod.rs") || file.ends_with("lib.rs") {
                    file.parent().unwrap().to_path_buf()
                } else {
                    file.with_extension("")
                };
                test_only.push(dir.join(format!("{name}.rs")));
                test_only.push(dir.join(name).join("mod.rs"));
            }
        }
    }
    let mut out = Vec::new();
    for (file, text) in texts {
        let relative = file.strip_prefix(&src).unwrap();
        let shown = relative.to_string_lossy().into_owned();
        if test_only.contains(&file) || shown == "tests.rs" || shown.starts_with("tests/") {
            continue;
        }
        let mut module: Vec<String> = relative
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if module.last().is_some_and(|m| m == "mod") {
            module.pop();
        }
        // The unit tests at the end of a file: `#[cfg(test)]`, maybe other attributes, then
        // `mod tests`.
        let all: Vec<&str> = text.lines().collect();
        let end = (0..all.len())
            .find(|&i| {
                all[i].trim() == "#[cfg(test)]"
                    && all[i + 1..]
                        .iter()
                        .find(|l| !l.trim_start().starts_with("#["))
                        .is_some_and(|l| l.trim_start().starts_with("mod tests"))
            })
            .unwrap_or(all.len());
        let lines = all[..end].iter().map(|l| (*l).to_owned()).collect();
        out.push(Source {
            shown,
            module,
            lines,
        });
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The paths a line names (`crate::a::b`, `super::c`, `use super::{d, e::f}`), resolved from
/// the crate root: the modules they go through (the last segment may be a lower-case item, a
/// function; the layers are told by the first two).
fn named_modules(module: &[String], line: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (start, _) in line
        .match_indices("crate::")
        .chain(line.match_indices("super::"))
    {
        // `super::super::x` is found once, from its first `super`.
        if line[..start].ends_with("super::") {
            continue;
        }
        let mut rest = &line[start..];
        let base: Vec<String> = if let Some(r) = rest.strip_prefix("crate::") {
            rest = r;
            Vec::new()
        } else {
            let mut base = module.to_vec();
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            base
        };
        let mut paths = Vec::new();
        if let Some(group) = rest.strip_prefix('{') {
            let group = group.split('}').next().unwrap_or_default();
            paths.extend(group.split(',').map(str::trim).map(str::to_owned));
        } else {
            paths.push(rest.to_owned());
        }
        for path in paths {
            let mut full = base.clone();
            for segment in path.split("::") {
                let name: String = segment
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                // Modules are lower case; a type, a function's call or `self` ends the path.
                if name.is_empty()
                    || name == "self"
                    || !name.starts_with(|c: char| c.is_ascii_lowercase())
                {
                    break;
                }
                let whole = name.len() == segment.len();
                full.push(name);
                if !whole {
                    break;
                }
            }
            out.push(full);
        }
    }
    out
}

#[test]
fn no_module_imports_a_higher_layer() {
    let mut problems = Vec::new();
    for source in sources() {
        let module: Vec<&str> = source.module.iter().map(String::as_str).collect();
        let (own, own_name) = layer(&module).unwrap_or_else(|| {
            panic!(
                "src/{}: in no layer: add it to tests/architecture.rs and docs/architecture.md",
                source.shown
            )
        });
        for (n, line) in source.lines.iter().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for target in named_modules(&source.module, line) {
                let target: Vec<&str> = target.iter().map(String::as_str).collect();
                if let Some((theirs, their_name)) = layer(&target)
                    && theirs > own
                {
                    problems.push(format!(
                        "src/{}:{}: {own_name} imports {their_name} ({}), a higher layer",
                        source.shown,
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The text of a line's string literals (`"…"`, escaped quotes within), joined: an `aws_`
/// there is a resource type named; one in an identifier (`aws_ports`) is not.
fn in_string(line: &str) -> String {
    let line = line.replace("\\\\", "").replace("\\\"", "'");
    line.split('"')
        .skip(1)
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn only_the_aws_reader_names_aws_types() {
    let mut problems = Vec::new();
    let mut seen_in_reader = false;
    for source in sources() {
        let in_reader = source.shown.starts_with("read/aws/");
        for (n, line) in source.lines.iter().enumerate() {
            if line.trim_start().starts_with("//") || !in_string(line).contains("aws_") {
                continue;
            }
            if in_reader {
                seen_in_reader = true;
            } else {
                problems.push(format!("src/{}:{}: {}", source.shown, n + 1, line.trim()));
            }
        }
    }
    assert!(
        seen_in_reader,
        "the AWS reader names no aws_ type: is the check reading src/?"
    );
    assert!(
        problems.is_empty(),
        "aws_ types named outside src/read/aws/:\n{}",
        problems.join("\n")
    );
}

/// The check itself: a path names the modules it goes through, relative or from the root.
#[test]
fn imports_are_resolved_to_modules() {
    let module: Vec<String> = ["read", "terraform", "plan"].map(String::from).to_vec();
    assert_eq!(
        named_modules(&module, "use super::super::aws::Aws;"),
        [["read", "aws"].map(String::from).to_vec()]
    );
    assert_eq!(
        named_modules(&module, "use super::{config::Modules, Reads};"),
        [
            ["read", "terraform", "config"].map(String::from).to_vec(),
            ["read", "terraform"].map(String::from).to_vec()
        ]
    );
    assert_eq!(
        named_modules(&module, "let x = crate::report::json::render(a);"),
        [["report", "json", "render"].map(String::from).to_vec()]
    );
    let layer_of = |line: &str| {
        named_modules(&module, line)
            .iter()
            .map(|m| layer(&m.iter().map(String::as_str).collect::<Vec<_>>()).map(|l| l.0))
            .collect::<Vec<_>>()
    };
    assert_eq!(layer_of("use crate::read::aws::Aws;"), [Some(2)]);
    assert!(in_string(r#"let r = "resource \"aws_vpc\" {";"#).contains("aws_vpc"));
    assert!(in_string(r#"if rtype == "aws_instance" {"#).contains("aws_instance"));
    assert!(!in_string("let (from, to) = range.aws_ports();").contains("aws_"));
    assert_eq!(layer_of("use crate::model::Input;"), [Some(0)]);
}
