//! Reading a policy pack: `rule` blocks in HCL, validated field by field. Every mistake is an
//! error located at `file:line:col` that lists what is valid.

use hcl_edit::Span;
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Block, BlockLabel, Body, Structure};
use hcl_edit::template::Element;

use super::Severity;
use crate::model::{Change, Growth, WorkloadKind};

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
    pub matcher: Matcher,
    /// Where the rule is written (`aws-security-groups.hcl:12`).
    pub origin: crate::model::Origin,
}

/// What a rule matches: exposures (one peer, protocol and port range of a group), groups, or
/// workloads the internet reaches (paths).
#[derive(Clone, Debug)]
pub enum Matcher {
    Exposure(Box<ExposureMatch>),
    Group(GroupMatch),
    Path(PathMatch),
}

/// Conditions on the paths from the internet to one workload; a finding per workload whose
/// paths match before or after the change.
#[derive(Clone, Debug, Default)]
pub struct PathMatch {
    /// The workload is of one of these kinds.
    pub kinds: Option<Vec<String>>,
    /// The path is one hop: the workload's own groups admit the internet.
    pub direct: Option<bool>,
    /// The path's first workload can hold a public address: `yes`, `no`, `unknown`.
    pub public_address: Option<Vec<String>>,
    /// The last hop allows one of these protocols.
    pub protocols: Option<Vec<String>>,
    /// The last hop allows one of these ports.
    pub ports: Option<Vec<(u16, u16)>>,
    /// What the change does to the workload's being reached by a matching path: `added` (no
    /// matching path before), `unchanged`, `removed` (none after).
    pub status: Option<Vec<String>>,
}

/// Conditions on one exposure; every condition that is set must hold.
#[derive(Clone, Debug, Default)]
pub struct ExposureMatch {
    /// Conditions that, when they all hold too, excuse the exposure (`unless { ... }`).
    pub unless: Option<Box<ExposureMatch>>,
    pub direction: Option<String>,
    pub protocols: Option<Vec<String>>,
    pub ports: Option<Vec<(u16, u16)>>,
    pub ports_outside: Option<Vec<(u16, u16)>>,
    pub port_span_at_least: Option<u32>,
    pub all_ports: Option<bool>,
    pub peers: Option<Vec<String>>,
    pub family: Option<String>,
    pub public: Option<bool>,
    pub world: Option<bool>,
    pub prefix_shorter_than: Option<u8>,
    pub status: Option<Vec<String>>,
    pub default_group: Option<bool>,
    pub lifecycle: Option<Vec<String>>,
    pub address: Option<String>,
    pub name: Option<String>,
    pub tags: Option<Vec<(String, String)>>,
    pub replaced_because: Option<Vec<String>>,
    /// The peer's addresses all lie within these networks (names from the config, or CIDRs).
    pub within: Option<Vec<String>>,
    /// Some of the peer's addresses lie outside these networks.
    pub outside: Option<Vec<String>>,
    /// The exposure's group is in one of these group sets.
    pub group_sets: Option<Vec<String>>,
    /// The peer is a security group in one of these group sets.
    pub peer_group_sets: Option<Vec<String>>,
    /// A workload of the input holds the group (`false`: it is known that none does).
    pub attached: Option<bool>,
    /// A workload of one of these kinds holds the group.
    pub workload_kinds: Option<Vec<String>>,
}

/// Conditions on a group as a whole.
#[derive(Clone, Debug, Default)]
pub struct GroupMatch {
    pub public_ingress: Option<bool>,
    pub self_all_traffic: Option<bool>,
    pub replaced_because: Option<Vec<String>>,
    pub name: Option<String>,
    pub tags: Option<Vec<(String, String)>>,
    pub ports_ignored: Option<bool>,
    pub referenced: Option<bool>,
    pub permission_description_missing: Option<bool>,
    pub default_group: Option<bool>,
    pub has_permissions: Option<bool>,
    pub lifecycle: Option<Vec<String>>,
    pub address: Option<String>,
    pub permissions_at_least: Option<u32>,
    pub mixed_inline_and_standalone: Option<bool>,
    pub description_missing: Option<bool>,
    /// A workload holds the group after the change (`false`: it is known that none does).
    pub attached: Option<bool>,
}

const RULE_FIELDS: [&str; 6] = [
    "title",
    "severity",
    "why",
    "remediation",
    "references",
    "exposure | group | path (block)",
];
const EXPOSURE_FIELDS: [&str; 24] = [
    "direction",
    "protocols",
    "ports",
    "ports_outside",
    "port_span_at_least",
    "all_ports",
    "peers",
    "family",
    "public",
    "world",
    "prefix_shorter_than",
    "status",
    "default_group",
    "lifecycle",
    "address",
    "name",
    "tags",
    "replaced_because",
    "within",
    "outside",
    "group_sets",
    "peer_group_sets",
    "attached",
    "workload_kinds",
];
const GROUP_FIELDS: [&str; 16] = [
    "default_group",
    "has_permissions",
    "lifecycle",
    "address",
    "permissions_at_least",
    "mixed_inline_and_standalone",
    "description_missing",
    "permission_description_missing",
    "ports_ignored",
    "referenced",
    "name",
    "tags",
    "replaced_because",
    "public_ingress",
    "self_all_traffic",
    "attached",
];
const PATH_FIELDS: [&str; 6] = [
    "kinds",
    "direct",
    "public_address",
    "protocols",
    "ports",
    "status",
];
const PUBLIC_ADDRESS: [&str; 3] = ["yes", "no", "unknown"];
const PATH_STATUSES: [&str; 3] = [
    Change::Added.as_str(),
    Change::Unchanged.as_str(),
    Change::Removed.as_str(),
];
const DIRECTIONS: [&str; 2] = ["ingress", "egress"];
const PEERS: [&str; 5] = ["cidr", "security_group", "self", "prefix_list", "unknown"];
const FAMILIES: [&str; 2] = ["ipv4", "ipv6"];
const STATUSES: [&str; 4] = [
    Change::Added.as_str(),
    Growth::Widened.as_str(),
    Change::Unchanged.as_str(),
    Change::Removed.as_str(),
];
/// The words `status` took before JSON schema 2, and the ones that replaced them.
const RENAMED_STATUSES: [(&str, Change); 3] = [
    ("new", Change::Added),
    ("existing", Change::Unchanged),
    ("resolved", Change::Removed),
];
const LIFECYCLES: [&str; 6] = ["create", "update", "replace", "delete", "forget", "no-op"];

/// Reads the rules of one pack. `name` is the file name used in messages.
pub fn load_pack(name: &str, text: &str) -> Result<Vec<Rule>, String> {
    let body = parse_file(name, text)?;
    let at = locator(name, text);
    let mut rules: Vec<Rule> = Vec::new();
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
        let kebab = !id.is_empty()
            && id.split('-').all(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            });
        if !kebab {
            return Err(at(
                block.span(),
                format!("rule id {id:?} must be kebab-case (lowercase words joined by -)"),
            ));
        }
        if rules.iter().any(|r| r.id == id) {
            return Err(at(block.span(), format!("rule {id:?} is defined twice")));
        }
        let rule = read_rule(&id, block, &at)?;
        let (line, _) = line_column(text, block.span());
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

pub(super) type At<'a> = dyn Fn(Option<std::ops::Range<usize>>, String) -> String + 'a;

pub(super) fn label(l: &BlockLabel) -> &str {
    match l {
        BlockLabel::Ident(i) => i.as_str(),
        BlockLabel::String(s) => s.value().as_str(),
    }
}

fn read_rule(id: &str, block: &Block, at: &At) -> Result<Rule, String> {
    let (mut title, mut severity, mut why, mut remediation, mut references) =
        (None, None, None, None, Vec::new());
    let mut matcher = None;
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
                        format!("rule {id:?} has more than one exposure, group or path block"),
                    ));
                }
                matcher = Some(match b.ident.as_str() {
                    "exposure" => Matcher::Exposure(Box::new(read_exposure(&b.body, at)?)),
                    "group" => Matcher::Group(read_group(&b.body, at)?),
                    "path" => Matcher::Path(read_path(&b.body, at)?),
                    other => {
                        return Err(at(
                            b.span(),
                            format!(
                                "unknown block {other:?} in rule {id:?}; valid: exposure, group, path"
                            ),
                        ));
                    }
                });
            }
        }
    }
    let missing = |field: &str| at(block.span(), format!("rule {id:?} has no {field}"));
    Ok(Rule {
        id: id.to_owned(),
        title: title.ok_or_else(|| missing("title"))?,
        severity: severity.ok_or_else(|| missing("severity"))?,
        why: why.ok_or_else(|| missing("why"))?,
        remediation: remediation.ok_or_else(|| missing("remediation"))?,
        references,
        matcher: matcher.ok_or_else(|| missing("exposure, group or path block"))?,
        origin: crate::model::Origin::default(),
    })
}

fn read_exposure(body: &Body, at: &At) -> Result<ExposureMatch, String> {
    read_exposure_fields(body, at, true)
}

fn read_exposure_fields(body: &Body, at: &At, outer: bool) -> Result<ExposureMatch, String> {
    let mut m = ExposureMatch::default();
    for s in body.iter() {
        let a = match s {
            Structure::Attribute(a) => a,
            Structure::Block(b) if outer && b.ident.as_str() == "unless" && m.unless.is_none() => {
                m.unless = Some(Box::new(read_exposure_fields(&b.body, at, false)?));
                continue;
            }
            other => {
                let what = if outer {
                    "fields and one `unless` block"
                } else {
                    "fields"
                };
                return Err(at(
                    other.span(),
                    format!("an exposure block holds only {what}"),
                ));
            }
        };
        let (key, v, span) = (a.key.as_str(), &a.value, a.value.span());
        match key {
            "direction" => m.direction = Some(one_of(v, &DIRECTIONS, key, span.clone(), at)?),
            "protocols" => m.protocols = Some(protocols(v, span, at)?),
            "ports" => m.ports = Some(port_list(v, span, at)?),
            "ports_outside" => m.ports_outside = Some(port_list(v, span, at)?),
            "port_span_at_least" => m.port_span_at_least = Some(number(v, key, span, at)?),
            "all_ports" => m.all_ports = Some(boolean(v, key, span, at)?),
            "peers" => m.peers = Some(list_of(v, &PEERS, key, span, at)?),
            "family" => m.family = Some(one_of(v, &FAMILIES, key, span, at)?),
            "public" => m.public = Some(boolean(v, key, span, at)?),
            "world" => m.world = Some(boolean(v, key, span, at)?),
            "prefix_shorter_than" => {
                m.prefix_shorter_than = Some(
                    u8::try_from(number(v, key, span.clone(), at)?)
                        .map_err(|_| at(span, "prefix_shorter_than must be 0-128".to_owned()))?,
                )
            }
            "status" => m.status = Some(statuses(v, &STATUSES, span, at)?),
            "default_group" => m.default_group = Some(boolean(v, key, span, at)?),
            "lifecycle" => m.lifecycle = Some(list_of(v, &LIFECYCLES, key, span, at)?),
            "address" => m.address = Some(glob(v, key, span, at)?),
            "name" => m.name = Some(glob(v, key, span, at)?),
            "tags" => m.tags = Some(tag_globs(v, span, at)?),
            "replaced_because" => m.replaced_because = Some(attribute_names(v, span, at)?),
            "attached" => m.attached = Some(boolean(v, key, span, at)?),
            "workload_kinds" => {
                m.workload_kinds = Some(list_of(v, &WorkloadKind::NAMES, key, span, at)?)
            }
            "within" | "outside" | "group_sets" | "peer_group_sets" => {
                let names = strings(v)
                    .ok_or_else(|| at(span.clone(), format!("{key} must be a list of names")))?;
                let slot = match key {
                    "within" => &mut m.within,
                    "outside" => &mut m.outside,
                    "group_sets" => &mut m.group_sets,
                    _ => &mut m.peer_group_sets,
                };
                *slot = Some(names);
            }
            other => {
                return Err(at(
                    a.key.span(),
                    format!(
                        "unknown field {other:?} in exposure; valid: {}",
                        EXPOSURE_FIELDS.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(m)
}

fn read_group(body: &Body, at: &At) -> Result<GroupMatch, String> {
    let mut m = GroupMatch::default();
    for s in body.iter() {
        let Structure::Attribute(a) = s else {
            return Err(at(s.span(), "a group block holds only fields".to_owned()));
        };
        let (key, v, span) = (a.key.as_str(), &a.value, a.value.span());
        match key {
            "default_group" => m.default_group = Some(boolean(v, key, span, at)?),
            "has_permissions" => m.has_permissions = Some(boolean(v, key, span, at)?),
            "lifecycle" => m.lifecycle = Some(list_of(v, &LIFECYCLES, key, span, at)?),
            "address" => m.address = Some(glob(v, key, span, at)?),
            "permissions_at_least" => m.permissions_at_least = Some(number(v, key, span, at)?),
            "mixed_inline_and_standalone" => {
                m.mixed_inline_and_standalone = Some(boolean(v, key, span, at)?)
            }
            "description_missing" => m.description_missing = Some(boolean(v, key, span, at)?),
            "permission_description_missing" => {
                m.permission_description_missing = Some(boolean(v, key, span, at)?)
            }
            "ports_ignored" => m.ports_ignored = Some(boolean(v, key, span, at)?),
            "referenced" => m.referenced = Some(boolean(v, key, span, at)?),
            "public_ingress" => m.public_ingress = Some(boolean(v, key, span, at)?),
            "self_all_traffic" => m.self_all_traffic = Some(boolean(v, key, span, at)?),
            "attached" => m.attached = Some(boolean(v, key, span, at)?),
            "name" => m.name = Some(glob(v, key, span, at)?),
            "tags" => m.tags = Some(tag_globs(v, span, at)?),
            "replaced_because" => m.replaced_because = Some(attribute_names(v, span, at)?),
            other => {
                return Err(at(
                    a.key.span(),
                    format!(
                        "unknown field {other:?} in group; valid: {}",
                        GROUP_FIELDS.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(m)
}

fn read_path(body: &Body, at: &At) -> Result<PathMatch, String> {
    let mut m = PathMatch::default();
    for s in body.iter() {
        let Structure::Attribute(a) = s else {
            return Err(at(s.span(), "a path block holds only fields".to_owned()));
        };
        let (key, v, span) = (a.key.as_str(), &a.value, a.value.span());
        match key {
            "kinds" => m.kinds = Some(list_of(v, &WorkloadKind::NAMES, key, span, at)?),
            "direct" => m.direct = Some(boolean(v, key, span, at)?),
            "public_address" => {
                m.public_address = Some(list_of(v, &PUBLIC_ADDRESS, key, span, at)?)
            }
            "protocols" => m.protocols = Some(protocols(v, span, at)?),
            "ports" => m.ports = Some(port_list(v, span, at)?),
            "status" => m.status = Some(statuses(v, &PATH_STATUSES, span, at)?),
            other => {
                return Err(at(
                    a.key.span(),
                    format!(
                        "unknown field {other:?} in path; valid: {}",
                        PATH_FIELDS.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(m)
}

/// A string literal or a template made only of literal text (heredocs).
pub(super) fn string(e: &Expression) -> Option<String> {
    match e {
        Expression::String(s) => Some(s.value().to_string()),
        Expression::HeredocTemplate(h) => literal_template(&h.template),
        Expression::StringTemplate(t) => literal_template(t),
        _ => None,
    }
}

pub(super) fn literal_template(t: &hcl_edit::template::Template) -> Option<String> {
    t.iter()
        .map(|e| match e {
            Element::Literal(s) => Some(s.value().to_string()),
            _ => None,
        })
        .collect()
}

/// `{ env = "prod*" }`: tag name → glob.
pub(super) fn tags(e: &Expression) -> Option<Vec<(String, String)>> {
    let Expression::Object(o) = e else {
        return None;
    };
    o.iter()
        .map(|(k, v)| {
            let key = match k {
                hcl_edit::expr::ObjectKey::Ident(i) => i.as_str().to_owned(),
                hcl_edit::expr::ObjectKey::Expression(e) => string(e)?,
            };
            Some((key, string(v.expr())?))
        })
        .collect()
}

pub(super) fn strings(e: &Expression) -> Option<Vec<String>> {
    match e {
        Expression::Array(a) => a.iter().map(string).collect(),
        _ => None,
    }
}

pub(super) fn number(
    e: &Expression,
    key: &str,
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<u32, String> {
    match e {
        Expression::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        _ => None,
    }
    .ok_or_else(|| at(span, format!("{key} must be a whole number")))
}

pub(super) fn boolean(
    e: &Expression,
    key: &str,
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<bool, String> {
    match e {
        Expression::Bool(b) => Ok(*b.value()),
        _ => Err(at(span, format!("{key} must be true or false"))),
    }
}

pub(super) fn one_of(
    e: &Expression,
    valid: &[&str],
    key: &str,
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<String, String> {
    match string(e) {
        Some(s) if valid.contains(&s.as_str()) => Ok(s),
        other => Err(at(
            span,
            format!(
                "{key} {:?} is not one of {}",
                other.unwrap_or_default(),
                valid.join(", ")
            ),
        )),
    }
}

pub(super) fn list_of(
    e: &Expression,
    valid: &[&str],
    key: &str,
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<Vec<String>, String> {
    let items =
        strings(e).ok_or_else(|| at(span.clone(), format!("{key} must be a list of strings")))?;
    match items.iter().find(|i| !valid.contains(&i.as_str())) {
        Some(bad) => Err(at(
            span,
            format!("{key}: {bad:?} is not one of {}", valid.join(", ")),
        )),
        None => Ok(items),
    }
}

/// `status`: one of `valid`. A word it took before JSON schema 2 is an error that names the
/// word replacing it.
fn statuses(
    e: &Expression,
    valid: &[&str],
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<Vec<String>, String> {
    let renamed = strings(e).into_iter().flatten().find_map(|word| {
        RENAMED_STATUSES
            .iter()
            .find(|(old, _)| *old == word)
            .copied()
    });
    if let Some((old, new)) = renamed {
        // `new` did not match widened exposures; `added` does.
        let widened = Growth::Widened.as_str();
        let also = if new == Change::Added && valid.contains(&widened) {
            format!(" (which also matches {widened:?} exposures)")
        } else {
            String::new()
        };
        return Err(at(
            span,
            format!("status: {old:?} is now {:?}{also}", new.as_str()),
        ));
    }
    list_of(e, valid, "status", span, at)
}

fn protocols(
    e: &Expression,
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<Vec<String>, String> {
    let items = strings(e).ok_or_else(|| {
        at(
            span.clone(),
            "protocols must be a list of strings".to_owned(),
        )
    })?;
    items
        .into_iter()
        .map(|p| match crate::model::Protocol::parse(&p) {
            Ok(parsed) => Ok(parsed.to_string()),
            Err(_) => Err(at(span.clone(), format!("protocols: {p:?} is not one of tcp, udp, icmp, icmpv6, all or a protocol number"))),
        })
        .collect()
}

/// A glob string (`address`, `name`).
fn glob(
    e: &Expression,
    key: &str,
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<String, String> {
    string(e).ok_or_else(|| at(span, format!("{key} must be a glob string")))
}

/// `tags = { name = "glob" }`.
fn tag_globs(
    e: &Expression,
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<Vec<(String, String)>, String> {
    tags(e).ok_or_else(|| at(span, "tags must be an object of tag = \"glob\"".to_owned()))
}

/// `replaced_because = ["description", ...]`.
fn attribute_names(
    e: &Expression,
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<Vec<String>, String> {
    strings(e).ok_or_else(|| {
        at(
            span,
            "replaced_because must be a list of attribute names".to_owned(),
        )
    })
}

/// Ports and ranges: `22`, `"22"`, `"1024-65535"`.
pub(super) fn port_list(
    e: &Expression,
    span: Option<std::ops::Range<usize>>,
    at: &At,
) -> Result<Vec<(u16, u16)>, String> {
    let bad = || {
        at(
            span.clone(),
            "ports must be a list of ports (22) and ranges (\"1024-65535\") within 0-65535"
                .to_owned(),
        )
    };
    let Expression::Array(items) = e else {
        return Err(bad());
    };
    items
        .iter()
        .map(|item| {
            let text = match item {
                Expression::Number(n) => n.as_u64().map(|n| n.to_string()),
                other => string(other),
            }
            .ok_or_else(bad)?;
            let (from, to) = text.split_once('-').unwrap_or((&text, &text));
            match (from.trim().parse::<u16>(), to.trim().parse::<u16>()) {
                (Ok(f), Ok(t)) if f <= t => Ok((f, t)),
                _ => Err(bad()),
            }
        })
        .collect()
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
            (rule(""), "rule \"x\" has no exposure, group or path block"),
            (
                rule("  group {\n    default = true\n  }"),
                "unknown field \"default\" in group; valid: default_group",
            ),
        ] {
            let err = load_pack("p.hcl", &text).unwrap_err();
            assert!(err.contains(expected), "expected {expected:?} in {err}");
        }
    }

    /// Every field the error message offers is one the reader takes.
    #[test]
    fn every_listed_field_is_read() {
        for (block, fields) in [
            ("exposure", &EXPOSURE_FIELDS[..]),
            ("group", &GROUP_FIELDS[..]),
            ("path", &PATH_FIELDS[..]),
        ] {
            for field in fields {
                let text = format!(
                    "rule \"x\" {{\n  title = \"t\"\n  severity = \"high\"\n  why = \"w\"\n  remediation = \"r\"\n  {block} {{\n    {field} = -1\n  }}\n}}\n"
                );
                let err = load_pack("p.hcl", &text).unwrap_err();
                assert!(!err.contains("unknown field"), "{block}.{field}: {err}");
            }
        }
    }
}
