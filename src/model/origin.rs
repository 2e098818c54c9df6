//! Where something is declared: [`Origin`], a file and the line (and column) in it, as the
//! readers find it and the reports print it.

use std::cmp::Ordering;
use std::fmt;

/// Where something is declared: a file as the run names it, the line in it (`None`: the file
/// as a whole) and the column when the reader gives one. Printed `main.tf:14`,
/// `main.tf:14:3` or `main.tf`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Origin {
    pub file: std::sync::Arc<str>,
    pub line: Option<usize>,
    /// Only with a line.
    pub col: Option<usize>,
}

impl Origin {
    /// A line of a file.
    pub fn at(file: impl Into<std::sync::Arc<str>>, line: usize) -> Origin {
        Origin {
            file: file.into(),
            line: Some(line),
            col: None,
        }
    }

    /// A file as a whole.
    pub fn file(file: impl Into<std::sync::Arc<str>>) -> Origin {
        Origin {
            file: file.into(),
            line: None,
            col: None,
        }
    }

    /// Applies `f` to the file's name; the name is replaced (a copy of its own, no longer
    /// shared) only when `f` changes it.
    pub fn edit_file(&mut self, f: &mut dyn FnMut(&mut String)) {
        let mut file = String::from(&*self.file);
        f(&mut file);
        if *file != *self.file {
            self.file = file.into();
        }
    }

    /// The text the origin prints as, byte by byte (without writing it anywhere).
    fn text(&self) -> impl Iterator<Item = u8> + '_ {
        let part = |n: Option<usize>| {
            n.into_iter()
                .flat_map(|n| std::iter::once(b':').chain(digits(n)))
        };
        self.file
            .bytes()
            .chain(part(self.line))
            .chain(part(self.line.and(self.col)))
    }
}

/// The decimal digits of `n`, most significant first.
fn digits(n: usize) -> impl Iterator<Item = u8> {
    let width = n.checked_ilog10().unwrap_or(0) + 1;
    (0..width)
        .rev()
        .map(move |i| b'0' + u8::try_from(n / 10usize.pow(i) % 10).unwrap_or(0))
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.col {
                write!(f, ":{col}")?;
            }
        }
        Ok(())
    }
}

impl Ord for Origin {
    /// As their text sorts (`main.tf:14` before `main.tf:9`, `a.tf.json:1` before `a.tf:1`):
    /// the order reports list origins in.
    fn cmp(&self, other: &Origin) -> Ordering {
        self.text().cmp(other.text()).then_with(|| {
            (&self.file, self.line, self.col).cmp(&(&other.file, other.line, other.col))
        })
    }
}

impl PartialOrd for Origin {
    fn partial_cmp(&self, other: &Origin) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_origin_prints_as_file_line_and_column() {
        assert_eq!(
            Origin::at("modules/net/main.tf", 14).to_string(),
            "modules/net/main.tf:14"
        );
        assert_eq!(Origin::file(".sgaudit.hcl").to_string(), ".sgaudit.hcl");
        let col = Origin {
            col: Some(7),
            ..Origin::at("main.tf", 3)
        };
        assert_eq!(col.to_string(), "main.tf:3:7");
        assert_eq!(Origin::default().to_string(), "");
    }

    #[test]
    fn origins_sort_as_their_text() {
        let mut list = [
            Origin::at("main.tf", 9),
            Origin::at("main.tf", 14),
            Origin::at("main.tf", 100),
            Origin::at("a.tf", 1),
            Origin::at("a.tf.json", 1),
            Origin::file("main.tf"),
            Origin::at("main.tf", 0),
            Origin {
                col: Some(2),
                ..Origin::at("main.tf", 14)
            },
        ];
        list.sort();
        let texts: Vec<String> = list.iter().map(ToString::to_string).collect();
        let mut want = texts.clone();
        want.sort();
        assert_eq!(texts, want);
        assert_eq!(
            texts,
            [
                "a.tf.json:1",
                "a.tf:1",
                "main.tf",
                "main.tf:0",
                "main.tf:100",
                "main.tf:14",
                "main.tf:14:2",
                "main.tf:9"
            ]
        );
    }
}
