//! Checks across quizzes: ids unique in the course, translations that match the default language.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

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
                    format!(
                        "quiz id `{id}` is already used at {}:{line}",
                        first.display()
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
                    format!(
                        "quiz `{}` is here where `{default}` has quiz `{}`: a translation has the same quizzes, in the same order",
                        found.quiz.id, original.quiz.id
                    ),
                );
                // Every later quiz would be reported too: one problem says what to fix.
                return;
            }
            (Some(original), Some(found)) => check_same_shape(original, found, default, path, problems),
            (Some(original), None) => problems.push(
                path,
                2,
                format!(
                    "quiz `{}` of `{default}` is missing in this translation",
                    original.quiz.id
                ),
            ),
            (None, Some(found)) => problems.push(
                path,
                found.line,
                format!(
                    "quiz `{}` is not in `{default}`: a translation has the same quizzes, in the same order",
                    found.quiz.id
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
                    format!(
                        "quiz `{id}` has {} options here but {} in `{default}`",
                        ours.len(),
                        theirs.len()
                    ),
                );
                return;
            }
            let pairs = theirs.iter().zip(ours).zip(&found.option_lines);
            for ((their, our), line) in pairs.filter(|((t, o), _)| t.right != o.right) {
                let mark = |right: bool| if right { "right `[x]`" } else { "wrong `[ ]`" };
                problems.push(
                    path,
                    *line,
                    format!(
                        "this option is marked {} here but {} in `{default}`: the same options are right in every language",
                        mark(our.right),
                        mark(their.right)
                    ),
                );
            }
        }
        (QuizKind::ShortAnswer { .. }, QuizKind::ShortAnswer { .. }) => {}
        (QuizKind::Choice { .. }, QuizKind::ShortAnswer { .. }) => problems.push(
            path,
            found.line,
            format!("quiz `{id}` has options to tick in `{default}` but a typed answer here"),
        ),
        (QuizKind::ShortAnswer { .. }, QuizKind::Choice { .. }) => problems.push(
            path,
            found.line,
            format!("quiz `{id}` has a typed answer in `{default}` but options to tick here"),
        ),
    }
}
