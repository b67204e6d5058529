//! A group's progress, on its page: who needs help, a chart per course, the table of learners
//! by course, the questions most often missed, and the CSV of the table.

use leptos::prelude::*;

use super::charts::{Bar, BarChart};
use super::{GroupProgress, LearnerProgressRow, StuckDaysForm};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::forms::{Field, PostForm};

/// Every course's lessons done by the group, as one bar each.
fn course_bars(locale: Locale, progress: &GroupProgress) -> Vec<Bar> {
    let learners = progress.learners.len() as u32;
    progress
        .courses
        .iter()
        .enumerate()
        .map(|(index, course)| {
            let cells = progress.learners.iter().map(|l| l.cells[index]);
            let done: u32 = cells.clone().map(|c| c.done).sum();
            let completed = cells.filter(|c| c.completed).count().to_string();
            let max = course.lessons * learners;
            let percent = (done * 100).checked_div(max).unwrap_or(0).to_string();
            Bar {
                label: course.title.clone(),
                value: done,
                max,
                text: locale.t_with(
                    "group.course_bar",
                    &[("percent", &percent), ("completed", &completed)],
                ),
            }
        })
        .collect()
}

fn needs_help(locale: Locale, row: &LearnerProgressRow) -> String {
    let mut flags = Vec::new();
    if row.stuck {
        flags.push(locale.t("group.stuck"));
    }
    if row.struggling {
        flags.push(locale.t("group.struggling"));
    }
    flags.join(", ")
}

#[component]
pub fn GroupProgressSection(locale: Locale, progress: GroupProgress) -> impl IntoView {
    let cohort = progress.cohort.id.clone();
    let bars = course_bars(locale, &progress);
    let help: Vec<_> = progress
        .learners
        .iter()
        .filter(|l| l.stuck || l.struggling)
        .map(|l| (l.handle.clone(), needs_help(locale, l)))
        .collect();
    let help = if help.is_empty() {
        view! { <p>{locale.t("group.nobody_needs_help")}</p> }.into_any()
    } else {
        view! {
            <ul class="rows needs-help">
                {help
                    .into_iter()
                    .map(|(handle, flags)| view! { <li><strong>{handle}</strong> " · " {flags}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let headers = progress
        .courses
        .iter()
        .map(|c| view! { <th scope="col">{c.title.clone()}</th> })
        .collect_view();
    let rows = progress
        .learners
        .iter()
        .map(|learner| {
            let href = Address::LearnerProgress(&cohort, &learner.id).at(locale);
            let last = learner
                .last_activity
                .map_or_else(|| locale.t("group.never"), |at| locale.date(at));
            let cells = learner
                .cells
                .iter()
                .zip(&progress.courses)
                .map(|(cell, course)| {
                    let text = format!("{}/{}", cell.done, course.lessons);
                    let completed = cell.completed.then(|| locale.t("group.completed"));
                    view! { <td>{text} " " {completed}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <a href=href>{learner.handle.clone()}</a>
                    </th>
                    <td>{last}</td>
                    <td>{needs_help(locale, learner)}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let missed = if progress.missed.is_empty() {
        view! { <p>{locale.t("group.nothing_missed")}</p> }.into_any()
    } else {
        view! {
            <ol class="rows">
                {progress
                    .missed
                    .into_iter()
                    .map(|q| {
                        let counts = locale.t_with(
                            "group.missed_counts",
                            &[("misses", &q.misses.to_string()), ("learners", &q.learners.to_string())],
                        );
                        view! {
                            <li>
                                <span inner_html=q.question_html></span>
                                <span class="meta">{q.course_title} " · " {counts}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any()
    };
    let stuck_days = progress.stuck_days.to_string();
    view! {
        <section aria-labelledby="progress-heading">
            <h2 id="progress-heading">{locale.t("group.progress")}</h2>
            <h3>{locale.t("group.needs_help")}</h3>
            {help}
            <BarChart id="courses-chart".into() title=locale.t("group.chart_title") bars />
            <div class="table-scroll" role="region" aria-labelledby="progress-heading" tabindex="0">
                <table class="progress-table">
                    <thead>
                        <tr>
                            <th scope="col">{locale.t("group.learner")}</th>
                            <th scope="col">{locale.t("group.last_activity")}</th>
                            <th scope="col">{locale.t("group.needs_help")}</th>
                            {headers}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p>
                <a class="button" href=Address::GroupCsv(&cohort).at(locale) download="">
                    {locale.t("group.download_csv")}
                </a>
            </p>
            <h3>{locale.t("group.most_missed")}</h3>
            {missed}
            <PostForm action=Address::StuckDays(&cohort).at(locale) submit=locale.t("group.save_stuck_days")>
                <Field
                    label=locale.t("group.stuck_days")
                    name=StuckDaysForm::DAYS
                    kind="number"
                    value=stuck_days
                    autocomplete="off"
                />
            </PostForm>
        </section>
    }
}
