//! The platform's server: configuration, storage for SQLite and PostgreSQL, course import,
//! and the web server that serves the `app` pages. `main.rs` is the command line over it.

pub mod auth;
pub mod config;
pub mod db;
pub mod demo;
pub mod http;
pub mod limits;
pub mod serve;
