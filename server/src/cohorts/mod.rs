//! A trainer's cohorts ("groups" on screen). Their SQL is in `store`.

pub(crate) mod handlers;
mod store;

pub(crate) use store::join_codes;

use app::address::Address;
use axum::Router;
use axum::routing::post;

use crate::http::AppState;

/// What a trainer's forms post to.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(&Address::Cohorts.route(), post(handlers::create_cohort))
        .route(
            &Address::CohortCodes("{cohort}").route(),
            post(handlers::create_join_code),
        )
        .route(
            &Address::RevokeCode("{cohort}", "{code}").route(),
            post(handlers::revoke_join_code),
        )
        .route(
            &Address::LearnerReset("{cohort}", "{learner}").route(),
            post(handlers::issue_reset_code),
        )
}
