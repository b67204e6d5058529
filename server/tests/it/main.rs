//! The server through its real surfaces, on a fresh SQLite file and a fresh PostgreSQL database
//! for each story: one test binary (linked once), a module per part of the platform.

#[macro_use]
mod common;

mod accounts;
mod cli;
mod hardening;
mod pages;
mod refusals;
mod store;
