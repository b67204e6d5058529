//! Joining a group: the code first; then, once she has read who will see her, a handle and a
//! password. The code travels in a cookie, never in the address.

use leptos::prelude::*;

use super::{JoinForm, JoinPreview, get_join_preview};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::forms::{ButtonForm, Field, FormOutcome, NewPassword, PostForm, SharedDeviceChoice};
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

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
                    name=JoinForm::CODE
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
                        name=JoinForm::HANDLE
                        autocomplete="username"
                        hint=locale.t("account.handle_hint")
                    />
                    <NewPassword locale name=JoinForm::PASSWORD />
                    <SharedDeviceChoice locale name=JoinForm::SHARED />
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
