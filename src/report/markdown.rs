//! The pull-request comment and job summary, as a reviewer reads it: the gate's verdict (passes
//! or fails, and why) and the counts, the findings that will fail at apply, the new findings
//! most severe first with how to fix each rule and a link to its documentation
//! (`docs/rules/<id>.md`), the diagrams of what the change newly exposes and of the paths from
//! the internet, and the rest folded away. The text stays under GitHub's comment limit: folded
//! sections shrink first, then the new findings, always at a row boundary, keeping the critical
//! ones first.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::Arc;

use super::Report;
use crate::diff::{ExposedPeer, Exposure};
use crate::model::{Change, Direction, Growth, Origin, Protocol, texts};
use crate::netset::{Family, IntervalSet, is_world, net_interval};
use crate::policy::{Finding, FindingStatus, Severity};
use crate::reach::Reach;

/// The first line, by which the GitHub Action finds its own comment.
pub const MARKER: &str = "<!-- sgaudit -->";

/// The most bytes the report takes (so at most as many characters): GitHub refuses comments
/// over 65,536 characters.
const BUDGET: usize = 60_000;

/// The room kept for a note of rows left out.
const NOTE_ROOM: usize = 200;

/// The most nodes of groups a collapsed diagram of what a change newly exposes draws (the
/// groups exposed alike to the most groups first): a picture of a 1,000-group plan stays a
/// page high.
const MAX_COLLAPSED: usize = 12;

/// The most edges the diagram draws.
const MAX_EDGES: usize = 30;

/// The most peers (or resources, or origins) a cell lists; one more is listed rather than
/// counted.
const MAX_PEERS: usize = 6;

/// How many items of a list a cell shows.
fn shown(len: usize) -> usize {
    if len > MAX_PEERS + 1 { MAX_PEERS } else { len }
}

/// The most notes or errors listed at the top.
const MAX_NOTES: usize = 20;

/// The most characters of one note or error.
const MAX_NOTE_CHARS: usize = 500;

/// The markdown report of a `check` run.
pub fn check_markdown(report: &Report) -> String {
    let paths = Paths::of(&report.input.source.path, report.cwd);
    let view = report.view;
    let head = head(report, &paths);
    let mut diagram = diagram(report.diff);
    diagram.push_str(&paths_diagram(report.input, report.reach, view));
    let foot = foot(report, &paths);
    let failing: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| super::will_fail(f))
        .collect();
    let (new, existing, resolved) = by_status(report.findings);
    // Most severe first (a stable sort: by group and rule within a severity).
    fn listed(list: Vec<&Finding>, view: super::View) -> Vec<&Finding> {
        let mut list: Vec<&Finding> = list
            .into_iter()
            .filter(|f| !super::will_fail(f) && view.lists(f))
            .collect();
        list.sort_by_key(|f| std::cmp::Reverse(f.severity));
        list
    }
    let (new, existing, resolved) = (
        listed(new, view),
        listed(existing, view),
        listed(resolved, view),
    );
    let mut fixes = failing.clone();
    fixes.extend(&new);
    let fix = how_to_fix(report, &fixes);
    let (new, new_cut) = limited(new, view.limit);
    let (failing, failing_cut) = limited(failing, view.limit);
    let (existing, existing_cut) = limited(existing, view.limit);
    let (resolved, resolved_cut) = limited(resolved, view.limit);
    let sections = [
        Folded::Findings("Existing findings", existing, existing_cut),
        Folded::Findings("Resolved findings", resolved, resolved_cut),
        Folded::Exposure(report.diff),
        Folded::NetworkAcls(report.input),
    ];
    let fixed = head.len() + diagram.len() + foot.len() + fix.len();
    let mut left = BUDGET.saturating_sub(fixed);
    // Each folded section at its smallest: its summary and a note.
    let least: Vec<usize> = sections
        .iter()
        .map(|s| s.render(report, &paths, 0).len())
        .collect();
    let least_sum: usize = least.iter().sum();
    // The critical new findings before the apply failures: the room they take is kept.
    let critical: Vec<&Finding> = new
        .iter()
        .copied()
        .filter(|f| f.severity == Severity::Critical)
        .collect();
    let reserve = if critical.is_empty() {
        0
    } else {
        // With room for the note of the findings left out after them.
        new_findings(report, &critical, 0, &paths, usize::MAX).len() + NOTE_ROOM
    };
    let failing = apply_failures(
        report,
        &failing,
        failing_cut,
        &paths,
        left.saturating_sub(least_sum + reserve),
    );
    left = left.saturating_sub(failing.len());
    let new = new_findings(
        report,
        &new,
        new_cut,
        &paths,
        left.saturating_sub(least_sum),
    );
    left = left.saturating_sub(new.len());
    let mut folded = String::new();
    for (i, section) in sections.iter().enumerate() {
        let rest: usize = least.iter().skip(i + 1).sum();
        let text = section.render(report, &paths, left.saturating_sub(rest));
        left = left.saturating_sub(text.len());
        folded.push_str(&text);
    }
    let mut out = head;
    out.push_str(&failing);
    out.push_str(&new);
    out.push_str(&fix);
    out.push_str(&diagram);
    out.push_str(&folded);
    out.push_str(&foot);
    out
}

/// At most `limit` items (`--limit`), and how many are left out.
fn limited<T>(items: Vec<T>, limit: Option<usize>) -> (Vec<T>, usize) {
    match limit {
        Some(limit) if items.len() > limit => {
            let cut = items.len() - limit;
            (items.into_iter().take(limit).collect(), cut)
        }
        _ => (items, 0),
    }
}

/// The line under a section `--limit` cut.
fn limit_note(report: &Report, cut: usize, noun: (&str, &str)) -> String {
    match report.view.limit {
        Some(limit) if cut > 0 => format!(
            "_… and {} not listed (`--limit {limit}`); see the JSON or SARIF report._\n\n",
            count(
                cut,
                &format!("more {}", noun.0),
                &format!("more {}", noun.1)
            )
        ),
        _ => String::new(),
    }
}

fn by_status(findings: &[Finding]) -> (Vec<&Finding>, Vec<&Finding>, Vec<&Finding>) {
    let of = |s: FindingStatus| findings.iter().filter(move |f| f.status == s).collect();
    (
        of(FindingStatus::New),
        of(FindingStatus::Existing),
        of(FindingStatus::Resolved),
    )
}

use super::{plural as count, thousands};

/// Where the documentation of the built-in rules is published: the repository of Cargo.toml
/// (`repository`), at this version's tag. Empty when Cargo.toml names no repository: the
/// comment then points at `sgaudit explain` (a relative link does not work in a comment).
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// The address of a built-in rule's documentation (`docs/rules/<id>.md`, which
/// `rule_docs` in `src/tests/formats.rs` writes from `sgaudit explain`): under `--rule-docs`
/// (the address of `docs/rules/` at the version in use, which the GitHub Action knows), else
/// under the repository's address at this version's tag; `None` without either or for a rule
/// of another pack.
fn doc_url(
    rule_docs: Option<&str>,
    repository: &str,
    rule: &crate::policy::Rule,
) -> Option<String> {
    let built_in = crate::policy::BUILT_IN
        .iter()
        .any(|(name, _)| *rule.origin.file == **name);
    if !built_in {
        return None;
    }
    match rule_docs {
        Some(base) => Some(format!("{}/{}.md", base.trim_end_matches('/'), rule.id)),
        None => (!repository.is_empty()).then(|| {
            format!(
                "{}/blob/v{}/docs/rules/{}.md",
                repository.trim_end_matches('/'),
                env!("CARGO_PKG_VERSION"),
                rule.id
            )
        }),
    }
}

/// The address of a rule's documentation as the markdown report links it, under `rule_docs`
/// (`--rule-docs`) or else Cargo.toml's repository (`None` for a rule of another pack, or
/// when neither is known): `sgaudit serve`'s outcomes link the same page.
pub fn rule_doc_url(rule: &crate::policy::Rule, rule_docs: Option<&str>) -> Option<String> {
    doc_url(rule_docs, REPOSITORY, rule)
}

/// A rule's id as code, linked to its documentation when it has one.
fn rule_link(report: &Report, id: &str) -> String {
    let url = report
        .rules
        .iter()
        .find(|r| r.id == id)
        .and_then(|r| doc_url(report.rule_docs, REPOSITORY, r));
    match url {
        Some(url) => format!("[{}]({url})", code(id)),
        None => code(id),
    }
}

/// How to fix what the listed findings found: each of their rules once, most severe first,
/// with its remediation, its documentation (a link, or `sgaudit explain`); nothing when no
/// rule of the pack in use is among them.
fn how_to_fix(report: &Report, findings: &[&Finding]) -> String {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut rules: Vec<&crate::policy::Rule> = Vec::new();
    for f in findings {
        if seen.insert(&f.rule)
            && let Some(rule) = report.rules.iter().find(|r| r.id == *f.rule)
        {
            rules.push(rule);
        }
    }
    if rules.is_empty() {
        return String::new();
    }
    rules.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.id.cmp(&b.id)));
    let mut out = String::from("#### How to fix\n\n");
    for rule in rules {
        let more = match doc_url(report.rule_docs, REPOSITORY, rule) {
            Some(url) => format!(" ([documentation]({url}))"),
            None => format!(" (`sgaudit explain {}`)", rule.id),
        };
        let _ = writeln!(
            out,
            "- {} ({}): {}{more}",
            code(&rule.id),
            rule.severity,
            text(&rule.remediation)
        );
    }
    out.push('\n');
    out
}

/// The marker (the Action finds its comment by it), the line that says a report of a partial
/// input is incomplete, the heading, the verdict line, then what limits the report.
fn head(report: &Report, paths: &Paths) -> String {
    let input = report.input;
    let mut out = format!("{MARKER}\n");
    let errors = count(input.errors.len(), "part", "parts");
    if !input.errors.is_empty() {
        let _ = writeln!(
            out,
            "**This report is incomplete:** {errors} of the input could not be read (listed \
             below); the report covers the rest.\n"
        );
    }
    let (passes, line) = super::verdict(report);
    let why = line.split_once(": ").map_or(line.as_str(), |(_, why)| why);
    let _ = write!(
        out,
        "## sgaudit\n\n{} {}.\n\n{}\n\n",
        if passes {
            "✅ **Passes:**"
        } else {
            "❌ **Fails:**"
        },
        text(why),
        super::counts(report.findings)
    );
    let hidden = report
        .findings
        .iter()
        .filter(|f| !report.view.lists(f))
        .count();
    if let Some(min) = report.view.min_severity
        && hidden > 0
    {
        let _ = write!(
            out,
            "_{} below `--min-severity {min}` not listed._\n\n",
            count(hidden, "finding", "findings")
        );
    }
    if !input.errors.is_empty() {
        let _ = writeln!(
            out,
            "> [!WARNING]\n> {errors} of the input could not be read:"
        );
        list(&mut out, &texts(&input.errors), "more errors", |e| {
            code(&paths.message(e))
        });
        out.push('\n');
    }
    let mut notes: Vec<String> = texts(&input.notes);
    notes.extend(
        input
            .not_analysed
            .iter()
            .map(|part| format!("not analysed: {part}")),
    );
    if !input.source.missing_variables.is_empty() {
        notes.push(format!(
            "no value for {}: what depends on them is unknown (set them with --var or a .tfvars file)",
            input.source.missing_variables.join(", ")
        ));
    }
    if !input.source.complete {
        notes.push(
            "terraform says this plan is not complete (deferred changes): another plan will follow"
                .to_owned(),
        );
    }
    if !notes.is_empty() {
        out.push_str("> [!NOTE]\n");
        list(&mut out, &notes, "more notes", |n| text(&paths.message(n)));
        out.push('\n');
    }
    out
}

/// Items as a bulleted list in a quote, at most `MAX_NOTES` of them.
fn list(out: &mut String, items: &[String], more: &str, show: impl Fn(&str) -> String) {
    for item in items.iter().take(MAX_NOTES) {
        let mut short: String = item.chars().take(MAX_NOTE_CHARS).collect();
        if short.len() < item.len() {
            short.push('…');
        }
        let _ = writeln!(out, "> - {}", show(&short));
    }
    if items.len() > MAX_NOTES {
        let _ = writeln!(
            out,
            "> - … and {} {more}",
            thousands(items.len() - MAX_NOTES)
        );
    }
}

fn foot(report: &Report, paths: &Paths) -> String {
    format!(
        "<sub>Checked {} ({}). The JSON and SARIF reports (`--format json`, `--format sarif`) hold every detail.</sub>\n",
        code(&paths.show(&report.input.source.path)),
        report.input.source.kind.as_str()
    )
}

/// Paths as shown: relative to the working directory, or to the input's directory, else only
/// the file name, so that no machine's layout leaks into a comment.
struct Paths {
    cwd: Option<std::path::PathBuf>,
    /// The input directory, or the directory of the input file.
    dir: std::path::PathBuf,
}

impl Paths {
    fn of(input: &str, cwd: Option<&std::path::Path>) -> Paths {
        let p = std::path::Path::new(input);
        let dir = if p.is_dir() {
            p.to_path_buf()
        } else {
            p.parent()
                .map(std::path::Path::to_path_buf)
                .unwrap_or_default()
        };
        Paths {
            cwd: cwd.map(std::path::Path::to_path_buf),
            dir,
        }
    }

    /// A path, or a `path:line` origin.
    fn show(&self, path: &str) -> String {
        let p = std::path::Path::new(path);
        if !p.is_absolute() {
            return path.to_owned();
        }
        let under = |base: &std::path::Path| {
            p.strip_prefix(base)
                .ok()
                .filter(|r| !r.as_os_str().is_empty())
                .map(|r| r.to_string_lossy().replace('\\', "/"))
        };
        self.cwd
            .as_deref()
            .and_then(under)
            .or_else(|| under(&self.dir))
            .or_else(|| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_default()
    }

    /// A message with the absolute paths it names made relative.
    fn message(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for base in self.cwd.iter().chain([&self.dir]) {
            if base.is_absolute() {
                let prefix = format!("{}{}", base.display(), std::path::MAIN_SEPARATOR);
                out = out.replace(&prefix, "");
            }
        }
        out
    }

    /// An origin with its file as [`Paths::show`] shows it.
    fn origin(&self, origin: &Origin) -> String {
        Origin {
            file: self.show(&origin.file).into(),
            ..origin.clone()
        }
        .to_string()
    }

    fn origins(&self, origins: &[Origin]) -> Vec<String> {
        origins.iter().map(|o| self.origin(o)).collect()
    }
}

/// Text in a table cell or list: markdown and HTML characters escaped, on one line; `@` and
/// `#` as entities, so a reason or a note never pings a person or links an issue.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '@' => out.push_str("&#64;"),
            '#' => out.push_str("&#35;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A code span that holds any text, `|` escaped for tables.
fn code(s: &str) -> String {
    let s = s.replace(['\n', '\r'], " ").replace('|', "\\|");
    let mut run = 0;
    let mut longest = 0;
    for c in s.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    if longest > 0 || s.starts_with(' ') || s.ends_with(' ') {
        format!("{fence} {s} {fence}")
    } else {
        format!("{fence}{s}{fence}")
    }
}

/// Protocol and ports of an exposure as one name: `tcp 22`, `all traffic`, `protocol 50`,
/// `sensitive` when they are hidden.
fn service(e: &Exposure) -> String {
    if e.range.sensitive {
        return crate::model::SENSITIVE.to_owned();
    }
    match &e.range.protocol {
        Protocol::All => match e.except_label() {
            Some(except) => format!("all traffic {except}"),
            None => "all traffic".to_owned(),
        },
        Protocol::Number(n) => format!("protocol {n}"),
        p => format!("{p}/{}", e.range.ports_label()),
    }
}

/// `—` for nothing, else each item as code (at most `MAX_PEERS`, or one more), separated by
/// line breaks.
fn codes<S: AsRef<str>>(items: &[S]) -> String {
    if items.is_empty() {
        return "—".to_owned();
    }
    let mut out = items
        .iter()
        .take(shown(items.len()))
        .map(|i| code(i.as_ref()))
        .collect::<Vec<_>>()
        .join("<br>");
    if items.len() > shown(items.len()) {
        let _ = write!(out, "<br>and {} more", thousands(items.len() - MAX_PEERS));
    }
    out
}

/// A table: its header, then rows, each one line.
struct Table {
    /// The heading above the table (one line, or empty).
    heading: String,
    columns: Vec<&'static str>,
    rows: Vec<Vec<String>>,
    /// Each row's severity, when its rows are findings (the note of rows left out counts the
    /// critical and high ones).
    severities: Vec<Option<Severity>>,
}

impl Table {
    fn header(&self) -> String {
        let mut out = String::new();
        if !self.heading.is_empty() {
            let _ = writeln!(out, "{}\n", self.heading);
        }
        let _ = writeln!(out, "| {} |", self.columns.join(" | "));
        let _ = writeln!(
            out,
            "|{}|",
            self.columns
                .iter()
                .map(|_| "---")
                .collect::<Vec<_>>()
                .join("|")
        );
        out
    }
}

fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

/// Tables, as many rows as fit in `limit` characters; when some do not, the tables end at a
/// row and a note says how many `noun`s are left out.
fn tables(tables: &[Table], limit: usize, noun: (&str, &str)) -> String {
    let total: usize = tables.iter().map(|t| t.rows.len()).sum();
    // The critical and high ones among the rows left out, when the rows have a severity.
    let severities: Vec<Option<Severity>> = tables
        .iter()
        .flat_map(|t| t.severities.iter().copied())
        .collect();
    let note = |n: usize| {
        let mut grave: Vec<String> = Vec::new();
        for s in [Severity::Critical, Severity::High] {
            let k = severities
                .iter()
                .skip(total.saturating_sub(n))
                .filter(|x| **x == Some(s))
                .count();
            if k > 0 {
                grave.push(format!("{} {s}", thousands(k)));
            }
        }
        let grave = if grave.is_empty() {
            String::new()
        } else {
            format!(" ({})", grave.join(", "))
        };
        format!(
            "_… and {}{grave}: the comment would be too long; see the JSON or SARIF report._\n\n",
            count(n, &format!("more {}", noun.0), &format!("more {}", noun.1))
        )
    };
    let full: usize = tables
        .iter()
        .map(|t| t.header().len() + t.rows.iter().map(|r| row(r).len()).sum::<usize>() + 1)
        .sum();
    // Room for the note when not everything fits.
    let room = if full <= limit {
        limit
    } else {
        limit.saturating_sub(note(total).len())
    };
    let mut out = String::new();
    let mut shown = 0;
    'tables: for t in tables {
        let header = t.header();
        let mut open = false;
        for r in &t.rows {
            let line = row(r);
            let needed = line.len() + 1 + if open { 0 } else { header.len() };
            if out.len() + needed > room {
                if open {
                    out.push('\n');
                }
                break 'tables;
            }
            if !open {
                out.push_str(&header);
                open = true;
            }
            out.push_str(&line);
            shown += 1;
        }
        if open {
            out.push('\n');
        }
    }
    if shown < total {
        out.push_str(&note(total - shown));
    }
    out
}

/// Peers as code, at most `MAX_PEERS` of them (or one more): the CIDR blocks of one address
/// family as people say them (`0.0.0.0/0`, not its eight blocks; `crate::phrase`).
fn peers(exposures: &[Arc<Exposure>]) -> String {
    if exposures.is_empty() {
        return "—".to_owned();
    }
    let mut families: BTreeMap<Family, Vec<(u128, u128)>> = BTreeMap::new();
    let mut labels: Vec<String> = Vec::new();
    for e in exposures {
        match &e.peer {
            ExposedPeer::Cidr(net) => families
                .entry(Family::of(net))
                .or_default()
                .push(net_interval(net)),
            other => {
                let label = other.label();
                if !labels.contains(&label) {
                    labels.push(label);
                }
            }
        }
    }
    let mut all: Vec<String> = families
        .into_iter()
        .map(|(family, ivs)| crate::phrase::addresses(family, &IntervalSet::from_intervals(ivs)))
        .collect();
    all.extend(labels);
    let mut out = all
        .iter()
        .take(shown(all.len()))
        .map(|p| code(p))
        .collect::<Vec<_>>()
        .join(", ");
    if all.len() > shown(all.len()) {
        let _ = write!(out, " and {} more", thousands(all.len() - MAX_PEERS));
    }
    out
}

/// What else a reader should know of a finding: widened, waived, from a baseline, its
/// resources when they are not the group itself.
fn remark(f: &Finding, paths: &Paths) -> String {
    let mut parts = Vec::new();
    if f.change == Some(Growth::Widened) {
        parts.push("widened by this change".to_owned());
    }
    if let Some(w) = &f.waived {
        parts.push(format!(
            "**waived** at {}: {}",
            code(&paths.origin(&w.origin)),
            text(&w.reason)
        ));
    }
    if f.baselined {
        parts.push("in the baseline".to_owned());
    }
    if f.resources.iter().any(|r| *r != f.security_group) {
        parts.push(format!("declared by {}", codes(&f.resources)));
    }
    if !f.also().is_empty() {
        let also: Vec<String> = f
            .also()
            .iter()
            .map(|a| format!("{} ({})", code(&a.rule), a.severity))
            .collect();
        parts.push(format!("also: {}", also.join(", ")));
    }
    parts.join("; ")
}

/// One table of findings in the order given (most severe first), a row per finding: its
/// severity, rule (linked to its documentation) and title, group, protocol, ports, peers,
/// where it is declared and what else to know.
fn finding_table(report: &Report, findings: &[&Finding], paths: &Paths) -> Table {
    Table {
        heading: String::new(),
        columns: vec![
            "severity", "rule", "group", "protocol", "ports", "peer", "where", "note",
        ],
        rows: findings
            .iter()
            .map(|f| {
                let e = f.exposures.first();
                let severity = if f.waived.is_some() {
                    format!("~~{}~~ waived", f.severity)
                } else {
                    f.severity.to_string()
                };
                vec![
                    severity,
                    format!("{} {}", rule_link(report, &f.rule), text(&f.title)),
                    code(&f.security_group),
                    e.map_or_else(|| "—".to_owned(), |e| code(&e.range.protocol_label())),
                    e.map_or_else(|| "—".to_owned(), |e| code(&e.ports_label())),
                    peers(&f.exposures),
                    codes(&paths.origins(&f.origins)),
                    remark(f, paths),
                ]
            })
            .collect(),
        severities: findings.iter().map(|f| Some(f.severity)).collect(),
    }
}

/// The new findings that predict an apply error (`super::will_fail`), above the
/// new findings: each with the AWS error it predicts.
fn apply_failures(
    report: &Report,
    failing: &[&Finding],
    cut: usize,
    paths: &Paths,
    limit: usize,
) -> String {
    if failing.is_empty() {
        return String::new();
    }
    let heading = "### Will fail at apply\n\n";
    let table = Table {
        heading: String::new(),
        columns: vec!["AWS error", "status", "rule", "finding", "where", "note"],
        rows: failing
            .iter()
            .map(|f| {
                vec![
                    code(f.apply_error.as_deref().unwrap_or_default()),
                    f.status.as_str().to_owned(),
                    rule_link(report, &f.rule),
                    text(&paths.message(&f.message())),
                    codes(&paths.origins(&f.origins)),
                    remark(f, paths),
                ]
            })
            .collect(),
        severities: failing.iter().map(|f| Some(f.severity)).collect(),
    };
    let more = limit_note(report, cut, ("apply failure", "apply failures"));
    let body = tables(
        &[table],
        limit.saturating_sub(heading.len() + more.len()),
        ("apply failure", "apply failures"),
    );
    format!("{heading}{body}{more}")
}

/// The new findings, most severe first, in at most `limit` characters.
fn new_findings(
    report: &Report,
    new: &[&Finding],
    cut: usize,
    paths: &Paths,
    limit: usize,
) -> String {
    if new.is_empty() {
        return String::new();
    }
    let heading = "### New findings\n\n";
    let more = limit_note(report, cut, ("finding", "findings"));
    let body = tables(
        &[finding_table(report, new, paths)],
        limit.saturating_sub(heading.len() + more.len()),
        ("finding", "findings"),
    );
    format!("{heading}{body}{more}")
}

/// A section folded in `<details>`.
enum Folded<'a> {
    /// A title, the findings listed and how many `--limit` left out.
    Findings(&'static str, Vec<&'a Finding>, usize),
    Exposure(&'a crate::diff::Diff),
    /// What the change does to each network ACL's allow-set.
    NetworkAcls(&'a crate::model::Input),
}

impl Folded<'_> {
    /// The section in at most `limit` characters, or its summary and a note when even that
    /// does not fit; nothing when it is empty.
    fn render(&self, report: &Report, paths: &Paths, limit: usize) -> String {
        let mut more = String::new();
        let (summary, tables_, noun) = match self {
            Folded::Findings(_, list, _) if list.is_empty() => return String::new(),
            Folded::Findings(title, list, cut) => {
                more = limit_note(report, *cut, ("finding", "findings"));
                (
                    format!("{title} ({})", thousands(list.len() + cut)),
                    vec![finding_table(report, list, paths)],
                    ("finding", "findings"),
                )
            }
            Folded::Exposure(diff) => {
                if diff.added.is_empty() && diff.removed.is_empty() && diff.unchanged.is_empty() {
                    return String::new();
                }
                (
                    format!(
                        "Exposure diff: {} added, {} removed, {} unchanged",
                        thousands(diff.added.len()),
                        thousands(diff.removed.len()),
                        thousands(diff.unchanged.len())
                    ),
                    exposure_tables(diff, paths, report.view.limit),
                    ("exposure", "exposures"),
                )
            }
            Folded::NetworkAcls(input) => {
                let (tables_, added, removed) = nacl_tables(input);
                if added + removed == 0 {
                    return String::new();
                }
                (
                    format!(
                        "Network ACL changes: {} added, {} removed",
                        count(added, "row", "rows"),
                        thousands(removed)
                    ),
                    tables_,
                    ("row", "rows"),
                )
            }
        };
        let open = format!("<details><summary>{}</summary>\n\n", text(&summary));
        let close = "</details>\n\n";
        let body = tables(
            &tables_,
            limit.saturating_sub(open.len() + close.len() + more.len()),
            noun,
        );
        format!("{open}{body}{more}{close}")
    }
}

/// One table per security group of every exposure, added, removed and unchanged.
/// One table per network ACL the change touches: the rows it adds and removes, with the rules
/// deciding them before and after (`*`: the final deny); and how many rows were added and
/// removed in all.
fn nacl_tables(input: &crate::model::Input) -> (Vec<Table>, usize, usize) {
    let (mut added, mut removed) = (0, 0);
    let mut out = Vec::new();
    for (address, d, hidden) in super::nacl_diffs(input) {
        if d.added.is_empty() && d.removed.is_empty() {
            continue;
        }
        added += d.added.len();
        removed += d.removed.len();
        let rules = |list: &[crate::nacl::Decider]| -> String {
            let names = super::rule_numbers(list);
            if names.is_empty() {
                "—".to_owned()
            } else {
                code(&names.join(", "))
            }
        };
        let rows: Vec<Vec<String>> = [("added", &d.added), ("removed", &d.removed)]
            .into_iter()
            .flat_map(|(change, list)| list.iter().map(move |r| (change, r)))
            .map(|(change, r)| {
                let [protocol, ports, peer] = super::nacl_row_labels(r, hidden);
                vec![
                    change.to_owned(),
                    r.direction.as_str().to_owned(),
                    code(&protocol),
                    code(&ports),
                    code(&peer),
                    rules(&r.before),
                    rules(&r.after),
                ]
            })
            .collect();
        out.push(Table {
            heading: format!("#### {}", code(address)),
            columns: vec![
                "change",
                "direction",
                "protocol",
                "ports",
                "peer",
                "rules before",
                "rules after",
            ],
            severities: vec![None; rows.len()],
            rows,
        });
    }
    (out, added, removed)
}

fn exposure_tables(diff: &crate::diff::Diff, paths: &Paths, limit: Option<usize>) -> Vec<Table> {
    let mut by_group: BTreeMap<&str, Vec<(&str, &Exposure)>> = BTreeMap::new();
    for (change, list) in diff.lists() {
        for e in list {
            by_group
                .entry(e.owner.name())
                .or_default()
                .push((change.as_str(), e));
        }
    }
    by_group
        .into_iter()
        .map(|(group, mut list)| {
            list.sort_by(|a, b| {
                (super::exposure_order(a.1), a.0).cmp(&(super::exposure_order(b.1), b.0))
            });
            // One row per direction, protocol and ports from the blocks of one family, said
            // as people say them (`0.0.0.0/0 (was 10.0.0.0/8)`), as the table does.
            let marked: Vec<(&'static str, &Exposure)> = list
                .iter()
                .map(|&(change, e)| {
                    let mark = match change {
                        "added" => "+",
                        "removed" => "-",
                        _ => "=",
                    };
                    (mark, e)
                })
                .collect();
            let (list, cut) = self::limited(super::merged_exposures(&marked), limit);
            let mut heading = format!("#### {}", code(group));
            if let Some(limit) = limit.filter(|_| cut > 0) {
                let _ = write!(
                    heading,
                    " ({} more not listed, `--limit {limit}`)",
                    thousands(cut)
                );
            }
            Table {
                severities: vec![None; list.len()],
                heading,
                columns: vec![
                    "change",
                    "direction",
                    "protocol",
                    "ports",
                    "peer",
                    "resource",
                    "where",
                ],
                rows: list
                    .iter()
                    .map(|m| {
                        let change = match m.mark {
                            "+" => "added",
                            "-" => "removed",
                            "~" => "changed",
                            _ => "unchanged",
                        };
                        vec![
                            change.to_owned(),
                            m.direction.as_str().to_owned(),
                            code(&m.protocol),
                            code(&m.ports),
                            code(&m.peer),
                            codes(&m.resources),
                            codes(&paths.origins(&m.origins)),
                        ]
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The mermaid node id of a key: the ids of a diagram are numbered from the keys its edges
/// are drawn between. (`allow`, not `expect`: clippy does not see indexing through a generic
/// map, but this can panic on a key without an id.)
#[allow(
    clippy::indexing_slicing,
    reason = "each diagram numbers its nodes from the very keys its edges use"
)]
fn node<K, Q>(ids: &BTreeMap<K, usize>, key: &Q) -> usize
where
    K: Ord + std::borrow::Borrow<Q>,
    Q: Ord + ?Sized,
{
    ids[key]
}

/// A label for mermaid: in quotes, with what would end or break it replaced by entities.
fn label(s: &str) -> String {
    let mut short: String = s.chars().take(80).collect();
    if s.chars().count() > 80 {
        short.push('…');
    }
    let mut out = String::from("\"");
    for c in short.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '`' => out.push_str("#96;"),
            '#' => out.push_str("#35;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Where an added ingress exposure comes from as drawn: its source node (`internet` for the
/// world and public addresses, `private networks` for other CIDR blocks, else the peer itself)
/// and the peer as its edge names it (`0.0.0.0/0` when the group is open to a whole address
/// family on that service after the change; nothing when the node is the peer).
fn peer_node(e: &Exposure, worlds: &BTreeSet<(Service, Family)>) -> ((u8, String), String) {
    let family = match &e.peer {
        ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net) => Some(Family::of(net)),
        _ => None,
    };
    let world = e.peer.world() == Some(true)
        || family.is_some_and(|f| {
            worlds.contains(&((e.owner.name(), &e.range.protocol, e.range.aws_ports()), f))
        });
    let internet = (0, "internet".to_owned());
    match (world, family) {
        (true, Some(Family::V6)) => (internet, "::/0".to_owned()),
        (true, Some(Family::V4)) => (internet, "0.0.0.0/0".to_owned()),
        (true, None) => (internet, e.peer.label()),
        (_, Some(_)) if e.peer.public() == Some(true) => (internet, e.peer.label()),
        (_, Some(_)) => ((1, "private networks".to_owned()), e.peer.label()),
        _ => ((2, e.peer.label()), String::new()),
    }
}

/// An edge of the diagram of what a change newly exposes: its source node, its group, and the
/// peer as the edge names it.
type Edge<'a> = (Source, &'a str, String);

/// A source node of that diagram: its rank (the internet first) and its text.
type Source = (u8, String);

/// Addresses from one to another, as `net_interval` gives them.
type Interval = (u128, u128);

/// A group and a protocol and port range on it (ports as AWS writes them: unknown ports are
/// one service, whatever reference they come from).
type Service<'a> = (&'a str, &'a Protocol, (Option<i64>, Option<i64>));

/// A mermaid flowchart of what the change newly exposes: peer → group → service, for added
/// ingress only; empty when nothing is newly exposed.
fn diagram(diff: &crate::diff::Diff) -> String {
    // The address sets each group is reachable from on a service after the change.
    let mut after: BTreeMap<(Service, Family), Vec<(u128, u128)>> = BTreeMap::new();
    for e in diff.after() {
        if e.direction != Direction::Ingress {
            continue;
        }
        if let ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net) = &e.peer {
            after
                .entry((
                    (e.owner.name(), &e.range.protocol, e.range.aws_ports()),
                    Family::of(net),
                ))
                .or_default()
                .push(net_interval(net));
        }
    }
    let worlds: BTreeSet<_> = after
        .into_iter()
        .filter(|((_, family), ivs)| is_world(*family, &IntervalSet::from_intervals(ivs.clone())))
        .map(|(key, _)| key)
        .collect();
    // Edges: source node and group, the peer as the edge names it, the services.
    // The internet's edges first.
    let mut edges: BTreeMap<Edge, BTreeSet<String>> = BTreeMap::new();
    // The CIDR blocks of one family a group newly admits on a service, said as one set.
    let mut blocks: BTreeMap<(Source, &str, String, Family), Vec<Interval>> = BTreeMap::new();
    for e in &diff.added {
        if e.direction == Direction::Ingress {
            let (source, peer) = peer_node(e, &worlds);
            match &e.peer {
                ExposedPeer::Cidr(net) if peer == e.peer.label() => blocks
                    .entry((source, e.owner.name(), service(e), Family::of(net)))
                    .or_default()
                    .push(net_interval(net)),
                _ => {
                    edges
                        .entry((source, e.owner.name(), peer))
                        .or_default()
                        .insert(service(e));
                }
            }
        }
    }
    for ((source, group, service, family), list) in blocks {
        let peer = crate::phrase::addresses(family, &IntervalSet::from_intervals(list));
        edges
            .entry((source, group, peer))
            .or_default()
            .insert(service);
    }
    if edges.is_empty() {
        return String::new();
    }
    let total = edges.len();
    // Each edge: its source, the group it enters (or the groups, collapsed) and its text.
    let text = |peer: &str, services: &BTreeSet<String>| {
        let services = services.iter().cloned().collect::<Vec<_>>().join(", ");
        if peer.is_empty() {
            services
        } else {
            format!("{peer} · {services}")
        }
    };
    let collapse = total > MAX_EDGES;
    let mut drawn: Vec<(&(u8, String), String, String)> = Vec::new();
    let mut shown_groups = 0;
    if collapse {
        // The groups entered by the same peer and ports as one node, the most groups first.
        let mut by: BTreeMap<(&(u8, String), String), Vec<&str>> = BTreeMap::new();
        for ((source, group, peer), services) in &edges {
            by.entry((source, text(peer, services)))
                .or_default()
                .push(group);
        }
        let mut by: Vec<_> = by.into_iter().collect();
        by.sort_by_key(|((source, _), groups)| (source.0, std::cmp::Reverse(groups.len())));
        let all_groups: BTreeSet<&str> = edges.keys().map(|(_, g, _)| *g).collect();
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        for ((source, edge), groups) in by.into_iter().take(MAX_COLLAPSED) {
            seen.extend(groups.iter().copied());
            let name = match groups.as_slice() {
                [one] => (*one).to_owned(),
                [first, second, ..] => format!(
                    "{} groups: {first}, {second}{}",
                    thousands(groups.len()),
                    if groups.len() > 2 { ", …" } else { "" }
                ),
                [] => continue,
            };
            drawn.push((source, name, edge));
        }
        shown_groups = all_groups.len() - seen.len();
    } else {
        for ((source, group, peer), services) in &edges {
            drawn.push((source, (*group).to_owned(), text(peer, services)));
        }
    }
    // Node ids by position: internet first, then private networks and other peers, groups
    // sorted.
    let sources: BTreeMap<&(u8, String), usize> = drawn
        .iter()
        .map(|(source, _, _)| *source)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .enumerate()
        .map(|(i, p)| (p, i))
        .collect();
    let groups: BTreeMap<&str, usize> = drawn
        .iter()
        .map(|(_, g, _)| g.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .enumerate()
        .map(|(i, g)| (g, i))
        .collect();
    let mut out = String::from("### What this change newly exposes\n\n```mermaid\nflowchart LR\n");
    for ((rank, name), i) in &sources {
        let shape = if *rank == 0 {
            format!("(({}))", label(name))
        } else {
            format!("[{}]", label(name))
        };
        let _ = writeln!(out, "  p{i}{shape}");
    }
    for (name, i) in &groups {
        let _ = writeln!(out, "  g{i}[{}]", label(name));
    }
    for (source, group, edge) in &drawn {
        let _ = writeln!(
            out,
            "  p{} -->|{}| g{}",
            node(&sources, *source),
            label(edge),
            node(&groups, group.as_str())
        );
    }
    out.push_str("```\n\n");
    if collapse {
        let _ = writeln!(
            out,
            "_Collapsed: the groups newly exposed to the same peer and ports are one node ({} edges in all{}); the JSON report lists every exposure._\n",
            thousands(total),
            if shown_groups > 0 {
                format!(", {} groups left out", thousands(shown_groups))
            } else {
                String::new()
            }
        );
    }
    out
}

/// A mermaid flowchart of the paths from the internet to workloads after the change:
/// internet → internet gateway → subnet and its network ACL → group → workload → group →
/// workload (`picture::links`), with the edges only new or changed paths use drawn red and
/// thick, and the edges the network blocks dotted, naming what blocks them. Empty when no path
/// reaches a workload.
fn paths_diagram(input: &crate::model::Input, reach: &Reach, view: super::View) -> String {
    use super::picture::{Link, Spot};
    let mut after: Vec<&crate::reach::Path> = reach
        .paths
        .iter()
        .filter(|p| p.status != Change::Removed)
        .collect();
    if after.is_empty() {
        return String::new();
    }
    // The paths the change opens first, then those the network lets through (a stable sort).
    after.sort_by_key(|p| {
        (
            p.status == Change::Unchanged,
            p.network.reachable == crate::network::Reachable::No,
        )
    });
    let total = after.len();
    let (after, _) = limited(after, view.limit);
    let placement = crate::network::Placement::new(&input.network_after);
    // Each path's edges (collapsed: its workloads by kind, its groups by the kind of workload
    // they let in), and what each collapsed node stands for.
    let mut members: BTreeMap<Spot, BTreeSet<String>> = BTreeMap::new();
    // Collapsed edges are drawn once whatever their ports: the ports of the paths drawn are
    // joined on them.
    let mut ports: BTreeMap<Link, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    let edges = |p: &crate::reach::Path, collapse: bool| -> (Vec<Link>, Vec<(Spot, String)>) {
        let links = super::picture::links(input, &placement, p);
        if collapse {
            super::picture::collapsed(input, links)
        } else {
            (links, Vec::new())
        }
    };
    // Edges in path order → used by an unchanged path; how many paths are drawn; whether one
    // was left out.
    let mut draw = |collapse: bool| {
        let mut order: Vec<Link> = Vec::new();
        let mut old: BTreeMap<Link, bool> = BTreeMap::new();
        let (mut shown, mut cut) = (0, false);
        for p in &after {
            // Red is for what the change opens: not a path the network blocks.
            let existing = p.status == Change::Unchanged
                || p.network.reachable == crate::network::Reachable::No;
            let (links, stands_for) = edges(p, collapse);
            // Collapsed: the edge without its ports, and its ports.
            let links: Vec<(Link, String)> = links
                .into_iter()
                .map(|mut k| {
                    let label = if collapse {
                        std::mem::take(&mut k.label)
                    } else {
                        String::new()
                    };
                    (k, label)
                })
                .collect();
            let fresh = links.iter().filter(|(k, _)| !old.contains_key(k)).count();
            if order.len() + fresh > MAX_EDGES {
                cut = true;
                continue;
            }
            shown += 1;
            for (node, member) in stands_for {
                members.entry(node).or_default().insert(member);
            }
            for (k, label) in links {
                if collapse {
                    // `tcp/22, tcp/443 blocked by …`: the ports, and what blocks them.
                    let (list, blocked) = match label.find("blocked") {
                        Some(at) => label.split_at(at),
                        None => (label.as_str(), ""),
                    };
                    let (all, blockers) = ports.entry(k.clone()).or_default();
                    all.extend(
                        list.trim()
                            .split(", ")
                            .filter(|l| !l.is_empty())
                            .map(str::to_owned),
                    );
                    if !blocked.is_empty() {
                        blockers.insert(blocked.to_owned());
                    }
                }
                match old.get_mut(&k) {
                    Some(seen) => *seen |= existing,
                    None => {
                        old.insert(k.clone(), existing);
                        order.push(k);
                    }
                }
            }
        }
        (order, old, shown, cut)
    };
    // A graph too large to draw whole is drawn collapsed.
    let (mut order, mut old, mut shown, mut cut) = draw(false);
    let collapse = cut;
    if collapse {
        (order, old, shown, cut) = draw(true);
    }
    let nodes: BTreeSet<&Spot> = order.iter().flat_map(|k| [&k.from, &k.to]).collect();
    let ids: BTreeMap<&Spot, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let mut out =
        String::from("### Paths from the internet to workloads\n\n```mermaid\nflowchart LR\n");
    for (spot, i) in &ids {
        let text = match members.get(*spot) {
            Some(all) => label(&format!("{} ({})", spot.text(), thousands(all.len()))),
            None => label(&spot.text()),
        };
        let shape = match spot {
            Spot::Internet => format!("(({text}))"),
            Spot::Gateway(_) => format!("{{{{{text}}}}}"),
            Spot::Subnet { .. } => format!("[[{text}]]"),
            Spot::Group(_) => format!("[{text}]"),
            Spot::Workload(_) => format!("([{text}])"),
        };
        let _ = writeln!(out, "  n{i}{shape}");
    }
    let mut highlighted = Vec::new();
    for (i, k) in order.iter().enumerate() {
        let (from, to) = (node(&ids, &k.from), node(&ids, &k.to));
        let arrow = if k.blocked { "-.->" } else { "-->" };
        let text = match ports.get(k) {
            Some((list, blockers)) => {
                let list = list.iter().cloned().collect::<Vec<_>>().join(", ");
                let blockers = blockers.iter().cloned().collect::<Vec<_>>().join("; ");
                format!("{list} {blockers}").trim().to_owned()
            }
            None => k.label.clone(),
        };
        if text.is_empty() {
            let _ = writeln!(out, "  n{from} {arrow} n{to}");
        } else {
            let _ = writeln!(out, "  n{from} {arrow}|{}| n{to}", label(&text));
        }
        if old.get(k) == Some(&false) {
            highlighted.push(i.to_string());
        }
    }
    if !highlighted.is_empty() {
        let _ = writeln!(
            out,
            "  linkStyle {} stroke:#d73a49,stroke-width:3px",
            highlighted.join(",")
        );
    }
    out.push_str("```\n\n");
    let _ = writeln!(
        out,
        "_Red: edges of paths this change opens; dotted: where the network blocks a path (a route, a public address, a network ACL). Reachability reads {}._\n",
        crate::reach::SCOPE
    );
    if collapse {
        out.push_str("_Collapsed: workloads are grouped by kind, and security groups by the kind of workload they let in (how many each node stands for in brackets)._\n\n");
    }
    if shown < total || cut || reach.truncated {
        let _ = writeln!(
            out,
            "_The diagram shows {} of {}{} paths, those this change opens first; the JSON report lists them all._\n",
            thousands(shown),
            if reach.truncated { "more than " } else { "" },
            thousands(total)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A built-in rule links to its page at this version's tag in the repository, which
    /// `docs/rules/` holds; a rule of another pack, or no repository, links nowhere.
    #[test]
    fn built_in_rules_link_to_their_page() {
        let rules = crate::policy::built_in();
        let rule = rules
            .iter()
            .find(|r| r.id == "admin-ports-public-ipv4")
            .expect("a built-in rule");
        let url = doc_url(None, "https://github.com/o/sgaudit/", rule).expect("a link");
        assert_eq!(
            url,
            format!(
                "https://github.com/o/sgaudit/blob/v{}/docs/rules/admin-ports-public-ipv4.md",
                env!("CARGO_PKG_VERSION")
            )
        );
        let page = url.split("/blob/").nth(1).and_then(|p| p.split_once('/'));
        let page = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(page.expect("a path").1);
        assert!(page.is_file(), "{}", page.display());
        assert_eq!(doc_url(None, "", rule), None);
        // The address `--rule-docs` gives wins, with or without a repository.
        let base = "https://github.example/o/sgaudit/blob/main/docs/rules/";
        for repository in ["", "https://github.com/o/sgaudit"] {
            assert_eq!(
                doc_url(Some(base), repository, rule).as_deref(),
                Some(
                    "https://github.example/o/sgaudit/blob/main/docs/rules/admin-ports-public-ipv4.md"
                )
            );
        }
        let mut custom = rule.clone();
        custom.origin.file = "packs/mine.hcl".into();
        assert_eq!(doc_url(None, "https://github.com/o/sgaudit", &custom), None);
        assert_eq!(doc_url(Some(base), "", &custom), None);
    }

    #[test]
    fn cell_text_cannot_ping_link_or_break_a_table() {
        assert_eq!(
            text("ok by @sec-team, see #12 | <b>"),
            "ok by &#64;sec-team, see &#35;12 \\| &lt;b&gt;"
        );
    }
}
