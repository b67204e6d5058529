//! What the platform's forms post to. Each handler checks who is asking against the policy
//! table, validates the input, does the work, and answers with a redirect (Post/Redirect/Get):
//! to the next page, or back to the form with the key of a message in the person's language.

// Handlers answer `Result<Response, Response>`, axum's idiom for early exits: one response per
// request, moved once, so its size does not matter here.
#![allow(clippy::result_large_err)]

use app::auth::{
    Action, FLASH_COOKIE, Granted, JOIN_COOKIE, Role, SESSION_COOKIE, Viewer, authorize, cookie,
    expired_cookie,
};
use app::error::AppError;
use app::i18n::Locale;
use app::store::{CodeCheck, StoreError};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form, Json};
use serde::Deserialize;

use super::AppState;
use super::session::{ClientAddress, brief_cookie, clear_cache, session_cookie, with_cookie};
use crate::auth::{self, Busy};
use crate::db::{CreateError, JoinError, NewAccount};
use crate::limits::{Attempt, Subject};

/// A handler's answer either way: the redirect or page that ends the request.
type Answer = Result<Response, Response>;

fn locale(lang: &str) -> Result<Locale, Response> {
    Locale::from_code(lang).ok_or_else(|| StatusCode::NOT_FOUND.into_response())
}

fn at(locale: Locale, rest: &str) -> String {
    format!("/{}/{rest}", locale.code())
}

/// Back to a form with the key of what went wrong.
fn back(locale: Locale, page: &str, error: &str) -> Response {
    Redirect::to(&format!("{}?error={error}", at(locale, page))).into_response()
}

/// On to a page with the key of what was done.
fn done(locale: Locale, page: &str, outcome: &str) -> Response {
    Redirect::to(&format!("{}?done={outcome}", at(locale, page))).into_response()
}

/// The answer to a request that may not go ahead, in the person's language.
fn refusal(locale: Locale, error: AppError) -> Response {
    if error == AppError::SignInRequired {
        return Redirect::to(&at(locale, "sign-in")).into_response();
    }
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::FORBIDDEN);
    (status, locale.t(error.message_key())).into_response()
}

fn unavailable(locale: Locale) -> impl Fn(StoreError) -> Response {
    move |error| {
        tracing::error!(%error, "storage failed while handling a form");
        refusal(locale, AppError::Unavailable)
    }
}

fn check(
    viewer: Option<Extension<Viewer>>,
    action: Action,
    locale: Locale,
) -> Result<Granted, Response> {
    authorize(viewer.map(|v| v.0), action).map_err(|error| refusal(locale, error))
}

/// Where a person goes after signing in.
fn home(locale: Locale, role: Role) -> String {
    match role {
        Role::Learner => format!("/{}", locale.code()),
        Role::Trainer => at(locale, "trainer"),
        Role::Admin => at(locale, "admin"),
        Role::Partner => at(locale, "account"),
    }
}

/// Starts a session for `user_id` (a new token every time) and sends her on to `to`, ending
/// the session the browser came with, if any.
async fn signed_in(
    state: &AppState,
    headers: &HeaderMap,
    user_id: &str,
    shared: bool,
    to: String,
    locale: Locale,
) -> Answer {
    if let Some(old) = cookie(headers, SESSION_COOKIE) {
        state
            .db
            .end_session(old)
            .await
            .map_err(unavailable(locale))?;
    }
    let session = state
        .db
        .start_session(user_id, shared)
        .await
        .map_err(unavailable(locale))?;
    let cookie = session_cookie(
        &session.token,
        session.shared_device,
        state.accounts.secure_cookies,
    );
    Ok(with_cookie(Redirect::to(&to).into_response(), cookie))
}

/// Signed out: the cookie removed, and the browser told to drop what it cached of the site.
fn signed_out(locale: Locale, outcome: &str) -> Response {
    let response = done(locale, "sign-in", outcome);
    let mut response = with_cookie(response, expired_cookie(SESSION_COOKIE));
    clear_cache(&mut response);
    response
}

/// Claims an attempt at a secret for `subjects` before any work is done; a subject that
/// tried too often lately is sent back at once, told to wait.
async fn begin_attempt(
    state: &AppState,
    subjects: Vec<Subject>,
    locale: Locale,
    page: &str,
) -> Result<Attempt, Response> {
    match state
        .db
        .begin_attempt(subjects)
        .await
        .map_err(unavailable(locale))?
    {
        Ok(attempt) => Ok(attempt),
        Err(_) => Err(back(locale, page, "wait")),
    }
}

/// The attempt succeeded: it no longer counts against anyone.
async fn attempt_succeeded(
    state: &AppState,
    attempt: Attempt,
    locale: Locale,
) -> Result<(), Response> {
    state
        .db
        .attempt_succeeded(attempt)
        .await
        .map_err(unavailable(locale))
}

fn busy(locale: Locale, page: &str) -> impl Fn(Busy) -> Response + '_ {
    move |_| back(locale, page, "busy")
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    handle: String,
    password: String,
    shared: Option<String>,
}

pub async fn sign_in(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(client): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let page = "sign-in";
    let handle = form.handle.trim();
    if handle.is_empty() || form.password.is_empty() {
        return Err(back(locale, page, "missing"));
    }
    if form.password.len() > auth::MAX_PASSWORD_BYTES || handle.len() > 128 {
        return Err(back(locale, page, "too_long"));
    }
    let subjects = vec![client, Subject::account(handle)];
    let attempt = begin_attempt(&state, subjects.clone(), locale, page).await?;
    // An unknown handle costs the same work and gets the same answer as a wrong password.
    let credentials = state
        .db
        .credentials(handle)
        .await
        .map_err(unavailable(locale))?;
    let stored = credentials
        .as_ref()
        .and_then(|c| c.password_hash.as_deref());
    // Busy or wrong, the attempt stays counted against her address and the account: a busy
    // answer must not become a way to wipe an account's count.
    let matches = state
        .accounts
        .passwords
        .verify(&subjects, stored, &form.password)
        .await
        .map_err(busy(locale, page))?;
    let Some(credentials) = credentials.filter(|_| matches) else {
        return Err(back(locale, page, "wrong"));
    };
    attempt_succeeded(&state, attempt, locale).await?;
    let to = home(locale, credentials.role);
    signed_in(
        &state,
        &headers,
        &credentials.user_id,
        form.shared.is_some(),
        to,
        locale,
    )
    .await
}

pub async fn sign_out(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Answer {
    let locale = locale(&lang)?;
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        state
            .db
            .end_session(token)
            .await
            .map_err(unavailable(locale))?;
    }
    Ok(signed_out(locale, "signed_out"))
}

pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::SignOutEverywhere, locale)?;
    state
        .db
        .end_all_sessions(&granted.viewer.user_id)
        .await
        .map_err(unavailable(locale))?;
    Ok(signed_out(locale, "signed_out_everywhere"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct JoinForm {
    code: String,
    handle: String,
    password: String,
    shared: Option<String>,
}

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
    let page = "join";
    if !form.code.trim().is_empty() {
        let code = auth::normalise_code(&form.code);
        join_code_fits(&state, &code, &client, locale).await?;
        let cookie = brief_cookie(JOIN_COOKIE, &code, 30 * 60, state.accounts.secure_cookies);
        return Ok(with_cookie(
            Redirect::to(&at(locale, page)).into_response(),
            cookie,
        ));
    }
    let Some(code) = cookie(&headers, JOIN_COOKIE).map(auth::normalise_code) else {
        return Err(back(locale, page, "code_invalid"));
    };
    let handle = form.handle.trim();
    if handle.is_empty() || form.password.is_empty() {
        return Err(back(locale, page, "missing"));
    }
    if !auth::valid_handle(handle) {
        return Err(back(locale, page, "handle_invalid"));
    }
    auth::check_new_password(&form.password).map_err(|key| back(locale, page, key))?;
    join_code_fits(&state, &code, &client, locale).await?;
    // Whether a handle is taken says whether someone uses it: asking is an attempt too, and
    // it is asked before any hashing.
    let attempt = begin_attempt(&state, vec![client.clone()], locale, page).await?;
    let taken = state
        .db
        .credentials(handle)
        .await
        .map_err(unavailable(locale))?
        .is_some();
    if taken {
        return Err(back(locale, page, "handle_taken"));
    }
    let hash = state
        .accounts
        .passwords
        .hash(&[client], &form.password)
        .await
        .map_err(busy(locale, page))?;
    let user_id = match state.db.join(&code, handle, &hash).await {
        Ok(user_id) => user_id,
        Err(JoinError::HandleTaken) => return Err(back(locale, page, "handle_taken")),
        Err(JoinError::CodeInvalid) => return Err(code_invalid(locale)),
        Err(JoinError::Store(error)) => return Err(unavailable(locale)(error)),
    };
    attempt_succeeded(&state, attempt, locale).await?;
    let response = signed_in(
        &state,
        &headers,
        &user_id,
        form.shared.is_some(),
        home(locale, Role::Learner),
        locale,
    )
    .await?;
    Ok(with_cookie(response, expired_cookie(JOIN_COOKIE)))
}

/// Tests a join code for `client`; a code that does not fit is forgotten by the browser.
async fn join_code_fits(
    state: &AppState,
    code: &str,
    client: &Subject,
    locale: Locale,
) -> Result<(), Response> {
    match state
        .db
        .check_join_code(code, client)
        .await
        .map_err(unavailable(locale))?
    {
        CodeCheck::Fits(_) => Ok(()),
        CodeCheck::DoesNotFit => Err(code_invalid(locale)),
        CodeCheck::Wait => Err(back(locale, "join", "wait")),
    }
}

fn code_invalid(locale: Locale) -> Response {
    with_cookie(
        back(locale, "join", "code_invalid"),
        expired_cookie(JOIN_COOKIE),
    )
}

/// Forgets the join code typed in this browser, for a learner who typed the wrong one (or the
/// next person on a shared phone).
pub async fn forget_join_code(Path(lang): Path<String>) -> Answer {
    let locale = locale(&lang)?;
    let response = Redirect::to(&at(locale, "join")).into_response();
    Ok(with_cookie(response, expired_cookie(JOIN_COOKIE)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResetForm {
    handle: String,
    code: String,
    password: String,
}

/// Sets a new password with a one-time code from a trainer (or, for staff, the setup code).
/// The code is checked before the new password is hashed: a wrong code costs no hashing.
pub async fn reset(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    ClientAddress(client): ClientAddress,
    Form(form): Form<ResetForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let page = "reset";
    let handle = form.handle.trim();
    if handle.is_empty() || form.code.trim().is_empty() || form.password.is_empty() {
        return Err(back(locale, page, "missing"));
    }
    if handle.len() > 128 || form.code.len() > 64 {
        return Err(back(locale, page, "too_long"));
    }
    auth::check_new_password(&form.password).map_err(|key| back(locale, page, key))?;
    let subjects = vec![client, Subject::account(handle)];
    let attempt = begin_attempt(&state, subjects.clone(), locale, page).await?;
    let code = auth::normalise_code(&form.code);
    let credentials = state
        .db
        .credentials(handle)
        .await
        .map_err(unavailable(locale))?;
    let Some(credentials) = credentials else {
        return Err(back(locale, page, "reset_invalid"));
    };
    let fits = state
        .db
        .reset_code_fits(&credentials.user_id, &code)
        .await
        .map_err(unavailable(locale))?;
    if !fits {
        return Err(back(locale, page, "reset_invalid"));
    }
    let hash = state
        .accounts
        .passwords
        .hash(&subjects, &form.password)
        .await
        .map_err(busy(locale, page))?;
    let redeemed = state
        .db
        .redeem_reset_code(&credentials.user_id, &code, &hash)
        .await
        .map_err(unavailable(locale))?;
    if !redeemed {
        // Used up by a parallel request a moment ago.
        return Err(back(locale, page, "reset_invalid"));
    }
    attempt_succeeded(&state, attempt, locale).await?;
    Ok(done(locale, "sign-in", "password_set"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    password: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChangePasswordForm {
    current_password: String,
    new_password: String,
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
    page: &str,
) -> Result<(), Response> {
    if password.len() > auth::MAX_PASSWORD_BYTES {
        return Err(back(locale, page, "too_long"));
    }
    let credentials = state
        .db
        .credentials_of(user_id)
        .await
        .map_err(unavailable(locale))?
        .ok_or_else(|| refusal(locale, AppError::SignInRequired))?;
    let subjects = vec![client, Subject::account(&credentials.handle)];
    let attempt = begin_attempt(state, subjects.clone(), locale, page).await?;
    let matches = state
        .accounts
        .passwords
        .verify(&subjects, credentials.password_hash.as_deref(), password)
        .await
        .map_err(busy(locale, page))?;
    if !matches {
        return Err(back(locale, page, "wrong"));
    }
    attempt_succeeded(state, attempt, locale).await
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
    let page = "account";
    let granted = check(viewer, Action::ChangeOwnPassword, locale)?;
    if form.current_password.len() > auth::MAX_PASSWORD_BYTES {
        return Err(back(locale, page, "too_long"));
    }
    auth::check_new_password(&form.new_password).map_err(|key| back(locale, page, key))?;
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
    state
        .db
        .change_password(user_id, &hash, token)
        .await
        .map_err(unavailable(locale))?;
    Ok(done(locale, page, "password_changed"))
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
    let page = "account";
    let granted = check(viewer, Action::DeleteOwnAccount, locale)?;
    let user_id = &granted.viewer.user_id;
    confirm_own_password(&state, user_id, client, &form.password, locale, page).await?;
    state
        .db
        .erase_account(user_id)
        .await
        .map_err(unavailable(locale))?;
    tracing::info!("an account was deleted by its owner");
    Ok(signed_out(locale, "deleted"))
}

/// All the signed-in person's data, as a JSON file to download.
pub async fn export(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::ExportOwnData, locale)?;
    let data = state
        .db
        .export_account(&granted.viewer.user_id)
        .await
        .map_err(unavailable(locale))?;
    let mut response = Json(data).into_response();
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"my-data.json\""),
    );
    Ok(response)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NameForm {
    name: String,
    country: String,
}

/// A display name: 1 to 80 characters once trimmed, none of them a control character or a
/// direction override (which would turn around the text shown after the name).
fn valid_name(name: &str) -> Option<&str> {
    let name = name.trim();
    let sized = (1..=80).contains(&name.chars().count());
    (sized && !courses::has_hidden_controls(name)).then_some(name)
}

pub async fn create_cohort(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<NameForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::CreateCohort, locale)?;
    let organisation = granted.organisation().map_err(|e| refusal(locale, e))?;
    let name = valid_name(&form.name).ok_or_else(|| back(locale, "trainer", "name_invalid"))?;
    let id = state
        .db
        .create_cohort(organisation, name)
        .await
        .map_err(unavailable(locale))?;
    Ok(done(
        locale,
        &format!("trainer/cohorts/{id}"),
        "cohort_created",
    ))
}

/// Checks that a cohort exists and that the grant reaches its organisation; to anyone else
/// it does not exist.
async fn reachable_cohort(
    state: &AppState,
    granted: &Granted,
    cohort: &str,
    locale: Locale,
) -> Result<(), Response> {
    let organisation = state
        .db
        .cohort_organisation(cohort)
        .await
        .map_err(unavailable(locale))?;
    match organisation {
        Some(organisation) if granted.covers(&organisation) => Ok(()),
        _ => Err(refusal(locale, AppError::NotFound)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeForm {
    uses: String,
    days: String,
}

pub async fn create_join_code(
    State(state): State<AppState>,
    Path((lang, cohort)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<CodeForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::CreateJoinCode, locale)?;
    reachable_cohort(&state, &granted, &cohort, locale).await?;
    let page = format!("trainer/cohorts/{cohort}");
    let number = |text: &str, max: i64| {
        text.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=max).contains(n))
    };
    let (Some(uses), Some(days)) = (number(&form.uses, 500), number(&form.days, 90)) else {
        return Err(back(locale, &page, "number_invalid"));
    };
    state
        .db
        .create_join_code(&cohort, uses, days)
        .await
        .map_err(unavailable(locale))?;
    Ok(done(locale, &page, "code_created"))
}

pub async fn revoke_join_code(
    State(state): State<AppState>,
    Path((lang, cohort, code)): Path<(String, String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::RevokeJoinCode, locale)?;
    reachable_cohort(&state, &granted, &cohort, locale).await?;
    state
        .db
        .revoke_join_code(&cohort, &code)
        .await
        .map_err(unavailable(locale))?;
    Ok(Redirect::to(&at(locale, &format!("trainer/cohorts/{cohort}"))).into_response())
}

/// Gives a learner of the trainer's cohort a one-time reset code, shown to the trainer once.
pub async fn issue_reset_code(
    State(state): State<AppState>,
    Path((lang, cohort, learner)): Path<(String, String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::IssueResetCode, locale)?;
    reachable_cohort(&state, &granted, &cohort, locale).await?;
    let learner_cohort = state
        .db
        .learner_cohort(&learner)
        .await
        .map_err(unavailable(locale))?;
    if learner_cohort.as_deref() != Some(cohort.as_str()) {
        return Err(refusal(locale, AppError::NotFound));
    }
    let code = state
        .db
        .issue_reset_code(&learner)
        .await
        .map_err(unavailable(locale))?;
    Ok(with_flash(
        &state,
        "reset",
        &learner,
        &code,
        at(locale, &format!("trainer/cohorts/{cohort}")),
    ))
}

/// A redirect carrying a one-time code for the next page to show once.
fn with_flash(state: &AppState, kind: &str, account: &str, code: &str, to: String) -> Response {
    let value = format!("{kind}.{account}.{code}");
    let cookie = brief_cookie(FLASH_COOKIE, &value, 300, state.accounts.secure_cookies);
    with_cookie(Redirect::to(&to).into_response(), cookie)
}

pub async fn create_organisation(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<NameForm>,
) -> Answer {
    let locale = locale(&lang)?;
    check(viewer, Action::CreateOrganisation, locale)?;
    let page = "admin";
    let name = valid_name(&form.name).ok_or_else(|| back(locale, page, "name_invalid"))?;
    let country = form.country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(back(locale, page, "country_invalid"));
    }
    match state.db.create_organisation(name, &country).await {
        Ok(_) => Ok(done(locale, page, "organisation_created")),
        Err(CreateError::Taken) => Err(back(locale, page, "name_taken")),
        Err(CreateError::Store(error)) => Err(unavailable(locale)(error)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StaffForm {
    handle: String,
    role: String,
    organisation: String,
}

/// Creates a staff account without a password, and shows the admin its one-time setup code.
pub async fn create_staff(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<StaffForm>,
) -> Answer {
    let locale = locale(&lang)?;
    check(viewer, Action::CreateStaffAccount, locale)?;
    let page = "admin";
    let handle = form.handle.trim();
    if !auth::valid_handle(handle) {
        return Err(back(locale, page, "handle_invalid"));
    }
    let Some(role) = Role::from_code(&form.role).filter(|r| r.is_staff()) else {
        return Err(back(locale, page, "missing"));
    };
    let organisation = Some(form.organisation.as_str()).filter(|o| !o.is_empty());
    match organisation {
        Some(id)
            if !state
                .db
                .organisation_exists(id)
                .await
                .map_err(unavailable(locale))? =>
        {
            return Err(back(locale, page, "organisation_missing"));
        }
        None if role != Role::Admin => return Err(back(locale, page, "organisation_missing")),
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
        Err(CreateError::Taken) => return Err(back(locale, page, "handle_taken")),
        Err(CreateError::Store(error)) => return Err(unavailable(locale)(error)),
    };
    let code = state
        .db
        .issue_reset_code(&id)
        .await
        .map_err(unavailable(locale))?;
    Ok(with_flash(&state, "setup", &id, &code, at(locale, page)))
}

/// Checks that `id` is another staff account: an admin manages staff, not learners, and does
/// not lock herself out.
async fn other_staff(
    state: &AppState,
    granted: &Granted,
    id: &str,
    locale: Locale,
) -> Result<(), Response> {
    let role = state.db.staff_role(id).await.map_err(unavailable(locale))?;
    if role.is_none() || id == granted.viewer.user_id {
        return Err(refusal(locale, AppError::NotFound));
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
    let granted = check(viewer, Action::ResetStaffPassword, locale)?;
    other_staff(&state, &granted, &id, locale).await?;
    state
        .db
        .end_all_sessions(&id)
        .await
        .map_err(unavailable(locale))?;
    let code = state
        .db
        .issue_reset_code(&id)
        .await
        .map_err(unavailable(locale))?;
    Ok(with_flash(&state, "setup", &id, &code, at(locale, "admin")))
}

/// Removes a staff account (someone who left the organisation) and everything it owns.
pub async fn remove_staff(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::RemoveStaffAccount, locale)?;
    other_staff(&state, &granted, &id, locale).await?;
    state
        .db
        .erase_account(&id)
        .await
        .map_err(unavailable(locale))?;
    Ok(done(locale, "admin", "staff_removed"))
}
