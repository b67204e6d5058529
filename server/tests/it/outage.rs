//! The database goes away under a running server and comes back: meanwhile every page says so
//! in her language (503, quick exit there), the log says it once, and once the database is
//! back the same process serves again by itself.
//!
//! PostgreSQL is stopped and started for real, so this needs a cluster of its own, named by
//! `TEST_POSTGRES_OUTAGE_URL` (`bash .ci/postgres outage 5433` makes one): the other tests
//! share `TEST_POSTGRES_URL`'s.

use std::process::Command;
use std::time::{Duration, Instant};

use server::db::Db;

use crate::common::{create_postgres_database_on, learner, organisation};
use crate::process::{Instance, form_client, post};

const LESSON: &str = "/en/courses/job-interview/what-is-an-interview";

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
    let db = Db::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    let org = organisation(&db, "Harbour Jobs", "coach.ana").await;
    let her = learner(&db, &org.cohort, "sunflower").await;
    let session = format!("sid={}", db.start_session(&her, false).await.unwrap().token);
    db.close().await;

    let work = tempfile::tempdir().unwrap();
    let mut server = Instance::start(&url, work.path(), "server");
    server.ready().await;
    let client = reqwest::Client::new();
    let lesson = format!("{}{LESSON}", server.address);
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
    let answer = post(
        &form_client(),
        &server.address,
        &format!("{LESSON}/answer"),
        &session,
        "10.0.0.1",
        &[
            ("quiz", "who-asks-questions"),
            ("request", "0123456789abcdef0123"),
            ("choice", "1"),
        ],
    )
    .await
    .unwrap();
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
    tokio::time::sleep(Duration::from_secs(3)).await;
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
