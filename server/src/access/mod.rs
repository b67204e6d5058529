//! Getting in: signing in and out, joining with a code, a new password with a code. Its SQL
//! (credentials, sessions, join and reset codes) is in `store`.

mod join;
mod reset;
mod session_cache;
mod sign_in;
mod store;

use app::address::Address;
use axum::Router;
use axum::routing::post;

pub(crate) use session_cache::{Forget, SessionCache, tell_others};
pub(crate) use sign_in::signed_out;
pub use store::{Credentials, JoinError, NewSession};

use crate::http::AppState;

/// What the access forms post to.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(&Address::SignIn.route(), post(sign_in::sign_in))
        .route(&Address::SignOut.route(), post(sign_in::sign_out))
        .route(&Address::Join.route(), post(join::join))
        .route(
            &Address::JoinAnotherCode.route(),
            post(join::forget_join_code),
        )
        .route(&Address::Reset.route(), post(reset::reset))
}
