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
/// as its raw text (a slice of the file) beside what names it (owned, so that the file's text
/// can be freed once the changes are found: see [`Text`]).
struct RelevantChanges<'a>(Vec<Record<&'a RawValue>>);

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
                let mut shared = Shared::default();
                while let Some(rc) = seq.next_element::<RawChange<'a>>()? {
                    // Data sources are read, not changed; any other mode is an error later.
                    if rc.mode != "data" {
                        out.push(Record::of(rc, &mut shared));
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

/// A resource change as it is kept until the plan is read: what names it, owned (a type, a
/// module, a mode and a name are shared by many changes: one copy each), and its change, as
/// `C`: its text in the file (`&RawValue`) while the file is in memory, then where that text
/// is in the file ([`Span`]).
struct Record<C> {
    address: Box<str>,
    module_address: Arc<str>,
    mode: Arc<str>,
    rtype: Arc<str>,
    name: Arc<str>,
    index: Option<Box<RawValue>>,
    deposed: Option<String>,
    change: C,
    action_reason: Option<String>,
}

/// The strings many changes share (see [`Record`]), one copy each; and the last of each
/// field (the changes of a resource come one after the other: most are the last one's).
#[derive(Default)]
struct Shared {
    all: crate::model::Names,
    last: [Option<Arc<str>>; 4],
}

impl Shared {
    fn get(&mut self, field: usize, text: &str) -> Arc<str> {
        if let Some(Some(last)) = self.last.get(field)
            && **last == *text
        {
            return Arc::clone(last);
        }
        let shared = self.all.of(text);
        if let Some(last) = self.last.get_mut(field) {
            *last = Some(Arc::clone(&shared));
        }
        shared
    }
}

impl<'a> Record<&'a RawValue> {
    fn of(rc: RawChange<'a>, shared: &mut Shared) -> Self {
        Record {
            address: rc.address.into(),
            module_address: shared.get(0, &rc.module_address),
            mode: shared.get(1, &rc.mode),
            rtype: shared.get(2, &rc.rtype),
            name: shared.get(3, &rc.name),
            index: rc.index.map(ToOwned::to_owned),
            deposed: rc.deposed,
            change: rc.change,
            action_reason: rc.action_reason,
        }
    }

    /// The record with where its change's text is in `file` instead of the text.
    fn placed(self, file: &[u8]) -> Record<Span> {
        let text = self.change.get();
        Record {
            change: Span {
                start: start_in(file, self.change).unwrap_or(usize::MAX),
                len: text.len(),
            },
            address: self.address,
            module_address: self.module_address,
            mode: self.mode,
            rtype: self.rtype,
            name: self.name,
            index: self.index,
            deposed: self.deposed,
            action_reason: self.action_reason,
        }
    }
}

/// The text of a plan file while its changes are read: the whole file in memory, or the file
/// itself, read again a part at a time (a plan file: its text is freed once the changes are
/// found and named, before the model is built; see [`parse_owned`]).
enum Text<'b> {
    Whole(&'b [u8]),
    Again(Again),
}

/// A plan file read again by parts: its handle, how many bytes its byte order mark takes,
/// and its size and time of change when it was read first (a file changed since is refused).
struct Again {
    file: std::sync::Mutex<std::fs::File>,
    skip: u64,
    seen: (u64, Option<std::time::SystemTime>),
}

/// How much of a file read again is read at once (many changes' texts; in tests, less than
/// one, so that every test reading a plan file reads it again by parts).
const WINDOW: usize = if cfg!(test) { 64 } else { 4 << 20 };

impl Again {
    fn new(file: std::fs::File) -> Self {
        let seen = stamp(&file);
        Again {
            file: std::sync::Mutex::new(file),
            skip: 0,
            seen,
        }
    }

    /// Reads `len` bytes from `start` (past the byte order mark) into `buf`, in place of what
    /// it held; a file that changed since it was read first is an error.
    fn read(&self, start: usize, len: usize, buf: &mut Vec<u8>) -> std::io::Result<()> {
        use std::io::{Read, Seek, SeekFrom};
        let mut file = self
            .file
            .lock()
            .map_err(|_| std::io::Error::other("the file is not readable"))?;
        if stamp(&file) != self.seen {
            return Err(std::io::Error::other("it changed while it was read"));
        }
        file.seek(SeekFrom::Start(self.skip + start as u64))?;
        buf.clear();
        buf.reserve_exact(len);
        // Into the buffer's spare room: nothing written first (the file's bytes are).
        (&mut *file).take(len as u64).read_to_end(buf)?;
        if buf.len() < len {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        Ok(())
    }

    /// The length of the text (past the byte order mark).
    fn len(&self) -> usize {
        usize::try_from(self.seen.0.saturating_sub(self.skip)).unwrap_or(usize::MAX)
    }
}

/// A file's size and time of change.
fn stamp(file: &std::fs::File) -> (u64, Option<std::time::SystemTime>) {
    file.metadata()
        .map_or((0, None), |m| (m.len(), m.modified().ok()))
}

impl Text<'_> {
    /// Hands `each` the text from `from` to `to`, in parts, with where each starts.
    fn each(
        &self,
        from: usize,
        to: usize,
        mut each: impl FnMut(usize, &[u8]),
    ) -> std::io::Result<()> {
        match self {
            Text::Whole(file) => {
                each(from, file.get(from..to).unwrap_or_default());
                Ok(())
            }
            Text::Again(again) => {
                let to = to.min(again.len());
                let mut part = Vec::new();
                let mut at = from;
                while at < to {
                    again.read(at, (to - at).min(WINDOW), &mut part)?;
                    each(at, &part);
                    at += part.len().max(1);
                }
                Ok(())
            }
        }
    }

    /// The whole text, in memory (on an error that needs all of it).
    fn whole(&self) -> std::io::Result<Cow<'_, [u8]>> {
        match self {
            Text::Whole(file) => Ok(Cow::Borrowed(file)),
            Text::Again(again) => {
                let mut all = Vec::new();
                self.each(0, again.len(), |_, part| all.extend_from_slice(part))?;
                Ok(Cow::Owned(all))
            }
        }
    }

    /// The 1-based line and column (in bytes) of an offset.
    fn line_column(&self, offset: usize) -> (usize, usize) {
        Lines::default().at(self, offset)
    }
}

/// The texts of changes, read in the file's order: a slice of the whole file, or of the
/// part of the file read last.
struct Window<'t, 'b> {
    text: &'t Text<'b>,
    part: Vec<u8>,
    from: usize,
}

impl<'t, 'b> Window<'t, 'b> {
    fn new(text: &'t Text<'b>) -> Self {
        Window {
            text,
            part: Vec::new(),
            from: 0,
        }
    }

    /// The text of a change.
    fn get(&mut self, span: Span) -> std::io::Result<&str> {
        let invalid = || std::io::Error::from(std::io::ErrorKind::InvalidData);
        let end = span.start.checked_add(span.len).ok_or_else(invalid)?;
        let bytes = match self.text {
            Text::Whole(file) => file.get(span.start..end).ok_or_else(invalid)?,
            Text::Again(again) => {
                if span.start < self.from || end > self.from + self.part.len() {
                    let len = span
                        .len
                        .max(WINDOW)
                        .min(again.len().saturating_sub(span.start));
                    if len < span.len {
                        return Err(invalid());
                    }
                    self.from = span.start;
                    again.read(span.start, len, &mut self.part)?;
                }
                self.part
                    .get(span.start - self.from..end - self.from)
                    .ok_or_else(invalid)?
            }
        };
        std::str::from_utf8(bytes).map_err(|_| invalid())
    }
}

/// Where a value's text is in the file (after its byte order mark, if any).
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    len: usize,
}

/// A resource change: its objects before and after, and its masks read for what they mark
/// (see [`Mask`]).
#[derive(Deserialize, Default)]
#[serde(default)]
struct Change {
    actions: Vec<String>,
    before: Value,
    after: Value,
    #[serde(deserialize_with = "mask")]
    after_unknown: Value,
    #[serde(deserialize_with = "mask")]
    before_sensitive: Value,
    #[serde(deserialize_with = "mask")]
    after_sensitive: Value,
    replace_paths: Vec<Value>,
}

/// A resource change with its masks read whole: what a change whose masks do not read as
/// [`Mask`]s is read as (and what tells the error of a malformed one).
#[derive(Deserialize, Default)]
#[serde(default)]
struct WholeChange {
    actions: Vec<String>,
    before: Value,
    after: Value,
    after_unknown: Value,
    before_sensitive: Value,
    after_sensitive: Value,
    replace_paths: Vec<Value>,
}

impl From<WholeChange> for Change {
    fn from(ch: WholeChange) -> Self {
        Change {
            actions: ch.actions,
            before: ch.before,
            after: ch.after,
            after_unknown: ch.after_unknown,
            before_sensitive: ch.before_sensitive,
            after_sensitive: ch.after_sensitive,
            replace_paths: ch.replace_paths,
        }
    }
}

/// A map's key, borrowed from the text unless it holds an escape (serde's `Cow<str>` is
/// always a copy).
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(Visit)
    }
}

/// A mask (`after_unknown`, `before_sensitive`, `after_sensitive`) read for what it marks:
/// its `true`s where they are, and nothing else. A mask is only ever asked whether it marks a
/// path, an ancestor or something inside it (`object::marked`, `marked_within`,
/// `marked_strings`), and whether it is null: an object's member that marks nothing is left
/// out (most masks mark nothing but the attributes unknown until apply: `{"tags": {}}`,
/// `[{"cidr_blocks": [false]}]`), an array's element that marks nothing is null (the others
/// keep their places), and a mask that marks nothing is an empty object or array, or the
/// value itself (`false`, `null`). Terraform writes an object's keys sorted (Go's JSON): an
/// object whose keys are not (a key twice, where the last would count) is an error, and the
/// change is read with its masks whole ([`WholeChange`]), as is one with serde_json's own
/// raw-value key.
struct Mask {
    top: bool,
}

/// The error of a mask that is not read as a [`Mask`] (its change is read the other way).
const UNSORTED: &str = "a mask's keys out of order";

fn mask<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
    serde::de::DeserializeSeed::deserialize(Mask { top: true }, d)
}

impl<'de> serde::de::DeserializeSeed<'de> for Mask {
    type Value = Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Mask {
    type Value = Value;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any valid JSON value")
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(if v || self.top {
            Value::Bool(v)
        } else {
            Value::Null
        })
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(if self.top {
            Value::from(v)
        } else {
            Value::Null
        })
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(if self.top {
            Value::from(v)
        } else {
            Value::Null
        })
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(match serde_json::Number::from_f64(v) {
            Some(n) if self.top => Value::Number(n),
            _ => Value::Null,
        })
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(if self.top {
            Value::String(v.to_owned())
        } else {
            Value::Null
        })
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        Ok(if self.top {
            Value::String(v)
        } else {
            Value::Null
        })
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        // The elements are kept from the first that marks something (those before it: null).
        let mut kept: Option<Vec<Value>> = None;
        let mut before = 0usize;
        while let Some(v) = seq.next_element_seed(Mask { top: false })? {
            match &mut kept {
                Some(kept) => kept.push(v),
                None if v.is_null() => before += 1,
                None => {
                    let mut first = vec![Value::Null; before];
                    first.push(v);
                    kept = Some(first);
                }
            }
        }
        Ok(match kept {
            Some(kept) => Value::Array(kept),
            None if self.top => Value::Array(Vec::new()),
            None => Value::Null,
        })
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        use serde::de::Error;
        let mut kept: Option<serde_json::Map<String, Value>> = None;
        let mut last: Option<Cow<'de, str>> = None;
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            if last.as_deref().is_some_and(|last| last >= key.as_ref()) || key == RAW_VALUE_KEY {
                return Err(A::Error::custom(UNSORTED));
            }
            let v = map.next_value_seed(Mask { top: false })?;
            if !v.is_null() {
                kept.get_or_insert_with(serde_json::Map::new)
                    .insert(key.as_ref().to_owned(), v);
            }
            last = Some(key);
        }
        Ok(match kept {
            Some(kept) => Value::Object(kept),
            None if self.top => Value::Object(serde_json::Map::new()),
            None => Value::Null,
        })
    }
}

/// The key by which serde_json's `Value` reads an object as a raw value's text (its
/// `raw_value` feature): never a mask's.
const RAW_VALUE_KEY: &str = "$serde_json::private::RawValue";

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
                while let Some(key) = map.next_key::<Key<'de>>()?.map(|k| k.0) {
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
    /// Each attribute's value is a mask, read for what it marks ([`Mask`]).
    mask: bool,
}

impl<'k> Picked<'k> {
    /// The values of an object that name it.
    fn naming(keys: &'k [&'k str]) -> Picked<'k> {
        Picked {
            keys,
            naming: true,
            mask: false,
        }
    }

    /// An object read for the attributes a list names.
    fn kept(keys: &'k [&'k str]) -> Picked<'k> {
        Picked {
            keys,
            naming: false,
            mask: false,
        }
    }

    /// A mask read for the attributes a list names (`after_unknown`).
    fn kept_mask(keys: &'k [&'k str]) -> Picked<'k> {
        Picked {
            keys,
            naming: false,
            mask: true,
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
                let Picked { keys, naming, mask } = self.0;
                let mut out = serde_json::Map::new();
                while let Some(key) = map.next_key::<Key<'de>>()?.map(|k| k.0) {
                    if keys.contains(&key.as_ref()) {
                        // A mask's attribute is kept whatever it marks (the last of a key
                        // twice is the one that counts, as in a `Value`).
                        let value: Value = if mask {
                            map.next_value_seed(Mask { top: false })?
                        } else {
                            map.next_value()?
                        };
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
/// model are never in memory at once. When `again` is the file the bytes were read from, a
/// plan's text is freed as soon as its changes are found and named, and each change is read
/// again from the file while the model is built.
pub fn parse_owned(
    name: &str,
    bytes: Vec<u8>,
    again: Option<std::fs::File>,
    provider: &mut dyn Provider,
) -> Result<Input> {
    let again = again.map(Again::new);
    let first = first(name, &bytes, provider);
    then_second(name, (bytes, again), first, provider)
}

/// [`parse_owned`], with `also` run over the file's text on another thread while the plan's
/// changes are found (the plan-file locations of `locate`, when no configuration is beside
/// the plan): its answer, with the input, and the text freed once both are done.
pub fn parse_owned_with<T: Send>(
    name: &str,
    bytes: Vec<u8>,
    again: Option<std::fs::File>,
    provider: &mut dyn Provider,
    also: impl FnOnce(&[u8]) -> T + Send,
) -> Result<(Input, T)> {
    let again = again.map(Again::new);
    let (first, answer) = std::thread::scope(|scope| {
        let text = bytes.as_slice();
        let other = scope.spawn(move || also(text));
        let first = first(name, text, provider);
        // `also` never panics on any text (a scan); should it, the panic is the run's.
        let answer = other
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (first, answer)
    });
    Ok((then_second(name, (bytes, again), first, provider)?, answer))
}

/// The second pass of a plan whose text is `bytes` (and the file it was read from, `again`):
/// the changes read into the model, from the file when it can be read again (`bytes` freed
/// first), else from `bytes`; then the model put together, `bytes` freed.
fn then_second(
    name: &str,
    (bytes, again): (Vec<u8>, Option<Again>),
    first: Result<First>,
    provider: &mut dyn Provider,
) -> Result<Input> {
    let read = match first? {
        First::Read(input, of) => Ok((*input, of)),
        First::Plan(pending) => match again {
            Some(mut again) => {
                again.skip = pending.skip as u64;
                drop(bytes);
                second(name, pending, &Text::Again(again), provider)
            }
            None => {
                let skip = pending.skip;
                second(
                    name,
                    pending,
                    &Text::Whole(bytes.get(skip..).unwrap_or_default()),
                    provider,
                )
            }
        },
    };
    let (mut input, of) = read?;
    provider.finish(&mut input, of);
    Ok(input)
}

/// Reads plan or state JSON into the provider: the input as it is before the provider puts
/// the model together, and how it is to be put together.
fn read(name: &str, bytes: &[u8], provider: &mut dyn Provider) -> Result<(Input, Finish)> {
    match first(name, bytes, provider)? {
        First::Read(input, of) => Ok((*input, of)),
        First::Plan(pending) => {
            let skip = pending.skip;
            let text = Text::Whole(bytes.get(skip..).unwrap_or_default());
            second(name, pending, &text, provider)
        }
    }
}

/// A state read, or a plan whose changes are found and named (the first pass, which needs
/// the file's text in memory).
enum First {
    Read(Box<Input>, Finish),
    Plan(Box<Pending>),
}

/// A plan's changes found and named, owned: what the second pass reads into the model, from
/// the file's text or from the file read again.
struct Pending {
    source: Source,
    /// The bytes of the byte order mark before the text (offsets are past it).
    skip: usize,
    changes: Vec<Record<Span>>,
    scanned: Vec<Record<Span>>,
    namings: Vec<Result<(Value, Value)>>,
    configuration: Option<Configuration>,
}

/// The first pass over plan or state JSON: a state read whole, a plan's changes found and
/// named (see [`Pending`]).
fn first(name: &str, bytes: &[u8], provider: &mut dyn Provider) -> Result<First> {
    // A UTF-8 byte order mark (PowerShell's `Out-File -Encoding utf8` writes one) is no text.
    let all = bytes.len();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let skip = all - bytes.len();
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
    // A resource's values are parsed on their own, so serde_json's nesting limit reports a
    // position inside them: the position in the file is found again here.
    let whole = Text::Whole(bytes);
    if is_plan {
        let pending = plan_first(name, bytes, doc, provider).map_err(|e| deep(name, &whole, e))?;
        Ok(First::Plan(Box::new(Pending {
            source,
            skip,
            ..pending
        })))
    } else {
        let (mut input, of) =
            read_state(name, bytes, doc, provider).map_err(|e| deep(name, &whole, e))?;
        input.source = source;
        Ok(First::Read(Box::new(input), of))
    }
}

/// The second pass over a plan: its changes read into the model from `text`.
fn second(
    name: &str,
    pending: Box<Pending>,
    text: &Text,
    provider: &mut dyn Provider,
) -> Result<(Input, Finish)> {
    let Pending {
        source,
        changes,
        scanned,
        namings,
        configuration,
        ..
    } = *pending;
    let (mut input, of) = plan_second(
        name,
        text,
        (&changes, &scanned),
        namings,
        configuration.as_ref(),
        provider,
    )
    .map_err(|e| deep(name, text, e))?;
    input.source = source;
    Ok((input, of))
}

/// An error of serde_json's nesting limit, located in the file (a resource's values are
/// parsed on their own: the position serde_json gives is inside them).
fn deep(name: &str, text: &Text, e: anyhow::Error) -> anyhow::Error {
    if !format!("{e}").contains("recursion limit exceeded") {
        return e;
    }
    match text.whole().ok().and_then(|bytes| too_deep(&bytes)) {
        Some((line, column)) => anyhow!(
            "{name}:{line}:{column}: invalid JSON: nested more than 128 levels deep; terraform never writes this"
        ),
        None => e,
    }
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

/// The first pass over a plan, with its text in memory: the data sources of its prior state
/// handed to the provider, its changes found and named, its configuration reduced.
fn plan_first(
    name: &str,
    file: &[u8],
    mut doc: Document,
    provider: &mut dyn Provider,
) -> Result<Pending> {
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
    // Two cores' worth of work: the configuration is reduced while the changes are named.
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
    // Where each change is in the file, in place of its text (the same size).
    Ok(Pending {
        source: Source::default(),
        skip: 0,
        changes: changes.into_iter().map(|rc| rc.placed(file)).collect(),
        scanned: scanned.into_iter().map(|rc| rc.placed(file)).collect(),
        namings,
        configuration,
    })
}

/// The second pass over a plan: each change read into the model, its text from `text`.
fn plan_second(
    name: &str,
    text: &Text,
    (changes, scanned): (&[Record<Span>], &[Record<Span>]),
    namings: Vec<Result<(Value, Value)>>,
    configuration: Option<&Configuration>,
    provider: &mut dyn Provider,
) -> Result<(Input, Finish)> {
    let schema = provider.schema();
    let resources = configuration.map(|c| &c.resources);
    // The changes are parsed a batch ahead of the step that reads them, each with its
    // resource's configuration found (its text: the reading step reads it, see `Parsed`).
    // Read batches go back to the parsing thread to be freed: freeing another thread's
    // allocations contends on the allocator's lock (it made reading slower than on one thread).
    std::thread::scope(|scope| {
        let (parsed, receive) = std::sync::mpsc::sync_channel(AHEAD);
        let (give_back, given_back) = std::sync::mpsc::channel::<Vec<Parsed>>();
        scope.spawn(move || {
            let mut batch = Vec::with_capacity(BATCH);
            let mut attributes = std::collections::HashMap::new();
            let mut window = Window::new(text);
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
                    .map(|raw| &**raw);
                let keep = attributes
                    .entry(&rc.rtype)
                    .or_insert_with(|| schema.plan_attributes(&rc.rtype));
                batch.push(
                    change_of(name, (text, &mut window), rc, keep.as_deref())
                        .map(|ch| (ch, config)),
                );
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
            text,
            (changes, scanned),
            namings,
            configuration,
            (receive, give_back),
            provider,
        )
    })
}

/// What names a change's objects (its before and after), read without the rest of the change.
fn naming(
    name: &str,
    file: &[u8],
    rc: &Record<&RawValue>,
    schema: &dyn Schema,
) -> Result<(Value, Value)> {
    let found = std::cell::RefCell::new(None);
    let seed = NamingChange {
        naming: schema.naming(),
        found: &found,
    };
    match seeded(rc.change.get(), seed) {
        Ok(values) if rc.change.get().trim_start().starts_with('{') => Ok(values),
        _ => match found.into_inner() {
            Some(values) => Ok(values),
            None => full_change(
                name,
                &Text::Whole(file),
                start_in(file, rc.change),
                (rc, rc.change.get()),
            )
            .map(|ch| (ch.before, ch.after)),
        },
    }
}

/// A resource change in full, with its resource's configuration (its text: it is read on the
/// thread that reads the change into the model, which is the less busy one, see
/// docs/profiling.md).
type Parsed<'c> = (Change, Option<&'c RawValue>);

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
fn change_of(
    name: &str,
    (text, window): (&Text, &mut Window),
    rc: &Record<Span>,
    keep: Option<&[&str]>,
) -> Result<Change> {
    let offset = Some(rc.change.start);
    let change = window
        .get(rc.change)
        .map_err(|e| anyhow!("{name}: cannot read: {e}"))?;
    let Some(keep) = keep else {
        return full_change(name, text, offset, (rc, change));
    };
    // One pass when the masks mark nothing outside `keep` (the usual case); else the masks are
    // read first, and the objects for what they mark too.
    if let Ok(change) = seeded(change, InPart(keep))
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
    match serde_json::from_str(change).and_then(read) {
        Ok(change) => Ok(change),
        Err(_) => full_change(name, text, offset, (rc, change)),
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
                while let Some(key) = map.next_key::<Key<'de>>()?.map(|k| k.0) {
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
                        3 => {
                            ch.after_unknown = map.next_value_seed(Picked::kept_mask(self.0))?;
                        }
                        4 => ch.before_sensitive = map.next_value_seed(Mask { top: true })?,
                        5 => ch.after_sensitive = map.next_value_seed(Mask { top: true })?,
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
                while let Some(key) = map.next_key::<Key<'de>>()?.map(|k| k.0) {
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

/// A resource change in full: `change`, the text of `rc`'s, at `offset` in `text`.
fn full_change<C>(
    name: &str,
    text: &Text,
    offset: Option<usize>,
    (rc, change): (&Record<C>, &str),
) -> Result<Change> {
    if let Ok(change) = serde_json::from_str(change) {
        return Ok(change);
    }
    serde_json::from_str::<WholeChange>(change)
        .map(Change::from)
        .map_err(|e| {
            let what = format!("resource change {} is malformed", rc.address);
            in_text(name, text, offset, &e, &what)
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
    in_text(name, &Text::Whole(file), start_in(file, raw), e, what)
}

/// [`in_file`], of a value at `offset` in the text.
fn in_text(
    name: &str,
    text: &Text,
    offset: Option<usize>,
    e: &serde_json::Error,
    what: &str,
) -> anyhow::Error {
    match offset {
        Some(offset) if e.line() > 0 => {
            let (line, column) = text.line_column(offset);
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
fn at_value(file: &[u8], raw: &RawValue, e: Diagnostic, lines: &mut Lines) -> Diagnostic {
    match start_in(file, raw) {
        Some(offset) => at_offset(&Text::Whole(file), offset, e, lines),
        None => e,
    }
}

/// [`at_value`], of a value at `offset` in the text.
fn at_offset(text: &Text, offset: usize, mut e: Diagnostic, lines: &mut Lines) -> Diagnostic {
    if let Some(origin) = e.origin.as_mut().filter(|o| o.line.is_none()) {
        let (line, column) = lines.at(text, offset);
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
    /// The 1-based line and column (in bytes) of an offset of `text`.
    fn at(&mut self, text: &Text, offset: usize) -> (usize, usize) {
        if offset < self.offset || self.line == 0 {
            *self = Lines {
                offset: 0,
                line: 1,
                start: 0,
            };
        }
        let (mut line, mut start) = (self.line, self.start);
        // A file that cannot be read again is located as far as it was read.
        let _ = text.each(self.offset, offset, |from, part| {
            for (i, &b) in part.iter().enumerate() {
                if b == b'\n' {
                    line += 1;
                    start = from + i + 1;
                }
            }
        });
        (self.line, self.start) = (line, start);
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
fn read_changes<'c>(
    name: &str,
    text: &Text,
    (changes, scanned): (&[Record<Span>], &[Record<Span>]),
    namings: Vec<Result<(Value, Value)>>,
    configuration: Option<&Configuration>,
    parsed: (Receiver<Vec<Result<Parsed<'c>>>>, Sender<Vec<Parsed<'c>>>),
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
    // One copy of the file's name, shared by the origins of every object read.
    let file = Origin::file(name);
    let (parsed, give_back) = parsed;
    let mut parsed = parsed.into_iter().flatten();
    let mut used = Vec::with_capacity(BATCH);
    let mut recent = Recent::default();
    for rc in changes {
        let item = parsed
            .next()
            .ok_or_else(|| anyhow!("{name}: the resource changes stopped before their end"))??;
        match refused(rc, &item.0) {
            Some(message) => {
                let e = Diagnostic::error(Origin::file(name), format!("{}: {message}", rc.address));
                input
                    .errors
                    .push(at_offset(text, rc.change.start, e, &mut lines));
            }
            None if !item.0.actions.iter().any(|a| a == "read") => {
                let config = item.1.and_then(|raw| recent.configuration(raw));
                for e in read_change(&file, &modules, rc, (&item.0, &config), provider) {
                    input
                        .errors
                        .push(at_offset(text, rc.change.start, e, &mut lines));
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
    let mut window = Window::new(text);
    for rc in scanned {
        scan_change(
            name,
            (text, &mut window),
            &modules,
            configuration,
            rc,
            provider,
        );
    }
    Ok((input, Finish::Plan))
}

/// Hands one change of a type the provider only scans (`Reads::Scan`) to it, when its text or
/// its configuration's may name what the provider read. It is not checked: a change of a type
/// sgaudit does not read that it cannot take is skipped.
fn scan_change(
    name: &str,
    (text, window): (&Text, &mut Window),
    modules: &Modules,
    configuration: Option<&Configuration>,
    rc: &Record<Span>,
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
    let Ok(change) = window.get(rc.change) else {
        return;
    };
    if !provider.mentions(change) && !raw.is_some_and(|r| may_reference(r.get(), types)) {
        return;
    }
    let Ok(change) = full_change(name, text, Some(rc.change.start), (rc, change)) else {
        return;
    };
    if refused(rc, &change).is_some() || change.actions.iter().any(|a| a == "read") {
        return;
    }
    let config = raw.and_then(|r| resource_configuration(r)).map(Arc::new);
    read_change(
        &Origin::file(name),
        modules,
        rc,
        (&change, &config),
        provider,
    );
}

/// Hands one resource change (not a data source's `read`) to the provider; returns the values
/// it refused.
fn read_change(
    file: &Origin,
    modules: &Modules,
    rc: &Record<Span>,
    (ch, config): (&Change, &Option<Arc<ResourceConfiguration>>),
    provider: &mut dyn Provider,
) -> Vec<Diagnostic> {
    let address = object_address(&rc.address, rc.deposed.as_deref());
    let exprs = config.as_ref().and_then(|c| c.expressions.as_ref());
    let key = key_of(rc.index.as_deref());
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
        file,
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
fn refused<C>(rc: &Record<C>, ch: &Change) -> Option<String> {
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
                lines.at(&super::Text::Whole(file), offset),
                line_column(file, offset),
                "{offset}"
            );
        }
    }
    use super::parse;

    /// The change of a resource change's text, read for `keep` as the plan reader reads it.
    fn change_in(text: &str, keep: Option<&[&str]>) -> anyhow::Result<super::Change> {
        let rc: super::RawChange = serde_json::from_str(text).unwrap();
        let rc = super::Record::of(rc, &mut super::Shared::default()).placed(text.as_bytes());
        let whole = super::Text::Whole(text.as_bytes());
        let mut window = super::Window::new(&whole);
        super::change_of("plan.json", (&whole, &mut window), &rc, keep)
    }

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
        let keep = ["vpc_security_group_ids"];
        let ch = change_in(text, Some(&keep)).unwrap();
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
        let full = change_in(text, None).unwrap();
        assert_eq!(full.before.as_object().map(serde_json::Map::len), Some(4));
        // Nothing sensitive outside `keep`: read in one pass, to the same values.
        let text = text
            .replace(
                r#""after": "oops""#,
                r#""after": {"ami": "ami-2", "tags": null}"#,
            )
            .replace(r#""user_data": true, "#, "");
        let ch = change_in(&text, Some(&keep)).unwrap();
        assert_eq!(
            ch.before,
            serde_json::json!({"vpc_security_group_ids": ["sg-1"]})
        );
        assert_eq!(ch.after, serde_json::json!({}));
        // A mask keeps only what it marks (see `Mask`): `tags` marks nothing.
        assert_eq!(ch.before_sensitive, serde_json::json!({}));
        assert_eq!(
            ch.after_unknown,
            serde_json::json!({"vpc_security_group_ids": true})
        );
    }

    /// Where a mask marks something (`true`), in its order: what the readers ask a mask.
    fn trues(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Bool(true) => out.push(at.to_owned()),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    trues(item, &format!("{at}[{i}]"), out);
                }
            }
            serde_json::Value::Object(members) => {
                for (k, m) in members {
                    trues(m, &format!("{at}.{k}"), out);
                }
            }
            _ => {}
        }
    }

    /// A change's masks are read for what they mark: each marks what it marks read whole, in
    /// the same order, and is null where it is null (whole or in part); one whose keys are not
    /// in Terraform's order (sorted: a key twice, where the last counts) is read whole.
    #[test]
    fn a_mask_is_read_for_what_it_marks() {
        let masks = [
            "false",
            "true",
            "null",
            "{}",
            "[]",
            "7",
            r#""x""#,
            r#"{"arn": true, "egress": [{"cidr_blocks": [false], "ipv6_cidr_blocks": []}],
                "id": true, "ingress": [{"cidr_blocks": [false, true]}, {}], "tags": {}}"#,
            r#"{"a": [false, {"b": [null, 1, "x", true, {}]}], "c": {"d": {"e": false}}}"#,
            r#"[[], [false, [true]], {"\u0061": true, "b": true}]"#,
            r#"{"b": true, "a": {"c": true}}"#,
            r#"{"a": true, "a": false}"#,
            r#"{"a": false, "b": true, "a": true}"#,
            r#"{"$serde_json::private::RawValue": "true"}"#,
        ];
        for mask in masks {
            let whole: serde_json::Value = serde_json::from_str(mask).unwrap();
            let mut want = Vec::new();
            trues(&whole, "", &mut want);
            let text = format!(
                r#"{{"address": "aws_vpc.a", "mode": "managed", "type": "aws_vpc", "name": "a",
                "change": {{"actions": ["update"], "before": {{}}, "after": {{}},
                "after_unknown": {mask}, "before_sensitive": {mask},
                "after_sensitive": {mask}}}}}"#
            );
            let full = change_in(&text, None).unwrap();
            let part = change_in(&text, Some(&["x"])).unwrap();
            for (read, how) in [
                (&full.after_unknown, "after_unknown"),
                (&full.before_sensitive, "before_sensitive"),
                (&full.after_sensitive, "after_sensitive"),
                (&part.before_sensitive, "before_sensitive in part"),
                (&part.after_sensitive, "after_sensitive in part"),
            ] {
                let mut got = Vec::new();
                trues(read, "", &mut got);
                assert_eq!(got, want, "{how} of {mask}");
                assert_eq!(read.is_null(), whole.is_null(), "{how} of {mask}");
            }
            // Not in Terraform's order: read whole.
            if mask.starts_with(r#"{"b""#) || mask.contains(r#""a": true, "a""#) {
                assert_eq!(full.after_sensitive, whole, "{mask}");
            }
        }
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
        assert_eq!(&*origin.file, "plan.json");
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

    /// A plan file read again by parts (its text freed before the model is built) reads to
    /// the model read from its text in memory: the same objects, the same errors at the same
    /// lines and columns, with a byte order mark before the text or not; a file changed
    /// since it was read is refused rather than read as something else.
    #[test]
    fn a_plan_read_again_from_its_file_reads_as_from_memory() {
        use std::io::Write;
        let dir = env!("CARGO_MANIFEST_DIR");
        for plan in [
            "testdata/bad/port-above-65535/plan.json",
            "testdata/plans/module-count-for-each/plan.json",
            "testdata/plans/consumers-unknown-type-and-associations/plan.json",
            "testdata/plans/deposed-object/plan.json",
        ] {
            let text = std::fs::read(format!("{dir}/{plan}")).unwrap();
            for bom in [&b""[..], b"\xEF\xBB\xBF"] {
                let mut file = tempfile::NamedTempFile::new().unwrap();
                file.write_all(bom).unwrap();
                file.write_all(&text).unwrap();
                let bytes = std::fs::read(file.path()).unwrap();
                let read = |again| {
                    let input =
                        super::parse_owned("plan.json", bytes.clone(), again, &mut Aws::default())
                            .unwrap();
                    format!("{input:?}")
                };
                let again = read(Some(std::fs::File::open(file.path()).unwrap()));
                assert_eq!(again, read(None), "{plan}");
                if plan.contains("65535") {
                    assert!(again.contains("line: Some("), "{again}");
                }
            }
        }
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(b"{}").unwrap();
        let again = super::Again::new(std::fs::File::open(file.path()).unwrap());
        file.write_all(b" ").unwrap();
        let e = again.read(0, 2, &mut Vec::new()).unwrap_err();
        assert_eq!(e.to_string(), "it changed while it was read");
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
