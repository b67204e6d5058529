//! A draft's settings: who reads it, its track, languages, completion rule, and its titles,
//! summary, certificate and module titles in each language.

use leptos::prelude::*;

use super::studio_page::{LanguageChoice, TrackChoice};
use super::{SettingsForm, SettingsView, Visibility, get_draft_settings};
use crate::address::Address;
use crate::i18n::{Locale, language_name};
use crate::ui::ask_before_leaving::AskBeforeLeaving;
use crate::ui::escape_text;
use crate::ui::forms::{Field, FormOutcome};
use crate::ui::layout::{Page, route_param};
use crate::ui::loading::loaded_page;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let course = route_param("course");
    loaded_page(
        move |_| get_draft_settings(course.clone()),
        |locale, settings| view! { <Settings locale settings /> },
    )
}

/// A labelled text box of several lines.
#[component]
pub(crate) fn TextArea(
    #[prop(into)] label: String,
    name: String,
    value: String,
    #[prop(default = 3)] rows: u32,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] lang: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            // Leptos writes a textarea's text children as they are (its raw-text rule), so a
            // `</textarea>` in her text would end the box: the text goes in escaped, and the
            // browser shows it as typed.
            <textarea
                id=name.clone()
                name=name
                rows=rows
                lang=lang
                aria-describedby=described
                inner_html=escape_text(&value)
            ></textarea>
        </div>
    }
}

#[component]
fn Settings(locale: Locale, settings: SettingsView) -> impl IntoView {
    let slug = settings.slug.clone();
    let others = settings
        .languages
        .iter()
        .filter(|l| **l != settings.default_language)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let texts = settings
        .texts
        .into_iter()
        .map(|texts| {
            let language = texts.language.clone();
            let field = |name: &str| SettingsForm::field(name, &language);
            view! {
                <fieldset lang=language.clone()>
                    <legend>{language_name(&language)}</legend>
                    <Field
                        label=locale.t("author.course_title")
                        name=field(SettingsForm::TITLE)
                        value=texts.title
                    />
                    <TextArea
                        label=locale.t("author.summary")
                        name=field(SettingsForm::SUMMARY)
                        value=texts.summary
                    />
                    <Field
                        label=locale.t("author.certificate_title")
                        name=field(SettingsForm::CERTIFICATE_TITLE)
                        value=texts.certificate_title
                        hint=locale.t("author.certificate_title_hint")
                        optional=true
                    />
                    <TextArea
                        label=locale.t("author.skills")
                        name=field(SettingsForm::SKILLS)
                        value=texts.skills
                        hint=locale.t("author.skills_hint")
                        rows=4
                    />
                </fieldset>
            }
        })
        .collect_view();
    let modules = settings
        .modules
        .into_iter()
        .map(|(id, titles)| {
            view! {
                <fieldset>
                    <legend>{locale.t_with("author.module_named", &[("id", &id)])}</legend>
                    {titles
                        .into_iter()
                        .map(|(language, title)| {
                            view! {
                                <Field
                                    label=language_name(&language)
                                    name=SettingsForm::module(&id, &language)
                                    value=title
                                />
                            }
                        })
                        .collect_view()}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <Page locale title=locale.t("author.settings")>
            <p>
                <a href=Address::Draft(&slug).at(locale)>{locale.t("author.back_to_course")}</a>
            </p>
            <h1>{locale.t("author.settings")}</h1>
            <FormOutcome locale />
            <AskBeforeLeaving>
                <form class="form" method="post" action=Address::SaveSettings(&slug).at(locale)>
                    <input type="hidden" name=SettingsForm::MANIFEST value=settings.manifest />
                    <div class="field">
                        <label for=SettingsForm::VISIBILITY>{locale.t("author.visibility")}</label>
                        <select id=SettingsForm::VISIBILITY name=SettingsForm::VISIBILITY>
                            {Visibility::ALL
                                .into_iter()
                                .map(|v| {
                                    view! {
                                        <option value=v.code() selected=v == settings.visibility>
                                            {locale.t(v.key())}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <TrackChoice locale name=SettingsForm::TRACK chosen=settings.track />
                    <LanguageChoice
                        name=SettingsForm::DEFAULT_LANGUAGE
                        label=locale.t("author.default_language")
                        chosen=settings.default_language
                    />
                    <Field
                        label=locale.t("author.other_languages")
                        name=SettingsForm::LANGUAGES
                        hint=locale.t("author.languages_hint")
                        value=others
                        optional=true
                    />
                    <Field
                        label=locale.t("author.pass_mark")
                        name=SettingsForm::PASS_MARK
                        kind="number"
                        hint=locale.t("author.pass_mark_hint")
                        value=settings.pass_mark.to_string()
                    />
                    {texts}
                    {modules}
                    <button class="button primary" type="submit">{locale.t("author.save")}</button>
                </form>
            </AskBeforeLeaving>
        </Page>
    }
}
