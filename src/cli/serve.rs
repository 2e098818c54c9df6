//! `sgaudit serve`'s arguments: the address, the HMAC key, the policies (read here, once, at
//! start: a configuration error stops the server before it listens) and the service's limits,
//! turned into a `serve::Config`.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result, bail};

use super::PolicyArgs;

/// The environment variable holding the run task's HMAC key (or `--hmac-key-file`).
const KEY_VARIABLE: &str = "SGAUDIT_HMAC_KEY";

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The address to listen on (`0.0.0.0:8080` to take requests from other hosts).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: std::net::SocketAddr,
    /// A file holding the run task's HMAC key (else the `SGAUDIT_HMAC_KEY` environment
    /// variable); every request must be signed with it.
    #[arg(long, value_name = "FILE")]
    pub hmac_key_file: Option<String>,
    /// The configuration of the workspaces whose name matches GLOB (`*`, `?`), instead of
    /// --config-file (repeatable; the first that matches).
    #[arg(long = "workspace", value_name = "GLOB=FILE", value_parser = parse_workspace)]
    pub workspaces: Vec<(String, String)>,
    /// How many accepted requests may wait for a worker; past it a request is answered 503,
    /// and HCP Terraform sends it again.
    #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..))]
    pub queue: u32,
    /// How many plans are audited at once (default: the number of cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub concurrency: Option<u32>,
    /// Seconds fetching and auditing one plan may take before the result is `failed`
    /// (HCP Terraform fails a task it hears nothing of for 10 minutes).
    #[arg(long, value_name = "SECONDS", default_value_t = 480, value_parser = clap::value_parser!(u64).range(1..))]
    pub deadline: u64,
    /// The most plan JSON fetched, in bytes or with a binary unit (default: 256 MiB, as
    /// `check`); a larger plan gets a `failed` result naming the cap.
    #[arg(long, value_name = "SIZE", value_parser = super::parse_size)]
    pub max_plan_size: Option<u64>,
    /// How many times a failed plan fetch or callback is tried again.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub retries: u32,
    /// Milliseconds before the first retry, doubled each time, with jitter.
    #[arg(long, value_name = "MS", default_value_t = 500)]
    pub backoff_ms: u64,
    /// The longest wait between tries, in milliseconds (`Retry-After` included).
    #[arg(long, value_name = "MS", default_value_t = 30_000)]
    pub max_backoff_ms: u64,
    /// The most outcomes of a result: the summary, then the new findings most severe first.
    #[arg(long, value_name = "N", default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_outcomes: u32,
    /// A PEM certificate chain to serve HTTPS with (with --tls-key); without it, plain HTTP
    /// behind a TLS-terminating proxy.
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<String>,
    /// The PEM private key of --tls-cert.
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<String>,
    /// Where the built-in rules' documentation is, for the outcomes' links (a rule's page is
    /// `URL/<id>.md`), as `check --rule-docs`.
    #[arg(long, value_name = "URL", value_parser = super::parse_rule_docs)]
    pub rule_docs: Option<String>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

/// `GLOB=FILE` of `--workspace`.
fn parse_workspace(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .filter(|(g, f)| !g.is_empty() && !f.is_empty())
        .map(|(g, f)| (g.to_owned(), f.to_owned()))
        .ok_or_else(|| format!("{text:?}: expected GLOB=FILE, e.g. prod-*=prod.sgaudit.hcl"))
}

/// The policy of a configuration file (or the `.sgaudit.hcl` of the working directory) with
/// the packs of `--policy`, read under the file's directory.
fn load(config_file: Option<&str>, packs: &[String]) -> Result<Arc<crate::policy::Policy>> {
    let at = Path::new(config_file.unwrap_or("."));
    let access = crate::access::Access::for_input(at, crate::access::Limits::default());
    let args = PolicyArgs {
        config_file: config_file.map(str::to_owned),
        policy: packs.to_vec(),
    };
    Ok(Arc::new(args.load(at, &access)?))
}

impl ServeArgs {
    /// Reads the key and the policies, and runs the server until it is stopped.
    pub fn run(&self) -> Result<()> {
        let key = match &self.hmac_key_file {
            // Through the access policy: a regular file, within the size cap.
            Some(file) => {
                crate::access::Access::for_input(Path::new(file), crate::access::Limits::default())
                    .read_text(Path::new(file), file)
                    .with_context(|| format!("--hmac-key-file {file}"))?
                    .into_bytes()
            }
            None => std::env::var(KEY_VARIABLE)
                .map(String::into_bytes)
                .unwrap_or_default(),
        };
        // A key file ends with a line break that is not part of the key.
        let key = key.trim_ascii().to_vec();
        if key.is_empty() {
            bail!(
                "no HMAC key: give the run task's key in {KEY_VARIABLE} or a file with --hmac-key-file (sgaudit serves only signed requests)"
            );
        }
        let default = load(self.policy.config_file.as_deref(), &self.policy.policy)?;
        let workspaces = self
            .workspaces
            .iter()
            .map(|(glob, file)| Ok((glob.clone(), load(Some(file), &self.policy.policy)?)))
            .collect::<Result<Vec<_>>>()?;
        let policies = crate::serve::Policies {
            default,
            workspaces,
        };
        let mut config = crate::serve::Config::new(self.listen, key, policies);
        config.queue = self.queue as usize;
        if let Some(n) = self.concurrency {
            config.concurrency = n as usize;
        }
        config.deadline = Duration::from_secs(self.deadline);
        if let Some(cap) = self.max_plan_size {
            config.max_plan_size = cap;
        }
        config.retries = self.retries;
        config.backoff = Duration::from_millis(self.backoff_ms);
        config.max_backoff = Duration::from_millis(self.max_backoff_ms);
        config.max_outcomes = self.max_outcomes as usize;
        config.rule_docs = self.rule_docs.as_deref().map(Arc::from);
        config.tls = self
            .tls_cert
            .as_ref()
            .zip(self.tls_key.as_ref())
            .map(|(c, k)| (c.into(), k.into()));
        crate::serve::run(config)
    }
}
