//! Reporters: render the model, the exposure diff and the findings for people (`table`,
//! `markdown`), programs (`json`, `sarif`) and GitHub workflows (`github`). Reporters know
//! nothing of Terraform syntax.

mod dot;
mod github;
mod json;
mod markdown;
mod picture;
mod said;
mod sarif;
mod split;
mod table;

use std::collections::{BTreeMap, BTreeSet};

use clap::ValueEnum;

use crate::diff::{Diff, ExposedPeer, Exposure};
use crate::model::{Diagnostic, Input, Origin, Permission};
use crate::policy::Finding;

pub use dot::dot;
pub use github::check_github;
pub use json::{show_json, show_workloads_json};
pub use markdown::{check_markdown, rule_doc_url};
pub use sarif::check_sarif;
pub use table::{check_table, rules_table, show_table, show_workloads_table};

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables grouped by security group, for people.
    Table,
    /// The `sgaudit/v2` JSON report, for programs.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers (`check` only).
    Sarif,
    /// A pull-request comment or job summary (`check` only).
    Markdown,
    /// GitHub workflow commands: findings as annotations on the diff (`check` only).
    Github,
    /// The reachability graph (internet, groups, workloads) for Graphviz; a picture, not a
    /// gate: `check --format dot` exits 0 whatever the findings (2 on an error).
    Dot,
}

/// Whether a finding predicts that this change's apply fails: its rule says which AWS error
/// (`apply_error`), and the change brings it (`new`; what was there before, AWS already holds,
/// and a resolved one is good news): the findings of every format's "will fail at apply"
/// section, above the other findings.
pub fn will_fail(f: &Finding) -> bool {
    f.apply_error.is_some() && f.status == crate::policy::FindingStatus::New
}

/// Everything a `check` report shows.
pub struct Report<'a> {
    pub input: &'a Input,
    pub diff: &'a Diff,
    pub reach: &'a crate::reach::Reach,
    pub findings: &'a [Finding],
    /// The rules of the packs in use (their documentation, for SARIF's `rules[]`).
    pub rules: &'a [crate::policy::Rule],
    /// The working directory, which the command line gives: paths under it are shown
    /// relative to it (reporters do not look at the process's state).
    pub cwd: Option<&'a std::path::Path>,
    /// The gate the verdict line explains, and how much the reports for people list.
    pub view: View,
    /// Where the built-in rules' pages are (`--rule-docs`: the address of `docs/rules/` at the
    /// version in use; a rule's page is `<it>/<id>.md`); `None`: under Cargo.toml's
    /// `repository` at this version's tag, when it is set.
    pub rule_docs: Option<&'a str>,
}

/// What a report says of the gate and how much the reports for people (table, markdown,
/// GitHub annotations) list: the command line's `--fail-on`/`--fail-scope`,
/// `--min-severity`, `--limit` and `--quiet`. JSON and SARIF hold every finding whatever
/// the view: JSON is a contract, and a SARIF result left out closes its code-scanning alert.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct View {
    pub gate: crate::audit::Gate,
    /// Findings below it are not listed (still counted in the summary); a finding that
    /// predicts an apply failure is listed whatever its severity, as the gate fails on it.
    pub min_severity: Option<crate::policy::Severity>,
    /// The most rows a section lists (findings, paths, a group's exposure rows); a line says
    /// how many it left out.
    pub limit: Option<usize>,
    /// The table: the verdict line only.
    pub quiet: bool,
    /// The gate's threshold is the configuration's `fail_on` with no command line to name
    /// (`sgaudit serve`): the verdict says `fail_on high`, not `--fail-on high`.
    pub configured: bool,
}

impl View {
    /// Whether a finding is listed ([`View::min_severity`]).
    pub fn lists(&self, f: &Finding) -> bool {
        will_fail(f) || self.min_severity.is_none_or(|m| f.severity >= m)
    }
}

/// The gate's verdict in one line, and whether the run passes: `fails: 3 new high findings
/// at or above --fail-on high`, `passes: no new finding at or above --fail-on high (2 new
/// medium findings below it)`; an incomplete input fails whatever its findings.
pub fn verdict(report: &Report) -> (bool, String) {
    use crate::policy::FindingStatus;
    let gate = report.view.gate;
    let scope = if gate.all { "new or existing" } else { "new" };
    let threshold = if report.view.configured {
        format!("fail_on {}", gate.fail_on)
    } else {
        format!("--fail-on {}", gate.fail_on)
    };
    if !report.input.errors.is_empty() {
        return (
            false,
            format!(
                "fails: {} of the input could not be read (the report covers the rest)",
                plural(report.input.errors.len(), "part", "parts")
            ),
        );
    }
    let failing: Vec<&Finding> = report.findings.iter().filter(|f| gate.fails(f)).collect();
    if failing.is_empty() {
        let in_scope = |f: &&Finding| {
            f.status == FindingStatus::New || (gate.all && f.status == FindingStatus::Existing)
        };
        let below = report
            .findings
            .iter()
            .filter(in_scope)
            .filter(|f| f.waived.is_none() && !f.baselined)
            .count();
        let accepted = report
            .findings
            .iter()
            .filter(in_scope)
            .filter(|f| f.waived.is_some() || f.baselined)
            .count();
        let mut why = Vec::new();
        if below > 0 {
            why.push(format!(
                "{} below it",
                plural(
                    below,
                    &format!("{scope} finding"),
                    &format!("{scope} findings")
                )
            ));
        }
        if accepted > 0 {
            why.push(format!("{accepted} waived or in the baseline"));
        }
        let mut line = format!("passes: no {scope} finding at or above {threshold}");
        if !why.is_empty() {
            line.push_str(&format!(" ({})", why.join("; ")));
        }
        return (true, line);
    }
    // By status and severity, most severe first; those below the threshold fail as apply
    // failures.
    let mut by: BTreeMap<(std::cmp::Reverse<crate::policy::Severity>, &str), usize> =
        BTreeMap::new();
    let mut apply = 0;
    for f in &failing {
        if f.severity >= gate.fail_on {
            *by.entry((std::cmp::Reverse(f.severity), f.status.as_str()))
                .or_default() += 1;
        } else {
            apply += 1;
        }
    }
    let mut parts: Vec<String> = by
        .iter()
        .map(|((s, status), n)| {
            plural(
                *n,
                &format!("{status} {} finding", s.0),
                &format!("{status} {} findings", s.0),
            )
        })
        .collect();
    let mut line = String::from("fails: ");
    if !parts.is_empty() {
        let last = parts.pop().unwrap_or_default();
        let list = if parts.is_empty() {
            last
        } else {
            format!("{} and {last}", parts.join(", "))
        };
        line.push_str(&format!("{list} at or above {threshold}"));
    }
    if apply > 0 {
        if !by.is_empty() {
            line.push_str("; ");
        }
        line.push_str(&format!(
            "{} a failure at apply",
            plural(apply, "finding predicts", "findings predict")
        ));
    }
    (false, line)
}

/// The findings by status and severity in one sentence: `1 new critical finding, 3 new high
/// findings; 1 new finding waived; 2 existing findings; 1 finding resolved.`
pub fn counts(findings: &[Finding]) -> String {
    use crate::policy::FindingStatus;
    let mut by_severity: BTreeMap<std::cmp::Reverse<crate::policy::Severity>, usize> =
        BTreeMap::new();
    let (mut waived, mut existing, mut resolved) = (0, 0, 0);
    for f in findings {
        match f.status {
            FindingStatus::New if f.waived.is_some() => waived += 1,
            FindingStatus::New => {
                *by_severity
                    .entry(std::cmp::Reverse(f.severity))
                    .or_default() += 1
            }
            FindingStatus::Existing => existing += 1,
            FindingStatus::Resolved => resolved += 1,
        }
    }
    let mut new: Vec<String> = by_severity
        .iter()
        .map(|(s, n)| {
            plural(
                *n,
                &format!("new {} finding", s.0),
                &format!("new {} findings", s.0),
            )
        })
        .collect();
    if waived > 0 {
        new.push(format!(
            "{} waived",
            plural(waived, "new finding", "new findings")
        ));
    }
    let mut parts = vec![if new.is_empty() {
        "No new findings".to_owned()
    } else {
        new.join(", ")
    }];
    // New apply failures not waived: the apply is predicted to fail.
    let failing = findings
        .iter()
        .filter(|f| f.waived.is_none() && will_fail(f))
        .count();
    if failing > 0 {
        parts.insert(
            0,
            format!(
                "{} at apply",
                plural(
                    failing,
                    "new finding predicts a failure",
                    "new findings predict failures"
                )
            ),
        );
    }
    if existing > 0 {
        parts.push(plural(existing, "existing finding", "existing findings"));
    }
    if resolved > 0 {
        parts.push(format!(
            "{} resolved",
            plural(resolved, "finding", "findings")
        ));
    }
    format!("{}.", parts.join("; "))
}

/// `1 finding`, `1,234 findings`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// `1,234`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// How table output is drawn: in colour or not, and the width it fits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Terminal {
    pub color: bool,
    /// The columns a table may use (`COLUMNS`, or the terminal's width); `None` (a pipe, a
    /// file): every cell on one line, as wide as it is.
    pub width: Option<usize>,
}

impl From<bool> for Terminal {
    /// In colour or not, at no width.
    fn from(color: bool) -> Terminal {
        Terminal { color, width: None }
    }
}

/// A `check` report in one format.
pub fn check(format: Format, report: &Report, term: impl Into<Terminal>) -> String {
    match format {
        Format::Table => check_table(report, term),
        Format::Json => {
            let mut text = Vec::new();
            // Into memory: nothing to fail but the report's own serialisation, which does not.
            let _ = json::write_check(&mut text, report);
            text.push(b'\n');
            String::from_utf8(text).unwrap_or_default()
        }
        Format::Sarif => pretty(&check_sarif(report)),
        Format::Markdown => check_markdown(report),
        Format::Github if report.view.min_severity.is_some() => {
            let listed: Vec<Finding> = report
                .findings
                .iter()
                .filter(|f| report.view.lists(f))
                .cloned()
                .collect();
            check_github(&Report {
                findings: &listed,
                ..*report
            })
        }
        Format::Github => check_github(report),
        Format::Dot => dot::dot(report.input, report.diff, report.reach),
    }
}

/// A `check` report in one format, written to `out` as it is made for JSON and SARIF (not held
/// as one string: a large plan's JSON report is as large as the plan). `out` is best buffered.
pub fn write_check(
    format: Format,
    report: &Report,
    term: impl Into<Terminal>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => buffered(out, |w| json::write_check(w, report)),
        Format::Sarif => write_pretty(out, &check_sarif(report)),
        _ => out.write_all(check(format, report, term).as_bytes()),
    }
}

/// The first line of a partial report (the input has errors): that it is incomplete, and why.
/// `what` is what the report is (`report`, `graph`).
pub fn incomplete_line(errors: &[Diagnostic], what: &str) -> Option<String> {
    (!errors.is_empty()).then(|| {
        format!(
            "incomplete: {} part(s) of the input could not be read; this {what} covers the rest",
            errors.len()
        )
    })
}

/// JSON as the reports print it: indented, with a final newline.
pub fn pretty<T: serde::Serialize + ?Sized>(v: &T) -> String {
    let mut text = serde_json::to_string_pretty(v).unwrap_or_default();
    text.push('\n');
    text
}

/// [`pretty`], written to `out`.
///
/// Through a buffer of a type the serializer knows: it writes each token (a quote, a comma,
/// an indentation) on its own, and each write through `dyn Write` is a call that cannot be
/// inlined, where a write into this buffer is a copy. What an error leaves in the buffer is
/// dropped, not written.
pub fn write_pretty<T: serde::Serialize + ?Sized>(
    out: &mut dyn std::io::Write,
    v: &T,
) -> std::io::Result<()> {
    buffered(out, |w| {
        serde_json::to_writer_pretty(w, v).map_err(std::io::Error::from)
    })
}

/// Writes what `write` writes, then a newline, through a buffer of a type the serializer
/// knows (see [`write_pretty`]).
fn buffered(
    out: &mut dyn std::io::Write,
    write: impl FnOnce(&mut std::io::BufWriter<&mut dyn std::io::Write>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut buffered = std::io::BufWriter::with_capacity(TOKENS, &mut *out);
    let result = write(&mut buffered)
        .and_then(|()| buffered.write_all(b"\n"))
        .and_then(|()| buffered.flush());
    let _ = buffered.into_parts();
    result
}

/// The size of [`write_pretty`]'s buffer.
const TOKENS: usize = 32 * 1024;

/// The order exposure rows are shown in: direction, protocol, ports, then peer (rows whose
/// protocol and ports are hidden after the others of their direction, by peer first, so that
/// their place does not tell their values).
pub fn exposure_order(e: &crate::diff::Exposure) -> impl Ord + '_ {
    (
        e.direction,
        e.range.sensitive,
        e.range.sensitive.then_some(&e.peer),
        &e.range.protocol,
        e.range.aws_ports(),
        &e.peer,
    )
}

/// Every group to report, sorted: the groups of the input, then groups that permissions name but
/// that are not resources of the input (`sg-…` ids, `unknown:…`).
pub fn all_groups(input: &Input) -> Vec<&str> {
    let foreign: BTreeSet<&str> = input
        .before
        .iter()
        .chain(&input.after)
        .map(|p| p.group.as_ref())
        .filter(|g| !input.groups.contains_key(*g))
        .collect();
    input
        .groups
        .keys()
        .map(String::as_str)
        .chain(foreign)
        .collect()
}

/// The permissions each group holds after the change, in a stable order.
pub fn permissions_by_group(input: &Input) -> BTreeMap<&str, Vec<&Permission>> {
    let mut map: BTreeMap<&str, Vec<&Permission>> = BTreeMap::new();
    for p in &input.after {
        map.entry(p.group.as_ref()).or_default().push(p);
    }
    for list in map.values_mut() {
        list.sort_by_cached_key(|p| {
            let peer = ExposedPeer::of(p, &input.prefix_lists_after);
            (
                p.direction,
                p.range.sensitive,
                // A hidden protocol and ports do not place the permission.
                p.range.sensitive.then(|| peer.clone()),
                p.range.protocol.clone(),
                p.range.ports.clone(),
                peer,
                p.resource.clone(),
            )
        });
    }
    map
}

/// Each network ACL of either side of the change with its own exposure diff (`nacl::diff`),
/// sorted by address, and whether its address blocks must be hidden (a rule of it has a
/// sensitive CIDR, which a row's bounds could tell).
pub fn nacl_diffs(input: &Input) -> Vec<(&str, crate::nacl::NaclDiff<'_>, bool)> {
    let addresses: BTreeSet<&String> = input
        .network_before
        .nacls
        .keys()
        .chain(input.network_after.nacls.keys())
        .collect();
    addresses
        .into_iter()
        .map(|address| {
            let (before, after) = (
                input.network_before.nacls.get(address),
                input.network_after.nacls.get(address),
            );
            let hidden = before
                .into_iter()
                .chain(after)
                .any(|n| n.rules.iter().any(crate::model::NaclRule::sensitive));
            (address.as_str(), crate::nacl::diff(before, after), hidden)
        })
        .collect()
}

/// The numbers of the rules that decide a row of a network ACL's diff, in rule order (`*`: the
/// final deny).
pub fn rule_numbers(list: &[crate::nacl::Decider]) -> Vec<String> {
    list.iter()
        .map(|r| r.map_or_else(|| "*".to_owned(), |r| r.number.to_string()))
        .collect()
}

/// A row of a network ACL's diff as the tables print it: its protocol (`tcp`, `all protocols
/// but tcp`), its ports (`22`, `all`) and its peer (`sensitive` when the ACL's blocks are
/// hidden).
pub fn nacl_row_labels(r: &crate::nacl::Row, hidden: bool) -> [String; 3] {
    let (protocol, ports) = match &r.protocols {
        crate::nacl::Protocols::One(p) => {
            let range = crate::model::PortRange::new(p.clone(), r.ports.clone());
            (range.protocol_label(), range.ports_label())
        }
        others => (others.label(&crate::model::Ports::All), "all".to_owned()),
    };
    [protocol, ports, nacl_peer(r, hidden)]
}

/// A row's CIDR block, or `sensitive` when a rule of its ACL has a sensitive CIDR (a row's
/// bounds could tell it).
pub fn nacl_peer(r: &crate::nacl::Row, hidden: bool) -> String {
    if hidden {
        crate::model::SENSITIVE.to_owned()
    } else {
        r.net.to_string()
    }
}

/// One row of an exposure table: see [`merged_exposures`].
pub(super) struct Merged {
    /// `+`, `-`, `=`, `~` (the addresses widened or narrowed), or `""` in a table of one side.
    pub mark: &'static str,
    pub direction: crate::model::Direction,
    pub protocol: String,
    pub ports: String,
    pub peer: String,
    /// `world`, `public`, `private`, `unknown`, or blank for a group.
    pub reach: &'static str,
    pub resources: Vec<std::sync::Arc<str>>,
    pub origins: Vec<crate::model::Origin>,
    /// What the row covers exactly, when rows of its protocol and peer may be joined
    /// (`said::merge`).
    cells: Option<said::Cells>,
}

/// How far a peer reaches: `world`, `public`, `private`, `unknown`, or blank for groups.
pub(super) fn reach_of(peer: &crate::diff::ExposedPeer) -> &'static str {
    use crate::diff::ExposedPeer;
    match (peer.world(), peer.public()) {
        (Some(true), _) => "world",
        (_, Some(true)) => "public",
        (_, None) => "unknown",
        _ if matches!(peer, ExposedPeer::Cidr(_) | ExposedPeer::Sensitive(_)) => "private",
        _ => "",
    }
}

/// The rows of an exposure table (the table's and markdown's), each with its mark (`+`, `-`, `=`; `""` in a table of one
/// side): the exposures of one direction, protocol and ports (and what an `all` one excepts)
/// from CIDR blocks of one address family become one row, the addresses as people say them
/// (`0.0.0.0/0 (was 10.0.0.0/8)`, `0.0.0.0/0 except 10.0.0.0/8`; `crate::phrase`), marked `~`
/// when the change widens or narrows them; every other peer keeps its row. Then the rows of
/// one protocol and peer join when their ports make a set (`all but 443`, `all (was 443)`),
/// and tcp and udp rows alike in all else (`said::merge`). `rows` are in the reports' order
/// ([`super::exposure_order`]).
pub(super) fn merged_exposures(rows: &[(&'static str, &Exposure)]) -> Vec<Merged> {
    use crate::netset::{Family, IntervalSet, is_public, is_world, net_interval};
    /// The addresses of one family before and after, and who declares them.
    #[derive(Default)]
    struct Blocks {
        before: Vec<(u128, u128)>,
        after: Vec<(u128, u128)>,
        resources: Vec<std::sync::Arc<str>>,
        origins: Vec<Origin>,
    }
    let same = |a: &Exposure, b: &Exposure| {
        a.direction == b.direction && a.range == b.range && a.except == b.except
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&(_, first)) = rows.get(i) {
        let run: Vec<(&'static str, &Exposure)> = rows
            .iter()
            .skip(i)
            .take_while(|(_, e)| same(e, first))
            .copied()
            .collect();
        i += run.len();
        let mut families: BTreeMap<Family, Blocks> = BTreeMap::new();
        let mut others = Vec::new();
        for &(mark, e) in &run {
            let ExposedPeer::Cidr(net) = &e.peer else {
                others.push(Merged {
                    mark,
                    direction: e.direction,
                    protocol: e.range.protocol_label(),
                    ports: e.ports_label(),
                    peer: e.peer.label(),
                    reach: reach_of(&e.peer),
                    resources: e.resources.to_vec(),
                    origins: e.origins.to_vec(),
                    cells: said::Cells::of_peer(&e.range, !e.except.is_empty(), &e.peer, mark),
                });
                continue;
            };
            let blocks = families.entry(Family::of(net)).or_default();
            let interval = net_interval(net);
            if mark != "+" {
                blocks.before.push(interval);
            }
            if mark != "-" {
                blocks.after.push(interval);
            }
            blocks.resources.extend(e.resources.iter().cloned());
            blocks.origins.extend(e.origins.iter().cloned());
        }
        for (family, mut b) in families {
            let before = IntervalSet::from_intervals(b.before);
            let after = IntervalSet::from_intervals(b.after);
            let mark = match run.first().map(|r| r.0) {
                Some("") => "",
                _ if before.is_empty() => "+",
                _ if after.is_empty() => "-",
                _ if before == after => "=",
                _ => "~",
            };
            let shown = if after.is_empty() { &before } else { &after };
            let reach = if is_world(family, shown) || crate::phrase::holds_internet(family, shown) {
                "world"
            } else if is_public(family, shown) {
                "public"
            } else {
                "private"
            };
            b.resources.sort();
            b.resources.dedup();
            b.origins.sort();
            b.origins.dedup();
            out.push(Merged {
                mark,
                direction: first.direction,
                protocol: first.range.protocol_label(),
                ports: first.ports_label(),
                peer: match mark {
                    "-" => crate::phrase::addresses(family, &before),
                    _ => crate::phrase::changed_addresses(family, &before, &after),
                },
                reach,
                resources: b.resources,
                origins: b.origins,
                cells: said::Cells::of(
                    &first.range,
                    !first.except.is_empty(),
                    said::Peer::Addresses(family),
                    before,
                    after,
                ),
            });
        }
        out.extend(others);
    }
    said::merge(out)
}
