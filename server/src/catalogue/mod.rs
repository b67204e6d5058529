//! The catalogue: courses imported from their folders (`import`), read for pages (`store`),
//! and their images served (`media`).

mod course_facts;
mod import;
mod lesson_cache;
mod media;
mod recent;
pub(crate) mod store;

use axum::Router;
use axum::routing::get;

pub(crate) use course_facts::FactsCache;
pub use import::{CatalogImport, ImportOutcome, Publication};
pub(crate) use lesson_cache::LessonCache;
pub(crate) use media::media_response;
pub(crate) use recent::Recent;
pub(crate) use store::Published;
pub(crate) use store::quiz_view;

use crate::http::AppState;

/// Course images, under content-addressed addresses.
pub fn routes() -> Router<AppState> {
    Router::new().route("/media/{course}/{file}", get(media::serve))
}
