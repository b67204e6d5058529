//! The same pages on SQLite and on PostgreSQL: how much slower PostgreSQL serves each, as the
//! ratio of the two measured in the same run (the machines are shared and noisy, so absolute
//! times say little). For each database, on a fresh one with the bundled catalogue:
//!
//! - one client, one request after another: the median and 95th percentile time;
//! - 16 clients at once: requests per second;
//!
//! each three times, in turns on the two databases, the middle figure reported;
//!
//! of a lesson page signed in with her progress on it, the catalogue signed in, and a
//! trainer's group page with a dozen learners' progress.
//!
//! Run with `TEST_POSTGRES_URL=postgres://... cargo bench -p server --bench backends` (the
//! URL of a PostgreSQL server where a new database may be made, as for the tests); add
//! `-- group` (or any part of a page's name) to measure only the pages so named.

#[path = "../tests/it/common.rs"]
mod common;
mod measure;

use common::{
    Backend, LEARNER_PASSWORD, TRAINER_PASSWORD, learner, organisation, request_in, spawn_app,
};
use measure::{CONCURRENCY, SAMPLES, SECONDS, latencies, throughput};

/// The allocator the server binary uses (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const LESSON: &str = "/en/courses/job-interview/what-is-an-interview";
const LEARNERS: usize = 12;
/// Each page is measured this many times on each database, in turns, so that a noisy
/// moment of the machine falls on both.
const ROUNDS: usize = 3;

/// One page's figures on one database.
struct Figures {
    median: f64,
    p95: f64,
    per_second: f64,
}

fn main() {
    measure::on_two_threads(bench());
}

/// A database's server, and its pages each with the session they are seen with.
struct Served {
    app: common::TestApp,
    pages: Vec<(&'static str, String, String)>,
}

/// A fresh database of `backend` with the catalogue, a group of learners who each finished a
/// lesson and answered its question, as a real group would: most right at once, every third
/// after a wrong answer, and one still struggling (missed three times, never right), so that
/// the group page shows its flags and the question missed most.
async fn serve(backend: Backend) -> Served {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let mut her = None;
    for n in 0..LEARNERS {
        let handle = format!("learner{n}");
        learner(app.db(), &org.cohort, &handle).await;
        let mut learner = app.visitor();
        learner.sign_in(&handle, LEARNER_PASSWORD).await;
        let answers: &[&str] = match n {
            0 => &["0", "0", "0"],
            n if n % 3 == 0 => &["0", "1"],
            _ => &["1"],
        };
        let mut page = learner.page(LESSON).await;
        for choice in answers {
            let quiz = [
                ("quiz", "who-asks-questions"),
                ("request", &request_in(&page, "quiz-who-asks-questions")),
                ("choice", choice),
            ];
            learner
                .post(&format!("{LESSON}/answer"), &quiz)
                .await
                .redirected_to();
            page = learner.page(LESSON).await;
        }
        let done = request_in(&page, "done");
        learner
            .post(&format!("{LESSON}/done"), &[("request", &done)])
            .await
            .redirected_to();
        her = Some(learner);
    }
    let her = her.unwrap().cookie_header();
    let mut trainer = app.visitor();
    trainer.sign_in(&org.trainer, TRAINER_PASSWORD).await;
    let group = format!("/en/trainer/cohorts/{}", org.cohort);
    let page = trainer.page(&group).await;
    assert!(
        page.contains("learner11") && page.contains("In a job interview, who asks questions?"),
        "the group page lists the learners and the question they missed most"
    );
    let trainer = trainer.cookie_header();
    let pages = vec![
        (
            "lesson, signed in, with her progress",
            LESSON.to_string(),
            her.clone(),
        ),
        ("catalogue, signed in", "/en".to_string(), her),
        ("group page, a trainer", group, trainer),
    ];
    Served { app, pages }
}

/// One page's figures on one database, once.
async fn measure(served: &Served, page: usize) -> Figures {
    let (_, path, cookie) = &served.pages[page];
    let url = format!("{}{path}", served.app.address);
    let client = &served.app.client;
    latencies(client, &url, cookie).await; // warm-up
    let (median, p95) = latencies(client, &url, cookie).await;
    let per_second = throughput(client, &url, cookie).await;
    Figures {
        median,
        p95,
        per_second,
    }
}

/// The middle of `values`.
fn middle(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The middle of each figure over the rounds.
fn middle_of(rounds: &[Figures]) -> Figures {
    Figures {
        median: middle(rounds.iter().map(|f| f.median).collect()),
        p95: middle(rounds.iter().map(|f| f.p95).collect()),
        per_second: middle(rounds.iter().map(|f| f.per_second).collect()),
    }
}

async fn bench() {
    let sqlite = serve(Backend::Sqlite).await;
    let postgres = serve(Backend::Postgres).await;
    println!(
        "one client, {SAMPLES} requests one after another: median (95th percentile); \
         {CONCURRENCY} clients at once for {SECONDS} s: requests per second; \
         each the middle of {ROUNDS} rounds taken in turns on the two databases"
    );
    println!("| page | | SQLite | PostgreSQL | PostgreSQL takes |");
    println!("|---|---|---|---|---|");
    // What cargo bench passes starts with "--"; anything else picks pages by name.
    let only = std::env::args().skip(1).find(|arg| !arg.starts_with("--"));
    for page in 0..sqlite.pages.len() {
        if only
            .as_ref()
            .is_some_and(|only| !sqlite.pages[page].0.contains(only.as_str()))
        {
            continue;
        }
        let (mut lite, mut pg) = (Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            lite.push(measure(&sqlite, page).await);
            pg.push(measure(&postgres, page).await);
        }
        let (lite, pg) = (middle_of(&lite), middle_of(&pg));
        println!(
            "| {} | one client | {:.2} ms ({:.2}) | {:.2} ms ({:.2}) | {:.2}x |",
            sqlite.pages[page].0,
            lite.median / 1e3,
            lite.p95 / 1e3,
            pg.median / 1e3,
            pg.p95 / 1e3,
            pg.median / lite.median
        );
        println!(
            "| | {CONCURRENCY} clients | {:.0}/s | {:.0}/s | {:.2}x |",
            lite.per_second,
            pg.per_second,
            lite.per_second / pg.per_second
        );
    }
}
