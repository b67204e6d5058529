//! Server functions: the only way pages reach data. Each has a stable endpoint under `/api/`
//! and checks, on the server, who is asking before it reads anything.

use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::auth::{Action, authorize, viewer};
use crate::error::AppError;
use crate::model::{
    AccountView, CohortSummary, CohortView, CourseCard, CourseOutline, JoinPreview, LessonView,
    StaffOverview,
};

#[cfg(feature = "ssr")]
fn store() -> Result<crate::store::SharedStore, AppError> {
    use_context::<crate::store::SharedStore>().ok_or_else(|| {
        tracing::error!("no store in context: the server did not provide one");
        AppError::Unavailable
    })
}

#[server(endpoint = "list_courses")]
pub async fn list_courses(language: String) -> Result<Vec<CourseCard>, AppError> {
    Ok(store()?.list_courses(&language).await?)
}

#[server(endpoint = "get_course_outline")]
pub async fn get_course_outline(
    course: String,
    language: String,
) -> Result<CourseOutline, AppError> {
    store()?
        .course_outline(&course, &language)
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "get_lesson")]
pub async fn get_lesson(
    course: String,
    lesson: String,
    language: String,
) -> Result<LessonView, AppError> {
    store()?
        .lesson(&course, &lesson, &language)
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "get_account")]
pub async fn get_account() -> Result<AccountView, AppError> {
    let granted = authorize(viewer(), Action::ViewOwnAccount)?;
    store()?
        .account(&granted.viewer.user_id)
        .await?
        .ok_or(AppError::SignInRequired)
}

#[server(endpoint = "list_cohorts")]
pub async fn list_cohorts() -> Result<Vec<CohortSummary>, AppError> {
    let granted = authorize(viewer(), Action::ListCohorts)?;
    Ok(store()?.cohorts(granted.organisation()?).await?)
}

/// A cohort of the trainer's own organisation; any other looks as if it did not exist.
#[server(endpoint = "get_cohort")]
pub async fn get_cohort(cohort: String) -> Result<CohortView, AppError> {
    let granted = authorize(viewer(), Action::ViewCohort)?;
    store()?
        .cohort(granted.organisation()?, &cohort)
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "get_staff_overview")]
pub async fn get_staff_overview() -> Result<StaffOverview, AppError> {
    authorize(viewer(), Action::ListOrganisations)?;
    Ok(store()?.staff_overview().await?)
}

/// Where the join code the visitor typed (kept in a cookie, not the URL) leads, if anywhere.
#[server(endpoint = "get_join_preview")]
pub async fn get_join_preview() -> Result<Option<JoinPreview>, AppError> {
    let parts = use_context::<http::request::Parts>().ok_or(AppError::Unavailable)?;
    match crate::auth::cookie(&parts.headers, crate::auth::JOIN_COOKIE) {
        Some(code) => Ok(store()?.join_preview(code).await?),
        None => Ok(None),
    }
}
