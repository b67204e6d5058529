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
