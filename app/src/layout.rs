//! The frame of every page: skip link, site name, language switch, quick exit.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map};

use crate::auth::{Role, viewer};
use crate::error::AppError;
use crate::forms::ButtonForm;
use crate::i18n::{Locale, language_name};
use crate::not_found_page::{ErrorPage, NotFoundPage};
use crate::quick_exit::{QUICK_EXIT_PATH, QuickExit};
use crate::shell::Site;

/// The interface language named by the first segment of the current path (also on pages no
/// route matched, which have no route parameters).
pub fn route_locale() -> Option<Locale> {
    Locale::of_path(&use_location().pathname.get_untracked())
}

/// The address of a page in an interface language: `at(En, "account")` is `/en/account`.
pub fn at(locale: Locale, rest: &str) -> String {
    format!("/{}/{rest}", locale.code())
}

/// The address of a course's outline in an interface language; its lessons are below it.
pub fn course_path(locale: Locale, slug: &str) -> String {
    format!("/{}/courses/{slug}", locale.code())
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

/// A page that needs no data from the server, in the route's language.
pub fn static_page<V: IntoView + 'static>(show: impl FnOnce(Locale) -> V) -> AnyView {
    match route_locale() {
        Some(locale) => show(locale).into_any(),
        None => NotFoundPage().into_any(),
    }
}

/// A route parameter by name (empty when absent).
pub fn route_param(name: &str) -> String {
    use_params_map().with_untracked(|params| params.get(name).unwrap_or_default())
}

/// A page whose content a server function loads in the route's language: `show` once it has
/// arrived, or the error page (with its status) when the language is unknown or loading failed.
pub fn loaded_page<T, Fut, V>(
    load: impl Fn(Locale) -> Fut + Send + Sync + 'static,
    show: impl Fn(Locale, T) -> V + Copy + Send + Sync + 'static,
) -> AnyView
where
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    T: Send + 'static,
    V: IntoView + 'static,
{
    let Some(locale) = route_locale() else {
        return NotFoundPage().into_any();
    };
    view! {
        <Suspense>
            {move || {
                let data = load(locale);
                Suspend::new(async move {
                    match data.await {
                        Ok(data) => show(locale, data).into_any(),
                        Err(error) => view! { <ErrorPage locale error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
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
    let switches = Locale::ALL
        .into_iter()
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
            <a class="site-name" href=format!("/{}", locale.code())>
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
            <a href=at(locale, "safety")>{locale.t("safety.link")}</a>
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
                <a href=at(locale, "sign-in")>{locale.t("account.sign_in")}</a>
                <a href=at(locale, "join")>{locale.t("join.link")}</a>
            </nav>
        }
        .into_any();
    };
    let home = match viewer.role {
        Role::Trainer => Some(("trainer", "trainer.title")),
        Role::Admin => Some(("admin", "admin.title")),
        Role::Learner | Role::Partner => None,
    };
    view! {
        <nav class="account-nav" aria-label=locale.t("account.nav")>
            {home.map(|(path, key)| view! { <a href=at(locale, path)>{locale.t(key)}</a> })}
            <a href=at(locale, "account")>{locale.t("account.title")}</a>
            <ButtonForm action=at(locale, "sign-out") label=locale.t("account.sign_out") />
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
