//! Refusals as pages: a form handler (or the cross-site check) that refuses answers with a
//! [`Refusal`] and no body; this layer puts the refusal page of the app in its place, in the
//! language of the address asked for, with the frame, the quick exit and a way back, and keeps
//! the status and any cookie the answer set.

use std::pin::Pin;
use std::sync::Arc;

use app::address::Address;
use app::auth::Viewer;
use app::error::AppError;
use app::i18n::Locale;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::form::Refusal;

/// Renders an app page for a request, as the page routes do.
pub type Render =
    Arc<dyn Fn(Request<Body>) -> Pin<Box<dyn Future<Output = Response> + Send>> + Send + Sync>;

/// Puts the page in place of a refusal.
pub async fn show(State(render): State<Render>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let cookies: Vec<_> = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .cloned()
        .collect();
    let refused = next.run(request).await;
    let Some(Refusal(error)) = refused.extensions().get::<Refusal>().copied() else {
        return refused;
    };
    let locale = Locale::of_path(&path).unwrap_or(Locale::DEFAULT);
    if error == AppError::SignInRequired {
        return Redirect::to(&Address::SignIn.at(locale)).into_response();
    }
    let status = error.status().to_string();
    let mut page_request = Request::new(Body::empty());
    *page_request.uri_mut() = Address::Refused(&status)
        .at(locale)
        .parse()
        .unwrap_or_default();
    for cookie in cookies {
        page_request.headers_mut().append(header::COOKIE, cookie);
    }
    // The frame shows whether she is signed in, as on every page.
    if let Some(viewer) = refused.extensions().get::<Viewer>().cloned() {
        page_request.extensions_mut().insert(viewer);
    }
    let mut page = render(page_request).await;
    *page.status_mut() = refused.status();
    for cookie in refused.headers().get_all(header::SET_COOKIE) {
        page.headers_mut()
            .append(header::SET_COOKIE, cookie.clone());
    }
    page
}
