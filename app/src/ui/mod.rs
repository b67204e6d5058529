//! The page frame and its kit: the frame of every page (with quick exit),
//! loading and error pages, form widgets, and the safety page.

pub mod error_page;
pub mod forms;
#[cfg(feature = "ssr")]
pub(crate) mod island_loader;
pub mod layout;
pub mod loading;
pub mod quick_exit;
pub mod safety_page;

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
