//! Raw HCL: a Terraform root module's `.tf` files → the model. Evaluates what the files declare
//! into the JSON shape a plan's `after` has (unknown values marked as `after_unknown` marks
//! them, sensitive ones as `after_sensitive` does), so the same resource-shape code reads both.

mod eval;
mod functions;
mod ignores;
mod json_syntax;
mod load;
mod merge;
mod value;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;

use anyhow::{Result, bail};
use hcl_edit::Span;
use hcl_edit::structure::{Block, BlockLabel, Body, Structure};
use serde_json::Value as Json;

use self::eval::{
    Budgets, EvalError, Evaluator, Located, Module, Scope, attribute, instance_address, map,
};
pub use self::load::Loaded;
use self::load::{SourceFile, Target};
use self::value::Val;
use super::config::Traced;
use super::object::{BlockOrigins, NO_MODULES, Object};
use super::provider::{Finish, Naming, Provider, Reads, Schema};
use crate::access::{Access, Tree};
use crate::model::{Diagnostic, Input, Origin, Source, SourceKind};

/// Values given on the command line.
#[derive(Debug, Default, Clone)]
pub struct Variables {
    /// `--var name=value`, in order.
    pub vars: Vec<String>,
    /// `--var-file FILE`, in order.
    pub files: Vec<String>,
}

/// One resource instance evaluated into plan-like JSON.
struct Evaluated {
    rtype: String,
    name: String,
    /// The module instance (`""` for the root).
    module: String,
    address: String,
    key: Option<Val>,
    json: Json,
    unknown: Json,
    /// Which values are sensitive, as a plan's `after_sensitive` marks them.
    sensitive: Json,
    exprs: Json,
    traced: BTreeMap<String, Vec<Traced>>,
    origin: Origin,
    origins: BlockOrigins,
}

impl Evaluated {
    /// Its origins: its block's, then each of its attributes' and nested blocks'.
    fn origins(&self) -> impl Iterator<Item = &Origin> {
        std::iter::once(&self.origin).chain(self.origins.values().flatten())
    }

    /// [`Evaluated::origins`], to be changed.
    fn origins_mut(&mut self) -> impl Iterator<Item = &mut Origin> {
        std::iter::once(&mut self.origin).chain(self.origins.values_mut().flatten())
    }
}

/// One resource instance as evaluated, before it is turned into plan-like JSON.
struct Instanced {
    rtype: String,
    name: String,
    module: String,
    address: String,
    key: Option<Val>,
    values: Val,
    origin: Origin,
    origins: BlockOrigins,
}

impl Instanced {
    /// The instance in plan-like JSON, with the provider's defaults as a plan shows them.
    fn evaluated(self, schema: &dyn Schema) -> Evaluated {
        let Instanced {
            rtype,
            name,
            module,
            address,
            key,
            mut values,
            origin,
            origins,
        } = self;
        if let Val::Map(m) = &mut values {
            for (argument, value) in schema.defaults(&rtype) {
                if !m.contains_key(*argument) {
                    m.insert((*argument).to_owned(), Val::Str((*value).to_owned()));
                }
            }
        }
        let (exprs, traced) = expressions(&values);
        let (json, unknown, mut sensitive) = values.into_json();
        set_marks(schema.sets(&rtype), &mut sensitive);
        Evaluated {
            rtype,
            name,
            module,
            address,
            key,
            json,
            unknown,
            sensitive,
            exprs,
            traced,
            origin,
            origins,
        }
    }
}

/// What a walk gives, in order: an instance evaluated, or the objects of a module instance
/// taken whole from another configuration's evaluation (see [`Lent`]).
#[expect(
    clippy::large_enum_variant,
    reason = "nearly every item is an instance: boxing each would cost an allocation"
)]
enum Item {
    Instance(Instanced),
    Reused(Vec<Evaluated>),
}

impl Item {
    /// The objects the item gives, in plan-like JSON, appended to `objects`.
    fn evaluated(self, schema: &dyn Schema, objects: &mut Vec<Evaluated>) {
        match self {
            Item::Instance(i) => objects.push(i.evaluated(schema)),
            Item::Reused(more) => objects.extend(more),
        }
    }
}

/// The files of a configuration, and its merged blocks: what the `file` of a declaration,
/// scope or evaluation error names (a position in `files`, or a merged block's); and what its
/// evaluation shares with another configuration's.
struct Sources<'a> {
    files: &'a [SourceFile],
    overrides: &'a merge::Overrides,
    share: Share<'a>,
}

impl Sources<'_> {
    /// The file and offset in it of an offset into the text of `file`.
    fn at(&self, file: usize, offset: usize) -> Option<(&SourceFile, usize)> {
        let (file, offset) = self.overrides.map(file, offset);
        self.files.get(file).map(|f| (f, offset))
    }

    /// An error at `path:line:col` for an offset into the text of `file`.
    fn locate(&self, file: usize, offset: Option<usize>, message: &str) -> Diagnostic {
        match self.at(file, offset.unwrap_or(0)) {
            Some((f, at)) => f.locate(offset.map(|_| at), message),
            None => Diagnostic::error(None, message),
        }
    }

    /// The file and line of an offset into the text of `file`.
    fn origin(&self, file: usize, offset: usize) -> Origin {
        self.at(file, offset)
            .map(|(f, at)| f.origin(at))
            .unwrap_or_default()
    }
}

/// What an evaluation shares with another configuration's: a base revision's evaluation
/// takes from its work tree's (evaluated first) each instance of the root module's calls the
/// two hold the same (see [`Lent`]).
#[derive(Clone, Copy)]
enum Share<'a> {
    No,
    /// Each instance of the root module's calls is recorded as it is walked, to be lent.
    Lend(&'a std::sync::Mutex<Vec<Record>>),
    /// An instance of the root module's calls that is lent the same is taken, not walked.
    Borrow(&'a Borrowing<'a>),
}

/// One instance of a root module's call, or one resource of the root module (without `count`
/// or `for_each`) that read nothing but variables, as it was walked.
enum Record {
    Call {
        address: String,
        /// Its module's directory (in `Loaded::dirs`).
        dir: usize,
        /// Its variables' values (`{:?}`: two values the same in it evaluate the same).
        vars: String,
        /// The resource and module instances its walk took from the configuration's budget.
        instances: usize,
    },
    Resource {
        address: String,
        /// Where its block is (in the parsed files, which the lent directories hold).
        block: usize,
        /// Its file's path as reported.
        file: Option<String>,
        instances: usize,
    },
}

/// A resource's block, by where it is: two the same are one block of one parsed text.
fn block_at(block: &Block) -> usize {
    std::ptr::from_ref(block) as usize
}

/// What a configuration's clean evaluation (nothing failed or ran out) lends to another's:
/// the objects of each instance of its root module's calls, with what its walk took and found,
/// and the files of its module directories. Terraform evaluates a module instance from its
/// module's files and its variables alone (the module sees nothing else of its caller; `path`
/// reads `.`, no function reads a file): so when the other configuration calls an instance
/// of the same address whose module directory holds the same files (by name, and parsed from
/// the same text: the same [`Body`], see [`Like`]), down through every module it calls, and
/// whose variables have the same values, its walk gives these objects, but for the files
/// their origins name (same lines, the other configuration's paths). Not lent: an instance
/// under which something is not analysed or a resource is undeclared (the other's notes could
/// differ), or under which a module declares more than 64 locals and resources (how deep a
/// reference goes there could depend on the order things are evaluated in).
pub struct Lent {
    dirs: Vec<LentDir>,
    /// By instance address.
    children: std::collections::HashMap<String, LentChild>,
    /// The root module's resources that read nothing but variables, `path` and `terraform`
    /// (no local, resource, module, data source), without `count` or `for_each`: when the
    /// other configuration declares the same block (one block of the same parsed text, not
    /// merged with an override), and its root module's variables are declared and valued the
    /// same, its walk gives these objects. Only when the root module has no override file.
    resources: std::collections::HashMap<String, LentResource>,
    /// The root module's variables: declared sensitive or not, and their values.
    root: String,
    /// The steps and weight the lending evaluation spent, in all: more than the walks of the
    /// instances lent cost when evaluated again.
    used: (u64, u64),
}

/// A module directory of a lending configuration.
struct LentDir {
    /// Its files, in order: name, syntax (kept: a root module's resource is lent by where its
    /// block is, see [`block_at`]), path as reported, text.
    files: Vec<LentFile>,
    calls: BTreeMap<String, Target>,
    /// Whether its module declares at most 64 locals and resources: no reference in it can
    /// nest deeper than that (each level is one of them being evaluated).
    shallow: bool,
}

/// A file of a lent module directory.
struct LentFile {
    name: String,
    body: std::sync::Arc<Body>,
    path: String,
    text: String,
}

/// One resource of the root module, lent.
struct LentResource {
    block: usize,
    file: Option<String>,
    instances: usize,
    objects: Vec<Evaluated>,
}

/// The root module's variables, declared sensitive or not, and their values: two the same
/// read the same.
fn root_variables(root: &Module, vars: &BTreeMap<String, Val>) -> String {
    let declared: Vec<(&String, bool)> = root
        .variables
        .iter()
        .map(|(name, decl)| (name, eval::declared_sensitive(decl.item)))
        .collect();
    format!("{declared:?} {vars:?}")
}

/// One instance of a root module's call, lent.
struct LentChild {
    dir: usize,
    vars: String,
    instances: usize,
    /// The variables without a value its walk finds (`module.NAME….var.X`).
    missing: Vec<String>,
    objects: Vec<Evaluated>,
}

/// A lending configuration's module directories.
fn lent_dirs(loaded: &Loaded, modules: &[Module]) -> Vec<LentDir> {
    loaded
        .dirs
        .iter()
        .zip(modules)
        .map(|(d, module)| LentDir {
            files: d
                .files
                .iter()
                .filter_map(|&f| {
                    let file = loaded.files.get(f)?;
                    let body = loaded.bodies.get(f)?;
                    Some(LentFile {
                        name: file_name(&file.path).to_owned(),
                        body: body.clone(),
                        path: file.path.clone(),
                        text: file.text.clone(),
                    })
                })
                .collect(),
            calls: d.calls.clone(),
            shallow: module.locals.len() + module.resources.len() <= 64,
        })
        .collect()
}

/// The name of a file from its path as reported.
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The address among `children`'s that `address` (a module instance's, or one below it) is,
/// or is below: the shortest such.
fn owner<'a, T>(
    children: &std::collections::HashMap<String, T>,
    address: &'a str,
) -> Option<&'a str> {
    address
        .match_indices('.')
        .map(|(i, _)| i)
        .chain([address.len()])
        .filter_map(|i| address.get(..i))
        .find(|a| children.contains_key(*a))
}

/// What a clean evaluation lends: the objects walked (in order), split by the instance of a
/// root module's call they are under, and the variables without a value found under each.
fn lend(
    (dirs, root, plain): (Vec<LentDir>, String, bool),
    records: Vec<Record>,
    objects: Vec<Evaluated>,
    (missing, undeclared): (&[String], &std::collections::BTreeSet<String>),
    used: (u64, u64),
) -> Lent {
    let mut children: std::collections::HashMap<String, LentChild> =
        std::collections::HashMap::new();
    let mut resources: std::collections::HashMap<String, LentResource> =
        std::collections::HashMap::new();
    for r in records {
        match r {
            Record::Call {
                address,
                dir,
                vars,
                instances,
            } => {
                let child = LentChild {
                    dir,
                    vars,
                    instances,
                    missing: Vec::new(),
                    objects: Vec::new(),
                };
                children.insert(address, child);
            }
            // A block merged with an override is not where the file's text is.
            Record::Resource { .. } if !plain => {}
            Record::Resource {
                address,
                block,
                file,
                instances,
            } => {
                let resource = LentResource {
                    block,
                    file,
                    instances,
                    objects: Vec::new(),
                };
                resources.insert(address, resource);
            }
        }
    }
    // Neither an instance under which something is not analysed (its note names a file) nor
    // one under which a resource is undeclared.
    let unlent = |dir: usize| {
        let mut seen = std::collections::BTreeSet::new();
        let mut next = vec![dir];
        while let Some(d) = next.pop() {
            if !seen.insert(d) {
                continue;
            }
            let Some(d) = dirs.get(d) else {
                return true;
            };
            if !d.shallow {
                return true;
            }
            for target in d.calls.values() {
                match target {
                    Target::Dir(d) => next.push(*d),
                    Target::NotAnalysed(_) => return true,
                }
            }
        }
        false
    };
    children.retain(|_, c| !unlent(c.dir));
    for u in undeclared {
        if let Some(at) = owner(&children, u) {
            children.remove(at);
        }
    }
    for o in objects {
        if o.module.is_empty() {
            if let Some(r) = resources.get_mut(&o.address) {
                r.objects.push(o);
            }
        } else if let Some(c) = owner(&children, &o.module).and_then(|at| children.get_mut(at)) {
            c.objects.push(o);
        }
    }
    for m in missing {
        if let Some(c) = owner(&children, m).and_then(|at| children.get_mut(at)) {
            c.missing.push(m.clone());
        }
    }
    Lent {
        dirs,
        children,
        resources,
        root,
        used,
    }
}

/// What a configuration's evaluation takes from a lending one's.
struct Borrowing<'a> {
    dirs: &'a [LentDir],
    children: std::sync::Mutex<std::collections::HashMap<String, LentChild>>,
    /// Empty unless the root modules' variables are the same.
    resources: std::sync::Mutex<std::collections::HashMap<String, LentResource>>,
    /// This configuration's files.
    loaded: &'a Loaded,
    /// Whether a lent module directory (by position) and one of this configuration's hold
    /// the same files down through every module they call: then, the paths of the lent files
    /// under it and of this configuration's files in their place.
    #[expect(
        clippy::type_complexity,
        reason = "a cache of a check, by the two positions"
    )]
    same:
        std::sync::Mutex<std::collections::HashMap<(usize, usize), Option<std::sync::Arc<Paths>>>>,
    /// How many instances were taken.
    taken: std::sync::atomic::AtomicUsize,
}

/// Lent files' paths, and the paths of this configuration's files in their place.
type Paths = std::collections::HashMap<String, std::sync::Arc<str>>;

impl Borrowing<'_> {
    /// The lent resource of the root module at `address`, when this configuration declares it
    /// by the same block (see [`Lent`]): its objects with the origins of this configuration's
    /// file.
    fn take_resource(
        &self,
        address: &str,
        decl: &Located<&Block>,
        files: &Sources,
    ) -> Option<LentResource> {
        let mut resources = self.resources.lock().ok()?;
        let lent = resources.get(address)?;
        let lent_file = lent.file.as_deref()?;
        let (file, _) = files.at(decl.file, 0)?;
        if lent.block != block_at(decl.item)
            || !lent
                .objects
                .iter()
                .all(|o| o.origins().all(|at| &*at.file == lent_file))
        {
            return None;
        }
        let mut lent = resources.remove(address)?;
        drop(resources);
        let path: std::sync::Arc<str> = std::sync::Arc::from(file.path.as_str());
        for origin in lent.objects.iter_mut().flat_map(Evaluated::origins_mut) {
            origin.file = path.clone();
        }
        self.taken
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Some(lent)
    }

    /// The lent instance of `child`'s address, when its module directory holds the same files
    /// as `dir` (this configuration's) and its variables the same values: its objects with
    /// the origins of this configuration's files.
    fn take(&self, dir: usize, child: &eval::Evaluator) -> Option<LentChild> {
        let vars = format!("{:?}", child.vars);
        let mut children = self.children.lock().ok()?;
        let lent = children.get(&child.address)?;
        if lent.vars != vars {
            return None;
        }
        let paths = self.same(lent.dir, dir)?;
        // Every origin is one of the files compared: else nothing is taken.
        let all = lent
            .objects
            .iter()
            .flat_map(Evaluated::origins)
            .all(|at| paths.contains_key(&*at.file));
        if !all {
            return None;
        }
        let mut lent = children.remove(&child.address)?;
        drop(children);
        for origin in lent.objects.iter_mut().flat_map(Evaluated::origins_mut) {
            if let Some(file) = paths.get(&*origin.file) {
                origin.file = file.clone();
            }
        }
        self.taken
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Some(lent)
    }

    /// See `same`.
    fn same(&self, lent: usize, mine: usize) -> Option<std::sync::Arc<Paths>> {
        if let Some(done) = self.same.lock().ok()?.get(&(lent, mine)) {
            return done.clone();
        }
        let mut paths = Paths::new();
        let mut seen = std::collections::BTreeSet::new();
        let same = self
            .pair(lent, mine, &mut paths, &mut seen)
            .then(|| std::sync::Arc::new(paths));
        self.same.lock().ok()?.insert((lent, mine), same.clone());
        same
    }

    fn pair(
        &self,
        lent: usize,
        mine: usize,
        paths: &mut Paths,
        seen: &mut std::collections::BTreeSet<(usize, usize)>,
    ) -> bool {
        if !seen.insert((lent, mine)) {
            return true;
        }
        let (Some(l), Some(m)) = (self.dirs.get(lent), self.loaded.dirs.get(mine)) else {
            return false;
        };
        if !l.shallow || l.files.len() != m.files.len() || l.calls.len() != m.calls.len() {
            return false;
        }
        for (lent, &f) in l.files.iter().zip(&m.files) {
            let (Some(file), Some(syntax)) = (self.loaded.files.get(f), self.loaded.bodies.get(f))
            else {
                return false;
            };
            // The same text (parsed once, or in two files of one text) and name: the same
            // declarations, at the same lines.
            if file_name(&file.path) != lent.name
                || !(std::sync::Arc::ptr_eq(&lent.body, syntax) || lent.text == file.text)
            {
                return false;
            }
            paths.insert(lent.path.clone(), std::sync::Arc::from(file.path.as_str()));
        }
        l.calls.iter().zip(&m.calls).all(|((ln, lt), (mn, mt))| {
            ln == mn
                && match (lt, mt) {
                    (Target::Dir(x), Target::Dir(y)) => self.pair(*x, *y, paths, seen),
                    _ => false,
                }
        })
    }
}

/// As Terraform: a file holds blocks; an argument at its top level is an error ("Unsupported
/// argument"). https://developer.hashicorp.com/terraform/language/syntax/configuration
fn top_level_arguments(body: &Body, file: usize, errors: &mut Vec<EvalError>) {
    for s in body.iter() {
        if let Structure::Attribute(a) = s {
            errors.push(EvalError {
                message: format!(
                    "Unsupported argument: an argument named {:?} is not expected here (a file holds blocks)",
                    a.key.as_str()
                ),
                file,
                span: a.span(),
            });
        }
    }
}

/// Reads the root module in `dir` (`display` is how the directory is named in messages) and
/// the modules it calls.
pub fn read(
    dir: &Path,
    display: &str,
    variables: &Variables,
    access: &Access,
    provider: &mut dyn Provider,
) -> Result<Input> {
    let loaded = load(dir, display, access, None)?;
    evaluate(loaded, dir, display, variables, (access, access), provider)
}

/// Finds and parses the files of the root module in `dir` (named `display`) and of the modules
/// it calls, read from `tree`; a file whose text is one of `like`'s is not parsed again.
pub fn load(dir: &Path, display: &str, tree: &dyn Tree, like: Option<&Like>) -> Result<Loaded> {
    let parsed = like
        .map(|l| {
            l.0.iter()
                .map(|(text, body)| (text.as_str(), body))
                .collect()
        })
        .unwrap_or_default();
    load::load(dir, display, tree, &parsed)
}

/// The parsed files of a loaded configuration by their text, apart from it: another
/// configuration is loaded with them (see [`load`]) while this one is evaluated.
pub struct Like(Vec<(String, std::sync::Arc<Body>)>);

impl Like {
    /// The texts of the files.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(text, _)| text.as_str())
    }

    pub fn of(loaded: &Loaded) -> Like {
        Like(
            loaded
                .parsed()
                .into_iter()
                .map(|(text, body)| (text.to_owned(), body.clone()))
                .collect(),
        )
    }
}

/// Evaluates a configuration `load` read from `tree` (its root module in `dir`, named
/// `display`) into the model; the variable files the user names are read through `given`.
/// The files' syntax is dropped once evaluated, before the model is built.
pub fn evaluate(
    loaded: Loaded,
    dir: &Path,
    display: &str,
    variables: &Variables,
    (tree, given): (&dyn Tree, &Access),
    provider: &mut dyn Provider,
) -> Result<Input> {
    evaluate_borrowing(
        loaded,
        (dir, display),
        variables,
        (tree, given),
        provider,
        None,
    )
}

/// [`evaluate`], and what the evaluation lends to another configuration's (a base revision's,
/// evaluated after it: see [`Lent`]), when it is clean.
pub fn evaluate_lending(
    loaded: Loaded,
    (dir, display): (&Path, &str),
    variables: &Variables,
    (tree, given): (&dyn Tree, &Access),
    provider: &mut dyn Provider,
) -> Result<(Input, Option<Lent>)> {
    evaluate_sharing(
        loaded,
        (dir, display),
        variables,
        (tree, given),
        provider,
        Sharing::Lend,
    )
}

/// [`evaluate`], taking from `lent` (another configuration's evaluation) the instances of
/// the root module's calls it holds the same: the same input as [`evaluate`] reads.
pub fn evaluate_borrowing(
    loaded: Loaded,
    (dir, display): (&Path, &str),
    variables: &Variables,
    (tree, given): (&dyn Tree, &Access),
    provider: &mut dyn Provider,
    lent: Option<Lent>,
) -> Result<Input> {
    let sharing = lent.map_or(Sharing::No, Sharing::Borrow);
    evaluate_sharing(
        loaded,
        (dir, display),
        variables,
        (tree, given),
        provider,
        sharing,
    )
    .map(|(input, _)| input)
}

/// What an evaluation shares (see [`Lent`]).
enum Sharing {
    No,
    Lend,
    Borrow(Lent),
}

fn evaluate_sharing(
    loaded: Loaded,
    (dir, display): (&Path, &str),
    variables: &Variables,
    (tree, given): (&dyn Tree, &Access),
    provider: &mut dyn Provider,
    sharing: Sharing,
) -> Result<(Input, Option<Lent>)> {
    let schema = provider.schema();
    // Override files are merged into the blocks they override, after the other files.
    let overrides = merge::Overrides::new(&loaded, display);
    let records = std::sync::Mutex::new(Vec::new());
    let plain = &Sources {
        files: &loaded.files,
        overrides: &overrides,
        share: Share::No,
    };
    let mut duplicates = overrides.errors.clone();
    let modules = modules(&loaded, &overrides, &mut duplicates);
    // The directory read first, `dir`: `load` fails when it has no .tf files.
    let Some(root) = modules.first() else {
        bail!("{display}: no .tf files: expected a Terraform module");
    };
    // Variable defaults and tfvars are evaluated on the configuration's one budget of steps
    // and bytes (a pull request's tfvars could otherwise double what the bounds allow).
    let no_module = Module::default();
    let constants = Evaluator::constants(&no_module);
    let vars = variable_values(root, dir, display, variables, (tree, given), &constants)?;
    let missing: Vec<String> = root
        .variables
        .keys()
        .filter(|v| !vars.contains_key(*v))
        .map(|v| format!("var.{v}"))
        .collect();
    // Every relevant resource instance of every module instance, in plan-like JSON: on two
    // evaluators when the root's module calls split between them and nothing in either ends
    // the evaluation (then the same as on one), else on one.
    let start = constants.budgets();
    let walk_all = |files: &Sources| {
        let run = Run {
            modules: &modules,
            root,
            vars: &vars,
            missing: &missing,
            files,
            schema,
        };
        match walk_split(&run, &start) {
            Some(walked) => {
                #[cfg(test)]
                tests::SPLIT.with(|n| n.set(n.get() + 1));
                walked
            }
            None => walk_whole(&run, start.clone()),
        }
    };
    let lending = matches!(sharing, Sharing::Lend);
    let walked = match sharing {
        Sharing::Borrow(lent) => {
            let Lent {
                dirs,
                children,
                mut resources,
                root: lent_root,
                used,
            } = lent;
            if lent_root != root_variables(root, &vars) {
                resources.clear();
            }
            let borrowing = Borrowing {
                dirs: &dirs,
                children: std::sync::Mutex::new(children),
                resources: std::sync::Mutex::new(resources),
                loaded: &loaded,
                same: std::sync::Mutex::default(),
                taken: std::sync::atomic::AtomicUsize::new(0),
            };
            let walked = walk_all(&Sources {
                share: Share::Borrow(&borrowing),
                ..*plain
            });
            // Taken only when nothing failed, and the evaluation without what was taken (at
            // most what both evaluations spent) would have ended the same: else evaluated
            // again, taking nothing.
            let spent = (
                walked.used.0.saturating_add(used.0),
                walked.used.1.saturating_add(used.1),
            );
            if walked.clean && start.cover(spent) {
                #[cfg(test)]
                tests::REUSED.with(|n| {
                    n.set(n.get() + borrowing.taken.load(std::sync::atomic::Ordering::Relaxed))
                });
                walked
            } else {
                walk_all(plain)
            }
        }
        Sharing::Lend => walk_all(&Sources {
            share: Share::Lend(&records),
            ..*plain
        }),
        Sharing::No => walk_all(plain),
    };
    let files = plain;
    let Walked {
        objects,
        not_analysed,
        errors: walk_errors,
        undeclared,
        missing,
        clean,
        used,
    } = walked;
    let lendable = lending && clean && duplicates.is_empty();
    let mut failures = duplicates;
    failures.extend(walk_errors);
    let mut errors: Vec<Diagnostic> = loaded.errors.clone();
    errors.extend(
        failures
            .into_iter()
            .map(|e| files.locate(e.file, e.span.map(|s| s.start), &e.message)),
    );
    errors.dedup();
    // What is lent of the files: each module directory's.
    let lent_dirs = lendable.then(|| {
        let plain = loaded
            .dirs
            .first()
            .is_some_and(|d| d.files.iter().all(|&f| !overrides.is_override(f)));
        (
            lent_dirs(&loaded, &modules),
            root_variables(root, &vars),
            plain,
        )
    });
    // What the objects need was copied out of the syntax: it goes before the model is built.
    drop(modules);
    drop(overrides);
    // The inline ignores and the lines each covers, from the syntax before it goes.
    let mut collected = Vec::new();
    for (f, body) in loaded.files.iter().zip(&loaded.bodies) {
        ignores::collect(f, body, &mut collected);
    }
    free_aside(loaded);
    for e in &objects {
        provider.learn(&Naming {
            rtype: &e.rtype,
            module: &e.module,
            name: &e.name,
            address: &e.address,
            deposed: false,
            values: &[&e.json],
        });
    }

    let mut input = Input::default();
    let configured: Vec<(&Origin, Object)> = objects
        .iter()
        .map(|e| {
            let obj = Object {
                address: e.address.clone(),
                rtype: &e.rtype,
                module: &e.module,
                key: e.key.as_ref().map(|k| instance_address("", Some(k))),
                values: &e.json,
                unknown: &e.unknown,
                sensitive: &e.sensitive,
                exprs: Some(&e.exprs),
                traced: Some(&e.traced),
                origin: Some(&e.origin),
                origins: &e.origins,
                for_each: None,
                modules: &NO_MODULES,
            };
            (&e.origin, obj)
        })
        .collect();
    // A value AWS would reject (a CIDR that is not one) is reported at its block; the other
    // resources are still read.
    errors.extend(provider.add_configured(&configured));
    drop(configured);
    let lent = match lent_dirs {
        Some(lent_dirs) => {
            let records = records.into_inner().unwrap_or_default();
            Some(lend(
                lent_dirs,
                records,
                objects,
                (&missing, &undeclared),
                used,
            ))
        }
        None => {
            free_aside(objects);
            None
        }
    };
    provider.finish(&mut input, Finish::Configuration);
    input.not_analysed = not_analysed;
    if !undeclared.is_empty() {
        input.notes.push(Diagnostic::note(
            None,
            format!(
                "not declared in this configuration, so unknown: {}",
                undeclared.iter().cloned().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    // The provider's own errors (found once every object is read) after the objects'.
    errors.append(&mut input.errors);
    input.errors = errors;
    input.ignores = collected;
    let mut missing_variables = missing;
    missing_variables.sort();
    missing_variables.dedup();
    input.source = Source {
        path: display.to_owned(),
        kind: SourceKind::Hcl,
        format_version: None,
        terraform_version: None,
        complete: true,
        missing_variables,
        base: None,
    };
    Ok((input, lent))
}

/// The module of each directory of `loaded`, in order, with the errors of their declarations
/// (after `errors`, in the directories' order).
fn modules<'a>(
    loaded: &'a Loaded,
    overrides: &'a merge::Overrides,
    errors: &mut Vec<EvalError>,
) -> Vec<Module<'a>> {
    let least = if cfg!(test) { 2 } else { SPLIT_FILES };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    #[cfg(test)]
    let threads = if tests::WHOLE.with(std::cell::Cell::get) {
        1
    } else {
        threads
    };
    let mut modules = Vec::with_capacity(loaded.dirs.len());
    for (index, d) in loaded.dirs.iter().enumerate() {
        let declared = |files: &[usize], errors: &mut Vec<EvalError>| {
            let mut module = Module::default();
            for &file in files {
                #[expect(
                    clippy::indexing_slicing,
                    reason = "a directory's files are positions in `bodies`, pushed with them"
                )]
                let body = &loaded.bodies[file];
                top_level_arguments(body, file, errors);
                if !overrides.is_override(file) {
                    declare(&mut module, body, file, &d.calls, errors);
                }
            }
            module
        };
        let split = (threads >= 2 && d.files.len() >= least)
            .then(|| declared_split(&d.files, &declared))
            .flatten();
        let mut module = match split {
            Some(module) => module,
            None => declared(&d.files, errors),
        };
        overrides.apply(loaded, index, &d.files, &mut module);
        modules.push(module);
    }
    modules
}

/// A directory's files declared on two threads, the first half on this one and the second on
/// another, then one module: the second's declarations after the first's, as one thread
/// declaring them in order would (a later call, output or local replaces an earlier one). None
/// when either half has an error or a variable or resource of the second is declared in the
/// first (an error one thread reports in its order): then the files are declared on one.
fn declared_split<'a>(
    files: &[usize],
    declared: &(dyn Fn(&[usize], &mut Vec<EvalError>) -> Module<'a> + Sync),
) -> Option<Module<'a>> {
    let (front, back) = files.split_at(files.len() / 2);
    let (first, second) = std::thread::scope(|s| {
        let theirs = s.spawn(|| {
            let mut errors = Vec::new();
            let module = declared(back, &mut errors);
            errors.is_empty().then_some(module)
        });
        let mut errors = Vec::new();
        let module = declared(front, &mut errors);
        let second = match theirs.join() {
            Ok(second) => second,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        (errors.is_empty().then_some(module), second)
    });
    let (mut module, second) = (first?, second?);
    let again = second
        .variables
        .keys()
        .any(|k| module.variables.contains_key(k))
        || second
            .resources
            .keys()
            .any(|k| module.resources.contains_key(k));
    if again {
        return None;
    }
    module.variables.extend(second.variables);
    module.locals.extend(second.locals);
    module.resources.extend(second.resources);
    module.calls.extend(second.calls);
    module.outputs.extend(second.outputs);
    #[cfg(test)]
    tests::DECLARED_SPLIT.with(|n| n.set(n.get() + 1));
    Some(module)
}

/// How many files a module directory has, at least, for [`modules`] to declare them on two
/// threads (any two in tests).
const SPLIT_FILES: usize = 256;

/// Frees the files' syntax or the evaluated objects on another thread while this one goes on
/// (building the model): freeing them took a tenth of a large tree's reading on the thread
/// the run waits on. Nothing read depends on when it is done.
fn free_aside<T: Send + 'static>(value: T) {
    // Without a thread the value is freed here, with the failed spawn's closure.
    let _ = std::thread::Builder::new().spawn(move || drop(value));
}

/// How many evaluated instances go to the thread that turns them into JSON at once.
const BATCH: usize = 256;

/// The most resource and module instances a configuration may expand to: `count` and
/// `for_each` (each at most 100,000) multiply through modules, and a module of 1,000 instances
/// each with a resource of 1,000 would be a million resources (about 4 GB).
const MAX_TOTAL_INSTANCES: usize = 250_000;

/// The instances a configuration may still expand to; once spent, nothing more is read.
struct Budget {
    left: usize,
    spent: bool,
}

impl Budget {
    fn new(left: usize) -> Budget {
        Budget { left, spent: false }
    }

    /// Whether the evaluation steps ran out: then nothing more can be evaluated, the reading
    /// stops, and the error is the one reported where they ran out (not one per block).
    fn out_of_steps(&mut self, ev: &Evaluator) -> bool {
        let out = ev.out_of_steps.borrow().is_some();
        self.spent |= out;
        out
    }

    /// Takes `n` instances for the block at `file`/`span`, or records the error that ends
    /// the reading.
    fn take(
        &mut self,
        n: usize,
        file: usize,
        span: Option<std::ops::Range<usize>>,
        errors: &mut Vec<EvalError>,
    ) -> bool {
        if self.spent {
            return false;
        }
        match self.left.checked_sub(n) {
            Some(left) => {
                self.left = left;
                true
            }
            None => {
                self.spent = true;
                errors.push(EvalError {
                    message: format!(
                        "the configuration expands to more than {MAX_TOTAL_INSTANCES} resource and module instances here (count and for_each multiply through modules); what follows is not read"
                    ),
                    file,
                    span,
                });
                false
            }
        }
    }
}

/// What a configuration's evaluation starts from.
struct Run<'r, 'a> {
    modules: &'a [Module<'a>],
    root: &'a Module<'a>,
    /// The root module's variable values.
    vars: &'r BTreeMap<String, Val>,
    /// The root module's variables without a value (`var.NAME`).
    missing: &'r [String],
    files: &'r Sources<'r>,
    schema: &'static dyn Schema,
}

/// What the evaluation of a configuration gives.
struct Walked {
    /// Every relevant resource instance, in the order walked.
    objects: Vec<Evaluated>,
    not_analysed: Vec<String>,
    /// The errors of the walk, then the cycles between resources, then where the steps or
    /// bytes ran out.
    errors: Vec<EvalError>,
    undeclared: std::collections::BTreeSet<String>,
    /// Variables without a value, in no order.
    missing: Vec<String>,
    /// Whether nothing failed or ran out (an error, a cycle, a bound reached, a reference
    /// refused for its depth).
    clean: bool,
    /// The steps and weight spent (see [`Budgets::used_since`]), on every evaluator.
    used: (u64, u64),
}

/// The evaluator of the root module of `run` on `budgets`.
fn root_evaluator<'a>(run: &Run<'_, 'a>, budgets: Budgets) -> Evaluator<'a> {
    let missing = Rc::new(RefCell::new(run.missing.to_vec()));
    let mut ev = Evaluator::new(
        run.modules,
        run.root,
        String::new(),
        run.vars.clone(),
        missing,
    );
    ev.set_budgets(budgets);
    ev
}

/// Evaluates the configuration on one evaluator. Each evaluated instance is turned into
/// plan-like JSON on another thread while the next is evaluated (the evaluator shares its
/// values within one thread): in the order walked.
fn walk_whole(run: &Run, budgets: Budgets) -> Walked {
    let mark = budgets.mark();
    let ev = root_evaluator(run, budgets);
    let mut not_analysed = Vec::new();
    let mut errors = Vec::new();
    let mut budget = Budget::new(MAX_TOTAL_INSTANCES);
    let objects = converting(run.schema, |sink| {
        walk(
            &ev,
            run.files,
            sink,
            &mut not_analysed,
            &mut errors,
            (&mut budget, run.schema),
        );
    });
    // Cycles between resources, wherever a reference met one (in this module or below).
    errors.extend(ev.cycles.borrow().values().cloned());
    errors.extend(ev.out_of_steps.borrow().clone());
    let undeclared = ev.undeclared.take();
    let missing = ev.missing.take();
    let clean = errors.is_empty() && !budget.spent && !ev.spent() && !ev.deep.get();
    Walked {
        objects,
        not_analysed,
        errors,
        undeclared,
        missing,
        clean,
        used: ev.budgets().used_since(mark),
    }
}

/// Runs `walking` with a sink of evaluated instances that turns them into plan-like JSON on
/// another thread, and returns them in the order given.
fn converting(
    schema: &'static dyn Schema,
    walking: impl FnOnce(&mut dyn FnMut(Item)),
) -> Vec<Evaluated> {
    // They go in batches: a wake-up of the thread per instance cost more than it saved.
    std::thread::scope(|s| {
        let (send, receive) = std::sync::mpsc::channel::<Vec<Item>>();
        let converting = s.spawn(move || {
            let mut objects = Vec::new();
            for item in receive.into_iter().flatten() {
                item.evaluated(schema, &mut objects);
            }
            objects
        });
        let mut batch = Vec::new();
        // The thread ends only by a panic, raised at the join: a batch it cannot take is
        // dropped.
        let mut sink = |i: Item| {
            batch.push(i);
            if batch.len() == BATCH {
                let _ = send.send(std::mem::take(&mut batch));
            }
        };
        walking(&mut sink);
        let _ = send.send(batch);
        drop(send);
        match converting.join() {
            Ok(objects) => objects,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// One part of a module instance's walk, in order: one of its resources, or one of its module
/// calls (its instances, or the note that it is not analysed). [`walk`] takes them in order;
/// [`walk_split`] shares the root module's out between two evaluators.
enum Part<'a> {
    Resource(&'a (String, String), Located<&'a Block>),
    Call(&'a str, &'a (Located<&'a Block>, Target)),
}

impl<'a> Part<'a> {
    /// A module instance's parts in the order one evaluator walks them: its resources, then its
    /// module calls.
    fn of(module: &'a Module<'a>) -> impl Iterator<Item = Part<'a>> {
        module
            .resources
            .iter()
            .map(|(key, decl)| Part::Resource(key, *decl))
            .chain(
                module
                    .calls
                    .iter()
                    .map(|(name, call)| Part::Call(name.as_str(), call)),
            )
    }
}

/// Evaluates one part of a module instance on `ev`; false when nothing more is to be read (the
/// steps or the instances ran out).
fn walk_part(
    ev: &Evaluator,
    files: &Sources,
    part: &Part,
    objects: &mut dyn FnMut(Item),
    not_analysed: &mut Vec<String>,
    errors: &mut Vec<EvalError>,
    (budget, schema): (&mut Budget, &dyn Schema),
) -> bool {
    match part {
        Part::Resource(key, decl) => {
            // A root module's resource without `count` or `for_each` is shared with another
            // configuration's evaluation (see [`Lent`]).
            let single = ev.address.is_empty()
                && attribute(&decl.item.body, "count").is_none()
                && attribute(&decl.item.body, "for_each").is_none();
            let address = || format!("{}.{}", key.0, key.1);
            if single
                && let Share::Borrow(borrowing) = files.share
                && let Some(lent) = borrowing.take_resource(&address(), decl, files)
            {
                // What its walk would take.
                if !budget.take(lent.instances, decl.file, decl.item.span(), errors) {
                    return false;
                }
                objects(Item::Reused(lent.objects));
                return true;
            }
            let left = budget.left;
            ev.impure.set(false);
            let more = walk_resource(ev, files, (key, decl), objects, errors, (budget, schema));
            if single
                && !ev.impure.get()
                && let Share::Lend(records) = files.share
                && let Ok(mut records) = records.lock()
            {
                records.push(Record::Resource {
                    address: address(),
                    block: block_at(decl.item),
                    file: files.at(decl.file, 0).map(|(f, _)| f.path.clone()),
                    instances: left.saturating_sub(budget.left),
                });
            }
            more
        }
        Part::Call(name, call) => walk_call(
            ev,
            files,
            (name, call),
            objects,
            not_analysed,
            errors,
            (budget, schema),
        ),
    }
}

/// What the second evaluator of [`walk_split`] gives: the objects and notes of the parts it
/// took (in order), what it found, and whether anything ended its evaluation.
struct Second {
    parts: Vec<(Vec<Evaluated>, Vec<String>)>,
    undeclared: std::collections::BTreeSet<String>,
    missing: Vec<String>,
    clean: bool,
    used: (u64, u64),
}

/// Evaluates the configuration on two evaluators, each on its own thread and half of the
/// budgets: the root module and the instances of its module calls from the first on one, the
/// instances from the last on the other, until they meet. The evaluators share nothing (the
/// second evaluates again what a reference from the root took of a module instance), so what
/// each builds and finds is what one evaluator would, as long as nothing ends or fails the
/// evaluation: then the objects, in order, are the same, and this is taken. Otherwise (an
/// error, a cycle, a bound reached on either side, a reference refused for its depth: what
/// depends on the order things are evaluated in) None: the configuration is evaluated again
/// on one evaluator, which reports what it finds in its order.
fn walk_split(run: &Run, start: &Budgets) -> Option<Walked> {
    let dirs = run
        .root
        .calls
        .values()
        .filter(|(_, target)| matches!(target, Target::Dir(_)))
        .count();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    #[cfg(test)]
    if tests::WHOLE.with(std::cell::Cell::get) {
        return None;
    }
    if threads < 2 || dirs < SPLIT_CALLS || start.spent() {
        return None;
    }
    let (mine, theirs) = start.halves();
    let (mark, their_mark) = (mine.mark(), theirs.mark());
    let ev = root_evaluator(run, mine);
    let files = run.files;
    let schema = run.schema;
    let mut budget = Budget::new(MAX_TOTAL_INSTANCES / 2);
    let mut not_analysed = Vec::new();
    let mut errors = Vec::new();
    let failed = |ev: &Evaluator, budget: &Budget, errors: &[EvalError]| {
        !errors.is_empty()
            || budget.spent
            || ev.spent()
            || ev.deep.get()
            || !ev.cycles.borrow().is_empty()
    };
    // The root module's resources, then its module calls, as parts: the first evaluator takes
    // them from the front, the second from the back, until they meet; either stops both when
    // something fails on its side.
    let parts: Vec<Part> = Part::of(run.root).collect();
    let left = std::sync::Mutex::new((0, parts.len()));
    let stop = std::sync::atomic::AtomicBool::new(false);
    let stopped = || stop.load(std::sync::atomic::Ordering::Relaxed);
    let take = |front: bool| {
        left.lock().ok().and_then(|mut l| {
            (l.0 < l.1).then(|| {
                if front {
                    l.0 += 1;
                    l.0 - 1
                } else {
                    l.1 -= 1;
                    l.1
                }
            })
        })
    };
    let mut second: Option<Second> = None;
    // What this side's evaluator found, taken from it once its walk is done (see below).
    let mut mine = None;
    let objects = converting(schema, |sink| {
        let ev = ev;
        if let Err(e) = ev.check_locals() {
            errors.push(e);
            return;
        }
        std::thread::scope(|s| {
            let other = s.spawn(|| {
                let ev = root_evaluator(run, theirs);
                let mut budget = Budget::new(MAX_TOTAL_INSTANCES - MAX_TOTAL_INSTANCES / 2);
                let mut errors = Vec::new();
                let mut done = Vec::new();
                let mut clean = true;
                while !stopped() {
                    let Some(part) = take(false).and_then(|i| parts.get(i)) else {
                        break;
                    };
                    let mut objects = Vec::new();
                    let mut notes = Vec::new();
                    let more = walk_part(
                        &ev,
                        files,
                        part,
                        &mut |i| i.evaluated(schema, &mut objects),
                        &mut notes,
                        &mut errors,
                        (&mut budget, schema),
                    );
                    done.push((objects, notes));
                    if !more || failed(&ev, &budget, &errors) {
                        clean = false;
                        stop.store(true, std::sync::atomic::Ordering::Relaxed);
                        break;
                    }
                }
                done.reverse();
                Second {
                    parts: done,
                    undeclared: ev.undeclared.take(),
                    missing: ev.missing.take(),
                    clean,
                    used: ev.budgets().used_since(their_mark),
                }
            });
            while !stopped() {
                let Some(part) = take(true).and_then(|i| parts.get(i)) else {
                    break;
                };
                let more = walk_part(
                    &ev,
                    files,
                    part,
                    sink,
                    &mut not_analysed,
                    &mut errors,
                    (&mut budget, schema),
                );
                if !more || failed(&ev, &budget, &errors) {
                    stop.store(true, std::sync::atomic::Ordering::Relaxed);
                    break;
                }
            }
            // This side is done: what its evaluator found is taken, and it is dropped (its
            // memoised values, a tenth of this side's walk) while the other side finishes its
            // last part and the converting thread its last objects, not after them.
            mine = Some((
                failed(&ev, &budget, &errors),
                ev.undeclared.take(),
                ev.missing.take(),
                ev.budgets().used_since(mark),
            ));
            drop(ev);
            second = match other.join() {
                Ok(second) => Some(second),
                Err(panic) => std::panic::resume_unwind(panic),
            };
        });
    });
    let second = second?;
    let (failed_here, mut undeclared, mut missing, used) = mine?;
    if !second.clean || stop.into_inner() || failed_here {
        return None;
    }
    let mut objects = objects;
    for (more, notes) in second.parts {
        objects.extend(more);
        not_analysed.extend(notes);
    }
    undeclared.extend(second.undeclared);
    missing.extend(second.missing);
    Some(Walked {
        objects,
        not_analysed,
        errors: Vec::new(),
        undeclared,
        missing,
        clean: true,
        used: (
            used.0.saturating_add(second.used.0),
            used.1.saturating_add(second.used.1),
        ),
    })
}

/// How many module calls the root module makes, at least, for its evaluation to be split
/// over two evaluators (see [`walk_split`]).
const SPLIT_CALLS: usize = 2;

/// Evaluates the relevant resources of a module instance and, recursively, of the modules it
/// calls.
fn walk(
    ev: &Evaluator,
    files: &Sources,
    objects: &mut dyn FnMut(Item),
    not_analysed: &mut Vec<String>,
    errors: &mut Vec<EvalError>,
    (budget, schema): (&mut Budget, &dyn Schema),
) {
    // One broken resource or module call does not hide the others: its error is collected.
    if let Err(e) = ev.check_locals() {
        errors.push(e);
    }
    for part in Part::of(ev.module) {
        if !walk_part(
            ev,
            files,
            &part,
            objects,
            not_analysed,
            errors,
            (budget, schema),
        ) {
            return;
        }
    }
}

/// Evaluates the instances of one module call of a module instance (or notes that it is not
/// analysed); false when nothing more is to be read (the steps or the instances ran out).
fn walk_call(
    ev: &Evaluator,
    files: &Sources,
    (name, (call, target)): (&str, &(Located<&Block>, Target)),
    objects: &mut dyn FnMut(Item),
    not_analysed: &mut Vec<String>,
    errors: &mut Vec<EvalError>,
    (budget, schema): (&mut Budget, &dyn Schema),
) -> bool {
    match target {
        load::Target::NotAnalysed(why) => {
            let at = files.origin(call.file, call.item.span().map_or(0, |s| s.start));
            let module = format!("module.{name}");
            let module = if ev.address.is_empty() {
                module
            } else {
                format!("{}.{module}", ev.address)
            };
            not_analysed.push(format!("{module}: {why} ({at})"));
        }
        load::Target::Dir(dir) => match ev.children(name) {
            Ok(children) => {
                if !budget.take(children.len(), call.file, call.item.span(), errors) {
                    return false;
                }
                // The instances of the root module's calls are shared with another
                // configuration's evaluation (see [`Lent`]).
                let share = if ev.address.is_empty() {
                    files.share
                } else {
                    Share::No
                };
                for child in children.iter() {
                    if let Share::Borrow(borrowing) = share
                        && let Some(lent) = borrowing.take(*dir, &child.ev)
                    {
                        // What the walk of the instance would take and find.
                        if !budget.take(lent.instances, call.file, call.item.span(), errors) {
                            return false;
                        }
                        ev.missing.borrow_mut().extend(lent.missing);
                        objects(Item::Reused(lent.objects));
                        continue;
                    }
                    let left = budget.left;
                    walk(
                        &child.ev,
                        files,
                        objects,
                        not_analysed,
                        errors,
                        (budget, schema),
                    );
                    if let Share::Lend(records) = share
                        && let Ok(mut records) = records.lock()
                    {
                        records.push(Record::Call {
                            address: child.ev.address.clone(),
                            dir: *dir,
                            vars: format!("{:?}", child.ev.vars),
                            instances: left.saturating_sub(budget.left),
                        });
                    }
                    if budget.spent {
                        return false;
                    }
                }
            }
            Err(_) if budget.out_of_steps(ev) => return false,
            Err(e) => errors.push(e),
        },
    }
    true
}

/// Evaluates the instances of one resource of a module instance, if relevant; false when
/// nothing more is to be read (the steps or the instances ran out).
fn walk_resource(
    ev: &Evaluator,
    files: &Sources,
    ((rtype, name), decl): (&(String, String), &Located<&Block>),
    objects: &mut dyn FnMut(Item),
    errors: &mut Vec<EvalError>,
    (budget, schema): (&mut Budget, &dyn Schema),
) -> bool {
    let prefix = |a: String| {
        if ev.address.is_empty() {
            a
        } else {
            format!("{}.{a}", ev.address)
        }
    };
    // A type only scanned is evaluated for the arguments that may reference what the
    // provider reads, and a value that fails to evaluate skips it: sgaudit does not check
    // resources it does not read.
    let (keep, scan): (Option<Vec<&str>>, bool) = match schema.reads(rtype) {
        Reads::Nothing => return true,
        Reads::All => (None, false),
        Reads::Only(arguments) => (Some(arguments), false),
        Reads::Scan => match referencing(&decl.item.body, schema.scanned_for()) {
            arguments if arguments.is_empty() => return true,
            arguments => (Some(arguments), true),
        },
    };
    let instances = match ev.instances(decl.item, decl.file) {
        Ok(i) => i,
        Err(_) if budget.out_of_steps(ev) => return false,
        Err(_) if scan => return true,
        Err(e) => {
            errors.push(e);
            return true;
        }
    };
    if !budget.take(instances.len(), decl.file, decl.item.span(), errors) {
        return false;
    }
    for instance in instances {
        let address = prefix(instance_address(
            &format!("{rtype}.{name}"),
            instance.key.as_ref(),
        ));
        let (values, origins) =
            match body_value(ev, files, &decl.item.body, &instance.scope, keep.as_deref()) {
                Ok(v) => v,
                Err(_) if budget.out_of_steps(ev) => return false,
                Err(_) if scan => continue,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
        objects(Item::Instance(Instanced {
            rtype: rtype.clone(),
            name: name.clone(),
            module: ev.address.clone(),
            address,
            key: instance.key,
            values,
            origin: files.origin(decl.file, decl.item.span().map_or(0, |s| s.start)),
            origins,
        }));
    }
    true
}

/// The arguments and blocks of a body whose expressions may reference a resource of `types`:
/// by name, or through a module input or output, a local value or `each` (which may lead to
/// one).
fn referencing<'b>(body: &'b Body, types: &[&str]) -> Vec<&'b str> {
    use hcl_edit::expr::Expression;
    use hcl_edit::visit::{Visit, visit_expr};
    struct Roots<'t> {
        types: &'t [&'t str],
        found: bool,
    }
    impl Visit for Roots<'_> {
        fn visit_expr(&mut self, e: &Expression) {
            if self.found {
                return;
            }
            match e {
                Expression::Variable(v) => {
                    let root = v.as_str();
                    self.found = matches!(root, "module" | "var" | "local" | "each")
                        || self.types.contains(&root);
                }
                _ => visit_expr(self, e),
            }
        }
    }
    let mut out = Vec::new();
    for s in body.iter() {
        let mut roots = Roots {
            types,
            found: false,
        };
        let name = match s {
            // Meta-arguments: they give no value of the resource.
            Structure::Attribute(a)
                if matches!(
                    a.key.as_str(),
                    "count" | "for_each" | "provider" | "depends_on"
                ) =>
            {
                continue;
            }
            Structure::Block(b)
                if matches!(
                    b.ident.as_str(),
                    "lifecycle" | "timeouts" | "provisioner" | "connection"
                ) =>
            {
                continue;
            }
            Structure::Attribute(a) => {
                roots.visit_expr(&a.value);
                a.key.as_str()
            }
            Structure::Block(b) => {
                roots.visit_body(&b.body);
                match b.ident.as_str() {
                    "dynamic" => b.labels.first().map(label).unwrap_or_default(),
                    ident => ident,
                }
            }
        };
        if roots.found && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Records the declarations of one file.
fn declare<'a>(
    module: &mut Module<'a>,
    body: &'a Body,
    file: usize,
    calls: &BTreeMap<String, Target>,
    duplicates: &mut Vec<EvalError>,
) {
    for s in body.iter() {
        let Structure::Block(block) = s else { continue };
        let labels: Vec<&str> = block.labels.iter().map(label).collect();
        match (block.ident.as_str(), labels.as_slice()) {
            // As Terraform: a name is an identifier (a letter or `_`, then letters, digits, `_`
            // and `-`); one that is not (a quote, a newline) must not reach an address.
            (kind @ ("resource" | "data" | "variable" | "module" | "output"), labels)
                if labels.iter().any(|l| hcl_edit::Ident::try_new(*l).is_err()) =>
            {
                let bad = labels
                    .iter()
                    .find(|l| hcl_edit::Ident::try_new(**l).is_err())
                    .copied()
                    .unwrap_or_default();
                duplicates.push(EvalError {
                    message: format!(
                        "{kind} block: {bad:?} is not a valid name (a letter or underscore, then letters, digits, underscores and dashes)"
                    ),
                    file,
                    span: block.span(),
                });
            }
            ("variable", [name]) => {
                check_variable(block, file, duplicates);
                // Terraform refuses a variable declared twice in one module.
                if module.variables.contains_key(*name) {
                    duplicates.push(EvalError {
                        message: format!("variable {name:?} is declared twice"),
                        file,
                        span: block.span(),
                    });
                }
                module
                    .variables
                    .insert((*name).to_owned(), Located { item: block, file });
            }
            ("locals", []) => {
                for s in block.body.iter() {
                    if let Structure::Attribute(a) = s {
                        module.locals.insert(
                            a.key.as_str().to_owned(),
                            Located {
                                item: &a.value,
                                file,
                            },
                        );
                    }
                }
            }
            ("resource", [rtype, name]) => {
                let key = ((*rtype).to_owned(), (*name).to_owned());
                match module.resources.entry(key) {
                    // Terraform refuses a configuration that declares a resource twice.
                    std::collections::btree_map::Entry::Occupied(_) => duplicates.push(EvalError {
                        message: format!("{rtype}.{name} is declared twice"),
                        file,
                        span: block.span(),
                    }),
                    std::collections::btree_map::Entry::Vacant(slot) => {
                        slot.insert(Located { item: block, file });
                    }
                }
            }
            ("module", [name]) => {
                if let Some(target) = calls.get(*name) {
                    module.calls.insert(
                        (*name).to_owned(),
                        (Located { item: block, file }, target.clone()),
                    );
                }
            }
            ("output", [name]) => {
                if let Some(value) = attribute(&block.body, "value") {
                    module
                        .outputs
                        .insert((*name).to_owned(), Located { item: value, file });
                }
            }
            // As Terraform: a block with the wrong labels is an error, not a block to skip.
            (kind @ ("resource" | "data"), labels) if labels.len() != 2 => {
                duplicates.push(EvalError {
                    message: format!(
                        "a {kind} block takes two labels, its type and its name: {kind} \"TYPE\" \"NAME\" {{ ... }}"
                    ),
                    file,
                    span: block.span(),
                });
            }
            (kind @ ("variable" | "module" | "output"), labels) if labels.len() != 1 => {
                duplicates.push(EvalError {
                    message: format!(
                        "a {kind} block takes one label, its name: {kind} \"NAME\" {{ ... }}"
                    ),
                    file,
                    span: block.span(),
                });
            }
            _ => {}
        }
    }
}

/// The arguments and blocks a `variable` block may hold, as Terraform reads it
/// (developer.hashicorp.com/terraform/language/values/variables#arguments).
const VARIABLE_ARGUMENTS: [&str; 6] = [
    "default",
    "type",
    "description",
    "sensitive",
    "nullable",
    "ephemeral",
];

/// Refuses what Terraform refuses in a `variable` block: an argument or block it does not
/// know, a `type` that is not a type constraint.
fn check_variable(block: &Block, file: usize, errors: &mut Vec<EvalError>) {
    for s in block.body.iter() {
        match s {
            Structure::Attribute(a) if VARIABLE_ARGUMENTS.contains(&a.key.as_str()) => {
                if a.key.as_str() == "type"
                    && let Err(message) = type_constraint(&a.value, false)
                {
                    errors.push(EvalError {
                        message: format!("variable type: {message}"),
                        file,
                        span: a.value.span(),
                    });
                }
            }
            Structure::Attribute(a) => errors.push(EvalError {
                message: format!(
                    "variable block: unsupported argument {:?} (a variable takes {})",
                    a.key.as_str(),
                    VARIABLE_ARGUMENTS.join(", ")
                ),
                file,
                span: a.key.span(),
            }),
            Structure::Block(b) if b.ident.as_str() == "validation" => {}
            Structure::Block(b) => errors.push(EvalError {
                message: format!(
                    "variable block: unsupported block {:?} (a variable takes validation blocks)",
                    b.ident.as_str()
                ),
                file,
                span: b.ident.span(),
            }),
        }
    }
}

/// Whether an expression is a type constraint (developer.hashicorp.com/terraform/language/
/// expressions/type-constraints): `string`, `number`, `bool`, `any`, `list(T)`, `set(T)`,
/// `map(T)`, `object({ name = T })`, `tuple([T, ...])`; `optional(T)` and `optional(T,
/// default)` only as an object attribute's type.
fn type_constraint(e: &hcl_edit::expr::Expression, in_object: bool) -> Result<(), String> {
    use hcl_edit::expr::Expression;
    const EXPECTED: &str = "expected string, number, bool, any, list(...), set(...), map(...), object({...}) or tuple([...])";
    match e {
        Expression::Variable(v) => match v.as_str() {
            "string" | "number" | "bool" | "any" => Ok(()),
            other => Err(format!("{other:?} is not a type; {EXPECTED}")),
        },
        Expression::FuncCall(call) if call.name.namespace.is_empty() => {
            let name = call.name.name.as_str();
            let args: Vec<&Expression> = call.args.iter().collect();
            match (name, args.as_slice()) {
                ("list" | "set" | "map", [inner]) => type_constraint(inner, false),
                ("object", [Expression::Object(attrs)]) => attrs
                    .iter()
                    .try_for_each(|(_, v)| type_constraint(v.expr(), true)),
                ("tuple", [Expression::Array(items)]) => items
                    .iter()
                    .try_for_each(|item| type_constraint(item, false)),
                ("optional", [inner] | [inner, _]) if in_object => type_constraint(inner, false),
                ("optional", _) => {
                    Err("optional(...) is only an object attribute's type".to_owned())
                }
                _ => Err(format!("{name}(...) is not a type constructor; {EXPECTED}")),
            }
        }
        _ => Err(format!("not a type constraint; {EXPECTED}")),
    }
}

fn label(l: &BlockLabel) -> &str {
    match l {
        BlockLabel::Ident(i) => i.as_str(),
        BlockLabel::String(s) => s.value().as_str(),
    }
}

/// Variable values, lowest precedence first: declared defaults, `TF_VAR_name`,
/// `terraform.tfvars`, `*.auto.tfvars`, then `--var-file` and `--var` in the order given.
fn variable_values(
    module: &Module,
    dir: &Path,
    display: &str,
    given: &Variables,
    (tree, access): (&dyn Tree, &Access),
    constants: &Evaluator,
) -> Result<BTreeMap<String, Val>> {
    let join = |name: &str| load::join(display, name);
    let mut values = BTreeMap::new();
    for (name, decl) in &module.variables {
        if let Some(default) = attribute(&decl.item.body, "default")
            && let Ok(v) = constants.eval(default, &Scope::new(decl.file))
        {
            values.insert(name.clone(), v);
        }
    }
    for (key, raw) in std::env::vars() {
        if let Some(name) = key.strip_prefix("TF_VAR_")
            && module.variables.contains_key(name)
        {
            values.insert(name.to_owned(), cli_value(&raw));
        }
    }
    // Every file goes through the access policy: a link out of the repository, a FIFO, a
    // device or a file over the cap is refused with an error naming it, and nothing of it is
    // read. A directory is not a variable file (Terraform reads only files).
    // The configuration's own files are the tree's (the work tree, or a base revision); the
    // files the user names are read where they are.
    let mut files: Vec<(String, std::path::PathBuf, bool)> = Vec::new();
    let is_dir = |p: &Path| matches!(tree.follow(p), Ok((_, crate::access::Node::Dir)));
    let tfvars = dir.join("terraform.tfvars");
    if tree.exists(&tfvars) && !is_dir(&tfvars) {
        files.push((join("terraform.tfvars"), tfvars, true));
    }
    let mut auto: Vec<_> = tree
        .entries(dir)
        .map_err(|e| anyhow::anyhow!("{display}: cannot read directory: {e}"))?
        .into_iter()
        .filter(|e| {
            e.path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with(".auto.tfvars"))
                && !e.dir
        })
        .map(|e| e.path)
        .collect();
    auto.sort();
    files.extend(auto.into_iter().map(|p| {
        (
            join(&p.file_name().unwrap_or_default().to_string_lossy()),
            p,
            true,
        )
    }));
    files.extend(given.files.iter().map(|f| (f.clone(), f.into(), false)));
    for (name, path, own) in files {
        let text = if own {
            tree.read_text(&path, &name)?
        } else {
            access.read_text(&path, &name)?
        };
        let body = load::parse(&name, &text)?;
        let file = SourceFile::new(name, text, None);
        for s in body.iter() {
            if let Structure::Attribute(a) = s {
                let v = constants.eval(&a.value, &Scope::new(0)).map_err(|e| {
                    anyhow::Error::new(file.locate(e.span.map(|s| s.start), &e.message))
                })?;
                values.insert(a.key.as_str().to_owned(), v);
            }
        }
    }
    for assignment in &given.vars {
        let Some((name, raw)) = assignment.split_once('=') else {
            bail!("--var {assignment:?}: expected name=value");
        };
        if !module.variables.contains_key(name) {
            bail!("--var {name}: the module declares no variable {name:?}");
        }
        values.insert(name.to_owned(), cli_value(raw));
    }
    Ok(values)
}

/// A value from the command line or the environment: HCL for lists, maps and quoted strings,
/// the raw text otherwise (as Terraform reads primitive values).
fn cli_value(raw: &str) -> Val {
    let trimmed = raw.trim_start();
    let empty = Module::default();
    if trimmed.starts_with(['[', '{', '"'])
        && let Ok(expr) = hcl_edit::parser::parse_expr(raw)
        && let Ok(v) = Evaluator::constants(&empty).eval(&expr, &Scope::new(0))
    {
        return v;
    }
    Val::Str(raw.to_owned())
}

/// A resource body as a plan's `after` holds it: attributes, and nested blocks (written or
/// `dynamic`) as lists of objects under their name.
/// Also returns where each nested block is declared (`{"ingress": [main.tf:14, ...]}`).
/// With `keep`, only the attributes and blocks it names are evaluated (a resource that attaches
/// groups is read for a few arguments; the others may use functions this reader lacks).
fn body_value(
    ev: &Evaluator,
    files: &Sources,
    body: &Body,
    scope: &Scope,
    keep: Option<&[&str]>,
) -> Result<(Val, BlockOrigins), EvalError> {
    let kept = |name: &str| keep.is_none_or(|k| k.contains(&name));
    let mut attrs = BTreeMap::new();
    let mut blocks: BTreeMap<String, Val> = BTreeMap::new();
    let mut origins = BlockOrigins::new();
    let origin = |b: &Block| files.origin(scope.file, b.span().map_or(0, |s| s.start));
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                let key = a.key.as_str();
                if matches!(key, "count" | "for_each" | "provider" | "depends_on") || !kept(key) {
                    continue;
                }
                attrs.insert(key.to_owned(), ev.eval(&a.value, scope)?);
            }
            Structure::Block(b) => {
                let ident = b.ident.as_str();
                if matches!(
                    ident,
                    "lifecycle" | "timeouts" | "provisioner" | "connection"
                ) {
                    continue;
                }
                if ident == "dynamic" {
                    let name = b.labels.first().map(label).unwrap_or_default().to_owned();
                    if !kept(&name) {
                        continue;
                    }
                    let expanded = dynamic(ev, files, b, &name, scope)?;
                    if let Val::List(more) = &expanded {
                        origins
                            .entry(name.clone())
                            .or_default()
                            .extend(more.iter().map(|_| origin(b)));
                    }
                    let entry = blocks.entry(name).or_insert_with(|| Val::List(Vec::new()));
                    match (entry, expanded) {
                        (Val::List(list), Val::List(more)) => list.extend(more),
                        (entry, unknown) => *entry = unknown,
                    }
                    continue;
                }
                if !kept(ident) {
                    continue;
                }
                let (value, _) = body_value(ev, files, &b.body, scope, None)?;
                if let Val::List(list) = blocks
                    .entry(ident.to_owned())
                    .or_insert_with(|| Val::List(Vec::new()))
                {
                    list.push(value);
                    origins.entry(ident.to_owned()).or_default().push(origin(b));
                }
            }
        }
    }
    attrs.extend(blocks);
    Ok((Val::Map(attrs), origins))
}

/// A `dynamic` block: one object per element of `for_each`, the iterator bound to
/// `{key, value}` under the block's name or its `iterator`.
fn dynamic(
    ev: &Evaluator,
    files: &Sources,
    block: &Block,
    name: &str,
    scope: &Scope,
) -> Result<Val, EvalError> {
    let for_each = attribute(&block.body, "for_each").ok_or_else(|| EvalError {
        message: format!("dynamic {name:?} has no for_each"),
        file: scope.file,
        span: block.span(),
    })?;
    let iterator = match attribute(&block.body, "iterator") {
        Some(hcl_edit::expr::Expression::Variable(v)) => v.as_str().to_owned(),
        _ => name.to_owned(),
    };
    let content = block.body.iter().find_map(|s| match s {
        Structure::Block(b) if b.ident.as_str() == "content" => Some(b),
        _ => None,
    });
    let Some(content) = content else {
        return Err(EvalError {
            message: format!("dynamic {name:?} has no content block"),
            file: scope.file,
            span: block.span(),
        });
    };
    // As Terraform: the blocks a sensitive collection makes are sensitive.
    let (collection, marked) = ev.eval(for_each, scope)?.unmark();
    let items = match collection {
        Val::Unknown(r) => return Ok(Val::Unknown(r).mark_if(marked)),
        v => eval::pairs(v).map_err(|m| EvalError {
            message: m,
            file: scope.file,
            span: for_each.span(),
        })?,
    };
    let mut out = Vec::new();
    for (key, value) in items {
        let inner = scope.with(&iterator, map([("key", key), ("value", value)]));
        out.push(
            body_value(ev, files, &content.body, &inner, None)?
                .0
                .mark_if(marked),
        );
    }
    Ok(Val::List(out))
}

/// Terraform cannot mark one element of a set: a sensitive value anywhere in a set-typed
/// attribute (a group's `ingress`/`egress`, a prefix list's `entry`) marks the whole attribute,
/// as a plan's `after_sensitive` shows it.
fn set_marks(sets: &[&str], sensitive: &mut Json) {
    if let Json::Object(masks) = sensitive {
        for set in sets {
            if let Some(mask) = masks.get_mut(*set)
                && *mask != Json::Bool(false)
            {
                *mask = Json::Bool(true);
            }
        }
    }
}

/// The plan `configuration` shape for an evaluated body (every configured attribute), and the
/// references its unknown values come from: by attribute, and by argument of each nested block
/// (`vpc_config[0].security_group_ids`); a field without any is left out
/// ([`Object::trace`] reads it as none).
fn expressions(values: &Val) -> (Json, BTreeMap<String, Vec<Traced>>) {
    /// The unknown references inside `value`, each once, in order.
    fn traced(value: &Val) -> Vec<Traced> {
        let mut refs = Vec::new();
        value.unknown_references(&mut refs);
        refs.sort();
        refs.dedup();
        refs.into_iter()
            .map(|r| Traced {
                reference: r.reference,
                module: r.module,
            })
            .collect()
    }
    let mut traced_by = BTreeMap::new();
    let Val::Map(m) = values else {
        return (Json::Object(serde_json::Map::new()), traced_by);
    };
    let mut configured = serde_json::Map::with_capacity(m.len());
    for (k, v) in m {
        configured.insert(k.clone(), Json::Object(serde_json::Map::new()));
        let refs = traced(v);
        if refs.is_empty() {
            // Nothing unknown in the attribute: nor in any of its blocks' arguments.
            continue;
        }
        // The arguments of nested blocks too (`vpc_config[0].security_group_ids`).
        if let Val::List(blocks) = v {
            for (i, block) in blocks.iter().enumerate() {
                let Val::Map(args) = block else { continue };
                for (arg, value) in args {
                    let refs = traced(value);
                    if !refs.is_empty() {
                        traced_by.insert(format!("{k}[{i}].{arg}"), refs);
                    }
                }
            }
        }
        traced_by.insert(k.clone(), refs);
    }
    (Json::Object(configured), traced_by)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::aws::{ONE_BY_ONE, SPLIT_ADDS};

    thread_local! {
        /// Evaluate on one evaluator only (see `walk_split`).
        pub static WHOLE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        /// How many evaluations were split over two evaluators and taken.
        pub static SPLIT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
        /// How many instances of module calls were taken from another evaluation.
        pub static REUSED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
        /// How many directories' files were declared on two threads and taken.
        pub static DECLARED_SPLIT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// A read as the tests compare it: the whole input, to the last note and origin, or the
    /// error.
    fn shown(input: Result<Input>) -> String {
        match input {
            Ok(input) => format!("{input:#?}"),
            Err(e) => format!("error: {e:#}"),
        }
    }

    /// A configuration whose root module has resources and calls modules (with `count`,
    /// `for_each`, outputs the root references, a call not analysed, variables without a
    /// value, undeclared resources) reads the same, to the last note and origin, when its
    /// evaluation is split over two evaluators as on one; and one with an error in a module
    /// instance is evaluated again on one evaluator, with the same errors in the same order.
    #[test]
    fn a_split_evaluation_reads_as_one() {
        let module = "variable \"name\" {}\nvariable \"cidrs\" {\n  default = []\n}\nvariable \"unset\" {}\n\nresource \"aws_security_group\" \"this\" {\n  name = var.name\n  dynamic \"ingress\" {\n    for_each = var.cidrs\n    content {\n      from_port   = 443\n      to_port     = 443\n      protocol    = \"tcp\"\n      cidr_blocks = [ingress.value]\n    }\n  }\n}\n\nresource \"aws_vpc_security_group_ingress_rule\" \"extra\" {\n  for_each          = toset(var.cidrs)\n  security_group_id = aws_security_group.this.id\n  cidr_ipv4         = each.value\n  from_port         = 22\n  to_port           = 22\n  ip_protocol       = \"tcp\"\n}\n\noutput \"id\" {\n  value = aws_security_group.this.id\n}\n";
        let mut root = String::from(
            "variable \"vpc\" {}\n\nmodule \"remote\" {\n  source = \"terraform-aws-modules/security-group/aws\"\n}\n\nresource \"aws_instance\" \"web\" {\n  count                  = 2\n  vpc_security_group_ids = [module.sg_1.id, module.many[\"b\"].id, aws_security_group.nowhere.id]\n}\n",
        );
        for i in 0..6 {
            root.push_str(&format!(
                "\nmodule \"sg_{i}\" {{\n  source = \"./m\"\n  name   = \"g{i}\"\n  cidrs  = [\"10.{i}.0.0/16\", \"0.0.0.0/0\"]\n}}\n\nresource \"aws_security_group\" \"plain_{i}\" {{\n  name = \"plain-{i}\"\n  ingress {{\n    from_port   = 80\n    to_port     = 80\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }}\n}}\n"
            ));
        }
        root.push_str("\nmodule \"many\" {\n  source   = \"./m\"\n  for_each = toset([\"a\", \"b\", \"c\"])\n  name     = each.key\n  cidrs    = [\"192.0.2.0/24\"]\n}\n\nmodule \"counted\" {\n  source = \"./m\"\n  count  = 3\n  name   = \"c${count.index}\"\n}\n");
        let broken = module.replace("name = var.name", "name = nosuch(var.name)");
        for (case, module) in [("split-clean", module), ("split-broken", broken.as_str())] {
            let (dir, _) = tree(case, &[("main.tf", root.as_str()), ("m/main.tf", module)]);
            let read = |whole: bool| {
                WHOLE.with(|w| w.set(whole));
                ONE_BY_ONE.with(|w| w.set(whole));
                let before = SPLIT.with(std::cell::Cell::get);
                let input = read_tree(&dir, &Variables::default()).unwrap();
                WHOLE.with(|w| w.set(false));
                ONE_BY_ONE.with(|w| w.set(false));
                (
                    format!("{input:#?}"),
                    SPLIT.with(std::cell::Cell::get) - before,
                )
            };
            let (one, split_one) = read(true);
            let (two, split_two) = read(false);
            assert_eq!(split_one, 0, "{case}");
            // Taken when nothing failed; evaluated again on one evaluator when something did.
            assert_eq!(split_two, usize::from(case == "split-clean"), "{case}");
            assert_eq!(one, two, "{case}");
            assert!(
                one.contains("module.many[\\\"b\\\"].aws_security_group.this"),
                "{case}: {one}"
            );
            assert!(
                one.contains("not_analysed: [\n        \"module.remote:"),
                "{case}: {one}"
            );
            if case == "split-broken" {
                assert!(one.contains("nosuch"), "{one}");
            }
            std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
        }
    }

    /// Reads DIR (under ROOT) on one evaluator and split over two: the two reads are the same
    /// to the last note, origin and error. Returns whether the split was taken.
    fn reads_as_one(dir: &Path, root: &Path) -> bool {
        let read = |whole: bool| {
            WHOLE.with(|w| w.set(whole));
            ONE_BY_ONE.with(|w| w.set(whole));
            let before = SPLIT.with(std::cell::Cell::get);
            let access = Access::for_input_under(dir, Default::default(), Some(root)).unwrap();
            let input = read(
                dir,
                "cfg",
                &Variables::default(),
                &access,
                &mut crate::read::aws::Aws::default(),
            );
            WHOLE.with(|w| w.set(false));
            ONE_BY_ONE.with(|w| w.set(false));
            (shown(input), SPLIT.with(std::cell::Cell::get) - before)
        };
        let (one, _) = read(true);
        let (two, split) = read(false);
        assert_eq!(one, two, "{}", dir.display());
        split > 0
    }

    /// The test data's configurations that call local modules, read split and on one
    /// evaluator: the same.
    #[test]
    fn real_configurations_read_the_same_split() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut split = 0;
        for dir in [
            "testdata/plans/module-outputs-as-sources",
            "testdata/plans/module-count-for-each",
            "testdata/monorepo/envs/prod",
            "testdata/monorepo/envs/dev",
        ] {
            split += usize::from(reads_as_one(&root.join(dir), root));
        }
        assert!(split >= 2, "only {split} of the configurations were split");
    }

    /// Reads BASE (under ROOT, when given) taking from the evaluation of HEAD what the two hold
    /// the same, and again taking nothing: the two reads are the same to the last note, origin
    /// and error. Returns how many module instances were taken.
    fn borrowed_reads_as_plain(head: &Path, base: &Path, root: Option<&Path>) -> usize {
        let access = |dir: &Path| Access::for_input_under(dir, Default::default(), root).unwrap();
        let (of_head, of_base) = (access(head), access(base));
        let vars = Variables::default();
        let aws = crate::read::aws::Aws::default;
        let loaded = load(head, "head", &of_head, None).unwrap();
        let like = Like::of(&loaded);
        let (_, lent) = evaluate_lending(
            loaded,
            (head, "head"),
            &vars,
            (&of_head, &of_head),
            &mut aws(),
        )
        .unwrap();
        let before = REUSED.with(std::cell::Cell::get);
        let borrowed = load(base, "base", &of_base, Some(&like)).and_then(|loaded| {
            evaluate_borrowing(
                loaded,
                (base, "base"),
                &vars,
                (&of_base, &of_base),
                &mut aws(),
                lent,
            )
        });
        let reused = REUSED.with(std::cell::Cell::get) - before;
        let plain = load(base, "base", &of_base, None).and_then(|loaded| {
            evaluate(
                loaded,
                base,
                "base",
                &vars,
                (&of_base, &of_base),
                &mut aws(),
            )
        });
        let (borrowed, plain) = (shown(borrowed), shown(plain));
        assert_eq!(
            borrowed,
            plain,
            "{} from {}",
            base.display(),
            head.display()
        );
        reused
    }

    /// A base revision's module instances are taken from the work tree's evaluation exactly
    /// when their module's files (down through the modules it calls) and their variables are
    /// the same, and so are the root module's resources that read nothing but variables, when
    /// their block and the root module's variables are the same; and the base reads as it does
    /// taking nothing (origins in its own files): with one call's argument changed, a root
    /// variable changed (in its value, in being sensitive), an override file in the base, the
    /// module or the module it calls changed, the module moved to another directory, a base
    /// or a work tree that fails to evaluate.
    #[test]
    fn a_base_taking_module_instances_from_the_work_tree_reads_as_without() {
        let nested = "variable \"name\" {}\n\nresource \"aws_security_group\" \"inner\" {\n  name = \"${var.name}-inner\"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"10.0.0.0/8\"]\n  }\n}\n\noutput \"id\" {\n  value = aws_security_group.inner.id\n}\n";
        let module = "variable \"name\" {}\nvariable \"cidrs\" {\n  default = []\n}\nvariable \"vpc\" {\n  default = null\n}\nvariable \"unset\" {}\n\nlocals {\n  port = 443\n}\n\nresource \"aws_security_group\" \"this\" {\n  name   = var.name\n  vpc_id = var.vpc\n  dynamic \"ingress\" {\n    for_each = var.cidrs\n    content {\n      from_port   = local.port\n      to_port     = local.port\n      protocol    = \"tcp\"\n      cidr_blocks = [ingress.value]\n    }\n  }\n}\n\nresource \"aws_vpc_security_group_ingress_rule\" \"extra\" {\n  for_each          = toset(var.cidrs)\n  security_group_id = aws_security_group.this.id\n  referenced_security_group_id = module.inner.id\n  from_port         = 22\n  to_port           = 22\n  ip_protocol       = \"tcp\"\n}\n\nmodule \"inner\" {\n  source = \"./n\"\n  name   = var.name\n}\n\noutput \"id\" {\n  value = aws_security_group.this.id\n}\n";
        let root = "variable \"vpc\" {\n  default = \"vpc-1\"\n}\n\nmodule \"a\" {\n  source = \"./m\"\n  name   = \"a\"\n  cidrs  = [\"10.1.0.0/16\", \"0.0.0.0/0\"]\n  vpc    = var.vpc\n}\n\nmodule \"b\" {\n  source = \"./m\"\n  name   = \"b\"\n  cidrs  = [\"10.2.0.0/16\"]\n}\n\nmodule \"many\" {\n  source   = \"./m\"\n  for_each = toset([\"x\", \"y\"])\n  name     = each.key\n  cidrs    = [\"192.0.2.0/24\"]\n}\n\nmodule \"counted\" {\n  source = \"./m\"\n  count  = 2\n  name   = \"c${count.index}\"\n}\n\nmodule \"twin\" {\n  source = \"./m2\"\n  name   = \"t\"\n}\n\nresource \"aws_instance\" \"web\" {\n  vpc_security_group_ids = [module.a.id, module.many[\"y\"].id]\n}\n";
        // Root resources apart from the calls: one that reads nothing, one a variable.
        let plain = "resource \"aws_security_group\" \"plain\" {\n  name = \"plain\"\n  ingress {\n    from_port   = 80\n    to_port     = 80\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n\nresource \"aws_security_group\" \"in_vpc\" {\n  name   = \"in-vpc\"\n  vpc_id = var.vpc\n  dynamic \"egress\" {\n    for_each = [443, 8443]\n    content {\n      from_port   = egress.value\n      to_port     = egress.value\n      protocol    = \"tcp\"\n      cidr_blocks = [\"0.0.0.0/0\"]\n    }\n  }\n}\n";
        let files = |root: &str, module: &str, nested: &str, at: &str| -> Vec<(String, String)> {
            vec![
                (
                    "main.tf".to_owned(),
                    root.replace("./m\"", &format!("./{at}\"")),
                ),
                ("plain.tf".to_owned(), plain.to_owned()),
                (format!("{at}/main.tf"), module.to_owned()),
                (format!("{at}/n/main.tf"), nested.to_owned()),
                // A copy of the module: files of one text in two directories.
                ("m2/main.tf".to_owned(), module.to_owned()),
                ("m2/n/main.tf".to_owned(), nested.to_owned()),
            ]
        };
        let broken = module.replace(
            "name   = var.name\n  vpc_id",
            "name   = nosuch(var.name)\n  vpc_id",
        );
        let head_files = files(root, module, nested, "m");
        // (case, the base's files, the work tree's when not HEAD's, how many instances taken)
        type Files = Vec<(String, String)>;
        let cases: Vec<(&str, Files, Option<Files>, usize)> = vec![
            ("same", head_files.clone(), None, 9),
            (
                "argument",
                files(
                    &root.replace("name   = \"b\"", "name   = \"bee\""),
                    module,
                    nested,
                    "m",
                ),
                None,
                8,
            ),
            (
                "root-variable",
                files(&root.replace("vpc-1", "vpc-2"), module, nested, "m"),
                None,
                6,
            ),
            (
                "root-variable-declared",
                files(
                    &root.replace("variable \"vpc\" {\n", "variable \"vpc\" {\n  sensitive = true\n"),
                    module,
                    nested,
                    "m",
                ),
                None,
                6,
            ),
            (
                "override",
                [
                    head_files.clone(),
                    vec![(
                        "plain_override.tf".to_owned(),
                        "resource \"aws_security_group\" \"plain\" {\n  description = \"overridden\"\n}\n".to_owned(),
                    )],
                ]
                .concat(),
                None,
                8,
            ),
            (
                "module",
                files(
                    root,
                    &module.replace("port = 443", "port = 8443"),
                    nested,
                    "m",
                ),
                None,
                2,
            ),
            (
                "nested-module",
                files(root, module, &nested.replace("22", "2222"), "m"),
                None,
                2,
            ),
            ("moved", files(root, module, nested, "mod"), None, 9),
            (
                "base-broken",
                files(
                    &root.replace("name   = \"b\"", "name   = nosuch(\"b\")"),
                    module,
                    nested,
                    "m",
                ),
                None,
                0,
            ),
            (
                "head-broken",
                head_files.clone(),
                Some(files(root, &broken, nested, "m")),
                0,
            ),
        ];
        for (case, base, head, taken) in cases {
            let head = head.unwrap_or_else(|| head_files.clone());
            let on_disk = |name: &str, files: &Files| {
                let files: Vec<(&str, &str)> = files
                    .iter()
                    .map(|(p, t)| (p.as_str(), t.as_str()))
                    .collect();
                tree(&format!("borrow-{name}-{case}"), &files).0
            };
            let (head_dir, base_dir) = (on_disk("head", &head), on_disk("base", &base));
            assert_eq!(
                borrowed_reads_as_plain(&head_dir, &base_dir, None),
                taken,
                "{case}"
            );
            for dir in [head_dir, base_dir] {
                std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
            }
        }
    }

    /// The test data's configurations that call local modules, each read as the base of
    /// itself and of the others: the same as read taking nothing.
    #[test]
    fn real_configurations_read_the_same_taking_from_another() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dirs = [
            "testdata/plans/module-outputs-as-sources",
            "testdata/plans/module-count-for-each",
            "testdata/monorepo/envs/prod",
            "testdata/monorepo/envs/dev",
        ];
        let mut taken = 0;
        for head in dirs {
            for base in dirs {
                taken += borrowed_reads_as_plain(&root.join(head), &root.join(base), Some(root));
            }
        }
        assert!(taken > 0, "nothing was taken");
    }

    /// A configuration's objects added to the model on two threads (their permissions worked
    /// out on a second one) read as when added one by one, to the last permission, note and
    /// error: errors of permissions and of the network layer, on both sides of the split, come
    /// in the objects' order, each object's own before its permissions'.
    #[test]
    fn objects_added_on_two_threads_read_as_one_by_one() {
        let mut text = String::new();
        for i in 0..12 {
            // Every third group's CIDR and every fourth subnet's are not CIDRs.
            let cidr = if i % 3 == 1 {
                "10.0.0.300/8".to_owned()
            } else {
                format!("10.{i}.0.0/16")
            };
            let subnet = if i % 4 == 2 {
                "nonsense".to_owned()
            } else {
                format!("10.{i}.1.0/24")
            };
            text.push_str(&format!(
                "resource \"aws_security_group\" \"g{i}\" {{\n  name = \"g{i}\"\n  ingress {{\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"{cidr}\"]\n  }}\n}}\n\nresource \"aws_security_group_rule\" \"r{i}\" {{\n  type              = \"egress\"\n  security_group_id = aws_security_group.g{i}.id\n  from_port         = 443\n  to_port           = 443\n  protocol          = \"tcp\"\n  source_security_group_id = aws_security_group.g{}.id\n}}\n\nresource \"aws_subnet\" \"s{i}\" {{\n  vpc_id     = aws_vpc.v.id\n  cidr_block = \"{subnet}\"\n}}\n\nresource \"aws_instance\" \"i{i}\" {{\n  subnet_id              = aws_subnet.s{i}.id\n  vpc_security_group_ids = [aws_security_group.g{i}.id]\n}}\n\n",
                (i + 1) % 12
            ));
        }
        text.push_str("resource \"aws_vpc\" \"v\" {\n  cidr_block = \"10.0.0.0/8\"\n}\n");
        let (dir, _) = tree("added-split", &[("main.tf", text.as_str())]);
        let read = |one: bool| {
            ONE_BY_ONE.with(|w| w.set(one));
            let before = SPLIT_ADDS.with(std::cell::Cell::get);
            let input = read_tree(&dir, &Variables::default()).unwrap();
            ONE_BY_ONE.with(|w| w.set(false));
            (input, SPLIT_ADDS.with(std::cell::Cell::get) - before)
        };
        let (one, split_one) = read(true);
        let (two, split_two) = read(false);
        assert_eq!((split_one, split_two), (0, 1));
        assert_eq!(format!("{one:#?}"), format!("{two:#?}"));
        let errors: Vec<&str> = one.errors.iter().map(|e| e.message.as_str()).collect();
        assert!(errors.len() >= 6, "{errors:#?}");
        assert!(
            errors.iter().any(|e| e.contains("10.0.0.300/8")),
            "{errors:#?}"
        );
        assert!(errors.iter().any(|e| e.contains("nonsense")), "{errors:#?}");
        assert!(one.after.len() >= 16, "{:#?}", one.after);
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    /// A directory's files declared on two threads read as on one: taken when neither half
    /// has an error and they declare no variable or resource twice (a later local, output or
    /// module call replaces an earlier one); otherwise declared again on one thread, with the
    /// errors (a variable or resource declared twice, an argument outside any block) in the
    /// files' order.
    #[test]
    fn files_declared_on_two_threads_read_as_on_one() {
        let module = "variable \"name\" {}\n\nresource \"aws_security_group\" \"this\" {\n  name = var.name\n}\n\noutput \"id\" {\n  value = aws_security_group.this.id\n}\n";
        let file = |i: usize| {
            format!(
                "variable \"v{i}\" {{\n  default = \"10.{i}.0.0/16\"\n}}\n\nlocals {{\n  shared = \"{i}\"\n  own_{i} = var.v{i}\n}}\n\nresource \"aws_security_group\" \"g{i}\" {{\n  name = \"g{i}-${{local.shared}}\"\n  ingress {{\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [local.own_{i}]\n  }}\n}}\n\nmodule \"m\" {{\n  source = \"./m\"\n  name   = \"m{i}\"\n}}\n\noutput \"o\" {{\n  value = aws_security_group.g{i}.id\n}}\n"
            )
        };
        let clean: Vec<String> = (0..6).map(file).collect();
        let mut twice = clean.clone();
        twice[5].push_str("\nresource \"aws_security_group\" \"g0\" {}\n\nvariable \"v1\" {}\n");
        let mut stray = clean.clone();
        for i in [0, 2, 4, 5] {
            stray[i].insert_str(0, &format!("stray{i} = 1\n\n"));
        }
        for (case, texts) in [("clean", clean), ("twice", twice), ("stray", stray)] {
            let mut files: Vec<(String, &str)> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("f{i}.tf"), t.as_str()))
                .collect();
            files.push(("m/main.tf".to_owned(), module));
            let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), *t)).collect();
            let (dir, _) = tree(&format!("declared-{case}"), &files);
            let read = |whole: bool| {
                WHOLE.with(|w| w.set(whole));
                let before = DECLARED_SPLIT.with(std::cell::Cell::get);
                let input = read_tree(&dir, &Variables::default());
                WHOLE.with(|w| w.set(false));
                (
                    shown(input),
                    DECLARED_SPLIT.with(std::cell::Cell::get) - before,
                )
            };
            let (one, split_one) = read(true);
            let (two, split_two) = read(false);
            assert_eq!(one, two, "{case}");
            assert_eq!(split_one, 0, "{case}");
            assert_eq!(split_two, usize::from(case == "clean"), "{case}");
            let at = |text: &str| {
                one.find(text)
                    .unwrap_or_else(|| panic!("{case}: {text}: {one}"))
            };
            match case {
                "clean" => {
                    // The last file's local and output replace the others'.
                    assert!(one.contains("g0-5"), "{one}");
                    assert!(one.contains("module.m.aws_security_group.this"), "{one}");
                }
                "twice" => {
                    at("aws_security_group.g0 is declared twice");
                    at("variable \\\"v1\\\" is declared twice");
                }
                _ => {
                    let order: Vec<usize> = [0, 2, 4, 5]
                        .iter()
                        .map(|i| at(&format!("`stray{i} = 1`")))
                        .collect();
                    assert!(order.is_sorted(), "{order:?}");
                }
            }
            std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
        }
    }

    /// terraform-aws-modules' security-group examples (in the shared corpus, not in a user's
    /// clone: `.ci/run` runs this where it is), read split and on one evaluator: the same.
    /// `complete` calls the module eight times, `http` six.
    #[test]
    #[ignore = "needs ../shared/corpus, third-party test data a clone does not have: .ci/run runs it where it is"]
    fn the_corpus_examples_read_the_same_split() {
        let top = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/terraform-aws-security-group")
            .canonicalize()
            .unwrap();
        let mut examples: Vec<std::path::PathBuf> = std::fs::read_dir(top.join("examples"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        examples.sort();
        let split: Vec<String> = examples
            .iter()
            .filter(|dir| reads_as_one(dir, &top))
            .map(|dir| dir.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert!(
            split.iter().any(|e| e == "complete") && split.iter().any(|e| e == "http"),
            "{split:?}"
        );
    }

    /// A configuration tree in a fresh temporary git work tree (a `.git` directory): its files
    /// by relative path. Returns the tree and, beside it (outside it), a canary file.
    fn tree(name: &str, files: &[(&str, &str)]) -> (std::path::PathBuf, std::path::PathBuf) {
        let base = std::env::temp_dir().join(format!("sgaudit-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let dir = base.join("repo");
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        for (path, text) in files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        // A valid tfvars whose value would land in the report if it were read.
        let canary = base.join("canary.tfvars");
        std::fs::write(&canary, "cidr = \"10.99.0.0/16\" # CANARY-5e1f\n").unwrap();
        (dir, canary)
    }

    fn read_tree(dir: &Path, variables: &Variables) -> Result<Input> {
        read(
            dir,
            "cfg",
            variables,
            &Access::for_input(dir, Default::default()),
            &mut crate::read::aws::Aws::default(),
        )
    }

    /// Every permission as `resource peer ports origin`, sorted.
    fn permissions_of(input: &Input) -> Vec<String> {
        let mut out: Vec<String> = input
            .after
            .iter()
            .map(|p| {
                let peer = match &p.peer {
                    crate::model::Peer::Cidr { net, .. } => net.to_string(),
                    other => format!("{other:?}"),
                };
                format!(
                    "{} {peer} {:?} {}",
                    p.resource,
                    p.range.ports,
                    p.origin.clone().unwrap_or_default()
                )
            })
            .collect();
        out.sort();
        out
    }

    const GROUP_WITH_VARIABLE: &str = "variable \"cidr\" {\n  default = \"10.0.0.0/8\"\n}\n\nresource \"aws_security_group\" \"g\" {\n  name = \"g\"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [var.cidr]\n  }\n}\n";

    /// A variable file that is a link out of the repository is refused, naming the link, and
    /// nothing of its target reaches the message or the model: `terraform.tfvars`, an
    /// `*.auto.tfvars` and a `--var-file` inside the repository alike.
    #[test]
    fn a_variable_file_linked_out_of_the_repository_is_refused() {
        for (case, link, var_file) in [
            ("tfvars-link", "terraform.tfvars", false),
            ("auto-tfvars-link", "x.auto.tfvars", false),
            ("var-file-link", "vars/prod.tfvars", true),
        ] {
            let (dir, canary) = tree(case, &[("main.tf", GROUP_WITH_VARIABLE)]);
            let path = dir.join(link);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::os::unix::fs::symlink(&canary, &path).unwrap();
            let variables = Variables {
                vars: Vec::new(),
                files: if var_file {
                    vec![path.to_string_lossy().into_owned()]
                } else {
                    Vec::new()
                },
            };
            let message = format!("{:#}", read_tree(&dir, &variables).unwrap_err());
            let shown = if var_file {
                path.to_string_lossy().into_owned()
            } else {
                format!("cfg/{link}")
            };
            assert_eq!(
                message,
                format!(
                    "{shown}: a symbolic link to outside the repository: sgaudit reads nothing outside the repository"
                ),
                "{case}"
            );
            assert!(
                !message.contains("CANARY") && !message.contains("10.99"),
                "{message}"
            );
            std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
        }
    }

    /// `--var-file /dev/zero`, a FIFO named `*.auto.tfvars` and a variable file over the
    /// cap end at once with an error naming them; a directory named `*.auto.tfvars` is not
    /// a variable file and is skipped.
    #[test]
    fn variable_files_that_are_not_regular_files_or_too_large_are_refused() {
        let (dir, _) = tree("var-file-device", &[("main.tf", GROUP_WITH_VARIABLE)]);
        let variables = Variables {
            vars: Vec::new(),
            files: vec!["/dev/zero".to_owned()],
        };
        let message = format!("{:#}", read_tree(&dir, &variables).unwrap_err());
        assert_eq!(
            message,
            "/dev/zero: not a regular file (a device): sgaudit reads only regular files"
        );

        // A directory with the name of a variable file is skipped: the default is read.
        std::fs::create_dir(dir.join("d.auto.tfvars")).unwrap();
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(crate::model::texts(&input.errors), Vec::<String>::new());
        assert_eq!(
            permissions_of(&input),
            ["aws_security_group.g 10.0.0.0/8 Range(22, 22) cfg/main.tf:7"]
        );

        let status = std::process::Command::new("mkfifo")
            .arg(dir.join("f.auto.tfvars"))
            .status()
            .unwrap();
        assert!(status.success());
        let message = format!("{:#}", read_tree(&dir, &Variables::default()).unwrap_err());
        assert_eq!(
            message,
            "cfg/f.auto.tfvars: not a regular file (a FIFO): sgaudit reads only regular files"
        );
        std::fs::remove_file(dir.join("f.auto.tfvars")).unwrap();

        std::fs::write(
            dir.join("terraform.tfvars"),
            format!("cidr = \"10.1.0.0/16\"\n{}", "# padding\n".repeat(40)),
        )
        .unwrap();
        let small = crate::access::Limits {
            plan: 1 << 20,
            // main.tf is within it, terraform.tfvars over it.
            file: 300,
            ..crate::access::Limits::default()
        };
        let message = format!(
            "{:#}",
            read(
                &dir,
                "cfg",
                &Variables::default(),
                &Access::for_input(&dir, small),
                &mut crate::read::aws::Aws::default(),
            )
            .unwrap_err()
        );
        assert!(
            message.starts_with("cfg/terraform.tfvars: larger than")
                && message.contains("--max-file-size"),
            "{message}"
        );
        // Within the cap, the file is read.
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(
            permissions_of(&input),
            ["aws_security_group.g 10.1.0.0/16 Range(22, 22) cfg/main.tf:7"]
        );
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    /// As Terraform: an argument at the top level of a `.tf` file is an error at its position
    /// ("An argument named "region" is not expected here."); the blocks are still read, and a
    /// tfvars file (which holds nothing but arguments) is not affected.
    #[test]
    fn a_top_level_argument_is_an_error_at_its_position() {
        let (dir, _) = tree(
            "top-level-argument",
            &[
                ("main.tf", GROUP_WITH_VARIABLE),
                ("provider.tf", "# the region\n  region = \"us-east-1\"\n"),
                ("terraform.tfvars", "cidr = \"10.2.0.0/16\"\n"),
            ],
        );
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(
            crate::model::texts(&input.errors),
            [
                "cfg/provider.tf:2:3: Unsupported argument: an argument named \"region\" is not expected here (a file holds blocks): `region = \"us-east-1\"`"
            ]
        );
        assert_eq!(
            permissions_of(&input),
            ["aws_security_group.g 10.2.0.0/16 Range(22, 22) cfg/main.tf:7"]
        );
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    const RULE: &str = "resource \"aws_security_group\" \"g\" {\n  name = \"g\"\n}\n\nresource \"aws_security_group_rule\" \"ssh\" {\n  type              = \"ingress\"\n  security_group_id = aws_security_group.g.id\n  from_port         = 22\n  to_port           = 22\n  protocol          = \"tcp\"\n  cidr_blocks       = [local.office]\n}\n\nlocals {\n  office = \"10.0.0.0/8\"\n  other  = \"unused\"\n}\n";

    /// An override file merges into the block it names, as Terraform merges it: its
    /// arguments replace the original's (a CIDR widened to the internet is what is
    /// analysed), a local is replaced by name, and the rule is still declared where it was.
    /// The reader collects the inline ignores of every file it reads, `.tf.json` included, so
    /// that the policy reads no file; a link out of the repository holds none (it is refused).
    #[test]
    fn inline_ignores_are_collected_from_the_files_read() {
        let (dir, canary) = tree(
            "ignores",
            &[
                (
                    "main.tf",
                    "# sgaudit:ignore ssh-open, rdp-open -- reviewed by the network team\nresource \"aws_security_group\" \"a\" {\n  name = \"a\" // sgaudit:ignore group-description-missing\n}\n",
                ),
                (
                    "m.tf.json",
                    "{\n  \"//\": \"sgaudit:ignore x -- generated\"\n}\n",
                ),
            ],
        );
        let input = read_tree(&dir, &Variables::default()).unwrap();
        let ignore =
            |file: &str, line, rules: &[&str], reason: &str, covers| crate::model::InlineIgnore {
                origin: Origin::at(file, line),
                rules: rules.iter().map(|s| (*s).to_owned()).collect(),
                reason: reason.to_owned(),
                covers,
            };
        // The JSON comment's reason is its string's text (its closing quote is not part of it);
        // at the top level of the file it is in no block and covers its own line.
        assert_eq!(
            input.ignores,
            [
                ignore("cfg/m.tf.json", 2, &["x"], "generated", vec![2..=2]),
                ignore(
                    "cfg/main.tf",
                    1,
                    &["ssh-open", "rdp-open"],
                    "reviewed by the network team",
                    vec![1..=4]
                ),
                ignore(
                    "cfg/main.tf",
                    3,
                    &["group-description-missing"],
                    "",
                    vec![3..=3, 2..=2]
                ),
            ]
        );
        // A file linked out of the repository is refused before a line of it is looked at.
        std::fs::write(&canary, "# sgaudit:ignore ssh-open -- CANARY-5e1f\n").unwrap();
        std::os::unix::fs::symlink(&canary, dir.join("linked.tf")).unwrap();
        let err = format!("{:#}", read_tree(&dir, &Variables::default()).unwrap_err());
        assert!(
            err.starts_with("cfg/linked.tf: a symbolic link") && !err.contains("CANARY"),
            "{err}"
        );
    }

    /// A module block in an override file without `source` merges its arguments into the
    /// call and leaves the call's module where it is; with `source`, it moves the call.
    #[test]
    fn an_override_of_a_module_call_merges_its_arguments() {
        let module = "variable \"cidr\" {}\n\nresource \"aws_security_group_rule\" \"ssh\" {\n  type              = \"ingress\"\n  security_group_id = \"sg-12345678\"\n  from_port         = 22\n  to_port           = 22\n  protocol          = \"tcp\"\n  cidr_blocks       = [var.cidr]\n}\n";
        let (dir, _) = tree(
            "override-module",
            &[
                (
                    "main.tf",
                    "module \"m\" {\n  source = \"./m\"\n  cidr   = \"10.0.0.0/8\"\n}\n",
                ),
                ("override.tf", "module \"m\" {\n  cidr = \"0.0.0.0/0\"\n}\n"),
                ("m/main.tf", module),
                ("n/main.tf", module),
            ],
        );
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(crate::model::texts(&input.errors), Vec::<String>::new());
        assert_eq!(input.not_analysed, Vec::<String>::new());
        assert_eq!(
            permissions_of(&input),
            ["module.m.aws_security_group_rule.ssh 0.0.0.0/0 Range(22, 22) cfg/m/main.tf:3"]
        );
        std::fs::write(
            dir.join("override.tf"),
            "module \"m\" {\n  source = \"./n\"\n}\n",
        )
        .unwrap();
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(
            permissions_of(&input),
            ["module.m.aws_security_group_rule.ssh 10.0.0.0/8 Range(22, 22) cfg/n/main.tf:3"]
        );
    }

    #[test]
    fn an_override_replaces_arguments_and_locals() {
        let (dir, _) = tree(
            "override-arguments",
            &[
                ("main.tf", RULE),
                (
                    "override.tf",
                    "resource \"aws_security_group_rule\" \"ssh\" {\n  cidr_blocks = [\"0.0.0.0/0\"]\n}\n",
                ),
            ],
        );
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(crate::model::texts(&input.errors), Vec::<String>::new());
        assert_eq!(
            permissions_of(&input),
            ["aws_security_group_rule.ssh 0.0.0.0/0 Range(22, 22) cfg/main.tf:5"]
        );
        // Later override files win, in lexical order; a local merges by its name.
        std::fs::write(
            dir.join("z_override.tf"),
            "locals {\n  office = \"192.168.0.0/16\"\n}\n\nresource \"aws_security_group_rule\" \"ssh\" {\n  cidr_blocks = [local.office]\n  to_port     = 23\n}\n",
        )
        .unwrap();
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(crate::model::texts(&input.errors), Vec::<String>::new());
        assert_eq!(
            permissions_of(&input),
            ["aws_security_group_rule.ssh 192.168.0.0/16 Range(22, 23) cfg/main.tf:5"]
        );
        // An error in an argument an override provides is located in the override file.
        std::fs::write(
            dir.join("z_override.tf"),
            "resource \"aws_security_group_rule\" \"ssh\" {\n\n  from_port = nosuchfunction(22)\n}\n",
        )
        .unwrap();
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(input.errors.len(), 1, "{:?}", input.errors);
        assert!(
            input.errors[0]
                .to_string()
                .starts_with("cfg/z_override.tf:3:15: "),
            "{:?}",
            input.errors
        );
        assert_eq!(
            input.errors[0].origin,
            Some(Origin {
                col: Some(15),
                ..Origin::at("cfg/z_override.tf", 3)
            })
        );
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    /// Nested blocks of one type in an override replace all the original's blocks of that
    /// type (written or `dynamic`); the blocks now come from the override file, at its lines.
    /// A variable's default is overridden too.
    #[test]
    fn an_override_nested_block_replaces_all_blocks_of_its_type() {
        let main = "variable \"cidr\" {\n  default = \"10.0.0.0/8\"\n}\n\nresource \"aws_security_group\" \"g\" {\n  name = \"g\"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [var.cidr]\n  }\n  dynamic \"ingress\" {\n    for_each = [80, 443]\n    content {\n      from_port   = ingress.value\n      to_port     = ingress.value\n      protocol    = \"tcp\"\n      cidr_blocks = [\"10.1.0.0/16\"]\n    }\n  }\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = \"-1\"\n    cidr_blocks = [\"10.3.0.0/16\"]\n  }\n}\n";
        let over = "variable \"cidr\" {\n  default = \"0.0.0.0/0\"\n}\n\nresource \"aws_security_group\" \"g\" {\n  ingress {\n    from_port   = 3389\n    to_port     = 3389\n    protocol    = \"tcp\"\n    cidr_blocks = [var.cidr]\n  }\n}\n";
        let (dir, _) = tree(
            "override-nested",
            &[("main.tf", main), ("rdp_override.tf", over)],
        );
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(crate::model::texts(&input.errors), Vec::<String>::new());
        let permissions = permissions_of(&input);
        assert_eq!(permissions.len(), 2, "{permissions:?}");
        assert!(
            permissions.contains(
                &"aws_security_group.g 0.0.0.0/0 Range(3389, 3389) cfg/rdp_override.tf:6"
                    .to_owned()
            ),
            "{permissions:?}"
        );
        // The egress block, of a type the override does not name, stays.
        assert!(
            permissions
                .iter()
                .any(|p| p.contains("10.3.0.0/16") && p.ends_with("cfg/main.tf:22")),
            "{permissions:?}"
        );
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    /// An override of a block no primary file declares is an error at the override, as
    /// Terraform says it ("Missing resource to override"); so is an override of a local that
    /// is not defined, and `depends_on` in an override. A resource in an override file is
    /// not a second declaration.
    #[test]
    fn an_override_of_nothing_is_an_error_at_the_override() {
        let (dir, _) = tree(
            "override-missing",
            &[
                ("main.tf", RULE),
                (
                    "override.tf",
                    "# overrides\nresource \"aws_security_group\" \"web\" {\n  name = \"web\"\n}\n\nlocals {\n  office = \"10.5.0.0/16\"\n  home   = \"0.0.0.0/0\"\n}\n\nvariable \"nope\" {\n  default = 1\n}\n\nresource \"aws_security_group\" \"g\" {\n  depends_on = [aws_security_group_rule.ssh]\n}\n",
                ),
            ],
        );
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(
            crate::model::texts(&input.errors),
            [
                "cfg/override.tf:2:1: Missing resource to override: there is no aws_security_group resource named \"web\"; an override file can only override a block a primary configuration file declares: `resource \"aws_security_group\" \"web\" {`",
                "cfg/override.tf:8:3: Missing base local value definition to override: there is no local value named \"home\"; an override file can only override a local value a primary configuration file defines: `home   = \"0.0.0.0/0\"`",
                "cfg/override.tf:11:1: Missing base variable declaration to override: there is no variable named \"nope\"; an override file can only override a block a primary configuration file declares: `variable \"nope\" {`",
                "cfg/override.tf:16:3: Unsupported override: the depends_on argument may not be overridden: `depends_on = [aws_security_group_rule.ssh]`",
            ]
        );
        // The local that exists is overridden; the override of nothing adds nothing.
        assert_eq!(
            permissions_of(&input),
            ["aws_security_group_rule.ssh 10.5.0.0/16 Range(22, 22) cfg/main.tf:5"]
        );
        assert!(!input.groups.keys().any(|g| g.contains("web")));
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    /// An override in JSON syntax merges into a block in native syntax, and its errors name
    /// its own file and line.
    #[test]
    fn a_json_override_merges_into_native_syntax() {
        let (dir, _) = tree(
            "override-json",
            &[
                ("main.tf", RULE),
                (
                    "override.tf.json",
                    "{\n  \"resource\": {\n    \"aws_security_group_rule\": {\n      \"ssh\": {\n        \"cidr_blocks\": [\"0.0.0.0/0\"]\n      }\n    }\n  }\n}\n",
                ),
            ],
        );
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(crate::model::texts(&input.errors), Vec::<String>::new());
        assert_eq!(
            permissions_of(&input),
            ["aws_security_group_rule.ssh 0.0.0.0/0 Range(22, 22) cfg/main.tf:5"]
        );
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    /// An error in the `locals` of a `.tf.json` file names the file and the line.
    #[test]
    fn a_json_locals_error_names_the_file_and_line() {
        let (dir, _) = tree(
            "json-locals",
            &[
                ("main.tf", RULE),
                (
                    "locals.tf.json",
                    "{\n  \"locals\": {\n    \"a\": 1,\n    \"b\": \"${var.}\"\n  }\n}\n",
                ),
                ("more.tf.json", "{\n  \"locals\": [\n    1\n  ]\n}\n"),
            ],
        );
        let input = read_tree(&dir, &Variables::default()).unwrap();
        assert_eq!(input.errors.len(), 2, "{:?}", input.errors);
        assert!(
            input.errors[0]
                .to_string()
                .starts_with("cfg/locals.tf.json:4: \"b\": not a valid template: "),
            "{:?}",
            input.errors
        );
        assert_eq!(
            input.errors[1].to_string(),
            "cfg/more.tf.json:2: the body of locals is not a JSON object"
        );
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }

    /// With fewer steps allowed (the real bound, 50 million, takes seconds), a reading that
    /// goes over stops with one error where the steps ran out, and reads nothing after it.
    #[test]
    fn evaluation_stops_when_the_steps_run_out() {
        let dir = std::env::temp_dir().join(format!("sgaudit-steps-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        // 1,000 groups each copying 1,000 networks: 16 million steps.
        std::fs::write(
            dir.join("main.tf"),
            "resource \"aws_vpc\" \"v\" {\n  count      = 1000\n  cidr_block = \"10.0.0.0/16\"\n}\n\nresource \"aws_security_group\" \"g\" {\n  count       = 1000\n  description = length(aws_vpc.v)\n}\n",
        )
        .unwrap();
        let read_with = |steps: Option<u64>| {
            eval::TEST_MAX_STEPS.with(|s| s.set(steps));
            let input = read(
                &dir,
                "cfg",
                &Variables::default(),
                &Access::for_input(&dir, Default::default()),
                &mut crate::read::aws::Aws::default(),
            )
            .unwrap();
            eval::TEST_MAX_STEPS.with(|s| s.set(None));
            input
        };
        let input = read_with(Some(1_000_000));
        assert_eq!(
            crate::model::texts(&input.errors),
            [
                "cfg/main.tf:8:24: evaluating the configuration takes more than 1000000 steps here (count, for_each and for expressions multiplying each other); refused: `description = length(aws_vpc.v)`"
            ]
        );
        assert!(input.groups.len() < 100, "{}", input.groups.len());
        // The same configuration within the real bound.
        let input = read_with(None);
        assert_eq!(crate::model::texts(&input.errors), Vec::<String>::new());
        // (And the 1,000 new VPCs' default groups.)
        let read = input
            .groups
            .values()
            .filter(|g| g.unmanaged_default_of.is_none());
        assert_eq!(read.count(), 1000);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A reference to one instance by `count.index` takes the steps of one copy, not of the
    /// whole list: 3,000 rules each naming their own group (`g[count.index]`) are read (copies
    /// of the whole list would be 144 million steps).
    #[test]
    fn a_reference_by_index_takes_one_copy() {
        let dir = std::env::temp_dir().join(format!("sgaudit-by-index-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        std::fs::write(
            dir.join("main.tf"),
            "resource \"aws_security_group\" \"g\" {\n  count       = 3000\n  name        = \"g${count.index}\"\n  description = \"g\"\n}\n\nresource \"aws_security_group_rule\" \"r\" {\n  count             = 3000\n  type              = \"ingress\"\n  security_group_id = aws_security_group.g[count.index].id\n  from_port         = 443\n  to_port           = 443\n  protocol          = \"tcp\"\n  cidr_blocks       = [\"10.0.0.0/8\"]\n}\n",
        )
        .unwrap();
        let input = read(
            &dir,
            "cfg",
            &Variables::default(),
            &Access::for_input(&dir, Default::default()),
            &mut crate::read::aws::Aws::default(),
        )
        .unwrap();
        assert_eq!(crate::model::texts(&input.errors), Vec::<String>::new());
        assert_eq!(input.after.len(), 3000);
        assert!(
            input
                .after
                .iter()
                .any(|p| &*p.group == "aws_security_group.g[2999]"
                    && &*p.resource == "aws_security_group_rule.r[2999]"),
            "{:?}",
            input.after.last()
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
