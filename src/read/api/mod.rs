//! The reader of AWS API JSON: what `aws ec2 describe-*` (and
//! `get-managed-prefix-list-entries`) print, from one file, several files or a directory, turned
//! into the one model as a state (everything exists, nothing changes): groups by id with their
//! name and tags, permissions by their `SecurityGroupRuleId`, network interfaces as workloads,
//! and the network layer. sgaudit never calls AWS: the user produces the files with their own
//! credentials. `drift.rs` compares such an account with what Terraform manages.

mod build;
pub mod drift;
mod json;

use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};

use crate::access::{Access, Kind};
use crate::model::Input;

/// How much of a file is looked at to tell API JSON from a plan.
const PEEK: usize = 4096;

/// Whether the first bytes of a file are AWS API JSON (or an error the AWS CLI printed in its
/// place): a JSON object whose first key starts with a capital letter, as every member of the
/// EC2 API's output does in the CLI's JSON (`SecurityGroups`, `Reservations`:
/// <https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-security-groups.html#output>),
/// where every key of Terraform's JSON is lower case (`format_version`).
pub fn recognises(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start();
    if cli_error(text).is_some() {
        return true;
    }
    let Some(rest) = text.strip_prefix('{') else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix('"') else {
        return false;
    };
    rest.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// The AWS CLI's own error, when a file holds it instead of JSON (its standard error
/// redirected with its output): its first line.
fn cli_error(text: &str) -> Option<&str> {
    let first = text.trim_start().lines().next()?;
    (first.starts_with("An error occurred (")
        || first.starts_with("aws: error:")
        || first.starts_with("Could not connect to the endpoint URL"))
    .then_some(first)
}

/// Whether a file starts as AWS API JSON (see [`recognises`]), read through the access (a
/// file it refuses is not; the plan reader then says why).
pub fn file_is_api(path: &Path, access: &Access) -> bool {
    use std::io::Read;
    let Ok((file, _, _)) = access.open(path, &path.to_string_lossy()) else {
        return false;
    };
    let mut head = Vec::new();
    if file.take(PEEK as u64).read_to_end(&mut head).is_err() {
        return false;
    }
    recognises(&head)
}

/// Whether a directory holds AWS API JSON: `.json` files, the first of them (by name) that
/// starts as API JSON (see [`recognises`]), and no `.tf` or `.tf.json` file (a directory with
/// one is a Terraform configuration).
pub fn dir_is_api(dir: &Path, access: &Access) -> bool {
    let Ok(files) = json_files(dir) else {
        return false;
    };
    let configuration = std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.filter_map(Result::ok).any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.ends_with(".tf") || name.ends_with(".tf.json")
        })
    });
    !configuration && files.iter().any(|f| file_is_api(f, access))
}

/// The `.json` files of a directory, sorted by name (its pages in order).
fn json_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let shown = dir.to_string_lossy();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| anyhow!("{shown}: cannot read directory: {e}"))?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Reads AWS API JSON from a file or a directory of `.json` files (each read through the
/// access; together up to the plan cap): one model of everything they describe, a state.
pub fn read(path: &str, access: &Access) -> Result<Input> {
    let p = Path::new(path);
    let files = if p.is_dir() {
        json_files(p)?
            .into_iter()
            .map(|f| {
                let shown = f.to_string_lossy().into_owned();
                (f, shown)
            })
            .collect()
    } else {
        vec![(p.to_path_buf(), path.to_owned())]
    };
    if files.is_empty() {
        bail!("{path}: no .json file of AWS API output here");
    }
    // The files of one account together are held to the plan cap, as one plan is.
    let cap = access.cap(Kind::Plan);
    let mut total: u64 = 0;
    let mut documents = Vec::new();
    for (file, shown) in &files {
        let bytes = access.read(file, shown, Kind::Plan)?;
        total = total.saturating_add(bytes.len() as u64);
        if total > cap {
            bail!(
                "{path}: its AWS API JSON together is {}",
                crate::access::over_cap(Kind::Plan, cap)
            );
        }
        documents.push(parse(shown, &bytes)?);
    }
    input(path, documents)
}

/// The model of what the parsed files describe, read from `path`.
pub fn input(path: &str, documents: Vec<Parsed>) -> Result<Input> {
    build::input(path, documents)
}

/// One file's document, named by its file (the output of `get-managed-prefix-list-entries`
/// names no list, only its `Entries`:
/// <https://docs.aws.amazon.com/cli/latest/reference/ec2/get-managed-prefix-list-entries.html#output>;
/// its file's name holds the list's id, `pl-…`).
pub struct Parsed {
    pub file: String,
    pub document: json::Document,
}

/// Parses one file of AWS API JSON: exactly one of the lists this reads ([`json::KEYS`]),
/// beside at most a page token; an error document of AWS or the CLI, another command's output,
/// or JSON that is not whole is an error at `file:line:col`.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Parsed> {
    use serde::de::IgnoredAny;
    use std::collections::BTreeMap;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let expected = || {
        KEYS_LIST
            .iter()
            .map(|(k, c)| format!("{k} ({c})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(first) = cli_error(&String::from_utf8_lossy(bytes)) {
        let line = String::from_utf8_lossy(bytes)
            .lines()
            .position(|l| l.trim_start() == first.trim_start())
            .map_or(1, |n| n + 1);
        bail!(
            "{name}:{line}:1: an error of the AWS CLI, not its output: {}",
            crate::read::escape_controls(first)
        );
    }
    let keys: BTreeMap<String, IgnoredAny> =
        serde_json::from_slice(bytes).map_err(|e| located(name, bytes, &e))?;
    if let Some(error) = error_document(bytes) {
        bail!(
            "{name}:1:1: an error document of the AWS API, not a command's output: {}",
            crate::read::escape_controls(&error)
        );
    }
    let lists: Vec<&str> = keys
        .keys()
        .map(String::as_str)
        .filter(|k| KEYS_LIST.iter().any(|(key, _)| key == k))
        .collect();
    let others: Vec<&str> = keys
        .keys()
        .map(String::as_str)
        .filter(|k| !KEYS_LIST.iter().any(|(key, _)| key == k) && !json::ALSO.contains(k))
        .collect();
    match (lists.as_slice(), others.as_slice()) {
        ([_], []) => {}
        ([], _) => bail!(
            "{name}:1:1: not the output of a command sgaudit reads (top-level keys: {}); expected one of {}",
            crate::read::escape_controls(&keys.keys().cloned().collect::<Vec<_>>().join(", ")),
            expected()
        ),
        ([_], [other, ..]) => bail!(
            "{name}:1:1: unexpected top-level key {:?} beside {}: one file holds the output of one command",
            crate::read::escape_controls(other),
            lists.join(", ")
        ),
        (_, _) => bail!(
            "{name}:1:1: the outputs of several commands in one file ({}): write each to its own file",
            lists.join(", ")
        ),
    }
    let document: json::Document =
        serde_json::from_slice(bytes).map_err(|e| located(name, bytes, &e))?;
    if document.entries.is_some() && prefix_list_of(name).is_none() {
        bail!(
            "{name}:1:1: get-managed-prefix-list-entries output names no prefix list: name its file by the list's id (e.g. entries.pl-0123456789abcdef0.json)"
        );
    }
    Ok(Parsed {
        file: name.to_owned(),
        document,
    })
}

const KEYS_LIST: [(&str, &str); 11] = json::KEYS;

/// The prefix-list id in a file's name (`entries.pl-0abc.json`).
fn prefix_list_of(file: &str) -> Option<String> {
    let name = Path::new(file).file_name()?.to_string_lossy().into_owned();
    let at = name.find("pl-")?;
    let id: String = name
        .get(at..)?
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    (id.len() > 3).then_some(id)
}

/// The code and message of an error document (`{"Error": {"Code", "Message"}}`, `{"Errors":
/// ...}`, or `{"__type", "message"}`), when the JSON is one.
fn error_document(bytes: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let object = value.as_object()?;
    let error = object
        .get("Error")
        .or_else(|| {
            object
                .get("Errors")
                .and_then(|e| e.get("Error").or(Some(e)))
        })
        .map(|e| e.get(0).unwrap_or(e))
        .or_else(|| object.contains_key("__type").then_some(&value))
        .or_else(|| {
            (object.contains_key("Code") && object.contains_key("Message")).then_some(&value)
        })?;
    let text = |keys: [&str; 2]| {
        keys.iter()
            .find_map(|k| error.get(k).and_then(serde_json::Value::as_str))
            .unwrap_or_default()
            .to_owned()
    };
    let code = text(["Code", "__type"]);
    let message = text(["Message", "message"]);
    Some(match (code.is_empty(), message.is_empty()) {
        (false, false) => format!("{code}: {message}"),
        (false, true) => code,
        (true, false) => message,
        (true, true) => "no code or message".to_owned(),
    })
}

/// A JSON error at its line and column, without serde's own "at line … column …": JSON that
/// does not parse (or ends early), or a member of the wrong type or value.
fn located(name: &str, bytes: &[u8], e: &serde_json::Error) -> anyhow::Error {
    let text = e.to_string();
    let text = text
        .rfind(" at line ")
        .and_then(|i| text.get(..i))
        .unwrap_or(&text);
    let text = crate::read::escape_controls(text);
    let (line, col) = (e.line().max(1), e.column().max(1));
    match e.classify() {
        serde_json::error::Category::Eof => anyhow!(
            "{name}:{line}:{col}: invalid JSON: {text}: the file ends early, was it cut short?"
        ),
        serde_json::error::Category::Data => {
            // serde places a member's error at the end of the object holding it: the value
            // the message quotes is found back before that place.
            let (line, col) = quoted(&text)
                .and_then(|value| {
                    let end = offset(bytes, line, col);
                    let before = bytes.get(..end)?;
                    let at = before
                        .windows(value.len())
                        .rposition(|w| w == value.as_bytes())?;
                    Some(crate::access::line_column(bytes, at))
                })
                .unwrap_or((line, col));
            anyhow!("{name}:{line}:{col}: {text}")
        }
        _ => anyhow!("{name}:{line}:{col}: invalid JSON: {text}"),
    }
}

/// The first `"…"` of a message, quotes included.
fn quoted(text: &str) -> Option<&str> {
    let start = text.find('"')?;
    let len = text.get(start + 1..)?.find('"')?;
    text.get(start..start + len + 2)
}

/// The byte offset of a 1-based line and column.
fn offset(bytes: &[u8], line: usize, col: usize) -> usize {
    let start: usize = bytes
        .split_inclusive(|&b| b == b'\n')
        .take(line.saturating_sub(1))
        .map(<[u8]>::len)
        .sum();
    (start + col).min(bytes.len())
}

#[cfg(test)]
mod tests;
