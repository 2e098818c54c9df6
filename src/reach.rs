//! Reachability: what each workload's groups let in (the union of their permissions), and the
//! paths from the internet to workloads through security-group references, before and after
//! the change, each with the network's verdict on its hop from the internet (`network.rs`:
//! route, public address, network ACL both ways): reachable, blocked (by what), or unknown.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use ipnet::IpNet;

use crate::diff::{Diff, ExposedPeer, Exposure};
use crate::model::{Change, Direction, Input, Lifecycle, Owner, Permission, PortRange, Workload};
use crate::netset::{Family, IntervalSet, net_interval};
use crate::network::{Flow, NaclCheck, Placement, Reachable, Verdict};

/// What the reachability analysis reads and what it does not, as reports say it.
pub const SCOPE: &str = "security groups, and the subnets, route tables, gateways and network ACLs the input holds: for the hop from the internet the route, the public address and the network ACL both ways, for the hops between subnets their network ACLs (a path is reachable, blocked, or unknown where the input does not hold them); load-balancer listeners and firewalls are not read";

/// The node that stands for every public address.
pub const INTERNET: &str = "internet";
/// Paths longer than this many hops are not followed.
pub const MAX_HOPS: usize = 6;
/// At most this many paths are listed per side of the change.
pub const MAX_PATHS: usize = 10_000;

/// Everything the reachability analysis found.
#[derive(Debug, Default)]
pub struct Reach {
    /// Every workload with the exposure diff of the union of its groups, by address.
    pub workloads: BTreeMap<String, WorkloadReach>,
    /// Paths from the internet, sorted: after the change (added, changed, unchanged), then
    /// removed.
    pub paths: Vec<Path>,
    /// The workloads holding each group, before and after the change (one copy of each
    /// workload's address, shared by the lists it is in).
    pub holders_before: BTreeMap<String, Vec<Arc<str>>>,
    pub holders_after: BTreeMap<String, Vec<Arc<str>>>,
    /// The configuration's named networks the analysis was made with: the graph of groups and
    /// workloads ([`Reach::edges`]) names them. The graph itself is made when a picture asks
    /// for it (only `dot` draws it): at 50,000 groups it was some 20 MB held to the end of
    /// every run.
    pub networks: BTreeMap<String, Vec<IpNet>>,
    /// The path bound was hit on one side: the list is not complete.
    pub truncated: bool,
}

/// One workload's effective exposure and reachability.
#[derive(Debug, Default)]
pub struct WorkloadReach {
    /// The exposure diff of its groups taken together (exposures name the workload).
    pub exposure: Diff,
    /// After the change, for each egress to public addresses its groups allow, whether the
    /// network lets it out and its replies back (`network::outbound`); only for a workload
    /// that sits in a subnet the input holds.
    pub egress: Vec<(Arc<Exposure>, Verdict)>,
    /// Some path from the internet reaches it before / after the change.
    pub reachable_before: bool,
    pub reachable_after: bool,
}

/// One hop of a path: the receiver admits the sender on these ports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hop {
    /// `internet` or a workload address.
    pub from: String,
    pub to: String,
    /// The receiver's groups whose ingress admits the sender.
    pub via: Vec<String>,
    /// What the sender's egress allows towards the receiver (empty from the internet: replies
    /// of an allowed flow need no egress).
    pub egress: Vec<String>,
    pub ports: Vec<PortRange>,
    /// For a hop between two workloads the network blocks (their subnets' network ACLs), what
    /// blocks it; empty otherwise. The hop from the internet is judged in the path's `network`.
    pub blocked_by: Vec<crate::network::Block>,
}

/// A path from the internet to a workload.
#[derive(Debug, Clone)]
pub struct Path {
    pub status: Change,
    pub hops: Vec<Hop>,
    /// Whether the first workload can hold a public address: without one the internet cannot
    /// reach it, whatever its groups allow.
    pub public: crate::model::PublicAddress,
    /// Whether the network (route, public address, network ACL both ways) lets the first hop
    /// through, and what blocks it.
    pub network: Verdict,
    /// The same path before the change (its hops, public address and network verdict), when
    /// the groups allowed it already.
    pub before: Option<(Vec<Hop>, crate::model::PublicAddress, Verdict)>,
}

impl Path {
    /// The workload the path ends at.
    pub fn target(&self) -> &str {
        self.hops.last().map_or("", |h| h.to.as_str())
    }

    pub fn label(&self) -> String {
        label(&self.hops)
    }

    /// The path as it is on one side of the change (before it, for `before`): its hops and
    /// the first workload's public address; `None` when it is not there on that side, or when
    /// the network blocks it there.
    pub fn side(&self, before: bool) -> Option<(&[Hop], &crate::model::PublicAddress)> {
        let (hops, public, network) = self.held(before)?;
        (network.reachable != Reachable::No).then_some((hops, public))
    }

    /// The path as the groups allow it on one side of the change, with the network's verdict,
    /// whether or not the network lets it through.
    pub fn held(&self, before: bool) -> Option<(&[Hop], &crate::model::PublicAddress, &Verdict)> {
        let now = (&self.hops[..], &self.public, &self.network);
        match (&self.status, &self.before) {
            (_, Some((hops, public, network))) if before => Some((hops, public, network)),
            (Change::Removed, None) => before.then_some(now),
            _ if before => None,
            _ => Some(now),
        }
    }
}

/// `internet -(tcp/22)-> aws_instance.bastion -(tcp/22)-> aws_instance.app`.
pub fn label(hops: &[Hop]) -> String {
    let mut out = INTERNET.to_owned();
    for hop in hops {
        let ports = PortRange::labels(&hop.ports);
        out.push_str(&format!(" -({})-> {}", ports.join(", "), hop.to));
    }
    out
}

/// A node of the graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    Internet,
    /// A network named in the configuration (`networks { office = [...] }`).
    Network(String),
    /// A group's and a workload's address, shared (`Arc`: with the exposures' owners and peers,
    /// one copy per workload).
    Group(Arc<str>),
    Workload(Arc<str>),
}

/// An edge of the graph: the internet or a network reaching a group (its ingress), a group's
/// members reaching another group (a group reference), or a group attached to a workload
/// (no ports).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    pub from: Node,
    pub to: Node,
    pub status: Change,
    pub ports: Vec<PortRange>,
    /// A reference from one group to another (`to` admits `from`) that no path can take: on
    /// its side of the change, no egress of `from` allows any of its ports towards `to` (a
    /// permission naming `to`, `from` itself when it is `to`, or a CIDR with private addresses
    /// or the world; as `Side::egress_towards` asks of a hop). AWS checks the sender's egress
    /// too: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html
    pub ruled_out: bool,
}

/// Computes the reachability of an input whose exposure diff is `diff`. `networks` are the
/// configuration's named networks.
pub fn analyse(input: &Input, diff: &Diff, networks: &BTreeMap<String, Vec<IpNet>>) -> Reach {
    analyse_with(input, diff, workload_exposure(input), networks)
}

/// [`analyse`], given each workload's exposure ([`workload_exposure`]): it needs only the
/// input, and can be computed beside the groups' diff.
pub fn analyse_with(
    input: &Input,
    diff: &Diff,
    workloads: BTreeMap<String, WorkloadReach>,
    networks: &BTreeMap<String, Vec<IpNet>>,
) -> Reach {
    // The paths after the change on this thread; on another, those before it (none for a
    // plan that only creates) and each workload's egress: all independent, each made in its
    // own order whichever thread finishes first.
    let (((old, cut_before), workloads), (new, cut_after)) = std::thread::scope(|scope| {
        let other = scope.spawn(move || {
            let mut workloads = workloads;
            outbound(input, &mut workloads);
            let exposures: Vec<&Exposure> = diff.before().collect();
            let before = side_paths(&Side::new(input, &exposures, &input.network_before, |w| {
                w.before.as_ref()
            }));
            (before, workloads)
        });
        let exposures: Vec<&Exposure> = diff.after().collect();
        let after = side_paths(&Side::new(input, &exposures, &input.network_after, |w| {
            w.after.as_ref()
        }));
        match other.join() {
            Ok(other) => (other, after),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    });
    let mut out = Reach {
        workloads,
        networks: networks.clone(),
        ..Reach::default()
    };
    out.truncated = cut_before || cut_after;
    // Reached: a path the network does not block.
    for path in old.iter().filter(|p| p.network.reachable != Reachable::No) {
        if let Some(w) = out.workloads.get_mut(path.target()) {
            w.reachable_before = true;
        }
    }
    for path in new.iter().filter(|p| p.network.reachable != Reachable::No) {
        if let Some(w) = out.workloads.get_mut(path.target()) {
            w.reachable_after = true;
        }
    }
    out.paths = path_diff(old, new);
    let default = default_group(input);
    for w in input.workloads.values() {
        let name: Arc<str> = Arc::from(w.address.as_str());
        for g in groups_of(default, w.before.as_ref()) {
            out.holders_before
                .entry(g)
                .or_default()
                .push(Arc::clone(&name));
        }
        for g in groups_of(default, w.after.as_ref()) {
            out.holders_after
                .entry(g)
                .or_default()
                .push(Arc::clone(&name));
        }
    }
    out
}

/// The paths of one side of the change, and whether they were cut short.
fn side_paths(side: &Side<'_>) -> (Vec<Path>, bool) {
    // Many workloads sit behind one network ACL and admit the same flows: each (ACL, flow) is
    // judged once per side of the change (an ACL by where it is held: the same address may
    // hold other rules on the other side).
    type Key = (usize, PortRange, Family, IntervalSet, bool);
    let memo: std::cell::RefCell<HashMap<Key, (Reachable, Vec<crate::network::Block>)>> =
        std::cell::RefCell::default();
    let nacl: &NaclCheck = &|acl, flow| {
        let key: Key = (
            std::ptr::from_ref(acl) as usize,
            flow.range.clone(),
            flow.family,
            flow.from.clone(),
            flow.sensitive,
        );
        if let Some(known) = memo.borrow().get(&key) {
            return known.clone();
        }
        let verdict = crate::network::nacl_check(acl, flow);
        memo.borrow_mut().insert(key, verdict.clone());
        verdict
    };
    side.paths(nacl)
}

/// Per workload, the exposure diff of the union of its groups' permissions: one diff over
/// permissions relabelled with the workload's address, so overlapping permissions of several
/// groups merge exactly as one group's do. Its exposures are owned by the workload.
pub fn workload_exposure(input: &Input) -> BTreeMap<String, WorkloadReach> {
    let (before, after) = (by_group(&input.before), by_group(&input.after));
    let default = default_group(input);
    let (placed_before, placed_after) = (
        placed(input, default, &before, true),
        placed(input, default, &after, false),
    );
    let diff = crate::diff::diff_placed(
        [
            (placed_before, &input.prefix_lists_before),
            (placed_after, &input.prefix_lists_after),
        ],
        Owner::Workload,
    );
    let mut out: BTreeMap<String, WorkloadReach> = input
        .workloads
        .keys()
        .map(|a| (a.clone(), WorkloadReach::default()))
        .collect();
    type List = fn(&mut Diff) -> &mut Vec<Arc<Exposure>>;
    let lists: [(Vec<Arc<Exposure>>, List); 3] = [
        (diff.added, |d| &mut d.added),
        (diff.removed, |d| &mut d.removed),
        (diff.unchanged, |d| &mut d.unchanged),
    ];
    for (list, sink) in lists {
        for e in list {
            if let Some(w) = out.get_mut(e.owner.name()) {
                sink(&mut w.exposure).push(e);
            }
        }
    }
    out
}

/// Each permission of the workloads' groups on one side of the change (before it, for
/// `before`), counted in its workload (no copy of it), its `self` peer the group it is of.
fn placed<'a>(
    input: &'a Input,
    default: Option<&str>,
    by_group: &BTreeMap<&'a str, Vec<&'a Permission>>,
    before: bool,
) -> Vec<crate::diff::Placed<'a>> {
    let mut out = Vec::new();
    for w in input.workloads.values() {
        let attachment = if before {
            w.before.as_ref()
        } else {
            w.after.as_ref()
        };
        for g in groups_of(default, attachment) {
            let Some((&group, own)) = by_group.get_key_value(g.as_str()) else {
                continue;
            };
            out.extend(own.iter().map(|p| crate::diff::Placed {
                group: &w.address,
                permission: p,
                self_group: Some(group),
            }));
        }
    }
    out
}

/// The flow of an exposure whose peer is a block of public addresses: its protocol and ports,
/// from (or to) the public addresses of the block; `None` for any other peer.
pub fn public_flow(e: &Exposure) -> Option<Flow<'_>> {
    let (ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net)) = &e.peer else {
        return None;
    };
    if e.peer.public() != Some(true) {
        return None;
    }
    let family = Family::of(net);
    let (lo, hi) = net_interval(net);
    Some(Flow {
        range: &e.range,
        family,
        from: IntervalSet::from_interval(lo, hi).intersection(&crate::network::internet(family)),
        sensitive: matches!(e.peer, ExposedPeer::Sensitive(_)),
    })
}

/// Each workload's egress to public addresses after the change, with the network's verdict
/// (`network::outbound`), for the workloads that sit in a subnet the input holds.
fn outbound(input: &Input, workloads: &mut BTreeMap<String, WorkloadReach>) {
    let placement = Placement::new(&input.network_after);
    for (address, reach) in workloads.iter_mut() {
        let Some(attachment) = input.workloads.get(address).and_then(|w| w.after.as_ref()) else {
            continue;
        };
        if attachment
            .subnets
            .iter()
            .all(|s| placement.subnet(s).is_none())
        {
            continue;
        }
        let mut egress = Vec::new();
        for e in reach.exposure.after() {
            if e.direction != Direction::Egress {
                continue;
            }
            let Some(flow) = public_flow(e) else {
                continue;
            };
            let verdict = crate::network::outbound(&placement, address, attachment, &flow);
            egress.push((Arc::new(e.clone()), verdict));
        }
        reach.egress = egress;
    }
}

fn by_group(list: &[Permission]) -> BTreeMap<&str, Vec<&Permission>> {
    let mut map: BTreeMap<&str, Vec<&Permission>> = BTreeMap::new();
    for p in list {
        map.entry(p.group.as_ref()).or_default().push(p);
    }
    map
}

/// The VPC's default group a workload given no group gets: the input's default group when it
/// holds exactly one.
fn default_group(input: &Input) -> Option<&str> {
    let mut defaults = input.groups.values().filter(|g| g.default);
    match (defaults.next(), defaults.next()) {
        (Some(only), None) => Some(only.address.as_str()),
        _ => None,
    }
}

/// The groups of an attachment, with `default` (see [`default_group`]) for one that names none.
fn groups_of(default: Option<&str>, attachment: Option<&crate::model::Attachment>) -> Vec<String> {
    let Some(a) = attachment else {
        return Vec::new();
    };
    match default {
        Some(d) if a.default_group && a.groups.is_empty() => vec![d.to_owned()],
        _ => a.groups.clone(),
    }
}

/// Ports a group admits from public addresses, those addresses (`None`: a peer whose
/// addresses the input does not hold), and whether they are sensitive.
type PublicIngress = (PortRange, Option<Vec<IpNet>>, bool);

/// One side of the change, indexed for walking paths.
struct Side<'a> {
    /// Workloads in address order, with their groups and public-address capability.
    workloads: Vec<(&'a str, Vec<String>, crate::model::PublicAddress)>,
    /// Their attachments, in the same order: where they sit.
    attachments: Vec<&'a crate::model::Attachment>,
    /// The side's network, indexed.
    placement: Placement<'a>,
    /// Workload positions by group.
    members: BTreeMap<String, Vec<usize>>,
    /// Ports each group admits from public addresses, with the addresses (`None`: a peer whose
    /// addresses the input does not hold).
    public_ingress: BTreeMap<&'a str, Vec<PublicIngress>>,
    /// Per sending group: the receiving groups that admit it, with ports.
    ingress_by_source: BTreeMap<String, Vec<(&'a str, PortRange)>>,
    /// Per sending group: its egress (peer, ports).
    egress: BTreeMap<&'a str, Vec<(&'a ExposedPeer, PortRange)>>,
}

impl<'a> Side<'a> {
    fn new(
        input: &'a Input,
        exposures: &[&'a Exposure],
        network: &'a crate::model::Network,
        attachment: impl Fn(&'a Workload) -> Option<&'a crate::model::Attachment>,
    ) -> Side<'a> {
        let mut side = Side {
            workloads: Vec::new(),
            attachments: Vec::new(),
            placement: Placement::new(network),
            members: BTreeMap::new(),
            public_ingress: BTreeMap::new(),
            ingress_by_source: BTreeMap::new(),
            egress: BTreeMap::new(),
        };
        let default = default_group(input);
        for w in input.workloads.values() {
            let Some(a) = attachment(w) else { continue };
            let groups = groups_of(default, Some(a));
            for g in &groups {
                side.members
                    .entry(g.clone())
                    .or_default()
                    .push(side.workloads.len());
            }
            side.workloads
                .push((w.address.as_str(), groups, a.public.clone()));
            side.attachments.push(a);
        }
        for e in exposures {
            let group = e.owner.name();
            let ports = e.range.clone();
            match e.direction {
                Direction::Ingress => match &e.peer {
                    ExposedPeer::Group(g) => side
                        .ingress_by_source
                        .entry(g.to_string())
                        .or_default()
                        .push((group, ports)),
                    ExposedPeer::SelfRef => side
                        .ingress_by_source
                        .entry(group.to_owned())
                        .or_default()
                        .push((group, ports)),
                    peer if peer.public() == Some(true) => {
                        let nets = match peer {
                            ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net) => {
                                Some(vec![*net])
                            }
                            ExposedPeer::PrefixList(_, Some(entries)) => Some(entries.clone()),
                            _ => None,
                        };
                        side.public_ingress.entry(group).or_default().push((
                            ports,
                            nets,
                            matches!(peer, ExposedPeer::Sensitive(_)),
                        ));
                    }
                    _ => {}
                },
                Direction::Egress => side.egress.entry(group).or_default().push((&e.peer, ports)),
            }
        }
        for list in side.public_ingress.values_mut() {
            list.sort();
            list.dedup();
        }
        side
    }

    /// The hop from the internet to each workload its groups expose to public addresses, with
    /// the network's verdict on it: reachable when one of the flows the groups let in gets
    /// through the network (`network::inbound`).
    fn first_hops(&self, nacl: &NaclCheck) -> Vec<(usize, Hop, Verdict)> {
        let mut out = Vec::new();
        for (i, ((address, groups, _), attachment)) in
            self.workloads.iter().zip(&self.attachments).enumerate()
        {
            let mut via = Vec::new();
            let mut ports = Vec::new();
            let mut flows: Vec<&PublicIngress> = Vec::new();
            for g in groups {
                if let Some(p) = self.public_ingress.get(g.as_str()) {
                    via.push(g.clone());
                    ports.extend(p.iter().map(|(range, ..)| range.clone()));
                    flows.extend(p.iter());
                }
            }
            if !via.is_empty() {
                ports.sort();
                ports.dedup();
                let verdict = self.verdict(address, attachment, &flows, nacl);
                out.push((
                    i,
                    Hop {
                        from: INTERNET.to_owned(),
                        to: (*address).to_owned(),
                        via,
                        egress: Vec::new(),
                        ports,
                        blocked_by: Vec::new(),
                    },
                    verdict,
                ));
            }
        }
        out
    }

    /// The network's verdict on the flows the groups let in from the internet: reachable when
    /// one gets through; blocked when none does and the input says why for each; else unknown.
    fn verdict(
        &self,
        address: &str,
        attachment: &crate::model::Attachment,
        flows: &[&PublicIngress],
        nacl: &NaclCheck,
    ) -> Verdict {
        let mut out = Verdict {
            reachable: Reachable::No,
            blocked_by: Vec::new(),
        };
        for &(range, nets, sensitive) in flows {
            let Some(nets) = nets else {
                out.reachable = Reachable::Unknown;
                continue;
            };
            for family in [Family::V4, Family::V6] {
                let from = IntervalSet::from_intervals(
                    nets.iter()
                        .filter(|n| Family::of(n) == family)
                        .map(net_interval)
                        .collect(),
                )
                .intersection(&crate::network::internet(family));
                if from.is_empty() {
                    continue;
                }
                let flow = Flow {
                    range,
                    family,
                    from,
                    sensitive: *sensitive,
                };
                let v = crate::network::inbound(&self.placement, address, attachment, &flow, nacl);
                match v.reachable {
                    Reachable::Yes => return v,
                    Reachable::Unknown => out.reachable = Reachable::Unknown,
                    Reachable::No => {}
                }
                out.blocked_by.extend(v.blocked_by);
            }
        }
        out.blocked_by.sort();
        out.blocked_by.dedup();
        out
    }

    /// The hops from one workload to the others: the receiver's ingress admits one of the
    /// sender's groups, and the sender's egress allows the receiver on those ports.
    fn hops_from(&self, sender: usize) -> Vec<(usize, Hop)> {
        #[expect(
            clippy::indexing_slicing,
            reason = "workload positions come from `members` and `first_hops`, both made from \
                      `self.workloads`"
        )]
        let (from, sender_groups, _) = &self.workloads[sender];
        // Receivers and the ingress ports they give the sender, by group.
        let mut offered: BTreeMap<usize, Vec<(String, PortRange)>> = BTreeMap::new();
        // Only the ingress that names one of the sender's groups (the order of the offers does
        // not matter: their groups and ports are sorted below).
        let sending: BTreeSet<&str> = sender_groups.iter().map(String::as_str).collect();
        for source in sending {
            for (receiving_group, ports) in self.ingress_by_source.get(source).into_iter().flatten()
            {
                for &r in self.members.get(*receiving_group).into_iter().flatten() {
                    if r != sender {
                        offered
                            .entry(r)
                            .or_default()
                            .push(((*receiving_group).to_owned(), ports.clone()));
                    }
                }
            }
        }
        let mut out = Vec::new();
        for (receiver, offers) in offered {
            #[expect(
                clippy::indexing_slicing,
                reason = "`members` holds positions in `self.workloads`"
            )]
            let (to, receiver_groups, _) = &self.workloads[receiver];
            let allowed = self.egress_towards(sender_groups, receiver_groups);
            let mut via = BTreeSet::new();
            let mut egress = BTreeSet::new();
            let mut ports = Vec::new();
            for (group, ingress) in &offers {
                for (label, out_ports) in &allowed {
                    if let Some(both) = ingress.intersect(out_ports) {
                        via.insert(group.clone());
                        egress.insert(label.clone());
                        ports.push(both);
                    }
                }
            }
            if ports.is_empty() {
                continue;
            }
            ports.sort();
            ports.dedup();
            out.push((
                receiver,
                Hop {
                    from: (*from).to_owned(),
                    to: (*to).to_owned(),
                    via: via.into_iter().collect(),
                    egress: egress.into_iter().collect(),
                    ports,
                    blocked_by: Vec::new(),
                },
            ));
        }
        out
    }

    /// What the sender's groups' egress allows towards a workload holding `receiver` groups:
    /// a permission naming one of those groups (or the sender's own group, when the receiver
    /// holds it too), or a CIDR. A CIDR with private addresses, or the whole internet, is taken
    /// to hold the receiver's address (its private address is not in the input).
    fn egress_towards(&self, sender: &[String], receiver: &[String]) -> Vec<(String, PortRange)> {
        let receiving: BTreeSet<&str> = receiver.iter().map(String::as_str).collect();
        let mut out = Vec::new();
        for g in sender {
            for (peer, ports) in self.egress.get(g.as_str()).into_iter().flatten() {
                let label = match peer {
                    ExposedPeer::Group(h) if receiving.contains(&**h) => {
                        format!("sg:{h}")
                    }
                    ExposedPeer::SelfRef if receiving.contains(g.as_str()) => format!("sg:{g}"),
                    ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net)
                        if holds_private(net) || peer.world() == Some(true) =>
                    {
                        peer.label()
                    }
                    _ => continue,
                };
                out.push((label, ports.clone()));
            }
        }
        out
    }

    /// Every path from the internet, depth-first over simple paths (no workload twice), at
    /// most `MAX_HOPS` long. A path goes on past its first workload only when that workload
    /// can hold a public address (or the input does not tell). Returns whether the bound on
    /// the number of paths cut the list.
    fn paths(&self, nacl: &NaclCheck) -> (Vec<Path>, bool) {
        let mut out = Vec::new();
        let mut cut = false;
        for (first, hop, verdict) in self.first_hops(nacl) {
            #[expect(
                clippy::indexing_slicing,
                reason = "`first_hops` gives positions in `self.workloads`"
            )]
            let public = self.workloads[first].2.clone();
            let mut stack = vec![hop];
            let mut on_path = BTreeSet::from([first]);
            let go_on = public.can != Some(false);
            self.walk(
                first,
                go_on,
                (&public, &verdict),
                &mut stack,
                &mut on_path,
                &mut out,
                &mut cut,
            );
        }
        (out, cut)
    }

    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        at: usize,
        go_on: bool,
        (public, network): (&crate::model::PublicAddress, &Verdict),
        stack: &mut Vec<Hop>,
        on_path: &mut BTreeSet<usize>,
        out: &mut Vec<Path>,
        cut: &mut bool,
    ) {
        if out.len() >= MAX_PATHS {
            *cut = true;
            return;
        }
        out.push(Path {
            status: Change::Unchanged,
            hops: stack.clone(),
            public: public.clone(),
            network: network.clone(),
            before: None,
        });
        if !go_on || stack.len() >= MAX_HOPS {
            return;
        }
        for (next, hop) in self.hops_from(at) {
            if on_path.contains(&next) {
                continue;
            }
            // The network between the two workloads' subnets: a later hop it blocks blocks
            // the path.
            let hop_verdict = match (self.attachments.get(at), self.attachments.get(next)) {
                (Some(a), Some(b)) => crate::network::between(&self.placement, a, b, &hop.ports),
                _ => Verdict::default(),
            };
            let through = combine(network, &hop_verdict);
            let mut hop = hop;
            if hop_verdict.reachable == Reachable::No {
                hop.blocked_by = hop_verdict.blocked_by;
            }
            on_path.insert(next);
            stack.push(hop);
            self.walk(next, true, (public, &through), stack, on_path, out, cut);
            stack.pop();
            on_path.remove(&next);
        }
    }
}

/// A path's verdict with one more hop: blocked when either blocks (with what blocks each),
/// else unknown when either is, else reachable. A hop between workloads whose subnets the input
/// does not hold says nothing (it is not the first hop's business to be unknown for it).
fn combine(path: &Verdict, hop: &Verdict) -> Verdict {
    if hop.blocked_by.is_empty() && hop.reachable == Reachable::Unknown {
        return path.clone();
    }
    let reachable = match (path.reachable, hop.reachable) {
        (Reachable::No, _) | (_, Reachable::No) => Reachable::No,
        (Reachable::Unknown, _) | (_, Reachable::Unknown) => Reachable::Unknown,
        _ => Reachable::Yes,
    };
    let mut blocked_by: Vec<crate::network::Block> = path
        .blocked_by
        .iter()
        .chain(&hop.blocked_by)
        .filter(|b| reachable != Reachable::No || b.kind != crate::network::BlockKind::Unknown)
        .cloned()
        .collect();
    blocked_by.sort();
    blocked_by.dedup();
    Verdict {
        reachable,
        blocked_by,
    }
}

/// Whether a network holds private (non-public) addresses.
fn holds_private(net: &IpNet) -> bool {
    let (lo, hi) = net_interval(net);
    crate::netset::holds_private(Family::of(net), &IntervalSet::from_interval(lo, hi))
}

/// Paths after the change with their status against the paths before; removed paths last.
fn path_diff(before: Vec<Path>, after: Vec<Path>) -> Vec<Path> {
    type Key = Vec<(String, String)>;
    let key = |p: &Path| -> Key {
        p.hops
            .iter()
            .map(|h| (h.from.clone(), h.to.clone()))
            .collect()
    };
    let mut old: BTreeMap<Key, Path> = before.into_iter().map(|p| (key(&p), p)).collect();
    let mut out = Vec::new();
    // A path the network blocks on one side and lets through on the other is added (or
    // removed) by the change, though the groups allow it on both: a network ACL or route
    // change opens (or closes) it.
    let open = |v: &Verdict| v.reachable != Reachable::No;
    for mut p in after {
        if let Some(was) = old.remove(&key(&p)) {
            p.status = match (open(&was.network), open(&p.network)) {
                (false, true) => Change::Added,
                (true, false) => Change::Removed,
                _ if was.hops == p.hops && was.public == p.public && was.network == p.network => {
                    Change::Unchanged
                }
                _ => Change::Changed,
            };
            p.before = Some((was.hops, was.public, was.network));
        } else {
            p.status = Change::Added;
        }
        out.push(p);
    }
    out.extend(old.into_values().map(|mut p| {
        p.status = Change::Removed;
        p
    }));
    out.sort_by_cached_key(|p| (p.status, key(p)));
    out
}

impl Reach {
    /// The graph of groups and workloads of the input whose exposure diff is `diff` (the one
    /// this reachability was made of), for pictures: see [`edges`].
    pub fn edges(&self, input: &Input, diff: &Diff) -> Vec<Edge> {
        edges(input, diff, &self.networks)
    }
}

/// The graph: internet and networks → groups (ingress), groups → groups (references), groups
/// → workloads (attachments), each with what the change does to it.
fn edges(input: &Input, diff: &Diff, networks: &BTreeMap<String, Vec<IpNet>>) -> Vec<Edge> {
    let mut ports: BTreeMap<(Node, Node, Change), BTreeSet<PortRange>> = BTreeMap::new();
    // Each group's egress on each side of the change (0 before, 1 after), and the references
    // whose sender's egress allows some of their ports.
    let mut egress: [BTreeMap<&str, Vec<&Exposure>>; 2] = [BTreeMap::new(), BTreeMap::new()];
    for (status, list) in diff.lists() {
        for e in list.iter().filter(|e| e.direction == Direction::Egress) {
            for side in [0, 1] {
                let on_side = match status {
                    Change::Removed => side == 0,
                    Change::Added | Change::Changed => side == 1,
                    Change::Unchanged => true,
                };
                if on_side && let Some(map) = egress.get_mut(side) {
                    map.entry(e.owner.name()).or_default().push(e);
                }
            }
        }
    }
    let allows = |from: &str, to: &str, range: &PortRange, status: Change| {
        let side = usize::from(status != Change::Removed);
        egress
            .get(side)
            .and_then(|m| m.get(from))
            .into_iter()
            .flatten()
            .any(|e| {
                let towards = match &e.peer {
                    ExposedPeer::Group(h) => **h == *to,
                    ExposedPeer::SelfRef => from == to,
                    ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net) => {
                        holds_private(net) || e.peer.world() == Some(true)
                    }
                    // A prefix list or a value unknown before apply may hold the receiver.
                    ExposedPeer::PrefixList(..) | ExposedPeer::Unknown(_) => true,
                };
                towards && e.range.intersect(range).is_some()
            })
    };
    let mut used: BTreeSet<(Node, Node, Change)> = BTreeSet::new();
    for (status, list) in diff.lists() {
        for e in list.iter().filter(|e| e.direction == Direction::Ingress) {
            let to = Node::Group(Arc::clone(e.owner.shared()));
            let mut from = Vec::new();
            match &e.peer {
                ExposedPeer::Group(g) => {
                    if allows(g, e.owner.name(), &e.range, status) {
                        used.insert((Node::Group(Arc::clone(g)), to.clone(), status));
                    }
                    from.push(Node::Group(Arc::clone(g)));
                }
                ExposedPeer::SelfRef => {
                    if allows(e.owner.name(), e.owner.name(), &e.range, status) {
                        used.insert((to.clone(), to.clone(), status));
                    }
                    from.push(to.clone());
                }
                peer => {
                    if peer.public() == Some(true) {
                        from.push(Node::Internet);
                    }
                    if let ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net) = peer {
                        from.extend(
                            networks
                                .iter()
                                .filter(|(_, nets)| nets.iter().any(|n| overlaps(n, net)))
                                .map(|(name, _)| Node::Network(name.clone())),
                        );
                    }
                }
            }
            for f in from {
                ports
                    .entry((f, to.clone(), status))
                    .or_default()
                    .insert(e.range.clone());
            }
        }
    }
    let default = default_group(input);
    for w in input.workloads.values() {
        let before: BTreeSet<String> = groups_of(default, w.before.as_ref()).into_iter().collect();
        let after: BTreeSet<String> = groups_of(default, w.after.as_ref()).into_iter().collect();
        let created = matches!(w.lifecycle, Lifecycle::Created);
        let name: Arc<str> = Arc::from(w.address.as_str());
        for g in before.union(&after) {
            let status = match (before.contains(g) && !created, after.contains(g)) {
                (true, true) => Change::Unchanged,
                (false, true) => Change::Added,
                _ => Change::Removed,
            };
            ports
                .entry((
                    Node::Group(g.as_str().into()),
                    Node::Workload(Arc::clone(&name)),
                    status,
                ))
                .or_default();
        }
    }
    ports
        .into_iter()
        .map(|((from, to, status), p)| {
            // Only a sender the input holds: the egress of a group it does not hold is not
            // known, so nothing is ruled out.
            let ruled_out = matches!((&from, &to), (Node::Group(g), Node::Group(_)) if input.groups.contains_key(&**g))
                && !used.contains(&(from.clone(), to.clone(), status));
            Edge {
                from,
                to,
                status,
                ports: p.into_iter().collect(),
                ruled_out,
            }
        })
        .collect()
}

fn overlaps(a: &IpNet, b: &IpNet) -> bool {
    Family::of(a) == Family::of(b) && (a.contains(b) || b.contains(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attachment, Group, Peer, Ports, Protocol, PublicAddress, WorkloadKind};

    fn permission(group: &str, direction: Direction, ports: Ports, peer: Peer) -> Permission {
        Permission {
            group: group.into(),
            resource: group.into(),
            direction,
            range: PortRange::new(
                if ports == Ports::All {
                    Protocol::All
                } else {
                    Protocol::Tcp
                },
                ports,
            ),
            peer,
            description: None,
            origin: None,
            ports_ignored: false,
        }
    }

    fn workload(address: &str, groups: &[&str], public: Option<bool>) -> Workload {
        Workload {
            address: address.to_owned(),
            resource_type: "aws_instance".to_owned(),
            kind: WorkloadKind::Compute,
            after: Some(Attachment {
                groups: groups.iter().map(|g| (*g).to_owned()).collect(),
                default_group: false,
                public: PublicAddress {
                    can: public,
                    because: String::new(),
                    subnet_decides: false,
                },
                subnets: Vec::new(),
            }),
            ..Workload::default()
        }
    }

    fn input(permissions: Vec<Permission>, workloads: Vec<Workload>) -> Input {
        let mut input = Input {
            after: permissions,
            ..Input::default()
        };
        for w in workloads {
            for g in w.after.iter().flat_map(|a| a.groups.clone()) {
                input.groups.insert(
                    g.clone(),
                    Group {
                        address: g,
                        ..Group::default()
                    },
                );
            }
            input.workloads.insert(w.address.clone(), w);
        }
        input
    }

    fn labels(input: &Input) -> Vec<String> {
        let diff = crate::diff::diff(input);
        analyse(input, &diff, &BTreeMap::new())
            .paths
            .iter()
            .map(|p| format!("{} {}", p.status.as_str(), p.label()))
            .collect()
    }

    const WORLD: &str = "0.0.0.0/0";

    fn cidr(c: &str) -> Peer {
        Peer::cidr(c.parse().unwrap())
    }

    fn group(g: &str) -> Peer {
        Peer::Group(g.into())
    }

    /// The graph marks a reference no path can take: the sender holds no egress towards the
    /// receiver on its ports. A sender the input does not hold is never ruled out (its egress
    /// is not known), nor one whose egress reaches the receiver.
    #[test]
    fn a_reference_the_senders_egress_rules_out_is_marked() {
        let (a, b) = ("sg.bastion", "sg.app");
        let ssh = Ports::Range(22, 22);
        let ruled_out = |permissions: Vec<Permission>| {
            let input = input(
                permissions,
                vec![
                    workload("bastion", &[a], Some(true)),
                    workload("app", &[b], Some(false)),
                ],
            );
            let diff = crate::diff::diff(&input);
            analyse(&input, &diff, &BTreeMap::new())
                .edges(&input, &diff)
                .iter()
                .filter(|e| matches!(&e.to, Node::Group(g) if **g == *b))
                .map(|e| (e.from.clone(), e.ruled_out))
                .collect::<Vec<_>>()
        };
        let from = |g: &str| Node::Group(g.into());
        let ingress = |peer: &str| permission(b, Direction::Ingress, ssh.clone(), group(peer));
        assert_eq!(ruled_out(vec![ingress(a)]), [(from(a), true)]);
        // Egress to the receiving group, or to private addresses, on an overlapping port.
        for egress in [group(b), cidr("10.0.0.0/8")] {
            let permissions = vec![
                ingress(a),
                permission(a, Direction::Egress, Ports::Range(0, 1024), egress),
            ];
            assert_eq!(ruled_out(permissions), [(from(a), false)]);
        }
        // Egress on other ports only.
        let permissions = vec![
            ingress(a),
            permission(a, Direction::Egress, Ports::Range(443, 443), group(b)),
        ];
        assert_eq!(ruled_out(permissions), [(from(a), true)]);
        // A sender of another stack: its egress is not in the input.
        assert_eq!(
            ruled_out(vec![ingress("sg-0123")]),
            [(from("sg-0123"), false)]
        );
    }

    #[test]
    fn a_second_hop_needs_the_receivers_ingress_and_the_senders_egress() {
        let (a, b) = ("sg.bastion", "sg.app");
        let ssh = Ports::Range(22, 22);
        let mut permissions = vec![
            permission(a, Direction::Ingress, ssh.clone(), cidr(WORLD)),
            permission(b, Direction::Ingress, Ports::Range(20, 30), group(a)),
        ];
        let workloads = || {
            vec![
                workload("bastion", &[a], Some(true)),
                workload("app", &[b], Some(false)),
            ]
        };
        // No egress on the bastion's group: the app is not reached through it.
        assert_eq!(
            labels(&input(permissions.clone(), workloads())),
            ["added internet -(tcp/22)-> bastion"]
        );
        // Egress to the app's group on 1-25: the hop allows what both allow.
        permissions.push(permission(
            a,
            Direction::Egress,
            Ports::Range(1, 25),
            group(b),
        ));
        assert_eq!(
            labels(&input(permissions.clone(), workloads())),
            [
                "added internet -(tcp/22)-> bastion",
                "added internet -(tcp/22)-> bastion -(tcp/20-25)-> app"
            ]
        );
        // Egress to the whole internet also reaches the app (its address is private).
        permissions.pop();
        permissions.push(permission(a, Direction::Egress, Ports::All, cidr(WORLD)));
        assert_eq!(
            labels(&input(permissions, workloads()))[1],
            "added internet -(tcp/22)-> bastion -(tcp/20-30)-> app"
        );
    }

    #[test]
    fn a_cycle_of_group_references_terminates_with_simple_paths() {
        let (a, b, c) = ("sg.a", "sg.b", "sg.c");
        let mut permissions = vec![permission(a, Direction::Ingress, Ports::All, cidr(WORLD))];
        // a → b → c → a, every group open to the others and with all egress.
        for (to, from) in [(b, a), (c, b), (a, c), (a, b), (b, c), (c, a)] {
            permissions.push(permission(to, Direction::Ingress, Ports::All, group(from)));
        }
        for g in [a, b, c] {
            permissions.push(permission(g, Direction::Egress, Ports::All, cidr(WORLD)));
        }
        let workloads = vec![
            workload("wa", &[a], Some(true)),
            workload("wb", &[b], None),
            workload("wc", &[c], None),
        ];
        let got = labels(&input(permissions, workloads));
        assert_eq!(
            got,
            [
                "added internet -(all)-> wa",
                "added internet -(all)-> wa -(all)-> wb",
                "added internet -(all)-> wa -(all)-> wb -(all)-> wc",
                "added internet -(all)-> wa -(all)-> wc",
                "added internet -(all)-> wa -(all)-> wc -(all)-> wb",
            ]
        );
    }

    #[test]
    fn a_workload_without_a_public_address_ends_its_path() {
        let (a, b) = ("sg.a", "sg.b");
        let permissions = vec![
            permission(a, Direction::Ingress, Ports::All, cidr(WORLD)),
            permission(a, Direction::Egress, Ports::All, cidr(WORLD)),
            permission(b, Direction::Ingress, Ports::All, group(a)),
        ];
        let workloads = vec![
            workload("private", &[a], Some(false)),
            workload("next", &[b], None),
        ];
        let input = input(permissions, workloads);
        let diff = crate::diff::diff(&input);
        let reach = analyse(&input, &diff, &BTreeMap::new());
        assert_eq!(reach.paths.len(), 1, "{:?}", reach.paths);
        assert_eq!(reach.paths[0].public.as_str(), "no");
    }

    #[test]
    fn several_groups_on_one_workload_merge_into_one_exposure() {
        let (a, b) = ("sg.a", "sg.b");
        let permissions = vec![
            permission(
                a,
                Direction::Ingress,
                Ports::Range(22, 22),
                cidr("0.0.0.0/1"),
            ),
            permission(
                b,
                Direction::Ingress,
                Ports::Range(22, 22),
                cidr("128.0.0.0/1"),
            ),
        ];
        let input = input(permissions, vec![workload("w", &[a, b], None)]);
        let diff = crate::diff::diff(&input);
        let reach = analyse(&input, &diff, &BTreeMap::new());
        let exposure = &reach.workloads["w"].exposure;
        assert_eq!(exposure.added.len(), 1, "{exposure:?}");
        assert_eq!(exposure.added[0].peer.label(), WORLD);
        assert_eq!(exposure.added[0].owner, Owner::Workload("w".into()));
    }
}
