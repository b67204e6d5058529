//! What every page owes a learner: forged requests refused, nothing changed on GET, the
//! security headers, neutral words, quick exit, and cookies fit for HTTPS.

use crate::common::{
    Backend, LEARNER_PASSWORD, TRAINER_PASSWORD, between, cohort_count, learner, organisation,
    rows_of, spawn_app,
};

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

async fn quick_exit_ends_her_session_and_forgets_codes_on_their_way(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let sunflower = learner(app.db(), &org.cohort, "sunflower").await;
    let mut phone = app.visitor();
    phone.sign_in("sunflower", LEARNER_PASSWORD).await;
    assert_eq!(phone.get("/en/account").await.status, 200);
    let code = app.db().create_join_code(&org.cohort, 5, 1).await.unwrap();
    phone.post("/en/join", &[("code", &code)]).await;
    assert!(phone.cookies.contains_key("join"));
    phone
        .cookies
        .insert("flash".into(), "reset.someone.K7MQ-4XPT-9B2D".into());

    let leave = phone.get_from_here("/leave").await;
    assert_eq!(
        leave.redirected_to(),
        app::site::Site::default().quick_exit_url
    );
    for cookie in ["sid", "join", "flash"] {
        assert!(!phone.cookies.contains_key(cookie), "{:?}", phone.cookies);
    }
    // Server functions bounce too, while the quick-exit cookie lives.
    let api = phone.post("/api/get_account", &[]).await;
    assert_eq!(
        api.redirected_to(),
        app::site::Site::default().quick_exit_url
    );

    // Someone who kept the old cookie (a browser ignoring the cleared cookies, a copy)
    // finds the session ended on the server.
    let mut kept = app.visitor();
    kept.sign_in("sunflower", LEARNER_PASSWORD).await;
    let token = kept.cookies["sid"].clone();
    kept.get_from_here("/leave").await;
    kept.get("/").await;
    // Quick exit lets her go after half a second at most, ending the session meanwhile.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while rows_of(&app, "sessions", &sunflower).await > 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "her session never ended"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    kept.cookies.insert("sid".into(), token);
    assert_eq!(
        kept.get("/en/account").await.redirected_to(),
        "/en/sign-in",
        "typing the address again does not open her account"
    );
}

async fn a_link_to_quick_exit_on_another_site_neither_signs_out_nor_bounces(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut phone = app.visitor();
    phone.sign_in("sunflower", LEARNER_PASSWORD).await;
    let followed = phone.get_from_elsewhere("/leave").await;
    assert_eq!(
        followed.redirected_to(),
        app::site::Site::default().quick_exit_url
    );
    assert!(!phone.cookies.contains_key("left"));
    assert_eq!(
        phone.get("/en/account").await.status,
        200,
        "still signed in"
    );
    // An older browser says where it comes from only with the Referer.
    let request = app
        .client
        .get(format!("{}/leave", app.address))
        .header("cookie", format!("sid={}", phone.cookies["sid"]))
        .header("referer", "https://elsewhere.example/page");
    let followed = request.send().await.unwrap();
    assert_eq!(followed.status(), 303);
    assert!(followed.headers().get("set-cookie").is_none());
    assert_eq!(
        phone.get("/en/account").await.status,
        200,
        "still signed in"
    );
}

async fn a_connection_that_never_finishes_its_request_is_closed(backend: Backend) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let app = spawn_app(backend).await;
    let host = app.address.trim_start_matches("http://").to_string();
    let started = [
        // Nothing at all; half a request head; the opening of an HTTP/2 preface; a whole head
        // and a body that never comes.
        &b""[..],
        b"GET /en HTTP/1.1\r\nHost: x\r\n",
        b"PRI * HTTP/2.0\r\n",
        b"POST /en/sign-in HTTP/1.1\r\nHost: x\r\nOrigin: http://x\r\n\
          Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nhandle=",
    ];
    for sent in started {
        let mut slow = tokio::net::TcpStream::connect(&host).await.unwrap();
        slow.write_all(sent).await.unwrap();
        let mut answer = Vec::new();
        let closed = tokio::time::timeout(
            crate::common::DEADLINES.head * 5,
            slow.read_to_end(&mut answer),
        )
        .await;
        assert!(
            matches!(closed, Ok(Ok(_))),
            "after {:?} the server ended the connection: {closed:?}",
            String::from_utf8_lossy(sent)
        );
    }
    assert_eq!(app.get("/healthz").await.status(), 200, "and still serves");
}

#[tokio::test]
async fn the_sqlite_file_is_readable_by_its_owner_alone() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh/skillpath.db");
    let db = server::db::Db::connect(&format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .unwrap();
    db.migrate().await.unwrap();
    for file in [path.clone(), path.with_extension("db-wal")] {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{}: {mode:o}", file.display());
    }
    let folder = std::fs::metadata(path.parent().unwrap()).unwrap();
    assert_eq!(folder.permissions().mode() & 0o077, 0);
}

on_both_backends!(
    a_cross_site_post_changes_nothing,
    nothing_changes_on_get,
    every_response_carries_the_security_headers,
    pages_never_name_what_the_platform_is_for,
    quick_exit_sends_every_page_away_until_she_comes_back,
    over_https_cookies_are_secure_and_browsers_told_to_stay,
    quick_exit_ends_her_session_and_forgets_codes_on_their_way,
    a_link_to_quick_exit_on_another_site_neither_signs_out_nor_bounces,
    a_connection_that_never_finishes_its_request_is_closed,
);
