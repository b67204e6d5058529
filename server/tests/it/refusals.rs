//! A refused request is a whole page in her language: the frame, the quick exit and a way
//! back, never bare text.

use crate::common::{
    Backend, LEARNER_PASSWORD, TRAINER_PASSWORD, learner, organisation, spawn_app, spawn_app_with,
    visitor_is_framed,
};

async fn a_cross_site_post_is_refused_with_the_page_in_her_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let refused = app
        .visitor()
        .post_from_elsewhere("/it/sign-in", &[("handle", "x"), ("password", "y")])
        .await;
    assert_eq!(refused.status, 403);
    visitor_is_framed(&refused.body, "it");
    assert!(refused.body.contains("Accesso negato"), "{}", refused.body);
    assert!(refused.headers.contains_key("content-security-policy"));
}

async fn a_form_reaching_into_another_organisation_finds_nothing_there(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let other = organisation(app.db(), "River Skills", "coach.eze").await;
    let mut trainer = app.visitor();
    trainer.sign_in("coach.ana", TRAINER_PASSWORD).await;
    let reached = trainer
        .post(
            &format!("/en/trainer/cohorts/{}/codes", other.cohort),
            &[("uses", "5"), ("days", "7")],
        )
        .await;
    assert_eq!(reached.status, 404);
    visitor_is_framed(&reached.body, "en");
    assert!(reached.body.contains("Page not found"), "{}", reached.body);
    assert!(
        reached.body.contains("href=\"/en/account\""),
        "the frame shows her signed in"
    );
}

async fn a_busy_sign_in_comes_back_to_the_framed_form_saying_so(backend: Backend) {
    // A hasher that never answers and holds one job per asker: the second sign-in from the
    // same address finds its share taken.
    let accounts = server::http::Accounts {
        passwords: server::auth::Passwords::start(0, 4),
        ..crate::common::accounts()
    };
    let app = spawn_app_with(backend, &crate::common::manifest_dir(), accounts).await;
    let first = {
        let mut phone = app.visitor();
        tokio::spawn(async move { phone.sign_in("someone", "a password").await })
    };
    app.until_attempts("account:someone", 1).await;
    let mut phone = app.visitor();
    let busy = phone.sign_in("someone.else", "a password").await;
    assert_eq!(busy.redirected_to(), "/en/sign-in?error=busy");
    let page = phone.page(&busy.location).await;
    visitor_is_framed(&page, "en");
    assert!(page.contains("The site is very busy"), "{page}");
    first.abort();
}

async fn server_functions_answer_refusals_with_their_status(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut visitor = app.visitor();
    let missing = visitor
        .post(
            "/api/get_course_outline",
            &[("course", "no-such-course"), ("language", "en")],
        )
        .await;
    assert_eq!(missing.status, 404, "{}", missing.body);
    assert_eq!(visitor.post("/api/get_account", &[]).await.status, 401);
    visitor.sign_in("sunflower", LEARNER_PASSWORD).await;
    assert_eq!(visitor.post("/api/list_cohorts", &[]).await.status, 403);
}

async fn a_refused_cross_site_request_carries_the_security_headers(backend: Backend) {
    let app = spawn_app(backend).await;
    let refused = app
        .visitor()
        .post_from_elsewhere("/en/sign-in", &[("handle", "x"), ("password", "y")])
        .await;
    assert_eq!(refused.status, 403);
    for header in [
        "content-security-policy",
        "x-content-type-options",
        "x-frame-options",
        "referrer-policy",
    ] {
        assert!(refused.headers.contains_key(header), "{header}");
    }
}

on_both_backends!(
    a_cross_site_post_is_refused_with_the_page_in_her_language,
    a_form_reaching_into_another_organisation_finds_nothing_there,
    a_busy_sign_in_comes_back_to_the_framed_form_saying_so,
    server_functions_answer_refusals_with_their_status,
    a_refused_cross_site_request_carries_the_security_headers,
);
