//! The store, told as one story that runs on SQLite and on PostgreSQL: import the catalogue,
//! read it in both languages, fall back when a language is missing, and import again.

use std::fs;

use crate::common::{Backend, catalog_dir, copy_dir, fresh_db};
use app::catalogue::CatalogueStore;
use app::languages::ContentLanguages;
use server::catalogue::ImportOutcome;

/// Content wanted for a page in `code`, by a visitor who chose no reading languages.
fn page(code: &str) -> ContentLanguages {
    ContentLanguages::new(Vec::new(), code)
}

async fn the_catalogue_is_imported_read_and_updated(backend: Backend) {
    let test_db = fresh_db(backend).await;
    let db = &test_db.db;
    // A catalogue of the interview course alone, to change as its authors would.
    let work = tempfile::tempdir().unwrap();
    copy_dir(
        &catalog_dir().join("job-interview"),
        &work.path().join("job-interview"),
    );

    let first = db.import_catalog(work.path()).await.unwrap();
    assert_eq!(
        first.outcomes,
        [("job-interview".to_string(), ImportOutcome::Added)]
    );
    let again = db.import_catalog(work.path()).await.unwrap();
    assert_eq!(
        again.outcomes,
        [("job-interview".to_string(), ImportOutcome::Unchanged)]
    );

    let cards = db.list_courses(&page("it"), None).await.unwrap();
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].title, "Prepararsi a un colloquio di lavoro");
    assert_eq!((cards[0].lesson_count, cards[0].minutes), (6, 30));
    assert_eq!(cards[0].languages, ["en", "it"]);

    let outline = db
        .course_outline("job-interview", &page("en"), None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(outline.modules.len(), 2);
    assert_eq!(outline.modules[1].title, "On the day");
    assert_eq!(outline.modules[1].lessons[0].id, "getting-there");
    assert!(!outline.fell_back);

    let lesson = db
        .lesson("job-interview", "prepare-your-answers", &page("it"), None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(lesson.title, "Prepara le tue risposte");
    assert_eq!(lesson.module_title, "Prima del colloquio");
    assert_eq!(lesson.previous.unwrap().id, "learn-about-the-job");
    assert_eq!(
        lesson.next.unwrap().id,
        "getting-there",
        "next crosses into the next module"
    );
    assert!(lesson.html.contains("<h2>"));

    // A language the course is not written in falls back to its default, and says so.
    let fallback = db
        .lesson("job-interview", "getting-there", &page("de"), None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (fallback.language.as_str(), fallback.fell_back),
        ("en", true)
    );
    assert_eq!(fallback.title, "Getting there on time");

    assert!(
        db.lesson("job-interview", "no-such-lesson", &page("en"), None)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        db.course_outline("no-such-course", &page("en"), None)
            .await
            .unwrap()
            .is_none()
    );

    // Read once, so that the next reads can come from the lesson cache.
    let before = db
        .lesson("job-interview", "learn-about-the-job", &page("en"), None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(before.title, "Learn about the job and the employer");
    // Another instance sharing this database, which will import the next version.
    let other_instance = server::db::Db::connect(&test_db.url).await.unwrap();

    // A new version: a lesson retitled, one dropped. Ids stay; the dropped lesson disappears
    // from the outline but is not deleted, and the course is re-imported once.
    let course = work.path().join("job-interview");
    let toml = fs::read_to_string(course.join("course.toml")).unwrap();
    fs::write(
        course.join("course.toml"),
        toml.replace("version = 1", "version = 2"),
    )
    .unwrap();
    let lesson_path = course.join("en/before/02-learn-about-the-job.md");
    let text = fs::read_to_string(&lesson_path).unwrap();
    fs::write(
        &lesson_path,
        text.replace("Learn about the job and the employer", "Know the job"),
    )
    .unwrap();
    for language in ["en", "it"] {
        fs::remove_file(course.join(format!("{language}/on-the-day/02-during-the-interview.md")))
            .unwrap();
    }
    let updated = other_instance.import_catalog(work.path()).await.unwrap();
    assert_eq!(
        updated.outcomes,
        [("job-interview".to_string(), ImportOutcome::Updated)]
    );
    // This instance read the course a moment ago; it reads it again a second later at most.
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    let lesson = db
        .lesson("job-interview", "learn-about-the-job", &page("en"), None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        lesson.title, "Know the job",
        "a new version imported by another instance is served within a second, not a cached one"
    );
    let outline = db
        .course_outline("job-interview", &page("en"), None)
        .await
        .unwrap()
        .unwrap();
    let ids: Vec<_> = outline.modules[1]
        .lessons
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(ids, ["getting-there", "after-the-interview"]);

    // A broken course is not imported, and the version already stored stays readable.
    fs::write(course.join("course.toml"), "version = \"broken").unwrap();
    let broken = db.import_catalog(work.path()).await.unwrap();
    assert!(broken.outcomes.is_empty());
    assert_eq!(broken.problems.0.len(), 1);
    assert!(
        db.lesson("job-interview", "getting-there", &page("it"), None)
            .await
            .unwrap()
            .is_some()
    );
}

on_both_backends!(the_catalogue_is_imported_read_and_updated);
