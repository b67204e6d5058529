//! A signed-in person's own page: who she is here, who sees her progress, her data, signing
//! out, and (for a learner) deleting her account.

use leptos::prelude::*;

use super::{AccountView, ChangePasswordForm, PasswordForm, get_account};
use crate::address::Address;
use crate::auth::Role;
use crate::i18n::Locale;
use crate::ui::forms::{ButtonForm, CurrentPassword, FormOutcome, NewPassword, PostForm};
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

#[component]
pub fn AccountPage() -> impl IntoView {
    loaded_page(
        |_| get_account(),
        |locale, account| view! { <Account locale account /> },
    )
}

#[component]
fn Account(locale: Locale, account: AccountView) -> impl IntoView {
    let who_sees = match (&account.organisation, account.role) {
        (Some(organisation), Role::Learner) => Some(locale.t_with(
            "join.who_sees",
            &[
                ("organisation", &organisation.name),
                ("country", &organisation.country),
            ],
        )),
        _ => None,
    };
    let organisation = account
        .organisation
        .as_ref()
        .map(|o| format!("{} ({})", o.name, o.country));
    let delete = (account.role == Role::Learner).then(|| {
        view! {
            <section aria-labelledby="delete-heading">
                <h2 id="delete-heading">{locale.t("account.delete_title")}</h2>
                <p>{locale.t("account.delete_text")}</p>
                <PostForm action=Address::AccountDelete.at(locale) submit=locale.t("account.delete") danger=true>
                    <CurrentPassword locale name=PasswordForm::PASSWORD />
                </PostForm>
            </section>
        }
    });
    view! {
        <Page locale title=locale.t("account.title")>
            <h1>{locale.t("account.title")}</h1>
            <FormOutcome locale />
            <dl class="facts">
                <dt>{locale.t("account.handle")}</dt>
                <dd>{account.handle}</dd>
                <dt>{locale.t("account.role")}</dt>
                <dd>{locale.t(&format!("role.{}", account.role.code()))}</dd>
                {organisation
                    .map(|organisation| {
                        view! {
                            <dt>{locale.t("account.organisation")}</dt>
                            <dd>{organisation}</dd>
                        }
                    })}
                {account
                    .cohort
                    .map(|cohort| {
                        view! {
                            <dt>{locale.t("account.cohort")}</dt>
                            <dd>{cohort}</dd>
                        }
                    })}
            </dl>
            {who_sees.map(|text| view! { <p>{text}</p> })}
            <p>
                <a class="button" href=Address::Catalogue.at(locale)>
                    {locale.t("catalogue.title")}
                </a>
            </p>
            <section aria-labelledby="data-heading">
                <h2 id="data-heading">{locale.t("account.data_title")}</h2>
                <p>{locale.t("account.data_text")}</p>
                <p>
                    <a class="button" href=Address::AccountData.at(locale) download="my-data.json">
                        {locale.t("account.download")}
                    </a>
                </p>
            </section>
            <section aria-labelledby="password-heading">
                <h2 id="password-heading">{locale.t("account.change_title")}</h2>
                <PostForm action=Address::AccountPassword.at(locale) submit=locale.t("account.change")>
                    <CurrentPassword locale name=ChangePasswordForm::CURRENT_PASSWORD />
                    <NewPassword locale name=ChangePasswordForm::NEW_PASSWORD />
                </PostForm>
            </section>
            <section aria-labelledby="sessions-heading">
                <h2 id="sessions-heading">{locale.t("account.sessions_title")}</h2>
                <p>{locale.t("account.sessions_text")}</p>
                <ButtonForm
                    action=Address::SignOutEverywhere.at(locale)
                    label=locale.t("account.sign_out_everywhere")
                />
            </section>
            {delete}
        </Page>
    }
}
