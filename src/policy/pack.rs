//! Reading a policy pack: `rule` blocks in HCL, validated field by field (the fields of the
//! exposure, group and path blocks are in `fields/`). Every mistake is an error located at
//! `file:line:col` that lists what is valid.

use hcl_edit::Span;
use hcl_edit::structure::{Block, BlockLabel, Body, Structure};

use super::fields::Conditions;
use super::fields::exposure::ExposureBlock;
use super::fields::group::GroupMatch;
use super::fields::nacl::NaclMatch;
use super::fields::path::PathMatch;
use super::fields::workload::WorkloadMatch;
use super::severity::Severity;
// The readers of values `settings.rs` shares with the packs.
pub(super) use super::fields::{At, port_list, string, strings};

/// A policy rule: documentation and what it matches.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Kebab-case, stable forever.
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub why: String,
    pub remediation: String,
    pub references: Vec<String>,
    /// The AWS error its findings predict at apply (`RulesPerSecurityGroupLimitExceeded`):
    /// they are reported as apply failures, and a new one fails the run by default.
    pub apply_error: Option<String>,
    /// The family it belongs to (`public-ingress`): findings of one family about the same
    /// concern are reported once, as the most severe, listing the others (`families.rs`).
    pub family: Option<String>,
    pub matcher: Matcher,
    /// What it matches as the pack writes it: its block's name and each of its fields
    /// (`("exposure", ["direction = \"ingress\"", "ports = [20, 21]"])`), for `explain`.
    pub conditions: (String, Vec<String>),
    /// Where the rule is written (`aws-security-groups.hcl:12`).
    pub origin: crate::model::Origin,
    /// Its id, title and apply error as its findings hold them: one copy for all of them (a
    /// large plan has hundreds of thousands of findings). Made from the fields above when the
    /// rule is read ([`Shared::of`]).
    pub shared: Shared,
}

/// A rule's id, title and apply error, shared by its findings.
#[derive(Clone, Debug)]
pub struct Shared {
    pub id: std::sync::Arc<str>,
    pub title: std::sync::Arc<str>,
    pub apply_error: Option<std::sync::Arc<str>>,
}

impl Shared {
    fn of(id: &str, title: &str, apply_error: Option<&str>) -> Shared {
        Shared {
            id: id.into(),
            title: title.into(),
            apply_error: apply_error.map(Into::into),
        }
    }
}

/// What a rule matches: exposures (one peer, protocol and port range of a group), groups,
/// workloads the internet reaches (paths), network ACLs, or workloads and where they sit. The
/// fields of each block are in `fields/`.
#[derive(Clone, Debug)]
pub enum Matcher {
    Exposure(Box<ExposureBlock>),
    Group(Conditions<GroupMatch>),
    Path(Conditions<PathMatch>),
    NetworkAcl(Conditions<NaclMatch>),
    Workload(Conditions<WorkloadMatch>),
}

const RULE_FIELDS: [&str; 8] = [
    "title",
    "severity",
    "why",
    "remediation",
    "references",
    "apply_error",
    "family",
    "exposure | group | path | network_acl | workload (block)",
];

/// Reads the rules of one pack. `name` is the file name used in messages.
pub fn load_pack(name: &str, text: &str) -> Result<Vec<Rule>, String> {
    let body = parse_file(name, text)?;
    let at = locator(name, text);
    let mut rules: Vec<Rule> = Vec::new();
    // The line of each rule, counted on from the previous rule's start (blocks come in the
    // order of the text): counting each from the top was quadratic in the pack's length.
    let mut counted = (0, 1);
    for s in body.iter() {
        let Structure::Block(block) = s else {
            return Err(at(
                s.span(),
                "a pack holds only `rule \"id\" { ... }` blocks".to_owned(),
            ));
        };
        let id = match block.labels.as_slice() {
            [id] if block.ident.as_str() == "rule" => label(id).to_owned(),
            _ => {
                return Err(at(
                    block.span(),
                    format!(
                        "unknown block {:?}: a pack holds only `rule \"id\" {{ ... }}` blocks",
                        block.ident.as_str()
                    ),
                ));
            }
        };
        if !kebab(&id) {
            return Err(at(
                block.span(),
                format!("rule id {id:?} must be kebab-case (lowercase words joined by -)"),
            ));
        }
        if rules.iter().any(|r| r.id == id) {
            return Err(at(block.span(), format!("rule {id:?} is defined twice")));
        }
        let rule = read_rule(&id, block, &at)?;
        let start = block.span().map_or(0, |s| s.start);
        let line = match text.as_bytes().get(counted.0..start) {
            Some(between) => {
                counted = (
                    start,
                    counted.1 + between.iter().filter(|&&b| b == b'\n').count(),
                );
                counted.1
            }
            None => line_column(text, block.span()).0,
        };
        rules.push(Rule {
            origin: crate::model::Origin::at(name, line),
            ..rule
        });
    }
    Ok(rules)
}

/// Parses one of sgaudit's own HCL files (a pack, the configuration); a syntax error is
/// `name:line:col: message`.
pub(super) fn parse_file(name: &str, text: &str) -> Result<Body, String> {
    hcl_edit::parser::parse_body(text).map_err(|e| {
        let loc = e.location();
        format!("{name}:{}:{}: {}", loc.line(), loc.column(), e.message())
    })
}

/// The line and column (both from 1) where a span of `text` starts.
pub(super) fn line_column(text: &str, span: Option<std::ops::Range<usize>>) -> (usize, usize) {
    let end = span.map_or(0, |s| s.start);
    let (mut line, mut column) = (1, 1);
    for (_, c) in text.char_indices().take_while(|&(i, _)| i < end) {
        if c == '\n' {
            (line, column) = (line + 1, 1);
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// Located messages of a file: `name:line:col: message`.
pub(super) fn locator<'a>(
    name: &'a str,
    text: &'a str,
) -> impl Fn(Option<std::ops::Range<usize>>, String) -> String + 'a {
    move |span, message| {
        let (line, column) = line_column(text, span);
        format!("{name}:{line}:{column}: {message}")
    }
}

/// Whether a name is kebab-case: lowercase words (letters and digits) joined by `-`.
fn kebab(name: &str) -> bool {
    !name.is_empty()
        && name.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

pub(super) fn label(l: &BlockLabel) -> &str {
    match l {
        BlockLabel::Ident(i) => i.as_str(),
        BlockLabel::String(s) => s.value().as_str(),
    }
}

fn read_rule(id: &str, block: &Block, at: &At) -> Result<Rule, String> {
    let (mut title, mut severity, mut why, mut remediation, mut references) =
        (None, None, None, None, Vec::new());
    let mut apply_error = None;
    let mut family = None;
    let mut matcher = None;
    let mut conditions = (String::new(), Vec::new());
    for s in block.body.iter() {
        match s {
            Structure::Attribute(a) => {
                let key = a.key.as_str();
                let span = a.value.span();
                match key {
                    "title" => {
                        title = Some(
                            string(&a.value)
                                .ok_or_else(|| at(span, "title must be a string".to_owned()))?,
                        )
                    }
                    "why" => {
                        why = Some(
                            string(&a.value)
                                .ok_or_else(|| at(span, "why must be a string".to_owned()))?,
                        )
                    }
                    "remediation" => {
                        remediation =
                            Some(string(&a.value).ok_or_else(|| {
                                at(span, "remediation must be a string".to_owned())
                            })?)
                    }
                    "references" => {
                        references = strings(&a.value).ok_or_else(|| {
                            at(span, "references must be a list of strings".to_owned())
                        })?
                    }
                    "apply_error" => {
                        // An AWS error code: words of letters and digits joined by dots
                        // (`InvalidPermission.Duplicate`).
                        let code = string(&a.value).filter(|c| {
                            !c.is_empty()
                                && c.split('.').all(|w| {
                                    w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                                        && w.chars().all(|c| c.is_ascii_alphanumeric())
                                })
                        });
                        apply_error = Some(code.ok_or_else(|| {
                            at(
                                span,
                                "apply_error must be the AWS error code the findings predict (\"RulesPerSecurityGroupLimitExceeded\", \"InvalidPermission.Duplicate\")".to_owned(),
                            )
                        })?);
                    }
                    "family" => {
                        // A name as rule ids are: lowercase words joined by `-`.
                        let name = string(&a.value).filter(|n| kebab(n));
                        family = Some(name.ok_or_else(|| {
                            at(
                                span,
                                "family must be a kebab-case name (\"public-ingress\"): the rules of one family about the same concern are reported once".to_owned(),
                            )
                        })?);
                    }
                    "severity" => {
                        let s = string(&a.value).unwrap_or_default();
                        severity = Some(Severity::parse(&s).ok_or_else(|| {
                            at(
                                span,
                                format!(
                                    "severity {s:?} is not one of {}",
                                    Severity::NAMES.join(", ")
                                ),
                            )
                        })?);
                    }
                    other => {
                        return Err(at(
                            a.key.span(),
                            format!(
                                "unknown field {other:?} in rule {id:?}; valid: {}",
                                RULE_FIELDS.join(", ")
                            ),
                        ));
                    }
                }
            }
            Structure::Block(b) => {
                if matcher.is_some() {
                    return Err(at(
                        b.span(),
                        format!(
                            "rule {id:?} has more than one exposure, group, path, network_acl or workload block"
                        ),
                    ));
                }
                conditions = (
                    b.ident.as_str().to_owned(),
                    b.body
                        .iter()
                        .filter_map(|s| match s {
                            Structure::Attribute(a) => Some(format!(
                                "{} = {}",
                                a.key.as_str(),
                                a.value.to_string().trim()
                            )),
                            Structure::Block(_) => None,
                        })
                        .collect(),
                );
                matcher = Some(match b.ident.as_str() {
                    "exposure" => Matcher::Exposure(Box::new(ExposureBlock::read(&b.body, at)?)),
                    "group" => Matcher::Group(Conditions::read(&b.body, at)?),
                    "path" => Matcher::Path(Conditions::read(&b.body, at)?),
                    "network_acl" => Matcher::NetworkAcl(Conditions::read(&b.body, at)?),
                    "workload" => Matcher::Workload(Conditions::read(&b.body, at)?),
                    other => {
                        return Err(at(
                            b.span(),
                            format!(
                                "unknown block {other:?} in rule {id:?}; valid: exposure, group, path, network_acl, workload"
                            ),
                        ));
                    }
                });
            }
        }
    }
    let missing = |field: &str| at(block.span(), format!("rule {id:?} has no {field}"));
    let title = title.ok_or_else(|| missing("title"))?;
    Ok(Rule {
        id: id.to_owned(),
        shared: Shared::of(id, &title, apply_error.as_deref()),
        title,
        severity: severity.ok_or_else(|| missing("severity"))?,
        why: why.ok_or_else(|| missing("why"))?,
        remediation: remediation.ok_or_else(|| missing("remediation"))?,
        references,
        apply_error,
        family,
        matcher: matcher
            .ok_or_else(|| missing("exposure, group, path, network_acl or workload block"))?,
        conditions,
        origin: crate::model::Origin::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mistakes_are_located_and_list_what_is_valid() {
        let rule = |body: &str| {
            format!(
                "rule \"x\" {{\n  title = \"t\"\n  severity = \"high\"\n  why = \"w\"\n  remediation = \"r\"\n{body}\n}}\n"
            )
        };
        for (text, expected) in [
            (
                rule("  exposure {\n    port = [22]\n  }"),
                "p.hcl:7:5: unknown field \"port\" in exposure; valid: direction, protocols, ports",
            ),
            (
                rule("  exposure {\n    peers = [\"internet\"]\n  }"),
                "p.hcl:7:13: peers: \"internet\" is not one of cidr, security_group, self, prefix_list, unknown",
            ),
            (
                rule("  exposure {}").replace("\"high\"", "\"severe\""),
                "p.hcl:3:14: severity \"severe\" is not one of critical, high, medium, low, info",
            ),
            (
                rule("  exposure {}\n  owner = \"me\""),
                "p.hcl:7:3: unknown field \"owner\" in rule \"x\"; valid: title, severity",
            ),
            (
                rule("").replace("rule \"x\"", "rule \"Bad_Id\""),
                "rule id \"Bad_Id\" must be kebab-case",
            ),
            (
                rule(""),
                "rule \"x\" has no exposure, group, path, network_acl or workload block",
            ),
            (
                rule("  workload {\n    subnet = [\"internet\"]\n  }"),
                "p.hcl:7:14: subnet: \"internet\" is not one of public, maps_public_ip, private, unknown",
            ),
            (
                rule("  group {}\n  apply_error = \"limit exceeded\""),
                "p.hcl:7:17: apply_error must be the AWS error code",
            ),
            (
                rule("  group {}\n  family = \"Public Exposure\""),
                "p.hcl:7:12: family must be a kebab-case name",
            ),
            (
                rule("  group {\n    default = true\n  }"),
                "unknown field \"default\" in group; valid: default_group",
            ),
        ] {
            let err = load_pack("p.hcl", &text).unwrap_err();
            assert!(err.contains(expected), "expected {expected:?} in {err}");
        }
    }
}
