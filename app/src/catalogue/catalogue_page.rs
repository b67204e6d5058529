//! The catalogue: every course, grouped by track, with the languages it is written in.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{CourseCard, list_courses};
use crate::address::Address;
use crate::i18n::{Locale, language_name};
use crate::languages::reading_languages;
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

#[component]
pub fn CataloguePage() -> impl IntoView {
    loaded_page(
        |locale| list_courses(locale.code().to_string()),
        |locale, courses| view! { <Catalogue locale courses /> },
    )
}

/// The query that shows every course, not only those in the languages she reads.
const SHOW_ALL: &str = "all";

#[component]
fn Catalogue(locale: Locale, courses: Vec<CourseCard>) -> impl IntoView {
    let reading = reading_languages();
    let show_all = use_query_map().with_untracked(|q| q.get(SHOW_ALL).is_some());
    let filtered = !reading.is_empty() && !show_all;
    let any_at_all = !courses.is_empty();
    let courses: Vec<CourseCard> = courses
        .into_iter()
        .filter(|c| !filtered || c.languages.iter().any(|l| reading.contains(l)))
        .collect();
    let empty = if courses.is_empty() && filtered && any_at_all {
        Some(view! { <p>{locale.t("catalogue.none_readable")}</p> })
    } else {
        courses
            .is_empty()
            .then(|| view! { <p>{locale.t("catalogue.empty")}</p> })
    };
    let filter = (!reading.is_empty()).then(|| {
        let names: Vec<String> = reading.iter().map(|code| language_name(code)).collect();
        // The list sends her back to the catalogue, which is the language's own address.
        let change = format!("{}#reading", Address::Languages.at(locale));
        view! {
            <p class="reading-filter">
                {locale.t_with("catalogue.filtered", &[("languages", &names.join(", "))])} " · "
                <a href=change>{locale.t("catalogue.change_languages")}</a>
                {filtered
                    .then(|| {
                        view! {
                            " · "
                            <a href=format!(
                                "{}?{SHOW_ALL}=1",
                                Address::Catalogue.at(locale),
                            )>{locale.t("catalogue.show_all")}</a>
                        }
                    })}
            </p>
        }
    });
    // Tracks in the order the course format lists them.
    let tracks = courses::Track::ALL
        .into_iter()
        .map(courses::Track::as_str)
        .filter_map(|track| {
            let cards: Vec<_> = courses
                .iter()
                .filter(|c| c.track == track)
                .cloned()
                .collect();
            (!cards.is_empty()).then(|| {
                view! {
                    <section class="track">
                        <h2>{locale.t(&format!("track.{track}"))}</h2>
                        <ul class="cards">
                            {cards
                                .into_iter()
                                .map(|course| view! { <Card locale course /> })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
        })
        .collect_view();
    view! {
        <Page locale title=locale.t("catalogue.title")>
            <h1>{locale.t("catalogue.title")}</h1>
            <p class="lead">{locale.t("catalogue.intro")}</p>
            {filter}
            {empty}
            {tracks}
        </Page>
    }
}

#[component]
fn Card(locale: Locale, course: CourseCard) -> impl IntoView {
    let languages: Vec<_> = course.languages.iter().map(|l| language_name(l)).collect();
    let lessons = course.lesson_count.to_string();
    let minutes = course.minutes.to_string();
    view! {
        <li class="card">
            <h3>
                <a href=Address::Course(&course.slug).at(locale) lang=course.language>
                    {course.title}
                </a>
            </h3>
            <p>{course.summary}</p>
            <p class="meta">
                {locale.t_with("catalogue.lessons", &[("count", &lessons)])} " · "
                {locale.t_with("catalogue.minutes", &[("count", &minutes)])}
            </p>
            <p class="meta">
                {locale.t_with("catalogue.in_languages", &[("languages", &languages.join(", "))])}
            </p>
        </li>
    }
}
