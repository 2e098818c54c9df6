//! Inline ignores: the `# sgaudit:ignore rule-id[, rule-id...] -- reason` comments of a
//! configuration file, and the lines each covers, from the file's parsed blocks. A comment on
//! its own line directly above a block covers the block (its nested blocks included); above an
//! argument, or at the end of a line, it covers that line and the first line of the block
//! holding it, where that block's findings are placed (a `dynamic` block's, for its `content`).
//! In a `.tf.json` file, a `"//"` property anywhere in a block's object covers the block.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use hcl_edit::Span;
use hcl_edit::structure::{Body, Structure};

use super::json_syntax;
use super::load::SourceFile;
use crate::model::{InlineIgnore, Origin};

/// What marks an ignore.
const MARK: &str = "sgaudit:ignore";

/// The inline ignores of a file that was read and parsed (`body`, of its text, or for a
/// `.tf.json` file of the native text it was rewritten to), with the lines each covers.
pub fn collect(file: &SourceFile, body: &Body, out: &mut Vec<InlineIgnore>) {
    // Every file of the configuration is looked at: one search finds the few that hold one,
    // and only those are split into lines and their blocks walked.
    if !file.text.contains(MARK) {
        return;
    }
    if file.native.is_some() {
        for (line, comment, block) in json_syntax::comments(&file.text) {
            if let Some((rules, reason)) = comment.split_once(MARK).map(|(_, rest)| parse(rest)) {
                let covers = match block {
                    Some(span) if span.contains(&line) => vec![span],
                    _ => vec![line..=line],
                };
                out.push(ignore(&file.path, line, rules, reason, covers));
            }
        }
        return;
    }
    let text = &file.text;
    let lines: Vec<&str> = text.lines().collect();
    let blocks = Blocks::of(text, body);
    for (i, l) in lines.iter().enumerate() {
        let Some((before, rest)) = l.split_once(MARK) else {
            continue;
        };
        // Only in a comment: `#`, `//` or `/*` before the mark.
        let Some(start) = ["#", "//", "/*"]
            .iter()
            .filter_map(|m| before.find(m))
            .min()
        else {
            continue;
        };
        let line = i + 1;
        let own_line = before.get(..start).is_some_and(|b| b.trim().is_empty());
        // The line the comment is about: its own, or for a comment on its own line the next
        // one that is not a comment (ignores and other tools' comments may be stacked).
        let target = if own_line {
            let next = lines
                .iter()
                .enumerate()
                .skip(i + 1)
                .find(|(_, l)| !is_comment(l));
            match next {
                Some((n, l)) if !l.trim().is_empty() => Some(n + 1),
                // A blank line or the end of the file: about nothing below it.
                _ => None,
            }
        } else {
            Some(line)
        };
        let covers = match target {
            Some(target) => blocks.covers(line, target),
            None => vec![line..=line],
        };
        let (rules, reason) = parse(rest);
        out.push(ignore(&file.path, line, rules, reason, covers));
    }
}

/// Whether a line holds only a comment (`#`, `//`, or a `/* */` that ends on it).
fn is_comment(line: &str) -> bool {
    let l = line.trim();
    l.starts_with('#') || l.starts_with("//") || (l.starts_with("/*") && l.ends_with("*/"))
}

/// The rule ids and the reason of what follows the mark: `rule-id[, rule-id...] -- reason`.
fn parse(rest: &str) -> (Vec<String>, String) {
    let rest = rest.trim();
    let (rules, reason) = rest
        .split_once("--")
        .map_or((rest, ""), |(r, why)| (r.trim(), why.trim()));
    // A `/* ... */` comment's end is not part of the reason.
    let reason = reason.strip_suffix("*/").unwrap_or(reason).trim_end();
    let rules = rules
        .split([',', ' '])
        .map(|r| r.strip_suffix("*/").unwrap_or(r))
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
        .collect();
    (rules, reason.to_owned())
}

fn ignore(
    file: &str,
    line: usize,
    rules: Vec<String>,
    reason: String,
    covers: Vec<RangeInclusive<usize>>,
) -> InlineIgnore {
    InlineIgnore {
        origin: Origin::at(file, line),
        rules,
        reason,
        covers,
    }
}

/// One block of a file, by its lines.
#[derive(Clone, Copy)]
struct Lines {
    first: usize,
    last: usize,
    /// Where its findings are placed: its first line, or a `content` block's `dynamic` block's.
    anchor: usize,
}

/// The blocks of a file, nested ones included, by their lines.
struct Blocks {
    /// By first line, the outermost block that starts there.
    starting: BTreeMap<usize, Lines>,
    /// Every block, outer before inner.
    all: Vec<Lines>,
}

impl Blocks {
    fn of(text: &str, body: &Body) -> Blocks {
        let newlines: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i)
            .collect();
        let line = |offset: usize| newlines.partition_point(|&i| i < offset) + 1;
        let mut blocks = Blocks {
            starting: BTreeMap::new(),
            all: Vec::new(),
        };
        blocks.walk(body, None, &line);
        blocks
    }

    /// `dynamic`: the first line of the enclosing block when it is a `dynamic` block (its
    /// `content` block's findings are placed at that line).
    fn walk(&mut self, body: &Body, dynamic: Option<usize>, line: &impl Fn(usize) -> usize) {
        for s in body.iter() {
            let Structure::Block(b) = s else {
                continue;
            };
            let Some(span) = b.span() else {
                continue;
            };
            let first = line(span.start);
            let last = line(span.end.saturating_sub(1)).max(first);
            let anchor = match dynamic {
                Some(d) if b.ident.as_str() == "content" => d,
                _ => first,
            };
            let lines = Lines {
                first,
                last,
                anchor,
            };
            self.starting.entry(first).or_insert(lines);
            self.all.push(lines);
            let inner = (b.ident.as_str() == "dynamic").then_some(first);
            self.walk(&b.body, inner, line);
        }
    }

    /// What a comment on line `line` about line `target` covers: the block that starts at
    /// `target`, else `target`'s line and the findings of the innermost block holding it.
    fn covers(&self, line: usize, target: usize) -> Vec<RangeInclusive<usize>> {
        let (block, first) = match self.starting.get(&target) {
            Some(b) => (*b, line.min(b.first)..=b.last),
            None => match self
                .all
                .iter()
                .rev()
                .find(|b| (b.first..=b.last).contains(&target))
            {
                Some(b) => (*b, line.min(target)..=target),
                // Outside every block: its own lines.
                None => return vec![line.min(target)..=target],
            },
        };
        if first.contains(&block.anchor) {
            vec![first]
        } else {
            vec![first, block.anchor..=block.anchor]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ignores of a `.tf` text, each its line and the lines it covers.
    fn covers(text: &str) -> Vec<(usize, Vec<RangeInclusive<usize>>)> {
        let body = hcl_edit::parser::parse_body(text).unwrap();
        let file = SourceFile::new("main.tf".to_owned(), text.to_owned(), None);
        let mut out = Vec::new();
        collect(&file, &body, &mut out);
        out.into_iter()
            .map(|i| (i.origin.line.unwrap(), i.covers))
            .collect()
    }

    const GROUP: &str = r#"# sgaudit:ignore admin-ports-public-ipv4 -- the bastion, SEC-1
resource "aws_security_group" "web" {
  name        = "web" # sgaudit:ignore group-description-missing -- named only
  # sgaudit:ignore high-risk-ports-public -- FTP on purpose
  ingress {
    from_port   = 20
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # sgaudit:ignore admin-ports-public-ipv4 -- this one
  }

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "web" {
  ami = "ami-12c6146b"
}
"#;

    /// Above a resource: the resource's lines, its nested blocks included, up to its closing
    /// brace (line 18) and not the blank line after it nor the next resource.
    #[test]
    fn above_a_resource_covers_the_resource_and_its_nested_blocks() {
        let all = covers(GROUP);
        assert_eq!(all[0], (1, vec![1..=18]));
    }

    /// Above a nested block: that block (lines 5 to 10), not its sibling (line 12) nor the
    /// resource's own line (2).
    #[test]
    fn above_a_nested_block_covers_it_and_not_its_sibling() {
        let all = covers(GROUP);
        assert_eq!(all[2], (4, vec![4..=10]));
        let covered = |l: usize| all[2].1.iter().any(|r| r.contains(&l));
        assert!(covered(5) && !covered(12) && !covered(2) && !covered(11));
    }

    /// At the end of an argument's line: that line and the first line of the block holding
    /// it, where the block's findings are placed; never a sibling block or another argument.
    #[test]
    fn a_comment_at_the_end_of_a_line_covers_that_line_and_its_block() {
        let all = covers(GROUP);
        // `name = "web" # ...` in the resource: line 3, and the resource's line 2, not its
        // nested blocks (5, 12).
        assert_eq!(all[1], (3, vec![3..=3, 2..=2]));
        // `cidr_blocks = [...] # ...` in the first ingress: line 9 and that block's line 5.
        assert_eq!(all[3], (9, vec![9..=9, 5..=5]));
    }

    /// A comment at the end of a block's opening line covers the block; a blank line between
    /// a comment and a block leaves the block uncovered; stacked comments (ignores, other
    /// tools') all cover the block below them; a `dynamic` block's `content` is covered where
    /// its findings are placed, at the `dynamic` line.
    #[test]
    fn opening_lines_blank_lines_stacked_comments_and_dynamic_blocks() {
        let text = r#"resource "aws_security_group" "a" { # sgaudit:ignore r1 -- why
  name = "a"
}

# sgaudit:ignore r2 -- not about the block below: a blank line follows

# sgaudit:ignore r3 -- why
/* checkov:skip=CKV_AWS_24: why */
// sgaudit:ignore r4 -- why
resource "aws_security_group" "b" {
  dynamic "ingress" {
    for_each = [22]
    # sgaudit:ignore r5 -- why
    content {
      from_port = ingress.value
    }
  }
}
"#;
        assert_eq!(
            covers(text),
            [
                (1, vec![1..=3]),
                (5, vec![5..=5]),
                (7, vec![7..=18]),
                (9, vec![9..=18]),
                (13, vec![13..=16, 11..=11]),
            ]
        );
    }

    /// In a `.tf.json` file a `"//"` property anywhere in a resource's object (its nested
    /// blocks' too) covers the resource, from its name's line to its closing brace, where all
    /// its findings are placed; one outside every block covers its own line; a string that is
    /// not a `"//"` property is no ignore.
    #[test]
    fn a_json_comment_covers_the_block_holding_it() {
        let json = r#"{
  "//": "sgaudit:ignore r0 -- in no block",
  "resource": {
    "aws_security_group": {
      "web": {
        "name": "web",
        "description": "sgaudit:ignore r1 -- a value, not a comment",
        "ingress": [
          {
            "//": "sgaudit:ignore r2, r3 -- the \"bastion\", SEC-1",
            "from_port": 22
          }
        ]
      },
      "other": {
        "name": "other"
      }
    }
  }
}
"#;
        let (native, lines) = json_syntax::to_native("main.tf.json", json).unwrap();
        let body = hcl_edit::parser::parse_body(&native).unwrap();
        let file = SourceFile::new(
            "main.tf.json".to_owned(),
            json.to_owned(),
            Some((native, lines)),
        );
        let mut out = Vec::new();
        collect(&file, &body, &mut out);
        let seen: Vec<_> = out
            .iter()
            .map(|i| {
                (
                    i.origin.line.unwrap(),
                    i.rules.join(","),
                    i.reason.as_str(),
                    i.covers.clone(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (2, "r0".to_owned(), "in no block", vec![2..=2]),
                (
                    10,
                    "r2,r3".to_owned(),
                    "the \"bastion\", SEC-1",
                    vec![5..=14]
                ),
            ]
        );
    }

    /// The mark only counts in a comment, and a `/* */` comment's end is not its reason.
    #[test]
    fn only_comments_are_ignores() {
        let text = "resource \"aws_security_group\" \"a\" {\n  description = \"sgaudit:ignore x -- y\"\n  /* sgaudit:ignore r1, r2 -- why */\n  name = \"a\"\n}\n";
        let body = hcl_edit::parser::parse_body(text).unwrap();
        let file = SourceFile::new("main.tf".to_owned(), text.to_owned(), None);
        let mut out = Vec::new();
        collect(&file, &body, &mut out);
        assert_eq!(
            out,
            [InlineIgnore {
                origin: Origin::at("main.tf", 3),
                rules: vec!["r1".to_owned(), "r2".to_owned()],
                reason: "why".to_owned(),
                covers: vec![3..=4, 1..=1],
            }]
        );
    }
}
