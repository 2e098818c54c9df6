//! The fields of `group` blocks: conditions on a security group as a whole, before and after
//! the change.

use super::exposure::{replaced_because, tags_match};
use super::{Block, Field, LIFECYCLES};
use crate::diff::ExposedPeer;
use crate::model::{Direction, Group, Peer, Permission, Protocol};
use crate::policy::glob::glob_match;

/// The values of a group block's fields; a field the rule does not set is `None`.
#[derive(Clone, Debug, Default)]
pub struct GroupMatch {
    pub default_group: Option<bool>,
    pub has_permissions: Option<bool>,
    pub lifecycle: Option<Vec<String>>,
    pub address: Option<String>,
    pub permissions_at_least: Option<u32>,
    pub mixed_inline_and_standalone: Option<bool>,
    pub description_missing: Option<bool>,
    pub permission_description_missing: Option<bool>,
    pub ports_ignored: Option<bool>,
    pub referenced: Option<bool>,
    pub name: Option<String>,
    pub tags: Option<Vec<(String, String)>>,
    pub replaced_because: Option<Vec<String>>,
    pub public_ingress: Option<bool>,
    pub self_all_traffic: Option<bool>,
    pub attached: Option<bool>,
}

impl GroupMatch {
    /// A rule about deletion looks at the state the deletion leaves behind: a group the change
    /// deletes is still matched after it.
    pub fn about_deletion(&self) -> bool {
        self.lifecycle
            .as_ref()
            .is_some_and(|l| l.iter().any(|a| a == "delete"))
    }
}

/// One group as the fields see it, on one side of the change.
pub struct Seen<'a> {
    pub group: &'a Group,
    /// Before the change (else after it).
    pub before: bool,
    /// The group's permissions on this side.
    pub own: &'a [&'a Permission],
    /// Other groups' permissions on this side name it.
    pub referenced: bool,
    /// Whether a workload holds it after the change; `None` when the input cannot tell.
    pub attached_after: Option<bool>,
}

impl Block for GroupMatch {
    const NAME: &'static str = "group";
    const ONLY_FIELDS: &'static str = "a group block holds only fields";
    type Seen<'a> = Seen<'a>;
    const FIELDS: &'static [Field<Self>] = &[
        Field {
            name: "default_group",
            doc: "`true`: the group is a VPC's default security group; `false`: it is not.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.default_group = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.default_group.is_none_or(|want| s.group.default == want),
        },
        Field {
            name: "has_permissions",
            doc: "`true`: the group has permissions; `false`: it has none.",
            example: "false",
            words: &[],
            parse: |m, v| {
                m.has_permissions = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.has_permissions
                    .is_none_or(|want| s.own.is_empty() != want)
            },
        },
        Field {
            name: "lifecycle",
            doc: "What the change does to the group: creates, updates, replaces or deletes it, forgets it (removes it from Terraform's state, leaving it in AWS), or nothing (`no-op`). What the change does is new by definition: the group is matched after the change only (after its deletion, for `delete`).",
            example: "[\"replace\"]",
            words: &LIFECYCLES,
            parse: |m, v| {
                m.lifecycle = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.lifecycle
                    .as_ref()
                    .is_none_or(|l| !s.before && l.iter().any(|a| a == s.group.lifecycle.action()))
            },
        },
        Field {
            name: "address",
            doc: "The group's Terraform address matches this glob (`*` for any run of characters, `?` for one).",
            example: "\"module.legacy.*\"",
            words: &[],
            parse: |m, v| {
                m.address = Some(v.glob()?);
                Ok(())
            },
            matches: |m, s| {
                m.address
                    .as_ref()
                    .is_none_or(|glob| glob_match(glob, &s.group.address))
            },
        },
        Field {
            name: "permissions_at_least",
            doc: "The group has at least this many permissions in one direction and IP version (ingress and egress counted apart, and IPv6 address blocks apart from the rest).",
            example: "50",
            words: &[],
            parse: |m, v| {
                m.permissions_at_least = Some(v.number()?);
                Ok(())
            },
            matches: |m, s| {
                m.permissions_at_least.is_none_or(|n| {
                    let most_per_direction = [Direction::Ingress, Direction::Egress]
                        .into_iter()
                        .flat_map(|d| {
                            let of = s.own.iter().filter(move |p| p.direction == d);
                            let v6 = of
                                .clone()
                                .filter(|p| matches!(&p.peer, Peer::Cidr { net, .. } if net.addr().is_ipv6()))
                                .count();
                            [v6, of.count() - v6]
                        })
                        .max()
                        .unwrap_or(0);
                    most_per_direction >= n as usize
                })
            },
        },
        Field {
            name: "mixed_inline_and_standalone",
            doc: "`true`: the group's permissions are written both inline, in the group's own resource, and in standalone rule resources.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.mixed_inline_and_standalone = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.mixed_inline_and_standalone.is_none_or(|want| {
                    let inline = s.own.iter().any(|p| p.resource == s.group.address);
                    let standalone = s.own.iter().any(|p| p.resource != s.group.address);
                    (inline && standalone) == want
                })
            },
        },
        Field {
            name: "description_missing",
            doc: "`true`: the group has no description, an empty one, or Terraform's default (`Managed by Terraform`).",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.description_missing = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.description_missing.is_none_or(|want| {
                    let no_description = s
                        .group
                        .description
                        .as_deref()
                        .is_none_or(|d| d.trim().is_empty() || d == "Managed by Terraform");
                    no_description == want
                })
            },
        },
        Field {
            name: "permission_description_missing",
            doc: "`true`: one of the group's permissions has no description.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.permission_description_missing = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.permission_description_missing
                    .is_none_or(|want| s.own.iter().any(|p| p.description.is_none()) == want)
            },
        },
        Field {
            name: "ports_ignored",
            doc: "`true`: one of the group's permissions writes ports that AWS ignores (with protocol `-1`, or one without ports): a port restriction that restricts nothing.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.ports_ignored = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.ports_ignored
                    .is_none_or(|want| s.own.iter().any(|p| p.ports_ignored) == want)
            },
        },
        Field {
            name: "referenced",
            doc: "`true`: another group's permissions name the group as their peer.",
            example: "false",
            words: &[],
            parse: |m, v| {
                m.referenced = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.referenced.is_none_or(|want| s.referenced == want),
        },
        Field {
            name: "name",
            doc: "The group's `name` matches this glob; a group whose name is not known never matches.",
            example: "\"web-*\"",
            words: &[],
            parse: |m, v| {
                m.name = Some(v.glob()?);
                Ok(())
            },
            matches: |m, s| {
                m.name
                    .as_ref()
                    .is_none_or(|glob| s.group.name.as_deref().is_some_and(|n| glob_match(glob, n)))
            },
        },
        Field {
            name: "tags",
            doc: "Every tag named is on the group, with a value that matches its glob.",
            example: "{ env = \"prod*\" }",
            words: &[],
            parse: |m, v| {
                m.tags = Some(v.tags()?);
                Ok(())
            },
            matches: |m, s| m.tags.as_ref().is_none_or(|tags| tags_match(tags, s.group)),
        },
        Field {
            name: "replaced_because",
            doc: "The change replaces the group because one of these attributes changes (they force the replacement).",
            example: "[\"description\", \"name\"]",
            words: &[],
            parse: |m, v| {
                m.replaced_because = Some(v.attribute_names()?);
                Ok(())
            },
            matches: |m, s| {
                m.replaced_because
                    .as_ref()
                    .is_none_or(|attrs| replaced_because(attrs, s.group))
            },
        },
        Field {
            name: "public_ingress",
            doc: "`true`: one of the group's ingress permissions admits an address block that holds public addresses.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.public_ingress = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.public_ingress.is_none_or(|want| {
                    s.own.iter().any(|p| {
                        p.direction == Direction::Ingress
                            && matches!(&p.peer, Peer::Cidr { net, .. } if ExposedPeer::Cidr(*net).public() == Some(true))
                    }) == want
                })
            },
        },
        Field {
            name: "self_all_traffic",
            doc: "`true`: the group admits all traffic from itself (an ingress permission with peer `self` and protocol all).",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.self_all_traffic = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.self_all_traffic.is_none_or(|want| {
                    s.own.iter().any(|p| {
                        p.direction == Direction::Ingress
                            && p.peer == Peer::SelfRef
                            && p.range.protocol == Protocol::All
                    }) == want
                })
            },
        },
        Field {
            name: "attached",
            doc: "`true`: a workload of the input holds the group after the change; `false`: it is known that none does: a group this change creates and no workload uses. Neither matches when the input cannot tell. Looked at after the change only: before it, the field matches any group.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.attached = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| {
                m.attached
                    .is_none_or(|want| s.before || s.attached_after == Some(want))
            },
        },
    ];
}
