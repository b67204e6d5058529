//! Her name form and downloads, her trainers' decisions, the verifier's name check, and the
//! public addresses a certificate and a credential point to.

use app::address::Address;
use app::auth::{Action, Client, Viewer};
use app::certificates::{
    ApproveForm, CertificateNameForm, MAX_REASON_CHARS, ReasonForm, VerifyNameForm,
};
use app::error::AppError;
use app::i18n::Locale;
use app::outcome::Outcome;
use app::store::CodeCheck;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Json, Response};
use axum::{Extension, Form};

use super::store::{Decided, Issued};
use crate::http::form::{Answer, FormError, back, check, done, id, locale, valid_name};
use crate::http::{AppState, in_her_language};

/// Saves the name she wants printed; back to her home.
pub async fn save_name(
    State(state): State<AppState>,
    Path((lang, request)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<CertificateNameForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::RequestCertificate)?;
    let name =
        valid_name(&form.name).ok_or_else(|| back(locale, Address::Home, Outcome::NameInvalid))?;
    let saved = state
        .db
        .save_certificate_name(&granted.viewer.user_id, id(&request)?, name, locale.code())
        .await?;
    if !saved {
        return Err(FormError::Refused(AppError::NotFound));
    }
    Ok(done(locale, Address::Home, Outcome::CertificateNameSaved))
}

/// A note or reason: one line of 1 to 500 characters, none of them hidden.
fn reason(text: &str) -> Option<&str> {
    let text = text.trim();
    ((1..=MAX_REASON_CHARS).contains(&text.chars().count()) && !courses::has_hidden_controls(text))
        .then_some(text)
}

/// What a decision found, as the request's page tells it.
fn decided(locale: Locale, request: &str, decided: Decided, outcome: Outcome) -> Answer {
    let page = Address::CertificateRequest(request);
    match decided {
        Decided::Done => Ok(done(locale, page, outcome)),
        Decided::NameNeeded => Err(back(locale, page, Outcome::NameNeeded)),
        Decided::NameChanged => Err(back(locale, page, Outcome::NameChanged)),
        Decided::NotFound => Err(FormError::Refused(AppError::NotFound)),
    }
}

pub async fn approve(
    State(state): State<AppState>,
    Path((lang, request)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<ApproveForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::ReviewCertificates)?;
    let request = id(&request)?;
    let criteria = |language: &str| {
        Locale::from_code(language)
            .unwrap_or(Locale::DEFAULT)
            .t("certificate.criteria")
    };
    let result = state
        .db
        .approve_certificate_request(
            granted.organisation()?,
            request,
            &granted.viewer.user_id,
            &form.name,
            criteria,
        )
        .await?;
    decided(locale, request, result, Outcome::CertificateApproved)
}

pub async fn return_request(
    State(state): State<AppState>,
    Path((lang, request)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<ReasonForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::ReviewCertificates)?;
    let request = id(&request)?;
    let note = reason(&form.reason).ok_or_else(|| {
        back(
            locale,
            Address::CertificateRequest(request),
            Outcome::NoteMissing,
        )
    })?;
    let result = state
        .db
        .return_certificate_request(
            granted.organisation()?,
            request,
            &granted.viewer.user_id,
            note,
        )
        .await?;
    decided(locale, request, result, Outcome::CertificateReturned)
}

pub async fn revoke(
    State(state): State<AppState>,
    Path((lang, request)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<ReasonForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::RevokeCertificate)?;
    let request = id(&request)?;
    let why = reason(&form.reason).ok_or_else(|| {
        back(
            locale,
            Address::CertificateRequest(request),
            Outcome::NoteMissing,
        )
    })?;
    let result = state
        .db
        .revoke_certificate(
            granted.organisation()?,
            request,
            &granted.viewer.user_id,
            why,
        )
        .await?;
    decided(locale, request, result, Outcome::CertificateRevoked)
}

/// Her certificate by the code in the address, only if it is hers and still valid: a revoked
/// certificate gets no freshly signed credential or clean PDF.
async fn own(
    state: &AppState,
    viewer: Option<Extension<Viewer>>,
    code: &str,
) -> Result<Issued, FormError> {
    let granted = check(viewer, Action::RequestCertificate)?;
    let code = credentials::normalise_code(code).ok_or(FormError::Refused(AppError::NotFound))?;
    state
        .db
        .own_certificate(&granted.viewer.user_id, &code)
        .await?
        .filter(|issued| issued.revoked_at.is_none())
        .ok_or(FormError::Refused(AppError::NotFound))
}

/// A download: never cached, and a neutral file name (a course's title stays off the
/// phone's list of downloads).
fn download(body: impl IntoResponse, content_type: &'static str, name: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static(name));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub async fn download_pdf(
    State(state): State<AppState>,
    Path((lang, code)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    locale(&lang)?;
    let issued = own(&state, viewer, &code).await?;
    let certifier = state.certifier.clone();
    let pdf = tokio::task::spawn_blocking(move || certifier.pdf(&issued))
        .await
        .map_err(|e| FormError::Store(app::store::StoreError::Failed(e.to_string())))??;
    Ok(download(
        pdf,
        "application/pdf",
        "attachment; filename=\"certificate.pdf\"",
    ))
}

pub async fn download_credential(
    State(state): State<AppState>,
    Path((lang, code)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    locale(&lang)?;
    let issued = own(&state, viewer, &code).await?;
    let credential = state.certifier.credential(&issued).await?;
    let text = serde_json::to_string_pretty(&credential)
        .map_err(|e| FormError::Store(app::store::StoreError::Failed(e.to_string())))?;
    Ok(download(
        text,
        "application/json",
        "attachment; filename=\"credential.json\"",
    ))
}

/// The verifier typed the name she was told: the certificate's page says whether it is the
/// one printed, and nothing else (the name is never in an address).
pub async fn check_name(
    State(state): State<AppState>,
    Path((lang, code)): Path<(String, String)>,
    Extension(client): Extension<Client>,
    Form(form): Form<VerifyNameForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let code = credentials::normalise_code(&code).ok_or(FormError::Refused(AppError::NotFound))?;
    let page = Address::Verified(&code);
    let typed = valid_name(&form.name).ok_or_else(|| back(locale, page, Outcome::NameDiffers))?;
    match state
        .certifier
        .name_matches(&code, typed, &client.0)
        .await?
    {
        CodeCheck::Fits(true) => Ok(done(locale, page, Outcome::NameMatches)),
        CodeCheck::Fits(false) | CodeCheck::DoesNotFit => {
            Err(back(locale, page, Outcome::NameDiffers))
        }
        CodeCheck::Wait => Err(back(locale, page, Outcome::Wait)),
    }
}

/// `/verify/CODE`, the address in a certificate's QR code: the page in the visitor's language.
pub async fn verify_in_language(Path(code): Path<String>, headers: HeaderMap) -> Response {
    let code = credentials::normalise_code(&code);
    in_her_language(&headers, |locale| match &code {
        Some(code) => Address::Verified(code).at(locale),
        None => Address::Verify.at(locale),
    })
}

/// An organisation's issuer profile: its name, country and every public key it has signed
/// with, so that a credential verifies without the platform's help.
pub async fn issuer_profile(
    State(state): State<AppState>,
    Path(organisation): Path<String>,
) -> Answer {
    let profile = state
        .certifier
        .issuer_profile(id(&organisation)?)
        .await?
        .ok_or(FormError::Refused(AppError::NotFound))?;
    let mut response = Json(profile).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/ld+json"),
    );
    // Anyone's verifier may read it, from any site.
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    Ok(response)
}
