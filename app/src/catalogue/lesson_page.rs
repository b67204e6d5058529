//! A lesson: its text, the way to the previous and next lessons, and its other languages.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{LessonView, get_lesson};
use crate::address::Address;
use crate::i18n::{Locale, language_name};
use crate::languages::{SHOWN_IN, shown_in_address};
use crate::progress::{LessonProgress, LessonQuizzes, LessonSteps, get_lesson_progress};
use crate::ui::forms::FormOutcome;
use crate::ui::layout::{FallbackNotice, Page, route_param};
use crate::ui::loading::loaded_page;

#[component]
pub fn LessonPage() -> impl IntoView {
    let (course, lesson) = (route_param("course"), route_param("lesson"));
    loaded_page(
        move |locale| {
            let (course, lesson, language) =
                (course.clone(), lesson.clone(), locale.code().to_string());
            async move {
                let view = get_lesson(course.clone(), lesson.clone(), language.clone()).await?;
                let progress = get_lesson_progress(course, lesson, language).await?;
                Ok((view, progress))
            }
        },
        |locale, (lesson, progress)| view! { <Lesson locale lesson progress /> },
    )
}

/// A lesson as learners read it; with `editor`, as its author previews it, with a way back
/// to the editor at that address.
#[component]
pub(crate) fn Lesson(
    locale: Locale,
    lesson: LessonView,
    progress: Option<LessonProgress>,
    #[prop(optional)] editor: Option<String>,
) -> impl IntoView {
    let course_url = Address::Course(&lesson.course_slug).at(locale);
    let slug = lesson.course_slug.clone();
    let shown_in = use_query_map().with_untracked(|q| {
        q.get(SHOWN_IN)
            .filter(|code| crate::languages::is_language_code(code))
    });
    let minutes = lesson.minutes.to_string();
    let notice = if lesson.fell_back {
        Some(
            view! { <FallbackNotice locale key="lesson.fallback" language=lesson.language.clone() /> },
        )
    } else {
        // The course's default language comes first.
        let original = lesson.languages.first().cloned().unwrap_or_default();
        lesson
            .outdated
            .then(|| view! { <FallbackNotice locale key="lesson.outdated" language=original /> })
    };
    let preview = editor.map(|editor| {
        view! {
            <p class="notice preview" role="note">
                {locale.t("author.preview_notice")} " "
                <a href=editor>{locale.t("author.back_to_editor")}</a>
            </p>
        }
    });
    let previous = lesson.previous.map(|link| {
        view! {
            <a
                class="button"
                rel="prev"
                href=shown_in_address(Address::Lesson(&slug, &link.id).at(locale), shown_in.as_deref())
            >
                <span class="eyebrow">{locale.t("lesson.previous")}</span>
                {link.title}
            </a>
        }
    });
    // Other languages of the lesson, on the same page: the pages' language stays hers.
    let here = Address::Lesson(&lesson.course_slug, &lesson.id).at(locale);
    let translations = lesson
        .languages
        .iter()
        .filter(|code| **code != lesson.language)
        .map(|code| {
            let href = format!("{here}?{SHOWN_IN}={code}");
            view! {
                <a href=href hreflang=code.clone() lang=code.clone()>
                    {language_name(code)}
                </a>
            }
        })
        .collect::<Vec<_>>();
    let translations = (!translations.is_empty()).then(|| {
        view! { <p class="translations">{locale.t("lesson.also_in")} " " {translations}</p> }
    });
    view! {
        <Page locale title=lesson.title.clone()>
            {preview}
            <nav class="breadcrumb" aria-label=locale.t("lesson.contents")>
                <a href=course_url.clone() lang=lesson.language.clone()>
                    {lesson.course_title}
                </a>
                <span lang=lesson.language.clone()>{lesson.module_title}</span>
            </nav>
            {notice}
            <FormOutcome locale />
            <article class="lesson" lang=lesson.language.clone()>
                <h1>{lesson.title}</h1>
                <p class="meta">{locale.t_with("lesson.minutes", &[("count", &minutes)])}</p>
                <div inner_html=lesson.html></div>
                <LessonQuizzes
                    locale
                    course=slug.clone()
                    lesson=lesson.id.clone()
                    shown_in=shown_in.clone()
                    quizzes=lesson.quizzes
                    progress=progress.clone()
                />
            </article>
            <nav class="pager">
                {previous}
                <LessonSteps
                    locale
                    course=slug.clone()
                    lesson=lesson.id.clone()
                    shown_in
                    next=lesson.next
                    progress
                />
            </nav>
            {translations}
        </Page>
    }
}
