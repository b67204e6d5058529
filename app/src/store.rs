//! The seam between `app` and storage: each feature states what it reads as a trait of its
//! own (`catalogue::CatalogueStore`, `cohorts::CohortStore`, ...), so that `app` knows no
//! SQL. The `server` crate implements them for SQLite and PostgreSQL and provides each as
//! context; this module holds what they share.

use std::sync::Arc;

use crate::error::AppError;

/// A storage failure. The cause is logged where it happens; people see a generic message.
#[derive(Debug, thiserror::Error)]
#[error("storage failed: {0}")]
pub struct StoreError(pub String);

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        tracing::error!(%error, "storage failed while serving a page");
        AppError::Unavailable
    }
}

/// What testing a code found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeCheck<T> {
    /// The code fits, and leads here.
    Fits(T),
    /// No code like it lets anyone in.
    DoesNotFit,
    /// Too many attempts from this client lately: it was not tested.
    Wait,
}

/// The store of type `S` (a feature's trait object) that the server provided.
pub fn provided<S: ?Sized + Send + Sync + 'static>() -> Result<Arc<S>, AppError> {
    leptos::prelude::use_context::<Arc<S>>().ok_or_else(|| {
        tracing::error!(
            store = std::any::type_name::<S>(),
            "no store in context: the server did not provide one"
        );
        AppError::Unavailable
    })
}
