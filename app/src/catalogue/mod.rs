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
pub use model::{CourseCard, CourseOutline, LessonLink, LessonView, ModuleOutline};

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::languages::{ContentLanguages, requested_content};

/// What the catalogue reads from storage.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait CatalogueStore: Send + Sync + 'static {
    /// Every published course `reader` (the organisation of the person asking, if any) may
    /// read, titled in the first language of `wanted` it exists in.
    async fn list_courses(
        &self,
        wanted: &ContentLanguages,
        reader: Option<&str>,
    ) -> Result<Vec<CourseCard>, crate::store::StoreError>;

    /// A course's modules and lessons, in the first language of `wanted` it has, or its
    /// default.
    async fn course_outline(
        &self,
        slug: &str,
        wanted: &ContentLanguages,
        reader: Option<&str>,
    ) -> Result<Option<CourseOutline>, crate::store::StoreError>;

    /// One lesson with its neighbours, in the first language of `wanted` its course has, or
    /// its default.
    async fn lesson(
        &self,
        slug: &str,
        lesson_id: &str,
        wanted: &ContentLanguages,
        reader: Option<&str>,
    ) -> Result<Option<LessonView>, crate::store::StoreError>;
}

#[cfg(feature = "ssr")]
fn store() -> Result<std::sync::Arc<dyn CatalogueStore>, AppError> {
    crate::store::provided()
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
        .list_courses(&requested_content(&language)?, reader.as_deref())
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
            &requested_content(&language)?,
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
            &requested_content(&language)?,
            reader().as_deref(),
        )
        .await?
        .ok_or(AppError::NotFound)
}
