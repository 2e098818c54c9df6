//! The command line: arguments, and the wiring of read → diff → report → exit code.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};

use crate::policy::{self, FindingStatus, Severity};
use crate::read;
use crate::report::{self, Format, Report};

/// Audit AWS security groups in Terraform plans and state before a change is applied.
#[derive(Parser, Debug)]
#[command(name = "sgaudit", version, about)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
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
    fn load(&self, input: &std::path::Path) -> Result<policy::Policy> {
        let config = policy::configuration(self.config_file.as_deref(), input)
            .map_err(anyhow::Error::msg)?;
        let extra: Vec<std::path::PathBuf> =
            self.policy.iter().map(std::path::PathBuf::from).collect();
        policy::Policy::load(config, &extra).map_err(anyhow::Error::msg)
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
    /// The configuration a plan came from, so that permissions carry their `file:line`
    /// (default: the plan's directory, when it holds `.tf` files).
    #[arg(long, value_name = "DIR")]
    pub config: Option<String>,
    /// Exit 1 when a finding at or above this severity is in scope (default: the
    /// configuration's `fail_on`, else high).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Which findings can fail the run: those the change introduces, or all (default: the
    /// configuration's `fail_scope`, else new).
    #[arg(long, value_enum)]
    pub fail_scope: Option<FailScope>,
    /// Findings recorded by `sgaudit baseline` count as existing, not new.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<String>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

impl CommonArgs {
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
            limits: crate::access::Limits::default(),
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

/// What a run ended with, for the exit code.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing fails.
    Clean,
    /// The change adds public exposure.
    Findings,
    /// Parts of the input could not be read: the report covers the rest.
    Incomplete(Vec<String>),
}

/// Whether to colour table output: only on a terminal, never with `NO_COLOR` set.
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Parses the arguments, runs the command and returns the exit code: 0 nothing fails, 1 the
/// change adds public exposure, 2 bad input or usage. Errors are one line on `err`.
pub fn execute<I, T>(argv: I, out: &mut dyn Write, err: &mut dyn Write, color: bool) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
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
    let result = run(&args, out, color).and_then(|outcome| {
        out.flush()?;
        Ok(outcome)
    });
    match result {
        Ok(Outcome::Clean) => 0,
        Ok(Outcome::Findings) => 1,
        Ok(Outcome::Incomplete(errors)) => {
            for e in errors {
                let _ = writeln!(err, "sgaudit: error: {e}");
            }
            2
        }
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            let _ = writeln!(err, "sgaudit: error: {e:#}");
            2
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Reads an input, diffs it, and applies the policy, its waivers and the baseline.
fn audit(a: &CommonArgs) -> Result<(crate::model::Input, policy::Audit, policy::Policy)> {
    let path = a.input_path()?;
    let mut input = read::read(&path, &a.options())?;
    let policy = a.policy.load(config_dir(&path))?;
    let mut audit = policy.audit(&input);
    let findings = &mut audit.findings;
    // The configuration files read: where inline ignores are written.
    let files: std::collections::BTreeSet<String> = input
        .groups
        .values()
        .filter_map(|g| g.origin.as_deref())
        .chain(input.after.iter().filter_map(|p| p.origin.as_deref()))
        .map(|o| crate::model::split_origin(o).0.to_owned())
        .collect();
    input
        .notes
        .extend(policy::apply_waivers(findings, &policy.config, &files));
    if let Some(file) = &a.baseline {
        let text = std::fs::read_to_string(file)
            .map_err(|e| anyhow::anyhow!("{file}: cannot read: {e}"))?;
        let known = policy::read_baseline(file, &text).map_err(anyhow::Error::msg)?;
        policy::apply_baseline(findings, &known);
    }
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

/// Runs one command, writing its report to `out`.
pub fn run(args: &Args, out: &mut dyn Write, color: bool) -> Result<Outcome> {
    match &args.command {
        Command::Check(a) => {
            let (input, audit, policy) = audit(a)?;
            let findings = &audit.findings;
            let report = Report {
                input: &input,
                diff: &audit.diff,
                reach: &audit.reach,
                findings,
                rules: &policy.rules,
            };
            for (format, path) in &a.outputs {
                std::fs::File::create(path)
                    .and_then(|file| {
                        let mut file = std::io::BufWriter::with_capacity(BUFFER, file);
                        report::write_check(*format, &report, false, &mut file)?;
                        file.flush()
                    })
                    .map_err(|e| anyhow::anyhow!("{}: cannot write: {e}", path.display()))?;
            }
            let mut buffered = std::io::BufWriter::with_capacity(BUFFER, &mut *out);
            report::write_check(a.format, &report, color, &mut buffered)?;
            buffered.flush()?;
            let fail_on = a
                .fail_on
                .map(FailOn::severity)
                .or(policy.config.fail_on)
                .unwrap_or(Severity::High);
            let all = match a.fail_scope {
                Some(scope) => scope == FailScope::All,
                None => policy.config.fail_scope == Some(policy::Scope::All),
            };
            let failing = findings.iter().any(|f| {
                f.waived.is_none()
                    && !f.baselined
                    && f.severity >= fail_on
                    && (f.status == FindingStatus::New
                        || (all && f.status == FindingStatus::Existing))
            });
            let outcome = if !input.errors.is_empty() {
                Outcome::Incomplete(input.errors.clone())
            } else if failing {
                Outcome::Findings
            } else {
                Outcome::Clean
            };
            drop_aside((input, audit, policy));
            Ok(outcome)
        }
        Command::Baseline(a) => {
            let (input, audit, _) = audit(a)?;
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&policy::baseline(&audit.findings))?
            )?;
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
            // The pack alone, with the networks and group sets of its configuration.
            let found = policy::configuration(config_file.as_deref(), &dir.join("tests"))
                .map_err(anyhow::Error::msg)?;
            let config = policy::Config {
                packs: Some(vec![policy::PackSource::Dir(dir.to_path_buf())]),
                networks: found.networks,
                group_sets: found.group_sets,
                path: found.path,
                ..policy::Config::default()
            };
            let policy = policy::Policy::load(config, &[]).map_err(anyhow::Error::msg)?;
            let outcome = policy::testing::run(&policy, &dir.join("tests"), *update)
                .map_err(anyhow::Error::msg)?;
            out.write_all(outcome.text.as_bytes())?;
            Ok(if outcome.passed {
                Outcome::Clean
            } else {
                Outcome::Findings
            })
        }
        Command::Rules(p) => {
            let mut b = tabled::builder::Builder::default();
            b.push_record(["rule", "severity", "title"]);
            for r in p.load(std::path::Path::new("."))?.rules {
                b.push_record([r.id, r.severity.to_string(), r.title]);
            }
            let mut table = b.build();
            table.with(tabled::settings::Style::sharp());
            writeln!(out, "{table}")?;
            Ok(Outcome::Clean)
        }
        Command::Explain { id, policy: p } => {
            let rules = p.load(std::path::Path::new("."))?.rules;
            let Some(rule) = rules.iter().find(|r| &r.id == id) else {
                let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
                anyhow::bail!("no rule {id:?}; rules: {}", ids.join(", "));
            };
            write!(out, "{}", policy::explain(rule))?;
            Ok(Outcome::Clean)
        }
        Command::Show { common: a, by } => {
            let path = a.input_path()?;
            let input = read::read(&path, &a.options())?;
            // Workloads and the graph name the configuration's networks.
            let reach = || -> Result<crate::reach::Reach> {
                let config =
                    policy::configuration(a.policy.config_file.as_deref(), config_dir(&path))
                        .map_err(anyhow::Error::msg)?;
                let diff = crate::diff::diff(&input);
                Ok(crate::reach::analyse(&input, &diff, &config.networks))
            };
            let mut buffered = std::io::BufWriter::with_capacity(BUFFER, &mut *out);
            match (a.format, by) {
                (Format::Table, By::Group) => {
                    buffered.write_all(report::show_table(&input, color).as_bytes())?
                }
                (Format::Json, By::Group) => {
                    report::write_pretty(&mut buffered, &report::show_json(&input))?
                }
                (Format::Table, By::Workload) => buffered
                    .write_all(report::show_workloads_table(&input, &reach()?, color).as_bytes())?,
                (Format::Json, By::Workload) => report::write_pretty(
                    &mut buffered,
                    &report::show_workloads_json(&input, &reach()?),
                )?,
                (Format::Dot, _) => {
                    buffered.write_all(report::dot(&input, &reach()?).as_bytes())?
                }
                (other, _) => anyhow::bail!(
                    "`show` prints table, json or dot; {} is a format of `check`",
                    other
                        .to_possible_value()
                        .map_or_else(String::new, |v| v.get_name().to_owned())
                ),
            }
            buffered.flush()?;
            Ok(if input.errors.is_empty() {
                Outcome::Clean
            } else {
                Outcome::Incomplete(input.errors.clone())
            })
        }
    }
}
