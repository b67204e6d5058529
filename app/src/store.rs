//! The seam between `app` and storage: each feature states what it reads as a trait of its
//! own (`catalogue::CatalogueStore`, `cohorts::CohortStore`, ...), so that `app` knows no
//! SQL. The `server` crate implements them for SQLite and PostgreSQL and provides each as
//! context; this module holds what they share.

use std::sync::Arc;

use crate::error::AppError;

/// A storage failure. People see a page asking them to try again later (503, in their
/// language); the log has the cause.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Something failed that should not have (a row the code cannot read, a broken file): the
    /// cause is logged each time, where the failure surfaces.
    #[error("storage failed: {0}")]
    Failed(String),
    /// The database cannot be reached or cannot write (a lost connection, a full disk): the
    /// store logs the cause once, when the outage begins, and not again for every request.
    #[error("storage unavailable: {0}")]
    Unavailable(String),
}

impl StoreError {
    /// Logs the failure where it surfaced, while doing what; an outage is logged only by
    /// the store, once.
    pub fn report(&self, during: &str) {
        match self {
            StoreError::Failed(_) => {
                tracing::error!(error = %self, "storage failed while {during}")
            }
            StoreError::Unavailable(_) => tracing::debug!(error = %self, "{during}"),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        error.report("serving a page");
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
