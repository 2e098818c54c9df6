//! The plan's `configuration`: which references an unknown value comes from, followed through
//! module inputs and outputs.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::address::{leaf_references, module_path, split_module, steps};

/// Every reference inside a configuration expression (or block of expressions), without the
/// prefixes Terraform also lists (`aws_vpc.main` beside `aws_vpc.main.cidr_block`).
pub fn expression_references(expr: &Value) -> Vec<String> {
    fn collect(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                for (k, v) in o {
                    if k == "references" {
                        if let Value::Array(a) = v {
                            out.extend(a.iter().filter_map(|r| r.as_str().map(str::to_owned)));
                        }
                    } else {
                        collect(v, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    let mut refs = Vec::new();
    collect(expr, &mut refs);
    // Repetition and context values select among sources; they are not sources themselves.
    refs.retain(|r| {
        !["count.", "path.", "terraform.", "self."]
            .iter()
            .any(|p| r.starts_with(p))
    });
    leaf_references(&refs)
}

/// Whether a configuration's text may reference a resource of `types`: by name, or through a
/// module input or output, `for_each`'s `each.value` or a local value (which may lead to one).
/// A quick test on the text of a resource's configuration (plan JSON or HCL): what it lets
/// through is read exactly.
pub fn may_reference(text: &str, types: &[&str]) -> bool {
    ["module.", "var.", "local.", "each."]
        .iter()
        .any(|r| text.contains(r))
        || types.iter().any(|t| {
            text.match_indices(t)
                .any(|(at, _)| text.get(at + t.len()..).is_some_and(|r| r.starts_with('.')))
        })
}

/// A reference as written in the configuration, and the module instance it is written in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Traced {
    pub reference: String,
    pub module: String,
}

impl Traced {
    /// The reference as reported: prefixed with its module instance outside the root module.
    pub fn label(&self) -> String {
        if self.module.is_empty() {
            self.reference.clone()
        } else {
            format!("{}.{}", self.module, self.reference)
        }
    }
}

/// The modules of an input, to follow a reference across module boundaries.
pub struct Modules<'c> {
    /// Module configurations by module call path (`[]` is the root module).
    pub modules: BTreeMap<Vec<String>, &'c Value>,
    /// Every module instance address of the input (`module.a["x"]`, `module.a["x"].module.b`).
    pub module_instances: BTreeSet<String>,
    /// The fields of the last resource traced, with what they trace to (`Object::trace`): a
    /// provider traces a field several times per object, and the instances of one resource
    /// (`count`, one after the other in a plan) trace alike.
    memo: Mutex<TraceMemo>,
}

/// The traced fields of one resource (its module instance and its address without the
/// instance key, or with it when `for_each` may make the key matter).
struct TraceMemo {
    module: String,
    resource: String,
    fields: Vec<(String, Vec<Traced>)>,
}

impl Modules<'_> {
    pub const fn new() -> Self {
        Modules {
            modules: BTreeMap::new(),
            module_instances: BTreeSet::new(),
            memo: Mutex::new(TraceMemo {
                module: String::new(),
                resource: String::new(),
                fields: Vec::new(),
            }),
        }
    }

    /// What `field` of `resource` (in `module`) traced to, when it is the resource traced last.
    pub fn traced(&self, module: &str, resource: &str, field: &str) -> Option<Vec<Traced>> {
        let memo = self.memo.lock().ok()?;
        if memo.module != module || memo.resource != resource {
            return None;
        }
        memo.fields
            .iter()
            .find_map(|(f, traced)| (f == field).then(|| traced.clone()))
    }

    /// Remembers what `field` of `resource` (in `module`) traced to, forgetting any other
    /// resource's fields.
    pub fn remember(&self, module: &str, resource: &str, field: &str, traced: &[Traced]) {
        let Ok(mut memo) = self.memo.lock() else {
            return;
        };
        if memo.module != module || memo.resource != resource {
            module.clone_into(&mut memo.module);
            resource.clone_into(&mut memo.resource);
            memo.fields.clear();
        }
        memo.fields.push((field.to_owned(), traced.to_vec()));
    }

    /// Follows `reference`, written in `module`, through module inputs (`var.x` → what the
    /// module call passes) and module outputs (`module.x.y` → what the output returns).
    pub fn follow(&self, reference: &str, module: &str, depth: usize, out: &mut Vec<Traced>) {
        let next = if depth < 32 {
            self.step(reference, module)
        } else {
            None
        };
        match next {
            Some((refs, module)) => refs
                .iter()
                .for_each(|r| self.follow(r, &module, depth + 1, out)),
            None => out.push(Traced {
                reference: reference.to_owned(),
                module: module.to_owned(),
            }),
        }
    }

    /// One step through a module boundary, when the configuration allows it.
    fn step(&self, reference: &str, module: &str) -> Option<(Vec<String>, String)> {
        let parts = steps(reference);
        let (refs, module) = match parts.as_slice() {
            ["var", name, ..] => {
                let (parent, call) = split_module(module)?;
                let expr = self
                    .modules
                    .get(&module_path(&parent))?
                    .get("module_calls")?
                    .get(call)?
                    .get("expressions")?
                    .get(*name)?;
                (expression_references(expr), parent)
            }
            ["module", call, output, ..] => {
                let base = if module.is_empty() {
                    format!("module.{call}")
                } else {
                    format!("{module}.module.{call}")
                };
                let child = if self.module_instances.contains(&base) {
                    base
                } else {
                    let mut keyed = self.module_instances.iter().filter(|m| {
                        m.strip_prefix(base.as_str())
                            .is_some_and(|rest| rest.starts_with('[') && !rest.contains(".module."))
                    });
                    match (keyed.next(), keyed.next()) {
                        (Some(only), None) => only.clone(),
                        _ => return None,
                    }
                };
                let expr = self
                    .modules
                    .get(&module_path(&child))?
                    .get("outputs")?
                    .get(*output)?
                    .get("expression")?;
                (expression_references(expr), child)
            }
            _ => return None,
        };
        (!refs.is_empty()).then_some((refs, module))
    }
}

/// Module configurations by module call path.
pub fn index_modules(config: Option<&Value>) -> BTreeMap<Vec<String>, &Value> {
    fn walk<'a>(
        module: &'a Value,
        path: &mut Vec<String>,
        out: &mut BTreeMap<Vec<String>, &'a Value>,
    ) {
        out.insert(path.clone(), module);
        for (call, body) in module
            .get("module_calls")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if let Some(child) = body.get("module") {
                path.push(call.clone());
                walk(child, path, out);
                path.pop();
            }
        }
    }
    let mut out = BTreeMap::new();
    if let Some(root) = config.and_then(|c| c.get("root_module")) {
        walk(root, &mut Vec::new(), &mut out);
    }
    out
}

/// Whether the reader reads resources of a type.
type Reads<'r> = &'r (dyn Fn(&str) -> bool + Sync);

/// A plan's `configuration`, read as far as the reader needs it.
pub struct Configuration {
    /// Per module its module calls (their expressions and modules) and its outputs, in the
    /// shape of the configuration (so `index_modules` reads it the same way); whatever does not
    /// have the expected shape is kept whole.
    pub modules: Value,
    /// The resources of the types sgaudit reads, by (module call path, module-relative
    /// address), unparsed: each is read when its change is (`resource_configuration`), so the
    /// configuration of a large plan never exists whole in memory. Owned: the plan's text is
    /// freed before its changes are read into the model.
    pub resources: Resources,
}

/// What the reader uses of a resource's configuration.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResourceConfiguration {
    #[serde(deserialize_with = "references_only")]
    pub expressions: Option<Value>,
    pub for_each_expression: Option<Value>,
}

/// A resource's expressions as the reader uses them: which arguments and blocks are set, and
/// the references each names (`expression_references`). A constant value (`constant_value`,
/// most of a configuration's text: its blocks' literal rules, its tags) names no reference, so
/// it is read as `null` unless its text may hold a `references` key (or an escape, which may
/// spell one): then it is read whole, as every expression was before.
fn references_only<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Option::<ReferencesOnly>::deserialize(d).map(|v| v.map(|ReferencesOnly(v)| v))
}

struct ReferencesOnly(Value);

impl<'de> Deserialize<'de> for ReferencesOnly {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
                Ok(Value::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(Value::from(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(Value::from(v))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
            }
            fn visit_str<E>(self, v: &str) -> Result<Value, E> {
                Ok(Value::String(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Value, E> {
                Ok(Value::String(v))
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
                ReferencesOnly::deserialize(d).map(|ReferencesOnly(v)| v)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Value, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(ReferencesOnly(v)) = seq.next_element()? {
                    out.push(v);
                }
                Ok(Value::Array(out))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Value, A::Error> {
                use serde::de::Error;
                let mut out = serde_json::Map::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = if key == "constant_value" {
                        let raw: &RawValue = map.next_value()?;
                        let text = raw.get();
                        if memchr::memmem::find(text.as_bytes(), b"references").is_some()
                            || text.contains('\\')
                        {
                            serde_json::from_str(text).map_err(A::Error::custom)?
                        } else {
                            Value::Null
                        }
                    } else {
                        map.next_value::<ReferencesOnly>()?.0
                    };
                    out.insert(key, value);
                }
                Ok(Value::Object(out))
            }
        }
        d.deserialize_any(Visit).map(ReferencesOnly)
    }
}

/// A resource's configuration, read; `None` when it does not have the shape of one.
pub fn resource_configuration(raw: &RawValue) -> Option<ResourceConfiguration> {
    typed(raw)
}

pub fn pruned_configuration(raw: &RawValue, reads: Reads<'_>) -> Configuration {
    #[derive(Deserialize)]
    struct Top<'a> {
        #[serde(borrow, default, deserialize_with = "some_raw")]
        root_module: Option<&'a RawValue>,
    }
    let mut resources = HashMap::new();
    let Some(top) = typed::<Top>(raw) else {
        return Configuration {
            modules: whole(raw),
            resources,
        };
    };
    let mut map = serde_json::Map::new();
    if let Some(root) = top.root_module {
        map.insert(
            "root_module".to_owned(),
            pruned_module(root, &mut Vec::new(), &mut resources, reads),
        );
    }
    Configuration {
        modules: Value::Object(map),
        resources,
    }
}

pub type Resources = HashMap<(Vec<String>, String), Box<RawValue>>;

fn pruned_module(
    raw: &RawValue,
    path: &mut Vec<String>,
    resources: &mut Resources,
    reads: Reads<'_>,
) -> Value {
    #[derive(Deserialize)]
    struct Module<'a> {
        #[serde(borrow, default, deserialize_with = "some_raw")]
        resources: Option<&'a RawValue>,
        #[serde(borrow, default, deserialize_with = "some_raw")]
        module_calls: Option<&'a RawValue>,
        #[serde(borrow, default, deserialize_with = "some_raw")]
        outputs: Option<&'a RawValue>,
    }
    let Some(module) = typed::<Module>(raw) else {
        return whole(raw);
    };
    let mut map = serde_json::Map::new();
    if let Some(list) = module.resources {
        index_resources(list, path, resources, reads);
    }
    if let Some(calls) = module.module_calls {
        map.insert(
            "module_calls".to_owned(),
            pruned_calls(calls, path, resources, reads),
        );
    }
    if let Some(outputs) = module.outputs {
        map.insert("outputs".to_owned(), whole(outputs));
    }
    Value::Object(map)
}

/// The resources of a module's `resources` list that sgaudit reads, by address.
fn index_resources(raw: &RawValue, path: &[String], out: &mut Resources, reads: Reads<'_>) {
    #[derive(Deserialize)]
    struct Resource<'a> {
        #[serde(borrow)]
        address: Option<Cow<'a, str>>,
        #[serde(rename = "type", borrow)]
        rtype: Option<Cow<'a, str>>,
    }
    let Ok(list) = serde_json::from_str::<Vec<&RawValue>>(raw.get()) else {
        return;
    };
    for r in list {
        // Only the keys named are read; the rest of each resource is skipped unparsed.
        let Some(Resource {
            address: Some(address),
            rtype,
        }) = typed::<Resource>(r)
        else {
            continue;
        };
        if rtype.as_deref().is_none_or(reads) {
            out.insert((path.to_vec(), address.into_owned()), r.to_owned());
        }
    }
}

fn pruned_calls(
    raw: &RawValue,
    path: &mut Vec<String>,
    resources: &mut Resources,
    reads: Reads<'_>,
) -> Value {
    #[derive(Deserialize)]
    struct Call<'a> {
        #[serde(borrow, default, deserialize_with = "some_raw")]
        expressions: Option<&'a RawValue>,
        #[serde(borrow, default, deserialize_with = "some_raw")]
        module: Option<&'a RawValue>,
    }
    if !is_object(raw) {
        return whole(raw);
    }
    let Ok(calls) = entries(raw) else {
        return whole(raw);
    };
    let mut map = serde_json::Map::new();
    for (name, body) in calls {
        let value = match typed::<Call>(body) {
            Some(call) => {
                let mut m = serde_json::Map::new();
                if let Some(e) = call.expressions {
                    m.insert("expressions".to_owned(), whole(e));
                }
                if let Some(child) = call.module {
                    path.push(name.clone());
                    m.insert(
                        "module".to_owned(),
                        pruned_module(child, path, resources, reads),
                    );
                    path.pop();
                }
                Value::Object(m)
            }
            None => whole(body),
        };
        map.insert(name, value);
    }
    Value::Object(map)
}

/// The entries of a JSON object, in order, with their raw values.
fn entries(raw: &RawValue) -> Result<Vec<(String, &RawValue)>, serde_json::Error> {
    struct Visit;
    impl<'de> serde::de::Visitor<'de> for Visit {
        type Value = Vec<(String, &'de RawValue)>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                out.push(entry);
            }
            Ok(out)
        }
    }
    let mut de = serde_json::Deserializer::from_str(raw.get());
    serde::Deserializer::deserialize_map(&mut de, Visit)
}

/// A raw value as a `Value` (it is valid JSON: the document parsed).
fn whole(raw: &RawValue) -> Value {
    serde_json::from_str(raw.get()).unwrap_or(Value::Null)
}

fn is_object(raw: &RawValue) -> bool {
    raw.get().trim_start().starts_with('{')
}

/// An object read into `T`, when it is an object of that shape without repeated keys.
fn typed<'a, T: Deserialize<'a>>(raw: &'a RawValue) -> Option<T> {
    if !is_object(raw) {
        return None;
    }
    serde_json::from_str(raw.get()).ok()
}

/// A present value, even `null`, is `Some`.
fn some_raw<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reading a resource's expressions for their references keeps every argument and block
    /// (in order), every reference each names, and each constant that may hold a `references`
    /// key; the other constants are not read.
    #[test]
    fn expressions_read_for_references_name_what_read_whole_names() {
        let text = r#"{"address": "aws_security_group.a", "mode": "managed",
            "expressions": {
                "name": {"constant_value": "web"},
                "vpc_id": {"references": ["aws_vpc.main.id", "aws_vpc.main"]},
                "ingress": {"constant_value": [{"cidr_blocks": ["0.0.0.0/0"], "from_port": 443}]},
                "egress": [{"cidr_blocks": {"references": ["var.cidrs"]},
                            "from_port": {"constant_value": 0}}],
                "tags": {"constant_value": {"references": ["aws_iam_role.spoof"]}},
                "description": {"constant_value": {"referen\u0063es": ["aws_s3_bucket.b"]}},
                "timeouts": {"constant_value": 1e999},
                "name": {"references": ["local.name"]}
            },
            "for_each_expression": {"references": ["var.groups"]}}"#;
        let raw: Box<RawValue> = serde_json::from_str(text).unwrap();
        let read = resource_configuration(&raw).unwrap();
        let exprs = read.expressions.unwrap();
        let keys: Vec<&String> = exprs.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "name",
                "vpc_id",
                "ingress",
                "egress",
                "tags",
                "description",
                "timeouts"
            ]
        );
        let refs = |k: &str| expression_references(&exprs[k]);
        assert_eq!(refs("name"), ["local.name"]);
        assert_eq!(refs("vpc_id"), ["aws_vpc.main.id"]);
        assert_eq!(refs("egress"), ["var.cidrs"]);
        assert_eq!(refs("tags"), ["aws_iam_role.spoof"]);
        assert_eq!(refs("description"), ["aws_s3_bucket.b"]);
        assert!(refs("ingress").is_empty());
        // Blocks keep their shape (`configured_at` walks them); constants are not read.
        assert_eq!(
            exprs["egress"][0]["from_port"],
            serde_json::json!({"constant_value": null})
        );
        assert_eq!(
            exprs["ingress"],
            serde_json::json!({"constant_value": null})
        );
        assert_eq!(
            read.for_each_expression,
            Some(serde_json::json!({"references": ["var.groups"]}))
        );
    }
}
