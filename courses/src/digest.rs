//! The content hash of a course: what tells an import whether anything changed.

use sha2::{Digest, Sha256};

use crate::model::{Course, Quiz, QuizKind};

/// `bytes` as lowercase hexadecimal digits.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A digest of everything an import stores, so re-importing an unchanged course is a no-op
/// (and a change in the renderer, which changes the HTML, is picked up).
pub(crate) fn content_hash(course: &Course) -> String {
    let mut hasher = Sha256::new();
    let mut field = |value: &str| {
        hasher.update((value.len() as u64).to_le_bytes());
        hasher.update(value.as_bytes());
    };
    field(&course.slug);
    field(&course.version.to_string());
    field(&course.pass_mark.to_string());
    field(course.track.as_str());
    field(&course.default_language);
    for language in &course.languages {
        field(language);
        field(&course.title[language]);
        field(&course.summary[language]);
        field(&course.certificate.title[language]);
        for skill in course
            .certificate
            .skills
            .get(language)
            .into_iter()
            .flatten()
        {
            field(skill);
        }
    }
    for module in &course.modules {
        field(&module.id);
        module.title.values().for_each(|t| field(t));
        for lesson in &module.lessons {
            field(&lesson.id);
            for (language, text) in &lesson.texts {
                field(language);
                field(&text.title);
                field(&text.minutes.to_string());
                field(&text.html);
                text.quizzes
                    .iter()
                    .for_each(|quiz| hash_quiz(quiz, &mut field));
            }
        }
    }
    for media in &course.media {
        field(&media.hash);
    }
    hex(&hasher.finalize())
}

/// Feeds a quiz to the digest. Its first field, `quiz:`, can be no language, id or hash, so a
/// lesson without quizzes hashes as it did before quizzes existed.
fn hash_quiz(quiz: &Quiz, field: &mut impl FnMut(&str)) {
    field("quiz:");
    field(&quiz.id);
    field(&quiz.question_html);
    match &quiz.kind {
        QuizKind::Choice { options, multiple } => {
            field(if *multiple { "multiple" } else { "single" });
            field(&options.len().to_string());
            for option in options {
                field(&option.html);
                field(if option.right { "right" } else { "wrong" });
                optional(option.feedback_html.as_deref(), field);
            }
        }
        QuizKind::ShortAnswer { accepted } => {
            field("short-answer");
            field(&accepted.len().to_string());
            accepted.iter().for_each(|answer| field(answer));
        }
    }
    optional(quiz.explanation_html.as_deref(), field);
}

fn optional(value: Option<&str>, field: &mut impl FnMut(&str)) {
    match value {
        Some(value) => {
            field("some");
            field(value);
        }
        None => field("none"),
    }
}
