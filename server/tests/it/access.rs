//! Getting in, through the real HTTP surface: joining with a code, signing in and out, sessions
//! and their limits, and failed attempts.

use crate::common::{
    Backend, LEARNER_PASSWORD, TRAINER_PASSWORD, between, learner, organisation, rows_of, spawn_app,
};

async fn a_trainer_makes_a_join_code_and_a_learner_joins_with_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let mut trainer = app.visitor();
    assert_eq!(
        trainer
            .sign_in("coach.ana", TRAINER_PASSWORD)
            .await
            .redirected_to(),
        "/en/trainer"
    );
    let created = trainer
        .post("/en/trainer/cohorts", &[("name", "Tuesday class")])
        .await;
    let cohort_page = created
        .redirected_to()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    assert!(cohort_page.starts_with("/en/trainer/cohorts/"));
    trainer
        .post(
            &format!("{cohort_page}/codes"),
            &[("uses", "5"), ("days", "7")],
        )
        .await
        .redirected_to();
    let page = trainer.page(&cohort_page).await;
    let code = between(&page, "<code class=\"join-code\">", "<")
        .unwrap()
        .to_string();
    assert_eq!(code.len(), 9, "{code}");

    let mut newcomer = app.visitor();
    let step = newcomer
        .post("/en/join", &[("code", &code.to_lowercase())])
        .await;
    assert_eq!(
        step.redirected_to(),
        "/en/join",
        "the code stays out of the URL"
    );
    let consent = newcomer.page("/en/join").await;
    assert!(consent.contains("Tuesday class"), "{consent}");
    // Not her group after all: the code is forgotten, and she can type another.
    let another = newcomer.post("/en/join/another-code", &[]).await;
    assert_eq!(another.redirected_to(), "/en/join");
    assert!(!newcomer.page("/en/join").await.contains("Tuesday class"));
    newcomer.post("/en/join", &[("code", &code)]).await;
    let consent = newcomer.page("/en/join").await;
    assert!(
        consent.contains("Your trainers at Harbour Jobs (IT) will see"),
        "{consent}"
    );
    let joined = newcomer
        .post(
            "/en/join",
            &[
                ("handle", "sunflower"),
                ("password", LEARNER_PASSWORD),
                ("shared", "1"),
            ],
        )
        .await;
    assert_eq!(
        joined.redirected_to(),
        "/en/home",
        "a learner lands on her home"
    );
    assert!(
        !joined.location.contains("sunflower"),
        "no personal data in URLs"
    );
    let account = newcomer.get("/en/account").await;
    assert_eq!(account.status, 200);
    assert!(account.body.contains("sunflower"));
    assert!(account.body.contains("Harbour Jobs (IT)"));
    assert_eq!(account.headers["cache-control"], "no-store");

    let roster = trainer.page(&cohort_page).await;
    assert!(roster.contains("sunflower"), "{roster}");
    assert!(roster.contains("4 uses left"), "{roster}");
    assert_ne!(org.id, "");
}

async fn a_used_up_or_revoked_code_lets_nobody_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let code = app.db().create_join_code(&org.cohort, 1, 7).await.unwrap();
    app.db().join(&code, "first", "some-hash").await.unwrap();
    let mut late = app.visitor();
    let answer = late.post("/en/join", &[("code", &code)]).await;
    assert_eq!(answer.redirected_to(), "/en/join?error=code_invalid");
    let page = late.page("/en/join?error=code_invalid").await;
    assert!(page.contains("This code does not work"), "{page}");

    let revoked = app.db().create_join_code(&org.cohort, 10, 7).await.unwrap();
    let mut trainer = app.visitor();
    trainer.sign_in("coach.ana", TRAINER_PASSWORD).await;
    let revoke = format!("/en/trainer/cohorts/{}/codes/{revoked}/revoke", org.cohort);
    trainer.post(&revoke, &[]).await.redirected_to();
    let answer = late.post("/en/join", &[("code", &revoked)]).await;
    assert_eq!(answer.redirected_to(), "/en/join?error=code_invalid");
}

async fn the_session_id_changes_at_sign_in_and_ends_at_sign_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut phone = app.visitor();
    phone
        .sign_in("sunflower", LEARNER_PASSWORD)
        .await
        .redirected_to();
    let first = phone.cookies["sid"].clone();
    phone
        .sign_in("sunflower", LEARNER_PASSWORD)
        .await
        .redirected_to();
    let second = phone.cookies["sid"].clone();
    assert_ne!(first, second, "a new session id at every sign-in");

    let mut stale = app.visitor();
    stale.cookies.insert("sid".into(), first);
    assert_eq!(
        stale.get("/en/account").await.redirected_to(),
        "/en/sign-in"
    );

    let out = phone.post("/en/sign-out", &[]).await;
    assert_eq!(out.redirected_to(), "/en/sign-in?done=signed_out");
    assert_eq!(out.headers["clear-site-data"], "\"cache\"");
    assert!(!phone.cookies.contains_key("sid"), "the cookie is removed");
    let mut replay = app.visitor();
    replay.cookies.insert("sid".into(), second);
    assert_eq!(
        replay.get("/en/account").await.redirected_to(),
        "/en/sign-in",
        "the session ended on the server, not just in the browser"
    );
}

/// Moves every session's clock back by `seconds` (its last use, or its start).
async fn age_sessions(app: &crate::common::TestApp, column: &str, seconds: i64) {
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    sqlx::query(&format!("UPDATE sessions SET {column} = {column} - $1"))
        .bind(seconds)
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
}

async fn sessions_end_after_idle_and_absolute_limits(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut shared = app.visitor();
    shared.sign_in("sunflower", LEARNER_PASSWORD).await;
    let mut personal = app.visitor();
    personal
        .post(
            "/en/sign-in",
            &[("handle", "sunflower"), ("password", LEARNER_PASSWORD)],
        )
        .await;

    age_sessions(&app, "last_seen_at", 21 * 60).await;
    assert_eq!(
        shared.get("/en/account").await.redirected_to(),
        "/en/sign-in",
        "20 minutes unused end a shared-phone session"
    );
    assert!(
        !shared.cookies.contains_key("sid"),
        "and its cookie is removed"
    );
    assert_eq!(personal.get("/en/account").await.status, 200);

    age_sessions(&app, "created_at", 31 * 24 * 60 * 60).await;
    // The sessions were changed behind the server's back, as another process would: on SQLite
    // the server may use what it read of this one, a moment ago, for a second.
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    assert_eq!(
        personal.get("/en/account").await.redirected_to(),
        "/en/sign-in",
        "no session outlives 30 days, however often it is used"
    );
}

async fn shared_phone_sessions_end_when_the_browser_closes(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let form = |shared: bool| {
        let mut form = vec![("handle", "sunflower"), ("password", LEARNER_PASSWORD)];
        if shared {
            form.push(("shared", "1"));
        }
        form
    };
    for shared in [true, false] {
        let answer = app.visitor().post("/en/sign-in", &form(shared)).await;
        let cookie = answer.headers["set-cookie"].to_str().unwrap().to_string();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        assert_eq!(!cookie.contains("Max-Age"), shared, "{cookie}");
    }
}

async fn a_wrong_password_and_an_unknown_user_look_the_same(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let wrong = app.visitor().sign_in("coach.ana", "not her password").await;
    let unknown = app
        .visitor()
        .sign_in("nobody.here", "not her password")
        .await;
    assert_eq!(wrong.status, unknown.status);
    assert_eq!(wrong.location, "/en/sign-in?error=wrong");
    assert_eq!(wrong.location, unknown.location);
    assert_eq!(wrong.body, unknown.body);
    let names = |answer: &crate::common::Answer| {
        let mut names: Vec<_> = answer.headers.keys().map(|k| k.to_string()).collect();
        names.sort();
        names
    };
    assert_eq!(names(&wrong), names(&unknown));
    let page = app.visitor().page(&wrong.location).await;
    assert!(
        page.contains("The name or the password is not right"),
        "{page}"
    );
}

async fn too_many_failures_from_one_address_make_it_wait(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    // Past the twenty free attempts: a wait of a minute.
    app.set_attempts("address:127.0.0.1", 26, 0).await;
    let answer = app.visitor().sign_in("coach.ana", TRAINER_PASSWORD).await;
    assert_eq!(answer.redirected_to(), "/en/sign-in?error=wait");
}

async fn failures_on_an_account_make_its_owner_wait_briefly_but_never_lock_her_out(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    app.set_attempts("account:coach.ana", 8, 0).await;
    let answer = app.visitor().sign_in("Coach.Ana", TRAINER_PASSWORD).await;
    assert_eq!(answer.redirected_to(), "/en/sign-in?error=wait");
    // Once the wait (eight seconds after eight attempts) has passed, she is heard.
    app.set_attempts("account:coach.ana", 8, 9).await;
    let answer = app.visitor().sign_in("Coach.Ana", TRAINER_PASSWORD).await;
    assert_eq!(answer.redirected_to(), "/en/trainer");
    assert_eq!(app.db().attempts("account:coach.ana").await.unwrap().0, 0);
}

async fn an_overlong_password_is_refused_before_hashing(backend: Backend) {
    let app = spawn_app(backend).await;
    let long = "x".repeat(2000);
    let answer = app.visitor().sign_in("coach.ana", &long).await;
    assert_eq!(answer.redirected_to(), "/en/sign-in?error=too_long");
}

/// Sixty wrong sign-ins at once from sixty addresses, every one of them queued for the one
/// hashing thread (the queue holds them all), so hashing stays busy for dozens of hashes'
/// time: lesson pages are read meanwhile. (That a full queue, or one address's full share,
/// turns attempts away is `Passwords`' own unit test.)
async fn a_login_flood_keeps_lesson_pages_serving(backend: Backend) {
    let accounts = server::http::Accounts {
        passwords: server::auth::Passwords::start(1, 64),
        trust_proxy: true,
        ..crate::common::accounts()
    };
    let app =
        crate::common::spawn_app_with(backend, &crate::common::manifest_dir(), accounts).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let finished = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let flood: Vec<_> = (0..60)
        .map(|i| {
            let mut visitor = app.visitor_from(&format!("198.51.100.{i}"));
            let finished = finished.clone();
            tokio::spawn(async move {
                let answer = visitor
                    .sign_in(&format!("guess{i}"), "wrong password")
                    .await;
                finished.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                answer.location
            })
        })
        .collect();
    let mut reader = app.visitor();
    for _ in 0..5 {
        let lesson = reader
            .page("/en/courses/job-interview/what-is-an-interview")
            .await;
        assert!(lesson.contains("What is a job interview?</h1>"), "{lesson}");
    }
    let pending = 60 - finished.load(std::sync::atomic::Ordering::SeqCst);
    let mut outcomes = Vec::new();
    for attempt in flood {
        outcomes.push(attempt.await.unwrap());
    }
    assert!(
        pending > 0,
        "the pages were read while sign-ins were still waiting for the hasher"
    );
    // Each is heard and refused as wrong: none fails with a server error.
    assert!(
        outcomes.iter().all(|o| o == "/en/sign-in?error=wrong"),
        "{outcomes:?}"
    );
}

async fn expired_sessions_codes_and_failures_are_deleted(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let mut shared = app.visitor();
    shared.sign_in("sunflower", LEARNER_PASSWORD).await;
    let mut personal = app.visitor();
    personal
        .post(
            "/en/sign-in",
            &[("handle", "sunflower"), ("password", LEARNER_PASSWORD)],
        )
        .await;
    app.db().issue_reset_code(&id).await.unwrap();
    app.set_attempts("address:192.0.2.1", 1, 0).await;
    let now = server::clock::now();
    assert_eq!(
        app.db().prune(now).await.unwrap(),
        0,
        "nothing has expired yet"
    );
    assert_eq!(rows_of(&app, "sessions", &id).await, 2);

    // Half an hour on: the shared phone's session and the failures are past their time.
    assert_eq!(app.db().prune(now + 30 * 60).await.unwrap(), 2);
    assert_eq!(rows_of(&app, "sessions", &id).await, 1);
    assert_eq!(rows_of(&app, "reset_codes", &id).await, 1);
    // Two days on: the reset code too; a month on, every session.
    assert_eq!(app.db().prune(now + 2 * 86_400).await.unwrap(), 1);
    assert_eq!(app.db().prune(now + 31 * 86_400).await.unwrap(), 1);
    assert_eq!(rows_of(&app, "sessions", &id).await, 0);
    assert_eq!(
        rows_of(&app, "users", &id).await,
        1,
        "the account itself stays"
    );
}

async fn the_join_consent_page_is_never_cached_and_promises_only_what_is_true(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let code = app.db().create_join_code(&org.cohort, 5, 1).await.unwrap();
    let mut newcomer = app.visitor();
    newcomer.post("/en/join", &[("code", &code)]).await;
    let consent = newcomer.get("/en/join").await;
    assert!(consent.body.contains("Harbour Jobs"));
    assert_eq!(consent.headers["cache-control"], "no-store");
    // She is told what her trainers will see: her progress (lessons finished, answers),
    // and nothing else of her reading.
    assert!(consent.body.contains(
        "your progress: the lessons you finish, whether your answers to the questions are right"
    ));
    assert!(
        consent
            .body
            .contains("Nothing else about your reading is recorded")
    );
}

async fn reset_and_setup_codes_carry_sixty_bits(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let learner_id = learner(app.db(), &org.cohort, "sunflower").await;
    let code = app.db().issue_reset_code(&learner_id).await.unwrap();
    assert_eq!(code.len(), 14, "XXXX-XXXX-XXXX: {code}");
    let form = [
        ("handle", "sunflower"),
        ("code", &code.to_lowercase().replace('0', "o")),
        ("password", "her new password"),
    ];
    let answer = app.visitor().post("/en/reset", &form).await;
    assert_eq!(answer.redirected_to(), "/en/sign-in?done=password_set");
}

async fn a_remembered_phone_left_unused_is_forgotten_while_she_uses_another(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let own = [("handle", "sunflower"), ("password", LEARNER_PASSWORD)];
    let mut old_phone = app.visitor();
    let mut new_phone = app.visitor();
    for phone in [&mut old_phone, &mut new_phone] {
        phone.post("/en/sign-in", &own).await.redirected_to();
        phone.post("/en/sign-out", &[]).await;
    }
    assert_eq!(rows_of(&app, "known_devices", &id).await, 2);
    // A hundred days on, she signs in with the new phone only.
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    sqlx::query("UPDATE known_devices SET last_used_at = last_used_at - $1")
        .bind(100 * 86_400_i64)
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    new_phone.post("/en/sign-in", &own).await.redirected_to();
    app.db().prune(server::clock::now()).await.unwrap();
    assert_eq!(
        rows_of(&app, "known_devices", &id).await,
        1,
        "the old phone is forgotten, the one she uses is kept"
    );
}

on_both_backends!(
    a_remembered_phone_left_unused_is_forgotten_while_she_uses_another,
    a_trainer_makes_a_join_code_and_a_learner_joins_with_it,
    a_used_up_or_revoked_code_lets_nobody_in,
    the_session_id_changes_at_sign_in_and_ends_at_sign_out,
    sessions_end_after_idle_and_absolute_limits,
    shared_phone_sessions_end_when_the_browser_closes,
    a_wrong_password_and_an_unknown_user_look_the_same,
    too_many_failures_from_one_address_make_it_wait,
    failures_on_an_account_make_its_owner_wait_briefly_but_never_lock_her_out,
    an_overlong_password_is_refused_before_hashing,
    a_login_flood_keeps_lesson_pages_serving,
    expired_sessions_codes_and_failures_are_deleted,
    the_join_consent_page_is_never_cached_and_promises_only_what_is_true,
    reset_and_setup_codes_carry_sixty_bits,
);
