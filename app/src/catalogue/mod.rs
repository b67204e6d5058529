//! The catalogue: courses by track, a course's outline, and its lessons, in the page's
//! language or the course's default.

mod catalogue_page;
mod course_page;
mod lesson_page;
mod model;

pub use catalogue_page::CataloguePage;
pub use course_page::CoursePage;
pub(crate) use lesson_page::Lesson;
pub use lesson_page::LessonPage;
pub use model::{CourseCard, CourseOutline, LessonLink, LessonView, ModuleOutline, pick_language};

use leptos::prelude::*;

use crate::error::AppError;

/// What the catalogue reads from storage.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait CatalogueStore: Send + Sync + 'static {
    /// Every published course `reader` (the organisation of the person asking, if any) may
    /// read, titled in `language` where it exists in it.
    async fn list_courses(
        &self,
        language: &str,
        reader: Option<&str>,
    ) -> Result<Vec<CourseCard>, crate::store::StoreError>;

    /// A course's modules and lessons, in `language` or the course's default.
    async fn course_outline(
        &self,
        slug: &str,
        language: &str,
        reader: Option<&str>,
    ) -> Result<Option<CourseOutline>, crate::store::StoreError>;

    /// One lesson with its neighbours, in `language` or the course's default.
    async fn lesson(
        &self,
        slug: &str,
        lesson_id: &str,
        language: &str,
        reader: Option<&str>,
    ) -> Result<Option<LessonView>, crate::store::StoreError>;
}

#[cfg(feature = "ssr")]
fn store() -> Result<std::sync::Arc<dyn CatalogueStore>, AppError> {
    crate::store::provided()
}

/// A language code as courses name them (`en`, `pt-br`): anything else asks for nothing
/// that exists, and goes no further.
#[cfg(feature = "ssr")]
pub fn language_code(code: &str) -> Result<&str, AppError> {
    let shaped = (2..=16).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    shaped.then_some(code).ok_or(AppError::NotFound)
}

/// The organisation of the person asking: courses only for her organisation's learners are
/// hers to read.
#[cfg(feature = "ssr")]
fn reader() -> Option<String> {
    crate::auth::viewer().and_then(|v| v.organisation_id)
}

#[server(endpoint = "list_courses")]
pub async fn list_courses(language: String) -> Result<Vec<CourseCard>, AppError> {
    let reader = reader();
    Ok(store()?
        .list_courses(language_code(&language)?, reader.as_deref())
        .await?)
}

#[server(endpoint = "get_course_outline")]
pub async fn get_course_outline(
    course: String,
    language: String,
) -> Result<CourseOutline, AppError> {
    store()?
        .course_outline(
            crate::model::id(&course)?,
            language_code(&language)?,
            reader().as_deref(),
        )
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "get_lesson")]
pub async fn get_lesson(
    course: String,
    lesson: String,
    language: String,
) -> Result<LessonView, AppError> {
    use crate::model::id;
    store()?
        .lesson(
            id(&course)?,
            id(&lesson)?,
            language_code(&language)?,
            reader().as_deref(),
        )
        .await?
        .ok_or(AppError::NotFound)
}
