//! How fast lesson pages are served, as ratios against baselines measured in the same run (the
//! machines are shared and noisy, so absolute times say little):
//!
//! 1. a lesson page against the same bytes served as a static file, one request at a time;
//! 2. requests per second, with 16 clients at once, of a lesson page signed in with her progress
//!    on it, of the catalogue signed in, and of the safety page (which reads nothing), each
//!    against its own bytes served as a static file by the same server;
//! 3. a lesson page while a flood of sign-in attempts (about 2,000 a second, each from another
//!    address and for another handle, so no limit turns them away before the hasher) keeps the
//!    password hasher busy, against the page alone.
//!
//! Run with `cargo bench -p server` (SQLite, release build). Everything stays on 127.0.0.1.

#[path = "../tests/it/common.rs"]
mod common;
mod measure;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{Backend, LEARNER_PASSWORD, learner, organisation, request_in, spawn_app_with};
use measure::{CONCURRENCY, SAMPLES, SECONDS, latencies, throughput};
use server::auth::Passwords;
use server::http::Accounts;

/// The allocator the server binary uses (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const LESSON: &str = "/en/courses/job-interview/what-is-an-interview";
const FLOODERS: usize = 48;
/// Each flooder sends one attempt every this long: about 2,000 attempts a second in all, a
/// fixed rate, so that runs compare whatever an attempt costs to answer.
const FLOOD_EVERY: Duration = Duration::from_millis(24);

/// A page's requests per second, and those of its own bytes served as a static file.
async fn against_its_file(
    app: &common::TestApp,
    site: &std::path::Path,
    path: &str,
    cookie: &str,
) -> (f64, f64) {
    let url = format!("{}{path}", app.address);
    let bytes = app
        .client
        .get(&url)
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let name = format!("pkg/{}.html", path.replace('/', "_"));
    std::fs::write(site.join(&name), &bytes).unwrap();
    let file = format!("{}/{name}", app.address);
    throughput(&app.client, &file, "").await; // warm-up
    let file_rps = throughput(&app.client, &file, "").await;
    let page_rps = throughput(&app.client, &url, cookie).await;
    (page_rps, file_rps)
}

fn main() {
    measure::on_two_threads(bench());
}

async fn bench() {
    let site = tempfile::tempdir().unwrap();
    let accounts = Accounts {
        passwords: Passwords::for_this_machine(),
        trust_proxy: true,
        ..common::accounts()
    };
    let app = spawn_app_with(
        Backend::Sqlite,
        &site.path().display().to_string(),
        accounts,
    )
    .await;
    let client = app.client.clone();
    let lesson = format!("{}{LESSON}", app.address);

    // The lesson's own bytes, as a file the static file service sends.
    let html = client
        .get(&lesson)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(site.path().join("pkg/lesson.html"), &html).unwrap();
    let file = format!("{}/pkg/lesson.html", app.address);

    for url in [&lesson, &file] {
        latencies(&client, url, "").await; // warm-up
    }
    let (file_median, file_p95) = latencies(&client, &file, "").await;
    let (alone_median, alone_p95) = latencies(&client, &lesson, "").await;

    let stop = Arc::new(AtomicBool::new(false));
    let (attempts, busy) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let flood: Vec<_> = (0..FLOODERS)
        .map(|flooder| {
            let (stop, attempts, busy) = (stop.clone(), attempts.clone(), busy.clone());
            let (client, url) = (client.clone(), format!("{}/en/sign-in", app.address));
            tokio::spawn(async move {
                let mut n = 0u32;
                let mut every = tokio::time::interval(FLOOD_EVERY);
                every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                while !stop.load(Ordering::Relaxed) {
                    every.tick().await;
                    n += 1;
                    let response = client
                        .post(&url)
                        .header("origin", url.trim_end_matches("/en/sign-in"))
                        .header(
                            "x-forwarded-for",
                            format!("10.{flooder}.{}.{}", n / 250, n % 250),
                        )
                        // A new handle each time: one account's limit would stop the hashing.
                        .form(&[
                            ("handle", format!("guess{flooder}x{n}")),
                            ("password", "a wrong guess".into()),
                        ])
                        .send()
                        .await
                        .unwrap();
                    let status = response.status();
                    let Some(location) = response.headers().get("location") else {
                        panic!("{status}: {}", response.text().await.unwrap_or_default());
                    };
                    let location = location.to_str().unwrap().to_string();
                    attempts.fetch_add(1, Ordering::Relaxed);
                    if location.ends_with("=busy") {
                        busy.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let flood_start = Instant::now();
    let (flood_median, flood_p95) = latencies(&client, &lesson, "").await;
    let flood_seconds = flood_start.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    for task in flood {
        task.await.unwrap();
    }

    let (attempts, busy) = (
        attempts.load(Ordering::Relaxed),
        busy.load(Ordering::Relaxed),
    );

    // A learner with progress on the lesson: an answer graded, the lesson done.
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut her = app.visitor();
    her.sign_in("sunflower", LEARNER_PASSWORD).await;
    let page = her.page(LESSON).await;
    let quiz = [
        ("quiz", "who-asks-questions"),
        ("request", &request_in(&page, "quiz-who-asks-questions")),
        ("choice", "1"),
    ];
    her.post(&format!("{LESSON}/answer"), &quiz)
        .await
        .redirected_to();
    let done = request_in(&page, "done");
    her.post(&format!("{LESSON}/done"), &[("request", &done)])
        .await
        .redirected_to();
    let session = her.cookie_header();
    let mut rates = Vec::new();
    for (name, path, cookie) in [
        (
            "lesson page, signed in, with her progress",
            LESSON,
            session.as_str(),
        ),
        ("lesson page, signed out", LESSON, ""),
        ("catalogue, signed in", "/en", session.as_str()),
        ("safety page (reads nothing)", "/en/safety", ""),
    ] {
        let (page, file) = against_its_file(&app, site.path(), path, cookie).await;
        rates.push((name, page, file));
    }
    println!(
        "lesson page ({} bytes), {SAMPLES} sequential requests each:",
        html.len()
    );
    println!("| measure | median | 95th percentile |");
    println!("|---|---|---|");
    println!("| static file, same bytes (baseline) | {file_median:.0} µs | {file_p95:.0} µs |");
    println!("| lesson page | {alone_median:.0} µs | {alone_p95:.0} µs |");
    println!("| lesson page during the sign-in flood | {flood_median:.0} µs | {flood_p95:.0} µs |");
    println!(
        "lesson page / static file: {:.2}x median, {:.2}x p95",
        alone_median / file_median,
        alone_p95 / file_p95
    );
    println!(
        "during the flood / alone: {:.2}x median, {:.2}x p95",
        flood_median / alone_median,
        flood_p95 / alone_p95
    );
    println!(
        "flood: {FLOODERS} clients, {attempts} sign-in attempts in {flood_seconds:.1} s, \
         {busy} turned away as busy"
    );
    println!();
    println!("requests per second, {CONCURRENCY} clients at once for {SECONDS} s each:");
    println!("| page | page | its bytes as a static file | page / file |");
    println!("|---|---|---|---|");
    for (name, page, file) in rates {
        println!(
            "| {name} | {page:.0}/s | {file:.0}/s | {:.2} |",
            page / file
        );
    }
}
