//! `course.toml` and lesson front matter: what authors write, and how it is checked.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::message;
use crate::model::Translations;
use crate::problem::{Problems, line_of};
use crate::text::{has_hidden_controls, is_valid_id, reveals_programme};
use crate::track::Track;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Manifest {
    pub version: u32,
    pub track: String,
    pub default_language: String,
    pub languages: Vec<String>,
    pub title: Translations,
    pub summary: Translations,
    #[serde(default)]
    pub modules: Vec<ModuleManifest>,
    #[serde(default)]
    pub completion: Completion,
    #[serde(default)]
    pub certificate: CertificateManifest,
}

/// What a certificate of the course says beyond its title: the skills it vouches for, in each
/// language, and optionally a title of its own (the course's title otherwise).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CertificateManifest {
    #[serde(default)]
    pub title: Translations,
    #[serde(default)]
    pub skills: BTreeMap<String, Vec<String>>,
}

/// Most skills a certificate lists, and the longest skill: a certificate is one page.
pub(crate) const MAX_SKILLS: usize = 8;
pub(crate) const MAX_SKILL_CHARS: usize = 80;

/// When a learner has completed the course: every lesson done, and at least `pass_mark`
/// percent of its quizzes answered right (at any try: retries are unlimited).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Completion {
    #[serde(default = "Completion::every_quiz")]
    pub pass_mark: u8,
}

impl Completion {
    fn every_quiz() -> u8 {
        100
    }
}

impl Default for Completion {
    fn default() -> Self {
        Completion {
            pass_mark: Completion::every_quiz(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ModuleManifest {
    pub id: String,
    pub title: Translations,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrontMatter {
    pub id: String,
    pub title: String,
    pub minutes: u32,
}

/// Parses TOML, turning a syntax or shape error into a problem at the right line.
/// `first_line` is the line of the file where `text` starts.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    path: &Path,
    first_line: usize,
    problems: &mut Problems,
) -> Option<T> {
    match toml::from_str(text) {
        Ok(value) => Some(value),
        Err(error) => {
            let line = error.span().map_or(1, |span| line_of(text, span.start));
            // The TOML reader's own words, in English: they name fields and types exactly.
            let message = message!("toml_invalid", detail = error.message().trim());
            problems.push(path, first_line + line - 1, message);
            None
        }
    }
}

/// Splits a lesson into its `+++` front matter and Markdown body.
/// Returns the front matter, the body, and the line on which the body starts.
pub(crate) fn split_front_matter(text: &str) -> Option<(&str, &str, usize)> {
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = 2 + front.matches('\n').count() + 1;
            return Some((front, body, body_line));
        }
        offset += line.len();
    }
    None
}

/// The line where `key` is set in a TOML text, for problems about its value.
pub(crate) fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
                || line == format!("[{key}]")
                || line.ends_with(&format!(".{key}]"))
        })
        .map_or(1, |index| index + 1)
}

/// A language code such as `en`, `it` or `pt-br`.
pub(crate) fn is_valid_language(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Checks the manifest's values beyond their types; returns the track when it is known.
pub(crate) fn check_manifest(
    manifest: &Manifest,
    text: &str,
    path: &Path,
    problems: &mut Problems,
) -> Option<Track> {
    let at = |key: &str| line_of_key(text, key);
    if manifest.version == 0 {
        problems.push(path, at("version"), message!("version_zero"));
    }
    if manifest.completion.pass_mark > 100 {
        problems.push(path, at("pass_mark"), message!("pass_mark_range"));
    }
    let track = Track::parse(&manifest.track);
    if track.is_none() {
        let known: Vec<_> = Track::ALL.iter().map(|t| t.as_str()).collect();
        problems.push(
            path,
            at("track"),
            message!(
                "track_unknown",
                track = manifest.track,
                known = known.join(", ")
            ),
        );
    }
    if manifest.languages.is_empty() {
        problems.push(path, at("languages"), message!("languages_empty"));
    }
    for (index, language) in manifest.languages.iter().enumerate() {
        if !is_valid_language(language) {
            problems.push(
                path,
                at("languages"),
                message!("language_invalid", language = language),
            );
        }
        if manifest.languages[..index].contains(language) {
            problems.push(
                path,
                at("languages"),
                message!("language_twice", language = language),
            );
        }
    }
    if !manifest.languages.contains(&manifest.default_language) {
        problems.push(
            path,
            at("default_language"),
            message!(
                "default_language_unlisted",
                language = manifest.default_language
            ),
        );
    }
    check_translations(
        &manifest.title,
        "title",
        &manifest.languages,
        at("title"),
        path,
        problems,
    );
    check_translations(
        &manifest.summary,
        "summary",
        &manifest.languages,
        at("summary"),
        path,
        problems,
    );
    for (index, module) in manifest.modules.iter().enumerate() {
        let line = text
            .lines()
            .position(|l| l.contains(&format!("\"{}\"", module.id)))
            .map_or(1, |i| i + 1);
        if !is_valid_id(&module.id) {
            problems.push(path, line, message!("module_id_invalid", id = module.id));
        }
        if manifest.modules[..index].iter().any(|m| m.id == module.id) {
            problems.push(path, line, message!("module_id_twice", id = module.id));
        }
        let field = format!("{}.title", module.id);
        check_translations(
            &module.title,
            &field,
            &manifest.languages,
            line,
            path,
            problems,
        );
    }
    if manifest.modules.is_empty() {
        problems.push(path, 1, message!("modules_empty"));
    }
    check_certificate(manifest, text, path, problems);
    track
}

/// A certificate's title and skills: in every language or in none, short, and neutral (an
/// employer, or anyone who sees the phone, reads them).
fn check_certificate(manifest: &Manifest, text: &str, path: &Path, problems: &mut Problems) {
    let certificate = &manifest.certificate;
    if !certificate.title.is_empty() {
        check_translations(
            &certificate.title,
            "certificate.title",
            &manifest.languages,
            line_of_key(text, "certificate"),
            path,
            problems,
        );
    }
    let line = line_of_key(text, "skills");
    for language in &manifest.languages {
        if !certificate.skills.is_empty() && !certificate.skills.contains_key(language) {
            problems.push(path, line, message!("skills_missing", language = language));
        }
    }
    for (language, skills) in &certificate.skills {
        if !manifest.languages.contains(language) {
            problems.push(
                path,
                line,
                message!("skills_extra_language", language = language),
            );
        }
        if skills.len() > MAX_SKILLS {
            problems.push(
                path,
                line,
                message!("skills_too_many", language = language, limit = MAX_SKILLS),
            );
        }
        for skill in skills {
            if skill.trim().is_empty()
                || skill.chars().count() > MAX_SKILL_CHARS
                || has_hidden_controls(skill)
            {
                problems.push(
                    path,
                    line,
                    message!(
                        "skill_invalid",
                        skill = skill,
                        language = language,
                        limit = MAX_SKILL_CHARS
                    ),
                );
            }
        }
    }
    let printed = manifest
        .title
        .values()
        .chain(certificate.title.values())
        .chain(certificate.skills.values().flatten());
    for words in printed {
        if let Some(word) = reveals_programme(words) {
            problems.push(
                path,
                line_of_text(text, words),
                message!("reveals_programme", words = words, word = word),
            );
        }
    }
}

/// The line where `words` first appear in a TOML text (1 if nowhere).
fn line_of_text(text: &str, words: &str) -> usize {
    text.lines()
        .position(|line| line.contains(words))
        .map_or(1, |index| index + 1)
}

/// Checks the texts of `field` (as `course.toml` names it): one in each language, none in
/// another, none hiding control characters.
fn check_translations(
    texts: &Translations,
    field: &str,
    languages: &[String],
    line: usize,
    path: &Path,
    problems: &mut Problems,
) {
    for language in languages {
        if texts.get(language).is_none_or(|t| t.trim().is_empty()) {
            problems.push(
                path,
                line,
                message!("text_missing", field = field, language = language),
            );
        }
    }
    for (language, text) in texts {
        if has_hidden_controls(text) {
            problems.push(
                path,
                line,
                message!("text_hidden", field = field, language = language),
            );
        }
    }
    for language in texts.keys() {
        if !languages.contains(language) {
            problems.push(
                path,
                line,
                message!("text_extra_language", field = field, language = language),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_from_the_body_with_the_body_line() {
        let text = "+++\nid = \"a\"\ntitle = \"A\"\n+++\n\nHello\n";
        let (front, body, line) = split_front_matter(text).unwrap();
        assert_eq!(front, "id = \"a\"\ntitle = \"A\"\n");
        assert_eq!(body, "\nHello\n");
        assert_eq!(line, 5);
    }

    #[test]
    fn a_lesson_without_front_matter_is_not_split() {
        assert!(split_front_matter("# Just text\n").is_none());
        assert!(split_front_matter("+++\nid = \"a\"\n").is_none());
    }

    #[test]
    fn ids_are_url_safe() {
        assert!(is_valid_id("what-is-an-interview"));
        assert!(is_valid_id("01-intro"));
        assert!(!is_valid_id("What"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id("../etc"));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn language_codes_are_checked() {
        assert!(is_valid_language("en"));
        assert!(is_valid_language("pt-br"));
        assert!(!is_valid_language("English"));
        assert!(!is_valid_language("e"));
    }
}
