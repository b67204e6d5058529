//! The server through its real surfaces, on a fresh SQLite file and a fresh PostgreSQL database
//! for each story: one test binary (linked once), a module per part of the platform.

#[macro_use]
mod common;

mod access;
mod account;
mod admin;
mod authoring;
mod backup;
mod catalogue;
mod certificates;
mod cli;
mod cohorts;
mod crash;
mod guessing;
mod hostile_text;
mod import;
mod instances;
mod languages;
mod outage;
mod process;
mod progress;
mod refusals;
mod safety;
