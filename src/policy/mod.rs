//! Policy packs: declarative rules, written in HCL, over facts the engine computes from the
//! model and the exposure diff. Built-in packs are `.hcl` files embedded in the binary, in the
//! very language users write; a rule's documentation is the pack itself.

mod facts;
mod pack;

use std::fmt;

pub use facts::{Finding, FindingStatus, evaluate};
pub use pack::{Rule, load_pack};

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const NAMES: [&str; 5] = ["critical", "high", "medium", "low", "info"];

    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s {
            "critical" => Severity::Critical,
            "high" => Severity::High,
            "medium" => Severity::Medium,
            "low" => Severity::Low,
            "info" => Severity::Info,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The built-in packs, by file name.
pub const BUILT_IN: [(&str, &str); 1] = [(
    "aws-security-groups.hcl",
    include_str!("packs/aws-security-groups.hcl"),
)];

/// Every built-in rule. The packs are part of the binary and tested, so an error here is a bug.
pub fn built_in() -> Vec<Rule> {
    BUILT_IN
        .iter()
        .flat_map(|(name, text)| {
            load_pack(name, text).unwrap_or_else(|e| panic!("built-in pack {name}: {e}"))
        })
        .collect()
}

/// A rule's documentation, rendered from its pack.
pub fn explain(rule: &Rule) -> String {
    let mut out = format!("{} ({})\n{}\n\n", rule.id, rule.severity, rule.title);
    out.push_str(&format!(
        "Why it matters:\n  {}\n\nRemediation:\n  {}\n",
        rule.why, rule.remediation
    ));
    if !rule.references.is_empty() {
        out.push_str(&format!(
            "\nReferences:\n  {}\n",
            rule.references.join("\n  ")
        ));
    }
    out.push_str(&format!("\nDefined in {}\n", rule.origin));
    out
}
