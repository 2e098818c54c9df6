//! Readers: turn Terraform syntax into the model. This module finds out what an input is (plan
//! JSON, state JSON, a binary plan, a directory of `.tf` files, or something else) and hands it
//! to the right reader.

mod address;
mod base;
mod config;
mod hcl;
mod object;
mod plan;
mod shapes;
mod workloads;

use std::io::Read;
use std::process::Command;

use anyhow::{Context, Result, bail};

pub use self::hcl::Variables;
use crate::model::Input;

/// The resource types the readers read: those that hold permissions (groups, rules, prefix
/// lists) and those that attach groups (workloads, group and interface attachments).
fn reads(rtype: &str) -> bool {
    shapes::relevant(rtype) || workloads::attaches(rtype)
}

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
}

/// Reads `terraform show -json` output (of a plan or a state) from a path, or standard input
/// when the path is `-`, or the Terraform configuration in a directory.
pub fn read(path: &str, options: &Options) -> Result<Input> {
    let terraform = options.terraform.as_str();
    if let Some(base) = &options.base {
        return base::read(path, base, options);
    }
    if path != "-" && std::path::Path::new(path).is_dir() {
        return hcl::read(std::path::Path::new(path), path, &options.variables);
    }
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("<stdin>: cannot read standard input")?;
        buf
    } else {
        std::fs::read(path).with_context(|| format!("{path}: cannot read file"))?
    };
    let name = if path == "-" { "<stdin>" } else { path };
    let bytes = if bytes.starts_with(b"PK\x03\x04") {
        convert_binary_plan(path, name, terraform)?
    } else {
        bytes
    };
    if path == "-" {
        return plan::parse(name, &bytes);
    }
    // Origins from the configuration the plan came from: the one named, or the plan's own
    // directory when it holds `.tf` files and reads cleanly.
    let config: Option<(std::path::PathBuf, String, bool)> = if let Some(dir) = &options.config {
        Some((std::path::PathBuf::from(dir), dir.clone(), true))
    } else if let Some(dir) = std::path::Path::new(path).parent() {
        let dir = if dir.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            dir
        };
        let has_tf = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    // A directory named `x.tf` is not a configuration file.
                    .any(|e| {
                        e.path().extension().is_some_and(|x| x == "tf")
                            && e.file_type().is_ok_and(|t| t.is_file())
                    })
            })
            .unwrap_or(false);
        has_tf.then(|| (dir.to_path_buf(), dir.to_string_lossy().into_owned(), false))
    } else {
        None
    };
    let Some((dir, display, named)) = config else {
        return plan::parse(name, &bytes);
    };
    let mut input = plan::parse(name, &bytes)?;
    // Read after the plan, not beside it on another thread: both at once cost more memory
    // (a second allocator arena) than they saved time.
    let configuration = hcl::read(&dir, &display, &options.variables);
    match configuration {
        Ok(configuration) if configuration.errors.is_empty() => enrich(&mut input, &configuration),
        Ok(configuration) if named => input.notes.push(format!(
            "no file:line origins: the configuration in {display} could not be read: {}",
            configuration.errors.join("; ")
        )),
        Err(e) if named => input.notes.push(format!(
            "no file:line origins: the configuration in {display} could not be read: {e:#}"
        )),
        _ => {}
    }
    Ok(input)
}

/// Gives a plan's groups, workloads and permissions the `file:line` of the blocks that declare them in
/// the configuration: the exact block when the permission is found there, else the resource.
fn enrich(input: &mut Input, configuration: &Input) {
    use std::collections::BTreeMap;
    // Keys borrowed from the permissions (nothing is cloned to look one up).
    fn key(
        p: &crate::model::Permission,
    ) -> (
        &str,
        crate::model::Direction,
        &crate::model::Protocol,
        &crate::model::Ports,
        &crate::model::Peer,
    ) {
        (&p.resource, p.direction, &p.protocol, &p.ports, &p.peer)
    }
    let mut exact = BTreeMap::new();
    let mut by_resource = BTreeMap::new();
    for p in &configuration.after {
        if let Some(origin) = &p.origin {
            exact.insert(key(p), origin);
            if p.resource != p.group {
                by_resource.insert(p.resource.as_str(), origin);
            }
        }
    }
    for g in configuration.groups.values() {
        if let Some(origin) = &g.origin {
            by_resource.entry(g.address.as_str()).or_insert(origin);
        }
    }
    for p in input.before.iter_mut().chain(input.after.iter_mut()) {
        if p.origin.is_none() {
            p.origin = exact
                .get(&key(p))
                .or_else(|| by_resource.get(p.resource.as_str()))
                .map(|o| (*o).clone());
        }
    }
    for g in input.groups.values_mut() {
        if g.origin.is_none() {
            g.origin = configuration
                .groups
                .get(&g.address)
                .and_then(|c| c.origin.clone());
        }
    }
    for w in input.workloads.values_mut() {
        if w.origin.is_none() {
            w.origin = configuration
                .workloads
                .get(&w.address)
                .and_then(|c| c.origin.clone());
        }
    }
}

/// A saved plan file (`terraform plan -out`) is a zip archive; only terraform can decode it.
fn convert_binary_plan(path: &str, name: &str, terraform: &str) -> Result<Vec<u8>> {
    let hint = format!(
        "run `terraform show -json {path} > plan.json` in the Terraform directory and pass plan.json"
    );
    if path == "-" {
        bail!("{name}: this is a binary plan file, not JSON; {hint}");
    }
    let output = match Command::new(terraform)
        .args(["show", "-json", path])
        .output()
    {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!(
                "{name}: this is a binary plan file and `{terraform}` was not found to convert it; {hint}"
            )
        }
        Err(e) => bail!("{name}: cannot run terraform to convert the binary plan ({e}); {hint}"),
    };
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first = stderr
            .lines()
            .map(|l| {
                l.trim_matches(|c: char| c.is_whitespace() || c == '│' || c == '╷' || c == '╵')
            })
            .find(|l| !l.is_empty())
            .unwrap_or("no message");
        bail!("{name}: `{terraform} show -json` failed on this binary plan: {first}; {hint}");
    }
    Ok(output.stdout)
}
