//! sgaudit: audits AWS security groups in Terraform before a change is applied.
//! Exit codes: 0 nothing fails, 1 the change adds public exposure, 2 bad input or usage.

use std::process::ExitCode;

use sgaudit::cli;

fn main() -> ExitCode {
    let stdout = std::io::stdout();
    // Standard error is locked per write, not for the whole run: the spinner of a binary
    // plan's conversion writes to it from another thread.
    let code = cli::execute_on(
        std::env::args_os(),
        &mut stdout.lock(),
        &mut std::io::stderr(),
        cli::terminal(),
    );
    ExitCode::from(code)
}

/// mimalloc: fewer instructions than glibc's or musl's malloc on the run's millions of small
/// allocations, and a lower peak (Cargo.toml says which build and why).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
