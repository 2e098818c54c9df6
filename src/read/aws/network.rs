//! The network layer of the AWS provider into the model's `Network`, on each side of the change:
//! VPCs' address blocks (`aws_vpc`, `aws_default_vpc` and their CIDR block associations),
//! subnets, route tables with their routes (inline, `aws_route`) and associations (explicit,
//! main), internet, egress-only and NAT gateways, network ACLs with their rules (inline,
//! `aws_network_acl_rule`) and associations, the subnet groups that place databases and caches,
//! and, for a VPC the change creates, the main route table and default network ACL AWS gives it
//! when nothing manages them.
//!
//! A reference to another resource is a `NetRef`: the address of the resource when the input
//! holds it, else its id, or `unknown:<reference>`. A route table or network ACL the input
//! names without holding it is in the network with what the input declares of it, and in
//! `Network::incomplete` (its other routes or rules are not known).
//!
//! AWS, "Default network ACL for a VPC"
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html>): every VPC
//! comes with a default network ACL that allows all inbound and outbound traffic: rule 100
//! allows all IPv4 traffic, rule 101 all IPv6 traffic ("added only if you create a VPC with an
//! associated IPv6 CIDR block"), and the rules numbered `*` deny what no numbered rule matches
//! (the model's implicit final deny). A subnet associated with no other ACL uses it.
//! Terraform manages it only through `aws_default_network_acl`, which removes its rules and
//! adds the ones its blocks write
//! (<https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_network_acl>).
//!
//! AWS, "Route tables for your VPC"
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html>): a VPC comes with
//! a main route table, which a subnet associated with no other table uses; every route table
//! has a local route for each of the VPC's CIDR blocks (communication within the VPC), which
//! Terraform does not list among a table's routes.
//!
//! As with default security groups (`vpcs.rs`), only a VPC the change creates has its main
//! route table and default ACL made up: those of a VPC that exists before the change may have
//! been changed outside Terraform.

use std::collections::{BTreeMap, BTreeSet};

use ipnet::{IpNet, Ipv4Net, Ipv6Net};
use serde_json::Value;

use super::names::Names;
use super::shapes::{cidr, redact};
use super::types::{SUBNET_GROUP_TYPES, SUBNET_TYPES, VPC_TYPES};
use crate::model::{
    Destination, Diagnostic, Direction, Gateway, GatewayKind, Input, Lifecycle, Nacl, NaclRule,
    NetRef, Network, Origin, Peer, Peering, Ports, Protocol, Route, RouteTable, Subnet, Target,
    VpcBlocks, is_sensitive_key, sensitive_key,
};
use crate::read::terraform::object::{Field, Object, Step, marked_within};

/// The arguments of a VPC that hold its address blocks (beside `vpcs::ARGUMENTS`).
pub const VPC_ARGUMENTS: [&str; 2] = ["cidr_block", "ipv4_ipam_pool_id"];

/// Where the change puts an object: before it, after it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Before,
    After,
}

/// A VPC the change creates, whose main route table and default ACL may be AWS's own.
struct NewVpc {
    /// Whether it has an IPv6 block (`None`: known only after apply).
    ipv6: Option<bool>,
    origin: Option<Origin>,
}

/// One side's network as read object by object, before what separate resources declare is put
/// together.
#[derive(Default)]
struct Parts {
    net: Network,
    /// (route table, route) of `aws_route`.
    routes: Vec<(NetRef, Route)>,
    /// (route table, subnet) of `aws_route_table_association`.
    route_associations: Vec<(NetRef, NetRef)>,
    /// (VPC, route table) of `aws_main_route_table_association`.
    main: Vec<(NetRef, NetRef)>,
    /// (network ACL, rule) of `aws_network_acl_rule`.
    rules: Vec<(NetRef, NaclRule)>,
    /// (network ACL, subnet) of `aws_network_acl_association`.
    nacl_associations: Vec<(NetRef, NetRef)>,
    /// (VPC, block, or the reference of one known only after apply) of the CIDR block
    /// associations, with the association's address.
    blocks: Vec<(NetRef, Result<IpNet, String>, String)>,
    /// (internet gateway, VPC) of `aws_internet_gateway_attachment`.
    attachments: Vec<(NetRef, NetRef)>,
    /// Subnet group address → its subnets.
    subnet_groups: BTreeMap<String, Vec<NetRef>>,
    /// The VPCs whose main route table an `aws_default_route_table` manages, and whose default
    /// ACL an `aws_default_network_acl` manages; `None` for one whose VPC is not known.
    managed_tables: BTreeSet<Option<NetRef>>,
    managed_nacls: BTreeSet<Option<NetRef>>,
    /// The route tables whose routes, and the ACLs and directions whose rules, the
    /// configuration writes inline (not read back from AWS, where they list the routes and
    /// rules of the separate resources too).
    written: BTreeSet<(String, &'static str)>,
}

/// The network of one input, both sides, gathered object by object.
#[derive(Default)]
pub struct Networks {
    before: Parts,
    after: Parts,
    created: BTreeMap<String, NewVpc>,
}

/// A value of the input read as a string: known (empty counts as not set, as plans write unset
/// nested arguments), unknown, or not set.
enum Text<'v> {
    Known(&'v str),
    Unknown,
    Unset,
}

fn text<'v>(obj: &'v Object, path: &[Step]) -> Text<'v> {
    match obj.field(path) {
        Field::Known(Value::String(s)) if !s.is_empty() => Text::Known(s),
        Field::Unknown => Text::Unknown,
        _ => Text::Unset,
    }
}

fn key(name: &str) -> [Step<'_>; 1] {
    [Step::Key(name)]
}

/// The field references of a nested value are traced by: its own (`route[1].gateway_id`) when
/// the input records them, else the block's.
fn traced<'f>(obj: &Object, nested: &'f str, block: &'f str) -> &'f str {
    if obj.trace(nested).is_empty() {
        block
    } else {
        nested
    }
}

/// What a reference to a resource of `types` names: the address of the instance it resolves to
/// (among the network's, the VPCs' and the workloads'), through `attr`.
fn resolved(names: &Names, obj: &Object, field: &str, types: &[&str], attr: &str) -> Vec<String> {
    let mut out: Vec<String> = [&names.network, &names.vpcs, &names.workloads]
        .into_iter()
        .flat_map(|instances| names.resolve_each(obj, field, instances, types, attr))
        .filter_map(|(_, address)| address)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// An id as the network names it: the address of the resource of the input with that id, else
/// the id.
fn by_id(names: &Names, id: &str) -> NetRef {
    names
        .ids
        .get(id)
        .map_or_else(|| id.to_owned(), |a| a.to_string())
}

/// The resource a value names, of `types` through `attr` (`id`, `name`): by known id, else by
/// the references of a value known only after apply (`unknown:<reference>` when they name no
/// one resource of the input); `None` when not set.
fn net_ref(
    names: &Names,
    obj: &Object,
    path: &[Step],
    field: &str,
    types: &[&str],
    attr: &str,
) -> Option<NetRef> {
    match text(obj, path) {
        Text::Known(id) => Some(by_id(names, id)),
        Text::Unset => None,
        Text::Unknown => Some(unknown_ref(names, obj, field, types, attr)),
    }
}

/// A value known only after apply: the one resource its references name, else
/// `unknown:<reference>`.
fn unknown_ref(names: &Names, obj: &Object, field: &str, types: &[&str], attr: &str) -> NetRef {
    match resolved(names, obj, field, types, attr).as_slice() {
        [one] => one.clone(),
        _ => format!("unknown:{}", names.unknown_reference(obj, field, |_| true)),
    }
}

/// A list of ids (`subnet_ids`): each by [`by_id`], the unknown ones by the references of the
/// list (the resources of `types` they name, or `unknown:<reference>`).
pub fn net_refs(
    names: &Names,
    obj: &Object,
    path: &[Step],
    field: &str,
    types: &[&str],
    attr: &str,
) -> Vec<NetRef> {
    let mut out = Vec::new();
    // How many elements are known only after apply; `None`: the whole list.
    let mut unknown = Some(0);
    match obj.field(path) {
        Field::Known(Value::Array(items)) => {
            for item in items {
                match item {
                    Value::String(s) if !s.is_empty() => out.push(by_id(names, s)),
                    Value::Null => unknown = unknown.map(|n| n + 1),
                    _ => {}
                }
            }
        }
        Field::Known(Value::String(s)) if !s.is_empty() => out.push(by_id(names, s)),
        Field::Unknown => unknown = None,
        _ => {}
    }
    if unknown != Some(0) {
        let each: Vec<_> = [&names.network, &names.vpcs, &names.workloads]
            .into_iter()
            .flat_map(|instances| names.resolve_each(obj, field, instances, types, attr))
            .collect();
        let found: BTreeSet<String> = each.iter().filter_map(|(_, a)| a.clone()).collect();
        // A reference that names none of them: what it holds is not known.
        let open = obj
            .trace(field)
            .iter()
            .any(|t| !each.iter().any(|(r, a)| r == t && a.is_some()));
        // A splat (`aws_subnet.private[*].id`) makes the whole list: all its instances.
        let splat: Vec<String> = obj
            .trace(field)
            .iter()
            .flat_map(|t| names.network.splat(&t.reference, types, &t.module))
            .collect();
        if unknown.is_none() && found.is_empty() && !splat.is_empty() {
            out.extend(splat);
        } else {
            let accounted = match unknown {
                Some(n) => found.len() >= n && !open,
                None => !found.is_empty() && !open,
            };
            out.extend(found);
            if !accounted {
                out.push(format!(
                    "unknown:{}",
                    names.unknown_reference(obj, field, |_| true)
                ));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A bool argument: known, else the provider's default when not set (`absent`), else `None`.
fn flag(obj: &Object, name: &str, absent: Option<bool>) -> Option<bool> {
    match obj.field(&key(name)) {
        Field::Known(Value::Bool(b)) => Some(*b),
        Field::Known(Value::String(s)) if s == "true" => Some(true),
        Field::Known(Value::String(s)) if s == "false" => Some(false),
        Field::Unknown => None,
        _ => absent,
    }
}

fn id_of(obj: &Object) -> Option<String> {
    match text(obj, &key("id")) {
        Text::Known(id) => Some(id.to_owned()),
        _ => None,
    }
}

/// The error of one object: its message without the values the object marks sensitive, at the
/// block it is about when known, else at the object (`at`).
struct Errors<'e> {
    at: &'e Origin,
    out: Vec<Diagnostic>,
    /// Whether errors are reported (the object after the change, or of a configuration): what
    /// AWS holds already it accepted.
    check: bool,
}

impl Errors<'_> {
    fn push(&mut self, obj: &Object, origin: Option<Origin>, message: &str) {
        if self.check {
            let message = format!("{}: {}", obj.address, redact(obj, message));
            self.out.push(Diagnostic::error(
                origin.unwrap_or_else(|| self.at.clone()),
                message,
            ));
        }
    }
}

impl Networks {
    /// One object of the network layer (a VPC too) on one side of the change. `check`: report
    /// what AWS or the provider would refuse, located at `at` unless the block is known.
    pub fn add(
        &mut self,
        names: &Names,
        at: &Origin,
        obj: &Object,
        side: Side,
        check: bool,
        lifecycle: &Lifecycle,
    ) -> Vec<Diagnostic> {
        let mut errors = Errors {
            at,
            out: Vec::new(),
            check,
        };
        let parts = match side {
            Side::Before => &mut self.before,
            Side::After => &mut self.after,
        };
        read(names, obj, parts, &mut errors, lifecycle);
        errors.out
    }

    /// A VPC the change creates (or replaces): its main route table and default network ACL are
    /// AWS's own unless the input manages them.
    pub fn created(&mut self, obj: &Object, ipv6: Option<bool>) {
        if obj.rtype != "aws_vpc" {
            return;
        }
        self.created.insert(
            obj.address.clone(),
            NewVpc {
                ipv6,
                origin: obj.origin.cloned(),
            },
        );
    }

    /// Puts each side together into `input.network_before` / `input.network_after`, and names
    /// the subnets of the workloads that sit in a subnet group. `state`: the input is a state,
    /// whose one side is both.
    pub fn finish(self, input: &mut Input, state: bool) {
        let Networks {
            before,
            after,
            created,
        } = self;
        let mut errors = Vec::new();
        let (before_groups, before) = assemble(before, &BTreeMap::new(), &mut Vec::new());
        let (after_groups, after) = if state {
            (before_groups.clone(), before.clone())
        } else {
            assemble(after, &created, &mut errors)
        };
        input.errors.extend(errors);
        for w in input.workloads.values_mut() {
            if let Some(a) = w.before.as_mut() {
                place(&mut a.subnets, &before_groups);
            }
            if let Some(a) = w.after.as_mut() {
                place(&mut a.subnets, &after_groups);
            }
        }
        input.network_before = before;
        input.network_after = after;
    }
}

/// Hides the ids the input marks sensitive (`secrets`) wherever the network or a workload's
/// subnets would print them, as `hide_sensitive_ids` hides group ids: each becomes an opaque
/// `sensitive-N` key, numbered after the keys the groups took, the same for every use.
pub fn hide_sensitive_refs(input: &mut Input, secrets: &[String]) {
    if secrets.is_empty() {
        return;
    }
    let secret: BTreeSet<&str> = secrets.iter().map(String::as_str).collect();
    // The keys the groups took.
    let mut taken = 0;
    let note = |k: &str| {
        if is_sensitive_key(k)
            && let Some(n) = k.rsplit('-').next().and_then(|n| n.parse::<usize>().ok())
        {
            taken = taken.max(n);
        }
    };
    super::shapes::group_keys(input, note);
    let mut keys: BTreeMap<String, String> = BTreeMap::new();
    let mut hide = |s: &mut String| {
        if secret.contains(s.as_str()) {
            let next = taken + keys.len() + 1;
            let key = keys
                .entry(s.clone())
                .or_insert_with(|| sensitive_key(next))
                .clone();
            *s = key;
        }
    };
    input.network_before.for_each_text(&mut hide);
    input.network_after.for_each_text(&mut hide);
    for w in input.workloads.values_mut() {
        for a in w.before.iter_mut().chain(w.after.iter_mut()) {
            a.subnets.iter_mut().for_each(&mut hide);
            a.subnets.sort();
            a.subnets.dedup();
        }
    }
}

/// How a workload's attachment names a subnet group until the groups are known (see
/// [`place`]): never left in the model.
pub const SUBNET_GROUP_MARK: &str = "subnet group\u{0}";

/// A workload's subnets with each subnet group it names replaced by the group's subnets (by
/// address or known name); a group the input does not hold leaves the subnets unknown.
fn place(subnets: &mut Vec<NetRef>, groups: &BTreeMap<String, Vec<NetRef>>) {
    if !subnets.iter().any(|s| s.starts_with(SUBNET_GROUP_MARK)) {
        return;
    }
    let mut out = Vec::new();
    for s in std::mem::take(subnets) {
        match s.strip_prefix(SUBNET_GROUP_MARK) {
            Some(group) if group.starts_with("unknown:") => out.push(group.to_owned()),
            Some(group) => match groups.get(group) {
                Some(found) => out.extend(found.iter().cloned()),
                None => out.push(format!("unknown:subnets of subnet group {group}")),
            },
            None => out.push(s),
        }
    }
    out.sort();
    out.dedup();
    *subnets = out;
}

/// A route table or ACL a separate resource names: the one of the network, or one the input
/// does not hold, marked incomplete.
fn table<'n>(net: &'n mut Network, reference: &NetRef) -> &'n mut RouteTable {
    if !net.route_tables.contains_key(reference) {
        net.incomplete.insert(
            reference.clone(),
            "a route table the input does not hold: its other routes are not known".to_owned(),
        );
    }
    net.route_tables
        .entry(reference.clone())
        .or_insert_with(|| RouteTable {
            address: reference.clone(),
            id: (!reference.starts_with("unknown:")).then(|| reference.clone()),
            ..RouteTable::default()
        })
}

fn nacl<'n>(net: &'n mut Network, reference: &NetRef) -> &'n mut Nacl {
    if !net.nacls.contains_key(reference) {
        net.incomplete.insert(
            reference.clone(),
            "a network ACL the input does not hold: its other rules are not known".to_owned(),
        );
    }
    net.nacls.entry(reference.clone()).or_insert_with(|| Nacl {
        address: reference.clone(),
        id: (!reference.starts_with("unknown:")).then(|| reference.clone()),
        ..Nacl::default()
    })
}

/// One side put together: the subnet groups (by address and by id) and the network.
fn assemble(
    parts: Parts,
    created: &BTreeMap<String, NewVpc>,
    errors: &mut Vec<Diagnostic>,
) -> (BTreeMap<String, Vec<NetRef>>, Network) {
    let Parts {
        mut net,
        routes,
        route_associations,
        main,
        rules,
        nacl_associations,
        blocks,
        attachments,
        subnet_groups,
        managed_tables,
        managed_nacls,
        written,
    } = parts;
    for (vpc, block, association) in blocks {
        let known = net.vpcs.contains_key(&vpc);
        let entry = net.vpcs.entry(vpc.clone()).or_default();
        match block {
            Ok(net) => entry.cidrs.push(net),
            Err(reference) => entry.unknown.push(reference),
        }
        entry.cidrs.sort();
        entry.cidrs.dedup();
        if !known {
            entry.id = (!vpc.starts_with("unknown:")).then(|| vpc.clone());
            net.incomplete.insert(
                vpc.clone(),
                format!(
                    "a VPC the input does not hold ({association} adds a block to it): its other blocks are not known"
                ),
            );
        }
    }
    for (gateway, vpc) in attachments {
        if let Some(g) = net.gateways.get_mut(&gateway) {
            g.attached_to = Some(vpc);
        }
    }
    // A table's routes as read back from AWS list the routes of `aws_route` too: each is the
    // `aws_route`'s. A route the configuration writes inline as well is declared twice, which
    // AWS refuses (`RouteAlreadyExists`).
    for (t, route) in routes {
        let t = table(&mut net, &t);
        let twice = t
            .routes
            .iter()
            .find(|r| r.resource == t.address && r.destination == route.destination)
            .map(|r| r.resource.clone());
        if let Some(inline) = twice {
            if written.contains(&(inline.clone(), "route")) {
                errors.push(Diagnostic::error(
                    route.origin.clone().or_else(|| t.origin.clone()),
                    format!(
                        "{}: the route to {} is declared by {inline} too, which AWS rejects when the change is applied",
                        route.resource,
                        destination_label(&route.destination)
                    ),
                ));
            } else {
                t.routes
                    .retain(|r| r.resource != inline || r.destination != route.destination);
            }
        }
        t.routes.push(route);
    }
    for (t, subnet) in route_associations {
        table(&mut net, &t).subnets.push(subnet);
    }
    for (vpc, t) in &main {
        // The table a main association names is the VPC's main one; the one it was is not.
        for other in net.route_tables.values_mut() {
            if other.vpc.as_ref() == Some(vpc) {
                other.main = false;
            }
        }
        let t = table(&mut net, t);
        t.main = true;
        t.vpc.get_or_insert_with(|| vpc.clone());
    }
    // An ACL's rules as read back from AWS list the rules of `aws_network_acl_rule` too: each
    // is the rule resource's, unless the configuration writes it inline as well (then it is
    // declared twice, reported below).
    for (n, rule) in rules {
        let n = nacl(&mut net, &n);
        let address = n.address.clone();
        if !written.contains(&(address.clone(), rule.direction.as_str())) {
            n.rules.retain(|r| {
                r.resource != address || r.direction != rule.direction || r.number != rule.number
            });
        }
        n.rules.push(rule);
    }
    for (n, subnet) in nacl_associations {
        // A subnet is associated with one ACL: the association takes it from `subnet_ids` of
        // another.
        for other in net.nacls.values_mut() {
            other.subnets.retain(|s| s != &subnet);
        }
        nacl(&mut net, &n).subnets.push(subnet);
    }
    for (address, vpc) in created {
        add_defaults(
            &mut net,
            address,
            vpc,
            &main,
            &managed_tables,
            &managed_nacls,
        );
    }
    // Every route table has a local route for each block of its VPC.
    let vpcs = net.vpcs.clone();
    for t in net.route_tables.values_mut() {
        let Some(blocks) = t.vpc.as_ref().and_then(|v| vpcs.get(v)) else {
            continue;
        };
        for block in &blocks.cidrs {
            if !t
                .routes
                .iter()
                .any(|r| r.destination == Destination::Cidr(*block))
            {
                t.routes.push(Route {
                    destination: Destination::Cidr(*block),
                    target: Target::Local,
                    resource: t.address.clone(),
                    origin: None,
                });
            }
        }
    }
    for t in net.route_tables.values_mut() {
        t.routes.sort();
        t.subnets.sort();
        t.subnets.dedup();
    }
    for n in net.nacls.values_mut() {
        n.subnets.sort();
        n.subnets.dedup();
        n.rules.sort_by(|a, b| {
            (a.direction.as_str(), a.number, &a.resource).cmp(&(
                b.direction.as_str(),
                b.number,
                &b.resource,
            ))
        });
        // AWS keeps one entry per number and direction in an ACL.
        for pair in n.rules.windows(2) {
            if let [a, b] = pair
                && a.direction == b.direction
                && a.number == b.number
            {
                errors.push(Diagnostic::error(
                    b.origin.clone().or_else(|| n.origin.clone()),
                    format!(
                        "{}: {} rule number {} is used twice in network ACL {} (also by {}), which AWS rejects when the change is applied",
                        b.resource,
                        b.direction.as_str(),
                        b.number,
                        n.address,
                        a.resource
                    ),
                ));
            }
        }
    }
    let mut groups = BTreeMap::new();
    for (address, subnets) in subnet_groups {
        groups.insert(address, subnets);
    }
    (groups, net)
}

/// How a message names a route's destination.
fn destination_label(d: &Destination) -> String {
    match d {
        Destination::Cidr(net) => net.to_string(),
        Destination::PrefixList(p) => p.clone(),
        Destination::Unknown(r) => format!("({r})"),
    }
}

/// The key of the main route table AWS gives a new VPC, and of its default network ACL.
fn main_table_key(vpc: &str) -> String {
    format!("{vpc}'s main route table")
}

fn default_nacl_key(vpc: &str) -> String {
    format!("{vpc}'s default network ACL")
}

/// Drops the main route tables and default network ACLs made up for the new VPCs that `drop`
/// names (`--base`: a VPC the base holds exists before the change, and what AWS gave it is not
/// known).
pub fn drop_made_up(net: &mut Network, drop: impl Fn(&str) -> bool) {
    net.route_tables.retain(|key, t| {
        !(t.id.is_none()
            && t.vpc
                .as_deref()
                .is_some_and(|v| drop(v) && *key == main_table_key(v)))
    });
    net.nacls.retain(|key, n| {
        !(n.id.is_none()
            && n.vpc
                .as_deref()
                .is_some_and(|v| drop(v) && *key == default_nacl_key(v)))
    });
}

/// The main route table and default network ACL AWS gives a VPC the change creates, unless the
/// input manages them.
fn add_defaults(
    net: &mut Network,
    address: &str,
    vpc: &NewVpc,
    main: &[(NetRef, NetRef)],
    managed_tables: &BTreeSet<Option<NetRef>>,
    managed_nacls: &BTreeSet<Option<NetRef>>,
) {
    // One whose VPC is not known may be this VPC's: nothing is made up.
    if !managed_tables.contains(&None) && !managed_tables.contains(&Some(address.to_owned())) {
        let key = main_table_key(address);
        let main = !main.iter().any(|(v, _)| v == address);
        net.route_tables.insert(
            key.clone(),
            RouteTable {
                address: key,
                id: None,
                vpc: Some(address.to_owned()),
                main,
                routes: Vec::new(),
                subnets: Vec::new(),
                origin: vpc.origin.clone(),
            },
        );
    }
    if managed_nacls.contains(&None) || managed_nacls.contains(&Some(address.to_owned())) {
        return;
    }
    let key = default_nacl_key(address);
    let rule = |number, direction, peer| NaclRule {
        number,
        direction,
        protocol: Protocol::All,
        ports: Ports::All,
        peer,
        allow: true,
        resource: address.to_owned(),
        origin: vpc.origin.clone(),
    };
    let v4 = Peer::cidr(IpNet::V4(Ipv4Net::default()));
    let v6 = match vpc.ipv6 {
        Some(true) => Some(Peer::cidr(IpNet::V6(Ipv6Net::default()))),
        Some(false) => None,
        // `::/0` when the VPC gets an IPv6 block, known only after apply.
        None => Some(Peer::Unknown(format!("{address}.ipv6_cidr_block").into())),
    };
    let mut rules = Vec::new();
    for direction in [Direction::Egress, Direction::Ingress] {
        rules.push(rule(100, direction, v4.clone()));
        if let Some(v6) = &v6 {
            rules.push(rule(101, direction, v6.clone()));
        }
    }
    net.nacls.insert(
        key.clone(),
        Nacl {
            address: key,
            id: None,
            vpc: Some(address.to_owned()),
            default: true,
            subnets: Vec::new(),
            rules,
            origin: vpc.origin.clone(),
        },
    );
}

/// The route targets: each argument, and what it names.
#[derive(Clone, Copy)]
enum TargetKind {
    /// `gateway_id`: an internet gateway, a virtual private gateway, or `local`.
    Gateway,
    EgressOnly,
    Nat,
    Peering,
    Transit,
    Endpoint,
    Other,
}

const TARGETS: [(&str, TargetKind, &[&str]); 10] = [
    (
        "gateway_id",
        TargetKind::Gateway,
        &["aws_internet_gateway", "aws_vpn_gateway"],
    ),
    (
        "egress_only_gateway_id",
        TargetKind::EgressOnly,
        &["aws_egress_only_internet_gateway"],
    ),
    ("nat_gateway_id", TargetKind::Nat, &["aws_nat_gateway"]),
    (
        "vpc_peering_connection_id",
        TargetKind::Peering,
        &["aws_vpc_peering_connection"],
    ),
    (
        "transit_gateway_id",
        TargetKind::Transit,
        &["aws_ec2_transit_gateway"],
    ),
    (
        "vpc_endpoint_id",
        TargetKind::Endpoint,
        &["aws_vpc_endpoint"],
    ),
    (
        "network_interface_id",
        TargetKind::Other,
        &["aws_network_interface"],
    ),
    ("carrier_gateway_id", TargetKind::Other, &[]),
    ("local_gateway_id", TargetKind::Other, &[]),
    ("core_network_arn", TargetKind::Other, &[]),
];

/// The destination arguments of an inline route and of `aws_route`.
const INLINE_DESTINATIONS: [&str; 3] = [
    "cidr_block",
    "ipv6_cidr_block",
    "destination_prefix_list_id",
];
const ROUTE_DESTINATIONS: [&str; 3] = [
    "destination_cidr_block",
    "destination_ipv6_cidr_block",
    "destination_prefix_list_id",
];

/// One route: its block's path in the object (empty for `aws_route`), the name its values are
/// traced by, and the names of its destination arguments.
fn route(
    names: &Names,
    obj: &Object,
    base: &[Step],
    label: &str,
    destinations: &[&'static str; 3],
    sensitive: &mut BTreeSet<IpNet>,
) -> Result<Route, String> {
    // `aws_route` checks its destination and target when planning (`ExactlyOneOf`); an inline
    // route is checked when it is created (`validNestedExactlyOneOf` in `routeTableAddRoute`,
    // internal/service/ec2/vpc_route_table.go of hashicorp/terraform-provider-aws).
    let when = if label.is_empty() {
        "when planning"
    } else {
        "when the change is applied"
    };
    let at = |name: &'static str| -> Vec<Step> {
        let mut path = base.to_vec();
        path.push(Step::Key(name));
        path
    };
    // A computed argument `aws_route` does not set (`network_interface_id`) is unknown in the
    // plan that creates it: it names nothing.
    let unset = |name: &str| label.is_empty() && obj.configured(name) == Some(false);
    let field = |name: &str| -> String {
        if label.is_empty() {
            name.to_owned()
        } else {
            traced(obj, &format!("{label}.{name}"), "route").to_owned()
        }
    };
    let mut found = Vec::new();
    let mut unknown = Vec::new();
    for (n, name) in destinations.iter().enumerate() {
        match text(obj, &at(name)) {
            Text::Known(raw) => found.push(match n {
                0 | 1 => cidr(raw, n == 1)
                    .inspect(|p| {
                        if let Peer::Cidr { net, .. } = p
                            && marked_within(obj.sensitive, &at(name))
                        {
                            sensitive.insert(*net);
                        }
                    })
                    .map(|p| match p {
                        Peer::Cidr { net, .. } => Destination::Cidr(net),
                        _ => Destination::Unknown(raw.to_owned()),
                    })
                    .map_err(|e| format!("{name} {e}"))?,
                _ => Destination::PrefixList(by_id(names, raw)),
            }),
            Text::Unknown if unset(name) => {}
            Text::Unknown => unknown.push(Destination::Unknown(names.unknown_reference(
                obj,
                &field(name),
                |_| true,
            ))),
            Text::Unset => {}
        }
    }
    let destination = match (found.len(), unknown.len()) {
        (0, 0) => {
            return Err(format!(
                "needs a destination ({}), which the AWS provider rejects {when}",
                destinations.join(", ")
            ));
        }
        (1, _) | (0, 1) => found
            .into_iter()
            .chain(unknown)
            .next()
            .unwrap_or(Destination::Unknown(String::new())),
        (0, _) => unknown
            .into_iter()
            .next()
            .unwrap_or(Destination::Unknown(String::new())),
        _ => {
            return Err(format!(
                "has one destination, not several ({}), which the AWS provider rejects {when}",
                destinations.join(", ")
            ));
        }
    };
    let mut targets = Vec::new();
    let mut unknown = Vec::new();
    for (name, kind, types) in TARGETS {
        match text(obj, &at(name)) {
            Text::Known(value) => targets.push(known_target(names, name, kind, value)),
            Text::Unknown if unset(name) => {}
            Text::Unknown => {
                let f = field(name);
                unknown.push(unknown_target(names, obj, &f, name, kind, types));
            }
            Text::Unset => {}
        }
    }
    // AWS reports the network interface behind a NAT gateway or an instance beside it (the
    // provider leaves it out of a route's hash when a NAT gateway is set,
    // `resourceRouteTableHash` of internal/service/ec2/vpc_route_table.go): the other target is
    // the route's.
    let eni = |t: &Target| matches!(t, Target::Other(a, _) if a == "network_interface_id");
    if targets.len() + unknown.len() > 1 {
        targets.retain(|t| !eni(t));
        unknown.retain(|t| !eni(t));
    }
    let target = match (targets.len(), unknown.len()) {
        (0, 0) => {
            return Err(format!(
                "needs a target (a gateway, NAT gateway, peering connection, network interface...), which the AWS provider rejects {when}"
            ));
        }
        (1, 0) | (0, 1) => targets
            .into_iter()
            .chain(unknown)
            .next()
            .unwrap_or(Target::Unknown(String::new())),
        // Which target is set is known only after apply.
        (0, _) | (1, _) => Target::Unknown(
            unknown
                .iter()
                .map(|t| match t {
                    Target::Unknown(r) => r.trim_start_matches("unknown:").to_owned(),
                    Target::Other(_, r)
                    | Target::InternetGateway(r)
                    | Target::EgressOnlyGateway(r)
                    | Target::NatGateway(r)
                    | Target::Peering(r)
                    | Target::TransitGateway(r)
                    | Target::VpcEndpoint(r) => r.trim_start_matches("unknown:").to_owned(),
                    Target::Local => "local".to_owned(),
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => {
            return Err(format!(
                "has one target, not several, which the AWS provider rejects {when}"
            ));
        }
    };
    Ok(Route {
        destination,
        target,
        resource: obj.address.clone(),
        origin: obj.origin_of(base),
    })
}

fn known_target(names: &Names, name: &str, kind: TargetKind, value: &str) -> Target {
    let named = by_id(names, value);
    match kind {
        TargetKind::Gateway => {
            if value == "local" {
                return Target::Local;
            }
            let rtype = names.network_types.get(&named).map(String::as_str);
            match rtype {
                Some("aws_internet_gateway") => Target::InternetGateway(named),
                Some(_) => Target::Other(name.to_owned(), named),
                // AWS's id prefix of internet gateways.
                None if value.starts_with("igw-") => Target::InternetGateway(named),
                None => Target::Other(name.to_owned(), named),
            }
        }
        TargetKind::EgressOnly => Target::EgressOnlyGateway(named),
        TargetKind::Nat => Target::NatGateway(named),
        TargetKind::Peering => Target::Peering(named),
        TargetKind::Transit => Target::TransitGateway(named),
        TargetKind::Endpoint => Target::VpcEndpoint(named),
        TargetKind::Other => Target::Other(name.to_owned(), named),
    }
}

fn unknown_target(
    names: &Names,
    obj: &Object,
    field: &str,
    name: &str,
    kind: TargetKind,
    types: &[&str],
) -> Target {
    let one = |types: &[&str]| match resolved(names, obj, field, types, "id").as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    };
    let unknown = || format!("unknown:{}", names.unknown_reference(obj, field, |_| true));
    match kind {
        TargetKind::Gateway => {
            if let Some(igw) = one(&["aws_internet_gateway"]) {
                Target::InternetGateway(igw)
            } else if let Some(vgw) = one(&["aws_vpn_gateway"]) {
                Target::Other(name.to_owned(), vgw)
            } else {
                Target::Unknown(names.unknown_reference(obj, field, |_| true))
            }
        }
        _ => {
            let named = one(types).unwrap_or_else(unknown);
            match kind {
                TargetKind::EgressOnly => Target::EgressOnlyGateway(named),
                TargetKind::Nat => Target::NatGateway(named),
                TargetKind::Peering => Target::Peering(named),
                TargetKind::Transit => Target::TransitGateway(named),
                TargetKind::Endpoint => Target::VpcEndpoint(named),
                TargetKind::Gateway | TargetKind::Other => Target::Other(name.to_owned(), named),
            }
        }
    }
}

/// The names of a network ACL rule's arguments: inline (`rule_no`, `action`) or standalone
/// (`rule_number`, `rule_action`).
struct RuleArgs {
    number: &'static str,
    action: &'static str,
}

const INLINE_RULE: RuleArgs = RuleArgs {
    number: "rule_no",
    action: "action",
};
const STANDALONE_RULE: RuleArgs = RuleArgs {
    number: "rule_number",
    action: "rule_action",
};

/// The protocol names the AWS provider accepts for a network ACL rule, by number (IANA's
/// "Assigned Internet Protocol Numbers",
/// <https://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml>, as
/// `ianaProtocolAToI` of internal/service/ec2/vpc_network_acl.go of
/// hashicorp/terraform-provider-aws lists them; `""` where it lists none). It also accepts
/// `all` (-1), and the numbers it lists: 0-142 but 57, 253 and 254.
const IANA: [&str; 143] = [
    "hopopt",
    "icmp",
    "igmp",
    "ggp",
    "ipv4",
    "st",
    "tcp",
    "cbt",
    "egp",
    "igp",
    "bbn-rcc-mon",
    "nvp-ii",
    "pup",
    "argus",
    "emcon",
    "xnet",
    "chaos",
    "udp",
    "mux",
    "dcn-meas",
    "hmp",
    "prm",
    "xns-idp",
    "trunk-1",
    "trunk-2",
    "leaf-1",
    "leaf-2",
    "rdp",
    "irtp",
    "iso-tp4",
    "netblt",
    "mfe-nsp",
    "merit-inp",
    "dccp",
    "3pc",
    "idpr",
    "xtp",
    "ddp",
    "idpr-cmtp",
    "tp++",
    "il",
    "ipv6",
    "sdrp",
    "ipv6-route",
    "ipv6-frag",
    "idrp",
    "rsvp",
    "gre",
    "dsr",
    "bna",
    "esp",
    "ah",
    "i-nlsp",
    "swipe",
    "narp",
    "mobile",
    "tlsp",
    "",
    "ipv6-icmp",
    "ipv6-nonxt",
    "ipv6-opts",
    "61",
    "cftp",
    "63",
    "sat-expak",
    "kryptolan",
    "rvd",
    "ippc",
    "68",
    "sat-mon",
    "visa",
    "ipcv",
    "cpnx",
    "cphb",
    "wsn",
    "pvp",
    "br-sat-mon",
    "sun-nd",
    "wb-mon",
    "wb-expak",
    "iso-ip",
    "vmtp",
    "secure-vmtp",
    "vines",
    "ttp",
    "nsfnet-igp",
    "dgp",
    "tcf",
    "eigrp",
    "ospfigp",
    "sprite-rpc",
    "larp",
    "mtp",
    "ax.25",
    "ipip",
    "micp",
    "scc-sp",
    "etherip",
    "encap",
    "99",
    "gmtp",
    "ifmp",
    "pnni",
    "pim",
    "aris",
    "scps",
    "qnx",
    "a/n",
    "ipcomp",
    "snp",
    "compaq-peer",
    "ipx-in-ip",
    "vrrp",
    "pgm",
    "114",
    "l2tp",
    "dd",
    "iatp",
    "stp",
    "srp",
    "uti",
    "smp",
    "sm",
    "ptp",
    "isis-over-ipv4",
    "fire",
    "crtp",
    "crudp",
    "sscopmce",
    "iplt",
    "sps",
    "pipe",
    "sctp",
    "fc",
    "rsvp-e2e-ignore",
    "mobility-header",
    "udplite",
    "mpls-in-ip",
    "manet",
    "hip",
    "shim6",
    "wesp",
    "rohc",
];

/// A network ACL rule's protocol as the provider reads it (`networkACLProtocolNumber`): a
/// number it lists, `-1`, or a name of [`IANA`] (lower case, as written there).
fn nacl_protocol(raw: &str) -> Result<Protocol, String> {
    let refused = || {
        format!(
            "protocol {raw:?} is not one the AWS provider accepts for a network ACL rule (-1, all, an IANA protocol number or its name in lower case: tcp, udp, icmp, ipv6-icmp...), which it checks when planning"
        )
    };
    let number: i64 = match raw.parse::<i64>() {
        Ok(n) => n,
        Err(_) if raw == "all" => -1,
        Err(_) => IANA
            .iter()
            .position(|name| !name.is_empty() && *name == raw)
            .and_then(|n| i64::try_from(n).ok())
            .ok_or_else(refused)?,
    };
    let listed = number == -1
        || number == 253
        || number == 254
        || usize::try_from(number)
            .ok()
            .and_then(|n| IANA.get(n))
            .is_some_and(|name| !name.is_empty());
    if !listed {
        return Err(refused());
    }
    Protocol::parse(&number.to_string())
}

/// A number argument (a port, a rule number): known (a JSON number, or a string of one),
/// unknown, or not set; an error for anything else.
enum Number {
    Known(i64),
    Unknown,
    Unset,
}

fn number(obj: &Object, path: &[Step], name: &str) -> Result<Number, String> {
    match obj.field(path) {
        Field::Known(v) => v
            .as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            .map(Number::Known)
            .ok_or_else(|| format!("{name} {v} is not a whole number")),
        Field::Unknown => Ok(Number::Unknown),
        Field::Absent => Ok(Number::Unset),
    }
}

/// One network ACL rule; `Ok(None)` when its number or action is known only after apply (the
/// rule cannot be placed: the ACL is incomplete).
#[expect(
    clippy::too_many_arguments,
    reason = "one rule as the object holds it: where, its direction, its argument names"
)]
fn nacl_rule(
    names: &Names,
    obj: &Object,
    base: &[Step],
    label: &str,
    block: &str,
    direction: Direction,
    args: &RuleArgs,
    origin: Option<Origin>,
) -> Result<Option<NaclRule>, String> {
    let path = |name: &'static str| -> Vec<Step> {
        let mut p = base.to_vec();
        p.push(Step::Key(name));
        p
    };
    let field = |name: &str| -> String {
        if label.is_empty() {
            name.to_owned()
        } else {
            traced(obj, &format!("{label}.{name}"), block).to_owned()
        }
    };
    let reference = |name: &str| names.unknown_reference(obj, &field(name), |_| true);
    let rule_number = match number(obj, &path(args.number), args.number)? {
        Number::Known(n) if (1..=32766).contains(&n) => u32::try_from(n).unwrap_or(0),
        Number::Known(n) => {
            return Err(format!(
                "{} {n} is outside 1-32766, which AWS rejects when the change is applied",
                args.number
            ));
        }
        Number::Unknown => return Ok(None),
        Number::Unset => return Err(format!("{} is missing", args.number)),
    };
    let allow = match text(obj, &path(args.action)) {
        Text::Known("allow") => true,
        Text::Known("deny") => false,
        Text::Known(other) => {
            return Err(format!(
                "{} {other:?} is neither \"allow\" nor \"deny\", which the AWS provider rejects when planning",
                args.action
            ));
        }
        Text::Unknown => return Ok(None),
        Text::Unset => return Err(format!("{} is missing", args.action)),
    };
    let protocol = match obj.field(&path("protocol")) {
        Field::Known(Value::String(s)) => nacl_protocol(s)?,
        Field::Known(Value::Number(n)) => nacl_protocol(&n.to_string())?,
        Field::Known(other) => return Err(format!("protocol {other} is not a string")),
        Field::Unknown => Protocol::Unknown(reference("protocol")),
        Field::Absent => return Err("protocol is missing".to_owned()),
    };
    let (from, to) = match protocol {
        Protocol::Icmp | Protocol::Icmpv6 => ("icmp_type", "icmp_code"),
        _ => ("from_port", "to_port"),
    };
    let ports = match (number(obj, &path(from), from)?, number(obj, &path(to), to)?) {
        _ if !protocol.has_ports() => Ports::normalize(&protocol, None, None)?,
        (Number::Unknown, _) | (_, Number::Unknown) => Ports::Unknown(reference(from)),
        (from_value, to_value) => {
            let get = |n: Number| match n {
                Number::Known(v) => Some(v),
                _ => None,
            };
            let (f, t) = (get(from_value), get(to_value));
            if matches!(protocol, Protocol::Tcp | Protocol::Udp) {
                match (f, t) {
                    (Some(f), Some(t))
                        if (0..=65535).contains(&f) && (0..=65535).contains(&t) && f <= t => {}
                    (None, None) => {}
                    _ => {
                        return Err(format!(
                            "port range {}-{} is not one AWS accepts for {protocol} (0-65535, from_port not above to_port), which it rejects when the change is applied",
                            f.map_or_else(|| "null".to_owned(), |v| v.to_string()),
                            t.map_or_else(|| "null".to_owned(), |v| v.to_string()),
                        ));
                    }
                }
            }
            Ports::normalize(&protocol, f, t)?
        }
    };
    let sensitive = ["cidr_block", "ipv6_cidr_block"]
        .iter()
        .any(|k| marked_within(obj.sensitive, &path(k)));
    let mut peers = Vec::new();
    let mut unknown = None;
    for (name, v6) in [("cidr_block", false), ("ipv6_cidr_block", true)] {
        match text(obj, &path(name)) {
            Text::Known(raw) => {
                peers.push(match cidr(raw, v6).map_err(|e| format!("{name} {e}"))? {
                    Peer::Cidr { net, .. } => Peer::Cidr { net, sensitive },
                    other => other,
                })
            }
            Text::Unknown => unknown = Some(Peer::Unknown(reference(name).into())),
            Text::Unset => {}
        }
    }
    if peers.len() > 1 {
        return Err(
            "a network ACL rule has one of cidr_block and ipv6_cidr_block, not both, which AWS rejects when the change is applied".to_owned(),
        );
    }
    // A known block and one known only after apply (maybe null): which one is not known.
    let peer = match (unknown, peers.pop()) {
        (Some(u), _) => u,
        (None, Some(p)) => p,
        (None, None) => {
            return Err(
                "a network ACL rule needs cidr_block or ipv6_cidr_block, which AWS rejects when the change is applied".to_owned(),
            );
        }
    };
    Ok(Some(NaclRule {
        number: rule_number,
        direction,
        protocol,
        ports,
        peer,
        allow,
        resource: obj.address.clone(),
        origin,
    }))
}

/// The inline `ingress`/`egress` rules of a network ACL, into `out`; a rule the reader cannot
/// place makes the ACL incomplete.
fn inline_rules(
    names: &Names,
    obj: &Object,
    net: &mut Network,
    errors: &mut Errors,
) -> Vec<NaclRule> {
    let mut out = Vec::new();
    for direction in [Direction::Ingress, Direction::Egress] {
        let block = direction.as_str();
        match obj.field(&key(block)) {
            Field::Known(Value::Array(list)) => {
                for i in 0..list.len() {
                    let base = [Step::Key(block), Step::Index(i)];
                    let origin = obj.origin_of(&base);
                    let label = format!("{block}[{i}]");
                    match nacl_rule(
                        names,
                        obj,
                        &base,
                        &label,
                        block,
                        direction,
                        &INLINE_RULE,
                        origin.clone(),
                    ) {
                        Ok(Some(rule)) => out.push(rule),
                        Ok(None) => {
                            net.incomplete.insert(
                                obj.address.clone(),
                                format!("a rule of its {block} has a number or action known only after apply"),
                            );
                        }
                        Err(e) => errors.push(obj, origin, &format!("{block} {e}")),
                    }
                }
            }
            // Computed: a new ACL whose configuration writes no such rules gets none of its own
            // (its rules are `aws_network_acl_rule`s).
            Field::Unknown if obj.configured(block) == Some(false) => {}
            Field::Unknown => {
                net.incomplete.insert(
                    obj.address.clone(),
                    format!("its {block} rules are known only after apply"),
                );
            }
            _ => {}
        }
    }
    out
}

/// A subnet's or VPC's CIDR block: known, known only after apply (its reference), or not set.
fn block(
    names: &Names,
    obj: &Object,
    (name, v6): (&str, bool),
    errors: &mut Errors,
    sensitive: &mut BTreeSet<IpNet>,
) -> Option<Result<IpNet, String>> {
    match text(obj, &key(name)) {
        Text::Known(raw) => match cidr(raw, v6) {
            Ok(Peer::Cidr { net, .. }) => {
                if marked_within(obj.sensitive, &key(name)) {
                    sensitive.insert(net);
                }
                Some(Ok(net))
            }
            Ok(_) => None,
            Err(e) => {
                errors.push(obj, None, &format!("{name} {e}"));
                None
            }
        },
        Text::Unknown => Some(Err(names.unknown_reference(obj, name, |_| true))),
        Text::Unset => None,
    }
}

/// One object into its side's parts.
fn read(
    names: &Names,
    obj: &Object,
    parts: &mut Parts,
    errors: &mut Errors,
    lifecycle: &Lifecycle,
) {
    let address = obj.address.clone();
    let origin = obj.origin.cloned();
    let vpc_of = |field: &str| net_ref(names, obj, &key(field), field, &VPC_TYPES, "id");
    let subnet_of = |field: &str| net_ref(names, obj, &key(field), field, &SUBNET_TYPES, "id");
    match obj.rtype {
        "aws_vpc" | "aws_default_vpc" => {
            let mut blocks = VpcBlocks {
                id: id_of(obj),
                ..VpcBlocks::default()
            };
            let sensitive = &mut parts.net.sensitive;
            match block(names, obj, ("cidr_block", false), errors, sensitive) {
                Some(Ok(net)) => blocks.cidrs.push(net),
                Some(Err(r)) => blocks.unknown.push(r),
                // The default VPC's block is AWS's, which a configuration does not hold.
                None => blocks.unknown.push(format!("{address}.cidr_block")),
            }
            // `ipv6_cidr_block` is computed: unknown in the plan of every new VPC, it is a block
            // only when the VPC asks for one.
            let ipv6 = super::vpcs::ipv6(obj);
            match block(names, obj, ("ipv6_cidr_block", true), errors, sensitive) {
                Some(Ok(net)) => blocks.cidrs.push(net),
                Some(Err(r)) if ipv6 != Some(false) => blocks.unknown.push(r),
                // A configuration asks for a block it does not hold (Amazon's, an IPAM pool's).
                None if ipv6 != Some(false) => {
                    blocks.unknown.push(format!("{address}.ipv6_cidr_block"));
                }
                _ => {}
            }
            if !blocks.unknown.is_empty() {
                parts.net.incomplete.insert(
                    address.clone(),
                    "a block of the VPC is known only after apply".to_owned(),
                );
            }
            parts.net.vpcs.insert(address, blocks);
        }
        "aws_vpc_ipv4_cidr_block_association" | "aws_vpc_ipv6_cidr_block_association" => {
            let v6 = obj.rtype.contains("ipv6");
            let name = if v6 { "ipv6_cidr_block" } else { "cidr_block" };
            let Some(vpc) = vpc_of("vpc_id") else { return };
            // An association from an IPAM pool or Amazon's IPv6 pool: its block is unknown.
            let b = block(names, obj, (name, v6), errors, &mut parts.net.sensitive)
                .unwrap_or_else(|| Err(format!("{address}.{name}")));
            parts.blocks.push((vpc, b, address));
        }
        "aws_subnet" | "aws_default_subnet" => {
            let mut cidrs = Vec::new();
            for (name, v6) in [("cidr_block", false), ("ipv6_cidr_block", true)] {
                match block(names, obj, (name, v6), errors, &mut parts.net.sensitive) {
                    Some(Ok(net)) => cidrs.push(net),
                    // A default subnet's block is AWS's, which a configuration does not hold.
                    None if !v6 => {
                        parts
                            .net
                            .incomplete
                            .insert(address.clone(), format!("its {name} is not in the input"));
                    }
                    // `ipv6_cidr_block` is computed for a default subnet only.
                    Some(Err(_)) if v6 && obj.configured(name) == Some(false) => {}
                    Some(Err(r)) => {
                        parts.net.incomplete.insert(
                            address.clone(),
                            format!("its {name} is known only after apply ({r})"),
                        );
                    }
                    None => {}
                }
            }
            // The provider's defaults for `aws_subnet` (false); a default subnet's are AWS's.
            let absent = (obj.rtype == "aws_subnet").then_some(false);
            parts.net.subnets.insert(
                address.clone(),
                Subnet {
                    address,
                    id: id_of(obj),
                    vpc: vpc_of("vpc_id"),
                    cidrs,
                    map_public_ip_on_launch: flag(obj, "map_public_ip_on_launch", absent),
                    assign_ipv6_address_on_creation: flag(
                        obj,
                        "assign_ipv6_address_on_creation",
                        absent,
                    ),
                    lifecycle: lifecycle.clone(),
                    origin,
                },
            );
        }
        "aws_route_table" | "aws_default_route_table" => {
            let default = obj.rtype == "aws_default_route_table";
            let mut vpc = vpc_of("vpc_id");
            // `vpc_id` is computed: before the default one is adopted, its VPC is named by
            // the reference of its id argument (`aws_vpc.main.default_route_table_id`).
            if default && vpc.as_ref().is_none_or(|v| v.starts_with("unknown:")) {
                vpc = default_of(names, obj, "default_route_table_id").or(vpc);
            }
            if default {
                parts.managed_tables.insert(vpc.clone());
            }
            if obj.configured("route") == Some(true) {
                parts.written.insert((address.clone(), "route"));
            }
            let mut routes = Vec::new();
            match obj.field(&key("route")) {
                Field::Known(Value::Array(list)) => {
                    for i in 0..list.len() {
                        let base = [Step::Key("route"), Step::Index(i)];
                        let label = format!("route[{i}]");
                        match route(
                            names,
                            obj,
                            &base,
                            &label,
                            &INLINE_DESTINATIONS,
                            &mut parts.net.sensitive,
                        ) {
                            Ok(r) => routes.push(r),
                            Err(e) => {
                                errors.push(obj, obj.origin_of(&base), &format!("a route {e}"))
                            }
                        }
                    }
                }
                // Computed: a new table whose configuration writes no route has none of its own
                // (its routes are `aws_route`s).
                Field::Unknown if obj.configured("route") == Some(false) => {}
                Field::Unknown => {
                    parts.net.incomplete.insert(
                        address.clone(),
                        "its routes are known only after apply".to_owned(),
                    );
                }
                _ => {}
            }
            let t = parts.net.route_tables.entry(address.clone()).or_default();
            t.address = address;
            t.id = id_of(obj);
            t.vpc = vpc;
            t.main = t.main || default;
            t.routes.extend(routes);
            t.origin = origin;
        }
        "aws_route" => {
            let Some(t) = net_ref(
                names,
                obj,
                &key("route_table_id"),
                "route_table_id",
                &["aws_route_table", "aws_default_route_table"],
                "id",
            ) else {
                return;
            };
            match route(
                names,
                obj,
                &[],
                "",
                &ROUTE_DESTINATIONS,
                &mut parts.net.sensitive,
            ) {
                Ok(r) => parts.routes.push((t, r)),
                Err(e) => errors.push(obj, None, &format!("the route {e}")),
            }
        }
        "aws_route_table_association" => {
            let t = net_ref(
                names,
                obj,
                &key("route_table_id"),
                "route_table_id",
                &["aws_route_table", "aws_default_route_table"],
                "id",
            );
            // A gateway's association (edge routing) routes what enters the VPC: no subnet.
            if let (Some(t), Some(subnet)) = (t, subnet_of("subnet_id")) {
                parts.route_associations.push((t, subnet));
            }
        }
        "aws_main_route_table_association" => {
            let t = net_ref(
                names,
                obj,
                &key("route_table_id"),
                "route_table_id",
                &["aws_route_table", "aws_default_route_table"],
                "id",
            );
            if let (Some(vpc), Some(t)) = (vpc_of("vpc_id"), t) {
                parts.main.push((vpc, t));
            }
        }
        "aws_internet_gateway" | "aws_egress_only_internet_gateway" | "aws_nat_gateway" => {
            let (kind, attached_to) = match obj.rtype {
                "aws_internet_gateway" => (GatewayKind::Internet, vpc_of("vpc_id")),
                "aws_egress_only_internet_gateway" => (GatewayKind::EgressOnly, vpc_of("vpc_id")),
                _ => {
                    // The provider's default `connectivity_type` is `public`.
                    let public =
                        !matches!(text(obj, &key("connectivity_type")), Text::Known("private"));
                    (GatewayKind::Nat { public }, subnet_of("subnet_id"))
                }
            };
            parts.net.gateways.insert(
                address.clone(),
                Gateway {
                    address,
                    id: id_of(obj),
                    kind,
                    attached_to,
                    origin,
                },
            );
        }
        "aws_internet_gateway_attachment" => {
            let gateway = net_ref(
                names,
                obj,
                &key("internet_gateway_id"),
                "internet_gateway_id",
                &["aws_internet_gateway"],
                "id",
            );
            if let (Some(g), Some(vpc)) = (gateway, vpc_of("vpc_id")) {
                parts.attachments.push((g, vpc));
            }
        }
        "aws_network_acl" | "aws_default_network_acl" => {
            let default = obj.rtype == "aws_default_network_acl";
            let mut vpc = vpc_of("vpc_id");
            // `vpc_id` is computed: before the default one is adopted, its VPC is named by
            // the reference of its id argument (`aws_vpc.main.default_network_acl_id`).
            if default && vpc.as_ref().is_none_or(|v| v.starts_with("unknown:")) {
                vpc = default_of(names, obj, "default_network_acl_id").or(vpc);
            }
            if default {
                parts.managed_nacls.insert(vpc.clone());
            }
            for block in ["ingress", "egress"] {
                if obj.configured(block) == Some(true) {
                    parts.written.insert((address.clone(), block));
                }
            }
            let rules = inline_rules(names, obj, &mut parts.net, errors);
            // Computed: not configured, its subnets are the associations' (or, for the
            // default ACL, every subnet associated with no other).
            let subnets = if matches!(obj.field(&key("subnet_ids")), Field::Unknown)
                && obj.configured("subnet_ids") == Some(false)
            {
                Vec::new()
            } else {
                net_refs(
                    names,
                    obj,
                    &key("subnet_ids"),
                    "subnet_ids",
                    &SUBNET_TYPES,
                    "id",
                )
            };
            let n = parts.net.nacls.entry(address.clone()).or_default();
            n.address = address;
            n.id = id_of(obj);
            n.vpc = vpc;
            n.default = default;
            n.subnets.extend(subnets);
            n.rules.extend(rules);
            n.origin = origin;
        }
        "aws_network_acl_rule" => {
            let Some(n) = net_ref(
                names,
                obj,
                &key("network_acl_id"),
                "network_acl_id",
                &["aws_network_acl", "aws_default_network_acl"],
                "id",
            ) else {
                return;
            };
            let direction = match flag(obj, "egress", Some(false)) {
                Some(true) => Direction::Egress,
                Some(false) => Direction::Ingress,
                None => {
                    parts.net.incomplete.insert(
                        n,
                        format!("{address} is a rule whose direction is known only after apply"),
                    );
                    return;
                }
            };
            match nacl_rule(names, obj, &[], "", "", direction, &STANDALONE_RULE, origin) {
                Ok(Some(rule)) => parts.rules.push((n, rule)),
                Ok(None) => {
                    parts.net.incomplete.insert(
                        n,
                        format!(
                            "{address} is a rule whose number or action is known only after apply"
                        ),
                    );
                }
                Err(e) => errors.push(obj, None, &e),
            }
        }
        "aws_network_acl_association" => {
            let n = net_ref(
                names,
                obj,
                &key("network_acl_id"),
                "network_acl_id",
                &["aws_network_acl", "aws_default_network_acl"],
                "id",
            );
            if let (Some(n), Some(subnet)) = (n, subnet_of("subnet_id")) {
                parts.nacl_associations.push((n, subnet));
            }
        }
        "aws_vpc_peering_connection" => {
            let peer_region = match text(obj, &key("peer_region")) {
                Text::Known(r) => Some(r.to_owned()),
                _ => None,
            };
            parts.net.peerings.insert(
                address.clone(),
                Peering {
                    address,
                    id: id_of(obj),
                    vpc: vpc_of("vpc_id"),
                    peer_vpc: vpc_of("peer_vpc_id"),
                    peer_region,
                    origin,
                },
            );
        }
        rtype if SUBNET_GROUP_TYPES.contains(&rtype) => {
            let subnets = net_refs(
                names,
                obj,
                &key("subnet_ids"),
                "subnet_ids",
                &SUBNET_TYPES,
                "id",
            );
            parts.subnet_groups.insert(address, subnets);
        }
        _ => {}
    }
}

/// The VPC an object names in `vpc_id` (a group's), as the network names VPCs: its address
/// when the input holds it, else its id, or `unknown:<reference>`.
pub fn vpc_ref(names: &Names, obj: &Object) -> Option<NetRef> {
    net_ref(names, obj, &key("vpc_id"), "vpc_id", &VPC_TYPES, "id")
}

/// The VPC whose default route table or ACL an `aws_default_*` names through its id argument
/// (`aws_vpc.main.default_network_acl_id`).
fn default_of(names: &Names, obj: &Object, field: &str) -> Option<NetRef> {
    names
        .resolve_each(obj, field, &names.vpcs, &VPC_TYPES, field)
        .into_iter()
        .find_map(|(_, a)| a)
}

/// How a workload names a subnet group until the groups are put together: the group's address
/// (by known name or id, or by the references of one known only after apply), else its name,
/// marked (see [`SUBNET_GROUP_MARK`]).
pub fn subnet_group(names: &Names, obj: &Object, path: &[Step], field: &str) -> Option<NetRef> {
    let named = match text(obj, path) {
        Text::Known(name) => names
            .subnet_group_names
            .get(name)
            .map(String::as_str)
            .or_else(|| names.ids.get(name).map(|a| &**a))
            .unwrap_or(name)
            .to_owned(),
        Text::Unset => return None,
        Text::Unknown => {
            let found: BTreeSet<String> = ["name", "id"]
                .into_iter()
                .flat_map(|attr| resolved(names, obj, field, &SUBNET_GROUP_TYPES, attr))
                .collect();
            match found.into_iter().collect::<Vec<_>>().as_slice() {
                [one] => one.clone(),
                _ => format!("unknown:{}", names.unknown_reference(obj, field, |_| true)),
            }
        }
    };
    Some(format!("{SUBNET_GROUP_MARK}{named}"))
}

#[cfg(test)]
mod tests {
    use crate::model::{
        Destination, Direction, GatewayKind, Input, Network, Peer, Ports, Protocol, Target, texts,
    };
    use crate::read::{Options, read};
    use crate::tests::Scratch;

    fn configuration(text: &str) -> Input {
        let (_tmp, dir) = Scratch::with(&[("main.tf", text)]);
        read(&dir, &Options::default()).unwrap()
    }

    fn network(text: &str) -> Network {
        let input = configuration(text);
        assert_eq!(texts(&input.errors), Vec::<String>::new());
        input.network_after
    }

    const VPC: &str = r#"
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
"#;

    /// A VPC's blocks, its associated blocks, and its subnets with their VPC, blocks and
    /// public-address settings (the provider's defaults when not set).
    #[test]
    fn vpcs_and_subnets() {
        let net = network(&format!(
            r#"{VPC}
resource "aws_vpc" "dual" {{
  cidr_block                       = "10.1.0.0/16"
  assign_generated_ipv6_cidr_block = true
}}

resource "aws_vpc_ipv4_cidr_block_association" "extra" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.2.0.0/16"
}}

resource "aws_subnet" "public" {{
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}}

resource "aws_subnet" "private" {{
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.9.1.0/24"
}}
"#
        ));
        let main = &net.vpcs["aws_vpc.main"];
        assert_eq!(
            main.cidrs,
            [
                "10.0.0.0/16".parse().unwrap(),
                "10.2.0.0/16".parse().unwrap()
            ]
        );
        assert!(main.unknown.is_empty());
        // Amazon's IPv6 block is known only after apply.
        let dual = &net.vpcs["aws_vpc.dual"];
        assert_eq!(dual.cidrs, ["10.1.0.0/16".parse().unwrap()]);
        assert_eq!(dual.unknown, ["aws_vpc.dual.ipv6_cidr_block"]);
        assert!(net.incomplete.contains_key("aws_vpc.dual"));
        let public = &net.subnets["aws_subnet.public"];
        assert_eq!(public.vpc.as_deref(), Some("aws_vpc.main"));
        assert_eq!(public.cidrs, ["10.0.1.0/24".parse().unwrap()]);
        assert_eq!(public.map_public_ip_on_launch, Some(true));
        assert_eq!(public.assign_ipv6_address_on_creation, Some(false));
        let private = &net.subnets["aws_subnet.private"];
        // A VPC the input does not hold stays its id.
        assert_eq!(private.vpc.as_deref(), Some("vpc-0123456789abcdef0"));
        assert_eq!(private.map_public_ip_on_launch, Some(false));
    }

    /// Inline routes and `aws_route` to each kind of target, explicit and main associations,
    /// the local route of each of the VPC's blocks, and the new VPC's own main table, which a
    /// main association makes no longer main.
    #[test]
    fn route_tables_routes_and_associations() {
        let net = network(&format!(
            r#"{VPC}
resource "aws_subnet" "a" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}}

resource "aws_internet_gateway" "igw" {{
  vpc_id = aws_vpc.main.id
}}

resource "aws_egress_only_internet_gateway" "eigw" {{
  vpc_id = aws_vpc.main.id
}}

resource "aws_nat_gateway" "nat" {{
  subnet_id         = aws_subnet.a.id
  connectivity_type = "private"
}}

resource "aws_route_table" "public" {{
  vpc_id = aws_vpc.main.id

  route {{
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }}

  route {{
    ipv6_cidr_block        = "::/0"
    egress_only_gateway_id = aws_egress_only_internet_gateway.eigw.id
  }}

  route {{
    destination_prefix_list_id = "pl-12345678"
    vpc_endpoint_id            = "vpce-12345678"
  }}

  route {{
    cidr_block = "192.168.0.0/16"
    gateway_id = "vgw-12345678"
  }}
}}

resource "aws_route" "nat" {{
  route_table_id         = aws_route_table.public.id
  destination_cidr_block = "172.16.0.0/12"
  nat_gateway_id         = aws_nat_gateway.nat.id
}}

resource "aws_route" "elsewhere" {{
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "10.8.0.0/16"
  vpc_peering_connection_id = "pcx-12345678"
}}

resource "aws_route_table_association" "a" {{
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.public.id
}}

resource "aws_main_route_table_association" "main" {{
  vpc_id         = aws_vpc.main.id
  route_table_id = aws_route_table.public.id
}}
"#
        ));
        let public = &net.route_tables["aws_route_table.public"];
        assert!(public.main);
        assert_eq!(public.vpc.as_deref(), Some("aws_vpc.main"));
        assert_eq!(public.subnets, ["aws_subnet.a"]);
        let routes: Vec<(String, Target, &str)> = public
            .routes
            .iter()
            .map(|r| {
                (
                    format!("{:?}", r.destination),
                    r.target.clone(),
                    r.resource.as_str(),
                )
            })
            .collect();
        assert_eq!(
            routes,
            [
                (
                    "Cidr(0.0.0.0/0)".to_owned(),
                    Target::InternetGateway("aws_internet_gateway.igw".to_owned()),
                    "aws_route_table.public"
                ),
                (
                    "Cidr(10.0.0.0/16)".to_owned(),
                    Target::Local,
                    "aws_route_table.public"
                ),
                (
                    "Cidr(172.16.0.0/12)".to_owned(),
                    Target::NatGateway("aws_nat_gateway.nat".to_owned()),
                    "aws_route.nat"
                ),
                (
                    "Cidr(192.168.0.0/16)".to_owned(),
                    Target::Other("gateway_id".to_owned(), "vgw-12345678".to_owned()),
                    "aws_route_table.public"
                ),
                (
                    "Cidr(::/0)".to_owned(),
                    Target::EgressOnlyGateway("aws_egress_only_internet_gateway.eigw".to_owned()),
                    "aws_route_table.public"
                ),
                (
                    "PrefixList(\"pl-12345678\")".to_owned(),
                    Target::VpcEndpoint("vpce-12345678".to_owned()),
                    "aws_route_table.public"
                ),
            ]
        );
        // Its origin is the route's block.
        assert!(
            public
                .routes
                .iter()
                .all(|r| r.target == Target::Local || r.origin.is_some())
        );
        // The VPC's own main table is no longer the main one; it has the local route.
        let own = &net.route_tables["aws_vpc.main's main route table"];
        assert!(!own.main);
        assert_eq!(own.routes.len(), 1);
        assert_eq!(own.routes[0].target, Target::Local);
        // A table the input does not hold: what the input declares, and incomplete.
        let elsewhere = &net.route_tables["rtb-0123456789abcdef0"];
        assert_eq!(
            elsewhere.routes[0].target,
            Target::Peering("pcx-12345678".to_owned())
        );
        assert!(net.incomplete.contains_key("rtb-0123456789abcdef0"));
        assert_eq!(
            net.gateways["aws_nat_gateway.nat"].kind,
            GatewayKind::Nat { public: false }
        );
        assert_eq!(
            net.gateways["aws_nat_gateway.nat"].attached_to.as_deref(),
            Some("aws_subnet.a")
        );
        assert_eq!(
            net.gateways["aws_internet_gateway.igw"]
                .attached_to
                .as_deref(),
            Some("aws_vpc.main")
        );
    }

    /// The rules of a network ACL, inline and standalone, with protocols by number and name,
    /// ports, ICMP type and code, IPv4 and IPv6 blocks; its subnets by `subnet_ids` and an
    /// association (which takes the subnet from another ACL); a new VPC's default ACL with
    /// AWS's rules, and none when `aws_default_network_acl` manages it.
    #[test]
    fn network_acls_and_their_rules() {
        let net = network(&format!(
            r#"{VPC}
resource "aws_vpc" "managed" {{
  cidr_block = "10.5.0.0/16"
}}

resource "aws_default_network_acl" "managed" {{
  default_network_acl_id = aws_vpc.managed.default_network_acl_id
  subnet_ids             = [aws_subnet.b.id]

  egress {{
    rule_no    = 100
    action     = "allow"
    protocol   = -1
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }}
}}

resource "aws_subnet" "a" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}}

resource "aws_subnet" "b" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}}

resource "aws_network_acl" "web" {{
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]

  ingress {{
    rule_no    = 90
    action     = "deny"
    protocol   = "6"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }}

  ingress {{
    rule_no         = 100
    action          = "allow"
    protocol        = "tcp"
    from_port       = 443
    to_port         = 443
    ipv6_cidr_block = "::/0"
  }}

  ingress {{
    rule_no    = 110
    action     = "allow"
    protocol   = "icmp"
    from_port  = 0
    to_port    = 0
    icmp_type  = 3
    icmp_code  = -1
    cidr_block = "10.0.0.0/8"
  }}
}}

resource "aws_network_acl" "data" {{
  vpc_id = aws_vpc.main.id
}}

resource "aws_network_acl_rule" "out" {{
  network_acl_id = aws_network_acl.data.id
  rule_number    = 200
  egress         = true
  protocol       = "udp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
  from_port      = 1024
  to_port        = 65535
}}

resource "aws_network_acl_rule" "gre" {{
  network_acl_id = aws_network_acl.data.id
  rule_number    = 210
  protocol       = "gre"
  rule_action    = "deny"
  cidr_block     = "10.0.0.0/16"
}}

resource "aws_network_acl_association" "b" {{
  network_acl_id = aws_network_acl.data.id
  subnet_id      = aws_subnet.b.id
}}
"#
        ));
        let web = &net.nacls["aws_network_acl.web"];
        assert!(!web.default);
        assert_eq!(web.vpc.as_deref(), Some("aws_vpc.main"));
        // The association takes `b`.
        assert_eq!(web.subnets, ["aws_subnet.a"]);
        let rules: Vec<(u32, Direction, Protocol, Ports, Peer, bool)> = web
            .rules
            .iter()
            .map(|r| {
                (
                    r.number,
                    r.direction,
                    r.protocol.clone(),
                    r.ports.clone(),
                    r.peer.clone(),
                    r.allow,
                )
            })
            .collect();
        assert_eq!(
            rules,
            [
                (
                    90,
                    Direction::Ingress,
                    Protocol::Tcp,
                    Ports::Range(22, 22),
                    Peer::cidr("0.0.0.0/0".parse().unwrap()),
                    false
                ),
                (
                    100,
                    Direction::Ingress,
                    Protocol::Tcp,
                    Ports::Range(443, 443),
                    Peer::cidr("::/0".parse().unwrap()),
                    true
                ),
                (
                    110,
                    Direction::Ingress,
                    Protocol::Icmp,
                    Ports::Icmp {
                        kind: Some(3),
                        code: None
                    },
                    Peer::cidr("10.0.0.0/8".parse().unwrap()),
                    true
                ),
            ]
        );
        assert!(
            web.rules
                .iter()
                .all(|r| r.resource == "aws_network_acl.web" && r.origin.is_some())
        );
        let data = &net.nacls["aws_network_acl.data"];
        assert_eq!(data.subnets, ["aws_subnet.b"]);
        let standalone: Vec<(u32, Direction, Protocol, Ports, bool, &str)> = data
            .rules
            .iter()
            .map(|r| {
                (
                    r.number,
                    r.direction,
                    r.protocol.clone(),
                    r.ports.clone(),
                    r.allow,
                    r.resource.as_str(),
                )
            })
            .collect();
        assert_eq!(
            standalone,
            [
                (
                    200,
                    Direction::Egress,
                    Protocol::Udp,
                    Ports::Range(1024, 65535),
                    true,
                    "aws_network_acl_rule.out"
                ),
                (
                    210,
                    Direction::Ingress,
                    Protocol::Number(47),
                    Ports::All,
                    false,
                    "aws_network_acl_rule.gre"
                ),
            ]
        );
        // AWS's default ACL of the new VPC: 100 allows all, both ways.
        let default = &net.nacls["aws_vpc.main's default network ACL"];
        assert!(default.default);
        let defaults: Vec<(u32, Direction, Protocol, String, bool)> = default
            .rules
            .iter()
            .map(|r| {
                (
                    r.number,
                    r.direction,
                    r.protocol.clone(),
                    format!("{:?}", r.peer),
                    r.allow,
                )
            })
            .collect();
        assert_eq!(
            defaults,
            [
                (
                    100,
                    Direction::Egress,
                    Protocol::All,
                    "Cidr { net: 0.0.0.0/0, sensitive: false }".to_owned(),
                    true
                ),
                (
                    100,
                    Direction::Ingress,
                    Protocol::All,
                    "Cidr { net: 0.0.0.0/0, sensitive: false }".to_owned(),
                    true
                ),
            ]
        );
        // The managed VPC's default ACL is the resource's.
        assert!(
            !net.nacls
                .contains_key("aws_vpc.managed's default network ACL")
        );
        let managed = &net.nacls["aws_default_network_acl.managed"];
        assert!(managed.default);
        assert_eq!(managed.vpc.as_deref(), Some("aws_vpc.managed"));
        assert_eq!(managed.rules.len(), 1);
    }

    /// What Terraform or AWS would refuse is an error at its block, and the rest is read.
    #[test]
    fn refused_values_are_errors() {
        let (_tmp, dir) = Scratch::with(&[(
            "main.tf",
            &format!(
                r#"{VPC}
resource "aws_network_acl" "bad" {{
  vpc_id = aws_vpc.main.id

  ingress {{
    rule_no    = 40000
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }}

  ingress {{
    rule_no    = 100
    action     = "permit"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }}

  ingress {{
    rule_no    = 110
    action     = "allow"
    protocol   = "icmpv6"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }}

  ingress {{
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }}

  egress {{
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 80
    cidr_block = "0.0.0.0/0"
  }}
}}

resource "aws_network_acl_rule" "twice" {{
  network_acl_id = aws_network_acl.bad.id
  rule_number    = 120
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
  from_port      = 22
  to_port        = 22
}}

resource "aws_route_table" "bad" {{
  vpc_id = aws_vpc.main.id

  route {{
    gateway_id = "igw-12345678"
  }}

  route {{
    cidr_block     = "0.0.0.0/0"
    gateway_id     = "igw-12345678"
    nat_gateway_id = "nat-12345678"
  }}

  route {{
    cidr_block = "10.9.0.0/16"
    gateway_id = "igw-12345678"
  }}
}}
"#
            ),
        )]);
        let input = read(&dir, &Options::default()).unwrap();
        let errors: Vec<String> = texts(&input.errors)
            .iter()
            .map(|e| e.replace(&format!("{dir}/"), ""))
            .collect();
        assert_eq!(
            errors,
            [
                "main.tf:9: aws_network_acl.bad: ingress rule_no 40000 is outside 1-32766, which AWS rejects when the change is applied",
                "main.tf:18: aws_network_acl.bad: ingress action \"permit\" is neither \"allow\" nor \"deny\", which the AWS provider rejects when planning",
                "main.tf:27: aws_network_acl.bad: ingress protocol \"icmpv6\" is not one the AWS provider accepts for a network ACL rule (-1, all, an IANA protocol number or its name in lower case: tcp, udp, icmp, ipv6-icmp...), which it checks when planning",
                "main.tf:45: aws_network_acl.bad: egress port range 443-80 is not one AWS accepts for tcp (0-65535, from_port not above to_port), which it rejects when the change is applied",
                "main.tf:68: aws_route_table.bad: a route needs a destination (cidr_block, ipv6_cidr_block, destination_prefix_list_id), which the AWS provider rejects when the change is applied",
                "main.tf:72: aws_route_table.bad: a route has one target, not several, which the AWS provider rejects when the change is applied",
                "main.tf:55: aws_network_acl_rule.twice: ingress rule number 120 is used twice in network ACL aws_network_acl.bad (also by aws_network_acl.bad), which AWS rejects when the change is applied",
            ]
        );
        // The rest is read.
        let net = &input.network_after;
        assert_eq!(net.route_tables["aws_route_table.bad"].routes.len(), 2);
        assert_eq!(net.nacls["aws_network_acl.bad"].rules.len(), 2);
    }

    /// With its configuration, a plan's network has the `file:line` of what declares it: each
    /// resource's block, each inline rule's and route's own block, a standalone rule's
    /// resource; a local route is no block's.
    #[test]
    fn a_plans_network_has_its_configurations_origins() {
        let tf = std::fs::read_to_string(scenario("after.tf")).unwrap();
        let (_config, config) = Scratch::with(&[("main.tf", &tf)]);
        let options = Options {
            config: Some(config.clone()),
            ..Options::default()
        };
        let plan = read(&scenario("plan.json"), &options).unwrap();
        let line = |o: &Option<crate::model::Origin>| o.as_ref().and_then(|o| o.line);
        let net = &plan.network_after;
        let acl = &net.nacls["aws_network_acl.public"];
        assert_eq!(line(&acl.origin), Some(112));
        let rules: Vec<(u32, Option<usize>)> = acl
            .rules
            .iter()
            .map(|r| (r.number, line(&r.origin)))
            .collect();
        assert_eq!(
            rules,
            [
                (100, Some(163)),
                (90, Some(116)),
                (100, Some(125)),
                (110, Some(134)),
                (120, Some(143)),
                (130, Some(152)),
            ]
        );
        let private = &net.nacls["aws_network_acl.private"];
        assert!(private.rules.iter().all(|r| r.origin.is_some()));
        let table = &net.route_tables["aws_route_table.public"];
        for r in &table.routes {
            assert_eq!(r.origin.is_some(), r.target != Target::Local, "{r:?}");
        }
        assert!(net.subnets.values().all(|s| s.origin.is_some()));
        assert!(net.gateways.values().all(|g| g.origin.is_some()));
    }

    /// A new ACL and a new table whose configuration writes no inline rules or routes have
    /// none of their own (the plan shows them unknown: they are computed): their rules and
    /// routes are the separate resources'. Here the real plan's `private` ACL and table, made
    /// new.
    #[test]
    fn a_new_acl_or_table_without_inline_entries_has_none() {
        let text = std::fs::read_to_string(scenario("plan.json")).unwrap();
        let mut plan: serde_json::Value = serde_json::from_str(&text).unwrap();
        let changes = plan["resource_changes"].as_array_mut().unwrap();
        for address in ["aws_network_acl.private", "aws_route_table.private"] {
            let change = changes
                .iter_mut()
                .find(|c| c["address"] == address)
                .unwrap();
            change["change"]["actions"] = serde_json::json!(["create"]);
            change["change"]["before"] = serde_json::Value::Null;
            // (Their ids stay known: the rules, routes and associations name them by id.)
            for computed in ["ingress", "egress", "subnet_ids", "route"] {
                let after = change["change"]["after"].as_object_mut().unwrap();
                if after.remove(computed).is_some() {
                    change["change"]["after_unknown"][computed] = serde_json::Value::Bool(true);
                }
            }
        }
        let bytes = serde_json::to_vec(&plan).unwrap();
        let input = crate::read::parse_plan_bytes("plan.json", &bytes).unwrap();
        let net = &input.network_after;
        assert!(net.incomplete.is_empty(), "{:?}", net.incomplete);
        let acl = &net.nacls["aws_network_acl.private"];
        assert_eq!(acl.subnets, ["aws_subnet.private_a"]);
        assert!(
            acl.rules
                .iter()
                .all(|r| r.resource.starts_with("aws_network_acl_rule."))
        );
        assert_eq!(acl.rules.len(), 3);
        let table = &net.route_tables["aws_route_table.private"];
        assert!(
            table
                .routes
                .iter()
                .all(|r| r.target == Target::Local || r.resource.starts_with("aws_route."))
        );
    }

    /// `aws_route` is checked when planning; the network interface AWS reports behind a NAT
    /// gateway is no second target.
    #[test]
    fn a_standalone_route_is_checked_and_a_nat_gateways_interface_is_no_target() {
        let (_tmp, dir) = Scratch::with(&[(
            "main.tf",
            &format!(
                r#"{VPC}
resource "aws_route_table" "t" {{
  vpc_id = aws_vpc.main.id

  route {{
    cidr_block           = "0.0.0.0/0"
    nat_gateway_id       = "nat-12345678"
    network_interface_id = "eni-12345678"
  }}
}}

resource "aws_route" "nowhere" {{
  route_table_id         = aws_route_table.t.id
  destination_cidr_block = "10.9.0.0/16"
}}
"#
            ),
        )]);
        let input = read(&dir, &Options::default()).unwrap();
        let errors: Vec<String> = texts(&input.errors)
            .iter()
            .map(|e| e.replace(&format!("{dir}/"), ""))
            .collect();
        assert_eq!(
            errors,
            [
                "main.tf:16: aws_route.nowhere: the route needs a target (a gateway, NAT gateway, peering connection, network interface...), which the AWS provider rejects when planning"
            ]
        );
        let t = &input.network_after.route_tables["aws_route_table.t"];
        assert!(
            t.routes
                .iter()
                .any(|r| r.target == Target::NatGateway("nat-12345678".to_owned()))
        );
        assert_eq!(t.routes.len(), 2);
    }

    /// Values known only after apply name the resource their reference names, else
    /// `unknown:<reference>`; a rule whose number is not known makes its ACL incomplete.
    #[test]
    fn unknown_values_keep_their_reference() {
        let net = network(&format!(
            r#"{VPC}
variable "gateway" {{
  type = string
}}

variable "rule" {{
  type = number
}}

variable "cidr" {{
  type = string
}}

resource "aws_route_table" "t" {{
  vpc_id = aws_vpc.main.id

  route {{
    cidr_block = "0.0.0.0/0"
    gateway_id = var.gateway
  }}
}}

resource "aws_network_acl" "n" {{
  vpc_id = aws_vpc.main.id

  ingress {{
    rule_no    = var.rule
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }}

  ingress {{
    rule_no    = 200
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = var.cidr
  }}
}}
"#
        ));
        let t = &net.route_tables["aws_route_table.t"];
        let internet: Vec<&Target> = t
            .routes
            .iter()
            .filter(|r| r.destination == Destination::Cidr("0.0.0.0/0".parse().unwrap()))
            .map(|r| &r.target)
            .collect();
        assert_eq!(internet, [&Target::Unknown("var.gateway".to_owned())]);
        let n = &net.nacls["aws_network_acl.n"];
        assert_eq!(n.rules.len(), 1);
        assert_eq!(n.rules[0].peer, Peer::Unknown("var.cidr".into()));
        assert!(net.incomplete["aws_network_acl.n"].contains("known only after apply"));
    }

    /// Where workloads sit: an instance's and an ENI's subnet, a load balancer's subnets and
    /// subnet mappings, a database's subnet group, a function's VPC config.
    #[test]
    fn workloads_name_their_subnets() {
        let input = configuration(&format!(
            r#"{VPC}
resource "aws_subnet" "a" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}}

resource "aws_subnet" "b" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}}

resource "aws_security_group" "g" {{
  vpc_id = aws_vpc.main.id
}}

resource "aws_instance" "web" {{
  ami                    = "ami-12345678"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_security_group.g.id]
}}

resource "aws_lb" "web" {{
  security_groups = [aws_security_group.g.id]
  subnets         = [aws_subnet.a.id]

  subnet_mapping {{
    subnet_id = aws_subnet.b.id
  }}
}}

resource "aws_db_subnet_group" "db" {{
  name       = "db"
  subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
}}

resource "aws_db_instance" "db" {{
  db_subnet_group_name   = aws_db_subnet_group.db.name
  vpc_security_group_ids = [aws_security_group.g.id]
}}

resource "aws_db_instance" "elsewhere" {{
  db_subnet_group_name   = "legacy"
  vpc_security_group_ids = [aws_security_group.g.id]
}}

resource "aws_lambda_function" "f" {{
  function_name = "f"
  role          = "arn:aws:iam::123456789012:role/f"

  vpc_config {{
    subnet_ids         = ["subnet-0123456789abcdef0", aws_subnet.b.id]
    security_group_ids = [aws_security_group.g.id]
  }}
}}
"#
        ));
        assert_eq!(texts(&input.errors), Vec::<String>::new());
        let subnets = |w: &str| {
            input.workloads[w]
                .after
                .as_ref()
                .map(|a| a.subnets.clone())
                .unwrap_or_default()
        };
        assert_eq!(subnets("aws_instance.web"), ["aws_subnet.a"]);
        assert_eq!(subnets("aws_lb.web"), ["aws_subnet.a", "aws_subnet.b"]);
        assert_eq!(
            subnets("aws_db_instance.db"),
            ["aws_subnet.a", "aws_subnet.b"]
        );
        assert_eq!(
            subnets("aws_db_instance.elsewhere"),
            ["unknown:subnets of subnet group legacy"]
        );
        assert_eq!(
            subnets("aws_lambda_function.f"),
            ["aws_subnet.b", "subnet-0123456789abcdef0"]
        );
    }

    /// A subnet id or block the input marks sensitive counts but is never printed: the id
    /// becomes a `sensitive-N` key wherever the network or a workload names it, and a rule's
    /// sensitive block stays in the analysis, marked.
    #[test]
    fn sensitive_values_are_kept_but_hidden() {
        let input = configuration(&format!(
            r#"{VPC}
variable "subnet" {{
  type      = string
  sensitive = true
  default   = "subnet-0123456789abcdef0"
}}

variable "office" {{
  type      = string
  sensitive = true
  default   = "198.51.100.0/24"
}}

variable "hidden_block" {{
  type      = string
  sensitive = true
  default   = "10.0.7.0/24"
}}

resource "aws_subnet" "hidden" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = var.hidden_block
}}

resource "aws_route_table" "t" {{
  vpc_id = aws_vpc.main.id

  route {{
    cidr_block = var.office
    gateway_id = "igw-12345678"
  }}
}}

resource "aws_security_group" "g" {{
  vpc_id = aws_vpc.main.id
}}

resource "aws_instance" "web" {{
  ami                    = "ami-12345678"
  subnet_id              = var.subnet
  vpc_security_group_ids = [aws_security_group.g.id]
}}

resource "aws_network_acl" "n" {{
  vpc_id     = aws_vpc.main.id
  subnet_ids = [var.subnet]

  ingress {{
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = var.office
  }}
}}
"#
        ));
        assert_eq!(texts(&input.errors), Vec::<String>::new());
        let subnets = input.workloads["aws_instance.web"]
            .after
            .as_ref()
            .map(|a| a.subnets.clone())
            .unwrap_or_default();
        // The same key wherever the id is used.
        assert_eq!(subnets.len(), 1);
        assert!(crate::model::is_sensitive_key(&subnets[0]));
        let n = &input.network_after.nacls["aws_network_acl.n"];
        assert_eq!(n.subnets, subnets);
        assert_eq!(
            n.rules[0].peer,
            Peer::Cidr {
                net: "198.51.100.0/24".parse().unwrap(),
                sensitive: true
            }
        );
        // A subnet's block and a route's destination count, marked.
        let net = &input.network_after;
        let hidden: ipnet::IpNet = "10.0.7.0/24".parse().unwrap();
        let office: ipnet::IpNet = "198.51.100.0/24".parse().unwrap();
        assert_eq!(net.subnets["aws_subnet.hidden"].cidrs, [hidden]);
        assert!(
            net.route_tables["aws_route_table.t"]
                .routes
                .iter()
                .any(|r| r.destination == Destination::Cidr(office))
        );
        assert_eq!(
            net.sensitive.iter().copied().collect::<Vec<_>>(),
            [hidden, office]
        );
        let printed = format!("{:?}{:?}", input.network_after, input.workloads);
        assert!(!printed.contains("subnet-0123456789abcdef0"));
        // Terraform marks a whole set of blocks sensitive (`route`): its gateway too.
        assert!(!printed.contains("igw-12345678"));
    }

    /// `--base`: the base's network is the network before the change; a VPC both hold exists
    /// before it, so its main table and default ACL are not made up; a subnet the work tree
    /// adds is created, one the base holds alone deleted.
    #[test]
    fn with_a_base_the_network_before_is_the_bases() {
        let base_tf = format!(
            r#"{VPC}
resource "aws_subnet" "kept" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}}

resource "aws_subnet" "gone" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}}
"#
        );
        let head_tf = format!(
            r#"{VPC}
resource "aws_vpc" "added" {{
  cidr_block = "10.1.0.0/16"
}}

resource "aws_subnet" "kept" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}}

resource "aws_subnet" "added" {{
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.3.0/24"
}}

resource "aws_network_acl" "n" {{
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.added.id]
}}
"#
        );
        let (_base, base) = Scratch::with(&[("main.tf", &base_tf)]);
        let (_head, head) = Scratch::with(&[("main.tf", &head_tf)]);
        let options = Options {
            base: Some(base.clone()),
            ..Options::default()
        };
        let input = read(&head, &options).unwrap();
        let before = &input.network_before;
        let after = &input.network_after;
        assert_eq!(
            before.subnets.keys().collect::<Vec<_>>(),
            ["aws_subnet.gone", "aws_subnet.kept"]
        );
        assert!(before.nacls.is_empty() && before.route_tables.is_empty());
        let actions: Vec<(&str, &str)> = after
            .subnets
            .values()
            .chain(
                before
                    .subnets
                    .values()
                    .filter(|s| !after.subnets.contains_key(&s.address)),
            )
            .map(|s| (s.address.as_str(), s.lifecycle.action()))
            .collect();
        assert_eq!(
            actions,
            [
                ("aws_subnet.added", "create"),
                ("aws_subnet.kept", "no-op"),
                ("aws_subnet.gone", "delete"),
            ]
        );
        assert_eq!(
            after.nacls.keys().collect::<Vec<_>>(),
            ["aws_network_acl.n", "aws_vpc.added's default network ACL"]
        );
        assert_eq!(
            after.route_tables.keys().collect::<Vec<_>>(),
            ["aws_vpc.added's main route table"]
        );
    }

    fn scenario(file: &str) -> String {
        format!("testdata/plans/network-reading/{file}")
    }

    /// A network as both readings can tell it: without ids, origins and lifecycles (a
    /// configuration knows no id, a plan no line), without the IPv6 block Amazon gives the VPC
    /// (known once it exists, unknown in a configuration) and its local route, and without
    /// the main table and default ACL a configuration makes up for the VPC (it creates it;
    /// the plan's and the state's exists).
    fn comparable(mut net: Network) -> Network {
        super::drop_made_up(&mut net, |_| true);
        for v in net.vpcs.values_mut() {
            v.id = None;
            v.cidrs.retain(|c| matches!(c, ipnet::IpNet::V4(_)));
            v.unknown.clear();
        }
        net.incomplete.retain(|k, _| !net.vpcs.contains_key(k));
        for s in net.subnets.values_mut() {
            s.id = None;
            s.origin = None;
            s.lifecycle = crate::model::Lifecycle::Unchanged;
        }
        for t in net.route_tables.values_mut() {
            t.id = None;
            t.origin = None;
            t.routes.retain(|r| {
                !(r.target == Target::Local
                    && matches!(r.destination, Destination::Cidr(ipnet::IpNet::V6(_))))
            });
            t.routes.iter_mut().for_each(|r| r.origin = None);
        }
        for g in net.gateways.values_mut() {
            g.id = None;
            g.origin = None;
        }
        for n in net.nacls.values_mut() {
            n.id = None;
            n.origin = None;
            n.rules.iter_mut().for_each(|r| r.origin = None);
        }
        net
    }

    fn subnets(input: &Input, after: bool) -> Vec<(String, Vec<String>)> {
        input
            .workloads
            .values()
            .map(|w| {
                let a = if after { &w.after } else { &w.before };
                (
                    w.address.clone(),
                    a.as_ref().map(|a| a.subnets.clone()).unwrap_or_default(),
                )
            })
            .collect()
    }

    /// The real plan (testdata/plans/network-reading), its state and its `.tf` read to the same
    /// network and the same subnets of the workloads: the state and the plan's side before
    /// the change, `before.tf`; the plan's side after it, `after.tf`.
    #[test]
    fn plan_state_and_configuration_read_the_same_network() {
        let options = Options::default();
        // The plan reader alone: read beside no configuration, each file's resources would
        // point at their lines in it, which differ.
        let alone = |file: &str| {
            let bytes = std::fs::read(scenario(file)).unwrap();
            crate::read::parse_plan_bytes(file, &bytes).unwrap()
        };
        let state = alone("state.json");
        let plan = alone("plan.json");
        assert_eq!(texts(&state.errors), Vec::<String>::new());
        assert_eq!(texts(&plan.errors), Vec::<String>::new());
        assert_eq!(state.network_before, state.network_after);
        // moto refreshes the public ACL's ICMP rule without its type and code (0 and 0 for 3
        // and 4): the plan's side before the change says so, the state (taken right after the
        // apply) holds what was applied.
        let mut refreshed = plan.network_before.clone();
        let Some(icmp) = refreshed
            .nacls
            .get_mut("aws_network_acl.public")
            .and_then(|n| n.rules.iter_mut().find(|r| r.number == 130))
        else {
            panic!("rule 130 of aws_network_acl.public")
        };
        assert_eq!(
            icmp.ports,
            Ports::Icmp {
                kind: Some(0),
                code: Some(0)
            }
        );
        icmp.ports = Ports::Icmp {
            kind: Some(3),
            code: Some(4),
        };
        assert_eq!(refreshed, state.network_before);
        let read_tf = |file: &str| {
            let text = std::fs::read_to_string(scenario(file)).unwrap();
            let (tmp, dir) = Scratch::with(&[("main.tf", &text)]);
            let input = read(&dir, &options).unwrap();
            drop(tmp);
            assert_eq!(texts(&input.errors), Vec::<String>::new(), "{file}");
            input
        };
        let before_tf = read_tf("before.tf");
        let after_tf = read_tf("after.tf");
        assert_eq!(
            comparable(before_tf.network_after.clone()),
            comparable(state.network_before.clone())
        );
        assert_eq!(
            comparable(after_tf.network_after.clone()),
            comparable(plan.network_after.clone())
        );
        assert_eq!(subnets(&before_tf, true), subnets(&state, false));
        assert_eq!(subnets(&after_tf, true), subnets(&plan, true));
        assert_eq!(subnets(&plan, false), subnets(&state, false));

        // What the plan reads, by hand.
        let net = &plan.network_after;
        let private = &net.route_tables["aws_route_table.private"];
        assert!(private.main);
        assert_eq!(private.subnets, ["aws_subnet.private_a"]);
        let routes: Vec<(String, Target, &str)> = private
            .routes
            .iter()
            .map(|r| {
                (
                    format!("{:?}", r.destination),
                    r.target.clone(),
                    r.resource.as_str(),
                )
            })
            .collect();
        assert_eq!(
            routes,
            [
                (
                    "Cidr(0.0.0.0/0)".to_owned(),
                    Target::NatGateway("aws_nat_gateway.nat".to_owned()),
                    "aws_route.private_nat"
                ),
                (
                    "Cidr(10.0.0.0/16)".to_owned(),
                    Target::Local,
                    "aws_route_table.private"
                ),
                (
                    "Cidr(10.1.0.0/16)".to_owned(),
                    Target::Local,
                    "aws_route_table.private"
                ),
                (
                    "Cidr(::/0)".to_owned(),
                    Target::EgressOnlyGateway("aws_egress_only_internet_gateway.eigw".to_owned()),
                    "aws_route.private_ipv6"
                ),
                (
                    "Cidr(2400:6500:1355:2100::/56)".to_owned(),
                    Target::Local,
                    "aws_route_table.private"
                ),
            ]
        );
        // Before the change the private table had no IPv6 route.
        assert!(
            !plan.network_before.route_tables["aws_route_table.private"]
                .routes
                .iter()
                .any(|r| matches!(r.target, Target::EgressOnlyGateway(_)))
        );
        let public = &net.route_tables["aws_route_table.public"];
        assert!(!public.main);
        assert_eq!(
            public.subnets,
            ["aws_subnet.public_a", "aws_subnet.public_b"]
        );
        let private_acl = &net.nacls["aws_network_acl.private"];
        assert_eq!(private_acl.subnets, ["aws_subnet.private_a"]);
        let rules: Vec<(u32, &str, bool, &str)> = private_acl
            .rules
            .iter()
            .map(|r| (r.number, r.direction.as_str(), r.allow, r.resource.as_str()))
            .collect();
        assert_eq!(
            rules,
            [
                (100, "egress", true, "aws_network_acl_rule.private_out"),
                (50, "ingress", false, "aws_network_acl_rule.private_deny"),
                (100, "ingress", true, "aws_network_acl_rule.private_in"),
            ]
        );
        let public_acl = &net.nacls["aws_network_acl.public"];
        assert_eq!(
            public_acl.subnets,
            ["aws_subnet.public_a", "aws_subnet.public_b"]
        );
        let numbers: Vec<(u32, &str)> = public_acl
            .rules
            .iter()
            .map(|r| (r.number, r.direction.as_str()))
            .collect();
        assert_eq!(
            numbers,
            [
                (100, "egress"),
                (90, "ingress"),
                (100, "ingress"),
                (110, "ingress"),
                (120, "ingress"),
                (130, "ingress")
            ]
        );
        assert_eq!(
            plan.network_before.nacls["aws_network_acl.public"]
                .rules
                .len(),
            5
        );
        assert_eq!(
            net.subnets["aws_subnet.public_a"].map_public_ip_on_launch,
            Some(true)
        );
        assert_eq!(
            net.subnets["aws_subnet.private_b"].map_public_ip_on_launch,
            Some(false)
        );
        assert_eq!(
            net.gateways["aws_nat_gateway.nat"].attached_to.as_deref(),
            Some("aws_subnet.public_a")
        );
        assert_eq!(
            net.vpcs["aws_vpc.main"].cidrs,
            [
                "10.0.0.0/16".parse().unwrap(),
                "10.1.0.0/16".parse().unwrap(),
                "2400:6500:1355:2100::/56".parse().unwrap()
            ]
        );
        assert!(net.incomplete.is_empty(), "{:?}", net.incomplete);
        assert_eq!(
            subnets(&plan, true),
            [
                (
                    "aws_db_instance.db".to_owned(),
                    vec![
                        "aws_subnet.private_a".to_owned(),
                        "aws_subnet.private_b".to_owned()
                    ]
                ),
                (
                    "aws_instance.web".to_owned(),
                    vec!["aws_subnet.public_a".to_owned()]
                ),
                (
                    "aws_lb.web".to_owned(),
                    vec![
                        "aws_subnet.public_a".to_owned(),
                        "aws_subnet.public_b".to_owned()
                    ]
                ),
            ]
        );
    }
}
