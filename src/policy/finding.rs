//! Findings: what a rule says of an exposure, a group or a path, its status in the change,
//! and its acceptance by a waiver or an inline ignore; and their messages, rendered from what
//! each finding holds when a report prints it.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::pack::Rule;
use super::severity::Severity;
use crate::diff::{ExposedPeer, Exposure};
use crate::model::{Direction, FindingStatus, Growth, Origin, Protocol, SENSITIVE};
use crate::netset::IntervalSet;

/// A rule that holds for an exposure or a group.
#[derive(Clone, Debug)]
pub struct Finding {
    /// Its rule's id and title, shared with every finding of the rule (`Rule::shared`).
    pub rule: Arc<str>,
    pub title: Arc<str>,
    pub severity: Severity,
    pub status: FindingStatus,
    /// For a new exposure: `added`, or `widened` when the group already allowed part of it.
    pub change: Option<Growth>,
    /// Shared: with its exposures' owner (exposure rules), or with the group's other findings.
    pub security_group: Arc<str>,
    /// The workload a path rule is about (the group is then the one admitting the last hop).
    pub workload: Option<Box<str>>,
    /// What within its group or network ACL the finding is about, when a rule makes several
    /// findings on one (a network_acl rule: one per rule of the ACL it singles out); part of
    /// its fingerprint.
    pub subject: Option<Box<str>>,
    /// Shared with the exposures that name them, where they do.
    pub resources: Vec<Arc<str>>,
    pub origins: Vec<Origin>,
    /// The exposures involved (one protocol and port range; one or more peers), for exposure
    /// rules.
    pub exposures: Vec<Arc<Exposure>>,
    /// What it says, as the parts that are its own: the message is rendered from them and the
    /// finding when a report prints it ([`Finding::message`]).
    pub said: Message,
    /// The AWS error the finding predicts at apply (its rule's `apply_error`, or, when it has
    /// none, that of a finding merged into it: `families`), shared with every finding of the
    /// rule.
    pub apply_error: Option<Arc<str>>,
    /// Accepted by a waiver (it still shows, and no longer fails the run). Boxed: few findings
    /// are waived, and a report can hold hundreds of thousands of them.
    pub waived: Option<Box<Waived>>,
    /// Turned from new into existing by a baseline.
    pub baselined: bool,
    /// The findings merged or joined into this one ([`Merged`]): `None` for most findings,
    /// boxed so that the others hold one pointer for both lists (a report can hold hundreds of
    /// thousands of findings). Read with [`Finding::also`] and [`Finding::joined`].
    pub merged: Option<Box<Merged>>,
}

/// The findings merged or joined into one.
#[derive(Clone, Debug, Default)]
pub struct Merged {
    /// The findings of other rules of its rule's family about the same concern, merged into
    /// this one, the most severe (`families::merge`).
    pub also: Vec<Also>,
    /// The findings of its rule about other ports of the same permissions and peers joined
    /// into it (`joined`), and the findings merged into them: what a baseline records with it.
    pub joined: Vec<Also>,
}

/// A finding's message as it is kept: what is its own, the rest (its group, rule, exposures,
/// the rules merged into it) rendered from the finding when a report prints it
/// ([`Finding::message`]). A report can hold hundreds of thousands of findings: their messages,
/// written out, were the largest strings they held, and the part that names a group's
/// workloads is the same for every finding of the group (shared, `Arc`).
#[derive(Clone, Debug)]
pub enum Message {
    /// Written out when the finding was made.
    Text(Box<str>),
    /// An exposure rule's: "tcp 22 reachable from 0.0.0.0/0 (…) on <group><attached><more>
    /// (<when>)", said of its first `own` exposures (those it was made of: a finding joined over
    /// ports holds its parts' too, and says their ports together), `when` from the status it
    /// was made with (a baseline turns a new finding into an existing one, not its message).
    Exposure {
        own: u32,
        status: FindingStatus,
        /// Of an exposure the change keeps.
        kept: bool,
        /// What holds its group (shared by the group's findings on one side of the change).
        attached: Arc<str>,
        /// How the internet reaches it, or what blocks it: its own.
        more: Box<str>,
    },
    /// A group rule's: "<group>: <its rule's title, lowercased><detail><attached>".
    Group {
        detail: Box<str>,
        /// What holds the group (shared by the group's findings on one side of the change).
        attached: Arc<str>,
    },
}

impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::Text(text.into_boxed_str())
    }
}

/// A finding merged into a more severe one of its family about the same concern: its rule,
/// what the gate and a baseline need of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Also {
    pub rule: Arc<str>,
    pub severity: Severity,
    /// The AWS error it predicts at apply (its rule's `apply_error`).
    pub apply_error: Option<Arc<str>>,
    /// Its own group (for a workload's finding, that of another rule may differ) and
    /// fingerprint (`waivers::fingerprint`), which a baseline records with the kept finding's.
    pub security_group: Arc<str>,
    pub fingerprint: String,
}

/// Why a finding is accepted (by a waiver of the configuration, or an inline ignore), and
/// where that is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waived {
    pub reason: String,
    pub origin: Origin,
    pub expires: Option<String>,
    /// Where the acceptance is written.
    pub source: WaiverSource,
}

/// Where a waiver is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaiverSource {
    /// A `waiver` block of the configuration (`.sgaudit.hcl`).
    Configuration,
    /// A `# sgaudit:ignore` comment in the Terraform configuration, by the block it accepts.
    Inline,
}

impl Finding {
    /// A finding of `rule` about `group`, with nothing else said yet.
    pub(super) fn of(rule: &Rule, status: FindingStatus, group: Arc<str>) -> Finding {
        Finding {
            rule: Arc::clone(&rule.shared.id),
            title: Arc::clone(&rule.shared.title),
            severity: rule.severity,
            status,
            change: None,
            security_group: group,
            workload: None,
            subject: None,
            resources: Vec::new(),
            origins: Vec::new(),
            exposures: Vec::new(),
            said: Message::Text(Box::default()),
            apply_error: rule.shared.apply_error.clone(),
            waived: None,
            baselined: false,
            merged: None,
        }
    }

    /// The findings of other rules of its rule's family merged into this one ([`Merged::also`]).
    pub fn also(&self) -> &[Also] {
        self.merged.as_ref().map_or(&[], |m| &m.also)
    }

    /// The findings of its rule about other ports joined into it ([`Merged::joined`]).
    pub fn joined(&self) -> &[Also] {
        self.merged.as_ref().map_or(&[], |m| &m.joined)
    }

    /// What was merged or joined into it, to change (made empty when there is none).
    pub fn merged_mut(&mut self) -> &mut Merged {
        self.merged.get_or_insert_with(Box::default)
    }

    /// Its message, as reports print it: rendered from what it says (`said`) and the finding,
    /// ending with the rules of its family merged into it ("; also: …").
    pub fn message(&self) -> String {
        let mut out = match &self.said {
            Message::Text(text) => text.to_string(),
            Message::Exposure {
                own,
                status,
                kept,
                attached,
                more,
            } => {
                let own = usize::try_from(*own).unwrap_or(usize::MAX);
                let list = self.exposures.get(..own).unwrap_or(&self.exposures);
                let ports = ports_of(self);
                exposure_message(
                    list,
                    ports.as_ref(),
                    (*status, self.change, *kept),
                    (attached, more),
                )
            }
            Message::Group { detail, attached } => format!(
                "{}: {}{detail}{attached}",
                self.security_group,
                lowercase_first(&self.title)
            ),
        };
        if !self.also().is_empty() {
            say_also(&mut out, self.also().iter());
        }
        out
    }
}

/// The ports of a finding joined over ports (its parts' ranges, as one set); `None` for any
/// other finding.
pub fn ports_of(f: &Finding) -> Option<IntervalSet> {
    if f.joined().is_empty() {
        return None;
    }
    Some(IntervalSet::from_intervals(
        f.exposures
            .iter()
            .map(|e| {
                let (from, to) = e.range.ports.interval();
                (u128::from(from), u128::from(to))
            })
            .collect(),
    ))
}

/// "tcp 22 reachable from 0.0.0.0/0 (the whole IPv4 internet) on aws_security_group.bastion
/// (attached to aws_instance.bastion) (new in this change)", naming every peer of the finding
/// and, when the input tells, what the group is attached to (`attached`, then `more`); a
/// finding joined over ports (`ports`) says their ports together ("tcp all but 443").
/// Rendered when a report prints the finding (`Finding::message`).
fn exposure_message(
    list: &[Arc<Exposure>],
    ports: Option<&IntervalSet>,
    (status, change, kept): (FindingStatus, Option<Growth>, bool),
    (attached, more): (&str, &str),
) -> String {
    // A finding's exposures are never empty: each list is made by pushing one.
    let Some(e) = list.first() else {
        return String::new();
    };
    let what = match e.range.protocol {
        _ if e.range.sensitive => format!("{SENSITIVE} protocol and ports"),
        Protocol::All => match crate::diff::except_label(list.iter().map(|e| &**e)) {
            Some(except) => format!("all traffic {except}"),
            None => "all traffic".to_owned(),
        },
        _ => match ports {
            Some(set) => format!("{} {}", e.range.protocol, crate::phrase::ports(set)),
            None => format!("{} {}", e.range.protocol, e.range.ports_label()),
        },
    };
    let peer = peers_said(list.iter().map(|e| &e.peer));
    let (verb, link) = match e.direction {
        Direction::Ingress => ("reachable from", "on"),
        Direction::Egress => ("allowed to", "from"),
    };
    // An exposure the change keeps can start or stop matching through what is around it (the
    // block it is part of, the workloads holding its group).
    let when = match (status, change) {
        (FindingStatus::New, _) if kept => "matches since this change",
        (FindingStatus::Resolved, _) if kept => "no longer matches after this change",
        (FindingStatus::New, Some(Growth::Widened)) => "widened by this change",
        (FindingStatus::New, _) => "new in this change",
        (FindingStatus::Existing, _) => "already there",
        (FindingStatus::Resolved, _) => "removed by this change",
    };
    format!(
        "{what} {verb} {peer} {link} {}{attached}{more} ({when})",
        e.owner.name()
    )
}

/// The peers of a finding as people say them: the CIDR blocks of each address family as one
/// exact phrase, where the first of them stood (`0.0.0.0/0 except 10.0.0.0/8`, not the eight
/// blocks that make it; `crate::phrase`), the whole family named as such; every other peer by
/// its label.
fn peers_said<'a>(peers: impl Iterator<Item = &'a ExposedPeer>) -> String {
    use crate::netset::{Family, IntervalSet, is_world, net_interval};
    enum Said {
        Blocks(Family),
        Other(String),
    }
    let mut order: Vec<Said> = Vec::new();
    let mut blocks: BTreeMap<Family, Vec<(u128, u128)>> = BTreeMap::new();
    for peer in peers {
        match peer {
            ExposedPeer::Cidr(net) => {
                let family = Family::of(net);
                let list = blocks.entry(family).or_default();
                if list.is_empty() {
                    order.push(Said::Blocks(family));
                }
                list.push(net_interval(net));
            }
            other => order.push(Said::Other(other.label())),
        }
    }
    order
        .into_iter()
        .map(|said| match said {
            Said::Other(label) => label,
            Said::Blocks(family) => {
                let set = IntervalSet::from_intervals(blocks.remove(&family).unwrap_or_default());
                let text = crate::phrase::addresses(family, &set);
                if is_world(family, &set) {
                    let name = match family {
                        Family::V4 => "IPv4",
                        Family::V6 => "IPv6",
                    };
                    format!("{text} (the whole {name} internet)")
                } else {
                    text
                }
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `s` with its first character in lower case (a rule's title inside a message).
pub(super) fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What ends the message of a finding others were merged into, before their rules.
const ALSO: &str = "; also: ";

/// Ends `message` with the rules merged into its finding, most severe first as given:
/// "; also: rule (severity), ...".
pub(super) fn say_also<'a>(message: &mut String, also: impl Iterator<Item = &'a Also>) {
    let said: Vec<String> = also
        .map(|a| format!("{} ({})", a.rule, a.severity))
        .collect();
    let said = said.join(", ");
    // Grown to its length only (see `facts::evaluate`).
    message.reserve_exact(ALSO.len() + said.len());
    message.push_str(ALSO);
    message.push_str(&said);
}
