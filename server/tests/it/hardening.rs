//! The doors an attacker tries, each held shut: files from outside a course, markup in typed
//! text, quick exit that leaves her signed in, floods of guesses (serial and parallel), forged
//! join-code cookies, junk that would fill memory, and the small leaks around them.

use std::time::Duration;

use crate::common::{
    Backend, LEARNER_PASSWORD, TRAINER_PASSWORD, learner, organisation, spawn_app,
};
use app::cohorts::CohortStore;
use server::http::Accounts;

/// An application whose client addresses come from `X-Forwarded-For`, as behind a proxy, so
/// that a test can speak from many addresses; and a hashing queue of `queue` places.
async fn spawn_behind_proxy(backend: Backend, queue: usize) -> crate::common::TestApp {
    let accounts = Accounts {
        passwords: server::auth::Passwords::start(1, queue),
        trust_proxy: true,
        ..crate::common::accounts()
    };
    crate::common::spawn_app_with(backend, &crate::common::manifest_dir(), accounts).await
}

/// A sign-in from `address` (as a proxy in front would report it); where it leads.
async fn sign_in_from(
    app: &crate::common::TestApp,
    address: &str,
    handle: &str,
    password: &str,
) -> String {
    app.visitor_from(address)
        .sign_in(handle, password)
        .await
        .location
}

/// `count` sign-ins at once, the i-th from `address(i)` as `handle(i)`; where each leads.
async fn sign_ins_at_once(
    app: &crate::common::TestApp,
    count: usize,
    address: impl Fn(usize) -> String,
    handle: impl Fn(usize) -> String,
) -> Vec<String> {
    let tasks: Vec<_> = (0..count)
        .map(|i| {
            let mut visitor = app.visitor_from(&address(i));
            let handle = handle(i);
            tokio::spawn(async move { visitor.sign_in(&handle, "a wrong guess").await.location })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers
}

fn count(answers: &[String], answer: &str) -> usize {
    answers.iter().filter(|a| *a == answer).count()
}

// ---- 1. A course folder publishes nothing from outside itself ----

async fn an_image_that_links_outside_the_course_is_refused_and_never_served(backend: Backend) {
    let app = spawn_app(backend).await;
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("environ");
    std::fs::write(&secret, "DATABASE_PASSWORD=hunter2").unwrap();
    let catalog = tempfile::tempdir().unwrap();
    let course = catalog.path().join("linked");
    std::fs::create_dir_all(course.join("en/start")).unwrap();
    std::fs::create_dir_all(course.join("images")).unwrap();
    std::os::unix::fs::symlink(&secret, course.join("images/photo.png")).unwrap();
    std::fs::write(
        course.join("course.toml"),
        "version = 1\ntrack = \"digital-skills\"\ndefault_language = \"en\"\nlanguages = [\"en\"]\n\
         [title]\nen = \"Linked\"\n[summary]\nen = \"A course with a link in it\"\n\
         [[modules]]\nid = \"start\"\ntitle = { en = \"Start\" }\n",
    )
    .unwrap();
    std::fs::write(
        course.join("en/start/01-one.md"),
        "+++\nid = \"one\"\ntitle = \"One\"\nminutes = 2\n+++\n\n![A photo](../../images/photo.png)\n",
    )
    .unwrap();

    let import = app.db().import_catalog(catalog.path()).await.unwrap();
    let problems = import.problems.to_string();
    assert!(
        problems.contains("photo.png"),
        "the check names the link: {problems}"
    );
    assert!(import.outcomes.is_empty(), "{:?}", import.outcomes);
    assert_eq!(app.get("/en/courses/linked").await.status(), 404);
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    let media: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM media WHERE course_slug = 'linked'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(media, 0, "nothing of the linked file was stored");
}

// ---- 2. Text people type stays text, in the head and in the body ----

/// Text meant to become markup, break out of attributes, turn text around, or be too long.
const HOSTILE: [&str; 7] = [
    "</title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(2)>",
    "' onmouseover='alert(3)' x='",
    "&lt;b&gt; &amp; </TITLE >",
    "Bella\u{202E}gnp.exe",
    "Tuesday <!-- class -->",
];

/// The tags of a page as a browser's tokenizer reads them: each name, with its attributes'
/// names. Quoted attribute values may hold `>`; comments and the doctype are skipped.
fn tags(page: &str) -> Vec<(String, Vec<String>)> {
    let mut tags = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.split_once("-->").map_or("", |(_, after)| after);
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '/')
            .collect();
        rest = &rest[name.len()..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                rest = rest.get(1..).unwrap_or("");
                break;
            }
            let attribute: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && !"=>/".contains(*c))
                .collect();
            rest = &rest[attribute.len()..];
            attributes.push(attribute.to_lowercase());
            if let Some(value) = rest.trim_start().strip_prefix('=') {
                let value = value.trim_start();
                rest = match value.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        value[1..].split_once(quote).map_or("", |(_, after)| after)
                    }
                    _ => value.trim_start_matches(|c: char| !c.is_whitespace() && c != '>'),
                };
            }
        }
        tags.push((name.to_lowercase(), attributes));
    }
    tags
}

/// Checks one page for every way `typed` could have stopped being text: one title with no
/// markup in it, no element or attribute but the page's own, no hidden direction control,
/// and the text itself shown.
fn assert_stays_text(page: &str, typed: &str, path: &str) {
    assert_eq!(page.matches("<title>").count(), 1, "{path}: {page}");
    assert_eq!(page.matches("</title>").count(), 1, "{path}: {page}");
    let title = &page[page.find("<title>").unwrap() + 7..page.find("</title>").unwrap()];
    assert!(!title.contains('<'), "{path}: markup in the title: {title}");
    for (name, attributes) in tags(page) {
        assert!(
            !attributes.iter().any(|a| a.starts_with("on")),
            "{path}: an event handler on <{name}>: {attributes:?}"
        );
        assert!(
            !(name == "meta" && attributes.iter().any(|a| a == "http-equiv")),
            "{path}: a <meta http-equiv> got in"
        );
        assert!(
            name != "script" || attributes.iter().any(|a| a == "nonce"),
            "{path}: a script without the page's nonce got in"
        );
        assert!(
            !matches!(name.as_str(), "img" | "iframe" | "object" | "embed"),
            "{path}: <{name}> got in"
        );
    }
    assert!(
        !page.contains('\u{202E}'),
        "{path}: a direction override got in"
    );
    let escaped = typed
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let quoted = escaped.replace('"', "&quot;").replace('\'', "&#39;");
    assert!(
        page.contains(&escaped) || page.contains(&quoted),
        "{path}: the text is shown as typed: {escaped}"
    );
}

/// A TOML string holding `text` exactly.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

async fn hostile_text_in_every_typed_field_stays_text_on_every_page(backend: Backend) {
    let app = spawn_app(backend).await;
    // Courses: one per hostile text, in its title, summary, module and lesson title.
    let catalog = tempfile::tempdir().unwrap();
    for (index, text) in HOSTILE.iter().enumerate() {
        let course = catalog.path().join(format!("hostile-{index}"));
        std::fs::create_dir_all(course.join("en/start")).unwrap();
        let title = toml_string(text);
        std::fs::write(
            course.join("course.toml"),
            format!(
                "version = 1\ntrack = \"digital-skills\"\ndefault_language = \"en\"\n\
                 languages = [\"en\"]\n[title]\nen = {title}\n[summary]\nen = {title}\n\
                 [[modules]]\nid = \"start\"\ntitle = {{ en = {title} }}\n"
            ),
        )
        .unwrap();
        std::fs::write(
            course.join("en/start/01-one.md"),
            format!("+++\nid = \"one\"\ntitle = {title}\nminutes = 2\n+++\n\nA lesson.\n"),
        )
        .unwrap();
    }
    let import = app.db().import_catalog(catalog.path()).await.unwrap();
    let mut visitor = app.visitor();
    for (index, text) in HOSTILE.iter().enumerate() {
        let slug = format!("hostile-{index}");
        let imported = import.outcomes.iter().any(|(s, _)| *s == slug);
        if text.contains('\u{202E}') {
            assert!(
                !imported,
                "a direction override in a title is a problem to fix"
            );
            assert!(import.problems.to_string().contains(&slug));
            continue;
        }
        assert!(imported, "{slug}: {}", import.problems);
        for path in [
            "/en".to_string(),
            format!("/en/courses/{slug}"),
            format!("/en/courses/{slug}/one"),
        ] {
            let page = visitor.page(&path).await;
            assert_stays_text(&page, text, &path);
        }
    }

    // Organisations and groups, typed by an admin and a trainer, seen by them and by learners
    // about to join.
    crate::common::admin(app.db(), "root.admin").await;
    let mut admin = app.visitor();
    admin
        .sign_in("root.admin", crate::common::ADMIN_PASSWORD)
        .await;
    let mut trainer = app.visitor();
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    trainer.sign_in("coach.ana", TRAINER_PASSWORD).await;
    for text in HOSTILE {
        let created = admin
            .post(
                "/en/admin/organisations",
                &[("name", text), ("country", "it")],
            )
            .await;
        let cohort = trainer.post("/en/trainer/cohorts", &[("name", text)]).await;
        if text.contains('\u{202E}') {
            assert_eq!(created.redirected_to(), "/en/admin?error=name_invalid");
            assert_eq!(cohort.redirected_to(), "/en/trainer?error=name_invalid");
            continue;
        }
        assert_eq!(
            created.redirected_to(),
            "/en/admin?done=organisation_created"
        );
        let cohort_page = cohort
            .redirected_to()
            .split('?')
            .next()
            .unwrap()
            .to_string();
        let page = admin.page("/en/admin").await;
        assert_stays_text(&page, text, "/en/admin");
        for path in ["/en/trainer", cohort_page.as_str()] {
            let page = trainer.page(path).await;
            assert_stays_text(&page, text, path);
        }
        // The join page names the group (and its organisation) to the learner.
        let cohort_id = cohort_page.rsplit('/').next().unwrap();
        let code = app.db().create_join_code(cohort_id, 1, 1).await.unwrap();
        let mut newcomer = app.visitor();
        newcomer.post("/en/join", &[("code", &code)]).await;
        let page = newcomer.page("/en/join").await;
        assert_stays_text(&page, text, "/en/join");
    }
    // Overlong text is refused with the form's message, not stored cut short.
    let long = "A".repeat(5000);
    let answer = trainer
        .post("/en/trainer/cohorts", &[("name", &long)])
        .await;
    assert_eq!(answer.redirected_to(), "/en/trainer?error=name_invalid");
    let accepted = HOSTILE.iter().filter(|t| !t.contains('\u{202E}')).count();
    assert_eq!(
        app.db().cohorts(&org.id).await.unwrap().len(),
        1 + accepted,
        "the organisation's first group, and one for each name accepted"
    );
}

// ---- 3. Quick exit signs her out ----

async fn quick_exit_ends_her_session_and_forgets_codes_on_their_way(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
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

// ---- 4 and 5. Guessing: fair shares, counted before the work, answered at once ----

async fn one_client_flooding_sign_in_leaves_room_for_everyone_else(backend: Backend) {
    // One hashing thread and eight places: the flooding address may hold two of them.
    let app = spawn_behind_proxy(backend, 8).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let flood = async {
        let mut answers = Vec::new();
        for round in 0..3 {
            let address = |_| "198.51.100.66".to_string();
            let handle = |i| format!("guess{round}x{i}");
            answers.extend(sign_ins_at_once(&app, 12, address, handle).await);
        }
        answers
    };
    let genuine = async {
        for _ in 0..3 {
            assert_eq!(
                sign_in_from(&app, "192.0.2.7", "coach.ana", TRAINER_PASSWORD).await,
                "/en/trainer",
                "a genuine sign-in from another address is never turned away as busy"
            );
        }
    };
    let (answers, ()) = tokio::join!(flood, genuine);
    assert!(
        answers.iter().any(|a| a == "/en/sign-in?error=busy"),
        "the flood itself was held to its share: {answers:?}"
    );
}

async fn parallel_guesses_from_one_address_get_twenty_tries_and_no_more(backend: Backend) {
    let app = spawn_behind_proxy(backend, 256).await;
    let from_one = |_| "198.51.100.7".to_string();
    let answers = sign_ins_at_once(&app, 40, from_one, |i| format!("nobody{i}")).await;
    let checked = count(&answers, "/en/sign-in?error=wrong");
    // Twenty free attempts; a burst that crosses a second's boundary may have a 21st heard
    // (the wait after twenty is one second), the next only two seconds later.
    assert!(checked <= 21, "{checked} passwords checked: {answers:?}");
    assert_eq!(
        checked + count(&answers, "/en/sign-in?error=wait"),
        40,
        "{answers:?}"
    );
}

async fn parallel_guesses_at_one_account_are_held_to_its_limit(backend: Backend) {
    let app = spawn_behind_proxy(backend, 256).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let from_many = |i| format!("203.0.113.{i}");
    let answers = sign_ins_at_once(&app, 30, from_many, |_| "coach.ana".to_string()).await;
    let checked = count(&answers, "/en/sign-in?error=wrong");
    // Five free attempts, then one after a second and the next after two more: a burst
    // crossing a second's boundary may have a sixth heard, never the thirty.
    assert!(
        (1..=7).contains(&checked),
        "{checked} guesses checked: {answers:?}"
    );
    assert_eq!(checked + count(&answers, "/en/sign-in?error=wait"), 30);
}

async fn an_account_that_must_wait_is_told_at_once_not_held(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    // Forty guesses just now: the account waits its full 30 seconds.
    app.set_attempts("account:coach.ana", 40, 0).await;
    let answer = tokio::time::timeout(
        Duration::from_secs(20),
        app.visitor().sign_in("coach.ana", TRAINER_PASSWORD),
    )
    .await
    .expect("the answer comes without holding the connection for the wait");
    assert_eq!(answer.redirected_to(), "/en/sign-in?error=wait");
    let page = app.visitor().page(&answer.location).await;
    assert!(page.contains("Wait a minute, then try again"), "{page}");
}

async fn wrong_current_passwords_are_counted_like_sign_ins(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut phone = app.visitor();
    phone.sign_in("sunflower", LEARNER_PASSWORD).await;
    for _ in 0..2 {
        let change = [
            ("current_password", "a guess"),
            ("new_password", "another long one"),
        ];
        let answer = phone.post("/en/account/password", &change).await;
        assert_eq!(answer.redirected_to(), "/en/account?error=wrong");
    }
    let delete = phone
        .post("/en/account/delete", &[("password", "a guess")])
        .await;
    assert_eq!(delete.redirected_to(), "/en/account?error=wrong");
    assert_eq!(
        app.db().attempts("account:sunflower").await.unwrap().0,
        3,
        "each wrong password counts against her account"
    );
    let right = [
        ("current_password", LEARNER_PASSWORD),
        ("new_password", "another long one"),
    ];
    let answer = phone.post("/en/account/password", &right).await;
    assert_eq!(answer.redirected_to(), "/en/account?done=password_changed");
    assert_eq!(app.db().attempts("account:sunflower").await.unwrap().0, 0);
}

// ---- 6. Join codes cannot be enumerated through any door ----

async fn forged_join_code_cookies_share_the_limit_of_typed_codes(backend: Backend) {
    let app = spawn_behind_proxy(backend, 8).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let real = app.db().create_join_code(&org.cohort, 5, 1).await.unwrap();
    let mut guesser = app.visitor_from("198.51.100.9");
    for i in 0..5 {
        guesser
            .cookies
            .insert("join".into(), format!("AAAA-{i:04}"));
        let answer = guesser.post("/api/get_join_preview", &[]).await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.body, "null", "no such code");
    }
    assert_eq!(
        app.db().attempts("address:198.51.100.9").await.unwrap().0,
        5,
        "each forged cookie was counted as a guess"
    );
    // Past its free guesses, the address waits at every door that tests a code, the real
    // code included.
    app.set_attempts("address:198.51.100.9", 30, 0).await;
    guesser.cookies.insert("join".into(), real.clone());
    assert_eq!(guesser.post("/api/get_join_preview", &[]).await.status, 429);
    let page = guesser.get("/en/join").await;
    assert_eq!(page.status, 429);
    assert!(page.body.contains("Too many attempts"), "{}", page.body);
    let typed = guesser.post("/en/join", &[("code", &real)]).await;
    assert_eq!(typed.redirected_to(), "/en/join?error=wait");
    let reset = [
        ("handle", "coach.ana"),
        ("code", "AAAA-BBBB-CCCC"),
        ("password", "long enough"),
    ];
    assert_eq!(
        guesser.post("/en/reset", &reset).await.redirected_to(),
        "/en/reset?error=wait"
    );
    // A learner elsewhere joins as usual.
    let mut newcomer = app.visitor_from("192.0.2.8");
    newcomer.post("/en/join", &[("code", &real)]).await;
    assert!(newcomer.page("/en/join").await.contains("Harbour Jobs"));
}

/// An application whose password hasher never answers: a request that reaches it hangs.
async fn spawn_with_a_stuck_hasher(backend: Backend) -> crate::common::TestApp {
    let accounts = Accounts {
        passwords: server::auth::Passwords::start(0, 4),
        trust_proxy: true,
        ..crate::common::accounts()
    };
    crate::common::spawn_app_with(backend, &crate::common::manifest_dir(), accounts).await
}

async fn a_forged_join_cookie_costs_no_password_hashing(backend: Backend) {
    let app = spawn_with_a_stuck_hasher(backend).await;
    let mut guesser = app.visitor();
    guesser.cookies.insert("join".into(), "ZZZZ-ZZZZ".into());
    let form = [("handle", "newcomer"), ("password", "long enough password")];
    let answer = tokio::time::timeout(Duration::from_secs(10), guesser.post("/en/join", &form))
        .await
        .expect("answered without waiting for the hasher");
    assert_eq!(answer.redirected_to(), "/en/join?error=code_invalid");
    assert!(
        !guesser.cookies.contains_key("join"),
        "the bad code is forgotten"
    );
    assert_eq!(
        app.db().attempts("address:127.0.0.1").await.unwrap().0,
        1,
        "the forged code was counted as a guess"
    );
}

async fn asking_whether_a_handle_is_taken_counts_and_costs_no_hashing(backend: Backend) {
    let app = spawn_with_a_stuck_hasher(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let code = app.db().create_join_code(&org.cohort, 5, 1).await.unwrap();
    let mut newcomer = app.visitor();
    newcomer.post("/en/join", &[("code", &code)]).await;
    let form = [
        ("handle", "SunFlower"),
        ("password", "long enough password"),
    ];
    let answer = tokio::time::timeout(Duration::from_secs(10), newcomer.post("/en/join", &form))
        .await
        .expect("answered without waiting for the hasher");
    assert_eq!(answer.redirected_to(), "/en/join?error=handle_taken");
    assert_eq!(
        app.db().attempts("address:127.0.0.1").await.unwrap().0,
        1,
        "asking for a taken handle is counted"
    );
}

async fn a_busy_answer_never_wipes_an_accounts_count(backend: Backend) {
    let app = spawn_with_a_stuck_hasher(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    app.set_attempts("account:coach.ana", 3, 0).await;
    // One guess takes the account's one place in the hasher's queue, and stays there.
    let first = {
        let mut guesser = app.visitor_from("198.51.100.1");
        tokio::spawn(async move { guesser.sign_in("coach.ana", "a guess").await })
    };
    tokio::time::sleep(Duration::from_millis(500)).await;
    let answer = app
        .visitor_from("198.51.100.2")
        .sign_in("coach.ana", "another guess")
        .await;
    assert_eq!(answer.redirected_to(), "/en/sign-in?error=busy");
    assert_eq!(
        app.db().attempts("account:coach.ana").await.unwrap().0,
        5,
        "both guesses still count"
    );
    first.abort();
}

// ---- 7. Junk does not fill memory ----

async fn junk_languages_neither_reach_the_cache_nor_grow_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut visitor = app.visitor();
    visitor
        .page("/en/courses/job-interview/what-is-an-interview")
        .await;
    let cached = app.db().lesson_cache_bytes();
    assert!(cached > 0);
    let junk = "x".repeat(100_000);
    for language in [junk.as_str(), "zz", "zy", "q-qq", "de"] {
        let answer = visitor
            .post(
                "/api/get_lesson",
                &[
                    ("course", "job-interview"),
                    ("lesson", "what-is-an-interview"),
                    ("language", language),
                ],
            )
            .await;
        assert!(
            answer.status == 200 || answer.status == 404,
            "{}",
            answer.status
        );
    }
    for language in ["zz", "zy", "q-qq", "de"] {
        // Unknown languages are shown the course's default, with a notice, from one entry.
        let answer = visitor
            .post(
                "/api/get_lesson",
                &[
                    ("course", "job-interview"),
                    ("lesson", "what-is-an-interview"),
                    ("language", language),
                ],
            )
            .await;
        assert_eq!(answer.status, 200, "{language}");
    }
    let after = app.db().lesson_cache_bytes();
    assert!(
        after <= cached * 2,
        "one more entry at most (the fallback), not one per language: {cached} -> {after}"
    );
    assert_eq!(
        visitor
            .post(
                "/api/get_lesson",
                &[
                    ("course", "job-interview"),
                    ("lesson", "what-is-an-interview"),
                    ("language", junk.as_str()),
                ],
            )
            .await
            .status,
        404,
        "a language no course could have is not looked up"
    );
}

// ---- 8. The smaller doors ----

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

async fn a_course_removed_from_the_catalogue_is_withdrawn_with_its_media(backend: Backend) {
    let app = spawn_app(backend).await;
    let lesson = app
        .page("/en/courses/job-interview/what-is-an-interview")
        .await;
    let image = crate::common::between(&lesson, "src=\"/media/", "\"")
        .unwrap()
        .to_string();
    assert_eq!(app.get(&format!("/media/{image}")).await.status(), 200);
    let empty = tempfile::tempdir().unwrap();
    let import = app.db().import_catalog(empty.path()).await.unwrap();
    assert_eq!(import.withdrawn, ["job-interview"]);
    assert_eq!(app.get("/en/courses/job-interview").await.status(), 404);
    assert_eq!(
        app.get("/en/courses/job-interview/what-is-an-interview")
            .await
            .status(),
        404
    );
    assert_eq!(app.get(&format!("/media/{image}")).await.status(), 404);
    assert!(!app.page("/en").await.contains("job-interview"));
    // Back in the catalogue, it is published again.
    app.db()
        .import_catalog(&crate::common::catalog_dir())
        .await
        .unwrap();
    assert_eq!(app.get("/en/courses/job-interview").await.status(), 200);
    assert_eq!(app.get(&format!("/media/{image}")).await.status(), 200);
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

async fn the_join_consent_page_is_never_cached_and_promises_only_what_is_true(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let code = app.db().create_join_code(&org.cohort, 5, 1).await.unwrap();
    let mut newcomer = app.visitor();
    newcomer.post("/en/join", &[("code", &code)]).await;
    let consent = newcomer.get("/en/join").await;
    assert!(consent.body.contains("Harbour Jobs"));
    assert_eq!(consent.headers["cache-control"], "no-store");
    assert!(
        !consent.body.to_lowercase().contains("progress"),
        "no progress is recorded yet, so none is promised"
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

async fn ipv6_clients_are_limited_by_their_slash_64(backend: Backend) {
    let app = spawn_behind_proxy(backend, 8).await;
    sign_in_from(&app, "2001:db8:5:6::1", "nobody", "guess").await;
    assert_eq!(
        app.db()
            .attempts("address:2001:db8:5:6::/64")
            .await
            .unwrap()
            .0,
        1
    );
    app.set_attempts("address:2001:db8:5:6::/64", 40, 0).await;
    assert_eq!(
        sign_in_from(&app, "2001:db8:5:6:ffff::1", "nobody", "guess").await,
        "/en/sign-in?error=wait",
        "another address of the same /64 waits too"
    );
    assert_eq!(
        sign_in_from(&app, "2001:db8:5:7::1", "nobody", "guess").await,
        "/en/sign-in?error=wrong",
        "the next /64 is another client"
    );
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
    an_image_that_links_outside_the_course_is_refused_and_never_served,
    hostile_text_in_every_typed_field_stays_text_on_every_page,
    quick_exit_ends_her_session_and_forgets_codes_on_their_way,
    a_link_to_quick_exit_on_another_site_neither_signs_out_nor_bounces,
    one_client_flooding_sign_in_leaves_room_for_everyone_else,
    parallel_guesses_from_one_address_get_twenty_tries_and_no_more,
    parallel_guesses_at_one_account_are_held_to_its_limit,
    an_account_that_must_wait_is_told_at_once_not_held,
    wrong_current_passwords_are_counted_like_sign_ins,
    forged_join_code_cookies_share_the_limit_of_typed_codes,
    a_forged_join_cookie_costs_no_password_hashing,
    asking_whether_a_handle_is_taken_counts_and_costs_no_hashing,
    a_busy_answer_never_wipes_an_accounts_count,
    junk_languages_neither_reach_the_cache_nor_grow_it,
    server_functions_answer_refusals_with_their_status,
    a_course_removed_from_the_catalogue_is_withdrawn_with_its_media,
    a_connection_that_never_finishes_its_request_is_closed,
    a_refused_cross_site_request_carries_the_security_headers,
    the_join_consent_page_is_never_cached_and_promises_only_what_is_true,
    reset_and_setup_codes_carry_sixty_bits,
    ipv6_clients_are_limited_by_their_slash_64,
);
