//! Getting in: signing in, joining a cohort with a code, setting a new password with a code.

mod forms;
mod join_page;
mod reset_page;
mod sign_in_page;

pub use forms::{JoinForm, ResetForm, SignInForm};
pub use join_page::JoinPage;
pub use reset_page::ResetPage;
pub use sign_in_page::SignInPage;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::model::OrganisationName;

/// What a learner is told before she creates her account with a join code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinPreview {
    pub organisation: OrganisationName,
    pub cohort: String,
}

/// What the join page reads from storage.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait AccessStore: Send + Sync + 'static {
    /// Who a join code leads to, while it still lets people in. Testing a code is a guess
    /// like any other: counted against `client`, and refused while it must wait.
    async fn join_preview(
        &self,
        code: &str,
        client: &crate::auth::Client,
    ) -> Result<crate::store::CodeCheck<JoinPreview>, crate::store::StoreError>;
}

/// Where the join code the visitor typed (kept in a cookie, not the URL) leads, if anywhere.
/// The cookie can be forged, so reading it is a guess like typing a code: limited per client.
#[server(endpoint = "get_join_preview")]
pub async fn get_join_preview() -> Result<Option<JoinPreview>, AppError> {
    use crate::auth::client;
    use crate::auth::cookies::{JOIN_COOKIE, cookie, expired_cookie};
    use crate::store::CodeCheck;

    let parts = use_context::<http::request::Parts>().ok_or(AppError::Unavailable)?;
    let Some(code) = cookie(&parts.headers, JOIN_COOKIE) else {
        return Ok(None);
    };
    let client = client().ok_or(AppError::Unavailable)?;
    match crate::store::provided::<dyn AccessStore>()?
        .join_preview(code, &client)
        .await?
    {
        CodeCheck::Fits(preview) => Ok(Some(preview)),
        CodeCheck::DoesNotFit => {
            // Expired or revoked since she typed it: forget it, she types another.
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.append_header(http::header::SET_COOKIE, expired_cookie(JOIN_COOKIE));
            }
            Ok(None)
        }
        CodeCheck::Wait => Err(AppError::TooManyAttempts),
    }
}
