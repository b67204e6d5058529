//! What the application needs from storage, stated as a trait so that `app` knows no SQL.
//! The `server` crate implements it for SQLite and PostgreSQL and provides it as context.

use std::sync::Arc;

use async_trait::async_trait;

use crate::auth::Client;
use crate::error::AppError;
use crate::model::{
    AccountView, CohortSummary, CohortView, CourseCard, CourseOutline, JoinPreview, LessonView,
    StaffOverview,
};

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

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Every published course, titled in `language` where it exists in it.
    async fn list_courses(&self, language: &str) -> Result<Vec<CourseCard>, StoreError>;

    /// A course's modules and lessons, in `language` or the course's default.
    async fn course_outline(
        &self,
        slug: &str,
        language: &str,
    ) -> Result<Option<CourseOutline>, StoreError>;

    /// One lesson with its neighbours, in `language` or the course's default.
    async fn lesson(
        &self,
        slug: &str,
        lesson_id: &str,
        language: &str,
    ) -> Result<Option<LessonView>, StoreError>;

    /// A person's own account.
    async fn account(&self, user_id: &str) -> Result<Option<AccountView>, StoreError>;

    /// An organisation's cohorts, newest first.
    async fn cohorts(&self, organisation_id: &str) -> Result<Vec<CohortSummary>, StoreError>;

    /// One cohort, only if it belongs to `organisation_id`.
    async fn cohort(
        &self,
        organisation_id: &str,
        cohort_id: &str,
    ) -> Result<Option<CohortView>, StoreError>;

    /// Every organisation with its staff, and the administrators.
    async fn staff_overview(&self) -> Result<StaffOverview, StoreError>;

    /// Who a join code leads to, while it still lets people in. Testing a code is a guess
    /// like any other: counted against `client`, and refused while it must wait.
    async fn join_preview(
        &self,
        code: &str,
        client: &Client,
    ) -> Result<CodeCheck<JoinPreview>, StoreError>;
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

/// The store as handed to server functions.
pub type SharedStore = Arc<dyn Store>;
