//! A change between two configurations: a base (a git revision, read through git without
//! touching the work tree, or another directory) and a directory, read as one change, with
//! Terraform's rule that inline rules no longer written are left in AWS rather than revoked.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, anyhow, bail};

use super::aws::Aws;
use super::options::Options;
use super::terraform::hcl;
use crate::access::Access;
use crate::model::{Diagnostic, Input, Lifecycle, Permission, Replacement};

/// Reads the configuration in `dir` as a change from `base`: a directory, or a git revision
/// of the repository `dir` is in.
pub fn read(dir: &str, base: &str, options: &Options) -> Result<Input> {
    if !Path::new(dir).is_dir() {
        bail!("{dir}: --base compares configurations: pass a directory of .tf files");
    }
    let access = options.access(Path::new(dir))?;
    let head = hcl::read(
        Path::new(dir),
        dir,
        &options.variables,
        &access,
        &mut Aws::default(),
    )?;
    let old = if Path::new(base).is_dir() {
        if has_configuration(Path::new(base)) {
            let access = options.access(Path::new(base))?;
            Ok(hcl::read(
                Path::new(base),
                base,
                &options.variables,
                &access,
                &mut Aws::default(),
            )?)
        } else {
            Err(format!("{base} holds no .tf files"))
        }
    } else {
        at_revision(dir, base, options)?
    };
    Ok(match old {
        Ok(old) => combine(old, head, base),
        // Nothing before: a root module a pull request adds, an empty base directory.
        Err(why) => {
            let mut input = combine(Input::default(), head, base);
            input.notes.push(Diagnostic::note(
                None,
                format!("--base {base}: {why}: everything in {dir} is added"),
            ));
            input
        }
    })
}

/// Whether a directory holds a configuration file (`.tf`, `.tf.json`): any entry of that name
/// but a directory counts, so that a link or a FIFO is refused when read (by the access of
/// the read) rather than passed over as "no configuration".
pub(super) fn has_configuration(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.filter_map(Result::ok).any(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            (name.ends_with(".tf") || name.ends_with(".tf.json"))
                && e.file_type().is_ok_and(|t| !t.is_dir())
        })
    })
}

/// The configuration in `dir` as it is at a git revision, exported to a scratch directory; or,
/// when the revision has no configuration there, why (the change adds everything).
fn at_revision(
    dir: &str,
    rev: &str,
    options: &Options,
) -> Result<std::result::Result<Input, String>> {
    // git would read a revision that starts with `-` as an option (`--output=…`): a branch
    // name a pull request chose must never become one. No revision git names starts so.
    if rev.starts_with('-') {
        bail!("--base {rev}: not a revision (a revision does not start with `-`)");
    }
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
    .map_err(|_| anyhow!("--base {rev}: not a revision of the git repository of {dir}"))?;
    let scratch = Scratch::new()?;
    export(&top, rev, &scratch.0, options.limits.file)?;
    let path = scratch.0.join(&prefix);
    if !path.is_dir() {
        return Ok(Err(format!("{dir} does not exist at that revision")));
    }
    if !has_configuration(&path) {
        return Ok(Err(format!("{dir} holds no .tf files at that revision")));
    }
    let display = format!("{rev}:{}", prefix.trim_end_matches('/'));
    // The exported tree is the root: no link in it is followed out of it.
    let access = Access::with_root(&scratch.0, options.limits);
    hcl::read(
        &path,
        &display,
        &options.variables,
        &access,
        &mut Aws::default(),
    )
    .map(Ok)
}

/// Writes the files of the revision `rev` of the repository at `top` under `dir`, as git
/// stores them: `git ls-tree` names them and one `git cat-file --batch` reads them all (git is
/// the only program run; nothing is unpacked by another tool). Nothing is written through a
/// link: a crafted tree can hold a link `a` and a file `a/b.tf`, and that path is refused. A
/// link is written as a link (the access of the read refuses it if it leads out of `dir`); a
/// file over `cap` bytes is written only up to its first `cap + 1` bytes, which the access
/// refuses if the file is read.
fn export(top: &str, rev: &str, dir: &Path, cap: u64) -> Result<()> {
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
    let exported = files.iter().try_for_each(|(object, path, link)| {
        use std::io::{BufRead, Read};
        let mut header = String::new();
        (&mut stdout).take(256).read_line(&mut header).map_err(io)?;
        // "<object> blob <size>"
        let size: u64 = match header.trim_end().split(' ').collect::<Vec<_>>().as_slice() {
            [o, "blob", size] if o == object => size.parse().map_err(|_| failed("git cat-file"))?,
            _ => return Err(failed("git cat-file")),
        };
        let shown = format!("{rev}:{}", path.display());
        let target = dir.join(path);
        parents(dir, path, &shown)?;
        let mut blob = (&mut stdout).take(size);
        if *link {
            // A link's target is a path: no longer than a path may be.
            if size > LINK_MAX {
                return Err(anyhow!(
                    "{shown}: a symbolic link whose target is {size} bytes long: not a path"
                ));
            }
            let mut content = Vec::new();
            blob.read_to_end(&mut content).map_err(io)?;
            symlink(&content, &target).map_err(|e| anyhow!("{shown}: cannot write: {e}"))?;
        } else {
            let mut file = crate::access::create(&target, &shown)?;
            let kept = std::io::copy(&mut (&mut blob).take(cap.saturating_add(1)), &mut file)
                .map_err(|e| anyhow!("{shown}: cannot write: {e}"))?;
            // The rest of a file over the cap is read and dropped.
            std::io::copy(&mut blob, &mut std::io::sink()).map_err(io)?;
            if kept < size.min(cap.saturating_add(1)) {
                return Err(failed("git cat-file"));
            }
        }
        if blob.limit() != 0 {
            return Err(failed("git cat-file"));
        }
        let mut newline = [0; 1];
        stdout.read_exact(&mut newline).map_err(io)
    });
    if exported.is_err() {
        let _ = batch.kill();
    }
    let done = batch.wait().map_err(io);
    let written = writer.join();
    exported?;
    if !matches!(written, Ok(Ok(()))) || !done?.success() {
        return Err(failed("git cat-file failed"));
    }
    Ok(())
}

/// The longest target a link of the tree may have (Linux's `PATH_MAX`).
const LINK_MAX: u64 = 4096;

/// Creates the directories of `path` under `dir` (the scratch tree), refusing a path that
/// goes through a link (a crafted tree holding a link `a` and a file `a/b.tf`) or through a
/// file: nothing is written outside `dir`.
fn parents(dir: &Path, path: &Path, shown: &str) -> Result<()> {
    let mut at = dir.to_path_buf();
    let mut steps = PathBuf::new();
    for step in path.parent().into_iter().flat_map(Path::components) {
        at.push(step);
        steps.push(step);
        match at.symlink_metadata() {
            Ok(meta) if meta.is_dir() => {}
            Ok(meta) if meta.is_symlink() => bail!(
                "{shown}: its directory {} is a symbolic link in this revision: sgaudit writes nothing through a link",
                steps.display()
            ),
            Ok(_) => bail!(
                "{shown}: its directory {} is a file in this revision",
                steps.display()
            ),
            Err(_) => {
                std::fs::create_dir(&at).map_err(|e| anyhow!("{shown}: cannot write: {e}"))?
            }
        }
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
        // Made afresh, never one that was there (nor a link put in its place).
        std::fs::create_dir(&path)
            .map_err(|e| anyhow!("--base: cannot create a scratch directory: {e}"))?;
        Ok(Scratch(path))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The change from `old` to `new`.
fn combine(mut old: Input, mut new: Input, base: &str) -> Input {
    // A VPC's unmanaged default group is known only when the change creates the VPC: the
    // base's are dropped, and so is the work tree's for a VPC the base holds too.
    drop_default_groups(&mut new, |vpc| old.vpcs.contains_key(vpc));
    drop_default_groups(&mut old, |_| true);
    // So are the main route table and default network ACL AWS gives a new VPC.
    super::aws::drop_made_up(&mut new.network_after, |vpc| old.vpcs.contains_key(vpc));
    super::aws::drop_made_up(&mut old.network_after, |_| true);
    let key = |p: &Permission| {
        (
            p.direction,
            p.range.protocol.clone(),
            p.range.ports.clone(),
            p.peer.unmarked().into_owned(),
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
                notes.push(Diagnostic::note(
                    None,
                    format!(
                        "{address}: its inline {d} rules are no longer written; Terraform leaves them in AWS, unmanaged (write `{d} = []` to revoke them)",
                        d = direction.as_str()
                    ),
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
    combine_subnets(&mut old.network_after, &mut new.network_after);
    let vpcs = combine_vpcs(&old, &new);
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
        vpcs,
        interfaces: old.interfaces.into_iter().chain(new.interfaces).collect(),
        workloads,
        network_before: old.network_after,
        network_after: new.network_after,
        before: old.after,
        after: new.after,
        prefix_lists_before: old.prefix_lists_after,
        prefix_lists_after: new.prefix_lists_after,
        prefix_list_sizes_before: old.prefix_list_sizes_after,
        prefix_list_sizes_after: new.prefix_list_sizes_after,
        not_analysed,
        notes,
        errors: old.errors.into_iter().chain(new.errors).collect(),
        secrets: old.secrets.into_iter().chain(new.secrets).collect(),
        // The base's comments do not waive the change: only the work tree's ignores apply.
        ignores: new.ignores,
        drift: Vec::new(),
    }
}

/// Drops the unmanaged default groups (see `model::Group::unmanaged_default_of`) of the VPCs
/// `drop` names, with their permissions.
fn drop_default_groups(input: &mut Input, drop: impl Fn(&str) -> bool) {
    let gone: std::collections::BTreeSet<String> = input
        .groups
        .values()
        .filter(|g| g.unmanaged_default_of.as_deref().is_some_and(&drop))
        .map(|g| g.address.clone())
        .collect();
    if !gone.is_empty() {
        input.groups.retain(|address, _| !gone.contains(address));
        input.after.retain(|p| !gone.contains(&p.group));
    }
}

/// The VPCs of both configurations.
fn combine_vpcs(old: &Input, new: &Input) -> std::collections::BTreeMap<String, crate::model::Vpc> {
    let mut out = new.vpcs.clone();
    for (address, vpc) in out.iter_mut() {
        vpc.lifecycle = match old.vpcs.get(address) {
            None => Lifecycle::Created,
            Some(was) if was.ipv6 == vpc.ipv6 => Lifecycle::Unchanged,
            Some(_) => Lifecycle::Updated,
        };
    }
    for (address, was) in &old.vpcs {
        if !out.contains_key(address) {
            let mut gone = was.clone();
            gone.lifecycle = Lifecycle::Deleted {
                reason: Some("delete_because_no_resource_config".to_owned()),
            };
            out.insert(address.clone(), gone);
        }
    }
    out
}

/// The subnets' lifecycles across both configurations: one the base holds alone is deleted,
/// one the work tree holds alone created, one both hold unchanged unless it differs.
fn combine_subnets(old: &mut crate::model::Network, new: &mut crate::model::Network) {
    for (address, now) in new.subnets.iter_mut() {
        now.lifecycle = match old.subnets.get(address) {
            None => Lifecycle::Created,
            Some(was)
                if (
                    &was.vpc,
                    &was.cidrs,
                    was.map_public_ip_on_launch,
                    was.assign_ipv6_address_on_creation,
                ) == (
                    &now.vpc,
                    &now.cidrs,
                    now.map_public_ip_on_launch,
                    now.assign_ipv6_address_on_creation,
                ) =>
            {
                Lifecycle::Unchanged
            }
            Some(_) => Lifecycle::Updated,
        };
    }
    for (address, was) in old.subnets.iter_mut() {
        was.lifecycle = match new.subnets.get(address) {
            Some(now) => now.lifecycle.clone(),
            None => Lifecycle::Deleted {
                reason: Some("delete_because_no_resource_config".to_owned()),
            },
        };
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

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;

    /// The canary text of a file outside the repository: no message may hold it.
    const CANARY: &str = "canary-b4c2";

    /// Runs git in `dir`, which must succeed; its output.
    fn git(dir: &Path, args: &[&str]) -> String {
        let out = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }

    /// A scratch directory holding `outside/secret` (the canary) and `repo/`, a git
    /// repository whose first commit holds `main.tf`. Returns the directory.
    fn repository(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sgaudit-base-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("repo")).unwrap();
        std::fs::create_dir_all(dir.join("outside")).unwrap();
        std::fs::write(dir.join("outside/secret"), format!("{CANARY} = \"x\"\n")).unwrap();
        let repo = dir.join("repo");
        git(&repo, &["init", "-q"]);
        std::fs::write(
            repo.join("main.tf"),
            "resource \"aws_security_group\" \"web\" {\n  name = \"web\"\n}\n",
        )
        .unwrap();
        git(&repo, &["add", "-A"]);
        git(&repo, &["commit", "-q", "-m", "base"]);
        dir
    }

    /// Commits what the work tree holds; its revision.
    fn commit(repo: &Path) -> String {
        git(repo, &["add", "-A"]);
        git(repo, &["commit", "-q", "-m", "change"]);
        git(repo, &["rev-parse", "HEAD"])
    }

    /// The error of reading `repo` as a change from `rev`, which must fail.
    fn refused(dir: &Path, rev: &str) -> String {
        let repo = dir.join("repo").to_string_lossy().into_owned();
        match read(&repo, rev, &Options::default()) {
            Ok(input) => panic!("read, with errors {:?}", input.errors),
            Err(e) => format!("{e:#}"),
        }
    }

    /// Asserts a message is one line, names `file`, and quotes nothing of the canary nor
    /// the scratch directory the revision was exported to.
    fn names_only(err: &str, file: &str) {
        assert!(err.starts_with(file), "{err}");
        assert!(!err.contains('\n'), "{err}");
        assert!(!err.contains(CANARY), "{err}");
        assert!(!err.contains("sgaudit-base-"), "{err}");
    }

    /// A revision that git would read as an option (a branch a pull request named
    /// `--output=…`) is refused before git runs.
    #[test]
    fn a_revision_never_becomes_an_option_of_git() {
        let dir = repository("dash");
        for rev in ["--output=/tmp/x", "-h"] {
            let err = refused(&dir, rev);
            assert_eq!(
                err,
                format!("--base {rev}: not a revision (a revision does not start with `-`)")
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_base_revision_tf_linked_out_of_the_repository_is_refused() {
        let dir = repository("tf-link");
        let repo = dir.join("repo");
        std::os::unix::fs::symlink(dir.join("outside/secret"), repo.join("secret.tf")).unwrap();
        let rev = commit(&repo);
        // The work tree no longer holds the link: only the base revision does.
        std::fs::remove_file(repo.join("secret.tf")).unwrap();
        commit(&repo);
        let err = refused(&dir, &rev);
        names_only(&err, &format!("{rev}:secret.tf: "));
        assert!(
            err.contains("a symbolic link to outside the repository"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_base_revision_module_linked_to_the_root_of_the_machine_is_refused() {
        let dir = repository("module-root");
        let repo = dir.join("repo");
        std::fs::write(
            repo.join("modules.tf"),
            "module \"m\" {\n  source = \"./m\"\n}\n",
        )
        .unwrap();
        std::os::unix::fs::symlink("/", repo.join("m")).unwrap();
        let rev = commit(&repo);
        std::fs::remove_file(repo.join("m")).unwrap();
        std::fs::remove_file(repo.join("modules.tf")).unwrap();
        commit(&repo);
        let err = refused(&dir, &rev);
        names_only(&err, &format!("{rev}:modules.tf:1:1: "));
        assert!(
            err.contains("module \"m\": source \"./m\" is outside the git repository"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A crafted tree holds a link `a` to a directory outside and a file `a/b.tf`: exporting
    /// it must not write `b.tf` through the link.
    #[test]
    fn a_base_revision_never_writes_through_a_link() {
        let dir = repository("write-through");
        let repo = dir.join("repo");
        let hash = |text: &str| {
            let mut child = Command::new("git")
                .arg("-C")
                .arg(&repo)
                .args(["hash-object", "-w", "--stdin"])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap();
            {
                use std::io::Write;
                child
                    .stdin
                    .take()
                    .unwrap()
                    .write_all(text.as_bytes())
                    .unwrap();
            }
            let out = child.wait_with_output().unwrap();
            String::from_utf8(out.stdout).unwrap().trim().to_owned()
        };
        let mktree = |entries: &str| {
            let mut child = Command::new("git")
                .arg("-C")
                .arg(&repo)
                .arg("mktree")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap();
            {
                use std::io::Write;
                child
                    .stdin
                    .take()
                    .unwrap()
                    .write_all(entries.as_bytes())
                    .unwrap();
            }
            let out = child.wait_with_output().unwrap();
            String::from_utf8(out.stdout).unwrap().trim().to_owned()
        };
        let file = hash(&format!("# {CANARY}\n"));
        let main = hash("locals {\n  x = 1\n}\n");
        let link = hash(&dir.join("outside").to_string_lossy());
        let inner = mktree(&format!("100644 blob {file}\tb.tf\n"));
        let tree = mktree(&format!(
            "120000 blob {link}\ta\n040000 tree {inner}\ta\n100644 blob {main}\tmain.tf\n"
        ));
        let rev = git(&repo, &["commit-tree", "-m", "crafted", &tree]);
        let err = refused(&dir, &rev);
        names_only(&err, &format!("{rev}:a/b.tf: "));
        assert!(err.contains("its directory a is a symbolic link"), "{err}");
        assert!(
            !dir.join("outside/b.tf").exists(),
            "written through the link"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A base directory (`--base DIR`) is read with its own access: a link in it out of its
    /// repository is refused.
    #[test]
    fn a_base_directory_linked_out_is_refused() {
        let dir = repository("base-dir");
        let base = dir.join("repo/old");
        std::fs::create_dir_all(&base).unwrap();
        std::os::unix::fs::symlink(dir.join("outside/secret"), base.join("main.tf")).unwrap();
        let repo = dir.join("repo").to_string_lossy().into_owned();
        let shown = base.to_string_lossy().into_owned();
        let err = match read(&repo, &shown, &Options::default()) {
            Ok(_) => panic!("read"),
            Err(e) => format!("{e:#}"),
        };
        assert!(err.starts_with(&format!("{shown}/main.tf: ")), "{err}");
        assert!(!err.contains(CANARY), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A root module a pull request adds is absent at the base revision, and an empty base
    /// directory holds no configuration: either means nothing before, so everything in the
    /// directory is added, and a note says why (issue 19).
    #[test]
    fn nothing_at_the_base_means_everything_is_added() {
        let dir = repository("new-root");
        let repo = dir.join("repo");
        let base = git(&repo, &["rev-parse", "HEAD"]);
        let stack = repo.join("stacks/new");
        std::fs::create_dir_all(&stack).unwrap();
        std::fs::write(
            stack.join("main.tf"),
            "resource \"aws_security_group\" \"ssh\" {\n  name = \"ssh\"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
        )
        .unwrap();
        commit(&repo);
        let shown = stack.to_string_lossy().into_owned();
        let empty = dir.join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        for (base, why) in [
            (
                base.clone(),
                format!("{shown} does not exist at that revision"),
            ),
            (
                empty.to_string_lossy().into_owned(),
                format!("{} holds no .tf files", empty.display()),
            ),
        ] {
            let input = read(&shown, &base, &Options::default()).unwrap();
            assert!(input.before.is_empty(), "{base}: {:?}", input.before);
            assert_eq!(input.after.len(), 1, "{base}: {:?}", input.after);
            assert_eq!(
                input
                    .groups
                    .get("aws_security_group.ssh")
                    .map(|g| &g.lifecycle),
                Some(&Lifecycle::Created),
                "{base}"
            );
            let notes: Vec<String> = input.notes.iter().map(ToString::to_string).collect();
            assert_eq!(
                notes,
                [format!(
                    "--base {base}: {why}: everything in {shown} is added"
                )]
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
