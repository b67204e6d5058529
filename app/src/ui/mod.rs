//! The page frame and its kit: the frame of every page (with quick exit),
//! loading and error pages, form widgets, and the safety page.

pub mod ask_before_leaving;
pub mod error_page;
pub mod forms;
#[cfg(feature = "ssr")]
pub(crate) mod island_loader;
pub mod layout;
pub mod loading;
pub mod quick_exit;
pub mod safety_page;

/// `text` with every byte but ASCII letters, digits, `-` and `_` written `%XX`: safe as one
/// part of an address or of its query.
pub(crate) fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// `text` with the characters that mean markup in HTML written as references.
pub(crate) fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}
