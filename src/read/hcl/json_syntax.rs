//! Terraform's JSON syntax (`.tf.json`) rewritten as native syntax, so that one evaluator reads
//! both: strings are templates (`"${var.x}/32"`), other JSON values are literals, and known
//! block types (`dynamic`, `content`, `lifecycle`, ...) become blocks. Each generated line
//! remembers the JSON line it comes from, for `file:line` origins and errors.

use serde_json::{Map, Value};

/// Block types that are blocks, not attributes, in any resource, module or block body.
const BLOCKS: [&str; 6] = [
    "dynamic",
    "content",
    "lifecycle",
    "provisioner",
    "connection",
    "timeouts",
];

/// Native syntax for a `.tf.json` text, and for each generated line the JSON line it comes from.
pub fn to_native(name: &str, json: &str) -> Result<(String, Vec<usize>), String> {
    let root: Value = serde_json::from_str(json).map_err(|e| {
        format!(
            "{name}:{}:{}: invalid JSON: {}",
            e.line(),
            e.column(),
            strip(&e)
        )
    })?;
    let Value::Object(root) = root else {
        return Err(format!("{name}: a .tf.json file holds a JSON object"));
    };
    let mut out = Writer {
        json,
        text: String::new(),
        lines: Vec::new(),
    };
    for (kind, value) in &root {
        match kind.as_str() {
            "resource" | "data" => {
                for (rtype, named) in objects(value) {
                    for (rname, bodies) in objects(named) {
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
                for (label, bodies) in objects(value) {
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
            _ => {}
        }
    }
    Ok((out.text, out.lines))
}

fn strip(e: &serde_json::Error) -> String {
    let text = e.to_string();
    text.rsplit_once(" at line ")
        .map_or(text.clone(), |(message, _)| message.to_owned())
}

fn objects(v: &Value) -> Vec<(&String, &Value)> {
    v.as_object()
        .map(|o| o.iter().collect())
        .unwrap_or_default()
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

    fn block(
        &mut self,
        header: &str,
        body: &Value,
        line: usize,
        depth: usize,
    ) -> Result<(), String> {
        let indent = "  ".repeat(depth);
        let Value::Object(body) = body else {
            return Err(format!("the body of {header} is not a JSON object"));
        };
        self.line(&format!("{indent}{header} {{"), line);
        self.body(body, line, depth + 1)?;
        self.line(&format!("{indent}}}"), line);
        Ok(())
    }

    fn body(&mut self, body: &Map<String, Value>, line: usize, depth: usize) -> Result<(), String> {
        let indent = "  ".repeat(depth);
        for (key, value) in body {
            match key.as_str() {
                "//" => {}
                "dynamic" => {
                    for (label, inner) in objects(value) {
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
                    let text = match value {
                        Value::String(s) if key == "source" || key == "version" => quote(s),
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    self.line(&format!("{indent}{key} = {text}"), line);
                }
                _ => {
                    let expr = expression(value);
                    self.line(&format!("{indent}{} = {expr}", quote_key(key)), line);
                }
            }
        }
        Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

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
                .starts_with("x.tf.json:1:")
        );
    }
}
