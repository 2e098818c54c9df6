//! Where each resource is in the text of a plan or state JSON file (`terraform show -json`):
//! the line and column of its `"address"` in its `resource_changes` entry (a plan), else in
//! the `resources` of the state's `values` or of the plan's `prior_state`. Found by one linear
//! scan of the text, only for a plan read without its configuration: what the input declares
//! then points at the plan's own lines (`fill`) rather than at no line.

use std::collections::HashMap;
use std::sync::Arc;

use crate::model::{Input, Origin};

/// The deepest nesting the scan follows: serde_json, which reads the plan, refuses deeper text
/// (its recursion limit, 128), so a file nested deeper is never read into a model; the scan
/// then stops rather than keep a frame per level of a hostile file (on another thread, while
/// the reader finds that out).
const MAX_DEPTH: usize = 128;

/// The places of a plan's resources, by address.
pub struct Places(HashMap<String, Origin>);

/// The top-level member a resource's entry is in, most telling first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    ResourceChanges,
    Values,
    PriorState,
}

/// What a container (an object or an array) is the value of, as far as the scan cares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Under {
    Section(Section),
    /// A `resources` member below a section.
    Resources,
    Other,
}

struct Frame {
    object: bool,
    under: Under,
    /// In an object: the member whose value comes next (`None` before its key).
    key: Option<(usize, usize)>,
}

impl Places {
    /// Scans the text of `file` once. Text that is not JSON gives what it gives: the reader
    /// refuses such a file before anything is located.
    pub fn scan(file: &str, text: &[u8]) -> Places {
        // One copy of the file's name, shared by every place.
        let file: Arc<str> = Arc::from(file);
        let mut found: HashMap<String, (Section, Origin)> = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut line = 1usize;
        // Characters (not bytes) from the line's start to `counted`, for the column.
        let (mut counted, mut chars) = (0usize, 0usize);
        let mut i = 0;
        while let Some(&b) = text.get(i) {
            match b {
                b'\n' => {
                    line += 1;
                    counted = i + 1;
                    chars = 0;
                }
                b'{' | b'[' => {
                    if stack.len() >= MAX_DEPTH {
                        return Places(HashMap::new());
                    }
                    let under = stack
                        .last()
                        .map_or(Under::Other, |parent| under(text, stack.len(), parent));
                    if under == Under::Other && !stack.is_empty() {
                        // Nothing below is on the way to a resource's entry (a change's
                        // values, the configuration, `planned_values`): it is stepped over,
                        // counting only its lines.
                        let Some(close) = close_of(text, i, MAX_DEPTH - stack.len()) else {
                            return Places(HashMap::new());
                        };
                        let inside = text.get(i..close).unwrap_or_default();
                        let newlines = memchr::memchr_iter(b'\n', inside).count();
                        if let Some(last) = memchr::memrchr(b'\n', inside) {
                            line += newlines;
                            counted = i + last + 1;
                            chars = 0;
                        }
                        if let Some(parent) = stack.last_mut() {
                            parent.key = None;
                        }
                        i = close + 1;
                        continue;
                    }
                    stack.push(Frame {
                        object: b == b'{',
                        under,
                        key: None,
                    });
                }
                b'}' | b']' => {
                    stack.pop();
                    if let Some(parent) = stack.last_mut() {
                        parent.key = None;
                    }
                }
                b',' => {
                    if let Some(top) = stack.last_mut() {
                        top.key = None;
                    }
                }
                b'"' => {
                    let end = string_end(text, i);
                    let depth = stack.len();
                    match stack.last_mut() {
                        Some(top) if top.object && top.key.is_none() => {
                            top.key = Some((i + 1, end));
                        }
                        Some(top) if top.object => {
                            let key = top.key.take();
                            let is_address = key
                                .and_then(|(s, e)| text.get(s..e))
                                .is_some_and(|k| k == b"address");
                            let section = section_of(&stack, depth);
                            if let (true, Some((key_start, _)), Some(section)) =
                                (is_address, key, section)
                                && let Some(address) = text
                                    .get(i..=end)
                                    .and_then(|t| serde_json::from_slice::<String>(t).ok())
                            {
                                // The column of the key's opening quote, in characters.
                                let quote = key_start - 1;
                                chars += chars_in(text.get(counted..quote).unwrap_or_default());
                                counted = quote;
                                let origin = Origin {
                                    file: Arc::clone(&file),
                                    line: Some(line),
                                    col: Some(chars + 1),
                                };
                                let better = found.get(&address).is_none_or(|(s, _)| section < *s);
                                if better {
                                    found.insert(address, (section, origin));
                                }
                            }
                        }
                        _ => {}
                    }
                    i = end;
                }
                _ => {}
            }
            i += 1;
        }
        Places(found.into_iter().map(|(a, (_, o))| (a, o)).collect())
    }

    /// Where the resource at `address` is, when the file holds it.
    pub fn of(&self, address: &str) -> Option<&Origin> {
        self.0.get(address)
    }
}

/// The position of the closing quote of the string whose opening quote is at `start` (the
/// end of the text when it is not closed).
fn string_end(text: &[u8], start: usize) -> usize {
    let mut j = start + 1;
    while let Some(k) = text.get(j..).and_then(|t| memchr::memchr2(b'"', b'\\', t)) {
        j += k;
        match text.get(j) {
            Some(b'"') => return j,
            _ => j += 2,
        }
    }
    text.len()
}

/// The position of the bracket that closes the container opened at `open`, stepping over
/// strings; `None` when it nests deeper than `room` more levels (the scan then stops, as for
/// a file nested deeper than the reader reads). The end of the text when it is not closed.
fn close_of(text: &[u8], open: usize, room: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = open;
    while let Some(k) = text.get(j..).and_then(|t| {
        t.iter()
            .position(|&b| matches!(b, b'"' | b'{' | b'[' | b'}' | b']'))
    }) {
        j += k;
        match text.get(j) {
            Some(b'"') => j = string_end(text, j),
            Some(b'{' | b'[') => {
                depth += 1;
                if depth > room {
                    return None;
                }
            }
            _ => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
        }
        j += 1;
    }
    Some(text.len())
}

/// The characters of `bytes`, a run of UTF-8 text between two ASCII bytes (counted as UTF-8's
/// leading bytes when it is not valid UTF-8).
fn chars_in(bytes: &[u8]) -> usize {
    std::str::from_utf8(bytes).map_or_else(
        |_| bytes.iter().filter(|&&c| c & 0xC0 != 0x80).count(),
        |s| s.chars().count(),
    )
}

/// What a container opened as the value of `parent`'s current member (or as an element of
/// the array `parent`) is under: only the members on the way from a section to its resources
/// (`values`, `root_module`, `child_modules` and their elements, `resources`) keep the
/// section, so that no attribute of a resource named `resources` or `address` is taken for one.
fn under(text: &[u8], depth: usize, parent: &Frame) -> Under {
    if !parent.object {
        return match parent.under {
            // An element of `resource_changes` (the top-level object's member) or of
            // `resources`: a resource's entry.
            Under::Section(Section::ResourceChanges) if depth == 2 => Under::Resources,
            Under::Resources => Under::Resources,
            // An element of `child_modules`.
            Under::Section(s) => Under::Section(s),
            Under::Other => Under::Other,
        };
    }
    let key = parent
        .key
        .and_then(|(s, e)| text.get(s..e))
        .unwrap_or_default();
    match (depth, key, parent.under) {
        (1, b"resource_changes", _) => Under::Section(Section::ResourceChanges),
        (1, b"values", _) => Under::Section(Section::Values),
        (1, b"prior_state", _) => Under::Section(Section::PriorState),
        (_, b"resources", Under::Section(s)) if s != Section::ResourceChanges => Under::Resources,
        (_, b"values" | b"root_module" | b"child_modules", Under::Section(s))
            if s != Section::ResourceChanges =>
        {
            Under::Section(s)
        }
        _ => Under::Other,
    }
}

/// The section of the object on top of the stack when it is a resource's entry: an element
/// of `resource_changes`, or of a `resources` array within a state's values.
fn section_of(stack: &[Frame], depth: usize) -> Option<Section> {
    let entry = stack.get(depth.checked_sub(1)?)?;
    let list = stack.get(depth.checked_sub(2)?)?;
    if entry.under != Under::Resources || list.object {
        return None;
    }
    // The section is the first container below the top-level object.
    match stack.get(1)?.under {
        Under::Section(s) => Some(s),
        _ => None,
    }
}

/// Gives what the input declares and has no origin the place of its resource in the plan's
/// text: permissions (by the resource that declares each), groups, workloads, VPCs, and the
/// network's subnets, route tables and routes, gateways, peering connections, network ACLs
/// and their rules.
pub fn fill(input: &mut Input, places: &Places) {
    fn set(origin: &mut Option<Origin>, places: &Places, address: &str) {
        if origin.is_none() {
            *origin = places.of(address).cloned();
        }
    }
    for p in input.before.iter_mut().chain(input.after.iter_mut()) {
        set(&mut p.origin, places, &p.resource);
    }
    for g in input.groups.values_mut() {
        set(&mut g.origin, places, &g.address);
    }
    for w in input.workloads.values_mut() {
        set(&mut w.origin, places, &w.address);
    }
    for v in input.vpcs.values_mut() {
        set(&mut v.origin, places, &v.address);
    }
    for net in [&mut input.network_before, &mut input.network_after] {
        for s in net.subnets.values_mut() {
            set(&mut s.origin, places, &s.address);
        }
        for g in net.gateways.values_mut() {
            set(&mut g.origin, places, &g.address);
        }
        for p in net.peerings.values_mut() {
            set(&mut p.origin, places, &p.address);
        }
        for t in net.route_tables.values_mut() {
            set(&mut t.origin, places, &t.address);
            for r in t
                .routes
                .iter_mut()
                .filter(|r| r.target != crate::model::Target::Local)
            {
                set(&mut r.origin, places, &r.resource);
            }
        }
        for n in net.nacls.values_mut() {
            set(&mut n.origin, places, &n.address);
            for r in &mut n.rules {
                set(&mut r.origin, places, &r.resource);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resource_is_where_its_change_names_it() {
        let text = br#"{
 "planned_values": {"root_module": {"resources": [{"address": "aws_vpc.main"}]}},
 "resource_changes": [
  {
   "address": "aws_vpc.main",
   "change": {"after": {"tags": {"address": "x"}}}
  },
  {"address": "module.m.aws_security_group.x[\"a\"]", "mode": "managed"}
 ],
 "prior_state": {"values": {"root_module": {"resources": [
   {"address": "aws_vpc.main"},
   {"address": "data.aws_vpc.other"}
 ], "child_modules": [{"resources": [{"address": "module.c.aws_subnet.s"}]}]}}},
 "configuration": {"root_module": {"resources": [{"address": "aws_vpc.cfg"}]}}
}"#;
        let places = Places::scan("plan.json", text);
        let at = |a: &str| places.of(a).map(|o| o.to_string());
        assert_eq!(at("aws_vpc.main").as_deref(), Some("plan.json:5:4"));
        assert_eq!(
            at("module.m.aws_security_group.x[\"a\"]").as_deref(),
            Some("plan.json:8:4")
        );
        assert_eq!(at("data.aws_vpc.other").as_deref(), Some("plan.json:12:5"));
        assert_eq!(
            at("module.c.aws_subnet.s").as_deref(),
            Some("plan.json:13:39")
        );
        // Neither the configuration nor a value named `address` is a resource's place.
        assert_eq!(at("aws_vpc.cfg"), None);
        assert_eq!(at("x"), None);
    }

    /// What is stepped over (the configuration, a change's values) keeps the count of lines
    /// and columns after it, brackets and quotes inside its strings included.
    #[test]
    fn what_is_stepped_over_keeps_lines_and_columns() {
        let text = "{\"configuration\": {\"x\": [\"]}\\\"{[\",\n {\"address\": \"aws_vpc.no\"}\n ]}, \"resource_changes\": [{\"change\": {\"a\": \"\\\\\"}, \"address\": \"aws_vpc.a\"},\n  {\"change\": {\"b\": [{\n}]}, \"address\": \"aws_vpc.b\"}]}";
        let places = Places::scan("plan.json", text.as_bytes());
        let at = |a: &str| places.of(a).map(ToString::to_string);
        assert_eq!(at("aws_vpc.a").as_deref(), Some("plan.json:3:51"));
        assert_eq!(at("aws_vpc.b").as_deref(), Some("plan.json:5:6"));
        assert_eq!(at("aws_vpc.no"), None);
    }

    /// A hostile file nested deeper than the reader reads (which refuses it) is not followed:
    /// the scan keeps no frame per level of it and finds nothing.
    #[test]
    fn a_file_nested_deeper_than_the_reader_reads_is_not_followed() {
        let mut text = br#"{"resource_changes":[{"address":"aws_vpc.a"}],"x":"#.to_vec();
        text.extend(std::iter::repeat_n(b'[', 1 << 20));
        let places = Places::scan("plan.json", &text);
        assert_eq!(places.of("aws_vpc.a"), None);
        let shallow = br#"{"resource_changes":[{"address":"aws_vpc.a"}]}"#;
        assert!(Places::scan("plan.json", shallow).of("aws_vpc.a").is_some());
    }

    #[test]
    fn a_state_s_resources_are_in_its_values() {
        let text = "{\"values\":{\"root_module\":{\"resources\":[{\"description\":\"é\",\"address\":\"aws_security_group.a\"}]}}}";
        let places = Places::scan("state.json", text.as_bytes());
        // One line: the column counts characters, not bytes.
        assert_eq!(
            places.of("aws_security_group.a").map(ToString::to_string),
            Some("state.json:1:59".to_owned())
        );
    }
}
