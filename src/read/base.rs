//! A change between two configurations: a base (a git revision, read through git without
//! touching the work tree, or another directory) and a directory, read as one change, with
//! Terraform's rule that inline rules no longer written are left in AWS rather than revoked.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, anyhow, bail};

use super::aws::Aws;
use super::options::Options;
use super::terraform::hcl;
use crate::access::{Access, Node, Revision, Tree};
use crate::model::{Diagnostic, Input, Lifecycle, Permission, Replacement};

/// Reads the configuration in `dir` as a change from `base`: a directory, or a git revision
/// of the repository `dir` is in.
pub fn read(dir: &str, base: &str, options: &Options) -> Result<Input> {
    if !Path::new(dir).is_dir() {
        bail!("{dir}: --base compares configurations: pass a directory of .tf files");
    }
    let access = options.access(Path::new(dir))?;
    let old = if Path::new(base).is_dir() {
        let loaded = hcl::load(Path::new(dir), dir, &access, None)?;
        let like = hcl::Like::of(&loaded);
        let (head, lent) = hcl::evaluate_lending(
            loaded,
            (Path::new(dir), dir),
            &options.variables,
            (&access, &access),
            &mut Aws::default(),
        )?;
        let old = if has_configuration(Path::new(base)) {
            let access = options.access(Path::new(base))?;
            let loaded = hcl::load(Path::new(base), base, &access, Some(&like))?;
            drop(like);
            Ok(hcl::evaluate_borrowing(
                loaded,
                (Path::new(base), base),
                &options.variables,
                (&access, &access),
                &mut Aws::default(),
                lent,
            )?)
        } else {
            Err(format!("{base} holds no .tf files"))
        };
        (head, old)
    } else {
        at_revision(dir, base, options, &access)?
    };
    Ok(match old {
        (head, Ok(old)) => combine(old, head, base),
        // Nothing before: a root module a pull request adds, an empty base directory.
        (head, Err(why)) => {
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
    holds_configuration(
        dir,
        &Access::with_root(dir, crate::access::Limits::default()),
    )
}

/// `has_configuration` in a tree.
fn holds_configuration(dir: &Path, tree: &dyn Tree) -> bool {
    tree.entries(dir).is_ok_and(|entries| {
        entries.iter().any(|e| {
            let name = e.path.file_name().unwrap_or_default().to_string_lossy();
            (name.ends_with(".tf") || name.ends_with(".tf.json")) && (e.link || !e.dir)
        })
    })
}

/// The configuration in `dir` (read through `access`) and, as it is at the git revision
/// `rev`, the same directory, or why the revision has no configuration there (the change
/// adds everything). The revision is read from git into memory while the work tree is read;
/// the work tree is evaluated on a thread while the revision is loaded (a file whose text both
/// hold is parsed once); then the revision is evaluated, taking from the work tree's
/// evaluation the module instances the two hold the same (see `hcl::Lent`).
fn at_revision(
    dir: &str,
    rev: &str,
    options: &Options,
    access: &Access,
) -> Result<(Input, std::result::Result<Input, String>)> {
    let evaluate_head = |head| {
        hcl::evaluate_lending(
            head,
            (Path::new(dir), dir),
            &options.variables,
            (access, access),
            &mut Aws::default(),
        )
    };
    let (new, old) = std::thread::scope(|s| {
        // The work tree's texts go to the thread reading the revision once loaded: a blob
        // that is one of them is not read from git (see `fetch`).
        let (send, texts) = std::sync::mpsc::channel();
        let fetching = s.spawn(move || revision(dir, rev, options.limits, &texts));
        let head = hcl::load(Path::new(dir), dir, access, None);
        let (evaluating, like) = match head {
            Ok(head) => {
                let like = std::sync::Arc::new(hcl::Like::of(&head));
                // The revision is read without them when that thread has already failed.
                let _ = send.send(like.clone());
                (Ok(s.spawn(|| evaluate_head(head))), Some(like))
            }
            Err(e) => (Err(e), None),
        };
        drop(send);
        let loaded = match (fetching.join(), like) {
            (Ok(Ok(Ok((tree, path, display)))), Some(like)) => {
                let old = hcl::load(&path, &display, &tree, Some(&*like));
                drop(like);
                Ok((old, tree, path, display))
            }
            (Ok(Ok(Err(why))), _) => Err(Ok(why)),
            (Ok(Err(e)), _) => Err(Err(e)),
            (Err(panic), _) => std::panic::resume_unwind(panic),
            // The work tree could not be loaded: its error is the run's.
            (Ok(Ok(Ok(_))), None) => Err(Ok(String::new())),
        };
        let (new, lent) = match evaluating.map(|e| e.join()) {
            Ok(Ok(Ok((new, lent)))) => (Ok(Ok(new)), lent),
            Ok(Ok(Err(e))) => (Ok(Err(e)), None),
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(e) => (Err(e), None),
        };
        let old = loaded.map(|(old, tree, path, display)| {
            old.map(|old| {
                hcl::evaluate_borrowing(
                    old,
                    (&path, &display),
                    &options.variables,
                    (&tree, access),
                    &mut Aws::default(),
                    lent,
                )
            })
        });
        (new, old)
    });
    // The work tree's errors first, as when each was read in turn.
    let new = new??;
    match old {
        Ok(old) => Ok((new, Ok(old??))),
        Err(Ok(why)) => Ok((new, Err(why))),
        Err(Err(e)) => Err(e),
    }
}

/// The git revision `rev` of the repository `dir` is in, in memory: the tree, the path of
/// `dir` in it and how messages name that path; or why the revision has no configuration
/// there.
fn revision(
    dir: &str,
    rev: &str,
    limits: crate::access::Limits,
    texts: &std::sync::mpsc::Receiver<std::sync::Arc<hcl::Like>>,
) -> Result<std::result::Result<(Revision, PathBuf, String), String>> {
    // git would read a revision that starts with `-` as an option (`--output=…`): a branch
    // name a pull request chose must never become one. No revision git names starts so.
    if rev.starts_with('-') {
        bail!("--base {rev}: not a revision (a revision does not start with `-`)");
    }
    // The three questions and the listing of the revision's files are asked of git at once
    // (each git started costs a few milliseconds); the answers are read in turn, so that an
    // error is the one the first failing question gives. `ls-tree --full-tree` names paths
    // from the repository's top wherever it is run.
    let start = |args: &[&str]| -> Result<std::process::Child> {
        Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| format!("--base {rev}: cannot run git"))
    };
    let answer = |child: std::process::Child| -> Result<String> {
        let out = child
            .wait_with_output()
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
    let verify = format!("{rev}^{{tree}}");
    let asked = [
        start(&["rev-parse", "--show-toplevel"]),
        start(&["rev-parse", "--show-prefix"]),
        start(&["rev-parse", "--verify", "--quiet", &verify]),
        start(&["ls-tree", "-r", "-z", "--full-tree", rev]),
    ];
    let [top, prefix, verified, listed] = asked;
    let top = top.and_then(answer).map_err(|_| {
        anyhow!("--base {rev}: {dir} is not in a git repository, and {rev} is not a directory")
    })?;
    let prefix = prefix.and_then(answer)?;
    verified
        .and_then(answer)
        .map_err(|_| anyhow!("--base {rev}: not a revision of the git repository of {dir}"))?;
    let list = listed?
        .wait_with_output()
        .with_context(|| format!("--base {rev}: cannot run git"))?;
    // The work tree's files by their blob ids, once it is loaded (none when it failed).
    let like = texts.recv().ok();
    let known: Known = like
        .iter()
        .flat_map(|l| l.texts())
        .filter_map(|t| Some((blob_id(t.as_bytes())?, t.as_bytes())))
        .collect();
    let tree = fetch(&top, rev, &prefix, (list, limits), &known)?;
    let path = Path::new(&top).join(&prefix);
    // A directory the revision links out of its tree is refused when read.
    let node = tree.follow(&path).map(|(_, node)| node);
    if !matches!(node, Ok(Node::Dir | Node::Beyond)) {
        return Ok(Err(format!("{dir} does not exist at that revision")));
    }
    if node.is_ok_and(|n| n == Node::Dir) && !holds_configuration(&path, &tree) {
        return Ok(Err(format!("{dir} holds no .tf files at that revision")));
    }
    let display = format!("{rev}:{}", prefix.trim_end_matches('/'));
    Ok(Ok((tree, path, display)))
}

/// Texts at hand (the work tree's files) by their git blob ids (see [`blob_id`]).
type Known<'a> = std::collections::HashMap<[u8; 20], &'a [u8]>;

/// The files of the revision `rev` of the repository at `top`, as git stores them, held in
/// memory: `git ls-tree` names them and one `git cat-file --batch` reads the blobs the reader
/// may read (configuration, variable files, module manifests and links; those under `prefix`,
/// the directory read, first), up to the configuration cap in all; a blob past that, or one
/// only a link leads to, is read from git when it is read. A blob whose id is one of `known`'s
/// is those bytes (git names a blob by the hash of its bytes), and is not read from git: a
/// base revision holds mostly the work tree's files. git is the only program run; nothing is
/// written anywhere.
fn fetch(
    top: &str,
    rev: &str,
    prefix: &str,
    (list, limits): (std::process::Output, crate::access::Limits),
    known: &Known,
) -> Result<Revision> {
    let failed = |what: &str| anyhow!("--base {rev}: could not read the revision ({what})");
    if !list.status.success() {
        return Err(failed("git ls-tree failed"));
    }
    // "<mode> <type> <object>\t<path>" per entry; submodules (commits) are not in the tree.
    struct Blob<'a> {
        object: &'a str,
        path: PathBuf,
        link: bool,
    }
    let mut blobs: Vec<Blob> = Vec::new();
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
        // Git's paths are relative and never climb; a crafted tree must not lead elsewhere.
        if !path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        {
            return Err(failed("a path leaves the repository"));
        }
        if kind == "blob" {
            blobs.push(Blob {
                object,
                path,
                link: mode == "120000",
            });
        }
    }
    // What the reader may read (links always: the tree is walked through them), the directory
    // read first; held up to the configuration cap in all.
    let cap = limits.file.saturating_add(1);
    let mut wanted: Vec<usize> = (0..blobs.len())
        .filter(|&i| blobs.get(i).is_some_and(|b| b.link || may_read(&b.path)))
        .collect();
    wanted.sort_by_key(|&i| blobs.get(i).is_none_or(|b| !b.path.starts_with(prefix)));
    let objects: Vec<(&str, u64, Option<&[u8]>)> = wanted
        .iter()
        .filter_map(|&i| {
            blobs.get(i).map(|b| {
                let free = if b.link { LINK_MAX } else { 0 };
                let at_hand = object_id(b.object).and_then(|id| known.get(&id).copied());
                (b.object, free, at_hand)
            })
        })
        .collect();
    let mut contents: Vec<Option<(u64, Option<Vec<u8>>)>> = Vec::new();
    contents.resize_with(blobs.len(), || None);
    let mut budget = limits.configuration;
    for (&i, got) in wanted
        .iter()
        .zip(cat(top, rev, &objects, cap, &mut budget)?)
    {
        if let Some(slot) = contents.get_mut(i) {
            *slot = Some(got);
        }
    }
    let (top_owned, rev_owned) = (top.to_owned(), rev.to_owned());
    let mut tree = Revision::new(
        Path::new(top),
        limits,
        Box::new(move |object| {
            cat(
                &top_owned,
                &rev_owned,
                &[(object, u64::MAX, None)],
                cap,
                &mut 0,
            )?
            .pop()
            .and_then(|(_, bytes)| bytes)
            .ok_or_else(|| anyhow!("--base {rev_owned}: could not read the revision"))
        }),
    );
    for (blob, got) in blobs.iter().zip(contents) {
        let (size, bytes) = got.map_or((None, None), |(size, bytes)| (Some(size), bytes));
        let shown = format!("{rev}:{}", blob.path.display());
        let target = if blob.link {
            // A link's target is a path: no longer than a path may be.
            if let Some(size) = size.filter(|&s| s > LINK_MAX) {
                bail!("{shown}: a symbolic link whose target is {size} bytes long: not a path");
            }
            Some(link_target(bytes.as_deref().unwrap_or_default()))
        } else {
            None
        };
        tree.add(&blob.path, &shown, target, (blob.object, size, bytes))?;
    }
    Ok(tree)
}

/// Whether the reader may read a file of this name: configuration, variable files, the
/// module manifest.
fn may_read(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.ends_with(".tf")
        || name.ends_with(".tf.json")
        || name.ends_with(".tfvars")
        || name == "modules.json"
}

/// Reads the blobs `objects` of the repository at `top` with one `git cat-file --batch`: each
/// one's size (at most `cap`) and its bytes, up to `cap` of them (the rest is read and
/// dropped), when it is no larger than the size given with it (a link's target, a blob read
/// alone) or fits in what is left of `budget`; a blob past that is read and dropped, to be read
/// again if it is read. A blob given with its bytes is not asked of git, and is kept or not
/// as if git had given them (in its turn: the budget is spent in the same order).
fn cat(
    top: &str,
    rev: &str,
    objects: &[(&str, u64, Option<&[u8]>)],
    cap: u64,
    budget: &mut u64,
) -> Result<Vec<(u64, Option<Vec<u8>>)>> {
    use std::io::{BufRead, Read};
    let failed = |what: &str| anyhow!("--base {rev}: could not read the revision ({what})");
    let io = |e: std::io::Error| anyhow!("--base {rev}: could not read the revision: {e}");
    // A blob at hand: its size, and its bytes up to `cap` when kept.
    let at_hand = |bytes: &[u8], free: u64, budget: &mut u64| {
        let kept = (bytes.len() as u64).min(cap);
        let keep = keeps(kept, free, budget);
        let head = usize::try_from(kept).map_or(bytes, |k| bytes.get(..k).unwrap_or(bytes));
        (kept, keep.then(|| head.to_vec()))
    };
    if objects.iter().all(|(_, _, known)| known.is_some()) {
        return Ok(objects
            .iter()
            .map(|&(_, free, known)| at_hand(known.unwrap_or_default(), free, budget))
            .collect());
    }
    let mut batch = Command::new("git")
        // Buffered: written in large pieces, not one write (and one wake-up here) per blob.
        .args(["-C", top, "cat-file", "--batch", "--buffer"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("--base {rev}: cannot run git cat-file"))?;
    let (Some(mut stdin), Some(stdout)) = (batch.stdin.take(), batch.stdout.take()) else {
        return Err(failed("git cat-file"));
    };
    let request: String = objects
        .iter()
        .filter(|(_, _, known)| known.is_none())
        .map(|(o, _, _)| format!("{o}\n"))
        .collect();
    // Written on another thread: git answers while it reads, and a pipe holds little.
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        stdin.write_all(request.as_bytes())
    });
    let mut stdout = std::io::BufReader::with_capacity(1 << 16, stdout);
    let mut out = Vec::with_capacity(objects.len());
    let read = objects.iter().try_for_each(|&(object, free, known)| {
        if let Some(bytes) = known {
            out.push(at_hand(bytes, free, budget));
            return Ok(());
        }
        let mut header = String::new();
        (&mut stdout).take(256).read_line(&mut header).map_err(io)?;
        // "<object> blob <size>"
        let size: u64 = match header.trim_end().split(' ').collect::<Vec<_>>().as_slice() {
            [o, "blob", size] if *o == object => {
                size.parse().map_err(|_| failed("git cat-file"))?
            }
            _ => return Err(failed("git cat-file")),
        };
        let kept = size.min(cap);
        let mut blob = (&mut stdout).take(size);
        let bytes = if keeps(kept, free, budget) {
            let mut bytes = Vec::with_capacity(usize::try_from(kept).unwrap_or(0));
            (&mut blob).take(cap).read_to_end(&mut bytes).map_err(io)?;
            if (bytes.len() as u64) < kept {
                return Err(failed("git cat-file"));
            }
            Some(bytes)
        } else {
            None
        };
        // The rest of a blob over the cap (or past the budget) is read and dropped.
        std::io::copy(&mut blob, &mut std::io::sink()).map_err(io)?;
        if blob.limit() != 0 {
            return Err(failed("git cat-file"));
        }
        out.push((kept, bytes));
        let mut newline = [0; 1];
        stdout.read_exact(&mut newline).map_err(io)
    });
    if read.is_err() {
        let _ = batch.kill();
    }
    let done = batch.wait().map_err(io);
    let written = writer.join();
    read?;
    if !matches!(written, Ok(Ok(()))) || !done?.success() {
        return Err(failed("git cat-file failed"));
    }
    Ok(out)
}

/// Whether [`cat`] keeps a blob's first `kept` bytes: when they are within what the blob is
/// allowed by itself (`free`) or within what is left of `budget`, which they then spend.
fn keeps(kept: u64, free: u64, budget: &mut u64) -> bool {
    if kept <= free {
        return true;
    }
    if kept <= *budget {
        *budget -= kept;
        return true;
    }
    false
}

/// The id git gives a blob of these bytes: the SHA-1 of `blob <size>`, a NUL
/// and the bytes (https://git-scm.com/book/en/v2/Git-Internals-Git-Objects, "Object
/// Storage"). A repository of SHA-256 ids never matches one. Bytes that show the marks of a
/// SHA-1 collision attack (detected as git itself detects them, SHA-1DC:
/// https://github.blog/news-insights/company-news/sha-1-collision-detection-on-github-com/)
/// get no id: a work tree's file crafted to collide with a blob of the revision is not taken
/// for it, and the blob is read from git.
fn blob_id(bytes: &[u8]) -> Option<[u8; 20]> {
    checked_sha1(&[format!("blob {}\0", bytes.len()).as_bytes(), bytes])
}

/// The SHA-1 of these bytes one after the other, unless they show the marks of a collision.
fn checked_sha1(parts: &[&[u8]]) -> Option<[u8; 20]> {
    use sha1_checked::Digest;
    let mut hash = sha1_checked::Sha1::new();
    for part in parts {
        hash.update(part);
    }
    match hash.try_finalize() {
        sha1_checked::CollisionResult::Ok(id) => Some(id.into()),
        _ => None,
    }
}

/// An object id as `git ls-tree` prints it (40 hex digits), as [`blob_id`] gives it; None for
/// another (a repository of SHA-256 ids).
fn object_id(hex: &str) -> Option<[u8; 20]> {
    let mut id = [0; 20];
    if hex.len() != 40 {
        return None;
    }
    for (byte, pair) in id.iter_mut().zip(hex.as_bytes().chunks_exact(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(id)
}

/// The longest target a link of the tree may have (Linux's `PATH_MAX`).
const LINK_MAX: u64 = 4096;

/// A link's target as a path (the blob of a link, as git stores it).
#[cfg(unix)]
fn link_target(to: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(to))
}

/// A link's target as a path (the blob of a link, as git stores it).
#[cfg(not(unix))]
fn link_target(to: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(to).into_owned())
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
    // Each side's permissions by group, found once (not once per group: quadratic).
    fn by_group(after: &[Permission]) -> std::collections::HashMap<&str, Vec<&Permission>> {
        let mut out: std::collections::HashMap<&str, Vec<&Permission>> =
            std::collections::HashMap::new();
        for p in after {
            out.entry(p.group.as_ref()).or_default().push(p);
        }
        out
    }
    let mut notes = Vec::new();
    // Inline rules a group no longer writes stay in AWS, unmanaged (attributes as blocks).
    let old_by_group = by_group(&old.after);
    for (address, was) in &old.groups {
        let Some(now) = new.groups.get(address) else {
            continue;
        };
        for direction in was.manages.iter().filter(|d| !now.manages.contains(d)) {
            let kept: Vec<Permission> = old_by_group
                .get(address.as_str())
                .into_iter()
                .flatten()
                .filter(|p| p.direction == *direction && *p.resource == **address)
                .map(|&p| p.clone())
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
    let new_by_group = by_group(&new.after);
    fn permissions_of<'a, 'p>(
        side: &'a std::collections::HashMap<&str, Vec<&'p Permission>>,
        group: &str,
    ) -> &'a [&'p Permission] {
        side.get(group).map_or(&[], Vec::as_slice)
    }
    let mut groups = std::mem::take(&mut new.groups);
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
                } else if !same_permissions(
                    permissions_of(&old_by_group, address),
                    permissions_of(&new_by_group, address),
                ) {
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

/// Whether two lists of a group's permissions hold the same permissions (direction, protocol,
/// ports and peer, however marked), each once or more, in any order. Two lists in the same
/// order (a group read the same on both sides) are compared as they are, without sorting.
fn same_permissions(was: &[&Permission], now: &[&Permission]) -> bool {
    use crate::model::{Direction, Peer, Ports, Protocol};
    type Key<'p> = (
        Direction,
        &'p Protocol,
        &'p Ports,
        std::borrow::Cow<'p, Peer>,
    );
    fn key<'p>(p: &&'p Permission) -> Key<'p> {
        (
            p.direction,
            &p.range.protocol,
            &p.range.ports,
            p.peer.unmarked(),
        )
    }
    fn set<'p>(side: &[&'p Permission]) -> Vec<Key<'p>> {
        let mut keys: Vec<Key> = side.iter().map(key).collect();
        keys.sort();
        keys.dedup();
        keys
    }
    if was.len() == now.len() && was.iter().map(key).eq(now.iter().map(key)) {
        return true;
    }
    set(was) == set(now)
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
        input.after.retain(|p| !gone.contains(&*p.group));
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

    /// The revision is read in memory: a link within its tree is followed as the file system
    /// would (a module directory and a `.tf` file reached through links), a link that climbs
    /// above its top is refused as one to outside the repository without looking there, and a
    /// file over the cap is refused.
    #[test]
    fn a_base_revision_is_read_in_memory_and_its_links_stay_in_it() {
        let dir = repository("in-memory");
        let repo = dir.join("repo");
        std::fs::create_dir_all(repo.join("shared/sg")).unwrap();
        std::fs::write(
            repo.join("shared/sg/main.tf"),
            "resource \"aws_security_group\" \"linked\" {\n  name = \"linked\"\n}\n",
        )
        .unwrap();
        std::fs::write(
            repo.join("modules.tf"),
            "module \"m\" {\n  source = \"./m\"\n}\n",
        )
        .unwrap();
        std::os::unix::fs::symlink("shared/sg", repo.join("m")).unwrap();
        std::fs::write(repo.join("real.txt"), "locals {\n  x = 1\n}\n").unwrap();
        std::os::unix::fs::symlink("real.txt", repo.join("alias.tf")).unwrap();
        let good = commit(&repo);
        std::os::unix::fs::symlink("../outside/secret", repo.join("secret.tf")).unwrap();
        let out = commit(&repo);
        std::fs::remove_file(repo.join("secret.tf")).unwrap();
        std::fs::write(repo.join("big.tf"), "# ".repeat(600)).unwrap();
        let big = commit(&repo);
        std::fs::remove_file(repo.join("big.tf")).unwrap();
        std::fs::remove_file(repo.join("modules.tf")).unwrap();
        commit(&repo);
        let shown = repo.to_string_lossy().into_owned();
        let input = read(&shown, &good, &Options::default()).unwrap();
        assert!(input.errors.is_empty(), "{:?}", input.errors);
        // The module's group, read through the link at the base, is gone from the work tree.
        assert!(
            matches!(
                input
                    .groups
                    .get("module.m.aws_security_group.linked")
                    .map(|g| &g.lifecycle),
                Some(Lifecycle::Deleted { .. })
            ),
            "{:?}",
            input.groups.keys().collect::<Vec<_>>()
        );
        let err = refused(&dir, &out);
        names_only(&err, &format!("{out}:secret.tf: "));
        assert!(
            err.contains("a symbolic link to outside the repository"),
            "{err}"
        );
        let small = Options {
            limits: crate::access::Limits {
                file: 1000,
                ..crate::access::Limits::default()
            },
            ..Options::default()
        };
        let err = match read(&shown, &big, &small) {
            Ok(_) => panic!("read"),
            Err(e) => format!("{e:#}"),
        };
        assert!(
            err.starts_with(&format!("{big}:big.tf: larger than 1000 bytes")),
            "{err}"
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

    /// The ids [`blob_id`] gives are git's, whatever the length (across the block and
    /// padding boundaries); the two messages of a SHA-1 collision get none.
    #[test]
    fn blob_ids_are_gits() {
        let hex = |id: [u8; 20]| id.iter().map(|b| format!("{b:02x}")).collect::<String>();
        let dir = repository("blob-ids");
        let repo = dir.join("repo");
        for len in [
            0, 1, 9, 46, 47, 48, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 4099,
        ] {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
            let file = repo.join("blob");
            std::fs::write(&file, &bytes).unwrap();
            let git_id = git(&repo, &["hash-object", &file.to_string_lossy()]);
            assert_eq!(
                blob_id(&bytes).map(hex),
                Some(git_id.clone()),
                "{len} bytes"
            );
            assert_eq!(object_id(&git_id), blob_id(&bytes), "{len} bytes");
        }
        assert_eq!(object_id(&"ab".repeat(32)), None, "a SHA-256 id");
        // Two messages of one SHA-1 (testdata/sha1): neither gets an id.
        for file in ["sha-mbles-1.bin", "sha-mbles-2.bin"] {
            let bytes = std::fs::read(Path::new("testdata/sha1").join(file)).unwrap();
            assert_eq!(checked_sha1(&[&bytes]), None, "{file}");
            let (a, b) = bytes.split_at(100);
            assert_eq!(checked_sha1(&[a, b]), None, "{file} in two parts");
        }
        assert!(checked_sha1(&[b"abc"]).is_some());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Blobs at hand (the work tree's texts) read as git gives them: the same sizes and bytes,
    /// cut at the cap, and the budget spent in the same order, whichever are at hand; none at
    /// all asked of git when all are.
    #[test]
    fn blobs_at_hand_read_as_from_git() {
        let dir = repository("at-hand");
        let repo = dir.join("repo");
        let texts: Vec<Vec<u8>> = [10, 300, 50, 700, 20, 300, 5]
            .iter()
            .enumerate()
            .map(|(n, &len)| (0..len).map(|i| b'a' + ((i + n) % 26) as u8).collect())
            .collect();
        let ids: Vec<String> = texts
            .iter()
            .enumerate()
            .map(|(n, t)| {
                let file = repo.join(format!("f{n}"));
                std::fs::write(&file, t).unwrap();
                git(&repo, &["hash-object", "-w", &file.to_string_lossy()])
            })
            .collect();
        let top = repo.to_string_lossy().into_owned();
        for (cap, budget) in [(1000, 10_000), (301, 700), (200, 400), (1000, 0), (60, 100)] {
            for at_hand in [0b0000000, 0b1010101, 0b0101010, 0b1111111] {
                let objects: Vec<(&str, u64, Option<&[u8]>)> = ids
                    .iter()
                    .zip(&texts)
                    .enumerate()
                    .map(|(n, (id, text))| {
                        // One blob is a link's: its own allowance.
                        let free = if n == 2 { LINK_MAX } else { 0 };
                        let known = (at_hand & (1 << n) != 0).then_some(text.as_slice());
                        (id.as_str(), free, known)
                    })
                    .collect();
                let asked: Vec<(&str, u64, Option<&[u8]>)> = objects
                    .iter()
                    .map(|&(o, free, _)| (o, free, None))
                    .collect();
                let (mut left, mut left_asked) = (budget, budget);
                let got = cat(&top, "HEAD", &objects, cap, &mut left).unwrap();
                let from_git = cat(&top, "HEAD", &asked, cap, &mut left_asked).unwrap();
                assert_eq!(got, from_git, "cap {cap}, budget {budget}, {at_hand:b}");
                assert_eq!(left, left_asked, "cap {cap}, budget {budget}, {at_hand:b}");
            }
        }
        // All at hand: git is not asked (a revision of another repository would fail).
        let objects: Vec<(&str, u64, Option<&[u8]>)> = ids
            .iter()
            .zip(&texts)
            .map(|(id, t)| (id.as_str(), 0, Some(t.as_slice())))
            .collect();
        let got = cat("/nonexistent", "HEAD", &objects, 1000, &mut 10_000).unwrap();
        assert_eq!(got.len(), texts.len());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Two sides' permissions of a group are the same when they hold the same permissions,
    /// each once or more, in any order, a network's mark aside; not when one differs.
    #[test]
    fn same_permissions_are_the_same_set() {
        use crate::model::{Direction, Peer, PortRange, Ports, Protocol};
        let permission = |port: u16, net: &str, sensitive: bool| Permission {
            group: "aws_security_group.a".into(),
            resource: "aws_security_group.a".into(),
            direction: Direction::Ingress,
            range: PortRange::new(Protocol::Tcp, Ports::Range(port, port)),
            peer: Peer::Cidr {
                net: net.parse().unwrap(),
                sensitive,
            },
            description: None,
            origin: None,
            ports_ignored: false,
        };
        let a = permission(22, "10.0.0.0/8", false);
        let a_marked = permission(22, "10.0.0.0/8", true);
        let b = permission(443, "0.0.0.0/0", false);
        let c = permission(443, "10.0.0.0/8", false);
        let mut egress = a.clone();
        egress.direction = Direction::Egress;
        let same = [
            (vec![], vec![]),
            (vec![&a, &b], vec![&a, &b]),
            (vec![&a, &b], vec![&b, &a]),
            (vec![&a, &b, &a], vec![&b, &a]),
            (vec![&a, &b], vec![&b, &a_marked]),
            (vec![&a, &a], vec![&a]),
        ];
        for (was, now) in &same {
            assert!(same_permissions(was, now), "{was:?} {now:?}");
            assert!(same_permissions(now, was), "{now:?} {was:?}");
        }
        let differ = [
            (vec![], vec![&a]),
            (vec![&a, &b], vec![&a, &c]),
            (vec![&a, &b], vec![&b, &c]),
            (vec![&a], vec![&egress]),
            (vec![&a, &b], vec![&a, &b, &c]),
            (vec![&a, &a], vec![&a, &b]),
        ];
        for (was, now) in &differ {
            assert!(!same_permissions(was, now), "{was:?} {now:?}");
            assert!(!same_permissions(now, was), "{now:?} {was:?}");
        }
    }
}
