//! The one port type: a protocol and the ports it covers ([`PortRange`]), as permissions hold
//! it, the diff reports it and paths carry it; how it prints, how AWS writes it (from/to with
//! -1 for all), and the interval operations the diff and the reachability need.

use std::cmp::Ordering;
use std::fmt;

/// What reports print for a protocol or ports the input marks sensitive.
pub const SENSITIVE: &str = "sensitive";

/// An IP protocol as AWS evaluates it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Protocol {
    /// `-1` / `all`: every protocol and every port.
    All,
    Tcp,
    Udp,
    Icmp,
    Icmpv6,
    /// Any other IP protocol number; AWS ignores ports for these.
    Number(u8),
    /// Not known until apply; carries the reference it comes from.
    Unknown(String),
}

impl Protocol {
    /// Parses every spelling the AWS provider accepts (`protocolForValue`): names in any case,
    /// `-1`/`all`, and numbers (`"6"`, `"06"`, `"+6"`, `"58"`).
    pub fn parse(raw: &str) -> Result<Protocol, String> {
        let lower = raw.trim().to_ascii_lowercase();
        match lower.as_str() {
            "-1" | "all" => return Ok(Protocol::All),
            "tcp" => return Ok(Protocol::Tcp),
            "udp" => return Ok(Protocol::Udp),
            "icmp" => return Ok(Protocol::Icmp),
            "icmpv6" => return Ok(Protocol::Icmpv6),
            _ => {}
        }
        let digits = lower.strip_prefix('+').unwrap_or(&lower);
        match digits.parse::<i64>() {
            Ok(-1) => Ok(Protocol::All),
            Ok(1) => Ok(Protocol::Icmp),
            Ok(6) => Ok(Protocol::Tcp),
            Ok(17) => Ok(Protocol::Udp),
            Ok(58) => Ok(Protocol::Icmpv6),
            Ok(n) if (0..=255).contains(&n) => Ok(Protocol::Number(u8::try_from(n).unwrap_or(0))),
            _ => Err(format!(
                "protocol {raw:?} is not one AWS accepts (tcp, udp, icmp, icmpv6, all, -1 or a number 0-255)"
            )),
        }
    }

    /// Whether from/to ports mean something for this protocol.
    pub fn has_ports(&self) -> bool {
        matches!(
            self,
            Protocol::Tcp | Protocol::Udp | Protocol::Icmp | Protocol::Icmpv6
        )
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Protocol::All => f.write_str("all"),
            Protocol::Tcp => f.write_str("tcp"),
            Protocol::Udp => f.write_str("udp"),
            Protocol::Icmp => f.write_str("icmp"),
            Protocol::Icmpv6 => f.write_str("icmpv6"),
            Protocol::Number(n) => write!(f, "{n}"),
            Protocol::Unknown(r) => write!(f, "unknown:{r}"),
        }
    }
}

/// The ports a permission covers, already normalized for its protocol.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ports {
    /// All ports (protocol `all`, protocols without ports, or tcp/udp 0-65535).
    All,
    /// An inclusive tcp/udp port range.
    Range(u16, u16),
    /// ICMP / ICMPv6 type and code; `None` means all.
    Icmp { kind: Option<u8>, code: Option<u8> },
    /// Not known until apply; carries the reference it comes from.
    Unknown(String),
}

impl Ports {
    /// Normalizes raw from/to values for a protocol, as AWS interprets them.
    pub fn normalize(
        protocol: &Protocol,
        from: Option<i64>,
        to: Option<i64>,
    ) -> Result<Ports, String> {
        match protocol {
            Protocol::Tcp | Protocol::Udp => match (from, to) {
                (None | Some(-1), None | Some(-1)) => Ok(Ports::All),
                (Some(f), Some(t))
                    if (0..=65535).contains(&f) && (0..=65535).contains(&t) && f <= t =>
                {
                    if f == 0 && t == 65535 {
                        Ok(Ports::All)
                    } else {
                        Ok(Ports::Range(f as u16, t as u16))
                    }
                }
                _ => Err(format!(
                    "port range {}-{} is not valid for {protocol}",
                    opt(from),
                    opt(to)
                )),
            },
            Protocol::Icmp | Protocol::Icmpv6 => {
                let kind = icmp_field(from)
                    .ok_or_else(|| format!("ICMP type {} is not valid", opt(from)))?;
                let code =
                    icmp_field(to).ok_or_else(|| format!("ICMP code {} is not valid", opt(to)))?;
                // "If you specify all ICMP types, you must specify all codes."
                Ok(Ports::Icmp {
                    kind,
                    code: if kind.is_none() { None } else { code },
                })
            }
            Protocol::All | Protocol::Number(_) => Ok(Ports::All),
            Protocol::Unknown(r) => Ok(Ports::Unknown(r.clone())),
        }
    }
}

fn opt(v: Option<i64>) -> String {
    v.map_or_else(|| "null".to_owned(), |v| v.to_string())
}

/// `None` inside `Some` means "all"; the outer `None` means out of range.
fn icmp_field(v: Option<i64>) -> Option<Option<u8>> {
    match v {
        None | Some(-1) => Some(None),
        Some(n) => u8::try_from(n).ok().map(Some),
    }
}

impl Ports {
    /// The interval the ports cover in their protocol's port dimension: tcp/udp ports, or ICMP
    /// type and code as `type * 256 + code`; all of it (0-65535) for all ports, all ICMP types,
    /// and ports not known (which are compared as a whole, never by their interval).
    pub fn interval(&self) -> (u32, u32) {
        match self {
            Ports::All | Ports::Unknown(_) | Ports::Icmp { kind: None, .. } => (0, 65535),
            Ports::Range(from, to) => (u32::from(*from), u32::from(*to)),
            Ports::Icmp {
                kind: Some(t),
                code: None,
            } => (u32::from(*t) << 8, (u32::from(*t) << 8) | 255),
            Ports::Icmp {
                kind: Some(t),
                code: Some(c),
            } => {
                let v = (u32::from(*t) << 8) | u32::from(*c);
                (v, v)
            }
        }
    }

    /// The ports of `protocol` that cover an interval of its port dimension (see
    /// [`Ports::interval`]), in order, as AWS would write them: one tcp/udp range; all ICMP
    /// types, or each type whole (all its codes) or code by code; all ports for a protocol
    /// without ports.
    pub fn covering(protocol: &Protocol, lo: u32, hi: u32) -> Vec<Ports> {
        let byte = |v: u32| u8::try_from(v & 255).unwrap_or(u8::MAX);
        match protocol {
            Protocol::Tcp | Protocol::Udp => {
                let port = |v: u32| u16::try_from(v).unwrap_or(u16::MAX);
                vec![Ports::Range(port(lo), port(hi))]
            }
            Protocol::Icmp | Protocol::Icmpv6 => {
                if lo == 0 && hi == 65535 {
                    return vec![Ports::Icmp {
                        kind: None,
                        code: None,
                    }];
                }
                let mut out = Vec::new();
                for t in (lo >> 8)..=(hi >> 8) {
                    let (tlo, thi) = ((t << 8).max(lo), ((t << 8) | 255).min(hi));
                    if tlo == t << 8 && thi == (t << 8) | 255 {
                        out.push(Ports::Icmp {
                            kind: Some(byte(t)),
                            code: None,
                        });
                    } else {
                        out.extend((tlo..=thi).map(|v| Ports::Icmp {
                            kind: Some(byte(t)),
                            code: Some(byte(v)),
                        }));
                    }
                }
                out
            }
            Protocol::All | Protocol::Number(_) | Protocol::Unknown(_) => vec![Ports::All],
        }
    }
}

/// A protocol and the ports it covers (ICMP: type and code), and whether they are hidden.
///
/// It prints itself as paths write it (`tcp/22`, `udp/1024-2048`, `icmp/type 8 code 0`, `all`,
/// `protocol 50`, `sensitive`); [`PortRange::ports_label`] is the ports alone (`22`, `all`,
/// `type 8`, `unknown`) and [`PortRange::aws_ports`] the from/to values AWS and the JSON
/// report write.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PortRange {
    pub protocol: Protocol,
    pub ports: Ports,
    /// The input marks the protocol or a port sensitive (in an exposure: a permission of its
    /// space, see `diff::Exposure`): the range counts (rules match the real values) but prints
    /// `sensitive`.
    pub sensitive: bool,
}

impl PortRange {
    /// A range the input does not mark sensitive.
    pub fn new(protocol: Protocol, ports: Ports) -> PortRange {
        PortRange {
            protocol,
            ports,
            sensitive: false,
        }
    }

    /// Both the protocol and the ports are known.
    pub fn is_known(&self) -> bool {
        !matches!(self.protocol, Protocol::Unknown(_)) && !matches!(self.ports, Ports::Unknown(_))
    }

    /// From and to ports as AWS writes them (the JSON report's `from_port` and `to_port`): a
    /// tcp/udp range (0-65535 for all ports), ICMP type and code with -1 for all, -1/-1 for a
    /// protocol without ports, `None` when unknown. Ranges that print alike write alike:
    /// unknown ports are `None` whatever reference they come from.
    pub fn aws_ports(&self) -> (Option<i64>, Option<i64>) {
        let icmp = |v: Option<u8>| Some(v.map_or(-1, i64::from));
        match (&self.protocol, &self.ports) {
            (Protocol::Unknown(_), _) | (_, Ports::Unknown(_)) => (None, None),
            (_, Ports::Range(from, to)) => (Some(i64::from(*from)), Some(i64::from(*to))),
            (_, Ports::Icmp { kind, code }) => (icmp(*kind), icmp(*code)),
            (Protocol::Tcp | Protocol::Udp, Ports::All) => (Some(0), Some(65535)),
            (_, Ports::All) => (Some(-1), Some(-1)),
        }
    }

    /// [`PortRange::aws_ports`] as reports write them: `None` when hidden.
    pub fn shown_aws_ports(&self) -> (Option<i64>, Option<i64>) {
        if self.sensitive {
            (None, None)
        } else {
            self.aws_ports()
        }
    }

    /// The protocol as reports print it: `sensitive` when hidden.
    pub fn protocol_label(&self) -> String {
        if self.sensitive {
            SENSITIVE.to_owned()
        } else {
            self.protocol.to_string()
        }
    }

    /// The ports as reports print them: `22`, `1024-2048`, `all`, `type 8`, `type 8 code 0`,
    /// `unknown`; `sensitive` when hidden.
    pub fn ports_label(&self) -> String {
        if self.sensitive {
            return SENSITIVE.to_owned();
        }
        match (&self.protocol, &self.ports) {
            (Protocol::Unknown(_), _) | (_, Ports::Unknown(_)) => "unknown".to_owned(),
            (_, Ports::All | Ports::Icmp { kind: None, .. })
            | (Protocol::Tcp | Protocol::Udp, Ports::Range(0, 65535)) => "all".to_owned(),
            (
                _,
                Ports::Icmp {
                    kind: Some(t),
                    code: None,
                },
            ) => format!("type {t}"),
            (
                _,
                Ports::Icmp {
                    kind: Some(t),
                    code: Some(c),
                },
            ) => format!("type {t} code {c}"),
            (_, Ports::Range(from, to)) if from == to => from.to_string(),
            (_, Ports::Range(from, to)) => format!("{from}-{to}"),
        }
    }

    /// The ports that port conditions of rules and waivers read: a tcp/udp range, all of
    /// 0-65535 for a protocol without ports; `None` for ICMP and for unknown ports, which port
    /// conditions never match.
    pub fn span(&self) -> Option<(u16, u16)> {
        match (&self.protocol, &self.ports) {
            (Protocol::Tcp | Protocol::Udp, Ports::Range(from, to)) => Some((*from, *to)),
            (Protocol::Tcp | Protocol::Udp, Ports::All)
            | (Protocol::All | Protocol::Number(_), _) => Some((0, 65535)),
            _ => None,
        }
    }

    /// The labels of sorted ranges (a hop's, an edge's), each once: every hidden range is one
    /// `sensitive`, and unknown ports from different references one `tcp/unknown`.
    pub fn labels(ranges: &[PortRange]) -> Vec<String> {
        let mut out: Vec<String> = ranges.iter().map(ToString::to_string).collect();
        out.dedup();
        out
    }

    /// What both allow (a receiver's ingress and a sender's egress): `None` when nothing, or
    /// when either is not known; hidden when either is.
    pub fn intersect(&self, other: &PortRange) -> Option<PortRange> {
        if !self.is_known() || !other.is_known() {
            return None;
        }
        let both = match (&self.protocol, &other.protocol) {
            (Protocol::All, _) => other.clone(),
            (_, Protocol::All) => self.clone(),
            (p, q) if p != q => return None,
            (Protocol::Tcp | Protocol::Udp, _) => {
                let ((a0, a1), (b0, b1)) = (self.ports.interval(), other.ports.interval());
                let (lo, hi) = (a0.max(b0), a1.min(b1));
                if lo > hi {
                    return None;
                }
                let port = |v: u32| u16::try_from(v).unwrap_or(u16::MAX);
                PortRange::new(self.protocol.clone(), Ports::Range(port(lo), port(hi)))
            }
            (Protocol::Icmp | Protocol::Icmpv6, _) => {
                let icmp = |p: &Ports| match p {
                    Ports::Icmp { kind, code } => (*kind, *code),
                    _ => (None, None),
                };
                // Type, then code; `None` is all.
                let pick = |x: Option<u8>, y: Option<u8>| match (x, y) {
                    (None, y) => Some(y),
                    (x, None) => Some(x),
                    (x, y) if x == y => Some(x),
                    _ => None,
                };
                let ((k1, c1), (k2, c2)) = (icmp(&self.ports), icmp(&other.ports));
                let kind = pick(k1, k2)?;
                let code = if kind.is_none() { None } else { pick(c1, c2)? };
                PortRange::new(self.protocol.clone(), Ports::Icmp { kind, code })
            }
            _ => self.clone(),
        };
        Some(PortRange {
            sensitive: self.sensitive || other.sensitive,
            ..both
        })
    }
}

impl Ord for PortRange {
    /// Hidden ranges after the shown ones (not where their values would put them); then by
    /// protocol, and by the ports as AWS writes them (unknown first, all ICMP types or codes
    /// before a number); the reference of unknown ports last.
    fn cmp(&self, other: &PortRange) -> Ordering {
        (
            self.sensitive,
            &self.protocol,
            self.aws_ports(),
            &self.ports,
        )
            .cmp(&(
                other.sensitive,
                &other.protocol,
                other.aws_ports(),
                &other.ports,
            ))
    }
}

impl PartialOrd for PortRange {
    fn partial_cmp(&self, other: &PortRange) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PortRange {
    /// As paths print it: `tcp/22`, `udp/1024-2048`, `icmp/type 8`, `all`, `protocol 50`;
    /// `sensitive` when hidden.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.sensitive {
            return f.write_str(SENSITIVE);
        }
        match &self.protocol {
            Protocol::All => f.write_str("all"),
            Protocol::Number(_) => write!(f, "protocol {}", self.protocol),
            p => write!(f, "{p}/{}", self.ports_label()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_protocol_spelling_the_provider_accepts() {
        for (raw, want) in [
            ("-1", Protocol::All),
            ("all", Protocol::All),
            ("ALL", Protocol::All),
            ("tcp", Protocol::Tcp),
            ("TCP", Protocol::Tcp),
            ("6", Protocol::Tcp),
            ("06", Protocol::Tcp),
            ("+6", Protocol::Tcp),
            ("Udp", Protocol::Udp),
            ("17", Protocol::Udp),
            ("1", Protocol::Icmp),
            ("ICMP", Protocol::Icmp),
            ("58", Protocol::Icmpv6),
            ("ICMPv6", Protocol::Icmpv6),
            ("50", Protocol::Number(50)),
            ("0", Protocol::Number(0)),
        ] {
            assert_eq!(Protocol::parse(raw), Ok(want), "{raw}");
        }
        for bad in ["esp", "256", "-2", ""] {
            assert!(Protocol::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ports_mean_what_aws_makes_of_them() {
        let n = |p: &Protocol, f: i64, t: i64| Ports::normalize(p, Some(f), Some(t));
        assert_eq!(n(&Protocol::Tcp, 22, 22), Ok(Ports::Range(22, 22)));
        assert_eq!(n(&Protocol::Tcp, 0, 65535), Ok(Ports::All));
        assert_eq!(n(&Protocol::Udp, -1, -1), Ok(Ports::All));
        assert!(n(&Protocol::Tcp, 23, 22).is_err(), "AWS rejects from > to");
        assert!(n(&Protocol::Tcp, 0, 70000).is_err());
        // Ports are ignored for all protocols and for protocols without ports.
        assert_eq!(n(&Protocol::All, 22, 22), Ok(Ports::All));
        assert_eq!(n(&Protocol::Number(50), 22, 22), Ok(Ports::All));
        // ICMP: from = type, to = code, -1 = all; all types means all codes.
        assert_eq!(
            n(&Protocol::Icmp, 8, 0),
            Ok(Ports::Icmp {
                kind: Some(8),
                code: Some(0)
            })
        );
        assert_eq!(
            n(&Protocol::Icmp, 3, -1),
            Ok(Ports::Icmp {
                kind: Some(3),
                code: None
            })
        );
        assert_eq!(
            n(&Protocol::Icmpv6, -1, 4),
            Ok(Ports::Icmp {
                kind: None,
                code: None
            })
        );
        assert_eq!(
            Ports::normalize(&Protocol::Icmpv6, None, None),
            Ok(Ports::Icmp {
                kind: None,
                code: None
            })
        );
    }

    fn range(protocol: Protocol, ports: Ports) -> PortRange {
        PortRange::new(protocol, ports)
    }

    #[test]
    fn a_port_range_prints_as_reports_have_always_printed_it() {
        let icmp = |kind, code| Ports::Icmp { kind, code };
        for (r, shown, ports, aws) in [
            (
                range(Protocol::All, Ports::All),
                "all",
                "all",
                (Some(-1), Some(-1)),
            ),
            (
                range(Protocol::Tcp, Ports::Range(1024, 2048)),
                "tcp/1024-2048",
                "1024-2048",
                (Some(1024), Some(2048)),
            ),
            (
                range(Protocol::Tcp, Ports::Range(22, 22)),
                "tcp/22",
                "22",
                (Some(22), Some(22)),
            ),
            (
                range(Protocol::Udp, Ports::All),
                "udp/all",
                "all",
                (Some(0), Some(65535)),
            ),
            (
                range(Protocol::Udp, Ports::Range(0, 65535)),
                "udp/all",
                "all",
                (Some(0), Some(65535)),
            ),
            (
                range(Protocol::Icmp, icmp(Some(8), Some(0))),
                "icmp/type 8 code 0",
                "type 8 code 0",
                (Some(8), Some(0)),
            ),
            (
                range(Protocol::Icmpv6, icmp(Some(3), None)),
                "icmpv6/type 3",
                "type 3",
                (Some(3), Some(-1)),
            ),
            (
                range(Protocol::Icmp, icmp(None, None)),
                "icmp/all",
                "all",
                (Some(-1), Some(-1)),
            ),
            (
                range(Protocol::Number(50), Ports::All),
                "protocol 50",
                "all",
                (Some(-1), Some(-1)),
            ),
            (
                range(Protocol::Tcp, Ports::Unknown("var.port".to_owned())),
                "tcp/unknown",
                "unknown",
                (None, None),
            ),
            (
                range(
                    Protocol::Unknown("var.protocol".to_owned()),
                    Ports::Unknown("var.protocol".to_owned()),
                ),
                "unknown:var.protocol/unknown",
                "unknown",
                (None, None),
            ),
        ] {
            assert_eq!(r.to_string(), shown, "{r:?}");
            assert_eq!(r.ports_label(), ports, "{r:?}");
            assert_eq!(r.aws_ports(), aws, "{r:?}");
            assert_eq!(r.shown_aws_ports(), aws, "{r:?}");
        }
        // Hidden: every label is `sensitive`, and no value is written.
        let hidden = PortRange {
            sensitive: true,
            ..range(Protocol::Tcp, Ports::Range(22, 22))
        };
        assert_eq!(hidden.to_string(), "sensitive");
        assert_eq!(hidden.protocol_label(), "sensitive");
        assert_eq!(hidden.ports_label(), "sensitive");
        assert_eq!(hidden.shown_aws_ports(), (None, None));
        assert_eq!(hidden.aws_ports(), (Some(22), Some(22)), "it still counts");
    }

    #[test]
    fn port_ranges_sort_by_what_aws_writes_with_hidden_ones_last() {
        let mut list = vec![
            PortRange {
                sensitive: true,
                ..range(Protocol::Tcp, Ports::Range(1, 1))
            },
            range(Protocol::Tcp, Ports::Range(0, 65535)),
            range(Protocol::Tcp, Ports::Range(0, 22)),
            range(Protocol::Tcp, Ports::Unknown("var.b".to_owned())),
            range(Protocol::Tcp, Ports::Unknown("var.a".to_owned())),
            range(
                Protocol::Icmp,
                Ports::Icmp {
                    kind: Some(8),
                    code: Some(0),
                },
            ),
            range(
                Protocol::Icmp,
                Ports::Icmp {
                    kind: Some(8),
                    code: None,
                },
            ),
            range(Protocol::All, Ports::All),
        ];
        list.sort();
        let shown: Vec<String> = list.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "all",
                "tcp/unknown",
                "tcp/unknown",
                "tcp/0-22",
                "tcp/all",
                "icmp/type 8",
                "icmp/type 8 code 0",
                "sensitive"
            ]
        );
        assert_eq!(list[1].ports, Ports::Unknown("var.a".to_owned()));
        assert_eq!(
            PortRange::labels(&list),
            [
                "all",
                "tcp/unknown",
                "tcp/0-22",
                "tcp/all",
                "icmp/type 8",
                "icmp/type 8 code 0",
                "sensitive"
            ]
        );
    }

    #[test]
    fn ports_of_a_hop_are_what_both_sides_allow() {
        let r = |p: Protocol, f: u16, t: u16| range(p, Ports::Range(f, t));
        let icmp = |kind, code| range(Protocol::Icmp, Ports::Icmp { kind, code });
        let all = range(Protocol::All, Ports::All);
        assert_eq!(
            r(Protocol::Tcp, 20, 30).intersect(&all),
            Some(r(Protocol::Tcp, 20, 30))
        );
        assert_eq!(
            r(Protocol::Tcp, 20, 30).intersect(&r(Protocol::Udp, 20, 30)),
            None
        );
        assert_eq!(
            r(Protocol::Tcp, 20, 30).intersect(&r(Protocol::Tcp, 31, 40)),
            None
        );
        assert_eq!(
            r(Protocol::Tcp, 20, 30).intersect(&r(Protocol::Tcp, 25, 40)),
            Some(r(Protocol::Tcp, 25, 30))
        );
        assert_eq!(
            icmp(Some(8), None).intersect(&icmp(None, None)),
            Some(icmp(Some(8), None))
        );
        assert_eq!(icmp(Some(8), Some(0)).intersect(&icmp(Some(3), None)), None);
        let unknown = range(Protocol::Tcp, Ports::Unknown("var.port".to_owned()));
        assert_eq!(
            unknown.intersect(&all),
            None,
            "unknown ports allow nothing known"
        );
        let hidden = PortRange {
            sensitive: true,
            ..all.clone()
        };
        assert_eq!(
            r(Protocol::Tcp, 22, 22).intersect(&hidden),
            Some(PortRange {
                sensitive: true,
                ..r(Protocol::Tcp, 22, 22)
            })
        );
    }

    #[test]
    fn ports_cover_an_interval_as_aws_writes_it() {
        for ports in [
            Ports::Range(22, 22),
            Ports::Range(1024, 2048),
            Ports::Icmp {
                kind: Some(8),
                code: Some(0),
            },
            Ports::Icmp {
                kind: Some(3),
                code: None,
            },
            Ports::Icmp {
                kind: None,
                code: None,
            },
        ] {
            let protocol = if matches!(ports, Ports::Range(..)) {
                Protocol::Tcp
            } else {
                Protocol::Icmp
            };
            let (lo, hi) = ports.interval();
            assert_eq!(
                Ports::covering(&protocol, lo, hi),
                std::slice::from_ref(&ports)
            );
        }
        // Type 3 code 255 to type 4 code 1: one code of 3, two of 4.
        assert_eq!(
            Ports::covering(&Protocol::Icmp, (3 << 8) | 255, (4 << 8) | 1).len(),
            3
        );
        assert_eq!(Ports::covering(&Protocol::All, 0, 0), [Ports::All]);
    }
}
