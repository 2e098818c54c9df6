//! The kinds of AWS resource types sgaudit reads, and the types that hold permissions or
//! name prefix lists; the types that attach groups are the table of `workloads.rs`.

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

/// What a resource type is to sgaudit.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Group,
    PrefixList,
    Rule,
    /// A resource that attaches groups (an instance, an interface, a database...), or an
    /// attachment of a group or an interface.
    Workload,
}
