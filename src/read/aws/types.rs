//! The kinds of AWS resource types sgaudit reads, and the types that hold permissions, name
//! prefix lists or are VPCs; the types that attach groups are the table of `workloads.rs`.

/// Security groups: they hold inline permissions (`ingress`/`egress`).
pub const GROUP_TYPES: [&str; 2] = ["aws_security_group", "aws_default_security_group"];
/// Managed prefix lists: a permission's peer can be one.
pub const PREFIX_LIST_TYPES: [&str; 1] = ["aws_ec2_managed_prefix_list"];
/// Standalone rules: each holds permissions of one group.
pub const RULE_TYPES: [&str; 3] = [
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule",
];

/// VPCs: each has a default security group (`vpcs.rs`). `aws_default_vpc` adopts the
/// region's default VPC.
pub const VPC_TYPES: [&str; 2] = ["aws_vpc", "aws_default_vpc"];
/// The type that manages a VPC's default security group (its `vpc_id`), rather than creating
/// a group.
pub const DEFAULT_GROUP_TYPE: &str = "aws_default_security_group";

/// What a resource type is to sgaudit.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Group,
    PrefixList,
    Rule,
    /// A VPC, which has a default security group.
    Vpc,
    /// A resource that attaches groups (an instance, an interface, a database...), or an
    /// attachment of a group or an interface.
    Workload,
    /// A resource of the network layer ([`NETWORK_TYPES`]).
    Network,
}

/// The network layer (`network.rs`): VPCs' extra address blocks, subnets, route tables and
/// their routes and associations, gateways, network ACLs and their rules and associations,
/// and the subnet groups that place databases and caches in subnets; and the other targets a
/// route names (virtual private gateways, transit gateways, peering connections), read only
/// for what names them.
pub const NETWORK_TYPES: [&str; 27] = [
    "aws_vpc_ipv4_cidr_block_association",
    "aws_vpc_ipv6_cidr_block_association",
    "aws_subnet",
    "aws_default_subnet",
    "aws_route_table",
    "aws_default_route_table",
    "aws_route",
    "aws_route_table_association",
    "aws_main_route_table_association",
    "aws_internet_gateway",
    "aws_internet_gateway_attachment",
    "aws_egress_only_internet_gateway",
    "aws_nat_gateway",
    "aws_network_acl",
    "aws_default_network_acl",
    "aws_network_acl_rule",
    "aws_network_acl_association",
    "aws_db_subnet_group",
    "aws_docdb_subnet_group",
    "aws_neptune_subnet_group",
    "aws_redshift_subnet_group",
    "aws_elasticache_subnet_group",
    "aws_memorydb_subnet_group",
    "aws_dms_replication_subnet_group",
    "aws_vpn_gateway",
    "aws_ec2_transit_gateway",
    "aws_vpc_peering_connection",
];

/// The subnet groups: a database or cache names one (by name), which holds its subnets.
pub const SUBNET_GROUP_TYPES: [&str; 7] = [
    "aws_db_subnet_group",
    "aws_docdb_subnet_group",
    "aws_neptune_subnet_group",
    "aws_redshift_subnet_group",
    "aws_elasticache_subnet_group",
    "aws_memorydb_subnet_group",
    "aws_dms_replication_subnet_group",
];

/// Subnets: what a workload's subnet ids name.
pub const SUBNET_TYPES: [&str; 2] = ["aws_subnet", "aws_default_subnet"];
