//! The web application: pages, the islands that hydrate in the browser, and server functions.
//!
//! Pages are server components: they render to HTML on the server and work without JavaScript.
//! Two small islands hydrate: [`ui::quick_exit::QuickExit`] on every page, and
//! [`ui::ask_before_leaving::AskBeforeLeaving`] around the course editor's forms. Each feature is a folder (`access`,
//! `account`, `cohorts`, `admin`, `catalogue`, `progress`, `certificates`, `languages`) with its pages, its server functions, the shapes
//! of its data and, with the `ssr` feature, the trait saying what it reads from storage (the
//! `server` crate implements it). [`address`], [`outcome`] and [`auth::cookies`] are the
//! contract that pages and the server's handlers share.

pub mod access;
pub mod account;
pub mod address;
pub mod admin;
pub mod auth;
pub mod authoring;
pub mod catalogue;
pub mod certificates;
pub mod cohorts;
pub mod error;
pub mod form;
pub mod i18n;
pub mod languages;
pub mod model;
pub mod outcome;
pub mod progress;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod shell;
pub mod site;
#[cfg(feature = "ssr")]
pub mod store;
pub mod ui;

/// The browser entry point: hydrates the islands on the page, nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
