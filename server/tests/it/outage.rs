//! The database goes away under a running server and comes back, or its disk fills up and is
//! given room again: meanwhile every page that cannot be served says so in her language (503,
//! quick exit there), the log says it once, and once the database is back the same process
//! serves again by itself.
//!
//! PostgreSQL is stopped and started for real, so this needs a cluster of its own, named by
//! `TEST_POSTGRES_OUTAGE_URL` (`bash .ci/postgres outage 5433` makes one): the other tests
//! share `TEST_POSTGRES_URL`'s. The disk is filled for real too, so this needs a small file
//! system of its own, named by `TEST_FULL_DISK_DIR` (`bash .ci/full-disk` mounts one).

use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};

use server::db::Db;

use crate::common::{create_postgres_database_on, learner, organisation};
use crate::process::{Instance, form_client, post};

/// A lesson with a question, without its language.
const LESSON: &str = "courses/job-interview/what-is-an-interview";

/// The cluster (version and name, as `pg_ctlcluster` takes them) listening on `port`.
fn cluster_on(port: &str) -> (String, String) {
    let clusters = Command::new("pg_lsclusters").arg("-h").output().unwrap();
    String::from_utf8(clusters.stdout)
        .unwrap()
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>())
        .find(|columns| columns.get(2) == Some(&port))
        .map(|columns| (columns[0].to_string(), columns[1].to_string()))
        .unwrap_or_else(|| panic!("no PostgreSQL cluster on port {port} (pg_lsclusters)"))
}

fn pg_ctlcluster(cluster: &(String, String), action: &str) {
    let status = Command::new("pg_ctlcluster")
        .args([&cluster.0, &cluster.1, action, "-m", "fast"])
        .status()
        .unwrap();
    assert!(status.success(), "pg_ctlcluster {action} failed");
}

/// A GET with `cookie` when given: its status and page.
async fn get(client: &reqwest::Client, url: &str, cookie: &str) -> (u16, String) {
    let mut request = client.get(url);
    if !cookie.is_empty() {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

fn says_try_again_in(page: &str, language: &str, words: &str) {
    assert!(
        page.contains(&format!("<html lang=\"{language}\"")),
        "{page}"
    );
    assert!(page.contains(words), "{page}");
    assert!(page.contains("href=\"/leave\""), "no quick exit: {page}");
}

/// A new database at `url`, ready, with a learner of an organisation's group: her id and the
/// cookie of a session of hers.
async fn signed_in_learner(url: &str) -> (String, String) {
    let db = Db::connect(url).await.unwrap();
    db.migrate().await.unwrap();
    let org = organisation(&db, "Harbour Jobs", "coach.ana").await;
    let her = learner(&db, &org.cohort, "sunflower").await;
    let session = format!("sid={}", db.start_session(&her, false).await.unwrap().token);
    db.close().await;
    (her, session)
}

#[tokio::test]
async fn a_lost_database_is_a_page_in_her_language_and_the_server_recovers_by_itself() {
    let admin_url = std::env::var("TEST_POSTGRES_OUTAGE_URL").expect(
        "TEST_POSTGRES_OUTAGE_URL must name a PostgreSQL cluster this test may stop and start, \
         e.g. postgres://skillpath:skillpath@127.0.0.1:5433/postgres (bash .ci/run starts one)",
    );
    let port = admin_url
        .rsplit_once(':')
        .unwrap()
        .1
        .split('/')
        .next()
        .unwrap();
    let cluster = cluster_on(port);
    let url = create_postgres_database_on(&admin_url).await;
    let (_, session) = signed_in_learner(&url).await;

    let work = tempfile::tempdir().unwrap();
    let mut server = Instance::start(&url, work.path(), "server");
    server.ready().await;
    let client = reqwest::Client::new();
    let lesson = format!("{}/en/{LESSON}", server.address);
    let italian = format!("{}/it", server.address);
    assert_eq!(get(&client, &lesson, &session).await.0, 200);
    assert_eq!(get(&client, &italian, "").await.0, 200);

    pg_ctlcluster(&cluster, "stop");
    // What was read within the last second may still be shown from memory; then not.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, page) = get(&client, &italian, "").await;
    assert_eq!(status, 503, "{page}");
    says_try_again_in(&page, "it", "Riprova tra poco");
    let (status, page) = get(&client, &lesson, &session).await;
    assert_eq!(status, 503, "signed in: {page}");
    says_try_again_in(&page, "en", "Please try again in a moment");
    let answer = answer(&server.address, &session, "en", "0123456789abcdef0123").await;
    assert_eq!(answer.status(), 503, "an answer while the database is away");
    for _ in 0..5 {
        assert_eq!(get(&client, &italian, "").await.0, 503);
    }
    let log = server.log();
    assert_eq!(
        log.matches("the database is unavailable").count(),
        1,
        "the outage is logged once, not per request:\n{log}"
    );

    pg_ctlcluster(&cluster, "start");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, _) = get(&client, &lesson, &session).await;
        if status == 200 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not recover:\n{}",
            server.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (status, page) = get(&client, &lesson, &session).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("sunflower") || page.contains("Sign out"),
        "still signed in: {page}"
    );
    until_logged(&server, "the database answers again").await;
    let log = server.log();
    assert_eq!(
        log.matches("the database answers again").count(),
        1,
        "{log}"
    );
    assert_eq!(
        log.matches("the database is unavailable").count(),
        1,
        "{log}"
    );
}

/// Waits (up to 30 seconds) until the server's log says `words`, then a while longer (past
/// the outage watch's next look) for anything it would wrongly log after them.
async fn until_logged(server: &Instance, words: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !server.log().contains(words) {
        assert!(
            Instant::now() < deadline,
            "the log never said {words:?}:\n{}",
            server.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
}

/// Her answer to the lesson's question on its page in `language`, sent with the request id
/// `request`.
async fn answer(address: &str, session: &str, language: &str, request: &str) -> reqwest::Response {
    post(
        &form_client(),
        address,
        &format!("/{language}/{LESSON}/answer"),
        session,
        "10.0.0.1",
        &[
            ("quiz", "who-asks-questions"),
            ("request", request),
            ("choice", "1"),
        ],
    )
    .await
    .unwrap()
}

/// Writes to `file` until the disk has no room left, to the last page.
fn fill(file: &std::path::Path) {
    let mut filler = std::fs::File::create(file).unwrap();
    for chunk in [1 << 20, 4096, 1] {
        while filler.write_all(&vec![1; chunk]).is_ok() {}
    }
    assert_eq!(
        filler.write_all(&[1]).unwrap_err().raw_os_error(),
        Some(28),
        "the disk is full (ENOSPC)"
    );
}

#[tokio::test]
async fn a_full_disk_keeps_pages_readable_and_saving_comes_back_by_itself() {
    let full_disk = std::env::var("TEST_FULL_DISK_DIR").expect(
        "TEST_FULL_DISK_DIR must name a small file system of its own that this test may fill, \
         such as a tmpfs (bash .ci/run mounts one with bash .ci/full-disk)",
    );
    // Never a real disk of this machine: the test fills it to the last byte.
    let size = Command::new("df")
        .args(["--output=size", "-B1M", &full_disk])
        .output()
        .unwrap();
    let megabytes: u64 = String::from_utf8(size.stdout)
        .unwrap()
        .lines()
        .nth(1)
        .and_then(|size| size.trim().parse().ok())
        .expect("the size of TEST_FULL_DISK_DIR's file system (df)");
    assert!(
        megabytes <= 256,
        "{full_disk} is {megabytes} MiB: not a small file system"
    );
    let disk = tempfile::tempdir_in(full_disk).unwrap();
    let url = format!("sqlite://{}/skillpath.db", disk.path().display());
    let (her, session) = signed_in_learner(&url).await;
    let records = || async {
        let pool = sqlx::AnyPool::connect(&url).await.unwrap();
        let row = sqlx::query("SELECT COUNT(*) AS n FROM learning_records WHERE user_id = $1")
            .bind(&her)
            .fetch_one(&pool)
            .await
            .unwrap();
        pool.close().await;
        sqlx::Row::get::<i64, _>(&row, "n")
    };

    let work = tempfile::tempdir().unwrap();
    let mut server = Instance::start(&url, work.path(), "server");
    server.ready().await;
    let client = reqwest::Client::new();
    let lesson = format!("{}/en/{LESSON}", server.address);
    assert_eq!(
        answer(&server.address, &session, "en", "00000000000000000001")
            .await
            .status(),
        303
    );
    let saved = records().await;
    assert!(saved > 0, "her first answer is saved");

    // Her session was last seen more than a minute ago, so reading it notes that it was seen
    // (a write). What SQLite's log already holds would take a few more writes: it is emptied,
    // so that the next write needs room on the disk.
    let pool = sqlx::AnyPool::connect(&url).await.unwrap();
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 61")
        .execute(&pool)
        .await
        .unwrap();
    let checkpoint = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(
        sqlx::Row::get::<i64, _>(&checkpoint, 0),
        0,
        "the log emptied"
    );
    pool.close().await;
    let filler = disk.path().join("filler");
    fill(&filler);
    // What was read within the last second may still be shown from memory; then not.
    tokio::time::sleep(Duration::from_millis(1100)).await;

    // Reading goes on: her lesson, still signed in; the catalogue in Italian.
    let (status, page) = get(&client, &lesson, &session).await;
    assert_eq!(status, 200, "a page read on a full disk: {page}");
    assert!(page.contains("Sign out"), "still signed in: {page}");
    let (status, _) = get(&client, &format!("{}/it", server.address), "").await;
    assert_eq!(status, 200);
    // Saving says to try again, in her language, with the quick exit.
    for request in ["00000000000000000002", "00000000000000000003"] {
        let answered = answer(&server.address, &session, "it", request).await;
        assert_eq!(answered.status(), 503, "an answer on a full disk");
        says_try_again_in(&answered.text().await.unwrap(), "it", "Riprova tra poco");
    }
    // Quiet for longer than the server waits before it checks for room (10 s): still full,
    // and said once.
    tokio::time::sleep(Duration::from_secs(13)).await;
    let log = server.log();
    assert_eq!(
        log.matches("the database's disk is full").count(),
        1,
        "logged once, not per request:\n{log}"
    );
    assert!(!log.contains("has room again"), "{log}");
    assert_eq!(records().await, saved, "nothing half-saved, nothing lost");

    std::fs::remove_file(&filler).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while answer(&server.address, &session, "en", "00000000000000000004")
        .await
        .status()
        != 303
    {
        assert!(
            Instant::now() < deadline,
            "saving did not come back:\n{}",
            server.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(records().await > saved, "her answer once there is room");
    until_logged(&server, "has room again").await;
    let log = server.log();
    assert_eq!(
        log.matches("the database's disk is full").count(),
        1,
        "{log}"
    );
    assert_eq!(log.matches("has room again").count(), 1, "{log}");
}
