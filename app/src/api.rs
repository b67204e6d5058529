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

/// A language code as courses name them (`en`, `pt-br`): anything else asks for nothing
/// that exists, and goes no further.
#[cfg(feature = "ssr")]
fn language_code(code: &str) -> Result<&str, AppError> {
    let shaped = (2..=16).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    shaped.then_some(code).ok_or(AppError::NotFound)
}

#[server(endpoint = "list_courses")]
pub async fn list_courses(language: String) -> Result<Vec<CourseCard>, AppError> {
    Ok(store()?.list_courses(language_code(&language)?).await?)
}

#[server(endpoint = "get_course_outline")]
pub async fn get_course_outline(
    course: String,
    language: String,
) -> Result<CourseOutline, AppError> {
    store()?
        .course_outline(&course, language_code(&language)?)
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
        .lesson(&course, &lesson, language_code(&language)?)
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
/// The cookie can be forged, so reading it is a guess like typing a code: limited per client.
#[server(endpoint = "get_join_preview")]
pub async fn get_join_preview() -> Result<Option<JoinPreview>, AppError> {
    use crate::auth::{JOIN_COOKIE, client, cookie, expired_cookie};
    use crate::store::CodeCheck;

    let parts = use_context::<http::request::Parts>().ok_or(AppError::Unavailable)?;
    let Some(code) = cookie(&parts.headers, JOIN_COOKIE) else {
        return Ok(None);
    };
    let client = client().ok_or(AppError::Unavailable)?;
    match store()?.join_preview(code, &client).await? {
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
