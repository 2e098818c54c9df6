//! The seam between the Terraform readers and a provider: what the readers ask of a
//! provider's resource types (`Schema`), and how they hand each object over (`Provider`).

use serde_json::Value;

use super::object::Object;
use crate::model::{Diagnostic, Input, Lifecycle, Origin};

/// How much of a resource's configuration the `.tf` reader evaluates.
pub enum Reads {
    /// A type the provider does not read.
    Nothing,
    /// Every argument and block.
    All,
    /// Only these arguments and blocks (a workload's group and address arguments).
    Only(Vec<&'static str>),
    /// A type the provider does not read, whose objects may still use what it reads (a group
    /// named by id or reference): read in full, but only when its values may name such an
    /// object (`Provider::mentions`) or its configuration may reference one (one of
    /// `Schema::scanned_for`, or a module input or output that may lead to one); a value that
    /// fails to evaluate skips the object, not the input.
    Scan,
}

/// What the readers ask of a provider's resource types: fixed facts, shared by threads.
pub trait Schema: Sync {
    /// Whether resources of `rtype` are read, and how much of them.
    fn reads(&self, rtype: &str) -> Reads;
    /// The attributes that name an object (its id, its name): read from every object before
    /// any is read in full.
    fn naming(&self) -> &'static [&'static str];
    /// The resource types whose references make an object of a scanned type (`Reads::Scan`)
    /// worth reading: what it may use.
    fn scanned_for(&self) -> &'static [&'static str];
    /// Whether the data sources of `rtype` are read (what they tell of objects the input does
    /// not manage: an AWS-managed prefix list's name and size); none unless a provider says.
    fn reads_data(&self, _rtype: &str) -> bool {
        false
    }
    /// The top-level attributes of a plan's objects of `rtype` the provider reads, `None` when
    /// it may read any: a change's other attributes are skipped unparsed, but for those its
    /// sensitive masks mark (the provider keeps what is sensitive, wherever it is).
    fn plan_attributes(&self, _rtype: &str) -> Option<Vec<&'static str>> {
        None
    }
    /// The attributes of `rtype` that are sets of blocks (Terraform cannot mark one element of
    /// a set sensitive: a plan marks the whole attribute).
    fn sets(&self, rtype: &str) -> &'static [&'static str];
    /// The arguments the provider sets when the configuration does not, as a plan shows them.
    fn defaults(&self, rtype: &str) -> &'static [(&'static str, &'static str)];
}

/// What names one object, read before any object is read in full.
pub struct Naming<'v> {
    pub rtype: &'v str,
    /// The module instance (`""` for the root module).
    pub module: &'v str,
    pub name: &'v str,
    /// The object's address (with its deposed key when it has one).
    pub address: &'v str,
    pub deposed: bool,
    /// The object's naming values (before and after a change; one for a state or a
    /// configuration).
    pub values: &'v [&'v Value],
}

/// One resource instance as the readers hand it to the provider.
pub enum Change<'o, 'a> {
    /// A plan's resource change: the object before and after it (their values are null where
    /// the object does not exist).
    Planned {
        before: &'o Object<'a>,
        after: &'o Object<'a>,
        lifecycle: Lifecycle,
        /// The change creates the object (its values may be unknown as a whole).
        created: bool,
        /// The object leaves Terraform's state but stays in AWS.
        forgotten: bool,
        /// A deposed object (on its way out of a replacement).
        deposed: bool,
    },
    /// An object of a state: deployed, unchanged.
    Deployed {
        object: &'o Object<'a>,
        deposed: bool,
    },
    /// An object of a configuration: to be created.
    Configured(&'o Object<'a>),
}

/// What a provider's resources become: the readers hand every object over here, in two
/// passes (first what names each object, then each object in full), then take the model.
pub trait Provider {
    fn schema(&self) -> &'static dyn Schema;
    /// First pass: what names one object.
    fn learn(&mut self, naming: &Naming);
    /// Second pass: one resource instance. The errors are values AWS would refuse, located at
    /// `context`, where the object is (the plan file, the block's `file:line`), or at the
    /// block of the value when that is known.
    fn add(&mut self, context: &Origin, change: Change) -> Vec<Diagnostic>;
    /// Second pass over the objects of a configuration, in order (each where it is declared):
    /// what `add` does with `Change::Configured` of each, the errors in the same order. A
    /// provider may share the work between threads.
    fn add_configured(&mut self, objects: &[(&Origin, Object)]) -> Vec<Diagnostic> {
        let mut errors = Vec::new();
        for (context, object) in objects {
            errors.extend(self.add(context, Change::Configured(object)));
        }
        errors
    }
    /// Whether the values of a scanned object (`Reads::Scan`), as JSON text, may name an object
    /// the provider read (by id): a quick test before they are parsed, asked after every object
    /// was learned. Its configuration is read when it references one of `scanned_for`.
    fn mentions(&self, text: &str) -> bool;
    /// A data source of a type the schema reads (`Schema::reads_data`), as a plan's prior
    /// state or a state holds it: read before the resources, it names no object of the input.
    fn data(&mut self, _object: &Object) {}
    /// Writes the model of everything added into `input`.
    fn finish(&mut self, input: &mut Input, of: Finish);
}

/// What kind of input the objects came from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Finish {
    Plan,
    State,
    Configuration,
}
