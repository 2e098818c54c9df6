//! Terraform's JSON syntax (`.tf.json`) rewritten as native syntax, so that one evaluator reads
//! both: strings are templates (`"${var.x}/32"`), other JSON values are literals, and known
//! block types (`dynamic`, `content`, `lifecycle`, ...) become blocks. Each generated line
//! remembers the JSON line it comes from, for `file:line` origins and errors.

use std::ops::RangeInclusive;

use serde_json::{Map, Value};

use crate::model::{Diagnostic, Origin};

/// Block types that are blocks, not attributes, in any resource, module or block body.
const BLOCKS: [&str; 6] = [
    "dynamic",
    "content",
    "lifecycle",
    "provisioner",
    "connection",
    "timeouts",
];

/// The other keys Terraform accepts at the top level of a `.tf.json` file (`//` is a comment);
/// sgaudit reads nothing in them. (`action` is Terraform 1.14's.)
const OTHER_TOP_LEVEL: [&str; 10] = [
    "//",
    "terraform",
    "required_providers",
    "provider",
    "moved",
    "import",
    "check",
    "removed",
    "ephemeral",
    "action",
];

/// Native syntax for a `.tf.json` text, and for each generated line the JSON line it comes from.
pub fn to_native(name: &str, json: &str) -> Result<(String, Vec<usize>), Diagnostic> {
    let located = |line: usize, column: usize| Origin {
        col: Some(column),
        ..Origin::at(name, line)
    };
    let root: Value = serde_json::from_str(json).map_err(|e| {
        Diagnostic::error(
            located(e.line(), e.column()),
            format!("invalid JSON: {}", strip(&e)),
        )
    })?;
    let Value::Object(root) = root else {
        // Where the value starts: the first character that is not a blank.
        let at = json.len() - json.trim_start().len();
        let (line, column) = crate::access::line_column(json.as_bytes(), at);
        return Err(Diagnostic::error(
            located(line, column),
            "a .tf.json file holds a JSON object",
        ));
    };
    let mut out = Writer {
        name,
        json,
        text: String::new(),
        lines: Vec::new(),
    };
    for (kind, value) in &root {
        match kind.as_str() {
            "resource" | "data" => {
                for (rtype, named) in out.labels(value, &[kind], || out.find(&[kind]))? {
                    for (rname, bodies) in
                        out.labels(named, &[kind, rtype], || out.find(&[kind, rtype]))?
                    {
                        for body in as_list(bodies) {
                            let line = out.find(&[kind, rtype, rname]);
                            out.block(
                                &format!("{kind} {} {}", quote(rtype), quote(rname)),
                                body,
                                line,
                                0,
                            )?;
                        }
                    }
                }
            }
            "variable" | "module" | "output" => {
                for (label, bodies) in out.labels(value, &[kind], || out.find(&[kind]))? {
                    for body in as_list(bodies) {
                        let line = out.find(&[kind, label]);
                        out.block(&format!("{kind} {}", quote(label)), body, line, 0)?;
                    }
                }
            }
            "locals" => {
                for body in as_list(value) {
                    let line = out.find(&[kind]);
                    out.block("locals", body, line, 0)?;
                }
            }
            // Blocks sgaudit does not read, and comments.
            k if OTHER_TOP_LEVEL.contains(&k) => {}
            // As Terraform ("Extraneous JSON object property"):
            // https://developer.hashicorp.com/terraform/language/syntax/json#json-file-structure
            other => {
                let line = out.find(&[other]);
                return Err(Diagnostic::error(
                    Origin::at(name, line),
                    format!(
                        "no argument or block type is named {other:?} at the top level of a .tf.json file"
                    ),
                ));
            }
        }
    }
    Ok((out.text, out.lines))
}

fn strip(e: &serde_json::Error) -> String {
    let text = e.to_string();
    text.rsplit_once(" at line ")
        .map_or(text.clone(), |(message, _)| message.to_owned())
}

/// The properties of a JSON object, or of each object of an array: HCL's JSON syntax takes
/// both for a block's labels (`"resource": [{"aws_vpc": {...}}]`). `//` is a comment.
fn objects(v: &Value) -> Option<Vec<(&String, &Value)>> {
    fn properties(o: &Map<String, Value>) -> impl Iterator<Item = (&String, &Value)> {
        o.iter().filter(|(k, _)| k.as_str() != "//")
    }
    match v {
        Value::Object(o) => Some(properties(o).collect()),
        Value::Array(items) => {
            let mut out = Vec::new();
            for item in items {
                out.extend(properties(item.as_object()?));
            }
            Some(out)
        }
        _ => None,
    }
}

fn as_list(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

fn quote(s: &str) -> String {
    Value::String(s.to_owned()).to_string()
}

struct Writer<'j> {
    /// The file, as messages name it.
    name: &'j str,
    json: &'j str,
    text: String,
    lines: Vec<usize>,
}

impl Writer<'_> {
    fn line(&mut self, text: &str, json_line: usize) {
        self.text.push_str(text);
        self.text.push('\n');
        self.lines.push(json_line);
    }

    /// The JSON line of a key path (`resource`, type, name), found by scanning for the keys
    /// in order.
    fn find(&self, keys: &[&str]) -> usize {
        // The JSON after the last key found, and the lines before it (a quoted key holds none).
        let (mut rest, mut lines) = (self.json, 0);
        for key in keys {
            match rest.split_once(quote(key).as_str()) {
                Some((before, after)) => {
                    lines += before.matches('\n').count();
                    rest = after;
                }
                None => break,
            }
        }
        lines + 1
    }

    /// The labels of a block (the properties of `v`, an object or an array of objects) under
    /// the keys `path`: anything else is an error at the line of the last key, as in
    /// Terraform ("Incorrect JSON value type").
    fn labels<'v>(
        &self,
        v: &'v Value,
        path: &[&str],
        line: impl Fn() -> usize,
    ) -> Result<Vec<(&'v String, &'v Value)>, Diagnostic> {
        objects(v).ok_or_else(|| {
            Diagnostic::error(
                Origin::at(self.name, line()),
                format!(
                    "{}: expected a JSON object or an array of JSON objects (the labels of its blocks)",
                    path.join(".")
                ),
            )
        })
    }

    /// The line of `key` at or after the line `from` (for messages: a scan of the text).
    fn key_line(&self, from: usize, key: &str) -> usize {
        let start: usize = self
            .json
            .split_inclusive('\n')
            .take(from.saturating_sub(1))
            .map(str::len)
            .sum();
        let rest = self.json.get(start..).unwrap_or_default();
        match rest.split_once(quote(key).as_str()) {
            Some((before, _)) => from + before.matches('\n').count(),
            None => from,
        }
    }

    fn block(
        &mut self,
        header: &str,
        body: &Value,
        line: usize,
        depth: usize,
    ) -> Result<(), Diagnostic> {
        let indent = "  ".repeat(depth);
        let Value::Object(body) = body else {
            // A nested block is written on the lines of its parent's: find its own key.
            let at = match header.split(' ').next() {
                Some(key) if depth > 0 => self.key_line(line, key),
                _ => line,
            };
            return Err(Diagnostic::error(
                Origin::at(self.name, at),
                format!("the body of {header} is not a JSON object"),
            ));
        };
        self.line(&format!("{indent}{header} {{"), line);
        self.body(body, line, depth + 1)?;
        self.line(&format!("{indent}}}"), line);
        Ok(())
    }

    fn body(
        &mut self,
        body: &Map<String, Value>,
        line: usize,
        depth: usize,
    ) -> Result<(), Diagnostic> {
        let indent = "  ".repeat(depth);
        for (key, value) in body {
            match key.as_str() {
                "//" => {}
                "dynamic" => {
                    for (label, inner) in
                        self.labels(value, &["dynamic"], || self.key_line(line, "dynamic"))?
                    {
                        for b in as_list(inner) {
                            self.block(&format!("dynamic {}", quote(label)), b, line, depth)?;
                        }
                    }
                }
                k if BLOCKS.contains(&k) => {
                    for b in as_list(value) {
                        self.block(k, b, line, depth)?;
                    }
                }
                // Meta-arguments that name things rather than compute values.
                "depends_on" | "provider" | "providers" | "source" | "version" | "iterator" => {
                    let (text, raw) = match value {
                        Value::String(s) if key == "source" || key == "version" => {
                            (quote(s), false)
                        }
                        Value::String(s) => (s.clone(), true),
                        other => (other.to_string(), false),
                    };
                    // A name written as text becomes native syntax as it is: it must be one
                    // expression on one line (a newline in it would write other arguments).
                    if raw && (text.contains(['\n', '\r']) || parse_expr(&text).is_err()) {
                        return Err(Diagnostic::error(
                            Origin::at(self.name, self.key_line(line, key)),
                            format!("{key:?} is not a reference (such as a resource's address)"),
                        ));
                    }
                    self.line(&format!("{indent}{key} = {text}"), line);
                }
                _ => {
                    let expr = expression(value);
                    // A string with an interpolation (`${`, `%{`) must parse: said here, at
                    // its JSON line, rather than at a line of the native text.
                    if templated(value)
                        && let Err(e) = parse_expr(&expr)
                    {
                        return Err(Diagnostic::error(
                            Origin::at(self.name, self.key_line(line, key)),
                            format!("{key:?}: not a valid template: {}", e.message()),
                        ));
                    }
                    self.line(&format!("{indent}{} = {expr}", quote_key(key)), line);
                }
            }
        }
        Ok(())
    }
}

fn parse_expr(text: &str) -> Result<hcl_edit::expr::Expression, hcl_edit::parser::Error> {
    hcl_edit::parser::parse_expr(text)
}

/// Whether a JSON value holds a string (or an object key) with a template sequence.
fn templated(v: &Value) -> bool {
    let marked = |s: &str| s.contains("${") || s.contains("%{");
    match v {
        Value::String(s) => marked(s),
        Value::Array(items) => items.iter().any(templated),
        Value::Object(o) => o.iter().any(|(k, v)| marked(k) || templated(v)),
        _ => false,
    }
}

fn quote_key(key: &str) -> String {
    if key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !key.starts_with(|c: char| c.is_ascii_digit())
    {
        key.to_owned()
    } else {
        quote(key)
    }
}

/// A JSON value as a native expression: strings stay templates, objects and arrays recurse.
fn expression(v: &Value) -> String {
    match v {
        Value::String(s) => template(s),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(expression).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(o) => {
            let fields: Vec<String> = o
                .iter()
                .map(|(k, v)| format!("{} = {}", template(k), expression(v)))
                .collect();
            format!("{{{}}}", fields.join(", "))
        }
        other => other.to_string(),
    }
}

/// A JSON string as a native template: quotes, backslashes and newlines escaped, `${`
/// interpolations kept.
fn template(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The `"//"` comments of a `.tf.json` text (Terraform's JSON syntax has no other): each one's
/// line, its text, and the lines of the resource, data source or module block whose object holds
/// it at any depth (from its name's line to its closing brace or bracket). Every finding of a
/// block of a `.tf.json` file is placed at its name's line, so a comment covers its whole block.
/// A text that is not JSON gives what was found before it stopped being JSON.
pub fn comments(json: &str) -> Vec<(usize, String, Option<RangeInclusive<usize>>)> {
    let mut out: Vec<(usize, String, Option<RangeInclusive<usize>>)> = Vec::new();
    // The keys of the containers that are a key's value, each with its line.
    let mut path: Vec<(String, usize)> = Vec::new();
    // The open containers: whether each is an object, and whether it is a key's value.
    let mut frames: Vec<(bool, bool)> = Vec::new();
    // The block open (its container's depth, its name's line) and its comments so far.
    let mut block: Option<(usize, usize, Vec<usize>)> = None;
    let mut key: Option<(String, usize)> = None;
    let mut expect_key = false;
    let mut line = 1;
    let mut chars = json.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '\n' => line += 1,
            '"' => {
                // The string's raw text, escapes included, decoded by serde_json.
                let mut escaped = false;
                let mut end = json.len();
                for (i, c) in chars.by_ref() {
                    match c {
                        '\\' if !escaped => escaped = true,
                        '"' if !escaped => {
                            end = i + 1;
                            break;
                        }
                        _ => escaped = false,
                    }
                }
                let Ok(text) = serde_json::from_str::<String>(json.get(at..end).unwrap_or(""))
                else {
                    return out;
                };
                if expect_key && frames.last().is_some_and(|&(object, _)| object) {
                    key = Some((text, line));
                    expect_key = false;
                } else {
                    if key.as_ref().is_some_and(|(k, _)| k == "//") {
                        if let Some((_, _, inside)) = &mut block {
                            inside.push(out.len());
                        }
                        out.push((line, text, None));
                    }
                    key = None;
                }
            }
            '{' | '[' => {
                let keyed = key.is_some();
                if let Some(k) = key.take() {
                    path.push(k);
                }
                frames.push((c == '{', keyed));
                expect_key = c == '{';
                let names = match path.first().map(|(k, _)| k.as_str()) {
                    Some("resource" | "data") => 3,
                    Some("module") => 2,
                    _ => 0,
                };
                if keyed && block.is_none() && names > 0 && path.len() == names {
                    let named = path.last().map_or(line, |(_, l)| *l);
                    block = Some((frames.len(), named, Vec::new()));
                }
            }
            '}' | ']' => {
                if let Some((depth, first, inside)) = &block
                    && *depth == frames.len()
                {
                    for &i in inside {
                        if let Some(comment) = out.get_mut(i) {
                            comment.2 = Some(*first..=line);
                        }
                    }
                    block = None;
                }
                if let Some((_, keyed)) = frames.pop()
                    && keyed
                {
                    path.pop();
                }
                key = None;
                expect_key = false;
            }
            ',' => {
                key = None;
                expect_key = frames.last().is_some_and(|&(object, _)| object);
            }
            // `:`, blanks, and the characters of numbers, `true`, `false` and `null`.
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As HCL's JSON syntax: the labels of blocks may be an array of objects; a resource
    /// written so is read, not skipped.
    #[test]
    fn labels_may_be_arrays_of_objects() {
        let json = r#"{
  "resource": [
    { "aws_security_group": { "a": { "name": "a" } } },
    { "aws_security_group": [ { "b": { "name": "b" } } ] }
  ],
  "//": "a comment",
  "terraform": {}
}"#;
        let (text, _) = to_native("x.tf.json", json).unwrap();
        assert!(
            text.contains(r#"resource "aws_security_group" "a" {"#),
            "{text}"
        );
        assert!(
            text.contains(r#"resource "aws_security_group" "b" {"#),
            "{text}"
        );
    }

    /// Every error names the file and the line (and the column where JSON gives one).
    #[test]
    fn errors_name_the_file_and_line() {
        let cases = [
            (
                "\n\n  [1]",
                "x.tf.json:3:3: a .tf.json file holds a JSON object",
            ),
            (
                "{\n  \"resource\": {},\n  \"region\": \"us-east-1\"\n}",
                "x.tf.json:3: no argument or block type is named \"region\" at the top level of a .tf.json file",
            ),
            (
                "{\n  \"resource\": 5\n}",
                "x.tf.json:2: resource: expected a JSON object or an array of JSON objects (the labels of its blocks)",
            ),
            (
                "{\n  \"locals\": \"x\"\n}",
                "x.tf.json:2: the body of locals is not a JSON object",
            ),
            (
                "{\n  \"resource\": { \"aws_security_group\": { \"g\": {\n    \"name\": \"g\",\n    \"lifecycle\": 1\n  } } }\n}",
                "x.tf.json:4: the body of lifecycle is not a JSON object",
            ),
            (
                "{\n  \"locals\": {\n    \"a\": 1,\n    \"b\": \"${var.}\"\n  }\n}",
                "x.tf.json:4: \"b\": not a valid template: ",
            ),
        ];
        for (json, want) in cases {
            let got = to_native("x.tf.json", json).unwrap_err().to_string();
            assert!(got.starts_with(want), "{json}: {got}");
        }
    }

    /// A reference written as text (`provider`, `depends_on`) is one expression: a newline
    /// in it would write other arguments into the block, out of sight of the JSON's lines.
    #[test]
    fn a_reference_cannot_write_other_arguments() {
        let json = "{\n  \"resource\": { \"aws_security_group\": { \"g\": {\n    \"provider\": \"aws.west\\n  ingress {}\"\n  } } }\n}";
        assert_eq!(
            to_native("x.tf.json", json).unwrap_err().to_string(),
            "x.tf.json:3: \"provider\" is not a reference (such as a resource's address)"
        );
        let json = "{\n  \"resource\": { \"aws_security_group\": { \"g\": {\n    \"provider\": \"aws.west\"\n  } } }\n}";
        let (text, _) = to_native("x.tf.json", json).unwrap();
        assert!(text.contains("provider = aws.west\n"), "{text}");
    }

    #[test]
    fn json_syntax_becomes_native_syntax_with_lines() {
        let json = r#"{
  "variable": { "cidr": { "default": "10.0.0.0/8" } },
  "resource": {
    "aws_security_group": {
      "web": {
        "name": "web",
        "ingress": [{ "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["${var.cidr}"] }],
        "dynamic": { "egress": { "for_each": "${[443]}", "content": { "from_port": "${egress.value}" } } }
      }
    }
  }
}"#;
        let (text, lines) = to_native("main.tf.json", json).unwrap();
        assert!(hcl_edit::parser::parse_body(&text).is_ok(), "{text}");
        assert!(
            text.contains(r#"resource "aws_security_group" "web" {"#),
            "{text}"
        );
        assert!(
            text.contains(r#""cidr_blocks" = ["${var.cidr}"]"#),
            "{text}"
        );
        assert!(text.contains(r#"dynamic "egress" {"#), "{text}");
        let resource_line = text
            .lines()
            .position(|l| l.starts_with("resource"))
            .unwrap();
        assert_eq!(lines[resource_line], 5, "the line of \"web\" in the JSON");
        assert!(to_native("x.tf.json", "[1]").is_err());
        assert!(
            to_native("x.tf.json", "{")
                .unwrap_err()
                .to_string()
                .starts_with("x.tf.json:1:")
        );
    }
}
