//! Values of evaluated Terraform expressions, with *unknown* as a value of its own (known only
//! after apply, carrying the reference it comes from) and *sensitive* as a mark on a value, and
//! their conversion to the JSON shape of a plan's `after` / `after_unknown` / `after_sensitive`.

use std::borrow::Cow;
use std::cell::Cell;
use std::cmp::Ordering;
use std::collections::BTreeMap;

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
    /// The value's strings and keys move into the JSON; a mask is built only where a part is
    /// marked.
    pub fn into_json(self) -> (Json, Json, Json) {
        /// A mask of parts, each `false` until one is marked.
        struct Masks(Option<Vec<Json>>);
        impl Masks {
            /// The mask of part `i` (parts come in order).
            fn push(&mut self, i: usize, mask: Json) {
                match &mut self.0 {
                    Some(masks) => masks.push(mask),
                    None if mask == Json::Bool(false) => {}
                    None => {
                        let mut masks = vec![Json::Bool(false); i];
                        masks.push(mask);
                        self.0 = Some(masks);
                    }
                }
            }
            /// `false` when no part is marked, as small as can be.
            fn json(self) -> Json {
                self.0.map_or(Json::Bool(false), Json::Array)
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
            Val::Bool(b) => plain(Json::Bool(b)),
            Val::Num(n) => plain(number_json(n)),
            Val::Str(s) => plain(Json::String(s)),
            Val::List(items) => {
                let mut values = Vec::with_capacity(items.len());
                let (mut unknown, mut sensitive) = (Masks(None), Masks(None));
                for (i, item) in items.into_iter().enumerate() {
                    let (v, u, s) = item.into_json();
                    values.push(v);
                    unknown.push(i, u);
                    sensitive.push(i, s);
                }
                (Json::Array(values), unknown.json(), sensitive.json())
            }
            Val::Map(m) | Val::Resource { attrs: m, .. } => {
                let mut values = serde_json::Map::with_capacity(m.len());
                let mut unknown = serde_json::Map::new();
                let mut sensitive = serde_json::Map::new();
                for (k, v) in m {
                    let (value, u, s) = v.into_json();
                    if u != Json::Bool(false) {
                        unknown.insert(k.clone(), u);
                    }
                    if s != Json::Bool(false) {
                        sensitive.insert(k.clone(), s);
                    }
                    values.insert(k, value);
                }
                (Json::Object(values), object(unknown), object(sensitive))
            }
            Val::Unknown(_) => (Json::Null, Json::Bool(true), Json::Bool(false)),
            Val::Sensitive(v) => {
                let (value, unknown, _) = v.into_json();
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

    /// The value as a string, borrowed when it is one (see [`Val::to_str`]).
    pub fn text(&self) -> Result<Cow<'_, str>, String> {
        match self {
            Val::Str(s) => Ok(Cow::Borrowed(s)),
            other => other.to_str().map(Cow::Owned),
        }
    }

    /// What the value weighs (see [`NODE`]), or `None` when that is more than `cap`: the walk
    /// stops there, so it takes no longer than the value took to build.
    pub fn weight(&self, cap: u64) -> Option<u64> {
        let mut left = cap;
        self.weigh(&mut left).then(|| cap - left)
    }

    /// Takes the value's weight from `left`; false (looking no further) when it is not there.
    fn weigh(&self, left: &mut u64) -> bool {
        let text = match self {
            Val::Str(s) => s.len() as u64,
            _ => 0,
        };
        let Some(rest) = left.checked_sub(NODE + text) else {
            return false;
        };
        *left = rest;
        match self {
            Val::List(items) => items.iter().all(|i| i.weigh(left)),
            Val::Map(m) | Val::Resource { attrs: m, .. } => {
                m.iter()
                    .all(|(k, v)| match left.checked_sub(k.len() as u64) {
                        Some(rest) => {
                            *left = rest;
                            v.weigh(left)
                        }
                        None => false,
                    })
            }
            Val::Unknown(r) => {
                match left.checked_sub((r.module.len() + r.reference.len()) as u64) {
                    Some(rest) => {
                        *left = rest;
                        true
                    }
                    None => false,
                }
            }
            Val::Sensitive(inner) => inner.weigh(left),
            _ => true,
        }
    }

    /// An order of values that agrees with `==` (numbers that are not numbers aside), so that
    /// equal values can be found by sorting instead of comparing each with each.
    pub fn order(&self, other: &Val) -> Ordering {
        fn rank(v: &Val) -> u8 {
            match v {
                Val::Null => 0,
                Val::Bool(_) => 1,
                Val::Num(_) => 2,
                Val::Str(_) => 3,
                Val::List(_) => 4,
                Val::Map(_) => 5,
                Val::Resource { .. } => 6,
                Val::Unknown(_) => 7,
                Val::Sensitive(_) => 8,
            }
        }
        fn maps(a: &BTreeMap<String, Val>, b: &BTreeMap<String, Val>) -> Ordering {
            a.len().cmp(&b.len()).then_with(|| {
                a.iter()
                    .zip(b)
                    .map(|((ka, va), (kb, vb))| ka.cmp(kb).then_with(|| va.order(vb)))
                    .find(|o| o.is_ne())
                    .unwrap_or(Ordering::Equal)
            })
        }
        match (self, other) {
            (Val::Bool(a), Val::Bool(b)) => a.cmp(b),
            (Val::Num(a), Val::Num(b)) => a
                .partial_cmp(b)
                .unwrap_or_else(|| a.is_nan().cmp(&b.is_nan())),
            (Val::Str(a), Val::Str(b)) => a.cmp(b),
            (Val::List(a), Val::List(b)) => a.len().cmp(&b.len()).then_with(|| {
                a.iter()
                    .zip(b)
                    .map(|(x, y)| x.order(y))
                    .find(|o| o.is_ne())
                    .unwrap_or(Ordering::Equal)
            }),
            (Val::Map(a), Val::Map(b)) => maps(a, b),
            (Val::Resource { at: a, attrs: x }, Val::Resource { at: b, attrs: y }) => {
                a.cmp(b).then_with(|| maps(x, y))
            }
            (Val::Unknown(a), Val::Unknown(b)) => a.cmp(b),
            (Val::Sensitive(a), Val::Sensitive(b)) => a.order(b),
            (a, b) => rank(a).cmp(&rank(b)),
        }
    }

    /// Writes [`Val::display`] at the end of `out`; false when `out` would grow past `cap`
    /// bytes (it is written no further).
    pub fn display_onto(&self, out: &mut String, cap: usize) -> bool {
        let push = |out: &mut String, s: &str| {
            if out.len() + s.len() > cap {
                return false;
            }
            out.push_str(s);
            true
        };
        match self {
            Val::List(items) => {
                push(out, "[")
                    && items
                        .iter()
                        .enumerate()
                        .all(|(i, v)| (i == 0 || push(out, ", ")) && v.display_onto(out, cap))
                    && push(out, "]")
            }
            Val::Map(m) | Val::Resource { attrs: m, .. } => {
                push(out, "{")
                    && m.iter().enumerate().all(|(i, (k, v))| {
                        (i == 0 || push(out, ", "))
                            && push(out, k)
                            && push(out, " = ")
                            && v.display_onto(out, cap)
                    })
                    && push(out, "}")
            }
            Val::Str(s) => push(out, s),
            // A scalar's text is short.
            other => push(out, &other.display()),
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
            // Written as `display_onto` writes them, with no bound.
            Val::List(_) | Val::Map(_) | Val::Resource { .. } => {
                let mut out = String::new();
                self.display_onto(&mut out, usize::MAX);
                out
            }
        }
    }
}

/// What a value weighs besides its text (the bytes of its strings, map keys and references):
/// about the memory one value takes.
pub const NODE: u64 = 64;

/// The most one value may weigh: a million values, or 64 MiB of text.
pub const MAX_VALUE: u64 = 64 << 20;

/// The most the values an evaluation holds may weigh at any time. Every string, list, map
/// and copy an expression makes is charged before it is allocated; what an expression made
/// and dropped (a list copied into `length`, an object a reference took one attribute of) is
/// given back when it returns, and what is kept (a local, a resource's values) stays charged.
/// So the memory the evaluation takes stays under it whatever the configuration (strings
/// doubled through locals, `for` expressions over `range`s in each other). The benchmarks'
/// 10,000 files hold about 30 MB.
pub const MAX_BUILT: u64 = 256 << 20;

/// The most an evaluation may build and copy in all, given back or not: copying takes time
/// the evaluation steps do not see (a 60 MiB local copied at each of 1,000 elements of a
/// `for`). About seconds of work; the benchmarks' 10,000 files build and copy about 1% of it.
pub const MAX_WORK: u64 = 4 << 30;

/// Why a value is refused before it is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Over {
    /// The value alone would weigh more than [`MAX_VALUE`].
    Value,
    /// The values held would weigh more than [`MAX_BUILT`].
    Held,
    /// The evaluation would have built and copied more than [`MAX_WORK`].
    Work,
}

impl Over {
    pub fn message(self) -> String {
        match self {
            Over::Value => format!(
                "this value is too large to evaluate (over {} MiB)",
                MAX_VALUE >> 20
            ),
            Over::Held => format!(
                "evaluating the configuration holds more than {} MiB of values here (strings and lists multiplying each other); refused",
                MAX_BUILT >> 20
            ),
            Over::Work => format!(
                "evaluating the configuration builds and copies more than {} MiB of values here (large values copied again and again); refused",
                MAX_WORK >> 20
            ),
        }
    }
}

/// What the values of one evaluation weigh (see [`MAX_BUILT`] and [`MAX_WORK`]); shared by
/// the module instances of one configuration.
#[derive(Debug, Clone)]
pub struct Meter {
    /// The weight of the values held that may be given back (made by expressions being
    /// evaluated, and by those returned to the reader).
    held: Cell<u64>,
    /// The weight of the values kept for the whole evaluation (locals, resources' values).
    kept: Cell<u64>,
    /// Everything charged, given back or not.
    work: Cell<u64>,
    /// Once a bound is reached, nothing more is built.
    spent: Cell<bool>,
    max: u64,
    max_work: u64,
}

impl Default for Meter {
    fn default() -> Meter {
        Meter {
            held: Cell::new(0),
            kept: Cell::new(0),
            work: Cell::new(0),
            spent: Cell::new(false),
            max: max_built(),
            max_work: max_work(),
        }
    }
}

impl Meter {
    /// Charges `new` bytes about to be allocated for a value that will weigh `weight` in all
    /// (with what it takes over from its parts). Refused, before anything is allocated, when
    /// the value would weigh more than [`MAX_VALUE`], or the evaluation would go past
    /// [`MAX_BUILT`] or [`MAX_WORK`]: then nothing more can be built.
    pub fn charge(&self, weight: u64, new: u64) -> Result<(), Over> {
        if weight > MAX_VALUE {
            return Err(Over::Value);
        }
        if new == 0 {
            return Ok(());
        }
        if self.spent.get() {
            return Err(Over::Held);
        }
        let work = self.work.get().saturating_add(new);
        if work > self.max_work {
            self.spent.set(true);
            return Err(Over::Work);
        }
        let held = self.held.get().saturating_add(new);
        if held.saturating_add(self.kept.get()) > self.max {
            self.spent.set(true);
            return Err(Over::Held);
        }
        self.work.set(work);
        self.held.set(held);
        Ok(())
    }

    /// Charges a copy of `v`, about to be made.
    pub fn copy(&self, v: &Val) -> Result<(), Over> {
        let weight = v.weight(MAX_VALUE).ok_or(Over::Value)?;
        self.charge(weight, weight)
    }

    /// What may still be charged.
    pub fn left(&self) -> u64 {
        if self.spent.get() {
            return 0;
        }
        let held = self.held.get().saturating_add(self.kept.get());
        self.max
            .saturating_sub(held)
            .min(self.max_work.saturating_sub(self.work.get()))
    }

    /// Spends what is left, for a value found too large while it was being written within
    /// [`Meter::left`]: nothing more can be built.
    pub fn exhaust(&self) -> Over {
        let held = self.held.get().saturating_add(self.kept.get());
        let work_left = self.max_work.saturating_sub(self.work.get());
        self.spent.set(true);
        if work_left < self.max.saturating_sub(held) {
            Over::Work
        } else {
            Over::Held
        }
    }

    /// The weight held now, for [`Meter::give_back`] when the expression returns.
    pub fn mark(&self) -> u64 {
        self.held.get()
    }

    /// Gives back what was charged since `mark` beyond `weight`: an expression returned a
    /// value of that weight, and everything else it made is dropped.
    pub fn give_back(&self, mark: u64, weight: u64) {
        let floor = mark.saturating_add(weight);
        if self.held.get() > floor {
            self.held.set(floor);
        }
    }

    /// This meter with half of what it allows, and a new one with the other half: what two
    /// evaluations charge to them in all stays within what this one allows.
    pub fn halves(&self) -> (Meter, Meter) {
        let mine = Meter {
            max: self.max / 2,
            max_work: self.max_work / 2,
            ..self.clone()
        };
        let theirs = Meter {
            held: Cell::new(0),
            kept: Cell::new(0),
            work: Cell::new(0),
            spent: self.spent.clone(),
            max: self.max - self.max / 2,
            max_work: self.max_work - self.max_work / 2,
        };
        (mine, theirs)
    }

    /// Everything charged and kept so far (both only grow): what the values an evaluation
    /// holds at any time weigh is at most what it added to this since it started.
    pub fn used(&self) -> u64 {
        self.work.get().saturating_add(self.kept.get())
    }

    /// Keeps a value of `weight` for the whole evaluation (a local, a resource's values):
    /// what held it is no longer given back.
    pub fn keep(&self, weight: u64) {
        let moved = weight.min(self.held.get());
        self.held.set(self.held.get() - moved);
        self.kept.set(self.kept.get().saturating_add(weight));
    }
}

#[cfg(test)]
thread_local! {
    /// A smaller [`MAX_BUILT`] and [`MAX_WORK`] for the tests of this thread.
    pub static TEST_MAX_BUILT: Cell<Option<(u64, u64)>> = const { Cell::new(None) };
}

fn max_built() -> u64 {
    #[cfg(test)]
    if let Some((held, _)) = TEST_MAX_BUILT.with(Cell::get) {
        return held;
    }
    MAX_BUILT
}

fn max_work() -> u64 {
    #[cfg(test)]
    if let Some((_, work)) = TEST_MAX_BUILT.with(Cell::get) {
        return work;
    }
    MAX_WORK
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
