//! The command-line cases of `tests/cmd/`, run on the built binary (trycmd): each `NAME.toml`
//! gives the arguments, the exit code and the working directory, `NAME.stdout` and
//! `NAME.stderr` what the run must print, byte for byte; a `NAME.in/` directory, where there
//! is one, is the case's input and working directory.
//!
//! `tests/cmd/bad/` is the catalogue of bad inputs (the inputs are under `testdata/bad/`,
//! listed in its README.md): every case exits 2 with one `sgaudit: error:` line per problem,
//! naming the file as typed (and `line:col` where known), never a panic or a hang, and prints
//! either no report or one that says it is incomplete.
//!
//! `cargo test --test cmd` runs them; `TRYCMD=overwrite cargo test --test cmd` rewrites the
//! expected files after a deliberate change (review the diff).

// Test code: clippy.toml lets it unwrap and panic (a failed assertion is how a test reports).
#[cfg(test)]
mod cases {
    use std::path::Path;

    /// Inputs made at test time under `target/bad-inputs/` (too big to commit, or symbolic links
    /// git may not keep): a 1 GiB file of NUL bytes (sparse: no disk is used, and sgaudit must
    /// refuse it from its first bytes), a module that is a symbolic link to itself, and one that
    /// links out of the repository. Removed when the test ends, passing or failing.
    fn make_inputs() -> tempfile::TempDir {
        let dir = Path::new("target/bad-inputs");
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all("target").unwrap();
        let made = tempfile::Builder::new()
            .prefix("bad-inputs")
            .rand_bytes(0)
            .tempdir_in("target")
            .unwrap();
        let huge = std::fs::File::create(dir.join("huge-1gib.json")).unwrap();
        huge.set_len(1 << 30).unwrap();
        #[cfg(unix)]
        for (name, target) in [
            ("module-symlink-loop", "shared"),
            ("module-symlink-outside", "/"),
        ] {
            let case = dir.join(name);
            std::fs::create_dir_all(&case).unwrap();
            std::fs::write(
                case.join("main.tf"),
                "module \"shared\" {\n  source = \"./shared\"\n}\n",
            )
            .unwrap();
            std::os::unix::fs::symlink(target, case.join("shared")).unwrap();
        }
        made
    }

    #[test]
    fn cmd() {
        let made = make_inputs();
        let cases = trycmd::TestCases::new();
        cases
            .register_bin("sgaudit", Path::new(env!("CARGO_BIN_EXE_sgaudit")))
            .timeout(std::time::Duration::from_secs(60))
            .case("tests/cmd/**/*.toml");
        if cfg!(not(unix)) {
            cases
                .skip("tests/cmd/bad/module-symlink-*.toml")
                .skip("tests/cmd/bad/dev-zero.toml");
        }
        // Modules are kept inside the git repository; a copy of the crate outside one (a source
        // package) has no boundary to test.
        let in_git = Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .any(|dir| dir.join(".git").exists());
        if !in_git {
            cases
                .skip("tests/cmd/bad/module-source-escapes.toml")
                .skip("tests/cmd/bad/module-symlink-outside.toml");
        }
        cases.run();
        drop(made);
    }

    /// The catalogue's contract, checked on the expected files (which `cmd` holds every run to,
    /// byte for byte), so that an expected output rewritten by `TRYCMD=overwrite` cannot break it:
    /// exit code 2; every line of standard error one `sgaudit: error:` naming the file as typed;
    /// standard output empty (the input was refused) or a report that says it is incomplete. Every
    /// case is in `testdata/bad/README.md`'s table with the command it runs, and every file under
    /// `testdata/bad/` belongs to a case (or is the README or the script that writes the plans).
    #[test]
    fn catalogue_keeps_its_contract() {
        let readme = std::fs::read_to_string("testdata/bad/README.md").unwrap();
        let mut commands: Vec<String> = Vec::new();
        for entry in std::fs::read_dir("tests/cmd/bad").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let toml = std::fs::read_to_string(&path).unwrap();
            assert!(toml.contains("\nstatus.code = 2\n"), "{name}: exit code 2");
            let args: Vec<String> = toml
                .lines()
                .find_map(|l| l.strip_prefix("args = [")?.strip_suffix(']'))
                .unwrap_or_else(|| panic!("{name}: no args"))
                .split(", ")
                .map(|a| a.trim_matches('"').to_owned())
                .collect();
            let command = args.join(" ");
            let expected = |file: &str| {
                std::fs::read_to_string(path.with_extension(file)).unwrap_or_else(|_| {
                    panic!("{name}: no expected {file}: every case checks both")
                })
            };
            let (out, err) = (expected("stdout"), expected("stderr"));
            assert!(!err.is_empty(), "{name}: no error message");
            for line in err.lines() {
                assert!(
                    line.starts_with("sgaudit: error: ") && !line.contains("panicked"),
                    "{name}: every line of standard error is one error: {line:?}"
                );
            }
            assert!(
                args.iter().skip(1).any(
                    |a| !a.starts_with('-') && err.starts_with(&format!("sgaudit: error: {a}"))
                ),
                "{name}: the error names the file as typed: {err}"
            );
            assert!(
                out.is_empty()
                    || (out.contains("\nincomplete: ")
                        && out.ends_with("this report covers the rest\n")),
                "{name}: a partial report must say it is incomplete:\n{out}"
            );
            assert!(
                readme.contains(&format!("| `{name}` |"))
                    && readme.contains(&format!("`{command}`")),
                "{name}: not in testdata/bad/README.md with its command `{command}`"
            );
            commands.push(command);
        }
        assert!(commands.len() >= 40, "at least 40 cases");
        for entry in std::fs::read_dir("testdata/bad").unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if matches!(name.as_str(), "README.md" | "generate.sh") {
                continue;
            }
            let path = format!("testdata/bad/{name}");
            assert!(
                commands.iter().any(|c| c
                    .split(' ')
                    .any(|a| a == path || a.starts_with(&format!("{path}/")))),
                "{path}: no case uses it"
            );
        }
    }
}
