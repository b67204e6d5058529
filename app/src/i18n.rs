//! Interface languages. Every string a person reads goes through [`Locale::t`]; the texts live
//! in `app/locales/<code>.yml`, one file per language.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A language the interface is translated into. Course content may exist in more languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    En,
    It,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::It];
    pub const DEFAULT: Locale = Locale::En;

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::It => "it",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
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
        rust_i18n::t!(key, locale = self.code()).into_owned()
    }

    /// A problem a course check found (`problem.<key>` in the locale files), filled in.
    pub fn problem(self, message: &courses::Message) -> String {
        let values: Vec<(&str, &str)> = message
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        self.t_with(&format!("problem.{}", message.key), &values)
    }

    /// A translated text with `%{name}` placeholders filled in, in one pass over the text:
    /// a value that itself reads `%{other}` (a partner's link, say) stays as she wrote it.
    pub fn t_with(self, key: &str, values: &[(&str, &str)]) -> String {
        let text = self.t(key);
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(start) = rest.find("%{") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let named = after.find('}').and_then(|end| {
                let name = &after[..end];
                let value = values.iter().find(|(n, _)| *n == name)?.1;
                Some((value, end))
            });
            match named {
                Some((value, end)) => {
                    out.push_str(value);
                    rest = &after[end + 1..];
                }
                None => {
                    out.push_str("%{");
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// A language's own name for itself, so a learner finds hers whatever the page language.
pub fn language_name(code: &str) -> Cow<'static, str> {
    match code {
        "en" => "English".into(),
        "it" => "Italiano".into(),
        "es" => "Español".into(),
        "de" => "Deutsch".into(),
        "fr" => "Français".into(),
        "bg" => "Български".into(),
        "sq" => "Shqip".into(),
        "el" => "Ελληνικά".into(),
        "ro" => "Română".into(),
        "ar" => "العربية".into(),
        other => other.to_string().into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dotted keys of a locale file, read from its indentation.
    fn keys(code: &str) -> Vec<String> {
        let path = format!(
            "{}/locales/{code}.yml",
            std::env::var("CARGO_MANIFEST_DIR").unwrap()
        );
        let text = std::fs::read_to_string(path).unwrap();
        let mut parents: Vec<&str> = Vec::new();
        let mut keys = Vec::new();
        for line in text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('_'))
        {
            let name = line.trim().split(':').next().unwrap();
            parents.truncate((line.len() - line.trim_start().len()) / 2);
            if line.trim_end().ends_with(':') {
                parents.push(name);
            } else {
                keys.push([parents.join("."), name.to_string()].join("."));
            }
        }
        keys.sort();
        keys
    }

    /// The `%{name}` placeholders of a text, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split("%{")
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort();
        names.dedup();
        names
    }

    #[test]
    fn every_interface_language_has_every_text() {
        let english = keys("en");
        assert!(english.len() > 20);
        for locale in Locale::ALL {
            assert_eq!(keys(locale.code()), english, "{locale:?} differs");
            for key in &english {
                let text = locale.t(key);
                assert_ne!(text, key.as_str(), "{locale:?} lacks {key}");
                assert_eq!(
                    placeholders(&text),
                    placeholders(&Locale::En.t(key)),
                    "{locale:?} {key}: placeholders differ"
                );
            }
        }
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
            .map(|key| format!("problem.{key}"))
            .collect();
        assert!(used.len() > 50, "the scan of `courses` found too little");
        let texts: Vec<String> = keys("en")
            .into_iter()
            .filter(|k| k.starts_with("problem."))
            .collect();
        assert_eq!(
            used, texts,
            "keys used by `courses` and texts under `problem.` differ"
        );
    }

    #[test]
    fn a_problem_reads_in_the_authors_language() {
        let message = courses::Message {
            key: "lesson_id_invalid".into(),
            args: vec![("id".into(), "Bad Id".into())],
        };
        assert_eq!(
            Locale::En.problem(&message),
            "lesson id `Bad Id` may only use lowercase letters, digits and hyphens"
        );
        let italian = Locale::It.problem(&message);
        assert!(italian.contains("`Bad Id`"), "{italian}");
        assert_ne!(italian, Locale::En.problem(&message));
    }

    #[test]
    fn a_value_is_written_as_given_even_when_it_looks_like_a_placeholder() {
        // An organisation's name is typed by a person; it must not pull in another value.
        let text = Locale::En.t_with(
            "join.who_sees",
            &[("organisation", "%{country} Works"), ("country", "IT")],
        );
        assert!(text.contains("at %{country} Works (IT)"), "{text}");
        // A placeholder with no value stays visible rather than vanishing.
        let text = Locale::En.t_with("join.who_sees", &[("country", "IT")]);
        assert!(text.contains("at %{organisation} (IT)"), "{text}");
    }

    #[test]
    fn texts_are_translated_and_filled_in() {
        assert_eq!(Locale::En.t("catalogue.title"), "Courses");
        assert_eq!(Locale::It.t("catalogue.title"), "Corsi");
        assert_eq!(
            Locale::It.t_with("catalogue.lessons", &[("count", "6")]),
            "6 lezioni"
        );
    }

    #[test]
    fn the_browser_language_is_negotiated() {
        assert_eq!(Locale::negotiate("it-IT,it;q=0.9,en;q=0.8"), Locale::It);
        assert_eq!(Locale::negotiate("fr-FR,fr;q=0.9,it;q=0.5"), Locale::It);
        assert_eq!(Locale::negotiate("en;q=0.2,it;q=0.9"), Locale::It);
        assert_eq!(Locale::negotiate("sq"), Locale::En);
        assert_eq!(Locale::negotiate(""), Locale::En);
    }
}
