//! The frame of every page: skip link, site name, language switch, quick exit.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map};

use crate::address::Address;
use crate::auth::viewer;
use crate::i18n::{Locale, language_name};
use crate::languages::{ChooseLanguageForm, path_below_language};
use crate::site::Site;
use crate::ui::forms::ButtonForm;
use crate::ui::percent_encode;
use crate::ui::quick_exit::{QUICK_EXIT_PATH, QuickExit};

/// The interface language named by the first segment of the current path (also on pages no
/// route matched, which have no route parameters).
pub fn route_locale() -> Option<Locale> {
    Locale::of_path(&use_location().pathname.get_untracked())
}

/// A route parameter by name (empty when absent).
pub fn route_param(name: &str) -> String {
    use_params_map().with_untracked(|params| params.get(name).unwrap_or_default())
}

#[component]
pub fn Page(locale: Locale, #[prop(into)] title: String, children: Children) -> impl IntoView {
    let site = use_context::<Site>().unwrap_or_default();
    // The language list, told which page to come back to in the language she picks.
    let location = use_location();
    let here = path_below_language(&location.pathname.get_untracked());
    let languages = format!(
        "{}?{}={}",
        Address::Languages.at(locale),
        ChooseLanguageForm::FROM,
        percent_encode(&here)
    );
    view! {
        <Title text=title />
        <a class="skip-link" href="#main">
            {locale.t("site.skip_to_content")}
        </a>
        <header class="site-header">
            <a class="site-name" href=Address::Catalogue.at(locale)>
                {site.name}
            </a>
            <a class="languages" href=languages>
                {locale.t("site.languages")}
            </a>
        </header>
        <AccountNav locale />
        <QuickExit>
            <a class="quick-exit" href=QUICK_EXIT_PATH>
                {locale.t("site.quick_exit")}
            </a>
        </QuickExit>
        <main id="main">{children()}</main>
        <footer class="site-footer">
            <a href=Address::Safety.at(locale)>{locale.t("safety.link")}</a>
        </footer>
    }
}

/// Sign in, or the signed-in person's own pages and sign out. No name is shown: the phone
/// may be shared.
#[component]
fn AccountNav(locale: Locale) -> impl IntoView {
    let Some(viewer) = viewer() else {
        return view! {
            <nav class="account-nav" aria-label=locale.t("account.nav")>
                <a href=Address::SignIn.at(locale)>{locale.t("account.sign_in")}</a>
                <a href=Address::Join.at(locale)>{locale.t("join.link")}</a>
            </nav>
        }
        .into_any();
    };
    // Her own workspace: a learner's home, a trainer's groups, a partner's courses, the admin.
    let home = viewer.role.home();
    let workspace = format!("{}.title", viewer.role.code());
    view! {
        <nav class="account-nav" aria-label=locale.t("account.nav")>
            <a href=home.at(locale)>{locale.t(&workspace)}</a>
            <a href=Address::Account.at(locale)>{locale.t("account.title")}</a>
            <ButtonForm action=Address::SignOut.at(locale) label=locale.t("account.sign_out") />
        </nav>
    }
    .into_any()
}

/// A notice that content is shown in another language than the one asked for.
#[component]
pub fn FallbackNotice(locale: Locale, key: &'static str, language: String) -> impl IntoView {
    let text = locale.t_with(key, &[("language", &language_name(&language))]);
    view! {
        <p class="notice" role="note">
            {text}
        </p>
    }
}
