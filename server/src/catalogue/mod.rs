//! The catalogue: courses imported from their folders (`import`), read for pages (`store`),
//! and their images served (`media`).

mod course_facts;
mod import;
mod lesson_cache;
mod media;
mod recent;
mod store;

use axum::Router;
use axum::routing::get;

pub(crate) use course_facts::FactsCache;
pub use import::{CatalogImport, ImportOutcome};
pub(crate) use lesson_cache::LessonCache;
pub(crate) use recent::Recent;
pub(crate) use store::Published;

use crate::http::AppState;

/// Course images, under content-addressed addresses.
pub fn routes() -> Router<AppState> {
    Router::new().route("/media/{course}/{file}", get(media::serve))
}
