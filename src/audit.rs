//! The audit pipeline: the one place a run is put together. From an input and a policy: the
//! exposure diff, the reachability and the rules' findings (`Policy::evaluate`), then the
//! inline ignores and waivers, the baseline, the merging of the findings of a rule family
//! about one concern (`policy::merge_families`), the joining of the parts of one permission's
//! change that the diff cut apart by port (`policy::join_ports`), and the gate's verdict. The
//! command line, the benchmarks and the fuzz targets call [`run`]; nothing here reads a file.

use std::collections::BTreeSet;

use crate::model::{Diagnostic, InlineIgnore, Input};
use crate::policy::{self, Finding, FindingStatus, Policy, Severity};

/// Which findings fail the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gate {
    /// The least severity that fails.
    pub fail_on: Severity,
    /// Findings already there before the change fail too (`--fail-scope all`), not only new
    /// ones.
    pub all: bool,
    /// A finding that predicts an apply error (its rule's `apply_error`) fails whatever its
    /// severity: an apply that fails halfway leaves the groups half-changed. True unless the
    /// configuration says `fail_on_apply_errors = false`.
    pub apply_errors: bool,
}

impl Default for Gate {
    fn default() -> Self {
        Gate {
            fail_on: Severity::High,
            all: false,
            apply_errors: true,
        }
    }
}

impl Gate {
    /// The gate a configuration (`.sgaudit.hcl`) sets: its `fail_on` (else high), its
    /// `fail_scope` and its `fail_on_apply_errors` (else true); the command line's flags
    /// override it, `sgaudit serve` uses it as it is.
    pub fn configured(settings: &policy::Settings) -> Gate {
        Gate {
            fail_on: settings.fail_on.unwrap_or(Severity::High),
            all: settings.fail_scope == Some(policy::Scope::All),
            apply_errors: settings.fail_on_apply_errors.unwrap_or(true),
        }
    }

    /// Whether a finding fails the gate: not waived, not in the baseline, at or above
    /// `fail_on` (or predicting an apply error, with `apply_errors`), and new (or existing,
    /// with `all`).
    pub fn fails(&self, f: &Finding) -> bool {
        f.waived.is_none()
            && !f.baselined
            && (f.severity >= self.fail_on || (self.apply_errors && f.apply_error.is_some()))
            && (f.status == FindingStatus::New || (self.all && f.status == FindingStatus::Existing))
    }
}

/// What a run comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing fails the gate.
    Clean,
    /// A finding fails the gate: not waived, not in the baseline, at or above `fail_on` (or
    /// predicting an apply error, with `apply_errors`), and new (or existing, with `all`).
    Fails,
    /// Parts of the input could not be read (its `errors`): the report covers the rest, and
    /// the run fails whatever its findings.
    Incomplete,
}

/// One input audited under one policy.
pub struct Audit {
    pub diff: crate::diff::Diff,
    pub reach: crate::reach::Reach,
    /// The rules' findings, waived and baselined as the run says.
    pub findings: Vec<Finding>,
    /// What the user should know about the waivers and ignores: expired, unused, without a
    /// reason; notes at the waiver's or the ignore's line.
    pub notes: Vec<Diagnostic>,
    pub verdict: Verdict,
    /// The gate the verdict is of (the reports explain it).
    pub gate: Gate,
}

/// Audits `input` under `policy`: the findings, with the policy's waivers and the input's
/// inline ignores applied, and those `baseline` recorded (fingerprints) turned into existing
/// ones; and the verdict of `gate`.
pub fn run(
    input: &Input,
    policy: &Policy,
    baseline: Option<&BTreeSet<String>>,
    gate: Gate,
) -> Audit {
    let policy::Evaluation {
        diff,
        reach,
        mut findings,
    } = policy.evaluate(input);
    let notes = policy::apply_waivers(&mut findings, &policy.settings, &ignores_of(input));
    if let Some(known) = baseline {
        policy::apply_baseline(&mut findings, known);
    }
    // After the waivers and the baseline: what they accept decides which finding of a concern
    // is kept (`policy::families`).
    let findings = policy::merge_families(findings, &policy.rules);
    // Then the parts of one permission's change that the diff cut apart by port are one
    // finding (`policy::joined`).
    let findings = policy::join_ports(findings, &policy.rules);
    let fails = findings.iter().any(|f| gate.fails(f));
    let verdict = if !input.errors.is_empty() {
        Verdict::Incomplete
    } else if fails {
        Verdict::Fails
    } else {
        Verdict::Clean
    };
    Audit {
        diff,
        reach,
        findings,
        notes,
        verdict,
        gate,
    }
}

/// The inline ignores that can accept the input's findings: those of the configuration files
/// that declare its groups, permissions, workloads or network ACLs, what findings are placed
/// at (an ignore in a file that declares none of them is not about them).
fn ignores_of(input: &Input) -> Vec<&InlineIgnore> {
    let nacls = input.network_after.nacls.values();
    let files: BTreeSet<&str> = input
        .groups
        .values()
        .filter_map(|g| g.origin.as_ref())
        .chain(input.after.iter().filter_map(|p| p.origin.as_ref()))
        .chain(input.workloads.values().filter_map(|w| w.origin.as_ref()))
        .chain(nacls.clone().filter_map(|n| n.origin.as_ref()))
        .chain(nacls.flat_map(|n| n.rules.iter().filter_map(|r| r.origin.as_ref())))
        .map(|o| &*o.file)
        .collect();
    input
        .ignores
        .iter()
        .filter(|i| files.contains(&*i.origin.file))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Group, Level, Origin};

    /// The policy's notes are notes at the line of the ignore they are about (what a report
    /// could point at), printed as they always were.
    #[test]
    fn an_ignore_without_reason_is_a_note_at_its_line() {
        let origin = Origin::at("main.tf", 3);
        let group = Group {
            address: "aws_security_group.web".to_owned(),
            origin: Some(origin.clone()),
            ..Group::default()
        };
        let input = Input {
            groups: [(group.address.clone(), group)].into(),
            ignores: vec![InlineIgnore {
                origin: Origin::at("main.tf", 2),
                rules: vec!["ssh-public".to_owned()],
                reason: String::new(),
                covers: vec![2..=3],
            }],
            ..Input::default()
        };
        let access =
            crate::access::Access::for_input(std::path::Path::new("."), Default::default());
        let policy = Policy::load(policy::Settings::default(), &[], &access).unwrap();
        let audit = run(&input, &policy, None, Gate::default());
        assert_eq!(
            audit.notes,
            [Diagnostic::note(
                Origin::at("main.tf", 2),
                "`sgaudit:ignore ssh-public` has no reason (`-- why`): it does not apply"
            )]
        );
        assert_eq!(audit.notes[0].level, Level::Note);
        assert_eq!(
            audit.notes[0].to_string(),
            "main.tf:2: `sgaudit:ignore ssh-public` has no reason (`-- why`): it does not apply"
        );
        assert_eq!(audit.verdict, Verdict::Clean);
    }
}
