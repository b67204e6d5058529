//! Pages in the route's language: one that needs no data, and one whose data a server
//! function loads (with the error page, and its status, when that fails).

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::Locale;
use crate::ui::error_page::{ErrorPage, NotFoundPage};
use crate::ui::layout::route_locale;

/// A page that needs no data from the server, in the route's language.
pub fn static_page<V: IntoView + 'static>(show: impl FnOnce(Locale) -> V) -> AnyView {
    match route_locale() {
        Some(locale) => show(locale).into_any(),
        None => NotFoundPage().into_any(),
    }
}

/// A page whose content a server function loads in the route's language: `show` once it has
/// arrived, or the error page (with its status) when the language is unknown or loading failed.
pub fn loaded_page<T, Fut, V>(
    load: impl Fn(Locale) -> Fut + Send + Sync + 'static,
    show: impl Fn(Locale, T) -> V + Copy + Send + Sync + 'static,
) -> AnyView
where
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let Some(locale) = route_locale() else {
        return NotFoundPage().into_any();
    };
    // Loaded once, here: `Suspense` walks its children more than once while the server
    // renders, and a load started inside them would run again each time, the first one
    // dropped half-way (on PostgreSQL, with the connection it was waiting on).
    let data = ArcAsyncDerived::new(move || load(locale));
    view! {
        <Suspense>
            {move || {
                let data = data.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(data) => show(locale, data).into_any(),
                        Err(error) => view! { <ErrorPage locale error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}
