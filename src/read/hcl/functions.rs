//! The Terraform functions security-group code uses. A function of an unknown argument is
//! unknown, except where the result does not depend on it (`length` of a list whose elements
//! are unknown, `concat` of such lists, ...).

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

use super::value::Val;

/// Calls a function on evaluated arguments (`try` and `can` are handled by the evaluator).
pub fn call(name: &str, args: Vec<Val>) -> Result<Val, String> {
    if let Some(Val::Unknown(r)) = args.iter().find(|a| matches!(a, Val::Unknown(_))) {
        return Ok(Val::Unknown(r.clone()));
    }
    let list = |v: &Val| -> Result<Vec<Val>, String> {
        match v {
            Val::List(items) => Ok(items.clone()),
            Val::Null => Ok(Vec::new()),
            other => Err(format!("{name} needs a list, not a {}", other.type_name())),
        }
    };
    let object = |v: &Val| -> Result<BTreeMap<String, Val>, String> {
        match v {
            Val::Map(m) | Val::Resource { attrs: m, .. } => Ok(m.clone()),
            other => Err(format!("{name} needs a map, not a {}", other.type_name())),
        }
    };
    let string = |v: &Val| v.to_str().map_err(|e| format!("{name}: {e}"));
    Ok(match name {
        "concat" => Val::List(
            args.iter()
                .map(list)
                .collect::<Result<Vec<_>, _>>()?
                .concat(),
        ),
        "flatten" => {
            let [v] = exactly(name, &args)?;
            let mut out = Vec::new();
            flatten(v, &mut out);
            Val::List(out)
        }
        "merge" => {
            let mut out = BTreeMap::new();
            for a in &args {
                if !matches!(a, Val::Null) {
                    out.extend(object(a)?);
                }
            }
            Val::Map(out)
        }
        "lookup" => {
            let (m, key, default) = match args.as_slice() {
                [m, key] => (m, key, None),
                [m, key, default] => (m, key, Some(default)),
                _ => return Err("lookup takes 2 or 3 arguments".to_owned()),
            };
            let m = object(m)?;
            let key = string(key)?;
            match (m.get(&key), default) {
                (Some(v), _) => v.clone(),
                (None, Some(default)) => default.clone(),
                (None, None) => return Err(format!("lookup: the map has no key {key:?}")),
            }
        }
        "element" => {
            let [items, i] = exactly(name, &args)?;
            let items = list(items)?;
            if items.is_empty() {
                return Err("element: the list is empty".to_owned());
            }
            let i = i.to_num()? as usize;
            // `checked_rem` is `None` only for an empty list, ruled out above.
            match i.checked_rem(items.len()).and_then(|i| items.get(i)) {
                Some(v) => v.clone(),
                None => return Err("element: the list is empty".to_owned()),
            }
        }
        "length" => {
            let [v] = exactly(name, &args)?;
            Val::Num(match v {
                Val::List(items) => items.len(),
                Val::Map(m) | Val::Resource { attrs: m, .. } => m.len(),
                Val::Str(s) => s.chars().count(),
                other => return Err(format!("length of a {}", other.type_name())),
            } as f64)
        }
        "keys" => {
            let [m] = exactly(name, &args)?;
            Val::List(object(m)?.into_keys().map(Val::Str).collect())
        }
        "values" => {
            let [m] = exactly(name, &args)?;
            Val::List(object(m)?.into_values().collect())
        }
        "contains" => {
            let [items, v] = exactly(name, &args)?;
            Val::Bool(list(items)?.contains(v))
        }
        "distinct" => {
            let [items] = exactly(name, &args)?;
            let mut out: Vec<Val> = Vec::new();
            for v in list(items)? {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
            Val::List(out)
        }
        "compact" => {
            let [items] = exactly(name, &args)?;
            let items = list(items)?;
            if let Some(r) = items.iter().find_map(Val::unknown) {
                return Ok(Val::Unknown(r.to_owned()));
            }
            Val::List(
                items
                    .into_iter()
                    .filter(|v| {
                        !matches!(v, Val::Null) && v.to_str().map_or(true, |s| !s.is_empty())
                    })
                    .collect(),
            )
        }
        "sort" => {
            let [items] = exactly(name, &args)?;
            let items = list(items)?;
            if let Some(r) = items.iter().find_map(Val::unknown) {
                return Ok(Val::Unknown(r.to_owned()));
            }
            let mut strings: Vec<String> = items.iter().map(string).collect::<Result<_, _>>()?;
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
            let [items] = exactly(name, &args)?;
            match list(items)?.as_slice() {
                [] => Val::Null,
                [v] => v.clone(),
                items => return Err(format!("one: the list has {} elements", items.len())),
            }
        }
        "tolist" | "toset" => {
            let [items] = exactly(name, &args)?;
            let mut items = list(items)?;
            if name == "toset" {
                items.sort_by_key(Val::display);
                items.dedup();
            }
            Val::List(items)
        }
        "tomap" => {
            let [m] = exactly(name, &args)?;
            Val::Map(object(m)?)
        }
        "tostring" => {
            let [v] = exactly(name, &args)?;
            match v {
                Val::Null => Val::Null,
                v => Val::Str(string(v)?),
            }
        }
        "tonumber" => {
            let [v] = exactly(name, &args)?;
            match v {
                Val::Null => Val::Null,
                v => Val::Num(v.to_num()?),
            }
        }
        "tobool" => {
            let [v] = exactly(name, &args)?;
            Val::Bool(v.to_bool()?)
        }
        "format" => {
            let (fmt, rest) = args.split_first().ok_or("format needs a format string")?;
            Val::Str(format(&string(fmt)?, rest)?)
        }
        "join" => {
            let [sep, items] = exactly(name, &args)?;
            let sep = string(sep)?;
            let items = list(items)?;
            if let Some(r) = items.iter().find_map(Val::unknown) {
                return Ok(Val::Unknown(r.to_owned()));
            }
            Val::Str(
                items
                    .iter()
                    .map(string)
                    .collect::<Result<Vec<_>, _>>()?
                    .join(&sep),
            )
        }
        "split" => {
            let [sep, s] = exactly(name, &args)?;
            let sep = string(sep)?;
            let s = string(s)?;
            Val::List(if s.is_empty() {
                vec![Val::Str(String::new())]
            } else {
                s.split(sep.as_str())
                    .map(|p| Val::Str(p.to_owned()))
                    .collect()
            })
        }
        "replace" => {
            let [s, from, to] = exactly(name, &args)?;
            let (s, from, to) = (string(s)?, string(from)?, string(to)?);
            if from.len() > 1 && from.starts_with('/') && from.ends_with('/') {
                return Err("replace with a regular expression is not supported".to_owned());
            }
            Val::Str(s.replace(&from, &to))
        }
        "lower" => Val::Str(string(args.first().ok_or("lower takes 1 argument")?)?.to_lowercase()),
        "upper" => Val::Str(string(args.first().ok_or("upper takes 1 argument")?)?.to_uppercase()),
        "trimspace" => Val::Str(
            string(args.first().ok_or("trimspace takes 1 argument")?)?
                .trim()
                .to_owned(),
        ),
        "range" => {
            let nums: Vec<f64> = args.iter().map(Val::to_num).collect::<Result<_, _>>()?;
            let (start, end, step) = match nums.as_slice() {
                [end] => (0.0, *end, 1.0),
                [start, end] => (*start, *end, if start <= end { 1.0 } else { -1.0 }),
                [start, end, step] => (*start, *end, *step),
                _ => return Err("range takes 1 to 3 arguments".to_owned()),
            };
            if step == 0.0 {
                return Err("range: step must not be 0".to_owned());
            }
            let mut out = Vec::new();
            let mut v = start;
            while (step > 0.0 && v < end) || (step < 0.0 && v > end) {
                out.push(Val::Num(v));
                v += step;
                if out.len() > 1024 {
                    return Err("range: more than 1024 elements".to_owned());
                }
            }
            Val::List(out)
        }
        "zipmap" => {
            let [keys, values] = exactly(name, &args)?;
            let keys = list(keys)?;
            let values = list(values)?;
            if keys.len() != values.len() {
                return Err("zipmap: the lists differ in length".to_owned());
            }
            Val::Map(
                keys.iter()
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
            let [net, newbits, netnum] = exactly(name, &args)?;
            let net = parse_net(&string(net)?)?;
            let newbits = newbits.to_num()? as u8;
            let netnum = netnum.to_num()? as u128;
            Val::Str(cidrsubnet(net, newbits, netnum)?.to_string())
        }
        "cidrhost" => {
            let [net, hostnum] = exactly(name, &args)?;
            let net = parse_net(&string(net)?)?;
            Val::Str(cidrhost(net, hostnum.to_num()? as i128)?.to_string())
        }
        "cidrnetmask" => {
            let [net] = exactly(name, &args)?;
            match parse_net(&string(net)?)? {
                IpNet::V4(n) => Val::Str(n.netmask().to_string()),
                IpNet::V6(_) => return Err("cidrnetmask only supports IPv4".to_owned()),
            }
        }
        other => return Err(format!("function {other} is not supported")),
    })
}

/// The arguments of a function that takes exactly `N` of them, or the error saying so.
fn exactly<'a, const N: usize>(name: &str, args: &'a [Val]) -> Result<&'a [Val; N], String> {
    args.try_into().map_err(|_| {
        format!(
            "{name} takes {N} argument{}, not {}",
            if N == 1 { "" } else { "s" },
            args.len()
        )
    })
}

fn flatten(v: &Val, out: &mut Vec<Val>) {
    match v {
        Val::List(items) => items.iter().for_each(|i| flatten(i, out)),
        other => out.push(other.clone()),
    }
}

/// `format` with the verbs Terraform code commonly uses: `%s`, `%d`, `%v`, `%q`, `%%`.
fn format(fmt: &str, args: &[Val]) -> Result<String, String> {
    let mut out = String::new();
    let mut args = args.iter();
    let mut chars = fmt.chars();
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
                    'd' => out.push_str(&(arg.to_num()? as i64).to_string()),
                    'q' => out.push_str(&serde_json::Value::String(arg.to_str()?).to_string()),
                    _ => out.push_str(&arg.display()),
                }
            }
            other => {
                // Quoted: the character after `%` may be any (a control character too).
                let verb = other.map_or_else(|| "%".to_owned(), |c| format!("%{c}"));
                return Err(format!("format: verb {verb:?} is not supported"));
            }
        }
    }
    Ok(out)
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

    fn s(v: &str) -> Val {
        Val::Str(v.to_owned())
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
