//! Quick exit on the server's side, so that it holds without JavaScript too.
//!
//! The quick exit button links to `/leave`, which answers with a redirect to the neutral site,
//! tells the browser to drop what it cached of this one, and sets a short-lived cookie. While
//! that cookie lives, every page of the platform answers with the same redirect: pressing Back
//! (or reopening a page from the cache, now empty) lands on the neutral site again, not here.
//! Typing the site's address (`/`) clears it, for the learner who wants to come back.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use app::auth::expired_cookie;

use super::session::{brief_cookie, clear_cache, with_cookie};

/// The cookie that marks a browser that left with quick exit.
pub const LEFT_COOKIE: &str = "left";
/// How long pages keep bouncing to the neutral site after a quick exit.
const BOUNCE_SECONDS: i64 = 30 * 60;

/// Where quick exit goes.
#[derive(Clone)]
pub struct Exit {
    pub neutral_url: String,
    pub secure_cookies: bool,
}

fn to_neutral(exit: &Exit) -> Response {
    let mut response = Redirect::to(&exit.neutral_url).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    clear_cache(&mut response);
    response
}

/// `GET /leave`: off to the neutral site.
pub async fn leave(State(exit): State<Exit>) -> Response {
    let cookie = brief_cookie(LEFT_COOKIE, "1", BOUNCE_SECONDS, exit.secure_cookies);
    with_cookie(to_neutral(&exit), cookie)
}

/// Sends every page request of a browser that left back to the neutral site.
pub async fn bounce(State(exit): State<Exit>, request: Request, next: Next) -> Response {
    let left = app::auth::cookie(request.headers(), LEFT_COOKIE).is_some();
    let path = request.uri().path();
    if !left || !request.method().is_safe() || !is_page(path) {
        return next.run(request).await;
    }
    if path == "/" {
        return with_cookie(next.run(request).await, expired_cookie(LEFT_COOKIE));
    }
    to_neutral(&exit)
}

/// Pages, as opposed to the files and data they load, and quick exit itself.
fn is_page(path: &str) -> bool {
    !super::is_asset(path) && !path.starts_with("/api/") && path != "/leave"
}
