//! A learner's home: where to continue, her courses with their progress, the courses she
//! finished, and who sees her progress.

use leptos::prelude::*;

use super::{CourseProgress, HomeView};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::forms::FormOutcome;
use crate::ui::layout::Page;

/// Her home, with what later features add to it (`children`: her certificates) after where
/// to continue. The route's page is `certificates::LearnerHomePage`, which builds on this one.
#[component]
pub fn Home(locale: Locale, home: HomeView, children: Children) -> impl IntoView {
    let resume = home.to_continue().map(|(course, step)| {
        let href = Address::Lesson(&course.slug, &step.id).at(locale);
        view! {
            <section class="continue" aria-labelledby="continue-heading">
                <h2 id="continue-heading">{locale.t("home.continue")}</h2>
                <p>{course.title.clone()}</p>
                <a class="button primary" href=href>
                    {step.title.clone()}
                </a>
            </section>
        }
    });
    let (finished, started): (Vec<_>, Vec<_>) = home
        .courses
        .into_iter()
        .partition(|c| c.completed_at.is_some());
    let started = if started.is_empty() {
        view! { <p>{locale.t("home.nothing_started")}</p> }.into_any()
    } else {
        view! {
            <ul class="rows">
                {started
                    .into_iter()
                    .map(|course| view! { <StartedCourse locale course /> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let finished = (!finished.is_empty()).then(|| {
        view! {
            <section aria-labelledby="finished-heading">
                <h2 id="finished-heading">{locale.t("home.finished")}</h2>
                <ul class="rows">
                    {finished
                        .into_iter()
                        .map(|course| {
                            let date = locale.date(course.completed_at.unwrap_or(course.last_at));
                            view! {
                                <li>
                                    <a href=Address::Course(&course.slug).at(locale)>{course.title}</a>
                                    <span class="meta">
                                        {locale.t_with("home.finished_on", &[("date", &date)])}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    });
    let who_sees = home.organisation.map(|organisation| {
        let text = locale.t_with(
            "home.who_sees",
            &[
                ("organisation", &organisation.name),
                ("country", &organisation.country),
            ],
        );
        view! { <p class="notice" role="note">{text}</p> }
    });
    view! {
        <Page locale title=locale.t("home.title")>
            <h1>{locale.t("home.title")}</h1>
            <FormOutcome locale />
            {resume}
            {children()}
            <section aria-labelledby="started-heading">
                <h2 id="started-heading">{locale.t("home.in_progress")}</h2>
                {started}
            </section>
            {finished}
            <p>
                <a href=Address::Catalogue.at(locale)>{locale.t("home.all_courses")}</a>
            </p>
            {who_sees}
        </Page>
    }
}

#[component]
fn StartedCourse(locale: Locale, course: CourseProgress) -> impl IntoView {
    let done = locale.t_with(
        "progress.done_count",
        &[
            ("done", &course.lessons_done.to_string()),
            ("count", &course.lessons.to_string()),
        ],
    );
    let lessons_left = course.lessons.saturating_sub(course.lessons_done);
    let quizzes_left = course.quizzes.saturating_sub(course.quizzes_right);
    let left = locale.t_with(
        "home.left",
        &[
            ("lessons", &lessons_left.to_string()),
            ("quizzes", &quizzes_left.to_string()),
        ],
    );
    view! {
        <li>
            <a href=Address::Course(&course.slug).at(locale)>{course.title}</a>
            <progress
                max=course.lessons.to_string()
                value=course.lessons_done.to_string()
                aria-label=done.clone()
            ></progress>
            <span class="meta">{done} " · " {left}</span>
        </li>
    }
}
