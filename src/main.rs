//! sgaudit: audits AWS security groups in Terraform before a change is applied.
//! Exit codes: 0 nothing fails, 1 the change adds public exposure, 2 bad input or usage.

use std::process::ExitCode;

use sgaudit::cli;

fn main() -> ExitCode {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let code = cli::execute(
        std::env::args_os(),
        &mut stdout.lock(),
        &mut stderr.lock(),
        cli::use_color(),
    );
    ExitCode::from(code)
}
