//! Quick exit on the server's side, so that it holds without JavaScript too.
//!
//! The quick exit button links to `/leave`, which ends her session on the server, forgets a
//! join code or one-time code on its way, redirects to the neutral site, tells the browser to
//! drop what it cached of this one, and sets a short-lived cookie. While that cookie lives,
//! every request to the platform (pages, forms and server functions alike) answers with the
//! same redirect: pressing Back, or reopening a page from the cache, lands on the neutral site
//! again, not here. Typing the site's address (`/`) clears it, for the learner who wants to
//! come back; she then signs in again.
//!
//! Another site may link to `/leave` too. Such a visit is sent to the neutral site and nothing
//! else: it neither signs her out nor keeps her away for half an hour. Browsers say where a
//! navigation comes from (`Sec-Fetch-Site`, else `Referer`); when they say nothing, the exit
//! is taken as hers, since failing to sign her out is the worse mistake.

use app::auth::cookies::{
    FLASH_COOKIE, JOIN_COOKIE, LEFT_COOKIE, SESSION_COOKIE, cookie, expired_cookie,
};
use app::ui::quick_exit::QUICK_EXIT_PATH;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::session::{brief_cookie, clear_cache, with_cookie};

/// How long requests keep bouncing to the neutral site after a quick exit.
const BOUNCE_SECONDS: i64 = 30 * 60;

/// Where quick exit goes.
#[derive(Clone)]
pub struct Exit {
    pub neutral_url: String,
}

fn to_neutral(exit: &Exit) -> Response {
    let mut response = Redirect::to(&exit.neutral_url).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    clear_cache(&mut response);
    response
}

/// How long quick exit waits for her session to end on the server before letting her go.
const EXIT_WAIT: std::time::Duration = std::time::Duration::from_millis(500);

/// `GET /leave`: off to the neutral site, signed out, with nothing of hers left in cookies.
pub async fn leave(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let response = to_neutral(&state.exit);
    if !asked_here(&headers) || is_prefetch(&headers) {
        return response;
    }
    // A session token is 64 hex digits; anything else ends nothing and costs no write.
    let token = cookie(&headers, SESSION_COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()));
    if let Some(token) = token {
        // Ending the session is a write, which waits its turn when the database is busy; she
        // does not. It goes on in the background (tried again after a failure) and she is let
        // go after half a second at most: her browser's cookies are gone either way, and a
        // session that every try failed to end still ends at its idle limit.
        let (db, token) = (state.db.clone(), token.to_string());
        let ending = tokio::spawn(async move {
            for pause in [0, 1, 5] {
                tokio::time::sleep(std::time::Duration::from_secs(pause)).await;
                match db.end_session(&token).await {
                    Ok(()) => return,
                    Err(error) => tracing::error!(%error, "quick exit could not end a session"),
                }
            }
        });
        let _ = tokio::time::timeout(EXIT_WAIT, ending).await;
    }
    let left = brief_cookie(
        LEFT_COOKIE,
        "1",
        BOUNCE_SECONDS,
        state.accounts.secure_cookies,
    );
    [SESSION_COOKIE, JOIN_COOKIE, FLASH_COOKIE]
        .into_iter()
        .map(expired_cookie)
        .chain(crate::languages::forgotten())
        .chain([left])
        .fold(response, with_cookie)
}

/// Whether the visit to `/leave` came from this site's own pages, or from the learner herself
/// (a typed address or a bookmark), rather than from a link on another site.
fn asked_here(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return site == "same-origin" || site == "none";
    }
    let referer = headers.get(header::REFERER).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (referer, host) {
        (Some(referer), Some(host)) => referer
            .split_once("://")
            .and_then(|(_, rest)| rest.split('/').next())
            .is_some_and(|referer_host| referer_host.eq_ignore_ascii_case(host)),
        (Some(_), None) => false,
        (None, _) => true,
    }
}

/// A browser fetching a page ahead of time, not a person going to it.
fn is_prefetch(headers: &HeaderMap) -> bool {
    ["sec-purpose", "purpose"].iter().any(|name| {
        headers
            .get(*name)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("prefetch"))
    })
}

/// Sends every request of a browser that left back to the neutral site. Only her own visit to
/// `/` (a typed address, not another site's link) lets her back in.
pub async fn bounce(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let left = cookie(request.headers(), LEFT_COOKIE).is_some();
    let path = request.uri().path();
    if !left || super::is_asset(path) || path == QUICK_EXIT_PATH {
        return next.run(request).await;
    }
    if path == "/" && request.method().is_safe() && asked_here(request.headers()) {
        return with_cookie(next.run(request).await, expired_cookie(LEFT_COOKIE));
    }
    to_neutral(&state.exit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::headers;

    #[test]
    fn only_her_own_exit_signs_her_out() {
        assert!(asked_here(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(asked_here(&headers(&[("sec-fetch-site", "none")])));
        assert!(!asked_here(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(!asked_here(&headers(&[("sec-fetch-site", "same-site")])));
        let here = [
            ("referer", "https://learn.example/en/account"),
            ("host", "learn.example"),
        ];
        assert!(asked_here(&headers(&here)));
        let elsewhere = [
            ("referer", "https://learn.example.evil.example/x"),
            ("host", "learn.example"),
        ];
        assert!(!asked_here(&headers(&elsewhere)));
        // An old browser that says nothing: better signed out than left signed in.
        assert!(asked_here(&headers(&[("host", "learn.example")])));
    }

    #[test]
    fn a_prefetch_is_not_a_visit() {
        assert!(is_prefetch(&headers(&[(
            "sec-purpose",
            "prefetch;prerender"
        )])));
        assert!(is_prefetch(&headers(&[("purpose", "prefetch")])));
        assert!(!is_prefetch(&headers(&[("sec-fetch-site", "same-origin")])));
    }
}
