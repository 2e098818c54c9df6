//! The fields of `group` blocks: conditions on a security group as a whole, before and after
//! the change.

use std::collections::{BTreeMap, BTreeSet};

use super::exposure::{replaced_because, tags_match};
use super::{Block, Field, LIFECYCLES};
use crate::diff::ExposedPeer;
use crate::model::{
    Direction, Group, Input, Lifecycle, NetRef, Network, Peer, Permission, Ports, PrefixListSizes,
    Protocol, SENSITIVE, Target,
};
use crate::netset::Family;
use crate::policy::glob::glob_match;
use crate::policy::quotas::{self, Quotas, Tally};
use ipnet::IpNet;

/// The values of a group block's fields; a field the rule does not set is `None`.
#[derive(Clone, Debug, Default)]
pub struct GroupMatch {
    pub default_group: Option<bool>,
    pub has_permissions: Option<bool>,
    pub lifecycle: Option<Vec<String>>,
    pub address: Option<String>,
    pub permissions_at_least: Option<u32>,
    pub mixed_inline_and_standalone: Option<bool>,
    pub description_missing: Option<bool>,
    pub permission_description_missing: Option<bool>,
    pub permission_duplicate: Option<bool>,
    pub permission_redundant: Option<bool>,
    pub ports_ignored: Option<bool>,
    pub referenced: Option<bool>,
    pub name: Option<String>,
    pub tags: Option<Vec<(String, String)>>,
    pub replaced_because: Option<Vec<String>>,
    pub public_ingress: Option<bool>,
    pub self_all_traffic: Option<bool>,
    pub attached: Option<bool>,
    pub quota_exceeded: Option<bool>,
    pub quota_percent_at_least: Option<u32>,
    pub groups_per_interface_exceeded: Option<bool>,
    pub create_before_destroy: Option<bool>,
    pub name_kept: Option<bool>,
    pub peer_vpc_unpeered: Option<bool>,
    pub peering_deleted: Option<bool>,
    pub peer_account_missing: Option<bool>,
}

impl GroupMatch {
    /// A rule about deletion looks at the state the deletion leaves behind: a group the change
    /// deletes is still matched after it.
    pub fn about_deletion(&self) -> bool {
        self.lifecycle
            .as_ref()
            .is_some_and(|l| l.iter().any(|a| a == "delete"))
    }

    /// Whether, for a rule about duplicate or redundant permissions, the change adds one: a
    /// permission the finding singles out after the change that it did not before it (by
    /// resource and permission), so that the finding is new even where the group had others.
    pub fn adds_permissions<'a>(&self, was: &Seen<'a>, is: &Seen<'a>) -> bool {
        if self.permission_duplicate != Some(true) && self.permission_redundant != Some(true) {
            return false;
        }
        let keys = |s: &Seen<'a>| -> Vec<(&'a str, Option<Identity<'a>>)> {
            self.about(s)
                .map(|(list, _)| {
                    list.into_iter()
                        .map(|p| (&*p.resource, identity(p)))
                        .collect()
                })
                .unwrap_or_default()
        };
        let before = keys(was);
        keys(is).iter().any(|k| !before.contains(k))
    }

    /// `referenced = true`: `: named by ingress tcp 5432 of aws_security_group.db
    /// (aws_vpc_security_group_ingress_rule.db_from_app, main.tf:20)`, the permissions of other
    /// groups that name the group on this side (at most three, then how many more); else
    /// nothing.
    pub fn referencing(&self, s: &Seen) -> String {
        if self.referenced != Some(true) || s.referenced_by.is_empty() {
            return String::new();
        }
        let named: Vec<String> = s
            .referenced_by
            .iter()
            .map(|p| {
                let what = match &p.range.protocol {
                    _ if p.range.sensitive => format!("{SENSITIVE} protocol and ports"),
                    Protocol::All => "all traffic".to_owned(),
                    protocol => format!("{protocol} {}", p.range.ports_label()),
                };
                format!(
                    "{} {what} of {} ({})",
                    p.direction.as_str(),
                    p.group,
                    declared(p)
                )
            })
            .collect();
        let more = match named.len() {
            0..=3 => String::new(),
            n => format!(" and {} more", n - 3),
        };
        let shown: Vec<&str> = named.iter().take(3).map(String::as_str).collect();
        format!(": named by {}{more}", shown.join(", "))
    }

    /// The permissions a finding of the rule is about, when one of its fields singles some
    /// out (`permission_duplicate = true`: the duplicates; `permission_description_missing =
    /// true`: those without a description), and how the message names them;
    /// `None` when the finding is about the group as a whole.
    pub fn about<'a>(&self, s: &Seen<'a>) -> Option<(Vec<&'a Permission>, String)> {
        if self.quota_exceeded == Some(true) || self.quota_percent_at_least.is_some() {
            return self.about_quota(s);
        }
        if self.groups_per_interface_exceeded == Some(true) && !s.crowded.is_empty() {
            let said: Vec<String> = s
                .crowded
                .iter()
                .map(|(w, n)| {
                    format!(
                        "{w} holds {n} security groups of {}",
                        s.quotas.groups_per_interface
                    )
                })
                .collect();
            return Some((Vec::new(), format!(": {}", said.join("; "))));
        }
        if self.permission_duplicate != Some(true) && self.permission_redundant == Some(true) {
            return about_redundant(s);
        }
        if self.permission_duplicate != Some(true) && self.peer_vpc_unpeered == Some(true) {
            return about_unpeered(s, self.peering_deleted);
        }
        if self.permission_duplicate != Some(true) && self.peer_account_missing == Some(true) {
            return about_account_missing(s);
        }
        if self.permission_duplicate != Some(true) {
            // `permission_description_missing = true`: the permissions without one.
            let missing: Vec<&Permission> = s
                .own
                .iter()
                .copied()
                .filter(|p| p.description.is_none())
                .collect();
            return (self.permission_description_missing == Some(true) && !missing.is_empty())
                .then_some((missing, String::new()));
        }
        let found = duplicates(s);
        let mut permissions = Vec::new();
        let mut named = Vec::new();
        for list in &found {
            permissions.extend(list.iter().copied());
            if let Some(p) = list.first() {
                let by: Vec<String> = list
                    .iter()
                    .map(|p| {
                        if *p.resource == *s.group.address {
                            format!("{} (inline)", p.resource)
                        } else {
                            p.resource.to_string()
                        }
                    })
                    .collect();
                named.push(format!("{} (declared by {})", label(p), by.join(" and ")));
            }
        }
        let (first, more) = first_and_more(named)?;
        Some((permissions, format!(": {first}{more}")))
    }
}

impl GroupMatch {
    /// The least count of rules the quota fields ask for: over the quota
    /// (`quota_exceeded = true`), or the percentage of it (`quota_percent_at_least`).
    fn quota_floor(&self, quotas: &Quotas) -> Option<u32> {
        let over = (self.quota_exceeded == Some(true)).then(|| quotas.rules_per_group + 1);
        let part = self.quota_percent_at_least.map(|p| {
            u32::try_from((u64::from(quotas.rules_per_group) * u64::from(p)).div_ceil(100))
                .unwrap_or(u32::MAX)
        });
        over.into_iter().chain(part).max()
    }

    /// The buckets (direction and IP version) the quota fields single out, how they meet the
    /// quota across the change, and the permissions that add to them (all of theirs when
    /// none adds).
    fn about_quota<'a>(&self, s: &Seen<'a>) -> Option<(Vec<&'a Permission>, String)> {
        let floor = self.quota_floor(s.quotas)?;
        let is = quotas::tally(s.own, s.sizes);
        let was = s.earlier.map(|e| quotas::tally(e, s.earlier_sizes));
        let mut permissions: Vec<&Permission> = Vec::new();
        let mut said = Vec::new();
        for (bucket, t) in is.iter().filter(|(_, t)| t.count >= floor) {
            let before = was.as_ref().and_then(|w| w.get(bucket));
            said.push(match &was {
                Some(_) => quotas::describe(*bucket, before, Some(t), s.quotas.rules_per_group),
                None => quotas::describe(*bucket, Some(t), None, s.quotas.rules_per_group),
            });
            let adds = |r: &str| {
                t.by_resource.get(r).copied().unwrap_or(0)
                    > before
                        .and_then(|b| b.by_resource.get(r))
                        .copied()
                        .unwrap_or(0)
            };
            let in_bucket = |p: &Permission| {
                p.direction == bucket.0
                    && match &p.peer {
                        Peer::Cidr { net, .. } => Family::of(net) == bucket.1,
                        _ => true,
                    }
            };
            let adding: Vec<&Permission> = s
                .own
                .iter()
                .copied()
                .filter(|p| in_bucket(p) && adds(&p.resource))
                .collect();
            let chosen = if adding.is_empty() {
                s.own.iter().copied().filter(|p| in_bucket(p)).collect()
            } else {
                adding
            };
            for p in chosen {
                if !permissions.iter().any(|q| std::ptr::eq(*q, p)) {
                    permissions.push(p);
                }
            }
        }
        let first = said.first()?.clone();
        let more = match said.len() {
            1 => String::new(),
            _ => format!(
                "; {}",
                said.iter().skip(1).cloned().collect::<Vec<_>>().join("; ")
            ),
        };
        Some((permissions, format!(": {first}{more}")))
    }
}

/// Whether a group's count in some direction and IP version reaches `floor`.
fn reaches(own: &[&Permission], sizes: &PrefixListSizes, floor: u32) -> bool {
    quotas::tally(own, sizes)
        .values()
        .any(|t: &Tally| t.count >= floor)
}

/// `: ingress tcp 22 from 10.1.0.0/16 (aws_security_group_rule.ssh, main.tf:30) is covered by
/// ingress tcp 0-65535 from 10.0.0.0/8 (aws_security_group.app (inline), main.tf:12) and 1
/// more`: the redundant permissions, each followed by the one that covers it.
fn about_redundant<'a>(s: &Seen<'a>) -> Option<(Vec<&'a Permission>, String)> {
    let found = redundant(s);
    let named: Vec<String> = found
        .iter()
        .map(|(p, by)| {
            format!(
                "{} ({}) is covered by {} ({})",
                label(p),
                declared(p),
                label(by),
                declared(by)
            )
        })
        .collect();
    let (first, more) = first_and_more(named)?;
    let permissions = found.into_iter().flat_map(|(p, by)| [p, by]).collect();
    Some((permissions, format!(": {first}{more}")))
}

/// Where a permission sits in the index of [`redundant`]: direction, protocol and peer (a
/// CIDR unmarked), with its interval in the protocol's port dimension ([`Ports::interval`]).
type CoverKey = (Direction, Protocol, Peer);

/// A permission of [`redundant`]'s index with its port interval.
type Entry<'a> = ((u32, u32), &'a Permission);

/// The permissions of the group on this side that a wider permission of the same group and
/// direction wholly covers, each with the first one found that covers it: the same protocol or
/// `all` (which covers every protocol and port), ports within its ports (ICMP: type and code
/// within), and a CIDR within its CIDR; a group, `self` or prefix-list peer only when it is
/// the same peer. AWS keeps both rules; the narrower one grants nothing the wider one does not
/// (a security group is a union of allow rules:
/// <https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html>). Identical
/// permissions are `duplicates`' (AWS refuses the second), and a permission covered only by
/// several others together is not reported. A value known only after apply neither covers
/// nor is covered.
///
/// Not a loop over pairs: permissions are indexed by (direction, protocol, peer), each entry's
/// port intervals sorted with their running widest end, and a permission looks up its own
/// protocol and `all` at its own peer and, for a CIDR, at each block that contains it (its
/// supernets, at most 33 or 129, of the lengths the index holds): O(n log n) for n permissions.
pub fn redundant<'a>(s: &Seen<'a>) -> Vec<(&'a Permission, &'a Permission)> {
    let known = |p: &Permission| identity(p).is_some();
    let key = |p: &Permission| -> CoverKey {
        (
            p.direction,
            p.range.protocol.clone(),
            p.peer.unmarked().into_owned(),
        )
    };
    // Per key: the entries sorted by (from, widest first), and for each position the entry
    // with the greatest end among it and those before it.
    let mut index: BTreeMap<CoverKey, Vec<Entry<'a>>> = BTreeMap::new();
    for &p in s.own.iter().filter(|p| known(p)) {
        index
            .entry(key(p))
            .or_default()
            .push((p.range.ports.interval(), p));
    }
    let index: BTreeMap<CoverKey, Covering<'a>> = index
        .into_iter()
        .map(|(k, v)| (k, Covering::new(v)))
        .collect();
    // The prefix lengths the index holds a CIDR of, per family: a supernet of another length
    // is not looked up (most groups hold a few lengths, `/0` and `/32` say, of the 33 or 129).
    // By family (IPv4, IPv6), then by length.
    let slot = |net: &IpNet| {
        (
            usize::from(matches!(net, IpNet::V6(_))),
            usize::from(net.prefix_len()),
        )
    };
    let mut lengths = [[false; 129]; 2];
    for (_, _, peer) in index.keys() {
        if let Peer::Cidr { net, .. } = peer {
            let (family, length) = slot(net);
            if let Some(held) = lengths.get_mut(family).and_then(|l| l.get_mut(length)) {
                *held = true;
            }
        }
    }
    let held = |net: &IpNet| {
        let (family, length) = slot(net);
        lengths
            .get(family)
            .and_then(|l| l.get(length))
            .is_some_and(|&held| held)
    };
    let mut out = Vec::new();
    for &p in s.own.iter().filter(|p| known(p)) {
        let interval = p.range.ports.interval();
        let protocols: &[Protocol] = if p.range.protocol == Protocol::All {
            &[Protocol::All]
        } else {
            &[p.range.protocol.clone(), Protocol::All]
        };
        let peers: Vec<Peer> = match p.peer.unmarked().into_owned() {
            Peer::Cidr { net, .. } => std::iter::successors(Some(net), IpNet::supernet)
                .filter(held)
                .map(Peer::cidr)
                .collect(),
            other => vec![other],
        };
        let own = key(p);
        let by = protocols.iter().find_map(|protocol| {
            peers.iter().find_map(|peer| {
                // `all`'s interval is every port: it covers any protocol's ports.
                let k = (p.direction, protocol.clone(), peer.clone());
                index.get(&k)?.wider(interval, k == own)
            })
        });
        if let Some(by) = by {
            out.push((p, by));
        }
    }
    out
}

/// One key's entries for [`redundant`]: sorted by start, the widest first, with the running
/// entry of greatest end.
struct Covering<'a> {
    entries: Vec<Entry<'a>>,
    /// For each position, the position of the greatest end up to it.
    widest: Vec<usize>,
}

impl<'a> Covering<'a> {
    fn new(mut entries: Vec<Entry<'a>>) -> Self {
        entries.sort_by_key(|&((from, to), _)| (from, std::cmp::Reverse(to)));
        let mut widest = Vec::with_capacity(entries.len());
        let mut best: Option<(u32, usize)> = None;
        for (i, &((_, to), _)) in entries.iter().enumerate() {
            if best.is_none_or(|(end, _)| to > end) {
                best = Some((to, i));
            }
            widest.extend(best.map(|(_, at)| at));
        }
        Covering { entries, widest }
    }

    /// An entry whose interval contains `(from, to)`; with `strict` (the key of the permission
    /// itself), one whose interval is also another (an equal one is the permission itself, or
    /// its duplicate).
    fn wider(&self, (from, to): (u32, u32), strict: bool) -> Option<&'a Permission> {
        let end = |i: usize| self.entries.get(i).map(|&((_, t), p)| (t, p));
        // The entries that start before `from`, then those that start at it.
        let before = self.entries.partition_point(|&((f, _), _)| f < from);
        let at = self.entries.partition_point(|&((f, _), _)| f <= from);
        if let Some(i) = before.checked_sub(1)
            && let Some((t, p)) = self.widest.get(i).and_then(|&w| end(w))
            && t >= to
        {
            return Some(p);
        }
        // Among those that start at `from`, the first ends last.
        let (t, p) = (before < at).then(|| end(before)).flatten()?;
        (t > to || (!strict && t >= to)).then_some(p)
    }
}

/// `aws_security_group_rule.ssh, main.tf:30` or `aws_security_group.app (inline), main.tf:12`:
/// the resource that declares a permission, and where.
fn declared(p: &Permission) -> String {
    let by = if p.resource == p.group {
        format!("{} (inline)", p.resource)
    } else {
        p.resource.to_string()
    };
    match &p.origin {
        Some(o) => format!("{by}, {o}"),
        None => by,
    }
}

/// `: ingress tcp 9100 from aws_security_group.monitoring (…, main.tf:24) names a group of
/// aws_vpc.tools, which no peering connection joins to aws_vpc.app`.
fn about_unpeered<'a>(
    s: &Seen<'a>,
    peering_deleted: Option<bool>,
) -> Option<(Vec<&'a Permission>, String)> {
    let found: Vec<Unpeered> = unpeered(s)
        .into_iter()
        .filter(|u| peering_deleted.is_none_or(|want| u.deleted.is_some() == want))
        .collect();
    let named: Vec<String> = found
        .iter()
        .map(|u| {
            let gone = match &u.deleted {
                Some(p) => format!(" (the change deletes {p})"),
                None => String::new(),
            };
            format!(
                "{} ({}) names a group of {}, which no peering connection joins to {}{gone}",
                label(u.permission),
                declared(u.permission),
                u.peer_vpc,
                u.vpc
            )
        })
        .collect();
    let (first, more) = first_and_more(named)?;
    Some((
        found.iter().map(|u| u.permission).collect(),
        format!(": {first}{more}"),
    ))
}

/// A permission naming a group of another VPC that no peering connection of the input joins
/// to the group's own VPC.
pub struct Unpeered<'a> {
    pub permission: &'a Permission,
    /// The group's VPC and the peer group's.
    pub vpc: NetRef,
    pub peer_vpc: NetRef,
    /// After the change: a peering connection that joined them before it, which the change
    /// deletes.
    pub deleted: Option<String>,
}

/// The group's permissions on this side that name a group of the input in another VPC, when
/// no VPC peering connection on this side of the change joins the two VPCs: AWS accepts a
/// reference to a group of another VPC only across an active peering connection, in the same
/// region (<https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html>,
/// "Requirements"); creating such a rule fails at apply, and a rule whose peering connection
/// is deleted stops matching anything (a stale rule,
/// <https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html#vpc-peering-stale-groups>).
///
/// Only what the input tells is judged, never assumed: a group whose VPC is not known (not
/// set: the default VPC; known only after apply, and not a reference to a VPC of the input)
/// on either side is no finding, nor is a pair of VPCs that some route of this side sends to a
/// peering connection the input does not hold (created by another stack) or to a transit
/// gateway (which may carry security-group references:
/// <https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html>), nor a peering
/// connection whose VPCs are not both known. A peering connection of the input counts as
/// active (the input does not tell whether it is accepted), also across regions (the input
/// does not tell the provider's region).
pub fn unpeered<'a>(s: &Seen<'a>) -> Vec<Unpeered<'a>> {
    let known = |v: &Option<NetRef>| v.clone().filter(|v| !v.starts_with("unknown:"));
    let Some(vpc) = known(&s.group.vpc) else {
        return Vec::new();
    };
    let (network, other) = if s.before {
        (&s.input.network_before, None)
    } else {
        (&s.input.network_after, Some(&s.input.network_before))
    };
    let mut out = Vec::new();
    for &p in s.own {
        let Peer::Group(peer) = &p.peer else { continue };
        let Some(peer_vpc) = s.input.groups.get(&**peer).and_then(|g| known(&g.vpc)) else {
            continue;
        };
        if peer_vpc == vpc || s.joins.joined(&vpc, &peer_vpc) != Some(false) {
            continue;
        }
        // A peering connection that joined them before the change, which it deletes.
        let deleted = other.and_then(|before| {
            before
                .peerings
                .values()
                .find(|c| joins(c, &vpc, &peer_vpc) && !network.peerings.contains_key(&c.address))
                .map(|c| c.address.clone())
        });
        out.push(Unpeered {
            permission: p,
            vpc: vpc.clone(),
            peer_vpc,
            deleted,
        });
    }
    out
}

/// Whether a peering connection joins two VPCs (either way round).
fn joins(c: &crate::model::Peering, a: &str, b: &str) -> bool {
    let (x, y) = (c.vpc.as_deref(), c.peer_vpc.as_deref());
    (x == Some(a) && y == Some(b)) || (x == Some(b) && y == Some(a))
}

/// Which VPCs a side's network joins by peering connections, indexed once per side (a group's
/// permissions ask it for each pair of VPCs they cross). See [`Joins::joined`].
#[derive(Debug, Default)]
pub struct Joins {
    /// The pairs of VPCs a peering connection joins, each pair both ways round.
    pairs: BTreeSet<(String, String)>,
    /// A peering connection with a VPC not known: it may join any pair.
    any_open: bool,
    /// The VPCs with a route to a peering connection the input does not hold, or to a transit
    /// gateway: they may be joined to any VPC.
    open: BTreeSet<String>,
}

impl Joins {
    pub fn of(network: &Network) -> Joins {
        let mut out = Joins::default();
        let unknown = |v: &Option<NetRef>| v.as_deref().is_none_or(|v| v.starts_with("unknown:"));
        for c in network.peerings.values() {
            match (c.vpc.as_deref(), c.peer_vpc.as_deref()) {
                (Some(a), Some(b)) if !unknown(&c.vpc) && !unknown(&c.peer_vpc) => {
                    out.pairs.insert((a.to_owned(), b.to_owned()));
                    out.pairs.insert((b.to_owned(), a.to_owned()));
                }
                _ => out.any_open = true,
            }
        }
        for table in network.route_tables.values() {
            let Some(vpc) = table.vpc.as_deref() else {
                continue;
            };
            let open = table.routes.iter().any(|route| match &route.target {
                Target::Peering(r) => !network.peerings.contains_key(r),
                Target::TransitGateway(_) => true,
                _ => false,
            });
            if open {
                out.open.insert(vpc.to_owned());
            }
        }
        out
    }

    /// Whether a peering connection of the network joins two VPCs: `Some(true)` when one
    /// does, `Some(false)` when the input tells that none does, `None` when it cannot tell (a
    /// peering connection with a VPC not known; a route of either VPC to a peering connection
    /// the input does not hold, or to a transit gateway).
    fn joined(&self, a: &str, b: &str) -> Option<bool> {
        if self.pairs.contains(&(a.to_owned(), b.to_owned())) {
            return Some(true);
        }
        let open = self.any_open || self.open.contains(a) || self.open.contains(b);
        (!open).then_some(false)
    }
}

/// What the input tells of accounts: for each group id it names with an account prefix
/// (`123456789012/sg-…`, as the provider writes a reference to a group of another account),
/// those accounts; and the accounts that own its groups (`owner_id`). Computed once per input.
#[derive(Debug, Default)]
pub struct Accounts {
    prefixed: BTreeMap<String, BTreeSet<String>>,
    owners: BTreeSet<String>,
}

impl Accounts {
    pub fn of(input: &Input) -> Accounts {
        let mut out = Accounts::default();
        for p in input.before.iter().chain(&input.after) {
            if let Peer::Group(g) = &p.peer
                && let Some((account, id)) = g.split_once('/')
                && id.starts_with("sg-")
            {
                out.prefixed
                    .entry(id.to_owned())
                    .or_default()
                    .insert(account.to_owned());
            }
        }
        out.owners = input
            .groups
            .values()
            .filter_map(|g| g.owner_id.clone())
            .collect();
        out
    }
}

/// The group's permissions on this side that name a group by its bare id (`sg-…`, a group
/// the input does not hold) while the input names the same id elsewhere with the prefix of an
/// account that owns none of its groups, each with that account: AWS looks for a bare id in
/// the caller's own account, and a group of another account must be named with its account
/// (<https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html>: "To
/// reference a security group that is in another AWS account but the same Region, include
/// the account number with the ID of the security group", `123456789012/sg-1a2b3c4d`; the
/// provider sends the prefix as the `UserId` of the `UserIdGroupPair`,
/// <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_UserIdGroupPair.html>). The
/// rule is refused with `InvalidGroup.NotFound`
/// (<https://github.com/hashicorp/terraform-provider-aws/issues/17537>). A bare id the input
/// never names with a prefix is not judged: nothing says which account owns it.
pub fn account_missing<'a>(s: &Seen<'a>) -> Vec<(&'a Permission, String)> {
    let mut out = Vec::new();
    for &p in s.own {
        let Peer::Group(id) = &p.peer else { continue };
        if !id.starts_with("sg-") || s.input.groups.contains_key(&**id) {
            continue;
        }
        let Some(accounts) = s.accounts.prefixed.get(&**id) else {
            continue;
        };
        if let Some(other) = accounts.iter().find(|a| !s.accounts.owners.contains(*a)) {
            out.push((p, other.clone()));
        }
    }
    out
}

/// `: ingress tcp 443 from sg-0123… (…) names a group of account 123456789012 without its
/// account`.
fn about_account_missing<'a>(s: &Seen<'a>) -> Option<(Vec<&'a Permission>, String)> {
    let found = account_missing(s);
    let named: Vec<String> = found
        .iter()
        .map(|(p, account)| {
            let peer = match &p.peer {
                Peer::Group(id) => id.as_ref(),
                _ => "",
            };
            format!(
                "{} ({}) names {peer} without its account, which the input gives as {account}/{peer}",
                label(p),
                declared(p)
            )
        })
        .collect();
    let (first, more) = first_and_more(named)?;
    Some((
        found.iter().map(|(p, _)| *p).collect(),
        format!(": {first}{more}"),
    ))
}

/// Who a permission is as AWS lists it (`IpPermission`): direction, protocol, ports as AWS
/// writes them, and the peer whether or not the input marks it sensitive. `None` when a part
/// is known only after apply: two unknown values are not known to be the same.
type Identity<'a> = (Direction, &'a Protocol, (Option<i64>, Option<i64>), Peer);

fn identity(p: &Permission) -> Option<Identity<'_>> {
    if matches!(p.range.protocol, Protocol::Unknown(_))
        || matches!(p.range.ports, Ports::Unknown(_))
        || matches!(p.peer, Peer::Unknown(_))
    {
        return None;
    }
    Some((
        p.direction,
        &p.range.protocol,
        p.range.aws_ports(),
        p.peer.unmarked().into_owned(),
    ))
}

/// The permissions the group declares twice on this side of the change, one list per
/// permission (the declaration AWS refuses first: see [`second`]), as AWS refuses them at
/// apply:
/// - two resources declare the same permission (two standalone rules of any of the three
///   rule types, or an inline rule and a standalone one): the second `AuthorizeSecurityGroup*`
///   call fails with `InvalidPermission.Duplicate`, "the specified rule already exists"
///   (<https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html>; the
///   provider's `aws_security_group_rule` turns it into "A duplicate Security Group rule was
///   found", terraform-provider-aws internal/service/ec2/vpc_security_group_rule.go);
/// - two inline blocks give the same permission with different descriptions: they are two
///   elements of the group's set, authorized in one call, which AWS refuses with
///   `InvalidParameterValue: The same permission must not appear multiple times`
///   (<https://github.com/hashicorp/terraform-provider-aws/issues/13370>). Identical blocks
///   are one set element (no error), and so are inline permissions with the same
///   description: they are not reported (two blocks with the same description whose address
///   lists merely share one address are then missed, and so is one block that lists an
///   address twice: the model does not tell it from two identical blocks);
/// - one standalone rule lists the same address twice (`cidr_blocks = ["10.0.0.0/8",
///   "10.0.0.0/8"]`, often from a `concat`): one call with the permission twice, refused
///   with `InvalidParameterValue: The same permission must not appear multiple times`
///   (<https://github.com/hashicorp/terraform-provider-aws/issues/2587>: "The EC2 API rejects
///   attempts to provide the same CIDR block twice in a single security group rule";
///   <https://github.com/hashicorp/terraform-provider-aws/issues/29492>).
///
/// After the change, only what the apply authorizes fails: a pair counts when a permission
/// of it is new to AWS (a standalone rule whose resource did not declare it before; an inline
/// rule AWS did not hold before), or when both were there before (a duplicate that stays). An
/// inline rule written over a permission a standalone rule already holds is not authorized
/// again (the group's refreshed rules hold it), so it is no apply error (the mixing itself is
/// `mixed_inline_and_standalone`'s).
pub fn duplicates<'a>(s: &Seen<'a>) -> Vec<Vec<&'a Permission>> {
    let mut by_identity: BTreeMap<Identity, Vec<&'a Permission>> = BTreeMap::new();
    for &p in s.own {
        if let Some(id) = identity(p) {
            by_identity.entry(id).or_default().push(p);
        }
    }
    let inline = |p: &Permission| *p.resource == *s.group.address;
    let mut out = Vec::new();
    for (id, list) in by_identity {
        // Before the change, what was held (else `None`): the resources that declared it.
        let held: Option<Vec<&str>> = s.earlier.map(|earlier| {
            earlier
                .iter()
                .filter(|p| identity(p).as_ref() == Some(&id))
                .map(|p| p.resource.as_ref())
                .collect()
        });
        let authorized = |p: &Permission| match &held {
            None => false,
            Some(held) if inline(p) => held.is_empty(),
            Some(held) => !held.contains(&p.resource.as_ref()),
        };
        let was_there = |p: &Permission| {
            held.as_ref()
                .is_none_or(|held| held.contains(&p.resource.as_ref()))
        };
        let twice = |a: &Permission, b: &Permission| {
            // Two resources; one standalone rule that lists the address twice; two inline
            // blocks that differ in description.
            (a.resource != b.resource || !inline(a) || a.description != b.description)
                && (authorized(a) || authorized(b) || (was_there(a) && was_there(b)))
        };
        let mut dup: Vec<&Permission> = list
            .iter()
            .copied()
            .filter(|&a| list.iter().any(|&b| !std::ptr::eq(a, b) && twice(a, b)))
            .collect();
        if dup.len() < 2 {
            continue;
        }
        dup.sort_by(|a, b| second(b, &authorized, &inline).cmp(&second(a, &authorized, &inline)));
        out.push(dup);
    }
    out
}

/// What makes a declaration the one AWS refuses (the greatest first): the one this change
/// authorizes, then a standalone rule (created after the group it names), then the one
/// declared later.
fn second<'a>(
    p: &'a Permission,
    authorized: &dyn Fn(&Permission) -> bool,
    inline: &dyn Fn(&Permission) -> bool,
) -> impl Ord + 'a {
    // Where it is declared, by file then line number (not as origins' text sorts).
    let at = p.origin.as_ref().map(|o| (o.file.clone(), o.line, o.col));
    (authorized(p), !inline(p), at, p.resource.as_ref())
}

/// `ingress tcp 443 from 10.0.0.0/16`, `egress all traffic to ::/0`; a value the input marks
/// sensitive is not printed.
fn label(p: &Permission) -> String {
    let what = match &p.range.protocol {
        _ if p.range.sensitive => format!("{SENSITIVE} protocol and ports"),
        Protocol::All => "all traffic".to_owned(),
        protocol => format!("{protocol} {}", p.range.ports_label()),
    };
    let peer = match &p.peer {
        &Peer::Cidr { net, sensitive } => {
            if sensitive {
                ExposedPeer::Sensitive(net)
            } else {
                ExposedPeer::Cidr(net)
            }
        }
        Peer::Group(g) => ExposedPeer::Group(g.as_ref().into()),
        Peer::SelfRef => ExposedPeer::SelfRef,
        Peer::PrefixList(l) => ExposedPeer::PrefixList(l.as_ref().into(), None),
        Peer::Unknown(r) => ExposedPeer::Unknown(r.as_ref().into()),
    };
    let link = match p.direction {
        Direction::Ingress => "from",
        Direction::Egress => "to",
    };
    format!("{} {what} {link} {}", p.direction.as_str(), peer.label())
}

/// One group as the fields see it, on one side of the change.
pub struct Seen<'a> {
    pub group: &'a Group,
    /// Before the change (else after it).
    pub before: bool,
    /// The group's permissions on this side.
    pub own: &'a [&'a Permission],
    /// After the change, the group's permissions before it (what AWS holds when the apply
    /// starts); `None` before the change.
    pub earlier: Option<&'a [&'a Permission]>,
    /// Other groups' permissions on this side name it.
    pub referenced: bool,
    /// Those permissions.
    pub referenced_by: &'a [&'a Permission],
    /// The whole input: the other groups (their VPCs) and each side's network (its peering
    /// connections and routes).
    pub input: &'a Input,
    /// The accounts the input names group ids with, and the accounts that own its groups.
    pub accounts: &'a Accounts,
    /// Which VPCs this side's network joins by peering connections.
    pub joins: &'a Joins,
    /// Whether a workload holds it after the change; `None` when the input cannot tell.
    pub attached_after: Option<bool>,
    /// The account's quotas.
    pub quotas: &'a Quotas,
    /// The managed prefix lists' sizes on this side, and before the change.
    pub sizes: &'a PrefixListSizes,
    pub earlier_sizes: &'a PrefixListSizes,
    /// The workloads on this side that hold more security groups than `groups_per_interface`
    /// and whose excess this group is held to account for (the last, by address, of the
    /// groups the change adds to the workload, else of its groups), each with how many it
    /// holds.
    pub crowded: Vec<(String, usize)>,
}

/// The fields whose match reads nothing of the candidate but its group (one for both sides),
/// its permissions on its side (`own`: their group, resource, direction, protocol, ports,
/// peer, description and `ports_ignored`, never their origin), `referenced`, the quotas, the
/// accounts and, with `own`, the prefix lists' sizes on its side (`sizes`): on two sides whose
/// [`same_sides`] holds, such a field matches both or neither. The others read the side itself
/// (`before`, `earlier`, `attached_after`, `crowded`, the side's network).
pub fn side_blind(field: &str) -> bool {
    matches!(
        field,
        "default_group"
            | "has_permissions"
            | "address"
            | "permissions_at_least"
            | "mixed_inline_and_standalone"
            | "description_missing"
            | "permission_description_missing"
            | "permission_redundant"
            | "ports_ignored"
            | "referenced"
            | "name"
            | "tags"
            | "replaced_because"
            | "public_ingress"
            | "self_all_traffic"
            | "quota_exceeded"
            | "quota_percent_at_least"
            | "create_before_destroy"
            | "name_kept"
            | "peer_account_missing"
    )
}

/// Whether a group's two sides are the same in everything a [`side_blind`] field reads: the
/// same group, quotas and accounts, `referenced` alike, and the same permissions in the same
/// order, field by field but for where each is declared; `sizes_alike` says whether the two
/// sides' prefix-list sizes are equal.
pub fn same_sides(was: &Seen, is: &Seen, sizes_alike: bool) -> bool {
    std::ptr::eq(was.group, is.group)
        && std::ptr::eq(was.quotas, is.quotas)
        && std::ptr::eq(was.accounts, is.accounts)
        && std::ptr::eq(was.input, is.input)
        && was.referenced == is.referenced
        && (sizes_alike || (std::ptr::eq(was.sizes, is.sizes)))
        && was.own.len() == is.own.len()
        && was
            .own
            .iter()
            .zip(is.own)
            .all(|(a, b)| same_but_origin(a, b))
}

/// Two permissions equal in every field but their origin.
fn same_but_origin(a: &Permission, b: &Permission) -> bool {
    let Permission {
        group,
        resource,
        direction,
        range,
        peer,
        description,
        origin: _,
        ports_ignored,
    } = a;
    *group == b.group
        && *resource == b.resource
        && *direction == b.direction
        && *range == b.range
        && *peer == b.peer
        && *description == b.description
        && *ports_ignored == b.ports_ignored
}

impl Block for GroupMatch {
    const NAME: &'static str = "group";
    const ONLY_FIELDS: &'static str = "a group block holds only fields";
    type Seen<'a> = Seen<'a>;
    const FIELDS: &'static [Field<Self>] = &[
        Field {
            name: "default_group",
            doc: "`true`: the group is a VPC's default security group; `false`: it is not.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.default_group = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.default_group.is_none_or(|want| s.group.default == want),
        },
        Field {
            name: "has_permissions",
            doc: "`true`: the group has permissions; `false`: it has none.",
            example: "false",
            words: &[],
            parse: |m, v| {
                m.has_permissions = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.has_permissions
                    .is_none_or(|want| s.own.is_empty() != want)
            },
        },
        Field {
            name: "lifecycle",
            doc: "What the change does to the group: creates, updates, replaces or deletes it, forgets it (removes it from Terraform's state, leaving it in AWS), or nothing (`no-op`). What the change does is new by definition: the group is matched after the change only (after its deletion, for `delete`).",
            example: "[\"replace\"]",
            words: &LIFECYCLES,
            parse: |m, v| {
                m.lifecycle = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.lifecycle
                    .as_ref()
                    .is_none_or(|l| !s.before && l.iter().any(|a| a == s.group.lifecycle.action()))
            },
        },
        Field {
            name: "address",
            doc: "The group's Terraform address matches this glob (`*` for any run of characters, `?` for one).",
            example: "\"module.legacy.*\"",
            words: &[],
            parse: |m, v| {
                m.address = Some(v.glob()?);
                Ok(())
            },
            matches: |m, s| {
                m.address
                    .as_ref()
                    .is_none_or(|glob| glob_match(glob, &s.group.address))
            },
        },
        Field {
            name: "permissions_at_least",
            doc: "The group has at least this many permissions in one direction and IP version (ingress and egress counted apart, and IPv6 address blocks apart from the rest).",
            example: "50",
            words: &[],
            parse: |m, v| {
                m.permissions_at_least = Some(v.number()?);
                Ok(())
            },
            matches: |m, s| {
                m.permissions_at_least.is_none_or(|n| {
                    let most_per_direction = [Direction::Ingress, Direction::Egress]
                        .into_iter()
                        .flat_map(|d| {
                            let of = s.own.iter().filter(move |p| p.direction == d);
                            let v6 = of
                                .clone()
                                .filter(|p| matches!(&p.peer, Peer::Cidr { net, .. } if net.addr().is_ipv6()))
                                .count();
                            [v6, of.count() - v6]
                        })
                        .max()
                        .unwrap_or(0);
                    most_per_direction >= n as usize
                })
            },
        },
        Field {
            name: "mixed_inline_and_standalone",
            doc: "`true`: the group's permissions are written both inline, in the group's own resource, and in standalone rule resources.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.mixed_inline_and_standalone = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.mixed_inline_and_standalone.is_none_or(|want| {
                    let inline = s.own.iter().any(|p| *p.resource == *s.group.address);
                    // A rule of the account outside Terraform (`--deployed`) is neither.
                    let standalone = s.own.iter().any(|p| {
                        *p.resource != *s.group.address
                            && !crate::model::is_account_rule(&p.resource)
                    });
                    (inline && standalone) == want
                })
            },
        },
        Field {
            name: "description_missing",
            doc: "`true`: the group has no description, an empty one, or Terraform's default (`Managed by Terraform`).",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.description_missing = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.description_missing.is_none_or(|want| {
                    let no_description = s
                        .group
                        .description
                        .as_deref()
                        .is_none_or(|d| d.trim().is_empty() || d == "Managed by Terraform");
                    no_description == want
                })
            },
        },
        Field {
            name: "permission_description_missing",
            doc: "`true`: one of the group's permissions has no description.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.permission_description_missing = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.permission_description_missing
                    .is_none_or(|want| s.own.iter().any(|p| p.description.is_none()) == want)
            },
        },
        Field {
            name: "permission_duplicate",
            doc: "`true`: the group declares one permission (direction, protocol, ports and peer) twice, as AWS refuses it at apply: two resources (standalone rules, or an inline rule and a standalone one) with the same permission, one standalone rule that lists the same address twice, or two inline blocks that differ only in description. A CIDR is the same only when it is the same block (overlapping blocks are different permissions). After the change, only a duplicate the apply authorizes, or one that was there before, counts. A finding names the permission and the resources that declare it, the one AWS refuses first.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.permission_duplicate = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.permission_duplicate
                    .is_none_or(|want| duplicates(s).is_empty() != want)
            },
        },
        Field {
            name: "permission_redundant",
            doc: "`true`: one of the group's permissions is wholly covered by a wider one of the same group and direction, which AWS keeps beside it: the same protocol or `all`, ports (ICMP type and code) within its ports, a CIDR within its CIDR; a group, `self` or prefix-list peer only when it is the same. Identical permissions are `permission_duplicate`'s, and a permission covered only by several together is not counted. A finding names each covered permission and the one that covers it, with their resources and where they are declared.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.permission_redundant = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.permission_redundant
                    .is_none_or(|want| redundant(s).is_empty() != want)
            },
        },
        Field {
            name: "ports_ignored",
            doc: "`true`: one of the group's permissions writes ports that AWS ignores (with protocol `-1`, or one without ports): a port restriction that restricts nothing.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.ports_ignored = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.ports_ignored
                    .is_none_or(|want| s.own.iter().any(|p| p.ports_ignored) == want)
            },
        },
        Field {
            name: "referenced",
            doc: "`true`: another group's permissions name the group as their peer.",
            example: "false",
            words: &[],
            parse: |m, v| {
                m.referenced = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.referenced.is_none_or(|want| s.referenced == want),
        },
        Field {
            name: "name",
            doc: "The group's `name` matches this glob; a group whose name is not known never matches.",
            example: "\"web-*\"",
            words: &[],
            parse: |m, v| {
                m.name = Some(v.glob()?);
                Ok(())
            },
            matches: |m, s| {
                m.name
                    .as_ref()
                    .is_none_or(|glob| s.group.name.as_deref().is_some_and(|n| glob_match(glob, n)))
            },
        },
        Field {
            name: "tags",
            doc: "Every tag named is on the group, with a value that matches its glob.",
            example: "{ env = \"prod*\" }",
            words: &[],
            parse: |m, v| {
                m.tags = Some(v.tags()?);
                Ok(())
            },
            matches: |m, s| m.tags.as_ref().is_none_or(|tags| tags_match(tags, s.group)),
        },
        Field {
            name: "replaced_because",
            doc: "The change replaces the group because one of these attributes changes (they force the replacement).",
            example: "[\"description\", \"name\"]",
            words: &[],
            parse: |m, v| {
                m.replaced_because = Some(v.attribute_names()?);
                Ok(())
            },
            matches: |m, s| {
                m.replaced_because
                    .as_ref()
                    .is_none_or(|attrs| replaced_because(attrs, s.group))
            },
        },
        Field {
            name: "public_ingress",
            doc: "`true`: one of the group's ingress permissions admits an address block that holds public addresses.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.public_ingress = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.public_ingress.is_none_or(|want| {
                    s.own.iter().any(|p| {
                        p.direction == Direction::Ingress
                            && matches!(&p.peer, Peer::Cidr { net, .. } if ExposedPeer::Cidr(*net).public() == Some(true))
                    }) == want
                })
            },
        },
        Field {
            name: "self_all_traffic",
            doc: "`true`: the group admits all traffic from itself (an ingress permission with peer `self` and protocol all).",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.self_all_traffic = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.self_all_traffic.is_none_or(|want| {
                    s.own.iter().any(|p| {
                        p.direction == Direction::Ingress
                            && p.peer == Peer::SelfRef
                            && p.range.protocol == Protocol::All
                    }) == want
                })
            },
        },
        Field {
            name: "attached",
            doc: "`true`: a workload of the input holds the group after the change; `false`: it is known that none does: a group this change creates and no workload uses. Neither matches when the input cannot tell. Looked at after the change only: before it, the field matches any group.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.attached = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.attached
                    .is_none_or(|want| s.before || s.attached_after == Some(want))
            },
        },
        Field {
            name: "quota_exceeded",
            doc: "`true`: in one direction and IP version the group holds more rules than the account's quota (`quotas { rules_per_group }` of `.sgaudit.hcl`, AWS's 60 by default), counted as AWS counts them: a CIDR one rule in its IP version; a group reference one in each IP version; a customer-managed prefix list its `max_entries`, an AWS-managed one its documented weight, in each IP version; one rule declared twice once (<https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html>). What the input cannot weigh (an unknown peer, a prefix list it does not hold) is not counted, and named. A finding says the count before and after the change and which resources add to it; AWS refuses the rule that crosses the quota (`RulesPerSecurityGroupLimitExceeded`).",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.quota_exceeded = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.quota_exceeded.is_none_or(|want| {
                    reaches(s.own, s.sizes, s.quotas.rules_per_group.saturating_add(1)) == want
                })
            },
        },
        Field {
            name: "quota_percent_at_least",
            doc: "In one direction and IP version the group's rules, counted as `quota_exceeded` counts them, reach at least this percentage of the account's quota of rules per group (`90`: 54 of 60).",
            example: "90",
            words: &[],
            parse: |m, v| {
                m.quota_percent_at_least = Some(v.number()?);
                Ok(())
            },
            matches: |m, s| {
                m.quota_percent_at_least.is_none_or(|_| {
                    m.quota_floor(s.quotas)
                        .is_some_and(|floor| reaches(s.own, s.sizes, floor))
                })
            },
        },
        Field {
            name: "groups_per_interface_exceeded",
            doc: "`true`: a workload of the input holds more security groups than the account's quota of groups per network interface (`quotas { groups_per_interface }`, AWS's 5 by default: <https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html>), when the change is applied (an instance or a network interface: a launch template's groups are checked only when something launches from it), and this group is the one its excess is held against: the last, by address, of the groups the change adds to the workload (else of its groups), so that each workload makes one finding. A workload that names no group holds its VPC's default group.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.groups_per_interface_exceeded = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.groups_per_interface_exceeded
                    .is_none_or(|want| s.crowded.is_empty() != want)
            },
        },
        Field {
            name: "create_before_destroy",
            doc: "`true`: the change replaces the group creating the new one before it deletes the old one (`create_before_destroy`, actions `[\"create\",\"delete\"]`); `false`: it deletes the group, or replaces it deleting the old one first. A group the change neither replaces nor deletes matches neither.",
            example: "false",
            words: &[],
            parse: |m, v| {
                m.create_before_destroy = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.create_before_destroy
                    .is_none_or(|want| match &s.group.lifecycle {
                        Lifecycle::Replaced(r) => r.create_first == want,
                        Lifecycle::Deleted { .. } => !want,
                        _ => false,
                    })
            },
        },
        Field {
            name: "name_kept",
            doc: "`true`: the group's name after the change is the one it had before, both known: a fixed `name`, not one generated from `name_prefix` (known only after apply) or changed by the change; `false`: the input knows both and they differ.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.name_kept = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.name_kept
                    .is_none_or(|want| match (&s.group.name_before, &s.group.name) {
                        (Some(a), Some(b)) => (a == b) == want,
                        _ => false,
                    })
            },
        },
        Field {
            name: "peer_vpc_unpeered",
            doc: "`true`: one of the group's permissions names a group of another VPC and no VPC peering connection of the input (on the same side of the change) joins the two VPCs: AWS accepts such a reference only across an active peering connection in the same region. Both VPCs must be known; a route of either VPC to a peering connection the input does not hold, or to a transit gateway, makes it unknown (no match). A finding names each such permission, the two VPCs and, after the change, a peering connection the change deletes.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.peer_vpc_unpeered = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.peer_vpc_unpeered
                    .is_none_or(|want| unpeered(s).is_empty() != want)
            },
        },
        Field {
            name: "peering_deleted",
            doc: "With `peer_vpc_unpeered`: `true`: the peering connection that joined the two VPCs before the change is one the change deletes (the rule goes stale: AWS keeps it, and it matches nothing, <https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html#vpc-peering-stale-groups>); `false`: no peering connection of the input joined them before the change either (AWS refuses to create such a rule). A finding names only the permissions that match.",
            example: "false",
            words: &[],
            parse: |m, v| {
                m.peering_deleted = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.peering_deleted
                    .is_none_or(|want| unpeered(s).iter().any(|u| u.deleted.is_some() == want))
            },
        },
        Field {
            name: "peer_account_missing",
            doc: "`true`: one of the group's permissions names a group by its bare id (`sg-…`, a group the input does not hold) that the input elsewhere names with the prefix of another account (`123456789012/sg-…`, an account that owns none of the input's groups): AWS looks for a bare id in the caller's account and refuses the rule. A bare id the input never names with an account is not judged.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.peer_account_missing = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.peer_account_missing
                    .is_none_or(|want| account_missing(s).is_empty() != want)
            },
        },
    ];
}

/// The first of the permissions a finding names, and how many more it leaves unnamed
/// (`" and 2 more permissions"`); `None` when it names none.
fn first_and_more(named: Vec<String>) -> Option<(String, String)> {
    let more = match named.len() {
        0 | 1 => String::new(),
        2 => " and 1 more permission".to_owned(),
        n => format!(" and {} more permissions", n - 1),
    };
    Some((named.into_iter().next()?, more))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Origin, PortRange};

    const GROUP: &str = "g";

    /// Ingress tcp/`port` from `cidr`, declared by `resource` at `line`.
    fn permission(resource: &str, port: u16, cidr: &str, line: usize) -> Permission {
        Permission {
            group: GROUP.into(),
            resource: resource.into(),
            direction: Direction::Ingress,
            range: PortRange::new(Protocol::Tcp, Ports::Range(port, port)),
            peer: Peer::cidr(cidr.parse().unwrap()),
            description: Some("why".to_owned()),
            origin: Some(Origin::at("main.tf", line)),
            ports_ignored: false,
        }
    }

    /// The resources of each duplicate the group holds after the change (with `earlier`, its
    /// permissions before it), the one AWS refuses first first.
    fn found(own: &[&Permission], earlier: Option<&[&Permission]>) -> Vec<Vec<String>> {
        let group = Group {
            address: GROUP.to_owned(),
            ..Group::default()
        };
        let seen = Seen {
            group: &group,
            before: earlier.is_none(),
            own,
            earlier,
            referenced: false,
            referenced_by: &[],
            input: &Input::default(),
            accounts: &Accounts::default(),
            attached_after: None,
            quotas: &Quotas::default(),
            sizes: &PrefixListSizes::new(),
            earlier_sizes: &PrefixListSizes::new(),
            crowded: Vec::new(),
            joins: &Joins::default(),
        };
        duplicates(&seen)
            .into_iter()
            .map(|list| list.iter().map(|p| p.resource.to_string()).collect())
            .collect()
    }

    /// Two rule resources with the same permission are a duplicate, the later declared one
    /// first (whatever their descriptions), and so is one rule resource listing it twice;
    /// overlapping CIDRs and other ports are not.
    #[test]
    fn two_resources_with_one_permission_are_a_duplicate() {
        let a = permission("rule.a", 443, "10.0.0.0/16", 9);
        let mut b = permission("rule.b", 443, "10.0.0.0/16", 18);
        b.description = None;
        assert_eq!(found(&[&a, &b], Some(&[])), [["rule.b", "rule.a"]]);
        assert_eq!(found(&[&b, &a], Some(&[])), [["rule.b", "rule.a"]]);
        let wider = permission("rule.b", 443, "10.0.0.0/8", 18);
        let other_port = permission("rule.b", 444, "10.0.0.0/16", 18);
        for other in [&wider, &other_port] {
            assert!(found(&[&a, other], Some(&[])).is_empty(), "{other:?}");
        }
        // One rule listing the address twice.
        let same_resource = permission("rule.a", 443, "10.0.0.0/16", 9);
        assert_eq!(
            found(&[&a, &same_resource], Some(&[])),
            [["rule.a", "rule.a"]]
        );
    }

    /// Two inline blocks with one permission are two set elements only when their
    /// descriptions differ; an inline rule and a standalone one always are two declarations,
    /// the standalone rule (created after its group) refused.
    #[test]
    fn inline_blocks_are_a_duplicate_when_their_descriptions_differ() {
        let a = permission(GROUP, 443, "10.0.0.0/16", 12);
        let same = permission(GROUP, 443, "10.0.0.0/16", 20);
        assert!(found(&[&a, &same], Some(&[])).is_empty());
        let mut other = same.clone();
        other.description = Some("another reason".to_owned());
        assert_eq!(found(&[&a, &other], Some(&[])), [[GROUP, GROUP]]);
        let rule = permission("rule.a", 443, "10.0.0.0/16", 2);
        assert_eq!(found(&[&rule, &a], Some(&[])), [["rule.a", GROUP]]);
    }

    /// After the change, a duplicate counts when the apply authorizes one of its
    /// declarations, or when both were there before; an inline rule written over what a rule
    /// resource already holds authorizes nothing. Before the change, any duplicate counts.
    #[test]
    fn after_the_change_only_what_the_apply_authorizes_fails() {
        let inline = permission(GROUP, 22, "10.0.0.0/8", 5);
        let rule = permission("rule.ssh", 22, "10.0.0.0/8", 30);
        // A rule added over an inline rule AWS holds: refused.
        assert_eq!(
            found(&[&inline, &rule], Some(&[&inline])),
            [["rule.ssh", GROUP]]
        );
        // An inline rule written over a rule resource's permission: nothing authorized.
        assert!(found(&[&inline, &rule], Some(&[&rule])).is_empty());
        // Both there before: it stays.
        let again = permission("rule.again", 22, "10.0.0.0/8", 40);
        assert_eq!(
            found(&[&rule, &again], Some(&[&rule, &again])),
            [["rule.again", "rule.ssh"]]
        );
        assert_eq!(found(&[&rule, &again], None), [["rule.again", "rule.ssh"]]);
        // A new rule beside an old one: the new one is refused, wherever it is declared.
        let early = permission("rule.early", 22, "10.0.0.0/8", 1);
        assert_eq!(
            found(&[&rule, &early], Some(&[&rule])),
            [["rule.early", "rule.ssh"]]
        );
    }

    /// Values known only after apply are never the same permission; a value the input marks
    /// sensitive is the same permission as the value unmarked, and is never printed.
    #[test]
    fn unknown_values_differ_and_sensitive_ones_are_not_printed() {
        let a = permission("rule.a", 443, "10.0.0.0/16", 1);
        let mut b = permission("rule.b", 443, "10.0.0.0/16", 2);
        b.peer = Peer::Unknown("var.cidr".into());
        let mut c = b.clone();
        c.resource = "rule.c".into();
        assert!(found(&[&a, &b, &c], Some(&[])).is_empty());
        let mut hidden = permission("rule.d", 443, "10.0.0.0/16", 3);
        hidden.peer = Peer::Cidr {
            net: "10.0.0.0/16".parse().unwrap(),
            sensitive: true,
        };
        assert_eq!(found(&[&a, &hidden], Some(&[])), [["rule.d", "rule.a"]]);
        assert_eq!(label(&hidden), "ingress tcp 443 from sensitive");
        let mut all = permission("rule.e", 0, "::/0", 4);
        all.direction = Direction::Egress;
        all.range = PortRange::new(Protocol::All, Ports::All);
        assert_eq!(label(&all), "egress all traffic to ::/0");
    }

    /// The quota fields count as AWS does, at the boundary: 60 rules are within the quota,
    /// 61 over it; 54 of 60 are 90%, 53 are not; a quota raised to 61 holds 61. A finding names
    /// the count before and after the change and what adds to it.
    #[test]
    fn quota_fields_meet_the_boundary() {
        let rules: Vec<Permission> = (0..61u8)
            .map(|i| {
                permission(
                    &format!("rule.r{}", i / 10),
                    443,
                    &format!("10.{i}.0.0/16"),
                    1,
                )
            })
            .collect();
        let group = Group {
            address: GROUP.to_owned(),
            ..Group::default()
        };
        let matcher = |exceeded: Option<bool>, percent: Option<u32>| GroupMatch {
            quota_exceeded: exceeded,
            quota_percent_at_least: percent,
            ..GroupMatch::default()
        };
        let holds = |m: &GroupMatch, n: usize, quotas: &Quotas| {
            let own: Vec<&Permission> = rules.iter().take(n).collect();
            let earlier: Vec<&Permission> = rules.iter().take(55).collect();
            let seen = Seen {
                group: &group,
                before: false,
                own: &own,
                earlier: Some(&earlier),
                referenced: false,
                attached_after: None,
                quotas,
                sizes: &PrefixListSizes::new(),
                earlier_sizes: &PrefixListSizes::new(),
                crowded: Vec::new(),
                referenced_by: &[],
                input: &Input::default(),
                accounts: &Accounts::default(),
                joins: &Joins::default(),
            };
            let about = m.about(&seen).map(|(_, said)| said);
            (
                <GroupMatch as Block>::FIELDS
                    .iter()
                    .all(|f| (f.matches)(m, &seen)),
                about,
            )
        };
        let defaults = Quotas::default();
        let over = matcher(Some(true), None);
        assert!(!holds(&over, 60, &defaults).0);
        let (found, said) = holds(&over, 61, &defaults);
        assert!(found);
        assert_eq!(
            said.as_deref(),
            Some(": ingress IPv4 rules 55 → 61 of 60 (rule.r5 adds 5, rule.r6 adds 1)")
        );
        let raised = Quotas {
            rules_per_group: 61,
            ..Quotas::default()
        };
        assert!(!holds(&over, 61, &raised).0);
        let near = matcher(None, Some(90));
        assert!(holds(&near, 54, &defaults).0);
        assert!(!holds(&near, 53, &defaults).0);
    }

    /// The covered permissions of a group, each with what covers it, by resource.
    fn covered(own: &[&Permission]) -> Vec<(String, String)> {
        let group = Group {
            address: GROUP.to_owned(),
            ..Group::default()
        };
        let seen = Seen {
            group: &group,
            before: true,
            own,
            earlier: None,
            referenced: false,
            referenced_by: &[],
            input: &Input::default(),
            accounts: &Accounts::default(),
            attached_after: None,
            quotas: &Quotas::default(),
            sizes: &PrefixListSizes::new(),
            earlier_sizes: &PrefixListSizes::new(),
            crowded: Vec::new(),
            joins: &Joins::default(),
        };
        redundant(&seen)
            .into_iter()
            .map(|(p, by)| (p.resource.to_string(), by.resource.to_string()))
            .collect()
    }

    /// A permission is covered by one of the same direction whose protocol is its own or
    /// `all`, whose ports hold its ports and whose CIDR holds its CIDR (any supernet, IPv4 or
    /// IPv6); the cover's bounds count (a range ending at the same port covers). Identical
    /// permissions, a wider range on another protocol or direction, a range that reaches past
    /// the cover, and a cover made of two permissions together are not reported.
    #[test]
    fn a_permission_inside_a_wider_one_is_covered() {
        let wide = |resource: &str, from: u16, to: u16, cidr: &str| {
            let mut p = permission(resource, from, cidr, 1);
            p.range = PortRange::new(Protocol::Tcp, Ports::Range(from, to));
            p
        };
        let cover = wide("rule.cover", 20, 30, "10.0.0.0/8");
        let inside = permission("rule.inside", 22, "10.20.30.0/24", 2);
        let edge = permission("rule.edge", 30, "10.0.0.0/8", 3);
        let past = wide("rule.past", 25, 31, "10.0.0.0/16");
        let same = wide("rule.same", 20, 30, "10.0.0.0/8");
        assert_eq!(
            covered(&[&cover, &inside, &edge, &past, &same]),
            [
                ("rule.inside".to_owned(), "rule.cover".to_owned()),
                ("rule.edge".to_owned(), "rule.cover".to_owned()),
            ]
        );
        let mut udp = wide("rule.udp", 0, 65535, "0.0.0.0/0");
        udp.range.protocol = Protocol::Udp;
        let mut egress = wide("rule.egress", 0, 65535, "0.0.0.0/0");
        egress.direction = Direction::Egress;
        assert!(covered(&[&inside, &udp, &egress]).is_empty());
        // All traffic covers every protocol; a v6 block is covered by a v6 supernet only.
        let mut all = permission("rule.all", 0, "::/0", 4);
        all.range = PortRange::new(Protocol::All, Ports::All);
        let v6 = permission("rule.v6", 443, "2001:db8::/64", 5);
        assert_eq!(
            covered(&[&inside, &all, &v6]),
            [("rule.v6".to_owned(), "rule.all".to_owned())]
        );
        // 21-22 from a /16 lies within 21 and 22 from the /8 together, neither alone.
        let both = wide("rule.both", 21, 22, "10.1.0.0/16");
        let (a, b) = (
            permission("rule.a", 21, "10.0.0.0/8", 6),
            permission("rule.b", 22, "10.0.0.0/8", 7),
        );
        assert!(covered(&[&both, &a, &b]).is_empty());
    }

    /// A group, `self` or prefix-list peer covers only the same peer; a value known only
    /// after apply neither covers nor is covered.
    #[test]
    fn other_peers_cover_only_themselves() {
        let with = |resource: &str, peer: Peer, protocol: Protocol| {
            let mut p = permission(resource, 5432, "10.0.0.0/8", 1);
            p.peer = peer;
            if protocol == Protocol::All {
                p.range = PortRange::new(Protocol::All, Ports::All);
            }
            p
        };
        let lb = Peer::Group("aws_security_group.lb".into());
        let all_lb = with("rule.all_lb", lb.clone(), Protocol::All);
        let pg_lb = with("rule.pg_lb", lb, Protocol::Tcp);
        let pg_self = with("rule.pg_self", Peer::SelfRef, Protocol::Tcp);
        let pg_list = with(
            "rule.pg_list",
            Peer::PrefixList("pl-1".into()),
            Protocol::Tcp,
        );
        let all_unknown = with("rule.u", Peer::Unknown("var.x".into()), Protocol::All);
        assert_eq!(
            covered(&[&all_lb, &pg_lb, &pg_self, &pg_list, &all_unknown]),
            [("rule.pg_lb".to_owned(), "rule.all_lb".to_owned())]
        );
    }

    /// A rule naming a group of another VPC is flagged when no peering connection of its side
    /// joins the two VPCs; after the change, a peering the change deletes is named. A peering
    /// either way round, a route to a peering connection the input does not hold, a group of
    /// the same VPC and a VPC known only after apply are no finding.
    #[test]
    fn a_peer_of_another_vpc_needs_a_peering_connection() {
        use crate::model::{Destination, Peering, Route, RouteTable};
        let group = |address: &str, vpc: Option<&str>| Group {
            address: address.to_owned(),
            vpc: vpc.map(str::to_owned),
            ..Group::default()
        };
        let mut input = Input::default();
        for g in [
            group(GROUP, Some("aws_vpc.app")),
            group("mon", Some("aws_vpc.tools")),
            group("lb", Some("aws_vpc.app")),
            group("later", Some("unknown:var.vpc")),
        ] {
            input.groups.insert(g.address.clone(), g);
        }
        let peering = Peering {
            address: "aws_vpc_peering_connection.p".to_owned(),
            vpc: Some("aws_vpc.tools".to_owned()),
            peer_vpc: Some("aws_vpc.app".to_owned()),
            ..Peering::default()
        };
        let naming = |peer: &str| {
            let mut p = permission("rule.x", 9100, "10.0.0.0/8", 1);
            p.peer = Peer::Group(peer.into());
            p
        };
        let (mon, lb, later) = (naming("mon"), naming("lb"), naming("later"));
        let own = [&mon, &lb, &later];
        let found = |input: &Input, before: bool| -> Vec<(String, String, Option<String>)> {
            let seen = Seen {
                group: &input.groups[GROUP],
                before,
                own: &own,
                earlier: None,
                referenced: false,
                referenced_by: &[],
                input,
                accounts: &Accounts::default(),
                attached_after: None,
                quotas: &Quotas::default(),
                sizes: &PrefixListSizes::new(),
                earlier_sizes: &PrefixListSizes::new(),
                crowded: Vec::new(),
                joins: &Joins::of(if before {
                    &input.network_before
                } else {
                    &input.network_after
                }),
            };
            unpeered(&seen)
                .into_iter()
                .map(|u| (u.peer_vpc, u.vpc, u.deleted))
                .collect()
        };
        let flagged = ("aws_vpc.tools".to_owned(), "aws_vpc.app".to_owned());
        assert_eq!(
            found(&input, false),
            [(flagged.0.clone(), flagged.1.clone(), None)]
        );
        // Peered before the change, the peering deleted by it.
        input
            .network_before
            .peerings
            .insert(peering.address.clone(), peering.clone());
        assert!(found(&input, true).is_empty());
        assert_eq!(
            found(&input, false),
            [(flagged.0, flagged.1, Some(peering.address.clone()))]
        );
        input
            .network_after
            .peerings
            .insert(peering.address.clone(), peering);
        assert!(found(&input, false).is_empty());
        // A route of one of the VPCs to a peering connection the input does not hold.
        input.network_after.peerings.clear();
        input.network_after.route_tables.insert(
            "rt".to_owned(),
            RouteTable {
                vpc: Some("aws_vpc.tools".to_owned()),
                routes: vec![Route {
                    destination: Destination::Cidr("10.2.0.0/16".parse().unwrap()),
                    target: Target::Peering("pcx-1".to_owned()),
                    resource: "rt".to_owned(),
                    origin: None,
                }],
                ..RouteTable::default()
            },
        );
        assert!(found(&input, false).is_empty());
    }

    /// `create_before_destroy` tells a replacement that creates first from a delete or a
    /// replacement that deletes first; `name_kept` needs both names known and the same.
    #[test]
    fn replacement_order_and_kept_names() {
        use crate::model::Replacement;
        let replaced = |create_first: bool| {
            Lifecycle::Replaced(Replacement {
                create_first,
                ..Replacement::default()
            })
        };
        let holds = |m: &GroupMatch, lifecycle: Lifecycle, names: (Option<&str>, Option<&str>)| {
            let group = Group {
                address: GROUP.to_owned(),
                lifecycle,
                name_before: names.0.map(str::to_owned),
                name: names.1.map(str::to_owned),
                ..Group::default()
            };
            let input = Input::default();
            let seen = Seen {
                group: &group,
                before: false,
                own: &[],
                earlier: Some(&[]),
                referenced: false,
                referenced_by: &[],
                input: &input,
                accounts: &Accounts::default(),
                attached_after: None,
                quotas: &Quotas::default(),
                sizes: &PrefixListSizes::new(),
                earlier_sizes: &PrefixListSizes::new(),
                crowded: Vec::new(),
                joins: &Joins::default(),
            };
            GroupMatch::FIELDS.iter().all(|f| (f.matches)(m, &seen))
        };
        let web = (Some("web"), Some("web"));
        let first = GroupMatch {
            create_before_destroy: Some(true),
            ..GroupMatch::default()
        };
        let last = GroupMatch {
            create_before_destroy: Some(false),
            ..GroupMatch::default()
        };
        assert!(holds(&first, replaced(true), web));
        assert!(!holds(&first, replaced(false), web));
        assert!(holds(&last, replaced(false), web));
        assert!(holds(&last, Lifecycle::Deleted { reason: None }, web));
        assert!(!holds(&last, Lifecycle::Updated, web));
        assert!(!holds(&first, Lifecycle::Updated, web));
        let kept = GroupMatch {
            name_kept: Some(true),
            ..GroupMatch::default()
        };
        assert!(holds(&kept, replaced(true), web));
        assert!(!holds(&kept, replaced(true), (Some("web"), Some("web-v2"))));
        assert!(!holds(&kept, replaced(true), (Some("api-1"), None)));
    }

    /// A bare id is flagged when the input names it elsewhere with an account that owns none
    /// of its groups; not when that account owns one (the caller's own), nor when no rule
    /// names it with an account.
    #[test]
    fn a_bare_id_of_another_account_is_refused() {
        let naming = |resource: &str, peer: &str| {
            let mut p = permission(resource, 443, "10.0.0.0/8", 1);
            p.peer = Peer::Group(peer.into());
            p
        };
        let bare = naming("rule.bare", "sg-1");
        let prefixed = naming("rule.prefixed", "111122223333/sg-1");
        let other = naming("rule.other", "sg-2");
        let mut input = Input {
            after: vec![bare.clone(), prefixed.clone(), other.clone()],
            ..Input::default()
        };
        let group = Group {
            address: GROUP.to_owned(),
            ..Group::default()
        };
        input.groups.insert(GROUP.to_owned(), group.clone());
        let own = [&bare, &prefixed, &other];
        let found = |input: &Input| -> Vec<(String, String)> {
            let accounts = Accounts::of(input);
            let seen = Seen {
                group: &group,
                before: false,
                own: &own,
                earlier: Some(&[]),
                referenced: false,
                referenced_by: &[],
                input,
                accounts: &accounts,
                attached_after: None,
                quotas: &Quotas::default(),
                sizes: &PrefixListSizes::new(),
                earlier_sizes: &PrefixListSizes::new(),
                crowded: Vec::new(),
                joins: &Joins::of(&input.network_after),
            };
            account_missing(&seen)
                .into_iter()
                .map(|(p, a)| (p.resource.to_string(), a))
                .collect()
        };
        assert_eq!(
            found(&input),
            [("rule.bare".to_owned(), "111122223333".to_owned())]
        );
        // The account owns a group of the input: the bare id is its own account's.
        if let Some(g) = input.groups.get_mut(GROUP) {
            g.owner_id = Some("111122223333".to_owned());
        }
        assert!(found(&input).is_empty());
    }
}
