//! Authoring through the real pages and forms: a partner writes a course in the browser,
//! previews and publishes it, learners read it and keep their progress across versions;
//! another organisation never reaches her drafts; two authors never overwrite each other;
//! archives round-trip exactly and hostile ones change nothing.

use std::io::Write;

use crate::common::{
    Backend, LEARNER_PASSWORD, Organisation, PARTNER_PASSWORD, TRAINER_PASSWORD, TestApp, Visitor,
    between, learner, mark_done, organisation, partner, spawn_app,
};

async fn signed_in(app: &TestApp, handle: &str, password: &str) -> Visitor {
    let mut visitor = app.visitor();
    visitor.sign_in(handle, password).await.redirected_to();
    visitor
}

/// The revision an editor page's form carries.
fn revision_on(page: &str) -> String {
    between(page, "name=\"revision\" value=\"", "\"")
        .unwrap_or_else(|| panic!("no revision in {page}"))
        .to_string()
}

/// Saves a lesson's text in `language` from its editor page, as she would.
pub(crate) async fn save_lesson(p: &mut Visitor, at: &str, title: &str, body: &str) -> String {
    let editor = p.page(at).await;
    let revision = revision_on(&editor);
    p.post(
        &format!("{at}/save"),
        &[
            ("title", title),
            ("minutes", "4"),
            ("body", body),
            ("revision", &revision),
        ],
    )
    .await
    .redirected_to()
    .to_string()
}

pub(crate) const QUIZ: &str =
    "\n\n```quiz who-reads-it\nWho reads a CV first?\n\n- [x] The employer\n- [ ] A friend\n```\n";

/// A course written in the browser: two modules, three lessons (one with a quiz), in English
/// and Italian, with its settings; its address.
pub(crate) async fn write_course(p: &mut Visitor) -> String {
    let created = p
        .post(
            "/en/author/courses",
            &[
                ("title", "Writing a CV"),
                ("track", "job-readiness"),
                ("default_language", "en"),
                ("languages", "it"),
            ],
        )
        .await;
    let slug = between(created.redirected_to(), "/en/author/courses/", "?")
        .unwrap()
        .to_string();
    assert_eq!(slug, "writing-a-cv");
    let draft = format!("/en/author/courses/{slug}");
    for module in ["Before you write", "The parts"] {
        p.post(&format!("{draft}/modules"), &[("title", module)])
            .await
            .redirected_to();
    }
    for (module, lesson) in [
        ("before-you-write", "Why a CV"),
        ("the-parts", "Your work"),
        ("the-parts", "Your skills"),
    ] {
        let added = p
            .post(
                &format!("{draft}/modules/{module}/lessons"),
                &[("title", lesson)],
            )
            .await;
        let editor = added.redirected_to().to_string();
        let at = editor.split('?').next().unwrap();
        let quiz = if lesson == "Why a CV" { QUIZ } else { "" };
        save_lesson(p, at, lesson, &format!("About {lesson}.{quiz}")).await;
        let italian = format!("{}/it", at.strip_suffix("/en").unwrap());
        save_lesson(
            p,
            &italian,
            lesson,
            &format!("In italiano: {lesson}.{quiz}"),
        )
        .await;
    }
    let manifest = manifest_on(&p.page(&format!("{draft}/settings")).await);
    let settings = save_settings(p, &draft, &manifest, "Scrivere un CV").await;
    assert!(settings.redirected_to().ends_with("?done=saved"));
    slug
}

/// The digest of `course.toml` the settings form carries.
pub(crate) fn manifest_on(page: &str) -> String {
    between(page, "name=\"manifest\" value=\"", "\"")
        .unwrap_or_else(|| panic!("no manifest digest in {page}"))
        .to_string()
}

/// Saves the course's settings as the form at `manifest` would, with `italian` as the
/// Italian title.
async fn save_settings(
    p: &mut Visitor,
    draft: &str,
    manifest: &str,
    italian: &str,
) -> crate::common::Answer {
    p.post(
        &format!("{draft}/settings/save"),
        &[
            ("manifest", manifest),
            ("visibility", "organisation"),
            ("track", "job-readiness"),
            ("default_language", "en"),
            ("languages", "it"),
            ("pass_mark", "100"),
            ("title.en", "Writing a CV"),
            ("title.it", italian),
            ("summary.en", "What goes in a CV."),
            ("summary.it", "Che cosa va in un CV."),
            ("module.before-you-write.en", "Before you write"),
            ("module.before-you-write.it", "Prima di scrivere"),
            ("module.the-parts.en", "The parts"),
            ("module.the-parts.it", "Le parti"),
        ],
    )
    .await
}

/// Publishes the draft as its page offers it; the page after.
pub(crate) async fn publish(p: &mut Visitor, slug: &str) -> String {
    let draft = p.page(&format!("/en/author/courses/{slug}")).await;
    let revision = revision_on(&draft);
    let answer = p
        .post(
            &format!("/en/author/courses/{slug}/publish"),
            &[("revision", &revision)],
        )
        .await;
    assert!(
        answer.redirected_to().ends_with("?done=published"),
        "{}",
        answer.location
    );
    draft
}

/// Harbour Jobs, with its author signed in and a course she wrote: the organisation, her,
/// and the course's address.
async fn authored(app: &TestApp) -> (Organisation, Visitor, String) {
    let org = organisation(app.db(), "Harbour Jobs", "hj-trainer").await;
    partner(app.db(), &org.id, "hj-author").await;
    let mut author = signed_in(app, "hj-author", PARTNER_PASSWORD).await;
    let slug = write_course(&mut author).await;
    (org, author, slug)
}

async fn a_partner_writes_publishes_and_learners_keep_their_progress(backend: Backend) {
    let app = spawn_app(backend).await;
    let (org, mut p, slug) = authored(&app).await;
    learner(app.db(), &org.cohort, "hj-learner").await;

    // A problem is shown at its lesson and line; fixing it makes the course publishable.
    let at = format!("/en/author/courses/{slug}/lessons/your-work/en");
    save_lesson(
        &mut p,
        &at,
        "Your work",
        "Line one.\n\nSee [this](09-nowhere.md).",
    )
    .await;
    let draft = p.page(&format!("/en/author/courses/{slug}")).await;
    assert!(draft.contains("09-nowhere.md"), "{draft}");
    assert!(draft.contains("line 3"), "{draft}");
    assert!(
        draft.contains("points to no lesson of this course"),
        "{draft}"
    );
    // In her language: the same problem, read on the Italian pages.
    let bozza = p.page(&format!("/it/author/courses/{slug}")).await;
    assert!(
        bozza.contains("non porta a nessuna lezione di questo corso"),
        "{bozza}"
    );
    assert!(!bozza.contains("points to no lesson"), "{bozza}");
    assert!(
        !draft.contains("name=\"revision\""),
        "no publish button with problems"
    );
    let editor = p.page(&at).await;
    assert!(editor.contains("line 3"));
    save_lesson(&mut p, &at, "Your work", "What you did, and when.").await;

    // Nothing is visible to learners before publishing.
    let mut her = signed_in(&app, "hj-learner", LEARNER_PASSWORD).await;
    assert_eq!(her.get(&format!("/en/courses/{slug}")).await.status, 404);

    let draft = publish(&mut p, &slug).await;
    assert!(draft.contains("First version"), "{draft}");
    let lesson = her.page(&format!("/en/courses/{slug}/why-a-cv")).await;
    assert!(lesson.contains("About Why a CV."));
    assert!(lesson.contains("Who reads a CV first?"));
    mark_done(&mut her, &slug, "why-a-cv").await;

    // Only her organisation's learners (the course's setting), and not visitors.
    let other = organisation(app.db(), "Bridge Work", "bw-trainer").await;
    learner(app.db(), &other.cohort, "bw-learner").await;
    let mut stranger = signed_in(&app, "bw-learner", LEARNER_PASSWORD).await;
    assert_eq!(
        stranger.get(&format!("/en/courses/{slug}")).await.status,
        404
    );
    assert!(!stranger.page("/en").await.contains("Writing a CV"));
    assert_eq!(
        app.visitor()
            .get(&format!("/en/courses/{slug}/why-a-cv"))
            .await
            .status,
        404
    );
    assert!(her.page("/en").await.contains("Writing a CV"));
    // Nor through the progress forms, which would walk her through its lessons and quizzes.
    let done_at = format!("/en/courses/{slug}/why-a-cv/done");
    let done = stranger
        .post(&done_at, &[("request", "stranger-request-0001")])
        .await;
    assert_eq!(done.status, 404);
    let answer_at = format!("/en/courses/{slug}/why-a-cv/answer");
    let answer = stranger
        .post(
            &answer_at,
            &[
                ("request", "stranger-request-0002"),
                ("quiz", "who-reads-it"),
                ("option", "0"),
            ],
        )
        .await;
    assert_eq!(answer.status, 404);
    assert!(!stranger.page("/en/home").await.contains("Writing a CV"));

    // A changed English text flags the Italian translation, to authors and to learners.
    let at = format!("/en/author/courses/{slug}/lessons/why-a-cv/en");
    save_lesson(
        &mut p,
        &at,
        "Why a CV",
        &format!("About Why a CV, again.{QUIZ}"),
    )
    .await;
    let draft = p.page(&format!("/en/author/courses/{slug}")).await;
    assert!(draft.contains("out of date"), "{draft}");
    assert!(draft.contains("Changed lessons: Why a CV"), "{draft}");
    assert!(draft.contains("Publish version 2"));
    publish(&mut p, &slug).await;
    let italian = her.page(&format!("/it/courses/{slug}/why-a-cv")).await;
    assert!(
        italian.contains("Questa traduzione potrebbe non essere aggiornata"),
        "{italian}"
    );
    let english = her.page(&format!("/en/courses/{slug}/why-a-cv")).await;
    assert!(english.contains("About Why a CV, again."));
    assert!(!english.contains("may be behind"));
    let home = her.page("/en/home").await;
    assert!(home.contains("2 lessons and 1 question left"), "{home}");

    // A lesson removed and added again under the same title gets an id of its own: learners'
    // progress on the old one never passes to it.
    let draft_page = format!("/en/author/courses/{slug}");
    p.post(
        &format!("{draft_page}/lessons/your-skills"),
        &[("action", "remove")],
    )
    .await
    .redirected_to();
    let added = p
        .post(
            &format!("{draft_page}/modules/the-parts/lessons"),
            &[("title", "Your skills")],
        )
        .await;
    let place = added.redirected_to();
    assert!(place.contains("/lessons/your-skills-2/en"), "{place}");

    // Every version is listed; the first can be published again.
    let draft = p.page(&format!("/en/author/courses/{slug}")).await;
    assert!(draft.contains("Version 2, published by hj-author"));
    let again = p
        .post(
            &format!("/en/author/courses/{slug}/versions/1/publish"),
            &[],
        )
        .await;
    assert!(again.redirected_to().ends_with("?done=published"));
    let lesson = her.page(&format!("/en/courses/{slug}/why-a-cv")).await;
    assert!(lesson.contains("About Why a CV.") && !lesson.contains("again"));
}

async fn another_organisation_cannot_see_or_change_a_draft(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, mut p, slug) = authored(&app).await;
    let other = organisation(app.db(), "Bridge Work", "bw-trainer").await;
    partner(app.db(), &other.id, "bw-author").await;
    let before = p
        .download(&format!("/en/author/courses/{slug}/course.zip"))
        .await;
    assert_eq!(before.0, 200);

    let mut intruder = signed_in(&app, "bw-author", PARTNER_PASSWORD).await;
    assert!(!intruder.page("/en/author").await.contains("Writing a CV"));
    let draft = format!("/en/author/courses/{slug}");
    for page in [
        draft.clone(),
        format!("{draft}/settings"),
        format!("{draft}/lessons/why-a-cv/en"),
        format!("{draft}/lessons/why-a-cv/en/preview"),
    ] {
        assert_eq!(intruder.get(&page).await.status, 404, "{page}");
    }
    assert_eq!(
        intruder.download(&format!("{draft}/course.zip")).await.0,
        404
    );
    let forms: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("{draft}/modules"), vec![("title", "Mine")]),
        (
            format!("{draft}/modules/the-parts"),
            vec![("action", "remove")],
        ),
        (
            format!("{draft}/lessons/why-a-cv"),
            vec![("action", "remove")],
        ),
        (
            format!("{draft}/lessons/why-a-cv/en/save"),
            vec![
                ("title", "x"),
                ("minutes", "3"),
                ("body", "Taken"),
                ("revision", "1"),
            ],
        ),
        (format!("{draft}/publish"), vec![("revision", "1")]),
        (
            format!("{draft}/settings/save"),
            vec![("visibility", "everyone")],
        ),
    ];
    for (form, fields) in &forms {
        let answer = intruder.post(form, fields).await;
        assert_eq!(answer.status, 404, "{form}");
    }
    let image = intruder
        .post_file(&format!("{draft}/images"), "image", "x.png", b"\x89PNG")
        .await;
    assert_eq!(image.status, 404);
    for api in ["get_draft", "get_draft_settings"] {
        let answer = intruder
            .post(&format!("/api/{api}"), &[("course", &slug)])
            .await;
        assert_eq!(answer.status, 404, "{api}: {}", answer.body);
    }
    // A trainer of the same organisation is not an author.
    let mut trainer = signed_in(&app, "hj-trainer", TRAINER_PASSWORD).await;
    assert_eq!(trainer.get(&draft).await.status, 403);
    // Nothing changed, and nothing was published.
    assert_eq!(p.download(&format!("{draft}/course.zip")).await, before);
    assert_eq!(
        app.visitor()
            .get(&format!("/en/courses/{slug}"))
            .await
            .status,
        404
    );
}

async fn a_concurrent_save_is_detected_and_both_texts_shown(backend: Backend) {
    let app = spawn_app(backend).await;
    let (org, mut first, slug) = authored(&app).await;
    partner(app.db(), &org.id, "hj-editor").await;
    let mut second = signed_in(&app, "hj-editor", PARTNER_PASSWORD).await;
    let at = format!("/en/author/courses/{slug}/lessons/your-skills/en");
    let opened = revision_on(&first.page(&at).await);
    assert_eq!(revision_on(&second.page(&at).await), opened);
    let saved = save_as(
        &mut first,
        &at,
        ("Your skills", "First author's words."),
        &opened,
    )
    .await;
    assert!(saved.redirected_to().ends_with("?done=saved"));
    let refused = save_as(
        &mut second,
        &at,
        ("Your skills", "Second author's words."),
        &opened,
    )
    .await;
    assert!(refused.redirected_to().ends_with("?error=edit_conflict"));
    let page = second.page(refused.redirected_to()).await;
    assert!(page.contains("First author&#x27;s words.") || page.contains("First author's words."));
    // Hers in the box, escaped as any text there is.
    assert!(page.contains("Second author&#39;s words."), "{page}");
    // Her text did not overwrite the other: the saved lesson is the first author's.
    let mine = first.page(&at).await;
    assert!(mine.contains("First author") && !mine.contains("Second author"));
    // Settings too: a form opened before a colleague's save is refused, hers kept.
    let draft = format!("/en/author/courses/{slug}");
    let stale = manifest_on(&second.page(&format!("{draft}/settings")).await);
    let fresh = save_settings(&mut first, &draft, &stale, "Il CV").await;
    assert!(fresh.redirected_to().ends_with("?done=saved"));
    let late = save_settings(&mut second, &draft, &stale, "Un altro titolo").await;
    assert!(late.redirected_to().ends_with("?error=settings_changed"));
    let now = first.page(&format!("{draft}/settings")).await;
    assert!(now.contains("Il CV") && !now.contains("Un altro titolo"));

    // Having seen both, she saves again, knowingly.
    let merged = save_as(
        &mut second,
        &at,
        ("Your skills", "Both authors' words."),
        &revision_on(&page),
    )
    .await;
    assert!(merged.redirected_to().ends_with("?done=saved"));
    assert!(!second.page(&at).await.contains("Second author"));
}

async fn a_refused_save_keeps_her_text_and_never_overwrites_a_colleague(backend: Backend) {
    let app = spawn_app(backend).await;
    let (org, mut her, slug) = authored(&app).await;
    let at = format!("/en/author/courses/{slug}/lessons/your-skills/en");
    let opened = revision_on(&her.page(&at).await);

    // No title: refused, and her new text is back in the box, the saved one beside it.
    let refused = save_as(&mut her, &at, ("  ", "Her long new paragraph."), &opened).await;
    assert!(refused.redirected_to().ends_with("?error=title_needed"));
    let editor = her.page(refused.redirected_to()).await;
    assert!(editor.contains("was not saved"), "{editor}");
    assert!(editor.contains("Her long new paragraph."), "{editor}");
    assert!(
        editor.contains("About Your skills."),
        "the saved text beside it"
    );
    assert!(
        !editor.contains("since you opened it"),
        "not a colleague's save"
    );
    // Nothing changed for the course: the saved text is still the old one.
    let preview = her.page(&format!("{at}/preview")).await;
    assert!(preview.contains("About Your skills.") && !preview.contains("Her long new"));
    // Still there when she comes back later, in Italian too.
    let later = her.page(&at.replace("/en/author", "/it/author")).await;
    assert!(later.contains("Her long new paragraph."), "{later}");
    assert!(later.contains("non è stato salvato"), "{later}");

    // Markup she sent back to her is text in the boxes, never page markup.
    let hostile = format!(
        "</textarea><script>alert(1)</script>{}",
        "x".repeat(140_000)
    );
    let refused = save_as(&mut her, &at, ("\"><b>x</b>", &hostile), &opened).await;
    assert!(refused.redirected_to().ends_with("?error=too_long"));
    let editor = her.page(&at).await;
    assert!(
        editor.contains("&quot;&gt;&lt;b&gt;x&lt;/b&gt;") || editor.contains("\"&gt;&lt;b&gt;")
    );
    assert!(
        editor.contains("&lt;/textarea&gt;&lt;script&gt;"),
        "{editor}"
    );
    assert!(!editor.contains("<script>alert(1)") && !editor.contains("<b>x</b>"));

    // Too long for a lesson: refused, kept the same way.
    let long = format!("{}\n", "Many words. ".repeat(12_000));
    let too_long = save_as(&mut her, &at, ("Your skills", &long), &opened).await;
    assert!(too_long.redirected_to().ends_with("?error=too_long"));
    assert!(her.page(&at).await.contains("Many words. Many words."));

    // A colleague saves meanwhile: her kept text is now a conflict, never saved over hers.
    partner(app.db(), &org.id, "hj-editor").await;
    let mut colleague = signed_in(&app, "hj-editor", PARTNER_PASSWORD).await;
    let theirs = ("Your skills", "The colleague's version.");
    let saved = save_as(&mut colleague, &at, theirs, &opened).await;
    assert!(saved.redirected_to().ends_with("?done=saved"));
    let editor = her.page(&at).await;
    assert!(editor.contains("since you opened it"), "{editor}");
    assert!(editor.contains("Many words.") && editor.contains("colleague"));

    // She corrects and saves against what she was shown: saved, and nothing kept any more.
    let fixed = ("Your skills", "Her paragraph, shorter.");
    let saved = save_as(&mut her, &at, fixed, &revision_on(&editor)).await;
    assert!(saved.redirected_to().ends_with("?done=saved"));
    let editor = her.page(&at).await;
    assert!(editor.contains("Her paragraph, shorter."));
    assert!(!editor.contains("was not saved") && !editor.contains("Many words."));
}

/// Saves a lesson text against the revision she opened it at.
async fn save_as(
    v: &mut Visitor,
    at: &str,
    (title, body): (&str, &str),
    revision: &str,
) -> crate::common::Answer {
    v.post(
        &format!("{at}/save"),
        &[
            ("title", title),
            ("minutes", "4"),
            ("body", body),
            ("revision", revision),
        ],
    )
    .await
}

/// A zip archive with `entries` (name, bytes), written as a hostile tool might.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in entries {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

async fn archives_round_trip_and_hostile_ones_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, mut p, slug) = authored(&app).await;
    let download = format!("/en/author/courses/{slug}/course.zip");
    let (_, archive) = p.download(&download).await;
    // What `server courses check` reads: the unpacked course is valid.
    let (read_slug, tree) = courses::read_archive(&archive).unwrap();
    assert_eq!(read_slug, slug);
    courses::load_course_tree(&slug, &tree).unwrap();
    // Uploaded again, it replaces the draft with itself: the next download is the same bytes.
    let back = p
        .post_file("/en/author/import", "archive", "course.zip", &archive)
        .await;
    assert!(back.redirected_to().ends_with("?done=archive_imported"));
    assert_eq!(p.download(&download).await.1, archive);

    // One that differs (an older copy, a colleague's) replaces the draft only when she ticks
    // the box: otherwise she is told, and the draft stays as it was.
    let mut older = tree.clone();
    let lesson = older
        .iter()
        .find(|(path, _)| path.ends_with(".md"))
        .map(|(path, bytes)| (path.to_string(), bytes.to_vec()))
        .unwrap();
    let mut text = lesson.1;
    text.extend_from_slice(b"\nA line from an older copy.\n");
    older.insert(&lesson.0, text).unwrap();
    let older = courses::write_archive(&slug, &older);
    let kept = p
        .post_file("/en/author/import", "archive", "older.zip", &older)
        .await;
    assert_eq!(kept.redirected_to(), "/en/author?error=draft_exists");
    let page = p.page(kept.redirected_to()).await;
    assert!(page.contains("already has a draft"), "{page}");
    assert!(page.contains("Replace the course's draft"), "{page}");
    assert_eq!(p.download(&download).await.1, archive, "the draft is kept");
    let replaced = p
        .post_file_ticking(
            "/en/author/import",
            ("archive", "older.zip", &older),
            &["replace"],
        )
        .await;
    assert!(replaced.redirected_to().ends_with("?done=archive_imported"));
    assert_eq!(
        p.download(&download).await.1,
        older,
        "replaced, as she asked"
    );
    let back = p
        .post_file_ticking(
            "/en/author/import",
            ("archive", "course.zip", &archive),
            &["replace"],
        )
        .await;
    assert!(back.redirected_to().ends_with("?done=archive_imported"));

    // A bundled course's archive makes a draft of its own under a new name only.
    let bundled = courses::write_archive(
        "job-interview",
        &courses::FileTree::read_folder(&crate::common::catalog_dir().join("job-interview"))
            .unwrap(),
    );
    let taken = p
        .post_file("/en/author/import", "archive", "j.zip", &bundled)
        .await;
    assert!(taken.redirected_to().ends_with("?error=course_taken"));

    let png = |w: u32, h: u32| {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        bytes.extend_from_slice(&w.to_be_bytes());
        bytes.extend_from_slice(&h.to_be_bytes());
        bytes.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
        bytes
    };
    let big = png(50_000, 50_000);
    let many: Vec<(String, Vec<u8>)> = (0..5_000)
        .map(|i| (format!("{slug}/en/x{i}.md"), Vec::new()))
        .collect();
    let many: Vec<(&str, &[u8])> = many
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let zeros = vec![0u8; 16 * 1024 * 1024];
    let script_svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "traversal",
            zip_of(&[(&format!("{slug}/../../etc/passwd"), b"x")]),
            "etc/passwd",
        ),
        ("absolute", zip_of(&[("/etc/passwd", b"x")]), "/etc/passwd"),
        ("too many", zip_of(&many), "too many files"),
        (
            "bomb",
            zip_of(&[(&format!("{slug}/en/bomb.md"), &zeros)]),
            "bomb.md",
        ),
        (
            "big image",
            zip_of(&[(&format!("{slug}/images/big.png"), &big)]),
            "big.png",
        ),
        (
            "svg",
            zip_of(&[(&format!("{slug}/images/s.svg"), script_svg)]),
            "s.svg",
        ),
        ("symlink", symlink_zip(&slug), "link.md"),
    ];
    for (case, bytes, named) in cases {
        let answer = p
            .post_file("/en/author/import", "archive", "up.zip", &bytes)
            .await;
        let page = p.page(answer.redirected_to()).await;
        let alert = between(&page, "role=\"alert\" class=\"form-error\">", "</p>")
            .unwrap_or_else(|| panic!("{case}: no refusal on {page}"));
        assert!(alert.contains(named), "{case}: {alert}");
        assert_eq!(
            p.download(&download).await.1,
            archive,
            "{case} changed the draft"
        );
    }
    // Images are refused the same way from the editor's upload.
    let draft = format!("/en/author/courses/{slug}");
    for (name, bytes) in [
        ("big.png", big.as_slice()),
        ("s.svg", script_svg.as_slice()),
    ] {
        let answer = p
            .post_file(&format!("{draft}/images"), "image", name, bytes)
            .await;
        let page = p.page(answer.redirected_to()).await;
        assert!(page.contains(&format!("{name}:")), "{name}: {page}");
    }
    assert_eq!(p.download(&download).await.1, archive);
}

/// A course archive whose one lesson is a symbolic link to a file outside.
fn symlink_zip(slug: &str) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer
        .add_symlink(
            format!("{slug}/en/link.md"),
            "/etc/passwd",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
    writer.finish().unwrap().into_inner()
}

async fn hostile_markdown_is_sanitised_the_same_in_preview_and_publishing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (org, mut p, slug) = authored(&app).await;
    learner(app.db(), &org.cohort, "hj-learner").await;
    let hostile = "Hi<script>alert(1)</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n\
        <p onclick=\"steal()\" style=\"position:fixed\">x</p>\n\n<a href=\"javascript:alert(1)\">link</a>\n\n\
        <a href=\"https://elsewhere.example\" target=_blank>away</a>\n\n<img src=\"https://tracker.example/p.gif\">";
    let at = format!("/en/author/courses/{slug}/lessons/your-work/en");
    save_lesson(&mut p, &at, "Your work", hostile).await;
    let preview = p.page(&format!("{at}/preview")).await;
    publish(&mut p, &slug).await;
    let mut her = signed_in(&app, "hj-learner", LEARNER_PASSWORD).await;
    let published = her.page(&format!("/en/courses/{slug}/your-work")).await;
    let text = |page: &str| {
        between(page, "<p class=\"meta\">", "<nav class=\"pager\">")
            .unwrap_or_else(|| panic!("no lesson in {page}"))
            .to_string()
    };
    assert_eq!(text(&preview), text(&published));
    for needle in [
        "<script",
        "alert(1)",
        "<iframe",
        "onclick",
        "style=",
        "javascript:",
        "tracker.example",
    ] {
        assert!(!text(&preview).contains(needle), "{needle} survived");
    }
    assert!(preview.contains("learners see this once you publish"));
}

async fn a_settings_form_opened_before_publishing_still_saves(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, mut p, slug) = authored(&app).await;
    let draft = format!("/en/author/courses/{slug}");
    publish(&mut p, &slug).await;
    let editor = format!("{draft}/lessons/why-a-cv/en");
    save_lesson(&mut p, &editor, "Why a CV", &format!("Version two.{QUIZ}")).await;
    // Opened, then version 2 published (which writes its number into the draft).
    let manifest = manifest_on(&p.page(&format!("{draft}/settings")).await);
    publish(&mut p, &slug).await;
    let saved = save_settings(&mut p, &draft, &manifest, "Scrivere un buon CV").await;
    assert!(
        saved.redirected_to().ends_with("?done=saved"),
        "{}",
        saved.location
    );
    let settings = p.page(&format!("{draft}/settings")).await;
    assert!(settings.contains("Scrivere un buon CV"), "{settings}");
    // A colleague's change of settings still refuses the form opened before it.
    let stale = manifest_on(&settings);
    save_settings(&mut p, &draft, &stale, "Scrivere un CV").await;
    let refused = save_settings(&mut p, &draft, &stale, "Un altro titolo").await;
    assert!(refused.redirected_to().ends_with("?error=settings_changed"));
}

/// How many versions of the course the draft page at `draft` lists.
async fn versions_listed(p: &mut Visitor, draft: &str) -> usize {
    p.page(draft)
        .await
        .matches(", published by hj-author on ")
        .count()
}

/// The same publish form sent from two tabs at once: both are told it is published.
async fn double_tap(one: &mut Visitor, two: &mut Visitor, path: &str, form: &[(&str, &str)]) {
    let (a, b) = tokio::join!(one.post(path, form), two.post(path, form));
    for answer in [&a, &b] {
        assert!(
            answer.redirected_to().ends_with("?done=published"),
            "{}: {}",
            answer.location,
            answer.body
        );
    }
}

async fn publishing_twice_at_once_publishes_once_and_says_so_both_times(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, p, slug) = authored(&app).await;
    let draft = format!("/en/author/courses/{slug}");
    // A double tap on "Publish" from a slow phone: two tabs of one browser, as the form sends.
    let (mut one, mut two) = (p.clone(), p.clone());
    let revision = revision_on(&one.page(&draft).await);
    let form = [("revision", revision.as_str())];
    double_tap(&mut one, &mut two, &format!("{draft}/publish"), &form).await;
    assert_eq!(versions_listed(&mut one, &draft).await, 1);
    let editor = format!("{draft}/lessons/why-a-cv/en");
    save_lesson(
        &mut one,
        &editor,
        "Why a CV",
        &format!("Version two.{QUIZ}"),
    )
    .await;
    publish(&mut one, &slug).await;
    assert_eq!(versions_listed(&mut one, &draft).await, 2);
    // An earlier version published again, with a double tap too: one more version.
    let again = format!("{draft}/versions/1/publish");
    double_tap(&mut one, &mut two, &again, &[]).await;
    assert_eq!(versions_listed(&mut one, &draft).await, 3);
    // Published again while learners read it, it is not numbered again.
    let answer = one.post(&again.replace("/1/", "/3/"), &[]).await;
    assert!(answer.redirected_to().ends_with("?done=published"));
    assert_eq!(versions_listed(&mut one, &draft).await, 3);
}

on_both_backends!(
    a_settings_form_opened_before_publishing_still_saves,
    publishing_twice_at_once_publishes_once_and_says_so_both_times,
    a_partner_writes_publishes_and_learners_keep_their_progress,
    another_organisation_cannot_see_or_change_a_draft,
    a_concurrent_save_is_detected_and_both_texts_shown,
    a_refused_save_keeps_her_text_and_never_overwrites_a_colleague,
    archives_round_trip_and_hostile_ones_change_nothing,
    hostile_markdown_is_sanitised_the_same_in_preview_and_publishing,
);
