//! A course's outline: its modules and their lessons.

use leptos::prelude::*;

use super::{CourseOutline, get_course_outline};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::layout::{FallbackNotice, Page, route_param};
use crate::ui::loading::loaded_page;

#[component]
pub fn CoursePage() -> impl IntoView {
    let course = route_param("course");
    loaded_page(
        move |locale| get_course_outline(course.clone(), locale.code().to_string()),
        |locale, outline| view! { <Outline locale outline /> },
    )
}

#[component]
fn Outline(locale: Locale, outline: CourseOutline) -> impl IntoView {
    let slug = outline.slug.clone();
    let first = outline
        .modules
        .iter()
        .flat_map(|m| m.lessons.first())
        .next()
        .map(|lesson| {
            view! {
                <p>
                    <a class="button primary" href=Address::Lesson(&slug, &lesson.id).at(locale)>
                        {locale.t("course.start")}
                    </a>
                </p>
            }
        });
    let notice = outline.fell_back.then(|| {
        view! { <FallbackNotice locale key="course.fallback" language=outline.language.clone() /> }
    });
    let modules = outline
        .modules
        .into_iter()
        .enumerate()
        .map(|(index, module)| {
            let number = (index + 1).to_string();
            let lessons = module
                .lessons
                .into_iter()
                .map(|lesson| {
                    let minutes = lesson.minutes.to_string();
                    view! {
                        <li>
                            <a href=Address::Lesson(&slug, &lesson.id).at(locale)>{lesson.title}</a>
                            <span class="meta">
                                {locale.t_with("course.minutes", &[("count", &minutes)])}
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="module">
                    <h2>
                        <span class="eyebrow">
                            {locale.t_with("course.module", &[("number", &number)])}
                        </span>
                        {module.title}
                    </h2>
                    <ol class="lessons">{lessons}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <Page locale title=outline.title.clone()>
            {notice}
            <div lang=outline.language>
                <h1>{outline.title}</h1>
                <p class="lead">{outline.summary}</p>
                {first}
                {modules}
            </div>
        </Page>
    }
}
