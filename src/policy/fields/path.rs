//! The fields of `path` blocks: conditions on the paths from the internet to one workload.

use super::{Block, Field, PATH_STATUSES, PUBLIC_ADDRESS, REACHABLE, overlaps_any, port_interval};
use crate::model::{PortRange, PublicAddress, WorkloadKind};
use crate::network::{BlockKind, Reachable};
use crate::reach::Hop;

/// The values of a path block's fields; a field the rule does not set is `None`.
#[derive(Clone, Debug, Default)]
pub struct PathMatch {
    pub kinds: Option<Vec<String>>,
    pub direct: Option<bool>,
    pub public_address: Option<Vec<String>>,
    pub protocols: Option<Vec<String>>,
    pub ports: Option<Vec<(u16, u16)>>,
    pub reachable: Option<Vec<String>>,
    pub blocked_by: Option<Vec<String>>,
    pub network_only: Option<bool>,
    pub status: Option<Vec<String>>,
}

/// One path to a workload as the fields see it, on one side of the change.
#[derive(Clone, Copy)]
pub struct Seen<'a> {
    /// The workload's kind.
    pub kind: &'a str,
    pub hops: &'a [Hop],
    /// Whether the path's first workload can hold a public address.
    pub public: &'a PublicAddress,
    /// The network's verdict on the path's hop from the internet, and what blocks it.
    pub reachable: Reachable,
    pub blocked_by: &'a [crate::network::Block],
    /// The groups allow the path alike before and after the change: only the network's
    /// verdict can differ.
    pub network_only: bool,
    /// What the change does to the matching paths that reach the workload (`PATH_STATUSES`):
    /// known once all of them are matched, so `None` while each path is.
    pub status: Option<&'a str>,
}

impl Seen<'_> {
    /// What the last hop allows.
    fn last(&self) -> &[PortRange] {
        self.hops.last().map_or(&[], |h| h.ports.as_slice())
    }
}

impl Block for PathMatch {
    const NAME: &'static str = "path";
    const ONLY_FIELDS: &'static str = "a path block holds only fields";
    type Seen<'a> = Seen<'a>;
    const FIELDS: &'static [Field<Self>] = &[
        Field {
            name: "kinds",
            doc: "The workload is of one of these kinds.",
            example: "[\"database\", \"cache\", \"search\"]",
            words: &WorkloadKind::NAMES,
            parse: |m, v| {
                m.kinds = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.kinds
                    .as_ref()
                    .is_none_or(|k| k.iter().any(|k| k == s.kind))
            },
        },
        Field {
            name: "direct",
            doc: "`true`: the path is one hop: the workload's own groups admit the internet; `false`: it passes through other workloads.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.direct = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.direct.is_none_or(|want| (s.hops.len() == 1) == want),
        },
        Field {
            name: "public_address",
            doc: "Whether the path's first workload can hold a public address (`unknown` where the input does not say).",
            example: "[\"yes\", \"unknown\"]",
            words: &PUBLIC_ADDRESS,
            parse: |m, v| {
                m.public_address = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.public_address
                    .as_ref()
                    .is_none_or(|l| l.iter().any(|p| p == s.public.as_str()))
            },
        },
        Field {
            name: "protocols",
            doc: "The path's last hop allows one of these protocols (written as in exposure blocks).",
            example: "[\"tcp\"]",
            words: &[],
            parse: |m, v| {
                m.protocols = Some(v.protocols()?);
                Ok(())
            },
            matches: |m, s| {
                m.protocols.as_ref().is_none_or(|ps| {
                    s.last()
                        .iter()
                        .any(|p| ps.iter().any(|want| *want == p.protocol.to_string()))
                })
            },
        },
        Field {
            name: "ports",
            doc: "The path's last hop allows a port in one of these ports or ranges (`\"1024-65535\"`). All traffic and protocol numbers cover every port; ICMP and unknown ports never match.",
            example: "[5432, 6379]",
            words: &[],
            parse: |m, v| {
                m.ports = Some(v.ports()?);
                Ok(())
            },
            matches: |m, s| {
                m.ports.as_ref().is_none_or(|ports| {
                    s.last()
                        .iter()
                        .any(|p| overlaps_any(port_interval(p), ports))
                })
            },
        },
        Field {
            name: "reachable",
            doc: "The network's verdict on the path's hop from the internet (the subnet's route to an internet gateway, a public address, its network ACL both ways): `yes`, `no` (blocked), `unknown` (the input does not hold what decides it). Without this field a rule sees the paths that are not blocked (`yes` and `unknown`).",
            example: "[\"no\"]",
            words: &REACHABLE,
            parse: |m, v| {
                m.reachable = Some(v.list_of()?);
                Ok(())
            },
            // Without the field, the evaluation leaves the blocked paths out (`policy::facts`).
            matches: |m, s| {
                m.reachable
                    .as_ref()
                    .is_none_or(|l| l.iter().any(|r| r == s.reachable.as_str()))
            },
        },
        Field {
            name: "blocked_by",
            doc: "What blocks (or leaves unknown) the path's hop from the internet is of one of these kinds: `route` (no route to an internet gateway, or an egress-only one), `public_address`, `network_acl` (the request is denied), `return_traffic` (the network ACL denies the replies on the ephemeral ports 1024-65535), `unknown` (the input does not hold what decides it). Use with `reachable = [\"no\"]` for blocked paths.",
            example: "[\"return_traffic\"]",
            words: &BlockKind::NAMES,
            parse: |m, v| {
                m.blocked_by = Some(v.list_of()?);
                Ok(())
            },
            matches: |m, s| {
                m.blocked_by.as_ref().is_none_or(|kinds| {
                    s.blocked_by
                        .iter()
                        .any(|b| kinds.iter().any(|k| k == b.kind.as_str()))
                })
            },
        },
        Field {
            name: "network_only",
            doc: "`true`: the security groups allow the path alike before and after the change, so only the network (a network ACL, a route, a public address) decides differently: with `status = [\"added\"]`, a path a network change opens without touching a group.",
            example: "true",
            words: &[],
            parse: |m, v| {
                m.network_only = Some(v.boolean()?);
                Ok(())
            },
            matches: |m, s| m.network_only.is_none_or(|want| s.network_only == want),
        },
        Field {
            name: "status",
            doc: "What the change does to the workload's being reached by the paths the other fields match: `added` when none reached it before the change, `unchanged` when some did before and do after, `removed` when none does after. The words before JSON schema 2 (`new`, `existing`, `resolved`) are an error naming their replacement.",
            example: "[\"added\"]",
            words: &PATH_STATUSES,
            parse: |m, v| {
                m.status = Some(v.statuses()?);
                Ok(())
            },
            matches: |m, s| {
                m.status
                    .as_ref()
                    .zip(s.status)
                    .is_none_or(|(l, status)| l.iter().any(|x| x == status))
            },
        },
    ];
}
