//! Getting in: sign in, join a cohort with a code, set a new password with a reset code.
//! Every form posts to its own address; the server answers with a redirect.

use leptos::prelude::*;

use super::{JoinPreview, get_join_preview};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::forms::{
    ButtonForm, CurrentPassword, Field, FormOutcome, NewPassword, PostForm, SharedDeviceChoice,
};
use crate::ui::layout::Page;
use crate::ui::loading::{loaded_page, static_page};

#[component]
pub fn SignInPage() -> impl IntoView {
    static_page(|locale| {
        view! {
            <Page locale title=locale.t("account.sign_in")>
                <h1>{locale.t("account.sign_in")}</h1>
                <FormOutcome locale />
                <PostForm action=Address::SignIn.at(locale) submit=locale.t("account.sign_in")>
                    <Field label=locale.t("account.handle") name="handle" autocomplete="username" />
                    <CurrentPassword locale />
                    <SharedDeviceChoice locale />
                </PostForm>
                <p>
                    {locale.t("account.no_account")} " "
                    <a href=Address::Join.at(locale)>{locale.t("join.link")}</a>
                </p>
                <p>
                    {locale.t("account.forgot")} " "
                    <a href=Address::Reset.at(locale)>{locale.t("reset.link")}</a>
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
    let action = Address::Join.at(locale);
    let step = match preview {
        None => view! {
            <p>{locale.t("join.intro")}</p>
            <PostForm action submit=locale.t("join.continue")>
                <Field
                    label=locale.t("join.code")
                    name="code"
                    autocomplete="off"
                    hint=locale.t("join.code_hint")
                />
            </PostForm>
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
                <PostForm action submit=locale.t("join.create")>
                    <Field
                        label=locale.t("account.choose_handle")
                        name="handle"
                        autocomplete="username"
                        hint=locale.t("account.handle_hint")
                    />
                    <NewPassword locale />
                    <SharedDeviceChoice locale />
                </PostForm>
                <ButtonForm action=Address::JoinAnotherCode.at(locale) label=locale.t("join.another_code") />
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
                <PostForm action=Address::Reset.at(locale) submit=locale.t("reset.submit")>
                    <Field label=locale.t("account.handle") name="handle" autocomplete="username" />
                    <Field label=locale.t("reset.code") name="code" autocomplete="off" />
                    <NewPassword locale />
                </PostForm>
            </Page>
        }
    })
}
