//! Languages: the one the pages are in, chosen from a list on every page, and the ones she
//! reads courses in, which may be others. Both are kept in cookies that hold language codes
//! and nothing else and, once she is signed in, with her account, so they follow her to the
//! next phone (and leave a shared one with her: see `server::languages`).

mod forms;
mod languages_page;

pub use forms::{ChooseLanguageForm, ReadingForm};
pub use languages_page::{LanguagesPage, UnknownLanguagePage, looks_like_a_language};

/// The query parameter that shows a lesson in one of its other languages (`?in=en`), whatever
/// the pages' language and the languages she reads.
pub const SHOWN_IN: &str = "in";

/// How many languages she can say she reads.
pub const MAX_READING: usize = 12;

/// A language code as courses name them (`en`, `pt-br`).
pub fn is_language_code(code: &str) -> bool {
    (2..=16).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_lowercase())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The languages she reads, from the cookie's or the account's value (`sq.en`): well-formed
/// codes, each once, at most [`MAX_READING`]. Anything else in it is dropped.
pub fn parse_reading(value: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for code in value.split('.').filter(|c| is_language_code(c)) {
        if !codes.iter().any(|c| c == code) && codes.len() < MAX_READING {
            codes.push(code.to_string());
        }
    }
    codes
}

/// The languages she reads as a cookie or account value.
pub fn reading_value(codes: &[String]) -> String {
    codes.join(".")
}

/// A path below the language (`/courses/safe-phone`) to go back to after choosing one: only a
/// page of this site below a language, never another address, and never a step out of the
/// language (`/../leave` would sign her out).
pub fn return_path(from: &str) -> &str {
    let ok = from.len() <= 512
        && (from.is_empty() || from.starts_with('/') && !from.starts_with("//"))
        && from
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'\\' | b'#' | b'%'))
        && from
            .split(['/', '?'])
            .all(|segment| segment != "." && segment != "..");
    if ok { from } else { "" }
}

/// The path of the current address without its language (`/en/courses/x` → `/courses/x`),
/// with its query.
pub fn path_below_language(path: &str) -> String {
    path.trim_start_matches('/')
        .split_once('/')
        .map(|(_, rest)| format!("/{rest}"))
        .unwrap_or_default()
}

/// A language code as courses name them: anything else asks for nothing that exists, and
/// goes no further.
pub fn language_code(code: &str) -> Result<&str, crate::error::AppError> {
    if is_language_code(code) {
        Ok(code)
    } else {
        Err(crate::error::AppError::NotFound)
    }
}

/// The languages to show a course in, most wanted first: those she reads, then the page's.
/// None wanted is the course's own default language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContentLanguages(Vec<String>);

impl ContentLanguages {
    pub fn new(mut reading: Vec<String>, page: &str) -> Self {
        if !reading.iter().any(|c| c == page) {
            reading.push(page.to_string());
        }
        ContentLanguages(reading)
    }

    /// The same, with `code` (if any) wanted before all others.
    pub fn first(mut self, code: Option<&str>) -> Self {
        if let Some(code) = code {
            self.0.retain(|c| c != code);
            self.0.insert(0, code.to_string());
        }
        self
    }

    /// The language to show content in: the first she wants that the content has, otherwise
    /// the content's default. The flag says whether it fell back.
    pub fn pick<'a>(&self, available: &'a [String], default: &'a str) -> (&'a str, bool) {
        self.0
            .iter()
            .find_map(|wanted| available.iter().find(|a| *a == wanted))
            .map_or((default, true), |found| (found.as_str(), false))
    }
}

/// The languages a request wants content in: the `read` cookie's, then `page` (the
/// address's language). A malformed page language asks for nothing that exists.
#[cfg(feature = "ssr")]
pub fn content_languages(
    headers: &http::HeaderMap,
    page: &str,
) -> Result<ContentLanguages, crate::error::AppError> {
    language_code(page)?;
    Ok(ContentLanguages::new(reading_of(headers), page))
}

/// The languages she reads, as a request's `read` cookie says (empty: she has not chosen).
#[cfg(feature = "ssr")]
fn reading_of(headers: &http::HeaderMap) -> Vec<String> {
    crate::auth::cookies::cookie(headers, crate::auth::cookies::READING_COOKIE)
        .map(parse_reading)
        .unwrap_or_default()
}

/// The pages' language a request asks for when its address names none: the one this browser
/// chose (its cookie), else the first of the browser's languages the site has.
#[cfg(feature = "ssr")]
pub fn her_language(headers: &http::HeaderMap) -> crate::i18n::Locale {
    use crate::i18n::Locale;

    let chosen = crate::auth::cookies::cookie(headers, crate::auth::cookies::LANGUAGE_COOKIE)
        .and_then(Locale::from_code);
    chosen.unwrap_or_else(|| {
        let accepted = headers
            .get(http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        Locale::negotiate(accepted)
    })
}

/// The language of the page being rendered: its address's, else [`her_language`] (a page
/// with no language in its address: not found, or a language the site does not have).
pub fn page_locale() -> crate::i18n::Locale {
    #[cfg(feature = "ssr")]
    if let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() {
        return crate::i18n::Locale::of_path(parts.uri.path())
            .unwrap_or_else(|| her_language(&parts.headers));
    }
    crate::ui::layout::route_locale().unwrap_or(crate::i18n::Locale::DEFAULT)
}

/// The languages she reads, as this request's cookie says (empty: she has not chosen). Pages
/// render on the server only; in the browser there is no request to read.
pub fn reading_languages() -> Vec<String> {
    #[cfg(feature = "ssr")]
    return leptos::prelude::use_context::<http::request::Parts>()
        .map(|parts| reading_of(&parts.headers))
        .unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    Vec::new()
}

/// [`content_languages`] of the page a server function renders for; a lesson asked for in
/// one language (`?in=en`) comes in it first.
#[cfg(feature = "ssr")]
pub fn requested_content(page: &str) -> Result<ContentLanguages, crate::error::AppError> {
    let parts = leptos::prelude::use_context::<http::request::Parts>();
    let Some(parts) = parts else {
        return content_languages(&http::HeaderMap::new(), page);
    };
    let wanted = content_languages(&parts.headers, page)?;
    Ok(wanted.first(shown_in(parts.uri.query().unwrap_or_default())))
}

/// `address` (with no query yet) asking for content in `shown_in`, if any: the lesson pages'
/// links and forms keep the language she picked for them.
pub fn shown_in_address(address: String, shown_in: Option<&str>) -> String {
    match shown_in {
        Some(code) => format!("{address}?{SHOWN_IN}={code}"),
        None => address,
    }
}

/// The language an address's query asks content in (`?in=en`), if any.
pub fn shown_in(query: &str) -> Option<&str> {
    query.split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        (name == SHOWN_IN && is_language_code(value)).then_some(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(list: &[&str]) -> Vec<String> {
        list.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn content_is_shown_in_the_first_language_she_reads_that_it_has() {
        let available = codes(&["en", "sq", "it"]);
        // Her pages are in Italian, but she reads Albanian best.
        let wanted = ContentLanguages::new(codes(&["sq", "en"]), "it");
        assert_eq!(wanted.pick(&available, "en"), ("sq", false));
        let wanted = ContentLanguages::new(Vec::new(), "it");
        assert_eq!(wanted.pick(&available, "en"), ("it", false));
        // None of hers: the default, and the page says so.
        let wanted = ContentLanguages::new(codes(&["ar"]), "de");
        assert_eq!(wanted.pick(&available, "en"), ("en", true));
    }

    #[test]
    fn a_reading_list_keeps_only_language_codes() {
        assert_eq!(parse_reading("sq.en.sq"), codes(&["sq", "en"]));
        assert_eq!(parse_reading("pt-br.<script>.EN..x"), codes(&["pt-br"]));
        assert_eq!(parse_reading(&"ab.".repeat(40)).len(), 1);
        let many: Vec<String> = (b'a'..=b'z').map(|c| format!("{}a", c as char)).collect();
        assert_eq!(parse_reading(&reading_value(&many)).len(), MAX_READING);
    }

    #[test]
    fn she_goes_back_only_to_a_page_of_this_site() {
        assert_eq!(return_path("/courses/safe-phone"), "/courses/safe-phone");
        assert_eq!(return_path(""), "");
        for elsewhere in [
            "//evil.example",
            "https://evil.example",
            "/a\\b",
            "/a b",
            "/x\r\n",
            "/../leave",
            "/./../leave",
            "/%2e%2e/leave",
        ] {
            assert_eq!(return_path(elsewhere), "", "{elsewhere:?}");
        }
        assert_eq!(path_below_language("/it/courses/x"), "/courses/x");
        assert_eq!(path_below_language("/it"), "");
    }

    #[test]
    fn the_style_sheet_lays_out_by_writing_direction_but_for_the_quick_exit() {
        let css = include_str!("../../../style/main.css");
        // Each declaration naming a physical side, with the rule it is in.
        let mut physical = Vec::new();
        let mut selector = "";
        for line in css.lines().map(str::trim) {
            if line.ends_with('{') {
                selector = line;
            } else if let Some((property, value)) = line.split_once(':')
                && !line.starts_with("/*")
                && (["left", "right"].iter().any(|side| property.contains(side))
                    || value.contains("left") && property != "content"
                    || value.contains("right") && property != "content")
            {
                physical.push(format!("{selector} {line}"));
            }
        }
        assert_eq!(
            physical,
            [
                ".site-header { padding-right: 8.5rem;",
                ".quick-exit { right: 0.5rem;",
            ],
            "only the quick exit (and the room kept for it) stays on the right in Arabic"
        );
    }
}
