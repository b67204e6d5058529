//! The HTML document around every page, and the routes.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::account_page::AccountPage;
use crate::admin_page::AdminPage;
use crate::catalogue_page::CataloguePage;
use crate::course_page::CoursePage;
use crate::lesson_page::LessonPage;
use crate::not_found_page::NotFoundPage;
use crate::safety_page::SafetyPage;
use crate::session_pages::{JoinPage, ResetPage, SignInPage};
use crate::trainer_pages::{CohortPage, TrainerPage};

/// Deployment settings pages need, provided as context by the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// The learner-facing name: neutral, chosen by the deployment.
    pub name: String,
    /// Where quick exit goes: an ordinary, harmless site.
    pub quick_exit_url: String,
}

impl Default for Site {
    fn default() -> Self {
        Self {
            name: "Skillpath".into(),
            quick_exit_url: "https://www.wikipedia.org/".into(),
        }
    }
}

/// `text` with the characters that mean markup in HTML written as references.
fn escape_text(text: &str) -> String {
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

/// The Content-Security-Policy of every response. Pages name the nonce of their one inline
/// script (the hydration loader); everything else may load only from this site, and other
/// responses (files, JSON) may load nothing.
#[cfg(feature = "ssr")]
pub fn content_security_policy(nonce: Option<&str>) -> String {
    const ALWAYS: &str = "base-uri 'none'; frame-ancestors 'none'; object-src 'none'";
    match nonce {
        Some(nonce) => format!(
            "default-src 'none'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
             style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; \
             manifest-src 'self'; form-action 'self'; {ALWAYS}"
        ),
        None => format!("default-src 'none'; form-action 'none'; {ALWAYS}"),
    }
}

/// The whole document. `<html lang>` follows the language in the requested path.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::{HashedStylesheet, MetaTags};

    use crate::i18n::Locale;

    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) && let Ok(value) = http::HeaderValue::from_str(&content_security_policy(Some(&nonce)))
    {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }

    let locale = use_context::<http::request::Parts>()
        .and_then(|parts| Locale::of_path(parts.uri.path()))
        .unwrap_or(Locale::DEFAULT);
    view! {
        <!DOCTYPE html>
        <html lang=locale.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <crate::island_loader::IslandLoader options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let site = use_context::<Site>().unwrap_or_default();
    // Every page's title passes through here, and leptos_meta writes it into the head as it
    // is: escaped here, a course or group name with `</title>` in it stays text.
    let formatter = move |page: String| {
        escape_text(&if page.is_empty() {
            site.name.clone()
        } else {
            format!("{page} · {}", site.name)
        })
    };
    view! {
        <Title formatter />
        <Router>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/:lang") view=CataloguePage ssr=SsrMode::Async />
                <Route path=path!("/:lang/courses/:course") view=CoursePage ssr=SsrMode::Async />
                <Route
                    path=path!("/:lang/courses/:course/:lesson")
                    view=LessonPage
                    ssr=SsrMode::Async
                />
                <Route path=path!("/:lang/sign-in") view=SignInPage />
                <Route path=path!("/:lang/join") view=JoinPage ssr=SsrMode::Async />
                <Route path=path!("/:lang/reset") view=ResetPage />
                <Route path=path!("/:lang/safety") view=SafetyPage />
                <Route path=path!("/:lang/account") view=AccountPage ssr=SsrMode::Async />
                <Route path=path!("/:lang/trainer") view=TrainerPage ssr=SsrMode::Async />
                <Route
                    path=path!("/:lang/trainer/cohorts/:cohort")
                    view=CohortPage
                    ssr=SsrMode::Async
                />
                <Route path=path!("/:lang/admin") view=AdminPage ssr=SsrMode::Async />
            </Routes>
        </Router>
    }
}
