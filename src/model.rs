//! The one model every reader produces and everything else reads: security groups and their
//! *permissions*. A permission is one direction × port range (a protocol and its ports,
//! [`PortRange`]) × one [`Peer`] (what AWS calls an `IpPermission` with a single source); what
//! is read from configuration has its [`Origin`]; what could not be read, and what the user
//! should know, is a [`Diagnostic`]. Nothing in this module knows Terraform syntax.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use ipnet::IpNet;

mod diagnostic;
mod network;
mod origin;
mod ports;

pub use diagnostic::{Diagnostic, Level, texts};
pub use network::{
    Destination, Gateway, GatewayKind, Nacl, NaclRule, NetRef, Network, Peering, Route, RouteTable,
    Subnet, Target, VpcBlocks,
};
pub use origin::Origin;
pub use ports::{PortRange, Ports, Protocol, SENSITIVE};

/// What a reader produced from one input: every security group it saw and the permissions
/// that exist before and after the change. A state, or a plan without changes, has
/// `before == after`.
#[derive(Debug, Default)]
pub struct Input {
    pub source: Source,
    pub groups: BTreeMap<String, Group>,
    /// The VPCs of the input, by resource address.
    pub vpcs: BTreeMap<String, Vpc>,
    /// What the groups are attached to, by resource address.
    pub workloads: BTreeMap<String, Workload>,
    /// The workloads whose groups AWS attaches to one network interface when the change is
    /// applied (an instance's primary interface, a network interface), so that the quota of
    /// security groups per network interface is checked then
    /// (`SecurityGroupsPerInterfaceLimitExceeded`); a launch template's groups, say, are
    /// checked only when something launches from it.
    pub interfaces: std::collections::BTreeSet<String>,
    /// The network (subnets, route tables, gateways, network ACLs) before and after the
    /// change.
    pub network_before: Network,
    pub network_after: Network,
    pub before: Vec<Permission>,
    pub after: Vec<Permission>,
    /// The entries of the managed prefix lists in the input before and after the change.
    pub prefix_lists_before: PrefixLists,
    pub prefix_lists_after: PrefixLists,
    /// What the quota of rules per security group counts for a reference to each managed
    /// prefix list of the input, before and after the change (keyed as [`PrefixLists`]).
    pub prefix_list_sizes_before: PrefixListSizes,
    pub prefix_list_sizes_after: PrefixListSizes,
    /// Parts of a configuration that could not be read (a module not downloaded), and why.
    pub not_analysed: Vec<String>,
    /// What a reader (and then the policy) wants the user to know about how it read the
    /// input: notes.
    pub notes: Vec<Diagnostic>,
    /// Parts of the input that could not be read, each an error located where the reader
    /// knows: the report covers the rest, and the run fails.
    pub errors: Vec<Diagnostic>,
    /// The inline ignores (`# sgaudit:ignore rule -- reason`) of the configuration files read,
    /// collected while their text was at hand: the policy reads no file.
    pub ignores: Vec<InlineIgnore>,
    /// What the account changed outside Terraform, when the input is compared with it
    /// (`--deployed`, with the plan's `resource_drift`): see [`Drift`].
    pub drift: Vec<Drift>,
    /// Texts the input marks sensitive, while it is read: `read::read` hides the group and
    /// prefix-list ids among them (after a `--base` change is put together, so that both sides
    /// number an id alike), then drops them.
    pub secrets: Vec<String>,
}

/// One difference between an account (AWS API JSON) and what Terraform manages, matched by id
/// (a group's `id`, a rule's `SecurityGroupRuleId`), never by name alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    pub kind: DriftKind,
    /// The group: its address in the input (its id when Terraform does not manage it).
    pub group: String,
    /// The group's id in the account.
    pub group_id: Option<String>,
    /// The permission a kind about one is about (`Added`, `Removed`), as the input holds it:
    /// its `resource` is the account's rule id (`sgr-…`) for an added one, the Terraform
    /// resource that declares it for a removed one.
    pub permission: Option<Permission>,
    /// The rule's id in the account (`SecurityGroupRuleId`), when it is there.
    pub rule_id: Option<String>,
    /// For `UnmanagedGroup`: the network interface it is attached to, and the Terraform
    /// resource that manages that interface.
    pub interface: Option<(String, String)>,
    /// Who saw it: `account` (the describe-* output), `resource_drift` (the plan's refresh).
    pub seen_by: Vec<&'static str>,
}

/// Whether a permission's `resource` names no Terraform resource but the account's rule: its
/// `SecurityGroupRuleId` (`sgr-…`), or, when the account's JSON gives none, the name a
/// permission found outside Terraform gets (`outside-terraform:<group> <what it allows>`).
/// Such a permission is neither an inline rule of its group nor a standalone rule resource.
pub fn is_account_rule(resource: &str) -> bool {
    resource.starts_with("sgr-") || resource.starts_with(OUTSIDE_TERRAFORM)
}

/// The prefix of the name of a permission found outside Terraform without a rule id.
pub const OUTSIDE_TERRAFORM: &str = "outside-terraform:";

/// What a [`Drift`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DriftKind {
    /// A permission in the account no Terraform resource declares (added by hand).
    Added,
    /// A permission Terraform declares that the account lacks (removed by hand).
    Removed,
    /// A group Terraform does not manage, attached to a network interface it manages.
    UnmanagedGroup,
    /// A group Terraform manages (by id) that the account does not hold.
    GroupNotInAccount,
}

impl DriftKind {
    pub const NAMES: [&str; 4] = [
        "added",
        "removed",
        "unmanaged_group",
        "group_not_in_account",
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DriftKind::Added => "added",
            DriftKind::Removed => "removed",
            DriftKind::UnmanagedGroup => "unmanaged_group",
            DriftKind::GroupNotInAccount => "group_not_in_account",
        }
    }
}

impl Input {
    /// The drift of the permissions some resources declare (an exposure's): `Added` when one
    /// is a permission added outside Terraform, else `Removed` when one was removed outside
    /// it, else `None`.
    pub fn drift_of<S: AsRef<str>>(&self, resources: &[S]) -> Option<DriftKind> {
        let of = |kind: DriftKind| {
            self.drift.iter().any(|d| {
                d.kind == kind
                    && d.permission
                        .as_ref()
                        .is_some_and(|p| resources.iter().any(|r| r.as_ref() == &*p.resource))
            })
        };
        if self.drift.is_empty() {
            None
        } else if of(DriftKind::Added) {
            Some(DriftKind::Added)
        } else if of(DriftKind::Removed) {
            Some(DriftKind::Removed)
        } else {
            None
        }
    }
}

/// One `# sgaudit:ignore rule-id[, rule-id...] -- reason` comment (or `//`), at `file:line`
/// of a configuration file, and the lines of that file it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlineIgnore {
    /// The comment's file and line.
    pub origin: Origin,
    pub rules: Vec<String>,
    /// Empty when the comment gives none (the ignore then does not apply).
    pub reason: String,
    /// The lines of `origin.file` it covers, found by the reader where it parses the file: a
    /// finding placed on one of them (any of its origins) is accepted. Above a block, the
    /// block's lines, its nested blocks included; above or at the end of an argument, that line
    /// and the first line of the block holding it (where that block's findings are placed);
    /// otherwise the comment's own line. The comment's line comes first.
    pub covers: Vec<std::ops::RangeInclusive<usize>>,
}

impl InlineIgnore {
    /// Whether the ignore covers a line of its file.
    pub fn covers(&self, line: usize) -> bool {
        self.covers.iter().any(|r| r.contains(&line))
    }

    /// How many lines it covers: of two ignores that cover a finding, the one covering fewer
    /// lines is the more specific (above a nested block rather than above its resource).
    pub fn breadth(&self) -> usize {
        self.covers
            .iter()
            .map(|r| r.end().saturating_sub(*r.start()) + 1)
            .sum()
    }
}

/// What a group or prefix-list id the input marks sensitive becomes, when it names nothing
/// in the input: `sensitive-1`, `sensitive-2`... numbered in the order the input first holds
/// them. The same id is the same key everywhere in one input (peers, owners, workloads), so
/// joins and the diff stay exact, and the value itself is never printed. (An id that names an
/// object of the input becomes that object's address, as any id does.)
pub fn sensitive_key(n: usize) -> String {
    format!("{SENSITIVE_KEY}{n}")
}

/// Whether a group or prefix-list key stands for a sensitive id (see [`sensitive_key`]).
pub fn is_sensitive_key(key: &str) -> bool {
    key.strip_prefix(SENSITIVE_KEY)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

const SENSITIVE_KEY: &str = "sensitive-";

/// Managed prefix-list entries by the name peers use for the list; `None` while unknown.
pub type PrefixLists = BTreeMap<String, Option<Vec<IpNet>>>;

/// What a managed prefix list weighs in a security group's quota of rules, by the name peers
/// use for the list.
pub type PrefixListSizes = BTreeMap<String, PrefixListSize>;

/// A managed prefix list's name and `max_entries`, as far as the input tells: a rule that
/// references a customer-managed list counts as its maximum size, one that references an
/// AWS-managed list (named `com.amazonaws.…`) as the weight AWS documents for it
/// (<https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-size>;
/// the weights are `policy::quotas`').
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrefixListSize {
    /// The list's `name`; `None` when unknown.
    pub name: Option<String>,
    /// Its `max_entries`; `None` when unknown.
    pub max_entries: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct Source {
    /// The input path as the user gave it (`-` for standard input).
    pub path: String,
    pub kind: SourceKind,
    /// Terraform's JSON `format_version`; `None` for configuration.
    pub format_version: Option<String>,
    pub terraform_version: Option<String>,
    /// False when terraform says another plan/apply round will follow (deferred changes).
    pub complete: bool,
    /// Variables of a configuration that have no value: their uses are unknown.
    pub missing_variables: Vec<String>,
    /// What the configuration is compared with (`--base`), when it is.
    pub base: Option<String>,
}

impl Default for Source {
    fn default() -> Source {
        Source {
            path: String::new(),
            kind: SourceKind::default(),
            format_version: None,
            terraform_version: None,
            complete: true,
            missing_variables: Vec::new(),
            base: None,
        }
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    #[default]
    Plan,
    State,
    /// A Terraform configuration read from `.tf` files: what it declares, nothing before it.
    Hcl,
    /// An account as the AWS API describes it (`aws ec2 describe-*` output): what exists,
    /// read as a state (before == after), every object named by its id.
    Deployed,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Plan => "plan",
            SourceKind::State => "state",
            SourceKind::Hcl => "hcl",
            SourceKind::Deployed => "deployed",
        }
    }
}

/// A security group. Attributes are `None` when the input does not know them (an id before
/// apply, a generated name).
#[derive(Debug, Clone, Default)]
pub struct Group {
    /// The resource address, e.g. `module.net.aws_security_group.web["a"]`.
    pub address: String,
    pub resource_type: String,
    pub name: Option<String>,
    /// The name before the change, when the group exists before it and the input knows the
    /// name: a replacement that keeps a fixed `name` (not `name_prefix`) under
    /// `create_before_destroy` creates a second group of that name while the first exists.
    pub name_before: Option<String>,
    pub id: Option<String>,
    pub vpc_id: Option<String>,
    /// The group's VPC (`vpc_id`) as the network names it: the VPC's address when the input
    /// holds it, else its id, or `unknown:<reference>`; `None` when the input does not say
    /// (the region's default VPC).
    pub vpc: Option<NetRef>,
    /// The account that owns the group (`owner_id`), when the input knows it: a reference to
    /// a group of another account needs that account's id (`123456789012/sg-…`).
    pub owner_id: Option<String>,
    pub description: Option<String>,
    /// `aws_default_security_group`: the VPC's default group, adopted rather than created.
    pub default: bool,
    pub lifecycle: Lifecycle,
    /// Where the group is declared (`main.tf:12`), when the input is configuration.
    pub origin: Option<Origin>,
    /// The directions whose inline rules the configuration sets (`ingress` blocks or
    /// `ingress = [...]`); a direction it does not set is left as it is in AWS.
    pub manages: Vec<Direction>,
    /// Known tags.
    pub tags: BTreeMap<String, String>,
    /// For the default group of a VPC the change creates when no `aws_default_security_group`
    /// of the input manages it: the VPC's address. No resource of the input declares the group
    /// (its key is [`default_group_key`], its type and origin the VPC's), and its permissions
    /// are the ones AWS gives every new VPC's default group.
    pub unmanaged_default_of: Option<String>,
}

/// A VPC of the input: an `aws_vpc`, or the region's default VPC (`aws_default_vpc`), with what
/// the audit of security groups needs of it, its default security group. Its address blocks
/// and the rest of the network layer are each side's [`Network`].
#[derive(Debug, Clone, Default)]
pub struct Vpc {
    /// The resource address, e.g. `aws_vpc.main` or `module.net.aws_vpc.this[0]`.
    pub address: String,
    pub resource_type: String,
    /// The region's default VPC, which Terraform adopts rather than creates: it exists before
    /// the change, with its default group.
    pub default: bool,
    pub lifecycle: Lifecycle,
    /// Where the VPC is declared (`main.tf:1`), when the input is configuration.
    pub origin: Option<Origin>,
    pub id: Option<String>,
    /// Whether the VPC has an IPv6 CIDR block after the change; `None` when the input does not
    /// tell.
    pub ipv6: Option<bool>,
    pub default_group: DefaultGroup,
}

/// Who manages a VPC's default security group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum DefaultGroup {
    /// No resource of the input: AWS's defaults for a VPC the change creates (the model holds
    /// the group, [`default_group_key`]); for a VPC that exists before the change, whatever
    /// the group holds, which the input does not tell.
    #[default]
    Unmanaged,
    /// The `aws_default_security_group` of the input at this address.
    Managed(String),
    /// The input cannot tell: one of its `aws_default_security_group`s manages a VPC the reader
    /// cannot name.
    Unknown,
}

/// The key, in [`Input::groups`], of the default group of the VPC at `vpc` when no resource of
/// the input manages it: `aws_vpc.main's default security group`.
pub fn default_group_key(vpc: &str) -> String {
    format!("{vpc}'s default security group")
}

/// A resource security groups are attached to: an instance, a network interface, a launch
/// template, a load balancer, a database... Each holds its own set of groups (its own
/// "bouncer"); an instance's extra network interfaces are workloads of their own.
#[derive(Debug, Clone, Default)]
pub struct Workload {
    /// The resource address, e.g. `aws_instance.web` or `module.db.aws_db_instance.this[0]`.
    pub address: String,
    pub resource_type: String,
    pub kind: WorkloadKind,
    pub lifecycle: Lifecycle,
    /// Where the workload is declared (`main.tf:40`), when the input is configuration.
    pub origin: Option<Origin>,
    /// The instance a network interface is attached to, when the input says.
    pub part_of: Option<String>,
    /// Its attachment before the change (`None` when it does not exist before).
    pub before: Option<Attachment>,
    /// Its attachment after the change (`None` when the change deletes it).
    pub after: Option<Attachment>,
}

/// The groups of one workload on one side of a change, and whether it can hold a public
/// address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attachment {
    /// Group addresses when the groups are in the input, else ids, or `unknown:<reference>`
    /// for a value known only after apply. Sorted, without duplicates.
    pub groups: Vec<String>,
    /// No group is named, so AWS attaches the VPC's default security group.
    pub default_group: bool,
    pub public: PublicAddress,
    /// The subnets it sits in (`subnet_id`, `subnet_ids`, `subnets`, a DB subnet group's):
    /// their addresses when the input holds them, else ids or `unknown:<reference>`. Sorted,
    /// without duplicates; empty when the input does not say.
    pub subnets: Vec<NetRef>,
}

/// Whether a workload can hold a public address at all (routing tables and gateways are not
/// read: a public address does not prove a route from the internet).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicAddress {
    /// `Some(true)`: it can; `Some(false)`: it cannot; `None`: the input does not tell.
    pub can: Option<bool>,
    /// Why, as a user reads it: `associate_public_ip_address = true`, `internal = false`.
    pub because: String,
    /// When `can` is `None`: the subnet decides, by its `map_public_ip_on_launch` (an instance
    /// that does not say).
    pub subnet_decides: bool,
}

impl PublicAddress {
    pub fn as_str(&self) -> &'static str {
        match self.can {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown",
        }
    }
}

/// What a workload is, for rules and reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WorkloadKind {
    #[default]
    Compute,
    Database,
    Cache,
    Search,
    LoadBalancer,
    Function,
    Cluster,
    Storage,
    Endpoint,
    /// A resource type the provider's schema says attaches groups, which sgaudit knows no more
    /// of (an EMR cluster, a CodeBuild project...).
    Other,
}

impl WorkloadKind {
    pub const NAMES: [&str; 10] = [
        "compute",
        "database",
        "cache",
        "search",
        "load_balancer",
        "function",
        "cluster",
        "storage",
        "endpoint",
        "other",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WorkloadKind::Compute => "compute",
            WorkloadKind::Database => "database",
            WorkloadKind::Cache => "cache",
            WorkloadKind::Search => "search",
            WorkloadKind::LoadBalancer => "load_balancer",
            WorkloadKind::Function => "function",
            WorkloadKind::Cluster => "cluster",
            WorkloadKind::Storage => "storage",
            WorkloadKind::Endpoint => "endpoint",
            WorkloadKind::Other => "other",
        }
    }
}

/// What the change does to the group itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Lifecycle {
    #[default]
    Unchanged,
    Created,
    Updated,
    Replaced(Replacement),
    Deleted {
        reason: Option<String>,
    },
    /// Removed from Terraform's state but left in AWS with its permissions.
    Forgotten,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Replacement {
    /// True for `create_before_destroy` (`["create","delete"]`).
    pub create_first: bool,
    /// `action_reason`, e.g. `replace_because_cannot_update`.
    pub reason: Option<String>,
    /// `replace_paths`: the attributes that forced the replacement.
    pub paths: Vec<serde_json::Value>,
}

impl Lifecycle {
    /// The verb used in reports: `create`, `update`, `replace`, `delete`, `forget`, `no-op`.
    pub fn action(&self) -> &'static str {
        match self {
            Lifecycle::Unchanged => "no-op",
            Lifecycle::Created => "create",
            Lifecycle::Updated => "update",
            Lifecycle::Replaced(_) => "replace",
            Lifecycle::Deleted { .. } => "delete",
            Lifecycle::Forgotten => "forget",
        }
    }
}

/// What a change does to something that is there before it, after it or both: an exposure of
/// the diff, an edge of the graph, a path from the internet. The one vocabulary of the diff
/// and the paths, in the JSON, the packs' `status` and the reports (a finding's is
/// [`FindingStatus`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    /// There after the change only.
    Added,
    /// There before and after, with other contents: a path through the same hops with other
    /// ports or another public address. Only paths change: an exposure is one protocol, port
    /// range and peer, so a change to it is one exposure removed and another added.
    Changed,
    /// There before and after, the same.
    Unchanged,
    /// There before the change only.
    Removed,
}

impl Change {
    pub const fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Changed => "changed",
            Change::Unchanged => "unchanged",
            Change::Removed => "removed",
        }
    }
}

/// Whether a finding is introduced by the change (`new`), was there before (`existing`), or
/// goes away with it (`resolved`): the one vocabulary of findings, against the change or a
/// baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingStatus {
    New,
    Existing,
    Resolved,
}

impl FindingStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            FindingStatus::New => "new",
            FindingStatus::Existing => "existing",
            FindingStatus::Resolved => "resolved",
        }
    }

    /// The status of a finding about something the change adds (or changes), keeps or
    /// removes.
    pub const fn of(change: Change) -> FindingStatus {
        match change {
            Change::Added | Change::Changed => FindingStatus::New,
            Change::Unchanged => FindingStatus::Existing,
            Change::Removed => FindingStatus::Resolved,
        }
    }
}

/// How an added exposure meets what its group allowed before on that protocol and direction:
/// none of its ports (`added`), or some of them, for other peers or a narrower range
/// (`widened`). Not a status: a widened exposure is an added one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Growth {
    Added,
    Widened,
}

impl Growth {
    pub const fn as_str(self) -> &'static str {
        match self {
            Growth::Added => "added",
            Growth::Widened => "widened",
        }
    }
}

/// One shared copy (`Arc`) of each name given: what many exposures, findings or changes name
/// (a group's or a resource's address, a type) is held once.
#[derive(Default)]
pub struct Names(std::collections::HashSet<std::sync::Arc<str>>);

impl Names {
    /// The shared copy of `name`, made the first time it is asked for.
    pub fn of(&mut self, name: &str) -> std::sync::Arc<str> {
        if let Some(known) = self.0.get(name) {
            return std::sync::Arc::clone(known);
        }
        let made: std::sync::Arc<str> = name.into();
        self.0.insert(std::sync::Arc::clone(&made));
        made
    }
}

/// What holds an exposure: a security group (its address, or its id when the group is not in
/// the input, or `unknown:<reference>`), or a workload (its address: the union of its groups).
/// The name is shared (`Arc`) by the owner's exposures and their findings.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Owner {
    Group(std::sync::Arc<str>),
    Workload(std::sync::Arc<str>),
}

impl Owner {
    /// The group's or the workload's address (or id).
    pub fn name(&self) -> &str {
        match self {
            Owner::Group(name) | Owner::Workload(name) => name,
        }
    }

    /// The name, shared.
    pub fn shared(&self) -> &std::sync::Arc<str> {
        match self {
            Owner::Group(name) | Owner::Workload(name) => name,
        }
    }

    /// `group` or `workload`.
    pub const fn kind(&self) -> &'static str {
        match self {
            Owner::Group(_) => "group",
            Owner::Workload(_) => "workload",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Direction {
    Ingress,
    Egress,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ingress => "ingress",
            Direction::Egress => "egress",
        }
    }
}

/// Who is on the other side of a permission: exactly one peer, and whether it may be printed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Peer {
    /// An IPv4 or IPv6 network, canonical (host bits cleared); `sensitive` when the input
    /// marks it so: it counts in the analysis (rules match it) but is never printed. (A
    /// sensitive group or prefix-list id is hidden by its key, see [`sensitive_key`].)
    Cidr { net: IpNet, sensitive: bool },
    /// Another security group: its address when it is in the input, else its id
    /// (possibly account-qualified, `123456789012/sg-…`); shared by the permissions naming it.
    Group(Arc<str>),
    /// The group the permission belongs to.
    SelfRef,
    /// A managed prefix list: its address when it is in the input, else its id.
    PrefixList(Arc<str>),
    /// Not known until apply; carries the reference it comes from.
    Unknown(Arc<str>),
}

impl Peer {
    /// A network the input does not mark sensitive.
    pub const fn cidr(net: IpNet) -> Peer {
        Peer::Cidr {
            net,
            sensitive: false,
        }
    }

    /// Who the peer is, whether or not it may be printed: the key that matches one permission
    /// read twice, which the two readings may mark differently (a plan and its configuration;
    /// a group's rules as AWS lists them and the rule resource that owns one; a configuration
    /// and its base).
    pub fn unmarked(&self) -> Cow<'_, Peer> {
        match self {
            &Peer::Cidr {
                net,
                sensitive: true,
            } => Cow::Owned(Peer::cidr(net)),
            other => Cow::Borrowed(other),
        }
    }
}

/// One permission of one security group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Permission {
    /// The group's address (or its id, or `unknown:<reference>`, when it is not in the input),
    /// one copy shared by the group's permissions.
    pub group: Arc<str>,
    /// The resource that declares the permission: the group itself for inline rules, or an
    /// `aws_security_group_rule` / `aws_vpc_security_group_*_rule` address; one copy shared by
    /// the permissions it declares.
    pub resource: Arc<str>,
    pub direction: Direction,
    /// The protocol and ports, normalized as AWS reads them; `sensitive` when the protocol or
    /// a port (`protocol`, `from_port`, `to_port`) is marked sensitive: they count in the
    /// analysis (rules match them) but are never printed.
    pub range: PortRange,
    /// Who: a network (and whether the input marks it sensitive), a group, the group itself,
    /// a prefix list or an unknown value.
    pub peer: Peer,
    pub description: Option<String>,
    /// Where the permission is declared (`main.tf:14`), when the input is configuration.
    pub origin: Option<Origin>,
    /// Ports are written that AWS ignores (protocol `-1`, or one without ports): a port
    /// restriction that restricts nothing.
    pub ports_ignored: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A network's mark is part of the peer (two peers of one network, one marked, differ),
    /// and `unmarked` is who the peer is: the same for both, and any other peer as it is.
    #[test]
    fn a_peer_says_who_it_is_and_whether_it_may_be_printed() {
        let net: IpNet = "10.0.0.0/8".parse().unwrap();
        let marked = Peer::Cidr {
            net,
            sensitive: true,
        };
        let shown = Peer::cidr(net);
        assert_ne!(marked, shown);
        assert_eq!(*marked.unmarked(), shown);
        assert_eq!(*shown.unmarked(), shown);
        assert!(matches!(shown.unmarked(), Cow::Borrowed(_)));
        let group = Peer::Group("aws_security_group.db".into());
        assert_eq!(*group.unmarked(), group);
    }
}
