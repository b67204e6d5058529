//! The admin's forms: organisations and staff accounts.

use app::address::Address;
use app::admin::{OrganisationForm, StaffForm};
use app::auth::cookies::{Flash, FlashKind};
use app::auth::{Action, Granted, Role, Viewer};
use app::error::AppError;
use app::outcome::Outcome;
use axum::extract::{Path, State};
use axum::{Extension, Form};

use super::store::NewAccount;
use crate::auth;
use crate::db::CreateError;
use crate::http::AppState;
use crate::http::form::{Answer, FormError, back, check, done, locale, valid_name, with_flash};

pub async fn create_organisation(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<OrganisationForm>,
) -> Answer {
    let locale = locale(&lang)?;
    check(viewer, Action::CreateOrganisation)?;
    let page = Address::Admin;
    let name = valid_name(&form.name).ok_or_else(|| back(locale, page, Outcome::NameInvalid))?;
    // An organisation's name is printed on its learners' certificates, which employers read
    // and anyone may see on her phone.
    if courses::reveals_programme(name).is_some() {
        return Err(back(locale, page, Outcome::NameRevealing));
    }
    let country = form.country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(back(locale, page, Outcome::CountryInvalid));
    }
    match state.db.create_organisation(name, &country).await {
        Ok(_) => Ok(done(locale, page, Outcome::OrganisationCreated)),
        Err(CreateError::Taken) => Err(back(locale, page, Outcome::NameTaken)),
        Err(CreateError::Store(error)) => Err(error.into()),
    }
}

/// Creates a staff account without a password, and shows the admin its one-time setup code.
pub async fn create_staff(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<StaffForm>,
) -> Answer {
    let locale = locale(&lang)?;
    check(viewer, Action::CreateStaffAccount)?;
    let page = Address::Admin;
    let handle = form.handle.trim();
    if !auth::valid_handle(handle) {
        return Err(back(locale, page, Outcome::HandleInvalid));
    }
    let Some(role) = Role::from_code(&form.role).filter(|r| r.is_staff()) else {
        return Err(back(locale, page, Outcome::Missing));
    };
    let organisation = Some(form.organisation.as_str()).filter(|o| !o.is_empty());
    match organisation {
        Some(id) if !state.db.organisation_exists(id).await? => {
            return Err(back(locale, page, Outcome::OrganisationMissing));
        }
        None if role != Role::Admin => {
            return Err(back(locale, page, Outcome::OrganisationMissing));
        }
        _ => {}
    }
    let account = NewAccount {
        handle,
        role,
        organisation_id: organisation,
        password_hash: None,
    };
    let id = match state.db.create_account(account).await {
        Ok(id) => id,
        Err(CreateError::Taken) => return Err(back(locale, page, Outcome::HandleTaken)),
        Err(CreateError::Store(error)) => return Err(error.into()),
    };
    let code = state.db.issue_reset_code(&id).await?;
    let flash = Flash {
        kind: FlashKind::Setup,
        account: id,
        code,
    };
    Ok(with_flash(&state, &flash, page.at(locale)))
}

/// Checks that `id` is another staff account: an admin manages staff, not learners, and does
/// not lock herself out.
async fn other_staff(state: &AppState, granted: &Granted, id: &str) -> Result<(), FormError> {
    let role = state.db.staff_role(id).await?;
    if role.is_none() || id == granted.viewer.user_id {
        return Err(FormError::Refused(AppError::NotFound));
    }
    Ok(())
}

/// A new one-time setup code for a staff member who lost her password; her sessions end.
pub async fn reset_staff_password(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::ResetStaffPassword)?;
    other_staff(&state, &granted, &id).await?;
    state.db.end_all_sessions(&id).await?;
    let code = state.db.issue_reset_code(&id).await?;
    let flash = Flash {
        kind: FlashKind::Setup,
        account: id,
        code,
    };
    Ok(with_flash(&state, &flash, Address::Admin.at(locale)))
}

/// Removes a staff account (someone who left the organisation) and everything it owns.
pub async fn remove_staff(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::RemoveStaffAccount)?;
    other_staff(&state, &granted, &id).await?;
    state.db.erase_account(&id).await?;
    Ok(done(locale, Address::Admin, Outcome::StaffRemoved))
}
