//! Values of evaluated Terraform expressions, with *unknown* as a value of its own (known only
//! after apply, carrying the reference it comes from) and *sensitive* as a mark on a value, and
//! their conversion to the JSON shape of a plan's `after` / `after_unknown` / `after_sensitive`.

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
    /// A value marked sensitive (a variable declared `sensitive = true`, `sensitive(...)`, or
    /// what is computed from one): it is used as itself, but never shown.
    Sensitive(Box<Val>),
}

/// How a sensitive value is written in messages.
pub const HIDDEN: &str = "(sensitive value)";

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
            Val::Sensitive(v) => v.type_name(),
        }
    }

    /// The value marked sensitive (once).
    pub fn mark(self) -> Val {
        match self {
            Val::Sensitive(_) => self,
            v => Val::Sensitive(Box::new(v)),
        }
    }

    /// The value marked sensitive when `sensitive` is true.
    pub fn mark_if(self, sensitive: bool) -> Val {
        if sensitive { self.mark() } else { self }
    }

    /// The value without its own mark, and whether it had one (marks inside are kept).
    pub fn unmark(self) -> (Val, bool) {
        match self {
            Val::Sensitive(v) => (v.unmark().0, true),
            v => (v, false),
        }
    }

    /// The value without any mark, and whether it held one anywhere.
    pub fn unmark_deep(self) -> (Val, bool) {
        match self {
            Val::Sensitive(v) => (v.unmark_deep().0, true),
            Val::List(items) => {
                let mut any = false;
                let items = items
                    .into_iter()
                    .map(|v| {
                        let (v, m) = v.unmark_deep();
                        any |= m;
                        v
                    })
                    .collect();
                (Val::List(items), any)
            }
            Val::Map(m) => {
                let (m, any) = unmark_map(m);
                (Val::Map(m), any)
            }
            Val::Resource { at, attrs } => {
                let (attrs, any) = unmark_map(attrs);
                (Val::Resource { at, attrs }, any)
            }
            v => (v, false),
        }
    }

    /// The first unknown inside the value, if any.
    pub fn unknown(&self) -> Option<&Ref> {
        match self {
            Val::Unknown(r) => Some(r),
            Val::List(items) => items.iter().find_map(Val::unknown),
            Val::Map(m) | Val::Resource { attrs: m, .. } => m.values().find_map(Val::unknown),
            Val::Sensitive(v) => v.unknown(),
            _ => None,
        }
    }

    /// The value as a string, with Terraform's automatic conversions of numbers and bools.
    pub fn to_str(&self) -> Result<String, String> {
        match self {
            Val::Str(s) => Ok(s.clone()),
            Val::Num(n) => Ok(number_text(*n)),
            Val::Bool(b) => Ok(b.to_string()),
            Val::Sensitive(v) => v
                .to_str()
                .map_err(|_| format!("a sensitive {} cannot be used as a string", v.type_name())),
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
            Val::Sensitive(v) => v
                .to_num()
                .map_err(|_| format!("a sensitive {} is not a number", v.type_name())),
            other => Err(format!("a {} is not a number", other.type_name())),
        }
    }

    pub fn to_bool(&self) -> Result<bool, String> {
        match self {
            Val::Bool(b) => Ok(*b),
            Val::Str(s) if s == "true" => Ok(true),
            Val::Str(s) if s == "false" => Ok(false),
            Val::Sensitive(v) => v
                .to_bool()
                .map_err(|_| format!("a sensitive {} is not a bool", v.type_name())),
            other => Err(format!("a {} is not a bool", other.type_name())),
        }
    }

    /// The value as a plan's `after` shows it, with the `after_unknown` and `after_sensitive`
    /// masks beside it (`false` for a part with nothing unknown, or nothing sensitive, in it).
    pub fn to_json(&self) -> (Json, Json, Json) {
        /// A mask of parts: `false` when no part is marked, as small as can be.
        fn list(masks: Vec<Json>) -> Json {
            if masks.iter().all(|m| *m == Json::Bool(false)) {
                Json::Bool(false)
            } else {
                Json::Array(masks)
            }
        }
        fn object(masks: serde_json::Map<String, Json>) -> Json {
            if masks.is_empty() {
                Json::Bool(false)
            } else {
                Json::Object(masks)
            }
        }
        let plain = |v: Json| (v, Json::Bool(false), Json::Bool(false));
        match self {
            Val::Null => plain(Json::Null),
            Val::Bool(b) => plain(Json::Bool(*b)),
            Val::Num(n) => plain(number_json(*n)),
            Val::Str(s) => plain(Json::String(s.clone())),
            Val::List(items) => {
                let (mut values, mut unknown, mut sensitive) = (Vec::new(), Vec::new(), Vec::new());
                for item in items {
                    let (v, u, s) = item.to_json();
                    values.push(v);
                    unknown.push(u);
                    sensitive.push(s);
                }
                (Json::Array(values), list(unknown), list(sensitive))
            }
            Val::Map(m) | Val::Resource { attrs: m, .. } => {
                let mut values = serde_json::Map::new();
                let mut unknown = serde_json::Map::new();
                let mut sensitive = serde_json::Map::new();
                for (k, v) in m {
                    let (value, u, s) = v.to_json();
                    values.insert(k.clone(), value);
                    if u != Json::Bool(false) {
                        unknown.insert(k.clone(), u);
                    }
                    if s != Json::Bool(false) {
                        sensitive.insert(k.clone(), s);
                    }
                }
                (Json::Object(values), object(unknown), object(sensitive))
            }
            Val::Unknown(_) => (Json::Null, Json::Bool(true), Json::Bool(false)),
            Val::Sensitive(v) => {
                let (value, unknown, _) = v.to_json();
                (value, unknown, Json::Bool(true))
            }
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
            Val::Sensitive(v) => v.unknown_references(out),
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
            Val::Sensitive(_) => HIDDEN.to_owned(),
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

fn unmark_map(m: BTreeMap<String, Val>) -> (BTreeMap<String, Val>, bool) {
    let mut any = false;
    let m = m
        .into_iter()
        .map(|(k, v)| {
            let (v, marked) = v.unmark_deep();
            any |= marked;
            (k, v)
        })
        .collect();
    (m, any)
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
