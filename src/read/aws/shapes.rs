//! The AWS provider's five resource shapes that hold security-group permissions, each expanded
//! into permissions with exactly one peer: inline `ingress`/`egress` of `aws_security_group` and
//! `aws_default_security_group`, `aws_security_group_rule`, and
//! `aws_vpc_security_group_ingress_rule` / `_egress_rule`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use anyhow::Result;
use ipnet::IpNet;
use serde_json::Value;

use super::names::{Names, PeerKind};
use crate::model::{
    Diagnostic, Direction, Group, Input, Lifecycle, Origin, Peer, Permission, PortRange, Ports,
    Protocol, sensitive_key,
};
use crate::read::terraform::config::Traced;
use crate::read::terraform::object::{Field, Object, Step, marked_within};

/// Keeps every reference.
fn all(_: &Traced) -> bool {
    true
}

/// The permissions one side of a change holds, split by who declares them.
#[derive(Default)]
pub struct Owned {
    inline: Vec<Permission>,
    standalone: Vec<Permission>,
    /// The groups and directions whose inline rules the configuration writes (not read back
    /// from AWS): each of those inline permissions is declared, even where a standalone rule
    /// declares the same permission (a duplicate AWS refuses at apply).
    declared: BTreeMap<String, Vec<Direction>>,
}

type Key = (Arc<str>, Direction, Protocol, Ports, Peer);

/// A permission as AWS lists it: the same whether or not one reading marks it sensitive.
fn key(p: &Permission) -> Key {
    (
        p.group.clone(),
        p.direction,
        p.range.protocol.clone(),
        p.range.ports.clone(),
        p.peer.unmarked().into_owned(),
    )
}

impl Owned {
    /// What `other` holds, after what this holds: as if its permissions were added here next.
    pub fn append(&mut self, other: Owned) {
        self.inline.extend(other.inline);
        self.standalone.extend(other.standalone);
        for (group, directions) in other.declared {
            for direction in directions {
                self.declare(&group, direction);
            }
        }
    }

    pub fn standalone_keys(&self) -> BTreeSet<Key> {
        self.standalone.iter().map(key).collect()
    }

    /// The group's inline rules in `direction` are written by the configuration.
    pub fn declare(&mut self, group: &str, direction: Direction) {
        let directions = self.declared.entry(group.to_owned()).or_default();
        if !directions.contains(&direction) {
            directions.push(direction);
        }
    }

    /// A group's `ingress`/`egress` as read back from AWS also lists the permissions that
    /// standalone rule resources own: those are attributed to their resource, once. An inline
    /// rule the configuration writes is its own, whatever a standalone rule declares.
    pub fn effective(self, owned: &BTreeSet<Key>) -> Vec<Permission> {
        let declared = self.declared;
        let mut out: Vec<Permission> = self
            .inline
            .into_iter()
            .filter(|p| {
                declared
                    .get(&*p.group)
                    .is_some_and(|directions| directions.contains(&p.direction))
                    || !owned.contains(&key(p))
            })
            .collect();
        out.extend(self.standalone);
        out
    }
}

/// The top-level attributes read of a plan's object of `rtype`, one of the five shapes
/// (`Schema::plan_attributes`): a group's by [`group`] (with `vpc_id`, which
/// `vpcs::Vpcs::default_group` and `network::vpc_ref` read) and [`inline`], a rule's by
/// [`security_group_rule`] or [`vpc_rule`] through [`standalone`] and [`owner`]. Anything
/// else of the object (`arn`, `tags_all`, `timeouts`...) is not read (but for what its masks
/// mark sensitive, which the reader keeps: see `redact`).
pub fn plan_attributes(rtype: &str) -> Option<&'static [&'static str]> {
    Some(match rtype {
        "aws_security_group" | "aws_default_security_group" => &[
            "description",
            "egress",
            "id",
            "ingress",
            "name",
            "owner_id",
            "tags",
            "vpc_id",
        ],
        "aws_security_group_rule" => &[
            "cidr_blocks",
            "description",
            "from_port",
            "ipv6_cidr_blocks",
            "prefix_list_ids",
            "protocol",
            "security_group_id",
            "self",
            "source_security_group_id",
            "to_port",
            "type",
        ],
        "aws_vpc_security_group_ingress_rule" | "aws_vpc_security_group_egress_rule" => &[
            "cidr_ipv4",
            "cidr_ipv6",
            "description",
            "from_port",
            "ip_protocol",
            "prefix_list_id",
            "referenced_security_group_id",
            "security_group_id",
            "to_port",
        ],
        _ => return None,
    })
}

pub fn permissions(
    at: &Origin,
    names: &Names,
    obj: &Object,
    created: bool,
    out: &mut Owned,
) -> Result<(), Diagnostic> {
    // A message never shows a value the input marks sensitive.
    let message = |e: &str| format!("{}: {}", obj.address, redact(obj, e));
    let located = |e: String| Diagnostic::error(at.clone(), message(&e));
    match obj.rtype {
        "aws_security_group" | "aws_default_security_group" => {
            for direction in [Direction::Ingress, Direction::Egress] {
                // A bad value is reported at its `ingress`/`egress` block, when that is known.
                inline(names, obj, direction, created, &mut out.inline).map_err(
                    |(origin, e)| match origin {
                        Some(origin) => Diagnostic::error(origin, message(&e)),
                        None => located(e),
                    },
                )?;
            }
        }
        "aws_security_group_rule" => {
            security_group_rule(names, obj, &mut out.standalone).map_err(located)?
        }
        "aws_vpc_security_group_ingress_rule" => {
            vpc_rule(names, obj, Direction::Ingress, &mut out.standalone).map_err(located)?;
        }
        "aws_vpc_security_group_egress_rule" => {
            vpc_rule(names, obj, Direction::Egress, &mut out.standalone).map_err(located)?;
        }
        _ => {}
    }
    Ok(())
}

/// Everything but the peer, shared by the permissions one rule expands to.
struct Template {
    group: Arc<str>,
    resource: Arc<str>,
    direction: Direction,
    protocol: Protocol,
    ports: Ports,
    /// The peer is marked sensitive (it counts only for a network, see [`Peer::Cidr`]).
    sensitive: bool,
    /// The protocol or a port is marked sensitive.
    ports_sensitive: bool,
    description: Option<String>,
    origin: Option<Origin>,
    ports_ignored: bool,
}

impl Template {
    fn with(&self, peer: Peer) -> Permission {
        let peer = match peer {
            Peer::Group(g) if g == self.group => Peer::SelfRef,
            Peer::Cidr { net, .. } => Peer::Cidr {
                net,
                sensitive: self.sensitive,
            },
            other => other,
        };
        Permission {
            group: Arc::clone(&self.group),
            resource: Arc::clone(&self.resource),
            direction: self.direction,
            range: PortRange {
                protocol: self.protocol.clone(),
                ports: self.ports.clone(),
                sensitive: self.ports_sensitive,
            },
            peer,
            description: self.description.clone(),
            origin: self.origin.clone(),
            ports_ignored: self.ports_ignored,
        }
    }
}

fn protocol(names: &Names, obj: &Object, path: &[Step], expr: &str) -> Result<Protocol, String> {
    match obj.field(path) {
        Field::Known(Value::String(s)) => parse_protocol(s),
        Field::Known(Value::Number(n)) => parse_protocol(&n.to_string()),
        Field::Known(other) => Err(format!("protocol {other} is not a string")),
        Field::Unknown => Ok(Protocol::Unknown(names.unknown_reference(obj, expr, all))),
        Field::Absent => Err("protocol is missing".to_owned()),
    }
}

/// A protocol as AWS reads it; what it does not know is an error that says who refuses it.
fn parse_protocol(raw: &str) -> Result<Protocol, String> {
    Protocol::parse(raw).map_err(|_| {
        if raw.trim().parse::<i64>().is_ok() {
            format!(
                "protocol {raw:?} is not a protocol number (0-255, or -1 for all), which AWS rejects when the change is applied"
            )
        } else {
            format!(
                "protocol {raw:?} is not one AWS knows (tcp, udp, icmp, icmpv6, all, -1 or a number 0-255), so AWS rejects it when the change is applied (the provider lets it through the plan)"
            )
        }
    })
}

/// A TCP or UDP port range AWS refuses: a port outside 0-65535, or `from_port` above
/// `to_port` (the provider checks neither for inline rules and `aws_security_group_rule`; the
/// VPC rule resources check the bounds when planning).
fn port_range_error(rtype: &str, from: Option<i64>, to: Option<i64>) -> Option<String> {
    let (Some(from), Some(to)) = (from, to) else {
        return None;
    };
    let planned = rtype.starts_with("aws_vpc_security_group_");
    for (field, port) in [("from_port", from), ("to_port", to)] {
        if (from, to) != (-1, -1) && !(0..=65535).contains(&port) {
            return Some(if planned {
                format!(
                    "{field} {port} is outside -1..65535, which the AWS provider rejects when planning"
                )
            } else {
                format!(
                    "{field} {port} is outside 0-65535, which AWS rejects when the change is applied (the provider does not check it when planning)"
                )
            });
        }
    }
    (from > to).then(|| {
        format!(
            "from_port {from} is above to_port {to}, which AWS rejects when the change is applied (the provider does not check it when planning)"
        )
    })
}

fn ports(
    names: &Names,
    obj: &Object,
    protocol: &Protocol,
    from: &[Step],
    to: &[Step],
    expr: &str,
) -> Result<Ports, String> {
    let number = |path: &[Step]| match obj.field(path) {
        Field::Known(v) => v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            .map(|n| Ok(Some(n)))
            .unwrap_or_else(|| {
                Err(if v.is_number() {
                    // 1.5, or beyond what an i64 holds (1e+20).
                    format!("port {v} is not a whole number from 0 to 65535 (or -1)")
                } else {
                    format!("port {v} is not a number")
                })
            }),
        Field::Unknown | Field::Absent => Ok(None),
    };
    if protocol.has_ports()
        && (matches!(obj.field(from), Field::Unknown) || matches!(obj.field(to), Field::Unknown))
    {
        return Ok(Ports::Unknown(names.unknown_reference(obj, expr, all)));
    }
    let (from, to) = (number(from)?, number(to)?);
    if matches!(protocol, Protocol::Tcp | Protocol::Udp)
        && let Some(e) = port_range_error(obj.rtype, from, to)
    {
        return Err(e);
    }
    Ports::normalize(protocol, from, to)
}

/// Whether ports are written that AWS ignores: protocol `-1` or a protocol without ports,
/// with a range other than "all" (0/0, -1/-1, 0-65535).
fn ports_ignored(obj: &Object, protocol: &Protocol, from: &[Step], to: &[Step]) -> bool {
    let number = |path: &[Step]| match obj.field(path) {
        Field::Known(v) => v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok())),
        _ => None,
    };
    matches!(protocol, Protocol::All | Protocol::Number(_))
        && !matches!(
            (number(from), number(to)),
            (None | Some(0) | Some(-1), None | Some(0) | Some(-1)) | (Some(0), Some(65535))
        )
}

/// How a text the input marks sensitive (a description, a group name) is kept: it is there,
/// but never shown.
pub const SENSITIVE_TEXT: &str = "sensitive";

/// A text attribute (a description, a name); a sensitive one is kept as [`SENSITIVE_TEXT`].
fn text(obj: &Object, path: &[Step]) -> Option<String> {
    match obj.field(path) {
        Field::Known(Value::String(s)) if !s.is_empty() => {
            Some(if marked_within(obj.sensitive, path) {
                SENSITIVE_TEXT.to_owned()
            } else {
                s.clone()
            })
        }
        _ => None,
    }
}

fn description(obj: &Object, path: &[Step]) -> Option<String> {
    text(obj, path)
}

pub(super) fn cidr(raw: &str, v6: bool) -> Result<Peer, String> {
    let net: IpNet = raw
        .parse()
        .map_err(|_| match raw.parse::<std::net::IpAddr>() {
            Ok(ip) => format!(
                "{raw:?} is an address, not a CIDR block (write {ip}/{})",
                if ip.is_ipv4() { 32 } else { 128 }
            ),
            Err(_) => format!("{raw:?} is not a CIDR block"),
        })?;
    // ipnet reads `010.0.0.0/8` as 10.0.0.0/8; Go's parser, which the provider uses, refuses
    // leading zeros (other tools read them as octal).
    if let IpNet::V4(v4) = net
        && raw
            .split('/')
            .next()
            .unwrap_or_default()
            .split('.')
            .any(|octet| octet.len() > 1 && octet.starts_with('0'))
    {
        return Err(format!(
            "{raw:?} has an octet with a leading zero (write {v4}), which the AWS provider rejects when planning"
        ));
    }
    if matches!(net, IpNet::V6(_)) != v6 {
        let want = if v6 { "IPv6" } else { "IPv4" };
        return Err(format!("{raw:?} is not an {want} CIDR block"));
    }
    // The provider validates that a CIDR block is its network address.
    if net.trunc() != net {
        return Err(format!(
            "{raw:?} is not a network address (did you mean {}?), which the AWS provider rejects when planning",
            net.trunc()
        ));
    }
    Ok(Peer::cidr(net))
}

/// The peer fields of an inline rule.
const INLINE_PEERS: [(&str, PeerField); 4] = [
    ("cidr_blocks", PeerField::V4),
    ("ipv6_cidr_blocks", PeerField::V6),
    ("prefix_list_ids", PeerField::PrefixList),
    ("security_groups", PeerField::Group),
];

/// Inline `ingress`/`egress` of `aws_security_group` and `aws_default_security_group`.
fn inline(
    names: &Names,
    obj: &Object,
    direction: Direction,
    created: bool,
    out: &mut Vec<Permission>,
) -> Result<(), (Option<Origin>, String)> {
    let field = direction.as_str();
    let list = match obj.field(&[Step::Key(field)]) {
        Field::Known(Value::Array(list)) => list,
        Field::Known(other) => return Err((None, format!("{field} is not a list: {other}"))),
        Field::Absent => return Ok(()),
        Field::Unknown => {
            // A new group whose configuration does not set the attribute gets none: AWS creates
            // it without ingress and the provider revokes the default allow-all egress. With a
            // configured value not yet known, what it will hold is unknown.
            if created && obj.configured(field) == Some(false) {
                return Ok(());
            }
            let reference = names.unknown_reference(obj, field, all);
            let address: Arc<str> = obj.address.as_str().into();
            out.push(
                Template {
                    group: Arc::clone(&address),
                    resource: address,
                    direction,
                    protocol: Protocol::Unknown(reference.clone()),
                    ports: Ports::Unknown(reference.clone()),
                    sensitive: marked_within(obj.sensitive, &[Step::Key(field)]),
                    ports_sensitive: marked_within(obj.sensitive, &[Step::Key(field)]),
                    description: None,
                    origin: obj.origin_of(&[Step::Key(field)]),
                    ports_ignored: false,
                }
                .with(Peer::Unknown(reference.into())),
            );
            return Ok(());
        }
    };
    let id_refs = names.id_references(obj, field);
    // One copy of the group's address for all its inline permissions.
    let address: Arc<str> = obj.address.as_str().into();
    for i in 0..list.len() {
        let base = [Step::Key(field), Step::Index(i)];
        let sub = |k: &'static str| [Step::Key(field), Step::Index(i), Step::Key(k)];
        let origin = obj.origin_of(&base);
        let at = |e: String| match &origin {
            Some(origin) => (Some(origin.clone()), e),
            None => (None, format!("in {field}[{i}], {e}")),
        };
        let protocol = protocol(names, obj, &sub("protocol"), field).map_err(at)?;
        let template = Template {
            group: Arc::clone(&address),
            resource: Arc::clone(&address),
            direction,
            ports: ports(
                names,
                obj,
                &protocol,
                &sub("from_port"),
                &sub("to_port"),
                field,
            )
            .map_err(at)?,
            ports_ignored: ports_ignored(obj, &protocol, &sub("from_port"), &sub("to_port")),
            protocol,
            sensitive: INLINE_PEERS
                .iter()
                .map(|(k, _)| *k)
                .chain(["self"])
                .any(|k| marked_within(obj.sensitive, &sub(k))),
            ports_sensitive: ["protocol", "from_port", "to_port"]
                .iter()
                .any(|k| marked_within(obj.sensitive, &sub(k))),
            description: description(obj, &sub("description")),
            origin: origin.clone(),
        };
        for (key, kind) in INLINE_PEERS {
            list_peers(names, obj, &sub(key), field, kind, &id_refs, &template, out).map_err(at)?;
        }
        match obj.field(&sub("self")) {
            Field::Known(Value::Bool(true)) => out.push(template.with(Peer::SelfRef)),
            Field::Unknown => out.push(
                template.with(Peer::Unknown(
                    names
                        .unknown_reference(obj, field, |r| !id_refs.contains(r))
                        .into(),
                )),
            ),
            Field::Known(Value::Bool(false)) | Field::Absent => {}
            // The provider's schema types `self` as a bool: nothing else is ever planned.
            Field::Known(other) => return Err(at(format!("self is not true or false: {other}"))),
        }
    }
    Ok(())
}

#[derive(Clone, Copy)]
pub enum PeerField {
    V4,
    V6,
    PrefixList,
    Group,
}

/// Expands a list of peers (CIDRs, prefix lists, groups) into one permission each. Unknown
/// elements are named by the configuration's references; unknown group or prefix-list ids are
/// resolved to addresses when the references name exactly as many as are unknown.
#[allow(clippy::too_many_arguments)]
fn list_peers(
    names: &Names,
    obj: &Object,
    path: &[Step],
    expr: &str,
    kind: PeerField,
    id_refs: &BTreeSet<Traced>,
    template: &Template,
    out: &mut Vec<Permission>,
) -> Result<(), String> {
    let items: &[Value] = match obj.field(path) {
        Field::Known(Value::Array(a)) => a,
        Field::Known(Value::String(s)) if s.is_empty() => &[],
        Field::Known(other) => return Err(format!("expected a list, found {other}")),
        Field::Absent => &[],
        Field::Unknown => {
            out.extend(
                unknown_peers(names, obj, expr, kind, id_refs, None)
                    .into_iter()
                    .map(|p| template.with(p)),
            );
            return Ok(());
        }
    };
    let mut unknown = 0;
    for item in items {
        match item {
            Value::String(s) => out.push(template.with(known_peer(names, s, kind)?)),
            Value::Null => unknown += 1,
            other => return Err(format!("unexpected peer value {other}")),
        }
    }
    if unknown > 0 {
        out.extend(
            unknown_peers(names, obj, expr, kind, id_refs, Some(unknown))
                .into_iter()
                .map(|p| template.with(p)),
        );
    }
    Ok(())
}

fn known_peer(names: &Names, raw: &str, kind: PeerField) -> Result<Peer, String> {
    match kind {
        PeerField::V4 => cidr(raw, false),
        PeerField::V6 => cidr(raw, true),
        PeerField::PrefixList => Ok(Peer::PrefixList(names.prefix_list(raw))),
        PeerField::Group => Ok(Peer::Group(names.group(raw))),
    }
}

/// The peers of a field's unknown elements (`Some(n)`: n unknown elements; `None`: the whole
/// list is unknown, as terraform shows any list holding an unknown element): the group or
/// prefix-list addresses its references name when they account for every unknown element,
/// otherwise one unknown peer (the same unknown value counts once in a set). An inline
/// rule's references cover every block of the attribute, so there a whole unknown list is
/// resolved only to a single group.
fn unknown_peers(
    names: &Names,
    obj: &Object,
    expr: &str,
    kind: PeerField,
    id_refs: &BTreeSet<Traced>,
    count: Option<usize>,
) -> Vec<Peer> {
    let resolved = match kind {
        PeerField::Group => names.resolve(obj, expr, PeerKind::Group),
        PeerField::PrefixList => names.resolve(obj, expr, PeerKind::PrefixList),
        PeerField::V4 | PeerField::V6 => {
            // An inline rule's references cover the whole attribute: narrow them to the ones
            // that can be this family when the names tell.
            let v6 = matches!(kind, PeerField::V6);
            let family = |t: &Traced| t.reference.contains("ipv6") == v6;
            let candidates: Vec<Traced> = obj
                .trace(expr)
                .into_iter()
                .filter(|t| !id_refs.contains(t))
                .collect();
            let narrow = candidates.iter().any(family);
            return vec![Peer::Unknown(
                names
                    .unknown_reference(obj, expr, |r| {
                        !id_refs.contains(r) && (!narrow || family(r))
                    })
                    .into(),
            )];
        }
    };
    let shared_refs = matches!(expr, "ingress" | "egress");
    let accounted = match count {
        Some(n) => resolved.len() == n,
        None => resolved.len() == 1 || (!shared_refs && !resolved.is_empty()),
    };
    if accounted {
        let make = if matches!(kind, PeerField::Group) {
            Peer::Group
        } else {
            Peer::PrefixList
        };
        return resolved.into_iter().map(|a| make(a.into())).collect();
    }
    // A splat (`aws_security_group.worker[*].id`) makes the whole list: all its instances.
    if count.is_none()
        && matches!(kind, PeerField::Group)
        && let Some(all) = names.resolve_splat(obj, expr)
    {
        return all.into_iter().map(|a| Peer::Group(a.into())).collect();
    }
    if let Some(peer) = candidates(&resolved) {
        return vec![peer];
    }
    let ids = names.id_references(obj, expr);
    vec![Peer::Unknown(
        names
            .unknown_reference(obj, expr, |r| ids.is_empty() || ids.contains(r))
            .into(),
    )]
}

/// What the two standalone rule resources share: the owning group, protocol, ports,
/// description, and whether a value of the permission is sensitive.
fn standalone(
    names: &Names,
    obj: &Object,
    direction: Direction,
    protocol_field: &'static str,
    peer_fields: &[&str],
) -> Result<Template, String> {
    let key = |k: &'static str| [Step::Key(k)];
    let protocol = protocol(names, obj, &key(protocol_field), protocol_field)?;
    let marked = |k: &&str| marked_within(obj.sensitive, &[Step::Key(k)]);
    let sensitive = peer_fields.iter().any(marked);
    let ports_sensitive = [protocol_field, "from_port", "to_port"].iter().any(marked);
    Ok(Template {
        group: owner(names, obj)?,
        resource: obj.address.as_str().into(),
        direction,
        ports: ports(
            names,
            obj,
            &protocol,
            &key("from_port"),
            &key("to_port"),
            "from_port",
        )?,
        ports_ignored: ports_ignored(obj, &protocol, &key("from_port"), &key("to_port")),
        protocol,
        sensitive,
        ports_sensitive,
        description: description(obj, &key("description")),
        origin: obj.origin.cloned(),
    })
}

/// `aws_security_group_rule`: one resource, possibly many peers.
fn security_group_rule(
    names: &Names,
    obj: &Object,
    out: &mut Vec<Permission>,
) -> Result<(), String> {
    let key = |k: &'static str| [Step::Key(k)];
    let direction = match obj.field(&key("type")) {
        Field::Known(Value::String(s)) if s == "ingress" => Direction::Ingress,
        Field::Known(Value::String(s)) if s == "egress" => Direction::Egress,
        _ => return Err("type must be \"ingress\" or \"egress\"".to_owned()),
    };
    let template = standalone(
        names,
        obj,
        direction,
        "protocol",
        &[
            "cidr_blocks",
            "ipv6_cidr_blocks",
            "prefix_list_ids",
            "source_security_group_id",
        ],
    )?;
    let none = BTreeSet::new();
    let lists = [
        ("cidr_blocks", PeerField::V4),
        ("ipv6_cidr_blocks", PeerField::V6),
        ("prefix_list_ids", PeerField::PrefixList),
    ];
    let start = out.len();
    for (k, kind) in lists {
        list_peers(names, obj, &key(k), k, kind, &none, &template, out)?;
    }
    match obj.field(&key("self")) {
        Field::Known(Value::Bool(true)) => out.push(template.with(Peer::SelfRef)),
        Field::Known(Value::Bool(false)) | Field::Absent | Field::Unknown => {}
        // The provider's schema types `self` as a bool: nothing else is ever planned.
        Field::Known(other) => return Err(format!("self is not true or false: {other}")),
    }
    let other_peers = out.len() > start;
    match obj.field(&key("source_security_group_id")) {
        Field::Known(Value::String(id)) if !id.is_empty() => {
            out.push(template.with(Peer::Group(names.group(id))))
        }
        // Optional + Computed: unknown whenever it is not configured.
        Field::Unknown
            if obj
                .configured("source_security_group_id")
                .unwrap_or(!other_peers) =>
        {
            let peer = single_group_peer(names, obj, "source_security_group_id");
            out.push(template.with(peer));
        }
        _ => {}
    }
    // The provider refuses a rule without a peer (every list empty, `self` false, no source
    // group): "One of ['cidr_blocks', 'ipv6_cidr_blocks', 'self', 'source_security_group_id',
    // 'prefix_list_ids'] must be set to create an AWS Security Group Rule"
    // (hashicorp/terraform-provider-aws, internal/service/ec2/vpc_security_group_rule.go;
    // registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group_rule).
    if out.len() == start {
        return Err(
            "no peer: one of cidr_blocks, ipv6_cidr_blocks, prefix_list_ids, self or source_security_group_id must be set (the AWS provider refuses the rule)"
                .to_owned(),
        );
    }
    Ok(())
}

/// The group a standalone rule belongs to: its address when it is in the input.
fn owner(names: &Names, obj: &Object) -> Result<Arc<str>, String> {
    match obj.field(&[Step::Key("security_group_id")]) {
        Field::Known(Value::String(id)) => Ok(names.group(id)),
        Field::Unknown => Ok(match single_group_peer(names, obj, "security_group_id") {
            Peer::Group(address) => address,
            Peer::Unknown(reference) => format!("unknown:{reference}").into(),
            other => format!("{other:?}").into(),
        }),
        _ => Err("security_group_id is missing".to_owned()),
    }
}

fn single_group_peer(names: &Names, obj: &Object, field: &str) -> Peer {
    let resolved = names.resolve(obj, field, PeerKind::Group);
    if resolved.len() == 1 {
        Peer::Group(resolved.into_iter().next().unwrap_or_default().into())
    } else {
        candidates(&resolved)
            .unwrap_or_else(|| Peer::Unknown(names.unknown_reference(obj, field, all).into()))
    }
}

/// An unknown id that could be any of several objects of the input: named by their ids.
fn candidates(resolved: &BTreeSet<String>) -> Option<Peer> {
    let ids: Vec<String> = resolved.iter().map(|a| format!("{a}.id")).collect();
    (!ids.is_empty()).then(|| Peer::Unknown(ids.join(", ").into()))
}

/// `aws_vpc_security_group_ingress_rule` / `_egress_rule`: exactly one peer.
fn vpc_rule(
    names: &Names,
    obj: &Object,
    direction: Direction,
    out: &mut Vec<Permission>,
) -> Result<(), String> {
    let key = |k: &'static str| [Step::Key(k)];
    let fields = [
        ("cidr_ipv4", PeerField::V4),
        ("cidr_ipv6", PeerField::V6),
        ("prefix_list_id", PeerField::PrefixList),
        ("referenced_security_group_id", PeerField::Group),
    ];
    let template = standalone(
        names,
        obj,
        direction,
        "ip_protocol",
        &fields.map(|(k, _)| k),
    )?;
    // Exactly one peer, as the provider's schema says (`ExactlyOneOf`; registry.terraform.io/
    // providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule): Terraform
    // refuses the configuration otherwise.
    let set = fields
        .iter()
        .filter(|(k, _)| !matches!(obj.field(&key(k)), Field::Absent))
        .count();
    if set != 1 {
        let names = fields.map(|(k, _)| k).join(", ");
        return Err(format!(
            "exactly one of {names} must be set, not {set} (the AWS provider refuses the rule)"
        ));
    }
    for (k, kind) in fields {
        match obj.field(&key(k)) {
            Field::Known(Value::String(s)) => out.push(template.with(known_peer(names, s, kind)?)),
            Field::Known(other) => return Err(format!("{k} is not a string: {other}")),
            Field::Unknown => {
                let peer = match kind {
                    PeerField::Group => single_group_peer(names, obj, k),
                    PeerField::PrefixList => {
                        let resolved = names.resolve(obj, k, PeerKind::PrefixList);
                        match resolved.len() {
                            1 => Peer::PrefixList(
                                resolved.into_iter().next().unwrap_or_default().into(),
                            ),
                            _ => Peer::Unknown(names.unknown_reference(obj, k, all).into()),
                        }
                    }
                    PeerField::V4 | PeerField::V6 => {
                        Peer::Unknown(names.unknown_reference(obj, k, all).into())
                    }
                };
                out.push(template.with(peer));
            }
            Field::Absent => {}
        }
    }
    Ok(())
}

/// A group's attributes as the model holds them.
pub fn group(obj: &Object, lifecycle: Lifecycle) -> Group {
    let text = |k: &str| text(obj, &[Step::Key(k)]);
    Group {
        address: obj.address.clone(),
        resource_type: obj.rtype.to_owned(),
        name: text("name"),
        name_before: None,
        id: text("id"),
        vpc_id: text("vpc_id"),
        vpc: None,
        owner_id: text("owner_id"),
        description: text("description"),
        default: obj.rtype == "aws_default_security_group",
        lifecycle,
        origin: obj.origin.cloned(),
        tags: match obj.field(&[Step::Key("tags")]) {
            Field::Known(Value::Object(tags)) => tags
                .iter()
                .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_owned())))
                .collect(),
            _ => std::collections::BTreeMap::new(),
        },
        manages: [Direction::Ingress, Direction::Egress]
            .into_iter()
            .filter(|d| obj.configured(d.as_str()) != Some(false))
            .collect(),
        unmanaged_default_of: None,
    }
}

/// The CIDR blocks of a managed prefix list's `entry` set, or `None` while they are unknown.
pub fn prefix_list_entries(obj: &Object) -> Option<Vec<IpNet>> {
    let entries = match obj.field(&[Step::Key("entry")]) {
        Field::Known(Value::Array(a)) => a,
        Field::Absent => return Some(Vec::new()),
        _ => return None,
    };
    entries
        .iter()
        .map(|e| {
            e.get("cidr")
                .and_then(Value::as_str)
                .and_then(|c| c.parse::<IpNet>().ok())
                .map(|n| n.trunc())
        })
        .collect()
}

/// A managed prefix list's name and `max_entries`, where they are known.
pub fn prefix_list_size(obj: &Object) -> crate::model::PrefixListSize {
    let known = |key: &str| match obj.field(&[Step::Key(key)]) {
        Field::Known(v) => Some(v),
        _ => None,
    };
    crate::model::PrefixListSize {
        name: known("name").and_then(Value::as_str).map(str::to_owned),
        max_entries: known("max_entries")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok()),
    }
}

/// Hides the group and prefix-list ids an input marks sensitive anywhere (`secrets`, from
/// [`marked_strings`]) wherever the model would print them. An id that names nothing in the
/// input (a group of another configuration, the VPC's default group) is a group or list key
/// as it stands: it becomes an opaque [`sensitive_key`], the same for every use of the id, so
/// permissions, their owners and the workloads holding the group still join. An id that
/// names an object of the input was already replaced by that object's address; that
/// object's own `id` is then shown as `sensitive`, since it is the same value. (Terraform
/// marks values, not objects: the address is configuration, the id is the value.)
///
/// The key is a number, not a hash of the id: group ids are short (`sg-` and 8 or 17 hex
/// digits) and a hash of one is confirmed by hashing the account's ids.
pub fn hide_sensitive_ids(input: &mut Input, secrets: &[String]) {
    if secrets.is_empty() {
        return;
    }
    let secret: HashSet<&str> = secrets.iter().map(String::as_str).collect();
    let hidden = |s: &str| secret.contains(s) || secret.contains(s.rsplit('/').next().unwrap_or(s));
    // The keys that are ids the input marks: every other key is an address, or an id shown
    // in clear where it is not marked.
    let mut used: HashSet<&str> = HashSet::new();
    let mut note = |k: &str| {
        if let Some(s) = secret.get(k) {
            used.insert(*s);
        }
    };
    group_keys(input, &mut note);
    let mut keys: HashMap<String, String> = HashMap::new();
    for s in secrets {
        if used.contains(s.as_str()) && !keys.contains_key(s) {
            keys.insert(s.clone(), sensitive_key(keys.len() + 1));
        }
    }
    let rename = |k: &mut String| {
        if let Some(key) = keys.get(k.as_str()) {
            k.clone_from(key);
        }
    };
    let rename_shared = |k: &mut Arc<str>| {
        if let Some(key) = keys.get(&**k) {
            *k = key.as_str().into();
        }
    };
    for p in input.before.iter_mut().chain(input.after.iter_mut()) {
        rename_shared(&mut p.group);
        if let Peer::Group(k) | Peer::PrefixList(k) = &mut p.peer {
            rename_shared(k);
        }
    }
    for w in input.workloads.values_mut() {
        for a in w.before.iter_mut().chain(w.after.iter_mut()) {
            a.groups.iter_mut().for_each(rename);
            a.groups.sort();
            a.groups.dedup();
        }
    }
    for g in input.groups.values_mut() {
        for text in [&mut g.id, &mut g.name, &mut g.vpc_id, &mut g.description] {
            if text.as_deref().is_some_and(hidden) {
                *text = Some(SENSITIVE_TEXT.to_owned());
            }
        }
        for value in g.tags.values_mut() {
            if hidden(value) {
                SENSITIVE_TEXT.clone_into(value);
            }
        }
    }
}

/// Every key the model names a group or prefix list by: the permissions' owners and peers, and
/// the groups the workloads hold.
pub fn group_keys(input: &Input, mut note: impl FnMut(&str)) {
    for p in input.before.iter().chain(&input.after) {
        note(&p.group);
        if let Peer::Group(k) | Peer::PrefixList(k) = &p.peer {
            note(k);
        }
    }
    for w in input.workloads.values() {
        for a in w.before.iter().chain(&w.after) {
            a.groups.iter().for_each(|g| note(g));
        }
    }
}

/// A message about an object without the values the object marks sensitive: each is written
/// `(sensitive value)`, and so are the other forms a message may give a sensitive CIDR in (its
/// address alone, its network address, its canonical form).
pub(super) fn redact(obj: &Object, message: &str) -> String {
    fn collect(value: &Value, mask: &Value, marked: bool, out: &mut Vec<String>) {
        let marked = marked || *mask == Value::Bool(true);
        match value {
            Value::String(s) if marked => {
                out.push(s.clone());
                if let Some((address, _)) = s.split_once('/') {
                    out.push(address.to_owned());
                }
                if let Ok(net) = s.parse::<IpNet>() {
                    out.extend([
                        net.to_string(),
                        net.trunc().to_string(),
                        net.addr().to_string(),
                    ]);
                }
            }
            Value::Number(n) if marked => out.push(n.to_string()),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    collect(item, mask.get(i).unwrap_or(&Value::Null), marked, out);
                }
            }
            Value::Object(members) => {
                for (k, v) in members {
                    collect(v, mask.get(k).unwrap_or(&Value::Null), marked, out);
                }
            }
            _ => {}
        }
    }
    let mut secrets = Vec::new();
    collect(obj.values, obj.sensitive, false, &mut secrets);
    secrets.retain(|s| !s.is_empty());
    // The longest first, so that a CIDR goes before its address.
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    secrets.dedup();
    let mut text = message.to_owned();
    for secret in &secrets {
        text = replace_whole(&text, secret, "(sensitive value)");
    }
    text
}

/// `text` with every occurrence of `word` that is not part of a longer word, number or
/// address replaced (`22` in `port 22`, not in `main.tf:22` or `10.0.0.22`).
fn replace_whole(text: &str, word: &str, by: &str) -> String {
    // A number or an address goes on through `.` and `:` (`10.0.0.22`, `main.tf:22`).
    let address = word
        .chars()
        .all(|c| c.is_ascii_hexdigit() || matches!(c, '.' | ':' | '/'));
    let joins = |c: Option<char>| {
        c.is_some_and(|c| c.is_alphanumeric() || (address && matches!(c, '.' | ':')))
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((head, tail)) = rest.split_once(word) {
        let (before, after) = (head.chars().next_back(), tail.chars().next());
        out.push_str(head);
        if joins(before) || joins(after) {
            out.push_str(word);
        } else {
            out.push_str(by);
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::replace_whole;

    #[test]
    fn a_secret_is_replaced_where_it_stands_alone() {
        let hide = |text: &str, word: &str| replace_whole(text, word, "(sensitive value)");
        assert_eq!(
            hide("port 22 at main.tf:22 and 10.0.0.22", "22"),
            "port (sensitive value) at main.tf:22 and 10.0.0.22"
        );
        assert_eq!(
            hide(
                "\"203.0.113.77/33\" (write 203.0.113.77/32)",
                "203.0.113.77"
            ),
            "\"(sensitive value)/33\" (write (sensitive value)/32)"
        );
        assert_eq!(hide("is s3cr3t.", "s3cr3t"), "is (sensitive value).");
        assert_eq!(hide("not-s3cr3tive", "s3cr3t"), "not-s3cr3tive");
    }
}
