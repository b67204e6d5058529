//! What the authoring pages show, as sent from the server.

use serde::{Deserialize, Serialize};

/// Who reads a published course.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Visibility {
    /// Every organisation's learners, and visitors.
    Everyone,
    /// Only the learners of the organisation that owns it.
    Organisation,
}

impl Visibility {
    pub const ALL: [Visibility; 2] = [Visibility::Organisation, Visibility::Everyone];

    /// As stored and posted.
    pub fn code(self) -> &'static str {
        match self {
            Visibility::Everyone => "everyone",
            Visibility::Organisation => "organisation",
        }
    }

    pub fn from_code(code: &str) -> Option<Visibility> {
        Visibility::ALL.into_iter().find(|v| v.code() == code)
    }

    /// Its text's key in the locale files.
    pub fn key(self) -> &'static str {
        match self {
            Visibility::Everyone => "author.visible_everyone",
            Visibility::Organisation => "author.visible_organisation",
        }
    }
}

/// A draft in her organisation's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftSummary {
    pub slug: String,
    pub title: String,
    /// The version learners read, if it was ever published.
    pub published: Option<u32>,
    /// Seconds since the Unix epoch.
    pub updated_at: i64,
}

/// A draft, as its page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftView {
    pub slug: String,
    pub title: String,
    pub visibility: Visibility,
    /// The draft's revision: publishing confirms the one she looked at.
    pub revision: i64,
    pub default_language: String,
    pub languages: Vec<String>,
    pub modules: Vec<ModuleRow>,
    /// Everything `courses check` finds; publishing waits until there is none.
    pub problems: Vec<ProblemView>,
    /// What publishing would change for learners, when there is no problem.
    pub changes: Option<Changes>,
    /// The version publishing would make.
    pub next_version: u32,
    /// Newest first.
    pub versions: Vec<VersionRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleRow {
    pub id: String,
    /// In the default language.
    pub title: String,
    pub lessons: Vec<LessonRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonRow {
    pub id: String,
    /// In the default language, or the first language it has.
    pub title: String,
    /// Its state in each language of the course, default first.
    pub languages: Vec<(String, TextState)>,
}

/// Where a lesson's text in one language stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextState {
    Written,
    Missing,
    /// A translation saved before the default-language text last changed.
    Outdated,
}

/// A problem found in a draft, at the lesson and line it concerns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemView {
    /// The file, as in the course folder (`en/before/01-welcome.md`).
    pub path: String,
    /// The lesson and language the file holds, when it is a lesson.
    pub lesson: Option<(String, String)>,
    /// The line in what the editor shows: the lesson text's own line for a lesson, the
    /// file's line otherwise.
    pub line: usize,
    pub message: courses::Message,
}

/// What publishing a draft changes for learners, against the version they read now.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Changes {
    /// No version was published before: every lesson is new.
    pub first: bool,
    /// Lesson titles (default language).
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
    /// Lessons whose quizzes changed (asked, answers, or options).
    pub quizzes_changed: Vec<String>,
    /// Lessons whose order or module changed.
    pub moved: Vec<String>,
    /// Settings changed: titles, summary, languages, pass mark, certificate.
    pub settings_changed: bool,
}

impl Changes {
    /// Whether learners would see no difference.
    pub fn is_empty(&self) -> bool {
        !self.first
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.quizzes_changed.is_empty()
            && self.moved.is_empty()
            && !self.settings_changed
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionRow {
    pub version: u32,
    /// The handle of the partner who published it.
    pub published_by: String,
    /// Seconds since the Unix epoch.
    pub published_at: i64,
    /// The version learners read now.
    pub current: bool,
}

/// A draft's settings, for their form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsView {
    pub slug: String,
    /// The digest of `course.toml` as the form shows it: a save against another one is
    /// refused, so a colleague's change in between is never overwritten unseen.
    pub manifest: String,
    pub visibility: Visibility,
    pub track: String,
    pub default_language: String,
    pub languages: Vec<String>,
    pub pass_mark: u8,
    /// Per language of the course: title, summary, certificate title, skills (one a line).
    pub texts: Vec<LanguageTexts>,
    /// Modules with their titles in each language.
    pub modules: Vec<(String, Vec<(String, String)>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageTexts {
    pub language: String,
    pub title: String,
    pub summary: String,
    pub certificate_title: String,
    pub skills: String,
}

/// One lesson in one language, for the editor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonEditorView {
    pub slug: String,
    pub course_title: String,
    pub lesson_id: String,
    pub language: String,
    pub default_language: String,
    pub title: String,
    pub minutes: u32,
    pub body: String,
    /// The file's revision she opened: a save against another is refused.
    pub revision: i64,
    /// For a translation: the default-language text beside it.
    pub original: Option<OriginalText>,
    pub state: TextState,
    /// Problems in this file, at the lines of `body`.
    pub problems: Vec<ProblemView>,
    /// Her text that was not saved: shown in the boxes, with the saved text (`body`) beside it.
    pub unsaved: Option<UnsavedText>,
    /// Images of the course, as a lesson in this place links them.
    pub images: Vec<(String, String)>,
}

/// A lesson text she sent that was not saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnsavedText {
    pub title: String,
    pub body: String,
    /// Someone saved the lesson after she opened it (otherwise her save was refused).
    pub conflict: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OriginalText {
    pub title: String,
    pub body: String,
}

/// A lesson of a draft, rendered by the same pipeline as publishing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreviewView {
    pub lesson: Option<crate::catalogue::LessonView>,
    /// Problems in this lesson's file, when it cannot be rendered or has any.
    pub problems: Vec<ProblemView>,
}

/// Why an uploaded archive or image was refused, on its way to the next page in a flash
/// cookie the server sets (never in the address, so a link cannot put words on a page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The text's key under `refused.` in the locale files.
    pub reason: String,
    /// The file of the archive, as named in it.
    pub entry: String,
    /// A limit or detail the text names.
    pub limit: String,
}

impl Refused {
    /// As the flash carries it: `reason~limit~entry`, each part percent-encoded.
    pub fn to_code(&self) -> String {
        [&self.reason, &self.limit, &self.entry]
            .map(|part| crate::ui::percent_encode(part))
            .join("~")
    }

    pub fn from_code(code: &str) -> Option<Refused> {
        let mut parts = code.splitn(3, '~').map(decode);
        let refused = Refused {
            reason: parts.next()??,
            limit: parts.next()??,
            entry: parts.next()??,
        };
        let known = refused
            .reason
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_');
        known.then_some(refused)
    }

    /// The text in her language.
    pub fn text(&self, locale: crate::i18n::Locale) -> String {
        let key = format!("refused.{}", self.reason);
        let text = locale.t_with(&key, &[("entry", &self.entry), ("limit", &self.limit)]);
        if text == key {
            locale.t(crate::outcome::Outcome::UploadRefused.text_key())
        } else {
            text
        }
    }
}

fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_survives_its_cookie_and_keeps_its_entry_as_text() {
        let refused = Refused {
            reason: "traversal".into(),
            limit: String::new(),
            entry: "cv/../../etc/pass wd~<b>é".into(),
        };
        let code = refused.to_code();
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"%-_~".contains(&b))
        );
        assert_eq!(Refused::from_code(&code), Some(refused));
        assert_eq!(Refused::from_code("Evil<script>~~x"), None);
    }
}
