//! The platform's server: configuration, storage for SQLite and PostgreSQL, course import,
//! and the web server that serves the `app` pages. `main.rs` is the command line over it.
//!
//! A feature is a folder (`access`, `account`, `cohorts`, `admin`, `catalogue`) with its
//! routes, its form handlers and its SQL, mirroring the folder of the same name in `app`.
//! `http` is the plumbing every feature shares (state, sessions, headers, quick exit, forms'
//! answers), `db` the pool, migrations and column helpers, and `limits`, `janitor` and `clock`
//! one job each.

pub mod access;
pub mod account;
pub mod admin;
pub mod auth;
pub mod authoring;
pub mod backup;
pub mod catalogue;
pub mod certificates;
pub mod clock;
pub mod cohorts;
pub mod config;
pub mod db;
pub mod demo;
pub mod http;
pub mod janitor;
pub mod languages;
pub mod limits;
pub mod progress;
pub mod serve;
