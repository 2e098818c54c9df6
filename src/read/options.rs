//! How to read an input: the options of the command line that the readers use.

use anyhow::Result;

use super::terraform::hcl::Variables;
use crate::access::Access;

/// How to read an input.
#[derive(Debug, Default, Clone)]
pub struct Options {
    /// The program that converts a binary plan file (`terraform`, `tofu`).
    pub terraform: String,
    /// Variable values for a configuration read from `.tf` files.
    pub variables: Variables,
    /// Read a configuration as a change from this git revision or directory.
    pub base: Option<String>,
    /// The configuration a plan came from, to give its permissions `file:line` origins.
    pub config: Option<String>,
    /// How much of each file is read (`--max-plan-size`, `--max-file-size`).
    pub limits: crate::access::Limits,
    /// The root of the run (`--root`): nothing outside it is read through a link inside it.
    /// Default: the git work tree of the input, else its directory.
    pub root: Option<String>,
    /// AWS API JSON of the account to compare the input with (`--deployed`): a file or a
    /// directory of `aws ec2 describe-*` output.
    pub deployed: Option<String>,
    /// `--drift-is-new`: what the account holds outside Terraform counts as new.
    pub drift_is_new: bool,
}

impl Options {
    /// The file access of a run on `input`.
    pub fn access(&self, input: &std::path::Path) -> Result<Access> {
        Access::for_input_under(
            input,
            self.limits,
            self.root.as_deref().map(std::path::Path::new),
        )
    }
}
