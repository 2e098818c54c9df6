//! The exposure diff: per security group, the permissions before and after a change compared as
//! sets of (direction, protocol, port, address), not as rule text. Overlapping and adjacent
//! permissions merge, so `0.0.0.0/1` + `128.0.0.0/1` is the whole IPv4 internet, and moving a
//! permission from one resource to another with the same effect changes nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use ipnet::IpNet;

use crate::model::{
    Change, Direction, Input, Names, Origin, Owner, Peer, Permission, PortRange, Ports,
    PrefixLists, Protocol,
};
use crate::netset::{
    Family, IntervalSet, is_public, is_public_interval, is_world, net_interval, rectangles,
    to_cidrs,
};

/// One exposure: a group (or a workload, through all its groups) reachable (or reaching) on a
/// protocol and port range from one peer. Sorted by owner, direction, protocol, ports, peer; rows whose protocol and ports are hidden
/// come after the others of their direction, sorted by peer first (see the `Ord`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exposure {
    /// The group, or the workload, that allows it.
    pub owner: Owner,
    pub direction: Direction,
    /// The protocol and ports. They are hidden (`sensitive`) when a permission whose protocol or
    /// ports are sensitive is in the same space (group, direction, protocol and address family,
    /// on either side of the change), since the bounds of this row may come from it. They
    /// still count: rules match the real values.
    pub range: PortRange,
    pub peer: ExposedPeer,
    /// The resources that declare this exposure, sorted; their names the model's (each
    /// permission's shared copy).
    pub resources: Box<[Arc<str>]>,
    /// Where they are declared (`main.tf:14`), when the input is configuration; sorted.
    pub origins: Box<[Origin]>,
    /// For an added or removed exposure of all protocols: the specific protocols and ports
    /// (and peers, within this one) that the change leaves as they were, reported as
    /// unchanged exposures of their own protocol and not part of this one. Adding `all` to a
    /// group that allows `tcp/443` adds every protocol except `tcp/443`. Sorted; empty
    /// otherwise.
    pub except: Box<[Except]>,
}

/// A part of an exposure of all protocols that the change leaves as it was: a protocol and its
/// ports, from a peer (the exposure's own, or a block within it).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Except {
    pub range: PortRange,
    pub peer: ExposedPeer,
}

impl Exposure {
    /// The ports as reports print them: the range's (`22`, `all`), then what an `all`
    /// exposure excepts ("all except tcp/443 (unchanged)").
    pub fn ports_label(&self) -> String {
        match self.except_label() {
            Some(except) => format!("{} {except}", self.range.ports_label()),
            None => self.range.ports_label(),
        }
    }

    /// "except tcp/443 (unchanged)", or `None` when nothing is excepted.
    pub fn except_label(&self) -> Option<String> {
        except_label(std::iter::once(self))
    }
}

/// What exposures of all protocols except, together: "except tcp/443, udp/53 from
/// 10.0.0.0/16 (unchanged)", or `None` when nothing is; an excepted part from a narrower peer
/// than its exposure's names it.
pub fn except_label<'e>(exposures: impl Iterator<Item = &'e Exposure>) -> Option<String> {
    let parts: BTreeSet<String> = exposures
        .flat_map(|e| {
            e.except.iter().map(|x| {
                if x.peer == e.peer {
                    x.range.to_string()
                } else {
                    format!("{} from {}", x.range, x.peer.label())
                }
            })
        })
        .collect();
    (!parts.is_empty()).then(|| {
        format!(
            "except {} (unchanged)",
            parts.into_iter().collect::<Vec<_>>().join(", ")
        )
    })
}

impl Ord for Exposure {
    /// Hidden rows sort after the shown ones of their group and direction, by peer and
    /// resources before their protocol and ports, so that their place does not tell their
    /// values. Ports sort as AWS writes them; the reference of unknown ports comes last.
    fn cmp(&self, other: &Exposure) -> std::cmp::Ordering {
        fn head(e: &Exposure) -> (&Owner, Direction, bool) {
            (&e.owner, e.direction, e.range.sensitive)
        }
        fn ports(e: &Exposure) -> (&Protocol, (Option<i64>, Option<i64>)) {
            (&e.range.protocol, e.range.aws_ports())
        }
        fn peer(e: &Exposure) -> (&ExposedPeer, &[Arc<str>], &[Origin]) {
            (&e.peer, &e.resources, &e.origins)
        }
        head(self)
            .cmp(&head(other))
            .then_with(|| {
                if self.range.sensitive {
                    (peer(self), ports(self)).cmp(&(peer(other), ports(other)))
                } else {
                    (ports(self), peer(self)).cmp(&(ports(other), peer(other)))
                }
            })
            .then_with(|| self.range.ports.cmp(&other.range.ports))
    }
}

impl PartialOrd for Exposure {
    fn partial_cmp(&self, other: &Exposure) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The peer of an exposure as reported. Its names are shared (`Arc`): a permission's peer is
/// made once and cloned into every exposure cut from it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExposedPeer {
    Cidr(IpNet),
    /// A CIDR whose value is sensitive: it counts, but is never printed.
    Sensitive(IpNet),
    Group(Arc<str>),
    SelfRef,
    /// A managed prefix list, with its entries when the input holds them.
    PrefixList(Arc<str>, Option<Vec<IpNet>>),
    Unknown(Arc<str>),
}

/// The peer as written in reports ([`ExposedPeer::label`]), written where it goes (a report
/// writes it without making a string).
impl std::fmt::Display for ExposedPeer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExposedPeer::Cidr(net) => write!(f, "{net}"),
            ExposedPeer::Sensitive(_) => f.write_str("sensitive"),
            ExposedPeer::Group(g) => write!(f, "sg:{g}"),
            ExposedPeer::SelfRef => f.write_str("self"),
            ExposedPeer::PrefixList(p, _) => write!(f, "pl:{p}"),
            ExposedPeer::Unknown(r) => write!(f, "unknown:{r}"),
        }
    }
}

impl ExposedPeer {
    /// The peer of one permission as reported.
    pub fn of(p: &Permission, lists: &PrefixLists) -> ExposedPeer {
        match &p.peer {
            &Peer::Cidr {
                net,
                sensitive: true,
            } => ExposedPeer::Sensitive(net),
            &Peer::Cidr {
                net,
                sensitive: false,
            } => ExposedPeer::Cidr(net),
            Peer::Group(g) => ExposedPeer::Group(Arc::clone(g)),
            Peer::SelfRef => ExposedPeer::SelfRef,
            Peer::PrefixList(l) => {
                ExposedPeer::PrefixList(Arc::clone(l), lists.get(&**l).cloned().flatten())
            }
            Peer::Unknown(r) => ExposedPeer::Unknown(Arc::clone(r)),
        }
    }

    /// The peer as written in reports: a canonical CIDR, `sg:…`, `self`, `pl:…`,
    /// `unknown:…` or `sensitive`.
    pub fn label(&self) -> String {
        self.to_string()
    }

    /// Whether the peer holds any public address; `None` when that cannot be known
    /// (an unknown value, or a prefix list whose entries are not in the input).
    pub fn public(&self) -> Option<bool> {
        match self {
            // One block: no set to make (this is asked of every exposure, many times).
            ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net) => {
                Some(is_public_interval(Family::of(net), net_interval(net)))
            }
            _ => self.classify(is_public),
        }
    }

    /// Whether the peer is a whole address family (`0.0.0.0/0`, `::/0`).
    pub fn world(&self) -> Option<bool> {
        match self {
            ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net) => {
                let family = Family::of(net);
                Some(net_interval(net) == (0, family.max()))
            }
            _ => self.classify(is_world),
        }
    }

    /// Applies an address-set test to the addresses the peer stands for, per family.
    fn classify(&self, test: fn(Family, &IntervalSet) -> bool) -> Option<bool> {
        let nets: &[IpNet] = match self {
            ExposedPeer::Cidr(net) | ExposedPeer::Sensitive(net) => std::slice::from_ref(net),
            ExposedPeer::PrefixList(_, Some(entries)) => entries,
            ExposedPeer::Group(_) | ExposedPeer::SelfRef => &[],
            ExposedPeer::PrefixList(_, None) | ExposedPeer::Unknown(_) => return None,
        };
        Some([Family::V4, Family::V6].into_iter().any(|family| {
            let set = IntervalSet::from_intervals(
                nets.iter()
                    .filter(|n| Family::of(n) == family)
                    .map(net_interval)
                    .collect(),
            );
            !set.is_empty() && test(family, &set)
        }))
    }
}

/// The exposure diff: `added` and `unchanged` together are everything after the change,
/// `removed` and `unchanged` everything before it.
///
/// Exposures are shared (`Arc`): the findings of every rule that matches one refer to it
/// rather than copy it (a large plan has hundreds of thousands of findings).
#[derive(Debug, Default)]
pub struct Diff {
    pub added: Vec<Arc<Exposure>>,
    pub removed: Vec<Arc<Exposure>>,
    pub unchanged: Vec<Arc<Exposure>>,
}

impl Diff {
    /// The three lists with what the change does to their exposures: `added`, `removed`,
    /// `unchanged`.
    pub fn lists(&self) -> [(Change, &[Arc<Exposure>]); 3] {
        [
            (Change::Added, &self.added),
            (Change::Removed, &self.removed),
            (Change::Unchanged, &self.unchanged),
        ]
    }

    /// Everything before the change: `removed` and `unchanged`.
    pub fn before(&self) -> impl Iterator<Item = &Exposure> {
        self.removed.iter().chain(&self.unchanged).map(|e| &**e)
    }

    /// Everything after the change: `added` and `unchanged`.
    pub fn after(&self) -> impl Iterator<Item = &Exposure> {
        self.added.iter().chain(&self.unchanged).map(|e| &**e)
    }

    /// The added ingress that lets a public address reach a group.
    pub fn public_ingress(&self) -> impl Iterator<Item = &Exposure> {
        self.added
            .iter()
            .map(|e| &**e)
            .filter(|e| e.direction == Direction::Ingress && e.peer.public() == Some(true))
    }
}

/// How permissions are compared. Protocols with known ports live in a two-dimensional space
/// (port × address); a permission with an unknown protocol or port range only equals itself.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    Known(Protocol),
    Opaque(Protocol, Ports),
}

/// The address dimension of a space: one IP family, or a single peer that is not an address.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum PeerSpace {
    Family(Family),
    Single(ExposedPeer),
}

/// A space: its group (borrowed from the permissions: a key per permission is no copy of its
/// group's address), direction, class and address dimension.
type SpaceKey<'a> = (&'a str, Direction, Class, PeerSpace);

/// One permission placed in its space: a port interval × an address interval.
#[derive(Clone, Copy)]
struct Item<'a> {
    ports: (u128, u128),
    addrs: (u128, u128),
    /// The permission's resource, the model's shared copy (each exposure it overlaps names it).
    resource: &'a Arc<str>,
    origin: Option<&'a Origin>,
    /// Counted here because it allows all protocols (see `side_items`).
    cover: bool,
    /// The permission's protocol or ports are sensitive.
    ports_sensitive: bool,
}

/// A permission as the diff reads it: the group it is counted in (its own, or the workload
/// whose groups' permissions are taken together) and, for one taken into a workload, the group
/// its `self` peer names (it admits that group's members, not the workload's other groups).
#[derive(Clone, Copy)]
pub struct Placed<'a> {
    pub group: &'a str,
    pub permission: &'a Permission,
    pub self_group: Option<&'a str>,
}

impl<'a> Placed<'a> {
    /// A permission counted in its own group.
    pub fn own(permission: &'a Permission) -> Placed<'a> {
        Placed {
            group: &permission.group,
            permission,
            self_group: None,
        }
    }
}

fn place<'a>(placed: Placed<'a>, lists: &PrefixLists) -> (SpaceKey<'a>, Item<'a>) {
    let p = placed.permission;
    let known = p.range.is_known();
    let class = if known {
        Class::Known(p.range.protocol.clone())
    } else {
        Class::Opaque(p.range.protocol.clone(), p.range.ports.clone())
    };
    let ports = if known && p.range.protocol.has_ports() {
        let (lo, hi) = p.range.ports.interval();
        (u128::from(lo), u128::from(hi))
    } else {
        (0, 0)
    };
    let (space, addrs) = match (&p.peer, placed.self_group) {
        (
            Peer::Cidr {
                net,
                sensitive: false,
            },
            _,
        ) => (PeerSpace::Family(Family::of(net)), net_interval(net)),
        (Peer::SelfRef, Some(group)) => {
            (PeerSpace::Single(ExposedPeer::Group(group.into())), (0, 0))
        }
        _ => (PeerSpace::Single(ExposedPeer::of(p, lists)), (0, 0)),
    };
    let item = Item {
        ports,
        addrs,
        resource: &p.resource,
        origin: p.origin.as_ref(),
        cover: false,
        ports_sensitive: p.range.sensitive,
    };
    ((placed.group, p.direction, class, space), item)
}

type Spaces<'a> = BTreeMap<SpaceKey<'a>, Vec<Item<'a>>>;

fn spaces<'a>(permissions: impl Iterator<Item = Placed<'a>>, lists: &PrefixLists) -> Spaces<'a> {
    let mut out: Spaces = BTreeMap::new();
    for p in permissions {
        let (key, item) = place(p, lists);
        out.entry(key).or_default().push(item);
    }
    out
}

/// Computes the exposure diff of an input's groups.
pub fn diff(input: &Input) -> Diff {
    diff_owned(input, Owner::Group)
}

/// Computes the exposure diff of an input whose permissions' `group` names what `owner` makes
/// of it (a workload's address, for the union of its groups).
///
/// The specific protocols' spaces come first: what they keep unchanged where `all` is added or
/// removed is what the `all` exposures there except, so that added, removed and unchanged are
/// disjoint cell by cell (direction, protocol number, port, address).
pub fn diff_owned(input: &Input, owner: fn(Arc<str>) -> Owner) -> Diff {
    diff_placed(
        [
            (
                input.before.iter().map(Placed::own).collect(),
                &input.prefix_lists_before,
            ),
            (
                input.after.iter().map(Placed::own).collect(),
                &input.prefix_lists_after,
            ),
        ],
        owner,
    )
}

/// Below this many permissions a diff is made on one thread; 2 in the tests, so that every test
/// goes through the split.
const SPLIT: usize = if cfg!(test) { 2 } else { 2048 };

/// [`diff_owned`] of permissions as they are counted (`Placed`), before and after the change,
/// each side with its prefix lists.
///
/// Groups are diffed apart from each other, and the exposures sort by owner first: the groups
/// are cut in two halves of about as many permissions, diffed on two threads, and the second
/// half's exposures follow the first's.
pub fn diff_placed<'a>(
    sides: [(Vec<Placed<'a>>, &PrefixLists); 2],
    owner: fn(Arc<str>) -> Owner,
) -> Diff {
    diff_split(sides, owner, SPLIT)
}

fn diff_split<'a>(
    sides: [(Vec<Placed<'a>>, &PrefixLists); 2],
    owner: fn(Arc<str>) -> Owner,
    split: usize,
) -> Diff {
    let [(before, lists_before), (after, lists_after)] = sides;
    let total = before.len() + after.len();
    // The group at which the second half starts: the first after groups holding half the
    // permissions or more (else the last group).
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    if total >= split {
        for p in before.iter().chain(&after) {
            *counts.entry(p.group).or_default() += 1;
        }
    }
    let (mut seen, mut pivot) = (0, None);
    for (&group, &n) in &counts {
        if seen > 0 {
            pivot = Some(group);
            if seen * 2 >= total {
                break;
            }
        }
        seen += n;
    }
    let Some(pivot) = pivot else {
        return diff_one(
            [
                (before.into_iter(), lists_before),
                (after.into_iter(), lists_after),
            ],
            owner,
        );
    };
    let (first_before, second_before): (Vec<_>, Vec<_>) =
        before.into_iter().partition(|p| p.group < pivot);
    let (first_after, second_after): (Vec<_>, Vec<_>) =
        after.into_iter().partition(|p| p.group < pivot);
    let (mut first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| {
            diff_one(
                [
                    (second_before.into_iter(), lists_before),
                    (second_after.into_iter(), lists_after),
                ],
                owner,
            )
        });
        let first = diff_one(
            [
                (first_before.into_iter(), lists_before),
                (first_after.into_iter(), lists_after),
            ],
            owner,
        );
        match second.join() {
            Ok(second) => (first, second),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    });
    first.added.extend(second.added);
    first.removed.extend(second.removed);
    first.unchanged.extend(second.unchanged);
    first
}

/// The diff of some groups, on this thread.
fn diff_one<'a, I: Iterator<Item = Placed<'a>>>(
    [(before, lists_before), (after, lists_after)]: [(I, &PrefixLists); 2],
    owner: fn(Arc<str>) -> Owner,
) -> Diff {
    // A permission to a prefix list whose entries change is removed and added again.
    let before = spaces(before, lists_before);
    let after = spaces(after, lists_after);
    let keys: BTreeSet<&SpaceKey> = before.keys().chain(after.keys()).collect();
    let (all_keys, specific_keys): (Vec<&SpaceKey>, Vec<&SpaceKey>) = keys
        .into_iter()
        .partition(|key| key.2 == Class::Known(Protocol::All));
    // Where all protocols are added and removed, per group, direction and peer space.
    let mut all_changes: BTreeMap<AllKey, [IntervalSet; 2]> = BTreeMap::new();
    for &key in &all_keys {
        let union = |side: &Spaces| {
            IntervalSet::from_intervals(side_items(side, key).iter().map(|i| i.addrs).collect())
        };
        let (b, a) = (union(&before), union(&after));
        all_changes.insert(all_key(key), [a.difference(&b), b.difference(&a)]);
    }
    let mut excepts: BTreeMap<AllKey, [Vec<Excepted>; 2]> = BTreeMap::new();
    let mut out = Diff::default();
    // One copy of each group's and workload's name for all the exposures (each exposure of a
    // group names it; the resources' names are the model's).
    let mut names = Names::default();
    for &key in &specific_keys {
        let b = side_items(&before, key);
        let a = side_items(&after, key);
        let all = all_changes.get(&all_key(key));
        let kept = compare(key, owner, &b, &a, None, all, (&mut out, &mut names));
        if let Some(kept) = kept {
            let entry = excepts.entry(all_key(key)).or_default();
            for (list, more) in entry.iter_mut().zip(kept) {
                list.extend(more);
            }
        }
    }
    for &key in &all_keys {
        let b = side_items(&before, key);
        let a = side_items(&after, key);
        let except = excepts.get(&all_key(key));
        compare(key, owner, &b, &a, except, None, (&mut out, &mut names));
    }
    out.added.sort();
    out.removed.sort();
    out.unchanged.sort();
    out
}

/// A space without its protocol: where `all` and the specific protocols meet.
type AllKey<'a> = (&'a str, Direction, PeerSpace);

fn all_key<'a>((group, direction, _, space): &SpaceKey<'a>) -> AllKey<'a> {
    (group, *direction, space.clone())
}

/// A rectangle of a specific protocol that the change keeps where `all` is added (or
/// removed): its ports, its address block and its peer.
struct Excepted {
    range: PortRange,
    block: (u128, u128),
    peer: ExposedPeer,
}

/// The items of one space on one side of the change. A permission for all protocols also allows
/// every specific protocol on every port, so it counts there too (marked as cover): narrowing
/// `all` to `tcp/22` keeps tcp/22 as unchanged rather than removed and re-added.
fn side_items<'a>(side: &Spaces<'a>, key: &SpaceKey<'a>) -> Vec<Item<'a>> {
    let (group, direction, class, space) = key;
    let mut items: Vec<Item> = side.get(key).into_iter().flatten().copied().collect();
    if let Class::Known(protocol) = class
        && *protocol != Protocol::All
    {
        let full = if protocol.has_ports() {
            (0, 65535)
        } else {
            (0, 0)
        };
        let all_key = (
            *group,
            *direction,
            Class::Known(Protocol::All),
            space.clone(),
        );
        items.extend(side.get(&all_key).into_iter().flatten().map(|i| Item {
            ports: full,
            cover: true,
            ..*i
        }));
    }
    items
}

/// Compares one space before and after: splits the port dimension at every boundary, takes the
/// address sets on each elementary segment, and covers each result with rectangles (port range ×
/// CIDR block). What the space's `all` permissions cover is reported once, under protocol `all`:
/// a specific protocol reports only what it adds, removes or keeps beyond them.
///
/// For a specific protocol, `all` holds where all protocols are added and removed: what the
/// space keeps unchanged there is returned, for the `all` exposures to except. For `all`,
/// `except` holds those rectangles, added then removed.
fn compare(
    key: &SpaceKey,
    owner: fn(Arc<str>) -> Owner,
    before: &[Item],
    after: &[Item],
    except: Option<&[Vec<Excepted>; 2]>,
    all: Option<&[IntervalSet; 2]>,
    (out, names): (&mut Diff, &mut Names),
) -> Option<[Vec<Excepted>; 2]> {
    let mut bounds: Vec<u128> = before
        .iter()
        .chain(after)
        .flat_map(|i| [i.ports.0, i.ports.1 + 1])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();
    let segments: Vec<(u128, u128)> = bounds
        .iter()
        .zip(bounds.iter().skip(1))
        .map(|(&lo, &next)| (lo, next - 1))
        .collect();
    let sets = |items: &[Item], only_cover: bool| segment_sets(&segments, items, only_cover);
    let (b, a) = (sets(before, false), sets(after, false));
    let (cb, ca) = (sets(before, true), sets(after, true));
    let mut added = Vec::with_capacity(segments.len());
    let mut removed = Vec::with_capacity(segments.len());
    let mut unchanged = Vec::with_capacity(segments.len());
    // One set per segment in each of `b`, `a`, `cb` and `ca`.
    for (((b, a), cb), ca) in b.iter().zip(&a).zip(&cb).zip(&ca) {
        added.push(a.difference(b).difference(ca));
        removed.push(b.difference(a).difference(cb));
        unchanged.push(a.intersection(b).difference(&ca.intersection(cb)));
    }
    // A space that holds a permission with sensitive protocol or ports on either side (a cover
    // too) hides the protocol and ports of all its rows: merged ranges, and the pieces cut
    // around it, would otherwise give its values away.
    let hidden = before.iter().chain(after).any(|i| i.ports_sensitive);
    let rows = Rows {
        key,
        owner,
        hidden,
        segments: &segments,
    };
    let [except_added, except_removed] = match except {
        Some([a, r]) => [a.as_slice(), r.as_slice()],
        None => [&[][..], &[][..]],
    };
    rows.cover(&added, after, except_added, (&mut out.added, names));
    rows.cover(&removed, before, except_removed, (&mut out.removed, names));
    rows.cover(&unchanged, after, &[], (&mut out.unchanged, names));
    // Where all protocols are added (removed), everything this protocol keeps is the part of
    // the added (removed) `all` that is not new (not gone).
    all.map(|changed| {
        changed.each_ref().map(|region| {
            let kept: Vec<IntervalSet> = unchanged
                .iter()
                .map(|set| set.intersection(region))
                .collect();
            rows.rectangles(&kept)
                .into_iter()
                .flat_map(|(peer, block, lo, hi)| {
                    covering(&key.2, lo, hi)
                        .into_iter()
                        .map(move |ports| Excepted {
                            range: PortRange {
                                protocol: protocol_of(&key.2),
                                ports,
                                sensitive: hidden,
                            },
                            block,
                            peer: peer.clone(),
                        })
                })
                .collect()
        })
    })
}

fn protocol_of(class: &Class) -> Protocol {
    match class {
        Class::Known(p) | Class::Opaque(p, _) => p.clone(),
    }
}

// A sweep over the segments: each item's port interval starts and ends on segment
// boundaries, so it enters the active address intervals at its first segment and leaves
// after its last; each segment's set is the union of the active intervals (counted, so
// the same block on many ports is one entry).
/// The address set of each port segment: the union of the addresses of the items whose ports
/// span it (only the cover items when `only_cover`).
fn segment_sets(segments: &[(u128, u128)], items: &[Item], only_cover: bool) -> Vec<IntervalSet> {
    let mut events: Vec<(usize, bool, (u128, u128))> = Vec::new();
    for &Item {
        ports: (lo, hi),
        addrs,
        cover,
        ..
    } in items
    {
        if only_cover && !cover {
            continue;
        }
        let first = segments.partition_point(|s| s.1 < lo);
        let end = segments.partition_point(|s| s.0 <= hi);
        if first < end {
            events.push((first, true, addrs));
            events.push((end, false, addrs));
        }
    }
    events.sort_unstable_by_key(|&(at, enters, _)| (at, enters));
    let mut active: BTreeMap<(u128, u128), usize> = BTreeMap::new();
    let mut next = events.iter().peekable();
    let mut out = Vec::with_capacity(segments.len());
    for j in 0..segments.len() {
        while let Some(&(_, enters, addrs)) = next.next_if(|e| e.0 <= j) {
            if enters {
                *active.entry(addrs).or_default() += 1;
            } else if let Some(n) = active.get_mut(&addrs) {
                *n -= 1;
                if *n == 0 {
                    active.remove(&addrs);
                }
            }
        }
        out.push(IntervalSet::from_intervals(
            active.keys().copied().collect(),
        ));
    }
    out
}

/// What the rows of one space share: its key, its owner and whether its ports are hidden, and
/// the elementary port segments its sets are given on.
struct Rows<'k> {
    key: &'k SpaceKey<'k>,
    owner: fn(Arc<str>) -> Owner,
    hidden: bool,
    segments: &'k [(u128, u128)],
}

impl Rows<'_> {
    /// Covers a set given per port segment with few rectangles: each CIDR block of a segment's
    /// address set is stretched over every neighbouring segment whose set contains it.
    /// Rectangles may overlap (`0.0.0.0/0` on one port and `10.0.0.0/8` on all ports); their
    /// union is exact. Each is its peer, its block, and its first and last port.
    fn rectangles(&self, sets: &[IntervalSet]) -> Vec<(ExposedPeer, (u128, u128), u128, u128)> {
        let space = &self.key.3;
        rectangles(sets, |set| match space {
            PeerSpace::Family(family) => to_cidrs(*family, set)
                .into_iter()
                .map(|net| (ExposedPeer::Cidr(net), net_interval(&net)))
                .collect(),
            PeerSpace::Single(peer) if !set.is_empty() => vec![(peer.clone(), (0, 0))],
            PeerSpace::Single(_) => Vec::new(),
        })
        .into_iter()
        .filter_map(|(peer, block, first, last)| {
            let lo = self.segments.get(first)?.0;
            let hi = self.segments.get(last)?.1;
            Some((peer, block, lo, hi))
        })
        .collect()
    }

    /// The exposures of a set given per port segment (see `rectangles`), each naming the items
    /// that overlap it (`owners`) and, under `all`, what it excepts.
    fn cover(
        &self,
        sets: &[IntervalSet],
        owners: &[Item],
        except: &[Excepted],
        (sink, names): (&mut Vec<Arc<Exposure>>, &mut Names),
    ) {
        let (group, direction, class, _) = self.key;
        let protocol = protocol_of(class);
        let owner = (self.owner)(names.of(group));
        let mut by_first_port: Vec<&Item> = owners.iter().collect();
        by_first_port.sort_by_key(|i| i.ports.0);
        for (peer, block, lo, hi) in self.rectangles(sets) {
            // The owners are sorted by their first port: only those starting by `hi` can
            // overlap the rectangle.
            let owning: Vec<&Item> = by_first_port
                .iter()
                .take(by_first_port.partition_point(|i| i.ports.0 <= hi))
                .copied()
                .filter(|i| i.ports.1 >= lo && i.addrs.0 <= block.1 && block.0 <= i.addrs.1)
                .collect();
            let resources: BTreeSet<&Arc<str>> = owning.iter().map(|i| i.resource).collect();
            let resources: Box<[Arc<str>]> = resources.into_iter().map(Arc::clone).collect();
            let origins: BTreeSet<&Origin> = owning.iter().filter_map(|i| i.origin).collect();
            // CIDR blocks nest or are apart: an excepted block within this one keeps its own
            // peer, one around it is this one's.
            let except: BTreeSet<Except> = except
                .iter()
                .filter(|x| x.block.0 <= block.1 && block.0 <= x.block.1)
                .map(|x| Except {
                    range: x.range.clone(),
                    peer: if block.0 <= x.block.0 && x.block.1 <= block.1 {
                        x.peer.clone()
                    } else {
                        peer.clone()
                    },
                })
                .collect();
            for ports in covering(class, lo, hi) {
                sink.push(Arc::new(Exposure {
                    owner: owner.clone(),
                    direction: *direction,
                    range: PortRange {
                        protocol: protocol.clone(),
                        ports,
                        sensitive: self.hidden,
                    },
                    peer: peer.clone(),
                    resources: resources.clone(),
                    origins: origins.iter().map(|o| (*o).clone()).collect(),
                    except: except.iter().cloned().collect(),
                }));
            }
        }
    }
}

/// The ports of a merged interval of a space's port dimension: the permission's own ports
/// when they are not known (the space is that permission's alone), else as AWS writes them
/// (see [`Ports::covering`]).
fn covering(class: &Class, lo: u128, hi: u128) -> Vec<Ports> {
    match class {
        Class::Opaque(_, ports) => vec![ports.clone()],
        Class::Known(protocol) => {
            let n = |v: u128| u32::try_from(v).unwrap_or(u32::MAX);
            Ports::covering(protocol, n(lo), n(hi))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Permission;

    fn perm(resource: &str, protocol: Protocol, ports: Ports, peer: &str) -> Permission {
        let peer = match peer {
            "self" => Peer::SelfRef,
            p => match p.strip_prefix("sg:") {
                Some(g) => Peer::Group(g.into()),
                None => Peer::cidr(p.parse::<IpNet>().unwrap().trunc()),
            },
        };
        Permission {
            group: "aws_security_group.g".into(),
            resource: resource.into(),
            direction: Direction::Ingress,
            range: PortRange::new(protocol, ports),
            peer,
            description: None,
            origin: None,
            ports_ignored: false,
        }
    }

    fn tcp(resource: &str, from: u16, to: u16, peer: &str) -> Permission {
        perm(resource, Protocol::Tcp, Ports::Range(from, to), peer)
    }

    fn rows(list: &[Arc<Exposure>]) -> Vec<String> {
        list.iter()
            .map(|e| {
                let (from, to) = e.range.aws_ports();
                let mut row = format!(
                    "{} {:?}-{:?} {} {}",
                    e.range.protocol,
                    from.unwrap(),
                    to.unwrap(),
                    e.peer.label(),
                    e.resources.join(",")
                );
                if let Some(except) = e.except_label() {
                    row = format!("{row} {except}");
                }
                row
            })
            .collect()
    }

    fn run(before: Vec<Permission>, after: Vec<Permission>) -> Diff {
        diff(&Input {
            before,
            after,
            ..Input::default()
        })
    }

    /// The address sets per port segment are what pushing every item into every segment it
    /// spans gives (the quadratic way this was computed before).
    #[test]
    fn segment_sweep_matches_pushing_every_item() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut rand = |n: u128| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            u128::from(seed) % n
        };
        let resource: Arc<str> = "r".into();
        for _ in 0..200 {
            let count = 1 + rand(12) as usize;
            let items: Vec<Item> = (0..count)
                .map(|_| {
                    let lo = rand(40);
                    let a = rand(64);
                    Item {
                        ports: (lo, lo + rand(20)),
                        addrs: (a, a + rand(8)),
                        resource: &resource,
                        origin: None,
                        cover: rand(2) == 0,
                        ports_sensitive: false,
                    }
                })
                .collect();
            let mut bounds: Vec<u128> = items
                .iter()
                .flat_map(|i| [i.ports.0, i.ports.1 + 1])
                .collect();
            bounds.sort_unstable();
            bounds.dedup();
            let segments: Vec<(u128, u128)> = bounds.windows(2).map(|w| (w[0], w[1] - 1)).collect();
            for only_cover in [false, true] {
                let naive: Vec<IntervalSet> = segments
                    .iter()
                    .map(|seg| {
                        IntervalSet::from_intervals(
                            items
                                .iter()
                                .filter(|i| !only_cover || i.cover)
                                .filter(|i| i.ports.0 <= seg.1 && seg.0 <= i.ports.1)
                                .map(|i| i.addrs)
                                .collect(),
                        )
                    })
                    .collect();
                assert_eq!(segment_sets(&segments, &items, only_cover), naive);
            }
        }
    }

    /// A diff cut between groups and made on two threads is the diff made whole.
    #[test]
    fn a_diff_in_two_halves_is_the_whole_diff() {
        let mut before = Vec::new();
        let mut after = Vec::new();
        for g in 0..7 {
            for (i, peer) in ["0.0.0.0/0", "10.0.0.0/8", "self", "sg:aws_security_group.x"]
                .into_iter()
                .enumerate()
            {
                let mut p = tcp(&format!("r{g}"), 20 + g, 30 + g + i as u16, peer);
                p.group = format!("aws_security_group.g{g}").into();
                if !(g + i as u16).is_multiple_of(3) {
                    before.push(p.clone());
                }
                if (g + i as u16) % 4 != 1 {
                    p.range = PortRange::new(Protocol::All, Ports::All);
                    after.push(p);
                }
            }
        }
        let lists = PrefixLists::default();
        let sides = || {
            [
                (before.iter().map(Placed::own).collect(), &lists),
                (after.iter().map(Placed::own).collect(), &lists),
            ]
        };
        let whole = diff_split(sides(), Owner::Group, usize::MAX);
        let halves = diff_split(sides(), Owner::Group, 0);
        assert!(!whole.added.is_empty() && !whole.removed.is_empty());
        assert_eq!(format!("{whole:?}"), format!("{halves:?}"));
    }

    /// A network the input marks sensitive is one value of its peer: it is reported as
    /// `sensitive`, still counts (public, the world), and is never merged with shown networks
    /// (a merged row would tell its value); the same network unmarked merges as any.
    #[test]
    fn a_sensitive_network_counts_but_stays_apart() {
        let mut secret = tcp("s", 443, 443, "128.0.0.0/1");
        secret.peer = Peer::Cidr {
            net: "128.0.0.0/1".parse().unwrap(),
            sensitive: true,
        };
        let d = run(vec![], vec![tcp("a", 443, 443, "0.0.0.0/1"), secret]);
        assert_eq!(
            rows(&d.added),
            ["tcp 443-443 0.0.0.0/1 a", "tcp 443-443 sensitive s"]
        );
        let hidden = &d.added[1].peer;
        assert_eq!(
            hidden,
            &ExposedPeer::Sensitive("128.0.0.0/1".parse().unwrap())
        );
        assert_eq!(hidden.public(), Some(true));
        let d = run(
            vec![],
            vec![
                tcp("a", 443, 443, "0.0.0.0/1"),
                tcp("s", 443, 443, "128.0.0.0/1"),
            ],
        );
        assert_eq!(rows(&d.added), ["tcp 443-443 0.0.0.0/0 a,s"]);
    }

    #[test]
    fn split_cidrs_are_the_world() {
        let d = run(
            vec![],
            vec![
                tcp("a", 443, 443, "0.0.0.0/1"),
                tcp("b", 443, 443, "128.0.0.0/1"),
            ],
        );
        assert_eq!(rows(&d.added), ["tcp 443-443 0.0.0.0/0 a,b"]);
        assert_eq!(d.added[0].peer.world(), Some(true));
    }

    #[test]
    fn widening_adds_exactly_the_difference() {
        let d = run(
            vec![tcp("g", 22, 22, "10.0.0.0/8")],
            vec![tcp("g", 22, 22, "0.0.0.0/0")],
        );
        assert!(d.removed.is_empty());
        assert_eq!(rows(&d.unchanged), ["tcp 22-22 10.0.0.0/8 g"]);
        assert_eq!(d.added.len(), 8);
        assert!(
            d.added
                .iter()
                .all(|e| e.peer.public() == Some(true) && e.peer.world() == Some(false))
        );
    }

    #[test]
    fn overlapping_ports_merge_and_split_exactly() {
        let d = run(
            vec![tcp("g", 0, 1024, "10.0.0.0/8")],
            vec![
                tcp("g", 20, 30, "10.0.0.0/8"),
                tcp("g", 25, 2000, "10.0.0.0/8"),
            ],
        );
        assert_eq!(rows(&d.removed), ["tcp 0-19 10.0.0.0/8 g"]);
        assert_eq!(rows(&d.unchanged), ["tcp 20-1024 10.0.0.0/8 g"]);
        assert_eq!(rows(&d.added), ["tcp 1025-2000 10.0.0.0/8 g"]);
    }

    #[test]
    fn moving_a_permission_to_another_resource_changes_nothing() {
        let d = run(
            vec![tcp("aws_security_group.g", 22, 22, "10.0.0.0/8")],
            vec![tcp(
                "aws_vpc_security_group_ingress_rule.r",
                22,
                22,
                "10.0.0.0/8",
            )],
        );
        assert!(d.added.is_empty() && d.removed.is_empty());
        assert_eq!(
            rows(&d.unchanged),
            ["tcp 22-22 10.0.0.0/8 aws_vpc_security_group_ingress_rule.r"]
        );
    }

    #[test]
    fn all_protocols_cover_specific_ones() {
        let all = perm("g", Protocol::All, Ports::All, "0.0.0.0/0");
        let d = run(vec![all.clone()], vec![tcp("g", 22, 22, "0.0.0.0/0")]);
        assert_eq!(
            rows(&d.removed),
            ["all -1--1 0.0.0.0/0 g except tcp/22 (unchanged)"]
        );
        assert_eq!(rows(&d.unchanged), ["tcp 22-22 0.0.0.0/0 g"]);
        assert!(d.added.is_empty());
        let d = run(vec![tcp("g", 22, 22, "0.0.0.0/0")], vec![all]);
        assert_eq!(
            rows(&d.added),
            ["all -1--1 0.0.0.0/0 g except tcp/22 (unchanged)"]
        );
        assert_eq!(rows(&d.unchanged), ["tcp 22-22 0.0.0.0/0 g"]);
        assert!(d.removed.is_empty(), "tcp 22 is still allowed");
    }

    /// Adding `all` where tcp/443 was open adds every protocol but tcp/443 from the addresses
    /// that had it: tcp/443 is unchanged and not also added. Removing `all` egress while tcp/443
    /// to the VPC stays removes everything but that.
    #[test]
    fn all_protocols_except_what_stays() {
        let all = |peer: &str| perm("a", Protocol::All, Ports::All, peer);
        let d = run(
            vec![tcp("t", 443, 443, "0.0.0.0/0")],
            vec![tcp("t", 443, 443, "0.0.0.0/0"), all("0.0.0.0/0")],
        );
        assert_eq!(
            rows(&d.added),
            ["all -1--1 0.0.0.0/0 a except tcp/443 (unchanged)"]
        );
        assert_eq!(rows(&d.unchanged), ["tcp 443-443 0.0.0.0/0 a,t"]);
        assert!(d.removed.is_empty());
        let mut before = vec![all("0.0.0.0/0"), tcp("t", 443, 443, "10.0.0.0/16")];
        for p in &mut before {
            p.direction = Direction::Egress;
        }
        let after = vec![before[1].clone()];
        let d = run(before, after);
        assert_eq!(
            rows(&d.removed),
            ["all -1--1 0.0.0.0/0 a except tcp/443 from 10.0.0.0/16 (unchanged)"]
        );
        assert_eq!(rows(&d.unchanged), ["tcp 443-443 10.0.0.0/16 t"]);
        assert!(d.added.is_empty());
        // Where `all` is on both sides nothing is excepted; the pieces of a wider `all` that
        // are new except only what was open there.
        let d = run(
            vec![all("10.0.0.0/8"), tcp("t", 22, 22, "0.0.0.0/0")],
            vec![all("0.0.0.0/0"), tcp("t", 22, 22, "0.0.0.0/0")],
        );
        assert_eq!(rows(&d.unchanged).len(), 1 + 8, "{:?}", rows(&d.unchanged));
        assert!(rows(&d.unchanged).contains(&"all -1--1 10.0.0.0/8 a".to_owned()));
        assert_eq!(d.added.len(), 8);
        assert!(
            d.added
                .iter()
                .all(|e| e.except_label().as_deref() == Some("except tcp/22 (unchanged)")),
            "{:?}",
            rows(&d.added)
        );
    }

    #[test]
    fn icmp_types_and_codes() {
        let echo = perm(
            "g",
            Protocol::Icmp,
            Ports::Icmp {
                kind: Some(8),
                code: Some(0),
            },
            "0.0.0.0/0",
        );
        let unreachable = perm(
            "g",
            Protocol::Icmp,
            Ports::Icmp {
                kind: Some(3),
                code: None,
            },
            "0.0.0.0/0",
        );
        let every = perm(
            "g",
            Protocol::Icmp,
            Ports::Icmp {
                kind: None,
                code: None,
            },
            "0.0.0.0/0",
        );
        let d = run(vec![], vec![echo.clone(), unreachable]);
        assert_eq!(
            rows(&d.added),
            ["icmp 3--1 0.0.0.0/0 g", "icmp 8-0 0.0.0.0/0 g"]
        );
        let private = perm(
            "g",
            Protocol::Icmp,
            Ports::Icmp {
                kind: None,
                code: None,
            },
            "10.0.0.0/8",
        );
        let d = run(vec![], vec![echo.clone(), private]);
        assert_eq!(
            rows(&d.added),
            ["icmp -1--1 10.0.0.0/8 g", "icmp 8-0 0.0.0.0/0 g"],
            "overlapping rectangles, not 512 pieces"
        );
        let d = run(vec![echo], vec![every]);
        assert_eq!(rows(&d.unchanged), ["icmp 8-0 0.0.0.0/0 g"]);
        assert_eq!(
            rows(&d.added).len(),
            256 - 1 + 255,
            "all types but 8, and the other codes of 8"
        );
    }

    #[test]
    fn a_prefix_list_whose_entries_change_is_removed_and_added() {
        let mut p = tcp("g", 443, 443, "10.0.0.0/8");
        p.peer = Peer::PrefixList("aws_ec2_managed_prefix_list.corp".into());
        let lists = |cidr: &str| -> PrefixLists {
            [(
                "aws_ec2_managed_prefix_list.corp".to_owned(),
                Some(vec![cidr.parse().unwrap()]),
            )]
            .into()
        };
        let input = Input {
            before: vec![p.clone()],
            after: vec![p],
            prefix_lists_before: lists("10.0.0.0/8"),
            prefix_lists_after: lists("0.0.0.0/0"),
            ..Input::default()
        };
        let d = diff(&input);
        assert_eq!(
            rows(&d.removed),
            ["tcp 443-443 pl:aws_ec2_managed_prefix_list.corp g"]
        );
        assert_eq!(d.removed[0].peer.public(), Some(false));
        assert_eq!(
            rows(&d.added),
            ["tcp 443-443 pl:aws_ec2_managed_prefix_list.corp g"]
        );
        assert_eq!(
            (d.added[0].peer.public(), d.added[0].peer.world()),
            (Some(true), Some(true))
        );
        assert!(d.public_ingress().next().is_some());
    }

    /// A port where a larger block is cut by a hole: its pieces are reported there (stretched
    /// over the next port, where the larger block contains them), although the previous port's
    /// larger block contains them too: they were once silently dropped.
    #[test]
    fn a_hole_on_one_port_keeps_the_rest_of_that_port() {
        let d = run(
            vec![tcp("g", 21, 21, "10.0.0.0/8")],
            vec![tcp("g", 20, 22, "0.0.0.0/0")],
        );
        assert_eq!(
            rows(&d.added),
            [
                "tcp 20-20 0.0.0.0/0 g",
                "tcp 21-22 0.0.0.0/5 g",
                "tcp 21-22 8.0.0.0/7 g",
                "tcp 21-22 11.0.0.0/8 g",
                "tcp 21-22 12.0.0.0/6 g",
                "tcp 21-22 16.0.0.0/4 g",
                "tcp 21-22 32.0.0.0/3 g",
                "tcp 21-22 64.0.0.0/2 g",
                "tcp 21-22 128.0.0.0/1 g",
                "tcp 22-22 0.0.0.0/0 g",
            ]
        );
        assert_eq!(rows(&d.unchanged), ["tcp 21-21 10.0.0.0/8 g"]);
        assert!(d.removed.is_empty());
        assert!(
            d.public_ingress()
                .any(|e| e.range.aws_ports().0 == Some(21)),
            "tcp/21 is newly open to the internet"
        );
        let d = run(
            vec![tcp("g", 0, 7, "128.0.0.0/1")],
            vec![tcp("g", 1, 1, "192.168.1.0/24")],
        );
        let removed = rows(&d.removed);
        // tcp/0 and tcp/2-7 keep the whole /1; tcp/1 loses the /1 but the /24 in 23 blocks.
        assert_eq!(removed.len(), 1 + 23 + 1, "{removed:?}");
        assert_eq!(removed[0], "tcp 0-0 128.0.0.0/1 g");
        assert!(removed.contains(&"tcp 1-7 128.0.0.0/2 g".to_owned()));
        assert_eq!(removed[24], "tcp 2-7 128.0.0.0/1 g");
    }

    #[test]
    fn discrete_peers_diff_by_ports() {
        let d = run(
            vec![tcp("g", 5432, 5432, "sg:aws_security_group.app")],
            vec![
                tcp("g", 5432, 5433, "sg:aws_security_group.app"),
                tcp("g", 0, 65535, "self"),
            ],
        );
        assert_eq!(
            rows(&d.added),
            [
                "tcp 0-65535 self g",
                "tcp 5433-5433 sg:aws_security_group.app g"
            ]
        );
        assert_eq!(
            rows(&d.unchanged),
            ["tcp 5432-5432 sg:aws_security_group.app g"]
        );
    }
}
