//! The trainer's pages at scale: a group's page, a learner's page and the CSV of a
//! 1,000-learner group, on a database of 100,000 learners in 1,000 groups with 10 million
//! learning records, against the same pages on one about a hundred times smaller (1,100
//! learners, 110,000 records), on SQLite and on PostgreSQL.
//!
//! Run with `cargo bench -p server --bench progress` (PostgreSQL too when `TEST_POSTGRES_URL`
//! names a server, as `bash .ci/postgres` prints). Building the large databases takes some
//! minutes; each is dropped at the end. Times are sequential requests over 127.0.0.1: the
//! server's time plus a loopback round trip.

#[path = "../tests/it/common.rs"]
mod common;

use std::time::Instant;

use common::{Backend, TRAINER_PASSWORD, organisation, spawn_app};

const SAMPLES: usize = 30;

/// A database's size: learners, groups, and learning records per learner. Group 0 holds
/// the first 1,000 learners; the others share the rest.
#[derive(Clone, Copy)]
struct Scale {
    name: &'static str,
    learners: i64,
    groups: i64,
    records_each: i64,
}

const SMALL: Scale = Scale {
    name: "1,100 learners, 110,000 records",
    learners: 1_100,
    groups: 2,
    records_each: 100,
};

const LARGE: Scale = Scale {
    name: "100,000 learners, 10,000,000 records",
    learners: 100_000,
    groups: 1_000,
    records_each: 100,
};

/// Fills the database with learners, their records and what the records add up to, in SQL
/// that both backends run (a recursive series, joined to the imported lessons).
async fn fill(url: &str, organisation: &str, first_cohort: &str, scale: Scale) {
    let pool = sqlx::AnyPool::connect(url).await.unwrap();
    let now = server::clock::now();
    let run = |sql: String| {
        let pool = pool.clone();
        async move {
            sqlx::query(&sql).execute(&pool).await.unwrap();
        }
    };
    run("CREATE TABLE bench_numbers (n BIGINT PRIMARY KEY)".into()).await;
    run(format!(
        "WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < {}) \
         INSERT INTO bench_numbers (n) SELECT n FROM s",
        scale.learners.max(scale.records_each) - 1
    ))
    .await;
    // Every lesson of the bundled catalogue with its quiz, numbered.
    run(
        "CREATE TABLE bench_lessons (idx BIGINT, course_slug TEXT, lesson_id TEXT, quiz_id TEXT)"
            .into(),
    )
    .await;
    let lessons = sqlx::query(
        "SELECT l.course_slug, l.lesson_id, q.quiz_id FROM lessons l JOIN courses c \
         ON c.slug = l.course_slug JOIN quizzes q ON q.course_slug = l.course_slug \
         AND q.lesson_id = l.lesson_id AND q.language = c.default_language \
         ORDER BY l.course_slug, l.position",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for (index, row) in lessons.iter().enumerate() {
        use sqlx::Row;
        sqlx::query("INSERT INTO bench_lessons VALUES ($1, $2, $3, $4)")
            .bind(index as i64)
            .bind(row.get::<String, _>("course_slug"))
            .bind(row.get::<String, _>("lesson_id"))
            .bind(row.get::<String, _>("quiz_id"))
            .execute(&pool)
            .await
            .unwrap();
    }
    let lesson_count = lessons.len() as i64;
    let (learners, groups, records) = (scale.learners, scale.groups, scale.records_each);
    let user = "'bench-u' || CAST(u.n AS TEXT)";
    run(format!(
        "INSERT INTO cohorts (id, organisation_id, name, created_at, stuck_days) \
         SELECT 'bench-c' || CAST(n AS TEXT), '{organisation}', 'Group ' || CAST(n AS TEXT), {now}, 14 \
         FROM bench_numbers WHERE n >= 1 AND n < {groups}"
    ))
    .await;
    run(format!(
        "INSERT INTO users (id, handle, handle_key, role, organisation_id, cohort_id, \
         password_hash, created_at) \
         SELECT {user}, 'learner' || CAST(u.n AS TEXT), 'learner' || CAST(u.n AS TEXT), 'learner', \
         '{organisation}', CASE WHEN u.n < 1000 THEN '{first_cohort}' \
         ELSE 'bench-c' || CAST(1 + (u.n - 1000) % ({groups} - 1) AS TEXT) END, NULL, {now} - 8640000 \
         FROM bench_numbers u WHERE u.n < {learners}"
    ))
    .await;
    run(format!(
        "INSERT INTO learning_records (user_id, request_id, course_slug, course_version, \
         lesson_id, quiz_id, answer, is_right, recorded_at) \
         SELECT {user}, 'r' || CAST(r.n AS TEXT), l.course_slug, 1, l.lesson_id, l.quiz_id, 'o:1', \
         (u.n + r.n) % 2, {now} - (u.n * 7919 + r.n * 3607) % 10368000 \
         FROM bench_numbers u JOIN bench_numbers r ON r.n < {records} \
         JOIN bench_lessons l ON l.idx = r.n % {lesson_count} WHERE u.n < {learners}"
    ))
    .await;
    run(format!(
        "INSERT INTO lesson_progress (user_id, course_slug, lesson_id, course_version, done_at) \
         SELECT {user}, l.course_slug, l.lesson_id, 1, {now} - (u.n * 7919 + l.idx) % 10368000 \
         FROM bench_numbers u JOIN bench_lessons l ON (u.n + l.idx) % 3 <> 0 WHERE u.n < {learners}"
    ))
    .await;
    run(format!(
        "INSERT INTO quiz_progress (user_id, course_slug, quiz_id, lesson_id, tries, misses, \
         answered_right, last_answer, last_right, last_at) \
         SELECT {user}, l.course_slug, l.quiz_id, l.lesson_id, 1 + (u.n + l.idx) % 4, \
         (u.n + l.idx) % 4, CASE WHEN (u.n + l.idx) % 5 = 0 THEN 0 ELSE 1 END, 'o:1', \
         CASE WHEN (u.n + l.idx) % 5 = 0 THEN 0 ELSE 1 END, {now} - (u.n * 7919) % 10368000 \
         FROM bench_numbers u JOIN bench_lessons l ON 1 = 1 WHERE u.n < {learners}"
    ))
    .await;
    run(format!(
        // With the counts `progress::recount` keeps, as the two inserts above made them.
        "INSERT INTO course_progress (user_id, course_slug, last_lesson_id, last_at, completed_at, \
         lessons_done, struggling) \
         SELECT {user}, l.course_slug, MIN(l.lesson_id), {now} - (u.n * 7919) % 10368000, NULL, \
         SUM(CASE WHEN (u.n + l.idx) % 3 <> 0 THEN 1 ELSE 0 END), \
         MAX(CASE WHEN (u.n + l.idx) % 4 >= 3 AND (u.n + l.idx) % 5 = 0 THEN 1 ELSE 0 END) \
         FROM bench_numbers u JOIN bench_lessons l ON 1 = 1 WHERE u.n < {learners} \
         GROUP BY u.n, l.course_slug"
    ))
    .await;
    run("DROP TABLE bench_lessons".into()).await;
    run("DROP TABLE bench_numbers".into()).await;
    // What a database that has been running a while has: statistics, and on PostgreSQL the
    // visibility map autovacuum keeps (without it, index-only scans read every row's page).
    let settle = if url.starts_with("postgres") {
        "VACUUM ANALYZE"
    } else {
        "ANALYZE"
    };
    run(settle.into()).await;
    pool.close().await;
}

/// Sequential GETs of `path` as `visitor`: the median and 95th percentile in milliseconds.
async fn latencies(visitor: &mut common::Visitor, path: &str) -> (f64, f64) {
    let mut times = Vec::with_capacity(SAMPLES);
    visitor.page(path).await; // warm-up
    for _ in 0..SAMPLES {
        let start = Instant::now();
        let answer = visitor.get(path).await;
        times.push(start.elapsed().as_secs_f64() * 1e3);
        assert_eq!(answer.status, 200, "{path}");
    }
    times.sort_by(f64::total_cmp);
    (times[SAMPLES / 2], times[SAMPLES * 95 / 100])
}

/// The three pages' median and 95th percentile on one backend at one scale.
async fn measure(backend: Backend, scale: Scale) -> [(f64, f64); 3] {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let started = Instant::now();
    fill(&app.test_db.url, &org.id, &org.cohort, scale).await;
    eprintln!(
        "{backend:?}, {}: filled in {:.0} s",
        scale.name,
        started.elapsed().as_secs_f64()
    );
    let mut trainer = app.visitor();
    trainer.sign_in("coach.ana", TRAINER_PASSWORD).await;
    let group = "/en/trainer/cohorts/bench-c1";
    let page = trainer.page(group).await;
    assert!(
        page.matches("<tr>").count() >= 90,
        "a group of about 100 learners"
    );
    let csv = format!("/en/trainer/cohorts/{}/progress.csv", org.cohort);
    assert_eq!(
        trainer.page(&csv).await.matches("\r\n").count(),
        1_001,
        "a header and 1,000 learners"
    );
    let measured = [
        latencies(&mut trainer, group).await,
        latencies(&mut trainer, &format!("{group}/learners/bench-u1000")).await,
        latencies(&mut trainer, &csv).await,
    ];
    drop_database(&app).await;
    measured
}

/// Drops a PostgreSQL bench database (a SQLite file goes with its folder).
async fn drop_database(app: &common::TestApp) {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else {
        return;
    };
    if !app.test_db.url.starts_with("postgres") {
        return;
    }
    app.db().close().await;
    let name = app.test_db.url.rsplit('/').next().unwrap().to_string();
    let admin = sqlx::AnyPool::connect(&admin_url).await.unwrap();
    sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(&admin)
        .await
        .unwrap();
    admin.close().await;
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut backends = vec![Backend::Sqlite];
        if std::env::var("TEST_POSTGRES_URL").is_ok() {
            backends.push(Backend::Postgres);
        } else {
            eprintln!("TEST_POSTGRES_URL is not set: SQLite only");
        }
        println!("| backend | page | small: median (p95) | large: median (p95) | large / small |");
        println!("|---|---|---|---|---|");
        for backend in backends {
            let small = measure(backend, SMALL).await;
            let large = measure(backend, LARGE).await;
            let pages = [
                "group page (100 learners)",
                "learner page",
                "CSV (1,000 learners)",
            ];
            for (index, page) in pages.iter().enumerate() {
                let ((sm, sp), (lm, lp)) = (small[index], large[index]);
                println!(
                    "| {backend:?} | {page} | {sm:.1} ms ({sp:.1}) | {lm:.1} ms ({lp:.1}) | {:.2}x |",
                    lm / sm
                );
            }
        }
    });
}
