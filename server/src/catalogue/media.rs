//! Course images, served from the database under content-addressed URLs.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::db::Db;

/// `GET /media/{course}/{hash}.{ext}`. The hash names the bytes, so they never change.
pub async fn serve(State(db): State<Db>, Path((course, file)): Path<(String, String)>) -> Response {
    let hash = file.split_once('.').map_or(file.as_str(), |(hash, _)| hash);
    let is_hex = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
    if !is_hex {
        return StatusCode::NOT_FOUND.into_response();
    }
    match db.media(&course, hash).await {
        Ok(Some(media)) => media_response(
            &media.content_type,
            media.bytes,
            "public, max-age=31536000, immutable",
        ),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "reading media failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// A media file's answer: its type, how long it may be kept, and, as an SVG opened on its own
/// must not run script or load anything, a sandbox.
pub(crate) fn media_response(content_type: &str, bytes: Vec<u8>, cache: &'static str) -> Response {
    let content_type = HeaderValue::from_str(content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; sandbox"),
            ),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        bytes,
    )
        .into_response()
}
