//! `.sgaudit.hcl`: which packs to load, rules to disable, severity overrides, gate defaults,
//! named networks and group sets rules can refer to, and waivers. Same HCL conventions as the
//! packs: an unknown block or field is an error at `file:line:col` that lists what is valid.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use hcl_edit::Span;
use hcl_edit::structure::{Block, Structure};
use ipnet::IpNet;

use super::pack::{At, label, line_column, locator, parse_file, port_list, string, strings};
use super::severity::Severity;
use crate::access::Access;

/// The file name looked for, walking up from the input.
pub const FILE_NAME: &str = ".sgaudit.hcl";

/// A pack to load: built in (by name) or a directory of `.hcl` files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackSource {
    BuiltIn(String),
    Dir(PathBuf),
}

/// Which findings can fail the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    New,
    All,
}

/// An accepted finding: which rule, narrowed by group, ports, protocol and peer.
#[derive(Clone, Debug, Default)]
pub struct Waiver {
    pub rule: String,
    pub group: Option<String>,
    pub ports: Option<Vec<(u16, u16)>>,
    pub protocol: Option<String>,
    pub peer: Option<String>,
    pub reason: String,
    /// `(year, month, day)`.
    pub expires: Option<(i32, u32, u32)>,
    /// Where the waiver is written (`.sgaudit.hcl:12`).
    pub origin: crate::model::Origin,
}

/// The configuration; everything is optional.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Where it was read from, when it was.
    pub path: Option<String>,
    pub packs: Option<Vec<PackSource>>,
    pub disable: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
    pub fail_on: Option<Severity>,
    pub fail_scope: Option<Scope>,
    pub networks: BTreeMap<String, Vec<IpNet>>,
    /// The networks marked `trusted = true`, by name.
    pub trusted: Vec<String>,
    /// `broad_addresses`: a CIDR holding more addresses than this is broad (the exposure
    /// field `broad`); [`BROAD_ADDRESSES`](super::fields::BROAD_ADDRESSES) when the configuration does not say.
    pub broad_addresses: Option<u32>,
    pub group_sets: BTreeMap<String, Vec<String>>,
    pub waivers: Vec<Waiver>,
    /// The account's quotas (`quotas { rules_per_group = 120 }`), AWS's defaults where it says
    /// nothing.
    pub quotas: super::quotas::Quotas,
    /// `fail_on_apply_errors`: whether a new finding of a rule that predicts an apply error
    /// fails the run whatever its severity (true unless it says otherwise).
    pub fail_on_apply_errors: Option<bool>,
    /// The rule ids `disable` and `severity` name, each with the field and the place it is
    /// written (`.sgaudit.hcl:3:14`), so that an id no pack defines is a located error.
    pub rule_names: Vec<RuleName>,
}

/// A rule id the configuration names in `disable` or `severity`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleName {
    pub id: String,
    /// `disable` or `severity`.
    pub field: &'static str,
    /// `file:line:col`.
    pub at: String,
}

const FIELDS: [&str; 7] = [
    "packs",
    "disable",
    "severity",
    "fail_on",
    "fail_scope",
    "fail_on_apply_errors",
    "broad_addresses",
];
const NETWORK_FIELDS: [&str; 2] = ["cidrs", "trusted"];

const BLOCKS: [&str; 4] = ["network", "group_set", "waiver", "quotas"];
const QUOTA_FIELDS: [&str; 3] = ["rules_per_group", "groups_per_interface", "nacl_rules"];
const WAIVER_FIELDS: [&str; 7] = [
    "rule", "group", "ports", "protocol", "peer", "reason", "expires",
];

/// Finds `.sgaudit.hcl` in the input's directory or one above it, up to `root` (the root of
/// the run, canonical) and never above it: a file above the repository is not the
/// repository's. Any entry of that name counts, so that a FIFO or a link out of the
/// repository is refused when read rather than silently passed over.
pub fn find(input: &Path, access: &Access) -> Option<PathBuf> {
    let root = access.root();
    let start = if input.is_dir() {
        input.to_path_buf()
    } else {
        input.parent()?.to_path_buf()
    };
    let start = if start.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        start
    };
    let start = start.canonicalize().ok()?;
    let candidate = start
        .ancestors()
        .take_while(|dir| dir.starts_with(root))
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.symlink_metadata().is_ok())?;
    // Named in messages relative to the working directory when it is under it.
    Some(access.shown(&candidate))
}

/// Reads a configuration file. `name` is how it is named in messages; relative pack
/// directories are relative to the file's directory. `held`: the access of the run when the
/// file lies in its root, whose pack directories must then lie in the root too.
pub fn parse(
    name: &str,
    text: &str,
    dir: &Path,
    held: Option<&Access>,
) -> Result<Settings, String> {
    let body = parse_file(name, text)?;
    let at = locator(name, text);
    let line_of = |span: Option<std::ops::Range<usize>>| line_column(text, span).0;
    let mut settings = Settings {
        path: Some(name.to_owned()),
        ..Settings::default()
    };
    // Where each network and group set is first defined (its line), to locate a second.
    let mut defined: BTreeMap<(&str, String), usize> = BTreeMap::new();
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                let (key, v, span) = (a.key.as_str(), &a.value, a.value.span());
                match key {
                    "packs" => {
                        let items = strings(v).ok_or_else(|| {
                            at(
                                span.clone(),
                                "packs must be a list of built-in pack names or directories"
                                    .to_owned(),
                            )
                        })?;
                        settings.packs = Some(
                            items
                                .into_iter()
                                .map(|p| {
                                    pack_source(&p, dir, name, held)
                                        .map_err(|m| at(span.clone(), m))
                                })
                                .collect::<Result<_, _>>()?,
                        );
                    }
                    "disable" => {
                        settings.disable = strings(v).ok_or_else(|| {
                            at(span, "disable must be a list of rule ids".to_owned())
                        })?;
                        if let hcl_edit::expr::Expression::Array(items) = v {
                            for (id, item) in settings.disable.iter().zip(items.iter()) {
                                settings.rule_names.push(RuleName {
                                    id: id.clone(),
                                    field: "disable",
                                    at: position(name, text, item.span()),
                                });
                            }
                        }
                    }
                    "severity" => {
                        let hcl_edit::expr::Expression::Object(o) = v else {
                            return Err(at(
                                span,
                                "severity must be an object of rule = \"severity\"".to_owned(),
                            ));
                        };
                        for (k, value) in o.iter() {
                            let rule = match k {
                                hcl_edit::expr::ObjectKey::Ident(i) => i.as_str().to_owned(),
                                hcl_edit::expr::ObjectKey::Expression(e) => {
                                    string(e).unwrap_or_default()
                                }
                            };
                            let s = string(value.expr()).unwrap_or_default();
                            let severity = Severity::parse(&s).ok_or_else(|| {
                                at(
                                    value.expr().span(),
                                    format!(
                                        "severity {s:?} is not one of {}",
                                        Severity::NAMES.join(", ")
                                    ),
                                )
                            })?;
                            settings.rule_names.push(RuleName {
                                id: rule.clone(),
                                field: "severity",
                                at: position(name, text, k.span()),
                            });
                            settings.severity.insert(rule, severity);
                        }
                    }
                    "fail_on" => {
                        let s = string(v).unwrap_or_default();
                        settings.fail_on = Some(Severity::parse(&s).ok_or_else(|| {
                            at(
                                span,
                                format!(
                                    "fail_on {s:?} is not one of {}",
                                    Severity::NAMES.join(", ")
                                ),
                            )
                        })?);
                    }
                    "fail_scope" => {
                        settings.fail_scope = Some(match string(v).as_deref() {
                            Some("new") => Scope::New,
                            Some("all") => Scope::All,
                            other => {
                                return Err(at(
                                    span,
                                    format!(
                                        "fail_scope {:?} is not one of new, all",
                                        other.unwrap_or_default()
                                    ),
                                ));
                            }
                        });
                    }
                    "fail_on_apply_errors" => {
                        let hcl_edit::expr::Expression::Bool(b) = v else {
                            return Err(at(
                                span,
                                "fail_on_apply_errors must be true or false".to_owned(),
                            ));
                        };
                        settings.fail_on_apply_errors = Some(*b.value());
                    }
                    "broad_addresses" => {
                        let n = match v {
                            hcl_edit::expr::Expression::Number(n) => {
                                n.as_u64().and_then(|n| u32::try_from(n).ok())
                            }
                            _ => None,
                        };
                        settings.broad_addresses = Some(n.ok_or_else(|| {
                            at(
                                span,
                                format!(
                                    "broad_addresses must be a whole number of addresses (0 to {})",
                                    u32::MAX
                                ),
                            )
                        })?);
                    }
                    other => {
                        return Err(at(
                            a.key.span(),
                            format!(
                                "unknown field {other:?}; valid: {}, and blocks {}",
                                FIELDS.join(", "),
                                BLOCKS.join(", ")
                            ),
                        ));
                    }
                }
            }
            Structure::Block(b) => match b.ident.as_str() {
                "network" => {
                    let name = one_label(b, "network", &at)?;
                    once(&mut defined, b, "network", &name, &at, line_of(b.span()))?;
                    let cidrs = field(b, "cidrs", &NETWORK_FIELDS, &at)?
                        .ok_or_else(|| at(b.span(), format!("network {name:?} has no cidrs")))?;
                    let list = strings(cidrs).ok_or_else(|| {
                        at(
                            cidrs.span(),
                            "cidrs must be a list of CIDR blocks".to_owned(),
                        )
                    })?;
                    let nets = list
                        .iter()
                        .map(|c| match c.parse::<IpNet>() {
                            // As the AWS provider: a CIDR block is its network address.
                            Ok(n) if n.trunc() == n => Ok(n),
                            Ok(n) => Err(at(
                                cidrs.span(),
                                format!(
                                    "{c:?} is not a network address (did you mean {}?)",
                                    n.trunc()
                                ),
                            )),
                            Err(_) => Err(at(cidrs.span(), format!("{c:?} is not a CIDR block"))),
                        })
                        .collect::<Result<_, _>>()?;
                    match field(b, "trusted", &NETWORK_FIELDS, &at)? {
                        Some(hcl_edit::expr::Expression::Bool(t)) if *t.value() => {
                            settings.trusted.push(name.clone());
                        }
                        None | Some(hcl_edit::expr::Expression::Bool(_)) => {}
                        Some(other) => {
                            return Err(at(
                                other.span(),
                                "trusted must be true or false".to_owned(),
                            ));
                        }
                    }
                    settings.networks.insert(name, nets);
                }
                "group_set" => {
                    let name = one_label(b, "group_set", &at)?;
                    once(&mut defined, b, "group_set", &name, &at, line_of(b.span()))?;
                    let globs = field(b, "addresses", &["addresses"], &at)?.ok_or_else(|| {
                        at(b.span(), format!("group_set {name:?} has no addresses"))
                    })?;
                    settings.group_sets.insert(
                        name,
                        strings(globs).ok_or_else(|| {
                            at(
                                globs.span(),
                                "addresses must be a list of address globs".to_owned(),
                            )
                        })?,
                    );
                }
                "quotas" => {
                    if !b.labels.is_empty() {
                        return Err(at(b.span(), "quotas takes no label".to_owned()));
                    }
                    settings.quotas = quotas(b, &at)?;
                }
                "waiver" => {
                    let mut w = Waiver {
                        origin: crate::model::Origin::at(name, line_of(b.span())),
                        ..Waiver::default()
                    };
                    for s in b.body.iter() {
                        let Structure::Attribute(a) = s else {
                            return Err(at(s.span(), "a waiver holds only fields".to_owned()));
                        };
                        let (key, v, span) = (a.key.as_str(), &a.value, a.value.span());
                        let text = || {
                            string(v)
                                .ok_or_else(|| at(span.clone(), format!("{key} must be a string")))
                        };
                        match key {
                            "rule" => w.rule = text()?,
                            "group" => w.group = Some(text()?),
                            "protocol" => w.protocol = Some(text()?),
                            "peer" => w.peer = Some(text()?),
                            "reason" => w.reason = text()?,
                            "ports" => w.ports = Some(port_list(v, span, &at)?),
                            "expires" => {
                                let date = text()?;
                                w.expires = Some(parse_date(&date).ok_or_else(|| {
                                    at(span, format!("expires {date:?} is not a date (YYYY-MM-DD)"))
                                })?);
                            }
                            other => {
                                return Err(at(
                                    a.key.span(),
                                    format!(
                                        "unknown field {other:?} in waiver; valid: {}",
                                        WAIVER_FIELDS.join(", ")
                                    ),
                                ));
                            }
                        }
                    }
                    if w.rule.is_empty() {
                        return Err(at(b.span(), "a waiver needs the rule it waives".to_owned()));
                    }
                    if w.reason.trim().is_empty() {
                        return Err(at(
                            b.span(),
                            format!("the waiver of {:?} needs a reason", w.rule),
                        ));
                    }
                    settings.waivers.push(w);
                }
                other => {
                    return Err(at(
                        b.span(),
                        format!("unknown block {other:?}; valid: {}", BLOCKS.join(", ")),
                    ));
                }
            },
        }
    }
    Ok(settings)
}

/// The `quotas` block: each field a whole number at least 1; rules per group × groups per
/// interface at most 1,000, as AWS allows
/// (<https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html>).
fn quotas(b: &Block, at: &At) -> Result<super::quotas::Quotas, String> {
    let mut q = super::quotas::Quotas::default();
    for s in b.body.iter() {
        let Structure::Attribute(a) = s else {
            return Err(at(s.span(), "a quotas block holds only fields".to_owned()));
        };
        let key = a.key.as_str();
        let slot = match key {
            "rules_per_group" => &mut q.rules_per_group,
            "groups_per_interface" => &mut q.groups_per_interface,
            "nacl_rules" => &mut q.nacl_rules,
            other => {
                return Err(at(
                    a.key.span(),
                    format!(
                        "unknown field {other:?} in quotas; valid: {}",
                        QUOTA_FIELDS.join(", ")
                    ),
                ));
            }
        };
        let n = match &a.value {
            hcl_edit::expr::Expression::Number(n) => n
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .filter(|&n| n > 0),
            _ => None,
        };
        *slot = n.ok_or_else(|| {
            at(
                a.value.span(),
                format!("{key} must be a whole number, at least 1"),
            )
        })?;
    }
    let product = u64::from(q.rules_per_group) * u64::from(q.groups_per_interface);
    if product > u64::from(super::quotas::RULES_TIMES_GROUPS) {
        return Err(at(
            b.span(),
            format!(
                "quotas: rules_per_group × groups_per_interface is {product}, and AWS allows at most {} (https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html)",
                super::quotas::RULES_TIMES_GROUPS
            ),
        ));
    }
    Ok(q)
}

/// A pack named in `packs`: built in, or a directory relative to the configuration's. A
/// configuration in the root of the run names directories in the root: one outside it, or a
/// link out of it, is refused (a pull request's configuration does not load packs from
/// elsewhere on the runner; `--policy DIR` names one for a run). Messages are unlocated.
fn pack_source(
    p: &str,
    dir: &Path,
    name: &str,
    held: Option<&Access>,
) -> Result<PackSource, String> {
    let names: Vec<&str> = super::BUILT_IN
        .iter()
        .map(|(file, _)| file.trim_end_matches(".hcl"))
        .collect();
    if names.contains(&p) {
        return Ok(PackSource::BuiltIn(p.to_owned()));
    }
    if !(p.contains('/') || p.starts_with('.')) {
        return Err(format!(
            "packs: {p:?} is not a built-in pack ({}) nor a directory (write {:?} for a directory)",
            names.join(", "),
            format!("./{p}")
        ));
    }
    let path = tidy(&dir.join(p));
    if let Some(access) = held {
        if !access.within(&path) {
            return Err(format!(
                "packs: {p:?} lies outside the repository: a configuration in the repository loads pack directories from it only (name another with --policy DIR)"
            ));
        }
        // A missing directory is said so below.
        if path.symlink_metadata().is_ok() {
            access
                .resolve(&path, p)
                .map_err(|e| format!("packs: {e}"))?;
        }
    }
    if path.is_dir() {
        Ok(PackSource::Dir(path))
    } else {
        Err(format!(
            "packs: {p:?} is not a directory (a pack directory is relative to the directory of {name})"
        ))
    }
}

/// Refuses a second network or group set of the same name, at the second block.
fn once<'n>(
    defined: &mut BTreeMap<(&'n str, String), usize>,
    b: &Block,
    what: &'n str,
    name: &str,
    at: &At,
    line: usize,
) -> Result<(), String> {
    match defined.get(&(what, name.to_owned())) {
        Some(first) => Err(at(
            b.span(),
            format!("{what} {name:?} is defined twice (first at line {first})"),
        )),
        None => {
            defined.insert((what, name.to_owned()), line);
            Ok(())
        }
    }
}

/// `file:line:col` of a span of a file.
fn position(name: &str, text: &str, span: Option<std::ops::Range<usize>>) -> String {
    let (line, column) = line_column(text, span);
    format!("{name}:{line}:{column}")
}

fn one_label(b: &Block, what: &str, at: &At) -> Result<String, String> {
    match b.labels.as_slice() {
        [l] => Ok(label(l).to_owned()),
        _ => Err(at(
            b.span(),
            format!("{what} takes one name: {what} \"name\" {{ ... }}"),
        )),
    }
}

/// The field `name` of a block, whose fields must be among `valid`.
fn field<'b>(
    b: &'b Block,
    name: &str,
    valid: &[&str],
    at: &At,
) -> Result<Option<&'b hcl_edit::expr::Expression>, String> {
    let mut found = None;
    for s in b.body.iter() {
        match s {
            Structure::Attribute(a) if a.key.as_str() == name => found = Some(&a.value),
            Structure::Attribute(a) if valid.contains(&a.key.as_str()) => {}
            Structure::Attribute(a) => {
                return Err(at(
                    a.key.span(),
                    format!(
                        "unknown field {:?} in {}; valid: {}",
                        a.key.as_str(),
                        b.ident.as_str(),
                        valid.join(", ")
                    ),
                ));
            }
            Structure::Block(inner) => {
                return Err(at(
                    inner.span(),
                    format!("{} holds no blocks", b.ident.as_str()),
                ));
            }
        }
    }
    Ok(found)
}

/// `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let mut parts = s.splitn(3, '-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    ((1..=12).contains(&m) && (1..=days).contains(&d) && s.len() == 10).then_some((y, m, d))
}

/// Today's date (UTC), or the date `SGAUDIT_TODAY` names (for reproducible runs and tests).
pub fn today() -> (i32, u32, u32) {
    if let Some(d) = std::env::var("SGAUDIT_TODAY")
        .ok()
        .as_deref()
        .and_then(parse_date)
    {
        return d;
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// A path without its `.` components (`a/./b` is `a/b`; nothing left is `.`).
fn tidy(path: &Path) -> PathBuf {
    let kept: PathBuf = path
        .components()
        .filter(|c| *c != std::path::Component::CurDir)
        .collect();
    if kept.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(20_418), (2025, 11, 26));
        assert_eq!(parse_date("2027-02-28"), Some((2027, 2, 28)));
        assert_eq!(parse_date("2027-2-28"), None);
        assert_eq!(parse_date("2027-02-30"), None, "no such day");
        assert_eq!(parse_date("2027-02-29"), None, "not a leap year");
        assert_eq!(parse_date("2028-02-29"), Some((2028, 2, 29)));
        assert_eq!(parse_date("2027-04-31"), None);
    }

    #[test]
    fn mistakes_are_located() {
        let dir = Path::new(".");
        for (text, expected) in [
            (
                "packs = [\"nosuch\"]\n",
                ".sgaudit.hcl:1:9: packs: \"nosuch\" is not a built-in pack (aws-security-groups)",
            ),
            (
                "fail_on = \"severe\"\n",
                "fail_on \"severe\" is not one of critical",
            ),
            (
                "owner = \"me\"\n",
                ".sgaudit.hcl:1:1: unknown field \"owner\"; valid: packs, disable",
            ),
            (
                "network \"office\" {\n  cidr = [\"10.0.0.0/8\"]\n}\n",
                ".sgaudit.hcl:2:3: unknown field \"cidr\" in network; valid: cidrs",
            ),
            (
                "broad_addresses = \"256\"\n",
                ".sgaudit.hcl:1:19: broad_addresses must be a whole number of addresses (0 to 4294967295)",
            ),
            (
                "broad_addresses = -1\n",
                ".sgaudit.hcl:1:19: broad_addresses must be a whole number",
            ),
            (
                "broad_addresses = 4294967296\n",
                ".sgaudit.hcl:1:19: broad_addresses must be a whole number",
            ),
            (
                "broad_addresses = 2.5\n",
                ".sgaudit.hcl:1:19: broad_addresses must be a whole number",
            ),
            (
                "network \"office\" {\n  cidrs   = [\"198.51.100.0/24\"]\n  trusted = \"yes\"\n}\n",
                ".sgaudit.hcl:3:13: trusted must be true or false",
            ),
            (
                "network \"office\" {\n  cidrs = [\"198.51.100.0/24\"]\n  trust = true\n}\n",
                ".sgaudit.hcl:3:3: unknown field \"trust\" in network; valid: cidrs, trusted",
            ),
            (
                "waiver {\n  rule = \"x\"\n}\n",
                ".sgaudit.hcl:1:1: the waiver of \"x\" needs a reason",
            ),
            (
                "waiver {\n  rule = \"x\"\n  reason = \"r\"\n  expires = \"soon\"\n}\n",
                ".sgaudit.hcl:4:13: expires \"soon\" is not a date",
            ),
            (
                "ignore {}\n",
                "unknown block \"ignore\"; valid: network, group_set, waiver, quotas",
            ),
            (
                "quotas {\n  rules_per_group = 120\n  rules = 3\n}\n",
                ".sgaudit.hcl:3:3: unknown field \"rules\" in quotas; valid: rules_per_group, groups_per_interface, nacl_rules",
            ),
            (
                "quotas {\n  nacl_rules = 0\n}\n",
                ".sgaudit.hcl:2:16: nacl_rules must be a whole number, at least 1",
            ),
            (
                "quotas {\n  rules_per_group = 201\n}\n",
                ".sgaudit.hcl:1:1: quotas: rules_per_group × groups_per_interface is 1005, and AWS allows at most 1000",
            ),
            (
                "fail_on_apply_errors = \"no\"\n",
                ".sgaudit.hcl:1:24: fail_on_apply_errors must be true or false",
            ),
            // A second definition would silently replace the first: it is located instead.
            (
                "network \"office\" {\n  cidrs = [\"10.0.0.0/8\"]\n}\n\nnetwork \"office\" {\n  cidrs = [\"0.0.0.0/0\"]\n}\n",
                ".sgaudit.hcl:5:1: network \"office\" is defined twice (first at line 1)",
            ),
            (
                "group_set \"db\" {\n  addresses = [\"a.*\"]\n}\nnetwork \"db\" {\n  cidrs = [\"10.0.0.0/8\"]\n}\ngroup_set \"db\" {\n  addresses = [\"*\"]\n}\n",
                ".sgaudit.hcl:7:1: group_set \"db\" is defined twice (first at line 1)",
            ),
        ] {
            let err = parse(".sgaudit.hcl", text, dir, None).unwrap_err();
            assert!(err.contains(expected), "expected {expected:?} in {err}");
        }
    }

    /// The quotas an account has raised are read, AWS's defaults stand for the others.
    #[test]
    fn quotas_override_the_defaults() {
        let dir = Path::new(".");
        let text = "quotas {\n  rules_per_group = 120\n  nacl_rules = 40\n}\n";
        let settings = parse(".sgaudit.hcl", text, dir, None).unwrap();
        let q = settings.quotas;
        assert_eq!(
            (q.rules_per_group, q.groups_per_interface, q.nacl_rules),
            (120, 5, 40)
        );
        let settings = parse(".sgaudit.hcl", "", dir, None).unwrap();
        assert_eq!(settings.quotas, super::super::quotas::Quotas::default());
    }

    /// `broad_addresses` and trusted networks are read; without them, the default holds and
    /// no network is trusted.
    #[test]
    fn breadth_and_trusted_networks() {
        let dir = Path::new(".");
        let text = "broad_addresses = 16\n\nnetwork \"office\" {\n  cidrs   = [\"198.51.100.0/24\"]\n  trusted = true\n}\n\nnetwork \"partner\" {\n  cidrs   = [\"192.0.2.0/24\"]\n  trusted = false\n}\n\nnetwork \"vpn\" {\n  cidrs = [\"203.0.113.0/24\"]\n}\n";
        let settings = parse(".sgaudit.hcl", text, dir, None).unwrap();
        assert_eq!(settings.broad_addresses, Some(16));
        assert_eq!(settings.trusted, vec!["office".to_owned()]);
        assert_eq!(settings.networks.len(), 3);
        let settings = parse(".sgaudit.hcl", "", dir, None).unwrap();
        assert_eq!(settings.broad_addresses, None);
        assert!(settings.trusted.is_empty());
    }
}
