//! Learning progress: quiz answers and "done" forms, a group's CSV, and the store behind the
//! progress pages. Its SQL is in `store`.

mod csv;
mod handlers;
mod store;
mod trail;

pub use store::Recorded;
pub(crate) use trail::TrailCache;

use app::address::Address;
use axum::Router;
use axum::routing::{get, post};

use crate::http::AppState;

/// What progress forms post to, and the CSV download.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            &Address::Answer("{course}", "{lesson}").route(),
            post(handlers::answer),
        )
        .route(
            &Address::LessonDone("{course}", "{lesson}").route(),
            post(handlers::done_lesson),
        )
        .route(
            &Address::GroupCsv("{cohort}").route(),
            get(handlers::group_csv),
        )
        .route(
            &Address::StuckDays("{cohort}").route(),
            post(handlers::set_stuck_days),
        )
}
