//! A draft: its modules and lessons in every language, its problems at the lesson and line
//! they concern, what publishing would change for learners, and its published versions.

use leptos::prelude::*;

use super::{
    Changes, DraftView, ImageForm, LessonRow, ModuleForm, ModuleRow, ProblemView, PublishForm,
    StructureForm, TextState, VersionRow, get_draft,
};
use crate::address::Address;
use crate::i18n::{Locale, language_name};
use crate::ui::forms::{Field, FormOutcome, PostForm};
use crate::ui::layout::{Page, route_param};
use crate::ui::loading::loaded_page;

use super::studio_page::{UploadForm, UploadRefusal};

#[component]
pub fn DraftPage() -> impl IntoView {
    let course = route_param("course");
    loaded_page(
        move |_| get_draft(course.clone()),
        |locale, draft| view! { <Draft locale draft /> },
    )
}

#[component]
fn Draft(locale: Locale, draft: DraftView) -> impl IntoView {
    let slug = draft.slug.clone();
    let visibility = locale.t(draft.visibility.key());
    view! {
        <Page locale title=draft.title.clone()>
            <p>
                <a href=Address::Studio.at(locale)>{locale.t("partner.title")}</a>
            </p>
            <h1>{draft.title.clone()}</h1>
            <p class="meta">{visibility}</p>
            <FormOutcome locale />
            <UploadRefusal locale />
            <p class="actions">
                <a class="button" href=Address::DraftSettings(&slug).at(locale)>
                    {locale.t("author.settings")}
                </a>
                <a class="button" href=Address::DraftArchive(&slug).at(locale) download="">
                    {locale.t("author.download_archive")}
                </a>
            </p>
            <Problems locale slug=slug.clone() problems=draft.problems.clone() />
            <section aria-labelledby="contents">
                <h2 id="contents">{locale.t("author.contents")}</h2>
                {draft
                    .modules
                    .into_iter()
                    .map(|module| view! { <Module locale slug=slug.clone() module /> })
                    .collect_view()}
                <PostForm action=Address::AddModule(&slug).at(locale) submit=locale.t("author.add_module")>
                    <Field label=locale.t("author.module_title") name=ModuleForm::TITLE id="new-module" />
                </PostForm>
            </section>
            <Images locale slug=slug.clone() />
            <Publish
                locale
                slug=slug.clone()
                revision=draft.revision
                next=draft.next_version
                changes=draft.changes
                ready=draft.problems.is_empty()
            />
            <Versions locale slug versions=draft.versions />
        </Page>
    }
}

/// Every problem of the draft, each linked to the lesson editor at its line.
#[component]
pub(crate) fn Problems(locale: Locale, slug: String, problems: Vec<ProblemView>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <section class="problems" aria-labelledby="problems">
                <h2 id="problems">{locale.t("author.problems")}</h2>
                <ul>
                    {problems
                        .into_iter()
                        .map(|problem| {
                            let line = locale.t_with("author.line", &[("line", &problem.line.to_string())]);
                            let place = match &problem.lesson {
                                Some((lesson, language)) => view! {
                                    <a href=Address::EditLesson(&slug, lesson, language).at(locale)>
                                        {problem.path.clone()}
                                    </a>
                                }
                                .into_any(),
                                None => view! { <code>{problem.path.clone()}</code> }.into_any(),
                            };
                            view! {
                                <li>
                                    {place} " · " {line} ": " <span>{locale.problem(&problem.message)}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn Module(locale: Locale, slug: String, module: ModuleRow) -> impl IntoView {
    let heading = format!("module-{}", module.id);
    let title = if module.title.is_empty() {
        module.id.clone()
    } else {
        module.title.clone()
    };
    view! {
        <section class="module" aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{title}</h3>
            <Moves locale action=Address::ChangeModule(&slug, &module.id).at(locale) />
            <ol class="rows">
                {module
                    .lessons
                    .into_iter()
                    .map(|lesson| view! { <Lesson locale slug=slug.clone() lesson /> })
                    .collect_view()}
            </ol>
            <PostForm
                action=Address::AddLesson(&slug, &module.id).at(locale)
                submit=locale.t("author.add_lesson")
            >
                <Field
                    label=locale.t("author.lesson_title")
                    name=ModuleForm::TITLE
                    id=format!("new-lesson-{}", module.id)
                />
            </PostForm>
        </section>
    }
}

#[component]
fn Lesson(locale: Locale, slug: String, lesson: LessonRow) -> impl IntoView {
    let links = lesson
        .languages
        .iter()
        .map(|(language, state)| {
            let state_key = match state {
                TextState::Written => "author.written",
                TextState::Missing => "author.missing",
                TextState::Outdated => "author.outdated",
            };
            view! {
                <a
                    href=Address::EditLesson(&slug, &lesson.id, language).at(locale)
                    class=format!("text-state {}", state_key.trim_start_matches("author."))
                >
                    {language_name(language)}
                    " ("
                    {locale.t(state_key)}
                    ")"
                </a>
            }
        })
        .collect_view();
    view! {
        <li>
            <span>{lesson.title}</span>
            <span class="meta">{links}</span>
            <Moves locale action=Address::ChangeLesson(&slug, &lesson.id).at(locale) />
        </li>
    }
}

/// Up, down and remove, as three small forms (no JavaScript needed).
#[component]
fn Moves(locale: Locale, action: String) -> impl IntoView {
    [
        ("up", "author.move_up"),
        ("down", "author.move_down"),
        ("remove", "author.remove"),
    ]
    .into_iter()
    .map(|(value, key)| {
        view! {
            <form class="button-form" method="post" action=action.clone()>
                <input type="hidden" name=StructureForm::ACTION value=value />
                <button class="button small" class:danger=value == "remove" type="submit">
                    {locale.t(key)}
                </button>
            </form>
        }
    })
    .collect_view()
}

#[component]
fn Images(locale: Locale, slug: String) -> impl IntoView {
    view! {
        <section aria-labelledby="images">
            <h2 id="images">{locale.t("author.images")}</h2>
            <p class="hint">{locale.t("author.images_hint")}</p>
            <UploadForm
                locale
                action=Address::UploadImage(&slug).at(locale)
                name=ImageForm::IMAGE
                label=locale.t("author.image_file")
                accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml"
            />
        </section>
    }
}

#[component]
fn Publish(
    locale: Locale,
    slug: String,
    revision: i64,
    next: u32,
    changes: Option<Changes>,
    ready: bool,
) -> impl IntoView {
    let body = match changes.filter(|_| ready) {
        None => view! { <p>{locale.t("author.fix_problems_first")}</p> }.into_any(),
        Some(changes) if changes.is_empty() => {
            view! { <p>{locale.t("author.nothing_changed")}</p> }.into_any()
        }
        Some(changes) => {
            let list = |key: &'static str, titles: Vec<String>| {
                (!titles.is_empty()).then(|| {
                    view! {
                        <li>
                            {locale.t(key)} " " {titles.join(", ")}
                        </li>
                    }
                })
            };
            view! {
                <ul class="changes">
                    {changes.first.then(|| view! { <li>{locale.t("author.first_version")}</li> })}
                    {list("author.lessons_added", changes.added)}
                    {list("author.lessons_removed", changes.removed)}
                    {list("author.lessons_changed", changes.changed)}
                    {list("author.quizzes_changed", changes.quizzes_changed)}
                    {list("author.lessons_moved", changes.moved)}
                    {changes.settings_changed.then(|| view! { <li>{locale.t("author.settings_changed")}</li> })}
                </ul>
                <p class="hint">{locale.t("author.progress_kept")}</p>
                <form class="form" method="post" action=Address::Publish(&slug).at(locale)>
                    <input type="hidden" name=PublishForm::REVISION value=revision.to_string() />
                    <button class="button primary" type="submit">
                        {locale.t_with("author.publish_version", &[("version", &next.to_string())])}
                    </button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <section aria-labelledby="publish">
            <h2 id="publish">{locale.t("author.publish")}</h2>
            {body}
        </section>
    }
}

#[component]
fn Versions(locale: Locale, slug: String, versions: Vec<VersionRow>) -> impl IntoView {
    (!versions.is_empty()).then(|| {
        view! {
            <section aria-labelledby="versions">
                <h2 id="versions">{locale.t("author.versions")}</h2>
                <ul class="rows">
                    {versions
                        .into_iter()
                        .map(|version| {
                            let number = version.version.to_string();
                            let said = locale.t_with(
                                "author.version_by",
                                &[
                                    ("version", &number),
                                    ("handle", &version.published_by),
                                    ("date", &locale.date(version.published_at)),
                                ],
                            );
                            let again = (!version.current).then(|| {
                                view! {
                                    <form
                                        class="button-form"
                                        method="post"
                                        action=Address::Republish(&slug, &number).at(locale)
                                    >
                                        <button class="button small" type="submit">
                                            {locale.t("author.publish_again")}
                                        </button>
                                    </form>
                                }
                            });
                            view! {
                                <li>
                                    <span>{said}</span>
                                    {version.current.then(|| view! { <span class="meta">{locale.t("author.current")}</span> })}
                                    {again}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
