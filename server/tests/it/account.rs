//! A person's own account: signing out everywhere, her password, her data and its erasure,
//! and no reach into anyone else's.

use crate::common::{
    Backend, LEARNER_PASSWORD, Visitor, learner, organisation, request_in, rows_of, spawn_app,
};
use sqlx::Row;

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

/// Answers the first lesson's quiz and marks the lesson done, as she would.
async fn learn(her: &mut Visitor) {
    let lesson = "/en/courses/job-interview/what-is-an-interview";
    let page = her.page(lesson).await;
    let answer = [
        ("quiz", "who-asks-questions"),
        ("request", &request_in(&page, "quiz-who-asks-questions")),
        ("choice", "1"),
    ];
    her.post(&format!("{lesson}/answer"), &answer)
        .await
        .redirected_to();
    let done = request_in(&page, "done");
    her.post(&format!("{lesson}/done"), &[("request", &done)])
        .await
        .redirected_to();
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

async fn export_and_erasure_cover_every_personal_data_table(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let other = learner(app.db(), &org.cohort, "daisy").await;
    app.db().issue_reset_code(&id).await.unwrap();
    app.set_attempts("account:sunflower", 1, 0).await;
    let mut her = app.visitor();
    her.sign_in("sunflower", "a wrong guess").await;
    // On her own phone (not shared), which is then remembered.
    her.post(
        "/en/sign-in",
        &[("handle", "sunflower"), ("password", LEARNER_PASSWORD)],
    )
    .await
    .redirected_to();
    // Another learner on her own phone too: her rows must outlive the erasure.
    app.visitor()
        .post(
            "/en/sign-in",
            &[("handle", "daisy"), ("password", LEARNER_PASSWORD)],
        )
        .await
        .redirected_to();
    app.db().issue_reset_code(&id).await.unwrap();
    // Her progress, and the other learner's: an answer and a lesson done; and a course she
    // completed, which opened a certificate request.
    learn(&mut her).await;
    crate::common::complete_course(&mut her, "words-for-work").await;
    let mut daisy = app.visitor();
    daisy.sign_in("daisy", LEARNER_PASSWORD).await;
    learn(&mut daisy).await;
    crate::common::complete_course(&mut daisy, "words-for-work").await;

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
        "/en/home"
    );
    assert_eq!(
        app.sign_in_leads_to("sunflower", LEARNER_PASSWORD).await,
        "/en/sign-in?error=wrong"
    );
}

on_both_backends!(
    sign_out_everywhere_ends_every_session,
    a_learner_reaches_only_her_own_account,
    export_and_erasure_cover_every_personal_data_table,
    a_changed_password_signs_her_out_everywhere_else,
);
