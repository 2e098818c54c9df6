//! Globs of the pack language and the configuration (`address`, `name`, `tags`, group sets,
//! waivers): `*` for any run of characters, `?` for one, matched in linear time.

/// `*` for any run of characters, `?` for one.
pub fn glob_match(glob: &str, text: &str) -> bool {
    // Greedy matching with one backtrack point (the last `*`): linear in practice and never
    // exponential, whatever the glob (a waiver's `*a*a*a*…b` once took minutes).
    let (glob, text): (Vec<char>, Vec<char>) = (glob.chars().collect(), text.chars().collect());
    let (mut g, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while let Some(&c) = text.get(t) {
        match glob.get(g) {
            Some('*') => {
                star = Some((g + 1, t));
                g += 1;
            }
            Some(&p) if p == '?' || p == c => {
                g += 1;
                t += 1;
            }
            _ => match star {
                Some((resume, from)) => {
                    star = Some((resume, from + 1));
                    g = resume;
                    t = from + 1;
                }
                None => return false,
            },
        }
    }
    glob.iter().skip(g).all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_addresses() {
        assert!(glob_match(
            "module.*.aws_security_group.*",
            "module.web.aws_security_group.this"
        ));
        assert!(!glob_match(
            "aws_security_group.db",
            "aws_security_group.dbx"
        ));
        assert!(glob_match(
            "aws_security_group.web[?]",
            "aws_security_group.web[0]"
        ));
    }

    /// The recursive matcher `glob_match` replaced (exponential on `*a*a*a*…b`): the oracle.
    fn recursive_glob(g: &str, t: &str) -> bool {
        let split = |s: &str| {
            let mut chars = s.chars();
            chars.next().map(|c| (c, chars.as_str().to_owned()))
        };
        match (split(g), split(t)) {
            (None, None) => true,
            (Some(('*', g1)), _) => {
                recursive_glob(&g1, t) || split(t).is_some_and(|(_, t1)| recursive_glob(g, &t1))
            }
            (Some(('?', g1)), Some((_, t1))) => recursive_glob(&g1, &t1),
            (Some((a, g1)), Some((b, t1))) if a == b => recursive_glob(&g1, &t1),
            _ => false,
        }
    }

    #[test]
    fn globs_agree_with_the_recursive_matcher_and_stay_linear() {
        // Deterministic pseudo-random globs and texts over a small alphabet.
        let mut seed: u64 = 0x5eed;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..20_000 {
            let glob: String = (0..next(7))
                .map(|_| ['a', 'b', '*', '?'][next(4) as usize])
                .collect();
            let text: String = (0..next(9)).map(|_| ['a', 'b'][next(2) as usize]).collect();
            assert_eq!(
                glob_match(&glob, &text),
                recursive_glob(&glob, &text),
                "{glob:?} on {text:?}"
            );
        }
        // A fuzzer's waiver: exponential for the recursive matcher, instant here.
        let glob = format!("{}b", "*a".repeat(40));
        assert!(!glob_match(&glob, &"a".repeat(2_000)));
        assert!(glob_match(&glob, &format!("{}b", "a".repeat(2_000))));
    }
}
