//! Findings: what a rule says of an exposure, a group or a path, its status in the change,
//! and its acceptance by a waiver or an inline ignore.

use std::sync::Arc;

use super::pack::Rule;
use super::severity::Severity;
use crate::diff::Exposure;
use crate::model::{FindingStatus, Growth, Origin};

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
    pub security_group: String,
    /// The workload a path rule is about (the group is then the one admitting the last hop).
    pub workload: Option<String>,
    /// What within its group or network ACL the finding is about, when a rule makes several
    /// findings on one (a network_acl rule: one per rule of the ACL it singles out); part of
    /// its fingerprint.
    pub subject: Option<String>,
    pub resources: Vec<String>,
    pub origins: Vec<Origin>,
    /// The exposures involved (one protocol and port range; one or more peers), for exposure
    /// rules.
    pub exposures: Vec<Arc<Exposure>>,
    pub message: String,
    /// The AWS error the finding predicts at apply (its rule's `apply_error`, or, when it has
    /// none, that of a finding merged into it: `families`), shared with every finding of the
    /// rule.
    pub apply_error: Option<Arc<str>>,
    /// Accepted by a waiver (it still shows, and no longer fails the run). Boxed: few findings
    /// are waived, and a report can hold hundreds of thousands of them.
    pub waived: Option<Box<Waived>>,
    /// Turned from new into existing by a baseline.
    pub baselined: bool,
    /// The findings of other rules of its rule's family about the same concern, merged into
    /// this one, the most severe (`families::merge`): empty for most findings.
    pub also: Vec<Also>,
    /// The findings of its rule about other ports of the same permissions and peers joined
    /// into it (`joined`), and the findings merged into them: what a baseline records with it.
    /// Empty for most findings.
    pub joined: Vec<Also>,
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
    pub security_group: String,
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
    pub(super) fn of(rule: &Rule, status: FindingStatus, group: String) -> Finding {
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
            message: String::new(),
            apply_error: rule.shared.apply_error.clone(),
            waived: None,
            baselined: false,
            also: Vec::new(),
            joined: Vec::new(),
        }
    }
}
