//! Evaluation of Terraform expressions in one module: variables, locals (in dependency order,
//! a cycle is an error), `count`/`for_each`, references to resources (their configured
//! attributes are known, everything else is unknown), and the functions security-group code
//! uses. Anything known only after apply evaluates to `Val::Unknown` with its reference; what
//! is computed from a sensitive value (a variable declared `sensitive = true`, `sensitive(...)`)
//! is marked sensitive, as Terraform marks it.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::ops::Range;
use std::rc::Rc;

use hcl_edit::Span;
use hcl_edit::expr::{BinaryOperator, Expression, ObjectKey, TraversalOperator, UnaryOperator};
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::template::{Directive, Element, Template};

use super::functions::call;
use super::load::Target;
use super::value::{Ref, Val};

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
#[derive(Clone, Default)]
pub struct Scope {
    pub file: usize,
    names: Vec<(String, Val)>,
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
        s.names.push((name.to_owned(), value));
        s
    }

    fn get(&self, name: &str) -> Option<&Val> {
        self.names
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
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
    Done(Val),
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
    /// Variables of this module and those below it that have no value.
    pub missing: Rc<RefCell<Vec<String>>>,
    /// Resources referenced but not declared (in this module or below).
    pub undeclared: Rc<RefCell<std::collections::BTreeSet<String>>>,
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
            missing,
            undeclared: Rc::default(),
        }
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
        for instance in self.instances(call.item, call.file)? {
            let address = instance_address(&base, instance.key.as_ref());
            let mut vars = BTreeMap::new();
            for (var, decl) in &module.variables {
                if let Some(default) = attribute(&decl.item.body, "default") {
                    let v = Evaluator::constants(module).eval(default, &Scope::new(decl.file))?;
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
            let mut ev = Evaluator::new(self.modules, module, address, vars, self.missing.clone());
            ev.undeclared = self.undeclared.clone();
            ev.cycles = self.cycles.clone();
            ev.steps = self.steps.clone();
            ev.out_of_steps = self.out_of_steps.clone();
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
                outputs.insert(
                    out.clone(),
                    child.ev.eval(expr.item, &Scope::new(expr.file))?,
                );
            }
            match &child.key {
                Some(Val::Str(k)) => {
                    keyed.insert(k.clone(), Val::Map(outputs));
                }
                _ => list.push(Val::Map(outputs)),
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

    fn local(&self, name: &str, at: Option<(&Scope, Option<Range<usize>>)>) -> Res<Val> {
        match self.locals.borrow().get(name) {
            Some(LocalState::Done(v)) => return Ok(v.clone()),
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
                self.locals
                    .borrow_mut()
                    .insert(name.to_owned(), LocalState::Done(v.clone()));
                Ok(v)
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
            if items.len() > MAX_INSTANCES {
                return Err(self.err(
                    &scope,
                    for_each.span(),
                    format!(
                        "for_each gives {} instances: sgaudit reads at most {MAX_INSTANCES} of a block",
                        items.len()
                    ),
                ));
            }
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
    ) -> Res<Val> {
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
            return Ok(Val::Unknown(self.here(text)));
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
            return match found.and_then(|i| values.get(i)) {
                Some(value) => Ok(value.clone()),
                None => Err(self.err(
                    scope,
                    span,
                    format!("{base} has no instance {}", key.display()),
                )),
            };
        }
        // A reference to every instance copies them all: a copy weighs more than a step.
        self.step(COPY_STEPS * values.len() as u64, scope, span.clone())?;
        let mut list = Vec::new();
        let mut keyed = BTreeMap::new();
        for (inst, value) in instances.iter().zip(values.iter()) {
            match &inst.key {
                Some(Val::Str(k)) => {
                    keyed.insert(k.clone(), value.clone());
                }
                _ => list.push(value.clone()),
            }
        }
        Ok(instances_value(&decl.item.body, list, keyed))
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

    /// Evaluates an expression. A value an expression builds (a template, a function's result,
    /// a `for`, a list or an object) that weighs more than [`MAX_WEIGHT`] is an error: a
    /// string doubled through a chain of locals would otherwise take all the memory there is.
    pub fn eval(&self, expr: &Expression, scope: &Scope) -> Res<Val> {
        let value = self.eval_unbounded(expr, scope)?;
        let builds = matches!(
            expr,
            Expression::Array(_)
                | Expression::Object(_)
                | Expression::StringTemplate(_)
                | Expression::HeredocTemplate(_)
                | Expression::FuncCall(_)
                | Expression::ForExpr(_)
        );
        if builds && heavier(&value, &mut MAX_WEIGHT.clone()) {
            return Err(self.err(
                scope,
                expr.span(),
                format!(
                    "this value is too large to evaluate (over {} MiB)",
                    MAX_WEIGHT >> 20
                ),
            ));
        }
        Ok(value)
    }

    fn eval_unbounded(&self, expr: &Expression, scope: &Scope) -> Res<Val> {
        let span = expr.span();
        self.step(1, scope, span.clone())?;
        let fail = |m: String| self.err(scope, span.clone(), m);
        Ok(match expr {
            Expression::Null(_) => Val::Null,
            Expression::Bool(b) => Val::Bool(*b.value()),
            Expression::Number(n) => Val::Num(n.as_f64().unwrap_or(0.0)),
            Expression::String(s) => Val::Str(s.value().clone()),
            Expression::Array(a) => {
                Val::List(a.iter().map(|e| self.eval(e, scope)).collect::<Res<_>>()?)
            }
            Expression::Object(o) => {
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
                    m.insert(key, self.eval(v.expr(), scope)?);
                }
                Val::Map(m).mark_if(marked)
            }
            Expression::StringTemplate(t) => self.template(t, scope)?,
            Expression::HeredocTemplate(h) => self.template(&h.template, scope)?,
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
                call(name, args)
                    .map_err(|m| fail(if marked { hidden(name) } else { m }))?
                    .mark_if(marked)
            }
            Expression::Traversal(t) => {
                let (root, ops) = self.traversal_root(&t.expr, &t.operators, scope)?;
                // The root took at most the operators there are (`path` and `terraform`
                // count one even without any): the rest apply to it.
                let rest = t.operators.get(ops..).unwrap_or_default();
                self.apply_ops(root, rest, scope)?
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
            Expression::ForExpr(f) => self.for_expr(f, scope)?,
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

    fn template(&self, t: &Template, scope: &Scope) -> Res<Val> {
        // A template that is a single interpolation is that value, unconverted ("${var.list}").
        let elements: Vec<&Element> = t.iter().collect();
        if let [Element::Interpolation(i)] = elements.as_slice() {
            return self.eval(&i.expr, scope);
        }
        // Text made with a sensitive value is sensitive.
        let mut marked = false;
        let mut out = String::new();
        for element in t.iter() {
            match element {
                Element::Literal(s) => out.push_str(s.value()),
                Element::Interpolation(i) => match self.eval(&i.expr, scope)?.unmark_deep() {
                    (Val::Unknown(r), m) => return Ok(Val::Unknown(r).mark_if(marked || m)),
                    (v, m) => {
                        marked |= m;
                        out.push_str(&v.to_str().map_err(|e| self.err(scope, i.expr.span(), e))?)
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
                            match self.template(branch, scope)?.unmark() {
                                (Val::Str(s), m) => {
                                    marked |= m;
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
                            match self.template(&fe.template, &inner)?.unmark() {
                                (Val::Str(s), m) => {
                                    marked |= m;
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

    fn for_expr(&self, f: &hcl_edit::expr::ForExpr, scope: &Scope) -> Res<Val> {
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
                None => list.push(value),
                Some(key_expr) => {
                    let (key, m) = self.eval(key_expr, &inner)?.unmark_deep();
                    marked |= m;
                    let key = match key {
                        Val::Unknown(r) => return Ok(Val::Unknown(r).mark_if(marked)),
                        k => k
                            .to_str()
                            .map_err(|e| self.err(scope, key_expr.span(), e))?,
                    };
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
            return Ok(v.clone());
        }
        Err(self.err(
            scope,
            span,
            format!("{name:?} is not something a Terraform expression can name here"),
        ))
    }

    /// Resolves the root of a traversal that names something of the module (`var.x`,
    /// `local.y`, `TYPE.NAME`, `data.T.N`, ...), returning it and how many operators it used.
    fn traversal_root(
        &self,
        root: &Expression,
        ops: &[hcl_edit::Decorated<TraversalOperator>],
        scope: &Scope,
    ) -> Res<(Val, usize)> {
        let Expression::Variable(v) = root else {
            return Ok((self.eval(root, scope)?, 0));
        };
        let name = v.as_str();
        if let Some(value) = scope.get(name) {
            return Ok((value.clone(), 0));
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
                Ok((
                    self.vars
                        .get(var)
                        .cloned()
                        .unwrap_or_else(|| Val::Unknown(self.here(format!("var.{var}"))))
                        .mark_if(declared_sensitive(decl.item)),
                    1,
                ))
            }
            "local" => {
                let local = attr(0).ok_or_else(|| {
                    self.err(
                        scope,
                        span.clone(),
                        "local must be followed by a local name",
                    )
                })?;
                Ok((self.local(local, Some((scope, span)))?, 1))
            }
            "data" => Ok((Val::Unknown(self.here(text(3))), ops.len())),
            "module" => {
                let call = attr(0).ok_or_else(|| {
                    self.err(
                        scope,
                        span.clone(),
                        "module must be followed by a module name",
                    )
                })?;
                Ok((self.module_value(call, scope, span)?, 1))
            }
            "path" => Ok((Val::Str(".".to_owned()), 1)),
            "terraform" => Ok((Val::Str("default".to_owned()), 1)),
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
                        return Ok((Val::Unknown(r).mark_if(marked), ops.len()));
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
                    return Ok((value.mark_if(marked), 2));
                }
                Ok((self.resource(rtype, rname, None, scope, span)?, 1))
            }
        }
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
                    return Ok(Val::List(
                        items
                            .into_iter()
                            .map(|item| self.apply_ops(item, rest, scope))
                            .collect::<Res<_>>()?,
                    ));
                }
                (TraversalOperator::GetAttr(a), Val::Resource { at, attrs }) => attrs
                    .get(a.as_str())
                    .cloned()
                    .unwrap_or_else(|| Val::Unknown(at.then(&format!(".{}", a.as_str())))),
                (TraversalOperator::GetAttr(a), Val::Map(m)) => {
                    m.get(a.as_str()).cloned().ok_or_else(|| {
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

/// The most an expression may build, in bytes, about as it takes memory: 64 per value, and
/// the bytes of its strings and keys (a million values, or 64 MiB of text).
const MAX_WEIGHT: usize = 64 << 20;

/// Whether a value weighs more than `budget` (see [`MAX_WEIGHT`]), looking no further.
fn heavier(v: &Val, budget: &mut usize) -> bool {
    let own = 64
        + match v {
            Val::Str(s) => s.len(),
            _ => 0,
        };
    let Some(left) = budget.checked_sub(own) else {
        return true;
    };
    *budget = left;
    match v {
        Val::List(items) => items.iter().any(|i| heavier(i, budget)),
        Val::Map(m) | Val::Resource { attrs: m, .. } => {
            m.iter().any(|(k, i)| match budget.checked_sub(k.len()) {
                Some(left) => {
                    *budget = left;
                    heavier(i, budget)
                }
                None => true,
            })
        }
        Val::Sensitive(inner) => heavier(inner, budget),
        _ => false,
    }
}

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

fn index(value: Val, key: &Val) -> Result<Val, String> {
    match (value, key) {
        (_, Val::Unknown(r)) => Ok(Val::Unknown(r.clone())),
        (Val::List(items), k) => {
            let i = k.to_num()?;
            items
                .get(i as usize)
                .cloned()
                .filter(|_| i >= 0.0)
                .ok_or_else(|| format!("index {i} is out of range for a list of {}", items.len()))
        }
        (Val::Map(m), k) => {
            let k = k.to_str()?;
            m.get(&k)
                .cloned()
                .ok_or_else(|| format!("this map has no key {k:?}"))
        }
        (Val::Resource { at, attrs }, k) => {
            let k = k.to_str()?;
            Ok(attrs
                .get(&k)
                .cloned()
                .unwrap_or_else(|| Val::Unknown(at.then(&format!(".{k}")))))
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
