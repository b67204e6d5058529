//! Interface languages. Every string a person reads goes through [`Locale::t`]; the texts live
//! in `app/locales/<code>.ftl`, one Project Fluent file per language, so a translation platform
//! (Weblate, Pontoon) edits them directly and plurals follow each language's CLDR rules.
//!
//! The languages are the files: `build.rs` lists them, so adding a language is adding its file
//! (whose `language-name` is the language's name in itself). In code a text is named `section.key`; in the files
//! that is the message `section-key` (Fluent names cannot hold a dot).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// `FILES`, every `(code, text)` of `app/locales/*.ftl` by code, and `ENGLISH`, its index of `en`.
mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// A language the interface is translated into. Course content may exist in more languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale(usize);

impl Locale {
    /// English: the language every text is written in first, and the fallback for a text a
    /// translation lacks.
    pub const DEFAULT: Locale = Locale(files::ENGLISH);

    /// Every interface language, in the order of their codes.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..files::FILES.len()).map(Locale)
    }

    pub fn code(self) -> &'static str {
        files::FILES[self.0].0
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::all().find(|l| l.code() == code)
    }

    /// Whether the language is written right to left (Arabic): the page's `dir`.
    pub fn is_right_to_left(self) -> bool {
        self.code()
            .parse::<LanguageIdentifier>()
            .is_ok_and(|l| l.character_direction() == CharacterDirection::RTL)
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's name in itself (`Shqip`), so a learner finds hers whatever the page's
    /// language.
    pub fn name(self) -> String {
        self.t("language.name")
    }

    /// A date in full as the language writes it (`6 December 2026`), from a Unix time in
    /// seconds (UTC).
    pub fn date(self, seconds: i64) -> String {
        self.date_as("date.format", seconds)
    }

    /// A date's day and month (`6 December`), where the year goes without saying.
    pub fn day_and_month(self, seconds: i64) -> String {
        self.date_as("date.day_month", seconds)
    }

    fn date_as(self, key: &str, seconds: i64) -> String {
        let (year, month, day) = crate::model::civil_date(seconds);
        self.t_with(
            key,
            &[
                ("day", &day.to_string()),
                ("month", &self.t(&format!("date.month_{month}"))),
                ("year", &year.to_string()),
            ],
        )
    }

    /// The interface language an address starts with: `/it/courses` is Italian.
    pub fn of_path(path: &str) -> Option<Locale> {
        let first = path.trim_start_matches('/').split('/').next()?;
        Locale::from_code(first)
    }

    /// The first supported language in an `Accept-Language` header, by the sender's order.
    pub fn negotiate(accept_language: &str) -> Locale {
        let mut ranked: Vec<(f32, &str)> = accept_language
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse().ok())
                    .unwrap_or(1.0);
                Some((quality, tag))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked
            .into_iter()
            .find_map(|(_, tag)| {
                let primary = tag.split('-').next().unwrap_or_default();
                Locale::from_code(&primary.to_ascii_lowercase())
            })
            .unwrap_or(Locale::DEFAULT)
    }

    /// A translated text.
    pub fn t(self, key: &str) -> String {
        self.t_with(key, &[])
    }

    /// A problem a course check found (`problem-<key>` in the locale files), filled in.
    pub fn problem(self, message: &courses::Message) -> String {
        let values: Vec<(&str, &str)> = message
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        self.t_with(&format!("problem.{}", message.key), &values)
    }

    /// A translated text with its `{ $name }` placeholders filled in. A value is written as
    /// given (a partner's link that reads `{ $url }` stays as she wrote it); one that is a
    /// whole number also chooses the plural form (`1 lesson`, `2 lessons`). A text the
    /// language lacks is read in English; one no language has, as its key.
    pub fn t_with(self, key: &str, values: &[(&str, &str)]) -> String {
        let id = key.replacen('.', "-", 1);
        let mut args = FluentArgs::with_capacity(values.len());
        for (name, value) in values {
            match whole_number(value) {
                Some(number) => args.set(*name, FluentValue::from(number)),
                None => args.set(*name, FluentValue::from(*value)),
            }
        }
        for locale in [self, Locale::DEFAULT] {
            let bundle = &bundles()[locale.0];
            if let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned();
            }
        }
        key.to_string()
    }
}

/// A value that is a whole number as people write it (`0`, `12`; not `007`, a name).
fn whole_number(value: &str) -> Option<u32> {
    // Written back, the number must read exactly as given: no sign, no leading zero.
    value.parse().ok().filter(|n: &u32| n.to_string() == value)
}

/// Every language's messages, read once. The files are tested: one that does not parse fails
/// `cargo test` long before it could reach a server.
fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        files::FILES
            .iter()
            .map(|(code, text)| {
                let resource = FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|(_, e)| panic!("app/locales/{code}.ftl: {e:?}"));
                let language = code
                    .parse()
                    .expect("a locale file is named by its language");
                let mut bundle = FluentBundle::new_concurrent(vec![language]);
                // In a right-to-left text a value is isolated (Unicode FSI ... PDI), so a
                // handle or a number inside Arabic keeps its own direction. Left-to-right
                // texts need no marks.
                let rtl = Locale::from_code(code).is_some_and(Locale::is_right_to_left);
                bundle.set_use_isolating(rtl);
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|e| panic!("app/locales/{code}.ftl: {e:?}"));
                bundle
            })
            .collect()
    })
}

/// A language travels as its code (`"it"`), as in addresses.
impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = Cow::<str>::deserialize(deserializer)?;
        Locale::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("no interface language `{code}`")))
    }
}

/// A language's own name for itself, for any language a course is written in: an interface
/// language's file names it; another is shown by its code.
pub fn language_name(code: &str) -> String {
    Locale::from_code(code).map_or_else(|| code.to_string(), Locale::name)
}

#[cfg(test)]
mod tests {
    use super::*;

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use fluent_syntax::ast::{Resource, VariantKey};
    use intl_pluralrules::{PluralRuleType, PluralRules};

    fn italian() -> Locale {
        Locale::from_code("it").unwrap()
    }

    /// A locale file, parsed as a translation tool would.
    fn parsed(locale: Locale) -> Resource<&'static str> {
        let text = files::FILES[locale.0].1;
        fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, e)| panic!("{}.ftl does not parse: {e:?}", locale.code()))
    }

    /// Each message of a locale file, by name, with its pattern.
    fn messages(locale: Locale) -> Vec<(&'static str, Pattern<&'static str>)> {
        let mut all: Vec<_> = parsed(locale)
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => Some((m.id.name, m.value?)),
                _ => None,
            })
            .collect();
        all.sort_by_key(|(name, _)| *name);
        all
    }

    /// Walks a pattern: every `{ $name }` it uses, and for every choice `{ $name -> ... }`
    /// the names of its variants.
    fn walk<'a>(
        pattern: &Pattern<&'a str>,
        names: &mut Vec<&'a str>,
        choices: &mut Vec<Vec<&'a str>>,
    ) {
        for element in &pattern.elements {
            let PatternElement::Placeable { expression } = element else {
                continue;
            };
            let inline = match expression {
                Expression::Inline(inline) => inline,
                Expression::Select { selector, variants } => {
                    let keys = variants.iter().map(|v| match &v.key {
                        VariantKey::Identifier { name } => *name,
                        VariantKey::NumberLiteral { value } => *value,
                    });
                    choices.push(keys.collect());
                    for variant in variants {
                        walk(&variant.value, names, choices);
                    }
                    selector
                }
            };
            if let InlineExpression::VariableReference { id } = inline {
                names.push(id.name);
            }
        }
    }

    fn placeholders<'a>(pattern: &Pattern<&'a str>) -> Vec<&'a str> {
        let mut names = Vec::new();
        walk(pattern, &mut names, &mut Vec::new());
        names.sort();
        names.dedup();
        names
    }

    #[test]
    fn every_interface_language_has_every_text_with_the_same_placeholders() {
        let english = messages(Locale::DEFAULT);
        assert!(english.len() > 400, "en.ftl: {} messages", english.len());
        for locale in Locale::all() {
            let texts = messages(locale);
            let names: Vec<_> = texts.iter().map(|(n, _)| *n).collect();
            let expected: Vec<_> = english.iter().map(|(n, _)| *n).collect();
            assert_eq!(names, expected, "{}.ftl has other messages", locale.code());
            for ((name, pattern), (_, reference)) in texts.iter().zip(&english) {
                assert_eq!(
                    placeholders(pattern),
                    placeholders(reference),
                    "{}.ftl {name}: placeholders differ from English",
                    locale.code()
                );
            }
        }
    }

    #[test]
    fn every_plural_choice_has_every_form_its_language_needs() {
        for locale in Locale::all() {
            let language: unic_langid::LanguageIdentifier = locale.code().parse().unwrap();
            let rules = PluralRules::create(language, PluralRuleType::CARDINAL).unwrap();
            // Counts are whole numbers: the forms whole numbers take, up to a billion.
            let counts = (0..=1000).chain((4..=9).map(|e| 10_u64.pow(e)));
            let mut needed: Vec<String> = counts
                .map(|n| format!("{:?}", rules.select(n).unwrap()).to_lowercase())
                .collect();
            needed.sort();
            needed.dedup();
            let mut choices = Vec::new();
            for (_, pattern) in messages(locale) {
                walk(&pattern, &mut Vec::new(), &mut choices);
            }
            assert!(
                choices.len() >= 5,
                "{}.ftl: too few plural choices",
                locale.code()
            );
            for variants in choices {
                for form in &needed {
                    assert!(
                        variants.contains(&form.as_str()),
                        "{}.ftl: a choice {variants:?} lacks `{form}`",
                        locale.code()
                    );
                }
            }
        }
    }

    fn language(code: &str) -> Locale {
        Locale::from_code(code).unwrap()
    }

    #[test]
    fn plurals_read_right() {
        let lessons =
            |code: &str, n: &str| language(code).t_with("catalogue.lessons", &[("count", n)]);
        // Arabic isolates a number inside its right-to-left text (FSI ... PDI).
        let isolated = |n: &str| format!("\u{2068}{n}\u{2069}");
        for (n, english, italiano, romana, arabic) in [
            (
                "0",
                "0 lessons",
                "0 lezioni",
                "0 lecții",
                format!("{} دروس", isolated("0")),
            ),
            (
                "1",
                "1 lesson",
                "1 lezione",
                "1 lecție",
                "درس واحد".to_string(),
            ),
            (
                "2",
                "2 lessons",
                "2 lezioni",
                "2 lecții",
                "درسان".to_string(),
            ),
            (
                "5",
                "5 lessons",
                "5 lezioni",
                "5 lecții",
                format!("{} دروس", isolated("5")),
            ),
            (
                "11",
                "11 lessons",
                "11 lezioni",
                "11 lecții",
                format!("{} درسًا", isolated("11")),
            ),
            (
                "20",
                "20 lessons",
                "20 lezioni",
                "20 de lecții",
                format!("{} درسًا", isolated("20")),
            ),
            (
                "100",
                "100 lessons",
                "100 lezioni",
                "100 de lecții",
                format!("{} درس", isolated("100")),
            ),
        ] {
            assert_eq!(lessons("en", n), english);
            assert_eq!(lessons("it", n), italiano);
            assert_eq!(lessons("ro", n), romana);
            assert_eq!(lessons("ar", n), arabic);
        }
        // A name made of digits is a name, not a number: written as given.
        let text = Locale::DEFAULT.t_with("join.cohort", &[("cohort", "007")]);
        assert!(text.contains("007"), "{text}");
    }

    /// The keys of every `message!("key", ...)` in the source of `courses`.
    fn problem_keys_in_courses() -> Vec<String> {
        fn walk(dir: &std::path::Path, keys: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, keys);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for after in text.split("message!(").skip(1) {
                        let after = after.trim_start();
                        if let Some(rest) = after.strip_prefix('"') {
                            keys.push(rest.split('"').next().unwrap().to_string());
                        }
                    }
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses/src");
        let mut keys = Vec::new();
        walk(&root, &mut keys);
        keys.sort();
        keys.dedup();
        keys
    }

    #[test]
    fn every_problem_a_course_check_reports_has_a_text_and_every_text_a_use() {
        let used: Vec<String> = problem_keys_in_courses()
            .into_iter()
            .map(|key| format!("problem-{key}"))
            .collect();
        assert!(used.len() > 50, "the scan of `courses` found too little");
        let texts: Vec<String> = messages(Locale::DEFAULT)
            .into_iter()
            .map(|(name, _)| name.to_string())
            .filter(|name| name.starts_with("problem-"))
            .collect();
        assert_eq!(
            used, texts,
            "keys used by `courses` and `problem-` messages differ"
        );
    }

    #[test]
    fn a_problem_reads_in_the_authors_language() {
        let message = courses::Message {
            key: "lesson_id_invalid".into(),
            args: vec![("id".into(), "Bad Id".into())],
        };
        assert_eq!(
            Locale::DEFAULT.problem(&message),
            "lesson id `Bad Id` may only use lowercase letters, digits and hyphens"
        );
        let text = italian().problem(&message);
        assert!(text.contains("`Bad Id`"), "{text}");
        assert_ne!(text, Locale::DEFAULT.problem(&message));
    }

    #[test]
    fn a_value_is_written_as_given_even_when_it_looks_like_a_placeholder() {
        // An organisation's name is typed by a person; it must not pull in another value.
        let text = Locale::DEFAULT.t_with(
            "join.who_sees",
            &[("organisation", "{ $country } Works"), ("country", "IT")],
        );
        assert!(text.contains("at { $country } Works (IT)"), "{text}");
        // A placeholder with no value stays visible rather than vanishing.
        let text = Locale::DEFAULT.t_with("join.who_sees", &[("country", "IT")]);
        assert!(text.contains("at {$organisation} (IT)"), "{text}");
    }

    #[test]
    fn texts_are_translated_and_filled_in() {
        assert_eq!(Locale::DEFAULT.t("catalogue.title"), "Courses");
        assert_eq!(italian().t("catalogue.title"), "Corsi");
        assert_eq!(italian().t("no.such_text"), "no.such_text");
        // Every language has its code, and travels as it.
        for locale in Locale::all() {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
            let json = serde_json::to_string(&locale).unwrap();
            assert_eq!(serde_json::from_str::<Locale>(&json).unwrap(), locale);
        }
        assert!(serde_json::from_str::<Locale>("\"xx\"").is_err());
    }

    #[test]
    fn the_browser_language_is_negotiated() {
        assert_eq!(Locale::negotiate("it-IT,it;q=0.9,en;q=0.8"), italian());
        assert_eq!(Locale::negotiate("tr-TR,tr;q=0.9,it;q=0.5"), italian());
        assert_eq!(Locale::negotiate("en;q=0.2,it;q=0.9"), italian());
        assert_eq!(Locale::negotiate("sq-XK"), language("sq"));
        assert_eq!(Locale::negotiate("ar-EG,ar;q=0.9"), language("ar"));
        assert_eq!(Locale::negotiate("tr"), Locale::DEFAULT);
        assert_eq!(Locale::negotiate(""), Locale::DEFAULT);
    }

    #[test]
    fn the_nine_languages_are_there_arabic_right_to_left() {
        let codes: Vec<_> = Locale::all().map(Locale::code).collect();
        assert_eq!(
            codes,
            ["ar", "bg", "de", "el", "en", "fr", "it", "ro", "sq"]
        );
        for locale in Locale::all() {
            let rtl = locale.code() == "ar";
            assert_eq!(locale.dir(), if rtl { "rtl" } else { "ltr" });
            // Each names itself in its own words, never by its code.
            assert_ne!(locale.name(), locale.code());
        }
        assert_eq!(language("sq").name(), "Shqip");
        assert_eq!(language_name("sq"), "Shqip");
        assert_eq!(
            language_name("tr"),
            "tr",
            "a course language without interface file"
        );
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        // 6 December 2026, 12:00 UTC.
        let day = 1_796_558_400;
        assert_eq!(Locale::DEFAULT.date(day), "6 December 2026");
        assert_eq!(italian().date(day), "6 dicembre 2026");
        assert_eq!(language("de").date(day), "6. Dezember 2026");
        assert_eq!(language("de").day_and_month(day), "6. Dezember");
        assert!(language("el").date(day).contains("Δεκεμβρίου"));
        // Arabic keeps the digits in their own left-to-right runs.
        let arabic = language("ar").date(day);
        assert!(arabic.contains("\u{2068}2026\u{2069}"), "{arabic}");
    }
}
