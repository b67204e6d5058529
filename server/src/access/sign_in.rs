//! Signing in and out.

use app::access::SignInForm;
use app::address::Address;
use app::auth::cookies::{DEVICE_COOKIE, SESSION_COOKIE, cookie, expired_cookie, set_cookie};
use app::i18n::Locale;
use app::outcome::Outcome;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};

use crate::auth;
use crate::auth::KNOWN_DEVICE_SECONDS;
use crate::http::AppState;
use crate::http::form::{Answer, back, begin_attempt, busy, done, locale};
use crate::http::session::{ClientAddress, clear_cache, session_cookie, with_cookie};
use crate::languages::{forgotten, signed_in_languages};
use crate::limits::Subject;

/// Starts a session for `user_id` (a new token every time) and sends her on to `to`, ending
/// the session the browser came with, if any.
pub(super) async fn signed_in(
    state: &AppState,
    headers: &HeaderMap,
    user_id: &str,
    shared: bool,
    to: String,
) -> Answer {
    if let Some(old) = cookie(headers, SESSION_COOKIE) {
        state.db.end_session(old).await?;
    }
    let session = state.db.start_session(user_id, shared).await?;
    let cookie = session_cookie(
        &session.token,
        session.shared_device,
        state.accounts.secure_cookies,
    );
    Ok(with_cookie(Redirect::to(&to).into_response(), cookie))
}

/// Signed out: the cookie removed, and the browser told to drop what it cached of the site.
pub(crate) fn signed_out(locale: Locale, outcome: Outcome) -> Response {
    let response = done(locale, Address::SignIn, outcome);
    let response = forgotten().into_iter().fold(response, with_cookie);
    let mut response = with_cookie(response, expired_cookie(SESSION_COOKIE));
    clear_cache(&mut response);
    response
}

pub async fn sign_in(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(client): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let page = Address::SignIn;
    let handle = form.handle.trim();
    if handle.is_empty() || form.password.is_empty() {
        return Err(back(locale, page, Outcome::Missing));
    }
    if form.password.len() > auth::MAX_PASSWORD_BYTES || handle.len() > 128 {
        return Err(back(locale, page, Outcome::TooLong));
    }
    // An unknown handle costs the same work and gets the same answer as a wrong password.
    let credentials = state.db.credentials(handle).await?;
    // On a phone she signed in with before, guesses at her account from elsewhere do not
    // hold her up: only her address's own count applies.
    let device = cookie(&headers, DEVICE_COOKIE);
    let known = match (&credentials, device) {
        (Some(credentials), Some(token)) => {
            state
                .db
                .is_known_device(&credentials.user_id, token)
                .await?
        }
        _ => false,
    };
    let mut subjects = vec![client];
    if !known {
        subjects.push(Subject::account(handle));
    }
    // A place in the hasher's queue first: when there is none, the answer costs nothing more.
    let place = state
        .accounts
        .passwords
        .reserve(&subjects)
        .map_err(busy(locale, page))?;
    let attempt = begin_attempt(&state, subjects, locale, page).await?;
    let stored = credentials
        .as_ref()
        .and_then(|c| c.password_hash.as_deref());
    let matches = place
        .verify(stored, &form.password)
        .await
        .map_err(busy(locale, page))?;
    let Some(credentials) = credentials.filter(|_| matches) else {
        return Err(back(locale, page, Outcome::Wrong));
    };
    state.db.attempt_succeeded(attempt).await?;
    // Her languages follow her account: her home opens in hers.
    let (locale, language_cookies) =
        signed_in_languages(&state, &credentials.user_id, &credentials.languages, locale).await?;
    let to = credentials.role.home().at(locale);
    let shared = form.shared.is_some();
    let response = signed_in(&state, &headers, &credentials.user_id, shared, to).await?;
    let response = language_cookies.into_iter().fold(response, with_cookie);
    // Her own phone is remembered; a shared one never is.
    if let Some(token) = device.filter(|_| known) {
        state.db.device_used(&credentials.user_id, token).await?;
        return Ok(response);
    }
    if shared {
        return Ok(response);
    }
    let token = state.db.remember_device(&credentials.user_id).await?;
    let cookie = set_cookie(
        DEVICE_COOKIE,
        &token,
        Some(KNOWN_DEVICE_SECONDS),
        state.accounts.secure_cookies,
    );
    Ok(with_cookie(response, cookie))
}

pub async fn sign_out(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Answer {
    let locale = locale(&lang)?;
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        state.db.end_session(token).await?;
    }
    Ok(signed_out(locale, Outcome::SignedOut))
}
