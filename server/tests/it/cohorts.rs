//! A trainer's cohorts: her reach stops at her organisation; reset codes work once.

use crate::common::{
    Backend, LEARNER_PASSWORD, TRAINER_PASSWORD, between, learner, organisation, spawn_app,
};

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
        "/en/home"
    );
    assert_eq!(
        app.sign_in_leads_to("sunflower", LEARNER_PASSWORD).await,
        "/en/sign-in?error=wrong"
    );
}

/// A group's page reads its join codes with its learners' progress, in one statement: each
/// group shows its own codes, newest first, each with its state, and never another group's.
async fn a_group_page_shows_its_own_join_codes(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.db();
    let org = organisation(db, "Harbour Jobs", "coach.ana").await;
    let evening = db.create_cohort(&org.id, "Evening group").await.unwrap();
    let theirs = db.create_join_code(&evening, 5, 7).await.unwrap();
    // `learner` makes a code for one and joins with it: used up.
    learner(db, &org.cohort, "sunflower").await;
    let revoked = db.create_join_code(&org.cohort, 5, 7).await.unwrap();
    db.revoke_join_code(&org.cohort, &revoked).await.unwrap();
    let open = db.create_join_code(&org.cohort, 5, 7).await.unwrap();
    // Made within the same second: each made a minute after the one before, as a trainer would.
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    for (code, minutes) in [(&revoked, 1), (&open, 2)] {
        sqlx::query("UPDATE join_codes SET created_at = created_at + $1 WHERE code = $2")
            .bind(minutes * 60)
            .bind(code)
            .execute(&pool)
            .await
            .unwrap();
    }
    pool.close().await;
    let mut ana = app.visitor();
    ana.sign_in("coach.ana", TRAINER_PASSWORD).await;

    let page = ana
        .page(&format!("/en/trainer/cohorts/{}", org.cohort))
        .await;
    // Each code with its line, newest first: its state, its uses left, until when.
    let codes: Vec<&str> = page
        .split("class=\"join-code\">")
        .skip(1)
        .map(|item| &item[..item.find("</li>").unwrap()])
        .collect();
    assert_eq!(codes.len(), 3, "three codes, once each: {page}");
    assert!(
        codes[0].starts_with(&open) && codes[0].contains("Open"),
        "{codes:?}"
    );
    assert!(
        codes[1].starts_with(&revoked) && codes[1].contains("Revoked"),
        "{codes:?}"
    );
    assert!(codes[2].contains("Used up"), "{codes:?}");
    assert!(page.contains("sunflower") && !page.contains(&theirs));

    let page = ana.page(&format!("/en/trainer/cohorts/{evening}")).await;
    assert!(page.contains("Evening group") && page.contains(&theirs));
    assert_eq!(page.matches("class=\"join-code\"").count(), 1);
    assert!(!page.contains("sunflower") && !page.contains(&open));
}

/// When her learners' progress cannot be read, the group page says so once and its join codes,
/// then read alone, still show and can still be made.
async fn unreadable_progress_leaves_the_join_codes_working(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut ana = app.visitor();
    ana.sign_in("coach.ana", TRAINER_PASSWORD).await;
    let cohort = format!("/en/trainer/cohorts/{}", org.cohort);
    assert!(ana.page(&cohort).await.contains("sunflower"));

    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    let rename = |from: &str, to: &str| format!("ALTER TABLE {from} RENAME TO {to}");
    sqlx::query(&rename("course_progress", "course_progress_away"))
        .execute(&pool)
        .await
        .unwrap();
    let made = ana
        .post(&format!("{cohort}/codes"), &[("uses", "5"), ("days", "7")])
        .await;
    assert_eq!(made.redirected_to(), format!("{cohort}?done=code_created"));
    let page = ana.get(&cohort).await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.body
            .matches("Something went wrong on our side")
            .count(),
        1,
        "one notice where the progress would be"
    );
    assert!(!page.body.contains("sunflower"));
    assert_eq!(
        page.body.matches("class=\"join-code\"").count(),
        2,
        "the code she joined with and the one just made"
    );

    sqlx::query(&rename("course_progress_away", "course_progress"))
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let page = ana.page(&cohort).await;
    assert!(page.contains("sunflower") && !page.contains("Something went wrong"));
}

on_both_backends!(
    a_trainer_reaches_only_her_own_organisation,
    a_trainer_gives_a_reset_code_that_works_once,
    a_group_page_shows_its_own_join_codes,
    unreadable_progress_leaves_the_join_codes_working,
);
