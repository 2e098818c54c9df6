//! The policy side on a hostile pull request: every file it reads (`.sgaudit.hcl`, packs,
//! the `.tf` files inline ignores are read from, `sgaudit test`'s cases, `plan.path` and
//! `findings.txt`) is read through the file-access policy. Each case builds a repository (a
//! directory holding `.git`) beside a canary file outside it, and checks that the error names
//! the file, that no canary text comes out, and that nothing outside is written.
#![cfg(unix)]

use std::path::{Path, PathBuf};

use super::{PackSource, Policy, Settings, load_dir, settings, testing};
use crate::access::{Access, Limits};

/// What the canary files hold: text no message may quote.
const CANARY: &str = "root:x:0:0:canary-secret:/root:/bin/bash\n";

const RULE: &str = r#"
rule "ssh-open" {
  title       = "SSH open"
  severity    = "high"
  why         = "SSH is an administration port."
  remediation = "Close it."

  exposure {
    ports = [22]
  }
}
"#;

const CASE: &str = r#"
resource "aws_security_group" "g" {
  name = "g"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

/// A scratch tree: `repo/` (a git work tree: it holds `.git`) and `outside/` beside it, with
/// canary files outside: `canary`, `rules.hcl`, `.sgaudit.hcl`, `main.tf`, and a case
/// directory `case/` (a `main.tf` and a `findings.txt`).
struct Tree(PathBuf);

impl Tree {
    fn new(name: &str) -> Tree {
        let dir = std::env::temp_dir().join(format!(
            "sgaudit-policy-hostile-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("repo/.git")).unwrap();
        std::fs::create_dir_all(dir.join("outside/case")).unwrap();
        for file in [
            "canary",
            "rules.hcl",
            ".sgaudit.hcl",
            "main.tf",
            "case/findings.txt",
        ] {
            std::fs::write(dir.join("outside").join(file), CANARY).unwrap();
        }
        std::fs::write(dir.join("outside/case/main.tf"), CASE).unwrap();
        Tree(dir)
    }

    fn repo(&self) -> PathBuf {
        self.0.join("repo")
    }

    fn outside(&self, file: &str) -> PathBuf {
        self.0.join("outside").join(file)
    }

    /// Writes a file in the repository, making its directories.
    fn write(&self, file: &str, text: &str) -> PathBuf {
        let path = self.repo().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// A symbolic link in the repository to `target`.
    fn link(&self, file: &str, target: &Path) -> PathBuf {
        let path = self.repo().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, &path).unwrap();
        path
    }

    /// A FIFO in the repository: reading it the usual way would wait forever.
    fn fifo(&self, file: &str) -> PathBuf {
        let path = self.repo().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&path)
                .status()
                .unwrap()
                .success()
        );
        path
    }

    fn access(&self) -> Access {
        Access::for_input(&self.repo(), Limits::default())
    }

    /// The canary files are as they were written.
    fn outside_unchanged(&self) {
        for file in ["canary", "rules.hcl", ".sgaudit.hcl", "case/findings.txt"] {
            assert_eq!(
                std::fs::read_to_string(self.outside(file)).unwrap(),
                CANARY,
                "{file}"
            );
        }
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An error of one line that names `file` and quotes nothing of the canary.
fn refused(err: &str, file: &str, why: &str) {
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(file), "names {file}: {err}");
    assert!(err.contains(why), "says {why:?}: {err}");
    assert!(!err.contains("canary") && !err.contains("root:x"), "{err}");
}

#[test]
fn a_configuration_linked_out_of_the_repository_is_refused() {
    let tree = Tree::new("config-link");
    let access = tree.access();
    let link = tree.link(".sgaudit.hcl", &tree.outside(".sgaudit.hcl"));
    // Found walking up from the input.
    let err = settings(None, &tree.repo(), &access).unwrap_err();
    refused(
        &err,
        ".sgaudit.hcl",
        "a symbolic link to outside the repository",
    );
    // Named with --config-file: a path in the repository is held to it.
    let named = link.to_string_lossy().into_owned();
    let err = settings(Some(&named), &tree.repo(), &access).unwrap_err();
    refused(&err, &named, "a symbolic link to outside the repository");
}

#[test]
fn a_configuration_that_is_not_a_regular_file_is_refused_at_once() {
    let tree = Tree::new("config-kinds");
    let access = tree.access();
    // `/dev/zero` would be read forever; it is refused before a byte is read.
    let err = settings(Some("/dev/zero"), &tree.repo(), &access).unwrap_err();
    refused(&err, "/dev/zero", "not a regular file (a device)");
    // A FIFO found walking up is refused, not waited on nor passed over.
    tree.fifo(".sgaudit.hcl");
    let err = settings(None, &tree.repo(), &access).unwrap_err();
    refused(&err, ".sgaudit.hcl", "not a regular file (a FIFO)");
}

#[test]
fn the_configuration_above_the_repository_is_not_its_own() {
    let tree = Tree::new("config-above");
    // Above the repository, a configuration that would disable every rule.
    std::fs::write(tree.0.join(".sgaudit.hcl"), "disable = [\"ssh-open\"]\n").unwrap();
    let env = tree.repo().join("env/prod");
    std::fs::create_dir_all(&env).unwrap();
    let access = Access::for_input(&env, Limits::default());
    let config = settings(None, &env, &access).unwrap();
    assert_eq!(config.path, None, "nothing found: {config:?}");
    // Within the repository, above the input, it is found.
    tree.write(".sgaudit.hcl", "fail_on = \"critical\"\n");
    let config = settings(None, &env, &access).unwrap();
    assert_eq!(config.fail_on, Some(super::Severity::Critical));
    // Without a repository, the root is the input's directory: nothing above it is read.
    std::fs::remove_dir_all(tree.repo().join(".git")).unwrap();
    let access = Access::for_input(&env, Limits::default());
    let config = settings(None, &env, &access).unwrap();
    assert_eq!(config.path, None, "nothing found: {config:?}");
}

#[test]
fn pack_files_are_read_through_the_access() {
    let tree = Tree::new("pack");
    let access = tree.access();
    // A rule file linked out of the repository.
    tree.write("pack/a.hcl", RULE);
    tree.link("pack/b.hcl", &tree.outside("rules.hcl"));
    let err = load_dir(&tree.repo().join("pack"), &access).unwrap_err();
    refused(
        &err,
        "pack/b.hcl",
        "a symbolic link to outside the repository",
    );
    // A FIFO named like a rule file: refused without waiting.
    std::fs::remove_file(tree.repo().join("pack/b.hcl")).unwrap();
    tree.fifo("pack/c.hcl");
    let err = load_dir(&tree.repo().join("pack"), &access).unwrap_err();
    refused(&err, "pack/c.hcl", "not a regular file (a FIFO)");
    // A pack directory linked out of the repository.
    let link = tree.link("evil", &tree.0.join("outside"));
    let err = load_dir(&link, &access).unwrap_err();
    refused(&err, "evil", "a symbolic link to outside the repository");
}

#[test]
fn a_configuration_names_pack_directories_in_the_repository_only() {
    let tree = Tree::new("config-packs");
    let access = tree.access();
    tree.link("evil", &tree.0.join("outside"));
    for (packs, why) in [
        (
            "./evil",
            "packs: ./evil: a symbolic link to outside the repository",
        ),
        (
            "../outside",
            "packs: \"../outside\" lies outside the repository",
        ),
    ] {
        tree.write(".sgaudit.hcl", &format!("packs = [\"{packs}\"]\n"));
        let err = settings(None, &tree.repo(), &access).unwrap_err();
        refused(&err, ".sgaudit.hcl:1:9: ", why);
    }
    // A configuration outside the repository, named by the user, names what it likes.
    std::fs::write(tree.outside("policy.hcl"), "packs = [\"./case\"]\n").unwrap();
    let named = tree.outside("policy.hcl").to_string_lossy().into_owned();
    let config = settings(Some(&named), &tree.repo(), &access).unwrap();
    assert_eq!(
        config.packs,
        Some(vec![PackSource::Dir(tree.outside("case"))])
    );
}

/// The pack of `sgaudit test` on the tree: `repo/pack`, one rule, read through the access.
fn pack(tree: &Tree) -> Policy {
    tree.write("pack/rules.hcl", RULE);
    let config = Settings {
        packs: Some(vec![PackSource::Dir(tree.repo().join("pack"))]),
        ..Settings::default()
    };
    Policy::load(config, &[], &tree.access()).unwrap()
}

#[test]
fn test_cases_and_plan_pointers_stay_in_the_repository() {
    let tree = Tree::new("cases");
    let policy = pack(&tree);
    let tests = tree.repo().join("pack/tests");
    // A case directory linked out of the repository.
    tree.link("pack/tests/evil", &tree.outside("case"));
    let err = testing::run(&policy, &tests, false).unwrap_err();
    refused(
        &err,
        "tests/evil",
        "a symbolic link to outside the repository",
    );
    std::fs::remove_file(tests.join("evil")).unwrap();
    // A plan.path naming a file outside the repository, and one linked out of it.
    tree.write(
        "pack/tests/pointer/plan.path",
        "../../../../outside/canary\n",
    );
    let err = testing::run(&policy, &tests, false).unwrap_err();
    refused(
        &err,
        "pointer/plan.path",
        "names a plan outside the repository",
    );
    // A pointer of several lines is not a path, and is not quoted.
    tree.write("pack/tests/pointer/plan.path", "plan.json\nroot:x:0:0\n");
    let err = testing::run(&policy, &tests, false).unwrap_err();
    refused(&err, "pointer/plan.path", "not a path");
    std::fs::remove_file(tests.join("pointer/plan.path")).unwrap();
    tree.link("pack/tests/pointer/plan.path", &tree.outside("canary"));
    let err = testing::run(&policy, &tests, false).unwrap_err();
    refused(
        &err,
        "pointer/plan.path",
        "a symbolic link to outside the repository",
    );
    std::fs::remove_file(tests.join("pointer/plan.path")).unwrap();
    // A plan.json linked out of the repository.
    tree.link("pack/tests/pointer/plan.json", &tree.outside("canary"));
    let err = testing::run(&policy, &tests, false).unwrap_err();
    refused(
        &err,
        "pointer/plan.json",
        "a symbolic link to outside the repository",
    );
    std::fs::remove_file(tests.join("pointer/plan.json")).unwrap();
    // A case directory that links to its own parent is a case once, not a walk forever.
    std::fs::remove_dir_all(tests.join("pointer")).unwrap();
    tree.write("pack/tests/one/main.tf", CASE);
    tree.link("pack/tests/one/again", &tests);
    tree.link("pack/tests/alias", &tests.join("one"));
    let outcome = testing::run(&policy, &tests, true).unwrap();
    assert!(
        outcome
            .text
            .starts_with(&format!("updated {}\n", tests.join("one").display()))
            && outcome.text.ends_with("1 case, all passed\n"),
        "{}",
        outcome.text
    );
    tree.outside_unchanged();
}

#[test]
fn findings_files_are_read_and_written_through_the_access() {
    let tree = Tree::new("findings");
    let policy = pack(&tree);
    let tests = tree.repo().join("pack/tests");
    tree.write("pack/tests/case/main.tf", CASE);
    // A FIFO named findings.txt: a one-line error, not a wait.
    let fifo = tree.fifo("pack/tests/case/findings.txt");
    for update in [false, true] {
        let err = testing::run(&policy, &tests, update).unwrap_err();
        refused(&err, "case/findings.txt", "not a regular file (a FIFO)");
    }
    std::fs::remove_file(fifo).unwrap();
    // findings.txt linked to a file outside the pack: refused, read or written.
    tree.link(
        "pack/tests/case/findings.txt",
        &tree.outside("case/findings.txt"),
    );
    for update in [false, true] {
        let err = testing::run(&policy, &tests, update).unwrap_err();
        refused(
            &err,
            "case/findings.txt",
            "a symbolic link to outside the repository",
        );
    }
    tree.outside_unchanged();
    // Linked within the repository, outside the pack: read, but never written through.
    std::fs::remove_file(tests.join("case/findings.txt")).unwrap();
    let elsewhere = tree.write("elsewhere.txt", "stale\n");
    tree.link("pack/tests/case/findings.txt", &elsewhere);
    let outcome = testing::run(&policy, &tests, false).unwrap();
    assert!(!outcome.passed, "{}", outcome.text);
    let err = testing::run(&policy, &tests, true).unwrap_err();
    refused(
        &err,
        "case/findings.txt",
        "sgaudit writes nothing through a link",
    );
    assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "stale\n");
    // A regular findings.txt is written.
    std::fs::remove_file(tests.join("case/findings.txt")).unwrap();
    let outcome = testing::run(&policy, &tests, true).unwrap();
    assert!(outcome.text.contains("updated"), "{}", outcome.text);
    let written = std::fs::read_to_string(tests.join("case/findings.txt")).unwrap();
    assert!(written.starts_with("high new ssh-open: "), "{written}");
    assert!(testing::run(&policy, &tests, false).unwrap().passed);
    tree.outside_unchanged();
}

#[test]
fn an_unknown_rule_in_the_configuration_is_located() {
    let tree = Tree::new("unknown-rule");
    let access = tree.access();
    tree.write("pack/rules.hcl", RULE);
    for (text, expected) in [
        (
            "packs = [\"./pack\"]\nseverity = { \"ssh-open\" = \"low\", \"ssh-opne\" = \"low\" }\n",
            ".sgaudit.hcl:2:34: severity: no rule \"ssh-opne\" to override; rules: ssh-open",
        ),
        (
            "packs = [\"./pack\"]\ndisable = [\n  \"ssh-open\",\n  \"nosuch\",\n]\n",
            ".sgaudit.hcl:4:3: disable: no rule \"nosuch\" to disable; rules: ssh-open",
        ),
    ] {
        let path = tree.write(".sgaudit.hcl", text);
        let config = settings(None, &tree.repo(), &access).unwrap();
        let err = Policy::load(config, &[], &access).err().unwrap();
        assert!(
            err.ends_with(expected) && err.starts_with(&*path.to_string_lossy()),
            "expected {expected:?} in {err}"
        );
    }
    // A known rule's override applies.
    tree.write(
        ".sgaudit.hcl",
        "packs = [\"./pack\"]\nseverity = { \"ssh-open\" = \"low\" }\n",
    );
    let config = settings(None, &tree.repo(), &access).unwrap();
    let policy = Policy::load(config, &[], &access).unwrap();
    assert_eq!(policy.rules[0].severity, super::Severity::Low);
}

/// A pack that comes with a pull request cannot make `sgaudit explain` print a line that starts
/// a GitHub workflow command: its one-line title is escaped, its prose indented line by line.
#[test]
fn explain_never_starts_a_line_with_a_pack_s_text() {
    let pack = r#"rule "ssh-x" {
  title       = "SSH\n::error title=pwned::from the title"
  severity    = "high"
  why         = "why\n::error title=pwned::from why"
  remediation = "fix\n::error title=pwned::from remediation"
  references  = ["a\n::error title=pwned::from a reference"]

  exposure {
    direction = "ingress"
    ports     = [22]
  }
}
"#;
    let rules = super::load_pack("rules.hcl", pack).unwrap();
    let text = super::explain(&rules[0]);
    assert!(text.contains("from why"), "{text}");
    assert!(!text.lines().any(|l| l.starts_with("::")), "{text}");
}
