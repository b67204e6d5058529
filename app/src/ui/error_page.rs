//! What a person sees when a page does not exist or data could not be loaded.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::address::Address;
use crate::error::{AppError, set_status};
use crate::i18n::Locale;
use crate::languages::{UnknownLanguagePage, looks_like_a_language, page_locale};
use crate::ui::layout::{Page, route_locale, route_param};

/// The page for a request the server refused (`Address::Refused`): shown by the server in
/// place of a form's answer, with the frame, the quick exit and a way back.
#[component]
pub fn RefusedPage() -> impl IntoView {
    let locale = page_locale();
    let error = AppError::from_status(&route_param("status")).unwrap_or(AppError::NotFound);
    view! { <ErrorPage locale error /> }
}

/// Not found; or, when the address starts with a language the site does not have, the list of
/// those it has.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    if let Some(locale) = route_locale() {
        return view! { <ErrorPage locale error=AppError::NotFound /> }.into_any();
    }
    if looks_like_a_language(&use_location().pathname.get_untracked()) {
        return view! { <UnknownLanguagePage /> }.into_any();
    }
    view! { <ErrorPage locale=page_locale() error=AppError::NotFound /> }.into_any()
}

/// A whole page for an error, with the right status and a way back.
#[component]
pub fn ErrorPage(locale: Locale, error: AppError) -> impl IntoView {
    let title = match error {
        AppError::NotFound => locale.t("site.not_found_title"),
        AppError::Unavailable => locale.t("site.unavailable"),
        AppError::Forbidden => locale.t("site.forbidden_title"),
        AppError::TooManyAttempts => locale.t("site.wait_title"),
        AppError::SignInRequired => locale.t("account.sign_in"),
    };
    if error == AppError::SignInRequired {
        // A page, unlike a server function, sends her to sign in.
        #[cfg(feature = "ssr")]
        leptos_axum::redirect(&Address::SignIn.at(locale));
        set_status(303);
    } else {
        set_status(error.status());
    }
    view! {
        <Page locale title=title.clone()>
            <h1>{title}</h1>
            <p>{locale.t(error.message_key())}</p>
            <p>
                <a class="button" href=Address::Catalogue.at(locale)>
                    {locale.t("site.back_to_courses")}
                </a>
            </p>
        </Page>
    }
}
