//! One resource instance object of a plan or state, read with the masks that say which of its
//! values are unknown until apply or sensitive.

use serde_json::Value;

use std::collections::BTreeMap;

use super::config::{Modules, Traced, expression_references};
use crate::model::Origin;

/// Where each nested block of an object is declared, by block name, in order
/// (`{"ingress": [main.tf:14, main.tf:20]}`).
pub type BlockOrigins = BTreeMap<String, Vec<Origin>>;

/// One resource instance object (before or after a change, or in a state), with the masks that
/// say which of its values are unknown or sensitive, and its configuration when there is one.
pub struct Object<'a> {
    pub address: String,
    pub rtype: &'a str,
    pub module: &'a str,
    pub key: Option<String>,
    pub values: &'a Value,
    pub unknown: &'a Value,
    pub sensitive: &'a Value,
    pub exprs: Option<&'a Value>,
    /// Where the object is declared (`main.tf:12`), when read from configuration.
    pub origin: Option<&'a Origin>,
    /// Where each nested block is declared, when read from configuration (else empty).
    pub origins: &'a BlockOrigins,
    /// The references unknown values come from, by attribute, when the reader traced them
    /// itself (configuration read from `.tf` files); otherwise `exprs` tells.
    pub traced: Option<&'a BTreeMap<String, Vec<Traced>>>,
    /// The configuration's `for_each` expression, when the resource has one.
    pub for_each: Option<&'a Value>,
    /// The input's modules, to follow references across module boundaries.
    pub modules: &'a Modules<'a>,
}

/// No modules: an input whose references are traced already, or have no configuration.
pub static NO_MODULES: Modules<'static> = Modules::new();

/// A step into a JSON value.
#[derive(Clone, Copy)]
pub enum Step<'s> {
    Key(&'s str),
    Index(usize),
}

/// The member `key` of an object (`None` for anything else). The objects of a resource are
/// small: comparing a few keys is cheaper than hashing one.
fn member<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    match v {
        Value::Object(map) if map.len() <= 16 => map
            .iter()
            .find_map(|(k, value)| (k.as_str() == key).then_some(value)),
        _ => v.get(key),
    }
}

/// One step into a value; `null` where there is nothing.
fn child<'v>(v: &'v Value, step: &Step) -> &'v Value {
    match step {
        Step::Key(k) => member(v, k),
        Step::Index(i) => v.get(i),
    }
    .unwrap_or(&Value::Null)
}

fn at<'v>(v: &'v Value, path: &[Step]) -> &'v Value {
    path.iter().fold(v, child)
}

/// Whether a mask (`after_unknown`, `*_sensitive`, `sensitive_values`) marks the value at `path`
/// or one of its ancestors with `true`.
fn marked(mask: &Value, path: &[Step]) -> bool {
    let mut cur = mask;
    for step in path {
        if cur == &Value::Bool(true) {
            return true;
        }
        cur = child(cur, step);
    }
    cur == &Value::Bool(true)
}

/// Whether the mask marks the value at `path`, an ancestor, or anything inside it.
pub fn marked_within(mask: &Value, path: &[Step]) -> bool {
    fn any_true(v: &Value) -> bool {
        match v {
            Value::Bool(b) => *b,
            Value::Array(a) => a.iter().any(any_true),
            Value::Object(o) => o.values().any(any_true),
            _ => false,
        }
    }
    marked(mask, path) || any_true(at(mask, path))
}

/// A value the reader needs: known, unknown until apply, or absent.
pub enum Field<'v> {
    Known(&'v Value),
    Unknown,
    Absent,
}

impl Object<'_> {
    pub fn field(&self, path: &[Step]) -> Field<'_> {
        let v = at(self.values, path);
        if marked(self.unknown, path) {
            Field::Unknown
        } else if v.is_null() {
            Field::Absent
        } else {
            Field::Known(v)
        }
    }

    /// Where the nested block at `path` is declared, else where the object is.
    pub fn origin_of(&self, path: &[Step]) -> Option<Origin> {
        let block = match path {
            [Step::Key(name), Step::Index(i)] => self.origins.get(*name).and_then(|b| b.get(*i)),
            _ => None,
        };
        block.or(self.origin).cloned()
    }

    /// What `for_each` iterates over, when it names one thing (`module.app`, `var.rules`).
    pub fn for_each_reference(&self) -> Option<String> {
        let refs = expression_references(self.for_each?);
        match refs.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        }
    }

    /// The references of `field`, followed through module inputs (`var.x` → what the module
    /// call passes) and module outputs (`module.x.y` → what the output returns).
    pub fn trace(&self, field: &str) -> Vec<Traced> {
        if let Some(traced) = self.traced {
            return traced.get(field).cloned().unwrap_or_default();
        }
        if self.exprs.is_none() {
            return Vec::new();
        }
        // The memo is of one input's modules: the shared empty ones keep none.
        if std::ptr::eq(self.modules, &NO_MODULES) {
            return self.trace_configured(field);
        }
        // The instances of one resource share its configuration: what they trace differs by
        // their key only through `each.value`, with `for_each`.
        let resource = match (&self.key, self.for_each) {
            (Some(key), None) => self
                .address
                .strip_suffix(key.as_str())
                .unwrap_or(&self.address),
            _ => &self.address,
        };
        if let Some(traced) = self.modules.traced(self.module, resource, field) {
            return traced;
        }
        let out = self.trace_configured(field);
        self.modules.remember(self.module, resource, field, &out);
        out
    }

    /// The references of `field` in the object's configuration (`exprs`), followed.
    fn trace_configured(&self, field: &str) -> Vec<Traced> {
        let mut out = Vec::new();
        for r in self.references(field) {
            match r.strip_prefix("each.value") {
                // `each.value.id` of a `for_each = module.app` instance keyed "blue" is
                // `module.app["blue"].id`.
                Some(rest) => {
                    if let (Some(over), Some(key)) = (self.for_each_reference(), &self.key) {
                        let reference = format!("{over}{key}{rest}");
                        self.modules.follow(&reference, self.module, 0, &mut out);
                    }
                }
                None if r.starts_with("each.") => {}
                None => self.modules.follow(&r, self.module, 0, &mut out),
            }
        }
        out.sort();
        out.dedup();
        out
    }

    pub fn configured(&self, field: &str) -> Option<bool> {
        self.exprs.map(|e| e.get(field).is_some())
    }

    /// Whether the configuration sets `field`, which may name an argument of a nested block
    /// (`vpc_config[0].security_group_ids`); `None` when the object's configuration does not
    /// tell (none, or one that marks only its top-level arguments, as `.tf` files give it).
    pub fn configured_at(&self, field: &str) -> Option<bool> {
        let mut cur = self.exprs?;
        for part in field.split('.') {
            let (key, index) = match part.split_once('[') {
                Some((key, rest)) => (
                    key,
                    rest.strip_suffix(']').and_then(|i| i.parse::<usize>().ok()),
                ),
                None => (part, None),
            };
            let Some(next) = cur.get(key) else {
                return Some(false);
            };
            cur = next;
            if let Some(i) = index {
                // A plan's configuration holds its blocks as a list of their expressions.
                let Value::Array(blocks) = cur else {
                    return None;
                };
                let Some(next) = blocks.get(i) else {
                    return Some(false);
                };
                cur = next;
            }
        }
        Some(true)
    }

    /// The references the configuration of `field` names, without their prefixes. `field` may
    /// name an argument of a nested block: `vpc_config[0].security_group_ids`.
    pub fn references(&self, field: &str) -> Vec<String> {
        let mut cur = self.exprs;
        for part in field.split('.') {
            let (key, index) = match part.split_once('[') {
                Some((key, rest)) => (
                    key,
                    rest.strip_suffix(']').and_then(|i| i.parse::<usize>().ok()),
                ),
                None => (part, None),
            };
            cur = cur.and_then(|e| e.get(key));
            if let Some(i) = index {
                cur = cur.and_then(|e| e.get(i));
            }
        }
        cur.map(expression_references).unwrap_or_default()
    }
}

/// Appends the texts an object marks sensitive (every string at or under a `true` of its
/// mask), in the order the object holds them: values that must never be printed.
pub fn marked_strings(obj: &Object, out: &mut Vec<String>) {
    fn every(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(s) if !s.is_empty() => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|v| every(v, out)),
            Value::Object(members) => members.values().for_each(|v| every(v, out)),
            _ => {}
        }
    }
    fn walk(value: &Value, mask: &Value, out: &mut Vec<String>) {
        match (value, mask) {
            (_, Value::Bool(true)) => every(value, out),
            (Value::Array(items), Value::Array(marks)) => {
                for (v, m) in items.iter().zip(marks) {
                    walk(v, m, out);
                }
            }
            (Value::Object(members), Value::Object(marks)) => {
                for (k, m) in marks {
                    if let Some(v) = members.get(k) {
                        walk(v, m, out);
                    }
                }
            }
            _ => {}
        }
    }
    walk(obj.values, obj.sensitive, out);
}
