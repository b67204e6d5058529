//! Accounts through the real HTTP surface: joining, signing in and out, sessions, access
//! control across organisations and learners, forged requests, and a learner's data rights.

use crate::common::{
    Backend, LEARNER_PASSWORD, TRAINER_PASSWORD, between, learner, organisation, spawn_app,
};
use app::admin::AdminStore;
use app::cohorts::CohortStore;
use sqlx::Row;

async fn cohort_count(app: &crate::common::TestApp, organisation: &str) -> usize {
    app.db().cohorts(organisation).await.unwrap().len()
}

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
    assert_eq!(joined.redirected_to(), "/en");
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
    assert_eq!(
        personal.get("/en/account").await.redirected_to(),
        "/en/sign-in",
        "no session outlives 30 days, however often it is used"
    );
}

async fn sign_out_everywhere_ends_every_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let (mut phone, mut laptop) = (app.visitor(), app.visitor());
    phone.sign_in("sunflower", LEARNER_PASSWORD).await;
    laptop.sign_in("sunflower", LEARNER_PASSWORD).await;
    let out = phone.post("/en/sign-out-everywhere", &[]).await;
    assert_eq!(
        out.redirected_to(),
        "/en/sign-in?done=signed_out_everywhere"
    );
    assert_eq!(
        laptop.get("/en/account").await.redirected_to(),
        "/en/sign-in"
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
    app.set_attempts("account:coach.ana", 6, 0).await;
    let answer = app.visitor().sign_in("Coach.Ana", TRAINER_PASSWORD).await;
    assert_eq!(answer.redirected_to(), "/en/sign-in?error=wait");
    // Once the wait (two seconds after six attempts) has passed, she is heard.
    app.set_attempts("account:coach.ana", 6, 3).await;
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

async fn a_cross_site_post_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let mut trainer = app.visitor();
    trainer.sign_in("coach.ana", TRAINER_PASSWORD).await;
    let before = cohort_count(&app, &org.id).await;
    let forged = trainer
        .post_from_elsewhere("/en/trainer/cohorts", &[("name", "Forged")])
        .await;
    assert_eq!(forged.status, 403);
    let forged = trainer
        .post_from_elsewhere("/en/sign-out-everywhere", &[])
        .await;
    assert_eq!(forged.status, 403);
    assert_eq!(cohort_count(&app, &org.id).await, before);
    assert_eq!(
        trainer.get("/en/trainer").await.status,
        200,
        "still signed in"
    );
    // No Origin and no Sec-Fetch-Site at all: refused too.
    let bare = app
        .client
        .post(format!("{}/en/trainer/cohorts", app.address))
        .header("cookie", format!("sid={}", trainer.cookies["sid"]))
        .form(&[("name", "Bare")])
        .send()
        .await
        .unwrap();
    assert_eq!(bare.status(), 403);
    assert_eq!(cohort_count(&app, &org.id).await, before);
}

async fn nothing_changes_on_get(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let mut trainer = app.visitor();
    trainer.sign_in("coach.ana", TRAINER_PASSWORD).await;
    for path in [
        "/en/sign-out",
        "/en/sign-out-everywhere",
        "/en/trainer/cohorts",
    ] {
        assert_ne!(trainer.get(path).await.status, 303, "GET {path}");
    }
    assert_eq!(
        trainer.get("/en/trainer").await.status,
        200,
        "still signed in"
    );
}

async fn a_trainer_reaches_only_her_own_organisation(backend: Backend) {
    let app = spawn_app(backend).await;
    let mine = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let theirs = organisation(app.db(), "Hill Works", "coach.bea").await;
    let stranger = learner(app.db(), &theirs.cohort, "stranger").await;
    learner(app.db(), &mine.cohort, "sunflower").await;
    let mut ana = app.visitor();
    ana.sign_in("coach.ana", TRAINER_PASSWORD).await;

    let list = ana.page("/en/trainer").await;
    assert!(list.contains("Harbour Jobs group") && !list.contains("Hill Works group"));
    let other = format!("/en/trainer/cohorts/{}", theirs.cohort);
    let page = ana.get(&other).await;
    assert_eq!(page.status, 404);
    assert!(!page.body.contains("stranger"));
    let codes = ana
        .post(&format!("{other}/codes"), &[("uses", "5"), ("days", "7")])
        .await;
    assert_eq!(codes.status, 404);
    let reset = ana
        .post(&format!("{other}/learners/{stranger}/reset"), &[])
        .await;
    assert_eq!(reset.status, 404);
    // Her own cohort's path with another organisation's learner in it.
    let sneaky = format!(
        "/en/trainer/cohorts/{}/learners/{stranger}/reset",
        mine.cohort
    );
    assert_eq!(ana.post(&sneaky, &[]).await.status, 404);
    assert!(!ana.cookies.contains_key("flash"));
    let signed_out = app.visitor().get(&other).await;
    assert_eq!(
        signed_out.redirected_to(),
        "/en/sign-in",
        "signed-out visitors sign in first"
    );
}

async fn a_learner_reaches_only_her_own_account(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    learner(app.db(), &org.cohort, "daisy").await;
    let mut her = app.visitor();
    her.sign_in("sunflower", LEARNER_PASSWORD).await;
    assert_eq!(her.get("/en/trainer").await.status, 403);
    assert_eq!(
        her.get(&format!("/en/trainer/cohorts/{}", org.cohort))
            .await
            .status,
        403
    );
    assert_eq!(her.get("/en/admin").await.status, 403);
    let attempts = [
        ("/en/trainer/cohorts".to_string(), 403),
        (format!("/en/trainer/cohorts/{}/codes", org.cohort), 403),
        ("/en/admin/organisations".to_string(), 403),
        ("/en/admin/staff".to_string(), 403),
    ];
    for (path, status) in attempts {
        let answer = her
            .post(
                &path,
                &[
                    ("name", "X"),
                    ("country", "IT"),
                    ("uses", "1"),
                    ("days", "1"),
                ],
            )
            .await;
        assert_eq!(answer.status, status, "POST {path}");
    }
    let export = her.get("/en/account/data.json").await;
    assert_eq!(export.status, 200);
    assert!(export.body.contains("sunflower") && !export.body.contains("daisy"));
    // The server functions check too, whoever calls them.
    let call = her.post("/api/list_cohorts", &[]).await;
    assert!(call.status >= 400, "{}", call.body);
    assert!(!call.body.contains("Harbour Jobs group"));
}

async fn a_trainer_gives_a_reset_code_that_works_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let mut phone = app.visitor();
    phone.sign_in("sunflower", LEARNER_PASSWORD).await;
    let mut ana = app.visitor();
    ana.sign_in("coach.ana", TRAINER_PASSWORD).await;
    let cohort = format!("/en/trainer/cohorts/{}", org.cohort);
    let answer = ana
        .post(&format!("{cohort}/learners/{id}/reset"), &[])
        .await;
    assert_eq!(answer.redirected_to(), cohort);
    let page = ana.page(&cohort).await;
    let code = between(&page, "Reset code, shown once", "</p>")
        .and_then(|p| between(p, "<code>", "</code>"))
        .unwrap()
        .to_string();
    assert!(!ana.page(&cohort).await.contains(&code), "shown once");

    let form = [
        ("handle", "sunflower"),
        ("code", code.as_str()),
        ("password", "a new sentence"),
    ];
    let reset = app.visitor().post("/en/reset", &form).await;
    assert_eq!(reset.redirected_to(), "/en/sign-in?done=password_set");
    assert_eq!(
        phone.get("/en/account").await.redirected_to(),
        "/en/sign-in",
        "old sessions end"
    );
    let again = app.visitor().post("/en/reset", &form).await;
    assert_eq!(again.redirected_to(), "/en/reset?error=reset_invalid");
    assert_eq!(
        app.sign_in_leads_to("sunflower", "a new sentence").await,
        "/en"
    );
    assert_eq!(
        app.sign_in_leads_to("sunflower", LEARNER_PASSWORD).await,
        "/en/sign-in?error=wrong"
    );
}

async fn an_admin_creates_an_organisation_and_a_trainer_who_sets_her_password(backend: Backend) {
    let app = spawn_app(backend).await;
    crate::common::admin(app.db(), "root.admin").await;
    let mut admin = app.visitor();
    assert_eq!(
        admin
            .sign_in("root.admin", crate::common::ADMIN_PASSWORD)
            .await
            .redirected_to(),
        "/en/admin"
    );
    let created = admin
        .post(
            "/en/admin/organisations",
            &[("name", "River Skills"), ("country", "ng")],
        )
        .await;
    assert_eq!(
        created.redirected_to(),
        "/en/admin?done=organisation_created"
    );
    let page = admin.page("/en/admin").await;
    assert!(page.contains("River Skills (NG)"), "{page}");
    let organisation = app.db().staff_overview().await.unwrap().organisations[0]
        .id
        .clone();
    assert!(
        page.contains(&format!("value=\"{organisation}\"")),
        "offered in the form"
    );
    let staff = [
        ("handle", "coach.eze"),
        ("role", "trainer"),
        ("organisation", organisation.as_str()),
    ];
    assert_eq!(
        admin.post("/en/admin/staff", &staff).await.redirected_to(),
        "/en/admin"
    );
    let page = admin.page("/en/admin").await;
    let code = between(&page, "<code>", "</code>").unwrap().to_string();
    let duplicate = admin.post("/en/admin/staff", &staff).await;
    assert_eq!(duplicate.redirected_to(), "/en/admin?error=handle_taken");

    assert_eq!(
        app.sign_in_leads_to("coach.eze", "anything at all").await,
        "/en/sign-in?error=wrong",
        "no password until she sets one"
    );
    let form = [
        ("handle", "coach.eze"),
        ("code", code.as_str()),
        ("password", "her own choice"),
    ];
    app.visitor().post("/en/reset", &form).await.redirected_to();
    let mut eze = app.visitor();
    assert_eq!(
        eze.sign_in("coach.eze", "her own choice")
            .await
            .redirected_to(),
        "/en/trainer"
    );
    let (eze_id, root_id) = {
        let overview = app.db().staff_overview().await.unwrap();
        (
            overview.organisations[0].staff[0].id.clone(),
            overview.admins[0].id.clone(),
        )
    };
    assert_eq!(
        eze.post(&format!("/en/admin/staff/{root_id}/remove"), &[])
            .await
            .status,
        403,
        "a trainer manages no staff"
    );
    assert_eq!(
        admin
            .post(&format!("/en/admin/staff/{root_id}/remove"), &[])
            .await
            .status,
        404,
        "an admin cannot remove herself"
    );

    // She lost her password: a new setup code ends her sessions.
    let renewed = admin
        .post(&format!("/en/admin/staff/{eze_id}/code"), &[])
        .await;
    assert_eq!(renewed.redirected_to(), "/en/admin");
    assert!(
        admin
            .page("/en/admin")
            .await
            .contains("Setup code, shown once")
    );
    assert_eq!(eze.get("/en/trainer").await.redirected_to(), "/en/sign-in");

    // She left: her account goes, with everything it owns.
    let removed = admin
        .post(&format!("/en/admin/staff/{eze_id}/remove"), &[])
        .await;
    assert_eq!(removed.redirected_to(), "/en/admin?done=staff_removed");
    assert!(app.db().credentials("coach.eze").await.unwrap().is_none());
    assert!(!admin.page("/en/admin").await.contains("coach.eze"));
}

/// Every table with a `user_id` column (the schema's convention for personal data).
async fn personal_tables(app: &crate::common::TestApp, backend: Backend) -> Vec<String> {
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    let sql = match backend {
        Backend::Sqlite => {
            "SELECT m.name AS name FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND p.name = 'user_id'"
        }
        Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT) AS name FROM information_schema.columns \
             WHERE column_name = 'user_id' AND table_schema = 'public'"
        }
    };
    let rows = sqlx::query(sql).fetch_all(&pool).await.unwrap();
    pool.close().await;
    rows.iter().map(|r| r.get::<String, _>("name")).collect()
}

async fn rows_of(app: &crate::common::TestApp, table: &str, user_id: &str) -> i64 {
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    let column = if table == "users" { "id" } else { "user_id" };
    let row = sqlx::query(&format!(
        "SELECT COUNT(*) AS n FROM {table} WHERE {column} = $1"
    ))
    .bind(user_id)
    .fetch_one(&pool)
    .await
    .unwrap();
    pool.close().await;
    row.get("n")
}

async fn export_and_erasure_cover_every_personal_data_table(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let other = learner(app.db(), &org.cohort, "daisy").await;
    app.db().issue_reset_code(&id).await.unwrap();
    app.set_attempts("account:sunflower", 1, 0).await;
    let mut her = app.visitor();
    her.sign_in("sunflower", "a wrong guess").await;
    her.sign_in("sunflower", LEARNER_PASSWORD)
        .await
        .redirected_to();
    app.db().issue_reset_code(&id).await.unwrap();

    let mut tables = personal_tables(&app, backend).await;
    tables.push("users".into());
    assert!(tables.len() >= 3, "{tables:?}");
    let export = her.get("/en/account/data.json").await;
    assert!(
        export.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    for table in &tables {
        let rows = data[table].as_array();
        assert!(
            rows.is_some_and(|rows| !rows.is_empty()),
            "the export lacks table {table}: {data}"
        );
        assert!(rows_of(&app, table, &id).await > 0);
    }
    assert!(
        !export.body.contains("$argon2"),
        "no password hash in the export"
    );

    let wrong = her
        .post("/en/account/delete", &[("password", "not it")])
        .await;
    assert_eq!(wrong.redirected_to(), "/en/account?error=wrong");
    let deleted = her
        .post("/en/account/delete", &[("password", LEARNER_PASSWORD)])
        .await;
    assert_eq!(deleted.redirected_to(), "/en/sign-in?done=deleted");
    for table in &tables {
        assert_eq!(
            rows_of(&app, table, &id).await,
            0,
            "{table} still holds her data"
        );
        if table != "reset_codes" {
            let kept = rows_of(&app, table, &other).await;
            assert!(
                table == "sessions" || kept > 0,
                "{table}: another learner's data went too"
            );
        }
    }
    assert_eq!(app.db().attempts("account:sunflower").await.unwrap().0, 0);
    assert_eq!(
        app.sign_in_leads_to("sunflower", LEARNER_PASSWORD).await,
        "/en/sign-in?error=wrong"
    );
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

async fn every_response_carries_the_security_headers(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut visitor = app.visitor();
    for path in ["/en", "/en/sign-in", "/en/no-such-page", "/healthz"] {
        let answer = visitor.get(path).await;
        let csp = answer.headers["content-security-policy"].to_str().unwrap();
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(directive), "{path}: {csp}");
        }
        assert_eq!(
            answer.headers["x-content-type-options"], "nosniff",
            "{path}"
        );
        assert_eq!(answer.headers["referrer-policy"], "same-origin", "{path}");
    }
    assert!(
        !visitor
            .get("/en")
            .await
            .headers
            .contains_key("strict-transport-security"),
        "no HSTS unless the site says it is reached over HTTPS"
    );
    let page = visitor.get("/en/sign-in").await;
    let csp = page.headers["content-security-policy"].to_str().unwrap();
    let nonce = between(csp, "'nonce-", "'").unwrap();
    assert!(
        page.body.contains(&format!("nonce=\"{nonce}\"")),
        "the hydration script carries the policy's nonce"
    );
    assert_ne!(
        between(
            visitor.get("/en/sign-in").await.headers["content-security-policy"]
                .to_str()
                .unwrap(),
            "'nonce-",
            "'"
        )
        .unwrap(),
        nonce,
        "a new nonce for every page"
    );
}

async fn pages_never_name_what_the_platform_is_for(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut visitor = app.visitor();
    for path in [
        "/en/sign-in",
        "/en/join",
        "/en/reset",
        "/en/safety",
        "/it/safety",
        "/it/join",
    ] {
        let page = visitor.page(path).await.to_lowercase();
        for word in [
            "traffick",
            "victim",
            "survivor",
            "shelter",
            "tratta",
            "vittima",
            "sopravviss",
        ] {
            assert!(!page.contains(word), "{path} says {word}");
        }
    }
    let safety = visitor.page("/en/safety").await;
    assert!(
        safety.contains("does not delete your browser history"),
        "{safety}"
    );
}

async fn quick_exit_sends_every_page_away_until_she_comes_back(backend: Backend) {
    let app = spawn_app(backend).await;
    let neutral = app::site::Site::default().quick_exit_url;
    let mut phone = app.visitor();
    phone.page("/en").await;
    let leave = phone.get("/leave").await;
    assert_eq!(leave.redirected_to(), neutral);
    assert_eq!(leave.headers["clear-site-data"], "\"cache\"");
    assert!(phone.cookies.contains_key("left"));
    for path in ["/en", "/en/courses/job-interview", "/it/sign-in"] {
        let back = phone.get(path).await;
        assert_eq!(back.redirected_to(), neutral, "Back to {path}");
        assert_eq!(back.headers["cache-control"], "no-store");
    }
    assert_eq!(
        phone.get("/healthz").await.status,
        200,
        "files and checks still answer"
    );
    assert_eq!(phone.get("/").await.redirected_to(), "/en");
    assert!(
        !phone.cookies.contains_key("left"),
        "typing the address brings her back"
    );
    assert_eq!(phone.get("/en").await.status, 200);
}

async fn a_changed_password_signs_her_out_everywhere_else(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let (mut phone, mut laptop) = (app.visitor(), app.visitor());
    phone.sign_in("sunflower", LEARNER_PASSWORD).await;
    laptop.sign_in("sunflower", LEARNER_PASSWORD).await;
    let change = |current: &'static str, new: &'static str| {
        [("current_password", current), ("new_password", new)]
    };
    let wrong = phone
        .post(
            "/en/account/password",
            &change("not it", "a fresh sentence"),
        )
        .await;
    assert_eq!(wrong.redirected_to(), "/en/account?error=wrong");
    let short = phone
        .post("/en/account/password", &change(LEARNER_PASSWORD, "short"))
        .await;
    assert_eq!(short.redirected_to(), "/en/account?error=password_short");
    let changed = phone
        .post(
            "/en/account/password",
            &change(LEARNER_PASSWORD, "a fresh sentence"),
        )
        .await;
    assert_eq!(changed.redirected_to(), "/en/account?done=password_changed");
    assert_eq!(
        phone.get("/en/account").await.status,
        200,
        "still signed in here"
    );
    assert_eq!(
        laptop.get("/en/account").await.redirected_to(),
        "/en/sign-in"
    );
    assert_eq!(
        app.sign_in_leads_to("sunflower", "a fresh sentence").await,
        "/en"
    );
    assert_eq!(
        app.sign_in_leads_to("sunflower", LEARNER_PASSWORD).await,
        "/en/sign-in?error=wrong"
    );
}

async fn over_https_cookies_are_secure_and_browsers_told_to_stay(backend: Backend) {
    let accounts = server::http::Accounts {
        secure_cookies: true,
        ..crate::common::accounts()
    };
    let app =
        crate::common::spawn_app_with(backend, &crate::common::manifest_dir(), accounts).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let answer = app.visitor().sign_in("coach.ana", TRAINER_PASSWORD).await;
    let cookie = answer.headers["set-cookie"].to_str().unwrap();
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert_eq!(
        answer.headers["strict-transport-security"],
        "max-age=31536000"
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

on_both_backends!(
    expired_sessions_codes_and_failures_are_deleted,
    over_https_cookies_are_secure_and_browsers_told_to_stay,
    a_changed_password_signs_her_out_everywhere_else,
    quick_exit_sends_every_page_away_until_she_comes_back,
    a_trainer_makes_a_join_code_and_a_learner_joins_with_it,
    a_used_up_or_revoked_code_lets_nobody_in,
    the_session_id_changes_at_sign_in_and_ends_at_sign_out,
    sign_out_everywhere_ends_every_session,
    sessions_end_after_idle_and_absolute_limits,
    shared_phone_sessions_end_when_the_browser_closes,
    a_wrong_password_and_an_unknown_user_look_the_same,
    too_many_failures_from_one_address_make_it_wait,
    failures_on_an_account_make_its_owner_wait_briefly_but_never_lock_her_out,
    an_overlong_password_is_refused_before_hashing,
    a_cross_site_post_changes_nothing,
    nothing_changes_on_get,
    a_trainer_reaches_only_her_own_organisation,
    a_learner_reaches_only_her_own_account,
    a_trainer_gives_a_reset_code_that_works_once,
    an_admin_creates_an_organisation_and_a_trainer_who_sets_her_password,
    export_and_erasure_cover_every_personal_data_table,
    a_login_flood_keeps_lesson_pages_serving,
    every_response_carries_the_security_headers,
    pages_never_name_what_the_platform_is_for,
);
