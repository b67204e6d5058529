//! The pages and routes, through real HTTP against the whole application on both backends.

use crate::common::{Backend, spawn_app};

async fn the_catalogue_groups_courses_by_track_in_the_page_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let html = app.page("/it").await;
    assert!(html.contains("<html lang=\"it\""), "{html}");
    assert!(html.contains("<title>Corsi · Skillpath</title>"));
    assert!(
        html.contains("Prepararsi al lavoro"),
        "the track is named in Italian"
    );
    assert!(html.contains("href=\"/it/courses/job-interview\""));
    assert!(html.contains("Prepararsi a un colloquio di lavoro"));
    assert!(html.contains("English, Italiano"));

    let english = app.page("/en").await;
    assert!(english.contains("<html lang=\"en\""));
    assert!(english.contains("Preparing for a job interview"));
}

async fn the_root_sends_visitors_to_their_browser_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .client
        .get(format!("{}/", app.address))
        .header("accept-language", "it-IT,it;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/it");
}

async fn a_course_page_lists_its_modules_and_lessons(backend: Backend) {
    let app = spawn_app(backend).await;
    let html = app.page("/en/courses/job-interview").await;
    assert!(html.contains("Before the interview"));
    assert!(html.contains("On the day"));
    for lesson in [
        "what-is-an-interview",
        "getting-there",
        "after-the-interview",
    ] {
        assert!(
            html.contains(&format!("href=\"/en/courses/job-interview/{lesson}\"")),
            "{lesson}"
        );
    }
    assert!(html.contains("Start the course"));
}

async fn a_lesson_shows_its_text_neighbours_and_translations(backend: Backend) {
    let app = spawn_app(backend).await;
    let html = app
        .page("/en/courses/job-interview/learn-about-the-job")
        .await;
    assert!(html.contains("<h1>Learn about the job and the employer</h1>"));
    assert!(html.contains("Read the job advert again"));
    assert!(html.contains("rel=\"prev\" href=\"/en/courses/job-interview/what-is-an-interview\""));
    assert!(html.contains("rel=\"next\" href=\"/en/courses/job-interview/prepare-your-answers\""));
    // Its Italian text, on the same page: the pages stay in English.
    assert!(html.contains("href=\"/en/courses/job-interview/learn-about-the-job?in=it\""));
    assert!(
        html.contains("class=\"quick-exit\""),
        "quick exit is on every page"
    );
    assert!(
        !html.contains("role=\"note\""),
        "no fallback notice when the language exists"
    );
}

async fn a_lesson_image_is_served_from_the_platform_itself(backend: Backend) {
    let app = spawn_app(backend).await;
    let html = app
        .page("/it/courses/job-interview/what-is-an-interview")
        .await;
    let start = html
        .find("src=\"/media/")
        .expect("the lesson shows its image")
        + 5;
    let src = &html[start..start + html[start..].find('"').unwrap()];
    let response = app.get(src).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/svg+xml");
    assert!(
        response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(response.text().await.unwrap().starts_with("<svg"));

    let missing = format!("/media/job-interview/{}.svg", "0".repeat(64));
    assert_eq!(app.get(&missing).await.status(), 404);
    assert_eq!(
        app.get("/media/job-interview/not-a-hash.svg")
            .await
            .status(),
        404
    );
}

async fn unknown_pages_answer_404_with_a_way_back(backend: Backend) {
    let app = spawn_app(backend).await;
    for path in [
        "/en/courses/no-such-course",
        "/it/courses/job-interview/no-such-lesson",
        "/xx/courses/job-interview",
        "/en/nothing/here/at/all",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        let html = response.text().await.unwrap();
        assert!(
            html.contains("href=\"/en\"") || html.contains("href=\"/it\""),
            "{path}: {html}"
        );
    }
    let html = app
        .get("/it/courses/job-interview/no-such-lesson")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Pagina non trovata"));
}

async fn health_reports_the_database(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "{\"status\":\"ok\"}");
}

async fn pages_are_compressed_for_slow_connections(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .client
        .get(format!(
            "{}/en/courses/job-interview/during-the-interview",
            app.address
        ))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
}

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
    let bundled = std::fs::read_dir(crate::common::catalog_dir())
        .unwrap()
        .count();
    assert_eq!(import.withdrawn.len(), bundled, "{:?}", import.withdrawn);
    assert!(import.withdrawn.contains(&"job-interview".to_string()));
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

on_both_backends!(
    the_catalogue_groups_courses_by_track_in_the_page_language,
    the_root_sends_visitors_to_their_browser_language,
    a_course_page_lists_its_modules_and_lessons,
    a_lesson_shows_its_text_neighbours_and_translations,
    a_lesson_image_is_served_from_the_platform_itself,
    unknown_pages_answer_404_with_a_way_back,
    health_reports_the_database,
    pages_are_compressed_for_slow_connections,
    an_image_that_links_outside_the_course_is_refused_and_never_served,
    junk_languages_neither_reach_the_cache_nor_grow_it,
    a_course_removed_from_the_catalogue_is_withdrawn_with_its_media,
);
