//! What sgaudit promises about the text it prints, checked alike by the tests and by the fuzz
//! targets (`fuzz/fuzz_targets/common` includes this file by path): a reader's error is one
//! line naming its file, and no text of an input reaches a report with a control character.

/// A character that breaks a line or drives the terminal (a tab does neither).
pub fn is_control(c: char) -> bool {
    c.is_control() && c != '\t'
}

/// The readers' contract for bad input: one line of text that starts with the name of the
/// file. No control character either: quoted input must not break the line or drive the
/// terminal.
pub fn check_error(message: &str, file: &str) {
    assert!(
        !message.contains(is_control),
        "error message is not one line of text: {message:?}"
    );
    assert!(
        message.starts_with(file),
        "error message does not start with the file name {file:?}: {message:?}"
    );
}

/// A report (not in colour, whose escape sequences are its own) holds no control character
/// but its own line breaks.
pub fn check_report(text: &str, what: &str) {
    let bad = text
        .char_indices()
        .find(|&(_, c)| c != '\n' && is_control(c));
    if let Some((at, c)) = bad {
        let from = text.floor_char_boundary(at.saturating_sub(40));
        panic!(
            "{what} prints a control character {c:?}: …{:?}",
            text.get(from..)
                .unwrap_or_default()
                .chars()
                .take(80)
                .collect::<String>()
        );
    }
}
