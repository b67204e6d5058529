//! What a valid course is, once loaded: the shape the server imports.

use std::collections::BTreeMap;

use crate::text::is_valid_id;
use crate::track::Track;

/// Texts keyed by language code (`en`, `it`, ...).
pub type Translations = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    /// The folder name, used in URLs; stable across versions.
    pub slug: String,
    pub version: u32,
    /// The percent of the course's quizzes to answer right, with every lesson done, to
    /// complete it (`[completion] pass_mark` in `course.toml`, 100 unless set).
    pub pass_mark: u8,
    pub track: Track,
    pub default_language: String,
    /// Every language the course is written in, default first.
    pub languages: Vec<String>,
    pub title: Translations,
    pub summary: Translations,
    pub modules: Vec<Module>,
    pub certificate: Certificate,
    pub media: Vec<Media>,
    /// A digest of everything above: equal digests mean an import would change nothing.
    pub content_hash: String,
}

/// What the course's certificate says, in each language of the course.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Certificate {
    /// Its title: `[certificate] title`, or the course's title.
    pub title: Translations,
    /// The skills it vouches for (none when `course.toml` lists none).
    pub skills: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub id: String,
    pub title: Translations,
    pub lessons: Vec<Lesson>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    /// Stable across languages and versions: learners' progress is keyed by it.
    pub id: String,
    pub texts: BTreeMap<String, LessonText>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LessonText {
    pub title: String,
    pub minutes: u32,
    /// Sanitised HTML, ready to show. It never holds the lesson's quizzes: they carry the
    /// answers, so the app shows them after this text, in order, and grades them on the server.
    pub html: String,
    /// The lesson's knowledge checks, in the order they appear in the Markdown. A translation
    /// has the same quizzes, in the same order, as the default language.
    pub quizzes: Vec<Quiz>,
}

/// A knowledge check: a question with options to tick, or with a short answer to type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quiz {
    /// Unique in the course and the same in every language and version: attempts are keyed by it.
    pub id: String,
    /// Sanitised inline HTML (no enclosing paragraph).
    pub question_html: String,
    pub kind: QuizKind,
    /// Sanitised HTML shown after any answer, right or wrong.
    pub explanation_html: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum QuizKind {
    /// Options to tick: one right option (single choice) or several (multiple choice, where
    /// the answer is right when exactly the right options are ticked).
    Choice {
        options: Vec<QuizOption>,
        multiple: bool,
    },
    /// A short typed answer, right when it matches one of `accepted` ignoring case, accents and
    /// extra spaces (see [`crate::grade`]). Accepted answers are as the author wrote them.
    ShortAnswer { accepted: Vec<String> },
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct QuizOption {
    /// Sanitised inline HTML (no enclosing paragraph).
    pub html: String,
    pub right: bool,
    /// Sanitised HTML shown when she ticked this option.
    pub feedback_html: Option<String>,
}

/// An image (or other file) a lesson refers to, served from a content-addressed URL.
#[derive(Debug, Clone, PartialEq)]
pub struct Media {
    /// Hex SHA-256 of the bytes; also the file name in its URL, so it can be cached forever.
    pub hash: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

impl Media {
    /// The URL the server serves this file at.
    pub fn url(course_slug: &str, hash: &str, content_type: &str) -> String {
        format!(
            "/media/{course_slug}/{hash}.{}",
            extension_for(content_type).unwrap_or("bin")
        )
    }
}

/// Whether `url` is exactly a URL [`Media::url`] produces: `/media/<slug>/<hash>.<ext>`, with a
/// course slug, the 64 lowercase hex digits of a SHA-256 and the extension of a known media
/// type; so no dot segment, escape, backslash, query or fragment can ride along.
pub(crate) fn is_media_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("/media/") else {
        return false;
    };
    let Some((slug, file)) = rest.split_once('/') else {
        return false;
    };
    let Some((hash, extension)) = file.split_once('.') else {
        return false;
    };
    is_valid_id(slug)
        && hash.len() == 64
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && MEDIA_TYPES
            .iter()
            .any(|(_, ty)| extension_for(ty) == Some(extension))
}

/// The media types lessons may embed, by file extension.
pub(crate) const MEDIA_TYPES: [(&str, &str); 6] = [
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("webp", "image/webp"),
    ("gif", "image/gif"),
    ("svg", "image/svg+xml"),
];

pub(crate) fn content_type_for(extension: &str) -> Option<&'static str> {
    let extension = extension.to_ascii_lowercase();
    MEDIA_TYPES
        .iter()
        .find(|(ext, _)| *ext == extension)
        .map(|(_, ty)| *ty)
}

fn extension_for(content_type: &str) -> Option<&'static str> {
    MEDIA_TYPES
        .iter()
        .find(|(_, ty)| *ty == content_type)
        .map(|(ext, _)| *ext)
}
