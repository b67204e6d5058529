//! Getting in: sign in, join a cohort with a code, set a new password with a reset code.
//! Every form posts to its own address; the server answers with a redirect.

use leptos::prelude::*;

use crate::api::get_join_preview;
use crate::forms::{Field, FormOutcome, SharedDeviceChoice};
use crate::i18n::Locale;
use crate::layout::{Page, at, loaded_page, static_page};
use crate::model::JoinPreview;

#[component]
pub fn SignInPage() -> impl IntoView {
    static_page(|locale| {
        view! {
            <Page locale title=locale.t("account.sign_in")>
                <h1>{locale.t("account.sign_in")}</h1>
                <FormOutcome locale />
                <form class="form" method="post" action=at(locale, "sign-in")>
                    <Field label=locale.t("account.handle") name="handle" autocomplete="username" />
                    <Field
                        label=locale.t("account.password")
                        name="password"
                        kind="password"
                        autocomplete="current-password"
                    />
                    <SharedDeviceChoice locale />
                    <button class="button primary" type="submit">
                        {locale.t("account.sign_in")}
                    </button>
                </form>
                <p>
                    {locale.t("account.no_account")} " "
                    <a href=at(locale, "join")>{locale.t("join.link")}</a>
                </p>
                <p>
                    {locale.t("account.forgot")} " "
                    <a href=at(locale, "reset")>{locale.t("reset.link")}</a>
                </p>
            </Page>
        }
    })
}

#[component]
pub fn JoinPage() -> impl IntoView {
    loaded_page(
        |_| get_join_preview(),
        |locale, preview| view! { <Join locale preview /> },
    )
}

#[component]
fn Join(locale: Locale, preview: Option<JoinPreview>) -> impl IntoView {
    let action = at(locale, "join");
    let step = match preview {
        None => view! {
            <p>{locale.t("join.intro")}</p>
            <form class="form" method="post" action=action>
                <Field
                    label=locale.t("join.code")
                    name="code"
                    autocomplete="off"
                    hint=locale.t("join.code_hint")
                />
                <button class="button primary" type="submit">
                    {locale.t("join.continue")}
                </button>
            </form>
        }
        .into_any(),
        Some(preview) => {
            let who = locale.t_with(
                "join.who_sees",
                &[
                    ("organisation", &preview.organisation.name),
                    ("country", &preview.organisation.country),
                ],
            );
            view! {
                <div class="consent" role="note">
                    <p>{locale.t_with("join.cohort", &[("cohort", &preview.cohort)])}</p>
                    <p>
                        <strong>{who}</strong>
                    </p>
                    <p>{locale.t("join.no_personal_data")}</p>
                </div>
                <form class="form" method="post" action=action>
                    <Field
                        label=locale.t("account.choose_handle")
                        name="handle"
                        autocomplete="username"
                        hint=locale.t("account.handle_hint")
                    />
                    <Field
                        label=locale.t("account.choose_password")
                        name="password"
                        kind="password"
                        autocomplete="new-password"
                        hint=locale.t("account.password_hint")
                    />
                    <SharedDeviceChoice locale />
                    <button class="button primary" type="submit">
                        {locale.t("join.create")}
                    </button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <Page locale title=locale.t("join.title")>
            <h1>{locale.t("join.title")}</h1>
            <FormOutcome locale />
            {step}
        </Page>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    static_page(|locale| {
        view! {
            <Page locale title=locale.t("reset.title")>
                <h1>{locale.t("reset.title")}</h1>
                <p>{locale.t("reset.intro")}</p>
                <FormOutcome locale />
                <form class="form" method="post" action=at(locale, "reset")>
                    <Field label=locale.t("account.handle") name="handle" autocomplete="username" />
                    <Field label=locale.t("reset.code") name="code" autocomplete="off" />
                    <Field
                        label=locale.t("account.choose_password")
                        name="password"
                        kind="password"
                        autocomplete="new-password"
                        hint=locale.t("account.password_hint")
                    />
                    <button class="button primary" type="submit">
                        {locale.t("reset.submit")}
                    </button>
                </form>
            </Page>
        }
    })
}
