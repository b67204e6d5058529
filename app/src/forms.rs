//! Plain HTML forms: they post to the server, which answers with a redirect (Post/Redirect/Get),
//! so they work the same with and without JavaScript. An outcome comes back as a message key in
//! the query (`?error=wrong`), never as personal data.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::Locale;

/// Outcomes a form handler may report, each a text under `form.` in the locale files. Any other
/// value in the query is ignored, so a crafted link cannot put words on the page.
pub const OUTCOMES: [&str; 24] = [
    "wrong",
    "wait",
    "busy",
    "too_long",
    "missing",
    "handle_invalid",
    "handle_taken",
    "password_short",
    "code_invalid",
    "reset_invalid",
    "name_invalid",
    "name_taken",
    "number_invalid",
    "country_invalid",
    "organisation_missing",
    "signed_out",
    "signed_out_everywhere",
    "password_set",
    "deleted",
    "cohort_created",
    "code_created",
    "organisation_created",
    "staff_removed",
    "password_changed",
];

/// The error or confirmation a form handler sent back with its redirect.
#[component]
pub fn FormOutcome(locale: Locale) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let error = query.get("error");
    let done = query.get("done");
    let known = |key: Option<String>| key.filter(|key| OUTCOMES.contains(&key.as_str()));
    view! {
        {known(error)
            .map(|key| {
                view! {
                    <p class="form-error" role="alert" id="form-error">
                        {locale.t(&format!("form.{key}"))}
                    </p>
                }
            })}
        {known(done)
            .map(|key| {
                view! {
                    <p class="notice" role="status">
                        {locale.t(&format!("form.{key}"))}
                    </p>
                }
            })}
    }
}

/// A labelled input. Names are also ids: one field of a name per page.
#[component]
pub fn Field(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] value: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=name>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <input
                id=name
                name=name
                type=kind
                value=value
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                autocapitalize=(kind == "text").then_some("none")
                spellcheck=(kind == "text").then_some("false")
                aria-describedby=described
                required
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
    #[prop(default = "password")]
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
    #[prop(default = "password")]
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
pub fn SharedDeviceChoice(locale: Locale) -> impl IntoView {
    view! {
        <div class="field check">
            <input id="shared" name="shared" type="checkbox" value="1" checked />
            <label for="shared">{locale.t("account.shared_device")}</label>
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

/// A one-time code the server handed over in the flash cookie, to show once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    /// `reset` (a learner's password) or `setup` (a staff account's).
    pub kind: String,
    pub account: String,
    pub code: String,
}

impl Flash {
    /// The code, if it was made for `account`.
    pub fn code_for(&self, account: &str) -> Option<String> {
        (self.account == account).then(|| self.code.clone())
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
pub fn take_flash(kind: &str) -> Option<Flash> {
    #[cfg(feature = "ssr")]
    {
        let parts = use_context::<http::request::Parts>()?;
        let value = crate::auth::cookie(&parts.headers, crate::auth::FLASH_COOKIE)?;
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.append_header(
                http::header::SET_COOKIE,
                crate::auth::expired_cookie(crate::auth::FLASH_COOKIE),
            );
        }
        let mut pieces = value.splitn(3, '.');
        let flash = Flash {
            kind: pieces.next()?.to_string(),
            account: pieces.next()?.to_string(),
            code: pieces.next()?.to_string(),
        };
        (flash.kind == kind).then_some(flash)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = kind;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outcome_a_handler_can_report_has_a_text_in_every_language() {
        for locale in Locale::ALL {
            for outcome in OUTCOMES {
                let key = format!("form.{outcome}");
                assert_ne!(locale.t(&key), key, "{locale:?} lacks {key}");
            }
        }
    }
}
