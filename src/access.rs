//! The file-access policy: every file sgaudit reads or writes goes through this module. A file
//! is read only when it is a regular file, only up to a size cap, and, when it lies in the root
//! of the run (the git work tree of the input, else the input's directory), only when its real
//! path (symbolic links followed) lies in the root too. Nothing is written through a symbolic
//! link. SECURITY.md says why: the input may come from a stranger's pull request.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use anyhow::{Result, anyhow, bail};

/// The default cap on a plan or state (`terraform show -json` output): 256 MiB.
pub const PLAN_CAP: u64 = 256 << 20;
/// The default cap on every other file (configuration, tfvars, packs, baselines): 16 MiB.
pub const FILE_CAP: u64 = 16 << 20;
/// The default cap on the `.tf` files of one configuration together, modules included: 64
/// MiB (the 50,000-file benchmark tree is 45 MB; evaluated, a configuration takes tens of
/// times its size in memory, more than a plan of the same size).
pub const CONFIGURATION_CAP: u64 = 64 << 20;

/// How much sgaudit reads of one file, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// A plan or state, from a file or standard input.
    pub plan: u64,
    /// Any other file.
    pub file: u64,
    /// The `.tf` and `.tf.json` files of one configuration together, modules included.
    pub configuration: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            plan: PLAN_CAP,
            file: FILE_CAP,
            configuration: CONFIGURATION_CAP,
        }
    }
}

/// Which cap a read is charged to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A plan or state (`--max-plan-size`).
    Plan,
    /// Configuration, tfvars, packs, baselines, findings files (`--max-file-size`).
    File,
}

/// The root of a run and its caps: what may be read.
#[derive(Clone, Debug)]
pub struct Access {
    /// Canonical.
    root: PathBuf,
    limits: Limits,
    /// What the root is: messages say which boundary was crossed.
    boundary: Boundary,
}

/// What the root of a run is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boundary {
    /// A git repository's tree: a work tree, or a revision exported from one.
    Repository,
    /// The input's directory: there is no git repository around it.
    Directory,
    /// The directory the user named with `--root`.
    Given,
}

impl Access {
    /// The access of a run on `input` (a file, a directory, or `-` for standard input): its
    /// root is the git work tree the input is in, else the input's directory (the working
    /// directory for standard input).
    pub fn for_input(input: &Path, limits: Limits) -> Access {
        let dir = if input == Path::new("-") {
            PathBuf::from(".")
        } else if input.is_dir() {
            input.to_path_buf()
        } else {
            match input.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            }
        };
        // The work tree is looked for along the path as written, among the directories it
        // reaches through no link: a directory of a pull request linked to another checkout,
        // or to `/`, must not become the root (it is then a link out of the root, and refused
        // as one). Only where links lie above every repository on the path (a home directory
        // linked elsewhere, typed by the user) is the real path searched instead.
        let written = absolute(&dir);
        let real = dir.canonicalize().unwrap_or_else(|_| written.clone());
        let tree = written
            .ancestors()
            .filter(|a| a.canonicalize().is_ok_and(|c| c == *a))
            .find(|a| has_git(a))
            .map(Path::to_path_buf)
            .or_else(|| work_tree(&real));
        let boundary = if tree.is_some() {
            Boundary::Repository
        } else {
            Boundary::Directory
        };
        let root = tree.unwrap_or(real);
        Access {
            root,
            limits,
            boundary,
        }
    }

    /// The access of a run on `input` whose root the user may name (`--root DIR`, which must
    /// hold the input); without it, as `for_input` finds it.
    pub fn for_input_under(input: &Path, limits: Limits, root: Option<&Path>) -> Result<Access> {
        let Some(given) = root else {
            return Ok(Access::for_input(input, limits));
        };
        let shown = given.display();
        let root = given
            .canonicalize()
            .map_err(|e| anyhow!("--root {shown}: cannot read directory: {}", plain(&e)))?;
        if !root.is_dir() {
            bail!("--root {shown}: not a directory");
        }
        let held = input == Path::new("-")
            || absolute(input).starts_with(&root)
            || input.canonicalize().is_ok_and(|c| c.starts_with(&root));
        if !held {
            bail!(
                "--root {shown}: does not hold the input {}",
                input.display()
            );
        }
        Ok(Access {
            root,
            limits,
            boundary: Boundary::Given,
        })
    }

    /// The access of a tree whose root is `root` (a base revision exported to a scratch
    /// directory: a repository's tree).
    pub fn with_root(root: &Path, limits: Limits) -> Access {
        let root = root.canonicalize().unwrap_or_else(|_| absolute(root));
        Access {
            root,
            limits,
            boundary: Boundary::Repository,
        }
    }

    /// What the root is.
    pub fn boundary(&self) -> Boundary {
        self.boundary
    }

    /// The root (canonical): nothing is read from outside it through a link inside it.
    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// The cap of a kind of file.
    pub fn cap(&self, kind: Kind) -> u64 {
        match kind {
            Kind::Plan => self.limits.plan,
            Kind::File => self.limits.file,
        }
    }

    /// Whether a path lies in the root as written (`..` steps resolved as text): such a path
    /// is held to the root, whatever its links say. A path outside it was named by the user
    /// (`--baseline /tmp/b.json`) and is read where it is.
    pub fn within(&self, path: &Path) -> bool {
        absolute(path).starts_with(&self.root)
    }

    /// The real path of `path` (named `shown` in messages), refused when `path` lies in the
    /// root and a symbolic link takes it outside, or when a link cannot be followed.
    pub fn resolve(&self, path: &Path, shown: &str) -> Result<PathBuf> {
        let real = match path.canonicalize() {
            Ok(real) => real,
            Err(e) => {
                let link = path.symlink_metadata().is_ok_and(|m| m.is_symlink());
                if link && e.raw_os_error() == Some(ELOOP) {
                    bail!("{shown}: a symbolic link loop: sgaudit cannot read it");
                }
                if link {
                    bail!("{shown}: a symbolic link to nothing (its target is missing)");
                }
                bail!("{shown}: cannot read: {}", plain(&e));
            }
        };
        if self.within(path) && !real.starts_with(&self.root) {
            bail!(
                "{shown}: a symbolic link to outside the repository: sgaudit reads nothing outside {}",
                self.shown_root()
            );
        }
        Ok(real)
    }

    /// Reads a file whole, as `resolve` allows, when it is a regular file of at most the cap
    /// of its kind. A FIFO, a socket or a device is refused without waiting on it.
    pub fn read(&self, path: &Path, shown: &str, kind: Kind) -> Result<Vec<u8>> {
        let (file, _, size) = self.open(path, shown)?;
        self.fits(shown, kind, size)?;
        read_capped(
            shown,
            Vec::new(),
            file,
            (self.cap(kind), kind),
            size,
            cannot_read(shown),
        )
    }

    /// Opens a file as `read` allows (resolved, a regular file), for a reader that looks at
    /// its first bytes before it asks `fits` and reads the rest through `read_capped`: the
    /// open file, its real path and its size.
    pub fn open(&self, path: &Path, shown: &str) -> Result<(std::fs::File, PathBuf, u64)> {
        let real = self.resolve(path, shown)?;
        let file = open_read(&real).map_err(|e| match std::fs::metadata(&real) {
            // A socket cannot be opened at all: say what it is rather than why open failed.
            Ok(meta) if !meta.is_file() => anyhow!(
                "{shown}: not a regular file ({}): sgaudit reads only regular files",
                file_kind(&meta)
            ),
            _ => anyhow!("{shown}: cannot read: {}", plain(&e)),
        })?;
        let meta = file
            .metadata()
            .map_err(|e| anyhow!("{shown}: cannot read: {}", plain(&e)))?;
        if !meta.is_file() {
            bail!(
                "{shown}: not a regular file ({}): sgaudit reads only regular files",
                file_kind(&meta)
            );
        }
        Ok((file, real, meta.len()))
    }

    /// Refuses a file of `size` bytes over the cap of its kind.
    pub fn fits(&self, shown: &str, kind: Kind, size: u64) -> Result<()> {
        let cap = self.cap(kind);
        if size > cap {
            bail!("{shown}: {}", over_cap(kind, cap));
        }
        Ok(())
    }

    /// Reads a UTF-8 text file (configuration, tfvars, packs, baselines) as `read` does.
    pub fn read_text(&self, path: &Path, shown: &str) -> Result<String> {
        utf8(shown, Access::read(self, path, shown, Kind::File)?)
    }

    /// A path as messages name it: relative to the working directory when it lies under it
    /// (the access policy is where sgaudit meets the process's file system).
    pub fn shown(&self, path: &Path) -> PathBuf {
        let cwd = std::env::current_dir().and_then(|d| d.canonicalize()).ok();
        cwd.as_deref()
            .and_then(|cwd| path.strip_prefix(cwd).ok())
            .map_or_else(|| path.to_path_buf(), Path::to_path_buf)
    }

    /// The root as messages name it: relative to the working directory when under it.
    fn shown_root(&self) -> String {
        let cwd = std::env::current_dir().and_then(|d| d.canonicalize()).ok();
        match cwd.as_deref().and_then(|c| self.root.strip_prefix(c).ok()) {
            Some(rel) if rel.as_os_str().is_empty() => "the working directory".to_owned(),
            Some(rel) => rel.display().to_string(),
            None => "the repository".to_owned(),
        }
    }
}

/// What a path names, its links followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Node {
    /// A regular file.
    File,
    /// A directory.
    Dir,
    /// Anything else: a FIFO, a socket, a device.
    Other,
    /// Outside a tree held in memory (a revision's link that leaves it, or `..` above its
    /// top): nothing is known of it, and nothing is read there.
    Beyond,
}

/// One entry of a directory.
#[derive(Clone, Debug)]
pub struct Entry {
    pub path: PathBuf,
    /// A symbolic link.
    pub link: bool,
    /// A directory, or a link to one.
    pub dir: bool,
}

/// The files a configuration is read from, as the `.tf` loader sees them: the work tree (an
/// `Access`: the file system through the policy above) or a git revision held in memory (a
/// `Revision`). The loader asks only these questions, so both answer them alike: a link is
/// followed only within the root, a file is read only when it is a regular one within its
/// cap, and every refusal is the same one-line error.
pub trait Tree: Sync {
    /// The root, what it is and the caps.
    fn access(&self) -> &Access;
    /// The real path of `path` and what it names, links followed (as `canonicalize`).
    fn follow(&self, path: &Path) -> std::io::Result<(PathBuf, Node)>;
    /// Whether anything, a link to nothing included, is at `path` (no link followed).
    fn exists(&self, path: &Path) -> bool;
    /// The size of the regular file at `path` (links followed), if it is one.
    fn size(&self, path: &Path) -> Option<u64>;
    /// The entries of the directory `dir` (a real path), in no order.
    fn entries(&self, dir: &Path) -> std::io::Result<Vec<Entry>>;
    /// A file's bytes (named `shown` in messages), as `Access::read` reads a `Kind::File`.
    fn read(&self, path: &Path, shown: &str) -> Result<Vec<u8>>;

    /// A file `entries` listed in a real directory within the root (`link`: whether the entry
    /// is a link), read as `read` reads it: an entry that is not a link needs no resolving.
    fn read_entry(&self, path: &Path, link: bool, shown: &str) -> Result<Vec<u8>> {
        let _ = link;
        self.read(path, shown)
    }

    /// A UTF-8 text file, as `Access::read_text` reads one.
    fn read_text(&self, path: &Path, shown: &str) -> Result<String> {
        utf8(shown, self.read(path, shown)?)
    }
}

/// The work tree: the file system, through the access policy.
impl Tree for Access {
    fn access(&self) -> &Access {
        self
    }

    fn follow(&self, path: &Path) -> std::io::Result<(PathBuf, Node)> {
        let real = path.canonicalize()?;
        let meta = std::fs::metadata(&real)?;
        let node = if meta.is_file() {
            Node::File
        } else if meta.is_dir() {
            Node::Dir
        } else {
            Node::Other
        };
        Ok((real, node))
    }

    fn exists(&self, path: &Path) -> bool {
        path.symlink_metadata().is_ok()
    }

    fn size(&self, path: &Path) -> Option<u64> {
        std::fs::metadata(path)
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map(|m| m.len())
    }

    fn entries(&self, dir: &Path) -> std::io::Result<Vec<Entry>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            let (link, dir) = entry.file_type().map_or((false, false), |t| {
                let link = t.is_symlink();
                (
                    link,
                    t.is_dir() || (link && std::fs::metadata(&path).is_ok_and(|m| m.is_dir())),
                )
            });
            out.push(Entry { path, link, dir });
        }
        Ok(out)
    }

    fn read(&self, path: &Path, shown: &str) -> Result<Vec<u8>> {
        Access::read(self, path, shown, Kind::File)
    }

    /// Opened without following a link (a link put there since it was listed is not opened);
    /// a regular file within the cap is read, and anything else is read by `read`, which says
    /// why it is refused.
    fn read_entry(&self, path: &Path, link: bool, shown: &str) -> Result<Vec<u8>> {
        if !link
            && let Ok(file) = open_entry(path)
            && let Ok(meta) = file.metadata()
            && meta.is_file()
            && meta.len() <= self.limits.file
        {
            return read_capped(
                shown,
                Vec::new(),
                file,
                (self.limits.file, Kind::File),
                meta.len(),
                cannot_read(shown),
            );
        }
        Access::read(self, path, shown, Kind::File)
    }
}

/// Opens a directory's entry to read, never through a link, without blocking on a FIFO.
fn open_entry(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options.open(path)
}

/// A git revision's tree held in memory (`--base REV`): its paths, links and the blobs the
/// reader may read, as git stores them; nothing of it is written anywhere. Its root is the
/// repository's top, used as a name only: every question is answered from memory. A link is
/// followed within the tree as the file system would follow it (`..` resolved on the real
/// path, at most 40 links in a row); one that leaves the tree (an absolute target, `..` above
/// the top) leads `Beyond`, and nothing is read there. A blob over the file cap is held only
/// up to its first `cap + 1` bytes, which is enough to refuse it.
pub struct Revision {
    access: Access,
    /// Relative path → what git holds there; the top is `""`, a directory. Keyed by the
    /// path's bytes, always spelled as its `Normal` steps joined from `""` (as `add` and
    /// `walk` build them), so that bytes are equal exactly when steps are (a `PathBuf` hashes
    /// step by step, several times the cost).
    nodes: std::collections::HashMap<std::ffi::OsString, Held>,
    /// Relative directory (spelled so) → the names in it.
    children: std::collections::HashMap<std::ffi::OsString, Vec<std::ffi::OsString>>,
    /// Fetches a blob not held (by its object id), up to `cap + 1` bytes.
    fetch: Fetch,
}

/// Reads a blob of a revision that its tree does not hold the bytes of, by its object id.
pub type Fetch = Box<dyn Fn(&str) -> Result<Vec<u8>> + Send + Sync>;

/// What a revision holds at a path.
enum Held {
    Dir,
    /// A symbolic link and its target, as git stores it.
    Link(PathBuf),
    /// A file: its object, its size (at most `cap + 1`: what is held of it; None: not known
    /// until it is fetched) and its bytes when fetched with the tree.
    Blob {
        object: String,
        size: Option<u64>,
        bytes: Option<Vec<u8>>,
    },
}

/// Where a walk through a revision's tree ends.
enum Walked {
    At(PathBuf),
    Beyond,
}

/// How many links a walk follows in a row before it is a loop (Linux's `MAXSYMLINKS`).
const MAX_LINKS: usize = 40;

impl Revision {
    /// An empty tree whose root is `top` (a name), with these caps; `fetch` reads a blob the
    /// tree was not given the bytes of.
    pub fn new(top: &Path, limits: Limits, fetch: Fetch) -> Revision {
        let mut nodes = std::collections::HashMap::new();
        nodes.insert(std::ffi::OsString::new(), Held::Dir);
        Revision {
            access: Access {
                root: absolute(top),
                limits,
                boundary: Boundary::Repository,
            },
            nodes,
            children: std::collections::HashMap::new(),
            fetch,
        }
    }

    /// Adds the entry at `path` (relative, `Normal` steps only; named `shown` in messages):
    /// a link to `target`, or a file of `size` bytes when known (`bytes`, up to `cap + 1` of
    /// them, when fetched). Its directories are made; a path through a link or a file, or named twice,
    /// is refused (git never makes such a tree: it is crafted).
    pub fn add(
        &mut self,
        path: &Path,
        shown: &str,
        target: Option<PathBuf>,
        (object, size, bytes): (&str, Option<u64>, Option<Vec<u8>>),
    ) -> Result<()> {
        let mut at = PathBuf::new();
        for step in path.parent().into_iter().flat_map(Path::components) {
            let parent = at.clone();
            at.push(step);
            match self.nodes.get(at.as_os_str()) {
                Some(Held::Dir) => {}
                Some(Held::Link(_)) => bail!(
                    "{shown}: its directory {} is a symbolic link in this revision: sgaudit follows no path of a tree through a link",
                    at.display()
                ),
                Some(Held::Blob { .. }) => {
                    bail!(
                        "{shown}: its directory {} is a file in this revision",
                        at.display()
                    )
                }
                None => {
                    self.nodes.insert(at.as_os_str().to_owned(), Held::Dir);
                    self.children
                        .entry(parent.into_os_string())
                        .or_default()
                        .push(step.as_os_str().to_owned());
                }
            }
        }
        // The path spelled as its steps from the top (`at` is its directory's).
        let key = match path.file_name() {
            Some(name) => at.join(name),
            None => path.to_path_buf(),
        };
        if self.nodes.contains_key(key.as_os_str()) {
            bail!("{shown}: named twice in this revision");
        }
        let held = match target {
            Some(target) => Held::Link(target),
            None => Held::Blob {
                object: object.to_owned(),
                size: size.map(|s| s.min(self.access.limits.file.saturating_add(1))),
                bytes,
            },
        };
        self.nodes.insert(key.into_os_string(), held);
        if let Some(name) = path.file_name() {
            self.children
                .entry(at.into_os_string())
                .or_default()
                .push(name.to_owned());
        }
        Ok(())
    }

    /// Walks `path` (under the root as written) through the tree, following links (the last
    /// step's too when `last`): where it ends, or the error the file system would give.
    fn walk(&self, path: &Path, last: bool) -> std::io::Result<Walked> {
        enum Step {
            Up,
            Name(std::ffi::OsString),
        }
        fn steps(path: &Path, out: &mut Vec<Step>) {
            let mut new: Vec<Step> = path
                .components()
                .filter_map(|c| match c {
                    Component::ParentDir => Some(Step::Up),
                    Component::Normal(n) => Some(Step::Name(n.to_owned())),
                    _ => None,
                })
                .collect();
            new.reverse();
            out.extend(new);
        }
        let Ok(relative) = path.strip_prefix(&self.access.root) else {
            return Ok(Walked::Beyond);
        };
        let mut todo = Vec::new();
        steps(relative, &mut todo);
        let mut at = PathBuf::new();
        let mut file = false;
        let mut links = 0;
        while let Some(step) = todo.pop() {
            if file {
                return Err(os_error(NOT_DIR));
            }
            match step {
                Step::Up => {
                    if !at.pop() {
                        return Ok(Walked::Beyond);
                    }
                }
                Step::Name(name) => {
                    let next = at.join(&name);
                    match self.nodes.get(next.as_os_str()) {
                        None => return Err(os_error(NOT_FOUND)),
                        Some(Held::Dir) => at = next,
                        Some(Held::Blob { .. }) => {
                            at = next;
                            file = true;
                        }
                        Some(Held::Link(_)) if todo.is_empty() && !last => at = next,
                        Some(Held::Link(target)) => {
                            links += 1;
                            if links > MAX_LINKS {
                                return Err(os_error(ELOOP));
                            }
                            if target.has_root() {
                                return Ok(Walked::Beyond);
                            }
                            if target.as_os_str().is_empty() {
                                return Err(os_error(NOT_FOUND));
                            }
                            steps(target, &mut todo);
                        }
                    }
                }
            }
        }
        Ok(Walked::At(at))
    }

    /// Whether the entry at `path` is itself a link.
    fn is_link(&self, path: &Path) -> bool {
        match self.walk(path, false) {
            Ok(Walked::At(at)) => matches!(self.nodes.get(at.as_os_str()), Some(Held::Link(_))),
            _ => false,
        }
    }
}

impl Tree for Revision {
    fn access(&self) -> &Access {
        &self.access
    }

    fn follow(&self, path: &Path) -> std::io::Result<(PathBuf, Node)> {
        Ok(match self.walk(path, true)? {
            Walked::Beyond => (PathBuf::new(), Node::Beyond),
            Walked::At(at) => {
                let node = match self.nodes.get(at.as_os_str()) {
                    Some(Held::Blob { .. }) => Node::File,
                    _ => Node::Dir,
                };
                (self.access.root.join(at), node)
            }
        })
    }

    fn exists(&self, path: &Path) -> bool {
        matches!(self.walk(path, false), Ok(Walked::At(_)))
    }

    fn size(&self, path: &Path) -> Option<u64> {
        match self.walk(path, true) {
            Ok(Walked::At(at)) => match self.nodes.get(at.as_os_str()) {
                Some(Held::Blob {
                    size: Some(size), ..
                }) => Some(*size),
                // Not fetched with the tree (a file only a link leads to): fetched to be weighed.
                Some(Held::Blob { object, .. }) => {
                    (self.fetch)(object).ok().map(|b| b.len() as u64)
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn entries(&self, dir: &Path) -> std::io::Result<Vec<Entry>> {
        let at = match self.walk(dir, true)? {
            Walked::At(at) if matches!(self.nodes.get(at.as_os_str()), Some(Held::Dir)) => at,
            Walked::At(_) => return Err(os_error(NOT_DIR)),
            Walked::Beyond => return Err(os_error(NOT_FOUND)),
        };
        let names = self
            .children
            .get(at.as_os_str())
            .map_or(&[][..], Vec::as_slice);
        Ok(names
            .iter()
            .map(|name| {
                let path = dir.join(name);
                let held = self.nodes.get(at.join(name).as_os_str());
                let link = matches!(held, Some(Held::Link(_)));
                let dir = matches!(held, Some(Held::Dir))
                    || (link && matches!(self.follow(&path), Ok((_, Node::Dir))));
                Entry { path, link, dir }
            })
            .collect())
    }

    fn read(&self, path: &Path, shown: &str) -> Result<Vec<u8>> {
        let at = match self.walk(path, true) {
            Ok(Walked::At(at)) => at,
            Ok(Walked::Beyond) => bail!(
                "{shown}: a symbolic link to outside the repository: sgaudit reads nothing outside the repository"
            ),
            Err(e) => {
                let link = self.is_link(path);
                if link && e.raw_os_error() == Some(ELOOP) {
                    bail!("{shown}: a symbolic link loop: sgaudit cannot read it");
                }
                if link {
                    bail!("{shown}: a symbolic link to nothing (its target is missing)");
                }
                bail!("{shown}: cannot read: {}", plain(&e));
            }
        };
        let Some(Held::Blob {
            object,
            size,
            bytes,
        }) = self.nodes.get(at.as_os_str())
        else {
            bail!("{shown}: not a regular file (a directory): sgaudit reads only regular files");
        };
        if let Some(size) = size {
            self.access.fits(shown, Kind::File, *size)?;
        }
        let bytes = match bytes {
            Some(bytes) => bytes.clone(),
            None => (self.fetch)(object)?,
        };
        self.access.fits(shown, Kind::File, bytes.len() as u64)?;
        Ok(bytes)
    }
}

/// An error of the file system, by its number (as the kernel would give it).
fn os_error(code: i32) -> std::io::Error {
    if code < 0 {
        std::io::Error::other("cannot follow the path")
    } else {
        std::io::Error::from_raw_os_error(code)
    }
}

#[cfg(unix)]
const NOT_FOUND: i32 = libc::ENOENT;
#[cfg(not(unix))]
const NOT_FOUND: i32 = -1;
#[cfg(unix)]
const NOT_DIR: i32 = libc::ENOTDIR;
#[cfg(not(unix))]
const NOT_DIR: i32 = -1;

/// A file's bytes as UTF-8 text, or an error at the first byte that is not.
fn utf8(shown: &str, bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let (line, column) = line_column(e.as_bytes(), offset);
        anyhow!("{shown}:{line}:{column}: not UTF-8 text")
    })
}

/// Reads the rest of `input` after `head` (its first bytes, already read), at most `cap`
/// bytes in all (about `size`; 0: unknown): past the cap, an error, and an endless stream ends
/// there. A read error is `cannot`'s.
pub fn read_capped(
    shown: &str,
    mut bytes: Vec<u8>,
    input: impl Read,
    (cap, kind): (u64, Kind),
    size: u64,
    cannot: impl Fn(std::io::Error) -> anyhow::Error,
) -> Result<Vec<u8>> {
    let over = || anyhow!("{shown}: {}", over_cap(kind, cap));
    let have = bytes.len() as u64;
    if have > cap {
        return Err(over());
    }
    let size = usize::try_from(size.min(cap).saturating_sub(have)).unwrap_or(0);
    bytes.reserve_exact(size.saturating_add(1));
    input
        .take(cap.saturating_add(1).saturating_sub(have))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > cap {
        return Err(over());
    }
    Ok(bytes)
}

/// How a file that cannot be read is said: `shown: cannot read: why`.
pub fn cannot_read(shown: &str) -> impl Fn(std::io::Error) -> anyhow::Error + '_ {
    move |e| anyhow!("{shown}: cannot read: {}", plain(&e))
}

/// Why a file over its cap is refused, and the flag that raises the cap.
pub fn over_cap(kind: Kind, cap: u64) -> String {
    let (what, flag) = match kind {
        Kind::Plan => ("a plan or state", "--max-plan-size"),
        Kind::File => ("a file", "--max-file-size"),
    };
    format!(
        "larger than {}, the most sgaudit reads of {what} (raise it with {flag})",
        size_label(cap)
    )
}

/// A cap as people read it: `256 MiB`, `4 KiB`, `1000 bytes` (the flags take any number of
/// bytes).
pub fn size_label(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes.is_multiple_of(1 << 10) {
        format!("{} KiB", bytes >> 10)
    } else if bytes == 1 {
        "1 byte".to_owned()
    } else {
        format!("{bytes} bytes")
    }
}

/// Creates (or empties) a file to write: never through a symbolic link, never into a FIFO,
/// a device or anything but a regular file.
pub fn create(path: &Path, shown: &str) -> Result<std::fs::File> {
    if let Ok(meta) = path.symlink_metadata() {
        if meta.is_symlink() {
            bail!("{shown}: a symbolic link: sgaudit writes nothing through a link");
        }
        if !meta.is_file() {
            bail!(
                "{shown}: not a regular file ({}): sgaudit writes only regular files",
                file_kind(&meta)
            );
        }
    }
    open_write(path).map_err(|e| anyhow!("{shown}: cannot write: {}", plain(&e)))
}

/// Writes a whole file as `create` allows.
pub fn write(path: &Path, shown: &str, contents: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut file = create(path, shown)?;
    file.write_all(contents)
        .map_err(|e| anyhow!("{shown}: cannot write: {}", plain(&e)))
}

/// The 1-based line and column (in bytes) of an offset into a file's bytes.
pub(crate) fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.len()
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, column)
}

/// What a file that is not a regular file is.
fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    if t.is_dir() {
        "a directory"
    } else if t.is_symlink() {
        "a symbolic link"
    } else {
        "not a file"
    }
}

/// An I/O error without its `(os error N)` suffix.
pub fn plain(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(at) => text.get(..at).unwrap_or(&text).to_owned(),
        None => text,
    }
}

#[cfg(unix)]
const ELOOP: i32 = libc::ELOOP;
#[cfg(not(unix))]
const ELOOP: i32 = -1;

/// Opens a file to read without blocking on a FIFO (its kind is checked once open).
fn open_read(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Opens a file to write, refusing a link put there since it was looked at, and without
/// blocking on a FIFO.
fn open_write(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options.open(path)
}

/// The top of the git work tree `dir` (canonical) is in: the nearest directory holding `.git`
/// (a directory, or a file in a linked work tree or a submodule).
fn work_tree(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().find(|d| has_git(d)).map(Path::to_path_buf)
}

/// Whether a directory is the top of a git work tree.
fn has_git(dir: &Path) -> bool {
    dir.join(".git").symlink_metadata().is_ok()
}

/// `path` made absolute against the working directory, its `.` and `..` steps resolved as
/// text.
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        let cwd = std::env::current_dir()
            .and_then(|d| d.canonicalize())
            .unwrap_or_default();
        cwd.join(path)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sgaudit-access-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("repo/.git")).unwrap();
        std::fs::create_dir_all(dir.join("outside")).unwrap();
        std::fs::write(dir.join("outside/secret"), "canary-secret\n").unwrap();
        dir
    }

    #[test]
    fn the_root_is_the_work_tree_else_the_input_directory() {
        let dir = scratch("root");
        std::fs::create_dir_all(dir.join("repo/env/prod")).unwrap();
        let access = Access::for_input(&dir.join("repo/env/prod"), Limits::default());
        assert_eq!(access.root(), dir.join("repo").canonicalize().unwrap());
        // A directory of the repository linked to another checkout (or to `/`) does not
        // make that checkout the root: it stays the repository's, which the link leaves.
        std::fs::create_dir_all(dir.join("other/.git")).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.join("other"), dir.join("repo/infra")).unwrap();
            std::os::unix::fs::symlink("/", dir.join("repo/slash")).unwrap();
            for linked in ["infra", "slash"] {
                let access = Access::for_input(&dir.join("repo").join(linked), Limits::default());
                assert_eq!(access.root(), dir.join("repo").canonicalize().unwrap());
                assert!(
                    !dir.join("repo")
                        .join(linked)
                        .canonicalize()
                        .unwrap()
                        .starts_with(access.root())
                );
            }
        }
        std::fs::write(dir.join("outside/plan.json"), "{}").unwrap();
        let access = Access::for_input(&dir.join("outside/plan.json"), Limits::default());
        assert_eq!(access.root(), dir.join("outside").canonicalize().unwrap());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_root_given_must_hold_the_input() {
        let dir = scratch("given");
        std::fs::create_dir_all(dir.join("repo/env")).unwrap();
        let access =
            Access::for_input_under(&dir.join("repo/env"), Limits::default(), Some(&dir)).unwrap();
        assert_eq!(access.root(), dir.canonicalize().unwrap());
        assert_eq!(access.boundary(), Boundary::Given);
        let err = Access::for_input_under(
            &dir.join("repo/env"),
            Limits::default(),
            Some(&dir.join("outside")),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("does not hold the input"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_root_is_refused_and_not_quoted() {
        let dir = scratch("link");
        let repo = dir.join("repo");
        std::os::unix::fs::symlink(dir.join("outside/secret"), repo.join("main.tf")).unwrap();
        std::os::unix::fs::symlink("../outside", repo.join("modules")).unwrap();
        std::os::unix::fs::symlink("loop.tf", repo.join("loop.tf")).unwrap();
        std::fs::write(repo.join("inside.tf"), "x").unwrap();
        std::os::unix::fs::symlink("inside.tf", repo.join("alias.tf")).unwrap();
        let access = Access::for_input(&repo, Limits::default());
        for (name, expected) in [
            ("main.tf", "a symbolic link to outside the repository"),
            (
                "modules/secret",
                "a symbolic link to outside the repository",
            ),
            ("loop.tf", "a symbolic link loop"),
        ] {
            let err = access
                .read(&repo.join(name), name, Kind::File)
                .unwrap_err()
                .to_string();
            assert!(err.starts_with(&format!("{name}: {expected}")), "{err}");
            assert!(
                !err.contains("canary") && !err.contains("outside/"),
                "{err}"
            );
        }
        // A link within the root is followed; a file named outside the root is read.
        assert_eq!(
            access
                .read(&repo.join("alias.tf"), "alias.tf", Kind::File)
                .unwrap(),
            b"x"
        );
        assert!(
            access
                .read(&dir.join("outside/secret"), "secret", Kind::File)
                .is_ok()
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_within_the_cap_are_read() {
        let dir = scratch("kinds");
        let repo = dir.join("repo");
        let fifo = repo.join("findings.txt");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let access = Access::for_input(
            &repo,
            Limits {
                plan: 8,
                file: 4,
                ..Limits::default()
            },
        );
        let err = access
            .read(&fifo, "findings.txt", Kind::File)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "findings.txt: not a regular file (a FIFO): sgaudit reads only regular files"
        );
        let err = access
            .read(&repo, "repo", Kind::File)
            .unwrap_err()
            .to_string();
        assert!(err.contains("a directory"), "{err}");
        let err = access
            .read(Path::new("/dev/zero"), "/dev/zero", Kind::File)
            .unwrap_err()
            .to_string();
        assert!(err.contains("a device"), "{err}");
        std::fs::write(repo.join("big"), "12345").unwrap();
        let err = access
            .read(&repo.join("big"), "big", Kind::File)
            .unwrap_err()
            .to_string();
        assert!(err.contains("(raise it with --max-file-size)"), "{err}");
        assert!(access.read(&repo.join("big"), "big", Kind::Plan).is_ok());
        let err = read_capped(
            "<stdin>",
            Vec::new(),
            std::io::repeat(b' '),
            (1 << 20, Kind::Plan),
            0,
            cannot_read("<stdin>"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("<stdin>: larger than 1 MiB"), "{err}");
        // Nothing is written through a link or into a FIFO.
        let link = repo.join("out.json");
        std::os::unix::fs::symlink(dir.join("outside/secret"), &link).unwrap();
        assert!(
            write(&link, "out.json", b"x")
                .unwrap_err()
                .to_string()
                .contains("a symbolic link")
        );
        assert!(
            write(&fifo, "findings.txt", b"x")
                .unwrap_err()
                .to_string()
                .contains("a FIFO")
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("outside/secret")).unwrap(),
            "canary-secret\n"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
