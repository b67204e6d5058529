//! Signing in: a handle, a password, and whether the phone is shared.

use leptos::prelude::*;

use super::SignInForm;
use crate::address::Address;
use crate::ui::forms::{CurrentPassword, Field, FormOutcome, PostForm, SharedDeviceChoice};
use crate::ui::layout::Page;
use crate::ui::loading::static_page;

#[component]
pub fn SignInPage() -> impl IntoView {
    static_page(|locale| {
        view! {
            <Page locale title=locale.t("account.sign_in")>
                <h1>{locale.t("account.sign_in")}</h1>
                <FormOutcome locale />
                <PostForm action=Address::SignIn.at(locale) submit=locale.t("account.sign_in")>
                    <Field label=locale.t("account.handle") name=SignInForm::HANDLE autocomplete="username" />
                    <CurrentPassword locale name=SignInForm::PASSWORD />
                    <SharedDeviceChoice locale name=SignInForm::SHARED />
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
