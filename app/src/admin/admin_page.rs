//! The admin's page: organisations, their staff accounts, and the administrators.

use leptos::prelude::*;

use super::{OrganisationForm, StaffForm, StaffOverview, StaffRow, get_staff_overview};
use crate::address::Address;
use crate::auth::cookies::{Flash, FlashKind};
use crate::auth::{Role, viewer};
use crate::i18n::Locale;
use crate::ui::forms::{ButtonForm, Field, FormOutcome, OneTimeCode, PostForm, take_flash};
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

#[component]
pub fn AdminPage() -> impl IntoView {
    loaded_page(
        |_| get_staff_overview(),
        |locale, overview| view! { <Admin locale overview /> },
    )
}

/// Staff accounts, each with its one-time setup code when one was just made, and the means to
/// give a new code or remove the account (not for the admin's own).
#[component]
fn StaffList(
    locale: Locale,
    staff: Vec<StaffRow>,
    flash: Option<Flash>,
    me: Option<String>,
) -> impl IntoView {
    let rows = staff
        .into_iter()
        .map(|member| {
            let code = flash
                .as_ref()
                .and_then(|flash| flash.code_for(&member.id))
                .map(|code| view! { <OneTimeCode locale key="admin.setup_code" code /> });
            let state = (!member.active).then(|| locale.t("admin.not_active"));
            let manage = (me.as_deref() != Some(member.id.as_str())).then(|| {
                view! {
                    <ButtonForm action=Address::StaffCode(&member.id).at(locale) label=locale.t("admin.new_setup_code") />
                    <ButtonForm action=Address::StaffRemove(&member.id).at(locale) label=locale.t("admin.remove") />
                }
            });
            view! {
                <li>
                    <strong>{member.handle}</strong>
                    <span class="meta">
                        {locale.t(&format!("role.{}", member.role.code()))} " " {state}
                    </span>
                    {code}
                    {manage}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="rows">{rows}</ul> }
}

#[component]
fn Admin(locale: Locale, overview: StaffOverview) -> impl IntoView {
    let flash = take_flash(FlashKind::Setup);
    let me = viewer().map(|v| v.user_id);
    let options = overview
        .organisations
        .iter()
        .map(|o| view! { <option value=o.id.clone()>{o.name.clone()}</option> })
        .collect_view();
    let list = overview
        .organisations
        .into_iter()
        .map(|organisation| {
            view! {
                <li class="card">
                    <h3>{organisation.name} " (" {organisation.country} ")"</h3>
                    <StaffList
                        locale
                        staff=organisation.staff
                        flash=flash.clone()
                        me=me.clone()
                    />
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
            <section aria-labelledby="admins">
                <h2 id="admins">{locale.t("admin.admins")}</h2>
                <StaffList locale staff=overview.admins flash me />
            </section>
            <section aria-labelledby="new-organisation">
                <h2 id="new-organisation">{locale.t("admin.new_organisation")}</h2>
                <PostForm
                    action=Address::Organisations.at(locale)
                    submit=locale.t("admin.create_organisation")
                >
                    <Field label=locale.t("admin.organisation_name") name=OrganisationForm::NAME autocomplete="off" />
                    <Field
                        label=locale.t("admin.country")
                        name=OrganisationForm::COUNTRY
                        autocomplete="off"
                        hint=locale.t("admin.country_hint")
                    />
                </PostForm>
            </section>
            <section aria-labelledby="new-staff">
                <h2 id="new-staff">{locale.t("admin.new_staff")}</h2>
                <p>{locale.t("admin.new_staff_text")}</p>
                <PostForm action=Address::Staff.at(locale) submit=locale.t("admin.create_staff")>
                    <Field label=locale.t("account.handle") name=StaffForm::HANDLE autocomplete="off" />
                    <div class="field">
                        <label for=StaffForm::ROLE>{locale.t("account.role")}</label>
                        <select id=StaffForm::ROLE name=StaffForm::ROLE>
                            {roles}
                        </select>
                    </div>
                    <div class="field">
                        <label for=StaffForm::ORGANISATION>{locale.t("account.organisation")}</label>
                        <select id=StaffForm::ORGANISATION name=StaffForm::ORGANISATION>
                            <option value="">{locale.t("admin.no_organisation")}</option>
                            {options}
                        </select>
                    </div>
                </PostForm>
            </section>
        </Page>
    }
}
