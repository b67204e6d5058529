//! A lesson of a draft as learners will see it: rendered by the same pipeline and sanitiser
//! as publishing, in the same page frame, quizzes included (not answerable).

use leptos::prelude::*;

use super::{PreviewView, get_preview, lesson_address};
use crate::address::Address;
use crate::catalogue::Lesson;
use crate::i18n::Locale;
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

#[component]
pub fn PreviewPage() -> impl IntoView {
    let (course, lesson, language) = lesson_address();
    loaded_page(
        move |_| get_preview(course.clone(), lesson.clone(), language.clone()),
        |locale, preview| view! { <Preview locale preview /> },
    )
}

#[component]
fn Preview(locale: Locale, preview: PreviewView) -> impl IntoView {
    let (course, lesson, language) = lesson_address();
    let editor = Address::EditLesson(&course, &lesson, &language).at(locale);
    match preview.lesson {
        Some(lesson) => view! { <Lesson locale lesson progress=None editor /> }.into_any(),
        None => view! {
            <Page locale title=locale.t("author.preview")>
                <h1>{locale.t("author.preview")}</h1>
                <p class="form-error" role="alert">{locale.t("author.cannot_preview")}</p>
                <ul>
                    {preview
                        .problems
                        .into_iter()
                        .map(|p| {
                            let line = locale.t_with("author.line", &[("line", &p.line.to_string())]);
                            view! { <li>{line} ": " {locale.problem(&p.message)}</li> }
                        })
                        .collect_view()}
                </ul>
                <p>
                    <a href=editor>{locale.t("author.back_to_editor")}</a>
                </p>
            </Page>
        }
        .into_any(),
    }
}
