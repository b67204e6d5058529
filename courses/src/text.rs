//! Text that people type and others read: titles, names, summaries.

/// Longest accepted answer, and longest typed answer compared, in characters: a short answer
/// is a word or a few, and grading never reads a whole pasted page. Forms say so too.
pub const MAX_ANSWER_CHARS: usize = 200;

/// Lowercase letters, digits and single hyphens, 64 at most: safe in URLs and file names.
/// Course slugs, lesson, module and quiz ids are checked with it, and every id that comes in
/// an address (the server's record ids are lowercase hex, which fits).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// Whether `text` holds characters a reader cannot see that change what she sees: control
/// characters (line breaks included: a title is one line) and the Unicode direction controls,
/// which can turn around the text shown after them (`Bella\u{202E}gnp.exe` reads as
/// `Bellaexe.png`).
pub fn has_hidden_controls(text: &str) -> bool {
    text.chars().any(|c| {
        c.is_control()
            || matches!(c,
                '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_overrides_and_control_characters_are_found() {
        assert!(has_hidden_controls("Bella\u{202E}gnp.exe"));
        assert!(has_hidden_controls("a\u{2067}b"));
        assert!(has_hidden_controls("two\nlines"));
        assert!(has_hidden_controls("bell\u{7}"));
    }

    #[test]
    fn every_script_and_ordinary_punctuation_are_fine() {
        for text in [
            "Tuesday class",
            "Lavoro è dignità",
            "العمل",
            "Работа: 1–2",
            "C'est « bien »",
        ] {
            assert!(!has_hidden_controls(text), "{text}");
        }
    }
}
