//! Text people type stays text, in the head and in the body: hostile text in every field a
//! person types, read back tag by tag on every page that shows it.

use crate::authoring::{manifest_on, publish, save_lesson};
use crate::common::{
    Backend, LEARNER_PASSWORD, PARTNER_PASSWORD, TRAINER_PASSWORD, Visitor, between, learner,
    mark_done, organisation, partner, spawn_app,
};
use app::cohorts::CohortStore;

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

/// Settings of a one-language course as the settings page at `draft` offers them, every text
/// in them `text` (module `module`'s title too) but the summary: where the answer sends her.
async fn save_settings_as(
    author: &mut Visitor,
    draft: &str,
    module: &str,
    text: &str,
    summary: &str,
) -> String {
    let manifest = manifest_on(&author.page(&format!("{draft}/settings")).await);
    let module = format!("module.{module}.en");
    let form = [
        ("manifest", manifest.as_str()),
        ("visibility", "organisation"),
        ("track", "job-readiness"),
        ("default_language", "en"),
        ("languages", ""),
        ("pass_mark", "100"),
        ("title.en", text),
        ("summary.en", summary),
        ("certificate_title.en", text),
        ("skills.en", text),
        (module.as_str(), text),
    ];
    let answer = author.post(&format!("{draft}/settings/save"), &form).await;
    answer.redirected_to().to_string()
}

async fn hostile_text_typed_into_a_course_stays_text_for_its_author_and_learners(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    partner(app.db(), &org.id, "hj-author").await;
    let sunflower = learner(app.db(), &org.cohort, "sunflower").await;
    let mut author = app.visitor();
    author.sign_in("hj-author", PARTNER_PASSWORD).await;
    let mut her = app.visitor();
    her.sign_in("sunflower", LEARNER_PASSWORD).await;
    let mut trainer = app.visitor();
    trainer.sign_in("coach.ana", TRAINER_PASSWORD).await;
    let new_course = |title| {
        [
            ("title", title),
            ("track", "job-readiness"),
            ("default_language", "en"),
            ("languages", ""),
        ]
    };
    // A course with a plain title, for the text that cannot be a title anywhere.
    let plain = author
        .post("/en/author/courses", &new_course("Plain words"))
        .await;
    assert!(plain.redirected_to().ends_with("?done=course_created"));
    for text in HOSTILE {
        if text.contains('\u{202E}') {
            let refused = author.post("/en/author/courses", &new_course(text)).await;
            assert_eq!(refused.redirected_to(), "/en/author?error=title_needed");
            let draft = "/en/author/courses/plain-words";
            let module = author
                .post(&format!("{draft}/modules"), &[("title", text)])
                .await;
            assert_eq!(
                module.redirected_to(),
                format!("{draft}?error=title_needed")
            );
            let before = author.page(&format!("{draft}/settings")).await;
            let refused = save_settings_as(&mut author, draft, "none", text, text).await;
            assert_eq!(refused, format!("{draft}/settings?error=text_invalid"));
            let after = author.page(&refused).await;
            assert!(after.contains("holds a hidden character"), "{after}");
            assert_eq!(manifest_on(&after), manifest_on(&before), "nothing saved");
            continue;
        }
        // Typed as the course's title, a module's, a lesson's, and every setting.
        let created = author.post("/en/author/courses", &new_course(text)).await;
        let draft = created
            .redirected_to()
            .split('?')
            .next()
            .unwrap()
            .to_string();
        let slug = draft.rsplit('/').next().unwrap().to_string();
        author
            .post(&format!("{draft}/modules"), &[("title", text)])
            .await
            .redirected_to();
        let outline = author.page(&draft).await;
        let add_lesson = outline
            .find("/lessons\"")
            .unwrap_or_else(|| panic!("no module to add lessons to: {outline}"));
        let module = outline[..add_lesson].rsplit("/modules/").next().unwrap();
        let module = module.to_string();
        let added = author
            .post(
                &format!("{draft}/modules/{module}/lessons"),
                &[("title", text)],
            )
            .await;
        let editor = added.redirected_to().split('?').next().unwrap().to_string();
        let lesson = between(&editor, "/lessons/", "/en").unwrap().to_string();
        let saved = save_lesson(&mut author, &editor, text, "A lesson.").await;
        assert!(saved.ends_with("?done=saved"), "{saved}");
        // Her summary's line breaks (a browser sends them as CR LF, text pasted from elsewhere
        // may hold a line separator) run on as spaces.
        let summary = format!("{text}\r\nsecond\u{2028}line");
        let settings = save_settings_as(&mut author, &draft, &module, text, &summary).await;
        assert!(settings.ends_with("?done=saved"), "{settings}");
        for path in [
            "/en/author".to_string(),
            draft.clone(),
            format!("{draft}/settings"),
            editor.clone(),
            format!("{editor}/preview"),
        ] {
            let page = author.page(&path).await;
            assert_stays_text(&page, text, &path);
        }
        let learners_summary = format!("{text} second line");
        // Published and finished: the learner's pages, and her trainer's.
        publish(&mut author, &slug).await;
        let course = format!("/en/courses/{slug}");
        for path in [
            "/en".to_string(),
            course.clone(),
            format!("{course}/{lesson}"),
        ] {
            let page = her.page(&path).await;
            assert_stays_text(&page, text, &path);
            if path == course {
                assert_stays_text(&page, &learners_summary, "the course's summary");
            }
        }
        mark_done(&mut her, &slug, &lesson).await;
        let home = her.page("/en/home").await;
        assert_stays_text(&home, text, "/en/home");
        let group = format!("/en/trainer/cohorts/{}", org.cohort);
        for path in [group.clone(), format!("{group}/learners/{sunflower}")] {
            let page = trainer.page(&path).await;
            assert_stays_text(&page, text, &path);
        }
    }
}

on_both_backends!(
    hostile_text_in_every_typed_field_stays_text_on_every_page,
    hostile_text_typed_into_a_course_stays_text_for_its_author_and_learners,
);
