//! A new password with a one-time code: a learner's from her trainer, or a new staff member's
//! setup code from the admin.

use app::access::ResetForm;
use app::address::Address;
use app::outcome::Outcome;
use axum::Form;
use axum::extract::{Path, State};

use crate::auth;
use crate::http::AppState;
use crate::http::form::{Answer, back, begin_attempt, busy, done, locale};
use crate::http::session::ClientAddress;
use crate::limits::Subject;

/// Sets a new password with a one-time code from a trainer (or, for staff, the setup code).
/// The code is checked before the new password is hashed: a wrong code costs no hashing.
pub async fn reset(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(client): ClientAddress,
    Form(form): Form<ResetForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let page = Address::Reset;
    let handle = form.handle.trim();
    if handle.is_empty() || form.code.trim().is_empty() || form.password.is_empty() {
        return Err(back(locale, page, Outcome::Missing));
    }
    if handle.len() > 128 || form.code.len() > 64 {
        return Err(back(locale, page, Outcome::TooLong));
    }
    auth::check_new_password(&form.password).map_err(|outcome| back(locale, page, outcome))?;
    let subjects = vec![client, Subject::account(handle)];
    let place = state
        .accounts
        .passwords
        .reserve(&subjects)
        .map_err(busy(locale, page))?;
    let attempt = begin_attempt(&state, subjects, locale, page).await?;
    let code = auth::normalise_code(&form.code);
    let credentials = state.db.credentials(handle).await?;
    let Some(credentials) = credentials else {
        return Err(back(locale, page, Outcome::ResetInvalid));
    };
    let fits = state
        .db
        .reset_code_fits(&credentials.user_id, &code)
        .await?;
    if !fits {
        return Err(back(locale, page, Outcome::ResetInvalid));
    }
    let hash = place
        .hash(&form.password)
        .await
        .map_err(busy(locale, page))?;
    let redeemed = state
        .db
        .redeem_reset_code(&credentials.user_id, &code, &hash)
        .await?;
    if !redeemed {
        // Used up by a parallel request a moment ago.
        return Err(back(locale, page, Outcome::ResetInvalid));
    }
    state.db.attempt_succeeded(attempt).await?;
    Ok(done(locale, Address::SignIn, Outcome::PasswordSet))
}
