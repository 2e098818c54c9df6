//! Finding and parsing the `.tf` files of a root module and of every module it calls: local
//! sources (`./x`, `../x`), and modules `terraform init` downloaded (`.terraform/modules`).
//! Nothing is ever fetched; a module that is not on disk is recorded as not analysed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{Result, anyhow, bail};

use super::json_syntax;
use crate::access::{Boundary, Node, Tree};
use crate::model::{Diagnostic, Origin};
use hcl_edit::Span;
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Body, Structure};

/// One `.tf` (or `.tf.json`) file: its path as reported, its text, and for JSON syntax the
/// native text that was parsed with the JSON line of each of its lines.
pub struct SourceFile {
    pub path: String,
    pub text: String,
    pub native: Option<(String, Vec<usize>)>,
    /// The byte offsets of the newlines of the parsed text, found when first needed.
    newlines: OnceLock<Vec<usize>>,
}

impl SourceFile {
    pub fn new(path: String, text: String, native: Option<(String, Vec<usize>)>) -> Self {
        SourceFile {
            path,
            text,
            native,
            newlines: OnceLock::new(),
        }
    }

    /// [`SourceFile::new`], its newlines indexed now: a module's file, on the thread that
    /// parsed it (see [`read_one`]), else the first evaluation to locate a block in it would.
    fn indexed(path: String, text: String, native: Option<(String, Vec<usize>)>) -> Self {
        let file = SourceFile::new(path, text, native);
        file.newlines();
        file
    }

    /// The byte offsets of the newlines of the parsed text, found when first needed.
    fn newlines(&self) -> &[usize] {
        let parsed = self.native.as_ref().map_or(&self.text, |(t, _)| t);
        self.newlines.get_or_init(|| {
            parsed
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i)
                .collect()
        })
    }

    /// The line (1-based) in the file of a byte offset into the parsed text.
    fn line(&self, offset: usize) -> usize {
        let parsed = self.native.as_ref().map_or(&self.text, |(t, _)| t);
        let newlines = self.newlines();
        // The newlines before the offset (the text up to `offset`, as a char boundary would
        // cut it, holds exactly these).
        let line = newlines.partition_point(|&i| i < offset.min(parsed.len())) + 1;
        match &self.native {
            Some((_, lines)) => lines.get(line - 1).copied().unwrap_or(1),
            None => line,
        }
    }

    /// An error at `path:line:col` (`message: `the line``), for a byte offset into the parsed text.
    pub fn locate(&self, offset: Option<usize>, message: &str) -> Diagnostic {
        let Some(offset) = offset else {
            return Diagnostic::error(Origin::file(self.path.clone()), message);
        };
        let line = self.line(offset);
        let column = match &self.native {
            Some(_) => 1,
            None => {
                // The characters of the line up to `offset`: its bytes that do not continue
                // a UTF-8 sequence.
                let bytes = self.text.as_bytes();
                let before = bytes.get(..offset).unwrap_or(bytes);
                let start = before
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                before
                    .iter()
                    .skip(start)
                    .filter(|&&b| b & 0xC0 != 0x80)
                    .count()
                    + 1
            }
        };
        let text = excerpt(self.text.lines().nth(line - 1).unwrap_or(""));
        let origin = Origin {
            col: Some(column),
            ..Origin::at(self.path.clone(), line)
        };
        Diagnostic::error(origin, format!("{message}: `{text}`"))
    }

    /// The file and line of a byte offset into the parsed text.
    pub fn origin(&self, offset: usize) -> Origin {
        Origin::at(self.path.clone(), self.line(offset))
    }
}

/// What a module call leads to.
#[derive(Clone, Debug)]
pub enum Target {
    /// The module directory, by index into `Loaded::dirs`.
    Dir(usize),
    /// Not on disk (or not a literal source): why.
    NotAnalysed(String),
}

/// One module directory: its files and where its module calls lead.
pub struct Dir {
    pub files: Vec<usize>,
    pub calls: BTreeMap<String, Target>,
}

/// Every file of the configuration, parsed.
#[derive(Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    /// Shared: a base revision's file whose text is the work tree's is parsed once.
    pub bodies: Vec<std::sync::Arc<Body>>,
    pub dirs: Vec<Dir>,
    /// Files that could not be read, each an error located where it is known.
    pub errors: Vec<Diagnostic>,
}

impl Loaded {
    /// An error at `path:line:col` for an offset into one of the files read (by position).
    fn locate(&self, file: usize, offset: Option<usize>, message: &str) -> Diagnostic {
        match self.files.get(file) {
            Some(f) => f.locate(offset, message),
            None => Diagnostic::error(None, message),
        }
    }
}

/// A line of a file as quoted in a message: trimmed, cut short when long, and its control
/// characters escaped (a lone carriage return would break the message's one line).
pub fn excerpt(line: &str) -> String {
    let line = line.trim();
    let (shown, more) = match line
        .char_indices()
        .nth(80)
        .and_then(|(cut, _)| line.get(..cut))
    {
        Some(shown) => (shown, "…"),
        None => (line, ""),
    };
    let mut out = String::with_capacity(shown.len() + more.len());
    for c in shown.chars() {
        if c.is_control() && c != '\t' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out + more
}

/// How deep module calls may nest (Terraform sets no limit; real configurations stay far
/// below it, and a deeper chain could only exhaust the stack).
const MODULE_DEPTH: usize = 32;

/// Parsed files by their text: the files of another configuration (the work tree's, when a
/// base revision is read) that a file with the same text takes its syntax from.
pub type Parsed<'a> = std::collections::HashMap<&'a str, &'a std::sync::Arc<Body>>;

impl Loaded {
    /// The parsed native-syntax files, by their text (see [`Parsed`]).
    pub fn parsed(&self) -> Parsed<'_> {
        self.files
            .iter()
            .zip(&self.bodies)
            .filter(|(f, _)| f.native.is_none())
            .map(|(f, b)| (f.text.as_str(), b))
            .collect()
    }
}

/// Loads the root module in `root` (named `display` in messages) and every module it calls,
/// each file read through `tree` (the work tree through its access policy, or a revision in
/// memory): modules are read from its root (the git repository the configuration is in, else
/// the configuration's directory), never from elsewhere on the machine. A file whose text is
/// one of `parsed` is not parsed again.
pub fn load(root: &Path, display: &str, tree: &dyn Tree, parsed: &Parsed) -> Result<Loaded> {
    let (canonical, node) = tree
        .follow(root)
        .map_err(|e| anyhow!("{display}: cannot read directory: {e}"))?;
    // The directory given is in the root by construction, unless it is a directory of a base
    // revision that the revision made a link out of its tree.
    if node == Node::Beyond || !canonical.starts_with(tree.access().root()) {
        bail!(
            "{display}: a symbolic link to outside the repository: sgaudit reads nothing outside it"
        );
    }
    let mut loader = Loader {
        tree,
        parsed,
        manifest: manifest(&canonical, display, tree)?,
        root_display: display.to_owned(),
        loaded: Loaded::default(),
        by_path: BTreeMap::new(),
        stack: Vec::new(),
        size: 0,
        ahead: BTreeMap::new(),
        followed: std::cell::RefCell::default(),
        links: std::cell::RefCell::default(),
    };
    loader.dir(root, display.to_owned(), &[])?;
    Ok(loader.loaded)
}

struct Loader<'a> {
    /// What may be read: no module is read from outside its root.
    tree: &'a dyn Tree,
    /// Files parsed already, by their text.
    parsed: &'a Parsed<'a>,
    /// `.terraform/modules/modules.json`: module key (`a.b`) → directory.
    manifest: BTreeMap<String, String>,
    root_display: String,
    loaded: Loaded,
    by_path: BTreeMap<PathBuf, usize>,
    stack: Vec<PathBuf>,
    /// The bytes of the configuration's files so far, charged before they are read.
    size: u64,
    /// Module directories read ahead (see `read_ahead`): real path → the name they were read
    /// under, their files and what reading each gave.
    ahead: BTreeMap<PathBuf, ReadAhead>,
    /// Paths followed (`Tree::follow`) so far: six thousand calls of one module follow one
    /// path once, not three times each.
    /// Keyed by the path's bytes: a `PathBuf` hashes component by component (a thousand
    /// instructions a path), and a path spelled two ways is only followed twice.
    followed: std::cell::RefCell<std::collections::HashMap<std::ffi::OsString, (PathBuf, Node)>>,
    /// The files listed that are links (few): the others are read without resolving.
    links: std::cell::RefCell<std::collections::BTreeSet<PathBuf>>,
}

/// A module directory read ahead: the name it was read under, its files, their size (charged
/// to the configuration cap when the directory is loaded) and what reading each gave.
type ReadAhead = (String, Vec<PathBuf>, u64, Vec<Result<Read>>);

/// A module call: its name, its literal source (None: not a literal), where its block starts.
type Call = (String, Option<String>, Option<usize>);

impl Loader<'_> {
    fn dir(&mut self, path: &Path, display: String, key: &[String]) -> Result<usize> {
        let (canonical, _) = self
            .follow(path)
            .map_err(|e| anyhow!("{display}: cannot read directory: {e}"))?;
        if let Some(&index) = self.by_path.get(&canonical) {
            return Ok(index);
        }
        // A directory read ahead under the same name was listed and its files sized then: it
        // is not listed and sized again (its files were read from that listing).
        let ahead = self
            .ahead
            .remove(&canonical)
            .filter(|(shown, ..)| *shown == display);
        let (paths, size, read) = match ahead {
            Some((_, paths, size, read)) => (paths, size, Some(read)),
            None => {
                let paths = self.files_of(&canonical, &display)?;
                // The files of a configuration together are bounded, as each is: charged at
                // their size before any is read (a file that is not a regular one is refused
                // when read).
                let size: u64 = paths.iter().filter_map(|p| self.tree.size(p)).sum();
                (paths, size, None)
            }
        };
        // A module directory without files is an empty module, as Terraform reads it; the
        // directory given to sgaudit must be a configuration.
        if paths.is_empty() && key.is_empty() {
            bail!(
                "{display}: no .tf files: expected a Terraform module, or the output of `terraform show -json`"
            );
        }
        self.size = self.size.saturating_add(size);
        let cap = self.tree.access().limits().configuration;
        if self.size > cap {
            bail!(
                "{display}: the configuration's .tf files together are larger than {}, the most sgaudit reads of one configuration (raise it with --max-configuration-size)",
                crate::access::size_label(cap)
            );
        }
        // Read ahead with the other directories its caller calls, or now.
        let read = match read {
            Some(read) => read,
            None => {
                let named: Vec<(&str, &Path, bool)> = paths
                    .iter()
                    .map(|p| (display.as_str(), p.as_path(), self.is_link(p)))
                    .collect();
                read_all(&named, self.tree, self.parsed)
            }
        };
        let mut files = Vec::new();
        for (p, read) in paths.iter().zip(read) {
            let name = join(
                &display,
                &p.file_name().unwrap_or_default().to_string_lossy(),
            );
            // A file that does not parse is reported; the others are still read.
            let (file, body) = match read? {
                Read::Parsed(file, body) => (file, body),
                Read::Failed(message) => {
                    self.loaded.errors.push(message);
                    continue;
                }
            };
            debug_assert_eq!(file.path, name);
            files.push(self.loaded.files.len());
            self.loaded.files.push(file);
            self.loaded.bodies.push(body);
        }
        let index = self.loaded.dirs.len();
        self.loaded.dirs.push(Dir {
            files: files.clone(),
            calls: BTreeMap::new(),
        });
        self.by_path.insert(canonical.clone(), index);
        self.stack.push(canonical);

        // Override files come last, and a module block in one changes where the call leads
        // only when it sets `source`; its other arguments are merged into the call
        // (https://developer.hashicorp.com/terraform/language/files/override).
        let mut order: Vec<(bool, usize)> = files
            .iter()
            .map(|&f| {
                let overriding = self.loaded.files.get(f).is_some_and(|f| {
                    override_name(f.path.rsplit(['/', ':']).next().unwrap_or(&f.path))
                });
                (overriding, f)
            })
            .collect();
        order.sort();
        let all_calls: Vec<(usize, Vec<Call>)> = order
            .into_iter()
            .map(|(overriding, file)| (file, self.calls(file, overriding)))
            .collect();
        self.read_ahead(path, &display, &all_calls);
        for (file, calls) in all_calls {
            for (name, source, offset) in calls {
                let mut call_key = key.to_vec();
                call_key.push(name.clone());
                let target = match source {
                    None => Target::NotAnalysed("its source is not a literal string".to_owned()),
                    Some(source) if source.starts_with("./") || source.starts_with("../") => {
                        let child = path.join(&source);
                        let located = |message: String| {
                            anyhow!(self.loaded.locate(
                                file,
                                offset,
                                &format!("module {name:?}: source {source:?} {message}")
                            ))
                        };
                        let canonical = match self.follow(&child) {
                            // A link out of a revision's tree is refused as outside it.
                            Ok((c, Node::Dir | Node::Beyond)) => c,
                            Ok(_) => return Err(located("is not a directory".to_owned())),
                            Err(_) if !self.tree.exists(&child) => {
                                return Err(located("is not a directory".to_owned()));
                            }
                            Err(e) => return Err(located(format!("cannot be followed: {e}"))),
                        };
                        self.inside(&canonical).map_err(located)?;
                        if self.stack.len() >= MODULE_DEPTH {
                            return Err(located(format!(
                                "nests modules more than {MODULE_DEPTH} deep"
                            )));
                        }
                        if self.stack.contains(&canonical) {
                            bail!(self.loaded.locate(file, offset, &format!("module {name:?}: source {source:?} calls itself (a cycle in modules)")));
                        }
                        Target::Dir(self.dir(
                            &child,
                            normalize(&join(&display, &source)),
                            &call_key,
                        )?)
                    }
                    Some(source) => match self.manifest.get(&call_key.join(".")).cloned() {
                        Some(dir) => {
                            #[expect(
                                clippy::indexing_slicing,
                                reason = "this call pushed its directory onto `stack` above"
                            )]
                            let root = self.stack[0].clone();
                            if let Ok((canonical, _)) = self.tree.follow(&root.join(&dir)) {
                                self.inside(&canonical).map_err(|message| {
                                    anyhow!(self.loaded.locate(
                                        file,
                                        offset,
                                        &format!(
                                            "module {name:?}: its directory {dir:?} in .terraform/modules/modules.json {message}"
                                        )
                                    ))
                                })?;
                            }
                            let shown = normalize(&join(&self.root_display, &dir));
                            Target::Dir(self.dir(&root.join(&dir), shown, &call_key)?)
                        }
                        None => Target::NotAnalysed(format!(
                            "source {source:?} is not downloaded (run `terraform init`)"
                        )),
                    },
                };
                #[expect(
                    clippy::indexing_slicing,
                    reason = "`index` is the position of the directory pushed above"
                )]
                self.loaded.dirs[index].calls.insert(name, target);
            }
        }
        self.stack.pop();
        Ok(index)
    }
}

impl Loader<'_> {
    /// Whether a file listed is a link.
    fn is_link(&self, path: &Path) -> bool {
        self.links.borrow().contains(path)
    }

    /// `Tree::follow`, once per path (what it finds is found once).
    fn follow(&self, path: &Path) -> std::io::Result<(PathBuf, Node)> {
        if let Some(found) = self.followed.borrow().get(path.as_os_str()) {
            return Ok(found.clone());
        }
        let found = self.tree.follow(path)?;
        self.followed
            .borrow_mut()
            .insert(path.as_os_str().to_owned(), found.clone());
        Ok(found)
    }

    /// The module calls of a file: name, literal source (None: not a literal) and where the
    /// block starts. An override file's call without `source` changes no call's target.
    fn calls(&self, file: usize, overriding: bool) -> Vec<Call> {
        let Some(body) = self.loaded.bodies.get(file) else {
            return Vec::new();
        };
        body.iter()
            .filter_map(|s| match s {
                Structure::Block(b) if b.ident.as_str() == "module" => {
                    let name = b.labels.first().map(|l| match l {
                        hcl_edit::structure::BlockLabel::Ident(i) => i.as_str().to_owned(),
                        hcl_edit::structure::BlockLabel::String(s) => s.value().to_string(),
                    })?;
                    let source = b.body.iter().find_map(|s| match s {
                        Structure::Attribute(a) if a.key.as_str() == "source" => Some(&a.value),
                        _ => None,
                    });
                    if overriding && source.is_none() {
                        return None;
                    }
                    let literal = match source {
                        Some(Expression::String(s)) => Some(s.value().to_string()),
                        _ => None,
                    };
                    Some((name, literal, b.span().map(|s| s.start)))
                }
                _ => None,
            })
            .collect()
    }

    /// The `.tf` and `.tf.json` files of the directory at `canonical` (named `display`), in
    /// order. The files are read at their real directory: the access holds every path in it
    /// to the root, whatever path led there.
    fn files_of(&self, canonical: &Path, display: &str) -> Result<Vec<PathBuf>> {
        let mut paths: Vec<PathBuf> = Vec::new();
        for entry in self
            .tree
            .entries(canonical)
            .map_err(|e| anyhow!("{display}: cannot read directory: {e}"))?
        {
            let p = entry.path;
            // A module is the `.tf` and `.tf.json` files of its directory
            // (https://developer.hashicorp.com/terraform/language/files), so each file so
            // named is read if it is a regular file (or a link within the root to one), and
            // refused by name if not (a link loop, a dangling link, a link out of the root, a
            // FIFO, a socket, a device): it is not silently left out of the module. A
            // directory named `x.tf` (or a link to one) is not a file of the module.
            if is_configuration(&p) && !entry.dir {
                if entry.link {
                    self.links.borrow_mut().insert(p.clone());
                }
                paths.push(p);
            }
        }
        // In path order: every path is `canonical` joined with one name, so the order of
        // their bytes is that of their names (comparing paths component by component took a
        // tenth of the loading of a directory of 6,000 files).
        if paths.iter().all(|p| p.parent() == Some(canonical)) {
            paths.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
        } else {
            paths.sort();
        }
        Ok(paths)
    }

    /// Reads and parses, together on every core, the files of the local module directories
    /// the directory at `path` (named `display`) calls that are not read yet: a thousand
    /// modules of four files each are then not parsed one directory at a time. Only when
    /// they fit in what is left of the configuration cap: nothing is read before it is
    /// charged, and a directory over it is refused when it is read in turn (where its error
    /// is reported, as every other: read ahead, nothing is reported).
    fn read_ahead(&mut self, path: &Path, display: &str, calls: &[(usize, Vec<Call>)]) {
        let mut seen = std::collections::BTreeSet::new();
        let mut batch: Vec<(PathBuf, String, Vec<PathBuf>, u64)> = Vec::new();
        let mut size = 0u64;
        let sources = calls
            .iter()
            .flat_map(|(_, calls)| calls)
            .filter_map(|(_, source, _)| source.as_deref())
            .filter(|source| source.starts_with("./") || source.starts_with("../"));
        for source in sources {
            let Ok((canonical, Node::Dir)) = self.follow(&path.join(source)) else {
                continue;
            };
            if !canonical.starts_with(self.tree.access().root())
                || self.by_path.contains_key(&canonical)
                || self.ahead.contains_key(&canonical)
                || !seen.insert(canonical.clone())
            {
                continue;
            }
            let shown = normalize(&join(display, source));
            let Ok(paths) = self.files_of(&canonical, &shown) else {
                continue;
            };
            let sized: u64 = paths.iter().filter_map(|p| self.tree.size(p)).sum();
            size = size.saturating_add(sized);
            batch.push((canonical, shown, paths, sized));
        }
        let cap = self.tree.access().limits().configuration;
        if batch.len() < 2 || self.size.saturating_add(size) > cap {
            return;
        }
        let named: Vec<(&str, &Path, bool)> = batch
            .iter()
            .flat_map(|(_, shown, paths, _)| {
                paths
                    .iter()
                    .map(|p| (shown.as_str(), p.as_path(), self.is_link(p)))
            })
            .collect();
        let mut read = read_all(&named, self.tree, self.parsed).into_iter();
        for (canonical, shown, paths, sized) in batch {
            let results = read.by_ref().take(paths.len()).collect();
            self.ahead.insert(canonical, (shown, paths, sized, results));
        }
    }

    /// Refuses a module directory (a canonical path) outside the root of the access.
    fn inside(&self, canonical: &Path) -> Result<(), String> {
        if canonical.starts_with(self.tree.access().root()) {
            return Ok(());
        }
        Err(match self.tree.access().boundary() {
            Boundary::Repository => "is outside the git repository of the configuration: sgaudit reads no module from elsewhere on the machine",
            Boundary::Directory => "is outside the directory of the configuration (there is no git repository around it): sgaudit reads no module from elsewhere on the machine, unless --root names the top of the repository",
            Boundary::Given => "is outside the directory given with --root: sgaudit reads no module from elsewhere on the machine",
        }
        .to_owned())
    }
}

/// One file read and parsed, or why it was not.
enum Read {
    Parsed(SourceFile, std::sync::Arc<Body>),
    /// The file does not parse: the error to report (the other files are still read).
    Failed(Diagnostic),
}

/// Reads and parses the files of one directory (named `display`), in parallel, in order.
fn read_all(paths: &[(&str, &Path, bool)], tree: &dyn Tree, parsed: &Parsed) -> Vec<Result<Read>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len().div_ceil(16))
        .max(1);
    if threads == 1 {
        return paths
            .iter()
            .map(|&(display, p, link)| read_one(display, (p, link), tree, parsed))
            .collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<Read>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(&(display, p, link)) = paths.get(i) else {
                            break;
                        };
                        done.push((i, read_one(display, (p, link), tree, parsed)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Reads and parses one file of the directory named `display`.
fn read_one(
    display: &str,
    (p, link): (&Path, bool),
    tree: &dyn Tree,
    parsed: &Parsed,
) -> Result<Read> {
    let name = join(
        display,
        &p.file_name().unwrap_or_default().to_string_lossy(),
    );
    let bytes = tree.read_entry(p, link, &name)?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            // Terraform reads configuration as UTF-8: name the first byte that is not.
            let bytes = e.as_bytes();
            let offset = e.utf8_error().valid_up_to();
            let (line, column) = crate::access::line_column(bytes, offset);
            // The error is at a byte of the file: the first that is not UTF-8.
            let byte = bytes
                .get(offset)
                .map_or_else(String::new, |b| format!(" (byte 0x{b:02X})"));
            let at = Origin {
                col: Some(column),
                ..Origin::at(name, line)
            };
            return Ok(Read::Failed(Diagnostic::error(
                at,
                format!("not UTF-8{byte}; Terraform reads .tf files as UTF-8"),
            )));
        }
    };
    let native = if name.ends_with(".json") {
        match json_syntax::to_native(&name, &text) {
            Ok(native) => Some(native),
            Err(e) => return Ok(Read::Failed(e)),
        }
    } else {
        None
    };
    if native.is_none()
        && let Some(&body) = parsed.get(text.as_str())
    {
        let file = SourceFile::indexed(name, text, native);
        return Ok(Read::Parsed(file, std::sync::Arc::clone(body)));
    }
    let source = native.as_ref().map_or(text.as_str(), |(t, _)| t.as_str());
    let body = match syntax(&name, source) {
        Ok(body) => body,
        Err(e) if native.is_some() => {
            return Ok(Read::Failed(Diagnostic::error(
                Origin::file(name),
                format!("this JSON syntax is not supported: {e}"),
            )));
        }
        Err(e) => return Ok(Read::Failed(e)),
    };
    let file = SourceFile::indexed(name, text, native);
    Ok(Read::Parsed(file, std::sync::Arc::new(body)))
}

/// A file name (`main_override.tf`) Terraform reads as an override file, after the others
/// (https://developer.hashicorp.com/terraform/language/files/override).
pub fn override_name(name: &str) -> bool {
    let stem = name
        .strip_suffix(".tf.json")
        .or_else(|| name.strip_suffix(".tf"));
    matches!(stem, Some(s) if s == "override" || s.ends_with("_override"))
}

/// `.tf` and `.tf.json` files are configuration.
fn is_configuration(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.ends_with(".tf") || name.ends_with(".tf.json")
}

/// Parses one file of HCL (`.tf`, `.tfvars`) named `name`: a syntax error is one located line.
pub fn parse(name: &str, text: &str) -> Result<Body> {
    syntax(name, text).map_err(anyhow::Error::new)
}

/// Parses one file of HCL named `name`: a syntax error is an error at its line and column.
fn syntax(name: &str, text: &str) -> Result<Body, Diagnostic> {
    // The decor (whitespace, comments) is never read nor written back: it stays spans into
    // the text rather than a string each (a tenth of a large tree's parsing, and its freeing).
    hcl_edit::parser::parse_body_spanned(text).map_err(|e| {
        let loc = e.location();
        let (line, column) = (loc.line(), loc.column());
        // The parser's message is about the token it stopped at; say what is likely wrong.
        let hint = match unclosed_string(text, line) {
            Some(at) => format!(" (is the string on line {at} closed?)"),
            None if ends_at(text, line, column) => {
                " (the file ends first: is a closing `}`, `]` or `)` missing?)".to_owned()
            }
            None => String::new(),
        };
        let at = Origin {
            col: Some(column),
            ..Origin::at(name, line)
        };
        // Only the token the parser stopped at is quoted, never its line: the file may not be
        // Terraform at all (a link to a secret, a file named by mistake).
        match token_at(text, line, column) {
            Some(token) => Diagnostic::error(at, format!("{}{hint}: `{token}`", e.message())),
            None => Diagnostic::error(at, format!("{}{hint}", e.message())),
        }
    })
}

/// The most of a token a syntax error quotes, in characters.
const TOKEN: usize = 32;

/// The token at a 1-based line and column (in characters), as a syntax error quotes it: a run
/// of identifier characters (at most `TOKEN`), else the one character there, escaped unless
/// it is printable ASCII. None at a blank or past the end of the line.
fn token_at(text: &str, line: usize, column: usize) -> Option<String> {
    let line = text.split('\n').nth(line.checked_sub(1)?)?;
    let mut chars = line.chars().skip(column.checked_sub(1)?).peekable();
    let first = *chars.peek()?;
    let word = |c: &char| c.is_alphanumeric() || *c == '_' || *c == '-';
    if word(&first) {
        Some(chars.take_while(word).take(TOKEN).collect())
    } else if first.is_whitespace() {
        None
    } else if first.is_ascii_graphic() {
        Some(first.to_string())
    } else {
        Some(first.escape_default().to_string())
    }
}

/// The first line, up to `last`, with an odd number of `"` outside comments: a string that
/// runs on (HCL strings do not span lines, but the parser reports where it gave up).
fn unclosed_string(text: &str, last: usize) -> Option<usize> {
    text.lines().take(last).enumerate().find_map(|(i, line)| {
        if line.trim_start().starts_with("<<") || line.contains("<<") {
            return None;
        }
        let (mut quotes, mut escaped) = (0, false);
        let bytes = line.as_bytes();
        for (j, &b) in bytes.iter().enumerate() {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => quotes += 1,
                b'#' if quotes % 2 == 0 => break,
                b'/' if quotes % 2 == 0 && bytes.get(j + 1) == Some(&b'/') => break,
                _ => {}
            }
        }
        (quotes % 2 == 1).then_some(i + 1)
    })
}

/// Whether nothing but blanks follows a (1-based) line and column.
fn ends_at(text: &str, line: usize, column: usize) -> bool {
    text.lines()
        .skip(line.saturating_sub(1))
        .enumerate()
        .all(|(i, l)| {
            let rest: String = if i == 0 {
                l.chars().skip(column.saturating_sub(1)).collect()
            } else {
                l.to_owned()
            };
            rest.trim().is_empty()
        })
}

/// `.terraform/modules/modules.json` of the root module (its real directory `root`, named
/// `display`): key → directory (relative to the root). None there, or not the manifest
/// terraform writes: no module was downloaded. One that the access refuses (a link out of the
/// root, not a regular file, over the cap) is an error.
fn manifest(root: &Path, display: &str, tree: &dyn Tree) -> Result<BTreeMap<String, String>> {
    const MANIFEST: &str = ".terraform/modules/modules.json";
    let path = root.join(MANIFEST);
    if !tree.exists(&path) {
        return Ok(BTreeMap::new());
    }
    let bytes = tree.read(&path, &join(display, MANIFEST))?;
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return Ok(BTreeMap::new());
    };
    Ok(json
        .get("Modules")
        .and_then(|m| m.as_array())
        .into_iter()
        .flatten()
        .filter_map(|m| {
            Some((
                m.get("Key")?.as_str()?.to_owned(),
                m.get("Dir")?.as_str()?.to_owned(),
            ))
        })
        .filter(|(k, _)| !k.is_empty())
        .collect::<BTreeMap<_, _>>())
}

/// `a/b` + `c` → `a/b/c`, and `.` + `c` → `c`.
pub fn join(base: &str, name: &str) -> String {
    if base == "." || base.is_empty() {
        name.to_owned()
    } else if base.ends_with(':') {
        format!("{base}{name}")
    } else {
        format!("{}/{name}", base.trim_end_matches('/'))
    }
}

/// Resolves `.` and `..` steps of a relative or absolute path written with `/`.
fn normalize(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            // Above the root is the root.
            ".." if absolute && parts.is_empty() => {}
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else if joined.is_empty() {
        ".".to_owned()
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Access;

    #[test]
    fn paths_normalize() {
        assert_eq!(normalize("a/b/../c"), "a/c");
        assert_eq!(normalize("./a/./b"), "a/b");
        assert_eq!(normalize("../x"), "../x");
        assert_eq!(normalize("/t/a/../b"), "/t/b");
        assert_eq!(normalize("/../x"), "/x");
        assert_eq!(normalize("/a/../../x"), "/x");
        assert_eq!(join(".", "main.tf"), "main.tf");
    }

    /// The canary text of a file outside the repository: no message may hold it.
    const CANARY: &str = "canary-5f3a";

    /// A scratch tree: `repo/` (a git work tree, by its `.git`) holding `main.tf`, and
    /// `outside/secret` holding the canary. Returns the tree's directory.
    fn tree(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("sgaudit-load-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("repo/.git")).unwrap();
        std::fs::create_dir_all(dir.join("outside")).unwrap();
        std::fs::write(
            dir.join("outside/secret"),
            format!("root:x:0:0:{CANARY}:/root:/bin/bash\n"),
        )
        .unwrap();
        std::fs::write(
            dir.join("repo/main.tf"),
            "resource \"aws_security_group\" \"web\" {\n  name = \"web\"\n}\n",
        )
        .unwrap();
        dir
    }

    /// The error of loading `repo` (named `repo` in messages), which must fail.
    fn refused(dir: &Path) -> String {
        let repo = dir.join("repo");
        let access = Access::for_input(&repo, crate::access::Limits::default());
        match load(&repo, "repo", &access, &Parsed::new()) {
            Ok(loaded) => panic!("read, with errors {:?}", loaded.errors),
            Err(e) => format!("{e:#}"),
        }
    }

    /// Asserts a message is one line, names `file` first, and quotes nothing of the canary
    /// nor any absolute path of the machine.
    fn names_only(err: &str, file: &str, dir: &Path) {
        assert!(err.starts_with(&format!("{file}: ")), "{err}");
        assert!(!err.contains('\n'), "{err}");
        assert!(!err.contains(CANARY) && !err.contains("root:x"), "{err}");
        assert!(!err.contains(&*dir.to_string_lossy()), "{err}");
        assert!(!err.contains("/tmp"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_tf_file_linked_out_of_the_repository_is_refused_by_name() {
        let dir = tree("link-out");
        std::os::unix::fs::symlink(dir.join("outside/secret"), dir.join("repo/passwd.tf")).unwrap();
        let err = refused(&dir);
        names_only(&err, "repo/passwd.tf", &dir);
        assert!(
            err.contains("a symbolic link to outside the repository"),
            "{err}"
        );
        // A link that stays in the repository is read as the file it leads to.
        std::fs::remove_file(dir.join("repo/passwd.tf")).unwrap();
        std::fs::create_dir(dir.join("repo/shared")).unwrap();
        std::fs::write(dir.join("repo/shared/locals.tf"), "locals {\n  x = 1\n}\n").unwrap();
        std::os::unix::fs::symlink("shared/locals.tf", dir.join("repo/locals.tf")).unwrap();
        let repo = dir.join("repo");
        let access = Access::for_input(&repo, crate::access::Limits::default());
        let Ok(loaded) = load(&repo, "repo", &access, &Parsed::new()) else {
            panic!("a link within the repository is read");
        };
        let names: Vec<&str> = loaded.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(names, ["repo/locals.tf", "repo/main.tf"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_tf_link_loop_or_to_nothing_is_an_error_not_skipped() {
        let dir = tree("loop");
        std::os::unix::fs::symlink("loop.tf", dir.join("repo/loop.tf")).unwrap();
        let err = refused(&dir);
        names_only(&err, "repo/loop.tf", &dir);
        assert!(err.contains("a symbolic link loop"), "{err}");
        std::fs::remove_file(dir.join("repo/loop.tf")).unwrap();
        std::os::unix::fs::symlink("gone.tf", dir.join("repo/dangling.tf")).unwrap();
        let err = refused(&dir);
        names_only(&err, "repo/dangling.tf", &dir);
        assert!(err.contains("a symbolic link to nothing"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_a_socket_named_tf_is_an_error_without_waiting() {
        let dir = tree("fifo");
        // Opened for reading, a FIFO with no writer would block forever.
        std::fs::remove_file(dir.join("repo/main.tf")).unwrap();
        let status = std::process::Command::new("mkfifo")
            .arg(dir.join("repo/main.tf"))
            .status()
            .unwrap();
        assert!(status.success());
        let err = refused(&dir);
        names_only(&err, "repo/main.tf", &dir);
        assert!(err.contains("not a regular file (a FIFO)"), "{err}");
        std::fs::remove_file(dir.join("repo/main.tf")).unwrap();
        let _socket = std::os::unix::net::UnixListener::bind(dir.join("repo/socket.tf")).unwrap();
        let err = refused(&dir);
        names_only(&err, "repo/socket.tf", &dir);
        assert!(err.contains("not a regular file (a socket)"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_directory_named_tf_is_not_configuration() {
        let dir = tree("dir-named-tf");
        std::fs::create_dir(dir.join("repo/modules.tf")).unwrap();
        std::fs::write(dir.join("repo/modules.tf/x"), "not read").unwrap();
        let repo = dir.join("repo");
        let access = Access::for_input(&repo, crate::access::Limits::default());
        let Ok(loaded) = load(&repo, "repo", &access, &Parsed::new()) else {
            panic!("a directory named x.tf is skipped");
        };
        let names: Vec<&str> = loaded.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(names, ["repo/main.tf"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_module_directory_linked_to_the_root_of_the_machine_is_refused() {
        let dir = tree("module-root");
        std::fs::write(
            dir.join("repo/main.tf"),
            "module \"m\" {\n  source = \"./m\"\n}\n",
        )
        .unwrap();
        std::os::unix::fs::symlink("/", dir.join("repo/m")).unwrap();
        let err = refused(&dir);
        names_only(&err, "repo/main.tf:1:1", &dir);
        assert!(
            err.contains("module \"m\": source \"./m\" is outside the git repository"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// With no git repository, the root is the directory given: a module called with `../`
    /// from outside it is refused too (issue 17), and a module beneath it is read.
    #[test]
    fn without_a_repository_modules_stay_in_the_directory_given() {
        let dir = tree("no-git");
        std::fs::remove_dir_all(dir.join("repo/.git")).unwrap();
        std::fs::create_dir_all(dir.join("shared")).unwrap();
        std::fs::write(dir.join("shared/main.tf"), "locals {\n  x = 1\n}\n").unwrap();
        std::fs::write(
            dir.join("repo/main.tf"),
            "module \"m\" {\n  source = \"../shared\"\n}\n",
        )
        .unwrap();
        let err = refused(&dir);
        names_only(&err, "repo/main.tf:1:1", &dir);
        assert!(
            err.contains("is outside the directory of the configuration (there is no git repository around it)")
                && err.contains("unless --root names the top of the repository"),
            "{err}"
        );
        // The user may name the top of the repository: the module is then inside it.
        let access = Access::for_input_under(
            &dir.join("repo"),
            crate::access::Limits::default(),
            Some(&dir),
        )
        .unwrap();
        assert!(load(&dir.join("repo"), "repo", &access, &Parsed::new()).is_ok());
        std::fs::create_dir_all(dir.join("repo/shared")).unwrap();
        std::fs::rename(dir.join("shared/main.tf"), dir.join("repo/shared/main.tf")).unwrap();
        std::fs::write(
            dir.join("repo/main.tf"),
            "module \"m\" {\n  source = \"./shared\"\n}\n",
        )
        .unwrap();
        let repo = dir.join("repo");
        let access = Access::for_input(&repo, crate::access::Limits::default());
        let Ok(loaded) = load(&repo, "repo", &access, &Parsed::new()) else {
            panic!("a module beneath the directory is read");
        };
        assert_eq!(loaded.files.len(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_module_manifest_linked_out_of_the_repository_is_refused() {
        let dir = tree("manifest");
        std::fs::create_dir_all(dir.join("repo/.terraform/modules")).unwrap();
        std::os::unix::fs::symlink(
            dir.join("outside/secret"),
            dir.join("repo/.terraform/modules/modules.json"),
        )
        .unwrap();
        let err = refused(&dir);
        names_only(&err, "repo/.terraform/modules/modules.json", &dir);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A syntax error quotes the token the parser stopped at, never its line: a file that is
    /// not Terraform (a secret, linked or named by mistake) is not echoed.
    #[test]
    fn a_syntax_error_quotes_one_token_not_the_line() {
        let err = |text: &str| format!("{:#}", parse("x.tf", text).err().unwrap());
        let message = err(&format!("root:x:0:0:{CANARY}:/root:/bin/bash\n"));
        assert!(message.starts_with("x.tf:1:5: "), "{message}");
        assert!(message.ends_with(": `:`"), "{message}");
        assert!(!message.contains(CANARY), "{message}");
        // A run of identifier characters, at most 32 of them.
        let message = err(&format!("a = 1 {}\n", "k".repeat(100)));
        assert!(
            message.ends_with(&format!(": `{}`", "k".repeat(32))),
            "{message}"
        );
        // A control character is escaped: the message stays one line and drives no terminal.
        let message = err("a = 1\n\u{1b}[2J = 2\n");
        assert!(message.ends_with(": `\\u{1b}`"), "{message}");
        // Nothing to quote at the end of the file.
        let message = err("resource \"a\" \"b\" {\n");
        assert!(message.ends_with("missing?)"), "{message}");
    }
}
