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

    /// A translated text with `%{name}` placeholders filled in.
    pub fn t_with(self, key: &str, values: &[(&str, &str)]) -> String {
        values.iter().fold(self.t(key), |text, (name, value)| {
            text.replace(&format!("%{{{name}}}"), value)
        })
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

    #[test]
    fn every_interface_language_has_every_text() {
        let english = keys("en");
        assert!(english.len() > 20);
        for locale in Locale::ALL {
            assert_eq!(keys(locale.code()), english, "{locale:?} differs");
            for key in &english {
                assert_ne!(locale.t(key), key.as_str(), "{locale:?} lacks {key}");
            }
        }
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
