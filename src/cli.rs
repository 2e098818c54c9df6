//! The command line: arguments, and the wiring of read → diff → report → exit code.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::access::plain;
use crate::model::Diagnostic;
use crate::policy::{self, Severity};
use crate::read;
use crate::report::{self, Format, Report, Terminal};

mod roots;
#[cfg(feature = "serve")]
mod serve;

/// Audit AWS security groups in Terraform plans and state before a change is applied.
#[derive(Parser, Debug)]
#[command(name = "sgaudit", version, about)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
    /// Colour the table and error output: `auto` on a terminal without `NO_COLOR` set.
    #[arg(long, value_enum, global = true, default_value_t = Color::Auto)]
    pub color: Color,
    /// The width tables fit, wrapping their widest columns (under 100, findings are listed
    /// rather than tabled); 0: no limit. Default: `COLUMNS`, else the terminal's width; no
    /// limit when the output is not a terminal.
    #[arg(long, value_name = "COLUMNS", global = true)]
    pub width: Option<usize>,
}

/// When to colour the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Color {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Show what a change does to who can reach what, and the findings of the policy packs;
    /// exit 1 when a finding at or above --fail-on is in --fail-scope.
    Check(CommonArgs),
    /// Print the normalized model: for each security group (or workload), who may reach it on
    /// what.
    Show {
        #[command(flatten)]
        common: CommonArgs,
        /// What to list: security groups and their permissions, or workloads with what their
        /// groups together let in and the paths from the internet.
        #[arg(long, value_enum, default_value_t = By::Group)]
        by: By,
    },
    /// Print the baseline of an input: its findings by fingerprint, for `--baseline`.
    Baseline(CommonArgs),
    /// Run a pack's test cases (PACK_DIR/tests/*): exit 1 when a case's findings differ from
    /// its findings.txt, or a rule fires on no case.
    Test {
        /// The pack directory: its `.hcl` rules, and `tests/` with one directory per case.
        pack: String,
        /// Rewrite the expected `findings.txt` files with what the pack finds now.
        #[arg(long)]
        update: bool,
        /// The configuration whose networks and group sets the rules use (default:
        /// `.sgaudit.hcl` in the pack directory or above).
        #[arg(long, value_name = "FILE")]
        config_file: Option<String>,
    },
    /// List the rules of the packs in use.
    Rules(PolicyArgs),
    /// Print the documentation of one rule, from its pack.
    Explain {
        /// The rule id, e.g. `admin-ports-public-ipv4`.
        id: String,
        #[command(flatten)]
        policy: PolicyArgs,
    },
    /// Print the shell completion script for SHELL, e.g. `sgaudit completions bash >
    /// /usr/share/bash-completion/completions/sgaudit`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `sgaudit manpage > /usr/share/man/man1/sgaudit.1`.
    Manpage,
    /// Serve HCP Terraform / Terraform Enterprise run task requests: audit each run's plan and
    /// call back with the verdict and the findings (docs/run-tasks.md). Runs until SIGTERM or
    /// ctrl-c, then finishes the requests it accepted.
    #[cfg(feature = "serve")]
    Serve(serve::ServeArgs),
}

/// Which policy applies.
#[derive(clap::Args, Debug, Default)]
pub struct PolicyArgs {
    /// The configuration file (default: `.sgaudit.hcl` in the input's directory or above).
    #[arg(long, value_name = "FILE")]
    pub config_file: Option<String>,
    /// A pack directory to add for this run (repeatable).
    #[arg(long = "policy", value_name = "DIR")]
    pub policy: Vec<String>,
}

impl PolicyArgs {
    fn load(
        &self,
        input: &std::path::Path,
        access: &crate::access::Access,
    ) -> Result<policy::Policy> {
        let settings = policy::settings(self.config_file.as_deref(), input, access)
            .map_err(anyhow::Error::msg)?;
        let extra: Vec<std::path::PathBuf> =
            self.policy.iter().map(std::path::PathBuf::from).collect();
        policy::Policy::load(settings, &extra, access).map_err(anyhow::Error::msg)
    }
}

/// What `show` lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Group,
    Workload,
}

/// The least severity that fails the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Critical,
    High,
    Medium,
    Low,
    Info,
}

impl FailOn {
    fn severity(self) -> Severity {
        match self {
            FailOn::Critical => Severity::Critical,
            FailOn::High => Severity::High,
            FailOn::Medium => Severity::Medium,
            FailOn::Low => Severity::Low,
            FailOn::Info => Severity::Info,
        }
    }
}

/// Which findings can fail the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FailScope {
    /// Only findings the change introduces.
    New,
    /// Findings the change introduces and those already there.
    All,
}

#[derive(clap::Args, Debug)]
pub struct CommonArgs {
    /// `terraform show -json` output of a plan or a state, a binary plan file (converted with
    /// terraform when it is on PATH), a directory of `.tf` files, or `-` for standard input
    /// (the default when it is piped).
    pub input: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Also write the report in another format to a file, e.g. `sarif=results.sarif`
    /// (repeatable; `check` only).
    #[arg(long = "output", value_name = "FORMAT=PATH", value_parser = parse_output)]
    pub outputs: Vec<(Format, std::path::PathBuf)>,
    /// The program that converts a binary plan file to JSON (e.g. `tofu`).
    #[arg(long, value_name = "PROGRAM", default_value = "terraform")]
    pub terraform: String,
    /// Set a variable of a configuration read from `.tf` files (repeatable).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub vars: Vec<String>,
    /// Read variable values from a `.tfvars` file (repeatable).
    #[arg(long = "var-file", value_name = "FILE")]
    pub var_files: Vec<String>,
    /// Compare a configuration directory with a git revision (read through git, without
    /// touching the work tree) or with another directory, as one change.
    #[arg(long, value_name = "REV|DIR")]
    pub base: Option<String>,
    /// `check` of a directory of root modules: audit only those these files belong to (their
    /// own files, those of the modules they call, their tfvars), as the pre-commit hook does
    /// with the files of a commit. Takes every argument after it.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub changed: Vec<String>,
    /// The configuration a plan came from, so that permissions carry their `file:line`
    /// (default: the plan's directory, when it holds `.tf` files).
    #[arg(long, value_name = "DIR")]
    pub config: Option<String>,
    /// AWS API JSON of the account (`aws ec2 describe-*` output: a file or a directory) to
    /// compare a plan or state with: what was changed outside Terraform (drift).
    #[arg(long, value_name = "DIR_OR_FILE")]
    pub deployed: Option<String>,
    /// With --deployed: what the account holds outside Terraform counts as new in this change
    /// (its exposure added, its findings new), so that the gate fails on it.
    #[arg(long, requires = "deployed")]
    pub drift_is_new: bool,
    /// Exit 1 when a finding at or above this severity is in scope (default: the
    /// configuration's `fail_on`, else high).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Which findings can fail the run: those the change introduces, or all (default: the
    /// configuration's `fail_scope`, else new).
    #[arg(long, value_enum)]
    pub fail_scope: Option<FailScope>,
    /// List only the findings at or above this severity in the table, markdown and GitHub
    /// formats; the summary still counts them all and the gate is unchanged; JSON and SARIF
    /// keep every finding. A finding that predicts an apply failure is listed whatever its
    /// severity.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<FailOn>,
    /// The table: print the verdict line only (passes or fails, and why).
    #[arg(long)]
    pub quiet: bool,
    /// The most rows each section of the table and markdown reports lists: findings, paths,
    /// each group's exposure rows; a line says how many were left out.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Findings recorded by `sgaudit baseline` count as existing, not new.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<String>,
    /// Where the built-in rules' documentation is, for the markdown report's links: the
    /// address of sgaudit's `docs/rules/` at the version in use (a rule's page is
    /// `URL/<id>.md`), e.g. `https://github.com/OWNER/sgaudit/blob/v1.2.3/docs/rules`; the
    /// GitHub Action passes its own (default: under Cargo.toml's `repository` at this
    /// version's tag, when it is set; else `sgaudit explain <id>` is named instead).
    #[arg(long, value_name = "URL", value_parser = parse_rule_docs)]
    pub rule_docs: Option<String>,
    /// The most sgaudit reads of a plan or state, from a file or standard input: bytes, or
    /// with a binary unit, e.g. `512MiB`, `1G` (default: 256 MiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_plan_size: Option<u64>,
    /// The most sgaudit reads of any other file (`.tf`, tfvars, configuration, packs,
    /// baselines): bytes, or with a binary unit, e.g. `64M` (default: 16 MiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
    /// The most sgaudit reads of one configuration's `.tf` and `.tf.json` files together,
    /// modules included (default: 64 MiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_configuration_size: Option<u64>,
    /// The top of the repository under review: no file is read from outside it through a
    /// symbolic link inside it, nor any module (default: the git work tree of the input,
    /// else the input's directory).
    #[arg(long, value_name = "DIR")]
    pub root: Option<String>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

impl CommonArgs {
    /// How much the reports list (`--min-severity`, `--limit`, `--quiet`), with the gate
    /// their verdict line explains.
    /// The verdict names `fail_on` when the threshold came from `.sgaudit.hcl`, `--fail-on`
    /// when from the command line or the default.
    fn view(&self, gate: crate::audit::Gate, settings: &policy::Settings) -> report::View {
        report::View {
            gate,
            min_severity: self.min_severity.map(FailOn::severity),
            limit: self.limit.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            quiet: self.quiet,
            configured: self.fail_on.is_none() && settings.fail_on.is_some(),
        }
    }

    /// The input path; standard input only when it is not a terminal, so that a forgotten
    /// argument is an error rather than a silent wait.
    fn options(&self) -> read::Options {
        read::Options {
            terraform: self.terraform.clone(),
            variables: read::Variables {
                vars: self.vars.clone(),
                files: self.var_files.clone(),
            },
            base: self.base.clone(),
            config: self.config.clone(),
            limits: self.limits(),
            root: self.root.clone(),
            deployed: self.deployed.clone(),
            drift_is_new: self.drift_is_new,
        }
    }

    /// The file access of this run for a path (the input, or where its configuration is
    /// looked for).
    fn access(&self, path: &str) -> Result<crate::access::Access> {
        self.options().access(config_dir(path))
    }

    /// The size caps of this run's reads (`--max-plan-size`, `--max-file-size`,
    /// `--max-configuration-size`).
    pub fn limits(&self) -> crate::access::Limits {
        let default = crate::access::Limits::default();
        crate::access::Limits {
            plan: self.max_plan_size.unwrap_or(default.plan),
            file: self.max_file_size.unwrap_or(default.file),
            configuration: self.max_configuration_size.unwrap_or(default.configuration),
        }
    }

    fn input_path(&self) -> Result<String> {
        match &self.input {
            Some(path) => Ok(path.clone()),
            None if !std::io::stdin().is_terminal() => Ok("-".to_owned()),
            None => anyhow::bail!(
                "no input: pass the output of `terraform show -json` as a file, or pipe it in"
            ),
        }
    }
}

/// `FORMAT=PATH` of `--output`.
fn parse_output(text: &str) -> Result<(Format, std::path::PathBuf), String> {
    let (format, path) = text
        .split_once('=')
        .filter(|(_, p)| !p.is_empty())
        .ok_or_else(|| format!("{text:?}: expected FORMAT=PATH, e.g. sarif=results.sarif"))?;
    let format = Format::from_str(format, true)?;
    Ok((format, std::path::PathBuf::from(path)))
}

/// The URL of `--rule-docs`: an `https://` or `http://` address that a markdown link holds
/// as it is (no blank, control character, quote, angle bracket or parenthesis), without its
/// trailing `/`.
fn parse_rule_docs(text: &str) -> Result<String, String> {
    let web = text.starts_with("https://") || text.starts_with("http://");
    let plain = !text
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"'<>()[]`\\".contains(c));
    if web && plain {
        Ok(text.trim_end_matches('/').to_owned())
    } else {
        Err("an https:// or http:// address without blanks, quotes, brackets or parentheses, e.g. https://github.com/OWNER/sgaudit/blob/v1.2.3/docs/rules".to_owned())
    }
}

/// A SIZE of `--max-plan-size` and `--max-file-size`: a whole number of bytes, or of a binary
/// unit: `K`/`KB`/`KiB` (1,024 bytes), `M`/`MB`/`MiB`, `G`/`GB`/`GiB`, `T`/`TB`/`TiB`, in
/// either case, e.g. `512MiB`, `64M`, `1G`, `1048576`.
fn parse_size(text: &str) -> Result<u64, String> {
    let bad = || {
        format!(
            "{text:?}: expected a size: bytes, or a whole number with a unit (K, M, G, T, or KiB, MiB, GiB, TiB), e.g. 512MiB"
        )
    };
    let trimmed = text.trim();
    let end = trimmed
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(trimmed.len());
    let (number, unit) = trimmed.split_at_checked(end).ok_or_else(bad)?;
    if number.is_empty() {
        return Err(bad());
    }
    let shift = match unit.trim_start().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => return Err(bad()),
    };
    let too_large = || format!("{text:?}: too large (at most {} bytes)", u64::MAX);
    let n: u64 = number.parse().map_err(|_| too_large())?;
    let bytes = n.checked_mul(1 << shift).ok_or_else(too_large)?;
    if bytes == 0 {
        return Err(format!(
            "{text:?}: a size of nothing: sgaudit could read no file"
        ));
    }
    Ok(bytes)
}

/// Two `--output` flags that write the same file (`./a.sarif` and `a.sarif`, or through two
/// spellings of one directory): one would overwrite the other, so the run is refused before
/// it reads anything.
fn same_outputs(outputs: &[(Format, std::path::PathBuf)]) -> Result<()> {
    let mut seen: Vec<(std::path::PathBuf, &std::path::Path)> = Vec::new();
    for (_, path) in outputs {
        let key = output_key(path);
        if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
            anyhow::bail!(
                "--output: {} and {} are the same file: give each output its own path",
                first.display(),
                path.display()
            );
        }
        seen.push((key, path));
    }
    Ok(())
}

/// The file an `--output` path writes: its directory's real path (when it exists) and its
/// name, else the path made absolute with its `.` and `..` steps folded.
fn output_key(path: &std::path::Path) -> std::path::PathBuf {
    let lexical = || crate::access::absolute(path);
    let parent = match path.parent() {
        Some(p) if p.as_os_str().is_empty() => std::path::Path::new("."),
        Some(p) => p,
        None => return lexical(),
    };
    match (parent.canonicalize(), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => lexical(),
    }
}

/// Refuses an `--output` path in the input's repository whose directory is a symbolic link
/// out of it (`reports -> ~/.ssh` in a pull request): the file itself is checked when it is
/// created ([`crate::access::create`]).
fn output_directory(
    access: &crate::access::Access,
    path: &std::path::Path,
    shown: &str,
) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    if access.within(dir)
        && let Ok(real) = dir.canonicalize()
        && !real.starts_with(access.root())
    {
        anyhow::bail!(
            "{shown}: its directory is a symbolic link to outside the repository: sgaudit writes nothing through a link"
        );
    }
    Ok(())
}

/// The file access of a command that reads no input (`rules`, `explain`): rooted where it runs.
fn here() -> crate::access::Access {
    crate::access::Access::for_input(std::path::Path::new("."), crate::access::Limits::default())
}

/// What a run ended with, for the exit code.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing fails.
    Clean,
    /// The change adds public exposure.
    Findings,
    /// Parts of the input could not be read: the report covers the rest.
    Incomplete(Vec<Diagnostic>),
}

/// Whether to colour table output: only on a terminal, never with `NO_COLOR` set.
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// What standard output is: coloured or not ([`use_color`]), and the width tables fit:
/// `COLUMNS` when it is a number, else the terminal's width; none when standard output is not
/// a terminal.
pub fn terminal() -> Terminal {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    let width = columns.or_else(|| {
        std::io::stdout()
            .is_terminal()
            .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
            .flatten()
    });
    Terminal {
        color: use_color(),
        width,
    }
}

/// Parses the arguments, runs the command and returns the exit code: 0 nothing fails, 1 the
/// change adds public exposure, 2 bad input or usage. Errors are one line on `err`.
///
/// The exit code never depends on `out`: a report that cannot be written to it (a reader that
/// went away, a full disk) does not turn failing findings into a pass. A closed pipe is said
/// once on `err` and the run exits with its outcome; any other error writing `out` is an error
/// naming `stdout` (exit 2).
pub fn execute<I, T>(argv: I, out: &mut dyn Write, err: &mut dyn Write, color: bool) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    execute_on(argv, out, err, Terminal::from(color))
}

/// [`execute`] on a terminal of a width ([`terminal`]).
pub fn execute_on<I, T>(argv: I, out: &mut dyn Write, err: &mut dyn Write, term: Terminal) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let color = term.color;
    let args = match Args::try_parse_from(argv) {
        Ok(args) => args,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let text = if color {
                e.render().ansi().to_string()
            } else {
                e.render().to_string()
            };
            let sink: &mut dyn Write = if e.use_stderr() { err } else { out };
            let _ = sink.write_all(text.as_bytes());
            return code;
        }
    };
    let term = Terminal {
        color: match args.color {
            Color::Auto => color,
            Color::Always => true,
            Color::Never => false,
        },
        width: match args.width {
            Some(0) => None,
            Some(width) => Some(width),
            None => term.width,
        },
    };
    if let Some(common) = args.command.common()
        && let Err(e) = same_outputs(&common.outputs)
    {
        error_line(err, &e.to_string());
        return 2;
    }
    let mut stdout = Stdout {
        inner: out,
        error: None,
    };
    let code = match run(&args, &mut stdout, term) {
        Ok(Outcome::Clean) => 0,
        Ok(Outcome::Findings) => 1,
        Ok(Outcome::Incomplete(errors)) => {
            for e in errors {
                error_line(err, &e.to_string());
            }
            2
        }
        Err(e) => {
            error_line(err, &format!("{e:#}"));
            2
        }
    };
    match stdout.error {
        None => code,
        Some(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            let what = match args.command {
                Command::Check(_) | Command::Test { .. } => "the findings",
                _ => "the run",
            };
            let _ = writeln!(
                err,
                "sgaudit: stdout closed before the report was written; the exit code still reflects {what}"
            );
            code
        }
        Some(e) => {
            error_line(err, &format!("stdout: cannot write: {}", plain(&e)));
            code.max(2)
        }
    }
}

/// Writes one error line. A message quotes what an input holds (a file name, an address): its
/// control characters are escaped, so that a name with a newline cannot start a line of its
/// own (on GitHub, a line `::error::…` is a workflow command).
fn error_line(err: &mut dyn Write, message: &str) {
    let _ = writeln!(err, "sgaudit: error: {}", read::escape_controls(message));
}

/// Standard output as the commands write their reports to it: the first error is kept, for
/// [`execute`] to report once after the run, whose outcome is computed apart from it.
struct Stdout<'a> {
    inner: &'a mut dyn Write,
    error: Option<std::io::Error>,
}

impl Stdout<'_> {
    /// Writes one report through a buffer. An error stops the report and is kept; nothing
    /// more is written after it.
    fn print(&mut self, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) {
        if self.error.is_some() {
            return;
        }
        let mut buffered = std::io::BufWriter::with_capacity(BUFFER, &mut *self.inner);
        let result = write(&mut buffered).and_then(|()| buffered.flush());
        // What a failed write left in the buffer is dropped, not written again.
        let _ = buffered.into_parts();
        if let Err(e) = result {
            self.error = Some(e);
        }
    }
}

impl Command {
    /// The input arguments of a command that reads an input.
    fn common(&self) -> Option<&CommonArgs> {
        match self {
            Command::Check(a) | Command::Baseline(a) | Command::Show { common: a, .. } => Some(a),
            Command::Test { .. }
            | Command::Rules(_)
            | Command::Explain { .. }
            | Command::Completions { .. }
            | Command::Manpage => None,
            #[cfg(feature = "serve")]
            Command::Serve(_) => None,
        }
    }
}

/// Reads an input and its policy and baseline, and audits it (`audit::run`, the one
/// pipeline); the notes of its waivers join the input's notes, which every report prints.
fn audit(
    a: &CommonArgs,
    path: &str,
    options: &read::Options,
) -> Result<(crate::model::Input, crate::audit::Audit, policy::Policy)> {
    let mut input = read::read(path, options)?;
    let policy = a.policy.load(config_dir(path), &a.access(path)?)?;
    let baseline = match &a.baseline {
        // Read as every other file: a link out of the repository, a FIFO, a device or a file
        // over --max-file-size is refused.
        Some(file) => {
            let text = policy.access.read_text(std::path::Path::new(file), file)?;
            Some(policy::read_baseline(file, &text).map_err(anyhow::Error::msg)?)
        }
        None => None,
    };
    let configured = crate::audit::Gate::configured(&policy.settings);
    let gate = crate::audit::Gate {
        fail_on: a.fail_on.map_or(configured.fail_on, FailOn::severity),
        all: a
            .fail_scope
            .map_or(configured.all, |scope| scope == FailScope::All),
        apply_errors: configured.apply_errors,
    };
    let mut audit = crate::audit::run(&input, &policy, baseline.as_ref(), gate);
    // Escaped as every text the input brought in is (a waiver's file is named by its path).
    input.notes.extend(audit.notes.drain(..).map(|mut n| {
        read::escape_diagnostic(&mut n);
        n
    }));
    Ok((input, audit, policy))
}

/// Frees what a run read and found on another thread: freeing a large plan's model and
/// findings takes a tenth of the run, and the process may end before it is done.
fn drop_aside<T: Send + 'static>(value: T) {
    // Without a thread the value is freed here, with the failed spawn's closure.
    let _ = std::thread::Builder::new().spawn(move || drop(value));
}

/// Where the configuration (`.sgaudit.hcl`) of an input is looked for: from the input's path,
/// or the working directory for standard input.
fn config_dir(path: &str) -> &std::path::Path {
    std::path::Path::new(if path == "-" { "." } else { path })
}

/// The buffer reports are written through: JSON reports are written piece by piece.
const BUFFER: usize = 64 * 1024;

/// Runs one command, writing its report to `out` once its outcome is known: an error writing
/// `out` is kept there, and does not change the outcome. An error writing an `--output` file
/// is an error of the run.
fn run(args: &Args, out: &mut Stdout, term: Terminal) -> Result<Outcome> {
    match &args.command {
        Command::Check(a) => {
            // A directory of root modules (a repository's root): each audited, one report.
            if let Some(outcome) = roots::check(a, out, term)? {
                return Ok(outcome);
            }
            let (input, audit, policy) = audit(a, &a.input_path()?, &a.options())?;
            let findings = &audit.findings;
            let cwd = std::env::current_dir().ok();
            let report = Report {
                input: &input,
                diff: &audit.diff,
                reach: &audit.reach,
                findings,
                rules: &policy.rules,
                cwd: cwd.as_deref(),
                view: a.view(audit.gate, &policy.settings),
                rule_docs: a.rule_docs.as_deref(),
            };
            let outcome = match audit.verdict {
                crate::audit::Verdict::Incomplete => Outcome::Incomplete(input.errors.clone()),
                // A picture is not a gate (a `| dot -Tsvg` pipeline under `set -o pipefail`
                // must not fail on findings).
                crate::audit::Verdict::Fails if a.format == Format::Dot => Outcome::Clean,
                crate::audit::Verdict::Fails => Outcome::Findings,
                crate::audit::Verdict::Clean => Outcome::Clean,
            };
            for (format, path) in &a.outputs {
                let shown = path.display().to_string();
                // Never through a symbolic link, never into a FIFO or a device.
                output_directory(&policy.access, path, &shown)?;
                let file = crate::access::create(path, &shown)?;
                let mut file = std::io::BufWriter::with_capacity(BUFFER, file);
                report::write_check(*format, &report, false, &mut file)
                    .and_then(|()| file.flush())
                    .map_err(|e| anyhow::anyhow!("{shown}: cannot write: {}", plain(&e)))?;
            }
            out.print(|w| report::write_check(a.format, &report, term, w));
            drop_aside((input, audit, policy));
            Ok(outcome)
        }
        Command::Baseline(a) => {
            let (input, audit, _) = audit(a, &a.input_path()?, &a.options())?;
            let text = serde_json::to_string_pretty(&policy::baseline(&audit.findings))?;
            out.print(|w| writeln!(w, "{text}"));
            Ok(if input.errors.is_empty() {
                Outcome::Clean
            } else {
                Outcome::Incomplete(input.errors.clone())
            })
        }
        Command::Test {
            pack,
            update,
            config_file,
        } => {
            let dir = std::path::Path::new(pack);
            // The pack alone, with the networks (trusted ones too), group sets and breadth
            // of its configuration.
            // The root: the pack directory's git work tree, else the pack directory.
            let access = crate::access::Access::for_input(dir, crate::access::Limits::default());
            let found = policy::settings(config_file.as_deref(), &dir.join("tests"), &access)
                .map_err(anyhow::Error::msg)?;
            let settings = policy::Settings {
                packs: Some(vec![policy::PackSource::Dir(dir.to_path_buf())]),
                networks: found.networks,
                trusted: found.trusted,
                broad_addresses: found.broad_addresses,
                group_sets: found.group_sets,
                path: found.path,
                ..policy::Settings::default()
            };
            let policy =
                policy::Policy::load(settings, &[], &access).map_err(anyhow::Error::msg)?;
            let outcome = policy::testing::run(&policy, &dir.join("tests"), *update)
                .map_err(anyhow::Error::msg)?;
            out.print(|w| w.write_all(outcome.text.as_bytes()));
            Ok(if outcome.passed {
                Outcome::Clean
            } else {
                Outcome::Findings
            })
        }
        Command::Rules(p) => {
            let rows = p
                .load(std::path::Path::new("."), &here())?
                .rules
                .into_iter()
                .map(|r| [r.id, r.severity.to_string(), r.title])
                .collect();
            let text = report::rules_table(rows, term);
            out.print(|w| w.write_all(text.as_bytes()));
            Ok(Outcome::Clean)
        }
        Command::Completions { shell } => {
            let mut text = Vec::new();
            clap_complete::generate(*shell, &mut Args::command(), "sgaudit", &mut text);
            out.print(|w| w.write_all(&text));
            Ok(Outcome::Clean)
        }
        #[cfg(feature = "serve")]
        Command::Serve(a) => {
            a.run()?;
            Ok(Outcome::Clean)
        }
        Command::Manpage => {
            let mut text = Vec::new();
            clap_mangen::Man::new(Args::command()).render(&mut text)?;
            out.print(|w| w.write_all(&text));
            Ok(Outcome::Clean)
        }
        Command::Explain { id, policy: p } => {
            let rules = p.load(std::path::Path::new("."), &here())?.rules;
            let Some(rule) = rules.iter().find(|r| &r.id == id) else {
                let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
                anyhow::bail!("no rule {id:?}; rules: {}", ids.join(", "));
            };
            out.print(|w| write!(w, "{}", policy::explain(rule)));
            Ok(Outcome::Clean)
        }
        Command::Show { common: a, by } => {
            let path = a.input_path()?;
            let input = read::read(&path, &a.options())?;
            // Workloads and the graph name the configuration's networks.
            let reach = || -> Result<(crate::diff::Diff, crate::reach::Reach)> {
                let access = a.access(&path)?;
                let settings =
                    policy::settings(a.policy.config_file.as_deref(), config_dir(&path), &access)
                        .map_err(anyhow::Error::msg)?;
                let diff = crate::diff::diff(&input);
                let reach = crate::reach::analyse(&input, &diff, &settings.networks);
                Ok((diff, reach))
            };
            match (a.format, by) {
                (Format::Table, By::Group) => {
                    out.print(|w| w.write_all(report::show_table(&input, term).as_bytes()))
                }
                (Format::Json, By::Group) => {
                    out.print(|w| report::write_pretty(w, &report::show_json(&input)))
                }
                (Format::Table, By::Workload) => {
                    let (_, reach) = reach()?;
                    let text = report::show_workloads_table(&input, &reach, term);
                    out.print(|w| w.write_all(text.as_bytes()))
                }
                (Format::Json, By::Workload) => {
                    let (_, reach) = reach()?;
                    out.print(|w| {
                        report::write_pretty(w, &report::show_workloads_json(&input, &reach))
                    })
                }
                (Format::Dot, _) => {
                    let (diff, reach) = reach()?;
                    let text = report::dot(&input, &diff, &reach);
                    out.print(|w| w.write_all(text.as_bytes()))
                }
                (other, _) => anyhow::bail!(
                    "`show` prints table, json or dot; {} is a format of `check`",
                    other
                        .to_possible_value()
                        .map_or_else(String::new, |v| v.get_name().to_owned())
                ),
            }
            Ok(if input.errors.is_empty() {
                Outcome::Clean
            } else {
                Outcome::Incomplete(input.errors.clone())
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A plan whose change fails the gate (SSH opened to the internet), and one that does not.
    const FAILING: &str = "testdata/plans/widened-cidr/plan.json";
    const CLEAN: &str = "testdata/plans/icmp/plan.json";

    /// Standard output that refuses every write with one kind of error.
    struct Failing(std::io::ErrorKind);

    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(self.0.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Runs sgaudit from the crate root with `out` as standard output: (exit code, stderr).
    fn run_to(out: &mut dyn Write, args: &[&str]) -> (u8, String) {
        let mut err = Vec::new();
        let argv = std::iter::once("sgaudit").chain(args.iter().copied());
        let code = execute(argv, out, &mut err, false);
        (code, String::from_utf8(err).unwrap())
    }

    /// Runs sgaudit with a working standard output: (exit code, stdout, stderr).
    fn sgaudit(args: &[&str]) -> (u8, String, String) {
        let mut out = Vec::new();
        let (code, err) = run_to(&mut out, args);
        (code, String::from_utf8(out).unwrap(), err)
    }

    #[test]
    fn color_follows_the_flag_over_the_terminal() {
        let colored = |args: &[&str], terminal: bool| {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let argv = std::iter::once("sgaudit").chain(args.iter().copied());
            let code = execute(argv, &mut out, &mut err, terminal);
            assert_eq!(code, 1, "{}", String::from_utf8_lossy(&err));
            String::from_utf8(out).unwrap().contains('\x1b')
        };
        // `auto` (the default) colours only on a terminal without NO_COLOR (main's decision).
        assert!(colored(&["check", FAILING], true));
        assert!(!colored(&["check", FAILING], false));
        assert!(colored(&["--color", "always", "check", FAILING], false));
        assert!(!colored(&["check", "--color", "never", FAILING], true));
    }

    /// A scratch directory of its own for a test.
    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("sgaudit-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// A configuration with one file that reads and one that does not: an incomplete run.
    fn incomplete(name: &str) -> String {
        let dir = scratch(name);
        std::fs::write(
            dir.join("main.tf"),
            "resource \"aws_security_group\" \"ssh\" {\n  name = \"ssh\"\n  description = \"SSH\"\n  ingress {\n    description = \"SSH\"\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("broken.tf"),
            "resource \"aws_security_group\" \"x\" {\n  name =\n}\n",
        )
        .unwrap();
        dir.to_string_lossy().into_owned()
    }

    const CLOSED: &str = "sgaudit: stdout closed before the report was written; the exit code still reflects the findings\n";

    /// `sgaudit check plan.json | true`: the reader went away, and the exit code is still the
    /// gate's (1 for failing findings, 0 for none, 2 for an incomplete input), said once.
    #[test]
    fn a_closed_stdout_does_not_change_the_exit_code() {
        let partial = incomplete("closed");
        for (args, expected) in [
            (vec!["check", FAILING], 1),
            (vec!["check", "--format", "json", FAILING], 1),
            (vec!["check", "--format", "sarif", FAILING], 1),
            (vec!["check", CLEAN], 0),
            (vec!["check", "--format", "markdown", CLEAN], 0),
            (vec!["check", &partial], 2),
        ] {
            let (written, _, _) = sgaudit(&args);
            assert_eq!(written, expected, "{args:?} with a working stdout");
            let (code, err) = run_to(&mut Failing(std::io::ErrorKind::BrokenPipe), &args);
            assert_eq!(code, expected, "{args:?}: {err}");
            assert_eq!(
                err.matches("stdout closed").count(),
                1,
                "{args:?}: once: {err}"
            );
            assert!(err.ends_with(CLOSED), "{args:?}: {err}");
            if expected == 2 {
                assert!(err.starts_with("sgaudit: error: "), "{err}");
                assert!(err.contains("broken.tf:2:"), "{err}");
            } else {
                assert_eq!(err, CLOSED);
            }
        }
        // Commands without a gate say so of the run.
        let (code, err) = run_to(
            &mut Failing(std::io::ErrorKind::BrokenPipe),
            &["show", CLEAN],
        );
        assert_eq!(code, 0);
        assert_eq!(
            err,
            "sgaudit: stdout closed before the report was written; the exit code still reflects the run\n"
        );
        std::fs::remove_dir_all(&partial).unwrap();
    }

    /// Any other error writing a report is an error (exit 2) naming what was written:
    /// `stdout`, or the `--output` path.
    #[test]
    fn a_write_error_names_what_was_written() {
        for plan in [FAILING, CLEAN] {
            let (code, err) = run_to(
                &mut Failing(std::io::ErrorKind::StorageFull),
                &["check", plan],
            );
            assert_eq!(code, 2, "{plan}: {err}");
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(
                err.starts_with("sgaudit: error: stdout: cannot write: "),
                "{err}"
            );
            assert!(!err.contains("os error"), "{err}");
        }
        let dir = scratch("write-error");
        let path = format!("{}/missing/results.sarif", dir.display());
        let (code, out, err) = sgaudit(&["check", FAILING, "--output", &format!("sarif={path}")]);
        assert_eq!(code, 2);
        assert_eq!(out, "", "nothing is printed after a failed --output");
        assert_eq!(
            err,
            format!("sgaudit: error: {path}: cannot write: No such file or directory\n")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// `--output` never writes through a symbolic link (the file it points at is untouched),
    /// nor into a FIFO (which would block the run).
    #[cfg(unix)]
    #[test]
    fn outputs_are_never_written_through_a_link_or_into_a_fifo() {
        let dir = scratch("output-kinds");
        let canary = dir.join("canary.txt");
        std::fs::write(&canary, "canary\n").unwrap();
        let link = dir.join("results.sarif");
        std::os::unix::fs::symlink(&canary, &link).unwrap();
        let fifo = dir.join("report.json");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        for (path, why) in [
            (
                &link,
                "a symbolic link: sgaudit writes nothing through a link",
            ),
            (
                &fifo,
                "not a regular file (a FIFO): sgaudit writes only regular files",
            ),
        ] {
            let shown = path.display().to_string();
            let (code, out, err) =
                sgaudit(&["check", FAILING, "--output", &format!("json={shown}")]);
            assert_eq!(code, 2, "{err}");
            assert_eq!(out, "");
            assert_eq!(err, format!("sgaudit: error: {shown}: {why}\n"));
        }
        assert_eq!(std::fs::read_to_string(&canary).unwrap(), "canary\n");
        assert!(link.symlink_metadata().unwrap().is_symlink());

        // A directory of the input's repository that links out of it is not written into.
        let repo = dir.join("repo");
        std::fs::create_dir_all(repo.join(".git")).unwrap();
        std::fs::create_dir_all(dir.join("outside")).unwrap();
        std::os::unix::fs::symlink("../outside", repo.join("reports")).unwrap();
        std::fs::copy(FAILING, repo.join("plan.json")).unwrap();
        let plan = repo.join("plan.json").display().to_string();
        let shown = repo.join("reports/results.sarif").display().to_string();
        let (code, _, err) = sgaudit(&["check", &plan, "--output", &format!("sarif={shown}")]);
        assert_eq!(code, 2, "{err}");
        assert_eq!(
            err,
            format!(
                "sgaudit: error: {shown}: its directory is a symbolic link to outside the repository: sgaudit writes nothing through a link\n"
            )
        );
        assert_eq!(std::fs::read_dir(dir.join("outside")).unwrap().count(), 0);
        // Outside the repository, where the user chose to write, the file is written.
        let chosen = dir.join("outside/results.sarif").display().to_string();
        let (code, _, err) = sgaudit(&["check", &plan, "--output", &format!("sarif={chosen}")]);
        assert_eq!(code, 1, "{err}");
        assert!(std::fs::metadata(&chosen).unwrap().len() > 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Two `--output` flags writing one file are a usage error, found before the input is
    /// read, whatever the spelling of the path.
    #[test]
    fn two_outputs_to_one_file_are_a_usage_error() {
        let dir = scratch("same-output");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        let d = dir.display();
        for (a, b) in [
            ("./a.sarif".to_owned(), "a.sarif".to_owned()),
            ("a.sarif".to_owned(), "sub/../a.sarif".to_owned()),
            (format!("{d}/r.json"), format!("{d}/./r.json")),
            (format!("{d}/r.json"), format!("{d}/sub/../r.json")),
            (format!("{d}/r.json"), format!("{d}//r.json")),
            (format!("{d}/new/r.json"), format!("{d}/new/../new/r.json")),
        ] {
            let (code, out, err) = sgaudit(&[
                "check",
                "does-not-exist.json",
                "--output",
                &format!("sarif={a}"),
                "--output",
                &format!("json={b}"),
            ]);
            assert_eq!((code, out.as_str()), (2, ""), "{a} {b}");
            assert_eq!(
                err,
                format!(
                    "sgaudit: error: --output: {a} and {b} are the same file: give each output its own path\n"
                )
            );
        }
        // Different files are fine.
        let outputs = [
            (Format::Json, dir.join("a.json")),
            (Format::Sarif, dir.join("sub/a.json")),
            (Format::Markdown, dir.join("a.json.md")),
        ];
        assert!(same_outputs(&outputs).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// SIZE is bytes or a whole number with a binary unit; anything else is a usage error.
    #[test]
    fn sizes_parse_as_documented() {
        for (text, bytes) in [
            ("1048576", 1 << 20),
            ("512MiB", 512 << 20),
            ("64M", 64 << 20),
            ("64mb", 64 << 20),
            ("1G", 1 << 30),
            ("2 GiB", 2 << 30),
            ("4k", 4 << 10),
            ("1T", 1 << 40),
            ("100B", 100),
        ] {
            assert_eq!(parse_size(text), Ok(bytes), "{text}");
        }
        for text in [
            "",
            "M",
            "0",
            "0K",
            "1.5G",
            "-1",
            "+1",
            "12Q",
            "1 G B",
            "1MiBs",
            "99999999999T",
            "18446744073709551616",
        ] {
            assert!(parse_size(text).is_err(), "{text:?} must be refused");
            let flag = format!("--max-file-size={text}");
            let (code, out, err) = sgaudit(&["check", &flag, FAILING]);
            assert_eq!((code, out.as_str()), (2, ""), "{text:?}");
            assert!(err.contains("--max-file-size"), "{err}");
        }
    }

    /// The flags set the caps: a plan or a baseline over its cap is refused, naming the flag
    /// that raises it; under it, read.
    #[test]
    fn the_size_flags_cap_what_is_read() {
        let (code, out, err) = sgaudit(&["check", "--max-plan-size", "1K", FAILING]);
        assert_eq!((code, out.as_str()), (2, ""));
        assert_eq!(
            err,
            format!(
                "sgaudit: error: {FAILING}: larger than 1 KiB, the most sgaudit reads of a plan or state (raise it with --max-plan-size)\n"
            )
        );
        assert_eq!(sgaudit(&["check", "--max-plan-size", "1G", FAILING]).0, 1);

        let dir = scratch("baseline-cap");
        let baseline = dir.join("baseline.json");
        let (code, text, _) = sgaudit(&["baseline", FAILING]);
        assert_eq!(code, 0);
        std::fs::write(&baseline, &text).unwrap();
        let baseline = baseline.display().to_string();
        let (code, _, err) = sgaudit(&[
            "check",
            "--max-file-size",
            "100",
            "--baseline",
            &baseline,
            FAILING,
        ]);
        assert_eq!(code, 2, "{err}");
        assert_eq!(
            err,
            format!(
                "sgaudit: error: {baseline}: larger than 100 bytes, the most sgaudit reads of a file (raise it with --max-file-size)\n"
            )
        );
        // Read whole, the baseline accepts the plan's findings: the gate passes.
        let (code, _, err) = sgaudit(&["check", "--baseline", &baseline, FAILING]);
        assert_eq!(code, 0, "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// `--baseline` is read as every file is: a FIFO is refused without waiting on it, and a
    /// link in the input's repository to a file outside it is refused without quoting it.
    #[cfg(unix)]
    #[test]
    fn the_baseline_is_read_through_the_file_access_policy() {
        let dir = scratch("baseline-access");
        let repo = dir.join("repo");
        std::fs::create_dir_all(repo.join(".git")).unwrap();
        std::fs::copy(FAILING, repo.join("plan.json")).unwrap();
        std::fs::write(dir.join("secret.json"), "canary-secret\n").unwrap();
        std::os::unix::fs::symlink(dir.join("secret.json"), repo.join("baseline.json")).unwrap();
        let fifo = repo.join("fifo.json");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let plan = repo.join("plan.json").display().to_string();
        for (name, why) in [
            ("baseline.json", "a symbolic link to outside the repository"),
            ("fifo.json", "not a regular file (a FIFO)"),
        ] {
            let baseline = repo.join(name).display().to_string();
            let (code, out, err) = sgaudit(&["check", "--baseline", &baseline, &plan]);
            assert_eq!((code, out.as_str()), (2, ""), "{err}");
            assert!(
                err.starts_with(&format!("sgaudit: error: {baseline}: {why}")),
                "{err}"
            );
            assert!(!err.contains("canary"), "{err}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
