//! The web application: pages, the islands that hydrate in the browser, and server functions.
//!
//! Pages are server components: they render to HTML on the server and work without JavaScript.
//! Only [`quick_exit::QuickExit`] is an island. With the `ssr` feature the crate also declares
//! what it needs from storage ([`store::Store`]); the `server` crate provides it.

rust_i18n::i18n!("locales", fallback = "en");

mod account_page;
mod admin_page;
pub mod api;
pub mod auth;
mod catalogue_page;
mod course_page;
pub mod error;
pub mod forms;
pub mod i18n;
#[cfg(feature = "ssr")]
mod island_loader;
mod layout;
mod lesson_page;
pub mod model;
mod not_found_page;
pub mod quick_exit;
mod safety_page;
mod session_pages;
pub mod shell;
#[cfg(feature = "ssr")]
pub mod store;
mod trainer_pages;

/// The browser entry point: hydrates the islands on the page, nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
