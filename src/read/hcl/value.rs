//! Values of evaluated Terraform expressions, with *unknown* as a value of its own (known only
//! after apply, carrying the reference it comes from), and their conversion to the JSON shape of
//! a plan's `after` / `after_unknown`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value as Json;

/// A Terraform value.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    /// A list, set or tuple.
    List(Vec<Val>),
    /// A map or object.
    Map(BTreeMap<String, Val>),
    /// A resource instance (named by `at`): its configured attributes; any other attribute is
    /// unknown.
    Resource {
        at: Ref,
        attrs: BTreeMap<String, Val>,
    },
    /// Known only after apply: the reference it comes from.
    Unknown(Ref),
}

/// A reference as written, and the module instance it is written in (`""` for the root).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ref {
    pub module: String,
    pub reference: String,
}

impl Ref {
    /// The same reference followed by more steps (`.id`, `[0]`).
    pub fn then(&self, step: &str) -> Ref {
        Ref {
            module: self.module.clone(),
            reference: format!("{}{step}", self.reference),
        }
    }
}

impl std::fmt::Display for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.module.is_empty() {
            f.write_str(&self.reference)
        } else {
            write!(f, "{}.{}", self.module, self.reference)
        }
    }
}

impl Val {
    pub fn type_name(&self) -> &'static str {
        match self {
            Val::Null => "null",
            Val::Bool(_) => "bool",
            Val::Num(_) => "number",
            Val::Str(_) => "string",
            Val::List(_) => "list",
            Val::Map(_) | Val::Resource { .. } => "object",
            Val::Unknown(_) => "unknown",
        }
    }

    /// The first unknown inside the value, if any.
    pub fn unknown(&self) -> Option<&Ref> {
        match self {
            Val::Unknown(r) => Some(r),
            Val::List(items) => items.iter().find_map(Val::unknown),
            Val::Map(m) | Val::Resource { attrs: m, .. } => m.values().find_map(Val::unknown),
            _ => None,
        }
    }

    /// The value as a string, with Terraform's automatic conversions of numbers and bools.
    pub fn to_str(&self) -> Result<String, String> {
        match self {
            Val::Str(s) => Ok(s.clone()),
            Val::Num(n) => Ok(number_text(*n)),
            Val::Bool(b) => Ok(b.to_string()),
            other => Err(format!(
                "a {} cannot be used as a string",
                other.type_name()
            )),
        }
    }

    pub fn to_num(&self) -> Result<f64, String> {
        match self {
            Val::Num(n) => Ok(*n),
            Val::Str(s) => s
                .trim()
                .parse()
                .map_err(|_| format!("{s:?} is not a number")),
            other => Err(format!("a {} is not a number", other.type_name())),
        }
    }

    pub fn to_bool(&self) -> Result<bool, String> {
        match self {
            Val::Bool(b) => Ok(*b),
            Val::Str(s) if s == "true" => Ok(true),
            Val::Str(s) if s == "false" => Ok(false),
            other => Err(format!("a {} is not a bool", other.type_name())),
        }
    }

    /// The value as a plan's `after` shows it, and the `after_unknown` mask beside it (`false`
    /// for a part with nothing unknown in it).
    pub fn to_json(&self) -> (Json, Json) {
        match self {
            Val::Null => (Json::Null, Json::Bool(false)),
            Val::Bool(b) => (Json::Bool(*b), Json::Bool(false)),
            Val::Num(n) => (number_json(*n), Json::Bool(false)),
            Val::Str(s) => (Json::String(s.clone()), Json::Bool(false)),
            Val::List(items) => {
                let (values, masks): (Vec<Json>, Vec<Json>) =
                    items.iter().map(Val::to_json).unzip();
                // A mask with nothing unknown in it is `false`, as small as can be.
                let mask = if masks.iter().all(|m| *m == Json::Bool(false)) {
                    Json::Bool(false)
                } else {
                    Json::Array(masks)
                };
                (Json::Array(values), mask)
            }
            Val::Map(m) | Val::Resource { attrs: m, .. } => {
                let mut values = serde_json::Map::new();
                let mut masks = serde_json::Map::new();
                for (k, v) in m {
                    let (value, mask) = v.to_json();
                    values.insert(k.clone(), value);
                    if mask != Json::Bool(false) {
                        masks.insert(k.clone(), mask);
                    }
                }
                let mask = if masks.is_empty() {
                    Json::Bool(false)
                } else {
                    Json::Object(masks)
                };
                (Json::Object(values), mask)
            }
            Val::Unknown(_) => (Json::Null, Json::Bool(true)),
        }
    }

    /// Every unknown reference inside the value.
    pub fn unknown_references(&self, out: &mut Vec<Ref>) {
        match self {
            Val::Unknown(r) => out.push(r.clone()),
            Val::List(items) => items.iter().for_each(|v| v.unknown_references(out)),
            Val::Map(m) | Val::Resource { attrs: m, .. } => {
                m.values().for_each(|v| v.unknown_references(out));
            }
            _ => {}
        }
    }

    /// The value as Terraform's console would write it, for messages and `format`.
    pub fn display(&self) -> String {
        match self {
            Val::Str(s) => s.clone(),
            Val::Num(n) => number_text(*n),
            Val::Bool(b) => b.to_string(),
            Val::Null => "null".to_owned(),
            Val::Unknown(r) => format!("(known after apply: {r})"),
            Val::List(items) => {
                let inner: Vec<String> = items.iter().map(Val::display).collect();
                format!("[{}]", inner.join(", "))
            }
            Val::Map(m) | Val::Resource { attrs: m, .. } => {
                let mut out = String::from("{");
                for (i, (k, v)) in m.iter().enumerate() {
                    let _ = write!(
                        out,
                        "{}{k} = {}",
                        if i == 0 { "" } else { ", " },
                        v.display()
                    );
                }
                out.push('}');
                out
            }
        }
    }
}

pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn number_json(n: f64) -> Json {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        Json::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number)
    }
}
