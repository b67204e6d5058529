//! The lesson editor: one lesson in one language, a plain text box of Markdown (no
//! JavaScript needed), its problems at their lines, and for a translation the default
//! language's text beside it.

use leptos::prelude::*;

use super::lesson_address;
use super::settings_page::TextArea;
use super::{LessonEditorView, LessonForm, TextState, get_lesson_source};
use crate::address::Address;
use crate::i18n::{Locale, language_name};
use crate::ui::ask_before_leaving::AskBeforeLeaving;
use crate::ui::forms::{Field, FormOutcome};
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

#[component]
pub fn LessonEditorPage() -> impl IntoView {
    let (course, lesson, language) = lesson_address();
    loaded_page(
        move |_| get_lesson_source(course.clone(), lesson.clone(), language.clone()),
        |locale, lesson| view! { <Editor locale lesson /> },
    )
}

#[component]
fn Editor(locale: Locale, lesson: LessonEditorView) -> impl IntoView {
    let (slug, id, language) = (
        lesson.slug.clone(),
        lesson.lesson_id.clone(),
        lesson.language.clone(),
    );
    let title = format!("{} · {}", lesson.title, language_name(&language));
    let outdated = (lesson.state == TextState::Outdated).then(|| {
        let text = locale.t_with(
            "author.outdated_notice",
            &[("language", &language_name(&lesson.default_language))],
        );
        view! { <p class="notice" role="note">{text}</p> }
    });
    let (title_text, text, why) = match lesson.unsaved {
        Some(mine) => {
            let why = if mine.conflict {
                "author.conflict"
            } else {
                "author.not_saved"
            };
            (mine.title, mine.body, Some(why))
        }
        None => (lesson.title.clone(), lesson.body.clone(), None),
    };
    let unsaved = why.map(|why| {
        view! {
            <p class="form-error" role="alert">{locale.t(why)}</p>
            <section aria-labelledby="their-text">
                <h2 id="their-text">{locale.t("author.their_text")}</h2>
                <p><strong>{lesson.title}</strong></p>
                <pre class="source">{lesson.body}</pre>
            </section>
        }
    });
    let problems = (!lesson.problems.is_empty()).then(|| {
        view! {
            <section class="problems" aria-labelledby="problems">
                <h2 id="problems">{locale.t("author.problems")}</h2>
                <ul>
                    {lesson
                        .problems
                        .into_iter()
                        .map(|p| {
                            let line = locale.t_with("author.line", &[("line", &p.line.to_string())]);
                            view! { <li>{line} ": " {locale.problem(&p.message)}</li> }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    });
    let original = lesson.original.map(|original| {
        view! {
            <section class="original" aria-labelledby="original">
                <h2 id="original">
                    {locale.t_with("author.original", &[("language", &language_name(&lesson.default_language))])}
                </h2>
                <p lang=lesson.default_language.clone()><strong>{original.title}</strong></p>
                <pre class="source" lang=lesson.default_language.clone()>{original.body}</pre>
            </section>
        }
    });
    let images = (!lesson.images.is_empty()).then(|| {
        view! {
            <section aria-labelledby="course-images">
                <h2 id="course-images">{locale.t("author.images")}</h2>
                <p class="hint">{locale.t("author.image_markdown_hint")}</p>
                <ul>
                    {lesson
                        .images
                        .into_iter()
                        .map(|(name, markdown)| view! { <li>{name} ": " <code>{markdown}</code></li> })
                        .collect_view()}
                </ul>
            </section>
        }
    });
    let save = Address::SaveLesson(&slug, &id, &language).at(locale);
    let preview = Address::PreviewLesson(&slug, &id, &language).at(locale);
    let text_language = language.clone();
    view! {
        <Page locale title=title.clone()>
            <p>
                <a href=Address::Draft(&slug).at(locale)>{lesson.course_title}</a>
            </p>
            <h1>{title}</h1>
            <FormOutcome locale />
            {unsaved}
            {outdated}
            {problems}
            <div class="editor">
                {original}
                <AskBeforeLeaving>
                    <form class="form" method="post" action=save lang=language>
                        <input type="hidden" name=LessonForm::REVISION value=lesson.revision.to_string() />
                        <Field label=locale.t("author.lesson_title") name=LessonForm::TITLE value=title_text />
                        <Field
                            label=locale.t("author.minutes")
                            name=LessonForm::MINUTES
                            kind="number"
                            value=lesson.minutes.to_string()
                        />
                        <TextArea
                            label=locale.t("author.lesson_text")
                            name=LessonForm::BODY.to_string()
                            value=text
                            rows=20
                            hint=locale.t("author.lesson_text_hint")
                            lang=text_language
                        />
                        <button class="button primary" type="submit">{locale.t("author.save")}</button>
                        <button class="button" type="submit" name=LessonForm::THEN value="preview">
                            {locale.t("author.save_and_preview")}
                        </button>
                    </form>
                </AskBeforeLeaving>
            </div>
            <p>
                <a href=preview>{locale.t("author.preview")}</a>
            </p>
            {images}
        </Page>
    }
}
