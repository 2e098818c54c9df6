//! A change between two configurations: a base (a git revision, read through git without
//! touching the work tree, or another directory) and a directory, read as one change, with
//! Terraform's rule that inline rules no longer written are left in AWS rather than revoked.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, anyhow, bail};

use super::{Options, hcl};
use crate::access::Access;
use crate::model::{Input, Lifecycle, Permission, Replacement};

/// Reads the configuration in `dir` as a change from `base`: a directory, or a git revision
/// of the repository `dir` is in.
pub fn read(dir: &str, base: &str, options: &Options) -> Result<Input> {
    if !Path::new(dir).is_dir() {
        bail!("{dir}: --base compares configurations: pass a directory of .tf files");
    }
    let access = Access::for_input(Path::new(dir), options.limits);
    let head = hcl::read(Path::new(dir), dir, &options.variables, &access)?;
    let old = if Path::new(base).is_dir() {
        let access = Access::for_input(Path::new(base), options.limits);
        hcl::read(Path::new(base), base, &options.variables, &access)?
    } else {
        at_revision(dir, base, options)?
    };
    Ok(combine(old, head, base))
}

/// The configuration in `dir` as it is at a git revision, exported to a scratch directory.
fn at_revision(dir: &str, rev: &str, options: &Options) -> Result<Input> {
    let git = |args: &[&str]| -> Result<String> {
        let out = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
            .with_context(|| format!("--base {rev}: cannot run git"))?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            let first = err.lines().next().unwrap_or("git failed").trim();
            bail!("--base {rev}: {first}");
        }
        Ok(String::from_utf8_lossy(&out.stdout)
            .trim_end_matches('\n')
            .to_owned())
    };
    let top = git(&["rev-parse", "--show-toplevel"]).map_err(|_| {
        anyhow!("--base {rev}: {dir} is not in a git repository, and {rev} is not a directory")
    })?;
    let prefix = git(&["rev-parse", "--show-prefix"])?;
    git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{rev}^{{tree}}"),
    ])
    .map_err(|_| anyhow!("--base {rev}: not a revision of the git repository at {top}"))?;
    let scratch = Scratch::new()?;
    export(&top, rev, &scratch.0)?;
    let path = scratch.0.join(&prefix);
    if !path.is_dir() {
        bail!("--base {rev}: {dir} does not exist at that revision");
    }
    let display = format!("{rev}:{}", prefix.trim_end_matches('/'));
    // The exported tree is the root: no link in it is followed out of it.
    let access = Access::with_root(&scratch.0, options.limits);
    hcl::read(&path, &display, &options.variables, &access)
}

/// Writes the files of the revision `rev` of the repository at `top` under `dir`, as git
/// stores them: `git ls-tree` names them and one `git cat-file --batch` reads them all (git is
/// the only program run; nothing is unpacked by another tool).
fn export(top: &str, rev: &str, dir: &Path) -> Result<()> {
    let failed = |what: &str| anyhow!("--base {rev}: could not export the revision ({what})");
    let io = |e: std::io::Error| anyhow!("--base {rev}: could not export the revision: {e}");
    let list = Command::new("git")
        .args(["-C", top, "ls-tree", "-r", "-z", "--full-tree", rev])
        .output()
        .with_context(|| format!("--base {rev}: cannot run git"))?;
    if !list.status.success() {
        return Err(failed("git ls-tree failed"));
    }
    // "<mode> <type> <object>\t<path>" per entry; submodules (commits) are not in the tree.
    let mut files: Vec<(&str, PathBuf, bool)> = Vec::new();
    for entry in list.stdout.split(|&b| b == 0).filter(|e| !e.is_empty()) {
        let entry = std::str::from_utf8(entry).map_err(|_| failed("a path is not UTF-8"))?;
        let (meta, path) = entry
            .split_once('\t')
            .ok_or_else(|| failed("git ls-tree"))?;
        let mut meta = meta.split(' ');
        let (Some(mode), Some(kind), Some(object)) = (meta.next(), meta.next(), meta.next()) else {
            return Err(failed("git ls-tree"));
        };
        let path = PathBuf::from(path);
        // Git's paths are relative and never climb; a crafted tree must not write elsewhere.
        if !path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        {
            return Err(failed("a path leaves the repository"));
        }
        if kind == "blob" {
            files.push((object, path, mode == "120000"));
        }
    }
    let mut batch = Command::new("git")
        .args(["-C", top, "cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("--base {rev}: cannot run git cat-file"))?;
    let (Some(mut stdin), Some(stdout)) = (batch.stdin.take(), batch.stdout.take()) else {
        return Err(failed("git cat-file"));
    };
    let objects: String = files.iter().map(|(o, ..)| format!("{o}\n")).collect();
    // Written on another thread: git answers while it reads, and a pipe holds little.
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        stdin.write_all(objects.as_bytes())
    });
    let mut stdout = std::io::BufReader::new(stdout);
    for (object, path, link) in &files {
        use std::io::{BufRead, Read};
        let mut header = String::new();
        stdout.read_line(&mut header).map_err(io)?;
        // "<object> blob <size>"
        let size: usize = match header.trim_end().split(' ').collect::<Vec<_>>().as_slice() {
            [o, "blob", size] if o == object => size.parse().map_err(|_| failed("git cat-file"))?,
            _ => return Err(failed("git cat-file")),
        };
        let mut content = vec![0; size];
        stdout.read_exact(&mut content).map_err(io)?;
        let mut newline = [0; 1];
        stdout.read_exact(&mut newline).map_err(io)?;
        let target = dir.join(path);
        let written = match target.parent() {
            Some(parent) => std::fs::create_dir_all(parent),
            None => Ok(()),
        }
        .and_then(|()| {
            if *link {
                symlink(&content, &target)
            } else {
                std::fs::write(&target, content)
            }
        });
        written.map_err(|e| anyhow!("{}: cannot write: {e}", target.display()))?;
    }
    if !matches!(writer.join(), Ok(Ok(()))) || !batch.wait().map_err(io)?.success() {
        return Err(failed("git cat-file failed"));
    }
    Ok(())
}

/// A symbolic link at `at` to the target `to` (the blob of a link, as git stores it).
#[cfg(unix)]
fn symlink(to: &[u8], at: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    std::os::unix::fs::symlink(std::ffi::OsStr::from_bytes(to), at)
}

/// Where links need privileges, a link's target is written as a file, as git does there.
#[cfg(not(unix))]
fn symlink(to: &[u8], at: &Path) -> std::io::Result<()> {
    std::fs::write(at, to)
}

/// A scratch directory removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Scratch> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("sgaudit-base-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path)
            .with_context(|| format!("{}: cannot create", path.display()))?;
        Ok(Scratch(path))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The change from `old` to `new`.
fn combine(old: Input, mut new: Input, base: &str) -> Input {
    let key = |p: &Permission| {
        (
            p.direction,
            p.protocol.clone(),
            p.ports.clone(),
            p.peer.clone(),
        )
    };
    let permissions_of = |input: &Input, group: &str| -> std::collections::BTreeSet<_> {
        input
            .after
            .iter()
            .filter(|p| p.group == group)
            .map(key)
            .collect()
    };
    let mut notes = Vec::new();
    // Inline rules a group no longer writes stay in AWS, unmanaged (attributes as blocks).
    for (address, was) in &old.groups {
        let Some(now) = new.groups.get(address) else {
            continue;
        };
        for direction in was.manages.iter().filter(|d| !now.manages.contains(d)) {
            let kept: Vec<Permission> = old
                .after
                .iter()
                .filter(|p| {
                    &p.group == address && p.direction == *direction && &p.resource == address
                })
                .cloned()
                .collect();
            if !kept.is_empty() {
                notes.push(format!(
                    "{address}: its inline {d} rules are no longer written; Terraform leaves them in AWS, unmanaged (write `{d} = []` to revoke them)",
                    d = direction.as_str()
                ));
                new.after.extend(kept);
            }
        }
    }
    let mut groups = new.groups.clone();
    for (address, group) in groups.iter_mut() {
        group.lifecycle = match old.groups.get(address) {
            None => Lifecycle::Created,
            Some(was) => {
                let forced: Vec<serde_json::Value> = [
                    ("name", &was.name, &group.name),
                    ("description", &was.description, &group.description),
                    ("vpc_id", &was.vpc_id, &group.vpc_id),
                ]
                .into_iter()
                .filter(|(_, a, b)| a != b)
                .map(|(field, _, _)| serde_json::json!([field]))
                .collect();
                if !forced.is_empty() {
                    Lifecycle::Replaced(Replacement {
                        create_first: false,
                        reason: Some("replace_because_cannot_update".to_owned()),
                        paths: forced,
                    })
                } else if permissions_of(&old, address) != permissions_of(&new, address) {
                    Lifecycle::Updated
                } else {
                    Lifecycle::Unchanged
                }
            }
        };
    }
    for (address, was) in &old.groups {
        if !groups.contains_key(address) {
            let mut gone = was.clone();
            gone.lifecycle = Lifecycle::Deleted {
                reason: Some("delete_because_no_resource_config".to_owned()),
            };
            groups.insert(address.clone(), gone);
        }
    }
    let workloads = combine_workloads(&old, &new);
    let mut source = new.source.clone();
    source.base = Some(base.to_owned());
    source.missing_variables.extend(
        old.source
            .missing_variables
            .iter()
            .map(|v| format!("{v} (base)")),
    );
    let mut not_analysed = new.not_analysed;
    not_analysed.extend(old.not_analysed.into_iter().map(|n| format!("{n} (base)")));
    notes.extend(new.notes);
    Input {
        source,
        groups,
        workloads,
        before: old.after,
        after: new.after,
        prefix_lists_before: old.prefix_lists_after,
        prefix_lists_after: new.prefix_lists_after,
        not_analysed,
        notes,
        errors: old.errors.into_iter().chain(new.errors).collect(),
    }
}

/// The workloads of both configurations: attached as the base declares them before, as the
/// directory declares them after.
fn combine_workloads(
    old: &Input,
    new: &Input,
) -> std::collections::BTreeMap<String, crate::model::Workload> {
    let mut out = std::collections::BTreeMap::new();
    for (address, now) in &new.workloads {
        let mut w = now.clone();
        let was = old.workloads.get(address);
        w.before = was.and_then(|was| was.after.clone());
        w.lifecycle = match was {
            None => Lifecycle::Created,
            Some(_) if w.before == w.after => Lifecycle::Unchanged,
            Some(_) => Lifecycle::Updated,
        };
        out.insert(address.clone(), w);
    }
    for (address, was) in &old.workloads {
        if !out.contains_key(address) {
            let mut gone = was.clone();
            gone.before = gone.after.take();
            gone.lifecycle = Lifecycle::Deleted {
                reason: Some("delete_because_no_resource_config".to_owned()),
            };
            out.insert(address.clone(), gone);
        }
    }
    out
}
