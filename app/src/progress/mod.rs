//! Learning progress: quiz answers graded on the server, lessons marked done, the learner's
//! home, and her trainer's view of a group and of one learner.
//!
//! Progress only moves forward and is keyed by the stable course slug, lesson id and quiz id,
//! so a new version of a course keeps it. Each answer and each "done" carries a request id
//! made with the form ([`request_id`]): the same form sent twice counts once.

pub mod charts;
mod forms;
mod group_part;
mod home_page;
mod learner_page;
mod lesson_part;
mod model;

pub use forms::{AnswerForm, DoneForm, StuckDaysForm, is_request_id, request_id};
pub use group_part::GroupProgressSection;
pub use home_page::Home;
pub use learner_page::{CourseDetail, LearnerPage};
pub use lesson_part::{LessonQuizzes, LessonSteps};
pub use model::*;

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::languages::ContentLanguages;

/// What progress pages read from storage. Recording is the server's own business (its form
/// handlers write, in one transaction per record).
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait ProgressStore: Send + Sync + 'static {
    /// Where she is in a course, and her last answer to each quiz of a lesson, with the
    /// feedback of the quiz in the first language of `wanted` the course has (or its default). `version`
    /// is her progress version as her session found it (see [`crate::auth::Viewer`]).
    async fn lesson_progress(
        &self,
        user_id: &str,
        version: i64,
        course: &str,
        lesson: &str,
        wanted: &ContentLanguages,
    ) -> Result<Option<LessonProgress>, crate::store::StoreError>;

    /// A learner's home: her courses, where to continue, and who sees her progress.
    async fn home(
        &self,
        user_id: &str,
        wanted: &ContentLanguages,
    ) -> Result<HomeView, crate::store::StoreError>;

    /// A group's table of progress, only if the group belongs to `organisation_id`.
    async fn group_progress(
        &self,
        organisation_id: &str,
        cohort_id: &str,
        wanted: &ContentLanguages,
    ) -> Result<Option<GroupProgress>, crate::store::StoreError>;

    /// One learner's progress, only if she is in `cohort_id` of `organisation_id`.
    async fn learner_progress(
        &self,
        organisation_id: &str,
        cohort_id: &str,
        learner_id: &str,
        wanted: &ContentLanguages,
    ) -> Result<Option<LearnerProgress>, crate::store::StoreError>;
}

#[cfg(feature = "ssr")]
fn store() -> Result<std::sync::Arc<dyn ProgressStore>, AppError> {
    crate::store::provided()
}

/// Her progress on a lesson's page: none for a visitor who is not a signed-in learner.
#[server(endpoint = "get_lesson_progress")]
pub async fn get_lesson_progress(
    course: String,
    lesson: String,
    language: String,
) -> Result<Option<LessonProgress>, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let Ok(granted) = authorize(viewer(), Action::RecordProgress) else {
        return Ok(None);
    };
    let language = &crate::languages::requested_content(&language)?;
    let (course, lesson) = (crate::model::id(&course)?, crate::model::id(&lesson)?);
    Ok(store()?
        .lesson_progress(
            &granted.viewer.user_id,
            granted.viewer.progress_version,
            course,
            lesson,
            language,
        )
        .await?)
}

#[server(endpoint = "get_home")]
pub async fn get_home(language: String) -> Result<HomeView, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let granted = authorize(viewer(), Action::RecordProgress)?;
    let language = &crate::languages::requested_content(&language)?;
    Ok(store()?.home(&granted.viewer.user_id, language).await?)
}

/// A group of the trainer's own organisation, with its join codes and its learners' progress;
/// any other looks as if it did not exist.
#[server(endpoint = "get_group_progress")]
pub async fn get_group_progress(
    cohort: String,
    language: String,
) -> Result<GroupProgress, AppError> {
    use crate::auth::{Action, authorize, viewer};

    // The group's join codes come with it.
    authorize(viewer(), Action::ViewCohort)?;
    let granted = authorize(viewer(), Action::ViewProgress)?;
    let language = &crate::languages::requested_content(&language)?;
    store()?
        .group_progress(
            granted.organisation()?,
            crate::model::id(&cohort)?,
            language,
        )
        .await?
        .ok_or(AppError::NotFound)
}

#[server(endpoint = "get_learner_progress")]
pub async fn get_learner_progress(
    cohort: String,
    learner: String,
    language: String,
) -> Result<LearnerProgress, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let granted = authorize(viewer(), Action::ViewProgress)?;
    let language = &crate::languages::requested_content(&language)?;
    let (cohort, learner) = (crate::model::id(&cohort)?, crate::model::id(&learner)?);
    store()?
        .learner_progress(granted.organisation()?, cohort, learner, language)
        .await?
        .ok_or(AppError::NotFound)
}
