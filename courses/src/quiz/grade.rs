//! Grading an answer: pure and on the server only, so answers never reach a learner's browser.

use crate::text::fold;

use crate::model::{Quiz, QuizKind, QuizOption};
use crate::quiz::MAX_ANSWER_CHARS;

/// What a learner answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The options she ticked, by index from 0 in the quiz's order.
    Options(Vec<usize>),
    /// What she typed.
    Text(String),
}

/// The outcome of an answer, with what to show her.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graded<'q> {
    pub right: bool,
    /// The feedback of each ticked option that has one, in the options' order.
    pub feedback: Vec<Feedback<'q>>,
    /// The quiz's explanation, shown after any answer, right or wrong.
    pub explanation_html: Option<&'q str>,
}

/// The feedback of a ticked option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback<'q> {
    /// The option's index, from 0.
    pub option: usize,
    pub html: &'q str,
}

/// Grades `answer`. Options are right when she ticked exactly the right ones: one right and one
/// wrong is wrong, and so is an index that is no option. A typed answer is right when it
/// matches an accepted answer ignoring case, accents and spaces around and between words
/// ("  Cafe " matches "café"); one longer than [`MAX_ANSWER_CHARS`] is wrong. An answer of the
/// other kind (a text for options, options for a typed answer) is wrong.
pub fn grade<'q>(quiz: &'q Quiz, answer: &Answer) -> Graded<'q> {
    let (right, feedback) = match (&quiz.kind, answer) {
        (QuizKind::Choice { options, .. }, Answer::Options(ticked)) => {
            grade_options(options, ticked)
        }
        (QuizKind::ShortAnswer { accepted }, Answer::Text(typed)) => {
            (is_accepted(accepted, typed), Vec::new())
        }
        _ => (false, Vec::new()),
    };
    Graded {
        right,
        feedback,
        explanation_html: quiz.explanation_html.as_deref(),
    }
}

fn grade_options<'q>(options: &'q [QuizOption], indices: &[usize]) -> (bool, Vec<Feedback<'q>>) {
    let mut ticked = vec![false; options.len()];
    let mut all_exist = true;
    for &index in indices {
        match ticked.get_mut(index) {
            Some(tick) => *tick = true,
            None => all_exist = false,
        }
    }
    let right = all_exist && options.iter().zip(&ticked).all(|(o, t)| o.right == *t);
    let feedback = options
        .iter()
        .zip(&ticked)
        .enumerate()
        .filter(|(_, (_, ticked))| **ticked)
        .filter_map(|(option, (o, _))| {
            let html = o.feedback_html.as_deref()?;
            Some(Feedback { option, html })
        })
        .collect();
    (right, feedback)
}

fn is_accepted(accepted: &[String], typed: &str) -> bool {
    if typed.chars().nth(MAX_ANSWER_CHARS).is_some() {
        return false;
    }
    let typed = fold(typed);
    !typed.is_empty() && accepted.iter().any(|answer| fold(answer) == typed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn option(html: &str, right: bool, feedback: Option<&str>) -> QuizOption {
        QuizOption {
            html: html.to_string(),
            right,
            feedback_html: feedback.map(str::to_string),
        }
    }

    fn choice(options: Vec<QuizOption>) -> Quiz {
        let multiple = options.iter().filter(|o| o.right).count() > 1;
        Quiz {
            id: "q".to_string(),
            question_html: "Which?".to_string(),
            kind: QuizKind::Choice { options, multiple },
            explanation_html: Some("<p>Because.</p>".to_string()),
        }
    }

    fn short_answer(accepted: &[&str]) -> Quiz {
        Quiz {
            id: "q".to_string(),
            question_html: "Which word?".to_string(),
            kind: QuizKind::ShortAnswer {
                accepted: accepted.iter().map(|a| a.to_string()).collect(),
            },
            explanation_html: None,
        }
    }

    fn ticks(indices: &[usize]) -> Answer {
        Answer::Options(indices.to_vec())
    }

    fn typed(text: &str) -> Answer {
        Answer::Text(text.to_string())
    }

    #[test]
    fn single_choice_is_right_only_with_the_right_option_and_shows_its_feedback() {
        let quiz = choice(vec![
            option("Monday", false, Some("<p>Not Monday.</p>")),
            option("Friday", true, Some("<p>Yes.</p>")),
            option("Sunday", false, None),
        ]);
        let graded = grade(&quiz, &ticks(&[1]));
        assert!(graded.right);
        assert_eq!(
            graded.feedback,
            [Feedback {
                option: 1,
                html: "<p>Yes.</p>"
            }]
        );
        assert_eq!(graded.explanation_html, Some("<p>Because.</p>"));

        let graded = grade(&quiz, &ticks(&[0]));
        assert!(!graded.right);
        assert_eq!(graded.feedback[0].html, "<p>Not Monday.</p>");
        assert_eq!(
            graded.explanation_html,
            Some("<p>Because.</p>"),
            "shown after any answer"
        );

        let graded = grade(&quiz, &ticks(&[2]));
        assert!(!graded.right);
        assert!(graded.feedback.is_empty(), "the option has no feedback");
        assert!(!grade(&quiz, &ticks(&[])).right, "nothing ticked is wrong");
        assert!(!grade(&quiz, &ticks(&[1, 2])).right);
    }

    #[test]
    fn multiple_choice_is_right_only_with_exactly_the_right_options() {
        let quiz = choice(vec![
            option("ID card", true, Some("a")),
            option("CV", true, Some("b")),
            option("Cash", false, Some("c")),
        ]);
        assert!(grade(&quiz, &ticks(&[0, 1])).right);
        assert!(grade(&quiz, &ticks(&[1, 0])).right, "order does not matter");
        assert!(
            grade(&quiz, &ticks(&[0, 1, 1])).right,
            "a repeated tick counts once"
        );
        assert!(!grade(&quiz, &ticks(&[0])).right, "partly right is wrong");
        let graded = grade(&quiz, &ticks(&[2, 0, 1]));
        assert!(!graded.right, "one too many is wrong");
        let shown: Vec<_> = graded.feedback.iter().map(|f| (f.option, f.html)).collect();
        assert_eq!(
            shown,
            [(0, "a"), (1, "b"), (2, "c")],
            "in the options' order"
        );
    }

    #[test]
    fn an_index_that_is_no_option_is_wrong_and_never_panics() {
        let quiz = choice(vec![
            option("Yes", true, Some("y")),
            option("No", false, None),
        ]);
        for indices in [&[2][..], &[0, 2], &[usize::MAX], &[0, usize::MAX, 1]] {
            let graded = grade(&quiz, &ticks(indices));
            assert!(!graded.right, "{indices:?}");
        }
        assert_eq!(grade(&quiz, &ticks(&[0, 99])).feedback.len(), 1);
    }

    #[test]
    fn a_typed_answer_matches_ignoring_case_accents_and_spaces() {
        let quiz = short_answer(&["café", "Lavoro part-time"]);
        for answer in [
            "café",
            "cafe",
            "CAFE",
            "Café",
            "  cafe\t",
            "cafe\u{301}",
            "lavoro part-time",
            "LAVORO   PART-TIME",
            " Lavoro\npart-time ",
        ] {
            assert!(
                grade(&quiz, &typed(answer)).right,
                "`{answer}` should match"
            );
        }
        for answer in ["caf", "cafes", "lavoro parttime", "", "   "] {
            assert!(
                !grade(&quiz, &typed(answer)).right,
                "`{answer}` should not match"
            );
        }
    }

    #[test]
    fn letters_of_many_languages_fold_to_what_a_plain_keyboard_types() {
        let quiz = short_answer(&["Përshëndetje", "façade", "mulțumesc", "l'acqua", "Straße"]);
        for answer in [
            "pershendetje",
            "facade",
            "multumesc",
            "mulţumesc",
            "l’acqua",
            "STRASSE",
        ] {
            let right = grade(&quiz, &typed(answer)).right;
            assert_eq!(right, answer != "STRASSE", "`{answer}`");
        }
        assert!(grade(&quiz, &typed("straße")).right);
    }

    #[test]
    fn a_very_long_typed_answer_is_wrong_without_being_read_whole() {
        let quiz = short_answer(&["yes"]);
        let long = format!("yes{}", " ".repeat(10_000_000));
        assert!(!grade(&quiz, &typed(&long)).right);
        let long = "é".repeat(5_000_000);
        assert!(!grade(&quiz, &typed(&long)).right);
        let just_fits = format!("yes{}", " ".repeat(MAX_ANSWER_CHARS - 3));
        assert!(grade(&quiz, &typed(&just_fits)).right);
    }

    #[test]
    fn an_answer_of_the_other_kind_is_wrong() {
        let options = choice(vec![option("Yes", true, None), option("No", false, None)]);
        assert!(!grade(&options, &typed("Yes")).right);
        assert!(!grade(&short_answer(&["0"]), &ticks(&[0])).right);
    }
}
