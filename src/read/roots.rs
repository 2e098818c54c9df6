//! Root modules of a repository: the directories with `.tf` files that no other directory
//! calls as a local module (`.terraform/` and hidden directories left out), the local modules
//! each one calls, and which of them a change touches (`--base`, `--changed`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, anyhow, bail};

use crate::access::Access;

/// How many directories a search for root modules looks at, at most: a repository of
/// Terraform configurations holds far fewer; a tree of more is not one to audit at once.
const MAX_DIRECTORIES: usize = 100_000;

/// One root module under the directory searched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Root {
    /// Its path from the directory searched (`envs/prod`), with `/`.
    pub path: String,
    /// Its path to read it by: the directory searched joined with `path`.
    pub dir: PathBuf,
    /// The directories of the local modules it calls, directly or through other modules,
    /// from the directory searched (`modules/network`); a call out of that directory is left
    /// out.
    pub modules: BTreeSet<String>,
}

/// The root modules under `dir` (named `display` in messages), in path order; none when `dir`
/// holds `.tf` or `.tf.json` files itself (it is one configuration, read as before) or when
/// nothing under it does. Every file is read through `access`; a directory that is a link is
/// not followed.
pub fn find(dir: &Path, display: &str, access: &Access) -> Result<Vec<Root>> {
    if super::base::has_configuration(dir) {
        return Ok(Vec::new());
    }
    // Each directory holding configuration files, from `dir`, and the local modules it calls.
    let mut calls: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut pending: Vec<String> = vec![String::new()];
    let mut seen = 0usize;
    while let Some(rel) = pending.pop() {
        seen += 1;
        if seen > MAX_DIRECTORIES {
            bail!(
                "{display}: more than {MAX_DIRECTORIES} directories: pass the directory of one root module"
            );
        }
        let here = dir.join(&rel);
        let shown = join(display, &rel);
        let mut files = Vec::new();
        for entry in
            std::fs::read_dir(&here).map_err(|e| anyhow!("{shown}: cannot read directory: {e}"))?
        {
            let entry = entry.map_err(|e| anyhow!("{shown}: cannot read directory: {e}"))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                // `.terraform/` holds the modules `terraform init` downloaded; `.git/` and
                // other hidden directories hold no configuration of the repository.
                if !name.starts_with('.') {
                    pending.push(join("", &format!("{rel}/{name}")));
                }
            } else if name.ends_with(".tf") || name.ends_with(".tf.json") {
                files.push(name);
            }
        }
        if files.is_empty() {
            continue;
        }
        files.sort();
        let mut sources = BTreeSet::new();
        for name in &files {
            let path = here.join(name);
            let file_shown = join(&shown, name);
            // A file that cannot be read or parsed calls nothing here: the audit of its root
            // module reports it, at its line.
            let Ok(text) = access.read_text(&path, &file_shown) else {
                continue;
            };
            for source in module_sources(name, &text) {
                if let Some(target) = resolve(&rel, &source) {
                    sources.insert(target);
                }
            }
        }
        calls.insert(rel, sources);
    }
    let called: BTreeSet<&String> = calls
        .iter()
        .flat_map(|(from, to)| to.iter().filter(move |t| *t != from))
        .collect();
    let mut roots = Vec::new();
    for path in calls.keys().filter(|p| !called.contains(p)) {
        let mut modules = BTreeSet::new();
        let mut stack: Vec<&String> = calls.get(path).into_iter().flatten().collect();
        while let Some(module) = stack.pop() {
            if module != path && modules.insert(module.clone()) {
                stack.extend(calls.get(module).into_iter().flatten());
            }
        }
        roots.push(Root {
            path: path.clone(),
            dir: PathBuf::from(join(display, path)),
            modules,
        });
    }
    Ok(roots)
}

/// The literal `source` of each `module` block of one file (`.tf` or `.tf.json`).
fn module_sources(name: &str, text: &str) -> Vec<String> {
    if name.ends_with(".tf.json") {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
            return Vec::new();
        };
        // `"module": {"name": {...}}`, or a list of such objects
        // (https://developer.hashicorp.com/terraform/language/syntax/json#module-blocks).
        let mut out = Vec::new();
        let blocks = match value.get("module") {
            Some(serde_json::Value::Array(items)) => items.iter().collect(),
            Some(other) => vec![other],
            None => Vec::new(),
        };
        for block in blocks {
            for call in block.as_object().into_iter().flat_map(|o| o.values()) {
                let calls = match call {
                    serde_json::Value::Array(items) => items.iter().collect(),
                    other => vec![other],
                };
                out.extend(
                    calls
                        .into_iter()
                        .filter_map(|c| c.get("source")?.as_str().map(str::to_owned)),
                );
            }
        }
        return out;
    }
    let Ok(body) = hcl_edit::parser::parse_body(text) else {
        return Vec::new();
    };
    body.into_blocks()
        .filter(|b| b.ident.as_str() == "module")
        .filter_map(|b| {
            b.body.into_attributes().find_map(|a| {
                if a.key.as_str() != "source" {
                    return None;
                }
                match a.value {
                    hcl_edit::expr::Expression::String(s) => Some(s.value().to_string()),
                    _ => None,
                }
            })
        })
        .collect()
}

/// The directory a local module source (`./x`, `../x`) of the directory `from` leads to, from
/// the directory searched; none for a source that is not local, or that leads out of it.
/// (Terraform reads only a source starting with `./` or `../` as a local path:
/// https://developer.hashicorp.com/terraform/language/modules/sources#local-paths.)
fn resolve(from: &str, source: &str) -> Option<String> {
    if !(source.starts_with("./") || source.starts_with("../")) {
        return None;
    }
    let mut parts: Vec<&str> = from.split('/').filter(|p| !p.is_empty()).collect();
    for part in source.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// `a` + `b` → `a/b`; an empty or `.` side is left out.
fn join(base: &str, rel: &str) -> String {
    let rel = rel.trim_matches('/');
    match (base, rel) {
        ("" | ".", r) => r.to_owned(),
        (b, "") => b.to_owned(),
        (b, r) => format!("{}/{r}", b.trim_end_matches('/')),
    }
}

/// The root modules a change touches: those with a changed file in their directory or in the
/// directory of a module they call (a file belongs to the nearest directory above it that
/// holds configuration files, so a template under `envs/prod/files/` is prod's); a changed
/// file among `var_files` touches them all. `changed` are paths from the directory searched.
pub fn touched<'a>(roots: &'a [Root], changed: &[String], var_files: &[String]) -> Vec<&'a Root> {
    let dirs: BTreeSet<&str> = roots
        .iter()
        .flat_map(|r| std::iter::once(r.path.as_str()).chain(r.modules.iter().map(String::as_str)))
        .collect();
    // The directory each changed file belongs to, of those a root module reads.
    let owners: BTreeSet<&str> = changed
        .iter()
        .filter_map(|file| {
            let mut dir = file.as_str();
            loop {
                dir = dir.rsplit_once('/').map_or("", |(d, _)| d);
                if let Some(found) = dirs.get(dir) {
                    return Some(*found);
                }
                if dir.is_empty() {
                    return None;
                }
            }
        })
        .collect();
    let every = changed.iter().any(|c| var_files.contains(c));
    roots
        .iter()
        .filter(|r| {
            every
                || owners.contains(r.path.as_str())
                || r.modules.iter().any(|m| owners.contains(m.as_str()))
        })
        .collect()
}

/// The files that differ between the git revision `base` and the work tree under `dir`
/// (changed, added, removed, and files git does not track yet but would), as paths from `dir`.
pub fn changed_since(dir: &Path, base: &str) -> Result<Vec<String>> {
    // A revision never becomes an option of git (see read::base).
    if base.starts_with('-') {
        bail!("--base {base}: not a revision (a revision does not start with `-`)");
    }
    let git = |args: &[&str]| -> Result<Vec<String>> {
        let out = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
            .with_context(|| format!("--base {base}: cannot run git"))?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            let first = err.lines().next().unwrap_or("git failed").trim();
            bail!("--base {base}: {first}");
        }
        Ok(out
            .stdout
            .split(|b| *b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect())
    };
    let mut files = git(&[
        "diff",
        "--name-only",
        "--no-renames",
        "-z",
        "--relative",
        base,
        "--",
    ])?;
    files.extend(git(&["ls-files", "--others", "--exclude-standard", "-z"])?);
    files.sort();
    files.dedup();
    Ok(files)
}

/// `path` (from the working directory) as a path from `dir`, with `/`; none when it is not
/// under `dir`.
pub fn relative_to(dir: &Path, path: &Path) -> Option<String> {
    let dir = crate::access::absolute(dir);
    let path = crate::access::absolute(path);
    let rel = path.strip_prefix(&dir).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| match c {
            Component::Normal(p) => Some(p.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Option<_>>()?;
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_sources_resolve_from_their_directory() {
        assert_eq!(
            resolve("envs/prod", "../../modules/net"),
            Some("modules/net".to_owned())
        );
        assert_eq!(
            resolve("envs/prod", "./sub"),
            Some("envs/prod/sub".to_owned())
        );
        assert_eq!(resolve("", "./modules/x/"), Some("modules/x".to_owned()));
        assert_eq!(resolve("a", "../../out"), None);
        assert_eq!(resolve("a", "terraform-aws-modules/vpc/aws"), None);
        assert_eq!(resolve("a", "git::https://example.com/x.git"), None);
    }

    #[test]
    fn module_sources_of_both_syntaxes() {
        let tf = "module \"a\" {\n  source = \"../m\"\n}\nmodule \"b\" {\n  source = var.x\n}\n";
        assert_eq!(module_sources("main.tf", tf), vec!["../m".to_owned()]);
        let json = r#"{"module": {"a": {"source": "./m"}, "b": [{"source": "../n"}]}}"#;
        assert_eq!(
            module_sources("main.tf.json", json),
            vec!["./m".to_owned(), "../n".to_owned()]
        );
        assert!(module_sources("bad.tf", "module \"a\" {").is_empty());
    }

    fn root(path: &str, modules: &[&str]) -> Root {
        Root {
            path: path.to_owned(),
            dir: PathBuf::from(path),
            modules: modules.iter().map(|m| (*m).to_owned()).collect(),
        }
    }

    #[test]
    fn a_change_touches_the_roots_that_read_it() {
        let roots = [
            root("envs/dev", &["modules/net"]),
            root("envs/prod", &["modules/net", "modules/db"]),
            root("tools", &[]),
        ];
        let names = |changed: &[&str], vars: &[&str]| -> Vec<String> {
            let changed: Vec<String> = changed.iter().map(|c| (*c).to_owned()).collect();
            let vars: Vec<String> = vars.iter().map(|c| (*c).to_owned()).collect();
            touched(&roots, &changed, &vars)
                .iter()
                .map(|r| r.path.clone())
                .collect()
        };
        assert_eq!(
            names(&["modules/net/main.tf"], &[]),
            ["envs/dev", "envs/prod"]
        );
        assert_eq!(names(&["modules/db/files/policy.json"], &[]), ["envs/prod"]);
        assert_eq!(names(&["envs/dev/terraform.tfvars"], &[]), ["envs/dev"]);
        assert_eq!(
            names(&["README.md", "docs/x.tf"], &[]),
            Vec::<String>::new()
        );
        assert_eq!(names(&["common.tfvars"], &["common.tfvars"]).len(), 3);
    }
}
