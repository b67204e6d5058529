//! Certificates: the request a completion opens (in `progress`'s transaction), the learner's
//! name form, her trainers' decisions, the documents (PDF, signed credential, issuer profile)
//! and the public verification page's look-ups. The documents are made by the pure
//! `credentials` crate; its SQL is in `store`.

mod documents;
mod handlers;
mod store;

pub use documents::Certifier;
pub(crate) use store::{open_request, request_ids, withdraw_certificates};

use app::address::Address;
use axum::Router;
use axum::routing::{get, post};

use crate::http::AppState;

/// The public address of a certificate's verification page, as its QR code gives it (the page
/// itself is in the visitor's language), and of an organisation's issuer profile.
pub const VERIFY_PATH: &str = "/verify/{code}";
pub const ISSUER_PATH: &str = "/issuers/{organisation}";

/// Her name form and downloads, her trainers' decisions, the verifier's name check, and the
/// public addresses of verification pages and issuer profiles.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(VERIFY_PATH, get(handlers::verify_in_language))
        .route(ISSUER_PATH, get(handlers::issuer_profile))
        .route(
            &Address::CertificateName("{request}").route(),
            post(handlers::save_name),
        )
        .route(
            &Address::CertificatePdf("{code}").route(),
            get(handlers::download_pdf),
        )
        .route(
            &Address::CertificateCredential("{code}").route(),
            get(handlers::download_credential),
        )
        .route(
            &Address::ApproveCertificate("{request}").route(),
            post(handlers::approve),
        )
        .route(
            &Address::ReturnCertificate("{request}").route(),
            post(handlers::return_request),
        )
        .route(
            &Address::RevokeCertificate("{request}").route(),
            post(handlers::revoke),
        )
        .route(
            &Address::VerifyName("{code}").route(),
            post(handlers::check_name),
        )
}
