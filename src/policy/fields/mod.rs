//! The fields of the pack language: one registry per block kind (`exposure.rs`, `group.rs`,
//! `path.rs`, `nacl.rs`, `workload.rs`), each field one value that says its name, its documentation, how its value is
//! read and how it matches; the readers of values the fields share; and the documentation of
//! docs/packs.md, written from the registries.

pub mod exposure;
pub mod group;
pub mod nacl;
pub mod path;
pub mod workload;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use hcl_edit::Span;
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Attribute, Body, Structure};
use hcl_edit::template::Element;

use super::glob::glob_match;
use crate::model::{Change, Growth, PortRange, Protocol};

// The words of the pack language's values, each list in one place.
pub const DIRECTIONS: [&str; 2] = ["ingress", "egress"];
pub const PEERS: [&str; 5] = ["cidr", "security_group", "self", "prefix_list", "unknown"];
pub const FAMILIES: [&str; 2] = ["ipv4", "ipv6"];
/// What the change does to an exposure (an exposure block's `status`): the diff's words, and
/// `widened`, a kind of `added`.
pub const STATUSES: [&str; 4] = [
    Change::Added.as_str(),
    Growth::Widened.as_str(),
    Change::Unchanged.as_str(),
    Change::Removed.as_str(),
];
/// What the change does to a group (`lifecycle`, in exposure and group blocks).
pub const LIFECYCLES: [&str; 6] = ["create", "update", "replace", "delete", "forget", "no-op"];
/// Whether a path's first workload can hold a public address (a path block's `public_address`).
pub const PUBLIC_ADDRESS: [&str; 3] = ["yes", "no", "unknown"];
/// The network's verdicts on a path (`reachable`).
pub const REACHABLE: [&str; 3] = ["yes", "no", "unknown"];
/// What the change does to the paths that reach a workload (a path block's `status`).
pub const PATH_STATUSES: [&str; 3] = [
    Change::Added.as_str(),
    Change::Unchanged.as_str(),
    Change::Removed.as_str(),
];
/// The words `status` took before JSON schema 2, and the ones that replaced them.
const RENAMED_STATUSES: [(&str, Change); 3] = [
    ("new", Change::Added),
    ("existing", Change::Unchanged),
    ("resolved", Change::Removed),
];

/// A CIDR holding more addresses than this is broad, unless the configuration's
/// `broad_addresses` says otherwise: a /24 (256 addresses) is a few hosts, a /23 is not.
pub const BROAD_ADDRESSES: u32 = 256;

/// Located messages of a file: `name:line:col: message`.
pub type At<'a> = dyn Fn(Option<Range<usize>>, String) -> String + 'a;

/// A block of a rule (`exposure`, `group`, `path`): the values its fields are read into, and
/// its fields.
pub trait Block: Clone + fmt::Debug + Default + Sized + 'static {
    /// The block's name in a rule.
    const NAME: &'static str;
    /// The error for anything in the block that is not a field (a nested block).
    const ONLY_FIELDS: &'static str;
    /// One candidate of the block (an exposure, a group, a path) as its fields see it.
    type Seen<'a>;
    /// The fields, in the order messages and the documentation list them. A candidate is
    /// matched field by field in this order, so cheap fields come first.
    const FIELDS: &'static [Field<Self>];
}

/// One field of a block: adding a field to the language is adding one of these to its
/// block's registry (and the slot its value is read into, beside it).
pub struct Field<B: Block> {
    pub name: &'static str,
    /// What it matches, for docs/packs.md (Markdown, one paragraph).
    pub doc: &'static str,
    /// A value, as written in a pack (`[22, "1024-65535"]`): shown in the documentation and
    /// read by a test.
    pub example: &'static str,
    /// The words the value is made of, when it is a word or a list of words (`ingress`,
    /// `egress`); empty otherwise. The documentation lists them.
    pub words: &'static [&'static str],
    /// Reads the value into the block's values; an error is located and says what is valid.
    pub parse: fn(&mut B, &Value) -> Result<(), String>,
    /// Whether a candidate matches the value read (called only for fields the rule sets).
    pub matches: for<'a> fn(&B, &B::Seen<'a>) -> bool,
}

impl<B: Block> fmt::Debug for Field<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", B::NAME, self.name)
    }
}

/// A block as a rule writes it: the values of its fields, and which fields it sets (in the
/// registry's order).
#[derive(Clone, Debug, Default)]
pub struct Conditions<B: Block> {
    pub values: B,
    set: Vec<&'static Field<B>>,
}

impl<B: Block> Conditions<B> {
    /// Reads a block that holds only fields.
    pub fn read(body: &Body, at: &At) -> Result<Conditions<B>, String> {
        let mut conditions = Conditions::default();
        for s in body.iter() {
            let Structure::Attribute(a) = s else {
                return Err(at(s.span(), B::ONLY_FIELDS.to_owned()));
            };
            conditions.read_field(a, at)?;
        }
        Ok(conditions)
    }

    /// Reads one field through the registry; a name it does not hold is an error that lists
    /// the fields it does.
    pub fn read_field(&mut self, a: &Attribute, at: &At) -> Result<(), String> {
        let key = a.key.as_str();
        let fields: &'static [Field<B>] = B::FIELDS;
        let Some(field) = fields.iter().find(|f| f.name == key) else {
            let valid: Vec<&str> = fields.iter().map(|f| f.name).collect();
            return Err(at(
                a.key.span(),
                format!(
                    "unknown field {key:?} in {}; valid: {}",
                    B::NAME,
                    valid.join(", ")
                ),
            ));
        };
        let value = Value {
            expr: &a.value,
            key,
            span: a.value.span(),
            at,
            words: field.words,
        };
        (field.parse)(&mut self.values, &value)?;
        if !self.set.iter().any(|f| f.name == key) {
            self.set.push(field);
            self.set
                .sort_by_key(|f| fields.iter().position(|g| g.name == f.name));
        }
        Ok(())
    }

    /// Whether the candidate matches every field the rule sets.
    pub fn holds(&self, seen: &B::Seen<'_>) -> bool {
        self.set.iter().all(|f| (f.matches)(&self.values, seen))
    }

    /// Whether the candidate matches every field the rule sets that `pick` picks (by name):
    /// `holds` is `holds_where` of some fields and of the others, in either order (a field's
    /// match is a function of the block's values and the candidate alone).
    pub fn holds_where(&self, seen: &B::Seen<'_>, pick: impl Fn(&str) -> bool) -> bool {
        self.set
            .iter()
            .filter(|f| pick(f.name))
            .all(|f| (f.matches)(&self.values, seen))
    }

    /// The names of the fields the rule sets, in the registry's order.
    #[cfg(test)]
    pub fn set(&self) -> Vec<&'static str> {
        self.set.iter().map(|f| f.name).collect()
    }
}

/// A field's value as a pack writes it, with what its messages need.
pub struct Value<'v> {
    pub expr: &'v Expression,
    /// The field's name.
    pub key: &'v str,
    pub span: Option<Range<usize>>,
    pub at: &'v At<'v>,
    /// The field's words (`Field::words`).
    pub words: &'static [&'static str],
}

impl Value<'_> {
    /// A message located at the value.
    pub fn error(&self, message: String) -> String {
        (self.at)(self.span.clone(), message)
    }

    /// `true` or `false`.
    pub fn boolean(&self) -> Result<bool, String> {
        match self.expr {
            Expression::Bool(b) => Ok(*b.value()),
            _ => Err(self.error(format!("{} must be true or false", self.key))),
        }
    }

    /// A whole number that fits 32 bits.
    pub fn number(&self) -> Result<u32, String> {
        match self.expr {
            Expression::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
            _ => None,
        }
        .ok_or_else(|| self.error(format!("{} must be a whole number", self.key)))
    }

    /// One of the field's words.
    pub fn one_of(&self) -> Result<String, String> {
        match string(self.expr) {
            Some(s) if self.words.contains(&s.as_str()) => Ok(s),
            other => Err(self.error(format!(
                "{} {:?} is not one of {}",
                self.key,
                other.unwrap_or_default(),
                self.words.join(", ")
            ))),
        }
    }

    /// A list of the field's words.
    pub fn list_of(&self) -> Result<Vec<String>, String> {
        let items = strings(self.expr)
            .ok_or_else(|| self.error(format!("{} must be a list of strings", self.key)))?;
        match items.iter().find(|i| !self.words.contains(&i.as_str())) {
            Some(bad) => Err(self.error(format!(
                "{}: {bad:?} is not one of {}",
                self.key,
                self.words.join(", ")
            ))),
            None => Ok(items),
        }
    }

    /// `status`: a list of the field's words. A word it took before JSON schema 2 is an error
    /// that names the word replacing it.
    pub fn statuses(&self) -> Result<Vec<String>, String> {
        let renamed = strings(self.expr).into_iter().flatten().find_map(|word| {
            RENAMED_STATUSES
                .iter()
                .find(|(old, _)| *old == word)
                .copied()
        });
        if let Some((old, new)) = renamed {
            // `new` did not match widened exposures; `added` does.
            let widened = Growth::Widened.as_str();
            let also = if new == Change::Added && self.words.contains(&widened) {
                format!(" (which also matches {widened:?} exposures)")
            } else {
                String::new()
            };
            return Err(self.error(format!("status: {old:?} is now {:?}{also}", new.as_str())));
        }
        self.list_of()
    }

    /// A list of names (of networks, group sets), checked against the configuration when the
    /// policy is loaded.
    pub fn names(&self) -> Result<Vec<String>, String> {
        strings(self.expr)
            .ok_or_else(|| self.error(format!("{} must be a list of names", self.key)))
    }

    /// A list of protocols as AWS writes them (`"tcp"`, `"-1"`, `"6"`), each read as rules
    /// spell it (`Protocol`'s display: `tcp`, `all`).
    pub fn protocols(&self) -> Result<Vec<String>, String> {
        let items = strings(self.expr)
            .ok_or_else(|| self.error("protocols must be a list of strings".to_owned()))?;
        items
            .into_iter()
            .map(|p| match Protocol::parse(&p) {
                Ok(parsed) => Ok(parsed.to_string()),
                Err(_) => Err(self.error(format!("protocols: {p:?} is not one of tcp, udp, icmp, icmpv6, all or a protocol number"))),
            })
            .collect()
    }

    /// A glob string (`address`, `name`).
    pub fn glob(&self) -> Result<String, String> {
        string(self.expr).ok_or_else(|| self.error(format!("{} must be a glob string", self.key)))
    }

    /// `{ env = "prod*" }`: tag name → glob.
    pub fn tags(&self) -> Result<Vec<(String, String)>, String> {
        tags(self.expr)
            .ok_or_else(|| self.error("tags must be an object of tag = \"glob\"".to_owned()))
    }

    /// `["description", ...]`: names of a resource's attributes.
    pub fn attribute_names(&self) -> Result<Vec<String>, String> {
        strings(self.expr).ok_or_else(|| {
            self.error("replaced_because must be a list of attribute names".to_owned())
        })
    }

    /// Ports and ranges: `22`, `"22"`, `"1024-65535"`.
    pub fn ports(&self) -> Result<Vec<(u16, u16)>, String> {
        port_list(self.expr, self.span.clone(), self.at)
    }
}

/// A string literal or a template made only of literal text (heredocs).
pub fn string(e: &Expression) -> Option<String> {
    match e {
        Expression::String(s) => Some(s.value().to_string()),
        Expression::HeredocTemplate(h) => literal_template(&h.template),
        Expression::StringTemplate(t) => literal_template(t),
        _ => None,
    }
}

fn literal_template(t: &hcl_edit::template::Template) -> Option<String> {
    t.iter()
        .map(|e| match e {
            Element::Literal(s) => Some(s.value().to_string()),
            _ => None,
        })
        .collect()
}

/// `{ env = "prod*" }`: tag name → glob.
fn tags(e: &Expression) -> Option<Vec<(String, String)>> {
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

/// A list of strings.
pub fn strings(e: &Expression) -> Option<Vec<String>> {
    match e {
        Expression::Array(a) => a.iter().map(string).collect(),
        _ => None,
    }
}

/// Ports and ranges: `22`, `"22"`, `"1024-65535"` (rules' `ports`, waivers' `ports`).
pub fn port_list(
    e: &Expression,
    span: Option<Range<usize>>,
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

/// Names rules can refer to: networks (CIDR sets) and group sets (address globs), from the
/// configuration; and what the configuration says of addresses: how many make a CIDR broad,
/// and which networks are trusted.
pub struct Context {
    pub networks: BTreeMap<String, Vec<ipnet::IpNet>>,
    pub group_sets: BTreeMap<String, Vec<String>>,
    /// A CIDR holding more addresses than this is broad (`broad_addresses`).
    pub broad_addresses: u32,
    /// The addresses of the networks marked `trusted = true`, per family (IPv4, IPv6).
    pub trusted: [crate::netset::IntervalSet; 2],
    /// The account's quotas (`quotas { ... }`), AWS's defaults where it says nothing.
    pub quotas: crate::policy::quotas::Quotas,
}

impl Default for Context {
    fn default() -> Context {
        Context {
            networks: BTreeMap::new(),
            group_sets: BTreeMap::new(),
            broad_addresses: BROAD_ADDRESSES,
            trusted: Default::default(),
            quotas: Default::default(),
        }
    }
}

impl Context {
    /// The context of a configuration: its networks, group sets, breadth and trusted
    /// networks.
    pub fn of(settings: &super::Settings) -> Context {
        let mut context = Context {
            networks: settings.networks.clone(),
            group_sets: settings.group_sets.clone(),
            broad_addresses: settings.broad_addresses.unwrap_or(BROAD_ADDRESSES),
            trusted: Default::default(),
            quotas: settings.quotas,
        };
        context.trusted = context.addresses(&settings.trusted);
        context
    }

    /// The addresses of networks given by name or as CIDR blocks, per family.
    pub fn addresses(&self, names: &[String]) -> [crate::netset::IntervalSet; 2] {
        let mut v4 = Vec::new();
        let mut v6 = Vec::new();
        for name in names {
            let nets: Vec<ipnet::IpNet> = match self.networks.get(name) {
                Some(nets) => nets.clone(),
                None => name
                    .parse::<ipnet::IpNet>()
                    .map(|n| vec![n.trunc()])
                    .unwrap_or_default(),
            };
            for n in nets {
                let iv = crate::netset::net_interval(&n);
                if n.addr().is_ipv4() {
                    v4.push(iv)
                } else {
                    v6.push(iv)
                }
            }
        }
        [
            crate::netset::IntervalSet::from_intervals(v4),
            crate::netset::IntervalSet::from_intervals(v6),
        ]
    }

    /// Whether an address is in one of the group sets.
    pub fn in_sets(&self, sets: &[String], address: &str) -> bool {
        sets.iter().any(|s| {
            self.group_sets
                .get(s)
                .is_some_and(|globs| globs.iter().any(|g| glob_match(g, address)))
        })
    }
}

/// The ports port conditions read (of an exposure, or of a path's hop; see
/// [`PortRange::span`]).
pub fn port_interval(range: &PortRange) -> Option<(u32, u32)> {
    range
        .span()
        .map(|(from, to)| (u32::from(from), u32::from(to)))
}

/// Whether two port intervals overlap (never when one is unknown).
pub fn overlap(a: Option<(u32, u32)>, b: Option<(u32, u32)>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.0 <= b.1 && b.0 <= a.1)
}

/// Whether an interval overlaps one of the ports and ranges a rule lists.
pub fn overlaps_any(range: Option<(u32, u32)>, ports: &[(u16, u16)]) -> bool {
    ports
        .iter()
        .any(|&(f, t)| overlap(range, Some((u32::from(f), u32::from(t)))))
}

/// The documentation of a block's fields, as docs/packs.md holds it between its markers.
pub fn doc<B: Block>() -> String {
    let mut out = String::new();
    for f in B::FIELDS {
        out.push_str(&format!("- `{} = {}`: {}", f.name, f.example, f.doc));
        if !f.words.is_empty() {
            let words: Vec<String> = f.words.iter().map(|w| format!("`{w}`")).collect();
            out.push_str(&format!(" Values: {}.", words.join(", ")));
        }
        out.push('\n');
    }
    out
}

/// docs/packs.md with the field lists written from the registries: each between
/// `<!-- fields:BLOCK:start -->` and `<!-- fields:BLOCK:end -->`. `None` when a marker is
/// missing.
pub fn document(text: &str) -> Option<String> {
    let mut out = text.to_owned();
    for (name, fields) in [
        (
            exposure::ExposureMatch::NAME,
            doc::<exposure::ExposureMatch>(),
        ),
        (group::GroupMatch::NAME, doc::<group::GroupMatch>()),
        (path::PathMatch::NAME, doc::<path::PathMatch>()),
        (nacl::NaclMatch::NAME, doc::<nacl::NaclMatch>()),
        (
            workload::WorkloadMatch::NAME,
            doc::<workload::WorkloadMatch>(),
        ),
    ] {
        let start = format!("<!-- fields:{name}:start -->\n");
        let end = format!("<!-- fields:{name}:end -->");
        let from = out.find(&start)? + start.len();
        let to = from + out.get(from..)?.find(&end)?;
        out.replace_range(from..to, &fields);
    }
    Some(out)
}

#[cfg(test)]
mod tests;
