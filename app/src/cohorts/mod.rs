//! A trainer's cohorts ("groups" on screen): making them, their join codes, their learners,
//! and one-time password reset codes for them.

mod cohort_page;
mod forms;
mod trainer_page;

pub use cohort_page::CohortPage;
pub use forms::{CodeForm, CohortForm};
pub use trainer_page::TrainerPage;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A cohort in a trainer's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortSummary {
    pub id: String,
    pub name: String,
    pub learners: u32,
    pub open_codes: u32,
}

/// A cohort with its join codes. Its learners come with their progress
/// ([`crate::progress::GroupProgress`]), read with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortView {
    pub id: String,
    pub name: String,
    pub codes: Vec<JoinCodeView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinCodeView {
    pub code: String,
    pub uses_left: u32,
    /// Seconds since the Unix epoch.
    pub expires_at: i64,
    pub status: CodeStatus,
}

/// Whether a join code still lets people in, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CodeStatus {
    Open,
    UsedUp,
    Expired,
    Revoked,
}

impl CodeStatus {
    pub fn key(self) -> &'static str {
        match self {
            CodeStatus::Open => "cohort.code_open",
            CodeStatus::UsedUp => "cohort.code_used_up",
            CodeStatus::Expired => "cohort.code_expired",
            CodeStatus::Revoked => "cohort.code_revoked",
        }
    }
}

/// What the trainer's pages read from storage.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait CohortStore: Send + Sync + 'static {
    /// An organisation's cohorts, newest first.
    async fn cohorts(
        &self,
        organisation_id: &str,
    ) -> Result<Vec<CohortSummary>, crate::store::StoreError>;

    /// One cohort, only if it belongs to `organisation_id`.
    async fn cohort(
        &self,
        organisation_id: &str,
        cohort_id: &str,
    ) -> Result<Option<CohortView>, crate::store::StoreError>;
}

#[cfg(feature = "ssr")]
fn store() -> Result<std::sync::Arc<dyn CohortStore>, AppError> {
    crate::store::provided()
}

#[server(endpoint = "list_cohorts")]
pub async fn list_cohorts() -> Result<Vec<CohortSummary>, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let granted = authorize(viewer(), Action::ListCohorts)?;
    Ok(store()?.cohorts(granted.organisation()?).await?)
}

/// A cohort of the trainer's own organisation; any other looks as if it did not exist.
#[server(endpoint = "get_cohort")]
pub async fn get_cohort(cohort: String) -> Result<CohortView, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let granted = authorize(viewer(), Action::ViewCohort)?;
    store()?
        .cohort(granted.organisation()?, crate::model::id(&cohort)?)
        .await?
        .ok_or(AppError::NotFound)
}
