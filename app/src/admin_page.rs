//! The admin's page: organisations and their staff accounts.

use leptos::prelude::*;

use crate::api::list_organisations;
use crate::auth::Role;
use crate::forms::{Field, FormOutcome, take_flash};
use crate::i18n::Locale;
use crate::layout::{Page, at, loaded_page};
use crate::model::OrganisationView;

#[component]
pub fn AdminPage() -> impl IntoView {
    loaded_page(
        |_| list_organisations(),
        |locale, organisations| view! { <Admin locale organisations /> },
    )
}

#[component]
fn Admin(locale: Locale, organisations: Vec<OrganisationView>) -> impl IntoView {
    let flash = take_flash().filter(|(kind, _, _)| kind == "setup");
    let options = organisations
        .iter()
        .map(|o| view! { <option value=o.id.clone()>{o.name.clone()}</option> })
        .collect_view();
    let list = organisations
        .into_iter()
        .map(|organisation| {
            let staff = organisation
                .staff
                .into_iter()
                .map(|member| {
                    let code = flash.as_ref().filter(|(_, id, _)| *id == member.id).map(
                        |(_, _, code)| {
                            view! {
                                <p class="one-time" role="status">
                                    {locale.t("admin.setup_code")} " " <code>{code.clone()}</code>
                                </p>
                            }
                        },
                    );
                    let state = (!member.active).then(|| locale.t("admin.not_active"));
                    view! {
                        <li>
                            <strong>{member.handle}</strong>
                            <span class="meta">
                                {locale.t(&format!("role.{}", member.role.code()))} " "
                                {state}
                            </span>
                            {code}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="card">
                    <h3>{organisation.name} " (" {organisation.country} ")"</h3>
                    <ul class="rows">{staff}</ul>
                </li>
            }
        })
        .collect_view();
    let roles = Role::ALL
        .into_iter()
        .filter(|role| role.is_staff())
        .map(|role| {
            view! { <option value=role.code()>{locale.t(&format!("role.{}", role.code()))}</option> }
        })
        .collect_view();
    view! {
        <Page locale title=locale.t("admin.title")>
            <h1>{locale.t("admin.title")}</h1>
            <FormOutcome locale />
            <ul class="cards">{list}</ul>
            <section aria-labelledby="new-organisation">
                <h2 id="new-organisation">{locale.t("admin.new_organisation")}</h2>
                <form class="form" method="post" action=at(locale, "admin/organisations")>
                    <Field label=locale.t("admin.organisation_name") name="name" autocomplete="off" />
                    <Field
                        label=locale.t("admin.country")
                        name="country"
                        autocomplete="off"
                        hint=locale.t("admin.country_hint")
                    />
                    <button class="button primary" type="submit">
                        {locale.t("admin.create_organisation")}
                    </button>
                </form>
            </section>
            <section aria-labelledby="new-staff">
                <h2 id="new-staff">{locale.t("admin.new_staff")}</h2>
                <p>{locale.t("admin.new_staff_text")}</p>
                <form class="form" method="post" action=at(locale, "admin/staff")>
                    <Field label=locale.t("account.handle") name="handle" autocomplete="off" />
                    <div class="field">
                        <label for="role">{locale.t("account.role")}</label>
                        <select id="role" name="role">
                            {roles}
                        </select>
                    </div>
                    <div class="field">
                        <label for="organisation">{locale.t("account.organisation")}</label>
                        <select id="organisation" name="organisation">
                            <option value="">{locale.t("admin.no_organisation")}</option>
                            {options}
                        </select>
                    </div>
                    <button class="button primary" type="submit">
                        {locale.t("admin.create_staff")}
                    </button>
                </form>
            </section>
        </Page>
    }
}
