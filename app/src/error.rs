//! The errors a page can meet when it asks the server for data.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
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
}

impl AppError {
    /// The translation key of the message a person sees.
    pub fn message_key(&self) -> &'static str {
        match self {
            AppError::NotFound => "site.not_found_text",
            AppError::Unavailable => "site.unavailable",
            AppError::SignInRequired => "account.sign_in_required",
            AppError::Forbidden => "site.forbidden_text",
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        AppError::Unavailable
    }
}
