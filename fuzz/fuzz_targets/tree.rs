//! A small tree → the file-access policy: the input describes files, directories, symbolic
//! links (relative or absolute, into the tree, out of it, to `/`, around loops) and FIFOs in a
//! scratch git repository, beside canary files outside it. `read::read` of the repository (as
//! `sgaudit check DIR`, with a `--var-file` when the input names one), then the configuration
//! and its packs, must keep the error and report contracts, never block, and never print the
//! canary text: nothing outside the repository is read through a link inside it.
#![no_main]

mod common;

use std::path::{Path, PathBuf};

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use sgaudit::access::{Access, Limits};
use sgaudit::policy::{self, Policy};

/// Directories of the tree an entry may be in.
const DIRS: [&str; 4] = ["", "m/", "m/n/", "p/"];
/// Names an entry may take: what the readers look for, and names modules and packs use.
const NAMES: [&str; 13] = [
    "main.tf",
    "x.tf",
    "override.tf",
    "a_override.tf",
    "main.tf.json",
    "terraform.tfvars",
    "a.auto.tfvars",
    "x.tfvars",
    ".sgaudit.hcl",
    "rules.hcl",
    "m",
    "n",
    "p",
];
/// What a link outside the repository may point at, in the canary directory (`""`: the
/// directory itself).
const OUTSIDE: [&str; 5] = ["canary.tf", "canary.txt", "canary.tfvars", "mod", ""];
/// Absolute targets that are not the canary's.
const SYSTEM: [&str; 4] = ["/", "/etc", "/dev/zero", "/dev/null"];

/// Contents that make the readers follow what the tree holds.
const SNIPPETS: [&str; 7] = [
    "variable \"v\" {\n  type    = string\n  default = \"ok\"\n}\n",
    "resource \"aws_security_group\" \"g\" {\n  name        = \"g\"\n  description = var.v\n\n  ingress {\n    description = var.v\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
    "module \"m\" {\n  source = \"./m\"\n}\n",
    "module \"n\" {\n  source = \"./n\"\n}\n",
    "v = \"fine\"\n",
    "packs = [\"aws-security-groups\", \"./p\"]\n",
    "rule \"r\" {\n  title       = \"t\"\n  severity    = \"high\"\n  why         = \"w\"\n  remediation = \"r\"\n\n  exposure {\n    direction = \"ingress\"\n    public    = true\n  }\n}\n",
];

#[derive(Arbitrary, Debug)]
struct Name {
    dir: u8,
    name: u8,
}

impl Name {
    fn dir(&self) -> &'static str {
        DIRS[usize::from(self.dir) % DIRS.len()]
    }
    fn path(&self) -> String {
        format!(
            "{}{}",
            self.dir(),
            NAMES[usize::from(self.name) % NAMES.len()]
        )
    }
}

#[derive(Arbitrary, Debug)]
enum Content {
    Snippet(u8),
    Text(String),
}

#[derive(Arbitrary, Debug)]
enum Target {
    /// `../` `up` times, then the canary directory's entry.
    Outside {
        up: u8,
        name: u8,
    },
    /// The canary directory's entry, by its absolute path.
    Canary {
        name: u8,
    },
    System(u8),
    /// An entry of the tree, relative to the link's directory (itself: a loop).
    Inside(Name),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
enum Entry {
    File(Name, Content),
    Dir(Name),
    Link(Name, Target),
    Fifo(Name),
}

#[derive(Arbitrary, Debug)]
struct Tree {
    entries: Vec<Entry>,
    /// A `--var-file` in the tree.
    var_file: Option<Name>,
    pick: u8,
}

/// The canary: a text no input can hold by chance (this process's own), in files outside the
/// repository.
struct Canary {
    text: String,
    outside: PathBuf,
}

fn canary() -> &'static Canary {
    static CANARY: std::sync::OnceLock<Canary> = std::sync::OnceLock::new();
    CANARY.get_or_init(|| {
        use std::hash::{BuildHasher, Hasher};
        let random = std::hash::RandomState::new().build_hasher().finish();
        let text = format!("sgaudit-canary-{random:016x}");
        let outside = common::scratch("tree").join("outside");
        std::fs::create_dir_all(outside.join("mod")).expect("canary directory");
        let group = |c: &str| {
            format!(
                "resource \"aws_security_group\" \"canary\" {{\n  name        = \"{c}\"\n  description = \"{c}\"\n\n  ingress {{\n    description = \"{c}\"\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }}\n}}\n"
            )
        };
        for (name, contents) in [
            ("canary.tf", group(&text)),
            ("canary.txt", format!("root:x:0:0:{text}:/root:/bin/bash\n")),
            ("canary.tfvars", format!("v = \"{text}\"\n")),
            ("mod/main.tf", group(&text)),
        ] {
            std::fs::write(outside.join(name), contents).expect("canary file");
        }
        Canary { text, outside }
    })
}

/// Creates the directories of `rel` under `repo`, one by one, refusing to pass through
/// anything but a real directory (a link made by an earlier entry must not make the harness
/// write outside the repository).
fn make_dirs(repo: &Path, rel: &str) -> Option<PathBuf> {
    let mut dir = repo.to_path_buf();
    for part in rel.split('/').filter(|p| !p.is_empty()) {
        dir.push(part);
        match dir.symlink_metadata() {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => return None,
            Err(_) => std::fs::create_dir(&dir).ok()?,
        }
    }
    Some(dir)
}

fn build(repo: &Path, tree: &Tree) -> bool {
    let canary = canary();
    let mut holds_canary = false;
    for entry in tree.entries.iter().take(16) {
        let name = match entry {
            Entry::File(n, _) | Entry::Dir(n) | Entry::Link(n, _) | Entry::Fifo(n) => n,
        };
        if make_dirs(repo, name.dir()).is_none() {
            continue;
        }
        let path = repo.join(name.path());
        if path.symlink_metadata().is_ok() {
            continue;
        }
        match entry {
            Entry::File(_, content) => {
                let text = match content {
                    Content::Snippet(i) => SNIPPETS[usize::from(*i) % SNIPPETS.len()],
                    Content::Text(t) => t.as_str(),
                };
                holds_canary |= text.contains(&canary.text);
                // Never through a link (create_new refuses any existing path, links too).
                if let Ok(mut file) = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&path)
                {
                    use std::io::Write;
                    let _ = file.write_all(text.as_bytes());
                }
            }
            Entry::Dir(_) => {
                let _ = std::fs::create_dir(&path);
            }
            Entry::Fifo(_) => {
                let _ = std::process::Command::new("mkfifo").arg(&path).status();
            }
            Entry::Link(_, target) => {
                let depth = name.dir().matches('/').count();
                let target: PathBuf = match target {
                    Target::Outside { up, name } => {
                        let up = usize::from(*up % 5);
                        let mut t = "../".repeat(up);
                        t.push_str("outside/");
                        t.push_str(OUTSIDE[usize::from(*name) % OUTSIDE.len()]);
                        t.into()
                    }
                    Target::Canary { name } => canary
                        .outside
                        .join(OUTSIDE[usize::from(*name) % OUTSIDE.len()]),
                    Target::System(i) => SYSTEM[usize::from(*i) % SYSTEM.len()].into(),
                    Target::Inside(to) => format!("{}{}", "../".repeat(depth), to.path()).into(),
                    Target::Raw(raw) => {
                        if raw.contains('\0') || raw.len() > 256 {
                            continue;
                        }
                        raw.into()
                    }
                };
                let _ = std::os::unix::fs::symlink(target, &path);
            }
        }
    }
    holds_canary
}

fuzz_target!(|data: &[u8]| {
    let _run = common::watch(data);
    let Ok(tree) = Tree::arbitrary_take_rest(arbitrary::Unstructured::new(data)) else {
        return;
    };
    let canary = canary();
    let repo = common::scratch("tree").join("repo");
    // remove_dir_all removes links, never what they point at.
    let _ = std::fs::remove_dir_all(&repo);
    std::fs::create_dir_all(repo.join(".git")).expect("scratch repository");
    let holds_canary = build(&repo, &tree);
    // Replaying an input: `SGAUDIT_FUZZ_SHOW=1 target/.../tree FILE` prints the tree.
    if std::env::var_os("SGAUDIT_FUZZ_SHOW").is_some() {
        eprintln!("{tree:?}");
    }
    let display = repo.to_string_lossy().into_owned();
    let leaks = |text: &str, what: &str| {
        assert!(
            holds_canary || !text.contains(&canary.text),
            "{what} holds text from outside the repository: {text}"
        );
    };

    let mut options = sgaudit::read::Options::default();
    if let Some(file) = &tree.var_file {
        options
            .variables
            .files
            .push(repo.join(file.path()).to_string_lossy().into_owned());
    }
    match sgaudit::read::read(&display, &options) {
        Ok(input) => {
            for e in &input.errors {
                let e = &e.to_string();
                common::check_error(e, &display);
                leaks(e, "an error");
            }
            let report = common::analyse(&input, usize::from(tree.pick));
            leaks(&report, "a report");
        }
        Err(e) => {
            let e = format!("{e:#}");
            common::check_error(&e, &display);
            leaks(&e, "an error");
        }
    }

    // The configuration found in the repository, and the packs it names.
    let access = Access::for_input(&repo, Limits::default());
    match policy::settings(None, &repo, &access) {
        Ok(config) => {
            if let Err(e) = Policy::load(config, &[], &access) {
                common::check_error(&e, "");
                leaks(&e, "a policy error");
            }
        }
        Err(e) => {
            common::check_error(&e, &display);
            leaks(&e, "a configuration error");
        }
    }
});
