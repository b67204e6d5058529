//! What a lesson page shows of learning: its quizzes as forms (graded on the server, with her
//! last answer's feedback), where she is in the course, and "Done, next lesson".

use leptos::prelude::*;

use super::{AnswerForm, DoneForm, LessonProgress, QuizOutcome, QuizShape, QuizView, request_id};
use crate::address::Address;
use crate::catalogue::LessonLink;
use crate::i18n::Locale;
use crate::languages::shown_in_address;

/// The lesson's quizzes. A signed-in learner answers them; anyone else reads them, with the
/// way to sign in.
#[component]
pub fn LessonQuizzes(
    locale: Locale,
    course: String,
    lesson: String,
    /// The language the lesson was asked for in its address (`?in=en`), if any: answers are
    /// checked in the language the lesson is shown in, and she comes back to it.
    shown_in: Option<String>,
    quizzes: Vec<QuizView>,
    progress: Option<LessonProgress>,
) -> impl IntoView {
    if quizzes.is_empty() {
        return None;
    }
    let can_answer = progress.is_some();
    let answers = progress.map(|p| p.answers).unwrap_or_default();
    let action = shown_in_address(
        Address::Answer(&course, &lesson).at(locale),
        shown_in.as_deref(),
    );
    let forms = quizzes
        .into_iter()
        .map(|quiz| {
            let outcome = answers.iter().find(|a| a.quiz_id == quiz.id).cloned();
            view! { <QuizForm locale action=action.clone() quiz outcome can_answer /> }
        })
        .collect_view();
    let sign_in = (!can_answer).then(|| {
        view! {
            <p class="notice">
                <a href=Address::SignIn.at(locale)>{locale.t("progress.sign_in_to_answer")}</a>
            </p>
        }
    });
    Some(view! {
        <section class="quizzes" aria-labelledby="quizzes-heading">
            <h2 id="quizzes-heading">{locale.t("progress.quizzes")}</h2>
            {sign_in}
            {forms}
        </section>
    })
}

#[component]
fn QuizForm(
    locale: Locale,
    action: String,
    quiz: QuizView,
    outcome: Option<QuizOutcome>,
    can_answer: bool,
) -> impl IntoView {
    let anchor = format!("quiz-{}", quiz.id);
    let result_id = format!("{anchor}-result");
    let ticked = |index: usize| {
        outcome
            .as_ref()
            .is_some_and(|o| o.ticked.contains(&(index as u32)))
    };
    let choices = |options: Vec<String>, kind: &'static str| {
        options
            .into_iter()
            .enumerate()
            .map(|(index, html)| {
                view! {
                    <label class="choice">
                        <input
                            type=kind
                            name=AnswerForm::CHOICE
                            value=index.to_string()
                            checked=ticked(index)
                            required=kind == "radio"
                        />
                        <span inner_html=html></span>
                    </label>
                }
            })
            .collect_view()
            .into_any()
    };
    let (hint, field) = match quiz.shape {
        QuizShape::One(options) => (None, choices(options, "radio")),
        QuizShape::Several(options) => (
            Some(view! { <p class="meta">{locale.t("progress.tick_all")}</p> }),
            choices(options, "checkbox"),
        ),
        QuizShape::Typed => {
            let typed = outcome
                .as_ref()
                .map(|o| o.typed.clone())
                .unwrap_or_default();
            let id = format!("{anchor}-text");
            (
                None,
                view! {
                    <label for=id.clone()>{locale.t("progress.your_answer")}</label>
                    <input
                        id=id
                        type="text"
                        name=AnswerForm::TEXT
                        value=typed
                        required
                        maxlength=courses::MAX_ANSWER_CHARS.to_string()
                        autocomplete="off"
                        autocapitalize="off"
                        spellcheck="false"
                    />
                }
                .into_any(),
            )
        }
    };
    let result = outcome.map(|outcome| {
        let (class, verdict) = if outcome.right {
            ("verdict right", locale.t("progress.right"))
        } else {
            ("verdict wrong", locale.t("progress.wrong"))
        };
        view! {
            <p class=class>{verdict}</p>
            {outcome
                .feedback
                .into_iter()
                .map(|html| view! { <div class="feedback" inner_html=html></div> })
                .collect_view()}
            {outcome
                .explanation
                .map(|html| view! { <div class="explanation" inner_html=html></div> })}
        }
    });
    let submit = if can_answer {
        locale.t("progress.check")
    } else {
        locale.t("progress.check_signed_out")
    };
    view! {
        <form class="quiz" id=anchor method="post" action=action>
            <fieldset disabled=!can_answer>
                <legend inner_html=quiz.question_html></legend>
                {hint}
                <input type="hidden" name=AnswerForm::QUIZ value=quiz.id />
                <input type="hidden" name=AnswerForm::REQUEST value=request_id() />
                {field}
                <button type="submit">{submit}</button>
            </fieldset>
            <div class="quiz-result" id=result_id role="status" tabindex="-1">
                {result}
            </div>
        </form>
    }
}

/// Where she is in the course, and the way on: "Done, next lesson" for a signed-in learner
/// (a form: finishing a lesson is never a side effect of opening one), else a link.
#[component]
pub fn LessonSteps(
    locale: Locale,
    course: String,
    lesson: String,
    /// The language the lesson was asked for in (`?in=en`): the next lesson comes in it too.
    shown_in: Option<String>,
    next: Option<LessonLink>,
    progress: Option<LessonProgress>,
) -> impl IntoView {
    let next_link = next.clone().map(|link| {
        view! {
            <a
                class="button primary"
                rel="next"
                href=shown_in_address(
                    Address::Lesson(&course, &link.id).at(locale),
                    shown_in.as_deref(),
                )
            >
                <span class="eyebrow">{locale.t("lesson.next")}</span>
                {link.title}
            </a>
        }
    });
    let Some(progress) = progress else {
        return match next_link {
            Some(link) => link.into_any(),
            None => view! {
                <p class="done">
                    {locale.t("lesson.finished")} " "
                    <a href=Address::Course(&course).at(locale)>{locale.t("lesson.contents")}</a>
                </p>
            }
            .into_any(),
        };
    };
    let position = locale.t_with(
        "progress.position",
        &[
            ("position", &progress.position.to_string()),
            ("count", &progress.lessons.to_string()),
        ],
    );
    let done_count = locale.t_with(
        "progress.done_count",
        &[
            ("done", &progress.lessons_done.to_string()),
            ("count", &progress.lessons.to_string()),
        ],
    );
    let step = if progress.done {
        view! {
            <p class="done">{locale.t("progress.lesson_done")}</p>
            {next_link}
        }
        .into_any()
    } else {
        let label = if next.is_some() {
            locale.t("progress.done_next")
        } else {
            locale.t("progress.done_finish")
        };
        view! {
            <form
                id="done"
                method="post"
                action=shown_in_address(
                    Address::LessonDone(&course, &lesson).at(locale),
                    shown_in.as_deref(),
                )
            >
                <input type="hidden" name=DoneForm::REQUEST value=request_id() />
                <button type="submit" class="button primary">
                    {label}
                </button>
            </form>
        }
        .into_any()
    };
    let completed = progress
        .completed
        .then(|| view! { <p class="done">{locale.t("progress.course_completed")}</p> });
    view! {
        <div class="steps">
            <p class="meta">{position} " · " {done_count}</p>
            <progress
                max=progress.lessons.to_string()
                value=progress.lessons_done.to_string()
                aria-hidden="true"
            ></progress>
            {completed}
            {step}
        </div>
    }
    .into_any()
}
