//! Evaluation of Terraform expressions in one module: variables, locals (in dependency order,
//! a cycle is an error), `count`/`for_each`, references to resources (their configured
//! attributes are known, everything else is unknown), and the functions security-group code
//! uses. Anything known only after apply evaluates to `Val::Unknown` with its reference; what
//! is computed from a sensitive value (a variable declared `sensitive = true`, `sensitive(...)`)
//! is marked sensitive, as Terraform marks it. What an expression builds or copies is weighed
//! and charged before it is allocated (see [`super::value::Meter`]): a value too large is an
//! error where it would be built, never an allocation that fails.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::ops::Range;
use std::rc::Rc;

use hcl_edit::Span;
use hcl_edit::expr::{BinaryOperator, Expression, ObjectKey, TraversalOperator, UnaryOperator};
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::template::{Directive, Element, Template};

use super::functions::{Failure, call};
use super::load::Target;
use super::value::{MAX_VALUE, Meter, NODE, Over, Ref, Val};

/// A declaration and the file it is in.
#[derive(Clone, Copy)]
pub struct Located<T> {
    pub item: T,
    pub file: usize,
}

/// The declarations of one module.
#[derive(Default)]
pub struct Module<'a> {
    pub variables: BTreeMap<String, Located<&'a Block>>,
    pub locals: BTreeMap<String, Located<&'a Expression>>,
    /// Managed resources by (type, name).
    pub resources: BTreeMap<(String, String), Located<&'a Block>>,
    /// Module calls by name, with the module they lead to (by index) or why it is not read.
    pub calls: BTreeMap<String, (Located<&'a Block>, Target)>,
    /// Output values by name.
    pub outputs: BTreeMap<String, Located<&'a Expression>>,
}

/// Whether a variable is declared `sensitive = true`. (An output's `sensitive = true` marks
/// nothing in the calling module: Terraform marks a module output by its value.)
pub fn declared_sensitive(block: &Block) -> bool {
    matches!(attribute(&block.body, "sensitive"), Some(Expression::Bool(b)) if *b.value())
}

/// One instance of a module call and the evaluator of its module.
pub struct Child<'a> {
    pub key: Option<Val>,
    pub ev: Rc<Evaluator<'a>>,
}

/// An evaluation error, located in a file by byte range.
#[derive(Debug, Clone)]
pub struct EvalError {
    pub message: String,
    pub file: usize,
    pub span: Option<Range<usize>>,
}

/// Names bound while evaluating: `count`, `each`, `for` variables, dynamic-block iterators.
/// The values are shared: a scope is copied for each element a `for` iterates, and a copy
/// of a large value each time would take time and memory the budget does not see.
#[derive(Clone, Default)]
pub struct Scope {
    pub file: usize,
    names: Vec<(Rc<str>, Rc<Val>)>,
}

impl Scope {
    pub fn new(file: usize) -> Scope {
        Scope {
            file,
            names: Vec::new(),
        }
    }

    pub fn with(&self, name: &str, value: Val) -> Scope {
        let mut s = self.clone();
        s.names.push((Rc::from(name), Rc::new(value)));
        s
    }

    /// What the values bound weigh (see [`Val::weight`]).
    fn weight(&self) -> u64 {
        self.names
            .iter()
            .map(|(_, v)| v.weight(u64::MAX).unwrap_or(u64::MAX))
            .fold(0, u64::saturating_add)
    }

    fn get(&self, name: &str) -> Option<&Val> {
        self.names
            .iter()
            .rev()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| &**v)
    }
}

/// One instance of a resource: its key and the values `count` / `each` take for it.
pub struct Instance {
    pub key: Option<Val>,
    pub scope: Scope,
}

/// The instances of one resource, shared.
type Instances = Rc<Vec<Instance>>;

enum LocalState {
    Evaluating,
    /// Shared: a reference copies only the part it takes.
    Done(Rc<Val>),
    /// Too large to build: not built again at each reference.
    TooLarge(EvalError),
}

/// The value a reference starts from: built for it, or held elsewhere (a variable, a local,
/// a resource instance), where it is read in place and only the part taken is copied.
enum Root<'e> {
    Owned(Val),
    Borrowed(&'e Val),
    Shared(Rc<Val>),
    Instance(Rc<Vec<Val>>, usize),
}

impl Root<'_> {
    fn get(&self) -> &Val {
        match self {
            Root::Owned(v) => v,
            Root::Borrowed(v) => v,
            Root::Shared(v) => v,
            // An instance's position is one of the values'.
            Root::Instance(values, i) => values.get(*i).unwrap_or(&Val::Null),
        }
    }
}

/// A value being built part by part: its weight, checked against [`MAX_VALUE`] and charged
/// to the evaluation's [`Meter`] as each part is added, before the part is stored.
struct Building<'m> {
    meter: &'m Meter,
    weight: u64,
}

impl<'m> Building<'m> {
    fn new(meter: &'m Meter) -> Building<'m> {
        Building {
            meter,
            weight: NODE,
        }
    }

    /// A part about to be stored in the value's list or map (under a key of `key` bytes).
    fn part(&mut self, part: &Val, key: usize) -> Result<(), Over> {
        let left = MAX_VALUE.saturating_sub(self.weight + key as u64);
        self.weight += part.weight(left).ok_or(Over::Value)?;
        self.slot(key)
    }

    /// A copy of `part` about to be made and stored (under a key of `key` bytes).
    fn copy(&mut self, part: &Val, key: usize) -> Result<(), Over> {
        let left = MAX_VALUE.saturating_sub(self.weight + key as u64);
        let weight = part.weight(left).ok_or(Over::Value)?;
        self.weight += weight;
        self.meter.charge(self.weight, weight)?;
        self.slot(key)
    }

    /// A place for a part (under a key of `key` bytes), in a list or map about to be made.
    fn slot(&mut self, key: usize) -> Result<(), Over> {
        self.weight += key as u64;
        self.meter.charge(self.weight, NODE + key as u64)
    }

    /// Text about to be written at the end of the value (a string).
    fn text(&mut self, len: usize) -> Result<(), Over> {
        self.weight += len as u64;
        self.meter.charge(self.weight, len as u64)
    }
}

/// A resource's configured value, per instance (in the order of its instances).
enum ResourceState {
    Evaluating,
    Done(Rc<Vec<Val>>),
}

pub struct Evaluator<'a> {
    /// Every module of the configuration; `module` is one of them.
    pub modules: &'a [Module<'a>],
    pub module: &'a Module<'a>,
    /// The module instance's address (`""` for the root module).
    pub address: String,
    /// Variable values; a declared variable without a value is unknown.
    pub vars: BTreeMap<String, Val>,
    locals: RefCell<BTreeMap<String, LocalState>>,
    depth: Cell<usize>,
    children: RefCell<BTreeMap<String, Rc<Vec<Child<'a>>>>>,
    instances_memo: RefCell<BTreeMap<(String, String), Instances>>,
    /// Resources' configured values, each evaluated once: references between resources
    /// branch, and evaluating them again at each reference took exponential time.
    resource_values: RefCell<BTreeMap<(String, String), ResourceState>>,
    /// References that close a cycle between resources (or a resource to itself), which
    /// Terraform refuses; shared with the module instances below.
    pub cycles: Rc<RefCell<BTreeMap<(usize, usize), EvalError>>>,
    /// The evaluation steps left to the whole configuration (see [`MAX_STEPS`]), and the error
    /// where they ran out; shared with the module instances below.
    steps: Rc<Cell<u64>>,
    pub out_of_steps: Rc<RefCell<Option<EvalError>>>,
    /// What the values built may still weigh (see [`super::value::MAX_BUILT`]); shared with
    /// the module instances below. When it is spent, the error is the one in `out_of_steps`.
    meter: Rc<Meter>,
    /// Variables of this module and those below it that have no value.
    pub missing: Rc<RefCell<Vec<String>>>,
    /// Resources referenced but not declared (in this module or below).
    pub undeclared: Rc<RefCell<std::collections::BTreeSet<String>>>,
    /// Whether a reference was refused for its depth (in this module or below): how deep a
    /// reference goes depends on what was evaluated before it, so an evaluation split over
    /// two evaluators is not taken when it was (see `super::walk_split`).
    pub deep: Rc<Cell<bool>>,
    /// Whether a reference read anything but a variable, `path` or `terraform` (or a name
    /// bound where it is written) since this was last cleared: a root module's resource
    /// evaluated from its text and the variables alone is lent (see `super::Lent`).
    pub impure: Cell<bool>,
}

/// The budgets of steps and bytes of a configuration's evaluation at one point (see
/// [`Evaluator::budgets`]): to evaluate it again from there, or to split what is left
/// between two evaluators.
#[derive(Clone)]
pub struct Budgets {
    steps: u64,
    meter: Meter,
    out_of_steps: Option<EvalError>,
}

impl Budgets {
    /// Whether nothing more can be evaluated.
    pub fn spent(&self) -> bool {
        self.out_of_steps.is_some() || self.meter.left() == 0
    }

    /// What is left, in two halves: what is evaluated on each stays within its half, so that
    /// what both evaluate together stays within the whole.
    pub fn halves(&self) -> (Budgets, Budgets) {
        let (mine, theirs) = self.meter.halves();
        (
            Budgets {
                steps: self.steps / 2,
                meter: mine,
                out_of_steps: self.out_of_steps.clone(),
            },
            Budgets {
                steps: self.steps - self.steps / 2,
                meter: theirs,
                out_of_steps: self.out_of_steps.clone(),
            },
        )
    }

    /// The steps left and the weight spent (see [`Meter::used`]), for [`Budgets::used_since`].
    pub fn mark(&self) -> (u64, u64) {
        (self.steps, self.meter.used())
    }

    /// The steps and the weight spent since `mark` was taken.
    pub fn used_since(&self, (steps, weight): (u64, u64)) -> (u64, u64) {
        (
            steps.saturating_sub(self.steps),
            self.meter.used().saturating_sub(weight),
        )
    }

    /// Whether an evaluation that spends at most `used` (steps, weight) from scratch stays
    /// within each half of these budgets: then it ends the same on one evaluator or two.
    pub fn cover(&self, (steps, weight): (u64, u64)) -> bool {
        let (mine, theirs) = self.halves();
        !self.spent()
            && [mine, theirs]
                .iter()
                .all(|half| steps <= half.steps && weight <= half.meter.left())
    }
}

type Res<T> = Result<T, EvalError>;

impl<'a> Evaluator<'a> {
    pub fn new(
        modules: &'a [Module<'a>],
        module: &'a Module<'a>,
        address: String,
        vars: BTreeMap<String, Val>,
        missing: Rc<RefCell<Vec<String>>>,
    ) -> Evaluator<'a> {
        Evaluator {
            modules,
            module,
            address,
            vars,
            locals: RefCell::new(BTreeMap::new()),
            depth: Cell::new(0),
            children: RefCell::new(BTreeMap::new()),
            instances_memo: RefCell::new(BTreeMap::new()),
            resource_values: RefCell::new(BTreeMap::new()),
            cycles: Rc::default(),
            steps: Rc::new(Cell::new(max_steps())),
            out_of_steps: Rc::default(),
            meter: Rc::default(),
            missing,
            undeclared: Rc::default(),
            deep: Rc::default(),
            impure: Cell::new(false),
        }
    }

    /// The budgets of steps and bytes left, as they are now.
    pub fn budgets(&self) -> Budgets {
        Budgets {
            steps: self.steps.get(),
            meter: (*self.meter).clone(),
            out_of_steps: self.out_of_steps.borrow().clone(),
        }
    }

    /// Evaluates on `budgets` (its own, shared with the module instances below).
    pub fn set_budgets(&mut self, budgets: Budgets) {
        self.steps = Rc::new(Cell::new(budgets.steps));
        self.meter = Rc::new(budgets.meter);
        self.out_of_steps = Rc::new(RefCell::new(budgets.out_of_steps));
    }

    /// Whether the evaluation ran out of steps or bytes.
    pub fn spent(&self) -> bool {
        self.out_of_steps.borrow().is_some() || self.meter.left() == 0
    }

    /// Evaluates as a module instance below `other`: with its budgets, and what it finds
    /// (undeclared resources, cycles, references refused for their depth, variables without
    /// a value) where `other`'s go.
    pub fn below(&mut self, other: &Evaluator) {
        self.share_budget(other);
        self.undeclared = other.undeclared.clone();
        self.cycles = other.cycles.clone();
        self.deep = other.deep.clone();
        self.missing = other.missing.clone();
    }

    /// Takes `other`'s budget of steps and bytes (see [`MAX_STEPS`] and
    /// [`super::value::MAX_BUILT`]): what this evaluator evaluates counts against it.
    pub fn share_budget(&mut self, other: &Evaluator) {
        self.steps = other.steps.clone();
        self.out_of_steps = other.out_of_steps.clone();
        self.meter = other.meter.clone();
    }

    /// Whether nothing was left in this evaluator by what it evaluated (no memo, no error
    /// kept, no mark): what it evaluates next, it evaluates as a new one with its budgets.
    fn pristine(&self) -> bool {
        // Every field is named, none with `..`: a field added to the evaluator does not
        // compile until it is judged here. Those not read are what the evaluator is given
        // (its modules, address and variables) or the budgets shared by the whole
        // configuration, which a reused evaluator spends as a new one would.
        let Evaluator {
            modules: _,
            module: _,
            address: _,
            vars: _,
            locals,
            depth,
            children,
            instances_memo,
            resource_values,
            cycles,
            steps: _,
            out_of_steps: _,
            meter: _,
            missing,
            undeclared,
            deep,
            impure,
        } = self;
        depth.get() == 0
            && !impure.get()
            && !deep.get()
            && locals.borrow().is_empty()
            && children.borrow().is_empty()
            && instances_memo.borrow().is_empty()
            && resource_values.borrow().is_empty()
            && cycles.borrow().is_empty()
            && missing.borrow().is_empty()
            && undeclared.borrow().is_empty()
    }

    /// `module.x.` for a module instance, nothing for the root.
    fn prefix(&self) -> String {
        if self.address.is_empty() {
            String::new()
        } else {
            format!("{}.", self.address)
        }
    }

    /// An evaluator for constants (variable defaults, `.tfvars`): it can name nothing.
    pub fn constants(module: &'a Module<'a>) -> Evaluator<'a> {
        Evaluator::new(&[], module, String::new(), BTreeMap::new(), Rc::default())
    }

    /// The instances of a module call, each with the evaluator of its module: the call's
    /// arguments are the module's variables, over their defaults.
    pub fn children(&self, name: &str) -> Res<Rc<Vec<Child<'a>>>> {
        if let Some(done) = self.children.borrow().get(name) {
            return Ok(done.clone());
        }
        let Some((call, Target::Dir(dir))) = self.module.calls.get(name) else {
            return Ok(Rc::new(Vec::new()));
        };
        let Some(module) = self.modules.get(*dir) else {
            return Err(EvalError {
                message: format!("module.{name}: its directory was not loaded"),
                file: call.file,
                span: call.item.span(),
            });
        };
        let base = if self.address.is_empty() {
            format!("module.{name}")
        } else {
            format!("{}.module.{name}", self.address)
        };
        let mut out = Vec::new();
        // The evaluator of the defaults, made again only once an evaluation left anything in
        // it (a default that names a local): each default is evaluated as by a fresh one.
        let mut constants: Option<Evaluator> = None;
        for instance in self.instances(call.item, call.file)? {
            let address = instance_address(&base, instance.key.as_ref());
            let mut vars = BTreeMap::new();
            for (var, decl) in &module.variables {
                if let Some(default) = attribute(&decl.item.body, "default") {
                    if constants.as_ref().is_some_and(|c| !c.pristine()) {
                        constants = None;
                    }
                    // What a default builds is built by this configuration.
                    let constants = constants.get_or_insert_with(|| {
                        let mut constants = Evaluator::constants(module);
                        constants.share_budget(self);
                        constants
                    });
                    let v = constants.eval(default, &Scope::new(decl.file))?;
                    vars.insert(var.clone(), v);
                }
            }
            for s in call.item.body.iter() {
                if let Structure::Attribute(a) = s {
                    let key = a.key.as_str();
                    if matches!(
                        key,
                        "source" | "version" | "count" | "for_each" | "providers" | "depends_on"
                    ) {
                        continue;
                    }
                    vars.insert(key.to_owned(), self.eval(&a.value, &instance.scope)?);
                }
            }
            for var in module.variables.keys().filter(|v| !vars.contains_key(*v)) {
                self.missing
                    .borrow_mut()
                    .push(format!("{address}.var.{var}"));
            }
            // The module instance's variables are kept for the whole evaluation.
            self.meter.keep(
                vars.values()
                    .map(|v| v.weight(u64::MAX).unwrap_or(u64::MAX))
                    .fold(0, u64::saturating_add),
            );
            let mut ev = Evaluator::new(self.modules, module, address, vars, self.missing.clone());
            ev.below(self);
            out.push(Child {
                key: instance.key,
                ev: Rc::new(ev),
            });
        }
        let out = Rc::new(out);
        self.children
            .borrow_mut()
            .insert(name.to_owned(), out.clone());
        Ok(out)
    }

    /// The value of `module.NAME`: its outputs, per instance (a list with `count`, a map with
    /// `for_each`).
    fn module_value(&self, name: &str, scope: &Scope, span: Option<Range<usize>>) -> Res<Val> {
        let Some((call, target)) = self.module.calls.get(name) else {
            return Err(self.err(scope, span, format!("module.{name} is not declared")));
        };
        if let Target::NotAnalysed(_) = target {
            return Ok(Val::Unknown(self.here(format!("module.{name}"))));
        }
        let mut list = Vec::new();
        let mut keyed = BTreeMap::new();
        let children = self.children(name)?;
        let over = |o: Over| self.over(o, scope, span.clone());
        let mut built = Building::new(&self.meter);
        // Each output of each instance is evaluated for the reference.
        let outputs = children.first().map_or(0, |c| c.ev.module.outputs.len());
        self.step(
            COPY_STEPS * (children.len() * outputs.max(1)) as u64,
            scope,
            span.clone(),
        )?;
        for child in children.iter() {
            let mut outputs = BTreeMap::new();
            for (out, expr) in &child.ev.module.outputs {
                let value = child.ev.eval(expr.item, &Scope::new(expr.file))?;
                built.part(&value, out.len()).map_err(over)?;
                outputs.insert(out.clone(), value);
            }
            match &child.key {
                Some(Val::Str(k)) => {
                    built.slot(k.len()).map_err(over)?;
                    keyed.insert(k.clone(), Val::Map(outputs));
                }
                _ => {
                    built.slot(0).map_err(over)?;
                    list.push(Val::Map(outputs))
                }
            }
        }
        Ok(instances_value(&call.item.body, list, keyed))
    }

    /// A reference written in this module.
    fn here(&self, reference: String) -> Ref {
        Ref {
            module: self.address.clone(),
            reference,
        }
    }

    fn err(
        &self,
        scope: &Scope,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> EvalError {
        EvalError {
            message: message.into(),
            file: scope.file,
            span,
        }
    }

    /// The error for a value refused before it is built (see [`Over`]). When the evaluation
    /// has built all it may, nothing more is evaluated, as when it runs out of steps, and this
    /// is the error reported.
    fn over(&self, over: Over, scope: &Scope, span: Option<Range<usize>>) -> EvalError {
        let error = self.err(scope, span, over.message());
        if over != Over::Value {
            self.steps.set(0);
            self.out_of_steps
                .borrow_mut()
                .get_or_insert_with(|| error.clone());
        }
        error
    }

    /// A copy of `v`, charged before it is made.
    fn copy(&self, v: &Val, scope: &Scope, span: Option<Range<usize>>) -> Res<Val> {
        self.meter.copy(v).map_err(|o| self.over(o, scope, span))?;
        Ok(v.clone())
    }

    /// Takes `n` evaluation steps, or fails, here and for everything evaluated after, once
    /// the configuration has taken [`MAX_STEPS`] (the first place is reported).
    fn step(&self, n: u64, scope: &Scope, span: Option<Range<usize>>) -> Res<()> {
        let left = self.steps.get();
        if left >= n {
            self.steps.set(left - n);
            return Ok(());
        }
        self.steps.set(0);
        let error = self.err(
            scope,
            span,
            format!(
                "evaluating the configuration takes more than {} steps here (count, for_each and for expressions multiplying each other); refused",
                max_steps()
            ),
        );
        self.out_of_steps
            .borrow_mut()
            .get_or_insert_with(|| error.clone());
        Err(error)
    }

    /// Evaluates every local (so that a cycle or a bad local is reported even when unused).
    pub fn check_locals(&self) -> Res<()> {
        for name in self.module.locals.keys() {
            self.local(name, None)?;
        }
        Ok(())
    }

    fn local(&self, name: &str, at: Option<(&Scope, Option<Range<usize>>)>) -> Res<Rc<Val>> {
        match self.locals.borrow().get(name) {
            Some(LocalState::Done(v)) => return Ok(v.clone()),
            Some(LocalState::TooLarge(e)) => return Err(e.clone()),
            // Only a declared local is ever being evaluated.
            Some(LocalState::Evaluating) => {
                if let Some(decl) = self.module.locals.get(name) {
                    return Err(EvalError {
                        message: format!("local.{name} depends on itself (a cycle in locals)"),
                        file: decl.file,
                        span: decl.item.span(),
                    });
                }
            }
            None => {}
        }
        let Some(decl) = self.module.locals.get(name) else {
            let (scope, span) = at.map_or((Scope::new(0), None), |(s, sp)| (s.clone(), sp));
            return Err(self.err(&scope, span, format!("local.{name} is not declared")));
        };
        // A chain of locals thousands long would overflow the stack: as for resources, a
        // reference nested past a depth no real configuration reaches is an error.
        let depth = self.depth.get();
        if depth > 64 {
            self.deep.set(true);
            return Err(EvalError {
                message: format!("local.{name}: references nested more than 64 deep"),
                file: decl.file,
                span: decl.item.span(),
            });
        }
        self.locals
            .borrow_mut()
            .insert(name.to_owned(), LocalState::Evaluating);
        self.depth.set(depth + 1);
        let value = self.eval(decl.item, &Scope::new(decl.file));
        self.depth.set(depth);
        match value {
            Ok(v) => {
                // Kept for the whole evaluation.
                self.meter.keep(v.weight(u64::MAX).unwrap_or(u64::MAX));
                let v = Rc::new(v);
                self.locals
                    .borrow_mut()
                    .insert(name.to_owned(), LocalState::Done(v.clone()));
                Ok(v)
            }
            // The same value would be as large from any reference: built once (a chain of
            // locals doubling a string would build it again at each).
            Err(e) if e.message == Over::Value.message() => {
                self.locals
                    .borrow_mut()
                    .insert(name.to_owned(), LocalState::TooLarge(e.clone()));
                Err(e)
            }
            Err(e) => {
                self.locals.borrow_mut().remove(name);
                Err(e)
            }
        }
    }

    /// The instances of a resource: one without `count`/`for_each`, else one per index or key.
    pub fn instances(&self, block: &Block, file: usize) -> Res<Vec<Instance>> {
        let scope = Scope::new(file);
        if let Some(count) = attribute(&block.body, "count") {
            // As Terraform: a sensitive count is used (an index does not show it).
            let (n, marked) = self.eval(count, &scope)?.unmark_deep();
            let n = match n {
                Val::Unknown(r) => {
                    return Err(self.err(
                        &scope,
                        count.span(),
                        format!("count depends on a value known only after apply ({r})"),
                    ));
                }
                v => v.to_num().map_err(|e| {
                    self.err(
                        &scope,
                        count.span(),
                        if marked { hidden("count") } else { e },
                    )
                })?,
            };
            // As Terraform: a whole number, 0 or more; and not more instances than can be read.
            if !(n >= 0.0 && n.fract() == 0.0 && n <= MAX_INSTANCES as f64) {
                let shown = if marked {
                    super::value::HIDDEN.to_owned()
                } else {
                    n.to_string()
                };
                return Err(self.err(
                    &scope,
                    count.span(),
                    format!("count must be a whole number from 0 to {MAX_INSTANCES}, not {shown}"),
                ));
            }
            // Each instance's key and `count.index`, charged before they are made.
            self.meter
                .charge(0, (3 * NODE + 5) * n as u64)
                .map_err(|o| self.over(o, &scope, count.span()))?;
            return Ok((0..n as usize)
                .map(|i| Instance {
                    key: Some(Val::Num(i as f64)),
                    scope: scope.with("count", map([("index", Val::Num(i as f64))])),
                })
                .collect());
        }
        if let Some(for_each) = attribute(&block.body, "for_each") {
            // As Terraform: instance keys would show a sensitive value (a map's values may be).
            let value = self.eval(for_each, &scope)?;
            let keys_sensitive = match &value {
                Val::Sensitive(_) => true,
                Val::List(items) => items.iter().any(|v| matches!(v, Val::Sensitive(_))),
                _ => false,
            };
            if keys_sensitive {
                return Err(self.err(
                    &scope,
                    for_each.span(),
                    "for_each cannot use a sensitive value: its keys would be shown in instance addresses",
                ));
            }
            // Counted, and each instance's key and `each` (its value moved) charged, before
            // they are made.
            let (given, made) = match &value {
                Val::Map(m) => (m.len(), m.keys().map(String::len).sum()),
                Val::List(items) if items.len() <= MAX_INSTANCES => (
                    items.len(),
                    items.iter().map(|v| v.text().map_or(0, |t| t.len())).sum(),
                ),
                Val::List(items) => (items.len(), 0),
                _ => (0, 0),
            };
            if given > MAX_INSTANCES {
                return Err(self.err(
                    &scope,
                    for_each.span(),
                    format!(
                        "for_each gives {given} instances: sgaudit reads at most {MAX_INSTANCES} of a block"
                    ),
                ));
            }
            self.meter
                .charge(0, (3 * NODE + 8) * given as u64 + 2 * made as u64)
                .map_err(|o| self.over(o, &scope, for_each.span()))?;
            let items: Vec<(String, Val)> = match value {
                Val::Map(m) => m.into_iter().collect(),
                Val::List(items) => items
                    .into_iter()
                    .map(|v| v.to_str().map(|k| (k.clone(), Val::Str(k))))
                    .collect::<Result<_, _>>()
                    .map_err(|e| self.err(&scope, for_each.span(), e))?,
                Val::Unknown(r) => {
                    return Err(self.err(
                        &scope,
                        for_each.span(),
                        format!("for_each depends on a value known only after apply ({r})"),
                    ));
                }
                other => {
                    return Err(self.err(
                        &scope,
                        for_each.span(),
                        format!(
                            "for_each needs a map or a set of strings, not a {}",
                            other.type_name()
                        ),
                    ));
                }
            };
            return Ok(items
                .into_iter()
                .map(|(k, v)| Instance {
                    key: Some(Val::Str(k.clone())),
                    scope: scope.with("each", map([("key", Val::Str(k)), ("value", v)])),
                })
                .collect());
        }
        Ok(vec![Instance { key: None, scope }])
    }

    /// The value a reference to a resource (`TYPE.NAME`) has: one instance, or a list (count)
    /// or map (for_each) of them, each holding its configured attributes.
    /// The value of a reference to a resource (`TYPE.NAME`, or one instance when `key` is
    /// given, as in `TYPE.NAME[count.index]`): its configured attributes, per instance.
    fn resource(
        &self,
        rtype: &str,
        name: &str,
        key: Option<&Val>,
        scope: &Scope,
        span: Option<Range<usize>>,
    ) -> Res<Root<'static>> {
        let Some(decl) = self
            .module
            .resources
            .get(&(rtype.to_owned(), name.to_owned()))
        else {
            // Like a data source, a resource the configuration does not declare (a fragment, a
            // file left out) is known only elsewhere: its values are unknown, and the report says so.
            self.undeclared
                .borrow_mut()
                .insert(format!("{}{rtype}.{name}", self.prefix()));
            let text = instance_address(&format!("{rtype}.{name}"), key);
            return Ok(Root::Owned(Val::Unknown(self.here(text))));
        };
        let base = format!("{rtype}.{name}");
        let values = self.resource_values(rtype, name, decl, scope, span.clone())?;
        let instances = self.resource_instances(rtype, name, decl)?;
        if let Some(key) = key {
            let wanted = |k: &Val| match (k, key) {
                (Val::Num(a), b) => b.to_num().is_ok_and(|b| b == *a),
                (Val::Str(a), b) => b.to_str().is_ok_and(|b| &b == a),
                _ => false,
            };
            // `count.index` is the instance's position: found at once, as one copy. A
            // `for_each` key is looked for, a step per instance passed.
            let at_position = key
                .to_num()
                .ok()
                .filter(|n| n.fract() == 0.0 && *n >= 0.0)
                .map(|n| n as usize)
                .filter(|&i| {
                    instances
                        .get(i)
                        .is_some_and(|inst| inst.key.as_ref().is_some_and(wanted))
                });
            let found = at_position.or_else(|| {
                instances
                    .iter()
                    .position(|inst| inst.key.as_ref().is_some_and(wanted))
            });
            let passed = match (at_position, found) {
                (Some(_), _) => 0,
                (None, Some(i)) => i,
                (None, None) => instances.len(),
            };
            self.step(COPY_STEPS + passed as u64, scope, span.clone())?;
            return match found.filter(|&i| i < values.len()) {
                Some(i) => Ok(Root::Instance(values, i)),
                None => Err(self.err(
                    scope,
                    span,
                    format!("{base} has no instance {}", key.display()),
                )),
            };
        }
        // A reference to every instance copies them all: a copy weighs more than a step.
        self.step(COPY_STEPS * values.len() as u64, scope, span.clone())?;
        let body = &decl.item.body;
        if attribute(body, "for_each").is_none() && attribute(body, "count").is_none() {
            // The one instance, read in place.
            return Ok(match values.len().checked_sub(1) {
                Some(last) => Root::Instance(values, last),
                None => Root::Owned(Val::Null),
            });
        }
        let over = |o: Over| self.over(o, scope, span.clone());
        let mut built = Building::new(&self.meter);
        let mut list = Vec::new();
        let mut keyed = BTreeMap::new();
        for (inst, value) in instances.iter().zip(values.iter()) {
            match &inst.key {
                Some(Val::Str(k)) => {
                    built.copy(value, k.len()).map_err(over)?;
                    keyed.insert(k.clone(), value.clone());
                }
                _ => {
                    built.copy(value, 0).map_err(over)?;
                    list.push(value.clone())
                }
            }
        }
        Ok(Root::Owned(instances_value(body, list, keyed)))
    }

    /// The configured value of each instance of a resource, evaluated once. A reference met
    /// while the resource is being evaluated closes a cycle: it is recorded as an error (as
    /// Terraform's "Cycle" or "Self-referential block") and is unknown where it stands.
    fn resource_values(
        &self,
        rtype: &str,
        name: &str,
        decl: &Located<&Block>,
        scope: &Scope,
        span: Option<Range<usize>>,
    ) -> Res<Rc<Vec<Val>>> {
        let key = (rtype.to_owned(), name.to_owned());
        match self.resource_values.borrow().get(&key) {
            Some(ResourceState::Done(values)) => return Ok(values.clone()),
            Some(ResourceState::Evaluating) => {
                let error = self.err(
                    scope,
                    span.clone(),
                    format!(
                        "{}{rtype}.{name} is reached again through this reference while its own configuration is evaluated: a cycle, which Terraform refuses",
                        self.prefix()
                    ),
                );
                self.cycles
                    .borrow_mut()
                    .entry((scope.file, span.map_or(0, |s| s.start)))
                    .or_insert_with(|| error.clone());
                return Err(error);
            }
            None => {}
        }
        let depth = self.depth.get();
        if depth > 64 {
            self.deep.set(true);
            return Err(self.err(
                scope,
                span,
                format!("{rtype}.{name}: references nested more than 64 deep"),
            ));
        }
        self.depth.set(depth + 1);
        self.resource_values
            .borrow_mut()
            .insert(key.clone(), ResourceState::Evaluating);
        let base = format!("{rtype}.{name}");
        let values = self.resource_instances(rtype, name, decl).map(|instances| {
            Rc::new(
                instances
                    .iter()
                    .map(|inst| self.instance_value(decl.item, &base, inst))
                    .collect::<Vec<_>>(),
            )
        });
        self.depth.set(depth);
        match &values {
            Ok(v) => {
                // Kept for the whole evaluation.
                self.meter.keep(
                    v.iter()
                        .map(|v| v.weight(u64::MAX).unwrap_or(u64::MAX))
                        .fold(0, u64::saturating_add),
                );
                self.resource_values
                    .borrow_mut()
                    .insert(key, ResourceState::Done(v.clone()));
            }
            Err(_) => {
                self.resource_values.borrow_mut().remove(&key);
            }
        }
        values
    }

    /// The instances of a resource, evaluated once.
    fn resource_instances(
        &self,
        rtype: &str,
        name: &str,
        decl: &Located<&Block>,
    ) -> Res<Rc<Vec<Instance>>> {
        let key = (rtype.to_owned(), name.to_owned());
        if let Some(done) = self.instances_memo.borrow().get(&key) {
            return Ok(done.clone());
        }
        let instances = Rc::new(self.instances(decl.item, decl.file)?);
        // Their `each.value`s are kept for the whole evaluation.
        self.meter.keep(
            instances
                .iter()
                .map(|i| i.scope.weight())
                .fold(0, u64::saturating_add),
        );
        self.instances_memo
            .borrow_mut()
            .insert(key, instances.clone());
        Ok(instances)
    }

    /// One instance of a resource: its configured attributes; what fails to evaluate is
    /// unknown.
    fn instance_value(&self, block: &Block, base: &str, inst: &Instance) -> Val {
        let address = instance_address(base, inst.key.as_ref());
        let mut attrs = BTreeMap::new();
        for s in block.body.iter() {
            if let Structure::Attribute(a) = s {
                let key = a.key.as_str();
                if matches!(key, "count" | "for_each" | "provider" | "depends_on") {
                    continue;
                }
                let v = self
                    .eval(&a.value, &inst.scope)
                    .unwrap_or_else(|_| Val::Unknown(self.here(format!("{address}.{key}"))));
                attrs.insert(key.to_owned(), v);
            }
        }
        Val::Resource {
            at: self.here(address),
            attrs,
        }
    }

    /// Evaluates an expression. What it builds (a template, a function's result, a `for`, a
    /// list or an object, a copy of a value a reference names) is weighed and charged to the
    /// evaluation's [`Meter`] before it is allocated: a value over [`MAX_VALUE`], or past what
    /// the configuration may build, is an error where it would be built, and is never built (a
    /// string doubled through a chain of locals would otherwise take all the memory there is).
    ///
    /// What the expression made and dropped on the way (a list copied into `length`) is given
    /// back when it returns: only its value stays charged.
    pub fn eval(&self, expr: &Expression, scope: &Scope) -> Res<Val> {
        let mark = self.meter.mark();
        let value = self.eval_held(expr, scope);
        let charged = self.meter.mark().saturating_sub(mark);
        if charged > 0 {
            // Weighed no further than what was charged: a value heavier keeps it all.
            let weight = match &value {
                Ok(v) => v.weight(charged),
                Err(_) => Some(0),
            };
            if let Some(weight) = weight {
                self.meter.give_back(mark, weight);
            }
        }
        value
    }

    fn eval_held(&self, expr: &Expression, scope: &Scope) -> Res<Val> {
        let span = expr.span();
        self.step(1, scope, span.clone())?;
        let fail = |m: String| self.err(scope, span.clone(), m);
        let over = |o: Over| self.over(o, scope, span.clone());
        Ok(match expr {
            Expression::Null(_) => Val::Null,
            Expression::Bool(b) => Val::Bool(*b.value()),
            Expression::Number(n) => Val::Num(n.as_f64().unwrap_or(0.0)),
            Expression::String(s) => {
                // Written once in the file, but copied each time it is evaluated.
                Building::new(&self.meter)
                    .text(s.value().len())
                    .map_err(over)?;
                Val::Str(s.value().clone())
            }
            Expression::Array(a) => {
                let mut built = Building::new(&self.meter);
                let mut items = Vec::new();
                for e in a.iter() {
                    let v = self.eval(e, scope)?;
                    built.part(&v, 0).map_err(over)?;
                    items.push(v);
                }
                Val::List(items)
            }
            Expression::Object(o) => {
                let mut built = Building::new(&self.meter);
                let mut m = BTreeMap::new();
                // A key computed from a sensitive value makes the whole object sensitive.
                let mut marked = false;
                for (k, v) in o.iter() {
                    let key = match k {
                        ObjectKey::Ident(i) => i.as_str().to_owned(),
                        ObjectKey::Expression(e) => match self.eval(e, scope)?.unmark_deep() {
                            (Val::Unknown(r), m) => return Ok(Val::Unknown(r).mark_if(m)),
                            (other, m) => {
                                marked |= m;
                                other.to_str().map_err(fail)?
                            }
                        },
                    };
                    let v = self.eval(v.expr(), scope)?;
                    built.part(&v, key.len()).map_err(over)?;
                    m.insert(key, v);
                }
                Val::Map(m).mark_if(marked)
            }
            Expression::StringTemplate(t) => self.template(t, scope, span.clone())?,
            Expression::HeredocTemplate(h) => self.template(&h.template, scope, span.clone())?,
            Expression::Parenthesis(p) => self.eval(p.inner(), scope)?,
            Expression::Variable(v) => self.variable(v.as_str(), scope, span)?,
            // A sensitive condition makes the result sensitive.
            Expression::Conditional(c) => match self.eval(&c.cond_expr, scope)?.unmark_deep() {
                (Val::Unknown(r), marked) => Val::Unknown(r).mark_if(marked),
                (v, marked) => {
                    if v.to_bool().map_err(fail)? {
                        self.eval(&c.true_expr, scope)?.mark_if(marked)
                    } else {
                        self.eval(&c.false_expr, scope)?.mark_if(marked)
                    }
                }
            },
            Expression::FuncCall(f) => {
                let name = f.name.name.as_str();
                if f.name.is_namespaced() {
                    return Err(fail(format!(
                        "function {} is not supported",
                        f.name.name.as_str()
                    )));
                }
                // `try` and `can` catch errors in their arguments; every other function
                // evaluates its arguments first.
                if name == "try" || name == "can" {
                    return self.try_can(name, f.args.iter().collect(), scope, span);
                }
                let args: Vec<Val> = f
                    .args
                    .iter()
                    .map(|a| self.eval(a, scope))
                    .collect::<Res<_>>()?;
                // A function of a sensitive argument gives a sensitive result; the function
                // sees plain values, and its error does not show them.
                let mut marked = false;
                let mut args: Vec<Val> = args
                    .into_iter()
                    .map(|a| {
                        let (a, m) = a.unmark_deep();
                        marked |= m;
                        a
                    })
                    .collect();
                match (name, args.as_slice()) {
                    ("sensitive", [_]) => return Ok(args.remove(0).mark()),
                    ("nonsensitive", [_]) => return Ok(args.remove(0)),
                    ("sensitive" | "nonsensitive", _) => {
                        return Err(fail(format!("{name} takes 1 argument, not {}", args.len())));
                    }
                    _ => {}
                }
                if f.args.expand_final() {
                    match args.pop() {
                        Some(Val::List(items)) => args.extend(items),
                        Some(Val::Unknown(r)) => return Ok(Val::Unknown(r).mark_if(marked)),
                        _ => {
                            return Err(fail(
                                "the final argument expanded with ... must be a list".to_owned(),
                            ));
                        }
                    }
                }
                match call(name, args, &self.meter) {
                    Ok(v) => v.mark_if(marked),
                    Err(Failure::Message(m)) => {
                        return Err(fail(if marked { hidden(name) } else { m }));
                    }
                    Err(Failure::Over(o)) => return Err(over(o)),
                }
            }
            Expression::Traversal(t) => {
                let (root, marked, ops) = self.traversal_root(&t.expr, &t.operators, scope)?;
                // The root took at most the operators there are (`path` and `terraform`
                // count one even without any): the rest apply to it.
                let rest = t.operators.get(ops..).unwrap_or_default();
                self.navigate(root, marked, rest, scope, span)?
            }
            Expression::UnaryOp(u) => {
                let (v, marked) = self.eval(&u.expr, scope)?.unmark_deep();
                let fail = |m: String| fail(if marked { hidden("this operation") } else { m });
                match (v, u.operator.value()) {
                    (Val::Unknown(r), _) => Val::Unknown(r),
                    (v, UnaryOperator::Neg) => Val::Num(-v.to_num().map_err(fail)?),
                    (v, UnaryOperator::Not) => Val::Bool(!v.to_bool().map_err(fail)?),
                }
                .mark_if(marked)
            }
            Expression::BinaryOp(b) => {
                let op = *b.operator.value();
                let lhs = self.eval(&b.lhs_expr, scope)?;
                // `&&` / `||` with a decided left side do not need the right one.
                match (op, &lhs) {
                    (BinaryOperator::And, Val::Bool(false)) => return Ok(Val::Bool(false)),
                    (BinaryOperator::Or, Val::Bool(true)) => return Ok(Val::Bool(true)),
                    _ => {}
                }
                let rhs = self.eval(&b.rhs_expr, scope)?;
                let ((lhs, l), (rhs, r)) = (lhs.unmark_deep(), rhs.unmark_deep());
                let marked = l || r;
                binary(op, &lhs, &rhs)
                    .map_err(|m| fail(if marked { hidden("this operation") } else { m }))?
                    .mark_if(marked)
            }
            Expression::ForExpr(f) => self.for_expr(f, scope, span)?,
        })
    }

    fn try_can(
        &self,
        name: &str,
        args: Vec<&Expression>,
        scope: &Scope,
        span: Option<Range<usize>>,
    ) -> Res<Val> {
        if name == "can" {
            let [arg] = args.as_slice() else {
                return Err(self.err(scope, span, "can takes one argument"));
            };
            return Ok(match self.eval(arg, scope) {
                Ok(Val::Unknown(r)) => Val::Unknown(r),
                Ok(_) => Val::Bool(true),
                Err(_) => Val::Bool(false),
            });
        }
        for arg in &args {
            if let Ok(v) = self.eval(arg, scope) {
                return Ok(v);
            }
        }
        Err(self.err(scope, span, "no argument of try could be evaluated"))
    }

    /// A template's text; `span` is where an error in building it is reported.
    fn template(&self, t: &Template, scope: &Scope, span: Option<Range<usize>>) -> Res<Val> {
        // A template that is a single interpolation is that value, unconverted ("${var.list}").
        let elements: Vec<&Element> = t.iter().collect();
        if let [Element::Interpolation(i)] = elements.as_slice() {
            return self.eval(&i.expr, scope);
        }
        // Text made with a sensitive value is sensitive.
        let mut marked = false;
        let mut out = String::new();
        // Each piece is weighed before it is written.
        let mut built = Building::new(&self.meter);
        let over = |o: Over| self.over(o, scope, span.clone());
        for element in t.iter() {
            match element {
                Element::Literal(s) => {
                    built.text(s.value().len()).map_err(over)?;
                    out.push_str(s.value())
                }
                Element::Interpolation(i) => match self.eval(&i.expr, scope)?.unmark_deep() {
                    (Val::Unknown(r), m) => return Ok(Val::Unknown(r).mark_if(marked || m)),
                    (v, m) => {
                        marked |= m;
                        let text = v.text().map_err(|e| self.err(scope, i.expr.span(), e))?;
                        built.text(text.len()).map_err(over)?;
                        out.push_str(&text)
                    }
                },
                Element::Directive(d) => match d.as_ref() {
                    Directive::If(d) => {
                        let cond = match self.eval(&d.if_expr.cond_expr, scope)?.unmark_deep() {
                            (Val::Unknown(r), m) => {
                                return Ok(Val::Unknown(r).mark_if(marked || m));
                            }
                            (v, m) => {
                                marked |= m;
                                v.to_bool()
                                    .map_err(|e| self.err(scope, d.if_expr.cond_expr.span(), e))?
                            }
                        };
                        let branch = if cond {
                            Some(&d.if_expr.template)
                        } else {
                            d.else_expr.as_ref().map(|e| &e.template)
                        };
                        if let Some(branch) = branch {
                            match self.template(branch, scope, span.clone())?.unmark() {
                                (Val::Str(s), m) => {
                                    marked |= m;
                                    built.text(s.len()).map_err(over)?;
                                    out.push_str(&s)
                                }
                                (other, m) => return Ok(other.mark_if(marked || m)),
                            }
                        }
                    }
                    Directive::For(d) => {
                        let fe = &d.for_expr;
                        let items = match self.eval(&fe.collection_expr, scope)?.unmark() {
                            (Val::Unknown(r), m) => {
                                return Ok(Val::Unknown(r).mark_if(marked || m));
                            }
                            (v, m) => {
                                marked |= m;
                                pairs(v)
                                    .map_err(|e| self.err(scope, fe.collection_expr.span(), e))?
                            }
                        };
                        for (k, v) in items {
                            let mut inner = scope.with(fe.value_var.as_str(), v);
                            if let Some(kv) = &fe.key_var {
                                inner = inner.with(kv.as_str(), k);
                            }
                            match self.template(&fe.template, &inner, span.clone())?.unmark() {
                                (Val::Str(s), m) => {
                                    marked |= m;
                                    built.text(s.len()).map_err(over)?;
                                    out.push_str(&s)
                                }
                                (other, m) => return Ok(other.mark_if(marked || m)),
                            }
                        }
                    }
                },
            }
        }
        Ok(Val::Str(out).mark_if(marked))
    }

    fn for_expr(
        &self,
        f: &hcl_edit::expr::ForExpr,
        scope: &Scope,
        span: Option<Range<usize>>,
    ) -> Res<Val> {
        let coll = &f.intro.collection_expr;
        // Iterating a sensitive collection (or filtering or keying by a sensitive value) makes
        // the result sensitive; sensitive elements stay sensitive.
        let (collection, mut marked) = self.eval(coll, scope)?.unmark();
        let items = match collection {
            Val::Unknown(r) => return Ok(Val::Unknown(r).mark_if(marked)),
            v => pairs(v).map_err(|e| self.err(scope, coll.span(), e))?,
        };
        let mut list = Vec::new();
        let mut grouped: BTreeMap<String, Vec<Val>> = BTreeMap::new();
        let mut keyed = BTreeMap::new();
        // Each element is weighed before it is stored: a `for` over a range of 1,000 copying
        // a string of 16 MB stops at the fifth.
        let mut built = Building::new(&self.meter);
        let over = |o: Over| self.over(o, scope, span.clone());
        for (k, v) in items {
            let mut inner = scope.with(f.intro.value_var.as_str(), v);
            if let Some(kv) = &f.intro.key_var {
                inner = inner.with(kv.as_str(), k);
            }
            if let Some(cond) = &f.cond {
                let (c, m) = self.eval(&cond.expr, &inner)?.unmark_deep();
                marked |= m;
                match c {
                    Val::Unknown(r) => return Ok(Val::Unknown(r).mark_if(marked)),
                    c => {
                        if !c
                            .to_bool()
                            .map_err(|e| self.err(scope, cond.expr.span(), e))?
                        {
                            continue;
                        }
                    }
                }
            }
            let value = self.eval(&f.value_expr, &inner)?;
            match &f.key_expr {
                None => {
                    built.part(&value, 0).map_err(over)?;
                    list.push(value)
                }
                Some(key_expr) => {
                    let (key, m) = self.eval(key_expr, &inner)?.unmark_deep();
                    marked |= m;
                    let key = match key {
                        Val::Unknown(r) => return Ok(Val::Unknown(r).mark_if(marked)),
                        k => k
                            .to_str()
                            .map_err(|e| self.err(scope, key_expr.span(), e))?,
                    };
                    built.part(&value, key.len()).map_err(over)?;
                    if f.grouping {
                        grouped.entry(key).or_default().push(value);
                    } else if keyed.insert(key.clone(), value).is_some() {
                        return Err(self.err(
                            scope,
                            key_expr.span(),
                            format!("duplicate key {key:?} in a for expression (use ... to group)"),
                        ));
                    }
                }
            }
        }
        Ok(match &f.key_expr {
            None => Val::List(list),
            Some(_) if f.grouping => Val::Map(
                grouped
                    .into_iter()
                    .map(|(k, v)| (k, Val::List(v)))
                    .collect(),
            ),
            Some(_) => Val::Map(keyed),
        }
        .mark_if(marked))
    }

    fn variable(&self, name: &str, scope: &Scope, span: Option<Range<usize>>) -> Res<Val> {
        if let Some(v) = scope.get(name) {
            return self.copy(v, scope, span);
        }
        Err(self.err(
            scope,
            span,
            format!("{name:?} is not something a Terraform expression can name here"),
        ))
    }

    /// Resolves the root of a traversal that names something of the module (`var.x`,
    /// `local.y`, `TYPE.NAME`, `data.T.N`, ...), returning it and how many operators it used.
    /// The value is returned where it is (with whether it is marked sensitive), for
    /// [`Evaluator::navigate`] to copy only the part the operators take.
    fn traversal_root<'e>(
        &'e self,
        root: &Expression,
        ops: &[hcl_edit::Decorated<TraversalOperator>],
        scope: &'e Scope,
    ) -> Res<(Root<'e>, bool, usize)> {
        let Expression::Variable(v) = root else {
            return Ok((Root::Owned(self.eval(root, scope)?), false, 0));
        };
        let name = v.as_str();
        if let Some(value) = scope.get(name) {
            return Ok((Root::Borrowed(value), false, 0));
        }
        if !matches!(name, "var" | "path" | "terraform") {
            self.impure.set(true);
        }
        let attr = |i: usize| match ops.get(i).map(|o| o.value()) {
            Some(TraversalOperator::GetAttr(a)) => Some(a.as_str()),
            _ => None,
        };
        let span = root.span();
        let text = |n: usize| traversal_text(name, ops.get(..n).unwrap_or(ops));
        match name {
            "var" => {
                let var = attr(0).ok_or_else(|| {
                    self.err(
                        scope,
                        span.clone(),
                        "var must be followed by a variable name",
                    )
                })?;
                let Some(decl) = self.module.variables.get(var) else {
                    return Err(self.err(scope, span, format!("var.{var} is not declared")));
                };
                let value = match self.vars.get(var) {
                    Some(v) => Root::Borrowed(v),
                    None => Root::Owned(Val::Unknown(self.here(format!("var.{var}")))),
                };
                Ok((value, declared_sensitive(decl.item), 1))
            }
            "local" => {
                let local = attr(0).ok_or_else(|| {
                    self.err(
                        scope,
                        span.clone(),
                        "local must be followed by a local name",
                    )
                })?;
                Ok((
                    Root::Shared(self.local(local, Some((scope, span)))?),
                    false,
                    1,
                ))
            }
            "data" => Ok((
                Root::Owned(Val::Unknown(self.here(text(3)))),
                false,
                ops.len(),
            )),
            "module" => {
                let call = attr(0).ok_or_else(|| {
                    self.err(
                        scope,
                        span.clone(),
                        "module must be followed by a module name",
                    )
                })?;
                Ok((Root::Owned(self.module_value(call, scope, span)?), false, 1))
            }
            "path" => Ok((Root::Owned(Val::Str(".".to_owned())), false, 1)),
            "terraform" => Ok((Root::Owned(Val::Str("default".to_owned())), false, 1)),
            "self" | "count" | "each" => {
                Err(self.err(scope, span, format!("{name} cannot be used here")))
            }
            rtype => {
                let rname = attr(0).ok_or_else(|| {
                    self.err(
                        scope,
                        span.clone(),
                        format!("{rtype} must be followed by a resource name"),
                    )
                })?;
                // `TYPE.NAME[key]` builds only that instance.
                if let Some(TraversalOperator::Index(index)) = ops.get(1).map(|o| o.value()) {
                    let (key, marked) = self.eval(index, scope)?.unmark_deep();
                    if let Val::Unknown(r) = key {
                        return Ok((Root::Owned(Val::Unknown(r)), marked, ops.len()));
                    }
                    let value = self
                        .resource(rtype, rname, Some(&key), scope, span.clone())
                        .map_err(|e| {
                            if marked {
                                self.err(scope, span, hidden(&format!("{rtype}.{rname}[...]")))
                            } else {
                                e
                            }
                        })?;
                    return Ok((value, marked, 2));
                }
                Ok((self.resource(rtype, rname, None, scope, span)?, false, 1))
            }
        }
    }

    /// Applies a traversal's operators to its root: a value held elsewhere is read in place
    /// while the operators step into it, and only the part they reach is copied (charged
    /// before it is), with the sensitive mark of what it was taken from.
    fn navigate(
        &self,
        root: Root<'_>,
        mut marked: bool,
        ops: &[hcl_edit::Decorated<TraversalOperator>],
        scope: &Scope,
        span: Option<Range<usize>>,
    ) -> Res<Val> {
        if let Root::Owned(v) = root {
            return Ok(self.apply_ops(v, ops, scope)?.mark_if(marked));
        }
        let mut value = root.get();
        let mut here = ops;
        loop {
            if let Val::Sensitive(inner) = value {
                marked = true;
                value = inner;
                continue;
            }
            let [op, rest @ ..] = here else { break };
            let next = match (op.value(), value) {
                (TraversalOperator::GetAttr(a), Val::Map(m)) => {
                    m.get(a.as_str()).ok_or_else(|| {
                        self.err(
                            scope,
                            op.span(),
                            format!("this object has no attribute {:?}", a.as_str()),
                        )
                    })?
                }
                (TraversalOperator::GetAttr(a), Val::Resource { attrs, .. })
                    if attrs.contains_key(a.as_str()) =>
                {
                    attrs.get(a.as_str()).unwrap_or(&Val::Null)
                }
                (
                    TraversalOperator::Index(_) | TraversalOperator::LegacyIndex(_),
                    Val::List(_) | Val::Map(_) | Val::Resource { .. },
                ) => {
                    let (key, m) = match op.value() {
                        TraversalOperator::Index(e) => self.eval(e, scope)?.unmark_deep(),
                        TraversalOperator::LegacyIndex(n) => (Val::Num(*n.value() as f64), false),
                        _ => (Val::Null, false),
                    };
                    let found = index_ref(value, &key).map_err(|e| {
                        self.err(scope, op.span(), if m { hidden("this index") } else { e })
                    })?;
                    marked |= m;
                    match found {
                        std::borrow::Cow::Borrowed(v) => v,
                        // An unknown (small): what follows applies to it.
                        std::borrow::Cow::Owned(v) => {
                            return Ok(self.apply_ops(v, rest, scope)?.mark_if(marked));
                        }
                    }
                }
                // Anything else (a splat, an unknown, an error) is done on a copy.
                _ => break,
            };
            value = next;
            here = rest;
        }
        let copy = self.copy(value, scope, span)?;
        Ok(self.apply_ops(copy, here, scope)?.mark_if(marked))
    }

    fn apply_ops(
        &self,
        mut value: Val,
        ops: &[hcl_edit::Decorated<TraversalOperator>],
        scope: &Scope,
    ) -> Res<Val> {
        // `here`: this operator and those after it; `rest`: those after it.
        let mut here = ops;
        while let [op, rest @ ..] = here {
            let span = op.span();
            value = match (op.value(), value) {
                // What is taken from a sensitive value is sensitive.
                (_, Val::Sensitive(inner)) => {
                    return Ok(self.apply_ops(*inner, here, scope)?.mark());
                }
                (_, Val::Unknown(r)) => {
                    // Reference text for what follows an unknown resource attribute.
                    let mut r = r;
                    for op in here {
                        match op.value() {
                            TraversalOperator::GetAttr(a) => {
                                r = r.then(&format!(".{}", a.as_str()))
                            }
                            TraversalOperator::LegacyIndex(n) => {
                                r = r.then(&format!("[{}]", n.value()))
                            }
                            _ => break,
                        }
                    }
                    return Ok(Val::Unknown(r));
                }
                (TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_), v) => {
                    let items = match v {
                        Val::List(items) => items,
                        Val::Null => Vec::new(),
                        other => vec![other],
                    };
                    // The parts taken are moved; the new list's places are charged.
                    self.meter
                        .charge(0, NODE * (items.len() as u64 + 1))
                        .map_err(|o| self.over(o, scope, span.clone()))?;
                    return Ok(Val::List(
                        items
                            .into_iter()
                            .map(|item| self.apply_ops(item, rest, scope))
                            .collect::<Res<_>>()?,
                    ));
                }
                (TraversalOperator::GetAttr(a), Val::Resource { at, mut attrs }) => attrs
                    .remove(a.as_str())
                    .unwrap_or_else(|| Val::Unknown(at.then(&format!(".{}", a.as_str())))),
                (TraversalOperator::GetAttr(a), Val::Map(mut m)) => {
                    m.remove(a.as_str()).ok_or_else(|| {
                        self.err(
                            scope,
                            span,
                            format!("this object has no attribute {:?}", a.as_str()),
                        )
                    })?
                }
                (TraversalOperator::GetAttr(a), other) => {
                    return Err(self.err(
                        scope,
                        span,
                        format!("a {} has no attribute {:?}", other.type_name(), a.as_str()),
                    ));
                }
                (TraversalOperator::Index(e), v) => {
                    let (key, marked) = self.eval(e, scope)?.unmark_deep();
                    index(v, &key)
                        .map_err(|m| {
                            self.err(scope, span, if marked { hidden("this index") } else { m })
                        })?
                        .mark_if(marked)
                }
                (TraversalOperator::LegacyIndex(n), v) => {
                    index(v, &Val::Num(*n.value() as f64)).map_err(|m| self.err(scope, span, m))?
                }
            };
            here = rest;
        }
        Ok(value)
    }
}

/// What fails on a sensitive value, said without the value (the message would show it).
fn hidden(what: &str) -> String {
    format!("{what} fails on a sensitive value (not shown)")
}

/// The value of a block's instances as a reference sees it: a map by key with `for_each`, a
/// list with `count`, else the one instance.
fn instances_value(body: &Body, mut list: Vec<Val>, keyed: BTreeMap<String, Val>) -> Val {
    if attribute(body, "for_each").is_some() {
        Val::Map(keyed)
    } else if attribute(body, "count").is_some() {
        Val::List(list)
    } else {
        list.pop().unwrap_or(Val::Null)
    }
}

/// The most instances one block (`count`, `for_each`) may have.
const MAX_INSTANCES: usize = 100_000;

/// The most evaluation steps (expressions evaluated, instance values copied by references)
/// a configuration may take: a reading that would run for hours (a `for` in a `for` over
/// ranges of 100,000, 100,000 resources each referring to 100,000 others) stops within
/// seconds with an error. The benchmarks' tree of 10,000 files (15,000 groups) takes 490,000
/// steps, 100 times fewer.
const MAX_STEPS: u64 = 50_000_000;

#[cfg(test)]
thread_local! {
    /// A smaller [`MAX_STEPS`] for the tests of this thread.
    pub static TEST_MAX_STEPS: Cell<Option<u64>> = const { Cell::new(None) };
}

fn max_steps() -> u64 {
    #[cfg(test)]
    if let Some(steps) = TEST_MAX_STEPS.with(Cell::get) {
        return steps;
    }
    MAX_STEPS
}

/// The steps a reference takes for each value it copies (an instance, a module output): a
/// copy costs about as much as evaluating 16 expressions.
const COPY_STEPS: u64 = 16;

/// The text of a reference: the root and its attribute / literal index steps.
fn traversal_text(root: &str, ops: &[hcl_edit::Decorated<TraversalOperator>]) -> String {
    let mut text = root.to_owned();
    for op in ops {
        match op.value() {
            TraversalOperator::GetAttr(a) => text = format!("{text}.{}", a.as_str()),
            TraversalOperator::LegacyIndex(n) => text = format!("{text}[{}]", n.value()),
            TraversalOperator::Index(Expression::Number(n)) => {
                text = format!("{text}[{}]", n.as_f64().unwrap_or(0.0))
            }
            TraversalOperator::Index(Expression::String(s)) => {
                text = format!("{text}[{:?}]", s.value())
            }
            _ => break,
        }
    }
    text
}

/// The element of a value at `key`, taken out of it (the rest is dropped).
fn index(value: Val, key: &Val) -> Result<Val, String> {
    match (value, key) {
        (_, Val::Unknown(r)) => Ok(Val::Unknown(r.clone())),
        (Val::List(items), k) => {
            let i = k.to_num()?;
            let len = items.len();
            items
                .into_iter()
                .nth(i as usize)
                .filter(|_| i >= 0.0)
                .ok_or_else(|| format!("index {i} is out of range for a list of {len}"))
        }
        (Val::Map(mut m), k) => {
            let k = k.text()?;
            m.remove(k.as_ref())
                .ok_or_else(|| format!("this map has no key {k:?}"))
        }
        (Val::Resource { at, mut attrs }, k) => {
            let k = k.text()?;
            Ok(attrs
                .remove(k.as_ref())
                .unwrap_or_else(|| Val::Unknown(at.then(&format!(".{k}")))))
        }
        (other, _) => Err(format!("a {} cannot be indexed", other.type_name())),
    }
}

/// The element of a value at `key`, where it is (an unknown is made for what is unknown).
fn index_ref<'v>(value: &'v Val, key: &Val) -> Result<std::borrow::Cow<'v, Val>, String> {
    use std::borrow::Cow;
    match (value, key) {
        (_, Val::Unknown(r)) => Ok(Cow::Owned(Val::Unknown(r.clone()))),
        (Val::List(items), k) => {
            let i = k.to_num()?;
            items
                .get(i as usize)
                .filter(|_| i >= 0.0)
                .map(Cow::Borrowed)
                .ok_or_else(|| format!("index {i} is out of range for a list of {}", items.len()))
        }
        (Val::Map(m), k) => {
            let k = k.text()?;
            m.get(k.as_ref())
                .map(Cow::Borrowed)
                .ok_or_else(|| format!("this map has no key {k:?}"))
        }
        (Val::Resource { at, attrs }, k) => {
            let k = k.text()?;
            Ok(attrs.get(k.as_ref()).map_or_else(
                || Cow::Owned(Val::Unknown(at.then(&format!(".{k}")))),
                Cow::Borrowed,
            ))
        }
        (other, _) => Err(format!("a {} cannot be indexed", other.type_name())),
    }
}

/// The (key, value) pairs a `for` iterates: index and element of a list, key and value of a map.
pub fn pairs(value: Val) -> Result<Vec<(Val, Val)>, String> {
    match value {
        Val::List(items) => Ok(items
            .into_iter()
            .enumerate()
            .map(|(i, v)| (Val::Num(i as f64), v))
            .collect()),
        Val::Map(m) | Val::Resource { attrs: m, .. } => {
            Ok(m.into_iter().map(|(k, v)| (Val::Str(k), v)).collect())
        }
        other => Err(format!("cannot iterate over a {}", other.type_name())),
    }
}

fn binary(op: BinaryOperator, lhs: &Val, rhs: &Val) -> Result<Val, String> {
    if let Some(r) = lhs.unknown().or(rhs.unknown()) {
        return Ok(Val::Unknown(r.to_owned()));
    }
    let num = |f: fn(f64, f64) -> f64| -> Result<Val, String> {
        Ok(Val::Num(f(lhs.to_num()?, rhs.to_num()?)))
    };
    let cmp = |f: fn(f64, f64) -> bool| -> Result<Val, String> {
        Ok(Val::Bool(f(lhs.to_num()?, rhs.to_num()?)))
    };
    match op {
        BinaryOperator::Eq => Ok(Val::Bool(lhs == rhs)),
        BinaryOperator::NotEq => Ok(Val::Bool(lhs != rhs)),
        BinaryOperator::Plus => num(|a, b| a + b),
        BinaryOperator::Minus => num(|a, b| a - b),
        BinaryOperator::Mul => num(|a, b| a * b),
        BinaryOperator::Div => num(|a, b| a / b),
        BinaryOperator::Mod => num(|a, b| a % b),
        BinaryOperator::Less => cmp(|a, b| a < b),
        BinaryOperator::LessEq => cmp(|a, b| a <= b),
        BinaryOperator::Greater => cmp(|a, b| a > b),
        BinaryOperator::GreaterEq => cmp(|a, b| a >= b),
        BinaryOperator::And => Ok(Val::Bool(lhs.to_bool()? && rhs.to_bool()?)),
        BinaryOperator::Or => Ok(Val::Bool(lhs.to_bool()? || rhs.to_bool()?)),
    }
}

/// An attribute of a body, by name.
pub fn attribute<'b>(body: &'b Body, name: &str) -> Option<&'b Expression> {
    body.iter().find_map(|s| match s {
        Structure::Attribute(a) if a.key.as_str() == name => Some(&a.value),
        _ => None,
    })
}

/// The address of one instance: `type.name`, `type.name[0]`, `type.name["key"]`.
pub fn instance_address(base: &str, key: Option<&Val>) -> String {
    match key {
        None => base.to_owned(),
        Some(Val::Num(n)) => format!("{base}[{}]", *n as i64),
        Some(k) => format!("{base}[{}]", serde_json::Value::String(k.display())),
    }
}

pub fn map<const N: usize>(entries: [(&str, Val); N]) -> Val {
    Val::Map(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::super::value::{MAX_WORK, TEST_MAX_BUILT};
    use super::*;

    /// Evaluates every local of a one-file module (in name order), with the bounds on what
    /// values may hold and build set to `bounds` (the real ones when `None`). Returns the
    /// values, or the first error as `line:col: message`.
    fn locals(text: &str, bounds: Option<(u64, u64)>) -> Result<BTreeMap<String, Val>, String> {
        let body = hcl_edit::parser::parse_body(text).unwrap();
        let mut module = Module::default();
        for s in body.iter() {
            let Structure::Block(b) = s else { continue };
            for a in b.body.iter() {
                if let Structure::Attribute(a) = a {
                    let decl = Located {
                        item: &a.value,
                        file: 0,
                    };
                    module.locals.insert(a.key.as_str().to_owned(), decl);
                }
            }
        }
        TEST_MAX_BUILT.with(|b| b.set(bounds));
        let ev = Evaluator::new(&[], &module, String::new(), BTreeMap::new(), Rc::default());
        let result = module
            .locals
            .keys()
            .map(|name| Ok((name.clone(), (*ev.local(name, None)?).clone())))
            .collect::<Res<_>>();
        TEST_MAX_BUILT.with(|b| b.set(None));
        result.map_err(|e| {
            let at = e.span.map_or(0, |s| s.start);
            let before = text.get(..at).unwrap();
            let line = before.matches('\n').count() + 1;
            let col = at - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("{line}:{col}: {}", e.message)
        })
    }

    const TOO_LARGE: &str = "this value is too large to evaluate (over 64 MiB)";

    /// The issue's three nested joins (16 KB, 16 MB, 16 GB, 16 TB): refused at the `for` that
    /// would hold the fifth copy of 16 MB, before the 16 GB are built; the last local names
    /// the same place (the one too large is not built again).
    #[test]
    fn nested_joins_stop_before_the_value_is_built() {
        let text = format!(
            "locals {{\n  a = \"{}\"\n  b = join(\"\", [for i in range(1000) : local.a])\n  c = join(\"\", [for i in range(1000) : local.b])\n  d = join(\"\", [for i in range(1000) : local.c])\n}}\n",
            "x".repeat(16 * 1024)
        );
        assert_eq!(locals(&text, None), Err(format!("4:16: {TOO_LARGE}")));
        // Under a bound on what may be held of 200 MiB, the reading still gets there: it
        // never holds more than four copies of 16 MB and the one being made.
        assert_eq!(
            locals(&text, Some((200 << 20, MAX_WORK))),
            Err(format!("4:16: {TOO_LARGE}"))
        );
    }

    /// `range` gives at most 1,024 numbers, as in Terraform, and says so before making a list
    /// of a billion.
    #[test]
    fn a_huge_range_is_refused_before_it_is_built() {
        assert_eq!(
            locals("locals {\n  r = range(1e9)\n}\n", None),
            Err("2:7: range: more than 1024 elements".to_owned())
        );
        assert_eq!(
            locals("locals {\n  r = range(0, 1e300, 1e-300)\n}\n", None),
            Err("2:7: range: more than 1024 elements".to_owned())
        );
        let ok = locals("locals {\n  r = range(1024)\n}\n", None).unwrap();
        assert!(matches!(&ok["r"], Val::List(items) if items.len() == 1024));
    }

    /// Three `for`s over 1,000 each (a billion numbers, 64 GB): the inner million is built,
    /// the list of them stops at the second.
    #[test]
    fn nested_fors_over_big_ranges_stop_at_the_bound() {
        let text = "locals {\n  cube = [for i in range(1000) : [for j in range(1000) : [for k in range(1000) : k]]]\n}\n";
        assert_eq!(locals(text, None), Err(format!("2:10: {TOO_LARGE}")));
    }

    /// What `setproduct` or `formatlist` would make, written with what the reader supports: a
    /// million strings, one per pair of two ranges of 1,024, flattened. Refused where the
    /// product goes over the bound, before `flatten` copies it.
    #[test]
    fn a_product_of_ranges_is_refused() {
        let text = "locals {\n  pairs = flatten([for a in range(1024) : [for b in range(1024) : format(\"%d-%d\", a, b)]])\n}\n";
        assert_eq!(locals(text, None), Err(format!("2:19: {TOO_LARGE}")));
    }

    /// A string doubled through 40 locals (16 bytes to 16 TiB), by each function that can
    /// double one: refused at the local where it would pass 64 MiB (s22: 64 MiB and its own
    /// weight), each local after it naming that place.
    #[test]
    fn a_string_doubled_through_40_locals_is_refused_where_it_passes_the_bound() {
        let doubling = [
            "format(\"%s%s\", local.s{p}, local.s{p})",
            "join(\"\", [local.s{p}, local.s{p}])",
            "replace(local.s{p}, \"x\", \"xx\")",
            "\"${local.s{p}}${local.s{p}}\"",
            "join(\"\", concat([local.s{p}], [local.s{p}]))",
            "format(\"%v%v\", local.s{p}, local.s{p})",
        ];
        for double in doubling {
            let mut text = "locals {\n  s0 = \"xxxxxxxxxxxxxxxx\"\n".to_owned();
            for i in 1..=40 {
                let p = format!("{}", i - 1);
                text += &format!("  s{i} = {}\n", double.replace("{p}", &p));
            }
            text += "}\n";
            let got = locals(&text, None).unwrap_err();
            // s22 is line 24: the error is at its expression, or at the list in it that
            // would hold the two halves.
            assert!(
                got.starts_with("24:9: ") || got.starts_with("24:18: "),
                "{double}: {got}"
            );
            assert!(got.ends_with(TOO_LARGE), "{double}: {got}");
        }
    }

    /// Many values each under 64 MiB, kept together (locals of 1 MiB each, against a bound of
    /// 16 MiB held): refused at the local that would pass it.
    #[test]
    fn values_kept_together_are_bounded() {
        let mut text = "locals {\n  big = join(\"\", [for i in range(1024) : \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"])\n".to_owned();
        // `big` is 1 MiB; each `kN` a new 1 MiB string kept beside it.
        for i in 10..40 {
            text += &format!("  k{i} = \"${{local.big}}{i}\"\n");
        }
        text += "}\n";
        let got = locals(&text, Some((16 << 20, MAX_WORK))).unwrap_err();
        assert!(
            got.ends_with(
                "evaluating the configuration holds more than 256 MiB of values here (strings and lists multiplying each other); refused"
            ),
            "{got}"
        );
        // The real bound holds them all.
        let all = locals(&text, None).unwrap();
        assert_eq!(all.len(), 31);
    }

    /// A large value copied into a function again and again, dropped each time, is given back:
    /// a thousand copies of 1 MiB through `length` pass under a bound of 16 MiB held; the
    /// copying itself is bounded too (here 512 MiB of work).
    #[test]
    fn copies_dropped_are_given_back_and_copying_is_bounded() {
        let text = "locals {\n  big = [for i in range(1024) : [for j in range(16) : j]]\n  n = [for i in range(1000) : length(local.big)]\n}\n";
        let got = locals(text, Some((16 << 20, MAX_WORK))).unwrap();
        assert!(matches!(&got["n"], Val::List(items) if items.len() == 1000));
        let got = locals(text, Some((16 << 20, 512 << 20))).unwrap_err();
        assert!(
            got.starts_with("3:38: evaluating the configuration builds and copies more than"),
            "{got}"
        );
    }

    /// `distinct` keeps the first of equal elements, in order; over half a million different
    /// ones it takes n log n comparisons (compared each with each, it took hours).
    #[test]
    fn distinct_keeps_first_occurrences_in_order() {
        let got = locals(
            "locals {\n  d = distinct([\"b\", \"a\", \"b\", 1, \"1\", 1, [\"x\"], [\"x\"]])\n  big = length(distinct(flatten([for i in range(500) : [for j in range(1000) : i * 1000 + j % 1000]])))\n}\n",
            None,
        )
        .unwrap();
        let s = |v: &str| Val::Str(v.to_owned());
        assert_eq!(
            got["d"],
            Val::List(vec![
                s("b"),
                s("a"),
                Val::Num(1.0),
                s("1"),
                Val::List(vec![s("x")])
            ])
        );
        assert_eq!(got["big"], Val::Num(500_000.0));
    }
}
