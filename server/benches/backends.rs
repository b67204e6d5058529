//! The same pages on SQLite and on PostgreSQL: how much slower PostgreSQL serves each, as the
//! ratio of the two measured in the same run (the machines are shared and noisy, so absolute
//! times say little). For each database, on a fresh one with the bundled catalogue:
//!
//! - one client, one request after another: the median and 95th percentile time;
//! - 16 clients at once: requests per second;
//!
//! of a lesson page signed in with her progress on it, the catalogue signed in, and a
//! trainer's group page with a dozen learners' progress.
//!
//! Run with `TEST_POSTGRES_URL=postgres://... cargo bench -p server --bench backends` (the
//! URL of a PostgreSQL server where a new database may be made, as for the tests).

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

/// One page's figures on one database.
struct Figures {
    median: f64,
    p95: f64,
    per_second: f64,
}

fn main() {
    measure::on_two_threads(bench());
}

/// The pages, each with the session it is seen with, measured on `backend`.
async fn measure(backend: Backend) -> Vec<(&'static str, Figures)> {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let mut her = None;
    for n in 0..LEARNERS {
        let handle = format!("learner{n}");
        learner(app.db(), &org.cohort, &handle).await;
        let mut learner = app.visitor();
        learner.sign_in(&handle, LEARNER_PASSWORD).await;
        let page = learner.page(LESSON).await;
        let quiz = [
            ("quiz", "who-asks-questions"),
            ("request", &request_in(&page, "quiz-who-asks-questions")),
            ("choice", "1"),
        ];
        learner
            .post(&format!("{LESSON}/answer"), &quiz)
            .await
            .redirected_to();
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
    assert!(
        trainer.page(&group).await.contains("learner11"),
        "the group page lists the learners"
    );
    let trainer = trainer.cookie_header();

    let mut figures = Vec::new();
    for (name, path, cookie) in [
        ("lesson, signed in, with her progress", LESSON, &her),
        ("catalogue, signed in", "/en", &her),
        ("group page, a trainer", group.as_str(), &trainer),
    ] {
        let url = format!("{}{path}", app.address);
        latencies(&app.client, &url, cookie).await; // warm-up
        let (median, p95) = latencies(&app.client, &url, cookie).await;
        let per_second = throughput(&app.client, &url, cookie).await;
        figures.push((
            name,
            Figures {
                median,
                p95,
                per_second,
            },
        ));
    }
    figures
}

async fn bench() {
    let sqlite = measure(Backend::Sqlite).await;
    let postgres = measure(Backend::Postgres).await;
    println!(
        "one client, {SAMPLES} requests one after another: median (95th percentile); \
         {CONCURRENCY} clients at once for {SECONDS} s: requests per second"
    );
    println!("| page | | SQLite | PostgreSQL | PostgreSQL takes |");
    println!("|---|---|---|---|---|");
    for ((name, lite), (_, pg)) in sqlite.iter().zip(&postgres) {
        println!(
            "| {name} | one client | {:.2} ms ({:.2}) | {:.2} ms ({:.2}) | {:.2}x |",
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
