//! Terraform addresses and references: splitting `module.a["x"].module.b[0]` into module call
//! names, and resolving a configuration reference such as `aws_security_group.web.id` to the
//! absolute address of the resource instance it names.

use std::collections::{BTreeMap, BTreeSet};

/// Splits an address into its dot-separated steps, keeping `[...]` keys (which may hold quoted
/// strings with dots or brackets) attached to the step before them.
#[expect(
    clippy::string_slice,
    reason = "`start` and `i` are the ends of the string or next to an ASCII `.`, so on char \
              boundaries"
)]
pub fn steps(address: &str) -> Vec<&str> {
    let bytes = address.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut depth, mut in_str, mut escaped) = (0, 0usize, false, false);
    for (i, &b) in bytes.iter().enumerate() {
        if in_str {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b'.' if depth == 0 => {
                out.push(&address[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&address[start..]);
    out
}

/// Splits a step such as `web["a"]` into `("web", Some("[\"a\"]"))`.
fn split_key(step: &str) -> (&str, Option<&str>) {
    match step.find('[').and_then(|i| step.split_at_checked(i)) {
        Some((name, key)) => (name, Some(key)),
        None => (step, None),
    }
}

/// The module call names of a module instance address: `module.a["x"].module.b[0]` → `[a, b]`.
pub fn module_path(module_address: &str) -> Vec<String> {
    if module_address.is_empty() {
        return Vec::new();
    }
    steps(module_address)
        .chunks(2)
        .filter_map(|pair| match pair {
            ["module", call] => Some(split_key(call).0.to_owned()),
            _ => None,
        })
        .collect()
}

/// Every module instance address an address lies in, outermost first:
/// `module.a[0].module.b` → `[module.a[0], module.a[0].module.b]`.
pub fn module_prefixes(module_address: &str) -> Vec<String> {
    let parts = steps(module_address);
    // `n * 2 <= parts.len()`: every prefix is there.
    (1..=parts.len() / 2)
        .filter_map(|n| parts.get(..n * 2))
        .map(|prefix| prefix.join("."))
        .collect()
}

/// Splits a module instance address into its parent and the last call's name:
/// `module.a[0].module.b["k"]` → (`module.a[0]`, `b`). `None` for the root module.
pub fn split_module(module_address: &str) -> Option<(String, &str)> {
    let parts = steps(module_address);
    match parts.as_slice() {
        [parent @ .., "module", call] => Some((parent.join("."), split_key(call).0)),
        _ => None,
    }
}

/// The instance key of a resource change's `index` value, as written in an address.
pub fn index_key(index: &serde_json::Value) -> Option<String> {
    match index {
        serde_json::Value::Number(n) => Some(format!("[{n}]")),
        serde_json::Value::String(s) => Some(format!("[{}]", serde_json::Value::String(s.clone()))),
        _ => None,
    }
}

/// Every instance address of the resources a reference may name, by resource address without
/// its instance key (`module.x[0].aws_security_group.web`).
#[derive(Default)]
pub struct Instances {
    by_base: BTreeMap<String, BTreeSet<String>>,
}

impl Instances {
    pub fn insert(&mut self, base: String, address: String) {
        self.by_base.entry(base).or_default().insert(address);
    }

    /// Every instance of a resource named without key or attribute (`TYPE.NAME`, which is what
    /// the configuration records for a splat such as `TYPE.NAME[*].id`).
    pub fn splat(&self, reference: &str, types: &[&str], module_address: &str) -> Vec<String> {
        let parts = steps(reference);
        let [rtype, name] = parts.as_slice() else {
            return Vec::new();
        };
        if !types.contains(rtype) || name.contains('[') {
            return Vec::new();
        }
        let base = if module_address.is_empty() {
            format!("{rtype}.{name}")
        } else {
            format!("{module_address}.{rtype}.{name}")
        };
        self.by_base
            .get(&base)
            .map(|i| i.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Resolves `TYPE.NAME[KEY]?.id`, written in the module `module_address`, from a resource
    /// whose own instance key is `own_key`. Returns `None` when the reference names another kind
    /// of thing or when the instance cannot be told.
    pub fn resolve(
        &self,
        reference: &str,
        types: &[&str],
        module_address: &str,
        own_key: Option<&str>,
    ) -> Option<String> {
        let parts = steps(reference);
        // A plan records `aws_security_group.web[count.index].id` as `aws_security_group.web`
        // (a reference through a computed index keeps only its resource), and Terraform 0.12
        // wrote a reference without its `.id`: both name the instance's id.
        let (rtype, name) = match parts.as_slice() {
            [rtype, name, "id"] | [rtype, name] => (rtype, name),
            _ => return None,
        };
        if !types.contains(rtype) {
            return None;
        }
        let (name, key) = split_key(name);
        let base = if module_address.is_empty() {
            format!("{rtype}.{name}")
        } else {
            format!("{module_address}.{rtype}.{name}")
        };
        let instances = self.by_base.get(&base)?;
        if let Some(key) = key {
            let address = format!("{base}{key}");
            return instances.contains(&address).then_some(address);
        }
        if instances.contains(&base) {
            return Some(base);
        }
        // `aws_security_group.web[count.index].id` is recorded as `aws_security_group.web`:
        // the instance with the referring resource's own key is the usual meaning.
        if let Some(own) = own_key {
            let address = format!("{base}{own}");
            if instances.contains(&address) {
                return Some(address);
            }
        }
        if instances.len() == 1 {
            return instances.first().cloned();
        }
        None
    }
}

/// The references worth naming: drops every reference that is a prefix of a longer one
/// (`aws_vpc.main` beside `aws_vpc.main.cidr_block`), sorted.
pub fn leaf_references(refs: &[String]) -> Vec<String> {
    let set: BTreeSet<&String> = refs.iter().collect();
    set.iter()
        .filter(|r| {
            !set.iter().any(|other| {
                other
                    .strip_prefix(r.as_str())
                    .is_some_and(|rest| rest.starts_with(['.', '[']))
            })
        })
        .map(|r| (*r).clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_paths_ignore_instance_keys() {
        assert_eq!(module_path(""), Vec::<String>::new());
        assert_eq!(module_path("module.a"), ["a"]);
        assert_eq!(module_path(r#"module.a["x.y[1]"].module.b[0]"#), ["a", "b"]);
    }

    #[test]
    fn module_prefixes_and_parents() {
        assert_eq!(
            module_prefixes(r#"module.a["x.y"].module.b"#),
            [r#"module.a["x.y"]"#, r#"module.a["x.y"].module.b"#]
        );
        assert_eq!(module_prefixes(""), Vec::<String>::new());
        assert_eq!(
            split_module(r#"module.a[0].module.b["k"]"#),
            Some(("module.a[0]".to_owned(), "b"))
        );
        assert_eq!(split_module("module.a"), Some((String::new(), "a")));
        assert_eq!(split_module(""), None);
    }

    #[test]
    fn references_resolve_to_instances() {
        let mut inst = Instances::default();
        inst.insert(
            "aws_security_group.one".into(),
            "aws_security_group.one".into(),
        );
        inst.insert(
            "aws_security_group.many".into(),
            "aws_security_group.many[0]".into(),
        );
        inst.insert(
            "aws_security_group.many".into(),
            "aws_security_group.many[1]".into(),
        );
        inst.insert(
            "module.m[\"k\"].aws_security_group.x".into(),
            "module.m[\"k\"].aws_security_group.x".into(),
        );
        let t = &["aws_security_group"];
        assert_eq!(
            inst.resolve("aws_security_group.one.id", t, "", None)
                .as_deref(),
            Some("aws_security_group.one")
        );
        assert_eq!(
            inst.resolve("aws_security_group.one.arn", t, "", None),
            None
        );
        assert_eq!(
            inst.resolve("aws_security_group.many.id", t, "", None),
            None
        );
        assert_eq!(
            inst.resolve("aws_security_group.many.id", t, "", Some("[1]"))
                .as_deref(),
            Some("aws_security_group.many[1]")
        );
        assert_eq!(
            inst.resolve("aws_security_group.many[0].id", t, "", None)
                .as_deref(),
            Some("aws_security_group.many[0]")
        );
        assert_eq!(
            inst.resolve("aws_security_group.x.id", t, "module.m[\"k\"]", None)
                .as_deref(),
            Some("module.m[\"k\"].aws_security_group.x")
        );
        assert_eq!(inst.resolve("var.sg_id", t, "", None), None);
        // `many[count.index].id` as a plan records it, and Terraform 0.12's reference without
        // `.id`: the instance with the referring resource's own key, or the one instance.
        assert_eq!(
            inst.resolve("aws_security_group.many", t, "", Some("[1]"))
                .as_deref(),
            Some("aws_security_group.many[1]")
        );
        assert_eq!(
            inst.resolve("aws_security_group.one", t, "", None)
                .as_deref(),
            Some("aws_security_group.one")
        );
        assert_eq!(inst.resolve("aws_security_group.many", t, "", None), None);
        assert_eq!(
            inst.resolve("aws_security_group.many", t, "", Some("[7]")),
            None
        );
    }

    #[test]
    fn leaf_references_drop_prefixes() {
        let refs = ["aws_vpc.main.cidr_block", "aws_vpc.main", "var.x"].map(String::from);
        assert_eq!(leaf_references(&refs), ["aws_vpc.main.cidr_block", "var.x"]);
    }
}
