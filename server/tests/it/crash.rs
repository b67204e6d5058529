//! Nothing acknowledged is lost: the server is killed outright (SIGKILL) again and again in the
//! middle of a stream of writes (answers to a quiz from many learners, learners joining with a
//! code, a trainer approving certificates), restarted each time, and then every write a client
//! saw acknowledged must be in the database, and every write must be whole: a quiz's tries
//! match the answers recorded, a join code's uses match the accounts it made, an approved
//! request has its one certificate.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::Rng;
use sqlx::{AnyPool, Row};

use crate::certificates::{COURSE, named};
use crate::common::{
    Backend, TRAINER_PASSWORD, Visitor, complete_course, fresh_db, learner, organisation,
};
use crate::process::{Instance, form_client, post};

const LESSON: &str = "/en/courses/job-interview/what-is-an-interview";
const QUIZ: &str = "who-asks-questions";
/// Kills per database, and the most time they may take: whichever comes first.
const KILLS: usize = 200;
const AT_MOST: Duration = Duration::from_secs(150);
/// Clients writing at once, and the learners they answer as (each may record 30 answers a
/// minute: enough learners that most answers are recorded, not refused).
const WRITERS: usize = 6;
const LEARNERS: usize = 60;
const JOIN_USES: i64 = 10_000;
/// Learners who finished a course and asked for its certificate, for the trainer to approve.
const REQUESTS: usize = 12;

/// What the clients sent and what they were told.
#[derive(Default)]
struct Seen {
    /// Answers acknowledged as recorded, by learner: request ids.
    recorded: HashMap<String, Vec<String>>,
    /// Answers acknowledged as refused (too many lately): nothing may be recorded for them.
    refused: Vec<(String, String)>,
    /// Handles acknowledged as joined.
    joined: Vec<String>,
    /// Certificate requests not yet decided, and those acknowledged as approved.
    pending: Vec<String>,
    approved: Vec<String>,
    kills: usize,
    answers_sent: usize,
}

impl Seen {
    /// Writes acknowledged so far, of every kind.
    fn acknowledged(&self) -> usize {
        self.recorded.values().map(Vec::len).sum::<usize>()
            + self.refused.len()
            + self.joined.len()
            + self.approved.len()
    }
}

crate::on_both_backends!(acknowledged_writes_survive_being_killed);

async fn acknowledged_writes_survive_being_killed(backend: Backend) {
    let test_db = fresh_db(backend).await;
    let db = &test_db.db;
    db.import_catalog(&crate::common::catalog_dir())
        .await
        .unwrap();
    let org = organisation(db, "Harbour Jobs", "coach.ana").await;
    let mut learners = Vec::new();
    for n in 0..LEARNERS {
        let id = learner(db, &org.cohort, &format!("learner{n}")).await;
        let token = db.start_session(&id, false).await.unwrap().token;
        learners.push((id, format!("sid={token}")));
    }
    let code = db
        .create_join_code(&org.cohort, JOIN_USES, 1)
        .await
        .unwrap();
    let work = tempfile::tempdir().unwrap();

    // Certificate requests to decide, and the trainer's session, made through a first server.
    let mut server = Instance::start(&test_db.url, work.path(), "server");
    server.ready().await;
    let mut pending = Vec::new();
    for n in 0..REQUESTS {
        let id = learner(db, &org.cohort, &format!("graduate{n}")).await;
        let mut her = Visitor::of(&server.address);
        let token = db.start_session(&id, false).await.unwrap().token;
        her.cookies.insert("sid".into(), token);
        complete_course(&mut her, COURSE).await;
        pending.push(named(&mut her, "Ana Popescu").await);
    }
    let mut trainer = Visitor::of(&server.address);
    trainer
        .sign_in(&org.trainer, TRAINER_PASSWORD)
        .await
        .redirected_to();
    let trainer = trainer.cookie_header();
    server.kill();

    let seen = Arc::new(Mutex::new(Seen {
        pending,
        ..Seen::default()
    }));
    let started = Instant::now();
    let mut rng = rand::rng();
    while seen.lock().unwrap().kills < KILLS && started.elapsed() < AT_MOST {
        let mut server = Instance::start(&test_db.url, work.path(), "server");
        server.ready().await;
        let address = server.address.clone();
        let mut writers: Vec<_> = (0..WRITERS)
            .map(|writer| {
                let (seen, address) = (seen.clone(), address.clone());
                let mine: Vec<_> = learners
                    .iter()
                    .skip(writer)
                    .step_by(WRITERS)
                    .cloned()
                    .collect();
                tokio::spawn(answer_until_gone(address, mine, seen))
            })
            .collect();
        writers.push(tokio::spawn(join_until_gone(
            address.clone(),
            code.clone(),
            seen.clone(),
        )));
        writers.push(tokio::spawn(approve_until_gone(
            address,
            trainer.clone(),
            seen.clone(),
        )));
        // A server that has just started opens its database connections first (slowly on
        // PostgreSQL in a debug build): the kill comes at a random moment after its first
        // acknowledged write, so every round cuts into writes under way.
        let before = seen.lock().unwrap().acknowledged();
        let deadline = Instant::now() + Duration::from_secs(20);
        while seen.lock().unwrap().acknowledged() == before {
            assert!(Instant::now() < deadline, "no write acknowledged in 20 s");
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        tokio::time::sleep(Duration::from_millis(rng.random_range(0..300))).await;
        server.kill();
        for writer in writers {
            writer.await.unwrap();
        }
        seen.lock().unwrap().kills += 1;
    }

    // Once more, to see that it starts on what the last kill left.
    let mut server = Instance::start(&test_db.url, work.path(), "server");
    server.ready().await;
    server.kill();
    let pool = AnyPool::connect(&test_db.url).await.unwrap();
    let seen = std::mem::take(&mut *seen.lock().unwrap());
    let recorded: usize = seen.recorded.values().map(Vec::len).sum();
    eprintln!(
        "{backend:?}: {} kills in {:.0} s; {} answers sent, {recorded} acknowledged as \
         recorded, {} as refused; {} joins and {} approvals acknowledged",
        seen.kills,
        started.elapsed().as_secs_f64(),
        seen.answers_sent,
        seen.refused.len(),
        seen.joined.len(),
        seen.approved.len(),
    );
    assert!(seen.kills >= 50, "too few kills to tell: {}", seen.kills);
    assert!(
        recorded >= 100,
        "too few writes acknowledged to tell: {recorded}"
    );
    check_answers(&pool, &learners, &seen).await;
    check_joins(&pool, &org.cohort, &seen.joined).await;
    check_certificates(&pool, &seen.approved).await;
    if backend == Backend::Sqlite {
        let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(integrity, "ok");
    }
    pool.close().await;
}

/// Posts answers as each of `learners` in turn, each with a new request id, until the server
/// is gone; notes what each acknowledgement said.
async fn answer_until_gone(
    address: String,
    learners: Vec<(String, String)>,
    seen: Arc<Mutex<Seen>>,
) {
    let client = form_client();
    for (user, cookie) in learners.iter().cycle() {
        let request = uuid::Uuid::new_v4().simple().to_string();
        seen.lock().unwrap().answers_sent += 1;
        let form = [("quiz", QUIZ), ("request", &request), ("choice", "1")];
        let path = format!("{LESSON}/answer");
        let Some(response) = post(&client, &address, &path, cookie, "10.0.0.1", &form).await else {
            return;
        };
        assert_eq!(response.status(), 303, "an answer was not taken");
        let location = response.headers()["location"].to_str().unwrap().to_string();
        let mut seen = seen.lock().unwrap();
        if location.contains("error=wait") {
            seen.refused.push((user.clone(), request));
        } else {
            assert!(!location.contains("error="), "{location}");
            seen.recorded.entry(user.clone()).or_default().push(request);
        }
    }
}

/// Joins with `code` under new handles, each from an address of its own, until the server is
/// gone; notes each join acknowledged (her home page, signed in).
async fn join_until_gone(address: String, code: String, seen: Arc<Mutex<Seen>>) {
    let client = form_client();
    loop {
        let handle = format!("joiner{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
        let from = format!("10.1.{}.{}", rand::random::<u8>(), rand::random::<u8>());
        let Some(first) = post(&client, &address, "/en/join", "", &from, &[("code", &code)]).await
        else {
            return;
        };
        let Some(join_cookie) = first.headers().get("set-cookie") else {
            panic!("the code was not taken: {:?}", first.headers());
        };
        let join_cookie = join_cookie
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string();
        let form = [
            ("handle", handle.as_str()),
            ("password", "a long enough password"),
        ];
        let Some(joined) = post(&client, &address, "/en/join", &join_cookie, &from, &form).await
        else {
            return;
        };
        let location = joined.headers()["location"].to_str().unwrap().to_string();
        if location.contains("error=") {
            // Refused (busy hashing, say): nothing to look for.
            continue;
        }
        assert!(
            joined
                .headers()
                .get_all("set-cookie")
                .iter()
                .any(|c| c.to_str().unwrap().starts_with("sid=")),
            "joined without a session: {location}"
        );
        seen.lock().unwrap().joined.push(handle);
    }
}

/// Every acknowledged answer is there, no refused one is, and each quiz's tries and misses
/// are exactly the answers recorded.
async fn check_answers(pool: &AnyPool, learners: &[(String, String)], seen: &Seen) {
    for (user, _) in learners {
        let requests: Vec<String> =
            sqlx::query_scalar("SELECT request_id FROM learning_records WHERE user_id = $1")
                .bind(user)
                .fetch_all(pool)
                .await
                .unwrap();
        for request in seen.recorded.get(user).into_iter().flatten() {
            assert!(
                requests.contains(request),
                "an acknowledged answer of {user} was lost"
            );
        }
        let progress = sqlx::query(
            "SELECT tries, misses FROM quiz_progress WHERE user_id = $1 AND quiz_id = $2",
        )
        .bind(user)
        .bind(QUIZ)
        .fetch_optional(pool)
        .await
        .unwrap();
        let (tries, misses) = progress.map_or((0, 0), |row| {
            (row.get::<i64, _>("tries"), row.get::<i64, _>("misses"))
        });
        let wrong: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM learning_records WHERE user_id = $1 AND is_right = 0",
        )
        .bind(user)
        .fetch_one(pool)
        .await
        .unwrap();
        assert_eq!(
            tries,
            requests.len() as i64,
            "{user}: tries against records"
        );
        assert_eq!(misses, wrong, "{user}: misses against wrong answers");
    }
    for (user, request) in &seen.refused {
        let found: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM learning_records WHERE user_id = $1 AND request_id = $2",
        )
        .bind(user)
        .bind(request)
        .fetch_one(pool)
        .await
        .unwrap();
        assert_eq!(found, 0, "a refused answer was recorded");
    }
}

/// Every acknowledged join made an account, and the code's uses went down by exactly the
/// accounts it made.
async fn check_joins(pool: &AnyPool, cohort: &str, joined: &[String]) {
    let handles: Vec<String> = sqlx::query_scalar(
        "SELECT handle FROM users WHERE cohort_id = $1 AND handle LIKE 'joiner%'",
    )
    .bind(cohort)
    .fetch_all(pool)
    .await
    .unwrap();
    for handle in joined {
        assert!(handles.contains(handle), "the account {handle} was lost");
    }
    // The cohort's one code with many uses (each other learner came with a code of her own).
    let uses_left: i64 =
        sqlx::query_scalar("SELECT MAX(uses_left) FROM join_codes WHERE cohort_id = $1")
            .bind(cohort)
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(
        JOIN_USES - uses_left,
        handles.len() as i64,
        "uses against accounts"
    );
}

/// Approves the requests still pending, one after another, until the server is gone or none
/// is left; notes each approval acknowledged. One cut off half-way is not tried again.
async fn approve_until_gone(address: String, trainer: String, seen: Arc<Mutex<Seen>>) {
    let client = form_client();
    loop {
        let Some(request) = seen.lock().unwrap().pending.pop() else {
            return;
        };
        let path = format!("/en/trainer/certificates/{request}/approve");
        let form = [("name", "Ana Popescu")];
        let Some(answer) = post(&client, &address, &path, &trainer, "10.0.0.2", &form).await else {
            return;
        };
        assert_eq!(answer.status(), 303, "an approval was not taken");
        let location = answer.headers()["location"].to_str().unwrap().to_string();
        assert!(!location.contains("error="), "{location}");
        seen.lock().unwrap().approved.push(request);
    }
}

/// Every acknowledged approval issued its certificate, and every request is whole: issued
/// with exactly one certificate, or not issued with none.
async fn check_certificates(pool: &AnyPool, approved: &[String]) {
    let requests = sqlx::query("SELECT id, status, code FROM certificate_requests")
        .fetch_all(pool)
        .await
        .unwrap();
    assert_eq!(requests.len(), REQUESTS);
    for request in &requests {
        let id: String = request.get("id");
        let status: String = request.get("status");
        let code: Option<String> = request.get("code");
        let certificates: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM certificates WHERE request_id = $1")
                .bind(&id)
                .fetch_one(pool)
                .await
                .unwrap();
        let issued = status == "issued";
        assert_eq!(code.is_some(), issued, "{id}: {status} with code {code:?}");
        assert_eq!(
            certificates,
            i64::from(issued),
            "{id}: {status}, {certificates} certificates"
        );
        if approved.contains(&id) {
            assert!(issued, "an acknowledged approval of {id} was lost");
        }
    }
}
