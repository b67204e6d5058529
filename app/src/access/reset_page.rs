//! A new password with a one-time code from her trainer (or, for staff, the setup code).

use leptos::prelude::*;

use super::ResetForm;
use crate::address::Address;
use crate::ui::forms::{Field, FormOutcome, NewPassword, PostForm};
use crate::ui::layout::Page;
use crate::ui::loading::static_page;

#[component]
pub fn ResetPage() -> impl IntoView {
    static_page(|locale| {
        view! {
            <Page locale title=locale.t("reset.title")>
                <h1>{locale.t("reset.title")}</h1>
                <p>{locale.t("reset.intro")}</p>
                <FormOutcome locale />
                <PostForm action=Address::Reset.at(locale) submit=locale.t("reset.submit")>
                    <Field label=locale.t("account.handle") name=ResetForm::HANDLE autocomplete="username" />
                    <Field label=locale.t("reset.code") name=ResetForm::CODE autocomplete="off" />
                    <NewPassword locale name=ResetForm::PASSWORD />
                </PostForm>
            </Page>
        }
    })
}
