//! What the pictures draw of a path from the internet (markdown's mermaid, dot): its edges
//! through the network — internet → internet gateway → subnet (with its network ACL) → group →
//! workload → group → workload — each edge marked blocked where the path's verdict names the
//! resource that blocks it there.

use crate::model::{Input, PortRange};
use crate::network::{Block, BlockKind, Placement, Reachable};
use crate::reach::{INTERNET, Path};

/// A node of a picture of paths.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Spot {
    Internet,
    /// An internet gateway a subnet's route sends the internet's addresses to.
    Gateway(String),
    /// A subnet, with the network ACL it uses when the input holds it.
    Subnet {
        subnet: String,
        nacl: Option<String>,
    },
    Group(String),
    Workload(String),
}

impl Spot {
    /// The node's text: a subnet with its network ACL.
    pub fn text(&self) -> String {
        match self {
            Spot::Internet => INTERNET.to_owned(),
            Spot::Gateway(g) => g.clone(),
            Spot::Subnet { subnet, nacl: None } => subnet.clone(),
            Spot::Subnet {
                subnet,
                nacl: Some(nacl),
            } => format!("{subnet} · {nacl}"),
            Spot::Group(g) => g.clone(),
            Spot::Workload(w) => w.clone(),
        }
    }
}

/// An edge of a path as drawn: its label (the ports on the edge a flow enters by, and what
/// blocks it), and whether the network blocks the path there (drawn dotted).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Link {
    pub from: Spot,
    pub to: Spot,
    pub label: String,
    pub blocked: bool,
}

impl Link {
    fn new(from: Spot, to: Spot, label: String, blocked: bool) -> Link {
        Link {
            from,
            to,
            label,
            blocked,
        }
    }
}

/// `ports`, and `blocked by` the resources that block the edge.
fn labelled(ports: &str, by: &[&Block]) -> String {
    let mut names: Vec<&str> = by.iter().map(|b| b.resource.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    match (ports.is_empty(), names.is_empty()) {
        (_, true) => ports.to_owned(),
        (true, false) => format!("blocked by {}", names.join(", ")),
        (false, false) => format!("{ports} blocked by {}", names.join(", ")),
    }
}

/// The edges of a path after the change. The hop from the internet goes through each subnet
/// the workload sits in that the input holds (through its internet gateway when its route
/// table has a route to one); the edge a blocker stands on is blocked: the route table before
/// the subnet, the network ACL into it, the missing public address into the workload. A workload whose subnets the input does not hold is entered straight from the
/// internet, blocked when the path's verdict names a blocker. Later hops are blocked where
/// the network ACLs between the two workloads' subnets block them.
pub fn links(input: &Input, placement: &Placement, path: &Path) -> Vec<Link> {
    let mut out = Vec::new();
    let Some((first, later)) = path.hops.split_first() else {
        return out;
    };
    let ports = PortRange::labels(&first.ports).join(", ");
    let workload = Spot::Workload(first.to.clone());
    // What blocks the hop from the internet (the path's verdict also names later hops').
    let blocks: Vec<&Block> = if path.network.reachable == Reachable::No {
        path.network
            .blocked_by
            .iter()
            .filter(|b| !later.iter().any(|h| h.blocked_by.contains(b)))
            .collect()
    } else {
        Vec::new()
    };
    let entries = input
        .workloads
        .get(&first.to)
        .and_then(|w| w.after.as_ref())
        .map(|a| crate::network::entries(placement, a))
        .unwrap_or_default();
    let groups = || first.via.iter().map(|g| Spot::Group(g.clone()));
    if entries.is_empty() {
        for g in groups() {
            out.push(Link::new(
                Spot::Internet,
                g.clone(),
                labelled(&ports, &blocks),
                !blocks.is_empty(),
            ));
            out.push(Link::new(g, workload.clone(), String::new(), false));
        }
    }
    for e in &entries {
        let on = |kinds: &[BlockKind], resource: Option<&str>| -> Vec<&Block> {
            blocks
                .iter()
                .copied()
                .filter(|b| kinds.contains(&b.kind) && Some(b.resource.as_str()) == resource)
                .collect()
        };
        let route = on(&[BlockKind::Route], e.route_table);
        let acl = on(&[BlockKind::NetworkAcl, BlockKind::ReturnTraffic], e.nacl);
        let mut public = on(&[BlockKind::PublicAddress], Some(first.to.as_str()));
        public.extend(on(&[BlockKind::PublicAddress], Some(e.subnet)));
        let subnet = Spot::Subnet {
            subnet: e.subnet.to_owned(),
            nacl: e.nacl.map(str::to_owned),
        };
        if e.gateways.is_empty() || !route.is_empty() {
            let mut by = route.clone();
            by.extend(&acl);
            out.push(Link::new(
                Spot::Internet,
                subnet.clone(),
                labelled(&ports, &by),
                !by.is_empty(),
            ));
        } else {
            for gateway in &e.gateways {
                let gateway = Spot::Gateway(gateway.clone());
                out.push(Link::new(
                    Spot::Internet,
                    gateway.clone(),
                    ports.clone(),
                    false,
                ));
                out.push(Link::new(
                    gateway,
                    subnet.clone(),
                    labelled("", &acl),
                    !acl.is_empty(),
                ));
            }
        }
        for g in groups() {
            out.push(Link::new(subnet.clone(), g.clone(), String::new(), false));
            let label = if public.is_empty() {
                String::new()
            } else {
                "blocked: no public address".to_owned()
            };
            out.push(Link::new(g, workload.clone(), label, !public.is_empty()));
        }
    }
    for hop in later {
        let ports = PortRange::labels(&hop.ports).join(", ");
        let blocks: Vec<&Block> = hop.blocked_by.iter().collect();
        for via in &hop.via {
            let group = Spot::Group(via.clone());
            out.push(Link::new(
                Spot::Workload(hop.from.clone()),
                group.clone(),
                labelled(&ports, &blocks),
                !blocks.is_empty(),
            ));
            out.push(Link::new(
                group,
                Spot::Workload(hop.to.clone()),
                String::new(),
                false,
            ));
        }
    }
    out
}

/// A path's edges collapsed: each workload as its kind (`database workloads`), each group as
/// the kind of the workloads it lets in on the path (`groups of database workloads`); what a
/// node stands for comes with them.
pub fn collapsed(
    input: &crate::model::Input,
    links: Vec<Link>,
) -> (Vec<Link>, Vec<(Spot, String)>) {
    let kind = |w: &str| {
        input
            .workloads
            .get(w)
            .map_or("other", |w| w.kind.as_str())
            .to_owned()
    };
    // The workload each group leads to on this path.
    let into: std::collections::BTreeMap<String, String> = links
        .iter()
        .filter_map(|k| match (&k.from, &k.to) {
            (Spot::Group(g), Spot::Workload(w)) => Some((g.clone(), kind(w))),
            _ => None,
        })
        .collect();
    let mut members = Vec::new();
    let mut map = |spot: Spot| -> Spot {
        let (node, member) = match &spot {
            Spot::Workload(w) => (Spot::Workload(format!("{} workloads", kind(w))), w.clone()),
            Spot::Group(g) => (
                Spot::Group(format!(
                    "groups of {} workloads",
                    into.get(g).map_or("other", String::as_str)
                )),
                g.clone(),
            ),
            _ => return spot,
        };
        members.push((node.clone(), member));
        node
    };
    let mut links: Vec<Link> = links
        .into_iter()
        .map(|k| Link {
            from: map(k.from),
            to: map(k.to),
            ..k
        })
        .collect();
    links.dedup();
    (links, members)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Network};
    use crate::network::Verdict;
    use crate::reach::Hop;

    fn hop(from: &str, to: &str, via: &str, blocked_by: Vec<Block>) -> Hop {
        Hop {
            from: from.to_owned(),
            to: to.to_owned(),
            via: vec![via.to_owned()],
            egress: Vec::new(),
            ports: vec![PortRange::new(
                crate::model::Protocol::Tcp,
                crate::model::Ports::Range(443, 443),
            )],
            blocked_by,
        }
    }

    #[test]
    fn a_blocked_later_hop_is_drawn_blocked_and_the_first_is_not() {
        let acl = Block::new(
            BlockKind::NetworkAcl,
            "acl.private",
            "rule 90 denies tcp/443".to_owned(),
        );
        let path = Path {
            status: Change::Added,
            hops: vec![
                hop(INTERNET, "lb", "sg.lb", Vec::new()),
                hop("lb", "app", "sg.app", vec![acl.clone()]),
            ],
            public: crate::model::PublicAddress::default(),
            network: Verdict {
                reachable: Reachable::No,
                blocked_by: vec![acl],
            },
            before: None,
        };
        let network = Network::default();
        let links = links(&Input::default(), &Placement::new(&network), &path);
        let drawn: Vec<(String, String, &str, bool)> = links
            .iter()
            .map(|l| (l.from.text(), l.to.text(), l.label.as_str(), l.blocked))
            .collect();
        assert_eq!(
            drawn,
            [
                ("internet".into(), "sg.lb".into(), "tcp/443", false),
                ("sg.lb".into(), "lb".into(), "", false),
                (
                    "lb".into(),
                    "sg.app".into(),
                    "tcp/443 blocked by acl.private",
                    true
                ),
                ("sg.app".into(), "app".into(), "", false),
            ]
        );
    }
}
