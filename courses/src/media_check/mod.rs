//! Checking a course image by what it holds, not only by its name.
//!
//! An image is published to every learner's phone as it is, so its extension is not taken on
//! trust: a `.png` must start like a PNG, and its header must describe a picture a phone can
//! decode. A few hundred bytes of PNG can claim 100,000 × 100,000 pixels, which a browser
//! would try to decode into gigabytes (a decompression bomb), so the pixel size in the header
//! is capped. SVG is a document that browsers run like a small web page, so it is parsed and
//! accepted only when it is a plain drawing (see [`svg`]). Images are refused, never
//! rewritten: a course must come back out byte for byte as its author wrote it.

mod svg;

use std::fmt;
use std::path::Path;

use crate::model::content_type_for;
use crate::{MAX_MEDIA_BYTES, Message, message};

/// Most pixels an image may have: more than a phone screen ever shows, and few enough that
/// decoding one never takes more than about 16 MB.
pub const MAX_IMAGE_PIXELS: u64 = 4_000_000;
/// Longest side an image may have, in pixels.
pub const MAX_IMAGE_SIDE: u64 = 4096;

const SVG: &str = "image/svg+xml";

/// Why an image was refused; [`MediaRefusal::message`] is what an author reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaRefusal {
    /// The extension is not one of an image kind lessons may use.
    UnknownType,
    /// The content is not what the extension says (`expected` and `found` are content types;
    /// `found` is `None` when the content is no picture at all).
    NotWhatItSays {
        expected: &'static str,
        found: Option<&'static str>,
    },
    /// The file is larger than `limit` bytes.
    TooBig { bytes: u64, limit: u64 },
    /// The picture is larger than [`MAX_IMAGE_SIDE`] or [`MAX_IMAGE_PIXELS`].
    TooManyPixels { width: u64, height: u64 },
    /// The start of the picture cannot be read: the file is cut short or damaged.
    Unreadable,
    /// The SVG is not a plain drawing; `reason` says what was found.
    UnsafeSvg { reason: Message },
}

impl MediaRefusal {
    /// What an author reads about the image at `url`, as a lesson shows it.
    pub fn message(&self, url: &str) -> Message {
        self.reason().with("url", url)
    }

    fn reason(&self) -> Message {
        match self {
            Self::UnknownType => message!("image_unknown_type"),
            Self::NotWhatItSays {
                expected,
                found: Some(found),
            } => message!(
                "image_other_kind",
                expected = kind_name(expected),
                found = kind_name(found)
            ),
            Self::NotWhatItSays {
                expected,
                found: None,
            } => message!("image_no_picture", expected = kind_name(expected)),
            Self::TooBig { bytes, limit } => message!(
                "image_too_big",
                size = bytes.div_ceil(1024),
                limit = limit / 1024
            ),
            Self::TooManyPixels { width, height } => message!(
                "image_too_many_pixels",
                width = width,
                height = height,
                side = MAX_IMAGE_SIDE,
                millions = MAX_IMAGE_PIXELS / 1_000_000
            ),
            Self::Unreadable => message!("image_unreadable"),
            Self::UnsafeSvg { reason } => reason.clone(),
        }
    }
}

/// The reason's key and values, for logs and tests; pages translate [`MediaRefusal::message`].
impl fmt::Display for MediaRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.reason())
    }
}

impl std::error::Error for MediaRefusal {}

/// Checks the image at `path` (a course path; its extension gives the expected kind) by its
/// content, and gives its content type. Refuses an unknown extension, a file over
/// [`MAX_MEDIA_BYTES`], content of another kind than the extension says, a PNG, JPEG, GIF or
/// WebP whose header is unreadable or describes too many pixels, and an SVG that is not a
/// plain drawing.
pub fn check_media(path: &str, bytes: &[u8]) -> Result<&'static str, MediaRefusal> {
    let extension = Path::new(path).extension().unwrap_or_default();
    let expected =
        content_type_for(&extension.to_string_lossy()).ok_or(MediaRefusal::UnknownType)?;
    if bytes.len() as u64 > MAX_MEDIA_BYTES {
        return Err(MediaRefusal::TooBig {
            bytes: bytes.len() as u64,
            limit: MAX_MEDIA_BYTES,
        });
    }
    let found = sniff(bytes);
    if expected == SVG {
        if let Some(found) = found {
            return Err(MediaRefusal::NotWhatItSays {
                expected,
                found: Some(found),
            });
        }
        svg::check_svg(bytes)?;
        return Ok(SVG);
    }
    if found != Some(expected) {
        return Err(MediaRefusal::NotWhatItSays { expected, found });
    }
    let size = imagesize::blob_size(bytes).map_err(|_| MediaRefusal::Unreadable)?;
    let (width, height) = (size.width as u64, size.height as u64);
    if width == 0 || height == 0 {
        return Err(MediaRefusal::Unreadable);
    }
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS {
        return Err(MediaRefusal::TooManyPixels { width, height });
    }
    Ok(expected)
}

/// The kind of picture `bytes` start like, by the signature every file of that kind opens with.
fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// What authors call a kind of picture.
fn kind_name(content_type: &str) -> &'static str {
    match content_type {
        "image/png" => "PNG",
        "image/jpeg" => "JPEG",
        "image/gif" => "GIF",
        "image/webp" => "WebP",
        SVG => "SVG",
        _ => "another",
    }
}

#[cfg(test)]
mod tests;
