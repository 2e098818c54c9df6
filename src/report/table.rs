//! Human output: the verdict line (passes or fails, and why) and the counts first, then one
//! table per security group, rows marked `+` added, `-` removed and `=` unchanged, the paths
//! and the findings, each section cut at `--limit` rows, and the verdict line again last.
//! Colour only when asked for (a terminal without `NO_COLOR`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use tabled::settings::Style;

use super::{Report, Terminal, View, all_groups, permissions_by_group, plural, reach_of};
use crate::diff::{ExposedPeer, Exposure};
use crate::model::Change;
use crate::model::{Group, Input, Lifecycle, Origin, SourceKind, Workload};
use crate::reach::Reach;

const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("{code}{text}{RESET}")
    } else {
        text.to_owned()
    }
}

fn heading(address: &str, group: Option<&Group>, kind: SourceKind, color: bool) -> String {
    let detail = match group.map(|g| &g.lifecycle) {
        None => "not in this input".to_owned(),
        Some(Lifecycle::Unchanged) if kind == SourceKind::State => "in state".to_owned(),
        Some(Lifecycle::Unchanged) if kind == SourceKind::Deployed => "in the account".to_owned(),
        Some(l) if group.is_some_and(|g| g.unmanaged_default_of.is_some()) => format!(
            "{} (not managed in this input: AWS's defaults apply)",
            l.action()
        ),
        Some(Lifecycle::Created) if group.is_some_and(|g| g.default) => {
            "create (adopts the VPC's default group; its existing rules are replaced)".to_owned()
        }
        Some(Lifecycle::Replaced(r)) => {
            let order = if r.create_first {
                "create before destroy"
            } else {
                "destroy before create"
            };
            let paths: Vec<String> = r
                .paths
                .iter()
                .map(|p| {
                    p.as_array()
                        .map(|steps| {
                            steps
                                .iter()
                                .map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_owned))
                                .collect::<Vec<_>>()
                                .join(".")
                        })
                        .unwrap_or_default()
                })
                .collect();
            let mut text = format!("replace, {order}");
            if !paths.is_empty() {
                let _ = write!(text, ", forced by {}", paths.join(", "));
            }
            if let Some(reason) = &r.reason {
                let _ = write!(text, " ({reason})");
            }
            text
        }
        Some(l) => l.action().to_owned(),
    };
    let default = if group.is_some_and(|g| g.default) {
        " [default group]"
    } else {
        ""
    };
    // An account's group is known by its id (`sg-…`): its name follows, as the console shows.
    let name = group
        .filter(|g| g.id.as_deref() == Some(address))
        .and_then(|g| g.name.as_deref())
        .filter(|&n| !(n == "default" && group.is_some_and(|g| g.default)))
        .map(|n| format!(" ({n})"))
        .unwrap_or_default();
    format!("{}{name}{default}: {detail}", paint(address, BOLD, color))
}

/// The resources that declare a row, then where they are declared when that is known.
fn declared_by<S: AsRef<str>>(resources: &[S], origins: &[Origin]) -> String {
    resources
        .iter()
        .map(|r| r.as_ref().to_owned())
        .chain(origins.iter().map(ToString::to_string))
        .collect::<Vec<_>>()
        .join("\n")
}

const EXPOSURE_COLUMNS: [&str; 6] = [
    "direction",
    "protocol",
    "ports",
    "peer",
    "reach",
    "resource",
];

/// The rows of an exposure table (`super::merged_exposures`), as cells.
fn merged_rows(rows: &[(&'static str, &Exposure)]) -> Vec<(&'static str, [String; 6])> {
    super::merged_exposures(rows)
        .into_iter()
        .map(|m| {
            (
                m.mark,
                [
                    m.direction.as_str().to_owned(),
                    m.protocol,
                    m.ports,
                    m.peer,
                    m.reach.to_owned(),
                    declared_by(&m.resources, &m.origins),
                ],
            )
        })
        .collect()
}

/// The rows of a table, header first.
#[derive(Default)]
struct Rows(Vec<Vec<String>>);

impl Rows {
    fn push_record<T: Into<String>>(&mut self, record: impl IntoIterator<Item = T>) {
        self.0.push(record.into_iter().map(Into::into).collect());
    }
}

/// The table in the sharp style: drawn directly when every cell is plain ASCII text (where a
/// character is one column), else by tabled; both draw the same table. At a width, the widest
/// columns are wrapped until the table fits (the box is never broken).
fn render(rows: Rows, width: Option<usize>) -> String {
    let rows = match width {
        Some(width) => fit(rows, width),
        None => rows,
    };
    plain_table(&rows.0).unwrap_or_else(|| tabled_table(rows))
}

/// The narrowest a wrapped column gets: a table that does not fit with every wide column this
/// narrow is drawn wider than the terminal rather than one character a line.
const NARROWEST: usize = 10;

/// Wraps the cells of the widest columns so that the table is at most `width` columns wide:
/// each column keeps its width up to one bound, the largest that fits (at least
/// [`NARROWEST`]), and its cells are wrapped at it, between words where they can be.
fn fit(rows: Rows, width: usize) -> Rows {
    let Some(columns) = rows.0.first().map(Vec::len) else {
        return rows;
    };
    let widths = column_widths(&rows);
    // `│ a │ b │`: three columns of frame per column, and one.
    let frame = 3 * columns + 1;
    // The width at a bound on the columns wider than `kept` (the others as they are).
    let at = |bound: usize, kept: usize| {
        frame
            + widths
                .iter()
                .map(|&w| if w > kept { w.min(bound) } else { w })
                .sum::<usize>()
    };
    let widest = widths.iter().copied().max().unwrap_or(0);
    if at(widest, 0) <= width {
        return rows;
    }
    // Columns of a rule id or an address (up to KEPT) stay whole while the long ones (a
    // message, a list of resources) can give way; else every column gives way.
    let kept = [KEPT, 0]
        .into_iter()
        .find(|&kept| at(NARROWEST, kept) <= width)
        .unwrap_or(0);
    let mut bound = widest;
    while bound > NARROWEST && at(bound, kept) > width {
        bound -= 1;
    }
    let wrapped: Vec<bool> = widths.iter().map(|&w| w > kept).collect();
    Rows(
        rows.0
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .zip(&wrapped)
                    .map(|(cell, &wrap_it)| if wrap_it { wrap(&cell, bound) } else { cell })
                    .collect()
            })
            .collect(),
    )
}

/// The widest a column can be and still be kept whole when a table must narrow: a rule id,
/// a resource address, a CIDR with what it was.
const KEPT: usize = 32;

/// The columns each column of a table takes: its widest line, as shown ([`shown_width`]).
fn column_widths(rows: &Rows) -> Vec<usize> {
    let mut widths = vec![0; rows.0.first().map_or(0, Vec::len)];
    for row in &rows.0 {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.split('\n').map(shown_width).max().unwrap_or(0));
        }
    }
    widths
}

/// The columns a cell's line takes: its characters, without the escape sequences of colours.
fn shown_width(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\u{1b}' => escaped = true,
            c if escaped => escaped = !c.is_ascii_alphabetic(),
            _ => n += 1,
        }
    }
    n
}

/// A cell wrapped at `bound` columns: each line broken after a space (or a comma) where it
/// can be, else inside a word. A coloured cell is left whole (they are short words).
fn wrap(cell: &str, bound: usize) -> String {
    if cell.contains('\u{1b}') || cell.split('\n').all(|l| shown_width(l) <= bound) {
        return cell.to_owned();
    }
    let mut out: Vec<String> = Vec::new();
    for line in cell.split('\n') {
        let mut current = String::new();
        for word in line.split_inclusive([' ', ',']) {
            let mut word = word;
            loop {
                let room = bound.saturating_sub(current.chars().count());
                let len = word.trim_end().chars().count();
                if len <= room {
                    current.push_str(word);
                    break;
                }
                if !current.is_empty() {
                    out.push(current.trim_end().to_owned());
                    current = String::new();
                    continue;
                }
                // A word longer than the column: cut it, after a `.`, `_` or `/` in the second
                // half of the column when there is one (`aws_security_group.` / `web`).
                let cut = word
                    .char_indices()
                    .nth(bound)
                    .map_or(word.len(), |(i, _)| i);
                let cut = word
                    .char_indices()
                    .take(bound)
                    .skip(bound / 2)
                    .filter(|&(_, c)| matches!(c, '.' | '_' | '/'))
                    .last()
                    .map_or(cut, |(i, c)| i + c.len_utf8());
                let (head, tail) = word.split_at(cut);
                out.push(head.to_owned());
                word = tail;
                if word.is_empty() {
                    break;
                }
            }
        }
        out.push(current.trim_end().to_owned());
    }
    out.join("\n")
}

fn tabled_table(rows: Rows) -> String {
    let mut builder = tabled::builder::Builder::default();
    for record in rows.0 {
        builder.push_record(record);
    }
    let mut table = builder.build();
    table.with(Style::sharp());
    table.to_string()
}

/// The sharp-style table of rows of plain ASCII cells (one column per byte, lines split at
/// `\n`), or `None` when a cell is anything else or the rows differ in length.
fn plain_table(rows: &[Vec<String>]) -> Option<String> {
    let columns = rows.first()?.len();
    if columns == 0
        || rows.iter().any(|r| {
            r.len() != columns
                || r.iter().any(|c| {
                    c.ends_with('\n')
                        || c.bytes()
                            .any(|b| !(b == b'\n' || (b' '..=b'~').contains(&b)))
                })
        })
    {
        return None;
    }
    let mut widths = vec![0; columns];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.split('\n').map(str::len).max().unwrap_or(0));
        }
    }
    let rule = |out: &mut String, left: char, middle: char, right: char| {
        out.push(left);
        for (i, w) in widths.iter().enumerate() {
            if i > 0 {
                out.push(middle);
            }
            out.extend(std::iter::repeat_n('─', w + 2));
        }
        out.push(right);
    };
    let mut out = String::new();
    rule(&mut out, '┌', '┬', '┐');
    for (r, row) in rows.iter().enumerate() {
        if r == 1 {
            out.push('\n');
            rule(&mut out, '├', '┼', '┤');
        }
        let height = row.iter().map(|c| c.split('\n').count()).max().unwrap_or(1);
        let mut lines: Vec<std::str::Split<char>> = row.iter().map(|c| c.split('\n')).collect();
        for _ in 0..height {
            out.push('\n');
            out.push('│');
            for (line, w) in lines.iter_mut().zip(&widths) {
                let text = line.next().unwrap_or("");
                out.push(' ');
                out.push_str(text);
                out.extend(std::iter::repeat_n(' ', w - text.len() + 1));
                out.push('│');
            }
        }
    }
    out.push('\n');
    // tabled draws a table of only a header with the header's rule at the bottom.
    if rows.len() == 1 {
        rule(&mut out, '├', '┼', '┤');
    } else {
        rule(&mut out, '└', '┴', '┘');
    }
    Some(out)
}

/// What a table report starts with: when the input is incomplete, a line that says so (the
/// errors are on standard error), then a blank line; else nothing.
fn head(input: &Input) -> String {
    match super::incomplete_line(&input.errors, "report") {
        Some(line) => format!("{line}\n\n"),
        None => String::new(),
    }
}

/// The line under a section `--limit` cut: how many rows it left out.
fn left_out(n: usize, one: &str, many: &str, limit: usize) -> String {
    format!(
        "… and {} (--limit {limit})\n",
        plural(n, &format!("more {one}"), &format!("more {many}"))
    )
}

/// At most `view.limit` items, and how many are left out.
fn limited<T>(items: Vec<T>, view: View) -> (Vec<T>, usize) {
    match view.limit {
        Some(limit) if items.len() > limit => {
            let cut = items.len() - limit;
            (items.into_iter().take(limit).collect(), cut)
        }
        _ => (items, 0),
    }
}

/// The `check` report as tables: the verdict line and the summary first; with `--quiet`, the
/// verdict line only.
pub fn check_table(report: &Report, term: impl Into<Terminal>) -> String {
    let t: Terminal = term.into();
    let color = t.color;
    let input = report.input;
    let diff = report.diff;
    let view = report.view;
    let (passes, line) = super::verdict(report);
    let verdict = format!(
        "{}\n",
        paint(&line, if passes { GREEN } else { RED }, color)
    );
    if view.quiet {
        return verdict;
    }
    let mut by_group: BTreeMap<&str, Vec<(&str, &Exposure)>> = all_groups(input)
        .into_iter()
        .map(|g| (g, Vec::new()))
        .collect();
    for (change, list) in diff.lists() {
        for e in list {
            by_group
                .entry(e.owner.name())
                .or_default()
                .push((sign(change), e));
        }
    }
    let mut out = head(input);
    out.push_str(&verdict);
    out.push_str(&super::counts(report.findings));
    let hidden = report.findings.iter().filter(|f| !view.lists(f)).count();
    if let Some(min) = view.min_severity
        && hidden > 0
    {
        let _ = write!(
            out,
            " {} below --min-severity {min} not listed.",
            plural(hidden, "finding", "findings")
        );
    }
    out.push('\n');
    out.push_str(&summary(report));
    out.push('\n');
    for (address, rows) in by_group {
        let _ = writeln!(
            out,
            "{}",
            heading(address, input.groups.get(address), input.source.kind, color)
        );
        if rows.is_empty() {
            out.push_str("  no permissions\n\n");
            continue;
        }
        let mut sorted = rows;
        sorted.sort_unstable_by(|a, b| {
            (super::exposure_order(a.1), a.0).cmp(&(super::exposure_order(b.1), b.0))
        });
        let mut b = Rows::default();
        b.push_record(std::iter::once("").chain(EXPOSURE_COLUMNS));
        let (rows, cut) = limited(merged_rows(&sorted), view);
        for (mark, cells) in rows {
            let mark = match mark {
                "+" => paint("+", GREEN, color),
                "-" => paint("-", RED, color),
                "~" => paint("~", GREEN, color),
                other => other.to_owned(),
            };
            b.push_record(std::iter::once(mark).chain(cells));
        }
        out.push_str(&render(b, t.width));
        out.push('\n');
        if let Some(limit) = view.limit.filter(|_| cut > 0) {
            out.push_str(&left_out(cut, "row", "rows", limit));
        }
        out.push('\n');
    }
    out.push_str(&nacls_table(input, t, view));
    out.push_str(&paths_table(report.reach, t, view));
    out.push_str(&apply_failures_table(report.findings, t, view));
    out.push_str(&findings_table(report.findings, t, view));
    // Last too, for a reader of a long report's end; an incomplete report's last line says so,
    // as its first does.
    out.push_str(&verdict);
    if let Some(incomplete) = super::incomplete_line(&input.errors, "report") {
        let _ = writeln!(out, "{incomplete}");
    }
    out
}

/// What the change does to each network ACL's allow-set: the rows it adds (`+`) and removes
/// (`-`), with the rules that decide them before and after (`*`: the final deny), and how many
/// rows it keeps or cannot tell; nothing for an ACL the change leaves as it was.
fn nacls_table(input: &Input, t: Terminal, view: View) -> String {
    let color = t.color;
    let mut out = String::new();
    for (address, d, hidden) in super::nacl_diffs(input) {
        if d.added.is_empty() && d.removed.is_empty() {
            continue;
        }
        let mut b = Rows::default();
        b.push_record([
            "",
            "direction",
            "protocol",
            "ports",
            "peer",
            "rules before",
            "rules after",
        ]);
        let rules = |list: &[crate::nacl::Decider]| -> String {
            let names = super::rule_numbers(list);
            if names.is_empty() {
                "—".to_owned()
            } else {
                names.join(", ")
            }
        };
        let marked: Vec<(String, &crate::nacl::Row)> = [
            (paint("+", GREEN, color), &d.added),
            (paint("-", RED, color), &d.removed),
        ]
        .into_iter()
        .flat_map(|(mark, list)| list.iter().map(move |r| (mark.clone(), r)))
        .collect();
        let (marked, cut) = limited(marked, view);
        {
            for (mark, r) in marked {
                let [protocol, ports, peer] = super::nacl_row_labels(r, hidden);
                b.push_record([
                    mark.clone(),
                    r.direction.as_str().to_owned(),
                    protocol,
                    ports,
                    peer,
                    rules(&r.before),
                    rules(&r.after),
                ]);
            }
        }
        let _ = writeln!(
            out,
            "{}: network ACL ({} rows kept, {} unknown)",
            paint(address, BOLD, color),
            d.unchanged.len(),
            d.unknown.len()
        );
        out.push_str(&render(b, t.width));
        out.push('\n');
        if let Some(limit) = view.limit.filter(|_| cut > 0) {
            out.push_str(&left_out(cut, "row", "rows", limit));
        }
        out.push('\n');
    }
    out
}

/// The mark of what the change does to a row: `+`, `~`, `=`, `-`.
fn sign(change: Change) -> &'static str {
    match change {
        Change::Added => "+",
        Change::Changed => "~",
        Change::Unchanged => "=",
        Change::Removed => "-",
    }
}

/// The paths from the internet to workloads, added ones first.
fn paths_table(reach: &Reach, t: Terminal, view: View) -> String {
    let color = t.color;
    if reach.paths.is_empty() {
        return String::new();
    }
    let mut b = Rows::default();
    b.push_record(["", "path", "public address", "network", "via"]);
    let (paths, cut) = limited(reach.paths.iter().collect(), view);
    for p in paths {
        let mark = format!("{} {}", sign(p.status), p.status.as_str());
        let mark = match p.status {
            Change::Added | Change::Changed => paint(&mark, GREEN, color),
            Change::Unchanged => mark,
            Change::Removed => paint(&mark, RED, color),
        };
        // One line per hop, under the path's first line (`internet`).
        let via: Vec<String> = std::iter::once(String::new())
            .chain(p.hops.iter().map(|h| {
                let mut text = h.via.join(", ");
                if !h.egress.is_empty() {
                    let _ = write!(text, " (egress {})", h.egress.join(", "));
                }
                text
            }))
            .collect();
        // What the network says of the first hop, and why when it blocks it or cannot tell.
        let network = std::iter::once(
            match p.network.reachable {
                crate::network::Reachable::Yes => "reachable",
                crate::network::Reachable::No => "blocked",
                crate::network::Reachable::Unknown => "unknown",
            }
            .to_owned(),
        )
        .chain(
            p.network
                .blocked_by
                .iter()
                .map(|b| format!("{}: {}", b.resource, b.why)),
        )
        .collect::<Vec<_>>()
        .join("\n");
        b.push_record([
            mark,
            p.label().replace(" -(", "\n  -("),
            format!("{} ({})", p.public.as_str(), p.public.because),
            network,
            via.join("\n"),
        ]);
    }
    let mut out = format!("paths from the internet:\n{}\n", render(b, t.width));
    if let Some(limit) = view.limit.filter(|_| cut > 0) {
        out.push_str(&left_out(cut, "path", "paths", limit));
    }
    if reach.truncated {
        let _ = writeln!(
            out,
            "note: more than {} paths: the list is cut; narrow the input",
            crate::reach::MAX_PATHS
        );
    }
    out.push('\n');
    out
}

/// A workload's heading: its address, kind, what the change does to it, its groups and
/// whether it can hold a public address.
fn workload_heading(w: &Workload, color: bool) -> String {
    let mut text = format!(
        "{} [{}]: {}",
        paint(&w.address, BOLD, color),
        w.kind.as_str().replace('_', " "),
        w.lifecycle.action()
    );
    if let Some(parent) = &w.part_of {
        let _ = write!(text, ", on {parent}");
    }
    match &w.after {
        Some(a) => {
            let groups = if a.groups.is_empty() && a.default_group {
                "the VPC's default group".to_owned()
            } else if a.groups.is_empty() {
                "none".to_owned()
            } else {
                a.groups.join(", ")
            };
            let _ = write!(
                text,
                "\n  groups: {groups}\n  public address: {} ({})",
                a.public.as_str(),
                a.public.because
            );
        }
        None => text.push_str("\n  deleted by this change"),
    }
    text
}

/// `show --by workload`: each workload with what its groups together let in and out after
/// the change, then the paths from the internet.
pub fn show_workloads_table(input: &Input, reach: &Reach, term: impl Into<Terminal>) -> String {
    let t: Terminal = term.into();
    let color = t.color;
    let mut out = head(input);
    for w in input.workloads.values() {
        let _ = writeln!(out, "{}", workload_heading(w, color));
        let mut rows: Vec<&Exposure> = reach
            .workloads
            .get(&w.address)
            .map(|r| r.exposure.after().collect())
            .unwrap_or_default();
        if rows.is_empty() {
            out.push_str("  no permissions\n\n");
            continue;
        }
        rows.sort_by(|a, b| super::exposure_order(a).cmp(&super::exposure_order(b)));
        let mut b = Rows::default();
        b.push_record(EXPOSURE_COLUMNS);
        let rows: Vec<(&'static str, &Exposure)> = rows.into_iter().map(|e| ("", e)).collect();
        for (_, cells) in merged_rows(&rows) {
            b.push_record(cells);
        }
        out.push_str(&render(b, t.width));
        out.push_str("\n\n");
    }
    out.push_str(&paths_table(reach, t, View::default()));
    let reachable = reach
        .workloads
        .values()
        .filter(|r| r.reachable_after)
        .count();
    let n = input.workloads.len();
    let _ = writeln!(
        out,
        "{n} workload{}, {reachable} reachable from the internet\nnote: reachability reads {}",
        if n == 1 { "" } else { "s" },
        crate::reach::SCOPE
    );
    out
}

/// The findings that predict an apply error (`super::will_fail`), each with its AWS error:
/// nothing when there is none.
fn apply_failures_table(findings: &[crate::policy::Finding], t: Terminal, view: View) -> String {
    let color = t.color;
    let failing: Vec<&crate::policy::Finding> =
        findings.iter().filter(|f| super::will_fail(f)).collect();
    if failing.is_empty() {
        return String::new();
    }
    let (failing, cut) = limited(failing, view);
    let more = match view.limit.filter(|_| cut > 0) {
        Some(limit) => left_out(cut, "apply failure", "apply failures", limit),
        None => String::new(),
    };
    let mut b = Rows::default();
    b.push_record(["AWS error", "status", "rule", "finding", "where"]);
    for &f in &failing {
        let (status, message) = status_and_message(f);
        b.push_record([
            paint(f.apply_error.as_deref().unwrap_or_default(), RED, color),
            status,
            f.rule.to_string(),
            message,
            declared_by(&f.resources, &f.origins),
        ]);
    }
    if listed(&b, t.width) {
        return format!("will fail at apply:\n{}{more}\n", compact(&failing, t));
    }
    format!("will fail at apply:\n{}\n{more}\n", render(b, t.width))
}

/// Whether findings are listed rather than tabled at this width: under [`COMPACT`] columns,
/// or when the table would leave their message (the fourth column) fewer than
/// [`MESSAGE_ROOM`].
fn listed(rows: &Rows, width: Option<usize>) -> bool {
    let Some(width) = width else {
        return false;
    };
    let widths = column_widths(rows);
    let others: usize = widths
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != 3)
        .map(|(_, w)| w)
        .sum();
    width < COMPACT || width.saturating_sub(3 * 5 + 1 + others) < MESSAGE_ROOM
}

/// The fewest columns a finding's message gets in a table of findings.
const MESSAGE_ROOM: usize = 40;

/// Under this width, findings are listed rather than tabled (see [`listed`]): five columns of
/// a table leave their message a few words a line.
const COMPACT: usize = 100;

/// Findings as a list, for a narrow terminal: a line of severity (or the AWS error the
/// finding predicts), status, rule and where, then the message indented and wrapped to the
/// width, and a blank line.
fn compact(findings: &[&crate::policy::Finding], t: Terminal) -> String {
    let width = t.width.unwrap_or(usize::MAX).max(NARROWEST + 4);
    let mut out = String::new();
    for f in findings {
        let (status, message) = status_and_message(f);
        let first = match &f.apply_error {
            Some(error) if super::will_fail(f) => paint(error, RED, t.color),
            _ => match f.severity {
                crate::policy::Severity::Critical | crate::policy::Severity::High => {
                    paint(f.severity.as_str(), RED, t.color)
                }
                _ => f.severity.as_str().to_owned(),
            },
        };
        let place = declared_by(&f.resources, &f.origins).replace('\n', ", ");
        let _ = writeln!(out, "{first} · {status} · {} · {place}", f.rule);
        for line in wrap(&message, width - 4).lines() {
            let _ = writeln!(out, "    {line}");
        }
        out.push('\n');
    }
    out
}

/// A finding's status (with its baseline and waiver) and its message (with the waiver's place
/// and reason), as both findings tables write them.
fn status_and_message(f: &crate::policy::Finding) -> (String, String) {
    let mut status = f.status.as_str().to_owned();
    if f.baselined {
        status.push_str(" (baseline)");
    }
    let mut message = f.message();
    if let Some(w) = &f.waived {
        status.push_str(", waived");
        message.push_str(&format!("\nwaived at {}: {}", w.origin, w.reason));
    }
    (status, message)
}

/// The findings: severity, status, rule and message, most important first; those that predict
/// an apply error are `apply_failures_table`'s.
fn findings_table(findings: &[crate::policy::Finding], t: Terminal, view: View) -> String {
    let color = t.color;
    let rest: Vec<&crate::policy::Finding> = findings
        .iter()
        .filter(|f| !super::will_fail(f) && view.lists(f))
        .collect();
    if rest.is_empty() {
        return "findings: none\n\n".to_owned();
    }
    let (rest, cut) = limited(rest, view);
    let more = match view.limit.filter(|_| cut > 0) {
        Some(limit) => left_out(cut, "finding", "findings", limit),
        None => String::new(),
    };
    let mut b = Rows::default();
    b.push_record(["severity", "status", "rule", "finding", "where"]);
    for &f in &rest {
        let severity = match f.severity {
            crate::policy::Severity::Critical | crate::policy::Severity::High => {
                paint(f.severity.as_str(), RED, color)
            }
            _ => f.severity.as_str().to_owned(),
        };
        let (status, message) = status_and_message(f);
        b.push_record([
            severity,
            status,
            f.rule.to_string(),
            message,
            declared_by(&f.resources, &f.origins),
        ]);
    }
    if listed(&b, t.width) {
        return format!("findings:\n{}{more}\n", compact(&rest, t));
    }
    format!("findings:\n{}\n{more}\n", render(b, t.width))
}

fn summary(report: &Report) -> String {
    let diff = report.diff;
    let public = diff.public_ingress().count();
    let unknown = diff
        .added
        .iter()
        .filter(|e| e.peer.public().is_none())
        .count();
    let groups = report.input.groups.len();
    let mut line = format!(
        "{groups} group{}; exposure: {} added ({public} public ingress",
        if groups == 1 { "" } else { "s" },
        diff.added.len(),
    );
    if unknown > 0 {
        let _ = write!(line, ", {unknown} with an unknown peer");
    }
    let _ = writeln!(
        line,
        "), {} removed, {} unchanged",
        diff.removed.len(),
        diff.unchanged.len()
    );
    if !report.input.workloads.is_empty() {
        let reach = report.reach;
        let fresh = reach
            .paths
            .iter()
            .filter(|p| matches!(p.status, Change::Added | Change::Changed))
            .count();
        let after = reach
            .paths
            .iter()
            .filter(|p| p.status != Change::Removed)
            .count();
        let n = report.input.workloads.len();
        let _ = writeln!(
            line,
            "{n} workload{}; {after} path{} from the internet ({fresh} added or changed)\nnote: reachability reads {}",
            if n == 1 { "" } else { "s" },
            if after == 1 { "" } else { "s" },
            crate::reach::SCOPE
        );
    }
    for note in &report.input.notes {
        let _ = writeln!(line, "note: {note}");
    }
    for part in &report.input.not_analysed {
        let _ = writeln!(line, "not analysed: {part}");
    }
    if !report.input.source.missing_variables.is_empty() {
        let _ = writeln!(
            line,
            "note: no value for {}: what depends on them is unknown (set them with --var or a .tfvars file)",
            report.input.source.missing_variables.join(", ")
        );
    }
    if !report.input.source.complete {
        line.push_str("note: terraform says this plan is not complete (deferred changes): another plan will follow\n");
    }
    line
}

/// `sgaudit rules`: each rule of the packs in use, its severity and title (`rows`), fitted to
/// the terminal as every table is.
pub fn rules_table(rows: Vec<[String; 3]>, term: impl Into<Terminal>) -> String {
    let t: Terminal = term.into();
    let mut b = Rows::default();
    b.push_record(["rule", "severity", "title"]);
    for row in rows {
        b.push_record(row);
    }
    format!("{}\n", render(b, t.width))
}

/// The `show` report: each group and the permissions it holds after the change.
pub fn show_table(input: &Input, term: impl Into<Terminal>) -> String {
    let t: Terminal = term.into();
    let color = t.color;
    let mut out = head(input);
    let by_group = permissions_by_group(input);
    for address in all_groups(input) {
        let _ = writeln!(
            out,
            "{}",
            heading(address, input.groups.get(address), input.source.kind, color)
        );
        let permissions = by_group.get(address).map_or(&[][..], Vec::as_slice);
        if permissions.is_empty() {
            out.push_str("  no permissions\n\n");
            continue;
        }
        let mut b = Rows::default();
        b.push_record([
            "direction",
            "protocol",
            "ports",
            "peer",
            "reach",
            "resource",
            "description",
        ]);
        for &p in permissions {
            let peer = ExposedPeer::of(p, &input.prefix_lists_after);
            b.push_record([
                p.direction.as_str().to_owned(),
                p.range.protocol_label(),
                p.range.ports_label(),
                peer.label(),
                reach_of(&peer).to_owned(),
                declared_by(std::slice::from_ref(&p.resource), p.origin.as_slice()),
                // The reader keeps a sensitive description as `sensitive`.
                p.description.clone().unwrap_or_default(),
            ]);
        }
        out.push_str(&render(b, t.width));
        out.push_str("\n\n");
    }
    let total = input.after.len();
    let _ = writeln!(
        out,
        "{} group{}, {total} permission{}",
        input.groups.len(),
        if input.groups.len() == 1 { "" } else { "s" },
        if total == 1 { "" } else { "s" }
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(list: &[&[&str]]) -> Rows {
        let mut rows = Rows::default();
        for r in list {
            rows.push_record(r.iter().copied());
        }
        rows
    }

    /// Drawing a plain table directly gives what tabled draws.
    #[test]
    fn plain_tables_are_drawn_as_tabled_draws_them() {
        let cases: &[&[&[&str]]] = &[
            &[&["a", "bb", "ccc"]],
            &[&["", "direction", "ports"], &["+", "ingress", "22"]],
            &[
                &["h", "resource"],
                &["", "aws_security_group.a\nmain.tf:3"],
                &["-", ""],
                &["=", "x\n\ny"],
            ],
            &[&["x"], &[""], &["long line with spaces  "]],
        ];
        for case in cases {
            let plain = plain_table(&rows(case).0).expect("plain");
            assert_eq!(plain, tabled_table(rows(case)), "{case:?}");
        }
        assert!(plain_table(&rows(&[&["é"]]).0).is_none());
        assert!(plain_table(&rows(&[&["\u{1b}[32m+\u{1b}[0m"]]).0).is_none());
        assert!(plain_table(&rows(&[&["a", "b"], &["c"]]).0).is_none());
    }
}
