//! Checks across quizzes: ids unique in the course, translations that match the default language.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::message;
use crate::model::QuizKind;
use crate::problem::Problems;
use crate::quiz::Found;

/// The quiz ids of a course seen so far, with where each was first used.
#[derive(Default)]
pub(crate) struct QuizIds(HashMap<String, (PathBuf, usize)>);

impl QuizIds {
    /// Reports each quiz of the lesson at `path` whose id is already used in the course.
    pub(crate) fn check(&mut self, quizzes: &[Found], path: &Path, problems: &mut Problems) {
        for found in quizzes {
            let id = &found.quiz.id;
            if let Some((first, line)) = self.0.get(id) {
                problems.push(
                    path,
                    found.line,
                    message!(
                        "quiz_id_taken",
                        id = id,
                        place = format!("{}:{line}", first.display())
                    ),
                );
            } else {
                self.0.insert(id.clone(), (path.to_path_buf(), found.line));
            }
        }
    }
}

/// Checks that the translation at `path` has the quizzes of the default language `default`,
/// in the same order, of the same kind, with as many options and the same ones right (typed
/// answers are the translation's own). Learners' attempts are kept by quiz id, and grading
/// must not depend on the language she reads in.
pub(crate) fn check_translation(
    originals: &[Found],
    translated: &[Found],
    default: &str,
    path: &Path,
    problems: &mut Problems,
) {
    for index in 0..originals.len().max(translated.len()) {
        match (originals.get(index), translated.get(index)) {
            (Some(original), Some(found)) if original.quiz.id != found.quiz.id => {
                problems.push(
                    path,
                    found.line,
                    message!(
                        "quiz_out_of_order",
                        id = found.quiz.id,
                        original = original.quiz.id,
                        language = default
                    ),
                );
                // Every later quiz would be reported too: one problem says what to fix.
                return;
            }
            (Some(original), Some(found)) => {
                check_same_shape(original, found, default, path, problems)
            }
            (Some(original), None) => problems.push(
                path,
                2,
                message!("quiz_missing", id = original.quiz.id, language = default),
            ),
            (None, Some(found)) => problems.push(
                path,
                found.line,
                message!(
                    "quiz_not_in_original",
                    id = found.quiz.id,
                    language = default
                ),
            ),
            (None, None) => {}
        }
    }
}

fn check_same_shape(
    original: &Found,
    found: &Found,
    default: &str,
    path: &Path,
    problems: &mut Problems,
) {
    let id = &found.quiz.id;
    match (&original.quiz.kind, &found.quiz.kind) {
        (
            QuizKind::Choice {
                options: theirs, ..
            },
            QuizKind::Choice { options: ours, .. },
        ) => {
            if theirs.len() != ours.len() {
                problems.push(
                    path,
                    found.line,
                    message!(
                        "quiz_option_count",
                        id = id,
                        count = ours.len(),
                        original = theirs.len(),
                        language = default
                    ),
                );
                return;
            }
            let pairs = theirs.iter().zip(ours).zip(&found.option_lines);
            for ((_, our), line) in pairs.filter(|((t, o), _)| t.right != o.right) {
                let message = if our.right {
                    message!("option_right_here", language = default)
                } else {
                    message!("option_wrong_here", language = default)
                };
                problems.push(path, *line, message);
            }
        }
        (QuizKind::ShortAnswer { .. }, QuizKind::ShortAnswer { .. }) => {}
        (QuizKind::Choice { .. }, QuizKind::ShortAnswer { .. }) => problems.push(
            path,
            found.line,
            message!("quiz_typed_here", id = id, language = default),
        ),
        (QuizKind::ShortAnswer { .. }, QuizKind::Choice { .. }) => problems.push(
            path,
            found.line,
            message!("quiz_options_here", id = id, language = default),
        ),
    }
}
