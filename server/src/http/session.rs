//! Sessions at the edge: who is signed in for each request, and the cookies that carry it.

use std::net::{IpAddr, SocketAddr};

use app::auth::{SESSION_COOKIE, Viewer, cookie, expired_cookie};
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;
use crate::auth::PERSONAL_ABSOLUTE_SECONDS;

/// Finds the signed-in person of the request (as a [`Viewer`] in its extensions, where pages
/// and server functions read it) and keeps her pages out of every cache.
pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if super::is_asset(path) {
        return next.run(request).await;
    }
    let token = cookie(request.headers(), SESSION_COOKIE).map(str::to_string);
    let mut stale = false;
    if let Some(token) = &token {
        match state.db.session_viewer(token).await {
            Ok(Some(viewer)) => {
                request.extensions_mut().insert(viewer);
            }
            Ok(None) => stale = true,
            Err(error) => tracing::error!(%error, "cannot read a session"),
        }
    }
    let signed_in = request.extensions().get::<Viewer>().is_some();
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if signed_in {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if token.is_some() {
        headers.append(header::VARY, HeaderValue::from_static("cookie"));
    }
    if stale && !headers.contains_key(header::SET_COOKIE) {
        headers.append(header::SET_COOKIE, expired_cookie(SESSION_COOKIE));
    }
    response
}

/// The session cookie. On a shared phone it has no lifetime, so the browser drops it when it
/// closes; elsewhere it lasts as long as the session may.
pub fn session_cookie(token: &str, shared_device: bool, secure: bool) -> HeaderValue {
    let lifetime = if shared_device {
        String::new()
    } else {
        format!("; Max-Age={PERSONAL_ABSOLUTE_SECONDS}")
    };
    short_cookie(SESSION_COOKIE, token, &lifetime, secure)
}

/// A cookie that lasts `seconds` at most, for a join code or a one-time code on its way.
pub fn brief_cookie(name: &str, value: &str, seconds: i64, secure: bool) -> HeaderValue {
    short_cookie(name, value, &format!("; Max-Age={seconds}"), secure)
}

fn short_cookie(name: &str, value: &str, lifetime: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax{lifetime}{secure}"
    ))
    .unwrap_or_else(|_| expired_cookie(name))
}

/// `response` with one more cookie set (or, with [`expired_cookie`], removed).
pub fn with_cookie(mut response: Response, cookie: HeaderValue) -> Response {
    response.headers_mut().append(header::SET_COOKIE, cookie);
    response
}

/// Tells the browser to drop what it cached of this site, pages and files alike, so that no
/// page comes back from the cache (or the back/forward cache) after sign-out or quick exit.
pub fn clear_cache(response: &mut Response) {
    response
        .headers_mut()
        .insert("clear-site-data", HeaderValue::from_static("\"cache\""));
}

/// Where a request comes from, as the subject of failed-attempt limits: `address:<ip>`.
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let connection = parts.extensions.get::<ConnectInfo<SocketAddr>>();
        let address = client_address(&parts.headers, connection, state.accounts.trust_proxy);
        Ok(ClientAddress(format!("address:{address}")))
    }
}

/// The client's address: the connection's, or behind a trusted reverse proxy the last entry
/// of `X-Forwarded-For` (the one that proxy added).
fn client_address(
    request_headers: &HeaderMap,
    connection: Option<&ConnectInfo<SocketAddr>>,
    trust_proxy: bool,
) -> String {
    let forwarded = trust_proxy
        .then(|| request_headers.get("x-forwarded-for")?.to_str().ok())
        .flatten()
        .and_then(|list| list.rsplit(',').next())
        .and_then(|last| last.trim().parse::<IpAddr>().ok());
    forwarded
        .or(connection.map(|c| c.0.ip()))
        .map_or_else(|| "unknown".into(), |ip| ip.to_string())
}
