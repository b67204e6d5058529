//! Several instances as one: two server processes on one PostgreSQL database, started at the
//! same moment, as a deployment behind a load balancer runs them. Whatever one does, the other
//! sees: sessions, join codes, progress, sign-out and "sign out everywhere", and the count of
//! guesses at a password.

use std::time::{Duration, Instant};

use reqwest::Response;
use sqlx::AnyPool;

use crate::authoring::{QUIZ, publish, save_lesson, write_course};
use crate::common::{
    LEARNER_PASSWORD, PARTNER_PASSWORD, TRAINER_PASSWORD, Visitor, create_postgres_database_on,
    learner, organisation, partner,
};
use crate::process::{Instance, form_client, post};

const LESSON: &str = "/en/courses/job-interview/what-is-an-interview";

/// The session cookie a response sets, as the browser sends it back.
fn session_of(response: &Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap())
        .find(|c| c.starts_with("sid="))
        .unwrap_or_else(|| panic!("no session: {:?}", response.headers()))
        .split(';')
        .next()
        .unwrap()
        .to_string()
}

fn location(response: &Response) -> String {
    response.headers()["location"].to_str().unwrap().to_string()
}

/// Signs in on `instance`: the session cookie.
async fn sign_in(instance: &Instance, handle: &str, password: &str) -> String {
    let answer = post(
        &form_client(),
        &instance.address,
        "/en/sign-in",
        "",
        "10.9.9.9",
        &[("handle", handle), ("password", password), ("shared", "1")],
    )
    .await
    .unwrap();
    session_of(&answer)
}

/// A wrong password for rosemary, sent to the instance at `address` from `ip`: where the
/// answer sends her.
async fn guess(address: String, ip: String) -> String {
    let answer = post(
        &form_client(),
        &address,
        "/en/sign-in",
        "",
        &ip,
        &[("handle", "rosemary"), ("password", "not her password")],
    )
    .await
    .unwrap();
    location(&answer)
}

/// A page as `cookie`'s browser sees it on `instance`: its status, and the page or where it
/// sends her.
async fn page(instance: &Instance, path: &str, cookie: &str) -> (u16, String) {
    let response = form_client()
        .get(format!("{}{path}", instance.address))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    if (300..400).contains(&status) {
        return (status, location(&response));
    }
    (status, response.text().await.unwrap())
}

/// Whether `check` holds of what `read` reads, within `within`.
async fn eventually<F, Fut, T>(within: Duration, read: F, check: impl Fn(&T) -> bool) -> bool
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let deadline = Instant::now() + within;
    loop {
        if check(&read().await) {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// How soon a sign-out or her progress on one instance reaches the other: well within the
/// second an instance may keep who a session signs in, so that only the other instance's
/// being told (see `access::session_cache`) can make it.
const TOLD: Duration = Duration::from_millis(300);

fn signed_in(answer: &(u16, String)) -> bool {
    answer.0 == 200 && answer.1.contains("Sign out")
}

/// Whether `instance` serves rosemary's new session once more after it was deleted without a
/// word: it kept who the session signs in. Tried again for a while, as an instance keeps
/// nothing until it listens to the others.
async fn keeps_sessions(instance: &Instance, pool: &AnyPool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        let cookie = sign_in(instance, "rosemary", "a long enough password").await;
        assert!(signed_in(&page(instance, "/en/home", &cookie).await));
        sqlx::query(
            "DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE handle = $1)",
        )
        .bind("rosemary")
        .execute(pool)
        .await
        .unwrap();
        if signed_in(&page(instance, "/en/home", &cookie).await) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    false
}

/// Whether `instance` stops serving `cookie`'s session as signed in, soon enough (see [`TOLD`]).
async fn signed_out_soon(instance: &Instance, cookie: &str) -> bool {
    eventually(
        TOLD,
        || page(instance, "/en/home", cookie),
        |(status, sent_to)| *status == 303 && sent_to == "/en/sign-in",
    )
    .await
}

#[tokio::test]
async fn two_instances_on_one_postgresql_database_act_as_one() {
    let admin_url = std::env::var("TEST_POSTGRES_URL").expect("TEST_POSTGRES_URL");
    let url = create_postgres_database_on(&admin_url).await;
    let work = tempfile::tempdir().unwrap();

    // Both start at once on an empty database: each migrates and imports the catalogue.
    let mut a = Instance::start(&url, work.path(), "a");
    let mut b = Instance::start(&url, work.path(), "b");
    a.ready().await;
    b.ready().await;
    let pool = AnyPool::connect(&url).await.unwrap();
    let (runs, versions): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(DISTINCT version) FROM _sqlx_migrations WHERE success",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
        .unwrap()
        .count() as i64;
    assert_eq!((runs, versions), (files, files), "each migration ran once");

    let db = server::db::Db::connect(&url).await.unwrap();
    let org = organisation(&db, "Harbour Jobs", "coach.ana").await;
    learner(&db, &org.cohort, "sunflower").await;

    // A session made on one works on the other.
    let trainer = sign_in(&a, "coach.ana", TRAINER_PASSWORD).await;
    assert!(signed_in(&page(&b, "/en/trainer", &trainer).await));

    // A join code made on one lets her join on the other.
    let made = post(
        &form_client(),
        &a.address,
        &format!("/en/trainer/cohorts/{}/codes", org.cohort),
        &trainer,
        "10.9.9.9",
        &[("uses", "5"), ("days", "7")],
    )
    .await
    .unwrap();
    assert_eq!(made.status(), 303, "{}", location(&made));
    let code: String =
        sqlx::query_scalar("SELECT code FROM join_codes WHERE cohort_id = $1 AND uses_left = 5")
            .bind(&org.cohort)
            .fetch_one(&pool)
            .await
            .unwrap();
    let client = form_client();
    let typed = post(
        &client,
        &b.address,
        "/en/join",
        "",
        "10.2.2.2",
        &[("code", &code)],
    )
    .await
    .unwrap();
    assert!(!location(&typed).contains("error="), "{}", location(&typed));
    let join_cookie = typed.headers()["set-cookie"].to_str().unwrap();
    let join_cookie = join_cookie.split(';').next().unwrap();
    let joined = post(
        &client,
        &b.address,
        "/en/join",
        join_cookie,
        "10.2.2.2",
        &[
            ("handle", "rosemary"),
            ("password", "a long enough password"),
        ],
    )
    .await
    .unwrap();
    let rosemary = session_of(&joined);
    assert!(signed_in(&page(&a, "/en/home", &rosemary).await));

    // Progress recorded on one is on her page on the other, which had just shown it without.
    let her = sign_in(&b, "sunflower", LEARNER_PASSWORD).await;
    let (_, lesson) = page(&a, LESSON, &her).await;
    assert!(!lesson.contains("You finished this lesson."), "{lesson}");
    let (_, lesson) = page(&b, LESSON, &her).await;
    let done = crate::common::request_in(&lesson, "done");
    let marked = post(
        &client,
        &b.address,
        &format!("{LESSON}/done"),
        &her,
        "10.9.9.9",
        &[("request", &done)],
    )
    .await
    .unwrap();
    assert_eq!(marked.status(), 303);
    assert!(
        eventually(
            TOLD,
            || async { page(&a, LESSON, &her).await.1 },
            |lesson: &String| lesson.contains("You finished this lesson.")
        )
        .await,
        "her progress is not on the other instance's page"
    );

    // A course published on one is served by the other, and so is its next version, within
    // the second an instance may keep a course's row.
    partner(&db, &org.id, "hj-author").await;
    let mut author = Visitor::of(&a.address);
    author
        .sign_in("hj-author", PARTNER_PASSWORD)
        .await
        .redirected_to();
    let slug = write_course(&mut author).await;
    publish(&mut author, &slug).await;
    let lesson_of_b = format!("/en/courses/{slug}/why-a-cv");
    let (status, first) = page(&b, &lesson_of_b, &her).await;
    assert_eq!(status, 200, "{first}");
    assert!(first.contains("About Why a CV."), "{first}");
    let editor = format!("/en/author/courses/{slug}/lessons/why-a-cv/en");
    let body = format!("Version two of why a CV.{QUIZ}");
    save_lesson(&mut author, &editor, "Why a CV", &body).await;
    publish(&mut author, &slug).await;
    assert!(
        eventually(
            Duration::from_secs(3),
            || async { page(&b, &lesson_of_b, &her).await.1 },
            |page: &String| page.contains("Version two of why a CV.")
        )
        .await,
        "the second version is not served by the other instance"
    );

    // Signing out on one ends the session on the other, which had just served it.
    assert!(signed_in(&page(&b, "/en/home", &her).await));
    let out = post(&client, &a.address, "/en/sign-out", &her, "10.9.9.9", &[])
        .await
        .unwrap();
    assert_eq!(out.status(), 303);
    assert!(
        signed_out_soon(&b, &her).await,
        "still signed in on the other"
    );

    // "Sign out everywhere" on one ends her sessions on both.
    let on_a = sign_in(&a, "sunflower", LEARNER_PASSWORD).await;
    let on_b = sign_in(&b, "sunflower", LEARNER_PASSWORD).await;
    assert!(signed_in(&page(&a, "/en/home", &on_a).await));
    assert!(signed_in(&page(&b, "/en/home", &on_b).await));
    let everywhere = post(
        &client,
        &b.address,
        "/en/sign-out-everywhere",
        &on_b,
        "10.9.9.9",
        &[],
    )
    .await
    .unwrap();
    assert_eq!(everywhere.status(), 303);
    assert!(!signed_in(&page(&b, "/en/home", &on_b).await));
    assert!(
        signed_out_soon(&a, &on_a).await,
        "still signed in on the other"
    );

    // Each instance keeps who a session signs in for a moment once it hears the others (every
    // signed-in page's speed rests on it): a session deleted behind its back without a word,
    // as the janitor deletes expired ones, is still served right after it was.
    for instance in [&a, &b] {
        assert!(
            keeps_sessions(instance, &pool).await,
            "{} looks up every session",
            instance.address
        );
    }

    // Guesses at one account count on both: sixteen at once, eight at each (the places one
    // account may hold in an instance's hashing queue, so none is answered "busy"), each from
    // its own address. Five are free, then the waits double from a second (counted in whole
    // seconds, so a burst over a second's boundary may have a sixth heard, and one lasting
    // two seconds more a seventh); counted apart, each instance would hear five or more.
    // Both tell the rest to wait.
    let tasks: Vec<_> = (0..16)
        .map(|n| {
            let address = [&a, &b][n % 2].address.clone();
            tokio::spawn(guess(address, format!("10.3.3.{n}")))
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    // How many answers from instance `on` (0 is a, 1 is b) ended in `answer`.
    let answered = |on: usize, answer: &str| {
        let ends = |to: &&String| to.ends_with(answer);
        answers.iter().skip(on).step_by(2).filter(ends).count()
    };
    let heard = answered(0, "error=wrong") + answered(1, "error=wrong");
    assert!((1..=7).contains(&heard), "{heard} heard: {answers:?}");
    let (wait_a, wait_b) = (answered(0, "error=wait"), answered(1, "error=wait"));
    assert_eq!(heard + wait_a + wait_b, 16, "{answers:?}");
    assert!(wait_a > 0 && wait_b > 0, "{answers:?}");
    pool.close().await;
    a.kill();
    b.kill();
}
