//! Server functions: the only way pages reach data. Each has a stable endpoint under `/api/`.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{CourseCard, CourseOutline, LessonView};

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
