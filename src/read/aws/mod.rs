//! The AWS provider's resources into the model: the one place that names `aws_*` types. The
//! Terraform readers (`read/terraform/`) hand every resource instance over as an `Object`; one
//! dispatch (`Aws::add`, by [`kind`]) turns it into groups, permissions (`shapes.rs`: the five
//! resource shapes that hold them, with their attribute paths), prefix lists and workloads
//! (`workloads.rs`: the table of resource types that attach groups, with their attribute
//! paths, every other type the provider's schema says attaches groups: `schema.rs`, classified
//! by `consumers.rs`, and any other resource that names a group) and VPCs (`vpcs.rs`: each VPC
//! and who manages its default group, and the default group of a new VPC that nothing
//! manages); `names.rs` names the ids and references they hold.

mod consumers;
mod names;
mod network;
mod schema;
mod shapes;
mod types;
mod vpcs;
mod workloads;

use std::collections::BTreeMap;

use self::names::Names;
use self::network::{Networks, Side};
use self::shapes::{Owned, group, permissions, prefix_list_entries, prefix_list_size};
use self::types::{
    DEFAULT_GROUP_TYPE, GROUP_TYPES, Kind, NETWORK_TYPES, PREFIX_LIST_TYPES, RULE_TYPES, VPC_TYPES,
};
use self::vpcs::Vpcs;
use self::workloads::Workloads;
use crate::model::{
    Diagnostic, Direction, Group, Input, Lifecycle, Origin, PrefixListSizes, PrefixLists,
};
use crate::read::terraform::object::{Object, marked_strings};
use crate::read::terraform::provider::{Change, Finish, Naming, Provider, Reads, Schema};

pub use self::network::{drop_made_up, hide_sensitive_refs};
pub use self::shapes::hide_sensitive_ids;

/// The kind of a resource type, when sgaudit reads it.
fn kind(rtype: &str) -> Option<Kind> {
    if GROUP_TYPES.contains(&rtype) {
        Some(Kind::Group)
    } else if PREFIX_LIST_TYPES.contains(&rtype) {
        Some(Kind::PrefixList)
    } else if RULE_TYPES.contains(&rtype) {
        Some(Kind::Rule)
    } else if VPC_TYPES.contains(&rtype) {
        Some(Kind::Vpc)
    } else if NETWORK_TYPES.contains(&rtype) {
        Some(Kind::Network)
    } else if workloads::attaches(rtype) {
        Some(Kind::Workload)
    } else {
        None
    }
}

/// The AWS provider's schema as the readers need it.
struct AwsSchema;

impl Schema for AwsSchema {
    fn reads(&self, rtype: &str) -> Reads {
        match kind(rtype) {
            None if workloads::scanned(rtype) => Reads::Scan,
            None => Reads::Nothing,
            // Resources that attach groups are read for the arguments the workload table names.
            Some(Kind::Workload) => workloads::arguments(rtype).map_or(Reads::All, Reads::Only),
            // VPCs are read for their address blocks.
            Some(Kind::Vpc) => {
                Reads::Only([vpcs::ARGUMENTS.as_slice(), &network::VPC_ARGUMENTS].concat())
            }
            Some(_) => Reads::All,
        }
    }

    fn naming(&self) -> &'static [&'static str] {
        &["id", "name", "primary_network_interface_id"]
    }

    fn scanned_for(&self) -> &'static [&'static str] {
        &GROUP_TYPES
    }

    /// `data "aws_ec2_managed_prefix_list"`: how an AWS-managed prefix list comes into a
    /// configuration, with its name (its weight in a group's quota of rules).
    fn reads_data(&self, rtype: &str) -> bool {
        kind(rtype) == Some(Kind::PrefixList)
    }

    /// A workload is read for the attributes of its entry in the workload table (see
    /// `Workloads::add`), a group or a rule for those its shape reads
    /// (`shapes::plan_attributes`); every other kind may read any attribute.
    fn plan_attributes(&self, rtype: &str) -> Option<Vec<&'static str>> {
        match kind(rtype) {
            Some(Kind::Workload) => workloads::arguments(rtype),
            Some(Kind::Group | Kind::Rule) => shapes::plan_attributes(rtype).map(<[_]>::to_vec),
            _ => None,
        }
    }

    fn sets(&self, rtype: &str) -> &'static [&'static str] {
        match kind(rtype) {
            Some(Kind::Group) => &["ingress", "egress"],
            Some(Kind::PrefixList) => &["entry"],
            Some(Kind::Network) => match rtype {
                "aws_route_table" | "aws_default_route_table" => &["route"],
                "aws_network_acl" | "aws_default_network_acl" => {
                    &["ingress", "egress", "subnet_ids"]
                }
                _ => &["subnet_ids"],
            },
            _ => &[],
        }
    }

    fn defaults(&self, rtype: &str) -> &'static [(&'static str, &'static str)] {
        // The provider's default description (registry.terraform.io/providers/hashicorp/aws/
        // latest/docs/resources/security_group#description), as a plan shows it.
        if rtype == "aws_security_group" {
            &[("description", "Managed by Terraform")]
        } else {
            &[]
        }
    }
}

/// The model of one input's AWS resources, built object by object.
#[derive(Default)]
pub struct Aws {
    names: Names,
    built: Built,
}

/// What the objects added so far make of the model (everything of [`Aws`] but the names the
/// first pass learned, which it reads).
#[derive(Default)]
struct Built {
    groups: BTreeMap<String, Group>,
    prefix_lists_before: PrefixLists,
    prefix_lists_after: PrefixLists,
    prefix_list_sizes_before: PrefixListSizes,
    prefix_list_sizes_after: PrefixListSizes,
    /// The permissions before and after the change, by who declares them.
    before: Owned,
    after: Owned,
    workloads: Workloads,
    vpcs: Vpcs,
    network: Networks,
    /// The texts the objects mark sensitive, in order (see `hide_sensitive_ids`).
    secrets: Vec<String>,
}

impl Provider for Aws {
    fn schema(&self) -> &'static dyn Schema {
        &AwsSchema
    }

    /// A prefix list's data source: its name and size, on both sides of the change, by its id
    /// (the key peers use for a list the input does not manage), unless the input manages it.
    fn data(&mut self, object: &Object) {
        if kind(object.rtype) != Some(Kind::PrefixList) {
            return;
        }
        let Some(id) = object.values.get("id").and_then(serde_json::Value::as_str) else {
            return;
        };
        let size = prefix_list_size(object);
        for sizes in [
            &mut self.built.prefix_list_sizes_before,
            &mut self.built.prefix_list_sizes_after,
        ] {
            sizes.entry(id.to_owned()).or_insert_with(|| size.clone());
        }
    }

    fn learn(&mut self, naming: &Naming) {
        self.names.learn(
            kind(naming.rtype),
            naming.rtype,
            naming.module,
            naming.name,
            naming.address,
            naming.deposed,
            naming.values,
        );
    }

    fn add(&mut self, context: &Origin, change: Change) -> Vec<Diagnostic> {
        self.built.add(&self.names, context, change)
    }

    /// The objects of a configuration: on two threads when there are enough of them. Their
    /// permissions (most of the work, on the names alone) of the objects after the first
    /// [`FRONT`] are worked out on a second thread while this one adds everything else, in
    /// order; then they are appended after the others' and each object's errors put back in
    /// its order (its own, then its permissions'): the same model and errors as one by one.
    fn add_configured(&mut self, objects: &[(&Origin, Object)]) -> Vec<Diagnostic> {
        let Aws { names, built } = self;
        let names = &*names;
        let least = if cfg!(test) { 2 } else { SPLIT_OBJECTS };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        #[cfg(test)]
        let one_by_one = ONE_BY_ONE.with(std::cell::Cell::get);
        #[cfg(not(test))]
        let one_by_one = false;
        if threads < 2 || objects.len() < least || one_by_one {
            let mut errors = Vec::new();
            for (context, object) in objects {
                errors.extend(built.configured(names, context, object, Permissions::Here));
            }
            return errors;
        }
        #[cfg(test)]
        SPLIT_ADDS.with(|n| n.set(n.get() + 1));
        let (front, back) = objects.split_at(objects.len() * FRONT.0 / FRONT.1);
        std::thread::scope(|s| {
            let theirs = s.spawn(move || {
                let mut after = Owned::default();
                let mut failed = Vec::new();
                for (i, (context, object)) in back.iter().enumerate() {
                    if let Some(e) = configured_permissions(names, context, object, &mut after) {
                        failed.push((i, e));
                    }
                }
                (after, failed)
            });
            let mut errors = Vec::new();
            for (context, object) in front {
                errors.extend(built.configured(names, context, object, Permissions::Here));
            }
            let mut mine = Vec::new();
            for (i, (context, object)) in back.iter().enumerate() {
                let found = built.configured(names, context, object, Permissions::Elsewhere);
                mine.extend(found.into_iter().map(|e| (i, e)));
            }
            let (after, theirs) = match theirs.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            built.after.append(after);
            // Each object's own errors, then its permissions' (a stable sort by object).
            mine.extend(theirs);
            mine.sort_by_key(|(i, _)| *i);
            errors.extend(mine.into_iter().map(|(_, e)| e));
            errors
        })
    }

    fn mentions(&self, text: &str) -> bool {
        self.names.may_hold_group_id(text)
    }

    fn finish(&mut self, input: &mut Input, of: Finish) {
        let mut aws = std::mem::take(&mut self.built);
        *self = Aws::default();
        input.groups = aws.groups;
        input.workloads = aws.workloads.finish();
        input.interfaces = workloads::interfaces(&input.workloads);
        match of {
            Finish::Plan | Finish::Configuration => {
                let standalone_before = aws.before.standalone_keys();
                let mut owned_after = standalone_before.clone();
                owned_after.extend(aws.after.standalone_keys());
                input.before = aws.before.effective(&standalone_before);
                input.after = aws.after.effective(&owned_after);
                input.prefix_lists_before = aws.prefix_lists_before;
                input.prefix_lists_after = aws.prefix_lists_after;
                input.prefix_list_sizes_before = aws.prefix_list_sizes_before;
                input.prefix_list_sizes_after = aws.prefix_list_sizes_after;
            }
            Finish::State => {
                let keys = aws.before.standalone_keys();
                input.before = aws.before.effective(&keys);
                input.after = input.before.clone();
                input.prefix_lists_after = aws.prefix_lists_before.clone();
                input.prefix_lists_before = aws.prefix_lists_before;
                input.prefix_list_sizes_after = aws.prefix_list_sizes_before.clone();
                input.prefix_list_sizes_before = aws.prefix_list_sizes_before;
            }
        }
        // After the permissions: a new VPC's unmanaged default group adds its own.
        aws.vpcs.finish(input);
        // After the workloads: they name the subnets of their subnet groups.
        aws.network.finish(input, of == Finish::State);
        if of == Finish::Configuration {
            // Hidden by `read::read`, once a `--base` change is put together.
            input.secrets.append(&mut aws.secrets);
        } else {
            hide_sensitive_ids(input, &aws.secrets);
            hide_sensitive_refs(input, &aws.secrets);
        }
        compact(input);
    }
}

/// The model is held to the end of the run: its groups and workloads are rebuilt from their
/// sorted entries, which fills every node of a map (one filled an insert at a time leaves
/// its nodes about half full, and a group or a workload is some 400 bytes a slot: 40 and 35 MB
/// of nodes at 50,000 groups), and its permission lists lose the slack of growing by doubling.
fn compact(input: &mut Input) {
    input.groups = std::mem::take(&mut input.groups).into_iter().collect();
    input.workloads = std::mem::take(&mut input.workloads).into_iter().collect();
    input.before.shrink_to_fit();
    input.after.shrink_to_fit();
}

impl Built {
    fn add(&mut self, names: &Names, context: &Origin, change: Change) -> Vec<Diagnostic> {
        let mut failed = Vec::new();
        match change {
            Change::Planned {
                before: old,
                after: new,
                lifecycle,
                created,
                forgotten,
                deposed,
            } => {
                let Some(kind) = kind(new.rtype) else {
                    let is = if forgotten { old } else { new };
                    let sides = [(old, !old.values.is_null()), (is, !is.values.is_null())];
                    self.scan(names, sides, lifecycle, deposed);
                    return failed;
                };
                marked_strings(old, &mut self.secrets);
                marked_strings(new, &mut self.secrets);
                let current = if new.values.is_null() { old } else { new };
                let existed = !old.values.is_null();
                // A deposed object is on its way out; the workload is the current object.
                if kind == Kind::Workload && !deposed {
                    let was = existed.then_some(old);
                    // A forgotten workload stays in AWS with its groups.
                    let is = if forgotten {
                        was
                    } else {
                        (!new.values.is_null()).then_some(new)
                    };
                    self.workloads.add(names, was, is, lifecycle.clone());
                }
                if matches!(kind, Kind::Network | Kind::Vpc) && !deposed {
                    if kind == Kind::Network {
                        let is = if forgotten { old } else { new };
                        let sides = [(old, existed), (is, !is.values.is_null())];
                        self.scan(names, sides, lifecycle.clone(), deposed);
                    }
                    if existed {
                        let side = Side::Before;
                        let found = self
                            .network
                            .add(names, context, old, side, false, &lifecycle);
                        failed.extend(found);
                    }
                    let is = if forgotten { old } else { new };
                    if !is.values.is_null() {
                        let side = Side::After;
                        let found = self
                            .network
                            .add(names, context, is, side, !forgotten, &lifecycle);
                        failed.extend(found);
                    }
                    if matches!(lifecycle, Lifecycle::Created | Lifecycle::Replaced(_)) {
                        self.network.created(new, vpcs::ipv6(new));
                    }
                }
                let deleted = matches!(lifecycle, Lifecycle::Deleted { .. });
                match kind {
                    Kind::Group => {
                        if current.rtype == DEFAULT_GROUP_TYPE && !deleted && !deposed {
                            self.vpcs.default_group(names, current);
                        }
                        let mut g = group(current, lifecycle);
                        g.vpc = network::vpc_ref(names, current);
                        if existed {
                            g.name_before = group(old, Lifecycle::Unchanged).name;
                        }
                        self.groups.insert(current.address.clone(), g);
                    }
                    Kind::Vpc if !deposed => self.vpcs.add(current, lifecycle),
                    Kind::PrefixList => {
                        if existed {
                            self.prefix_lists_before
                                .insert(old.address.clone(), prefix_list_entries(old));
                            self.prefix_list_sizes_before
                                .insert(old.address.clone(), prefix_list_size(old));
                        }
                        if !new.values.is_null() || created {
                            self.prefix_lists_after
                                .insert(new.address.clone(), prefix_list_entries(new));
                            self.prefix_list_sizes_after
                                .insert(new.address.clone(), prefix_list_size(new));
                        }
                    }
                    Kind::Rule | Kind::Vpc | Kind::Workload | Kind::Network => {}
                }
                if existed {
                    if let Err(e) = permissions(context, names, old, false, &mut self.before) {
                        failed.push(e);
                    }
                    if forgotten
                        && let Err(e) = permissions(context, names, old, false, &mut self.after)
                    {
                        failed.push(e);
                    }
                }
                if (!new.values.is_null() || (created && !new.unknown.is_null()))
                    && let Err(e) = permissions(context, names, new, created, &mut self.after)
                {
                    failed.push(e);
                }
                // The group's inline rules after the change are the configuration's where it
                // writes them (else they are read back from AWS, standalone rules' included).
                if kind == Kind::Group {
                    for direction in [Direction::Ingress, Direction::Egress] {
                        if new.configured(direction.as_str()) == Some(true) {
                            self.after.declare(&new.address, direction);
                        }
                    }
                }
            }
            Change::Deployed { object, deposed } => {
                let Some(kind) = kind(object.rtype) else {
                    let sides = [(object, true), (object, true)];
                    self.scan(names, sides, Lifecycle::Unchanged, deposed);
                    return failed;
                };
                self.add_one(names, kind, object, Lifecycle::Unchanged, deposed);
                if matches!(kind, Kind::Network | Kind::Vpc) && !deposed {
                    if kind == Kind::Network {
                        self.scan(
                            names,
                            [(object, true), (object, true)],
                            Lifecycle::Unchanged,
                            false,
                        );
                    }
                    let found = self.network.add(
                        names,
                        context,
                        object,
                        Side::Before,
                        false,
                        &Lifecycle::Unchanged,
                    );
                    failed.extend(found);
                }
                if let Err(e) = permissions(context, names, object, false, &mut self.before) {
                    failed.push(e);
                }
                marked_strings(object, &mut self.secrets);
            }
            Change::Configured(object) => {
                failed = self.configured(names, context, object, Permissions::Here);
            }
        }
        failed
    }

    /// An object of a configuration (to be created). Its permissions are worked out here, or
    /// left to the caller (`Permissions::Elsewhere`: [`configured_permissions`] on another
    /// thread, appended after in the same order): they are the most of an object's work and
    /// depend on the names alone.
    fn configured(
        &mut self,
        names: &Names,
        context: &Origin,
        object: &Object,
        permissions_of: Permissions,
    ) -> Vec<Diagnostic> {
        let mut failed = Vec::new();
        let Some(kind) = kind(object.rtype) else {
            self.scan(
                names,
                [(object, false), (object, true)],
                Lifecycle::Created,
                false,
            );
            return failed;
        };
        marked_strings(object, &mut self.secrets);
        self.add_one(names, kind, object, Lifecycle::Created, false);
        if matches!(kind, Kind::Network | Kind::Vpc) {
            if kind == Kind::Network {
                self.scan(
                    names,
                    [(object, false), (object, true)],
                    Lifecycle::Created,
                    false,
                );
            }
            let found = self.network.add(
                names,
                context,
                object,
                Side::After,
                true,
                &Lifecycle::Created,
            );
            failed.extend(found);
            self.network.created(object, vpcs::ipv6(object));
        }
        if permissions_of == Permissions::Here {
            failed.extend(configured_permissions(
                names,
                context,
                object,
                &mut self.after,
            ));
        }
        // Configuration: every inline rule is written, none read back.
        if kind == Kind::Group {
            for direction in [Direction::Ingress, Direction::Egress] {
                self.after.declare(&object.address, direction);
            }
        }
        failed
    }

    /// An object of a type sgaudit does not read (`Reads::Scan`), before and after (each with
    /// whether it exists): a consumer of kind `other` of the groups it names.
    fn scan(
        &mut self,
        names: &Names,
        sides: [(&Object, bool); 2],
        lifecycle: Lifecycle,
        deposed: bool,
    ) {
        let [(before, was), (after, is)] = sides;
        if !deposed && workloads::scanned(after.rtype) {
            let (before, after) = (was.then_some(before), is.then_some(after));
            self.workloads.scan(names, before, after, lifecycle);
        }
    }

    /// An object that exists as it is (in a state, or in a configuration to be created): its
    /// workload, group or prefix list.
    fn add_one(
        &mut self,
        names: &Names,
        kind: Kind,
        object: &Object,
        lifecycle: Lifecycle,
        deposed: bool,
    ) {
        match kind {
            Kind::Workload if !deposed => {
                let before = (lifecycle == Lifecycle::Unchanged).then_some(object);
                self.workloads.add(names, before, Some(object), lifecycle);
            }
            Kind::Group => {
                if object.rtype == DEFAULT_GROUP_TYPE && !deposed {
                    self.vpcs.default_group(names, object);
                }
                let unchanged = lifecycle == Lifecycle::Unchanged;
                let mut g = group(object, lifecycle);
                g.vpc = network::vpc_ref(names, object);
                if unchanged {
                    g.name_before.clone_from(&g.name);
                }
                self.groups.insert(object.address.clone(), g);
            }
            Kind::Vpc if !deposed => self.vpcs.add(object, lifecycle),
            Kind::PrefixList if lifecycle == Lifecycle::Unchanged => {
                self.prefix_lists_before
                    .insert(object.address.clone(), prefix_list_entries(object));
                self.prefix_list_sizes_before
                    .insert(object.address.clone(), prefix_list_size(object));
            }
            Kind::PrefixList => {
                self.prefix_lists_after
                    .insert(object.address.clone(), prefix_list_entries(object));
                self.prefix_list_sizes_after
                    .insert(object.address.clone(), prefix_list_size(object));
            }
            Kind::Rule | Kind::Vpc | Kind::Workload | Kind::Network => {}
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Add a configuration's objects one by one (see [`Aws::add_configured`]).
    pub static ONE_BY_ONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// How many configurations' objects were added on two threads.
    pub static SPLIT_ADDS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many objects a configuration has, at least, for [`Aws::add_configured`] to work out
/// their permissions on two threads (tests split any two).
const SPLIT_OBJECTS: usize = 512;

/// The share of a configuration's objects whose permissions are worked out on the thread that
/// adds the rest of every object (3/10: then both threads have about as much to do).
const FRONT: (usize, usize) = (3, 10);

/// Where a configured object's permissions are worked out (see [`Built::configured`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Permissions {
    Here,
    Elsewhere,
}

/// A configured object's permissions, into `after`; the error of a value AWS would refuse.
/// What [`Built::configured`] does for them, on the names alone.
fn configured_permissions(
    names: &Names,
    context: &Origin,
    object: &Object,
    after: &mut Owned,
) -> Option<Diagnostic> {
    kind(object.rtype)?;
    permissions(context, names, object, true, after).err()
}

#[cfg(test)]
mod tests {
    //! A plan's objects are read for only the attributes the provider reads of them
    //! (`Schema::plan_attributes`). Read whole, every committed plan and state must give the
    //! same model, so that a list which misses an attribute read here fails; and each attribute
    //! listed must matter to some committed plan, so that the plans exercise every one.

    use super::{Aws, AwsSchema, shapes};
    use crate::model::{Diagnostic, Input, Origin};
    use crate::read::terraform::object::Object;
    use crate::read::terraform::plan;
    use crate::read::terraform::provider::{Change, Finish, Naming, Provider, Reads, Schema};

    /// The AWS schema with every object of a plan read whole (`None`), or without one
    /// attribute of one resource type.
    struct Reading(Option<(&'static str, &'static str)>);

    impl Schema for Reading {
        fn reads(&self, rtype: &str) -> Reads {
            AwsSchema.reads(rtype)
        }
        fn naming(&self) -> &'static [&'static str] {
            AwsSchema.naming()
        }
        fn scanned_for(&self) -> &'static [&'static str] {
            AwsSchema.scanned_for()
        }
        fn reads_data(&self, rtype: &str) -> bool {
            AwsSchema.reads_data(rtype)
        }
        fn plan_attributes(&self, rtype: &str) -> Option<Vec<&'static str>> {
            let (of, without) = self.0?;
            let read = AwsSchema.plan_attributes(rtype)?;
            Some(
                read.into_iter()
                    .filter(|a| rtype != of || *a != without)
                    .collect(),
            )
        }
        fn sets(&self, rtype: &str) -> &'static [&'static str] {
            AwsSchema.sets(rtype)
        }
        fn defaults(&self, rtype: &str) -> &'static [(&'static str, &'static str)] {
            AwsSchema.defaults(rtype)
        }
    }

    /// The AWS provider with the schema `Reading` gives.
    struct ReadingAws(Aws, &'static Reading);

    impl Provider for ReadingAws {
        fn schema(&self) -> &'static dyn Schema {
            self.1
        }
        fn learn(&mut self, naming: &Naming) {
            self.0.learn(naming);
        }
        fn add(&mut self, context: &Origin, change: Change) -> Vec<Diagnostic> {
            self.0.add(context, change)
        }
        fn add_configured(&mut self, objects: &[(&Origin, Object)]) -> Vec<Diagnostic> {
            self.0.add_configured(objects)
        }
        fn mentions(&self, text: &str) -> bool {
            self.0.mentions(text)
        }
        fn data(&mut self, object: &Object) {
            self.0.data(object);
        }
        fn finish(&mut self, input: &mut Input, of: Finish) {
            self.0.finish(input, of);
        }
    }

    /// Every plan and state under `testdata/plans/`, named and read.
    fn plans() -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        for scenario in crate::tests::scenario_dirs() {
            for file in std::fs::read_dir(scenario).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_some_and(|e| e == "json") {
                    let bytes = std::fs::read(&path).unwrap();
                    files.push((path.display().to_string(), bytes));
                }
            }
        }
        files.sort();
        assert!(files.len() > 100, "{} plans and states", files.len());
        files
    }

    /// The model read from a plan with the AWS provider, or its error, as text.
    fn model(name: &str, bytes: &[u8], reading: Option<&'static Reading>) -> String {
        let read = match reading {
            None => plan::parse(name, bytes, &mut Aws::default()),
            Some(reading) => plan::parse(name, bytes, &mut ReadingAws(Aws::default(), reading)),
        };
        format!("{:#?}", read.map_err(|e| format!("{e:#}")))
    }

    #[test]
    fn plans_read_for_their_attributes_read_as_whole() {
        static WHOLE: Reading = Reading(None);
        let mut groups = 0;
        for (name, bytes) in plans() {
            if let Ok(input) = plan::parse(&name, &bytes, &mut Aws::default()) {
                groups += input.groups.len();
            }
            assert_eq!(
                model(&name, &bytes, None),
                model(&name, &bytes, Some(&WHOLE)),
                "{name}"
            );
        }
        assert!(groups > 100, "{groups} groups read");
    }

    #[test]
    fn every_attribute_read_of_a_plan_matters_to_a_committed_plan() {
        let plans = plans();
        let read: Vec<String> = plans.iter().map(|(n, b)| model(n, b, None)).collect();
        // The egress rule's shape is the ingress rule's, the default group's the group's.
        for rtype in [
            "aws_security_group",
            "aws_security_group_rule",
            "aws_vpc_security_group_ingress_rule",
        ] {
            let quoted = format!("\"{rtype}\"");
            for attribute in shapes::plan_attributes(rtype).unwrap() {
                let without: &'static Reading =
                    Box::leak(Box::new(Reading(Some((rtype, attribute)))));
                let matters = plans.iter().zip(&read).any(|((name, bytes), read)| {
                    memchr::memmem::find(bytes, quoted.as_bytes()).is_some()
                        && model(name, bytes, Some(without)) != *read
                });
                assert!(
                    matters,
                    "no committed plan's model changes when {rtype} is read without {attribute}"
                );
            }
        }
    }
}
