//! Markdown to HTML that is safe to show learners.
//!
//! Partner Markdown is untrusted: it may hold raw HTML, scripts, frames, event handlers or
//! `javascript:` links, by mistake or on purpose. Links are first resolved by the caller (which
//! reports those that point nowhere), then the HTML is passed through an allow-list sanitiser,
//! so whatever the resolver lets through, nothing executable and no third-party image survives.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::model::is_media_url;

/// What a Markdown link target is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Link,
    Image,
}

/// The Markdown extensions lessons may use (quizzes add task-list markers: see `quiz`).
pub(crate) const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH);

/// A lesson rendered: its HTML, and the quiz blocks taken out of it.
pub(crate) struct Rendered {
    pub html: String,
    pub quizzes: Vec<QuizBlock>,
}

/// A fenced block whose info string starts with the word `quiz`: never part of the lesson's
/// HTML, as it holds the answers.
pub(crate) struct QuizBlock {
    /// What follows `quiz` in the info string, trimmed: the quiz id, if the author wrote one.
    pub id: String,
    /// The text between the fences, with any list or quote indentation around it removed; its
    /// first line is the line after the opening fence.
    pub content: String,
    /// Byte offset of the opening fence in the Markdown.
    pub offset: usize,
}

/// Renders Markdown to sanitised HTML, leaving out quiz blocks, which it hands back in order.
/// `resolve` gets every link and image target with its byte offset in `markdown` and returns
/// the URL to use, or `None` to drop it.
pub(crate) fn render(
    markdown: &str,
    resolve: impl FnMut(Target, &str, usize) -> Option<String>,
) -> Rendered {
    let mut quizzes = Vec::new();
    let mut open: Option<QuizBlock> = None;
    let events = Parser::new_ext(markdown, OPTIONS)
        .into_offset_iter()
        .filter(|(event, range)| {
            match (event, &mut open) {
                (Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))), None) => {
                    if let Some(id) = quiz_id(info) {
                        open = Some(QuizBlock {
                            id: id.to_string(),
                            content: String::new(),
                            offset: range.start,
                        });
                    }
                }
                (Event::Text(text), Some(block)) => block.content.push_str(text),
                (Event::End(TagEnd::CodeBlock), Some(_)) => {
                    quizzes.extend(open.take());
                    return false;
                }
                _ => {}
            }
            open.is_none()
        });
    let html = to_html(events, resolve);
    Rendered { html, quizzes }
}

/// The id part of a fenced block's info string when the block is a quiz (`quiz pay-day`): its
/// first word is `quiz`, in any case, so that a `Quiz` block is not shown as code with its
/// answers.
fn quiz_id(info: &str) -> Option<&str> {
    let info = info.trim_start();
    let word = info.split_whitespace().next()?;
    word.eq_ignore_ascii_case("quiz")
        .then(|| info[word.len()..].trim())
}

/// Turns parsed Markdown (events with their byte offsets) into sanitised HTML, resolving link
/// and image targets as [`render`] does.
pub(crate) fn to_html<'a>(
    events: impl IntoIterator<Item = (Event<'a>, Range<usize>)>,
    mut resolve: impl FnMut(Target, &str, usize) -> Option<String>,
) -> String {
    let events = events.into_iter().map(|(event, range)| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let url = resolve(Target::Link, &dest_url, range.start).unwrap_or_default();
            Event::Start(Tag::Link {
                link_type,
                dest_url: CowStr::from(url),
                title,
                id,
            })
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let url = resolve(Target::Image, &dest_url, range.start).unwrap_or_default();
            Event::Start(Tag::Image {
                link_type,
                dest_url: CowStr::from(url),
                title,
                id,
            })
        }
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    sanitize(&html)
}

/// Whether a link target leaves the platform (and so is never rewritten).
pub(crate) fn is_external(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

/// Whether a target names a scheme at all (`javascript:`, `data:`, `https:` ...).
pub(crate) fn has_scheme(url: &str) -> bool {
    url.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    }) || url.starts_with("//")
}

/// The allow-list: ordinary text markup, links to the web or email or to lessons of the same
/// course, and images from this site's own media.
fn sanitize(html: &str) -> String {
    ammonia::Builder::default()
        .url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .link_rel(Some("noopener noreferrer"))
        .attribute_filter(|_element, attribute, value| {
            let allowed = match attribute {
                // Browsers fetch an image as soon as the page opens: only this course's media.
                "src" => is_media_url(value),
                "href" | "cite" => is_allowed_link(value),
                _ => true,
            };
            allowed.then(|| value.into())
        })
        .clean(html)
        .to_string()
}

/// A link target that may stay in sanitised HTML: a web page, an email address or a phone
/// number (ammonia has checked the scheme), a fragment of the same page, or a lesson id as the
/// resolver writes it (`next-lesson`, `next-lesson#part`). Any other relative address
/// (`../../leave`, `/en/account`, `//evil.example`) could reach a page of the platform itself.
fn is_allowed_link(url: &str) -> bool {
    if is_external(url) || url.starts_with('#') {
        return true;
    }
    let id = url.split_once('#').map_or(url, |(id, _)| id);
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests;
