use super::exposure::ExposureMatch;
use super::group::{self, GroupMatch};
use super::nacl::NaclMatch;
use super::path::PathMatch;
use super::workload::WorkloadMatch;
use super::*;
use crate::model::Group;
use crate::policy::load_pack;
use crate::policy::pack::Matcher;

/// A pack of one rule whose block is `block { body }`.
fn pack(block: &str, body: &str) -> String {
    format!(
        "rule \"x\" {{\n  title = \"t\"\n  severity = \"high\"\n  why = \"w\"\n  remediation = \"r\"\n  {block} {{\n    {body}\n  }}\n}}\n"
    )
}

/// The fields a pack's one rule sets, in the registry's order.
fn set(text: &str) -> Result<Vec<&'static str>, String> {
    let rules = load_pack("p.hcl", text)?;
    let [rule] = rules.as_slice() else {
        panic!("one rule expected");
    };
    Ok(match &rule.matcher {
        Matcher::Exposure(b) => b.when.set(),
        Matcher::Group(c) => c.set(),
        Matcher::Path(c) => c.set(),
        Matcher::NetworkAcl(c) => c.set(),
        Matcher::Workload(c) => c.set(),
    })
}

/// A field as the tests see it: its name, example and words.
type Described = (&'static str, &'static str, &'static [&'static str]);

/// The fields of every block, with the block's name.
fn registries() -> Vec<(&'static str, Vec<Described>)> {
    fn of<B: Block>() -> (&'static str, Vec<Described>) {
        (
            B::NAME,
            B::FIELDS
                .iter()
                .map(|f| (f.name, f.example, f.words))
                .collect(),
        )
    }
    vec![
        of::<ExposureMatch>(),
        of::<GroupMatch>(),
        of::<PathMatch>(),
        of::<NaclMatch>(),
        of::<WorkloadMatch>(),
    ]
}

/// docs/packs.md lists the fields the registries hold, as they document them.
#[test]
fn fields_doc() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/packs.md");
    let text = std::fs::read_to_string(&file).unwrap();
    let expected = document(&text).expect("docs/packs.md has a start and end marker per block");
    if std::env::var_os("SGAUDIT_BLESS").is_some() {
        std::fs::write(&file, &expected).unwrap();
        return;
    }
    assert!(
        text == expected,
        "docs/packs.md differs from the field registries (src/policy/fields/); \
         regenerate it with `SGAUDIT_BLESS=1 cargo test --lib fields_doc`"
    );
}

/// Every field of every block reads the example its documentation shows, and sets that field
/// alone; in an exposure block's `unless` block too.
#[test]
fn every_field_reads_its_documented_example() {
    for (block, fields) in registries() {
        for (name, example, _) in fields {
            let body = format!("{name} = {example}");
            assert_eq!(set(&pack(block, &body)), Ok(vec![name]), "{block}.{name}");
            if block == "exposure" {
                let text = pack(block, &format!("unless {{\n      {body}\n    }}"));
                let rules = load_pack("p.hcl", &text).unwrap();
                let Matcher::Exposure(b) = &rules[0].matcher else {
                    panic!("an exposure rule");
                };
                assert_eq!(b.unless.as_ref().map(|u| u.set()), Some(vec![name]));
            }
        }
    }
}

/// A field whose value is made of words takes each word the documentation lists, and no
/// other; a wrong one is an error that lists them.
#[test]
fn every_listed_word_is_read_and_no_other() {
    for (block, fields) in registries() {
        for (name, example, words) in fields {
            let list = example.starts_with('[');
            let value = |w: &str| {
                if list {
                    format!("[\"{w}\"]")
                } else {
                    format!("\"{w}\"")
                }
            };
            for word in words {
                let text = pack(block, &format!("{name} = {}", value(word)));
                assert_eq!(set(&text), Ok(vec![name]), "{block}.{name} = {word}");
            }
            if !words.is_empty() {
                let err =
                    set(&pack(block, &format!("{name} = {}", value("nonsense")))).unwrap_err();
                assert!(
                    err.ends_with(&format!("is not one of {}", words.join(", "))),
                    "{block}.{name}: {err}"
                );
            }
        }
    }
}

/// An unknown field is an error at the field that lists the block's fields, all of them, in
/// the registry's order.
#[test]
fn an_unknown_field_lists_every_field_of_its_block() {
    for (block, fields) in registries() {
        let names: Vec<&str> = fields.iter().map(|f| f.0).collect();
        let err = set(&pack(block, "colour = true")).unwrap_err();
        assert_eq!(
            err,
            format!(
                "p.hcl:7:5: unknown field \"colour\" in {block}; valid: {}",
                names.join(", ")
            )
        );
    }
}

/// Names are unique words of the language, and each field says what it matches.
#[test]
fn every_field_is_named_and_documented() {
    for (block, fields) in registries() {
        let names: Vec<&str> = fields.iter().map(|f| f.0).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{block}: a name twice");
        for name in names {
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{block}.{name}"
            );
        }
    }
    for doc in ExposureMatch::FIELDS
        .iter()
        .map(|f| f.doc)
        .chain(GroupMatch::FIELDS.iter().map(|f| f.doc))
        .chain(PathMatch::FIELDS.iter().map(|f| f.doc))
        .chain(NaclMatch::FIELDS.iter().map(|f| f.doc))
        .chain(WorkloadMatch::FIELDS.iter().map(|f| f.doc))
    {
        assert!(doc.ends_with('.') && !doc.contains('\n'), "{doc:?}");
    }
}

/// What a value of the wrong kind says, per kind of value.
#[test]
fn a_value_of_the_wrong_kind_says_what_is_expected() {
    for (block, body, expected) in [
        (
            "exposure",
            "all_ports = 1",
            "p.hcl:7:17: all_ports must be true or false",
        ),
        (
            "exposure",
            "port_span_at_least = \"x\"",
            "p.hcl:7:26: port_span_at_least must be a whole number",
        ),
        (
            "exposure",
            "prefix_shorter_than = 300",
            "p.hcl:7:27: prefix_shorter_than must be 0-128",
        ),
        (
            "exposure",
            "direction = \"in\"",
            "p.hcl:7:17: direction \"in\" is not one of ingress, egress",
        ),
        (
            "exposure",
            "peers = \"cidr\"",
            "p.hcl:7:13: peers must be a list of strings",
        ),
        (
            "exposure",
            "ports_outside = [70000]",
            "p.hcl:7:21: ports must be a list of ports (22) and ranges (\"1024-65535\") within 0-65535",
        ),
        (
            "exposure",
            "protocols = [\"tcpp\"]",
            "p.hcl:7:17: protocols: \"tcpp\" is not one of tcp, udp, icmp, icmpv6, all or a protocol number",
        ),
        (
            "exposure",
            "within = \"office\"",
            "p.hcl:7:14: within must be a list of names",
        ),
        (
            "exposure",
            "broad = \"yes\"",
            "p.hcl:7:13: broad must be true or false",
        ),
        (
            "exposure",
            "trusted = 1",
            "p.hcl:7:15: trusted must be true or false",
        ),
        (
            "exposure",
            "addresses_at_least = -1",
            "p.hcl:7:26: addresses_at_least must be a whole number",
        ),
        (
            "exposure",
            "addresses_at_least = 4294967296",
            "p.hcl:7:26: addresses_at_least must be a whole number",
        ),
        (
            "group",
            "name = 1",
            "p.hcl:7:12: name must be a glob string",
        ),
        (
            "group",
            "tags = [\"a\"]",
            "p.hcl:7:12: tags must be an object of tag = \"glob\"",
        ),
        (
            "group",
            "replaced_because = \"name\"",
            "p.hcl:7:24: replaced_because must be a list of attribute names",
        ),
        (
            "path",
            "status = [\"changed\"]",
            "p.hcl:7:14: status: \"changed\" is not one of added, unchanged, removed",
        ),
    ] {
        assert_eq!(
            set(&pack(block, body)),
            Err(expected.to_owned()),
            "{block} {{ {body} }}"
        );
    }
}

/// A protocol is read as AWS reads it, and kept as rules spell it.
#[test]
fn protocols_are_read_as_aws_writes_them() {
    let rules = load_pack(
        "p.hcl",
        &pack("exposure", "protocols = [\"-1\", \"6\", \"TCP\"]"),
    )
    .unwrap();
    let Matcher::Exposure(b) = &rules[0].matcher else {
        panic!("an exposure rule");
    };
    assert_eq!(
        b.when.values.protocols,
        Some(vec!["all".to_owned(), "tcp".to_owned(), "tcp".to_owned()])
    );
}

#[test]
fn name_and_tag_globs() {
    let group = Group {
        address: "aws_security_group.web".to_owned(),
        name: Some("web-prod".to_owned()),
        tags: [("env".to_owned(), "production".to_owned())].into(),
        ..Group::default()
    };
    let matches = |body: &str| {
        let rules = load_pack("p.hcl", &pack("group", body)).unwrap();
        let Matcher::Group(c) = &rules[0].matcher else {
            panic!("a group rule");
        };
        c.holds(&group::Seen {
            group: &group,
            before: false,
            own: &[],
            earlier: None,
            referenced: false,
            referenced_by: &[],
            input: &crate::model::Input::default(),
            accounts: &group::Accounts::default(),
            joins: &group::Joins::default(),
            attached_after: None,
            quotas: &Default::default(),
            sizes: &Default::default(),
            earlier_sizes: &Default::default(),
            crowded: Vec::new(),
        })
    };
    assert!(matches("name = \"web-*\"\n    tags = { env = \"prod*\" }"));
    assert!(!matches("name = \"db-*\""));
    assert!(
        !matches("tags = { team = \"*\" }"),
        "a missing tag does not match"
    );
}

/// Whether an exposure block whose fields are `body` matches ingress on tcp/22 from `peer`,
/// under `context`.
fn exposure_matches(body: &str, peer: crate::diff::ExposedPeer, context: &Context) -> bool {
    use crate::diff::Exposure;
    use crate::model::{Change, Direction, Owner, PortRange, Ports, Protocol};
    let rules = load_pack("p.hcl", &pack("exposure", body)).unwrap();
    let Matcher::Exposure(b) = &rules[0].matcher else {
        panic!("an exposure rule");
    };
    let e = Exposure {
        owner: Owner::Group("aws_security_group.ssh".into()),
        direction: Direction::Ingress,
        range: PortRange::new(Protocol::Tcp, Ports::Range(22, 22)),
        peer,
        resources: Box::default(),
        origins: Box::default(),
        except: Box::default(),
    };
    let facts = exposure::ExposureFacts::of(&e, None, None);
    let networks = exposure::Networks::of(&b.when.values, context);
    let (holders, workloads) = (BTreeMap::new(), BTreeMap::new());
    b.when.holds(&exposure::Seen {
        exposure: &e,
        facts: &facts,
        status: (Change::Added, None),
        group: None,
        holders: &holders,
        workloads: &workloads,
        context,
        networks: &networks,
    })
}

fn cidr(c: &str) -> crate::diff::ExposedPeer {
    crate::diff::ExposedPeer::Cidr(c.parse().unwrap())
}

/// `broad`: more addresses than `broad_addresses` (256 by default); other peers never match.
#[test]
fn broad_counts_the_addresses_of_the_peer() {
    let default = Context::default();
    assert_eq!(default.broad_addresses, 256);
    for (peer, broad) in [
        ("0.0.0.0/0", true),
        ("198.51.0.0/23", true),
        ("198.51.100.0/24", false),
        ("203.0.113.42/32", false),
        ("::/0", true),
        ("2001:db8::/119", true),
        ("2001:db8::/120", false),
        ("2001:db8::1/128", false),
    ] {
        assert_eq!(
            exposure_matches("broad = true", cidr(peer), &default),
            broad,
            "{peer}"
        );
        assert_eq!(
            exposure_matches("broad = false", cidr(peer), &default),
            !broad,
            "{peer}"
        );
    }
    let strict = Context {
        broad_addresses: 0,
        ..Context::default()
    };
    assert!(exposure_matches(
        "broad = true",
        cidr("203.0.113.42/32"),
        &strict
    ));
    for body in ["broad = true", "broad = false"] {
        assert!(!exposure_matches(
            body,
            crate::diff::ExposedPeer::SelfRef,
            &default
        ));
        assert!(!exposure_matches(
            body,
            crate::diff::ExposedPeer::Group("aws_security_group.app".into()),
            &default
        ));
    }
}

/// `addresses_at_least`: compared exactly, IPv6 counts included; other peers never match.
#[test]
fn addresses_at_least_compares_exact_counts() {
    let ctx = Context::default();
    let at_least = |n: u64, peer: &str| {
        exposure_matches(&format!("addresses_at_least = {n}"), cidr(peer), &ctx)
    };
    assert!(at_least(256, "198.51.100.0/24"));
    assert!(!at_least(257, "198.51.100.0/24"));
    assert!(at_least(1, "203.0.113.42/32"));
    assert!(!at_least(2, "203.0.113.42/32"));
    assert!(at_least(4_294_967_295, "0.0.0.0/0"));
    assert!(at_least(4_294_967_295, "2001:db8::/96"));
    assert!(!at_least(4_294_967_295, "2001:db8::/97"));
    assert!(at_least(4_294_967_295, "::/0"));
    assert!(!exposure_matches(
        "addresses_at_least = 0",
        crate::diff::ExposedPeer::SelfRef,
        &ctx
    ));
}

/// `trusted`: the peer lies within the configuration's trusted networks; other peers never
/// match.
#[test]
fn trusted_is_within_the_trusted_networks() {
    let settings = crate::policy::settings::parse(
        ".sgaudit.hcl",
        "network \"office\" {\n  cidrs   = [\"203.0.113.0/24\", \"2001:db8::/32\"]\n  trusted = true\n}\nnetwork \"partner\" {\n  cidrs = [\"198.51.100.0/24\"]\n}\n",
        std::path::Path::new("."),
        None,
    )
    .unwrap();
    let ctx = Context::of(&settings);
    for (peer, trusted) in [
        ("203.0.113.42/32", true),
        ("203.0.113.0/24", true),
        ("203.0.112.0/23", false),
        ("198.51.100.7/32", false),
        ("2001:db8:1::/48", true),
        ("::/0", false),
    ] {
        assert_eq!(
            exposure_matches("trusted = true", cidr(peer), &ctx),
            trusted,
            "{peer}"
        );
        assert_eq!(
            exposure_matches("trusted = false", cidr(peer), &ctx),
            !trusted,
            "{peer}"
        );
    }
    assert!(!exposure_matches(
        "trusted = false",
        crate::diff::ExposedPeer::SelfRef,
        &ctx
    ));
    // Nothing is trusted unless the configuration says so.
    assert!(!exposure_matches(
        "trusted = true",
        cidr("203.0.113.42/32"),
        &Context::default()
    ));
}

/// `admin-or-data-ports-public-hosts` lists the admin ports, then exactly the ports of
/// `data-store-ports-public`: the same services, from a few hosts rather than broad ranges.
#[test]
fn the_hosts_rule_covers_the_admin_and_data_store_ports() {
    let rules = crate::policy::built_in();
    let ports = |id: &str| {
        let rule = rules.iter().find(|r| r.id == id).unwrap();
        let Matcher::Exposure(b) = &rule.matcher else {
            panic!("{id}: an exposure rule");
        };
        b.when.values.ports.clone().unwrap()
    };
    let mut expected = vec![(22, 22), (3389, 3389)];
    expected.extend(ports("data-store-ports-public"));
    assert_eq!(ports("admin-or-data-ports-public-hosts"), expected);
    // The same for the high-risk and sensitive service ports, and none of those lists shares a
    // port with another (one exposure, one rule).
    let mut services = ports("high-risk-ports-public");
    services.extend(ports("sensitive-service-ports-public"));
    assert_eq!(ports("service-ports-public-hosts"), services);
    let mut all: Vec<(u16, u16)> = services;
    all.extend(ports("admin-or-data-ports-public-hosts"));
    let count = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), count, "a port in two lists");
}
