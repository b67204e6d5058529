//! Authoring: partners write their organisation's courses in the browser, in the same course
//! format as the `courses/catalog` folder. A draft's files are edited, previewed and checked
//! with the same checks as `courses check`; publishing makes an immutable version learners
//! read. Every page here is for her own organisation's drafts only.

mod draft_page;
mod forms;
mod lesson_page;
mod model;
mod preview_page;
mod settings_page;
mod studio_page;

pub use draft_page::DraftPage;
pub use forms::{
    ArchiveForm, CourseForm, ImageForm, LessonForm, ModuleForm, PublishForm, SettingsForm,
    StructureForm,
};
pub use lesson_page::LessonEditorPage;
pub use model::*;
pub use preview_page::PreviewPage;
pub use settings_page::SettingsPage;
pub use studio_page::StudioPage;

use leptos::prelude::*;

use crate::error::AppError;

/// What the authoring pages read from storage. Every method takes the organisation the
/// partner belongs to and answers `None` for a draft of any other.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait AuthoringStore: Send + Sync + 'static {
    /// Her organisation's drafts, most recently changed first.
    async fn drafts(
        &self,
        organisation_id: &str,
    ) -> Result<Vec<DraftSummary>, crate::store::StoreError>;

    /// A draft's outline, its problems, what publishing it would change, and its versions.
    async fn draft(
        &self,
        organisation_id: &str,
        slug: &str,
    ) -> Result<Option<DraftView>, crate::store::StoreError>;

    /// A draft's settings, for their form.
    async fn settings(
        &self,
        organisation_id: &str,
        slug: &str,
    ) -> Result<Option<SettingsView>, crate::store::StoreError>;

    /// One lesson in one language, for the editor; `user_id`'s unsaved text if her last save
    /// met someone else's.
    async fn lesson_editor(
        &self,
        organisation_id: &str,
        user_id: &str,
        slug: &str,
        lesson_id: &str,
        language: &str,
    ) -> Result<Option<LessonEditorView>, crate::store::StoreError>;

    /// One lesson of a draft rendered as learners would see it.
    async fn preview(
        &self,
        organisation_id: &str,
        slug: &str,
        lesson_id: &str,
        language: &str,
    ) -> Result<Option<PreviewView>, crate::store::StoreError>;
}

/// The course, lesson and language of a lesson editor's or preview's address.
fn lesson_address() -> (String, String, String) {
    use crate::ui::layout::route_param;
    (
        route_param("course"),
        route_param("lesson"),
        route_param("language"),
    )
}

#[cfg(feature = "ssr")]
fn store() -> Result<std::sync::Arc<dyn AuthoringStore>, AppError> {
    crate::store::provided()
}

/// The organisation of the partner asking, if she may author.
#[cfg(feature = "ssr")]
fn author() -> Result<crate::auth::Granted, AppError> {
    use crate::auth::{Action, authorize, viewer};
    authorize(viewer(), Action::AuthorCourses)
}

#[server(endpoint = "list_drafts")]
pub async fn list_drafts() -> Result<Vec<DraftSummary>, AppError> {
    let granted = author()?;
    Ok(store()?.drafts(granted.organisation()?).await?)
}

#[server(endpoint = "get_draft")]
pub async fn get_draft(course: String) -> Result<DraftView, AppError> {
    let granted = author()?;
    store()?
        .draft(granted.organisation()?, crate::model::id(&course)?)
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "get_draft_settings")]
pub async fn get_draft_settings(course: String) -> Result<SettingsView, AppError> {
    let granted = author()?;
    store()?
        .settings(granted.organisation()?, crate::model::id(&course)?)
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "get_lesson_source")]
pub async fn get_lesson_source(
    course: String,
    lesson: String,
    language: String,
) -> Result<LessonEditorView, AppError> {
    use crate::model::id;
    let granted = author()?;
    store()?
        .lesson_editor(
            granted.organisation()?,
            &granted.viewer.user_id,
            id(&course)?,
            id(&lesson)?,
            crate::languages::language_code(&language)?,
        )
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "get_preview")]
pub async fn get_preview(
    course: String,
    lesson: String,
    language: String,
) -> Result<PreviewView, AppError> {
    use crate::model::id;
    let granted = author()?;
    store()?
        .preview(
            granted.organisation()?,
            id(&course)?,
            id(&lesson)?,
            crate::languages::language_code(&language)?,
        )
        .await?
        .ok_or(AppError::NotFound)
}
