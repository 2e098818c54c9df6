//! `terraform show -json` of a saved plan or of a state → the model. Knows the JSON format
//! (format_version 0.x and 1.x, Terraform and OpenTofu): which objects exist before and after
//! the change, and what happens to each.

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};

use anyhow::{Result, anyhow, bail};
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;
use serde_json::value::RawValue;

use super::address::{index_key, module_path, module_prefixes};
use super::config::{
    Configuration, Modules, ResourceConfiguration, index_modules, may_reference,
    pruned_configuration, resource_configuration,
};
use super::object::{BlockOrigins, NO_MODULES, Object};
use super::provider::{Change as Handed, Finish, Naming as Named, Provider, Reads, Schema};
use crate::access::line_column;
use crate::model::{Diagnostic, Input, Lifecycle, Origin, Replacement, Source, SourceKind};

/// The top level of both a plan and a state; everything not needed is skipped unparsed, and
/// what is kept borrows from the input: only the resource changes of relevant types are kept
/// (as their raw text), and each is parsed into a `Value` only while it is read.
#[derive(Deserialize)]
struct Document<'a> {
    format_version: Option<String>,
    terraform_version: Option<String>,
    #[serde(borrow)]
    resource_changes: Option<RelevantChanges<'a>>,
    planned_values: Option<IgnoredAny>,
    /// Only its data sources are read (`Schema::reads_data`): a plan's resources are its
    /// changes.
    #[serde(borrow)]
    prior_state: Option<PriorState<'a>>,
    resource_drift: Option<IgnoredAny>,
    output_changes: Option<IgnoredAny>,
    #[serde(borrow)]
    configuration: Option<&'a RawValue>,
    #[serde(borrow)]
    values: Option<StateValues<'a>>,
    errored: Option<bool>,
    complete: Option<bool>,
}

/// The managed resource changes (data sources' reads are dropped as they are parsed), each kept
/// as its raw text.
struct RelevantChanges<'a>(Vec<RawChange<'a>>);

impl<'de: 'a, 'a> Deserialize<'de> for RelevantChanges<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for Visit<'a> {
            type Value = RelevantChanges<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(rc) = seq.next_element::<RawChange<'a>>()? {
                    // Data sources are read, not changed; any other mode is an error later.
                    if rc.mode != "data" {
                        out.push(rc);
                    }
                }
                Ok(RelevantChanges(out))
            }
        }
        deserializer.deserialize_seq(Visit(std::marker::PhantomData))
    }
}

#[derive(Deserialize)]
struct RawChange<'a> {
    #[serde(borrow)]
    address: Cow<'a, str>,
    #[serde(default, borrow)]
    module_address: Cow<'a, str>,
    #[serde(borrow)]
    mode: Cow<'a, str>,
    #[serde(rename = "type", borrow)]
    rtype: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    /// Its instance key's text (see [`key_of`]): a change is kept until the plan is read.
    #[serde(default, borrow)]
    index: Option<&'a RawValue>,
    deposed: Option<String>,
    #[serde(borrow)]
    change: &'a RawValue,
    action_reason: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Change {
    actions: Vec<String>,
    before: Value,
    after: Value,
    after_unknown: Value,
    before_sensitive: Value,
    after_sensitive: Value,
    replace_paths: Vec<Value>,
}

/// What names a change's objects, read without the rest of the change: of its `before` and
/// `after`, the attributes the schema says name an object (see [`Picked::naming`]). Terraform
/// writes `before` and `after` first (after `actions`): once both are read, the rest of the
/// change is not scanned, the reading stops with an error and the values are in `found`.
struct NamingChange<'s> {
    naming: &'s [&'s str],
    found: &'s std::cell::RefCell<Option<(Value, Value)>>,
}

/// The error that stops reading a change once what names its objects is read.
const NAMED: &str = "named";

impl<'de> serde::de::DeserializeSeed<'de> for NamingChange<'_> {
    type Value = (Value, Value);
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        struct Visit<'s>(NamingChange<'s>);
        impl<'de> serde::de::Visitor<'de> for Visit<'_> {
            type Value = (Value, Value);
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a resource change")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let naming = self.0.naming;
                let (mut before, mut after) = (None, None);
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    match key.as_ref() {
                        "before" => before = Some(map.next_value_seed(Picked::naming(naming))?),
                        "after" => after = Some(map.next_value_seed(Picked::naming(naming))?),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                    if let (Some(_), Some(_)) = (&before, &after) {
                        *self.0.found.borrow_mut() =
                            Some((before.unwrap_or_default(), after.unwrap_or_default()));
                        return Err(serde::de::Error::custom(NAMED));
                    }
                }
                Ok((before.unwrap_or_default(), after.unwrap_or_default()))
            }
        }
        d.deserialize_map(Visit(self))
    }
}

/// An object read for the attributes a list names, the others skipped unparsed, or null;
/// anything else is an error. Read as the values that name an object (`naming`: its id, a
/// group's name, an instance's primary network interface: the schema's naming attributes),
/// null values are left out and an object with none is `null`; read for the attributes of a
/// change (`kept`), every named attribute is kept as it is.
struct Picked<'k> {
    keys: &'k [&'k str],
    naming: bool,
}

impl<'k> Picked<'k> {
    /// The values of an object that name it.
    fn naming(keys: &'k [&'k str]) -> Picked<'k> {
        Picked { keys, naming: true }
    }

    /// An object read for the attributes a list names.
    fn kept(keys: &'k [&'k str]) -> Picked<'k> {
        Picked {
            keys,
            naming: false,
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Picked<'_> {
    type Value = Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        struct Visit<'k>(Picked<'k>);
        impl<'de> serde::de::Visitor<'de> for Visit<'_> {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object or null")
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Value, A::Error> {
                let Picked { keys, naming } = self.0;
                let mut out = serde_json::Map::new();
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    if keys.contains(&key.as_ref()) {
                        let value: Value = map.next_value()?;
                        if !(naming && value.is_null()) {
                            out.insert(key.into_owned(), value);
                        }
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(if naming && out.is_empty() {
                    Value::Null
                } else {
                    Value::Object(out)
                })
            }
        }
        d.deserialize_any(Visit(self))
    }
}

/// Reads `text` with a seed, as a whole JSON document.
fn seeded<'de, S: serde::de::DeserializeSeed<'de>>(
    text: &'de str,
    seed: S,
) -> serde_json::Result<S::Value> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = seed.deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// A plan's `prior_state`: a state, whose `values` hold its resources.
#[derive(Deserialize)]
struct PriorState<'a> {
    #[serde(borrow)]
    values: Option<StateValues<'a>>,
}

#[derive(Deserialize)]
struct StateValues<'a> {
    #[serde(borrow)]
    root_module: Option<StateModule<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StateModule<'a> {
    address: String,
    #[serde(borrow)]
    resources: Vec<StateResource<'a>>,
    #[serde(borrow)]
    child_modules: Vec<StateModule<'a>>,
}

#[derive(Deserialize)]
struct StateResource<'a> {
    #[serde(borrow)]
    address: Cow<'a, str>,
    #[serde(borrow)]
    mode: Cow<'a, str>,
    #[serde(rename = "type", borrow)]
    rtype: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(default, borrow)]
    index: Option<&'a RawValue>,
    #[serde(borrow)]
    values: &'a RawValue,
    #[serde(default, borrow)]
    sensitive_values: Option<&'a RawValue>,
    deposed_key: Option<String>,
}

/// Parses plan or state JSON. `name` is the file name used in messages.
pub fn parse(name: &str, bytes: &[u8], provider: &mut dyn Provider) -> Result<Input> {
    let (mut input, of) = read(name, bytes, provider)?;
    provider.finish(&mut input, of);
    Ok(input)
}

/// Parses plan or state JSON held in `bytes`, which is freed once every object is read and
/// before the provider puts the model together (`Provider::finish`): the file and the whole
/// model are never in memory at once.
pub fn parse_owned(name: &str, bytes: Vec<u8>, provider: &mut dyn Provider) -> Result<Input> {
    let read = read(name, &bytes, provider);
    drop(bytes);
    let (mut input, of) = read?;
    provider.finish(&mut input, of);
    Ok(input)
}

/// [`parse_owned`], with `also` run over the file's text on another thread while the plan is
/// read (the plan-file locations of `locate`, when no configuration is beside the plan): its
/// answer, with the input, and the text freed once both are done.
pub fn parse_owned_with<T: Send>(
    name: &str,
    bytes: Vec<u8>,
    provider: &mut dyn Provider,
    also: impl FnOnce(&[u8]) -> T + Send,
) -> Result<(Input, T)> {
    let (read, answer) = std::thread::scope(|scope| {
        let text = bytes.as_slice();
        let other = scope.spawn(move || also(text));
        let read = read(name, text, provider);
        // `also` never panics on any text (a scan); should it, the panic is the run's.
        let answer = other
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (read, answer)
    });
    drop(bytes);
    let (mut input, of) = read?;
    provider.finish(&mut input, of);
    Ok((input, answer))
}

/// Reads plan or state JSON into the provider: the input as it is before the provider puts
/// the model together, and how it is to be put together.
fn read(name: &str, bytes: &[u8], provider: &mut dyn Provider) -> Result<(Input, Finish)> {
    // A UTF-8 byte order mark (PowerShell's `Out-File -Encoding utf8` writes one) is no text.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        bail!("{name}: empty input; expected the output of `terraform show -json`");
    }
    sniff(name, bytes.get(..4096).unwrap_or(bytes))?;
    let doc: Document = serde_json::from_slice(bytes).map_err(|e| json_error(name, bytes, &e))?;
    let Some(version) = doc.format_version.clone() else {
        /// What only a state file (`terraform.tfstate`) has at its top level.
        #[derive(Deserialize)]
        struct RawState {
            lineage: Option<IgnoredAny>,
            serial: Option<IgnoredAny>,
        }
        if let Ok(RawState {
            lineage: Some(_),
            serial: Some(_),
        }) = serde_json::from_slice(bytes)
        {
            bail!(
                "{name}: this is a Terraform state file, not the output of `terraform show -json`; pass the output of `terraform show -json` (it reads the state) instead"
            );
        }
        bail!(
            "{name}: not a Terraform plan or state: no \"format_version\" (expected the output of `terraform show -json`)"
        );
    };
    let major = version.split('.').next().unwrap_or_default();
    if major != "0" && major != "1" {
        bail!(
            "{name}: unsupported format_version {version:?}: sgaudit reads major versions 0 and 1 of Terraform's JSON format"
        );
    }
    let is_plan = doc.resource_changes.is_some()
        || doc.planned_values.is_some()
        || doc.prior_state.is_some()
        || doc.configuration.is_some()
        || doc.resource_drift.is_some()
        || doc.output_changes.is_some();
    if doc.errored == Some(true) {
        bail!(
            "{name}: terraform failed while making this plan (\"errored\": true); its changes are incomplete: fix the errors and plan again"
        );
    }
    let source = Source {
        complete: doc.complete != Some(false),
        path: name.to_owned(),
        kind: if is_plan {
            SourceKind::Plan
        } else {
            SourceKind::State
        },
        format_version: Some(version),
        missing_variables: Vec::new(),
        base: None,
        terraform_version: doc.terraform_version.clone(),
    };
    let read = if is_plan {
        read_plan(name, bytes, doc, provider)
    } else {
        read_state(name, bytes, doc, provider)
    };
    // A resource's values are parsed on their own, so serde_json's nesting limit reports a
    // position inside them: the position in the file is found again here.
    let (mut input, of) = read.map_err(|e| match too_deep(bytes) {
        Some((line, column)) if format!("{e}").contains("recursion limit exceeded") => anyhow!(
            "{name}:{line}:{column}: invalid JSON: nested more than 128 levels deep; terraform never writes this"
        ),
        _ => e,
    })?;
    input.source = source;
    Ok((input, of))
}

fn json_error(name: &str, bytes: &[u8], e: &serde_json::Error) -> anyhow::Error {
    use serde_json::error::Category;
    match e.classify() {
        Category::Data if e.line() > 0 => anyhow!(
            "{name}:{}:{}: not a Terraform plan or state: {}",
            e.line(),
            e.column(),
            strip_position(e)
        ),
        Category::Data => anyhow!("{name}: not a Terraform plan or state: {e}"),
        Category::Io | Category::Syntax | Category::Eof => {
            // serde_json says "invalid unicode code point" or "control character" for bytes
            // that are not UTF-8: name the byte.
            if let Err(bad) = std::str::from_utf8(bytes) {
                let offset = bad.valid_up_to();
                let (line, column) = line_column(bytes, offset);
                if (line, column) <= (e.line(), e.column()) {
                    // The error is at a byte of the input: the first that is not UTF-8.
                    let byte = bytes
                        .get(offset)
                        .map_or_else(String::new, |b| format!(" (byte 0x{b:02X})"));
                    return anyhow!(
                        "{name}:{line}:{column}: not UTF-8{byte}; terraform writes JSON as UTF-8: was the file converted to another encoding?"
                    );
                }
            }
            if e.to_string().starts_with("recursion limit exceeded") {
                return anyhow!(
                    "{name}:{}:{}: invalid JSON: nested more than 128 levels deep; terraform never writes this",
                    e.line(),
                    e.column()
                );
            }
            // `terraform plan -json` prints one JSON object per line: a log, not a plan.
            let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
            if let Ok(Value::Object(o)) = serde_json::from_slice::<Value>(first)
                && (o.contains_key("@message") || o.contains_key("@level"))
            {
                return anyhow!(
                    "{name}: this is the log of `terraform plan -json`, not a plan; save the plan with `terraform plan -out=tfplan` and pass the output of `terraform show -json tfplan`"
                );
            }
            if e.classify() == Category::Eof {
                return anyhow!(
                    "{name}:{}:{}: invalid JSON: the input ends early ({}): was it cut short?",
                    e.line(),
                    e.column().max(1),
                    strip_position(e)
                );
            }
            let hint = if e.to_string().starts_with("trailing characters") {
                " after the end of the JSON value (two documents in one file?)"
            } else {
                ""
            };
            anyhow!(
                "{name}:{}:{}: invalid JSON: {}{hint}",
                e.line(),
                e.column(),
                strip_position(e)
            )
        }
    }
}

/// serde_json appends " at line L column C"; the location is already in front.
fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rsplit_once(" at line ") {
        Some((message, _)) => message.to_owned(),
        None => text,
    }
}

fn read_plan(
    name: &str,
    file: &[u8],
    mut doc: Document,
    provider: &mut dyn Provider,
) -> Result<(Input, Finish)> {
    let schema = provider.schema();
    if let Some(root) = doc
        .prior_state
        .take()
        .and_then(|p| p.values)
        .and_then(|v| v.root_module)
    {
        let mut resources = Vec::new();
        flatten_modules(root, &mut resources);
        read_data(&resources, provider);
    }
    let mut changes = doc.resource_changes.map(|c| c.0).unwrap_or_default();
    changes.retain(|rc| !matches!(schema.reads(&rc.rtype), Reads::Nothing));
    // The types the provider only scans are read last, and only those it may use. (Split in
    // place: the changes are held until the plan is read.)
    let scanned: Vec<_> = changes
        .extract_if(.., |rc| matches!(schema.reads(&rc.rtype), Reads::Scan))
        .collect();
    changes.shrink_to_fit();
    // Two cores' worth of work: the configuration is reduced while the changes are named, and
    // the changes (with their resources' configurations) are parsed a batch ahead of the step
    // that reads them. Read batches go back to the parsing thread to be freed: freeing another
    // thread's allocations contends on the allocator's lock (it made reading slower than on
    // one thread).
    // The naming pass is split: the other thread names the last part of the changes once it
    // has reduced the configuration (results joined in the changes' order).
    let (first, last) = changes.split_at(changes.len() * 3 / 5);
    let (configuration, namings) = std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            let configuration = doc
                .configuration
                .map(|c| pruned_configuration(c, &|t| !matches!(schema.reads(t), Reads::Nothing)));
            let namings: Vec<_> = last
                .iter()
                .map(|rc| naming(name, file, rc, schema))
                .collect();
            (configuration, namings)
        });
        let mut namings: Vec<_> = first
            .iter()
            .map(|rc| naming(name, file, rc, schema))
            .collect();
        match other.join() {
            Ok((configuration, rest)) => {
                namings.extend(rest);
                (configuration, namings)
            }
            Err(panic) => std::panic::resume_unwind(panic),
        }
    });
    let resources = configuration.as_ref().map(|c| &c.resources);
    std::thread::scope(|scope| {
        let (parsed, receive) = std::sync::mpsc::sync_channel(AHEAD);
        let (give_back, given_back) = std::sync::mpsc::channel::<Vec<Parsed>>();
        let changes = &changes;
        scope.spawn(move || {
            let mut batch = Vec::with_capacity(BATCH);
            let mut recent = Recent::default();
            let mut attributes = std::collections::HashMap::new();
            for rc in changes {
                // A deposed object's configuration is its successor's.
                let config = resources
                    .filter(|_| rc.deposed.is_none())
                    .and_then(|r| {
                        r.get(&(
                            module_path(&rc.module_address),
                            format!("{}.{}", rc.rtype, rc.name),
                        ))
                    })
                    .and_then(|raw| recent.configuration(raw));
                let keep = attributes
                    .entry(&rc.rtype)
                    .or_insert_with(|| schema.plan_attributes(&rc.rtype));
                batch.push(change_of(name, file, rc, keep.as_deref()).map(|ch| (ch, config)));
                if batch.len() == BATCH {
                    given_back.try_iter().for_each(drop);
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    if parsed.send(full).is_err() {
                        return;
                    }
                }
            }
            let _ = parsed.send(batch);
            given_back.iter().for_each(drop);
        });
        read_changes(
            name,
            file,
            (changes, &scanned),
            namings,
            configuration.as_ref(),
            (receive, give_back),
            provider,
        )
    })
}

/// What names a change's objects (its before and after), read without the rest of the change.
fn naming(name: &str, file: &[u8], rc: &RawChange, schema: &dyn Schema) -> Result<(Value, Value)> {
    let found = std::cell::RefCell::new(None);
    let seed = NamingChange {
        naming: schema.naming(),
        found: &found,
    };
    match seeded(rc.change.get(), seed) {
        Ok(values) if rc.change.get().trim_start().starts_with('{') => Ok(values),
        _ => match found.into_inner() {
            Some(values) => Ok(values),
            None => full_change(name, file, rc).map(|ch| (ch.before, ch.after)),
        },
    }
}

/// A resource change in full, with its resource's configuration.
type Parsed = (Change, Option<Arc<ResourceConfiguration>>);

/// The configurations of the resources read last, by where their text is in the file: the
/// instances of a resource (`count`, `for_each`, a module called many times) share one
/// configuration, read once while its instances come by.
#[derive(Default)]
struct Recent {
    read: std::collections::VecDeque<(usize, Option<Arc<ResourceConfiguration>>)>,
}

impl Recent {
    /// How many configurations are kept: more than the resources of a module.
    const KEPT: usize = 64;

    fn configuration(&mut self, raw: &RawValue) -> Option<Arc<ResourceConfiguration>> {
        let at = raw.get().as_ptr() as usize;
        if let Some((_, config)) = self.read.iter().find(|(a, _)| *a == at) {
            return config.clone();
        }
        let config = resource_configuration(raw).map(Arc::new);
        if self.read.len() == Self::KEPT {
            self.read.pop_front();
        }
        self.read.push_back((at, config.clone()));
        config
    }
}

/// How many batches of changes the parsing thread may run ahead of the reading one, and how
/// many changes a batch holds: handing them over one at a time costs more in waking threads
/// than parsing them.
const AHEAD: usize = 2;
const BATCH: usize = 64;

/// A resource change, its objects read for the attributes `keep` names (see
/// `Schema::plan_attributes`), or in full.
fn change_of(name: &str, file: &[u8], rc: &RawChange, keep: Option<&[&str]>) -> Result<Change> {
    let Some(keep) = keep else {
        return full_change(name, file, rc);
    };
    // One pass when the masks mark nothing outside `keep` (the usual case); else the masks are
    // read first, and the objects for what they mark too.
    if let Ok(change) = seeded(rc.change.get(), InPart(keep))
        && !marks_other(&change.before_sensitive, keep)
        && !marks_other(&change.after_sensitive, keep)
    {
        return Ok(change);
    }
    let part = |raw: Option<&RawValue>, mask: &Value| -> serde_json::Result<Value> {
        match raw {
            None => Ok(Value::Null),
            Some(raw) if raw.get().trim_start().starts_with('{') => {
                seeded(raw.get(), Attributes { keep, mask })
            }
            Some(raw) => serde_json::from_str(raw.get()),
        }
    };
    let read = |ch: PartChange| -> serde_json::Result<Change> {
        Ok(Change {
            before: part(ch.before, &ch.before_sensitive)?,
            after: part(ch.after, &ch.after_sensitive)?,
            after_unknown: part(ch.after_unknown, &Value::Null)?,
            actions: ch.actions,
            before_sensitive: ch.before_sensitive,
            after_sensitive: ch.after_sensitive,
            replace_paths: ch.replace_paths,
        })
    };
    // What does not read in part is read in full, for the error to be the one it always was.
    match serde_json::from_str(rc.change.get()).and_then(read) {
        Ok(change) => Ok(change),
        Err(_) => full_change(name, file, rc),
    }
}

/// Whether a sensitive mask marks anything outside the attributes `keep` names.
fn marks_other(mask: &Value, keep: &[&str]) -> bool {
    match mask {
        Value::Bool(all) => *all,
        Value::Object(marks) => marks
            .iter()
            .any(|(k, m)| !keep.contains(&k.as_str()) && any_true(m)),
        _ => false,
    }
}

/// Whether a mask marks anything.
fn any_true(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Array(a) => a.iter().any(any_true),
        Value::Object(o) => o.values().any(any_true),
        _ => false,
    }
}

/// A change read in one pass, its objects (and which of their values are unknown) for the
/// attributes a list names. Anything unusual (a key twice, an object that is neither an
/// object nor null) is an error: the change is then read the other way.
struct InPart<'k>(&'k [&'k str]);

impl<'de> serde::de::DeserializeSeed<'de> for InPart<'_> {
    type Value = Change;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Change, D::Error> {
        struct Visit<'k>(&'k [&'k str]);
        impl<'de> serde::de::Visitor<'de> for Visit<'_> {
            type Value = Change;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a resource change")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Change, A::Error> {
                use serde::de::Error;
                let mut ch = Change::default();
                let mut seen = 0u8;
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    let slot: u8 = match key.as_ref() {
                        "actions" => 0,
                        "before" => 1,
                        "after" => 2,
                        "after_unknown" => 3,
                        "before_sensitive" => 4,
                        "after_sensitive" => 5,
                        "replace_paths" => 6,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            continue;
                        }
                    };
                    if seen & (1 << slot) != 0 {
                        return Err(A::Error::custom("a key twice"));
                    }
                    seen |= 1 << slot;
                    match slot {
                        0 => ch.actions = map.next_value()?,
                        1 => ch.before = map.next_value_seed(Picked::kept(self.0))?,
                        2 => ch.after = map.next_value_seed(Picked::kept(self.0))?,
                        3 => ch.after_unknown = map.next_value_seed(Picked::kept(self.0))?,
                        4 => ch.before_sensitive = map.next_value()?,
                        5 => ch.after_sensitive = map.next_value()?,
                        _ => ch.replace_paths = map.next_value()?,
                    }
                }
                Ok(ch)
            }
        }
        d.deserialize_map(Visit(self.0))
    }
}

/// A change whose objects are read in part: their text, and the masks that say what in them
/// is sensitive.
#[derive(Deserialize)]
struct PartChange<'a> {
    #[serde(default)]
    actions: Vec<String>,
    #[serde(default, borrow)]
    before: Option<&'a RawValue>,
    #[serde(default, borrow)]
    after: Option<&'a RawValue>,
    #[serde(default, borrow)]
    after_unknown: Option<&'a RawValue>,
    #[serde(default)]
    before_sensitive: Value,
    #[serde(default)]
    after_sensitive: Value,
    #[serde(default)]
    replace_paths: Vec<Value>,
}

/// An object read for the attributes `keep` names and those `mask` marks sensitive (anywhere
/// inside them), the others skipped unparsed.
struct Attributes<'k> {
    keep: &'k [&'k str],
    mask: &'k Value,
}

impl<'de> serde::de::DeserializeSeed<'de> for Attributes<'_> {
    type Value = Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        struct Visit<'k>(Attributes<'k>);
        impl<'de> serde::de::Visitor<'de> for Visit<'_> {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Value, A::Error> {
                let Attributes { keep, mask } = self.0;
                // The attributes the mask marks, found once (most masks mark none).
                let all = mask == &Value::Bool(true);
                let marked: Vec<&str> = match mask {
                    Value::Object(marks) => marks
                        .iter()
                        .filter(|(_, m)| any_true(m))
                        .map(|(k, _)| k.as_str())
                        .collect(),
                    _ => Vec::new(),
                };
                let mut out = serde_json::Map::new();
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    let key_str = key.as_ref();
                    if all || keep.contains(&key_str) || marked.contains(&key_str) {
                        let value: Value = map.next_value()?;
                        out.insert(key.into_owned(), value);
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(Value::Object(out))
            }
        }
        d.deserialize_map(Visit(self))
    }
}

/// A resource change in full.
fn full_change(name: &str, file: &[u8], rc: &RawChange) -> Result<Change> {
    serde_json::from_str(rc.change.get()).map_err(|e| {
        let what = format!("resource change {} is malformed", rc.address);
        in_file(name, file, rc.change, &e, &what)
    })
}

/// An error serde_json found in a value parsed on its own (a change, a state resource's
/// values), located in the file: serde_json counts lines and columns from the value's first
/// byte, so the value's own position in the file is added.
fn in_file(
    name: &str,
    file: &[u8],
    raw: &RawValue,
    e: &serde_json::Error,
    what: &str,
) -> anyhow::Error {
    match start_in(file, raw) {
        Some(offset) if e.line() > 0 => {
            let (line, column) = line_column(file, offset);
            let (line, column) = if e.line() == 1 {
                (line, column + e.column().max(1) - 1)
            } else {
                (line + e.line() - 1, e.column().max(1))
            };
            anyhow!("{name}:{line}:{column}: {what}: {}", strip_position(e))
        }
        _ => anyhow!("{name}: {what}: {}", strip_position(e)),
    }
}

/// An error about a value of the file (a port AWS rejects, in a resource change or a state
/// resource's values), located at the value in the file: `plan.json:120:17: aws_…: …`. An
/// error located elsewhere (or with a line already) is left as it is.
fn at_value(file: &[u8], raw: &RawValue, mut e: Diagnostic, lines: &mut Lines) -> Diagnostic {
    if let Some(origin) = e.origin.as_mut().filter(|o| o.line.is_none())
        && let Some(offset) = start_in(file, raw)
    {
        let (line, column) = lines.at(file, offset);
        origin.line = Some(line);
        origin.col = Some(column);
    }
    e
}

/// The lines of a file counted up to an offset, going on from the offset asked before: the
/// errors of a plan come in the file's order, so locating all of them scans the file once,
/// not once per error (a plan of 100,000 bad values would have been 100,000 scans).
#[derive(Default)]
struct Lines {
    /// Counted up to here.
    offset: usize,
    /// The 1-based line at `offset` (0: nothing counted yet), and where that line starts.
    line: usize,
    start: usize,
}

impl Lines {
    /// The 1-based line and column (in bytes) of an offset of `file`.
    fn at(&mut self, file: &[u8], offset: usize) -> (usize, usize) {
        if offset < self.offset || self.line == 0 {
            *self = Lines {
                offset: 0,
                line: 1,
                start: 0,
            };
        }
        let from = self.offset;
        for (i, &b) in file
            .get(from..offset)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            if b == b'\n' {
                self.line += 1;
                self.start = from + i + 1;
            }
        }
        self.offset = offset;
        (self.line, offset - self.start + 1)
    }
}

/// Where a raw value's text starts in the file, as a byte offset, when it is a slice of it
/// (serde_json borrows it from the input it parses).
fn start_in(file: &[u8], raw: &RawValue) -> Option<usize> {
    let text = raw.get().as_bytes();
    let offset = (text.as_ptr() as usize).checked_sub(file.as_ptr() as usize)?;
    (offset.checked_add(text.len())? <= file.len()).then_some(offset)
}

/// The model of a plan's relevant changes: first what names the objects (ids, group names,
/// learned from `namings`), then each change in full as `parsed` delivers it, in order. The
/// provider puts the model together afterwards (`Finish::Plan`), once the file is freed.
fn read_changes(
    name: &str,
    file: &[u8],
    (changes, scanned): (&[RawChange], &[RawChange]),
    namings: Vec<Result<(Value, Value)>>,
    configuration: Option<&Configuration>,
    parsed: (Receiver<Vec<Result<Parsed>>>, Sender<Vec<Parsed>>),
    provider: &mut dyn Provider,
) -> Result<(Input, Finish)> {
    let mut modules = Modules::new();
    modules.modules = index_modules(configuration.map(|c| &c.modules));
    for rc in changes {
        modules
            .module_instances
            .extend(module_prefixes(&rc.module_address));
    }
    for (rc, naming) in changes.iter().zip(namings) {
        let (before, after) = naming?;
        let address = object_address(&rc.address, rc.deposed.as_deref());
        provider.learn(&Named {
            rtype: &rc.rtype,
            module: &rc.module_address,
            name: &rc.name,
            address: &address,
            deposed: rc.deposed.is_some(),
            values: &[&before, &after],
        });
    }

    let mut input = Input::default();
    let mut lines = Lines::default();
    let (parsed, give_back) = parsed;
    let mut parsed = parsed.into_iter().flatten();
    let mut used = Vec::with_capacity(BATCH);
    for rc in changes {
        let item = parsed
            .next()
            .ok_or_else(|| anyhow!("{name}: the resource changes stopped before their end"))??;
        match refused(rc, &item.0) {
            Some(message) => {
                let e = Diagnostic::error(Origin::file(name), format!("{}: {message}", rc.address));
                input.errors.push(at_value(file, rc.change, e, &mut lines));
            }
            None if !item.0.actions.iter().any(|a| a == "read") => {
                for e in read_change(name, &modules, rc, &item, provider) {
                    input.errors.push(at_value(file, rc.change, e, &mut lines));
                }
            }
            None => {}
        }
        // Freed by the thread that parsed it (see `read_plan`).
        used.push(item);
        if used.len() == BATCH {
            let _ = give_back.send(std::mem::replace(&mut used, Vec::with_capacity(BATCH)));
        }
    }
    let _ = give_back.send(used);
    for rc in scanned {
        scan_change(name, file, &modules, configuration, rc, provider);
    }
    Ok((input, Finish::Plan))
}

/// Hands one change of a type the provider only scans (`Reads::Scan`) to it, when its text or
/// its configuration's may name what the provider read. It is not checked: a change of a type
/// sgaudit does not read that it cannot take is skipped.
fn scan_change(
    name: &str,
    file: &[u8],
    modules: &Modules,
    configuration: Option<&Configuration>,
    rc: &RawChange,
    provider: &mut dyn Provider,
) {
    if rc.deposed.is_some() {
        return;
    }
    let raw = configuration.and_then(|c| {
        c.resources.get(&(
            module_path(&rc.module_address),
            format!("{}.{}", rc.rtype, rc.name),
        ))
    });
    let types = provider.schema().scanned_for();
    if !provider.mentions(rc.change.get()) && !raw.is_some_and(|r| may_reference(r.get(), types)) {
        return;
    }
    let Ok(change) = full_change(name, file, rc) else {
        return;
    };
    if refused(rc, &change).is_some() || change.actions.iter().any(|a| a == "read") {
        return;
    }
    let config = raw.and_then(|r| resource_configuration(r)).map(Arc::new);
    read_change(name, modules, rc, &(change, config), provider);
}

/// Hands one resource change (not a data source's `read`) to the provider; returns the values
/// it refused.
fn read_change(
    name: &str,
    modules: &Modules,
    rc: &RawChange,
    (ch, config): &Parsed,
    provider: &mut dyn Provider,
) -> Vec<Diagnostic> {
    let address = object_address(&rc.address, rc.deposed.as_deref());
    let exprs = config.as_ref().and_then(|c| c.expressions.as_ref());
    let key = key_of(rc.index);
    let old = Object {
        address: address.clone(),
        rtype: &rc.rtype,
        module: &rc.module_address,
        key: key.clone(),
        values: &ch.before,
        unknown: &Value::Null,
        sensitive: &ch.before_sensitive,
        exprs,
        origin: None,
        origins: &BlockOrigins::new(),
        traced: None,
        for_each: config.as_ref().and_then(|c| c.for_each_expression.as_ref()),
        modules,
    };
    let new = Object {
        values: &ch.after,
        unknown: &ch.after_unknown,
        sensitive: &ch.after_sensitive,
        address,
        key,
        ..old
    };
    provider.add(
        &Origin::file(name),
        Handed::Planned {
            before: &old,
            after: &new,
            lifecycle: lifecycle(&ch.actions, rc.action_reason.as_deref(), &ch.replace_paths),
            created: ch.actions.iter().any(|a| a == "create"),
            forgotten: ch.actions.iter().any(|a| a == "forget"),
            deposed: rc.deposed.is_some(),
        },
    )
}

fn read_state(
    name: &str,
    file: &[u8],
    doc: Document,
    provider: &mut dyn Provider,
) -> Result<(Input, Finish)> {
    let schema = provider.schema();
    let mut resources = Vec::new();
    if let Some(root) = doc.values.and_then(|v| v.root_module) {
        flatten_modules(root, &mut resources);
    }
    read_data(&resources, provider);
    resources
        .retain(|(_, r)| r.mode != "data" && !matches!(schema.reads(&r.rtype), Reads::Nothing));
    let mut input = Input::default();
    let mut lines = Lines::default();
    // Terraform writes `managed` or `data`: a resource of another mode is refused, not dropped.
    resources.retain(|(_, r)| match unknown_mode(&r.mode) {
        Some(message) => {
            let e = Diagnostic::error(Origin::file(name), format!("{}: {message}", r.address));
            input.errors.push(at_value(file, r.values, e, &mut lines));
            false
        }
        None => true,
    });
    let malformed = |r: &StateResource, raw: &RawValue, e: serde_json::Error| {
        in_file(
            name,
            file,
            raw,
            &e,
            &format!("resource {} is malformed", r.address),
        )
    };
    let full = |r: &StateResource| -> Result<Value> {
        serde_json::from_str(r.values.get()).map_err(|e| malformed(r, r.values, e))
    };
    // The types the provider only scans are read last, and only those it may use.
    let (scanned, resources): (Vec<_>, Vec<_>) = resources
        .into_iter()
        .partition(|(_, r)| matches!(schema.reads(&r.rtype), Reads::Scan));
    for (module, r) in &resources {
        let values = match seeded(r.values.get(), Picked::naming(schema.naming())) {
            Ok(n) if r.values.get().trim_start().starts_with('{') => n,
            _ => full(r)?,
        };
        let address = object_address(&r.address, r.deposed_key.as_deref());
        provider.learn(&Named {
            rtype: &r.rtype,
            module,
            name: &r.name,
            address: &address,
            deposed: r.deposed_key.is_some(),
            values: &[&values],
        });
    }
    for (module, r) in &resources {
        let values = &full(r)?;
        let sensitive: Value = match r.sensitive_values {
            Some(raw) => serde_json::from_str(raw.get()).map_err(|e| malformed(r, raw, e))?,
            None => Value::Null,
        };
        let obj = state_object(
            object_address(&r.address, r.deposed_key.as_deref()),
            module,
            r,
            values,
            &sensitive,
        );
        let deposed = r.deposed_key.is_some();
        for e in provider.add(
            &Origin::file(name),
            Handed::Deployed {
                object: &obj,
                deposed,
            },
        ) {
            input.errors.push(at_value(file, r.values, e, &mut lines));
        }
    }
    for (module, r) in &scanned {
        if r.deposed_key.is_some() || !provider.mentions(r.values.get()) {
            continue;
        }
        // Not checked: a resource of a type sgaudit does not read that it cannot take is
        // skipped.
        let Ok(values) = serde_json::from_str::<Value>(r.values.get()) else {
            continue;
        };
        let obj = state_object(r.address.to_string(), module, r, &values, &Value::Null);
        provider.add(
            &Origin::file(name),
            Handed::Deployed {
                object: &obj,
                deposed: false,
            },
        );
    }
    Ok((input, Finish::State))
}

/// Hands the provider the data sources it reads (`Schema::reads_data`), among a state's
/// resources; one whose values do not parse is passed over (it names no object of the input).
fn read_data(resources: &[(String, StateResource)], provider: &mut dyn Provider) {
    let schema = provider.schema();
    for (module, r) in resources {
        if r.mode != "data" || !schema.reads_data(&r.rtype) {
            continue;
        }
        let Ok(values) = serde_json::from_str::<Value>(r.values.get()) else {
            continue;
        };
        let sensitive: Value = r
            .sensitive_values
            .and_then(|raw| serde_json::from_str(raw.get()).ok())
            .unwrap_or(Value::Null);
        provider.data(&state_object(
            r.address.to_string(),
            module,
            r,
            &values,
            &sensitive,
        ));
    }
}

/// A resource of a state as the provider takes it: its values and what it marks sensitive,
/// nothing unknown, no configuration.
fn state_object<'a>(
    address: String,
    module: &'a str,
    r: &'a StateResource,
    values: &'a Value,
    sensitive: &'a Value,
) -> Object<'a> {
    static NO_ORIGINS: BlockOrigins = BlockOrigins::new();
    Object {
        address,
        rtype: &r.rtype,
        module,
        key: key_of(r.index),
        values,
        unknown: &Value::Null,
        sensitive,
        exprs: None,
        origin: None,
        origins: &NO_ORIGINS,
        traced: None,
        for_each: None,
        modules: &NO_MODULES,
    }
}

/// The instance key of a resource's `index`, as written in an address (see [`index_key`]).
fn key_of(index: Option<&RawValue>) -> Option<String> {
    serde_json::from_str::<Value>(index?.get())
        .ok()
        .as_ref()
        .and_then(index_key)
}

fn flatten_modules<'a>(module: StateModule<'a>, out: &mut Vec<(String, StateResource<'a>)>) {
    let address = module.address;
    out.extend(module.resources.into_iter().map(|r| (address.clone(), r)));
    for child in module.child_modules {
        flatten_modules(child, out);
    }
}

fn object_address(address: &str, deposed: Option<&str>) -> String {
    match deposed {
        Some(key) => format!("{address} (deposed object {key})"),
        None => address.to_owned(),
    }
}

/// What terraform never writes in a resource change: a mode other than `managed` or `data`, an
/// action list other than its own (developer.hashicorp.com/terraform/internals/json-format,
/// "Change Representation": `["no-op"]`, `["create"]`, `["read"]`, `["update"]`,
/// `["delete", "create"]`, `["create", "delete"]`, `["delete"]`, `["forget"]`, and
/// `["create", "forget"]` when a replaced object is forgotten), a `before` or `after` that is
/// neither an object nor null. Such a change is refused (the rest of the plan is read) rather
/// than read as something else.
fn refused(rc: &RawChange, ch: &Change) -> Option<String> {
    if let Some(message) = unknown_mode(&rc.mode) {
        return Some(message);
    }
    let actions: Vec<&str> = ch.actions.iter().map(String::as_str).collect();
    let known = matches!(
        actions.as_slice(),
        ["no-op"]
            | ["create"]
            | ["read"]
            | ["update"]
            | ["delete"]
            | ["forget"]
            | ["delete", "create"]
            | ["create", "delete"]
            | ["create", "forget"]
    );
    if !known {
        return Some(format!(
            "actions {actions:?} are not a change terraform writes"
        ));
    }
    for (side, value) in [("before", &ch.before), ("after", &ch.after)] {
        if !matches!(value, Value::Object(_) | Value::Null) {
            return Some(format!("{side} is not an object: {value}"));
        }
    }
    None
}

/// A resource's mode other than `managed` (data sources are dropped before): terraform writes
/// no other.
fn unknown_mode(mode: &str) -> Option<String> {
    (mode != "managed")
        .then(|| format!("mode {mode:?} is not one terraform writes (managed or data)"))
}

fn lifecycle(actions: &[String], reason: Option<&str>, paths: &[Value]) -> Lifecycle {
    let has = |a: &str| actions.iter().any(|x| x == a);
    if has("create") && (has("delete") || has("forget")) {
        Lifecycle::Replaced(Replacement {
            create_first: actions.first().is_some_and(|a| a == "create"),
            reason: reason.map(str::to_owned),
            paths: paths.to_vec(),
        })
    } else if has("create") {
        Lifecycle::Created
    } else if has("delete") {
        Lifecycle::Deleted {
            reason: reason.map(str::to_owned),
        }
    } else if has("forget") {
        Lifecycle::Forgotten
    } else if has("update") {
        Lifecycle::Updated
    } else {
        Lifecycle::Unchanged
    }
}

/// Refuses an input whose first bytes show it is not `terraform show -json` output: JSON text
/// that is not an object, UTF-16, configuration, binary data. `head` is the start of the input.
pub fn sniff(name: &str, head: &[u8]) -> Result<()> {
    if head.starts_with(b"PK\x03\x04") {
        return Ok(());
    }
    if head.starts_with(&[0xFF, 0xFE])
        || head.starts_with(&[0xFE, 0xFF])
        || matches!(head, [b'{', 0, ..] | [0, b'{', ..])
    {
        bail!(
            "{name}: this is UTF-16 text (as PowerShell's `>` writes it); sgaudit reads UTF-8: write it with `terraform show -json tfplan | Out-File -Encoding utf8 plan.json`"
        );
    }
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let Some((i, &first)) = body
        .iter()
        .enumerate()
        .find(|(_, b)| !b.is_ascii_whitespace())
    else {
        return Ok(());
    };
    let (line, column) = line_column(body, i);
    let at = format!("{name}:{line}:{column}");
    let expected = "expected the output of `terraform show -json` (a JSON object)";
    match first {
        b'{' => Ok(()),
        b'[' => bail!("{at}: not a Terraform plan or state: a JSON array; {expected}"),
        b'"' => bail!("{at}: not a Terraform plan or state: a JSON string; {expected}"),
        b'-' | b'0'..=b'9' => {
            bail!("{at}: not a Terraform plan or state: a JSON number; {expected}")
        }
        b if b.is_ascii_alphabetic() => {
            let word: String = body
                .iter()
                .skip(i)
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                .take(24)
                .map(|&b| char::from(b))
                .collect();
            const BLOCKS: [&str; 8] = [
                "resource",
                "data",
                "module",
                "variable",
                "locals",
                "output",
                "provider",
                "terraform",
            ];
            if BLOCKS.contains(&word.as_str()) {
                bail!(
                    "{at}: not JSON (it starts with `{word}`: Terraform configuration); {expected}; to read configuration, pass the directory of its .tf files"
                )
            }
            bail!("{at}: not JSON (it starts with `{word}`); {expected}")
        }
        b if b.is_ascii_graphic() => {
            let first = char::from(b);
            bail!("{at}: not JSON (it starts with `{first}`); {expected}")
        }
        b => bail!("{at}: not JSON (byte 0x{b:02X}); {expected}"),
    }
}

/// Where JSON text first nests deeper than serde_json reads (128 levels): the 1-based line
/// and column of the bracket that goes past it.
pub fn too_deep(bytes: &[u8]) -> Option<(usize, usize)> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > 128 {
                    return Some(line_column(bytes, i));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::Lines;
    use crate::access::line_column;
    use crate::read::aws::Aws;

    /// Located one after the other, in the file's order or not, errors get the positions a
    /// scan from the start gives.
    #[test]
    fn errors_are_located_by_one_scan() {
        let file = b"{\n  \"a\": 1,\n\n  \"b\": [\n    2\n  ]\n}\n";
        let mut lines = Lines::default();
        for offset in [0, 3, 4, 11, 12, 13, 20, 5, 26, file.len()] {
            assert_eq!(
                lines.at(file, offset),
                line_column(file, offset),
                "{offset}"
            );
        }
    }
    use super::parse;

    /// A change read for some attributes keeps those and every attribute its sensitive mask
    /// marks (the provider collects what is sensitive anywhere), and only those; a value that
    /// is no object is kept whole (it is refused later, as when read in full).
    #[test]
    fn a_change_read_in_part_keeps_its_attributes_and_what_is_sensitive() {
        let text = r#"{"address": "aws_instance.a", "mode": "managed", "type": "aws_instance",
            "name": "a", "change": {"actions": ["update"],
            "before": {"ami": "ami-1", "user_data": "secret", "vpc_security_group_ids": ["sg-1"],
                "tags": {"a": "b"}},
            "after": "oops",
            "after_unknown": {"arn": true, "vpc_security_group_ids": true},
            "before_sensitive": {"user_data": true, "tags": {}},
            "after_sensitive": {}}}"#;
        let rc: super::RawChange = serde_json::from_str(text).unwrap();
        let keep = ["vpc_security_group_ids"];
        let ch = super::change_of("plan.json", text.as_bytes(), &rc, Some(&keep)).unwrap();
        assert_eq!(
            ch.before,
            serde_json::json!({"user_data": "secret", "vpc_security_group_ids": ["sg-1"]})
        );
        assert_eq!(ch.after, serde_json::json!("oops"));
        assert_eq!(
            ch.after_unknown,
            serde_json::json!({"vpc_security_group_ids": true})
        );
        assert_eq!(ch.actions, ["update"]);
        let full = super::change_of("plan.json", text.as_bytes(), &rc, None).unwrap();
        assert_eq!(full.before.as_object().map(serde_json::Map::len), Some(4));
        // Nothing sensitive outside `keep`: read in one pass, to the same values.
        let text = text
            .replace(
                r#""after": "oops""#,
                r#""after": {"ami": "ami-2", "tags": null}"#,
            )
            .replace(r#""user_data": true, "#, "");
        let rc: super::RawChange = serde_json::from_str(&text).unwrap();
        let ch = super::change_of("plan.json", text.as_bytes(), &rc, Some(&keep)).unwrap();
        assert_eq!(
            ch.before,
            serde_json::json!({"vpc_security_group_ids": ["sg-1"]})
        );
        assert_eq!(ch.after, serde_json::json!({}));
        assert_eq!(ch.before_sensitive, serde_json::json!({"tags": {}}));
        assert_eq!(
            ch.after_unknown,
            serde_json::json!({"vpc_security_group_ids": true})
        );
    }

    /// A value the provider refuses is an error located at the resource's values in the plan
    /// file: its origin is the file, line and column (what annotations point at), and it
    /// prints as the one line it always did.
    #[test]
    fn a_refused_value_is_an_error_at_its_line_and_column() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/bad/port-above-65535/plan.json"
        );
        let plan = std::fs::read_to_string(path).unwrap();
        let input = parse("plan.json", plan.as_bytes(), &mut Aws::default()).unwrap();
        assert_eq!(input.errors.len(), 1, "{:?}", input.errors);
        let e = &input.errors[0];
        assert_eq!(e.level, crate::model::Level::Error);
        let origin = e.origin.clone().unwrap();
        assert_eq!(origin.file, "plan.json");
        let (line, col) = (origin.line.unwrap(), origin.col.unwrap());
        let values = plan.lines().nth(line - 1).unwrap();
        assert!(
            values.get(col - 1..).unwrap().starts_with('{'),
            "{line}:{col} is the start of the values: {values}"
        );
        assert!(
            e.message
                .starts_with("aws_security_group_rule.high: to_port 70000 is outside 0-65535"),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            format!("plan.json:{line}:{col}: {}", e.message)
        );
    }

    /// What terraform never writes in a change (a value of the wrong type, a mode or action
    /// list of its own making) is an error at that change, naming it; the rest of the plan is
    /// read, and the change is never read as something else (issue 19). Each case is a real
    /// plan with one value changed.
    #[test]
    fn a_change_terraform_never_writes_is_an_error_at_it() {
        use serde_json::json;
        let real = |scenario: &str| -> serde_json::Value {
            let path = format!(
                "{}/testdata/plans/{scenario}/plan.json",
                env!("CARGO_MANIFEST_DIR")
            );
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
        };
        let change_of = |plan: &mut serde_json::Value, address: &str| -> usize {
            plan["resource_changes"]
                .as_array()
                .unwrap()
                .iter()
                .position(|rc| rc["address"] == address)
                .unwrap()
        };
        type Edit = fn(&mut serde_json::Value);
        let cases: [(&str, &str, Edit, &str); 6] = [
            (
                "ssh-world-inline",
                "aws_security_group.bastion",
                |rc| rc["change"]["after"] = json!("oops"),
                "aws_security_group.bastion: after is not an object: \"oops\"",
            ),
            (
                "ssh-world-inline",
                "aws_security_group.bastion",
                |rc| rc["mode"] = json!("MANAGED"),
                "aws_security_group.bastion: mode \"MANAGED\" is not one terraform writes (managed or data)",
            ),
            (
                "ssh-world-inline",
                "aws_security_group.bastion",
                |rc| rc["change"]["actions"] = json!(["create", "read"]),
                "aws_security_group.bastion: actions [\"create\", \"read\"] are not a change terraform writes",
            ),
            (
                "ssh-world-inline",
                "aws_security_group.bastion",
                |rc| rc["change"]["actions"] = json!(["frobnicate"]),
                "aws_security_group.bastion: actions [\"frobnicate\"] are not a change terraform writes",
            ),
            (
                "ssh-world-sg-rule",
                "aws_security_group_rule.ssh",
                |rc| rc["change"]["after"]["self"] = json!("true"),
                "aws_security_group_rule.ssh: self is not true or false: \"true\"",
            ),
            (
                "ssh-world-inline",
                "aws_security_group.bastion",
                |rc| rc["change"]["after"]["ingress"][0]["self"] = json!("true"),
                "self is not true or false: \"true\"",
            ),
        ];
        for (scenario, address, edit, expected) in cases {
            let mut plan = real(scenario);
            let i = change_of(&mut plan, address);
            edit(&mut plan["resource_changes"][i]);
            let text = serde_json::to_string_pretty(&plan).unwrap();
            let input = parse("plan.json", text.as_bytes(), &mut Aws::default()).unwrap();
            let errors: Vec<String> = input.errors.iter().map(|e| e.message.clone()).collect();
            assert_eq!(errors.len(), 1, "{scenario} {expected}: {errors:?}");
            assert!(errors[0].contains(expected), "{scenario}: {errors:?}");
            assert!(
                input.errors[0]
                    .origin
                    .as_ref()
                    .is_some_and(|o| o.line.is_some()),
                "{scenario}: located: {:?}",
                input.errors[0]
            );
        }
    }

    /// The 1-based line and column of byte `offset` of `text`.
    fn position(text: &str, offset: usize) -> (usize, usize) {
        super::line_column(text.as_bytes(), offset)
    }

    /// A value of one resource change that does not parse is reported at its line and column
    /// in the plan file, not at its position inside the change. The plan is a real one,
    /// copied and made invalid here: one action of a change becomes a number.
    #[test]
    #[expect(
        clippy::string_slice,
        reason = "the offsets are of ASCII text found in the plan"
    )]
    fn an_error_inside_a_change_is_located_in_the_file() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/plans/workloads-two-hop/plan.json"
        );
        let plan = std::fs::read_to_string(path).unwrap();
        // The first group's change, far from the start of the file.
        let changes = plan.find("\"resource_changes\"").unwrap();
        let group = changes
            + plan[changes..]
                .find("\"type\": \"aws_security_group\",")
                .unwrap();
        let list = group + plan[group..].find("\"actions\": [").unwrap() + 12;
        let action = list + plan[list..].find('"').unwrap();
        let end = action + 1 + plan[action + 1..].find('"').unwrap() + 1;
        let bad = format!("{}5{}", &plan[..action], &plan[end..]);
        let (line, column) = position(&bad, action);
        assert!(line > 100, "the change is deep in the file (line {line})");
        let e = parse("plan.json", bad.as_bytes(), &mut Aws::default())
            .unwrap_err()
            .to_string();
        let want = format!("plan.json:{line}:{column}: resource change ");
        assert!(e.starts_with(&want), "{e}\nwanted {want}…");
        assert!(e.contains("is malformed: invalid type: integer `5`"), "{e}");
        assert!(!e.contains(" at line "), "one location, the file's: {e}");
    }
}
