//! A person's own account: signing out everywhere, a new password, her data, and deleting it.

use app::account::{ChangePasswordForm, PasswordForm};
use app::address::Address;
use app::auth::cookies::{SESSION_COOKIE, cookie};
use app::auth::{Action, Viewer};
use app::error::AppError;
use app::i18n::Locale;
use app::outcome::Outcome;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::IntoResponse;
use axum::{Extension, Form, Json};

use crate::access::signed_out;
use crate::auth;
use crate::http::AppState;
use crate::http::form::{Answer, FormError, back, begin_attempt, busy, check, done, locale};
use crate::http::session::ClientAddress;
use crate::limits::Subject;

pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::SignOutEverywhere)?;
    state.db.end_all_sessions(&granted.viewer.user_id).await?;
    Ok(signed_out(locale, Outcome::SignedOutEverywhere))
}

/// Checks that `password` is the signed-in person's own, before something she cannot undo;
/// a wrong one sends her back to `page` saying so. A guess here is limited like one at
/// sign-in: a borrowed phone left signed in must not become a way to find her password.
async fn confirm_own_password(
    state: &AppState,
    user_id: &str,
    client: Subject,
    password: &str,
    locale: Locale,
    page: Address<'_>,
) -> Result<(), FormError> {
    if password.len() > auth::MAX_PASSWORD_BYTES {
        return Err(back(locale, page, Outcome::TooLong));
    }
    let credentials = state
        .db
        .credentials_of(user_id)
        .await?
        .ok_or(FormError::Refused(AppError::SignInRequired))?;
    let subjects = vec![client, Subject::account(&credentials.handle)];
    let place = state
        .accounts
        .passwords
        .reserve(&subjects)
        .map_err(busy(locale, page))?;
    let attempt = begin_attempt(state, subjects, locale, page).await?;
    let matches = place
        .verify(credentials.password_hash.as_deref(), password)
        .await
        .map_err(busy(locale, page))?;
    if !matches {
        return Err(back(locale, page, Outcome::Wrong));
    }
    Ok(state.db.attempt_succeeded(attempt).await?)
}

/// A new password, once she confirms the current one; her other sessions end.
pub async fn change_password(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(client): ClientAddress,
    viewer: Option<Extension<Viewer>>,
    headers: HeaderMap,
    Form(form): Form<ChangePasswordForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let page = Address::Account;
    let granted = check(viewer, Action::ChangeOwnPassword)?;
    if form.current_password.len() > auth::MAX_PASSWORD_BYTES {
        return Err(back(locale, page, Outcome::TooLong));
    }
    auth::check_new_password(&form.new_password).map_err(|outcome| back(locale, page, outcome))?;
    let user_id = &granted.viewer.user_id;
    confirm_own_password(
        &state,
        user_id,
        client.clone(),
        &form.current_password,
        locale,
        page,
    )
    .await?;
    let hash = state
        .accounts
        .passwords
        .hash(&[client], &form.new_password)
        .await
        .map_err(busy(locale, page))?;
    let token = cookie(&headers, SESSION_COOKIE).unwrap_or_default();
    state.db.change_password(user_id, &hash, token).await?;
    Ok(done(locale, page, Outcome::PasswordChanged))
}

/// Deletes the learner's account and everything it holds, once she confirms her password.
pub async fn delete_account(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(client): ClientAddress,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<PasswordForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let page = Address::Account;
    let granted = check(viewer, Action::DeleteOwnAccount)?;
    let user_id = &granted.viewer.user_id;
    confirm_own_password(&state, user_id, client, &form.password, locale, page).await?;
    state.db.erase_account(user_id).await?;
    tracing::info!("an account was deleted by its owner");
    Ok(signed_out(locale, Outcome::Deleted))
}

/// All the signed-in person's data, as a JSON file to download.
pub async fn export(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    locale(&lang)?;
    let granted = check(viewer, Action::ExportOwnData)?;
    let data = state.db.export_account(&granted.viewer.user_id).await?;
    let mut response = Json(data).into_response();
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"my-data.json\""),
    );
    Ok(response)
}
