//! VPCs (`aws_vpc`, `aws_default_vpc`) and their default security groups: which
//! `aws_default_security_group` of the input manages each VPC's default group and, for a VPC
//! the change creates that none manages, the group AWS gives it with AWS's default
//! permissions, so that the rules judge it as they judge any other group.
//!
//! AWS, "Default security groups for your VPCs"
//! (<https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html>): every VPC
//! comes with a default security group, named `default`, which cannot be deleted; its default
//! rules admit all traffic from the resources assigned to the group itself (source: the
//! group's own id), allow all outbound IPv4 traffic (`0.0.0.0/0`), and all outbound IPv6
//! traffic (`::/0`), a rule "added only if your VPC has an associated IPv6 CIDR block".
//! Terraform manages the group only through `aws_default_security_group`, which removes every
//! rule of the group and adds the ones its blocks write
//! (<https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group>).
//!
//! Only a VPC the change creates (or replaces) has its default group in the model: the default
//! group of a VPC that exists before the change (in a state, a plan's `no-op`, the base of
//! `--base`) may have been changed outside Terraform, and the input does not hold it. The
//! region's default VPC (`aws_default_vpc`) is adopted, not created: it exists before, and so
//! does its default group. A VPC the change deletes takes its default group with it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use ipnet::{IpNet, Ipv4Net, Ipv6Net};
use serde_json::Value;

use super::names::Names;
use super::types::VPC_TYPES;
use crate::model::{
    DefaultGroup, Diagnostic, Direction, Group, Input, Lifecycle, Peer, Permission, PortRange,
    Ports, Protocol, Vpc, default_group_key,
};
use crate::read::terraform::object::{Field, Object, Step};

/// The arguments of a VPC that say whether it has an IPv6 CIDR block.
pub const ARGUMENTS: [&str; 3] = [
    "assign_generated_ipv6_cidr_block",
    "ipv6_cidr_block",
    "ipv6_ipam_pool_id",
];

/// The VPCs of one input, and which of them an `aws_default_security_group` manages.
#[derive(Default)]
pub struct Vpcs {
    vpcs: BTreeMap<String, Vpc>,
    /// VPC address → the `aws_default_security_group` that manages its default group after
    /// the change.
    managed: BTreeMap<String, String>,
    /// `aws_default_security_group`s whose VPC the input holds but the reader cannot name.
    unplaced: BTreeSet<String>,
}

impl Vpcs {
    /// A VPC as it is after the change (as it was, for one the change deletes).
    pub fn add(&mut self, obj: &Object, lifecycle: Lifecycle) {
        let default = obj.rtype != "aws_vpc";
        let id = match obj.field(&[Step::Key("id")]) {
            Field::Known(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            _ => None,
        };
        self.vpcs.insert(
            obj.address.clone(),
            Vpc {
                address: obj.address.clone(),
                resource_type: obj.rtype.to_owned(),
                default,
                lifecycle,
                origin: obj.origin.cloned(),
                id,
                ipv6: ipv6(obj),
                default_group: DefaultGroup::Unmanaged,
            },
        );
    }

    /// An `aws_default_security_group` that exists after the change: the VPC whose default
    /// group it manages, named by its `vpc_id` (an id of the input, or a reference to a VPC of
    /// it). Without `vpc_id` the provider looks for a group named `default` described
    /// `default group`, EC2-Classic's, not a VPC's
    /// (`resourceDefaultSecurityGroupCreate`, internal/service/ec2/vpc_default_security_group.go
    /// of hashicorp/terraform-provider-aws): it manages no VPC's group.
    pub fn default_group(&mut self, names: &Names, obj: &Object) {
        let group = obj.address.clone();
        let field = obj.field(&[Step::Key("vpc_id")]);
        if let Field::Known(Value::String(id)) = field {
            // An id the input does not hold is a VPC outside it.
            if let Some(vpc) = names.ids.get(id) {
                self.managed.insert(vpc.to_string(), group);
            }
            return;
        }
        // `vpc_id` is computed: unknown in a plan when the configuration does not set it.
        if matches!(field, Field::Absent) || obj.configured("vpc_id") == Some(false) {
            return;
        }
        let traced = names.resolve_each(obj, "vpc_id", &names.vpcs, &VPC_TYPES, "id");
        let named: Vec<&String> = traced.iter().filter_map(|(_, a)| a.as_ref()).collect();
        if named.is_empty() {
            // A data source's VPC exists before the change: it is no VPC the change creates.
            // Anything else may be one.
            let outside =
                !traced.is_empty() && traced.iter().all(|(t, _)| t.reference.starts_with("data."));
            if !outside {
                self.unplaced.insert(group);
            }
        } else {
            for vpc in named {
                self.managed.insert(vpc.clone(), group.clone());
            }
        }
    }

    /// The VPCs into `input.vpcs`; for each VPC the change creates whose default group no
    /// resource of the input manages, that group with AWS's default permissions, after the
    /// change.
    pub fn finish(self, input: &mut Input) {
        let Vpcs {
            mut vpcs,
            managed,
            unplaced,
        } = self;
        let mut unjudged = Vec::new();
        for vpc in vpcs.values_mut() {
            vpc.default_group = match managed.get(&vpc.address).cloned() {
                Some(group) => DefaultGroup::Managed(group),
                None if unplaced.is_empty() => DefaultGroup::Unmanaged,
                None => DefaultGroup::Unknown,
            };
            let created = matches!(vpc.lifecycle, Lifecycle::Created | Lifecycle::Replaced(_));
            if !created || vpc.default {
                continue;
            }
            match vpc.default_group {
                DefaultGroup::Unmanaged => add_default_group(vpc, input),
                DefaultGroup::Unknown => unjudged.push(vpc.address.clone()),
                DefaultGroup::Managed(_) => {}
            }
        }
        if !unjudged.is_empty() {
            input.notes.push(Diagnostic::note(
                None,
                format!(
                    "{}: the VPC whose default security group {} is not known, so the default groups of the VPCs this change creates ({}) are not judged",
                    unplaced.iter().cloned().collect::<Vec<_>>().join(", "),
                    if unplaced.len() == 1 {
                        "it manages"
                    } else {
                        "each manages"
                    },
                    unjudged.join(", ")
                ),
            ));
        }
        input.vpcs = vpcs;
    }
}

/// Whether a VPC has an IPv6 CIDR block after the change: an Amazon-provided one
/// (`assign_generated_ipv6_cidr_block`), one from an IPAM pool (`ipv6_ipam_pool_id`), or one
/// it holds (`ipv6_cidr_block`, known once the VPC exists); `None` when a value that tells is
/// unknown.
pub(super) fn ipv6(obj: &Object) -> Option<bool> {
    let mut unknown = false;
    for argument in ARGUMENTS {
        match obj.field(&[Step::Key(argument)]) {
            Field::Known(Value::Bool(true)) => return Some(true),
            Field::Known(Value::String(s)) if !s.is_empty() => return Some(true),
            // `ipv6_cidr_block` is computed: unknown in the plan of every new VPC, it tells
            // nothing unless the configuration sets it.
            Field::Unknown
                if argument != "ipv6_cidr_block" || obj.configured(argument) == Some(true) =>
            {
                unknown = true;
            }
            _ => {}
        }
    }
    (!unknown).then_some(false)
}

/// The default group AWS gives a new VPC, with its default permissions, declared by the VPC
/// itself (where the VPC is declared).
fn add_default_group(vpc: &Vpc, input: &mut Input) {
    let key = default_group_key(&vpc.address);
    let (group, resource): (Arc<str>, Arc<str>) =
        (key.as_str().into(), vpc.address.as_str().into());
    let permission = |direction, peer| Permission {
        group: Arc::clone(&group),
        resource: Arc::clone(&resource),
        direction,
        range: PortRange::new(Protocol::All, Ports::All),
        peer,
        description: None,
        origin: vpc.origin.clone(),
        ports_ignored: false,
    };
    // `Default` of a network is the whole family: 0.0.0.0/0, ::/0.
    let (v4, v6) = (
        Peer::cidr(IpNet::V4(Ipv4Net::default())),
        Peer::cidr(IpNet::V6(Ipv6Net::default())),
    );
    input
        .after
        .push(permission(Direction::Ingress, Peer::SelfRef));
    input.after.push(permission(Direction::Egress, v4));
    match vpc.ipv6 {
        Some(true) => input.after.push(permission(Direction::Egress, v6)),
        Some(false) => {}
        // `::/0` when the VPC gets an IPv6 block, which is not known until apply.
        None => input.after.push(permission(
            Direction::Egress,
            Peer::Unknown(format!("{}.ipv6_cidr_block", vpc.address).into()),
        )),
    }
    input.groups.insert(
        key.clone(),
        Group {
            address: key,
            resource_type: vpc.resource_type.clone(),
            name: Some("default".to_owned()),
            name_before: None,
            id: None,
            vpc_id: vpc.id.clone(),
            vpc: Some(vpc.address.clone()),
            owner_id: None,
            description: None,
            default: true,
            lifecycle: vpc.lifecycle.clone(),
            origin: vpc.origin.clone(),
            manages: Vec::new(),
            tags: BTreeMap::new(),
            unmanaged_default_of: Some(vpc.address.clone()),
        },
    );
}

#[cfg(test)]
mod tests {

    use crate::model::{DefaultGroup, Direction, Input, Lifecycle, Peer, texts};
    use crate::read::{Options, read};
    use crate::tests::Scratch;

    fn configuration(name: &str, text: &str) -> Input {
        let (_tmp, dir) = Scratch::with(&[("main.tf", text)]);
        let input = read(&dir, &Options::default()).unwrap();
        assert_eq!(texts(&input.errors), Vec::<String>::new(), "{name}");
        input
    }

    /// Each VPC's address, action and who manages its default group.
    fn vpcs(input: &Input) -> Vec<(String, &'static str, DefaultGroup)> {
        input
            .vpcs
            .values()
            .map(|v| {
                (
                    v.address.clone(),
                    v.lifecycle.action(),
                    v.default_group.clone(),
                )
            })
            .collect()
    }

    /// The permissions of a group after the change: direction, protocol, ports, peer, the
    /// resource that declares them.
    fn permissions(input: &Input, group: &str) -> Vec<String> {
        let mut out: Vec<String> = input
            .after
            .iter()
            .filter(|p| p.group == group.into())
            .map(|p| {
                format!(
                    "{} {} {} {:?} by {}",
                    p.direction.as_str(),
                    p.range.protocol,
                    p.range.ports_label(),
                    p.peer,
                    p.resource
                )
            })
            .collect();
        out.sort();
        out
    }

    fn unmanaged(input: &Input) -> Vec<String> {
        input
            .groups
            .values()
            .filter(|g| g.unmanaged_default_of.is_some())
            .map(|g| g.address.clone())
            .collect()
    }

    fn managed(group: &str) -> DefaultGroup {
        DefaultGroup::Managed(group.to_owned())
    }

    /// A new VPC that no `aws_default_security_group` names keeps AWS's default rules: all
    /// traffic from the group's own members, all egress to 0.0.0.0/0, and to ::/0 when it has
    /// an IPv6 block. An `aws_default_security_group` manages its VPC's group through a
    /// reference, an indexed reference (`count.index`), or a module's output.
    #[test]
    fn a_new_vpc_whose_default_group_nothing_manages_has_awss_defaults() {
        let input = configuration(
            "defaults",
            r#"
resource "aws_vpc" "v4" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "dual" {
  cidr_block                       = "10.1.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

resource "aws_vpc" "locked" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_default_security_group" "locked" {
  vpc_id = aws_vpc.locked.id
}

resource "aws_vpc" "spoke" {
  count      = 2
  cidr_block = "10.${count.index + 3}.0.0/16"
}

resource "aws_default_security_group" "spoke" {
  count  = 2
  vpc_id = aws_vpc.spoke[count.index].id
}
"#,
        );
        assert_eq!(
            vpcs(&input),
            [
                ("aws_vpc.dual".to_owned(), "create", DefaultGroup::Unmanaged),
                (
                    "aws_vpc.locked".to_owned(),
                    "create",
                    managed("aws_default_security_group.locked")
                ),
                (
                    "aws_vpc.spoke[0]".to_owned(),
                    "create",
                    managed("aws_default_security_group.spoke[0]")
                ),
                (
                    "aws_vpc.spoke[1]".to_owned(),
                    "create",
                    managed("aws_default_security_group.spoke[1]")
                ),
                ("aws_vpc.v4".to_owned(), "create", DefaultGroup::Unmanaged),
            ]
        );
        assert_eq!(
            unmanaged(&input),
            [
                "aws_vpc.dual's default security group",
                "aws_vpc.v4's default security group"
            ]
        );
        assert_eq!(
            permissions(&input, "aws_vpc.v4's default security group"),
            [
                "egress all all Cidr { net: 0.0.0.0/0, sensitive: false } by aws_vpc.v4",
                "ingress all all SelfRef by aws_vpc.v4",
            ]
        );
        assert_eq!(
            permissions(&input, "aws_vpc.dual's default security group"),
            [
                "egress all all Cidr { net: 0.0.0.0/0, sensitive: false } by aws_vpc.dual",
                "egress all all Cidr { net: ::/0, sensitive: false } by aws_vpc.dual",
                "ingress all all SelfRef by aws_vpc.dual",
            ]
        );
        let group = &input.groups["aws_vpc.v4's default security group"];
        assert!(group.default);
        assert_eq!(group.resource_type, "aws_vpc");
        assert_eq!(group.name.as_deref(), Some("default"));
        assert_eq!(group.lifecycle, Lifecycle::Created);
        // Declared where the VPC is.
        assert_eq!(
            group.origin.as_ref().map(|o| o.line),
            input.vpcs["aws_vpc.v4"].origin.as_ref().map(|o| o.line)
        );
        assert!(group.origin.is_some());
    }

    /// A module's VPC is managed by the default group the caller points at it, through the
    /// module's output.
    #[test]
    fn a_default_group_names_its_vpc_through_a_module_output() {
        let (_dir, dir) = Scratch::with(&[
            (
                "main.tf",
                r#"
module "net" {
  source = "./modules/net"
}

resource "aws_default_security_group" "net" {
  vpc_id = module.net.vpc_id
}
"#,
            ),
            (
                "modules/net/main.tf",
                r#"
resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

output "vpc_id" {
  value = aws_vpc.this.id
}
"#,
            ),
        ]);
        let input = read(&dir, &Options::default()).unwrap();
        assert_eq!(texts(&input.errors), Vec::<String>::new());
        assert_eq!(
            vpcs(&input),
            [(
                "module.net.aws_vpc.this".to_owned(),
                "create",
                managed("aws_default_security_group.net")
            )]
        );
        assert_eq!(unmanaged(&input), Vec::<String>::new());
    }

    /// An `aws_default_security_group` whose VPC cannot be told (a variable without a value)
    /// may manage any new VPC's group: none is judged, and a note says why. One that names a
    /// data source's VPC manages a VPC that exists already: the new VPC is judged.
    #[test]
    fn a_default_group_of_an_unknown_vpc_leaves_new_vpcs_unjudged() {
        let input = configuration(
            "unknown",
            r#"
variable "vpc_id" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "somewhere" {
  vpc_id = var.vpc_id
}
"#,
        );
        assert_eq!(
            vpcs(&input),
            [("aws_vpc.main".to_owned(), "create", DefaultGroup::Unknown)]
        );
        assert_eq!(unmanaged(&input), Vec::<String>::new());
        assert_eq!(
            texts(&input.notes),
            [
                "aws_default_security_group.somewhere: the VPC whose default security group it manages is not known, so the default groups of the VPCs this change creates (aws_vpc.main) are not judged"
            ]
        );
        let input = configuration(
            "data",
            r#"
data "aws_vpc" "shared" {
  id = "vpc-0123456789abcdef0"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "shared" {
  vpc_id = data.aws_vpc.shared.id
}
"#,
        );
        assert_eq!(
            vpcs(&input),
            [("aws_vpc.main".to_owned(), "create", DefaultGroup::Unmanaged)]
        );
        assert_eq!(unmanaged(&input), ["aws_vpc.main's default security group"]);
        assert_eq!(texts(&input.notes), Vec::<String>::new());
    }

    /// The region's default VPC is adopted, not created: its default group exists already,
    /// with permissions the input does not hold. An `aws_default_security_group` names it by
    /// `vpc_id`; one without `vpc_id` manages EC2-Classic's default group, no VPC's.
    #[test]
    fn the_default_vpc_has_no_default_group_of_awss_defaults() {
        let input = configuration(
            "default-vpc",
            r#"
resource "aws_default_vpc" "default" {}

resource "aws_default_security_group" "default" {
  vpc_id = aws_default_vpc.default.id
}
"#,
        );
        assert_eq!(
            vpcs(&input),
            [(
                "aws_default_vpc.default".to_owned(),
                "create",
                managed("aws_default_security_group.default")
            )]
        );
        assert!(input.vpcs["aws_default_vpc.default"].default);
        let input = configuration(
            "default-vpc-alone",
            r#"
resource "aws_default_vpc" "default" {}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "classic" {}
"#,
        );
        assert_eq!(
            vpcs(&input),
            [
                (
                    "aws_default_vpc.default".to_owned(),
                    "create",
                    DefaultGroup::Unmanaged
                ),
                ("aws_vpc.main".to_owned(), "create", DefaultGroup::Unmanaged),
            ]
        );
        assert_eq!(unmanaged(&input), ["aws_vpc.main's default security group"]);
    }

    /// Whether a new VPC has an IPv6 block may be unknown until apply: its default group's
    /// IPv6 egress is then unknown, named after the VPC's block.
    #[test]
    fn an_unknown_ipv6_block_is_an_unknown_egress() {
        let input = configuration(
            "ipv6-unknown",
            r#"
variable "ipv6" {
  type = bool
}

resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = var.ipv6
}
"#,
        );
        assert_eq!(input.vpcs["aws_vpc.main"].ipv6, None);
        let egress: Vec<&Peer> = input
            .after
            .iter()
            .filter(|p| p.direction == Direction::Egress)
            .map(|p| &p.peer)
            .collect();
        assert_eq!(
            egress,
            [
                &Peer::cidr("0.0.0.0/0".parse().unwrap()),
                &Peer::Unknown("aws_vpc.main.ipv6_cidr_block".into())
            ]
        );
    }

    fn scenario(file: &str) -> String {
        format!("testdata/plans/vpc-default-group-unmanaged/{file}")
    }

    /// The real plan (testdata/plans/vpc-default-group-unmanaged): the default group of the
    /// one new VPC nothing manages holds AWS's defaults; the VPC that exists (`no-op`) has its
    /// default group in AWS, which the plan does not hold: nothing is made up for it. The
    /// state holds no default group either.
    #[test]
    fn a_plan_judges_the_default_groups_of_the_vpcs_it_creates() {
        let input = read(&scenario("plan.json"), &Options::default()).unwrap();
        assert_eq!(
            vpcs(&input),
            [
                ("aws_vpc.app".to_owned(), "create", DefaultGroup::Unmanaged),
                (
                    "aws_vpc.existing".to_owned(),
                    "no-op",
                    DefaultGroup::Unmanaged
                ),
                (
                    "aws_vpc.locked".to_owned(),
                    "create",
                    managed("aws_default_security_group.locked")
                ),
                (
                    "aws_vpc.spoke[0]".to_owned(),
                    "create",
                    managed("aws_default_security_group.spoke[0]")
                ),
                (
                    "aws_vpc.spoke[1]".to_owned(),
                    "create",
                    managed("aws_default_security_group.spoke[1]")
                ),
            ]
        );
        assert_eq!(unmanaged(&input), ["aws_vpc.app's default security group"]);
        assert_eq!(
            permissions(&input, "aws_vpc.app's default security group"),
            [
                "egress all all Cidr { net: 0.0.0.0/0, sensitive: false } by aws_vpc.app",
                "egress all all Cidr { net: ::/0, sensitive: false } by aws_vpc.app",
                "ingress all all SelfRef by aws_vpc.app",
            ]
        );
        assert!(input.vpcs["aws_vpc.existing"].id.is_some());
        let state = read(&scenario("state.json"), &Options::default()).unwrap();
        assert_eq!(
            vpcs(&state),
            [(
                "aws_vpc.existing".to_owned(),
                "no-op",
                DefaultGroup::Unmanaged
            )]
        );
        assert!(state.groups.is_empty() && state.after.is_empty());
    }

    /// The real plan with `aws_vpc.existing` replaced, then deleted: a replaced VPC is a new
    /// VPC with a new default group, which gets AWS's defaults (replaced with the VPC); a
    /// deleted VPC takes its default group with it.
    #[test]
    fn a_replaced_vpc_has_a_new_default_group_and_a_deleted_one_none() {
        let text = std::fs::read_to_string(scenario("plan.json")).unwrap();
        let with = |actions: &[&str]| -> Input {
            let mut plan: serde_json::Value = serde_json::from_str(&text).unwrap();
            let changes = plan["resource_changes"].as_array_mut().unwrap();
            let vpc = changes
                .iter_mut()
                .find(|c| c["address"] == "aws_vpc.existing")
                .unwrap();
            vpc["change"]["actions"] = serde_json::json!(actions);
            if actions == ["delete"] {
                vpc["change"]["after"] = serde_json::Value::Null;
            } else {
                vpc["change"]["after_unknown"]["id"] = serde_json::Value::Bool(true);
            }
            let bytes = serde_json::to_vec(&plan).unwrap();
            crate::read::parse_plan_bytes("plan.json", &bytes).unwrap()
        };
        let replaced = with(&["delete", "create"]);
        assert_eq!(
            unmanaged(&replaced),
            [
                "aws_vpc.app's default security group",
                "aws_vpc.existing's default security group"
            ]
        );
        let group = &replaced.groups["aws_vpc.existing's default security group"];
        assert_eq!(group.lifecycle.action(), "replace");
        assert_eq!(
            permissions(&replaced, &group.address),
            [
                "egress all all Cidr { net: 0.0.0.0/0, sensitive: false } by aws_vpc.existing",
                "ingress all all SelfRef by aws_vpc.existing",
            ]
        );
        // Nothing is known of the old group's permissions.
        assert!(replaced.before.iter().all(|p| *p.group != *group.address));
        let deleted = with(&["delete"]);
        assert_eq!(
            unmanaged(&deleted),
            ["aws_vpc.app's default security group"]
        );
        assert_eq!(
            deleted.vpcs["aws_vpc.existing"].lifecycle.action(),
            "delete"
        );
    }

    /// `--base`: a VPC the base holds exists before the change, and so does its default group,
    /// whose permissions neither configuration holds; a VPC the base holds alone is deleted
    /// with its group. Only the VPC the work tree adds gets AWS's defaults.
    #[test]
    fn with_a_base_only_the_vpcs_the_change_adds_are_judged() {
        let (_base, base) = Scratch::with(&[(
            "main.tf",
            "resource \"aws_vpc\" \"kept\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n\nresource \"aws_vpc\" \"gone\" {\n  cidr_block = \"10.1.0.0/16\"\n}\n",
        )]);
        let (_head, head) = Scratch::with(&[(
            "main.tf",
            "resource \"aws_vpc\" \"kept\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n\nresource \"aws_vpc\" \"added\" {\n  cidr_block = \"10.2.0.0/16\"\n}\n",
        )]);
        let options = Options {
            base: Some(base.clone()),
            ..Options::default()
        };
        let input = read(&head, &options).unwrap();
        assert_eq!(
            vpcs(&input),
            [
                (
                    "aws_vpc.added".to_owned(),
                    "create",
                    DefaultGroup::Unmanaged
                ),
                ("aws_vpc.gone".to_owned(), "delete", DefaultGroup::Unmanaged),
                ("aws_vpc.kept".to_owned(), "no-op", DefaultGroup::Unmanaged),
            ]
        );
        assert_eq!(
            unmanaged(&input),
            ["aws_vpc.added's default security group"]
        );
        assert!(input.before.is_empty());
        assert_eq!(
            input.groups["aws_vpc.added's default security group"].lifecycle,
            Lifecycle::Created
        );
    }
}
