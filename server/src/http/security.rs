//! Headers every response carries, and the refusal of requests forged by other sites.

use app::error::AppError;
use app::site::content_security_policy;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use super::form::refusal;

/// Refuses a state-changing request that another site made the browser send (shown as the
/// refusal page: see `http::refusal`).
///
/// Browsers tell where a request comes from: `Sec-Fetch-Site` (all current browsers) or else
/// `Origin`, which they send with every POST. A request with neither is refused too: no form
/// or script of this site sends one.
pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    if !request.method().is_safe() && !from_this_site(request.headers()) {
        tracing::warn!(method = %request.method(), path = %request.uri().path(), "cross-site request refused");
        return refusal(AppError::Forbidden);
    }
    next.run(request).await
}

/// Adds the security headers to whatever answers. `https` says people reach the site over
/// HTTPS: browsers are then told to use nothing else.
pub async fn headers(State(https): State<bool>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(policy) = HeaderValue::from_str(&content_security_policy(None))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    for (name, value) in [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // Links to other sites carry no address of a page here.
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}

fn from_this_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return site == "same-origin";
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (origin, host) {
        (Some(origin), Some(host)) => origin
            .strip_prefix("https://")
            .or_else(|| origin.strip_prefix("http://"))
            .is_some_and(|origin_host| origin_host.eq_ignore_ascii_case(host)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::headers;

    #[test]
    fn only_requests_from_this_site_may_change_anything() {
        assert!(from_this_site(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(!from_this_site(&headers(&[(
            "sec-fetch-site",
            "cross-site"
        )])));
        assert!(!from_this_site(&headers(&[(
            "sec-fetch-site",
            "same-site"
        )])));
        let same = [
            ("origin", "http://learn.example"),
            ("host", "learn.example"),
        ];
        assert!(from_this_site(&headers(&same)));
        let other = [
            ("origin", "https://evil.example"),
            ("host", "learn.example"),
        ];
        assert!(!from_this_site(&headers(&other)));
        assert!(!from_this_site(&headers(&[
            ("origin", "null"),
            ("host", "learn.example")
        ])));
        assert!(!from_this_site(&headers(&[("host", "learn.example")])));
    }
}
