//! Authoring: partners' drafts (`store`), what the pages show of them (`views`), their forms
//! (`handlers`), files in and out (`uploads`), and publishing (`publish`).

mod handlers;
mod publish;
mod store;
mod uploads;
mod views;

use app::address::Address;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::http::AppState;

/// What a partner's forms post to, and her draft's files.
pub fn routes() -> Router<AppState> {
    let uploads = Router::new()
        .route(
            &Address::ImportArchive.route(),
            post(uploads::import_archive),
        )
        .route(
            &Address::UploadImage("{course}").route(),
            post(uploads::upload_image),
        )
        .layer(DefaultBodyLimit::max(uploads::MAX_UPLOAD_BYTES));
    Router::new()
        .route(&Address::NewCourse.route(), post(handlers::create_course))
        .route(
            &Address::SaveSettings("{course}").route(),
            post(handlers::save_settings),
        )
        .route(
            &Address::AddModule("{course}").route(),
            post(handlers::add_module),
        )
        .route(
            &Address::ChangeModule("{course}", "{module}").route(),
            post(handlers::change_module),
        )
        .route(
            &Address::AddLesson("{course}", "{module}").route(),
            post(handlers::add_lesson),
        )
        .route(
            &Address::ChangeLesson("{course}", "{lesson}").route(),
            post(handlers::change_lesson),
        )
        .route(
            &Address::SaveLesson("{course}", "{lesson}", "{language}").route(),
            post(handlers::save_lesson),
        )
        .route(
            &Address::Publish("{course}").route(),
            post(handlers::publish),
        )
        .route(
            &Address::Republish("{course}", "{version}").route(),
            post(handlers::republish),
        )
        .route(
            &Address::DraftArchive("{course}").route(),
            get(uploads::download_archive),
        )
        .route(
            &Address::DraftMedia("{course}", "{file}").route(),
            get(uploads::draft_media),
        )
        .merge(uploads)
}
