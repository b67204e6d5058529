//! One learner of a trainer's group: her activity week by week, her progress per course, and
//! her quiz results lesson by lesson.

use leptos::prelude::*;

use super::charts::{Bar, BarChart, ColumnChart};
use super::{CourseResults, LearnerProgress, get_learner_progress};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::layout::{Page, route_param};
use crate::ui::loading::loaded_page;

#[component]
pub fn LearnerPage() -> impl IntoView {
    let (cohort, learner) = (route_param("cohort"), route_param("learner"));
    loaded_page(
        move |locale| {
            get_learner_progress(cohort.clone(), learner.clone(), locale.code().to_string())
        },
        |locale, learner| view! { <Learner locale learner /> },
    )
}

#[component]
fn Learner(locale: Locale, learner: LearnerProgress) -> impl IntoView {
    let weeks = learner
        .weeks
        .iter()
        .map(|week| {
            let date = locale.day_and_month(week.starts);
            let text = locale.t_with(
                "learner_view.week_records",
                &[("count", &week.records.to_string())],
            );
            (date, week.records, text)
        })
        .collect::<Vec<_>>();
    let bars = learner
        .courses
        .iter()
        .map(|c| Bar {
            label: c.progress.title.clone(),
            value: c.progress.lessons_done,
            max: c.progress.lessons,
            text: format!("{}/{}", c.progress.lessons_done, c.progress.lessons),
        })
        .collect::<Vec<_>>();
    let last = learner
        .last_activity
        .map_or_else(|| locale.t("group.never"), |at| locale.date(at));
    let facts = locale.t_with(
        "learner_view.facts",
        &[("joined", &locale.date(learner.joined_at)), ("last", &last)],
    );
    let courses = if learner.courses.is_empty() {
        view! { <p>{locale.t("learner_view.nothing_started")}</p> }.into_any()
    } else {
        learner
            .courses
            .into_iter()
            .map(|course| view! { <CourseDetail locale course /> })
            .collect_view()
            .into_any()
    };
    view! {
        <Page locale title=learner.handle.clone()>
            <p>
                <a href=Address::Cohort(&learner.cohort_id).at(locale)>{learner.cohort_name}</a>
            </p>
            <h1>{learner.handle}</h1>
            <p class="meta">{facts}</p>
            <h2>{locale.t("learner_view.activity")}</h2>
            <ColumnChart
                id="activity-chart".into()
                title=locale.t("learner_view.activity_chart")
                columns=weeks
                label_every=4
            />
            <h2>{locale.t("learner_view.courses")}</h2>
            <BarChart id="learner-courses-chart".into() title=locale.t("learner_view.courses") bars />
            {courses}
        </Page>
    }
}

/// A course's results lesson by lesson (also the evidence of a certificate request).
#[component]
pub fn CourseDetail(locale: Locale, course: CourseResults) -> impl IntoView {
    let status = match course.progress.completed_at {
        Some(at) => locale.t_with("home.finished_on", &[("date", &locale.date(at))]),
        None => locale.t_with(
            "progress.done_count",
            &[
                ("done", &course.progress.lessons_done.to_string()),
                ("count", &course.progress.lessons.to_string()),
            ],
        ),
    };
    let lessons = course
        .lessons
        .into_iter()
        .map(|lesson| {
            let done = if lesson.done {
                locale.t("learner_view.lesson_done")
            } else {
                locale.t("learner_view.lesson_not_done")
            };
            let quizzes = lesson
                .quizzes
                .into_iter()
                .map(|quiz| {
                    let result = match (quiz.tries, quiz.answered_right) {
                        (0, _) => locale.t("learner_view.not_answered"),
                        (tries, true) => locale
                            .t_with("learner_view.right_after", &[("tries", &tries.to_string())]),
                        (tries, false) => locale.t_with(
                            "learner_view.not_right_yet",
                            &[("tries", &tries.to_string())],
                        ),
                    };
                    view! {
                        <li>
                            <span inner_html=quiz.question_html></span>
                            <span class="meta">{result}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <strong>{lesson.title}</strong>
                    <span class="meta">{done}</span>
                    <ul>{quizzes}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="course-detail">
            <h3>{course.progress.title}</h3>
            <p class="meta">{status}</p>
            <ol class="rows">{lessons}</ol>
        </section>
    }
}
