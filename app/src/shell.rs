//! The HTML document around every page.

use leptos::prelude::*;

use crate::routes::App;

/// The whole document. `<html lang dir>` follow the language in the requested path.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::{HashedStylesheet, MetaTags};

    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) && let Ok(value) =
        http::HeaderValue::from_str(&crate::site::content_security_policy(Some(&nonce)))
    {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }

    let locale = crate::languages::page_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <crate::ui::island_loader::IslandLoader options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}
