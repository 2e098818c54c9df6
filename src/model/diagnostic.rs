//! What a run tells the user about its input besides findings: [`Diagnostic`], an error (a part
//! of the input that could not be read) or a note, with the [`Origin`] it is about when the
//! reader (or the policy) knows it. Reports print it from the type: `file:line:col: message`.

use std::fmt;

use super::Origin;

/// How much a diagnostic matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// A part of the input could not be read: the report covers the rest, and the run fails.
    Error,
    /// Something the user should know about how the input was read or the policy applied.
    Note,
}

impl Level {
    /// `error` or `note` (the words SARIF's notifications use).
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Note => "note",
        }
    }
}

/// One error or note: where (the file, line and column when known), and what. Printed as one
/// line, `main.tf:3:7: message`, `plan.json: message`, or the message alone.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub level: Level,
    /// What the message is about; `None` when it names no file (or names it in its text).
    pub origin: Option<Origin>,
    /// The message, without its origin.
    pub message: String,
}

impl Diagnostic {
    /// An error at `origin`.
    pub fn error(origin: impl Into<Option<Origin>>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Error,
            origin: origin.into(),
            message: message.into(),
        }
    }

    /// A note at `origin`.
    pub fn note(origin: impl Into<Option<Origin>>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Note,
            origin: origin.into(),
            message: message.into(),
        }
    }

    /// The origin when it names a line: what an annotation can point at.
    pub fn at_line(&self) -> Option<&Origin> {
        self.origin.as_ref().filter(|o| o.line.is_some())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(origin) = &self.origin {
            write!(f, "{origin}: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

/// Diagnostics as the one-line texts they print as.
pub fn texts(list: &[Diagnostic]) -> Vec<String> {
    list.iter().map(ToString::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A diagnostic prints as the one-line messages always did: its origin (file, line and
    /// column as far as known), then the message.
    #[test]
    fn a_diagnostic_prints_as_origin_then_message() {
        let at = Origin {
            col: Some(7),
            ..Origin::at("env/main.tf", 3)
        };
        assert_eq!(
            Diagnostic::error(at, "invalid expression").to_string(),
            "env/main.tf:3:7: invalid expression"
        );
        assert_eq!(
            Diagnostic::error(Origin::at("main.tf", 12), "a block `x`").to_string(),
            "main.tf:12: a block `x`"
        );
        assert_eq!(
            Diagnostic::error(Origin::file("vars.tfvars"), "cannot read: denied").to_string(),
            "vars.tfvars: cannot read: denied"
        );
        assert_eq!(
            Diagnostic::note(
                None,
                "not declared in this configuration, so unknown: var.x"
            )
            .to_string(),
            "not declared in this configuration, so unknown: var.x"
        );
    }

    /// Only an origin with a line is one an annotation can point at.
    #[test]
    fn a_diagnostic_names_a_line_only_when_its_origin_has_one() {
        let line = Diagnostic::error(Origin::at("main.tf", 4), "x");
        assert_eq!(line.at_line(), Some(&Origin::at("main.tf", 4)));
        assert_eq!(
            Diagnostic::error(Origin::file("main.tf"), "x").at_line(),
            None
        );
        assert_eq!(Diagnostic::note(None, "x").at_line(), None);
        assert_eq!(Level::Error.as_str(), "error");
        assert_eq!(Level::Note.as_str(), "note");
    }
}
