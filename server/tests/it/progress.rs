//! Learning progress through the real pages and forms: quizzes graded on the server with the
//! answers kept back until she answers, "done" counted once, progress kept across course
//! versions, and her trainer's view (flags, learner page, CSV) stopping at the organisation.

use std::collections::HashMap;

use crate::common::{
    Backend, LEARNER_PASSWORD, TRAINER_PASSWORD, TestApp, Visitor, answer_right, catalog_dir,
    copy_dir, learner, mark_done, organisation, request_in, rows_of, spawn_app,
};

const COURSE: &str = "job-interview";
const FIRST: &str = "what-is-an-interview";
const QUIZ: &str = "who-asks-questions";
const LESSON: &str = "/en/courses/job-interview/what-is-an-interview";
const ANSWER: &str = "/en/courses/job-interview/what-is-an-interview/answer";

async fn signed_in(app: &TestApp, handle: &str) -> Visitor {
    let mut visitor = app.visitor();
    visitor.sign_in(handle, LEARNER_PASSWORD).await;
    visitor
}

/// The feedback and explanations of every quiz of a lesson that its own text does not say.
fn secrets_of(lesson: &courses::Lesson, language: &str) -> Vec<String> {
    let text = &lesson.texts[language];
    let mut secrets = Vec::new();
    for quiz in &text.quizzes {
        if let courses::QuizKind::Choice { options, .. } = &quiz.kind {
            secrets.extend(options.iter().filter_map(|o| o.feedback_html.clone()));
        }
        secrets.extend(quiz.explanation_html.clone());
    }
    secrets.retain(|s| !text.html.contains(s.as_str()));
    secrets
}

async fn right_answers_are_absent_from_everything_sent_before_she_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut her = signed_in(&app, "sunflower").await;
    let mut stranger = app.visitor();
    let catalog = courses::load_catalog(&catalog_dir()).into_result().unwrap();
    let mut checked = 0;
    for course in &catalog {
        for lesson in course.modules.iter().flat_map(|m| &m.lessons) {
            for language in &course.languages {
                let secrets = secrets_of(lesson, language);
                let path = format!("/{language}/courses/{}/{}", course.slug, lesson.id);
                let form = [
                    ("course", course.slug.as_str()),
                    ("lesson", lesson.id.as_str()),
                    ("language", language.as_str()),
                ];
                let sent = [
                    her.page(&path).await,
                    stranger.page(&path).await,
                    her.post("/api/get_lesson", &form).await.body,
                    her.post("/api/get_lesson_progress", &form).await.body,
                ];
                for body in &sent {
                    for secret in &secrets {
                        assert!(!body.contains(secret.as_str()), "{path} sent {secret}");
                    }
                    assert!(!body.contains("\"right\""), "{path}: {body}");
                    assert!(!body.contains("accepted"), "{path}: {body}");
                    assert!(!body.contains("checked"), "{path}: nothing ticked yet");
                }
                checked += secrets.len();
            }
        }
    }
    assert!(checked > 30, "only {checked} secrets were checked");
}

async fn a_wrong_answer_then_a_right_one_and_every_resend_counts_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let mut her = signed_in(&app, "sunflower").await;

    let page = her.page(LESSON).await;
    assert!(page.contains("Lesson 1 of 6"), "where she is in the course");
    let wrong = [
        ("quiz", QUIZ),
        ("request", &request_in(&page, &format!("quiz-{QUIZ}"))),
        ("choice", "0"),
    ];
    let sent = her.post(ANSWER, &wrong).await;
    assert_eq!(sent.redirected_to(), format!("{LESSON}#quiz-{QUIZ}-result"));
    let graded = her.page(LESSON).await;
    let result = &graded[graded.find(&format!("id=\"quiz-{QUIZ}-result\"")).unwrap()..];
    assert!(
        result.contains("role=\"status\""),
        "read out to screen readers"
    );
    assert!(result.contains("Not yet"));
    assert!(result.contains("Not only the employer. You can ask questions too."));
    assert!(
        result.contains("Both sides ask questions."),
        "the explanation"
    );
    assert!(!result.contains("Yes. An interview is a conversation."));
    // A double tap, a resent form, a late retry: the same request counts once.
    for _ in 0..3 {
        her.post(ANSWER, &wrong).await.redirected_to();
    }
    assert_eq!(rows_of(&app, "learning_records", &id).await, 1);
    // The same form sent 50 times at once, from 50 tabs: still once.
    let tabs: Vec<_> = (0..50)
        .map(|_| {
            let (mut tab, form) = (her.clone(), wrong.map(|(k, v)| (k, v.to_string())));
            tokio::spawn(async move {
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                tab.post(ANSWER, &form).await.status
            })
        })
        .collect();
    for tab in tabs {
        assert_eq!(tab.await.unwrap(), 303);
    }
    assert_eq!(rows_of(&app, "learning_records", &id).await, 1);
    let tries = crate::common::tries_of(&app, &id, QUIZ).await;
    assert_eq!(tries, 1, "one try counted");

    let right = [
        ("quiz", QUIZ),
        ("request", &request_in(&graded, &format!("quiz-{QUIZ}"))),
        ("choice", "1"),
    ];
    her.post(ANSWER, &right).await.redirected_to();
    her.post(ANSWER, &right).await.redirected_to();
    let graded = her.page(LESSON).await;
    assert!(graded.contains("Right!"));
    assert!(graded.contains("Yes. An interview is a conversation."));
    assert_eq!(rows_of(&app, "learning_records", &id).await, 2);
    // A wrong answer after a right one: the best result still counts.
    let again = [
        ("quiz", QUIZ),
        ("request", &request_in(&graded, &format!("quiz-{QUIZ}"))),
        ("choice", "2"),
    ];
    her.post(ANSWER, &again).await.redirected_to();
    let home = her.page("/en/home").await;
    assert!(home.contains("6 lessons and 5 questions left"), "{home}");
}

async fn done_moves_her_on_once_and_home_offers_to_continue(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let mut her = signed_in(&app, "sunflower").await;
    let home = her.page("/en/home").await;
    assert!(home.contains("You have not started a course yet"));
    assert!(
        home.contains("Your trainers at Harbour Jobs (IT) see your progress"),
        "she is told who sees her progress"
    );

    // Opening a lesson records nothing: only the form does.
    let page = her.page(LESSON).await;
    assert_eq!(rows_of(&app, "lesson_progress", &id).await, 0);
    let request = request_in(&page, "done");
    let done = format!("{LESSON}/done");
    let next = "/en/courses/job-interview/learn-about-the-job";
    assert_eq!(
        her.post(&done, &[("request", &request)])
            .await
            .redirected_to(),
        next
    );
    assert_eq!(
        her.post(&done, &[("request", &request)])
            .await
            .redirected_to(),
        next,
        "a resent form lands in the same place"
    );
    assert_eq!(rows_of(&app, "learning_records", &id).await, 1);
    assert!(her.page(LESSON).await.contains("You finished this lesson."));
    let home = her.page("/en/home").await;
    assert!(home.contains("1 of 6 lessons done"), "{home}");
    assert!(home.contains("Continue where you stopped"));
    assert!(home.contains(&format!("href=\"{next}\"")), "{home}");
    // Another form for the same lesson: it stays done, once.
    let again = request_in(&her.page(next).await, "done");
    assert_ne!(again, request);
    let page = her.page(LESSON).await;
    assert!(
        !page.contains("id=\"done\""),
        "a lesson done offers no second done"
    );
    assert_eq!(rows_of(&app, "lesson_progress", &id).await, 1);
    // A forged request id, or a lesson that is not in the course, is refused.
    assert_eq!(her.post(&done, &[("request", "x")]).await.status, 404);
    let missing = "/en/courses/job-interview/no-such-lesson/done";
    let forged = her.post(missing, &[("request", &request)]).await;
    assert_eq!(forged.status, 404);
}

async fn a_course_is_completed_by_its_rule_and_a_new_version_keeps_progress(backend: Backend) {
    let app = spawn_app(backend).await;
    let work = tempfile::tempdir().unwrap();
    let course_dir = work.path().join(COURSE);
    copy_dir(&catalog_dir().join(COURSE), &course_dir);
    app.db().import_catalog(work.path()).await.unwrap();
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let mut her = signed_in(&app, "sunflower").await;
    let catalog = courses::load_catalog(work.path()).into_result().unwrap();
    let lessons: Vec<&courses::Lesson> =
        catalog[0].modules.iter().flat_map(|m| &m.lessons).collect();
    // Every lesson done, every quiz answered right but the last.
    for (index, lesson) in lessons.iter().enumerate() {
        let path = format!("/en/courses/{COURSE}/{}", lesson.id);
        for quiz in &lesson.texts["en"].quizzes {
            if index + 1 == lessons.len() {
                continue;
            }
            answer_right(&mut her, &path, quiz).await;
        }
        mark_done(&mut her, COURSE, &lesson.id).await;
    }
    let home = her.page("/en/home").await;
    assert!(home.contains("6 of 6 lessons done"), "{home}");
    assert!(home.contains("0 lessons and 1 question left"), "{home}");
    assert!(!home.contains("Courses you finished"));
    let last = lessons.last().unwrap();
    assert!(
        home.contains(&format!("/en/courses/{COURSE}/{}", last.id)),
        "continue leads to the question left"
    );

    // The last question answered right completes the course.
    let path = format!("/en/courses/{COURSE}/{}", last.id);
    answer_right(&mut her, &path, &last.texts["en"].quizzes[0]).await;
    let home = her.page("/en/home").await;
    assert!(home.contains("Courses you finished"), "{home}");
    assert!(her.page(&path).await.contains("You completed this course."));
    // Daisy misses the second lesson's question three times: her trainer sees her struggling.
    learner(app.db(), &org.cohort, "daisy").await;
    let mut daisy = signed_in(&app, "daisy").await;
    let second = format!("/en/courses/{COURSE}/{}", lessons[1].id);
    let missed = &lessons[1].texts["en"].quizzes[0];
    for _ in 0..3 {
        answer_wrong(&mut daisy, &second, missed).await;
    }
    let mut ana = app.visitor();
    ana.sign_in(&org.trainer, TRAINER_PASSWORD).await;
    let group = format!("/en/trainer/cohorts/{}", org.cohort);
    let page = ana.page(&group).await;
    assert!(page.contains("6/6"), "her lessons done: {page}");
    let help = crate::common::between(&page, "class=\"rows needs-help\"", "</ul>").unwrap();
    assert!(
        help.contains("daisy") && help.contains("struggling"),
        "{help}"
    );

    // Version 2 drops the second lesson and adds one: what she did stays, and so does her
    // completion.
    let toml = std::fs::read_to_string(course_dir.join("course.toml")).unwrap();
    std::fs::write(
        course_dir.join("course.toml"),
        toml.replace("version = 1", "version = 2"),
    )
    .unwrap();
    for language in ["en", "it"] {
        let before = course_dir.join(language).join("before");
        std::fs::remove_file(before.join("02-learn-about-the-job.md")).unwrap();
        let first = std::fs::read_to_string(before.join("01-what-is-an-interview.md")).unwrap();
        let added = first
            .replace("id = \"what-is-an-interview\"", "id = \"a-new-lesson\"")
            .replace("```quiz who-asks-questions", "```quiz a-new-question");
        std::fs::write(before.join("04-a-new-lesson.md"), added).unwrap();
    }
    let imported = app.db().import_catalog(work.path()).await.unwrap();
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let home = her.page("/en/home").await;
    assert!(
        home.contains("Courses you finished"),
        "completion is never wiped: {home}"
    );
    let page = her.page(&format!("/en/courses/{COURSE}/{FIRST}")).await;
    assert!(page.contains("You finished this lesson."));
    assert!(page.contains("5 of 6 lessons done"), "{page}");
    assert!(
        page.contains("Right!"),
        "her answer is kept with the quiz id"
    );
    assert!(rows_of(&app, "lesson_progress", &id).await >= 6);
    // Her trainer counts the lessons of the new version, and the question the new version
    // no longer asks makes no one struggling.
    let page = ana.page(&group).await;
    assert!(page.contains("5/6") && !page.contains("6/6"), "{page}");
    assert!(!page.contains("class=\"rows needs-help\""), "{page}");

    // A course whose folder left the catalogue is withdrawn: missing its questions no longer
    // counts either.
    let fourth = format!("/en/courses/{COURSE}/a-new-lesson");
    let new_question = courses::load_catalog(work.path()).into_result().unwrap()[0]
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .find(|lesson| lesson.id == "a-new-lesson")
        .unwrap()
        .texts["en"]
        .quizzes[0]
        .clone();
    for _ in 0..3 {
        answer_wrong(&mut daisy, &fourth, &new_question).await;
    }
    let page = ana.page(&group).await;
    assert!(page.contains("class=\"rows needs-help\""), "{page}");
    std::fs::remove_dir_all(&course_dir).unwrap();
    let imported = app.db().import_catalog(work.path()).await.unwrap();
    assert_eq!(imported.withdrawn, [COURSE]);
    let page = ana.page(&group).await;
    assert!(!page.contains("class=\"rows needs-help\""), "{page}");
}

/// Answers `quiz` wrong: a choice not among the right ones, or a text none accepts.
async fn answer_wrong(her: &mut Visitor, path: &str, quiz: &courses::Quiz) {
    let page = her.page(path).await;
    let request = request_in(&page, &format!("quiz-{}", quiz.id));
    let wrong = match &quiz.kind {
        courses::QuizKind::Choice { options, .. } => (
            "choice",
            options.iter().position(|o| !o.right).unwrap().to_string(),
        ),
        courses::QuizKind::ShortAnswer { .. } => ("text", "zzz".to_string()),
    };
    her.post(
        &format!("{path}/answer"),
        &[
            ("quiz", quiz.id.as_str()),
            ("request", &request),
            (wrong.0, wrong.1.as_str()),
        ],
    )
    .await
    .redirected_to();
}

async fn her_trainer_sees_who_needs_help_and_no_other_organisation_does(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let other = organisation(app.db(), "Hill Works", "coach.bea").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let quiet = learner(app.db(), &org.cohort, "daisy").await;
    let mut her = signed_in(&app, "sunflower").await;
    for _ in 0..3 {
        let page = her.page(LESSON).await;
        let request = request_in(&page, &format!("quiz-{QUIZ}"));
        her.post(
            ANSWER,
            &[("quiz", QUIZ), ("request", &request), ("choice", "2")],
        )
        .await
        .redirected_to();
    }
    mark_done(&mut her, COURSE, FIRST).await;
    // Daisy joined three weeks ago and has done nothing since.
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    sqlx::query("UPDATE users SET created_at = created_at - 21 * 86400 WHERE id = $1")
        .bind(&quiet)
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;

    // Rose misses another question once.
    learner(app.db(), &org.cohort, "rose").await;
    let mut rose = signed_in(&app, "rose").await;
    let catalog = courses::load_catalog(&catalog_dir()).into_result().unwrap();
    let second = &catalog.iter().find(|c| c.slug == COURSE).unwrap().modules[0].lessons[1];
    let once = &second.texts["en"].quizzes[0];
    answer_wrong(
        &mut rose,
        &format!("/en/courses/{COURSE}/{}", second.id),
        once,
    )
    .await;

    let mut ana = app.visitor();
    ana.sign_in("coach.ana", TRAINER_PASSWORD).await;
    let group = format!("/en/trainer/cohorts/{}", org.cohort);
    let page = ana.page(&group).await;
    let help = crate::common::between(&page, "class=\"rows needs-help\"", "</ul>").unwrap();
    assert!(
        help.contains("sunflower") && help.contains("struggling"),
        "{help}"
    );
    assert!(help.contains("daisy") && help.contains("stuck"), "{help}");
    assert!(!help.contains("rose"), "one miss is no struggle: {help}");
    // Most missed first.
    let most = page.find("In a job interview, who asks questions?");
    let then = page.find(&once.question_html);
    assert!(
        most.is_some() && then.is_some() && most < then,
        "most missed first: {page}"
    );
    assert!(page.contains("missed 3 times by 1 learner<"));
    assert!(page.contains("missed once by 1 learner<"));
    assert!(page.contains("1/6"), "her lessons done");
    assert!(
        page.contains("<svg") && !page.contains("style="),
        "a chart, no inline style"
    );

    let learner_page = ana.page(&format!("{group}/learners/{id}")).await;
    assert!(
        learner_page.contains("not right yet, 3 tries"),
        "{learner_page}"
    );
    assert!(learner_page.contains("aria-labelledby=\"activity-chart-caption"));
    assert!(
        learner_page.contains("4 answers or lessons done"),
        "this week's activity"
    );

    // A longer wait before "stuck": daisy is no longer flagged.
    let saved = ana
        .post(&format!("{group}/stuck-days"), &[("stuck_days", "30")])
        .await;
    assert_eq!(
        saved.redirected_to(),
        format!("{group}?done=stuck_days_saved")
    );
    let page = ana.page(&group).await;
    let help = crate::common::between(&page, "class=\"rows needs-help\"", "</ul>").unwrap();
    assert!(!help.contains("daisy"), "{help}");
    let refused = ana
        .post(&format!("{group}/stuck-days"), &[("stuck_days", "0")])
        .await;
    assert_eq!(
        refused.redirected_to(),
        format!("{group}?error=number_invalid")
    );

    // Another organisation's trainer: nothing, whatever the door.
    let mut bea = app.visitor();
    bea.sign_in("coach.bea", TRAINER_PASSWORD).await;
    for path in [
        group.clone(),
        format!("{group}/learners/{id}"),
        format!("{group}/progress.csv"),
        format!("/en/trainer/cohorts/{}/learners/{id}", other.cohort),
    ] {
        let answer = bea.get(&path).await;
        assert_eq!(answer.status, 404, "{path}");
        assert!(!answer.body.contains("sunflower"), "{path}");
    }
    let form = [("cohort", org.cohort.as_str()), ("language", "en")];
    let call = bea.post("/api/get_group_progress", &form).await;
    assert!(call.status >= 400 && !call.body.contains("sunflower"));
    let stuck = bea
        .post(&format!("{group}/stuck-days"), &[("stuck_days", "3")])
        .await;
    assert_eq!(stuck.status, 404);
    // Nor a learner, nor anyone signed out.
    assert_eq!(her.get(&group).await.status, 403);
    assert!(her.post("/api/get_group_progress", &form).await.status >= 400);
    assert_eq!(
        app.visitor()
            .get(&format!("{group}/progress.csv"))
            .await
            .status,
        303
    );
    // A trainer does not answer quizzes as a learner.
    let answer = ana
        .post(
            ANSWER,
            &[
                ("quiz", QUIZ),
                ("request", "0123456789abcdef01"),
                ("choice", "1"),
            ],
        )
        .await;
    assert_eq!(answer.status, 403);
}

/// Reads a CSV file as a spreadsheet would: the byte order mark, then quoted fields.
fn read_csv(body: &str) -> Vec<HashMap<String, String>> {
    let text = body
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte order mark");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

async fn the_group_csv_has_every_learner_and_survives_hostile_handles(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let handles = [
        "Mai, \"the quick\"",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "Алина",
        "أمل",
        "+39 hello",
        "@SUM(A1)",
        "-1",
    ];
    let mut ids = Vec::new();
    for handle in handles {
        ids.push(learner(app.db(), &org.cohort, handle).await);
    }
    let mut her = signed_in(&app, "Алина").await;
    mark_done(&mut her, COURSE, FIRST).await;

    let mut ana = app.visitor();
    ana.sign_in("coach.ana", TRAINER_PASSWORD).await;
    let csv = ana
        .get(&format!("/en/trainer/cohorts/{}/progress.csv", org.cohort))
        .await;
    assert_eq!(csv.status, 200);
    assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
    assert!(
        csv.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let rows = read_csv(&csv.body);
    assert_eq!(
        rows.len(),
        handles.len(),
        "every learner, with or without activity"
    );
    for handle in handles {
        let shown = if handle.starts_with(['=', '+', '-', '@']) {
            format!("'{handle}")
        } else {
            handle.to_string()
        };
        let row = rows
            .iter()
            .find(|r| r["Learner"] == shown)
            .unwrap_or_else(|| panic!("no row for {shown}: {rows:?}"));
        let expected = if handle == "Алина" { "1/6" } else { "0/6" };
        assert_eq!(
            row["Preparing for a job interview: lessons done"], expected,
            "{handle}"
        );
        assert_eq!(row["Preparing for a job interview: completed"], "no");
    }
    for row in &rows {
        for value in row.values() {
            assert!(!value.starts_with(['=', '+', '-', '@']), "{value}");
        }
    }
    // In Italian, the headers are too.
    let italian = ana
        .get(&format!("/it/trainer/cohorts/{}/progress.csv", org.cohort))
        .await;
    assert!(read_csv(&italian.body)[0].contains_key("Allieva"));
}

async fn typed_answers_are_graded_ignoring_accents_and_stay_text(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut her = signed_in(&app, "sunflower").await;
    let lesson = "/en/courses/words-for-work/shifts-and-breaks";
    let quiz = "word-for-break";
    let page = her.page(lesson).await;
    let hostile = "\"><script>alert(1)</script>";
    let form = [
        ("quiz", quiz),
        ("request", &request_in(&page, &format!("quiz-{quiz}"))),
        ("text", hostile),
    ];
    her.post(&format!("{lesson}/answer"), &form)
        .await
        .redirected_to();
    let page = her.page(lesson).await;
    assert!(!page.contains("<script>alert(1)"), "her typing stays text");
    assert!(page.contains("Not yet"));
    let form = [
        ("quiz", quiz),
        ("request", &request_in(&page, &format!("quiz-{quiz}"))),
        ("text", "  LA   PÀUSA "),
    ];
    her.post(&format!("{lesson}/answer"), &form)
        .await
        .redirected_to();
    assert!(her.page(lesson).await.contains("Right!"));
    // An empty answer is sent back, nothing is recorded; a quiz of another lesson is refused.
    let page = her.page(lesson).await;
    let empty = [
        ("quiz", quiz),
        ("request", &request_in(&page, &format!("quiz-{quiz}"))),
        ("text", "  "),
    ];
    let sent = her.post(&format!("{lesson}/answer"), &empty).await;
    assert_eq!(sent.redirected_to(), format!("{lesson}?error=missing"));
    let elsewhere = [
        ("quiz", QUIZ),
        ("request", &request_in(&page, &format!("quiz-{quiz}"))),
        ("choice", "1"),
    ];
    assert_eq!(
        her.post(&format!("{lesson}/answer"), &elsewhere)
            .await
            .status,
        404
    );
}

async fn crafted_posts_and_floods_record_nothing_and_reveal_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let id = learner(app.db(), &org.cohort, "sunflower").await;
    let mut her = signed_in(&app, "sunflower").await;
    let page = her.page(LESSON).await;
    let request = request_in(&page, &format!("quiz-{QUIZ}"));
    // Every option ticked at once (one is asked for), an option that is not there, or a
    // number that is no number: sent back, nothing recorded, no feedback shown.
    for choices in [
        &["0", "1", "2"][..],
        &["1", "1", "2"],
        &["99"],
        &["-1"],
        &["1e9"],
    ] {
        let mut form = vec![("quiz", QUIZ), ("request", request.as_str())];
        form.extend(choices.iter().map(|c| ("choice", *c)));
        let sent = her.post(ANSWER, &form).await;
        assert_eq!(
            sent.redirected_to(),
            format!("{LESSON}?error=missing"),
            "{choices:?}"
        );
    }
    assert_eq!(rows_of(&app, "learning_records", &id).await, 0);
    let page = her.page(&format!("{LESSON}?error=missing")).await;
    assert!(page.contains("Please fill in every field."));
    assert!(!page.contains("Yes. An interview is a conversation."));

    // Ids that can name nothing go no further: "not found", never a storage error.
    for path in [
        "/en/courses/%00/x",
        "/en/courses/job-interview/%00",
        "/en/courses/job-interview/what-is-an-interview/answer?x",
    ] {
        let status = her.get(path).await.status;
        assert!(status == 404 || status == 405, "{path}: {status}");
    }
    let nul = [
        ("quiz", "a\0b"),
        ("request", request.as_str()),
        ("choice", "1"),
    ];
    assert_eq!(her.post(ANSWER, &nul).await.status, 404);
    let bad_lesson = "/en/courses/job-interview/%00/done";
    assert_eq!(
        her.post(bad_lesson, &[("request", &request)]).await.status,
        404
    );

    // A lesson done once: "done" again, with a new form, records nothing more.
    let done = format!("{LESSON}/done");
    her.post(&done, &[("request", &request_in(&page, "done"))])
        .await
        .redirected_to();
    her.post(&done, &[("request", "another-form-0123456789")])
        .await
        .redirected_to();
    assert_eq!(rows_of(&app, "learning_records", &id).await, 1);

    // A script posting answers as fast as it can is told to wait after thirty a minute.
    let mut refused = 0;
    for n in 0..35 {
        let request = format!("script-{n:020}");
        let form = [
            ("quiz", QUIZ),
            ("request", request.as_str()),
            ("choice", "0"),
        ];
        let sent = her.post(ANSWER, &form).await;
        if sent.redirected_to().ends_with("?error=wait") {
            refused += 1;
        }
    }
    assert_eq!(refused, 6, "the 30th record and on are refused");
    assert_eq!(rows_of(&app, "learning_records", &id).await, 30);
    // A form she sent before the limit, sent again, is answered as recorded, not "wait".
    let again = [
        ("quiz", QUIZ),
        ("request", "script-00000000000000000003"),
        ("choice", "0"),
    ];
    assert_eq!(
        her.post(ANSWER, &again).await.redirected_to(),
        format!("{LESSON}#quiz-{QUIZ}-result")
    );
}

on_both_backends!(
    crafted_posts_and_floods_record_nothing_and_reveal_nothing,
    right_answers_are_absent_from_everything_sent_before_she_answers,
    a_wrong_answer_then_a_right_one_and_every_resend_counts_once,
    done_moves_her_on_once_and_home_offers_to_continue,
    a_course_is_completed_by_its_rule_and_a_new_version_keeps_progress,
    her_trainer_sees_who_needs_help_and_no_other_organisation_does,
    the_group_csv_has_every_learner_and_survives_hostile_handles,
    typed_answers_are_graded_ignoring_accents_and_stay_text,
);
