//! The frame of every page: skip link, site name, language switch, quick exit.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map};

use crate::address::Address;
use crate::auth::viewer;
use crate::i18n::{Locale, language_name};
use crate::site::Site;
use crate::ui::forms::ButtonForm;
use crate::ui::quick_exit::{QUICK_EXIT_PATH, QuickExit};

/// The interface language named by the first segment of the current path (also on pages no
/// route matched, which have no route parameters).
pub fn route_locale() -> Option<Locale> {
    Locale::of_path(&use_location().pathname.get_untracked())
}

/// A link to a page in another language, named in that language.
#[component]
pub fn LanguageLink(locale: Locale, href: String) -> impl IntoView {
    view! {
        <a href=href hreflang=locale.code() lang=locale.code()>
            {language_name(locale.code())}
        </a>
    }
}

/// A route parameter by name (empty when absent).
pub fn route_param(name: &str) -> String {
    use_params_map().with_untracked(|params| params.get(name).unwrap_or_default())
}

#[component]
pub fn Page(locale: Locale, #[prop(into)] title: String, children: Children) -> impl IntoView {
    let site = use_context::<Site>().unwrap_or_default();
    let path = use_location().pathname.get_untracked();
    let rest = path
        .trim_start_matches('/')
        .split_once('/')
        .map(|(_, rest)| format!("/{rest}"))
        .unwrap_or_default();
    let switches = Locale::all()
        .filter(|other| *other != locale)
        .map(
            |other| view! { <LanguageLink locale=other href=format!("/{}{rest}", other.code()) /> },
        )
        .collect_view();
    view! {
        <Title text=title />
        <a class="skip-link" href="#main">
            {locale.t("site.skip_to_content")}
        </a>
        <header class="site-header">
            <a class="site-name" href=Address::Catalogue.at(locale)>
                {site.name}
            </a>
            <nav class="languages" aria-label=locale.t("site.languages")>
                {switches}
            </nav>
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
