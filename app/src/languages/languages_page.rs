//! The language list: the interface language (one button each, named in its own language,
//! back to the page she came from) and the languages she reads courses in. Plain forms: it
//! works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

use super::{ChooseLanguageForm, ReadingForm, path_below_language, return_path};
use crate::address::Address;
use crate::catalogue::{CourseCard, list_courses};
use crate::error::set_status;
use crate::i18n::{Locale, language_name};
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

#[component]
pub fn LanguagesPage() -> impl IntoView {
    loaded_page(
        |locale| list_courses(locale.code().to_string()),
        |locale, courses| view! { <Languages locale courses /> },
    )
}

/// The page for an address whose first part looks like a language the site does not have
/// (`/xx/courses`): the list of those it has, each leading to the same page in it.
#[component]
pub fn UnknownLanguagePage() -> impl IntoView {
    let locale = super::page_locale();
    let path = use_location().pathname.get_untracked();
    let code = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let from = path_below_language(&path);
    // Not a page of the site, so not found; but what she reads is the way on.
    set_status(404);
    view! {
        <Page locale title=locale.t("language.title")>
            <h1>{locale.t("language.title")}</h1>
            <p>{locale.t_with("language.unknown", &[("code", &code)])}</p>
            <InterfaceLanguages locale from=return_path(&from).to_string() />
        </Page>
    }
}

/// Whether an address's first part looks like a language code (`xx`, `pt-br`), so that an
/// unknown one answers with the language list rather than "not found".
pub fn looks_like_a_language(path: &str) -> bool {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let (language, region) = first.split_once('-').unwrap_or((first, ""));
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && region.len() <= 4
        && region.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[component]
fn Languages(locale: Locale, courses: Vec<CourseCard>) -> impl IntoView {
    let from = use_query_map().with_untracked(|q| q.get(ChooseLanguageForm::FROM));
    let from = return_path(from.as_deref().unwrap_or_default()).to_string();
    view! {
        <Page locale title=locale.t("language.title")>
            <h1>{locale.t("language.title")}</h1>
            <h2>{locale.t("language.interface")}</h2>
            <InterfaceLanguages locale from=from.clone() />
            <ReadingLanguages locale courses from />
        </Page>
    }
}

/// One button per interface language, each in its own language; the current one marked.
#[component]
fn InterfaceLanguages(locale: Locale, from: String) -> impl IntoView {
    let buttons = Locale::all()
        .map(|each| {
            let current = each == locale;
            view! {
                <li>
                    <button
                        class="button language"
                        type="submit"
                        name=ChooseLanguageForm::TO
                        value=each.code()
                        lang=each.code()
                        dir=each.dir()
                        aria-current=current.then_some("true")
                    >
                        {each.name()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=Address::Languages.at(locale)>
            <input type="hidden" name=ChooseLanguageForm::FROM value=from />
            <ul class="language-list">{buttons}</ul>
        </form>
    }
}

/// The languages she reads courses in: the one she reads best, then any others.
#[component]
fn ReadingLanguages(locale: Locale, courses: Vec<CourseCard>, from: String) -> impl IntoView {
    let reading = super::reading_languages();
    // Every language of the interface or of a course she may read, by code.
    let mut offered: Vec<String> = Locale::all().map(|l| l.code().to_string()).collect();
    offered.extend(courses.into_iter().flat_map(|c| c.languages));
    offered.sort();
    offered.dedup();
    let best = reading.first().cloned();
    let choice = |kind: &'static str, prefix: &'static str, checked: &dyn Fn(&str) -> bool| {
        offered
            .iter()
            .map(|code| {
                let id = format!("{prefix}-{code}");
                view! {
                    <div class="field check">
                        <input
                            id=id.clone()
                            type=kind
                            name=ReadingForm::READ
                            value=code.clone()
                            checked=checked(code)
                        />
                        <label for=id lang=code.clone()>
                            {language_name(code)}
                        </label>
                    </div>
                }
            })
            .collect_view()
    };
    let best_choices = choice("radio", "best", &|code| best.as_deref() == Some(code));
    let other_choices = choice("checkbox", "also", &|code| {
        reading.iter().skip(1).any(|c| c == code)
    });
    let none_yet = reading
        .is_empty()
        .then(|| view! { <p class="notice">{locale.t("language.reading_all")}</p> });
    view! {
        <h2 id="reading">{locale.t("language.reading_title")}</h2>
        <p>{locale.t("language.reading_text")}</p>
        {none_yet}
        <form class="form" method="post" action=Address::ReadingLanguages.at(locale)>
            <input type="hidden" name=ReadingForm::FROM value=from />
            <fieldset>
                <legend>{locale.t("language.reading_best")}</legend>
                {best_choices}
            </fieldset>
            <fieldset>
                <legend>{locale.t("language.reading_also")}</legend>
                {other_choices}
            </fieldset>
            <button class="button primary" type="submit">
                {locale.t("language.reading_save")}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_that_starts_like_a_language_is_one_she_may_have_mistyped() {
        for path in ["/xx", "/xx/courses/safe-phone", "/pt-br/home", "/EN/"] {
            assert!(looks_like_a_language(path), "{path}");
        }
        for path in ["/", "/favicon.ico", "/healthz", "/english/courses"] {
            assert!(!looks_like_a_language(path), "{path}");
        }
    }
}
