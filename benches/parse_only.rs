//! The parse-only baseline of `benches/compare.sh`: the least a program must do to audit the
//! security groups of a plan. It reads FILE with `std::fs::read`, parses it with serde_json into
//! only the fields sgaudit needs (`format_version`, `terraform_version`, and of
//! `resource_changes` the address, type, mode, name, index and change — actions, before, after,
//! after_unknown — of the security-group, rule, prefix-list and attachment types, and of the
//! network layer's VPC, subnet, route-table, gateway and network-ACL types), skips
//! everything else unparsed (`IgnoredAny`), and prints how many resource changes it kept and
//! how long that took.
//!
//!     cargo bench --bench parse_only -- FILE...
//!
//! Without FILE it parses the corpus's plan-1000.json (`benches/corpus.sh`), else the three
//! largest committed testdata plans.

// A harness program, not the tool: a bench whose input is missing or bad stops loudly
// rather than timing nothing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::unreachable
)]

use std::fmt;
use std::path::PathBuf;
use std::time::Instant;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

/// The resource types whose changes sgaudit reads.
const KEPT: &[&str] = &[
    "aws_security_group",
    "aws_default_security_group",
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule",
    "aws_ec2_managed_prefix_list",
    "aws_instance",
    "aws_network_interface",
    "aws_launch_template",
    "aws_lb",
    "aws_db_instance",
    // The network layer (issue 20): what the realistic plans hold of it.
    "aws_vpc",
    "aws_default_vpc",
    "aws_subnet",
    "aws_default_subnet",
    "aws_route_table",
    "aws_default_route_table",
    "aws_route",
    "aws_route_table_association",
    "aws_main_route_table_association",
    "aws_internet_gateway",
    "aws_egress_only_internet_gateway",
    "aws_nat_gateway",
    "aws_network_acl",
    "aws_default_network_acl",
    "aws_network_acl_rule",
    "aws_network_acl_association",
    "aws_vpc_peering_connection",
];

#[derive(Debug, Default)]
struct Plan {
    format_version: Option<String>,
    terraform_version: Option<String>,
    kept: Vec<ResourceChange>,
    skipped: usize,
}

#[derive(Debug, Default)]
struct ResourceChange {
    address: String,
    rtype: String,
    mode: String,
    name: String,
    index: Option<Value>,
    change: Option<Change>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)] // Parsed to be paid for, not used.
struct Change {
    actions: Vec<String>,
    before: Option<Value>,
    after: Option<Value>,
    after_unknown: Option<Value>,
}

impl<'de> Deserialize<'de> for Plan {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Plan, D::Error> {
        struct PlanVisitor;
        impl<'de> Visitor<'de> for PlanVisitor {
            type Value = Plan;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a plan document")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Plan, A::Error> {
                let mut plan = Plan::default();
                while let Some(key) = map.next_key::<&str>()? {
                    match key {
                        "format_version" => plan.format_version = Some(map.next_value()?),
                        "terraform_version" => plan.terraform_version = Some(map.next_value()?),
                        "resource_changes" => map.next_value_seed(Changes(&mut plan))?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(plan)
            }
        }
        d.deserialize_map(PlanVisitor)
    }
}

/// `resource_changes`: keeps the changes of the kept types.
struct Changes<'p>(&'p mut Plan);

impl<'de> DeserializeSeed<'de> for Changes<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Changes<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of resource changes")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(Kept(rc)) = seq.next_element()? {
            match rc {
                Some(rc) => self.0.kept.push(rc),
                None => self.0.skipped += 1,
            }
        }
        Ok(())
    }
}

/// One resource change; `None` when its type is not kept. `type` comes before `change` in
/// terraform's output, so an unkept change is skipped unparsed; when it does not, the change
/// is held raw until the type is known.
struct RcVisitor;

impl<'de> Visitor<'de> for RcVisitor {
    type Value = Option<ResourceChange>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a resource change")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut rc = ResourceChange::default();
        let mut known = false;
        let mut raw: Option<&'de RawValue> = None;
        while let Some(key) = map.next_key::<&str>()? {
            match key {
                "address" => rc.address = map.next_value()?,
                "type" => {
                    let t: &str = map.next_value()?;
                    known = true;
                    if !KEPT.contains(&t) {
                        // Nothing more of it is needed.
                        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                        return Ok(None);
                    }
                    rc.rtype = t.to_owned();
                }
                "mode" => rc.mode = map.next_value()?,
                "name" => rc.name = map.next_value()?,
                "index" => rc.index = Some(map.next_value()?),
                "change" if known => rc.change = Some(map.next_value()?),
                "change" => raw = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !KEPT.contains(&rc.rtype.as_str()) {
            return Ok(None);
        }
        if let Some(raw) = raw {
            rc.change = Some(serde_json::from_str(raw.get()).map_err(de::Error::custom)?);
        }
        Ok(Some(rc))
    }
}

/// `Option<ResourceChange>` from a map: `None` for the unkept types (not for JSON null).
struct Kept(Option<ResourceChange>);

impl<'de> Deserialize<'de> for Kept {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Kept, D::Error> {
        d.deserialize_map(RcVisitor).map(Kept)
    }
}

fn parse(bytes: &[u8]) -> serde_json::Result<Plan> {
    serde_json::from_slice(bytes)
}

fn default_inputs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("target/bench-corpus/plan-1000.json");
    if corpus.is_file() {
        return vec![corpus];
    }
    eprintln!(
        "note: no target/bench-corpus/plan-1000.json (run benches/corpus.sh); using the largest testdata plans"
    );
    // The three largest.
    let mut plans: Vec<(u64, PathBuf)> = std::fs::read_dir(root.join("testdata/plans"))
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("plan.json"))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.len(), p)))
        .collect();
    plans.sort();
    plans.into_iter().rev().take(3).map(|(_, p)| p).collect()
}

fn main() -> std::process::ExitCode {
    // `cargo bench` passes `--bench`; options are ignored.
    let mut inputs: Vec<PathBuf> = std::env::args_os()
        .skip(1)
        .filter(|a| !a.to_string_lossy().starts_with("--"))
        .map(PathBuf::from)
        .collect();
    if inputs.is_empty() {
        inputs = default_inputs();
    }
    let mut failed = false;
    for path in inputs {
        let start = Instant::now();
        let result = std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| parse(&bytes).map_err(|e| e.to_string()));
        let elapsed = start.elapsed();
        match result {
            Ok(plan) => println!(
                "{}: format {} terraform {}: kept {} resource changes, skipped {}, in {:.3} s",
                path.display(),
                plan.format_version.as_deref().unwrap_or("?"),
                plan.terraform_version.as_deref().unwrap_or("?"),
                plan.kept.len(),
                plan.skipped,
                elapsed.as_secs_f64()
            ),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                failed = true;
            }
        }
    }
    std::process::ExitCode::from(u8::from(failed))
}
