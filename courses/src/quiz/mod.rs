//! Knowledge checks: quiz blocks in lessons, read and checked at import, graded on the server.
//!
//! A quiz is a fenced block ```` ```quiz <id> ```` in a lesson (see `courses/README.md`). The
//! lesson's HTML leaves it out, since it holds the answers; `parse` reads it into a
//! [`crate::Quiz`], `check` compares quizzes across the course and its translations, and
//! [`grade()`] says whether an answer is right and which feedback applies.

mod check;
mod grade;
mod parse;

pub(crate) use check::{QuizIds, check_translation};
pub use grade::{Answer, Feedback, Graded, grade};
pub(crate) use parse::{Found, parse_quiz};

pub(crate) use crate::text::MAX_ANSWER_CHARS;
