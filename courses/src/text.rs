//! Text that people type and others read: titles, names, summaries.

#[cfg(feature = "load")]
use unicode_normalization::UnicodeNormalization;
#[cfg(feature = "load")]
use unicode_normalization::char::is_combining_mark;

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
/// characters and the line and paragraph separators (a title is one line), and the Unicode
/// direction controls, which can turn around the text shown after them (`Bella\u{202E}gnp.exe`
/// reads as `Bellaexe.png`).
pub fn has_hidden_controls(text: &str) -> bool {
    text.chars().any(|c| {
        c.is_control()
            || matches!(c,
                '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
                | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// Characters that show nothing of their own and may be anywhere in a word (Unicode's
/// default-ignorable code points: the soft hyphen, zero-width spaces and joiners, the
/// byte-order mark, variation selectors, tags; and the Arabic tatweel, which only stretches
/// the letters it joins): a word compared with another is compared without them.
#[cfg(feature = "load")]
fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{0640}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// The form in which typed and accepted answers (and printed words) are compared: lowercase; decomposed (Unicode
/// NFD, so `é` becomes `e` and a combining accent) with every combining mark dropped, so that
/// a phone keyboard without `ë`, `ç` or `ș` still gets it right; curly apostrophes as `'`
/// (phones type `’`); and words separated by single spaces. Letters that are not a letter with
/// a mark (`ø`, `ł`, `ß`) stay as they are. Characters that show nothing (a soft hyphen, a
/// zero-width space) are dropped: `Traf\u{AD}ficking` is still the word it prints as.
#[cfg(feature = "load")]
pub fn fold(text: &str) -> String {
    let folded: String = text
        .chars()
        .filter(|c| !is_ignorable(*c))
        .flat_map(char::to_lowercase)
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words that say what the programme is, in the languages of the partner network: a
/// certificate is shown to employers and may be seen on her phone by anyone, so none of its
/// printed text may hold one. Compared after [`fold`] (lowercase, accents dropped), as parts
/// of words, so plurals and feminine forms are caught too.
#[cfg(feature = "load")]
const PROGRAMME_WORDS: &[&str] = &[
    // English
    "traffick",
    "victim",
    "survivor",
    "shelter",
    // Italian
    "tratta",
    "vittim",
    "sopravvissut",
    "casa rifugio",
    // Greek
    "εμπορια ανθρωπων",
    "θυμα",
    "επιζω",
    "καταφυγιο",
    // Romanian
    "trafic de persoane",
    "traficul de persoane",
    "supravietuit",
    "adapost",
    // Bulgarian
    "трафик на хора",
    "жертв",
    "оцеля",
    "приют",
    // German
    "menschenhandel",
    "opfer",
    "uberlebend",
    "frauenhaus",
    "schutzhaus",
    // Albanian
    "trafikim",
    "viktim",
    "mbijetuar",
    "strehez",
    "strehim",
    // French
    "traite des",
    "victime",
    "survivant",
    "foyer d'accueil",
    "refuge",
    // Arabic
    "اتجار",
    "الاتجار",
    "ضحي",
    "ضحاي",
    "ناجي",
    "مأوى",
    "ماوى",
];

/// The first word of [`PROGRAMME_WORDS`] found in `text`, if any.
#[cfg(feature = "load")]
pub fn reveals_programme(text: &str) -> Option<&'static str> {
    let folded = fold(text);
    PROGRAMME_WORDS
        .iter()
        .find(|word| folded.contains(&fold(word)))
        .copied()
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
        assert!(has_hidden_controls("two\u{2028}lines"));
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

    #[cfg(feature = "load")]
    #[test]
    fn words_that_name_the_programme_are_found_in_any_case_and_accent() {
        assert_eq!(reveals_programme("Support for Victims"), Some("victim"));
        assert_eq!(
            reveals_programme("Casa Rifugio Milano"),
            Some("casa rifugio")
        );
        assert_eq!(reveals_programme("Θύματα"), Some("θυμα"));
        assert_eq!(reveals_programme("Adăpostul Speranța"), Some("adapost"));
        assert_eq!(reveals_programme("Приют"), Some("приют"));
        assert_eq!(reveals_programme("Überlebende"), Some("uberlebend"));
        assert_eq!(reveals_programme("ضحية"), Some("ضحي"));
        assert_eq!(reveals_programme("Preparing for a job interview"), None);
        assert_eq!(reveals_programme("Traitement de texte"), None);
        assert_eq!(reveals_programme("Trafic rutier"), None);
    }

    #[cfg(feature = "load")]
    #[test]
    fn characters_that_show_nothing_hide_no_word() {
        assert_eq!(reveals_programme("Traf\u{AD}ficking"), Some("traffick"));
        assert_eq!(reveals_programme("vic\u{200B}tim"), Some("victim"));
        assert_eq!(reveals_programme("\u{FEFF}Θύ\u{2060}ματα"), Some("θυμα"));
        assert_eq!(fold("Ca\u{200D}sa"), fold("casa"));
        assert_eq!(reveals_programme("ضحـايا"), Some("ضحاي"));
    }
}
