//! Sessions at the edge: who is signed in for each request, and the cookies that carry it.

use std::net::{IpAddr, SocketAddr};

use app::auth::cookies::{
    FLASH_COOKIE, JOIN_COOKIE, SESSION_COOKIE, cookie, expired_cookie, set_cookie,
};
use app::auth::{Client, Viewer};
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;
use crate::auth::PERSONAL_ABSOLUTE_SECONDS;
use crate::limits::{Subject, address_group};

/// Finds the signed-in person of the request (as a [`Viewer`] in its extensions, where pages
/// and server functions read it) and the [`Client`] it comes from, and keeps every page that
/// shows something of hers, or of a code on its way to her, out of every cache.
pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    // Quick exit needs nobody's session looked up, and must not wait for the database.
    if super::is_asset(path) || path == app::ui::quick_exit::QUICK_EXIT_PATH {
        return next.run(request).await;
    }
    let client = client_of(
        request.headers(),
        request.extensions(),
        state.accounts.trust_proxy,
    );
    request.extensions_mut().insert(client);
    // A join code names an organisation; a flash cookie carries a one-time code.
    let private = [JOIN_COOKIE, FLASH_COOKIE]
        .iter()
        .any(|name| cookie(request.headers(), name).is_some());
    let token = cookie(request.headers(), SESSION_COOKIE).map(str::to_string);
    let mut stale = false;
    if let Some(token) = &token {
        match state.db.session_viewer(token).await {
            Ok(Some(viewer)) => {
                request.extensions_mut().insert(viewer);
            }
            Ok(None) => stale = true,
            // Not "signed out": she would think her session ended. The page says to try
            // again later.
            Err(error) => {
                error.report("reading a session");
                return super::form::refusal(app::error::AppError::Unavailable);
            }
        }
    }
    let viewer = request.extensions().get::<Viewer>().cloned();
    let signed_in = viewer.is_some();
    let mut response = next.run(request).await;
    // A refusal page (see `http::refusal`) shows her signed in, as every page does.
    if let Some(viewer) = viewer {
        response.extensions_mut().insert(viewer);
    }
    let headers = response.headers_mut();
    if signed_in || private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    // A page depends on her cookies: her session, and the languages she reads.
    headers.append(header::VARY, HeaderValue::from_static("cookie"));
    if stale && !headers.contains_key(header::SET_COOKIE) {
        headers.append(header::SET_COOKIE, expired_cookie(SESSION_COOKIE));
    }
    response
}

/// The session cookie. On a shared phone it has no lifetime, so the browser drops it when it
/// closes; elsewhere it lasts as long as the session may.
pub fn session_cookie(token: &str, shared_device: bool, secure: bool) -> HeaderValue {
    let lifetime = (!shared_device).then_some(PERSONAL_ABSOLUTE_SECONDS);
    set_cookie(SESSION_COOKIE, token, lifetime, secure)
}

/// A cookie that lasts `seconds` at most, for a join code or a one-time code on its way.
pub fn brief_cookie(name: &str, value: &str, seconds: i64, secure: bool) -> HeaderValue {
    set_cookie(name, value, Some(seconds), secure)
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

/// Where a request comes from, as limits on guessing count it (see [`address_group`]).
/// Form handlers take it as an argument; the session layer also leaves it in the request as
/// an [`app::auth::Client`], where server functions find it.
pub struct ClientAddress(pub Subject);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let client = client_of(
            &parts.headers,
            &parts.extensions,
            state.accounts.trust_proxy,
        );
        Ok(ClientAddress(Subject::Address(client.0)))
    }
}

fn client_of(headers: &HeaderMap, extensions: &Extensions, trust_proxy: bool) -> Client {
    let connection = extensions.get::<ConnectInfo<SocketAddr>>();
    Client(address_group(client_ip(headers, connection, trust_proxy)))
}

/// The client's address: the connection's, or behind a trusted reverse proxy the last entry
/// of the last `X-Forwarded-For` line (the one that proxy added: a client can send lines of
/// its own, which come first, whether the proxy appends to them or adds a line).
fn client_ip(
    request_headers: &HeaderMap,
    connection: Option<&ConnectInfo<SocketAddr>>,
    trust_proxy: bool,
) -> Option<IpAddr> {
    let forwarded = trust_proxy
        .then(|| {
            request_headers
                .get_all("x-forwarded-for")
                .iter()
                .next_back()
        })
        .flatten()
        .and_then(|line| line.to_str().ok())
        .and_then(|list| list.rsplit(',').next())
        .and_then(|last| last.trim().parse::<IpAddr>().ok());
    forwarded.or(connection.map(|c| c.0.ip()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behind_a_proxy_the_address_it_added_counts_not_what_the_client_claims() {
        let mut headers = HeaderMap::new();
        headers.append("x-forwarded-for", HeaderValue::from_static("192.0.2.99"));
        headers.append(
            "x-forwarded-for",
            HeaderValue::from_static("192.0.2.98, 198.51.100.7"),
        );
        let proxy = ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 4000)));
        let ip = |trust| client_ip(&headers, Some(&proxy), trust).map(|ip| ip.to_string());
        assert_eq!(ip(true).as_deref(), Some("198.51.100.7"));
        assert_eq!(
            ip(false).as_deref(),
            Some("127.0.0.1"),
            "no proxy, no header"
        );
    }
}
