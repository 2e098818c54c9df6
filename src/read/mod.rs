//! Readers: turn Terraform syntax into the model. This module finds out what an input is (plan
//! JSON, state JSON, a binary plan, a directory of `.tf` files, or something else) and hands it
//! to the right reader.

mod api;
mod aws;
mod base;
mod options;
pub mod roots;
mod terraform;

use std::io::Read;
use std::process::Command;

use anyhow::{Result, bail};

pub use self::options::Options;
pub use self::terraform::hcl::Variables;
use self::terraform::{hcl, plan};
use crate::access::{Access, Kind};
use crate::model::{
    Attachment, Diagnostic, Input, Lifecycle, Peer, Permission, Ports, Protocol, texts,
};

/// Reads `terraform show -json` output (of a plan or a state) from a path, or standard input
/// when the path is `-`, or the Terraform configuration in a directory.
pub fn read(path: &str, options: &Options) -> Result<Input> {
    let mut input = read_any(path, options)?;
    if let Some(account) = &options.deployed {
        let access = options.access(std::path::Path::new(account))?;
        let account = api::read(account, &access)?;
        let access = options.access(std::path::Path::new(path))?;
        let how = api::drift::Options {
            drift_is_new: options.drift_is_new,
        };
        api::drift::compare(&mut input, path, &access, account, how)?;
    }
    Ok(hidden_and_escaped(input))
}

/// What every report reads of an input: the values it marks sensitive hidden (ids and
/// references), control characters escaped in every text.
fn hidden_and_escaped(mut input: Input) -> Input {
    let secrets = std::mem::take(&mut input.secrets);
    aws::hide_sensitive_ids(&mut input, &secrets);
    aws::hide_sensitive_refs(&mut input, &secrets);
    escape_input(&mut input);
    input
}

fn read_any(path: &str, options: &Options) -> Result<Input> {
    let terraform = options.terraform.as_str();
    if let Some(base) = &options.base {
        return base::read(path, base, options);
    }
    if path != "-" && std::path::Path::new(path).is_dir() {
        let access = options.access(std::path::Path::new(path))?;
        // AWS API JSON: `.json` files of describe-* output and no `.tf` file.
        if api::dir_is_api(std::path::Path::new(path), &access) {
            return api::read(path, &access);
        }
        return hcl::read(
            std::path::Path::new(path),
            path,
            &options.variables,
            &access,
            &mut aws::Aws::default(),
        );
    }
    let (name, bytes, access, plan_dir, again) = if path == "-" {
        let cap = options.limits.plan;
        let bytes = read_sniffed("<stdin>", std::io::stdin().lock(), cap, |e| {
            anyhow::anyhow!("<stdin>: cannot read standard input: {e}")
        })?;
        if bytes.starts_with(b"PK\x03\x04") {
            bail!(
                "<stdin>: this is a binary plan file, not JSON; run `terraform show -json - > plan.json` in the Terraform directory and pass plan.json"
            );
        }
        // A plan piped from `terraform show -json` is run where terraform ran.
        let here = std::path::Path::new(".");
        ("<stdin>", bytes, options.access(here)?, here, None)
    } else {
        let access = options.access(std::path::Path::new(path))?;
        if api::file_is_api(std::path::Path::new(path), &access) {
            return api::read(path, &access);
        }
        let (bytes, real, file) = read_file(path, &access)?;
        let (bytes, again) = if bytes.starts_with(b"PK\x03\x04") {
            // Terraform is handed the file the access checked, by its real path.
            let json = convert_binary_plan(path, &real, terraform, access.cap(Kind::Plan))?;
            (json, None)
        } else {
            (bytes, Some(file))
        };
        let dir = std::path::Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        (path, bytes, access, dir, again)
    };
    // Origins from the configuration the plan came from: the one named, or the plan's own
    // directory (the working directory for standard input) when it holds `.tf` files and
    // reads cleanly.
    let config: Option<(std::path::PathBuf, String, bool)> = if let Some(dir) = &options.config {
        Some((std::path::PathBuf::from(dir), dir.clone(), true))
    } else {
        let has_tf = std::fs::read_dir(plan_dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    // A directory named `x.tf` is not a configuration file.
                    .any(|e| {
                        e.path().extension().is_some_and(|x| x == "tf")
                            && e.file_type().is_ok_and(|t| t.is_file())
                    })
            })
            .unwrap_or(false);
        has_tf.then(|| {
            (
                plan_dir.to_path_buf(),
                plan_dir.to_string_lossy().into_owned(),
                false,
            )
        })
    };
    // Without the configuration's origins, a plan file's own lines (`terraform::locate`);
    // said once, in every format's notes. With no configuration beside it, the file is scanned
    // on another thread while it is read into the model (which frees it); when the
    // configuration fails, it is read again for the scan (a binary plan's JSON is not).
    let plan_access = access.clone();
    let instead = |input: &mut Input, places: Option<self::terraform::locate::Places>| {
        let places = places.or_else(|| {
            if name == "<stdin>" {
                return None;
            }
            let (bytes, _, _) = read_file(name, &plan_access).ok()?;
            (!bytes.starts_with(b"PK\x03\x04"))
                .then(|| self::terraform::locate::Places::scan(name, &bytes))
        });
        match places {
            Some(places) => {
                self::terraform::locate::fill(input, &places);
                format!("; each finding points at its resource's line in {name} instead")
            }
            None => String::new(),
        }
    };
    // The plan's bytes are freed as soon as its objects are read.
    let (mut input, scanned) = if config.is_none() && name != "<stdin>" {
        let (input, places) = escaped(plan::parse_owned_with(
            name,
            bytes,
            again,
            &mut aws::Aws::default(),
            |text| self::terraform::locate::Places::scan(name, text),
        ))?;
        (input, Some(places))
    } else {
        (
            escaped(plan::parse_owned(
                name,
                bytes,
                again,
                &mut aws::Aws::default(),
            ))?,
            None,
        )
    };
    let Some((dir, display, named)) = config else {
        let instead = instead(&mut input, scanned);
        input.notes.push(Diagnostic::note(
            None,
            format!(
                "no file:line origins: no .tf files next to {}; use --config DIR (the configuration the plan was made from){instead}",
                if name == "<stdin>" { "<stdin> (in the working directory)" } else { name }
            ),
        ));
        return Ok(input);
    };
    // Read after the plan, not beside it on another thread: both at once cost more memory
    // (a second allocator arena) than they saved time. The plan's own directory is read with
    // the plan's access (the same root); a directory named by `--config` has its own.
    let access = if named { options.access(&dir)? } else { access };
    let configuration = hcl::read(
        &dir,
        &display,
        &options.variables,
        &access,
        &mut aws::Aws::default(),
    );
    match configuration {
        Ok(mut configuration) if configuration.errors.is_empty() => {
            enrich(&mut input, &configuration);
            // The plan's findings point into these files: their inline ignores apply.
            input.ignores = std::mem::take(&mut configuration.ignores);
        }
        Ok(configuration) => {
            let instead = instead(&mut input, None);
            let errors = texts(&configuration.errors);
            let more = match errors.len() {
                0 | 1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            input.notes.push(Diagnostic::note(
                None,
                format!(
                    "no file:line origins: the configuration in {display} could not be read: {}{more}{instead}",
                    errors.first().map_or("", String::as_str)
                ),
            ));
        }
        Err(e) => {
            let instead = instead(&mut input, None);
            input.notes.push(Diagnostic::note(
                None,
                format!(
                    "no file:line origins: the configuration in {display} could not be read: {e:#}{instead}"
                ),
            ));
        }
    }
    Ok(input)
}

/// Reads one file of AWS API JSON already in memory, named `name` in messages, as a state of
/// the account, as `sgaudit check FILE` reads it: the fuzz target's entry.
pub fn parse_api_bytes(name: &str, bytes: &[u8]) -> Result<Input> {
    let document = api::parse(name, bytes)?;
    Ok(hidden_and_escaped(api::input(name, vec![document])?))
}

/// Reads `terraform show -json` output (of a plan or a state) already in memory, named `name`
/// in messages: the plan reader alone, without files, origins or binary plans.
pub fn parse_plan_bytes(name: &str, bytes: &[u8]) -> Result<Input> {
    let mut input = parse_plan(name, bytes)?;
    escape_input(&mut input);
    Ok(input)
}

/// Reads plan JSON already in memory, named `name` in messages, as [`read`] reads a plan file
/// (sensitive ids hidden, control characters escaped), without a configuration to give origins:
/// the plans `sgaudit serve` fetches.
pub fn read_plan_json(name: &str, bytes: &[u8]) -> Result<Input> {
    Ok(hidden_and_escaped(parse_plan(name, bytes)?))
}

fn parse_plan(name: &str, bytes: &[u8]) -> Result<Input> {
    escaped(plan::parse(name, bytes, &mut aws::Aws::default()))
}

/// A plan reader's error with the control characters it quotes escaped.
fn escaped<T>(read: Result<T>) -> Result<T> {
    // Messages quote the file's addresses and values: a control character in one (terraform
    // writes none in an address) is escaped, so that each message stays one line.
    read.map_err(|e| {
        let message = format!("{e:#}");
        if message.contains(is_control) {
            anyhow::anyhow!(escape_controls(&message))
        } else {
            e
        }
    })
}

/// Escapes the control characters of every text an input brought into the model (addresses,
/// names, ids, descriptions, tags, references, messages), so that no report prints one raw: a
/// newline would break a table's row or a GitHub annotation's line (and start a workflow
/// command), an escape sequence would drive the terminal. Terraform writes none in an address
/// (it quotes instance keys) and AWS accepts none in a name or description, so only a crafted
/// input meets this; it is shown as Rust writes it (`\n`, `\u{1b}`).
fn escape_input(input: &mut Input) {
    fn has_control(s: &str) -> bool {
        // Every control character's UTF-8 starts with a byte below 0x20, 0x7f, or 0xc2 (U+0080
        // to U+009F): a byte scan finds the rare text to look at.
        s.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xc2) && s.contains(is_control)
    }
    fn text(s: &mut String) {
        if has_control(s) {
            *s = escape_controls(s);
        }
    }
    fn option(s: &mut Option<String>) {
        if let Some(s) = s {
            text(s);
        }
    }
    fn shared(s: &mut std::sync::Arc<str>) {
        if has_control(s) {
            *s = escape_controls(s).into();
        }
    }
    fn origin(o: &mut Option<crate::model::Origin>) {
        if let Some(o) = o
            && has_control(&o.file)
        {
            o.file = escape_controls(&o.file).into();
        }
    }
    fn keys<V>(map: &mut std::collections::BTreeMap<String, V>) {
        if map.keys().any(|k| has_control(k)) {
            *map = std::mem::take(map)
                .into_iter()
                .map(|(mut k, v)| {
                    text(&mut k);
                    (k, v)
                })
                .collect();
        }
    }
    fn lifecycle(l: &mut Lifecycle) {
        match l {
            Lifecycle::Replaced(r) => option(&mut r.reason),
            Lifecycle::Deleted { reason } => option(reason),
            _ => {}
        }
    }
    fn attachment(a: &mut Option<Attachment>) {
        if let Some(a) = a {
            a.groups.iter_mut().for_each(text);
            a.subnets.iter_mut().for_each(text);
            text(&mut a.public.because);
        }
    }
    fn permission(p: &mut Permission) {
        shared(&mut p.group);
        shared(&mut p.resource);
        if let Protocol::Unknown(r) = &mut p.range.protocol {
            text(r);
        }
        if let Ports::Unknown(r) = &mut p.range.ports {
            text(r);
        }
        match &mut p.peer {
            Peer::Group(s) | Peer::PrefixList(s) | Peer::Unknown(s) => shared(s),
            Peer::Cidr { .. } | Peer::SelfRef => {}
        }
        option(&mut p.description);
        origin(&mut p.origin);
    }
    let source = &mut input.source;
    option(&mut source.format_version);
    option(&mut source.terraform_version);
    source.missing_variables.iter_mut().for_each(text);
    keys(&mut input.groups);
    for g in input.groups.values_mut() {
        text(&mut g.address);
        text(&mut g.resource_type);
        option(&mut g.name);
        option(&mut g.id);
        option(&mut g.vpc_id);
        option(&mut g.vpc);
        option(&mut g.owner_id);
        option(&mut g.name_before);
        option(&mut g.description);
        origin(&mut g.origin);
        lifecycle(&mut g.lifecycle);
        keys(&mut g.tags);
        g.tags.values_mut().for_each(text);
        option(&mut g.unmanaged_default_of);
    }
    keys(&mut input.vpcs);
    for v in input.vpcs.values_mut() {
        text(&mut v.address);
        text(&mut v.resource_type);
        option(&mut v.id);
        origin(&mut v.origin);
        lifecycle(&mut v.lifecycle);
        if let crate::model::DefaultGroup::Managed(g) = &mut v.default_group {
            text(g);
        }
    }
    keys(&mut input.workloads);
    if input.interfaces.iter().any(|k| has_control(k)) {
        input.interfaces = std::mem::take(&mut input.interfaces)
            .into_iter()
            .map(|mut k| {
                text(&mut k);
                k
            })
            .collect();
    }
    for w in input.workloads.values_mut() {
        text(&mut w.address);
        text(&mut w.resource_type);
        lifecycle(&mut w.lifecycle);
        origin(&mut w.origin);
        option(&mut w.part_of);
        attachment(&mut w.before);
        attachment(&mut w.after);
    }
    input.before.iter_mut().for_each(permission);
    input.after.iter_mut().for_each(permission);
    keys(&mut input.prefix_lists_before);
    keys(&mut input.prefix_lists_after);
    keys(&mut input.prefix_list_sizes_before);
    keys(&mut input.prefix_list_sizes_after);
    for size in input
        .prefix_list_sizes_before
        .values_mut()
        .chain(input.prefix_list_sizes_after.values_mut())
    {
        option(&mut size.name);
    }
    input.network_before.for_each_text(&mut text);
    input.network_after.for_each_text(&mut text);
    input.not_analysed.iter_mut().for_each(text);
    for d in &mut input.drift {
        text(&mut d.group);
        option(&mut d.group_id);
        option(&mut d.rule_id);
        if let Some(p) = &mut d.permission {
            permission(p);
        }
        if let Some((eni, owner)) = &mut d.interface {
            text(eni);
            text(owner);
        }
    }
    for ignore in &mut input.ignores {
        if has_control(&ignore.origin.file) {
            ignore.origin.file = escape_controls(&ignore.origin.file).into();
        }
        ignore.rules.iter_mut().for_each(text);
        text(&mut ignore.reason);
    }
    input.notes.iter_mut().for_each(escape_diagnostic);
    input.errors.iter_mut().for_each(escape_diagnostic);
}

/// A diagnostic with the control characters of its file and message escaped (see
/// [`escape_controls`]): it prints as one line.
pub(crate) fn escape_diagnostic(d: &mut Diagnostic) {
    if let Some(o) = &mut d.origin
        && o.file.contains(is_control)
    {
        o.file = escape_controls(&o.file).into();
    }
    if d.message.contains(is_control) {
        d.message = escape_controls(&d.message);
    }
}

/// A character that breaks a message's line or drives the terminal (a tab does neither).
fn is_control(c: char) -> bool {
    c.is_control() && c != '\t'
}

/// The text with its control characters escaped as Rust writes them (`\r`, `\u{1}`): what
/// every one-line message and every name an input brings is printed as.
pub(crate) fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_control(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Gives a plan's groups, VPCs, workloads and permissions the `file:line` of the blocks that declare them in
/// the configuration: the exact block when the permission is found there, else the resource.
fn enrich(input: &mut Input, configuration: &Input) {
    use std::collections::BTreeMap;
    // Keys borrowed from the permissions (nothing is cloned to look one up); a network is
    // found whether or not the plan and the configuration both mark it sensitive.
    fn key(
        p: &crate::model::Permission,
    ) -> (
        &str,
        crate::model::Direction,
        &crate::model::Protocol,
        &crate::model::Ports,
        std::borrow::Cow<'_, Peer>,
    ) {
        (
            &p.resource,
            p.direction,
            &p.range.protocol,
            &p.range.ports,
            p.peer.unmarked(),
        )
    }
    let mut exact = BTreeMap::new();
    let mut by_resource = BTreeMap::new();
    for p in &configuration.after {
        if let Some(origin) = &p.origin {
            exact.insert(key(p), origin);
            if p.resource != p.group {
                by_resource.insert(p.resource.as_ref(), origin);
            }
        }
    }
    for g in configuration.groups.values() {
        if let Some(origin) = &g.origin {
            by_resource.entry(g.address.as_str()).or_insert(origin);
        }
    }
    for p in input.before.iter_mut().chain(input.after.iter_mut()) {
        if p.origin.is_none() {
            p.origin = exact
                .get(&key(p))
                .or_else(|| by_resource.get(p.resource.as_ref()))
                .map(|o| (*o).clone());
        }
    }
    for g in input.groups.values_mut() {
        if g.origin.is_none() {
            g.origin = configuration
                .groups
                .get(&g.address)
                .and_then(|c| c.origin.clone());
        }
    }
    for w in input.workloads.values_mut() {
        if w.origin.is_none() {
            w.origin = configuration
                .workloads
                .get(&w.address)
                .and_then(|c| c.origin.clone());
        }
    }
    for v in input.vpcs.values_mut() {
        if v.origin.is_none() {
            v.origin = configuration
                .vpcs
                .get(&v.address)
                .and_then(|c| c.origin.clone());
        }
    }
    let config = &configuration.network_after;
    for net in [&mut input.network_before, &mut input.network_after] {
        enrich_network(net, config);
    }
}

/// Gives a plan's network the `file:line` of the blocks that declare it: a route, a rule, by
/// the resource and what it matches, else by the resource that declares it.
fn enrich_network(net: &mut crate::model::Network, config: &crate::model::Network) {
    use std::collections::BTreeMap;
    fn fill(origin: &mut Option<crate::model::Origin>, from: Option<&crate::model::Origin>) {
        if origin.is_none() {
            *origin = from.cloned();
        }
    }
    let mut declared: BTreeMap<&str, &crate::model::Origin> = BTreeMap::new();
    let mut routes = BTreeMap::new();
    for t in config.route_tables.values() {
        for r in &t.routes {
            if let Some(o) = &r.origin {
                routes.insert((r.resource.as_str(), &r.destination), o);
                declared.entry(r.resource.as_str()).or_insert(o);
            }
        }
    }
    let mut rules = BTreeMap::new();
    for n in config.nacls.values() {
        for r in &n.rules {
            if let Some(o) = &r.origin {
                rules.insert((r.resource.as_str(), r.direction, r.number), o);
                declared.entry(r.resource.as_str()).or_insert(o);
            }
        }
    }
    for s in net.subnets.values_mut() {
        fill(
            &mut s.origin,
            config
                .subnets
                .get(&s.address)
                .and_then(|c| c.origin.as_ref()),
        );
    }
    for g in net.gateways.values_mut() {
        fill(
            &mut g.origin,
            config
                .gateways
                .get(&g.address)
                .and_then(|c| c.origin.as_ref()),
        );
    }
    for t in net.route_tables.values_mut() {
        let own = config
            .route_tables
            .get(&t.address)
            .and_then(|c| c.origin.as_ref());
        fill(&mut t.origin, own);
        // A local route is no block's.
        for r in t
            .routes
            .iter_mut()
            .filter(|r| r.target != crate::model::Target::Local)
        {
            let found = routes
                .get(&(r.resource.as_str(), &r.destination))
                .or_else(|| declared.get(r.resource.as_str()))
                .copied();
            fill(&mut r.origin, found);
        }
    }
    for n in net.nacls.values_mut() {
        let own = config.nacls.get(&n.address).and_then(|c| c.origin.as_ref());
        fill(&mut n.origin, own);
        for r in &mut n.rules {
            let found = rules
                .get(&(r.resource.as_str(), r.direction, r.number))
                .or_else(|| declared.get(r.resource.as_str()))
                .copied();
            fill(&mut r.origin, found);
        }
    }
}

/// How much of a file is looked at before the rest is read.
const HEAD: usize = 64 * 1024;

/// Reads a plan or state file through the access of the run (a link out of the repository,
/// anything but a regular file, a file over the plan cap are refused), looking at its first
/// bytes before the rest: a file that cannot be plan JSON (nor a binary plan) is refused
/// without reading it all into memory, and says so before its size is held to the cap.
/// Returns its bytes, its real path and the file (a plan is read again from it by parts).
fn read_file(path: &str, access: &Access) -> Result<(Vec<u8>, std::path::PathBuf, std::fs::File)> {
    let cannot = |e: std::io::Error| anyhow::anyhow!("{path}: cannot read file: {e}");
    // A file that is not there is said as it always was; a link to nothing is the access's.
    std::path::Path::new(path)
        .symlink_metadata()
        .map_err(cannot)?;
    let (mut file, real, size) = access.open(std::path::Path::new(path), path)?;
    let cap = access.cap(Kind::Plan);
    // A file over the cap is refused after its first chunk, blank or not.
    let blanks = if size > cap { 0 } else { cap };
    let head = read_head(path, &mut file, blanks, &cannot)?;
    access.fits(path, Kind::Plan, size)?;
    let bytes = crate::access::read_capped(path, head, &file, (cap, Kind::Plan), size, cannot)?;
    Ok((bytes, real, file))
}

/// Reads a stream (standard input) of at most `cap` bytes, refused from its first bytes when
/// they show it is not plan JSON (`read_head`).
fn read_sniffed(
    name: &str,
    mut input: impl Read,
    cap: u64,
    cannot: impl Fn(std::io::Error) -> anyhow::Error,
) -> Result<Vec<u8>> {
    let head = read_head(name, &mut input, cap, &cannot)?;
    crate::access::read_capped(name, head, input, (cap, Kind::Plan), 0, cannot)
}

/// Reads the first bytes of an input and refuses it when they show it is not plan JSON.
/// Blank bytes are read on, a chunk at a time, until the first that is not (or past
/// `blanks` bytes, the cap): an endless stream of spaces ends at the cap, and a non-plan
/// behind a run of blanks is refused as soon as it shows. Read errors go through `cannot`.
fn read_head(
    name: &str,
    input: &mut impl Read,
    blanks: u64,
    cannot: &impl Fn(std::io::Error) -> anyhow::Error,
) -> Result<Vec<u8>> {
    let mut head = Vec::new();
    loop {
        let before = head.len();
        input
            .take(HEAD as u64)
            .read_to_end(&mut head)
            .map_err(cannot)?;
        let ended = head.len() - before < HEAD;
        // Only the new chunk is looked at: the ones before it were blank.
        let chunk = head.get(before..).unwrap_or_default();
        let chunk = if before == 0 {
            chunk.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(chunk)
        } else {
            chunk
        };
        if ended || head.len() as u64 > blanks || !chunk.iter().all(u8::is_ascii_whitespace) {
            break;
        }
    }
    plan::sniff(name, &head)?;
    Ok(head)
}

/// A saved plan file (`terraform plan -out`) is a zip archive; only terraform can decode it.
/// It is handed the file's real path (`real`, the file the access checked); its output is
/// read up to the plan cap, and its message names the file as the user did (`path`).
fn convert_binary_plan(
    path: &str,
    real: &std::path::Path,
    terraform: &str,
    cap: u64,
) -> Result<Vec<u8>> {
    use std::process::Stdio;
    let name = path;
    let hint = format!(
        "run `terraform show -json {path} > plan.json` in the Terraform directory and pass plan.json"
    );
    let mut child = match Command::new(terraform)
        .args(["show", "-json", "-no-color"])
        .arg(real)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!(
                "{name}: this is a binary plan file and `{terraform}` was not found to convert it; {hint}"
            )
        }
        Err(e) => bail!("{name}: cannot run terraform to convert the binary plan ({e}); {hint}"),
    };
    // Its messages are read on another thread (a pipe holds little), the first 64 KiB kept.
    let stderr = child.stderr.take();
    let messages = std::thread::spawn(move || {
        let mut text = Vec::new();
        if let Some(mut stderr) = stderr {
            let _ = (&mut stderr).take(64 << 10).read_to_end(&mut text);
            let _ = std::io::copy(&mut stderr, &mut std::io::sink());
        }
        text
    });
    let spinner = Spinner::start(&format!("{name}: converting with `{terraform} show -json`"));
    let output = match child.stdout.take() {
        Some(stdout) => crate::access::read_capped(
            name,
            Vec::new(),
            stdout,
            (cap, Kind::Plan),
            0,
            crate::access::cannot_read(name),
        ),
        None => Ok(Vec::new()),
    };
    if output.is_err() {
        let _ = child.kill();
    }
    let status = child.wait();
    drop(spinner);
    let stderr = messages.join().unwrap_or_default();
    let output = output?;
    let status = status.map_err(|e| {
        anyhow::anyhow!("{name}: cannot run terraform to convert the binary plan ({e}); {hint}")
    })?;
    if !status.success() {
        // Terraform names the file by the path it was given: the real one, which the user
        // did not type.
        let said = terraform_error(&String::from_utf8_lossy(&stderr))
            .replace(&*real.to_string_lossy(), path);
        bail!(
            "{name}: `{terraform} show -json` failed on this binary plan: {}; {hint}",
            escape_controls(&said)
        );
    }
    Ok(output)
}

/// Terraform's own error, on one line: the summary of its first `Error:` diagnostic and the
/// paragraph under it (its warnings left out), without the colours (sent even with
/// `-no-color` by some versions and wrappers) and the box drawn around it; else its first line.
fn terraform_error(stderr: &str) -> String {
    let lines: Vec<String> = stderr
        .lines()
        .map(|l| {
            strip_ansi(l)
                .trim_matches(|c: char| c.is_whitespace() || c == '│' || c == '╷' || c == '╵')
                .to_owned()
        })
        .collect();
    let mut rest = lines.iter().skip_while(|l| !l.starts_with("Error:"));
    if let Some(error) = rest.next() {
        let summary = error.trim_start_matches("Error:").trim();
        let detail: Vec<&str> = rest
            .skip_while(|l| l.is_empty())
            .take_while(|l| !l.is_empty())
            .map(String::as_str)
            .collect();
        return if detail.is_empty() {
            summary.to_owned()
        } else {
            format!("{summary}: {}", detail.join(" "))
        };
    }
    lines
        .into_iter()
        .find(|l| !l.is_empty())
        .unwrap_or_else(|| "no message".to_owned())
}

/// A line without its ANSI escape sequences (colours, bold: `ESC [ … letter`).
fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        if chars.clone().next() == Some('[') {
            chars.next();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        }
    }
    out
}

/// A spinner on standard error while a conversion takes more than a second, on a terminal
/// only; stopped (its line cleared) when dropped.
struct Spinner {
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Spinner {
    fn start(what: &str) -> Spinner {
        use std::io::{IsTerminal, Write};
        use std::sync::mpsc::RecvTimeoutError;
        use std::time::Duration;
        if !std::io::stderr().is_terminal() {
            return Spinner {
                stop: None,
                thread: None,
            };
        }
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        let what = escape_controls(what);
        let thread = std::thread::spawn(move || {
            if !matches!(
                stopped.recv_timeout(Duration::from_secs(1)),
                Err(RecvTimeoutError::Timeout)
            ) {
                return;
            }
            let started = std::time::Instant::now();
            for frame in ['|', '/', '-', '\\'].iter().cycle() {
                let seconds = started.elapsed().as_secs() + 1;
                let _ = write!(std::io::stderr(), "\r{frame} {what} ({seconds} s)");
                if !matches!(
                    stopped.recv_timeout(Duration::from_millis(125)),
                    Err(RecvTimeoutError::Timeout)
                ) {
                    break;
                }
            }
            let _ = write!(std::io::stderr(), "\r\x1b[K");
        });
        Spinner {
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_conversion_says_terraforms_error_not_its_colours() {
        // What terraform 1.11 prints on stderr for `show -json` of a real binary plan outside
        // its directory (the providers are not installed there), colours and box included.
        let stderr = "\u{1b}[31m╷\u{1b}[0m\u{1b}[0m\n\u{1b}[31m│\u{1b}[0m \u{1b}[0m\u{1b}[1m\u{1b}[31mError: \u{1b}[0m\u{1b}[0m\u{1b}[1mFailed to load plugin schemas\u{1b}[0m\n\u{1b}[31m│\u{1b}[0m \u{1b}[0m\n\u{1b}[31m│\u{1b}[0m \u{1b}[0m\u{1b}[0mError while loading schemas for plugin components: Failed to obtain\n\u{1b}[31m│\u{1b}[0m \u{1b}[0mprovider schema.\n\u{1b}[31m╵\u{1b}[0m\u{1b}[0m\n";
        assert_eq!(
            terraform_error(stderr),
            "Failed to load plugin schemas: Error while loading schemas for plugin components: Failed to obtain provider schema."
        );
        // A warning before the error (a missing CLI configuration) is not the message.
        let stderr = "There are some problems with the CLI configuration:\n╷\n│ Warning: Unable to open CLI configuration file\n│\n│ The CLI configuration file at \"/root/.terraformrc\" does not exist.\n╵\n\n╷\n│ Error: Failed to read the given file as a state or plan file\n│\n│ State read error: Error reading tfplan as a statefile: 2\n│ problems:\n│\n│ - more\n╵\n";
        assert_eq!(
            terraform_error(stderr),
            "Failed to read the given file as a state or plan file: State read error: Error reading tfplan as a statefile: 2 problems:"
        );
        assert_eq!(terraform_error("\u{1b}[1msegfault\u{1b}[0m\n"), "segfault");
        assert_eq!(terraform_error(""), "no message");
    }

    /// Options whose converter cannot run: reaching it fails with "was not found".
    fn no_terraform() -> Options {
        Options {
            terraform: "/nonexistent/sgaudit-test-terraform".to_owned(),
            ..Options::default()
        }
    }

    #[test]
    fn only_a_zip_file_runs_the_converter() {
        // JSON plans are read without running anything.
        let plan = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/plans/ssh-world-inline/plan.json"
        );
        if let Err(e) = read(plan, &no_terraform()) {
            panic!("{e:#}");
        }
        // Nor is anything run for a file that is neither JSON nor a zip archive, even one
        // that starts like a zip archive's other records.
        let dir = std::env::temp_dir().join(format!("sgaudit-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in [
            ("near-zip", &b"PK\x05\x06 the end of an empty zip"[..]),
            ("text", b"PK"),
        ] {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            let path = path.to_string_lossy().into_owned();
            let err = read(&path, &no_terraform()).unwrap_err().to_string();
            assert!(err.starts_with(&path) && err.contains("not JSON"), "{err}");
            assert!(!err.contains("binary plan"), "{err}");
        }
        // A zip archive goes to the converter (here, one that is not there).
        let path = dir.join("tfplan");
        std::fs::write(&path, b"PK\x03\x04 not really a zip").unwrap();
        let path = path.to_string_lossy().into_owned();
        let err = read(&path, &no_terraform()).unwrap_err().to_string();
        assert!(err.contains("was not found to convert it"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Standard input is read up to the plan cap: endless blanks end with an error at the
    /// cap, and a non-plan behind blanks longer than the first look is still refused from
    /// its first bytes.
    #[test]
    fn standard_input_is_read_up_to_the_cap() {
        let io = |e: std::io::Error| anyhow::anyhow!("{e}");
        let err = read_sniffed("<stdin>", std::io::repeat(b' '), 1 << 20, io)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("<stdin>: larger than 1 MiB, the most sgaudit reads of a plan or state (raise it with --max-plan-size)"),
            "{err}"
        );
        let blanks = vec![b'\n'; 3 * HEAD];
        let input = blanks.as_slice().chain(std::io::repeat(0));
        let err = read_sniffed("<stdin>", input, 1 << 30, io)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            format!(
                "<stdin>:{}:1: not JSON (byte 0x00); expected the output of `terraform show -json` (a JSON object)",
                3 * HEAD + 1
            )
        );
        // A plan within the cap is read whole, blanks before it included.
        let plan = [vec![b' '; 2 * HEAD], b"{}".to_vec()].concat();
        assert_eq!(
            read_sniffed("<stdin>", plan.as_slice(), 1 << 20, io).unwrap(),
            plan
        );
    }

    /// A plan file is read through the access of the run: a link out of the repository, a
    /// FIFO, a file over the cap are refused by name, their contents never quoted.
    #[cfg(unix)]
    #[test]
    fn a_plan_file_is_read_through_the_access() {
        let dir = std::env::temp_dir().join(format!("sgaudit-read-access-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("repo/.git")).unwrap();
        std::fs::create_dir_all(dir.join("outside")).unwrap();
        std::fs::write(dir.join("outside/secret"), "canary-7d1e\n").unwrap();
        let repo = dir.join("repo");
        std::os::unix::fs::symlink(dir.join("outside/secret"), repo.join("plan.json")).unwrap();
        assert!(
            Command::new("mkfifo")
                .arg(repo.join("fifo.json"))
                .status()
                .unwrap()
                .success()
        );
        std::fs::write(
            repo.join("big.json"),
            format!("{{{}}}", " ".repeat(2 << 20)),
        )
        .unwrap();
        std::fs::write(repo.join("tfplan"), b"PK\x03\x04 not really a zip").unwrap();
        std::os::unix::fs::symlink(dir.join("outside/secret"), repo.join("tfplan-link")).unwrap();
        let options = Options {
            limits: crate::access::Limits {
                plan: 1 << 20,
                file: 1 << 20,
                ..crate::access::Limits::default()
            },
            ..no_terraform()
        };
        for (name, expected) in [
            ("plan.json", "a symbolic link to outside the repository"),
            ("fifo.json", "not a regular file (a FIFO)"),
            (
                "big.json",
                "larger than 1 MiB, the most sgaudit reads of a plan or state",
            ),
            ("tfplan-link", "a symbolic link to outside the repository"),
            ("tfplan", "was not found to convert it"),
        ] {
            let path = repo.join(name).to_string_lossy().into_owned();
            let err = format!("{:#}", read(&path, &options).unwrap_err());
            assert!(err.starts_with(&format!("{path}: ")), "{err}");
            assert!(err.contains(expected), "{name}: {err}");
            assert!(
                !err.contains("canary") && !err.contains("outside/"),
                "{err}"
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
