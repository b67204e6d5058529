//! Plain HTML forms: they post to the server, which answers with a redirect (Post/Redirect/Get),
//! so they work the same with and without JavaScript. An [`Outcome`] comes back in the query
//! (`?error=wrong`), never personal data.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::auth::cookies::{Flash, FlashKind};
use crate::i18n::Locale;
use crate::outcome::Outcome;

/// The error or confirmation a form handler sent back with its redirect (see [`Outcome`]).
#[component]
pub fn FormOutcome(locale: Locale) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let reported = |name: &str| {
        query
            .get(name)
            .and_then(|key| Outcome::from_query(name, &key))
    };
    view! {
        {reported(Outcome::ERROR)
            .map(|outcome| {
                view! {
                    <p class="form-error" role="alert" id="form-error">
                        {locale.t(outcome.text_key())}
                    </p>
                }
            })}
        {reported(Outcome::DONE)
            .map(|outcome| {
                view! {
                    <p class="notice" role="status">
                        {locale.t(outcome.text_key())}
                    </p>
                }
            })}
    }
}

/// A labelled input. Names are also ids, unless `id` is given: a page with one field of a
/// name needs none, a page that repeats a form gives each field an id of its own.
#[component]
pub fn Field(
    #[prop(into)] label: String,
    #[prop(into)] name: String,
    #[prop(optional, into)] id: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] value: Option<String>,
    /// The form can be sent without it.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| name.clone());
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <input
                id=id
                name=name
                type=kind
                value=value
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                autocapitalize=(kind == "text").then_some("none")
                spellcheck=(kind == "text").then_some("false")
                aria-describedby=described
                required=!optional
            />
        </div>
    }
}

/// A form that posts to `action`: its fields, then one button.
#[component]
pub fn PostForm(
    action: String,
    #[prop(into)] submit: String,
    /// The button warns instead of inviting (deleting an account).
    #[prop(optional)]
    danger: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <form class="form" method="post" action=action>
            {children()}
            <button class="button" class:primary=!danger class:danger=danger type="submit">
                {submit}
            </button>
        </form>
    }
}

/// The password she already has, for signing in or confirming.
#[component]
pub fn CurrentPassword(
    locale: Locale,
    /// The field's name and id: one of a name per page.
    name: &'static str,
) -> impl IntoView {
    view! {
        <Field
            label=locale.t("account.password")
            name=name
            kind="password"
            autocomplete="current-password"
        />
    }
}

/// A password she chooses now, with the rule for it.
#[component]
pub fn NewPassword(
    locale: Locale,
    /// The field's name and id: one of a name per page.
    name: &'static str,
) -> impl IntoView {
    view! {
        <Field
            label=locale.t("account.choose_password")
            name=name
            kind="password"
            autocomplete="new-password"
            hint=locale.t("account.password_hint")
        />
    }
}

/// The "shared phone" choice at sign-in and joining: checked unless she says otherwise.
#[component]
pub fn SharedDeviceChoice(
    locale: Locale,
    /// The field's name and id.
    name: &'static str,
) -> impl IntoView {
    view! {
        <div class="field check">
            <input id=name name=name type="checkbox" value="1" checked />
            <label for=name>{locale.t("account.shared_device")}</label>
            <p class="hint">{locale.t("account.shared_device_hint")}</p>
        </div>
    }
}

/// A form whose only content is a button, for actions such as signing out.
#[component]
pub fn ButtonForm(
    action: String,
    #[prop(into)] label: String,
    #[prop(optional)] primary: bool,
) -> impl IntoView {
    view! {
        <form class="button-form" method="post" action=action>
            <button class="button" class:primary=primary type="submit">
                {label}
            </button>
        </form>
    }
}

/// A one-time code next to the account it is for, with `key`'s explanation.
#[component]
pub fn OneTimeCode(locale: Locale, key: &'static str, code: String) -> impl IntoView {
    view! {
        <p class="one-time" role="status">
            {locale.t(key)} " " <code>{code}</code>
        </p>
    }
}

/// The flash cookie's code of `kind`, if any; the cookie is cleared, so it shows once.
pub fn take_flash(kind: FlashKind) -> Option<Flash> {
    #[cfg(feature = "ssr")]
    {
        use crate::auth::cookies::{FLASH_COOKIE, cookie, expired_cookie};

        let parts = use_context::<http::request::Parts>()?;
        let value = cookie(&parts.headers, FLASH_COOKIE)?;
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.append_header(http::header::SET_COOKIE, expired_cookie(FLASH_COOKIE));
        }
        Flash::parse(value, kind)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = kind;
        None
    }
}
