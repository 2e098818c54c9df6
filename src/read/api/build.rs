//! AWS API documents into the one model: a state of the account (before == after), every
//! object keyed by its id (a group's address is its `GroupId`, a permission's resource its
//! `SecurityGroupRuleId` when `describe-security-group-rules` gives one, a workload's address
//! its `NetworkInterfaceId`). Paginated output is concatenated; an object listed twice (two
//! pages, or a group and its rules) is read once.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use ipnet::IpNet;

use super::Parsed;
use super::json;
use crate::model::{
    Attachment, DefaultGroup, Destination, Direction, Gateway, GatewayKind, Group, Input,
    Lifecycle, Nacl, NaclRule, Network, Peer, Permission, PortRange, Ports, PrefixListSize,
    Protocol, PublicAddress, Route, RouteTable, Source, SourceKind, Subnet, Target, Vpc, VpcBlocks,
    Workload, WorkloadKind,
};

/// The resource types the model names API objects by: the resource types of their ARNs
/// (<https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html#amazonec2-resources-for-iam-policies>).
pub const SECURITY_GROUP: &str = "security-group";
pub const NETWORK_INTERFACE: &str = "network-interface";
const VPC: &str = "vpc";

/// A permission's identity in its group: AWS refuses a second rule with the same protocol,
/// ports and peer (`InvalidPermission.Duplicate`,
/// <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html>).
type Key = (std::sync::Arc<str>, Direction, Protocol, Ports, Peer);

fn key(p: &Permission) -> Key {
    (
        p.group.clone(),
        p.direction,
        p.range.protocol.clone(),
        p.range.ports.clone(),
        p.peer.unmarked().into_owned(),
    )
}

/// The model of every document.
pub fn input(path: &str, documents: Vec<Parsed>) -> Result<Input> {
    let mut input = Input {
        source: Source {
            path: path.to_owned(),
            kind: SourceKind::Deployed,
            ..Source::default()
        },
        ..Input::default()
    };
    let mut permissions: BTreeMap<Key, Permission> = BTreeMap::new();
    let mut network = Network::default();
    let mut interfaces: BTreeMap<String, Workload> = BTreeMap::new();
    let mut public_ips: BTreeMap<String, String> = BTreeMap::new();
    // The primary interfaces (device 0) of instances.
    let mut primary: BTreeSet<String> = BTreeSet::new();
    for parsed in documents {
        let file = parsed.file;
        let d = parsed.document;
        for g in d.security_groups.unwrap_or_default() {
            for (direction, list) in [
                (Direction::Ingress, &g.ip_permissions),
                (Direction::Egress, &g.ip_permissions_egress),
            ] {
                for ip in list {
                    for p in ip_permission(&g.group_id, g.owner_id.as_deref(), direction, ip) {
                        permissions.entry(key(&p)).or_insert(p);
                    }
                }
            }
            input.groups.insert(g.group_id.clone(), group(g));
        }
        for r in d.security_group_rules.unwrap_or_default() {
            let p = rule(&r);
            // The rule's id names the permission, whichever document listed it first.
            permissions
                .entry(key(&p))
                .and_modify(|q| q.resource.clone_from(&p.resource))
                .or_insert(p);
            input
                .groups
                .entry(r.group_id.clone())
                .or_insert_with(|| Group {
                    address: r.group_id.clone(),
                    resource_type: SECURITY_GROUP.to_owned(),
                    id: Some(r.group_id.clone()),
                    owner_id: r.group_owner_id.clone(),
                    manages: vec![Direction::Ingress, Direction::Egress],
                    ..Group::default()
                });
        }
        for eni in d.network_interfaces.unwrap_or_default() {
            if eni.attachment.as_ref().and_then(|a| a.device_index) == Some(0) {
                primary.insert(eni.network_interface_id.clone());
            }
            let w = interface(
                &eni.network_interface_id,
                eni.interface_type.as_deref(),
                // The requester names the service only of an interface AWS manages; of any
                // other it is the principal that made it.
                eni.requester_id
                    .as_deref()
                    .filter(|_| eni.requester_managed),
                eni.description.as_deref(),
                &eni.groups,
                eni.subnet_id.as_deref(),
                eni.attachment.as_ref(),
                eni.association.as_ref(),
            );
            interfaces.insert(w.address.clone(), w);
        }
        for reservation in d.reservations.unwrap_or_default() {
            for instance in reservation.instances {
                if instance
                    .state
                    .as_ref()
                    .and_then(|s| s.name.as_deref())
                    .is_some_and(|s| s == "terminated")
                {
                    continue;
                }
                if let Some(ip) = &instance.public_ip_address {
                    public_ips.insert(instance.instance_id.clone(), ip.clone());
                }
                for eni in &instance.network_interfaces {
                    if eni.attachment.as_ref().and_then(|a| a.device_index) == Some(0) {
                        primary.insert(eni.network_interface_id.clone());
                    }
                    // describe-network-interfaces, when given, says more (the requester).
                    if interfaces.contains_key(&eni.network_interface_id) {
                        continue;
                    }
                    let attached = json::InterfaceAttachment {
                        instance_id: Some(instance.instance_id.clone()),
                        device_index: eni.attachment.as_ref().and_then(|a| a.device_index),
                    };
                    let w = interface(
                        &eni.network_interface_id,
                        eni.interface_type.as_deref(),
                        None,
                        None,
                        &eni.groups,
                        eni.subnet_id.as_deref().or(instance.subnet_id.as_deref()),
                        Some(&attached),
                        eni.association.as_ref(),
                    );
                    interfaces.insert(w.address.clone(), w);
                }
                if instance.network_interfaces.is_empty() && !instance.security_groups.is_empty() {
                    // No interface listed: the instance's groups are its primary interface's.
                    let w = interface(
                        &instance.instance_id,
                        None,
                        None,
                        None,
                        &instance.security_groups,
                        instance.subnet_id.as_deref(),
                        None,
                        None,
                    );
                    interfaces.entry(w.address.clone()).or_insert(w);
                }
            }
        }
        for pl in d.prefix_lists.unwrap_or_default() {
            input
                .prefix_lists_after
                .entry(pl.prefix_list_id.clone())
                .or_insert(None);
            input.prefix_list_sizes_after.insert(
                pl.prefix_list_id.clone(),
                PrefixListSize {
                    name: pl.prefix_list_name,
                    max_entries: pl.max_entries,
                },
            );
        }
        if let Some(entries) = d.entries
            && let Some(id) = super::prefix_list_of(&file)
        {
            let list = input
                .prefix_lists_after
                .entry(id)
                .or_insert_with(|| Some(Vec::new()))
                .get_or_insert_with(Vec::new);
            list.extend(entries.into_iter().map(|e| e.cidr.0));
        }
        for v in d.vpcs.unwrap_or_default() {
            vpc(&mut input, &mut network, v);
        }
        for s in d.subnets.unwrap_or_default() {
            let mut cidrs: Vec<IpNet> = s.cidr_block.iter().map(|n| n.0).collect();
            cidrs.extend(
                s.ipv6_cidr_block_association_set
                    .iter()
                    .filter(|a| associated(a.ipv6_cidr_block_state.as_ref()))
                    .filter_map(|a| a.ipv6_cidr_block.as_ref().map(|n| n.0)),
            );
            network.subnets.insert(
                s.subnet_id.clone(),
                Subnet {
                    address: s.subnet_id.clone(),
                    id: Some(s.subnet_id),
                    vpc: s.vpc_id,
                    cidrs,
                    map_public_ip_on_launch: s.map_public_ip_on_launch,
                    assign_ipv6_address_on_creation: s.assign_ipv6_address_on_creation,
                    lifecycle: Lifecycle::Unchanged,
                    origin: None,
                },
            );
        }
        for t in d.route_tables.unwrap_or_default() {
            network
                .route_tables
                .insert(t.route_table_id.clone(), route_table(t));
        }
        for n in d.network_acls.unwrap_or_default() {
            network.nacls.insert(n.network_acl_id.clone(), nacl(n));
        }
        for g in d.internet_gateways.unwrap_or_default() {
            network.gateways.insert(
                g.internet_gateway_id.clone(),
                Gateway {
                    address: g.internet_gateway_id.clone(),
                    id: Some(g.internet_gateway_id),
                    kind: GatewayKind::Internet,
                    attached_to: g.attachments.into_iter().find_map(|a| a.vpc_id),
                    origin: None,
                },
            );
        }
    }
    // An instance's public address is its primary interface's.
    for w in interfaces.values_mut() {
        let instance = w.part_of.as_ref().unwrap_or(&w.address);
        if let Some(a) = &mut w.after
            && a.public.can != Some(true)
            && (primary.contains(&w.address) || w.part_of.is_none())
            && let Some(ip) = public_ips.get(instance)
        {
            a.public = PublicAddress {
                can: Some(true),
                because: format!("public IP {ip} (its instance's PublicIpAddress)"),
                subnet_decides: false,
            };
        }
        w.before.clone_from(&w.after);
    }
    // A VPC's default group is named `default`
    // (<https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html>).
    for g in input.groups.values_mut() {
        g.vpc.clone_from(&g.vpc_id);
        if g.name.as_deref() == Some("default")
            && let Some(v) = g.vpc_id.as_ref().and_then(|v| input.vpcs.get_mut(v))
        {
            g.default = true;
            v.default_group = DefaultGroup::Managed(g.address.clone());
        }
    }
    input.interfaces = interfaces.keys().cloned().collect();
    input.workloads = interfaces;
    input.after = permissions.into_values().collect();
    input.before = input.after.clone();
    input.prefix_lists_before = input.prefix_lists_after.clone();
    input.prefix_list_sizes_before = input.prefix_list_sizes_after.clone();
    input.network_before = network.clone();
    input.network_after = network;
    Ok(input)
}

fn group(g: json::SecurityGroup) -> Group {
    Group {
        address: g.group_id.clone(),
        resource_type: SECURITY_GROUP.to_owned(),
        name: g.group_name,
        name_before: None,
        id: Some(g.group_id),
        vpc_id: g.vpc_id,
        vpc: None,
        owner_id: g.owner_id,
        description: g.description,
        default: false,
        lifecycle: Lifecycle::Unchanged,
        origin: None,
        manages: vec![Direction::Ingress, Direction::Egress],
        tags: g.tags.into_iter().map(|t| (t.key, t.value)).collect(),
        unmanaged_default_of: None,
    }
}

/// The protocol and ports of a rule (its `ports` as read and checked, `json::Checks`), and
/// whether it writes ports AWS ignores (`-1`, a protocol without ports: all of them).
fn range(
    protocol: &Protocol,
    ports: &Ports,
    from: Option<i64>,
    to: Option<i64>,
) -> (PortRange, bool) {
    let ignored = matches!(protocol, Protocol::All | Protocol::Number(_))
        && !matches!(
            (from, to),
            (None | Some(0) | Some(-1), None | Some(0) | Some(-1)) | (Some(0), Some(65535))
        );
    (PortRange::new(protocol.clone(), ports.clone()), ignored)
}

/// A group a rule names: itself, or another by id, account-qualified when it is another
/// account's (`123456789012/sg-…`).
fn group_peer(own: &str, owner: Option<&str>, group: &str, user: Option<&str>) -> Peer {
    if group == own {
        return Peer::SelfRef;
    }
    match user {
        Some(user) if owner.is_some_and(|o| o != user) => {
            Peer::Group(format!("{user}/{group}").into())
        }
        _ => Peer::Group(group.into()),
    }
}

/// One `IpPermission` of `describe-security-groups`: a permission per peer.
fn ip_permission(
    group: &str,
    owner: Option<&str>,
    direction: Direction,
    ip: &json::Checked<json::IpPermission>,
) -> Vec<Permission> {
    let (range, ports_ignored) = range(&ip.ip_protocol.0, &ip.ports, ip.from_port, ip.to_port);
    let shared: std::sync::Arc<str> = group.into();
    let make = |peer: Peer, description: &Option<String>| Permission {
        group: shared.clone(),
        resource: shared.clone(),
        direction,
        range: range.clone(),
        peer,
        description: description.clone(),
        origin: None,
        ports_ignored,
    };
    let mut out = Vec::new();
    for r in &ip.ip_ranges {
        out.push(make(Peer::cidr(r.cidr_ip.0), &r.description));
    }
    for r in &ip.ipv6_ranges {
        out.push(make(Peer::cidr(r.cidr_ipv6.0), &r.description));
    }
    for r in &ip.prefix_list_ids {
        out.push(make(
            Peer::PrefixList(r.prefix_list_id.as_str().into()),
            &r.description,
        ));
    }
    for r in &ip.user_id_group_pairs {
        if let Some(g) = &r.group_id {
            out.push(make(
                group_peer(group, owner, g, r.user_id.as_deref()),
                &r.description,
            ));
        }
    }
    out
}

/// One rule of `describe-security-group-rules`, named by its `SecurityGroupRuleId`.
fn rule(r: &json::Checked<json::SecurityGroupRule>) -> Permission {
    let (range, ports_ignored) = range(&r.ip_protocol.0, &r.ports, r.from_port, r.to_port);
    let peer = if let Some(n) = r.cidr_ipv4.as_ref().or(r.cidr_ipv6.as_ref()) {
        Peer::cidr(n.0)
    } else if let Some(pl) = &r.prefix_list_id {
        Peer::PrefixList(pl.as_str().into())
    } else if let Some(g) = r
        .referenced_group_info
        .as_ref()
        .and_then(|g| g.group_id.clone())
    {
        group_peer(
            &r.group_id,
            r.group_owner_id.as_deref(),
            &g,
            r.referenced_group_info
                .as_ref()
                .and_then(|g| g.user_id.as_deref()),
        )
    } else {
        Peer::Unknown(
            format!(
                "{} (a peer this reader does not know)",
                r.security_group_rule_id
            )
            .into(),
        )
    };
    Permission {
        group: r.group_id.as_str().into(),
        resource: r.security_group_rule_id.as_str().into(),
        direction: if r.is_egress {
            Direction::Egress
        } else {
            Direction::Ingress
        },
        range,
        peer,
        description: r.description.clone(),
        origin: None,
        ports_ignored,
    }
}

/// What a network interface is, by its `InterfaceType` and, for an interface another service
/// made for itself, its `RequesterId`
/// (<https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInterface.html>;
/// <https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/requester-managed-eni.html>).
fn kind(interface_type: Option<&str>, requester: Option<&str>) -> WorkloadKind {
    match interface_type.unwrap_or("interface") {
        "load_balancer" | "network_load_balancer" | "gateway_load_balancer" => {
            return WorkloadKind::LoadBalancer;
        }
        "lambda" => return WorkloadKind::Function,
        "vpc_endpoint" | "gateway_load_balancer_endpoint" => return WorkloadKind::Endpoint,
        "nat_gateway" | "natGateway" | "transit_gateway" => return WorkloadKind::Other,
        _ => {}
    }
    match requester {
        // One the account made: an instance's, or one it attaches itself.
        None => WorkloadKind::Compute,
        Some("amazon-elb") => WorkloadKind::LoadBalancer,
        Some("amazon-rds" | "amazon-redshift") => WorkloadKind::Database,
        Some("amazon-elasticache") => WorkloadKind::Cache,
        Some("amazon-elasticsearch" | "amazon-opensearch") => WorkloadKind::Search,
        Some(_) => WorkloadKind::Other,
    }
}

/// A network interface as a workload: its groups, its subnet, its public address
/// (`Association.PublicIp`), the instance it is attached to.
#[expect(
    clippy::too_many_arguments,
    reason = "the members both listings of an interface share"
)]
fn interface(
    id: &str,
    interface_type: Option<&str>,
    requester: Option<&str>,
    description: Option<&str>,
    groups: &[json::GroupIdentifier],
    subnet: Option<&str>,
    attachment: Option<&json::InterfaceAttachment>,
    association: Option<&json::Association>,
) -> Workload {
    let instance = attachment.and_then(|a| a.instance_id.clone());
    let mut type_label = NETWORK_INTERFACE.to_owned();
    let detail: Vec<String> = [
        interface_type
            .filter(|t| *t != "interface")
            .map(str::to_owned),
        requester.map(|r| format!("requested by {r}")),
        description
            .filter(|d| !d.is_empty() && requester.is_some())
            .map(|d| format!("{d:?}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !detail.is_empty() {
        type_label = format!("{type_label} ({})", detail.join(", "));
    }
    let public = match association.and_then(|a| a.public_ip.as_deref()) {
        Some(ip) => PublicAddress {
            can: Some(true),
            because: format!("public IP {ip} (Association.PublicIp)"),
            subnet_decides: false,
        },
        None => PublicAddress {
            can: Some(false),
            because: "no Association.PublicIp".to_owned(),
            subnet_decides: false,
        },
    };
    let mut ids: Vec<String> = groups.iter().map(|g| g.group_id.clone()).collect();
    ids.sort();
    ids.dedup();
    Workload {
        address: id.to_owned(),
        resource_type: type_label,
        kind: kind(interface_type, requester),
        lifecycle: Lifecycle::Unchanged,
        origin: None,
        part_of: instance,
        before: None,
        after: Some(Attachment {
            default_group: ids.is_empty(),
            groups: ids,
            public,
            subnets: subnet.map(str::to_owned).into_iter().collect(),
        }),
    }
}

/// Whether a CIDR block association is in force (`associated`), when its state is given.
fn associated(state: Option<&json::CidrState>) -> bool {
    state
        .and_then(|s| s.state.as_deref())
        .is_none_or(|s| s == "associated")
}

fn vpc(input: &mut Input, network: &mut Network, v: json::Vpc) {
    let mut cidrs: BTreeSet<IpNet> = v.cidr_block.iter().map(|n| n.0).collect();
    cidrs.extend(
        v.cidr_block_association_set
            .iter()
            .filter(|a| associated(a.cidr_block_state.as_ref()))
            .map(|a| a.cidr_block.0),
    );
    let ipv6: Vec<IpNet> = v
        .ipv6_cidr_block_association_set
        .iter()
        .filter(|a| associated(a.ipv6_cidr_block_state.as_ref()))
        .filter_map(|a| a.ipv6_cidr_block.as_ref().map(|n| n.0))
        .collect();
    let has_ipv6 = !ipv6.is_empty();
    cidrs.extend(ipv6);
    network.vpcs.insert(
        v.vpc_id.clone(),
        VpcBlocks {
            id: Some(v.vpc_id.clone()),
            cidrs: cidrs.into_iter().collect(),
            unknown: Vec::new(),
        },
    );
    input.vpcs.insert(
        v.vpc_id.clone(),
        Vpc {
            address: v.vpc_id.clone(),
            resource_type: VPC.to_owned(),
            default: v.is_default,
            lifecycle: Lifecycle::Unchanged,
            origin: None,
            id: Some(v.vpc_id),
            ipv6: Some(has_ipv6),
            default_group: DefaultGroup::Unmanaged,
        },
    );
}

/// A route's target, by the member that names it
/// (<https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Route.html>); a blackhole
/// route (its target deleted) delivers nothing.
fn target(r: &json::Route) -> Target {
    if r.state.as_deref() == Some("blackhole") {
        return Target::Other("State".to_owned(), "blackhole".to_owned());
    }
    if let Some(g) = &r.gateway_id {
        return if g == "local" {
            Target::Local
        } else if g.starts_with("igw-") {
            Target::InternetGateway(g.clone())
        } else if g.starts_with("vpce-") {
            Target::VpcEndpoint(g.clone())
        } else {
            Target::Other("GatewayId".to_owned(), g.clone())
        };
    }
    let other = |member: &str, v: &String| Target::Other(member.to_owned(), v.clone());
    if let Some(g) = &r.egress_only_internet_gateway_id {
        Target::EgressOnlyGateway(g.clone())
    } else if let Some(g) = &r.nat_gateway_id {
        Target::NatGateway(g.clone())
    } else if let Some(g) = &r.vpc_peering_connection_id {
        Target::Peering(g.clone())
    } else if let Some(g) = &r.transit_gateway_id {
        Target::TransitGateway(g.clone())
    } else if let Some(g) = &r.network_interface_id {
        other("NetworkInterfaceId", g)
    } else if let Some(g) = &r.instance_id {
        other("InstanceId", g)
    } else if let Some(g) = &r.carrier_gateway_id {
        other("CarrierGatewayId", g)
    } else if let Some(g) = &r.local_gateway_id {
        other("LocalGatewayId", g)
    } else if let Some(g) = &r.core_network_arn {
        other("CoreNetworkArn", g)
    } else {
        Target::Unknown("a route without a target".to_owned())
    }
}

fn route_table(t: json::RouteTable) -> RouteTable {
    let routes = t
        .routes
        .iter()
        .filter_map(|r| {
            let destination = if let Some(n) = &r.destination_cidr_block {
                Destination::Cidr(n.0)
            } else if let Some(n) = &r.destination_ipv6_cidr_block {
                Destination::Cidr(n.0)
            } else {
                Destination::PrefixList(r.destination_prefix_list_id.clone()?)
            };
            Some(Route {
                destination,
                target: target(r),
                resource: t.route_table_id.clone(),
                origin: None,
            })
        })
        .collect();
    let mut subnets: Vec<String> = t
        .associations
        .iter()
        .filter_map(|a| a.subnet_id.clone())
        .collect();
    subnets.sort();
    subnets.dedup();
    RouteTable {
        address: t.route_table_id.clone(),
        main: t.associations.iter().any(|a| a.main),
        id: Some(t.route_table_id),
        vpc: t.vpc_id,
        routes,
        subnets,
        origin: None,
    }
}

/// The rule AWS lists last in each direction, numbered 32767 (`*`), is the final deny the
/// model's ACL holds already
/// (<https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html>).
const FINAL_DENY: u32 = 32767;

fn nacl(n: json::NetworkAcl) -> Nacl {
    let rules = n
        .entries
        .iter()
        .filter(|e| e.rule_number != FINAL_DENY)
        .filter_map(|e| {
            let net = e.cidr_block.as_ref().or(e.ipv6_cidr_block.as_ref())?.0;
            let protocol = e.protocol.0.clone();
            Some(NaclRule {
                number: e.rule_number,
                direction: if e.egress {
                    Direction::Egress
                } else {
                    Direction::Ingress
                },
                protocol,
                // Checked when read (`json::Checks`), as the action and the CIDR block are.
                ports: e.ports.clone(),
                peer: Peer::cidr(net),
                allow: e.rule_action == "allow",
                resource: n.network_acl_id.clone(),
                origin: None,
            })
        })
        .collect();
    let mut subnets: Vec<String> = n
        .associations
        .iter()
        .filter_map(|a| a.subnet_id.clone())
        .collect();
    subnets.sort();
    subnets.dedup();
    Nacl {
        address: n.network_acl_id.clone(),
        id: Some(n.network_acl_id),
        vpc: n.vpc_id,
        default: n.is_default,
        subnets,
        rules,
        origin: None,
    }
}
