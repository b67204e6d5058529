//! Joining a cohort with a code: the code first (kept in a cookie), then a handle and password.

use app::access::JoinForm;
use app::address::Address;
use app::auth::Role;
use app::auth::cookies::{JOIN_COOKIE, cookie, expired_cookie};
use app::i18n::Locale;
use app::outcome::Outcome;
use app::store::CodeCheck;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::HeaderMap;

use super::sign_in::signed_in;
use super::store::JoinError;
use crate::auth;
use crate::http::AppState;
use crate::http::form::{Answer, FormError, back, begin_attempt, busy, done, locale, to};
use crate::http::session::{ClientAddress, brief_cookie, with_cookie};
use crate::languages::{Languages, signed_in_languages};
use crate::limits::Subject;

/// Joining takes two posts: the code (kept in a short-lived cookie, never the URL), then,
/// once she has read which organisation will see her, her handle and password. Each post
/// tests the code (a cookie can be forged as easily as a form), and no password is hashed
/// before the code fits.
pub async fn join(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(client): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<JoinForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let page = Address::Join;
    if !form.code.trim().is_empty() {
        let code = auth::normalise_code(&form.code);
        join_code_fits(&state, &code, &client, locale).await?;
        let cookie = brief_cookie(JOIN_COOKIE, &code, 30 * 60, state.accounts.secure_cookies);
        return Ok(with_cookie(to(locale, page), cookie));
    }
    let Some(code) = cookie(&headers, JOIN_COOKIE).map(auth::normalise_code) else {
        return Err(back(locale, page, Outcome::CodeInvalid));
    };
    let handle = form.handle.trim();
    if handle.is_empty() || form.password.is_empty() {
        return Err(back(locale, page, Outcome::Missing));
    }
    if !auth::valid_handle(handle) {
        return Err(back(locale, page, Outcome::HandleInvalid));
    }
    auth::check_new_password(&form.password).map_err(|outcome| back(locale, page, outcome))?;
    join_code_fits(&state, &code, &client, locale).await?;
    // Whether a handle is taken says whether someone uses it: asking is an attempt too, and
    // it is asked before any hashing.
    let attempt = begin_attempt(&state, vec![client.clone()], locale, page).await?;
    let taken = state.db.credentials(handle).await?.is_some();
    if taken {
        return Err(back(locale, page, Outcome::HandleTaken));
    }
    let hash = state
        .accounts
        .passwords
        .hash(&[client], &form.password)
        .await
        .map_err(busy(locale, page))?;
    let user_id = match state.db.join(&code, handle, &hash).await {
        Ok(user_id) => user_id,
        Err(JoinError::HandleTaken) => return Err(back(locale, page, Outcome::HandleTaken)),
        Err(JoinError::CodeInvalid) => return Err(code_invalid(locale)),
        Err(JoinError::Store(error)) => return Err(error.into()),
    };
    state.db.attempt_succeeded(attempt).await?;
    // The language she joined in becomes her account's.
    let (locale, language_cookies) =
        signed_in_languages(&state, &user_id, &Languages::default(), locale).await?;
    let response = signed_in(
        &state,
        &headers,
        &user_id,
        form.shared.is_some(),
        Role::Learner.home().at(locale),
    )
    .await?;
    let response = language_cookies.into_iter().fold(response, with_cookie);
    Ok(with_cookie(response, expired_cookie(JOIN_COOKIE)))
}

/// Tests a join code for `client`; a code that does not fit is forgotten by the browser.
async fn join_code_fits(
    state: &AppState,
    code: &str,
    client: &Subject,
    locale: Locale,
) -> Result<(), FormError> {
    match state.db.check_join_code(code, client).await? {
        CodeCheck::Fits(_) => Ok(()),
        CodeCheck::DoesNotFit => Err(code_invalid(locale)),
        CodeCheck::Wait => Err(back(locale, Address::Join, Outcome::Wait)),
    }
}

/// Back to the join form, the code that did not fit forgotten.
fn code_invalid(locale: Locale) -> FormError {
    FormError::Redirect(Box::new(with_cookie(
        done(locale, Address::Join, Outcome::CodeInvalid),
        expired_cookie(JOIN_COOKIE),
    )))
}

/// Forgets the join code typed in this browser, for a learner who typed the wrong one (or the
/// next person on a shared phone).
pub async fn forget_join_code(Path(lang): Path<String>) -> Answer {
    let locale = locale(&lang)?;
    let response = to(locale, Address::Join);
    Ok(with_cookie(response, expired_cookie(JOIN_COOKIE)))
}
