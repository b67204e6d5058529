//! What the platform does to keep a learner safe, and, honestly, what it cannot do.

use leptos::prelude::*;

use crate::ui::layout::Page;
use crate::ui::loading::static_page;

/// The page's paragraphs, in order: each a key under `safety.` in the locale files.
const PARAGRAPHS: [&str; 6] = [
    "quick_exit",
    "shift",
    "history",
    "shared",
    "spyware",
    "data",
];

#[component]
pub fn SafetyPage() -> impl IntoView {
    static_page(|locale| {
        view! {
            <Page locale title=locale.t("safety.title")>
                <h1>{locale.t("safety.title")}</h1>
                {PARAGRAPHS
                    .into_iter()
                    .map(|key| view! { <p>{locale.t(&format!("safety.{key}"))}</p> })
                    .collect_view()}
            </Page>
        }
    })
}
