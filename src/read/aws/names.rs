//! What the whole input knows about ids and addresses: the names sgaudit reports for the
//! groups, prefix lists and workloads that ids and references name.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use serde_json::Value;

use super::types::{GROUP_TYPES, Kind, PREFIX_LIST_TYPES, SUBNET_GROUP_TYPES};
use crate::read::terraform::address::Instances;
use crate::read::terraform::config::Traced;
use crate::read::terraform::object::Object;

/// Whether a reference names the id of a group or prefix list (not a CIDR source).
pub fn is_id(t: &Traced) -> bool {
    let parts: Vec<&str> = t.reference.split('.').collect();
    // `aws_security_group.web.id`, or `aws_security_group.web` as a plan records a reference
    // through a computed index (`web[count.index].id`) and Terraform 0.12 wrote one.
    let id = matches!(parts.as_slice(), [_, _, "id"] | [_, _]);
    id && parts
        .first()
        .is_some_and(|t| GROUP_TYPES.contains(t) || PREFIX_LIST_TYPES.contains(t))
}

/// What the whole input knows about ids and addresses, used to name peers and owners.
#[derive(Default)]
pub struct Names {
    /// The ids of the objects of the input → resource address, one copy shared by the peers
    /// and owners that name it.
    pub ids: HashMap<String, Arc<str>>,
    pub groups: Instances,
    pub prefix_lists: Instances,
    /// Resources that attach groups (instances, network interfaces, databases...).
    pub workloads: Instances,
    /// VPCs (`aws_vpc`, `aws_default_vpc`).
    pub vpcs: Instances,
    /// The resources of the network layer (subnets, route tables, gateways, network ACLs,
    /// subnet groups...).
    pub network: Instances,
    /// The address of each internet gateway → its type, and of every other resource of the
    /// network layer, VPC or workload whose id looks like an internet gateway's (`igw-`): what
    /// tells a route's gateway apart (`network::known_target`), which takes any other address
    /// for what it is by its id. (Every such resource's address was 40 MB at 50,000 groups.)
    pub network_types: HashMap<String, String>,
    /// Known subnet group names → the subnet group's address (a database names its group by
    /// name, known before the group's id is).
    pub subnet_group_names: HashMap<String, String>,
    /// Known group names → the addresses of the groups that have them.
    pub group_names: HashMap<String, BTreeSet<String>>,
    /// Instances' primary network interface ids → the instance address.
    pub primary_interfaces: HashMap<String, String>,
    /// The known ids of the input's groups → the group's address.
    pub group_ids: HashMap<String, String>,
}

impl Names {
    /// Records an object: its id, and its address for references when it is a group, a prefix
    /// list, a workload or a VPC; a group's name, and an instance's primary network interface id.
    #[expect(
        clippy::too_many_arguments,
        reason = "what names one object, as the reader holds it"
    )]
    pub fn learn(
        &mut self,
        kind: Option<Kind>,
        rtype: &str,
        module: &str,
        name: &str,
        address: &str,
        deposed: bool,
        values: &[&Value],
    ) {
        let base = if module.is_empty() {
            format!("{rtype}.{name}")
        } else {
            format!("{module}.{rtype}.{name}")
        };
        // Configuration references never name a deposed object; its id still does.
        let instances = match kind {
            Some(Kind::Group) => Some(&mut self.groups),
            Some(Kind::PrefixList) => Some(&mut self.prefix_lists),
            Some(Kind::Workload) => Some(&mut self.workloads),
            Some(Kind::Vpc) => Some(&mut self.vpcs),
            Some(Kind::Network) => Some(&mut self.network),
            Some(Kind::Rule) | None => None,
        };
        let igw_like = || {
            values
                .iter()
                .filter_map(|v| v.get("id").and_then(Value::as_str))
                .any(|id| id.starts_with("igw-"))
        };
        if matches!(kind, Some(Kind::Network | Kind::Vpc | Kind::Workload)) && !deposed {
            if rtype == "aws_internet_gateway" || igw_like() {
                self.network_types
                    .insert(address.to_owned(), rtype.to_owned());
            } else if !self.network_types.is_empty() {
                // An address read again is what it was read as last.
                self.network_types.remove(address);
            }
        }
        if let Some(instances) = instances.filter(|_| !deposed) {
            instances.insert(base, address.to_owned());
        }
        for v in values {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                self.ids
                    .entry(id.to_owned())
                    .or_insert_with(|| address.into());
                if kind == Some(Kind::Group) && !id.is_empty() {
                    self.group_ids
                        .entry(id.to_owned())
                        .or_insert_with(|| address.to_owned());
                }
            }
            if rtype == "aws_instance"
                && !deposed
                && let Some(eni) = v
                    .get("primary_network_interface_id")
                    .and_then(Value::as_str)
            {
                self.primary_interfaces
                    .insert(eni.to_owned(), address.to_owned());
            }
            if SUBNET_GROUP_TYPES.contains(&rtype)
                && !deposed
                && let Some(name) = v.get("name").and_then(Value::as_str)
                && !name.is_empty()
            {
                self.subnet_group_names
                    .insert(name.to_owned(), address.to_owned());
            }
            if kind == Some(Kind::Group)
                && !deposed
                && let Some(name) = v.get("name").and_then(Value::as_str)
                && !name.is_empty()
            {
                self.group_names
                    .entry(name.to_owned())
                    .or_default()
                    .insert(address.to_owned());
            }
        }
    }

    /// A group named by its name (EC2-Classic and default-VPC `security_groups`): the address of
    /// the one group of the input with that name, else the name.
    pub fn group_by_name(&self, name: &str) -> String {
        match self.group_names.get(name) {
            Some(found) if found.len() == 1 => found.iter().next().cloned().unwrap_or_default(),
            _ => name.to_owned(),
        }
    }

    /// A group id as reported: the address of the group when it is in the input, or the id
    /// (an account-qualified `123456789012/sg-…` keeps its account when the group is foreign).
    pub fn group(&self, id: &str) -> Arc<str> {
        let bare = id.rsplit('/').next().unwrap_or(id);
        self.ids
            .get(id)
            .or_else(|| self.ids.get(bare))
            .cloned()
            .unwrap_or_else(|| id.into())
    }

    /// Whether a resource's text (its values, as JSON) may hold the id of a group of the input
    /// (`sg-…`, AWS's prefix of group ids: docs.aws.amazon.com/AWSEC2/latest/APIReference/
    /// API_SecurityGroup.html): a quick test before the text is parsed; what it lets through
    /// is read exactly.
    pub fn may_hold_group_id(&self, text: &str) -> bool {
        !self.group_ids.is_empty()
            && text.match_indices("sg-").any(|(at, _)| {
                let rest = text.get(at..).unwrap_or_default();
                let end = rest
                    .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                    .unwrap_or(rest.len());
                self.group_ids
                    .contains_key(rest.get(..end).unwrap_or_default())
            })
    }

    /// The group a string names when it is one of the input's group ids (a bare id, or
    /// account-qualified `123456789012/sg-…`).
    pub fn group_id(&self, s: &str) -> Option<&String> {
        let bare = match s.split_once('/') {
            Some((account, id)) if account.bytes().all(|b| b.is_ascii_digit()) => id,
            _ => s,
        };
        self.group_ids.get(bare)
    }

    pub fn prefix_list(&self, id: &str) -> Arc<str> {
        self.ids.get(id).cloned().unwrap_or_else(|| id.into())
    }

    /// Resolves the references of an unknown id to the group/prefix-list addresses they name.
    pub fn resolve(&self, obj: &Object, field: &str, kind: PeerKind) -> BTreeSet<String> {
        let (instances, types): (&Instances, &[&str]) = match kind {
            PeerKind::Group => (&self.groups, &GROUP_TYPES),
            PeerKind::PrefixList => (&self.prefix_lists, &PREFIX_LIST_TYPES),
        };
        self.resolve_each(obj, field, instances, types, "id")
            .into_iter()
            .filter_map(|(_, address)| address)
            .collect()
    }

    /// Each reference of `field` and the instance of `types` (among `instances`) it names
    /// through the attribute `attr` (`aws_instance.web.primary_network_interface_id`), when it
    /// names one.
    pub fn resolve_each(
        &self,
        obj: &Object,
        field: &str,
        instances: &Instances,
        types: &[&str],
        attr: &str,
    ) -> Vec<(Traced, Option<String>)> {
        obj.trace(field)
            .into_iter()
            .map(|t| {
                let own = if t.module == obj.module {
                    obj.key.as_deref()
                } else {
                    None
                };
                let reference = if attr == "id" {
                    Some(t.reference.clone())
                } else {
                    t.reference
                        .strip_suffix(attr)
                        .filter(|head| head.ends_with('.'))
                        .map(|head| format!("{head}id"))
                };
                let address = reference.and_then(|r| instances.resolve(&r, types, &t.module, own));
                (t, address)
            })
            .collect()
    }

    /// The instances of the one resource the references of `field` splat over, when they name
    /// no other group: `security_groups = aws_security_group.worker[*].id`.
    pub fn resolve_splat(&self, obj: &Object, field: &str) -> Option<BTreeSet<String>> {
        let traced = obj.trace(field);
        let mut splats = traced
            .iter()
            .map(|t| self.groups.splat(&t.reference, &GROUP_TYPES, &t.module))
            .filter(|i| !i.is_empty());
        let only = splats.next()?;
        (splats.next().is_none() && self.resolve(obj, field, PeerKind::Group).is_empty())
            .then(|| only.into_iter().collect())
    }

    /// Every traced reference of `field` that names a group or prefix list id.
    pub fn id_references(&self, obj: &Object, field: &str) -> BTreeSet<Traced> {
        obj.trace(field).into_iter().filter(is_id).collect()
    }

    /// How an unknown value of `field` is reported: the references its configuration comes
    /// from, or the attribute itself when the configuration names none.
    pub fn unknown_reference(
        &self,
        obj: &Object,
        field: &str,
        keep: impl Fn(&Traced) -> bool,
    ) -> String {
        let refs: Vec<String> = obj
            .trace(field)
            .iter()
            .filter(|t| keep(t))
            .map(Traced::label)
            .collect();
        if refs.is_empty() {
            format!("{}.{field}", obj.address)
        } else {
            refs.join(", ")
        }
    }
}

#[derive(Clone, Copy)]
pub enum PeerKind {
    Group,
    PrefixList,
}
