//! How form handlers answer: with a redirect (Post/Redirect/Get) on to the next page or back
//! to the form with an [`Outcome`], or with a [`FormError`] that they return with `?`.
//!
//! A refusal (403, 404, 429, 503) is never bare text: its response carries the error as a
//! [`Refusal`], which `http::refusal` turns into a full page in her language, with the frame
//! and the quick exit. Storage errors are logged here, once, with their cause.

use app::address::Address;
use app::auth::cookies::Flash;
use app::auth::{Action, Granted, Viewer, authorize};
use app::error::AppError;
use app::i18n::Locale;
use app::outcome::Outcome;
use app::store::StoreError;
use axum::Extension;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use crate::auth::Busy;
use crate::limits::{Attempt, Subject};

/// A handler's answer: the redirect or page that ends the request.
pub type Answer = Result<Response, FormError>;

/// Why a form handler stopped short.
#[derive(Debug)]
pub enum FormError {
    /// Back to a form, or on to a page, with an answer already made.
    Redirect(Box<Response>),
    /// Refused: a full page in her language says why.
    Refused(AppError),
    /// Storage failed: she is asked to try again later; the log has the cause.
    Store(StoreError),
}

impl From<StoreError> for FormError {
    fn from(error: StoreError) -> Self {
        FormError::Store(error)
    }
}

impl From<AppError> for FormError {
    fn from(error: AppError) -> Self {
        FormError::Refused(error)
    }
}

/// A refusal waiting to be shown as a page (see `http::refusal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal(pub AppError);

/// The response of a refusal, for `http::refusal` to fill with a page.
pub fn refusal(error: AppError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::FORBIDDEN);
    let mut response = status.into_response();
    response.extensions_mut().insert(Refusal(error));
    response
}

impl IntoResponse for FormError {
    fn into_response(self) -> Response {
        match self {
            FormError::Redirect(response) => *response,
            FormError::Refused(error) => refusal(error),
            FormError::Store(error) => {
                error.report("handling a form");
                refusal(AppError::Unavailable)
            }
        }
    }
}

/// The language of a form's address; any other address does not exist.
pub fn locale(lang: &str) -> Result<Locale, FormError> {
    Locale::from_code(lang).ok_or(FormError::Refused(AppError::NotFound))
}

/// An id from a form's address; anything that cannot be one names nothing (see
/// [`courses::is_valid_id`]).
pub fn id(text: &str) -> Result<&str, FormError> {
    Ok(app::model::id(text)?)
}

/// Back to a form with what went wrong.
pub fn back(locale: Locale, form: Address<'_>, outcome: Outcome) -> FormError {
    FormError::Redirect(Box::new(done(locale, form, outcome)))
}

/// On to a page with what was done.
pub fn done(locale: Locale, page: Address<'_>, outcome: Outcome) -> Response {
    Redirect::to(&page.with(locale, outcome)).into_response()
}

/// On to a page.
pub fn to(locale: Locale, page: Address<'_>) -> Response {
    Redirect::to(&page.at(locale)).into_response()
}

/// Checks `action` against the policy for the person asking.
pub fn check(viewer: Option<Extension<Viewer>>, action: Action) -> Result<Granted, FormError> {
    Ok(authorize(viewer.map(|v| v.0), action)?)
}

/// The hasher's queue is full: back to the form, to try again in a moment.
pub fn busy(locale: Locale, form: Address<'_>) -> impl Fn(Busy) -> FormError + '_ {
    move |_| back(locale, form, Outcome::Busy)
}

/// Claims an attempt at a secret for `subjects` before any work is done; a subject that
/// tried too often lately is sent back at once, told to wait.
pub async fn begin_attempt(
    state: &AppState,
    subjects: Vec<Subject>,
    locale: Locale,
    form: Address<'_>,
) -> Result<Attempt, FormError> {
    state
        .db
        .begin_attempt(subjects)
        .await?
        .map_err(|_| back(locale, form, Outcome::Wait))
}

/// A display name: 1 to 80 characters once trimmed, none of them a control character or a
/// direction override (which would turn around the text shown after the name).
pub fn valid_name(name: &str) -> Option<&str> {
    let name = name.trim();
    let sized = (1..=80).contains(&name.chars().count());
    (sized && !courses::has_hidden_controls(name)).then_some(name)
}

/// A redirect carrying a one-time code for the next page to show once.
pub fn with_flash(state: &AppState, flash: &Flash, to: String) -> Response {
    let cookie = super::session::brief_cookie(
        app::auth::cookies::FLASH_COOKIE,
        &flash.value(),
        300,
        state.accounts.secure_cookies,
    );
    super::session::with_cookie(Redirect::to(&to).into_response(), cookie)
}
