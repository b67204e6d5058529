//! The errors a page can meet when it asks the server for data.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// No such course, lesson or language.
    #[error("not found")]
    NotFound,
    /// Storage failed or the request could not be carried out; the cause is in the server log.
    #[error("unavailable")]
    Unavailable,
    /// The page is for signed-in people and nobody is signed in.
    #[error("sign in required")]
    SignInRequired,
    /// The person signed in may not see or do this.
    #[error("forbidden")]
    Forbidden,
    /// Too many attempts at a secret from this client lately; try again in a minute.
    #[error("too many attempts")]
    TooManyAttempts,
}

impl AppError {
    /// The translation key of the message a person sees.
    pub fn message_key(&self) -> &'static str {
        match self {
            AppError::NotFound => "site.not_found_text",
            AppError::Unavailable => "site.unavailable",
            AppError::SignInRequired => "account.sign_in_required",
            AppError::Forbidden => "site.forbidden_text",
            AppError::TooManyAttempts => crate::outcome::Outcome::Wait.text_key(),
        }
    }
}

impl AppError {
    /// The HTTP status that says it, for pages and server functions alike.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Unavailable => 503,
            AppError::SignInRequired => 401,
            AppError::Forbidden => 403,
            AppError::TooManyAttempts => 429,
        }
    }
}

impl AppError {
    /// The refusal a status says (for the page that shows one), if it is one.
    pub fn from_status(status: &str) -> Option<AppError> {
        [
            AppError::NotFound,
            AppError::Unavailable,
            AppError::Forbidden,
            AppError::TooManyAttempts,
        ]
        .into_iter()
        .find(|error| error.status().to_string() == status)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        AppError::Unavailable
    }

    /// Encodes the error for the server function's answer, whose status then says what it is
    /// (404, 403, ...) rather than a server failure.
    #[cfg(feature = "ssr")]
    fn ser(&self) -> leptos::server_fn::Bytes {
        set_status(self.status());
        <Self::Encoder as leptos::server_fn::Encodes<Self>>::encode(self).unwrap_or_default()
    }
}

/// Sets the HTTP status of the page being rendered (on the server; nothing in the browser).
pub fn set_status(status: u16) {
    #[cfg(feature = "ssr")]
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(
            http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
        );
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}
