//! The hostile-input catalogue (issue 17; every case is listed in testdata/hostile/README.md):
//! inputs a stranger's pull request can hold, run through the real binary as a child process.
//! The harness bounds each run with `ulimit -v` (RLIMIT_AS, 2 GiB) and `ulimit -t` (RLIMIT_CPU,
//! 60 s), never with a timed assertion; a watchdog kills a run still going after 120 s, and the
//! case fails as hung. Each case asserts the exit code, an error line naming the offending file
//! as the user typed it, that no canary text (written by the test to files outside the
//! repository) reaches standard output, standard error or any file sgaudit wrote, that the
//! canary files are unchanged, and that the run was not ended by a limit or a signal.
#![cfg(unix)]

// Test code: clippy.toml lets it unwrap and panic (a failed assertion is how a test reports).
#[cfg(test)]
mod hostile {

    use std::io::{Read, Write};
    use std::path::{Path, PathBuf};
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    /// The binary under test (`SGAUDIT_HOSTILE_BIN` runs the cases on another build, e.g. one
    /// from before the fixes, to see that they fail there).
    const BIN: &str = env!("CARGO_BIN_EXE_sgaudit");
    /// The crate: static cases under `testdata/hostile/` run from here, as a user runs them.
    const CRATE: &str = env!("CARGO_MANIFEST_DIR");
    /// The bounds of every run, set by the shell before it becomes sgaudit: 2 GiB of address
    /// space, 60 s of CPU time.
    const LIMITS: &str = r#"ulimit -v 2097152; ulimit -t 60; exec "$0" "$@""#;
    /// A safety net only, for a run that blocks (it uses no CPU, so RLIMIT_CPU never ends it).
    const WATCHDOG: Duration = Duration::from_secs(120);
    /// The report formats of `check`.
    const FORMATS: [&str; 5] = ["table", "json", "markdown", "sarif", "github"];
    /// The most of each output stream the harness keeps (the rest is read and dropped).
    const KEEP: u64 = 64 << 20;

    /// What the child's standard input is.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum In {
        Null,
        /// Spaces, written by a thread until the pipe breaks: an endless stream.
        Spaces,
    }

    /// What the child's standard output is.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Out {
        /// A pipe the harness reads.
        Piped,
        /// A pipe whose reader is already closed, as in `sgaudit check plan.json | true`.
        Closed,
    }

    /// One run of sgaudit and how it ended.
    struct Run {
        what: String,
        code: Option<i32>,
        signal: Option<i32>,
        hung: bool,
        stdout: String,
        stderr: String,
    }

    /// Runs sgaudit in `cwd` with `args`, under the limits.
    fn sgaudit(cwd: &Path, args: &[&str], stdin: In, stdout: Out) -> Run {
        use std::os::unix::process::ExitStatusExt;
        let what = format!("sgaudit {}", args.join(" "));
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(LIMITS)
            .arg(std::env::var_os("SGAUDIT_HOSTILE_BIN").unwrap_or_else(|| BIN.into()))
            .args(args)
            .current_dir(cwd)
            .env("NO_COLOR", "1")
            .env_remove("RUST_BACKTRACE")
            .stderr(Stdio::piped());
        command.stdin(match stdin {
            In::Null => Stdio::null(),
            In::Spaces => Stdio::piped(),
        });
        match stdout {
            Out::Piped => {
                command.stdout(Stdio::piped());
            }
            Out::Closed => {
                let (reader, writer) = std::io::pipe().unwrap();
                drop(reader);
                command.stdout(writer);
            }
        }
        let mut child = command.spawn().unwrap();
        // The command keeps the write end of a closed pipe open until it is dropped.
        drop(command);
        let writer = child.stdin.take().map(|mut pipe| {
            std::thread::spawn(move || {
                let spaces = [b' '; 1 << 16];
                while pipe.write_all(&spaces).is_ok() {}
            })
        });
        let keep = |stream: Option<Box<dyn Read + Send>>| {
            std::thread::spawn(move || {
                let mut kept = Vec::new();
                if let Some(mut stream) = stream {
                    let _ = (&mut stream).take(KEEP).read_to_end(&mut kept);
                    let _ = std::io::copy(&mut stream, &mut std::io::sink());
                }
                String::from_utf8_lossy(&kept).into_owned()
            })
        };
        let out = keep(
            child
                .stdout
                .take()
                .map(|s| Box::new(s) as Box<dyn Read + Send>),
        );
        let err = keep(
            child
                .stderr
                .take()
                .map(|s| Box::new(s) as Box<dyn Read + Send>),
        );
        let start = Instant::now();
        let mut hung = false;
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > WATCHDOG {
                hung = true;
                let _ = child.kill();
                break child.wait().unwrap();
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        if let Some(writer) = writer {
            let _ = writer.join();
        }
        let run = Run {
            what,
            code: status.code(),
            signal: status.signal(),
            hung,
            stdout: out.join().unwrap(),
            stderr: err.join().unwrap(),
        };
        eprintln!(
            "{}\n  exit {:?} signal {:?}{}; {} bytes out; stderr: {}",
            run.what,
            run.code,
            run.signal,
            if run.hung { " HUNG" } else { "" },
            run.stdout.len(),
            run.stderr.lines().take(3).collect::<Vec<_>>().join(" / ")
        );
        run
    }

    /// How the error line must name the offending file (after `sgaudit: error: `).
    #[derive(Clone, Copy)]
    enum Named {
        /// Nothing asked of standard error.
        Any,
        /// A line starts with one of these.
        Starts(&'static [&'static str]),
        /// A line starts with this, then `:` and a line number.
        Located(&'static str),
        /// A line contains this.
        Contains(&'static str),
        /// A line of standard error (an error or not) contains this.
        Says(&'static str),
    }

    /// What a run must end with.
    #[derive(Clone, Copy)]
    struct Expect {
        codes: &'static [i32],
        named: Named,
    }

    const REFUSED: &[i32] = &[2];

    fn refused(named: Named) -> Expect {
        Expect {
            codes: REFUSED,
            named,
        }
    }

    /// The problems a case found; it fails with all of them.
    #[derive(Default)]
    struct Problems(Vec<String>);

    impl Problems {
        fn push(&mut self, run: &Run, what: impl std::fmt::Display) {
            let stderr: String = run
                .stderr
                .lines()
                .take(6)
                .collect::<Vec<_>>()
                .join("\n    ");
            self.0.push(format!(
                "{}: {what}\n    exit {:?}, signal {:?}; stderr:\n    {stderr}",
                run.what, run.code, run.signal
            ));
        }

        /// The checks every run gets: bounds, exit code, the error line, no canary.
        fn check(&mut self, run: &Run, expect: Expect, canary: Option<&str>) {
            if run.hung {
                self.push(run, "hung: killed by the watchdog after 120 s");
                return;
            }
            if let Some(signal) = run.signal {
                self.push(
                run,
                format!(
                    "killed by signal {signal} (9: killed, 24: SIGXCPU, the CPU limit; 6: abort, \
                     e.g. an allocation over the memory limit)"
                ),
            );
                return;
            }
            // An allocation that failed at the memory limit: an abort, or an error saying so.
            for bad in [
                "memory allocation of",
                "out of memory",
                "panicked",
                "stack backtrace",
            ] {
                if run.stderr.contains(bad) {
                    self.push(run, format!("standard error holds {bad:?}"));
                }
            }
            if !run.code.is_some_and(|c| expect.codes.contains(&c)) {
                self.push(
                    run,
                    format!("exit code: expected one of {:?}", expect.codes),
                );
            }
            let errors: Vec<&str> = run
                .stderr
                .lines()
                .filter_map(|l| l.strip_prefix("sgaudit: error: "))
                .collect();
            let named = match expect.named {
                Named::Any => true,
                Named::Starts(names) => errors
                    .iter()
                    .any(|e| names.iter().any(|n| e.starts_with(n))),
                Named::Located(file) => errors.iter().any(|e| {
                    e.strip_prefix(file)
                        .and_then(|rest| rest.strip_prefix(':'))
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
                }),
                Named::Contains(text) => errors.iter().any(|e| e.contains(text)),
                Named::Says(text) => run.stderr.lines().any(|l| l.contains(text)),
            };
            if !named {
                let want = match expect.named {
                    Named::Any => String::new(),
                    Named::Starts(n) => format!("starting with one of {n:?}"),
                    Named::Located(f) => format!("starting with {f}:LINE"),
                    Named::Contains(t) => format!("containing {t:?}"),
                    Named::Says(t) => format!("(or any line) containing {t:?}"),
                };
                self.push(run, format!("no `sgaudit: error: ` line {want}"));
            }
            if let Some(canary) = canary {
                for (stream, text) in [
                    ("standard output", &run.stdout),
                    ("standard error", &run.stderr),
                ] {
                    if let Some(line) = text.lines().find(|l| l.contains(canary)) {
                        self.push(run, format!("canary text in {stream}: {line:?}"));
                    }
                }
            }
        }

        fn finish(self, case: &str) {
            if !self.0.is_empty() {
                panic!(
                    "{case}: {} problem(s):\n- {}",
                    self.0.len(),
                    self.0.join("\n- ")
                );
            }
        }
    }

    /// A case built at test time: `DIR/repo` (a git repository, the working directory's `repo`),
    /// `DIR/outside` (the canary files), and the working directory `DIR`. `DIR` is removed when
    /// the case passes or panics, and kept (for a look) when its checks fail.
    struct Scratch {
        temp: tempfile::TempDir,
        dir: PathBuf,
        canary: String,
        /// Canary files and their contents, which must not change.
        guarded: Vec<(PathBuf, Vec<u8>)>,
        /// Paths outside the repository that must not come to exist.
        absent: Vec<PathBuf>,
        problems: Problems,
        name: String,
    }

    impl Scratch {
        fn new(name: &str) -> Scratch {
            use std::hash::{BuildHasher, Hasher};
            let random = std::hash::RandomState::new().build_hasher().finish();
            let temp = tempfile::Builder::new()
                .prefix(&format!("sgaudit-hostile-{name}-"))
                .tempdir()
                .unwrap();
            let dir = temp.path().to_path_buf();
            std::fs::create_dir_all(dir.join("repo")).unwrap();
            std::fs::create_dir_all(dir.join("outside")).unwrap();
            let scratch = Scratch {
                temp,
                dir,
                canary: format!("sgaudit-canary-{random:016x}"),
                guarded: Vec::new(),
                absent: Vec::new(),
                problems: Problems::default(),
                name: name.to_owned(),
            };
            scratch.git(&["init", "-q"]);
            scratch
        }

        fn repo(&self, path: &str) -> PathBuf {
            self.dir.join("repo").join(path)
        }

        /// Writes a canary file outside the repository (its text from the canary) and returns
        /// its absolute path.
        fn canary_file(&mut self, name: &str, text: impl Fn(&str) -> String) -> PathBuf {
            let path = self.dir.join("outside").join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let contents = text(&self.canary);
            assert!(contents.contains(&self.canary));
            std::fs::write(&path, &contents).unwrap();
            self.guarded.push((path.clone(), contents.into_bytes()));
            path
        }

        /// Writes a file in the repository.
        fn write(&self, path: &str, text: &str) {
            let path = self.repo(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }

        /// A symbolic link in the repository.
        fn link(&self, path: &str, target: impl AsRef<Path>) {
            let path = self.repo(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::os::unix::fs::symlink(target, path).unwrap();
        }

        fn fifo(&self, path: &str) {
            let status = Command::new("mkfifo")
                .arg(self.repo(path))
                .status()
                .unwrap();
            assert!(status.success(), "mkfifo");
        }

        fn git(&self, args: &[&str]) {
            let out = Command::new("git")
                .args([
                    "-c",
                    "user.name=t",
                    "-c",
                    "user.email=t@t",
                    "-c",
                    "init.defaultBranch=main",
                    "-c",
                    "commit.gpgsign=false",
                ])
                .args(args)
                .current_dir(self.repo(""))
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "git {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }

        fn commit(&self, message: &str) {
            self.git(&["add", "-A"]);
            self.git(&["commit", "-q", "-m", message]);
        }

        /// Copies a file of the crate into the repository.
        fn copy(&self, from: &str, to: &str) {
            let text = std::fs::read_to_string(Path::new(CRATE).join(from)).unwrap();
            self.write(to, &text);
        }

        fn run(&mut self, args: &[&str], expect: Expect) -> Run {
            self.run_with(args, In::Null, Out::Piped, expect)
        }

        fn run_with(&mut self, args: &[&str], stdin: In, stdout: Out, expect: Expect) -> Run {
            let run = sgaudit(&self.dir, args, stdin, stdout);
            self.problems.check(&run, expect, Some(&self.canary));
            run
        }

        /// `check ARGS --format F` in every format.
        fn check_formats(&mut self, args: &[&str], expect: Expect) {
            for format in FORMATS {
                let mut all = vec!["check"];
                all.extend_from_slice(args);
                all.extend(["--format", format]);
                self.run(&all, expect);
            }
        }

        /// The checks after the runs: no canary in any file in the repository (what sgaudit
        /// wrote there), the canary files unchanged, nothing created where it must not be.
        fn finish(mut self) {
            let mut files = Vec::new();
            regular_files(&self.repo(""), &mut files);
            for file in files {
                let bytes = std::fs::read(&file).unwrap_or_default();
                if String::from_utf8_lossy(&bytes).contains(&self.canary) {
                    self.problems
                        .0
                        .push(format!("canary text in a written file: {}", file.display()));
                }
            }
            for (path, contents) in &self.guarded {
                if std::fs::read(path).ok().as_deref() != Some(contents.as_slice()) {
                    self.problems.0.push(format!(
                        "a file outside the repository changed: {}",
                        path.display()
                    ));
                }
            }
            for path in &self.absent {
                if path.symlink_metadata().is_ok() {
                    self.problems.0.push(format!(
                        "a file outside the repository was created: {}",
                        path.display()
                    ));
                }
            }
            if !self.problems.0.is_empty() {
                // Kept for a look at what the failing case left.
                let _ = self.temp.keep();
            }
            self.problems.finish(&self.name);
        }
    }

    /// The regular files under `dir` (not `.git`), links not followed.
    fn regular_files(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = path.symlink_metadata() else {
                continue;
            };
            if meta.is_dir() && entry.file_name() != ".git" {
                regular_files(&path, out);
            } else if meta.is_file() {
                out.push(path);
            }
        }
    }

    /// A static case's run, from the crate's directory.
    fn run_static(args: &[&str], problems: &mut Problems, expect: Expect) -> Run {
        let run = sgaudit(Path::new(CRATE), args, In::Null, Out::Piped);
        problems.check(&run, expect, None);
        run
    }

    /// A group open to the world on 443: valid Terraform.
    const GROUP: &str = r#"resource "aws_security_group" "web" {
  name        = "web"
  description = "Web"

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

    /// A line of a runner's `/etc/passwd`, with the canary in it.
    fn passwd(canary: &str) -> String {
        format!("root:x:0:0:{canary}:/root:/bin/bash\n")
    }

    /// A plan with a failing finding (from real terraform).
    const PLAN: &str = "testdata/plans/widened-cidr/plan.json";

    // --- 1. The file-access policy: nothing read outside the repository -----------------------

    #[test]
    fn tf_symlink_to_a_file_outside_is_refused_and_not_quoted() {
        for (name, relative) in [("absolute", false), ("relative", true)] {
            let mut s = Scratch::new(&format!("tf-symlink-{name}"));
            let target = s.canary_file("passwd", passwd);
            s.write("main.tf", GROUP);
            if relative {
                s.link("passwd.tf", "../outside/passwd");
            } else {
                s.link("passwd.tf", &target);
            }
            // A report written with --output is scanned for the canary too.
            s.check_formats(
                &["repo", "--output", "json=repo/report.json"],
                refused(Named::Starts(&["repo/passwd.tf"])),
            );
            s.finish();
        }
    }

    #[test]
    fn tfvars_symlinked_out_are_refused_and_their_values_not_reported() {
        for file in ["terraform.tfvars", "x.auto.tfvars"] {
            let mut s = Scratch::new(&format!("tfvars-{file}"));
            s.canary_file("vars.tfvars", |c| format!("note = \"{c}\"\n"));
            s.write(
                "main.tf",
                &format!(
                    "variable \"note\" {{\n  type    = string\n  default = \"harmless\"\n}}\n\n{}",
                    GROUP.replace("\"HTTPS\"", "var.note")
                ),
            );
            s.link(file, "../outside/vars.tfvars");
            let named: &'static [&'static str] = if file == "terraform.tfvars" {
                &["repo/terraform.tfvars"]
            } else {
                &["repo/x.auto.tfvars"]
            };
            s.check_formats(
                &["repo", "--output", "json=repo/report.json"],
                refused(Named::Starts(named)),
            );
            s.finish();
        }
    }

    #[test]
    fn a_module_directory_linked_out_is_refused() {
        for (name, to_root) in [("root", true), ("outside", false)] {
            let mut s = Scratch::new(&format!("module-link-{name}"));
            s.canary_file("module/main.tf", |c| {
                GROUP.replace("\"Web\"", &format!("\"{c}\""))
            });
            s.write("main.tf", "module \"m\" {\n  source = \"./m\"\n}\n");
            if to_root {
                s.link("m", "/");
            } else {
                s.link("m", "../outside/module");
            }
            s.check_formats(
                &["repo"],
                refused(Named::Starts(&["repo/main.tf", "repo/m"])),
            );
            s.finish();
        }
    }

    #[test]
    fn base_revision_symlinks_are_not_followed_out() {
        // A .tf link to an outside file, stored in the base revision only.
        let mut s = Scratch::new("base-tf-link");
        let target = s.canary_file("passwd", passwd);
        s.write("main.tf", GROUP);
        s.link("passwd.tf", &target);
        s.commit("base: a link out");
        s.git(&["rm", "-q", "passwd.tf"]);
        s.commit("head: no link");
        s.check_formats(
            &["repo", "--base", "HEAD~1"],
            refused(Named::Contains("passwd.tf")),
        );
        s.finish();

        // A module directory linked to `/`, in the base revision only.
        let mut s = Scratch::new("base-module-root");
        s.canary_file("unused", |c| c.to_owned());
        s.write("main.tf", "module \"m\" {\n  source = \"./m\"\n}\n");
        s.link("m", "/");
        s.commit("base: a module linked to /");
        s.git(&["rm", "-q", "m"]);
        s.write("m/main.tf", GROUP);
        s.commit("head: a real module");
        // The message names the module call and its source.
        s.check_formats(
            &["repo", "--base", "HEAD~1"],
            refused(Named::Contains("source \"./m\"")),
        );
        s.finish();
    }

    #[test]
    fn dev_zero_as_var_file_config_file_or_baseline_ends_in_bounded_memory() {
        let mut s = Scratch::new("dev-zero");
        s.canary_file("unused", |c| c.to_owned());
        s.write("main.tf", GROUP);
        s.copy(PLAN, "plan.json");
        for args in [
            ["check", "repo", "--var-file", "/dev/zero"],
            ["check", "repo", "--config-file", "/dev/zero"],
            ["check", "repo/plan.json", "--baseline", "/dev/zero"],
        ] {
            s.run(&args, refused(Named::Starts(&["/dev/zero"])));
        }
        s.finish();
    }

    /// Files each within the per-file cap but together over the configuration's cap (a pull
    /// request of a hundred 15 MiB files would take tens of GB once evaluated): refused before
    /// any is read.
    #[test]
    fn configuration_files_together_are_bounded_before_they_are_read() {
        let mut s = Scratch::new("many-files");
        s.canary_file("unused", |c| c.to_owned());
        s.write("main.tf", GROUP);
        for i in 0..5 {
            let path = s.repo(&format!("big{i}.tf"));
            // Sparse: the size is charged from the file's length, before a byte is read.
            std::fs::File::create(&path)
                .and_then(|f| f.set_len(15 << 20))
                .unwrap();
        }
        s.run(
            &["check", "repo"],
            refused(Named::Says(
                "the configuration's .tf files together are larger than 64 MiB",
            )),
        );
        s.finish();
    }

    #[test]
    fn endless_spaces_on_stdin_end_in_bounded_memory() {
        let mut s = Scratch::new("stdin-spaces");
        s.canary_file("unused", |c| c.to_owned());
        s.run_with(
            &["check", "-"],
            In::Spaces,
            Out::Piped,
            refused(Named::Starts(&["<stdin>"])),
        );
        s.finish();
    }

    #[test]
    fn nested_joins_are_refused_before_they_are_built() {
        let mut p = Problems::default();
        run_static(
            &["check", "testdata/hostile/nested-join"],
            &mut p,
            refused(Named::Located("testdata/hostile/nested-join/main.tf")),
        );
        p.finish("nested-join");
    }

    /// A pack whose one rule fires on its one case, `tests/ssh-world`.
    fn pack(s: &Scratch) {
        s.write(
            "pack/rules.hcl",
            r#"rule "ssh-world" {
  title       = "SSH from anywhere"
  severity    = "high"
  why         = "SSH is for administrators."
  remediation = "Allow SSH from the office only."

  exposure {
    direction = "ingress"
    protocols = ["tcp"]
    ports     = [22]
    peers     = ["cidr"]
    public    = true
  }
}
"#,
        );
        s.write(
            "pack/tests/ssh-world/main.tf",
            &GROUP.replace("443", "22").replace("\"HTTPS\"", "\"SSH\""),
        );
    }

    #[test]
    fn a_fifo_named_findings_txt_does_not_block_sgaudit_test() {
        let mut s = Scratch::new("findings-fifo");
        s.canary_file("unused", |c| c.to_owned());
        pack(&s);
        s.fifo("pack/tests/ssh-world/findings.txt");
        for update in [false, true] {
            let mut args = vec!["test", "repo/pack"];
            if update {
                args.push("--update");
            }
            s.run(
                &args,
                refused(Named::Starts(&["repo/pack/tests/ssh-world/findings.txt"])),
            );
        }
        s.finish();
    }

    #[test]
    fn test_update_writes_nothing_through_a_symlinked_findings_txt() {
        let mut s = Scratch::new("findings-link");
        let target = s.canary_file("findings.txt", |c| format!("high new ssh-world: {c}\n"));
        pack(&s);
        s.link("pack/tests/ssh-world/findings.txt", &target);
        // Read (the diff would quote it) and written (--update): both refused.
        for update in [false, true] {
            let mut args = vec!["test", "repo/pack"];
            if update {
                args.push("--update");
            }
            s.run(
                &args,
                refused(Named::Starts(&["repo/pack/tests/ssh-world/findings.txt"])),
            );
        }
        s.finish();
    }

    // --- 5. The gate's exit code never depends on standard output -----------------------------

    #[test]
    fn a_closed_stdout_still_fails_the_gate() {
        let mut s = Scratch::new("closed-pipe");
        s.canary_file("unused", |c| c.to_owned());
        s.copy(PLAN, "plan.json");
        s.write("broken/main.tf", GROUP);
        s.write(
            "broken/broken.tf",
            "resource \"aws_security_group\" \"db\" {\n  description =\n}\n",
        );
        for format in FORMATS {
            let run = s.run_with(
                &["check", "repo/plan.json", "--format", format],
                In::Null,
                Out::Closed,
                Expect {
                    codes: &[1],
                    named: Named::Says("stdout"),
                },
            );
            // Said once: one line on standard error.
            if run.stderr.lines().count() != 1 {
                s.problems.push(&run, "standard error is not one line");
            }
            // An input error is still exit 2.
            s.run_with(
                &["check", "repo/broken", "--format", format],
                In::Null,
                Out::Closed,
                refused(Named::Any),
            );
        }
        s.finish();
    }

    // --- 3. Sensitive means hidden everywhere --------------------------------------------------

    /// The group and prefix-list ids a plan or state marks sensitive (and does not show anywhere
    /// unmarked), from `*_sensitive` / `sensitive_values`.
    fn sensitive_ids(document: &serde_json::Value) -> Vec<String> {
        use serde_json::Value;
        fn marked(value: &Value, mask: &Value, out: &mut Vec<String>) {
            match (value, mask) {
                (v, Value::Bool(true)) => strings(v, out),
                (Value::Object(v), Value::Object(m)) => {
                    for (k, m) in m {
                        if let Some(v) = v.get(k) {
                            marked(v, m, out);
                        }
                    }
                }
                (Value::Array(v), Value::Array(m)) => {
                    for (v, m) in v.iter().zip(m) {
                        marked(v, m, out);
                    }
                }
                _ => {}
            }
        }
        fn strings(value: &Value, out: &mut Vec<String>) {
            match value {
                Value::String(s) => out.push(s.clone()),
                Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
                Value::Object(o) => o.values().for_each(|v| strings(v, out)),
                _ => {}
            }
        }
        /// Every (value, mask) pair of the document.
        fn pairs<'a>(doc: &'a Value, out: &mut Vec<(&'a Value, &'a Value)>) {
            match doc {
                Value::Object(o) => {
                    for (value, mask) in [
                        ("before", "before_sensitive"),
                        ("after", "after_sensitive"),
                        ("values", "sensitive_values"),
                    ] {
                        if let (Some(v), Some(m)) = (o.get(value), o.get(mask)) {
                            out.push((v, m));
                        }
                    }
                    o.values().for_each(|v| pairs(v, out));
                }
                Value::Array(a) => a.iter().for_each(|v| pairs(v, out)),
                _ => {}
            }
        }
        let mut found = Vec::new();
        let mut all = Vec::new();
        pairs(document, &mut all);
        for (v, m) in all {
            marked(v, m, &mut found);
        }
        found.retain(|s| {
            (s.starts_with("sg-") || s.starts_with("pl-"))
                && s.len() > 5
                && s.chars().skip(3).all(|c| c.is_ascii_alphanumeric())
        });
        // An id the document also shows unmarked (a group's own `id`) is not a secret.
        found.retain(|id| !shown_unmarked(document, id));
        found.sort();
        found.dedup();
        found
    }

    /// Whether `id` is a value the document holds outside any sensitive mark (an `id` attribute
    /// that is not itself marked).
    fn shown_unmarked(document: &serde_json::Value, id: &str) -> bool {
        use serde_json::Value;
        fn walk(v: &Value, id: &str) -> bool {
            match v {
                Value::Object(o) => o
                    .iter()
                    .any(|(k, v)| (k == "id" && v.as_str() == Some(id)) || walk(v, id)),
                Value::Array(a) => a.iter().any(|v| walk(v, id)),
                _ => false,
            }
        }
        walk(document, id)
    }

    /// Every run of an input that prints it: `check` in each format, `show`, `baseline`.
    fn print_everywhere(cwd: &Path, input: &str, secrets: &[String], problems: &mut Problems) {
        let mut runs: Vec<Vec<&str>> = FORMATS
            .iter()
            .map(|f| vec!["check", input, "--format", f])
            .collect();
        runs.push(vec!["show", input]);
        runs.push(vec!["show", input, "--format", "json"]);
        runs.push(vec!["show", input, "--by", "workload", "--format", "json"]);
        runs.push(vec!["baseline", input]);
        for args in runs {
            let run = sgaudit(cwd, &args, In::Null, Out::Piped);
            problems.check(
                &run,
                Expect {
                    codes: &[0, 1],
                    named: Named::Any,
                },
                None,
            );
            for secret in secrets {
                if let Some(line) = run
                    .stdout
                    .lines()
                    .chain(run.stderr.lines())
                    .find(|l| l.contains(secret.as_str()))
                {
                    problems.push(&run, format!("prints the sensitive {secret}: {line:?}"));
                }
            }
        }
    }

    #[test]
    fn sensitive_group_and_prefix_list_ids_never_print() {
        let mut p = Problems::default();
        // A configuration passing ids in sensitive variables.
        let ids: Vec<String> = [
            "sg-0b5e1c2d3e4f5a6b7",
            "sg-0c4a7e9f1b2d3c5e6",
            "sg-0e1f2a3b4c5d6e7f8",
            "pl-0d6f8a1b3c5e7f902",
        ]
        .map(String::from)
        .to_vec();
        print_everywhere(
            Path::new(CRATE),
            "testdata/hostile/sensitive-ids",
            &ids,
            &mut p,
        );
        // Every scenario whose plan or state marks a group or prefix-list id sensitive.
        let mut scenarios: Vec<PathBuf> =
            std::fs::read_dir(Path::new(CRATE).join("testdata/plans"))
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .collect();
        scenarios.sort();
        for dir in scenarios {
            for file in ["plan.json", "state.json"] {
                let path = dir.join(file);
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let Ok(document) = serde_json::from_str(&text) else {
                    continue;
                };
                let secrets = sensitive_ids(&document);
                if secrets.is_empty() {
                    continue;
                }
                let shown = path
                    .strip_prefix(CRATE)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                eprintln!("{shown}: sensitive ids {secrets:?}");
                print_everywhere(Path::new(CRATE), &shown, &secrets, &mut p);
            }
        }
        p.finish("sensitive-ids");
    }

    // --- 7. Terraform's own semantics for odd files --------------------------------------------

    /// A file or directory whose name holds a newline and a GitHub workflow command: no line
    /// sgaudit prints, on standard output or standard error, starts with the injected command
    /// (the runner would carry it out). The name is printed escaped (`\n`).
    #[test]
    fn a_newline_in_a_name_cannot_start_a_workflow_command() {
        const INJECTED: &str = "::error title=pwned::injected";
        let starts = |run: &Run| {
            run.stdout
                .lines()
                .chain(run.stderr.lines())
                .any(|l| l.starts_with(INJECTED))
        };
        let mut problems = Vec::new();
        // A FIFO (refused: an error naming it), and a file that does not parse (the rest of
        // the configuration is reported).
        for (case, broken) in [("fifo", true), ("syntax", false)] {
            let mut s = Scratch::new(&format!("newline-{case}"));
            s.canary_file("unused", |c| c.to_owned());
            s.write("ok.tf", GROUP);
            let name = format!("x\n{INJECTED}.tf");
            if broken {
                s.fifo(&name);
            } else {
                s.write(&name, "resource \"aws_security_group\" \"b\" {\n");
            }
            for format in FORMATS {
                let run = s.run(
                    &["check", "repo", "--format", format],
                    refused(Named::Contains("x\\n::error title=pwned::injected.tf")),
                );
                if starts(&run) {
                    problems.push(format!("{}: a line starts with {INJECTED:?}", run.what));
                }
            }
            s.finish();
        }
        // A pack case named so: `sgaudit test` prints case names.
        let mut s = Scratch::new("newline-case");
        s.canary_file("unused", |c| c.to_owned());
        pack(&s);
        let case = format!("pack/tests/x\n{INJECTED}");
        s.write(
            &format!("{case}/main.tf"),
            &GROUP.replace("443", "22").replace("\"HTTPS\"", "\"SSH\""),
        );
        let run = s.run(
            &["test", "repo/pack"],
            Expect {
                codes: &[1],
                named: Named::Any,
            },
        );
        if starts(&run) {
            problems.push(format!("{}: a line starts with {INJECTED:?}", run.what));
        }
        s.finish();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_fifo_socket_or_link_loop_named_tf_is_an_error_naming_it() {
        // A FIFO: refused without blocking.
        let mut s = Scratch::new("fifo-main-tf");
        s.canary_file("unused", |c| c.to_owned());
        s.write("ok.tf", GROUP);
        s.fifo("main.tf");
        s.check_formats(&["repo"], refused(Named::Starts(&["repo/main.tf"])));
        s.finish();

        // A socket.
        let mut s = Scratch::new("socket-main-tf");
        s.canary_file("unused", |c| c.to_owned());
        s.write("ok.tf", GROUP);
        let listener = std::os::unix::net::UnixListener::bind(s.repo("main.tf")).unwrap();
        s.check_formats(&["repo"], refused(Named::Starts(&["repo/main.tf"])));
        drop(listener);
        s.finish();

        // A link to itself, and two links to each other.
        for (name, links) in [
            ("self", &[("loop.tf", "loop.tf")][..]),
            (
                "pair",
                &[("loop.tf", "other.tf"), ("other.tf", "loop.tf")][..],
            ),
        ] {
            let mut s = Scratch::new(&format!("tf-loop-{name}"));
            s.canary_file("unused", |c| c.to_owned());
            s.write("ok.tf", GROUP);
            for (link, target) in links {
                s.link(link, target);
            }
            s.check_formats(
                &["repo"],
                refused(Named::Starts(&["repo/loop.tf", "repo/other.tf"])),
            );
            s.finish();
        }
    }

    #[test]
    fn override_files_are_merged_as_terraform_merges_them() {
        let mut p = Problems::default();
        let dir = "testdata/hostile/override";
        for format in FORMATS {
            let run = run_static(
                &["check", dir, "--format", format],
                &mut p,
                Expect {
                    codes: &[1],
                    named: Named::Any,
                },
            );
            if run.stderr.contains("declared twice") {
                p.push(&run, "override.tf is refused as \"declared twice\"");
            }
        }
        // The merged group: override.tf's ingress (SSH from anywhere) replaces main.tf's, and
        // ssh_override.tf's description replaces the original.
        let run = run_static(
            &["show", dir, "--format", "json"],
            &mut p,
            Expect {
                codes: &[0],
                named: Named::Any,
            },
        );
        for (text, present) in [
            ("0.0.0.0/0", true),
            ("overridden-description", true),
            ("10.20.0.0/16", false),
            ("SSH from the office", false),
        ] {
            if run.stdout.contains(text) != present {
                p.push(
                    &run,
                    format!(
                        "the merged configuration {} {text:?}",
                        if present { "lacks" } else { "still holds" }
                    ),
                );
            }
        }
        p.finish("override");
    }

    #[test]
    fn a_top_level_attribute_is_an_error_at_its_position() {
        let mut p = Problems::default();
        for format in FORMATS {
            run_static(
                &[
                    "check",
                    "testdata/hostile/top-level-attribute",
                    "--format",
                    format,
                ],
                &mut p,
                refused(Named::Starts(&[
                    "testdata/hostile/top-level-attribute/main.tf:9:1",
                ])),
            );
        }
        p.finish("top-level-attribute");
    }

    // --- 6. Incomplete runs are marked in every format -----------------------------------------

    #[test]
    fn an_incomplete_run_says_so_in_every_format() {
        let mut p = Problems::default();
        for format in FORMATS {
            let run = run_static(
                &["check", "testdata/hostile/incomplete", "--format", format],
                &mut p,
                refused(Named::Located("testdata/hostile/incomplete/broken.tf")),
            );
            let out = &run.stdout;
            let marked = match format {
                "table" => out
                    .lines()
                    .next()
                    .is_some_and(|l| l.to_lowercase().contains("incomplete")),
                // The first line a reader sees (after the comment that marks sgaudit's PR
                // comment, and the title).
                "markdown" => out
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty() && !l.starts_with("<!--") && !l.starts_with('#'))
                    .is_some_and(|l| l.to_lowercase().contains("incomplete")),
                "github" => out.lines().any(|l| l.starts_with("::error")),
                "sarif" => serde_json::from_str::<serde_json::Value>(out).is_ok_and(|sarif| {
                    let invocation = &sarif["runs"][0]["invocations"][0];
                    invocation["executionSuccessful"] == serde_json::Value::Bool(false)
                        && invocation["toolExecutionNotifications"]
                            .as_array()
                            .is_some_and(|n| !n.is_empty())
                }),
                _ => serde_json::from_str::<serde_json::Value>(out).is_ok_and(|json| {
                    json["input"]["errors"]
                        .as_array()
                        .is_some_and(|e| !e.is_empty())
                }),
            };
            if !marked {
                let head: String = out.lines().take(4).collect::<Vec<_>>().join(" / ");
                p.push(
                    &run,
                    format!("the {format} report does not say it is incomplete: {head}"),
                );
            }
        }
        p.finish("incomplete");
    }

    // --- 1, 8. Nothing written through a link; two --output to one path ------------------------

    #[test]
    fn output_into_a_symlink_is_refused_and_its_target_unchanged() {
        for format in FORMATS {
            let mut s = Scratch::new(&format!("output-link-{format}"));
            let target = s.canary_file("target", |c| format!("{c}\n"));
            s.copy(PLAN, "plan.json");
            s.link("out.report", &target);
            // A link to a file that does not exist yet must not create it.
            let missing = s.dir.join("outside/created");
            s.link("new.report", &missing);
            s.absent.push(missing);
            for out in ["out.report", "new.report"] {
                let spec = format!("{format}=repo/{out}");
                let named: &'static [&'static str] = if out == "out.report" {
                    &["repo/out.report"]
                } else {
                    &["repo/new.report"]
                };
                s.run(
                    &["check", "repo/plan.json", "--output", &spec],
                    refused(Named::Starts(named)),
                );
            }
            s.finish();
        }
    }

    #[test]
    fn two_outputs_to_one_path_are_a_usage_error() {
        let mut s = Scratch::new("output-twice");
        s.canary_file("unused", |c| c.to_owned());
        s.copy(PLAN, "plan.json");
        for second in ["sarif=repo/r.out", "sarif=repo/./r.out", "json=repo/r.out"] {
            s.run(
                &[
                    "check",
                    "repo/plan.json",
                    "--output",
                    "json=repo/r.out",
                    "--output",
                    second,
                ],
                refused(Named::Contains("r.out")),
            );
            if s.repo("r.out").exists() {
                s.problems.0.push(format!(
                "--output json=repo/r.out --output {second}: a report was written before the usage error"
            ));
                let _ = std::fs::remove_file(s.repo("r.out"));
            }
        }
        s.finish();
    }

    // --- 1. Configuration, baselines and packs linked out --------------------------------------

    #[test]
    fn a_config_file_linked_out_is_refused() {
        let mut s = Scratch::new("config-link");
        s.canary_file("config.hcl", |c| format!("disable = [\"{c}\"]\n{c} = 1\n"));
        s.write("main.tf", GROUP);
        s.link(".sgaudit.hcl", "../outside/config.hcl");
        s.check_formats(&["repo"], refused(Named::Starts(&["repo/.sgaudit.hcl"])));
        s.run(
            &["check", "repo", "--config-file", "repo/.sgaudit.hcl"],
            refused(Named::Starts(&["repo/.sgaudit.hcl"])),
        );
        s.finish();
    }

    #[test]
    fn a_baseline_linked_out_is_refused() {
        let mut s = Scratch::new("baseline-link");
        // A valid baseline: read, it would be applied and the run would not be refused.
        s.canary_file("baseline.json", |c| {
            format!(
                "{{\"schema\": \"sgaudit-baseline/v1\", \"findings\": [{{\"rule\": \"{c}\", \"security_group\": \"{c}\", \"fingerprint\": \"{c}\"}}]}}\n"
            )
        });
        s.copy(PLAN, "plan.json");
        s.link("baseline.json", "../outside/baseline.json");
        s.run(
            &[
                "check",
                "repo/plan.json",
                "--baseline",
                "repo/baseline.json",
            ],
            refused(Named::Starts(&["repo/baseline.json"])),
        );
        s.finish();
    }

    #[test]
    fn a_pack_file_linked_out_is_refused() {
        let mut s = Scratch::new("pack-link");
        // A valid pack whose rule, named by the canary, fires on the plan: read, its id
        // would be printed.
        s.canary_file("rules.hcl", |c| {
            format!(
                "rule \"{c}\" {{\n  title       = \"{c}\"\n  severity    = \"high\"\n  why         = \"w\"\n  remediation = \"r\"\n\n  exposure {{\n    direction = \"ingress\"\n  }}\n}}\n"
            )
        });
        s.copy(PLAN, "plan.json");
        pack(&s);
        std::fs::remove_file(s.repo("pack/rules.hcl")).unwrap();
        s.link("pack/rules.hcl", "../../outside/rules.hcl");
        s.run(
            &["check", "repo/plan.json", "--policy", "repo/pack"],
            refused(Named::Contains("pack/rules.hcl")),
        );
        s.run(
            &["test", "repo/pack"],
            refused(Named::Contains("pack/rules.hcl")),
        );
        s.write(".sgaudit.hcl", "packs = [\"./pack\"]\n");
        s.write("main.tf", GROUP);
        s.run(
            &["check", "repo"],
            refused(Named::Contains("pack/rules.hcl")),
        );
        s.finish();
    }
}
