//! A person's own account. Its SQL (her page, password, data and erasure) is in `store`.

mod handlers;
mod store;

pub(crate) use store::set_password;

use app::address::Address;
use axum::Router;
use axum::routing::{get, post};

use crate::http::AppState;

/// What the account forms post to, and her data's download.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            &Address::SignOutEverywhere.route(),
            post(handlers::sign_out_everywhere),
        )
        .route(
            &Address::AccountDelete.route(),
            post(handlers::delete_account),
        )
        .route(
            &Address::AccountPassword.route(),
            post(handlers::change_password),
        )
        .route(&Address::AccountData.route(), get(handlers::export))
}
