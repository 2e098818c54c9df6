//! `--format dot`: the reachability graph for Graphviz — the internet and named networks,
//! groups and workloads, with what the change adds drawn red and bold and what it removes
//! dashed.

use std::collections::BTreeSet;
use std::fmt::Write as _;

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
            let detail = input.workloads.get(w).map_or_else(String::new, |w| {
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

/// The graph of an input: every edge of the reachability analysis, in a stable order.
pub fn dot(input: &Input, reach: &Reach) -> String {
    let mut nodes: BTreeSet<&Node> = BTreeSet::new();
    for Edge { from, to, .. } in &reach.edges {
        nodes.insert(from);
        nodes.insert(to);
    }
    let mut out = match super::incomplete_line(&input.errors, "graph") {
        Some(line) => format!("// {line}\n"),
        None => String::new(),
    };
    out.push_str("// sgaudit reachability graph: red = added by the change, dashed = removed.\n");
    let _ = writeln!(out, "// {}", crate::reach::SCOPE);
    out.push_str("digraph sgaudit {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\"];\n");
    for node in &nodes {
        let _ = writeln!(out, "  {} [{}];", id(node), attributes(node, input));
    }
    for e in &reach.edges {
        let ports = crate::model::PortRange::labels(&e.ports);
        let label = if ports.is_empty() {
            "attached".to_owned()
        } else {
            ports.join(", ")
        };
        let _ = writeln!(
            out,
            "  {} -> {} [label={}{}];",
            id(&e.from),
            id(&e.to),
            quoted(&label),
            style(e.status)
        );
    }
    out.push_str("}\n");
    out
}
