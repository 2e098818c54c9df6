//! The Terraform functions security-group code uses. A function of an unknown argument is
//! unknown, except where the result does not depend on it (`length` of a list whose elements
//! are unknown, `concat` of such lists, ...).

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

use super::value::{MAX_VALUE, Meter, NODE, Over, Val};

/// Why a function fails: a message, or a result that would be too large to build.
#[derive(Debug, PartialEq)]
pub enum Failure {
    Message(String),
    Over(Over),
}

impl From<String> for Failure {
    fn from(m: String) -> Failure {
        Failure::Message(m)
    }
}

impl From<&str> for Failure {
    fn from(m: &str) -> Failure {
        Failure::Message(m.to_owned())
    }
}

impl From<Over> for Failure {
    fn from(o: Over) -> Failure {
        Failure::Over(o)
    }
}

/// The weight of values taken together (see [`Val::weight`]), refused past [`MAX_VALUE`].
fn weigh<'v>(values: impl IntoIterator<Item = &'v Val>) -> Result<u64, Over> {
    let mut total = 0;
    for v in values {
        total += v.weight(MAX_VALUE - total).ok_or(Over::Value)?;
    }
    Ok(total)
}

/// The length of a value's text (see [`Val::to_str`]), made no longer than a number's.
fn text_len(v: &Val) -> Result<u64, String> {
    Ok(v.text()?.len() as u64)
}

/// The leaves `flatten` gives for a value.
fn leaves(v: &Val) -> u64 {
    match v {
        Val::List(items) => items.iter().map(leaves).sum(),
        _ => 1,
    }
}

/// Calls a function on evaluated arguments (`try` and `can` are handled by the evaluator).
/// What the function builds is charged to `meter` before it is allocated (see
/// [`super::value::MAX_BUILT`]): a result that would be too large is refused unbuilt. The
/// arguments are taken, so that a result made of them moves them instead of copying.
pub fn call(name: &str, args: Vec<Val>, meter: &Meter) -> Result<Val, Failure> {
    if let Some(Val::Unknown(r)) = args.iter().find(|a| matches!(a, Val::Unknown(_))) {
        return Ok(Val::Unknown(r.clone()));
    }
    let list = |v: Val| -> Result<Vec<Val>, String> {
        match v {
            Val::List(items) => Ok(items),
            Val::Null => Ok(Vec::new()),
            other => Err(format!("{name} needs a list, not a {}", other.type_name())),
        }
    };
    let object = |v: Val| -> Result<BTreeMap<String, Val>, String> {
        match v {
            Val::Map(m) | Val::Resource { attrs: m, .. } => Ok(m),
            other => Err(format!("{name} needs a map, not a {}", other.type_name())),
        }
    };
    let string = |v: Val| match v {
        Val::Str(s) => Ok(s),
        v => v.to_str().map_err(|e| format!("{name}: {e}")),
    };
    // The bytes of a new list or map of `n` elements (its own, not its elements').
    let slots = |n: usize| NODE * (n as u64 + 1);
    Ok(match name {
        "concat" => {
            let lists = args.into_iter().map(list).collect::<Result<Vec<_>, _>>()?;
            let n = lists.iter().map(Vec::len).sum();
            meter.charge(NODE + weigh(lists.iter().flatten())?, slots(n))?;
            Val::List(lists.concat())
        }
        "flatten" => {
            let [v] = exactly(name, args)?;
            let n = leaves(&v) as usize;
            meter.charge(weigh([&v])?, slots(n))?;
            let mut out = Vec::with_capacity(n);
            flatten(v, &mut out);
            Val::List(out)
        }
        "merge" => {
            let maps = args
                .into_iter()
                .filter(|a| !matches!(a, Val::Null))
                .map(object)
                .collect::<Result<Vec<_>, _>>()?;
            let n = maps.iter().map(BTreeMap::len).sum();
            meter.charge(0, slots(n))?;
            let mut out = BTreeMap::new();
            for m in maps {
                out.extend(m);
            }
            // Made of its arguments, moved: it weighs no more than they did together, but a
            // key given twice counts once.
            let out = Val::Map(out);
            weigh([&out])?;
            out
        }
        "lookup" => {
            let mut args = args.into_iter();
            let (m, key, default) = match (args.next(), args.next(), args.next(), args.next()) {
                (Some(m), Some(key), default, None) => (m, key, default),
                _ => return Err("lookup takes 2 or 3 arguments".into()),
            };
            let mut m = object(m)?;
            let key = string(key)?;
            match (m.remove(&key), default) {
                (Some(v), _) => v,
                (None, Some(default)) => default,
                (None, None) => return Err(format!("lookup: the map has no key {key:?}").into()),
            }
        }
        "element" => {
            let [items, i] = exactly(name, args)?;
            let items = list(items)?;
            if items.is_empty() {
                return Err("element: the list is empty".into());
            }
            let i = i.to_num()? as usize;
            // `checked_rem` is `None` only for an empty list, ruled out above.
            match i
                .checked_rem(items.len())
                .and_then(|i| items.into_iter().nth(i))
            {
                Some(v) => v,
                None => return Err("element: the list is empty".into()),
            }
        }
        "length" => {
            let [v] = exactly(name, args)?;
            Val::Num(match v {
                Val::List(items) => items.len(),
                Val::Map(m) | Val::Resource { attrs: m, .. } => m.len(),
                Val::Str(s) => s.chars().count(),
                other => return Err(format!("length of a {}", other.type_name()).into()),
            } as f64)
        }
        "keys" => {
            let [m] = exactly(name, args)?;
            let m = object(m)?;
            meter.charge(0, slots(m.len()))?;
            Val::List(m.into_keys().map(Val::Str).collect())
        }
        "values" => {
            let [m] = exactly(name, args)?;
            let m = object(m)?;
            meter.charge(0, slots(m.len()))?;
            Val::List(m.into_values().collect())
        }
        "contains" => {
            let [items, v] = exactly(name, args)?;
            Val::Bool(list(items)?.contains(&v))
        }
        "distinct" => {
            // Sorted, so that equal elements are found in n log n comparisons (a list of a
            // million, compared each with each, would take hours); the first of each is kept,
            // in the list's order.
            let [items] = exactly(name, args)?;
            let items = list(items)?;
            meter.charge(0, slots(items.len()))?;
            let mut indexed: Vec<(usize, Val)> = items.into_iter().enumerate().collect();
            indexed.sort_by(|(i, a), (j, b)| a.order(b).then(i.cmp(j)));
            indexed.dedup_by(|later, first| later.1.order(&first.1).is_eq());
            indexed.sort_by_key(|(i, _)| *i);
            Val::List(indexed.into_iter().map(|(_, v)| v).collect())
        }
        "compact" => {
            let [items] = exactly(name, args)?;
            let items = list(items)?;
            if let Some(r) = items.iter().find_map(Val::unknown) {
                return Ok(Val::Unknown(r.to_owned()));
            }
            Val::List(
                items
                    .into_iter()
                    .filter(|v| !matches!(v, Val::Null) && v.text().map_or(true, |s| !s.is_empty()))
                    .collect(),
            )
        }
        "sort" => {
            let [items] = exactly(name, args)?;
            let items = list(items)?;
            if let Some(r) = items.iter().find_map(Val::unknown) {
                return Ok(Val::Unknown(r.to_owned()));
            }
            // Strings are moved; numbers and bools become text, charged as it is made.
            meter.charge(NODE + weigh(&items)?, slots(items.len()))?;
            let mut strings: Vec<String> = Vec::with_capacity(items.len());
            for v in items {
                let made = !matches!(v, Val::Str(_));
                let text = string(v)?;
                if made {
                    meter.charge(0, text.len() as u64)?;
                }
                strings.push(text);
            }
            strings.sort();
            Val::List(strings.into_iter().map(Val::Str).collect())
        }
        "coalesce" => args
            .into_iter()
            .find(|v| !matches!(v, Val::Null) && !matches!(v, Val::Str(s) if s.is_empty()))
            .ok_or("coalesce: no argument is non-null and non-empty")?,
        "coalescelist" => args
            .into_iter()
            .find(|v| matches!(v, Val::List(items) if !items.is_empty()))
            .unwrap_or(Val::List(Vec::new())),
        "one" => {
            let [items] = exactly(name, args)?;
            let mut items = list(items)?;
            match items.len() {
                0 => Val::Null,
                1 => items.pop().unwrap_or(Val::Null),
                n => return Err(format!("one: the list has {n} elements").into()),
            }
        }
        "tolist" | "toset" => {
            let [items] = exactly(name, args)?;
            let items = list(items)?;
            if name == "tolist" {
                return Ok(Val::List(items));
            }
            // Sorted by their text: each element's, written once (and charged).
            let mut keyed = Vec::with_capacity(items.len());
            meter.charge(0, slots(items.len()))?;
            for v in items {
                // Written no further than what may still be built.
                let mut key = String::new();
                display_bounded(&v, &mut key, MAX_VALUE, meter)?;
                meter.charge(0, NODE + key.len() as u64)?;
                keyed.push((key, v));
            }
            keyed.sort_by(|(a, _), (b, _)| a.cmp(b));
            let mut items: Vec<Val> = keyed.into_iter().map(|(_, v)| v).collect();
            items.dedup();
            Val::List(items)
        }
        "tomap" => {
            let [m] = exactly(name, args)?;
            Val::Map(object(m)?)
        }
        "tostring" => {
            let [v] = exactly(name, args)?;
            match v {
                Val::Null => Val::Null,
                v => Val::Str(string(v)?),
            }
        }
        "tonumber" => {
            let [v] = exactly(name, args)?;
            match v {
                Val::Null => Val::Null,
                v => Val::Num(v.to_num()?),
            }
        }
        "tobool" => {
            let [v] = exactly(name, args)?;
            Val::Bool(v.to_bool()?)
        }
        "format" => {
            let mut args = args.into_iter();
            let fmt = args.next().ok_or("format needs a format string")?;
            let rest: Vec<Val> = args.collect();
            Val::Str(format(&string(fmt)?, &rest, meter)?)
        }
        "join" => {
            let [sep, items] = exactly(name, args)?;
            let sep = string(sep)?;
            let items = list(items)?;
            if let Some(r) = items.iter().find_map(Val::unknown) {
                return Ok(Val::Unknown(r.to_owned()));
            }
            // The length of the result, known before it is written (a number's text is
            // made twice, a few bytes at a time, rather than all of them held at once).
            let mut len = sep.len() as u64 * (items.len() as u64).saturating_sub(1);
            for v in &items {
                len += text_len(v).map_err(|e| format!("{name}: {e}"))?;
            }
            meter.charge(NODE + len, NODE + len)?;
            let mut out = String::with_capacity(usize::try_from(len).unwrap_or(0));
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&v.text()?);
            }
            Val::Str(out)
        }
        "split" => {
            let [sep, s] = exactly(name, args)?;
            let sep = string(sep)?;
            let s = string(s)?;
            let n = if s.is_empty() {
                1
            } else {
                s.split(sep.as_str()).count()
            };
            let weight = slots(n) + s.len() as u64;
            meter.charge(weight, weight)?;
            Val::List(if s.is_empty() {
                vec![Val::Str(String::new())]
            } else {
                s.split(sep.as_str())
                    .map(|p| Val::Str(p.to_owned()))
                    .collect()
            })
        }
        "replace" => {
            let [s, from, to] = exactly(name, args)?;
            let (s, from, to) = (string(s)?, string(from)?, string(to)?);
            if from.len() > 1 && from.starts_with('/') && from.ends_with('/') {
                return Err("replace with a regular expression is not supported".into());
            }
            // Each match (between every two characters for an empty `from`) becomes `to`.
            let matches = s.matches(from.as_str()).count() as u64;
            let len = s.len() as u64 - matches * from.len() as u64 + matches * to.len() as u64;
            meter.charge(NODE + len, NODE + len)?;
            Val::Str(s.replace(&from, &to))
        }
        "lower" | "upper" => {
            let s = string(
                args.into_iter()
                    .next()
                    .ok_or(format!("{name} takes 1 argument"))?,
            )?;
            // A character's other case may be longer ("ß" is "SS"): counted first.
            let len: usize = if name == "lower" {
                s.chars()
                    .flat_map(char::to_lowercase)
                    .map(char::len_utf8)
                    .sum()
            } else {
                s.chars()
                    .flat_map(char::to_uppercase)
                    .map(char::len_utf8)
                    .sum()
            };
            meter.charge(NODE + len as u64, NODE + len as u64)?;
            Val::Str(if name == "lower" {
                s.to_lowercase()
            } else {
                s.to_uppercase()
            })
        }
        "trimspace" => Val::Str(
            string(
                args.into_iter()
                    .next()
                    .ok_or("trimspace takes 1 argument")?,
            )?
            .trim()
            .to_owned(),
        ),
        "range" => {
            let nums: Vec<f64> = args.iter().map(Val::to_num).collect::<Result<_, _>>()?;
            let (start, end, step) = match nums.as_slice() {
                [end] => (0.0, *end, 1.0),
                [start, end] => (*start, *end, if start <= end { 1.0 } else { -1.0 }),
                [start, end, step] => (*start, *end, *step),
                _ => return Err("range takes 1 to 3 arguments".into()),
            };
            if step == 0.0 {
                return Err("range: step must not be 0".into());
            }
            // As Terraform: at most 1024 elements. Counted before the list is built (the
            // loop below stops there too, whatever rounding does).
            // https://developer.hashicorp.com/terraform/language/functions/range
            let count = ((end - start) / step).ceil();
            if count > RANGE_MAX as f64 + 1.0 {
                return Err(format!("range: more than {RANGE_MAX} elements").into());
            }
            let mut out = Vec::new();
            let mut v = start;
            while (step > 0.0 && v < end) || (step < 0.0 && v > end) {
                if out.len() >= RANGE_MAX {
                    return Err(format!("range: more than {RANGE_MAX} elements").into());
                }
                out.push(Val::Num(v));
                v += step;
            }
            meter.charge(slots(out.len()), slots(out.len()))?;
            Val::List(out)
        }
        "zipmap" => {
            let [keys, values] = exactly(name, args)?;
            let keys = list(keys)?;
            let values = list(values)?;
            if keys.len() != values.len() {
                return Err("zipmap: the lists differ in length".into());
            }
            // A key that is not a string becomes one: its text is charged as well.
            let mut key_text = 0;
            for k in &keys {
                key_text += text_len(k).map_err(|e| format!("{name}: {e}"))?;
            }
            meter.charge(
                NODE + weigh(&values)? + key_text + NODE * keys.len() as u64,
                slots(keys.len()) + key_text,
            )?;
            Val::Map(
                keys.into_iter()
                    .map(string)
                    .zip(values)
                    .map(|(k, v)| k.map(|k| (k, v)))
                    .collect::<Result<_, _>>()?,
            )
        }
        "max" | "min" => {
            let nums: Vec<f64> = args.iter().map(Val::to_num).collect::<Result<_, _>>()?;
            let pick = if name == "max" { f64::max } else { f64::min };
            Val::Num(
                nums.into_iter()
                    .reduce(pick)
                    .ok_or(format!("{name} needs arguments"))?,
            )
        }
        "cidrsubnet" => {
            let [net, newbits, netnum] = exactly(name, args)?;
            let net = parse_net(&string(net)?)?;
            let newbits = newbits.to_num()? as u8;
            let netnum = netnum.to_num()? as u128;
            Val::Str(cidrsubnet(net, newbits, netnum)?.to_string())
        }
        "cidrhost" => {
            let [net, hostnum] = exactly(name, args)?;
            let net = parse_net(&string(net)?)?;
            Val::Str(cidrhost(net, hostnum.to_num()? as i128)?.to_string())
        }
        "cidrnetmask" => {
            let [net] = exactly(name, args)?;
            match parse_net(&string(net)?)? {
                IpNet::V4(n) => Val::Str(n.netmask().to_string()),
                IpNet::V6(_) => return Err("cidrnetmask only supports IPv4".into()),
            }
        }
        other => return Err(format!("function {other} is not supported").into()),
    })
}

/// The most elements `range` gives, as in Terraform.
const RANGE_MAX: usize = 1024;

/// The arguments of a function that takes exactly `N` of them, or the error saying so.
fn exactly<const N: usize>(name: &str, args: Vec<Val>) -> Result<[Val; N], String> {
    let given = args.len();
    args.try_into().map_err(|_| {
        format!(
            "{name} takes {N} argument{}, not {given}",
            if N == 1 { "" } else { "s" },
        )
    })
}

fn flatten(v: Val, out: &mut Vec<Val>) {
    match v {
        Val::List(items) => items.into_iter().for_each(|i| flatten(i, out)),
        other => out.push(other),
    }
}

/// Writes `v` onto `out` as `Val::display` does, no more than `by_value` bytes (what one value
/// may still take) nor than the meter has left: past either, the bound it reached, and
/// nothing more is written.
fn display_bounded(v: &Val, out: &mut String, by_value: u64, meter: &Meter) -> Result<(), Failure> {
    let room = by_value.min(meter.left());
    let cap = out
        .len()
        .saturating_add(usize::try_from(room).unwrap_or(usize::MAX));
    if v.display_onto(out, cap) {
        Ok(())
    } else {
        Err(Failure::Over(if room == by_value {
            Over::Value
        } else {
            meter.exhaust()
        }))
    }
}

/// `format` with the verbs Terraform code commonly uses: `%s`, `%d`, `%v`, `%q`, `%%`. Each
/// piece is charged to `meter` before it is written (a value shown by `%v` is written no
/// further than what is left).
fn format(fmt: &str, args: &[Val], meter: &Meter) -> Result<String, Failure> {
    // The literal text is at most the format string.
    meter.charge(NODE + fmt.len() as u64, NODE + fmt.len() as u64)?;
    let mut out = String::new();
    let mut args = args.iter();
    let mut chars = fmt.chars();
    let piece =
        |out: &String, len: usize| meter.charge(NODE + (out.len() + len) as u64, len as u64);
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some(verb @ ('s' | 'd' | 'v' | 'q')) => {
                let arg = args.next().ok_or("format: not enough arguments")?;
                match verb {
                    'd' => {
                        let text = (arg.to_num()? as i64).to_string();
                        piece(&out, text.len())?;
                        out.push_str(&text);
                    }
                    'q' => {
                        let text = arg.text()?;
                        piece(&out, quoted_len(&text))?;
                        out.push_str(&serde_json::Value::String(text.into_owned()).to_string());
                    }
                    _ => {
                        let before = out.len();
                        let by_value = (MAX_VALUE - NODE).saturating_sub(before as u64);
                        display_bounded(arg, &mut out, by_value, meter)?;
                        piece(&out, 0)?;
                        meter.charge(0, (out.len() - before) as u64)?;
                    }
                }
            }
            other => {
                // Quoted: the character after `%` may be any (a control character too).
                let verb = other.map_or_else(|| "%".to_owned(), |c| format!("%{c}"));
                return Err(format!("format: verb {verb:?} is not supported").into());
            }
        }
    }
    Ok(out)
}

/// The length of a string quoted as JSON (as `%q` writes it), without writing it.
fn quoted_len(s: &str) -> usize {
    2 + s
        .chars()
        .map(|c| match c {
            '"' | '\\' | '\u{8}' | '\u{c}' | '\n' | '\r' | '\t' => 2,
            c if c < ' ' => 6,
            c => c.len_utf8(),
        })
        .sum::<usize>()
}

fn parse_net(s: &str) -> Result<IpNet, String> {
    s.parse().map_err(|_| format!("{s:?} is not a CIDR block"))
}

fn cidrsubnet(net: IpNet, newbits: u8, netnum: u128) -> Result<IpNet, String> {
    let bits = net.max_prefix_len();
    // (`newbits` is up to 255: the sum may not fit in a u8.)
    let Some(len) = net
        .prefix_len()
        .checked_add(newbits)
        .filter(|&len| len <= bits)
    else {
        return Err(format!(
            "cidrsubnet: {newbits} more bits do not fit in {net}"
        ));
    };
    if netnum >= 1u128 << newbits.min(127) && newbits < 128 {
        return Err(format!(
            "cidrsubnet: {netnum} does not fit in {newbits} bits"
        ));
    }
    let base = to_u128(net.network());
    // Shifting by 128 (`::/0` split into itself) is out of range: `netnum` is then 0.
    let addr = base + netnum.checked_shl(u32::from(bits - len)).unwrap_or(0);
    IpNet::new(from_u128(addr, &net), len).map_err(|e| e.to_string())
}

fn cidrhost(net: IpNet, hostnum: i128) -> Result<IpAddr, String> {
    // The last offset in the block (up to all of u128 for `::/0`); a negative host number
    // counts back from one past it.
    let host_bits = u32::from(net.max_prefix_len() - net.prefix_len());
    let last = u128::MAX.checked_shr(128 - host_bits).unwrap_or(0);
    let back = hostnum.unsigned_abs();
    let offset = if hostnum < 0 {
        (back - 1 <= last).then(|| last - (back - 1))
    } else {
        (back <= last).then_some(back)
    };
    let Some(offset) = offset else {
        return Err(format!("cidrhost: host {hostnum} does not fit in {net}"));
    };
    Ok(from_u128(to_u128(net.network()) + offset, &net))
}

fn to_u128(a: IpAddr) -> u128 {
    match a {
        IpAddr::V4(a) => u128::from(u32::from(a)),
        IpAddr::V6(a) => u128::from(a),
    }
}

fn from_u128(v: u128, like: &IpNet) -> IpAddr {
    match like {
        IpNet::V4(_) => IpAddr::V4(Ipv4Addr::from(v as u32)),
        IpNet::V6(_) => IpAddr::V6(Ipv6Addr::from(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A function called with a fresh budget, its failure as text.
    fn call(name: &str, args: Vec<Val>) -> Result<Val, String> {
        super::call(name, args, &Meter::default()).map_err(|f| match f {
            Failure::Message(m) => m,
            Failure::Over(o) => o.message(),
        })
    }

    fn s(v: &str) -> Val {
        Val::Str(v.to_owned())
    }

    /// `%q` is charged for the text it writes: its length is counted as serde_json writes it.
    #[test]
    fn quoted_length_is_what_is_written() {
        for text in [
            "",
            "plain",
            "quote \" and \\",
            "\n\r\t\u{8}\u{c}",
            "\u{1}\u{1f}\u{7f}",
            "é ü 日本 🎉",
        ] {
            assert_eq!(
                quoted_len(text),
                serde_json::Value::String(text.to_owned()).to_string().len(),
                "{text:?}"
            );
        }
    }

    /// Under a bound of 4 KiB held, a function whose result would pass it is refused, by the
    /// length it computes first (3,000 bytes of "ŉ" are 4,500 in upper case, "ʼN"); one under
    /// it is made.
    #[test]
    fn results_past_the_bound_are_refused_unbuilt() {
        use super::super::value::{MAX_WORK, TEST_MAX_BUILT};
        let hundred = || Val::List((0..100).map(|_| s(&"x".repeat(100))).collect());
        TEST_MAX_BUILT.with(|b| b.set(Some((4 << 10, MAX_WORK))));
        let over = |name: &str, args: Vec<Val>| super::call(name, args, &Meter::default());
        assert_eq!(
            over("join", vec![s(""), hundred()]),
            Err(Failure::Over(Over::Held))
        );
        assert_eq!(
            over("format", vec![s("%v"), hundred()]),
            Err(Failure::Over(Over::Held))
        );
        assert_eq!(
            over(
                "replace",
                vec![s(&"x".repeat(100)), s("x"), s(&"y".repeat(100))]
            ),
            Err(Failure::Over(Over::Held))
        );
        assert_eq!(
            over("upper", vec![s(&"ŉ".repeat(1500))]),
            Err(Failure::Over(Over::Held))
        );
        assert_eq!(over("upper", vec![s("ß")]), Ok(s("SS")));
        assert_eq!(
            over("replace", vec![s("abc"), s(""), s("-")]),
            Ok(s("-a-b-c-"))
        );
        TEST_MAX_BUILT.with(|b| b.set(None));
    }

    #[test]
    fn cidr_functions_match_terraform() {
        assert_eq!(
            call(
                "cidrsubnet",
                vec![s("10.0.0.0/16"), Val::Num(8.0), Val::Num(2.0)]
            ),
            Ok(s("10.0.2.0/24"))
        );
        assert_eq!(
            call(
                "cidrsubnet",
                vec![s("fd00::/56"), Val::Num(8.0), Val::Num(1.0)]
            ),
            Ok(s("fd00:0:0:1::/64"))
        );
        assert_eq!(
            call("cidrhost", vec![s("10.12.112.0/20"), Val::Num(16.0)]),
            Ok(s("10.12.112.16"))
        );
        assert_eq!(
            call("cidrhost", vec![s("10.0.0.0/24"), Val::Num(-1.0)]),
            Ok(s("10.0.0.255"))
        );
        assert_eq!(
            call("cidrnetmask", vec![s("172.16.0.0/12")]),
            Ok(s("255.240.0.0"))
        );
    }

    #[test]
    fn cidr_functions_at_the_edges_of_the_address_space() {
        let subnet = |net: &str, newbits: f64, netnum: f64| {
            call(
                "cidrsubnet",
                vec![s(net), Val::Num(newbits), Val::Num(netnum)],
            )
        };
        let host = |net: &str, hostnum: f64| call("cidrhost", vec![s(net), Val::Num(hostnum)]);
        // More new bits than a u8 prefix can add up to: an error, not an overflow.
        assert_eq!(
            subnet("10.0.0.0/24", 250.0, 0.0),
            Err("cidrsubnet: 250 more bits do not fit in 10.0.0.0/24".to_owned())
        );
        assert_eq!(subnet("::/0", 0.0, 0.0), Ok(s("::/0")));
        assert_eq!(subnet("::/0", 128.0, 5.0), Ok(s("::5/128")));
        assert_eq!(subnet("0.0.0.0/0", 32.0, 7.0), Ok(s("0.0.0.7/32")));
        // The whole IPv6 space counts its hosts back from the last address too.
        assert_eq!(
            host("::/0", -1.0),
            Ok(s("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))
        );
        assert_eq!(
            host("::/1", -1.0),
            Ok(s("7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))
        );
        assert_eq!(host("::/0", 3.0), Ok(s("::3")));
        assert_eq!(host("10.0.0.5/32", 0.0), Ok(s("10.0.0.5")));
        assert_eq!(host("10.0.0.5/32", -1.0), Ok(s("10.0.0.5")));
        assert_eq!(
            host("10.0.0.0/24", 256.0),
            Err("cidrhost: host 256 does not fit in 10.0.0.0/24".to_owned())
        );
        assert_eq!(
            host("10.0.0.0/24", -257.0),
            Err("cidrhost: host -257 does not fit in 10.0.0.0/24".to_owned())
        );
        assert_eq!(host("10.0.0.0/24", -256.0), Ok(s("10.0.0.0")));
    }

    #[test]
    fn unknown_arguments_make_unknown_results() {
        let u = Val::Unknown(super::super::value::Ref {
            module: String::new(),
            reference: "aws_vpc.main.ipv6_cidr_block".to_owned(),
        });
        assert_eq!(
            call("cidrsubnet", vec![u.clone(), Val::Num(8.0), Val::Num(1.0)]),
            Ok(u.clone())
        );
        assert_eq!(
            call("length", vec![Val::List(vec![u.clone(), s("x")])]),
            Ok(Val::Num(2.0))
        );
        assert_eq!(
            call(
                "concat",
                vec![Val::List(vec![u.clone()]), Val::List(vec![s("a")])]
            ),
            Ok(Val::List(vec![u, s("a")]))
        );
    }

    #[test]
    fn collection_and_string_functions() {
        let list = |v: &[&str]| Val::List(v.iter().map(|x| s(x)).collect());
        assert_eq!(
            call(
                "flatten",
                vec![Val::List(vec![
                    list(&["a"]),
                    Val::List(vec![list(&["b", "c"])])
                ])]
            ),
            Ok(list(&["a", "b", "c"]))
        );
        assert_eq!(
            call("distinct", vec![list(&["a", "b", "a"])]),
            Ok(list(&["a", "b"]))
        );
        assert_eq!(
            call("compact", vec![list(&["a", "", "b"])]),
            Ok(list(&["a", "b"]))
        );
        assert_eq!(
            call("format", vec![s("%s/%d"), s("10.0.0.1"), Val::Num(32.0)]),
            Ok(s("10.0.0.1/32"))
        );
        assert_eq!(call("join", vec![s(","), list(&["a", "b"])]), Ok(s("a,b")));
        assert_eq!(call("split", vec![s(","), s("a,b")]), Ok(list(&["a", "b"])));
        assert_eq!(
            call("range", vec![Val::Num(3.0)]),
            Ok(Val::List(vec![Val::Num(0.0), Val::Num(1.0), Val::Num(2.0)]))
        );
        assert_eq!(call("coalesce", vec![s(""), s("x")]), Ok(s("x")));
        assert_eq!(
            call("element", vec![list(&["a", "b"]), Val::Num(3.0)]),
            Ok(s("b"))
        );
        assert!(call("nosuchfunction", vec![]).is_err());
    }
}
