//! A partner's courses: her organisation's drafts, a form for a new one, and an archive to
//! upload.

use leptos::prelude::*;

use super::{ArchiveForm, CourseForm, DraftSummary, list_drafts};
use crate::address::Address;
use crate::i18n::{Locale, language_name};
use crate::ui::forms::{Field, FormOutcome, PostForm};
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

/// The languages a new course may start in: the partner network's.
pub(crate) const COURSE_LANGUAGES: [&str; 9] =
    ["en", "it", "el", "ro", "bg", "de", "sq", "fr", "ar"];

#[component]
pub fn StudioPage() -> impl IntoView {
    loaded_page(
        |_| list_drafts(),
        |locale, drafts| view! { <Studio locale drafts /> },
    )
}

#[component]
fn Studio(locale: Locale, drafts: Vec<DraftSummary>) -> impl IntoView {
    let list = if drafts.is_empty() {
        view! { <p>{locale.t("author.no_drafts")}</p> }.into_any()
    } else {
        view! {
            <ul class="rows">
                {drafts
                    .into_iter()
                    .map(|draft| {
                        let state = match draft.published {
                            Some(version) => {
                                locale.t_with("author.published_version", &[("version", &version.to_string())])
                            }
                            None => locale.t("author.never_published"),
                        };
                        let changed = locale
                            .t_with("author.changed_on", &[("date", &locale.date(draft.updated_at))]);
                        view! {
                            <li>
                                <a href=Address::Draft(&draft.slug).at(locale)>{draft.title}</a>
                                <span class="meta">{state} " · " {changed}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
            <Page locale title=locale.t("partner.title")>
                <h1>{locale.t("partner.title")}</h1>
                <FormOutcome locale />
                <UploadRefusal locale />
                {list}
                <section aria-labelledby="new-course">
                    <h2 id="new-course">{locale.t("author.new_course")}</h2>
                    <PostForm action=Address::NewCourse.at(locale) submit=locale.t("author.create")>
                        <Field label=locale.t("author.course_title") name=CourseForm::TITLE />
                        <TrackChoice locale name=CourseForm::TRACK chosen=String::new() />
                        <LanguageChoice
                            name=CourseForm::DEFAULT_LANGUAGE
                            label=locale.t("author.default_language")
                            chosen=locale.code().to_string()
                        />
                        <Field
                            label=locale.t("author.other_languages")
                            name=CourseForm::LANGUAGES
                            hint=locale.t("author.languages_hint")
                            optional=true
                        />
                    </PostForm>
                </section>
                <section aria-labelledby="upload-archive">
                    <h2 id="upload-archive">{locale.t("author.upload_archive")}</h2>
                    <p class="hint">{locale.t("author.upload_archive_hint")}</p>
    <UploadForm
                        locale
                        action=Address::ImportArchive.at(locale)
                        name=ArchiveForm::ARCHIVE
                        label=locale.t("author.archive_file")
                        accept=".zip,application/zip"
                    >
                        <div class="field check">
                            <input
                                id=ArchiveForm::REPLACE
                                name=ArchiveForm::REPLACE
                                type="checkbox"
                                value="1"
                            />
                            <label for=ArchiveForm::REPLACE>
                                {locale.t("author.replace_draft")}
                            </label>
                        </div>
                    </UploadForm>
                </section>
            </Page>
        }
}

/// A form that uploads one file (works without JavaScript).
#[component]
pub(crate) fn UploadForm(
    locale: Locale,
    action: String,
    name: &'static str,
    label: String,
    accept: &'static str,
    /// Fields sent with the file.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <form class="form" method="post" enctype="multipart/form-data" action=action>
            <div class="field">
                <label for=name>{label}</label>
                <input id=name name=name type="file" accept=accept required />
            </div>
            {children.map(|children| children())}
            <button class="button" type="submit">{locale.t("author.upload")}</button>
        </form>
    }
}

/// The track a course belongs to.
#[component]
pub(crate) fn TrackChoice(locale: Locale, name: &'static str, chosen: String) -> impl IntoView {
    view! {
        <div class="field">
            <label for=name>{locale.t("author.track")}</label>
            <select id=name name=name>
                {courses::Track::ALL
                    .iter()
                    .map(|track| {
                        let code = track.as_str();
                        view! {
                            <option value=code selected=chosen == code>
                                {locale.t(&format!("track.{code}"))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// One of the partner network's languages, each named in itself.
#[component]
pub(crate) fn LanguageChoice(name: &'static str, label: String, chosen: String) -> impl IntoView {
    // A course written in a language beyond the network's keeps it.
    let mut known: Vec<String> = COURSE_LANGUAGES.iter().map(|c| c.to_string()).collect();
    if !chosen.is_empty() && !known.contains(&chosen) {
        known.insert(0, chosen.clone());
    }
    view! {
        <div class="field">
            <label for=name>{label}</label>
            <select id=name name=name>
                {known
                    .into_iter()
                    .map(|code| {
                        view! {
                            <option value=code.clone() selected=chosen == code>
                                {language_name(&code)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Why her last upload was refused, naming the file, shown once.
#[component]
pub(crate) fn UploadRefusal(locale: Locale) -> impl IntoView {
    use crate::auth::cookies::FlashKind;
    use crate::ui::forms::take_flash;

    let viewer = crate::auth::viewer()?;
    let code = take_flash(FlashKind::Refused)?.code_for(&viewer.user_id)?;
    let refused = super::Refused::from_code(&code)?;
    Some(view! {
        <p class="form-error" role="alert">
            {refused.text(locale)}
        </p>
    })
}
