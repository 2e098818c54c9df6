//! Resources that attach security groups to workloads (instances, network interfaces, launch
//! templates, load balancers, databases...): the one table of their types (and, as workloads of
//! kind `other`, every other type with attachment attributes in the provider's schema, see
//! `consumers.rs`, and any other resource that names a group of the input), the associations
//! that add a group to a workload declared elsewhere, and each side of a change of one of them
//! read into an `Attachment`, linked to the instance it is part of.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::consumers::{self, By};
use super::names::{Names, PeerKind};
use super::network;
use super::types::{GROUP_TYPES, SUBNET_TYPES};
use crate::model::{Attachment, Lifecycle, Origin, PublicAddress, Workload, WorkloadKind};
use crate::read::terraform::config::Traced;
use crate::read::terraform::object::{Field, Object, Step};

/// A resource that adds one group to a workload declared elsewhere: the group, the argument
/// naming the workload, and what that workload is.
struct Association {
    rtype: &'static str,
    /// The argument naming the workload (by id).
    target: &'static str,
    /// The workload types a reference of `target` names, each through the attribute it reads
    /// (`aws_instance.web.primary_network_interface_id`).
    targets: &'static [(&'static str, &'static str)],
    /// What a workload not in the input is: its type, kind and public address.
    absent: (&'static str, WorkloadKind, Option<bool>, &'static str),
    /// A bool argument that, when true, takes the VPC's default group off the workload.
    replaces_default: Option<&'static str>,
}

/// Every resource that adds a group to a workload declared elsewhere (the schema's attachment
/// attributes of their types name the group, not a workload of their own).
const ASSOCIATIONS: &[Association] = &[
    // registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/network_interface_sg_attachment:
    // "an attachment between a security group and a network interface", an instance's primary
    // one included.
    Association {
        rtype: "aws_network_interface_sg_attachment",
        target: "network_interface_id",
        targets: &[
            ("aws_network_interface", "id"),
            ("aws_instance", "primary_network_interface_id"),
        ],
        absent: (
            "aws_network_interface",
            WorkloadKind::Compute,
            None,
            "an Elastic IP may be associated",
        ),
        replaces_default: None,
    },
    // registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/vpc_endpoint_security_group_association:
    // associates a group with an interface endpoint; `replace_default_association` "should
    // replace the association with the VPC's default security group that is created when no
    // security groups are specified during VPC endpoint creation".
    Association {
        rtype: "aws_vpc_endpoint_security_group_association",
        target: "vpc_endpoint_id",
        targets: &[("aws_vpc_endpoint", "id")],
        absent: (
            "aws_vpc_endpoint",
            WorkloadKind::Endpoint,
            Some(false),
            "interface endpoints have private addresses only",
        ),
        replaces_default: Some("replace_default_association"),
    },
];

fn association(rtype: &str) -> Option<&'static Association> {
    ASSOCIATIONS.iter().find(|a| a.rtype == rtype)
}

/// Attaches a network interface to an instance: the interface becomes part of it.
const INTERFACE_ATTACHMENT: &str = "aws_network_interface_attachment";

/// A list of groups in a workload resource: where it is (`vpc_config[0].security_group_ids`,
/// `[*]` for every block), and whether it holds group ids, names or ARNs.
struct List {
    path: &'static str,
    by: By,
}

const fn ids(path: &'static str) -> List {
    List { path, by: By::Id }
}

const fn names(path: &'static str) -> List {
    List { path, by: By::Name }
}

/// Whether AWS attaches the VPC's default group when a workload names none.
#[derive(Clone, Copy)]
enum DefaultGroup {
    No,
    Yes,
    /// Yes, unless these blocks are written (they carry the groups instead).
    UnlessBlocks(&'static str),
}

/// How the table reads whether a workload can hold a public address.
enum Public {
    /// A bool argument: `public_when` is the value that makes it public, `absent` what the
    /// provider or AWS takes when it is not set (`None`: it depends, said by `unset`), `label`
    /// what a public value is called.
    Flag {
        path: &'static str,
        public_when: bool,
        absent: Option<bool>,
        unset: &'static str,
        label: &'static str,
    },
    /// `associate_public_ip_address`, else a known `public_ip`, else the subnet decides.
    Instance,
    /// MSK brokers: `public_access` type `SERVICE_PROVIDED_EIPS`.
    Msk,
    /// Always the same answer for the type.
    Fixed(Option<bool>, &'static str),
}

const SUBNET_DECIDES: &str = "depends on the subnet's map_public_ip_on_launch";

const fn flag(
    path: &'static str,
    public_when: bool,
    absent: Option<bool>,
    unset: &'static str,
) -> Public {
    Public::Flag {
        path,
        public_when,
        absent,
        unset,
        label: "",
    }
}

/// When a resource of a workload type is no workload of a VPC.
enum Skip {
    Never,
    /// Without this block (`vpc_config`), it is not in a VPC.
    Without(&'static str),
    /// With `attr` set to `value` (or absent, when `absent` says so) it uses no groups.
    When {
        attr: &'static str,
        value: &'static str,
        absent: bool,
    },
}

/// Where a workload says which subnets it sits in: a list of subnet ids (or one), or the name
/// of a subnet group (`aws_db_subnet_group`...), which holds them.
enum Sub {
    Ids(&'static str),
    Group(&'static str),
}

const fn subnet_ids(path: &'static str) -> Sub {
    Sub::Ids(path)
}

const fn group(path: &'static str) -> Sub {
    Sub::Group(path)
}

impl Sub {
    const fn path(&self) -> &'static str {
        match self {
            Sub::Ids(p) | Sub::Group(p) => p,
        }
    }
}

/// The workloads whose groups AWS attaches to one network interface when the change is
/// applied: instances (their primary interface; RunInstances, ModifyInstanceAttribute) and
/// network interfaces (CreateNetworkInterface, ModifyNetworkInterfaceAttribute), which AWS
/// refuses with `SecurityGroupsPerInterfaceLimitExceeded` past the quota
/// (<https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html>,
/// <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html>).
pub fn interfaces(workloads: &BTreeMap<String, Workload>) -> std::collections::BTreeSet<String> {
    workloads
        .values()
        .filter(|w| {
            matches!(
                w.resource_type.as_str(),
                "aws_instance" | "aws_network_interface"
            )
        })
        .map(|w| w.address.clone())
        .collect()
}

/// One workload resource type.
struct Type {
    rtype: &'static str,
    kind: WorkloadKind,
    groups: &'static [List],
    /// Where it says which subnets it sits in (`[*]` for every block).
    subnets: &'static [Sub],
    default_group: DefaultGroup,
    public: Public,
    skip: Skip,
}

const PRIVATE_DATABASE: &str = "cluster endpoints have private addresses only";

/// Every resource type that attaches groups, and how it is read.
const TYPES: &[Type] = &[
    Type {
        rtype: "aws_instance",
        kind: WorkloadKind::Compute,
        groups: &[ids("vpc_security_group_ids"), names("security_groups")],
        subnets: &[subnet_ids("subnet_id")],
        default_group: DefaultGroup::UnlessBlocks("network_interface"),
        public: Public::Instance,
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_network_interface",
        kind: WorkloadKind::Compute,
        groups: &[ids("security_groups")],
        subnets: &[subnet_ids("subnet_id")],
        default_group: DefaultGroup::Yes,
        public: Public::Fixed(None, "an Elastic IP may be associated"),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_launch_template",
        kind: WorkloadKind::Compute,
        groups: &[
            ids("vpc_security_group_ids"),
            names("security_group_names"),
            ids("network_interfaces[*].security_groups"),
        ],
        subnets: &[subnet_ids("network_interfaces[*].subnet_id")],
        // A launch template without groups leaves them to whatever launches from it.
        default_group: DefaultGroup::No,
        public: flag(
            "network_interfaces[0].associate_public_ip_address",
            true,
            None,
            SUBNET_DECIDES,
        ),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_launch_configuration",
        kind: WorkloadKind::Compute,
        groups: &[ids("security_groups")],
        subnets: &[],
        default_group: DefaultGroup::Yes,
        public: flag("associate_public_ip_address", true, None, SUBNET_DECIDES),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_lb",
        kind: WorkloadKind::LoadBalancer,
        groups: &[ids("security_groups")],
        subnets: &[
            subnet_ids("subnets"),
            subnet_ids("subnet_mapping[*].subnet_id"),
        ],
        // A network load balancer without groups is not filtered by groups.
        default_group: DefaultGroup::No,
        public: Public::Flag {
            path: "internal",
            public_when: false,
            absent: Some(false),
            unset: "",
            label: "internet-facing",
        },
        skip: Skip::Never,
    },
    // registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/lb: "aws_alb is
    // known as aws_lb. The functionality is identical."
    Type {
        rtype: "aws_alb",
        kind: WorkloadKind::LoadBalancer,
        groups: &[ids("security_groups")],
        subnets: &[
            subnet_ids("subnets"),
            subnet_ids("subnet_mapping[*].subnet_id"),
        ],
        default_group: DefaultGroup::No,
        public: Public::Flag {
            path: "internal",
            public_when: false,
            absent: Some(false),
            unset: "",
            label: "internet-facing",
        },
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_elb",
        kind: WorkloadKind::LoadBalancer,
        groups: &[ids("security_groups")],
        subnets: &[subnet_ids("subnets")],
        default_group: DefaultGroup::Yes,
        public: Public::Flag {
            path: "internal",
            public_when: false,
            absent: Some(false),
            unset: "",
            label: "internet-facing",
        },
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_db_instance",
        kind: WorkloadKind::Database,
        groups: &[ids("vpc_security_group_ids")],
        subnets: &[group("db_subnet_group_name")],
        default_group: DefaultGroup::Yes,
        public: flag("publicly_accessible", true, Some(false), ""),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_rds_cluster",
        kind: WorkloadKind::Database,
        groups: &[ids("vpc_security_group_ids")],
        subnets: &[group("db_subnet_group_name")],
        default_group: DefaultGroup::Yes,
        public: Public::Fixed(
            None,
            "publicly_accessible is set on aws_rds_cluster_instance",
        ),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_docdb_cluster",
        kind: WorkloadKind::Database,
        groups: &[ids("vpc_security_group_ids")],
        subnets: &[group("db_subnet_group_name")],
        default_group: DefaultGroup::Yes,
        public: Public::Fixed(Some(false), PRIVATE_DATABASE),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_neptune_cluster",
        kind: WorkloadKind::Database,
        groups: &[ids("vpc_security_group_ids")],
        subnets: &[group("neptune_subnet_group_name")],
        default_group: DefaultGroup::Yes,
        public: Public::Fixed(Some(false), PRIVATE_DATABASE),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_redshift_cluster",
        kind: WorkloadKind::Database,
        groups: &[ids("vpc_security_group_ids")],
        subnets: &[group("cluster_subnet_group_name")],
        default_group: DefaultGroup::Yes,
        public: flag("publicly_accessible", true, Some(false), ""),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_elasticache_cluster",
        kind: WorkloadKind::Cache,
        groups: &[ids("security_group_ids")],
        subnets: &[group("subnet_group_name")],
        default_group: DefaultGroup::Yes,
        public: Public::Fixed(Some(false), "ElastiCache nodes have private addresses only"),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_elasticache_replication_group",
        kind: WorkloadKind::Cache,
        groups: &[ids("security_group_ids")],
        subnets: &[group("subnet_group_name")],
        default_group: DefaultGroup::Yes,
        public: Public::Fixed(Some(false), "ElastiCache nodes have private addresses only"),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_memorydb_cluster",
        kind: WorkloadKind::Cache,
        groups: &[ids("security_group_ids")],
        subnets: &[group("subnet_group_name")],
        default_group: DefaultGroup::Yes,
        public: Public::Fixed(Some(false), "MemoryDB nodes have private addresses only"),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_opensearch_domain",
        kind: WorkloadKind::Search,
        groups: &[ids("vpc_options[0].security_group_ids")],
        subnets: &[subnet_ids("vpc_options[0].subnet_ids")],
        default_group: DefaultGroup::No,
        public: Public::Fixed(Some(false), "VPC domains have private endpoints only"),
        skip: Skip::Without("vpc_options"),
    },
    Type {
        rtype: "aws_elasticsearch_domain",
        kind: WorkloadKind::Search,
        groups: &[ids("vpc_options[0].security_group_ids")],
        subnets: &[subnet_ids("vpc_options[0].subnet_ids")],
        default_group: DefaultGroup::No,
        public: Public::Fixed(Some(false), "VPC domains have private endpoints only"),
        skip: Skip::Without("vpc_options"),
    },
    Type {
        rtype: "aws_lambda_function",
        kind: WorkloadKind::Function,
        groups: &[ids("vpc_config[0].security_group_ids")],
        subnets: &[subnet_ids("vpc_config[0].subnet_ids")],
        default_group: DefaultGroup::No,
        public: Public::Fixed(Some(false), "functions receive no inbound connections"),
        skip: Skip::Without("vpc_config"),
    },
    Type {
        rtype: "aws_eks_cluster",
        kind: WorkloadKind::Cluster,
        groups: &[ids("vpc_config[0].security_group_ids")],
        subnets: &[subnet_ids("vpc_config[0].subnet_ids")],
        // EKS creates a cluster group of its own.
        default_group: DefaultGroup::No,
        public: Public::Flag {
            path: "vpc_config[0].endpoint_public_access",
            public_when: true,
            absent: Some(true),
            unset: "",
            label: "public API endpoint",
        },
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_ecs_service",
        kind: WorkloadKind::Cluster,
        groups: &[ids("network_configuration[0].security_groups")],
        subnets: &[subnet_ids("network_configuration[0].subnets")],
        default_group: DefaultGroup::Yes,
        public: flag(
            "network_configuration[0].assign_public_ip",
            true,
            Some(false),
            "",
        ),
        skip: Skip::Without("network_configuration"),
    },
    Type {
        rtype: "aws_msk_cluster",
        kind: WorkloadKind::Cluster,
        groups: &[ids("broker_node_group_info[0].security_groups")],
        subnets: &[subnet_ids("broker_node_group_info[0].client_subnets")],
        default_group: DefaultGroup::Yes,
        public: Public::Msk,
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_efs_mount_target",
        kind: WorkloadKind::Storage,
        groups: &[ids("security_groups")],
        subnets: &[subnet_ids("subnet_id")],
        default_group: DefaultGroup::Yes,
        public: Public::Fixed(Some(false), "mount targets have private addresses only"),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_vpc_endpoint",
        kind: WorkloadKind::Endpoint,
        groups: &[ids("security_group_ids")],
        subnets: &[
            subnet_ids("subnet_ids"),
            subnet_ids("subnet_configuration[*].subnet_id"),
        ],
        default_group: DefaultGroup::Yes,
        public: Public::Fixed(
            Some(false),
            "interface endpoints have private addresses only",
        ),
        // Gateway endpoints (the provider's default type) are route-table entries: no groups.
        skip: Skip::When {
            attr: "vpc_endpoint_type",
            value: "Gateway",
            absent: true,
        },
    },
    Type {
        rtype: "aws_mq_broker",
        kind: WorkloadKind::Cluster,
        groups: &[ids("security_groups")],
        subnets: &[subnet_ids("subnet_ids")],
        default_group: DefaultGroup::Yes,
        public: flag("publicly_accessible", true, Some(false), ""),
        skip: Skip::Never,
    },
    Type {
        rtype: "aws_dms_replication_instance",
        kind: WorkloadKind::Compute,
        groups: &[ids("vpc_security_group_ids")],
        subnets: &[group("replication_subnet_group_id")],
        default_group: DefaultGroup::Yes,
        // The DMS API makes a replication instance public unless told otherwise.
        public: flag("publicly_accessible", true, Some(true), ""),
        skip: Skip::Never,
    },
];

fn lookup(rtype: &str) -> Option<&'static Type> {
    TYPES.iter().find(|t| t.rtype == rtype)
}

/// The group lists of a type [`TYPES`] does not know, from the attachment attributes of the
/// provider's schema (`consumers.rs`): a workload of kind `other`.
fn generated(rtype: &str) -> Vec<List> {
    if association(rtype).is_some() || rtype == INTERFACE_ATTACHMENT || lookup(rtype).is_some() {
        return Vec::new();
    }
    consumers::attachments(rtype)
        .map(|a| List {
            path: a.1,
            by: consumers::by(a.1),
        })
        .collect()
}

/// Whether a resource type attaches groups: a workload, or a group attachment.
pub fn attaches(rtype: &str) -> bool {
    association(rtype).is_some()
        || rtype == INTERFACE_ATTACHMENT
        || lookup(rtype).is_some()
        || consumers::attachments(rtype).next().is_some()
}

/// The top-level arguments and blocks the table reads of a resource type, or `None` when the
/// type attaches no groups.
pub fn arguments(rtype: &str) -> Option<Vec<&'static str>> {
    if let Some(a) = association(rtype) {
        return Some(
            ["security_group_id", a.target]
                .into_iter()
                .chain(a.replaces_default)
                .collect(),
        );
    }
    if rtype == INTERFACE_ATTACHMENT {
        return Some(vec!["instance_id", "network_interface_id"]);
    }
    let Some(t) = lookup(rtype) else {
        let lists = generated(rtype);
        if lists.is_empty() {
            return None;
        }
        let mut out: Vec<&'static str> = lists.iter().map(|l| top(l.path)).collect();
        out.sort_unstable();
        out.dedup();
        return Some(out);
    };
    let mut out: Vec<&'static str> = t.groups.iter().map(|l| top(l.path)).collect();
    out.extend(t.subnets.iter().map(|s| top(s.path())));
    match t.public {
        Public::Flag { path, .. } => out.push(top(path)),
        Public::Instance => out.extend(["associate_public_ip_address", "public_ip"]),
        Public::Msk => out.push("broker_node_group_info"),
        Public::Fixed(..) => {}
    }
    match t.skip {
        Skip::Never => {}
        Skip::Without(block) => out.push(block),
        Skip::When { attr, .. } => out.push(attr),
    }
    if let DefaultGroup::UnlessBlocks(block) = t.default_group {
        out.push(block);
    }
    out.extend(links(rtype).iter().map(|l| top(l.path)));
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// The first argument of a path: `vpc_config` of `vpc_config[0].security_group_ids`.
fn top(path: &str) -> &str {
    let first = path.split('.').next().unwrap_or(path);
    first.split('[').next().unwrap_or(first)
}

/// A reference from one workload to another that makes a network interface part of an
/// instance.
struct Link {
    path: &'static str,
    /// The type the value names (by id).
    target: &'static str,
    /// True when the target is the network interface (the value is in the instance).
    target_is_part: bool,
}

fn links(rtype: &str) -> &'static [Link] {
    match rtype {
        "aws_instance" => &[Link {
            path: "network_interface[*].network_interface_id",
            target: "aws_network_interface",
            target_is_part: true,
        }],
        "aws_network_interface" => &[Link {
            path: "attachment[*].instance",
            target: "aws_instance",
            target_is_part: false,
        }],
        _ => &[],
    }
}

/// One path of a table entry, with each `[*]` expanded over the blocks the object has: the
/// path's label (`network_interfaces[1].security_groups`, or its first argument when the blocks
/// are unknown) and its steps.
fn expand(obj: &Object, path: &'static str) -> Vec<(String, Vec<Step<'static>>)> {
    let mut out: Vec<(String, Vec<Step<'static>>)> = vec![(String::new(), Vec::new())];
    for (n, part) in path.split('.').enumerate() {
        let (key, index) = match part.split_once('[') {
            Some((key, rest)) => (key, Some(rest.trim_end_matches(']'))),
            None => (part, None),
        };
        let mut next = Vec::new();
        for (label, mut steps) in out {
            let label = if n == 0 {
                key.to_owned()
            } else {
                format!("{label}.{key}")
            };
            steps.push(Step::Key(key));
            match index {
                None => next.push((label, steps)),
                Some("*") => match obj.field(&steps) {
                    Field::Known(Value::Array(blocks)) => {
                        for i in 0..blocks.len() {
                            let mut s = steps.clone();
                            s.push(Step::Index(i));
                            next.push((format!("{label}[{i}]"), s));
                        }
                    }
                    Field::Unknown => {
                        steps.push(Step::Index(0));
                        next.push((top(path).to_owned(), steps));
                    }
                    _ => {}
                },
                Some(i) => {
                    steps.push(Step::Index(i.parse().unwrap_or(0)));
                    next.push((format!("{label}[{i}]"), steps));
                }
            }
        }
        out = next;
    }
    out
}

/// The field a value's references are traced by: the nested argument when the input records
/// its references, else the whole top-level argument.
fn traced_field<'p>(obj: &Object, label: &'p str, path: &'p str) -> &'p str {
    if label.contains(['.', '[']) && obj.trace(label).is_empty() {
        top(path)
    } else {
        label
    }
}

/// Whether a reference may be the source of a group id or name: not an attribute of another
/// kind of resource (`aws_subnet.a.id` beside the groups in `vpc_config`).
fn may_name_group(t: &Traced) -> bool {
    let mut parts = t.reference.split('.');
    match parts.next() {
        Some("data") => parts.next().is_some_and(|d| d.contains("security_group")),
        Some(first) if first.starts_with("aws_") => GROUP_TYPES.contains(&first),
        _ => true,
    }
}

/// The groups an unknown part of a list names: the group addresses its references resolve to,
/// and `unknown:<reference>` for what they do not account for. `count` is the number of unknown
/// elements, `None` when the whole list is unknown.
fn unknown_groups(
    names: &Names,
    obj: &Object,
    field: &str,
    by: By,
    count: Option<usize>,
    out: &mut BTreeSet<String>,
) {
    let attr = match by {
        By::Id => "id",
        By::Name => "name",
        By::Arn => "arn",
    };
    let each = names.resolve_each(obj, field, &names.groups, &GROUP_TYPES, attr);
    let resolved: BTreeSet<String> = if by == By::Id {
        names.resolve(obj, field, PeerKind::Group)
    } else {
        each.iter().filter_map(|(_, a)| a.clone()).collect()
    };
    let open: BTreeSet<Traced> = each
        .iter()
        .filter(|(t, a)| a.is_none() && may_name_group(t))
        .map(|(t, _)| t.clone())
        .collect();
    // A splat (`aws_security_group.worker[*].id`) makes the whole list: all its instances.
    if resolved.is_empty()
        && count.is_none()
        && by == By::Id
        && let Some(all) = names.resolve_splat(obj, field)
    {
        out.extend(all);
        return;
    }
    let accounted = match count {
        Some(n) => resolved.len() >= n && open.is_empty(),
        None => !resolved.is_empty() && open.is_empty(),
    };
    out.extend(resolved);
    if !accounted {
        let reference = names.unknown_reference(obj, field, |t| {
            if open.is_empty() {
                may_name_group(t)
            } else {
                open.contains(t)
            }
        });
        out.insert(format!("unknown:{reference}"));
    }
}

/// A value read as a bool: known (`true`, or `"true"` as launch templates store it), unknown
/// until apply, or not set.
enum Flag {
    Known(bool),
    Unknown,
    Unset,
}

fn read_flag(obj: &Object, steps: &[Step]) -> Flag {
    match obj.field(steps) {
        Field::Known(Value::Bool(b)) => Flag::Known(*b),
        Field::Known(Value::String(s)) if s == "true" => Flag::Known(true),
        Field::Known(Value::String(s)) if s == "false" => Flag::Known(false),
        Field::Unknown => Flag::Unknown,
        _ => Flag::Unset,
    }
}

fn steps_of(obj: &Object, path: &'static str) -> Vec<Step<'static>> {
    expand(obj, path)
        .into_iter()
        .next()
        .map(|(_, s)| s)
        .unwrap_or_default()
}

fn public(obj: &Object, t: &Type) -> PublicAddress {
    // An instance that does not say leaves it to its subnet's `map_public_ip_on_launch`.
    let answer = |can: Option<bool>, because: String| PublicAddress {
        can,
        subnet_decides: can.is_none() && because == SUBNET_DECIDES,
        because,
    };
    match &t.public {
        Public::Fixed(can, because) => answer(*can, (*because).to_owned()),
        Public::Flag {
            path,
            public_when,
            absent,
            unset,
            label,
        } => {
            let attr = path.rsplit('.').next().unwrap_or(path);
            let value = match read_flag(obj, &steps_of(obj, path)) {
                Flag::Known(v) => Some(v),
                Flag::Unknown => {
                    return answer(None, format!("{attr} is known only after apply"));
                }
                Flag::Unset => *absent,
            };
            match value {
                Some(v) if v == *public_when && !label.is_empty() => {
                    answer(Some(true), format!("{attr} = {v}: {label}"))
                }
                Some(v) => answer(Some(v == *public_when), format!("{attr} = {v}")),
                None => answer(None, (*unset).to_owned()),
            }
        }
        Public::Instance => {
            match read_flag(obj, &[Step::Key("associate_public_ip_address")]) {
                Flag::Known(v) => {
                    return answer(Some(v), format!("associate_public_ip_address = {v}"));
                }
                Flag::Unknown | Flag::Unset => {}
            }
            match obj.field(&[Step::Key("public_ip")]) {
                Field::Known(Value::String(ip)) if !ip.is_empty() => {
                    answer(Some(true), format!("has public IP {ip}"))
                }
                _ => answer(None, SUBNET_DECIDES.to_owned()),
            }
        }
        Public::Msk => {
            let path = [
                Step::Key("broker_node_group_info"),
                Step::Index(0),
                Step::Key("connectivity_info"),
                Step::Index(0),
                Step::Key("public_access"),
                Step::Index(0),
                Step::Key("type"),
            ];
            match obj.field(&path) {
                Field::Known(Value::String(s)) if s == "SERVICE_PROVIDED_EIPS" => answer(
                    Some(true),
                    "public_access type = SERVICE_PROVIDED_EIPS".to_owned(),
                ),
                Field::Unknown => answer(
                    None,
                    "public_access type is known only after apply".to_owned(),
                ),
                _ => answer(Some(false), "public access is disabled".to_owned()),
            }
        }
    }
}

/// Whether a list of blocks has at least one block (or may have, when unknown).
fn has_blocks(obj: &Object, block: &str) -> bool {
    match obj.field(&[Step::Key(block)]) {
        Field::Known(Value::Array(a)) => !a.is_empty(),
        Field::Known(Value::Object(_)) | Field::Unknown => true,
        _ => false,
    }
}

fn skipped(obj: &Object, t: &Type) -> bool {
    match t.skip {
        Skip::Never => false,
        Skip::Without(block) => !has_blocks(obj, block),
        Skip::When {
            attr,
            value,
            absent,
        } => match obj.field(&[Step::Key(attr)]) {
            Field::Known(Value::String(s)) => s == value,
            Field::Unknown => false,
            _ => absent,
        },
    }
}

/// The groups the lists of a workload name on one side, and whether they name any (an unknown
/// list names some). `nested` checks that an unknown nested argument is configured (a
/// computed one the configuration leaves out names none), not only its block.
fn read_groups(
    names: &Names,
    obj: &Object,
    lists: &[List],
    nested: bool,
) -> (BTreeSet<String>, bool) {
    let mut groups = BTreeSet::new();
    let mut named = false;
    for list in lists {
        for (label, steps) in expand(obj, list.path) {
            let field = traced_field(obj, &label, list.path);
            // A known value: an id, name or ARN (`…:security-group/sg-…`).
            let add = |value: &str, out: &mut BTreeSet<String>| {
                out.insert(match list.by {
                    By::Name => names.group_by_name(value),
                    By::Id | By::Arn => names.group(value).to_string(),
                });
            };
            let configured = if nested {
                obj.configured_at(&label)
            } else {
                obj.configured(top(list.path))
            };
            match obj.field(&steps) {
                Field::Known(Value::Array(items)) => {
                    let mut unknown = 0;
                    for item in items {
                        match item {
                            Value::String(s) if !s.is_empty() => {
                                named = true;
                                add(s, &mut groups);
                            }
                            Value::Null => unknown += 1,
                            _ => {}
                        }
                    }
                    if unknown > 0 {
                        named = true;
                        unknown_groups(names, obj, field, list.by, Some(unknown), &mut groups);
                    }
                }
                // One string may hold several ids, comma-separated: EMR's
                // `additional_master_security_groups` is a "String containing a comma separated
                // list of additional Amazon EC2 security group IDs" (registry.terraform.io/
                // providers/hashicorp/aws/5.100.0/docs/resources/emr_cluster#ec2_attributes).
                // A group name may hold a comma.
                Field::Known(Value::String(s)) if list.by == By::Name && !s.is_empty() => {
                    named = true;
                    add(s, &mut groups);
                }
                Field::Known(Value::String(s)) if !s.trim().is_empty() => {
                    for id in s.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        named = true;
                        add(id, &mut groups);
                    }
                }
                // Computed and not configured: AWS decides, as when the list is empty.
                Field::Unknown if configured == Some(false) => {}
                Field::Unknown => {
                    named = true;
                    unknown_groups(names, obj, field, list.by, None, &mut groups);
                }
                _ => {}
            }
        }
    }
    (groups, named)
}

/// A type the hand-written table does not know, whose public address sgaudit cannot tell.
const NOT_KNOWN: &str = "not known for this resource type";

/// One side of a workload: its groups, whether AWS adds the default group, and whether it can
/// hold a public address. `None` when the object is no VPC workload: for a type of the
/// provider's schema that [`TYPES`] does not know, when it names no group.
pub fn attachment(names: &Names, obj: &Object) -> Option<Attachment> {
    let Some(t) = lookup(obj.rtype) else {
        let lists = generated(obj.rtype);
        let (groups, named) = read_groups(names, obj, &lists, true);
        return named.then(|| Attachment {
            groups: groups.into_iter().collect(),
            default_group: false,
            public: PublicAddress {
                can: None,
                because: NOT_KNOWN.to_owned(),
                subnet_decides: false,
            },
            subnets: Vec::new(),
        });
    };
    if skipped(obj, t) {
        return None;
    }
    let (groups, named) = read_groups(names, obj, t.groups, false);
    let subnets = read_subnets(names, obj, t.subnets);
    let default_group = !named
        && match t.default_group {
            DefaultGroup::No => false,
            DefaultGroup::Yes => true,
            DefaultGroup::UnlessBlocks(block) => !has_blocks(obj, block),
        };
    Some(Attachment {
        groups: groups.into_iter().collect(),
        default_group,
        public: public(obj, t),
        subnets,
    })
}

/// The subnets a workload sits in, as its subnet arguments say: each subnet by address when the
/// input holds it, else its id or `unknown:<reference>`; a subnet group as a mark that
/// `network.rs` replaces with the group's subnets once every group is read.
fn read_subnets(names: &Names, obj: &Object, subs: &[Sub]) -> Vec<String> {
    let mut out = Vec::new();
    for sub in subs {
        for (label, steps) in expand(obj, sub.path()) {
            let field = traced_field(obj, &label, sub.path());
            // Computed and not configured: AWS decides (the default VPC's subnets), which the
            // input does not say.
            if matches!(obj.field(&steps), Field::Unknown)
                && obj.configured_at(&label) == Some(false)
            {
                continue;
            }
            match sub {
                Sub::Ids(_) => out.extend(network::net_refs(
                    names,
                    obj,
                    &steps,
                    field,
                    &SUBNET_TYPES,
                    "id",
                )),
                Sub::Group(_) => out.extend(network::subnet_group(names, obj, &steps, field)),
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Resource types whose values may hold a group's id though nothing they create uses the group:
/// Terraform's own resources (`terraform_data`, `null_resource`: they keep a value for other
/// expressions, and create nothing outside Terraform), IAM (a policy names a group to grant
/// permissions on it), `aws_ec2_tag` (it tags the resource whose id it holds), SSM parameters (they publish an id for another stack, whose consumer is
/// not in the input), and the EC2-Classic security groups of RDS, ElastiCache and Redshift,
/// gone from provider 5 (their groups are peers: "EC2 security group names to be authorized for
/// ingress to the cache security group", registry.terraform.io/providers/hashicorp/aws/4.67.0/
/// docs/resources/elasticache_security_group).
fn holds_only(rtype: &str) -> bool {
    matches!(
        rtype,
        "terraform_data"
            | "null_resource"
            | "aws_ssm_parameter"
            | "aws_ec2_tag"
            | "aws_db_security_group"
            | "aws_elasticache_security_group"
            | "aws_redshift_security_group"
    ) || rtype.starts_with("aws_iam_")
}

/// Whether a resource of a type no table knows is read for the groups it names: a consumer
/// of kind `other` when it names any.
pub fn scanned(rtype: &str) -> bool {
    !holds_only(rtype)
}

/// The arguments of a scanned resource that never attach a group: its tags, and the arguments
/// holding the schema's attributes of the type that mention groups (none is an attachment, or
/// the type would be a workload: a peer such as an EKS node group's `remote_access`, a setting,
/// an output AWS computes).
fn not_attaching(rtype: &str, argument: &str) -> bool {
    matches!(argument, "tags" | "tags_all")
        || consumers::attributes(rtype).any(|a| top(a.1) == argument)
}

/// One side of a resource of a type no table knows: the groups of the input it names, `None`
/// when it names none. A group is named by a string of its values that is its id (or a
/// comma-separated list holding it, as an Elastic Beanstalk `setting`'s value), or by a
/// reference of its configuration (`aws_security_group.g.id`, followed through module inputs
/// and outputs) to a group of the input. ARNs and ids inside longer text (a policy document)
/// do not count.
fn consumer(names: &Names, obj: &Object) -> Option<Attachment> {
    fn strings<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
        match v {
            Value::String(s) => out.push(s),
            Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut groups = BTreeSet::new();
    if let Value::Object(values) = obj.values {
        let mut found = Vec::new();
        for (argument, value) in values {
            if !not_attaching(obj.rtype, argument) {
                strings(value, &mut found);
            }
        }
        for s in found {
            for piece in s.split(',').map(str::trim) {
                if let Some(group) = names.group_id(piece) {
                    groups.insert(group.clone());
                }
            }
        }
    }
    if let Some(Value::Object(configured)) = obj.exprs {
        for argument in configured.keys() {
            if not_attaching(obj.rtype, argument) {
                continue;
            }
            let each = names.resolve_each(obj, argument, &names.groups, &GROUP_TYPES, "id");
            let before = groups.len();
            groups.extend(each.into_iter().filter_map(|(_, a)| a));
            if groups.len() == before
                && let Some(all) = names.resolve_splat(obj, argument)
            {
                groups.extend(all);
            }
        }
    }
    (!groups.is_empty()).then(|| Attachment {
        groups: groups.into_iter().collect(),
        default_group: false,
        public: PublicAddress {
            can: None,
            because: NOT_KNOWN.to_owned(),
            subnet_decides: false,
        },
        subnets: Vec::new(),
    })
}

/// The addresses of the workloads of type `target` a link names on one side: by known id, or
/// by the references of an unknown one.
fn linked(names: &Names, obj: &Object, link: &Link) -> Vec<String> {
    let mut out = Vec::new();
    for (label, steps) in expand(obj, link.path) {
        match obj.field(&steps) {
            Field::Known(Value::String(id)) if !id.is_empty() => {
                if let Some(address) = names.ids.get(id) {
                    out.push(address.to_string());
                }
            }
            Field::Unknown => {
                let field = traced_field(obj, &label, link.path);
                out.extend(
                    names
                        .resolve_each(obj, field, &names.workloads, &[link.target], "id")
                        .into_iter()
                        .filter_map(|(_, a)| a),
                );
            }
            _ => {}
        }
    }
    out
}

/// The workload an association adds its group to: by known id (a network interface id may be
/// an instance's primary one), or by the references of an unknown one; else the id, or
/// `unknown:<reference>`.
fn association_target(names: &Names, obj: &Object, a: &Association) -> String {
    let field = a.target;
    match obj.field(&[Step::Key(field)]) {
        Field::Known(Value::String(id)) => names
            .ids
            .get(id)
            .map(|a| &**a)
            .or_else(|| names.primary_interfaces.get(id).map(String::as_str))
            .unwrap_or(id)
            .to_owned(),
        Field::Unknown => {
            let found = a.targets.iter().find_map(|(rtype, attr)| {
                names
                    .resolve_each(obj, field, &names.workloads, &[rtype], attr)
                    .into_iter()
                    .find_map(|(_, a)| a)
            });
            found.unwrap_or_else(|| {
                format!("unknown:{}", names.unknown_reference(obj, field, |_| true))
            })
        }
        _ => format!("unknown:{}.{field}", obj.address),
    }
}

/// The workload of type `target` a field names: by known id, or by the references of an
/// unknown one.
fn named(names: &Names, obj: &Object, field: &str, target: &str) -> Option<String> {
    match obj.field(&[Step::Key(field)]) {
        Field::Known(Value::String(id)) => names.ids.get(id).map(|a| a.to_string()),
        Field::Unknown => names
            .resolve_each(obj, field, &names.workloads, &[target], "id")
            .into_iter()
            .find_map(|(_, a)| a),
        _ => None,
    }
}

/// The group an association adds.
fn attached_group(names: &Names, obj: &Object) -> String {
    let field = "security_group_id";
    match obj.field(&[Step::Key(field)]) {
        Field::Known(Value::String(id)) => names.group(id).to_string(),
        _ => {
            let resolved = names.resolve(obj, field, PeerKind::Group);
            match (resolved.len(), resolved.into_iter().next()) {
                (1, Some(address)) => address,
                _ => format!(
                    "unknown:{}",
                    names.unknown_reference(obj, field, may_name_group)
                ),
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Before,
    After,
}

/// A group added to a workload by a resource of its own.
struct Added {
    target: String,
    group: String,
    side: Side,
    origin: Option<Origin>,
    association: &'static Association,
    /// The association takes the VPC's default group off the workload.
    replaces_default: bool,
}

/// The workloads of one input, gathered object by object, then linked by `finish`.
#[derive(Default)]
pub struct Workloads {
    found: BTreeMap<String, Workload>,
    /// (network interface, instance it is part of), as each side says.
    parts: Vec<(String, String)>,
    added: Vec<Added>,
}

impl Workloads {
    /// Reads one resource that attaches groups: its object before the change (`None` when the
    /// change creates it) and after (`None` when the change deletes it). The names must know
    /// every object of the input already.
    pub fn add(
        &mut self,
        names: &Names,
        before: Option<&Object>,
        after: Option<&Object>,
        lifecycle: Lifecycle,
    ) {
        let Some(current) = after.or(before) else {
            return;
        };
        if current.rtype == INTERFACE_ATTACHMENT {
            for obj in [after, before].into_iter().flatten() {
                if let (Some(part), Some(whole)) = (
                    named(names, obj, "network_interface_id", "aws_network_interface"),
                    named(names, obj, "instance_id", "aws_instance"),
                ) {
                    self.parts.push((part, whole));
                }
            }
            return;
        }
        if let Some(a) = association(current.rtype) {
            for (side, obj) in [(Side::Before, before), (Side::After, after)] {
                if let Some(obj) = obj {
                    let replaces_default = a.replaces_default.is_some_and(|flag| {
                        matches!(read_flag(obj, &[Step::Key(flag)]), Flag::Known(true))
                    });
                    self.added.push(Added {
                        target: association_target(names, obj, a),
                        group: attached_group(names, obj),
                        side,
                        origin: obj.origin.cloned(),
                        association: a,
                        replaces_default,
                    });
                }
            }
            return;
        }
        let kind = match lookup(current.rtype) {
            Some(t) => t.kind,
            None if attaches(current.rtype) => WorkloadKind::Other,
            None => return,
        };
        let old = before.and_then(|o| attachment(names, o));
        let new = after.and_then(|o| attachment(names, o));
        if old.is_none() && new.is_none() {
            return;
        }
        for link in links(current.rtype) {
            for obj in [after, before].into_iter().flatten() {
                for other in linked(names, obj, link) {
                    self.parts.push(if link.target_is_part {
                        (other, current.address.clone())
                    } else {
                        (current.address.clone(), other)
                    });
                }
            }
        }
        self.found.insert(
            current.address.clone(),
            Workload {
                address: current.address.clone(),
                resource_type: current.rtype.to_owned(),
                kind,
                lifecycle,
                origin: current.origin.cloned(),
                part_of: None,
                before: old,
                after: new,
            },
        );
    }

    /// Reads one resource of a type no table knows (see [`scanned`]): a workload of kind
    /// `other` when it names a group of the input on either side.
    pub fn scan(
        &mut self,
        names: &Names,
        before: Option<&Object>,
        after: Option<&Object>,
        lifecycle: Lifecycle,
    ) {
        let Some(current) = after.or(before) else {
            return;
        };
        let old = before.and_then(|o| consumer(names, o));
        let new = after.and_then(|o| consumer(names, o));
        if old.is_none() && new.is_none() {
            return;
        }
        self.found.insert(
            current.address.clone(),
            Workload {
                address: current.address.clone(),
                resource_type: current.rtype.to_owned(),
                kind: WorkloadKind::Other,
                lifecycle,
                origin: current.origin.cloned(),
                part_of: None,
                before: old,
                after: new,
            },
        );
    }

    /// Every workload, with the instances network interfaces are part of and the groups
    /// attachment resources add.
    pub fn finish(self) -> BTreeMap<String, Workload> {
        let mut found = self.found;
        for (part, whole) in self.parts {
            let is = |address: &str, rtype: &str| {
                found.get(address).is_some_and(|w| w.resource_type == rtype)
            };
            if is(&part, "aws_network_interface")
                && is(&whole, "aws_instance")
                && let Some(w) = found.get_mut(&part)
                && w.part_of.is_none()
            {
                w.part_of = Some(whole);
            }
        }
        for added in self.added {
            // A target not in the input is a workload of its own, named by what names it; it
            // exists on the sides the attachment does. A workload of the input keeps its sides.
            let named_only = !found.contains_key(&added.target);
            let (rtype, kind, can, because) = added.association.absent;
            let w = found
                .entry(added.target.clone())
                .or_insert_with(|| Workload {
                    address: added.target.clone(),
                    resource_type: rtype.to_owned(),
                    kind,
                    lifecycle: Lifecycle::Unchanged,
                    origin: added.origin.clone(),
                    part_of: None,
                    before: None,
                    after: None,
                });
            let side = match added.side {
                Side::Before => &mut w.before,
                Side::After => &mut w.after,
            };
            if named_only && side.is_none() {
                *side = Some(Attachment {
                    groups: Vec::new(),
                    default_group: false,
                    public: PublicAddress {
                        can,
                        because: because.to_owned(),
                        subnet_decides: false,
                    },
                    subnets: Vec::new(),
                });
            }
            if let Some(att) = side {
                if added.replaces_default {
                    att.default_group = false;
                }
                if let Err(at) = att.groups.binary_search(&added.group) {
                    att.groups.insert(at, added.group);
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    use crate::model::{Attachment, Input, Lifecycle, PublicAddress, Workload, WorkloadKind};
    use crate::read::{Options, read};
    use crate::tests::Scratch;

    /// The table of workload types as `docs/workloads.md` shows it, written from [`TYPES`].
    fn types_table() -> String {
        let code = |s: &str| format!("`{s}`");
        let mut out = String::from(
            "| kind | resource type | its groups | default group when none is named | public address | not a workload |\n| --- | --- | --- | --- | --- | --- |\n",
        );
        let mut types: Vec<&super::Type> = super::TYPES.iter().collect();
        types.sort_by_key(|t| (t.kind, t.rtype));
        for t in types {
            let groups: Vec<String> = t
                .groups
                .iter()
                .map(|l| {
                    if l.by == super::By::Name {
                        format!("{} (names)", code(l.path))
                    } else {
                        code(l.path)
                    }
                })
                .collect();
            let default = match t.default_group {
                super::DefaultGroup::No => "no".to_owned(),
                super::DefaultGroup::Yes => "yes".to_owned(),
                super::DefaultGroup::UnlessBlocks(b) => format!("yes, unless {} blocks", code(b)),
            };
            let public = match &t.public {
                super::Public::Flag {
                    path,
                    public_when,
                    absent,
                    unset,
                    ..
                } => {
                    let when_unset = match absent {
                        Some(v) if v == public_when => "yes".to_owned(),
                        Some(_) => "no".to_owned(),
                        None => format!("unknown: {unset}"),
                    };
                    format!(
                        "yes when {} (unset: {when_unset})",
                        code(&format!("{path} = {public_when}"))
                    )
                }
                super::Public::Instance => format!(
                    "{}, else a known {}, else unknown: {}",
                    code("associate_public_ip_address"),
                    code("public_ip"),
                    super::SUBNET_DECIDES
                ),
                super::Public::Msk => format!(
                    "yes when {}",
                    code(
                        "broker_node_group_info[0].connectivity_info[0].public_access[0].type = SERVICE_PROVIDED_EIPS"
                    )
                ),
                super::Public::Fixed(v, why) => {
                    let v = match v {
                        Some(true) => "yes",
                        Some(false) => "no",
                        None => "unknown",
                    };
                    format!("{v}: {why}")
                }
            };
            let skip = match t.skip {
                super::Skip::Never => String::new(),
                super::Skip::Without(block) => format!("without {}", code(block)),
                super::Skip::When {
                    attr,
                    value,
                    absent,
                } => {
                    let unset = if absent { " or unset" } else { "" };
                    format!("{}{unset}", code(&format!("{attr} = {value}")))
                }
            };
            out.push_str(&format!(
                "| {} | {} | {} | {default} | {public} | {skip} |\n",
                t.kind.as_str(),
                code(t.rtype),
                groups.join(", ")
            ));
        }
        out
    }

    /// `docs/workloads.md`'s table of workload types is the reader's own table: a type added
    /// to [`TYPES`] is documented by regenerating the page (`SGAUDIT_BLESS=1 cargo test
    /// workload_types_doc`).
    #[test]
    fn workload_types_doc_is_the_table() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/workloads.md");
        let page = std::fs::read_to_string(&path).unwrap();
        let (start, end) = (
            "<!-- workload-types:start -->\n",
            "<!-- workload-types:end -->",
        );
        let (head, rest) = page
            .split_once(start)
            .expect("docs/workloads.md: no workload-types:start marker");
        let (current, tail) = rest
            .split_once(end)
            .expect("docs/workloads.md: no workload-types:end marker");
        let expected = types_table();
        if current != expected {
            if std::env::var_os("SGAUDIT_BLESS").is_some() {
                std::fs::write(&path, format!("{head}{start}{expected}{end}{tail}")).unwrap();
            } else {
                panic!(
                    "docs/workloads.md: the table of workload types differs from the reader's (src/read/aws/workloads.rs TYPES); regenerate it with `SGAUDIT_BLESS=1 cargo test workload_types_doc`\n--- generated:\n{expected}"
                );
            }
        }
    }

    /// The hand-written table agrees with the provider's schema: every list of groups it reads
    /// is an attachment attribute of its type there (`[0]` read as `[*]`).
    #[test]
    fn the_table_reads_attachment_attributes_of_the_schema() {
        for t in super::TYPES {
            let schema: Vec<&str> = super::consumers::attachments(t.rtype)
                .map(|a| a.1)
                .collect();
            for list in t.groups {
                let path = list.path.replace("[0]", "[*]");
                assert!(
                    schema.contains(&path.as_str()),
                    "{} {}: not an attachment attribute of the schema ({schema:?})",
                    t.rtype,
                    list.path
                );
            }
        }
    }

    /// A type of the schema the table does not know is a workload of kind `other` when it
    /// names a group: by id, in a comma-separated string, by ARN; one that names none is no
    /// workload.
    #[test]
    fn schema_types_are_workloads_of_kind_other() {
        let input = configuration(
            "schema-types",
            &[(
                "main.tf",
                r#"
resource "aws_security_group" "a" {
  name = "a"
}

resource "aws_security_group" "b" {
  name = "b"
}

resource "aws_emr_cluster" "known" {
  name          = "known"
  release_label = "emr-7.1.0"
  service_role  = "r"
  ec2_attributes {
    instance_profile                  = "p"
    emr_managed_master_security_group = "sg-0123456789abcdef0"
    additional_master_security_groups = "sg-1, sg-2"
  }
}

resource "aws_datasync_agent" "agent" {
  name                = "agent"
  security_group_arns = [aws_security_group.a.arn]
}

resource "aws_glue_connection" "conn" {
  name = "conn"
  physical_connection_requirements {
    security_group_id_list = [aws_security_group.b.id, "sg-0123456789abcdef0"]
  }
}

resource "aws_codebuild_project" "outside_vpc" {
  name         = "outside"
  service_role = "r"
}
"#,
            )],
        );
        let not_known = "not known for this resource type";
        let want: Vec<Row> = [
            ("aws_datasync_agent.agent", &["aws_security_group.a"][..]),
            (
                "aws_emr_cluster.known",
                &["sg-0123456789abcdef0", "sg-1", "sg-2"],
            ),
            (
                "aws_glue_connection.conn",
                &["aws_security_group.b", "sg-0123456789abcdef0"],
            ),
        ]
        .into_iter()
        .map(|(address, groups)| {
            row(
                address,
                WorkloadKind::Other,
                Lifecycle::Created,
                None,
                Some(att(groups, false, None, not_known)),
            )
        })
        .collect();
        assert_eq!(rows(&input.workloads), want);
    }

    fn fixture(file: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("testdata/plans/workloads-two-hop")
            .join(file)
    }

    /// Reads a configuration of these files with the HCL reader; it must read cleanly.
    fn configuration(name: &str, files: &[(&str, &str)]) -> Input {
        let (_tmp, dir) = Scratch::with(files);
        let input = read(&dir, &Options::default()).unwrap();
        assert_eq!(
            crate::model::texts(&input.errors),
            Vec::<String>::new(),
            "{name}"
        );
        input
    }

    fn att(groups: &[&str], default_group: bool, can: Option<bool>, because: &str) -> Attachment {
        Attachment {
            groups: groups.iter().map(|g| (*g).to_owned()).collect(),
            default_group,
            public: PublicAddress {
                can,
                because: because.to_owned(),
                subnet_decides: can.is_none() && because == super::SUBNET_DECIDES,
            },
            subnets: Vec::new(),
        }
    }

    /// Address, type, kind, lifecycle, part_of, before and after of each workload.
    type Row = (
        String,
        String,
        WorkloadKind,
        Lifecycle,
        Option<String>,
        Option<Attachment>,
        Option<Attachment>,
    );

    fn rows(workloads: &BTreeMap<String, Workload>) -> Vec<Row> {
        workloads
            .iter()
            .map(|(address, w)| {
                assert_eq!(address, &w.address);
                (
                    w.address.clone(),
                    w.resource_type.clone(),
                    w.kind,
                    w.lifecycle.clone(),
                    w.part_of.clone(),
                    w.before.clone(),
                    w.after.clone(),
                )
            })
            .collect()
    }

    fn row(
        address: &str,
        kind: WorkloadKind,
        lifecycle: Lifecycle,
        before: Option<Attachment>,
        after: Option<Attachment>,
    ) -> Row {
        let rtype = address.rsplit('.').nth(1).unwrap_or_default().to_owned();
        (
            address.to_owned(),
            rtype,
            kind,
            lifecycle,
            None,
            before,
            after,
        )
    }

    const SUBNET: &str = "depends on the subnet's map_public_ip_on_launch";
    const EIP: &str = "an Elastic IP may be associated";

    /// The two-hop fixture after its change, as both the plan and the configuration say it.
    fn two_hop_after() -> [Attachment; 5] {
        // Where each sits: the database in its subnet group's subnets, the load balancer in
        // both, the instance and the interface in `a`; the launch template names none.
        let both = ["aws_subnet.a".to_owned(), "aws_subnet.b".to_owned()];
        let a = ["aws_subnet.a".to_owned()];
        let on = |mut attachment: Attachment, subnets: &[String]| {
            attachment.subnets = subnets.to_vec();
            attachment
        };
        [
            on(
                att(
                    &["aws_security_group.db"],
                    false,
                    Some(false),
                    "publicly_accessible = false",
                ),
                &both,
            ),
            on(
                att(
                    &["aws_security_group.bastion"],
                    false,
                    Some(true),
                    "associate_public_ip_address = true",
                ),
                &a,
            ),
            att(&["aws_security_group.app"], false, None, SUBNET),
            on(
                att(
                    &["aws_security_group.alb"],
                    false,
                    Some(true),
                    "internal = false: internet-facing",
                ),
                &both,
            ),
            on(att(&["aws_security_group.app"], false, None, EIP), &a),
        ]
    }

    const TWO_HOP: [(&str, WorkloadKind); 5] = [
        ("aws_db_instance.db", WorkloadKind::Database),
        ("aws_instance.bastion", WorkloadKind::Compute),
        ("aws_launch_template.app", WorkloadKind::Compute),
        ("aws_lb.web", WorkloadKind::LoadBalancer),
        ("aws_network_interface.app", WorkloadKind::Compute),
    ];

    #[test]
    fn two_hop_plan_workloads() {
        // The configuration the plan came from gives the workloads their origins.
        let tf = std::fs::read_to_string(fixture("after.tf")).unwrap();
        let (_config, config) = Scratch::with(&[("main.tf", &tf)]);
        let options = Options {
            config: Some(config.clone()),
            ..Options::default()
        };
        let plan = read(fixture("plan.json").to_str().unwrap(), &options).unwrap();
        let after = two_hop_after();
        let want: Vec<Row> = TWO_HOP
            .iter()
            .zip(after)
            .map(|((address, kind), after)| {
                if *address == "aws_instance.bastion" {
                    // moto reported the instance without groups: the plan attaches its group.
                    let mut before =
                        att(&[], true, Some(true), "associate_public_ip_address = true");
                    before.subnets = vec!["aws_subnet.a".to_owned()];
                    row(
                        address,
                        *kind,
                        Lifecycle::Updated,
                        Some(before),
                        Some(after),
                    )
                } else {
                    row(
                        address,
                        *kind,
                        Lifecycle::Unchanged,
                        Some(after.clone()),
                        Some(after),
                    )
                }
            })
            .collect();
        assert_eq!(rows(&plan.workloads), want);
        let origins: Vec<Option<String>> = plan
            .workloads
            .values()
            .map(|w| {
                w.origin
                    .as_ref()
                    .and_then(|o| o.to_string().rsplit('/').next().map(str::to_owned))
            })
            .collect();
        assert_eq!(
            origins,
            [
                Some("main.tf:153".to_owned()),
                Some("main.tf:121".to_owned()),
                Some("main.tf:134".to_owned()),
                Some("main.tf:140".to_owned()),
                Some("main.tf:129".to_owned()),
            ]
        );
    }

    #[test]
    fn two_hop_state_workloads() {
        let state = read(fixture("state.json").to_str().unwrap(), &Options::default()).unwrap();
        let want: Vec<Row> = TWO_HOP
            .iter()
            .zip(two_hop_after())
            .map(|((address, kind), a)| {
                row(
                    address,
                    *kind,
                    Lifecycle::Unchanged,
                    Some(a.clone()),
                    Some(a),
                )
            })
            .collect();
        assert_eq!(rows(&state.workloads), want);
    }

    #[test]
    fn two_hop_configuration_reads_what_the_plan_plans() {
        let tf = std::fs::read_to_string(fixture("after.tf")).unwrap();
        let hcl = configuration("two-hop", &[("main.tf", &tf)]);
        let want: Vec<Row> = TWO_HOP
            .iter()
            .zip(two_hop_after())
            .map(|((address, kind), a)| row(address, *kind, Lifecycle::Created, None, Some(a)))
            .collect();
        assert_eq!(rows(&hcl.workloads), want);
        assert!(hcl.workloads.values().all(|w| w.origin.is_some()));

        // The plan after the change: the same workloads, kinds, groups and links. Whether a
        // workload can hold a public address may differ only where the plan knows a computed
        // value the configuration cannot (an instance's `public_ip` when
        // `associate_public_ip_address` is not set); in this fixture every answer comes from
        // a configured argument or a provider default, so they are equal too.
        let plan = read(fixture("plan.json").to_str().unwrap(), &Options::default()).unwrap();
        let after = |input: &Input| -> Vec<_> {
            input
                .workloads
                .values()
                .map(|w| {
                    (
                        w.address.clone(),
                        w.kind,
                        w.part_of.clone(),
                        w.after.clone(),
                    )
                })
                .collect()
        };
        assert_eq!(after(&hcl), after(&plan));
    }

    #[test]
    fn unknown_group_lists_resolve_through_references() {
        let input = configuration(
            "resolve",
            &[
                (
                    "main.tf",
                    r#"
variable "extra_sg" {}

module "sg" {
  source = "./sg"
}

resource "aws_security_group" "worker" {
  count = 2
  name  = "worker-${count.index}"
}

resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::123456789012:role/fn"
  vpc_config {
    subnet_ids         = [aws_subnet.a.id]
    security_group_ids = [module.sg.id, var.extra_sg]
  }
}

resource "aws_ecs_service" "svc" {
  name = "svc"
  network_configuration {
    subnets         = ["subnet-1"]
    security_groups = aws_security_group.worker[*].id
  }
}

resource "aws_elasticache_cluster" "cache" {
  cluster_id         = "cache"
  security_group_ids = [module.sg.id, "sg-0123456789abcdef0"]
}

resource "aws_instance" "classic" {
  ami             = "ami-1"
  security_groups = [module.sg.name, "launch-wizard-1"]
}
"#,
                ),
                (
                    "sg/main.tf",
                    r#"
resource "aws_security_group" "this" {
  name = "shared"
}

output "id" {
  value = aws_security_group.this.id
}

output "name" {
  value = aws_security_group.this.name
}
"#,
                ),
            ],
        );
        let groups = |address: &str| -> Vec<String> {
            input.workloads[address]
                .after
                .as_ref()
                .map(|a| a.groups.clone())
                .unwrap_or_default()
        };
        // Through a module output; the variable without a value stays unknown (the subnet
        // beside it in vpc_config is not taken for a group).
        assert_eq!(
            groups("aws_lambda_function.fn"),
            ["module.sg.aws_security_group.this", "unknown:var.extra_sg"]
        );
        // A splat is every instance.
        assert_eq!(
            groups("aws_ecs_service.svc"),
            [
                "aws_security_group.worker[0]",
                "aws_security_group.worker[1]"
            ]
        );
        // A known id of a group outside the input stays an id.
        assert_eq!(
            groups("aws_elasticache_cluster.cache"),
            ["module.sg.aws_security_group.this", "sg-0123456789abcdef0"]
        );
        // Names: a known name of a group of the input is that group.
        assert_eq!(
            groups("aws_instance.classic"),
            ["launch-wizard-1", "module.sg.aws_security_group.this"]
        );
        let kinds: Vec<(&str, WorkloadKind)> = input
            .workloads
            .values()
            .map(|w| (w.address.as_str(), w.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("aws_ecs_service.svc", WorkloadKind::Cluster),
                ("aws_elasticache_cluster.cache", WorkloadKind::Cache),
                ("aws_instance.classic", WorkloadKind::Compute),
                ("aws_lambda_function.fn", WorkloadKind::Function),
            ]
        );
        let public = |address: &str| input.workloads[address].after.clone().unwrap().public;
        assert_eq!(
            public("aws_lambda_function.fn"),
            PublicAddress {
                can: Some(false),
                because: "functions receive no inbound connections".to_owned(),
                subnet_decides: false,
            }
        );
        assert_eq!(
            public("aws_ecs_service.svc"),
            PublicAddress {
                can: Some(false),
                because: "assign_public_ip = false".to_owned(),
                subnet_decides: false,
            }
        );
    }

    #[test]
    fn a_group_attachment_adds_a_group() {
        let input = configuration(
            "sg-attachment",
            &[(
                "main.tf",
                r#"
variable "eni" {}

resource "aws_security_group" "a" {
  name = "a"
}

resource "aws_security_group" "b" {
  name = "b"
}

resource "aws_network_interface" "app" {
  subnet_id       = "subnet-1"
  security_groups = [aws_security_group.a.id]
}

resource "aws_instance" "web" {
  ami = "ami-1"
}

resource "aws_network_interface_sg_attachment" "to_eni" {
  security_group_id    = aws_security_group.b.id
  network_interface_id = aws_network_interface.app.id
}

resource "aws_network_interface_sg_attachment" "to_instance" {
  security_group_id    = aws_security_group.b.id
  network_interface_id = aws_instance.web.primary_network_interface_id
}

resource "aws_network_interface_sg_attachment" "to_id" {
  security_group_id    = aws_security_group.a.id
  network_interface_id = "eni-0123456789abcdef0"
}

resource "aws_network_interface_sg_attachment" "to_unknown" {
  security_group_id    = "sg-0123456789abcdef0"
  network_interface_id = var.eni
}
"#,
            )],
        );
        let want: Vec<Row> = vec![
            (
                "aws_instance.web".to_owned(),
                "aws_instance".to_owned(),
                WorkloadKind::Compute,
                Lifecycle::Created,
                None,
                None,
                // No group of its own: the VPC default group, and the attached one.
                Some(att(&["aws_security_group.b"], true, None, SUBNET)),
            ),
            (
                "aws_network_interface.app".to_owned(),
                "aws_network_interface".to_owned(),
                WorkloadKind::Compute,
                Lifecycle::Created,
                None,
                None,
                Some(Attachment {
                    // A subnet the input does not hold: its id.
                    subnets: vec!["subnet-1".to_owned()],
                    ..att(
                        &["aws_security_group.a", "aws_security_group.b"],
                        false,
                        None,
                        EIP,
                    )
                }),
            ),
            (
                "eni-0123456789abcdef0".to_owned(),
                "aws_network_interface".to_owned(),
                WorkloadKind::Compute,
                Lifecycle::Unchanged,
                None,
                None,
                Some(att(&["aws_security_group.a"], false, None, EIP)),
            ),
            (
                "unknown:var.eni".to_owned(),
                "aws_network_interface".to_owned(),
                WorkloadKind::Compute,
                Lifecycle::Unchanged,
                None,
                None,
                Some(att(&["sg-0123456789abcdef0"], false, None, EIP)),
            ),
        ];
        assert_eq!(rows(&input.workloads), want);
    }

    #[test]
    fn network_interfaces_are_part_of_their_instance() {
        let input = configuration(
            "part-of",
            &[(
                "main.tf",
                r#"
resource "aws_security_group" "a" {
  name = "a"
}

resource "aws_network_interface" "primary" {
  subnet_id       = "subnet-1"
  security_groups = [aws_security_group.a.id]
}

resource "aws_network_interface" "secondary" {
  subnet_id = "subnet-1"
  attachment {
    instance     = aws_instance.web.id
    device_index = 1
  }
}

resource "aws_instance" "web" {
  ami = "ami-1"
  network_interface {
    network_interface_id = aws_network_interface.primary.id
    device_index         = 0
  }
}
"#,
            )],
        );
        let part_of: Vec<(&str, Option<&str>)> = input
            .workloads
            .values()
            .map(|w| (w.address.as_str(), w.part_of.as_deref()))
            .collect();
        assert_eq!(
            part_of,
            [
                ("aws_instance.web", None),
                ("aws_network_interface.primary", Some("aws_instance.web")),
                ("aws_network_interface.secondary", Some("aws_instance.web")),
            ]
        );
        let after = |address: &str| input.workloads[address].after.clone().unwrap();
        // Its network interfaces carry the instance's groups.
        assert_eq!(after("aws_instance.web"), att(&[], false, None, SUBNET));
        let in_subnet = |a: Attachment| Attachment {
            subnets: vec!["subnet-1".to_owned()],
            ..a
        };
        assert_eq!(
            after("aws_network_interface.primary"),
            in_subnet(att(&["aws_security_group.a"], false, None, EIP))
        );
        assert_eq!(
            after("aws_network_interface.secondary"),
            in_subnet(att(&[], true, None, EIP))
        );
    }

    #[test]
    fn a_gateway_endpoint_is_no_workload() {
        let input = configuration(
            "endpoints",
            &[(
                "main.tf",
                r#"
resource "aws_security_group" "a" {
  name = "a"
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = "vpc-1"
  service_name      = "com.amazonaws.us-east-1.s3"
  vpc_endpoint_type = "Gateway"
}

resource "aws_vpc_endpoint" "dynamodb" {
  vpc_id       = "vpc-1"
  service_name = "com.amazonaws.us-east-1.dynamodb"
}

resource "aws_vpc_endpoint" "sqs" {
  vpc_id             = "vpc-1"
  service_name       = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.a.id]
}

resource "aws_vpc_endpoint" "ssm" {
  vpc_id            = "vpc-1"
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = "Interface"
}

resource "aws_lambda_function" "outside_vpc" {
  function_name = "f"
  role          = "arn:aws:iam::123456789012:role/f"
}
"#,
            )],
        );
        let private = "interface endpoints have private addresses only";
        let want: Vec<Row> = [
            ("aws_vpc_endpoint.sqs", &["aws_security_group.a"][..], false),
            ("aws_vpc_endpoint.ssm", &[], true),
        ]
        .into_iter()
        .map(|(address, groups, default_group)| {
            row(
                address,
                WorkloadKind::Endpoint,
                Lifecycle::Created,
                None,
                Some(att(groups, default_group, Some(false), private)),
            )
        })
        .collect();
        assert_eq!(rows(&input.workloads), want);
    }

    #[test]
    fn a_database_without_groups_gets_the_default_group() {
        let input = configuration(
            "default-group",
            &[(
                "main.tf",
                r#"
resource "aws_db_instance" "db" {
  identifier          = "db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  publicly_accessible = true
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier     = "aurora"
  engine                 = "aurora-postgresql"
  vpc_security_group_ids = []
}

resource "aws_lb" "nlb" {
  name               = "nlb"
  load_balancer_type = "network"
  internal           = true
}
"#,
            )],
        );
        let want = vec![
            row(
                "aws_db_instance.db",
                WorkloadKind::Database,
                Lifecycle::Created,
                None,
                Some(att(&[], true, Some(true), "publicly_accessible = true")),
            ),
            row(
                "aws_lb.nlb",
                WorkloadKind::LoadBalancer,
                Lifecycle::Created,
                None,
                // A network load balancer without groups is not filtered by groups.
                Some(att(&[], false, Some(false), "internal = true")),
            ),
            row(
                "aws_rds_cluster.aurora",
                WorkloadKind::Database,
                Lifecycle::Created,
                None,
                Some(att(
                    &[],
                    true,
                    None,
                    "publicly_accessible is set on aws_rds_cluster_instance",
                )),
            ),
        ];
        assert_eq!(rows(&input.workloads), want);
    }

    #[test]
    fn only_the_arguments_workloads_need_are_evaluated() {
        // `templatefile` is not a function this reader has: an argument the table does not
        // read cannot fail the run; one it reads can.
        let input = configuration(
            "keep",
            &[(
                "main.tf",
                r#"
resource "aws_security_group" "a" {
  name = "a"
}

resource "aws_launch_template" "app" {
  name      = "app"
  user_data = base64encode(templatefile("${path.module}/init.sh", { port = 8080 }))
  network_interfaces {
    associate_public_ip_address = true
    security_groups             = [aws_security_group.a.id]
  }
}
"#,
            )],
        );
        assert_eq!(
            input.workloads["aws_launch_template.app"].after,
            Some(att(
                &["aws_security_group.a"],
                false,
                Some(true),
                "associate_public_ip_address = true"
            ))
        );
        let (_dir, dir) = Scratch::with(&[(
            "main.tf",
            r#"
resource "aws_instance" "web" {
  ami                    = "ami-1"
  vpc_security_group_ids = templatefile("groups.tpl", {})
}
"#,
        )]);
        let input = read(&dir, &Options::default()).unwrap();
        assert_eq!(input.errors.len(), 1, "{:?}", input.errors);
        assert!(
            input.errors[0].to_string().contains("main.tf:4"),
            "{:?}",
            input.errors
        );
    }
    /// A resource of a type no table knows is a consumer of kind `other` of the groups its
    /// values or references name, through a module output too; a peer attribute, tags, IAM,
    /// `aws_ec2_tag` and Terraform's own resources are not.
    #[test]
    fn a_resource_of_a_type_no_table_knows_is_a_consumer() {
        let input = configuration(
            "unknown-type",
            &[
                (
                    "main.tf",
                    r#"
resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_security_group" "peer" {
  name = "peer"
}

resource "aws_security_group" "held" {
  name = "held"
}

module "sg" {
  source = "./sg"
}

resource "aws_elastic_beanstalk_environment" "web" {
  name        = "web"
  application = "web"

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "SecurityGroups"
    value     = aws_security_group.app.id
  }
}

resource "aws_cloudformation_stack" "legacy" {
  name       = "legacy"
  parameters = { GroupId = module.sg.id }
}

resource "aws_eks_node_group" "workers" {
  cluster_name  = "c"
  node_role_arn = "arn:aws:iam::123456789012:role/n"
  subnet_ids    = ["subnet-1"]

  remote_access {
    ec2_ssh_key               = "k"
    source_security_group_ids = [aws_security_group.peer.id]
  }

  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
  tags   = { group = aws_security_group.peer.id }
}

resource "terraform_data" "keep" {
  input = aws_security_group.held.id
}

resource "aws_ec2_tag" "owner" {
  resource_id = aws_security_group.held.id
  key         = "owner"
  value       = "team"
}

resource "aws_iam_policy" "manage" {
  name   = "manage"
  policy = jsonencode({ Resource = aws_security_group.held.arn, Id = aws_security_group.held.id })
}
"#,
                ),
                (
                    "sg/main.tf",
                    r#"
resource "aws_security_group" "this" {
  name = "in-module"
}

output "id" {
  value = aws_security_group.this.id
}
"#,
                ),
            ],
        );
        let other = |groups: &[&str]| Some(att(groups, false, None, super::NOT_KNOWN));
        let want: Vec<Row> = vec![
            row(
                "aws_cloudformation_stack.legacy",
                WorkloadKind::Other,
                Lifecycle::Created,
                None,
                other(&["module.sg.aws_security_group.this"]),
            ),
            row(
                "aws_elastic_beanstalk_environment.web",
                WorkloadKind::Other,
                Lifecycle::Created,
                None,
                other(&["aws_security_group.app"]),
            ),
        ];
        assert_eq!(rows(&input.workloads), want);
    }

    /// In a plan or a state, a known group id among a resource's values names the group: alone,
    /// in a comma-separated list, account-qualified; not inside an ARN or a longer text.
    #[test]
    fn a_known_group_id_among_the_values_names_its_group() {
        use crate::read::terraform::object::{NO_MODULES, Object};
        let mut names = super::Names::default();
        for (name, id) in [
            ("a", "sg-0a"),
            ("b", "sg-0b"),
            ("c", "sg-0c"),
            ("d", "sg-0d"),
        ] {
            names.learn(
                Some(super::super::types::Kind::Group),
                "aws_security_group",
                "",
                name,
                &format!("aws_security_group.{name}"),
                false,
                &[&serde_json::json!({ "id": id })],
            );
        }
        let values = serde_json::json!({
            "setting": [{ "name": "SecurityGroups", "value": "sg-0a, 123456789012/sg-0b" }],
            "parameters": { "Policy": "{\"Resource\": \"arn:aws:ec2:us-east-1:123456789012:security-group/sg-0c\"}" },
            "tags": { "Group": "sg-0d" },
            "arn": "arn:aws:ec2:us-east-1:123456789012:security-group/sg-0d"
        });
        let origins = crate::read::terraform::object::BlockOrigins::new();
        let obj = Object {
            address: "aws_cloudformation_stack.s".to_owned(),
            rtype: "aws_cloudformation_stack",
            module: "",
            key: None,
            values: &values,
            unknown: &serde_json::Value::Null,
            sensitive: &serde_json::Value::Null,
            exprs: None,
            origin: None,
            origins: &origins,
            traced: None,
            for_each: None,
            modules: &NO_MODULES,
        };
        assert!(names.may_hold_group_id(&values.to_string()));
        assert_eq!(
            super::consumer(&names, &obj).map(|a| a.groups),
            Some(vec![
                "aws_security_group.a".to_owned(),
                "aws_security_group.b".to_owned()
            ])
        );
        assert!(!names.may_hold_group_id(r#"{"id": "sg-0e", "x": "sg-0a1"}"#));
    }

    /// An association adds its group to the workload it names: a VPC endpoint of the input (by
    /// reference; `replace_default_association` takes its default group off), or one named
    /// only by id.
    #[test]
    fn an_endpoint_association_adds_a_group_to_the_endpoint() {
        let input = configuration(
            "endpoint-association",
            &[(
                "main.tf",
                r#"
resource "aws_security_group" "a" {
  name = "a"
}

resource "aws_security_group" "b" {
  name = "b"
}

resource "aws_vpc_endpoint" "kept" {
  vpc_id            = "vpc-1"
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = "Interface"
}

resource "aws_vpc_endpoint" "replaced" {
  vpc_id            = "vpc-1"
  service_name      = "com.amazonaws.us-east-1.ec2"
  vpc_endpoint_type = "Interface"
}

resource "aws_vpc_endpoint_security_group_association" "kept" {
  vpc_endpoint_id   = aws_vpc_endpoint.kept.id
  security_group_id = aws_security_group.a.id
}

resource "aws_vpc_endpoint_security_group_association" "replaced" {
  vpc_endpoint_id             = aws_vpc_endpoint.replaced.id
  security_group_id           = aws_security_group.a.id
  replace_default_association = true
}

resource "aws_vpc_endpoint_security_group_association" "by_id" {
  vpc_endpoint_id   = "vpce-0123456789abcdef0"
  security_group_id = aws_security_group.b.id
}
"#,
            )],
        );
        const PRIVATE: &str = "interface endpoints have private addresses only";
        let want: Vec<Row> = vec![
            row(
                "aws_vpc_endpoint.kept",
                WorkloadKind::Endpoint,
                Lifecycle::Created,
                None,
                Some(att(&["aws_security_group.a"], true, Some(false), PRIVATE)),
            ),
            row(
                "aws_vpc_endpoint.replaced",
                WorkloadKind::Endpoint,
                Lifecycle::Created,
                None,
                Some(att(&["aws_security_group.a"], false, Some(false), PRIVATE)),
            ),
            (
                "vpce-0123456789abcdef0".to_owned(),
                "aws_vpc_endpoint".to_owned(),
                WorkloadKind::Endpoint,
                Lifecycle::Unchanged,
                None,
                None,
                Some(att(&["aws_security_group.b"], false, Some(false), PRIVATE)),
            ),
        ];
        assert_eq!(rows(&input.workloads), want);
    }
}
