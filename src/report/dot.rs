//! `--format dot`: the reachability graph for Graphviz — the internet and named networks,
//! internet gateways, subnets with their network ACLs, groups and workloads, with what the
//! change adds drawn red and bold, what it removes dashed, and where the network blocks a path
//! dotted.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::picture::{Link, Spot};
use crate::diff::Diff;
use crate::model::Change;
use crate::model::Input;
use crate::reach::{Edge, Node, Reach};

/// A DOT string literal: quotes and backslashes escaped, line breaks as `\n`.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn id(node: &Node) -> String {
    quoted(&match node {
        Node::Internet => "internet".to_owned(),
        Node::Network(n) => format!("network:{n}"),
        Node::Group(g) => format!("group:{g}"),
        Node::Workload(w) => format!("workload:{w}"),
    })
}

fn attributes(node: &Node, input: &Input) -> String {
    match node {
        Node::Internet => "shape=doublecircle, label=\"internet\"".to_owned(),
        Node::Network(n) => format!("shape=octagon, label={}", quoted(&format!("network {n}"))),
        Node::Group(g) => format!("shape=box, label={}", quoted(g)),
        Node::Workload(w) => {
            let detail = input.workloads.get(&**w).map_or_else(String::new, |w| {
                let public = w
                    .after
                    .as_ref()
                    .or(w.before.as_ref())
                    .map_or("unknown", |a| a.public.as_str());
                format!("\n{} · public address: {public}", w.kind.as_str())
            });
            format!("shape=component, label={}", quoted(&format!("{w}{detail}")))
        }
    }
}

fn style(status: Change) -> &'static str {
    match status {
        Change::Added | Change::Changed => ", color=red, fontcolor=red, penwidth=2",
        Change::Unchanged => "",
        Change::Removed => ", style=dashed, color=gray50, fontcolor=gray50",
    }
}

/// A node of the graph: the group graph's nodes and the network's.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Vertex<'a> {
    Node(&'a Node),
    Spot(Spot),
}

impl Vertex<'_> {
    fn id(&self) -> String {
        match self {
            Vertex::Node(n) => id(n),
            Vertex::Spot(Spot::Internet) => id(&Node::Internet),
            Vertex::Spot(Spot::Group(g)) => id(&Node::Group(g.as_str().into())),
            Vertex::Spot(Spot::Workload(w)) => id(&Node::Workload(w.as_str().into())),
            Vertex::Spot(Spot::Gateway(g)) => quoted(&format!("gateway:{g}")),
            Vertex::Spot(Spot::Subnet { subnet, .. }) => quoted(&format!("subnet:{subnet}")),
        }
    }

    fn attributes(&self, input: &Input) -> String {
        match self {
            Vertex::Node(n) => attributes(n, input),
            Vertex::Spot(Spot::Internet) => attributes(&Node::Internet, input),
            Vertex::Spot(Spot::Group(g)) => attributes(&Node::Group(g.as_str().into()), input),
            Vertex::Spot(Spot::Workload(w)) => {
                attributes(&Node::Workload(w.as_str().into()), input)
            }
            Vertex::Spot(s @ Spot::Gateway(_)) => {
                format!("shape=hexagon, label={}", quoted(&s.text()))
            }
            Vertex::Spot(Spot::Subnet { subnet, nacl }) => {
                let acl = nacl
                    .as_deref()
                    .map_or_else(String::new, |n| format!("\nnetwork ACL {n}"));
                format!(
                    "shape=tab, label={}",
                    quoted(&format!("subnet {subnet}{acl}"))
                )
            }
        }
    }
}

/// The most nodes a graph is drawn with whole: a larger one (a 1,000-group plan's had 3,500
/// lines and rendered as a 447×32,767 px image in nearly two minutes) is drawn collapsed.
const MAX_NODES: usize = 150;

/// What every graph starts with: that the input is incomplete (when it is), the legend, the
/// scope of the analysis and the notes, as comments.
fn head(input: &Input) -> String {
    let mut out = match super::incomplete_line(&input.errors, "graph") {
        Some(line) => format!("// {line}\n"),
        None => String::new(),
    };
    out.push_str("// sgaudit reachability graph: red = added by the change, dashed = removed, dotted = blocked by the network, grey = a reference the sender's egress rules out.\n");
    out
}

/// A graph too large to draw whole: only the paths from the internet (not removed ones), each
/// workload as its kind and each group as the kind of workload it lets in, every node with
/// how many it stands for, and the ports of an edge joined (`picture::collapsed`, as the PR
/// comment's diagram); what is left out is said in a comment.
fn collapsed(input: &Input, reach: &Reach, whole: usize) -> String {
    use std::collections::BTreeMap;
    let placement = crate::network::Placement::new(&input.network_after);
    let mut members: BTreeMap<Spot, BTreeSet<String>> = BTreeMap::new();
    // Each edge: its ports, whether a path the change keeps uses it, whether it is blocked.
    let mut edges: BTreeMap<(Spot, Spot, bool), (BTreeSet<String>, bool)> = BTreeMap::new();
    for p in reach.paths.iter().filter(|p| p.status != Change::Removed) {
        let kept = p.status == Change::Unchanged;
        let (links, stands_for) =
            super::picture::collapsed(input, super::picture::links(input, &placement, p));
        for (node, member) in stands_for {
            members.entry(node).or_default().insert(member);
        }
        for link in links {
            let (ports, old) = edges.entry((link.from, link.to, link.blocked)).or_default();
            if !link.label.is_empty() {
                ports.insert(link.label);
            }
            *old |= kept;
        }
    }
    let mut out = head(input);
    let _ = writeln!(
        out,
        "// collapsed: the whole graph has {whole} nodes; drawn are the paths from the internet ({} of them), workloads grouped by kind and security groups by the kind of workload they let in (how many each node stands for in brackets); the JSON report and `show --by workload` list them all",
        reach
            .paths
            .iter()
            .filter(|p| p.status != Change::Removed)
            .count()
    );
    let _ = writeln!(out, "// {}", crate::reach::SCOPE);
    out.push_str("digraph sgaudit {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\"];\n");
    let mut nodes: BTreeSet<&Spot> = BTreeSet::new();
    for (from, to, _) in edges.keys() {
        nodes.insert(from);
        nodes.insert(to);
    }
    for spot in nodes {
        let v = Vertex::Spot(spot.clone());
        let mut attributes = v.attributes(input);
        if let Some(all) = members.get(spot) {
            attributes = format!(
                "{}, label={}",
                attributes.split(", label=").next().unwrap_or_default(),
                quoted(&format!("{} ({})", spot.text(), all.len()))
            );
        }
        let _ = writeln!(out, "  {} [{attributes}];", v.id());
    }
    for ((from, to, blocked), (ports, kept)) in &edges {
        let status = if *kept {
            Change::Unchanged
        } else {
            Change::Added
        };
        let label = ports.iter().cloned().collect::<Vec<_>>().join(", ");
        let _ = writeln!(
            out,
            "  {} -> {} [label={}{}{}];",
            Vertex::Spot(from.clone()).id(),
            Vertex::Spot(to.clone()).id(),
            quoted(&label),
            style(status),
            if *blocked { ", style=dotted" } else { "" }
        );
    }
    out.push_str("}\n");
    out
}

/// The graph of an input: every edge of the reachability analysis, in a stable order; a
/// path from the internet to a workload in a subnet the input holds is drawn through the
/// network (`picture::links`) instead of straight from the internet to its groups.
pub fn dot(input: &Input, diff: &Diff, reach: &Reach) -> String {
    // The hops from the internet after the change, through the network: each edge with
    // whether only new paths use it (red) and whether the network blocks it there (dotted).
    let placement = crate::network::Placement::new(&input.network_after);
    let mut links: std::collections::BTreeMap<Link, bool> = std::collections::BTreeMap::new();
    let mut entered: BTreeSet<&str> = BTreeSet::new();
    for p in reach.paths.iter().filter(|p| p.status != Change::Removed) {
        // Red as the group graph: what the change adds (even where the network blocks it) and
        // no path the change keeps uses.
        let kept = p.status == Change::Unchanged;
        // The group graph draws the rest (groups, their workloads, and the hops between), but
        // not where the network blocks them.
        for link in super::picture::links(input, &placement, p) {
            let drawn =
                matches!(link.from, Spot::Workload(_)) || matches!(link.to, Spot::Workload(_));
            if link.blocked || !drawn {
                *links.entry(link).or_default() |= kept;
            }
        }
        if let Some(first) = p.hops.first() {
            entered.extend(first.via.iter().map(String::as_str));
        }
    }
    // The group graph, without the edges from the internet that the paths draw.
    let graph = reach.edges(input, diff);
    let edges: Vec<&Edge> = graph
        .iter()
        .filter(|e| {
            !(e.from == Node::Internet
                && e.status != Change::Removed
                && matches!(&e.to, Node::Group(g) if entered.contains(&**g)))
        })
        .collect();
    let mut nodes: BTreeSet<Vertex> = BTreeSet::new();
    for Edge { from, to, .. } in &edges {
        nodes.insert(Vertex::Node(from));
        nodes.insert(Vertex::Node(to));
    }
    let mut ids: BTreeSet<String> = nodes.iter().map(Vertex::id).collect();
    for link in links.keys() {
        for spot in [&link.from, &link.to] {
            let v = Vertex::Spot(spot.clone());
            if ids.insert(v.id()) {
                nodes.insert(v);
            }
        }
    }
    if nodes.len() > MAX_NODES {
        return collapsed(input, reach, nodes.len());
    }
    let mut out = head(input);
    let _ = writeln!(out, "// {}", crate::reach::SCOPE);
    for note in &input.notes {
        let _ = writeln!(out, "// note: {}", note.to_string().replace('\n', " "));
    }
    out.push_str("digraph sgaudit {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\"];\n");
    for node in &nodes {
        let _ = writeln!(out, "  {} [{}];", node.id(), node.attributes(input));
    }
    for e in &edges {
        let ports = crate::model::PortRange::labels(&e.ports);
        let label = if ports.is_empty() {
            "attached".to_owned()
        } else {
            ports.join(", ")
        };
        // A reference no path can take (the sender's egress allows none of it) is drawn
        // grey and dashed, and says why.
        let (label, style) = if e.ruled_out {
            let Node::Group(from) = &e.from else {
                continue;
            };
            (
                format!("{label} (egress of {from} does not allow it)"),
                ", color=gray, fontcolor=gray, style=dashed",
            )
        } else {
            (label, style(e.status))
        };
        let _ = writeln!(
            out,
            "  {} -> {} [label={}{style}];",
            id(&e.from),
            id(&e.to),
            quoted(&label)
        );
    }
    for (link, kept) in &links {
        let status = if *kept {
            Change::Unchanged
        } else {
            Change::Added
        };
        let blocked = if link.blocked { ", style=dotted" } else { "" };
        let _ = writeln!(
            out,
            "  {} -> {} [label={}{}{}];",
            Vertex::Spot(link.from.clone()).id(),
            Vertex::Spot(link.to.clone()).id(),
            quoted(&link.label),
            style(status),
            blocked
        );
    }
    out.push_str("}\n");
    out
}
