//! The gate's exit code does not depend on standard output, in a real process: `sgaudit check
//! plan.json | true` (the reader gone before sgaudit writes) still exits 1 when findings fail
//! the gate, 0 when none do, and says once on standard error that its report was not written.
//! Rust ignores SIGPIPE, so the write fails with EPIPE rather than killing the process: this
//! is what the test holds the binary to. (The library's tests check the same through
//! `cli::execute`; only an integration test is given the built binary.)

// Test code: a failed unwrap is how a test reports (clippy.toml exempts `#[test]` functions,
// not the helpers of an integration test).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::{Command, Stdio};

const CLOSED: &str = "sgaudit: stdout closed before the report was written; the exit code still reflects the findings\n";

/// Runs the built sgaudit from the crate root with standard output a pipe whose reading end
/// is closed before sgaudit starts: (exit code, stderr).
fn with_closed_stdout(args: &[&str]) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_sgaudit"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_closed_pipe_keeps_the_gates_exit_code() {
    for (args, expected) in [
        (&["check", "testdata/plans/widened-cidr/plan.json"][..], 1),
        (
            &[
                "check",
                "--format",
                "json",
                "testdata/plans/widened-cidr/plan.json",
            ],
            1,
        ),
        (&["check", "testdata/plans/icmp/plan.json"], 0),
    ] {
        let (code, err) = with_closed_stdout(args);
        assert_eq!(code, Some(expected), "{args:?}: {err}");
        assert_eq!(err, CLOSED, "{args:?}");
    }
}

/// A reader that goes away part-way (`| head -c 100`) does not change the exit code either.
#[test]
fn a_reader_that_leaves_early_keeps_the_gates_exit_code() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_sgaudit"))
        .args([
            "check",
            "--format",
            "json",
            "testdata/plans/workloads-two-hop/plan.json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    let output = child.wait_with_output().unwrap();
    let err = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{err}");
    // Said at most once (not at all when the report fit in the pipe before it closed).
    assert!(err.is_empty() || err == CLOSED, "{err}");
    assert!(head.starts_with(b"{"));
}
