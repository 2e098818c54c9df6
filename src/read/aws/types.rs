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
}
