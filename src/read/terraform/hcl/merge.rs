//! Terraform's override files (`override.tf`, `*_override.tf` and their `.tf.json` twins),
//! merged into the blocks they override as Terraform merges them, instead of being read as
//! second declarations. https://developer.hashicorp.com/terraform/language/files/override says:
//! - override files are read after all the other files of their directory, in lexical order
//!   of their names, and each of their blocks in the order written;
//! - each top-level block of an override file must have a block of the same type and labels
//!   in a primary file ("Missing resource to override", ...): else an error at the override;
//! - an argument of the override replaces the original's argument of the same name;
//! - nested blocks of one type in the override replace ALL the original's blocks of that
//!   type (a `dynamic "ingress"` counts as `ingress`); other types stay; the contents of
//!   nested blocks are not merged;
//! - `locals` merge local by local, whichever block holds them;
//! - `depends_on` may not be overridden (resource, data, module, output);
//! - `moved` and `import` blocks cannot be in an override file.
//!
//! What sgaudit implements: the general rule above for `resource`, `data`, `variable` (its
//! `default`, `sensitive`, ...), `module` (its arguments, `count`, `for_each`) and `output`
//! (its `value`); locals by name. Not implemented, as sgaudit does not read them: the
//! argument-by-argument merge of `lifecycle` (a `lifecycle` block in an override replaces the
//! original's, which sgaudit skips anyway), `provider` and `terraform` blocks (skipped), a
//! variable's default converted to an overriding `type`. (A module call whose `source` an
//! override changes leads where the override says: the load reads override files' calls
//! last, and a `module` block of one without `source` only merges its arguments.)
//!
//! A merged block is rebuilt as text, so that the evaluator reads one block: the original
//! block and its overrides are laid one after the other, each at its own length, every byte
//! that the merge drops blanked (newlines kept). Each position in that text maps back to the
//! file and offset it was copied from, so that errors and `file:line` origins name the block
//! that provides the value (an argument of the override names the override file).

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use hcl_edit::Span;
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Block, Body, Structure};

use super::eval::{EvalError, Located, Module};
use super::load::{Loaded, SourceFile, override_name};

/// A top-level block's kind and labels: what an override names.
type Key = (String, Vec<String>);

/// The kinds of top-level blocks an override file may merge into a primary file's block.
const MERGED: [&str; 5] = ["resource", "data", "variable", "module", "output"];

/// The name of a file as `load` shows it (`dir/main.tf`, `main.tf`, `rev:main.tf` in a base
/// revision whose root display is `rev:`).
fn file_name<'p>(path: &'p str, root: &str) -> &'p str {
    if root.ends_with(':')
        && let Some(rest) = path.strip_prefix(root)
        && !rest.contains('/')
    {
        return rest;
    }
    path.rsplit('/').next().unwrap_or(path)
}

/// One run of a merged block's text: `len` bytes at `at`, copied from `file` at `from`. A
/// point maps all its bytes to `from` (the header sgaudit writes for the block).
struct Segment {
    at: usize,
    len: usize,
    file: usize,
    from: usize,
    point: bool,
}

/// A merged block: its text parsed, alone in a body, and where its bytes come from.
struct Synthetic {
    body: Body,
    segments: Vec<Segment>,
}

/// The override files of a configuration and the blocks they merge into.
pub struct Overrides {
    /// How many files the configuration has: a merged block is the virtual file
    /// `files + its position`.
    files: usize,
    /// Whether each file (by position) is an override file.
    is_override: Vec<bool>,
    synthetic: Vec<Synthetic>,
    /// (directory, kind, labels) → position in `synthetic`.
    merged: BTreeMap<(usize, String, Vec<String>), usize>,
    /// Overrides with nothing to override, and the like.
    pub errors: Vec<EvalError>,
}

fn labels(block: &Block) -> Vec<String> {
    block
        .labels
        .iter()
        .map(|l| super::label(l).to_owned())
        .collect()
}

/// The type a nested block counts as when merging: a `dynamic` block's label.
fn block_type(block: &Block) -> String {
    if block.ident.as_str() == "dynamic" {
        block
            .labels
            .first()
            .map(super::label)
            .unwrap_or_default()
            .to_owned()
    } else {
        block.ident.as_str().to_owned()
    }
}

/// What Terraform calls each kind of block in "Missing ... to override".
fn noun(kind: &str, labels: &[String]) -> String {
    let name = labels.join(".");
    match kind {
        "resource" => format!(
            "Missing resource to override: there is no {} resource named {:?}",
            super::load::excerpt(labels.first().map_or("", String::as_str)),
            labels.get(1).map_or("", String::as_str)
        ),
        "data" => format!(
            "Missing data resource to override: there is no {} data resource named {:?}",
            super::load::excerpt(labels.first().map_or("", String::as_str)),
            labels.get(1).map_or("", String::as_str)
        ),
        "variable" => {
            format!(
                "Missing base variable declaration to override: there is no variable named {name:?}"
            )
        }
        "module" => {
            format!("Missing module call to override: there is no module call named {name:?}")
        }
        _ => {
            format!("Missing base output definition to override: there is no output named {name:?}")
        }
    }
}

impl Overrides {
    /// Finds the override files of every directory and merges each of their blocks into the
    /// primary block it overrides. `root` is how the root directory is named in messages.
    pub fn new(loaded: &Loaded, root: &str) -> Overrides {
        let is_override = loaded
            .files
            .iter()
            .map(|f| override_name(file_name(&f.path, root)))
            .collect();
        let mut out = Overrides {
            files: loaded.files.len(),
            is_override,
            synthetic: Vec::new(),
            merged: BTreeMap::new(),
            errors: Vec::new(),
        };
        for (dir, d) in loaded.dirs.iter().enumerate() {
            out.directory(loaded, dir, &d.files);
        }
        out
    }

    /// Whether the file at a position is an override file.
    pub fn is_override(&self, file: usize) -> bool {
        self.is_override.get(file).copied().unwrap_or(false)
    }

    /// Merges the override files of one directory (its files by position, in lexical order).
    fn directory(&mut self, loaded: &Loaded, dir: usize, files: &[usize]) {
        // Without an override file there is nothing to merge or check.
        if !files.iter().any(|&f| self.is_override(f)) {
            return;
        }
        let blocks = |f: usize| {
            loaded.bodies.get(f).into_iter().flat_map(move |b| {
                b.iter().filter_map(move |s| match s {
                    Structure::Block(block) => Some((f, block)),
                    Structure::Attribute(_) => None,
                })
            })
        };
        // The first primary block of each kind and labels (a second one is "declared twice").
        let mut primary: BTreeMap<Key, (usize, &Block)> = BTreeMap::new();
        let mut locals = BTreeSet::new();
        for &f in files.iter().filter(|&&f| !self.is_override(f)) {
            for (f, block) in blocks(f) {
                let kind = block.ident.as_str();
                if MERGED.contains(&kind) {
                    primary
                        .entry((kind.to_owned(), labels(block)))
                        .or_insert((f, block));
                } else if kind == "locals" {
                    locals.extend(local_names(block));
                }
            }
        }
        let mut overrides: BTreeMap<Key, Vec<(usize, &Block)>> = BTreeMap::new();
        let override_files: Vec<usize> = files
            .iter()
            .copied()
            .filter(|&f| self.is_override(f))
            .collect();
        for f in override_files {
            for (f, block) in blocks(f) {
                let kind = block.ident.as_str();
                let error = |message: String| EvalError {
                    message,
                    file: f,
                    span: block.span(),
                };
                match kind {
                    _ if MERGED.contains(&kind) => {
                        let key = (kind.to_owned(), labels(block));
                        if !primary.contains_key(&key) {
                            self.errors.push(error(format!(
                                "{}; an override file can only override a block a primary configuration file declares",
                                noun(kind, &key.1)
                            )));
                            continue;
                        }
                        if kind != "variable"
                            && let Some(e) = depends_on(block, f)
                        {
                            self.errors.push(e);
                        }
                        overrides.entry(key).or_default().push((f, block));
                    }
                    "locals" => {
                        for s in block.body.iter() {
                            if let Structure::Attribute(a) = s
                                && !locals.contains(a.key.as_str())
                            {
                                self.errors.push(EvalError {
                                    message: format!(
                                        "Missing base local value definition to override: there is no local value named {:?}; an override file can only override a local value a primary configuration file defines",
                                        a.key.as_str()
                                    ),
                                    file: f,
                                    span: a.span(),
                                });
                            }
                        }
                    }
                    "moved" | "import" => self.errors.push(error(format!(
                        "Cannot override '{kind}' blocks: they can appear only in normal files, not in override files"
                    ))),
                    _ => {}
                }
            }
        }
        for ((kind, labels), overs) in overrides {
            // sgaudit reads no data sources: their overrides are only checked.
            if kind == "data" {
                continue;
            }
            let Some(&base) = primary.get(&(kind.clone(), labels.clone())) else {
                continue;
            };
            match synthesize(&loaded.files, base, &overs) {
                Some(synthetic) => {
                    self.merged
                        .insert((dir, kind, labels), self.synthetic.len());
                    self.synthetic.push(synthetic);
                }
                None => {
                    if let Some(&(f, block)) = overs.first() {
                        self.errors.push(EvalError {
                            message: "sgaudit cannot merge this override into its block".to_owned(),
                            file: f,
                            span: block.span(),
                        });
                    }
                }
            }
        }
    }

    /// Puts the merged blocks of a directory into its module, whose primary files are
    /// declared, and the locals its override files redefine.
    pub fn apply<'a>(
        &'a self,
        loaded: &'a Loaded,
        dir: usize,
        files: &[usize],
        module: &mut Module<'a>,
    ) {
        for ((d, kind, labels), &at) in &self.merged {
            if *d != dir {
                continue;
            }
            let Some(Structure::Block(block)) =
                self.synthetic.get(at).and_then(|s| s.body.iter().next())
            else {
                continue;
            };
            let file = self.files + at;
            let located = Located { item: block, file };
            match (kind.as_str(), labels.as_slice()) {
                ("resource", [rtype, name]) => {
                    let key = (rtype.clone(), name.clone());
                    if let Some(slot) = module.resources.get_mut(&key) {
                        *slot = located;
                    }
                }
                ("variable", [name]) => {
                    if let Some(slot) = module.variables.get_mut(name) {
                        *slot = located;
                    }
                }
                ("module", [name]) => {
                    if let Some((slot, _)) = module.calls.get_mut(name) {
                        *slot = located;
                    }
                }
                ("output", [name]) => {
                    if let Some(value) = super::eval::attribute(&block.body, "value") {
                        module
                            .outputs
                            .insert(name.clone(), Located { item: value, file });
                    }
                }
                _ => {}
            }
        }
        // Locals, one by one, in the order of the override files and of their blocks.
        for &f in files.iter().filter(|&&f| self.is_override(f)) {
            let Some(body) = loaded.bodies.get(f) else {
                continue;
            };
            for s in body.iter() {
                let Structure::Block(block) = s else { continue };
                if block.ident.as_str() != "locals" {
                    continue;
                }
                for s in block.body.iter() {
                    if let Structure::Attribute(a) = s
                        && let Some(slot) = module.locals.get_mut(a.key.as_str())
                    {
                        *slot = Located {
                            item: &a.value,
                            file: f,
                        };
                    }
                }
            }
        }
    }

    /// The file and offset a position in a merged block's text was copied from; a position
    /// in a file is itself.
    pub fn map(&self, file: usize, offset: usize) -> (usize, usize) {
        let Some(synthetic) = file
            .checked_sub(self.files)
            .and_then(|at| self.synthetic.get(at))
        else {
            return (file, offset);
        };
        let i = synthetic
            .segments
            .partition_point(|s| s.at <= offset)
            .saturating_sub(1);
        match synthetic.segments.get(i) {
            Some(s) if s.point => (s.file, s.from),
            Some(s) => (s.file, s.from + (offset - s.at.min(offset)).min(s.len)),
            None => (file, offset),
        }
    }
}

fn local_names(block: &Block) -> impl Iterator<Item = String> + '_ {
    block.body.iter().filter_map(|s| match s {
        Structure::Attribute(a) => Some(a.key.as_str().to_owned()),
        Structure::Block(_) => None,
    })
}

/// As Terraform: `depends_on` may not be overridden (an empty list overrides nothing).
fn depends_on(block: &Block, file: usize) -> Option<EvalError> {
    block.body.iter().find_map(|s| match s {
        Structure::Attribute(a) if a.key.as_str() == "depends_on" => match &a.value {
            Expression::Array(items) if items.is_empty() => None,
            _ => Some(EvalError {
                message: "Unsupported override: the depends_on argument may not be overridden"
                    .to_owned(),
                file,
                span: a.span(),
            }),
        },
        _ => None,
    })
}

/// The text a file was parsed from (the native text of a `.tf.json` file).
fn parsed(file: &SourceFile) -> &str {
    file.native.as_ref().map_or(&file.text, |(t, _)| t)
}

/// The merged block of `base` and its overrides (each with its file), in the order applied.
fn synthesize(
    files: &[SourceFile],
    base: (usize, &Block),
    overs: &[(usize, &Block)],
) -> Option<Synthetic> {
    let parts: Vec<(usize, &Block)> = std::iter::once(base).chain(overs.iter().copied()).collect();
    // What each part keeps: arguments by name (the last part to set one wins), and nested
    // blocks (a type in a part drops every earlier block of that type).
    let mut arguments: BTreeMap<String, (usize, Range<usize>)> = BTreeMap::new();
    // Nested blocks by type: the blocks of a type in a part replace the earlier parts'.
    let mut blocks: BTreeMap<String, Vec<(usize, Range<usize>)>> = BTreeMap::new();
    for (part, (_, block)) in parts.iter().enumerate() {
        let mut own: BTreeMap<String, Vec<(usize, Range<usize>)>> = BTreeMap::new();
        for s in block.body.iter() {
            let span = s.span()?;
            match s {
                Structure::Attribute(a) => {
                    arguments.insert(a.key.as_str().to_owned(), (part, span));
                }
                Structure::Block(b) => own.entry(block_type(b)).or_default().push((part, span)),
            }
        }
        blocks.extend(own);
    }
    let mut kept: Vec<Vec<Range<usize>>> = vec![Vec::new(); parts.len()];
    for (part, span) in arguments
        .into_values()
        .chain(blocks.into_values().flatten())
    {
        kept.get_mut(part)?.push(span);
    }
    // The header: the block's type and labels (identifiers, or quoted), all of it standing
    // for the start of the original block.
    let (base_file, base_block) = base;
    let mut text = base_block.ident.as_str().to_owned();
    for l in labels(base_block) {
        text.push(' ');
        if hcl_edit::Ident::try_new(l.as_str()).is_ok() {
            text.push_str(&l);
        } else {
            text.push_str(&serde_json::Value::String(l).to_string());
        }
    }
    text.push_str(" {\n");
    let mut segments = vec![Segment {
        at: 0,
        len: text.len(),
        file: base_file,
        from: base_block.span()?.start,
        point: true,
    }];
    for ((file, block), mut keep) in parts.iter().zip(kept) {
        let span = block.span()?;
        let source = parsed(files.get(*file)?);
        let region = source.get(span.clone())?;
        keep.sort_by_key(|r| r.start);
        let mut bytes = region.as_bytes().to_vec();
        let mut ranges = keep.iter().peekable();
        for (i, b) in bytes.iter_mut().enumerate() {
            let at = span.start + i;
            while ranges.next_if(|r| r.end <= at).is_some() {}
            let inside = ranges.peek().is_some_and(|r| r.start <= at);
            if !inside && *b != b'\n' {
                *b = b' ';
            }
        }
        segments.push(Segment {
            at: text.len(),
            len: bytes.len(),
            file: *file,
            from: span.start,
            point: false,
        });
        // Whole characters are kept or blanked (spans fall between characters).
        text.push_str(&String::from_utf8(bytes).ok()?);
        text.push('\n');
    }
    text.push_str("}\n");
    let body = hcl_edit::parser::parse_body(&text).ok()?;
    let one_block =
        matches!(body.iter().next(), Some(Structure::Block(_))) && body.iter().count() == 1;
    one_block.then_some(Synthetic { body, segments })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names Terraform reads as override files, wherever the directory is shown (a base
    /// revision's root is shown `rev:`, and a revision may hold a `/`).
    #[test]
    fn override_files_by_name() {
        for (path, root, want) in [
            ("override.tf", ".", true),
            ("override.tf.json", ".", true),
            ("cfg/ssh_override.tf", "cfg", true),
            ("cfg/ssh_override.tf.json", "cfg", true),
            ("origin/main:override.tf", "origin/main:", true),
            ("origin/main:modules/x/a_override.tf", "origin/main:", true),
            ("cfg/overrides.tf", "cfg", false),
            ("cfg/override.tfvars", "cfg", false),
            ("cfg/my-override.tf", "cfg", false),
            ("cfg/override_x.tf", "cfg", false),
            ("cfg/main.tf", "cfg", false),
        ] {
            assert_eq!(override_name(file_name(path, root)), want, "{path}");
        }
    }
}
