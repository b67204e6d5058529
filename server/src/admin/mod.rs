//! The admin's work: organisations and staff accounts. Their SQL is in `store`.

mod handlers;
mod store;

use app::address::Address;
use axum::Router;
use axum::routing::post;

pub use store::NewAccount;

use crate::http::AppState;

/// What the admin's forms post to.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            &Address::Organisations.route(),
            post(handlers::create_organisation),
        )
        .route(&Address::Staff.route(), post(handlers::create_staff))
        .route(
            &Address::StaffCode("{account}").route(),
            post(handlers::reset_staff_password),
        )
        .route(
            &Address::StaffRemove("{account}").route(),
            post(handlers::remove_staff),
        )
}
