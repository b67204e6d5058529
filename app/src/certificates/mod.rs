//! Certificates: the request a completed course opens, the name she chooses to print, her
//! trainers' review (approve, return with a note, revoke), the certificate she keeps, and the
//! page where anyone checks one by its code.
//!
//! The documents themselves (PDF, signed credential) are made by the server's `credentials`
//! crate; these pages only link to them.

mod certificate_page;
mod forms;
mod home_part;
mod model;
mod request_page;
mod review_page;
mod verify_page;

pub use certificate_page::CertificatePage;
pub use forms::{
    ApproveForm, CertificateNameForm, MAX_NAME_CHARS, MAX_REASON_CHARS, ReasonForm, VerifyForm,
    VerifyNameForm,
};
pub use home_part::LearnerHomePage;
pub use model::*;
pub use request_page::RequestPage;
pub use review_page::ReviewPage;
pub use verify_page::VerifyPage;

use leptos::prelude::*;

use crate::error::AppError;

/// What certificate pages read from storage. Decisions are the server's form handlers' own.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait CertificateStore: Send + Sync + 'static {
    /// Her requests, newest first, with course titles in `language` where the course has it.
    async fn my_requests(
        &self,
        user_id: &str,
        language: &str,
    ) -> Result<Vec<MyRequest>, crate::store::StoreError>;

    /// Her certificate with the code `code`, only if it is hers.
    async fn my_certificate(
        &self,
        user_id: &str,
        code: &str,
    ) -> Result<Option<IssuedCertificate>, crate::store::StoreError>;

    /// The requests of `organisation_id`'s learners: open ones first, then the latest decided.
    async fn review_queue(
        &self,
        organisation_id: &str,
        language: &str,
    ) -> Result<Vec<RequestSummary>, crate::store::StoreError>;

    /// One request, only if its learner belongs to `organisation_id`.
    async fn request_detail(
        &self,
        organisation_id: &str,
        request_id: &str,
        language: &str,
    ) -> Result<Option<RequestDetail>, crate::store::StoreError>;

    /// What the public verification page says of a typed code. Each look-up is a guess like
    /// any other: counted against `client`, refused while it must wait, and answered no
    /// sooner for an unknown code than for a known one.
    async fn verification(
        &self,
        code: &str,
        client: &crate::auth::Client,
    ) -> Result<crate::store::CodeCheck<Verification>, crate::store::StoreError>;
}

#[cfg(feature = "ssr")]
fn store() -> Result<std::sync::Arc<dyn CertificateStore>, AppError> {
    crate::store::provided()
}

/// Her certificate requests, for her home page.
#[server(endpoint = "get_my_requests")]
pub async fn get_my_requests(language: String) -> Result<Vec<MyRequest>, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let granted = authorize(viewer(), Action::RequestCertificate)?;
    let language = crate::languages::language_code(&language)?;
    Ok(store()?
        .my_requests(&granted.viewer.user_id, language)
        .await?)
}

/// One of her certificates, to print or download; anyone else's looks as if it did not exist.
#[server(endpoint = "get_my_certificate")]
pub async fn get_my_certificate(code: String) -> Result<IssuedCertificate, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let granted = authorize(viewer(), Action::RequestCertificate)?;
    store()?
        .my_certificate(&granted.viewer.user_id, &code)
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "get_review_queue")]
pub async fn get_review_queue(language: String) -> Result<Vec<RequestSummary>, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let granted = authorize(viewer(), Action::ReviewCertificates)?;
    let language = crate::languages::language_code(&language)?;
    Ok(store()?
        .review_queue(granted.organisation()?, language)
        .await?)
}

#[server(endpoint = "get_certificate_request")]
pub async fn get_certificate_request(
    request: String,
    language: String,
) -> Result<RequestDetail, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let granted = authorize(viewer(), Action::ReviewCertificates)?;
    let language = crate::languages::language_code(&language)?;
    store()?
        .request_detail(
            granted.organisation()?,
            crate::model::id(&request)?,
            language,
        )
        .await?
        .ok_or(AppError::NotFound)
}

/// What anyone, signed in or not, may learn of a certificate from its code.
#[server(endpoint = "get_verification")]
pub async fn get_verification(code: String) -> Result<Verification, AppError> {
    use crate::auth::client;
    use crate::store::CodeCheck;

    if code.chars().count() > 32 {
        return Ok(Verification::Unknown);
    }
    let client = client().ok_or(AppError::Unavailable)?;
    match store()?.verification(&code, &client).await? {
        CodeCheck::Fits(verification) => Ok(verification),
        CodeCheck::DoesNotFit => Ok(Verification::Unknown),
        CodeCheck::Wait => Err(AppError::TooManyAttempts),
    }
}
