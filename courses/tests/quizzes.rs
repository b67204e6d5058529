//! Quizzes in lessons: read into the model, kept out of the lesson's HTML (which must never
//! give the answers away), sanitised like lessons, compared across translations, part of the
//! content hash, and graded as written.

use courses::{
    Answer, Course, FileTree, Problems, Quiz, QuizKind, QuizOption, grade, load_course_tree,
};

const MANIFEST: &str = "version = 1\ntrack = \"job-readiness\"\ndefault_language = \"en\"\n\
    languages = [\"en\", \"it\"]\ntitle = { en = \"Pay\", it = \"Paga\" }\n\
    summary = { en = \"Your pay\", it = \"La tua paga\" }\n\
    [[modules]]\nid = \"start\"\ntitle = { en = \"Start\", it = \"Inizio\" }\n";

/// A lesson with three quizzes: single choice with feedback and an explanation, multiple
/// choice, and a typed answer; with text before, between and after them.
const LESSON: &str = r#"Pay day is written in your contract.

```quiz pay-day
When do you get paid, if your contract says **every Friday**?

- [ ] On Monday
  > Look again at the contract: it names a day.
- [x] On Friday
  > Yes. See [your rights](02-rights.md).
- [ ] When the employer wants

> The contract says when you are paid. Ask if it is not written.
```

Bring your papers.

```quiz documents
Which papers do you bring to an interview?

- [x] Your identity card
- [x] Your printed CV
- [ ] Your bank PIN
```

- Words help.

  ```quiz work-word
  What is the Italian word for *work*?

  - = lavoro
  - = il lavoro
  ```

After the checks.
"#;

fn lesson(id: &str, body: &str) -> String {
    format!("+++\nid = \"{id}\"\ntitle = \"Lesson {id}\"\nminutes = 3\n+++\n\n{body}")
}

/// Loads a course whose lessons are `(file name, English body, Italian body)`, in `start/`.
fn load(lessons: &[(&str, &str, &str)]) -> Result<Course, Problems> {
    let mut tree = FileTree::new();
    tree.insert("course.toml", MANIFEST.into()).unwrap();
    for (name, english, italian) in lessons {
        let id = name
            .trim_end_matches(".md")
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
        for (language, body) in [("en", english), ("it", italian)] {
            let path = format!("{language}/start/{name}");
            tree.insert(&path, lesson(id, body).into_bytes()).unwrap();
        }
    }
    load_course_tree("pay", &tree)
}

/// The course with [`LESSON`] in both languages, and a second lesson it links to.
fn valid_course() -> Course {
    load(&[
        ("01-pay.md", LESSON, LESSON),
        ("02-rights.md", "You have rights.", "Hai dei diritti."),
    ])
    .unwrap_or_else(|problems| panic!("{problems}"))
}

fn problem_lines(problems: &Problems) -> Vec<String> {
    problems.0.iter().map(ToString::to_string).collect()
}

fn option(html: &str, right: bool, feedback: Option<&str>) -> QuizOption {
    QuizOption {
        html: html.to_string(),
        right,
        feedback_html: feedback.map(str::to_string),
    }
}

#[test]
fn a_valid_quiz_is_read_into_the_model_in_order() {
    let course = valid_course();
    let quizzes = &course.modules[0].lessons[0].texts["en"].quizzes;
    assert_eq!(quizzes.len(), 3);
    assert_eq!(
        quizzes[0],
        Quiz {
            id: "pay-day".to_string(),
            question_html:
                "When do you get paid, if your contract says <strong>every Friday</strong>?"
                    .to_string(),
            kind: QuizKind::Choice {
                options: vec![
                    option(
                        "On Monday",
                        false,
                        Some("<p>Look again at the contract: it names a day.</p>")
                    ),
                    option(
                        "On Friday",
                        true,
                        Some(
                            "<p>Yes. See <a href=\"rights\" rel=\"noopener noreferrer\">your rights</a>.</p>"
                        ),
                    ),
                    option("When the employer wants", false, None),
                ],
                multiple: false,
            },
            explanation_html: Some(
                "<p>The contract says when you are paid. Ask if it is not written.</p>".to_string()
            ),
        }
    );
    assert_eq!(
        quizzes[1].kind,
        QuizKind::Choice {
            options: vec![
                option("Your identity card", true, None),
                option("Your printed CV", true, None),
                option("Your bank PIN", false, None),
            ],
            multiple: true,
        }
    );
    assert_eq!(quizzes[1].explanation_html, None);
    assert_eq!(quizzes[2].id, "work-word");
    assert_eq!(
        quizzes[2].question_html,
        "What is the Italian word for <em>work</em>?"
    );
    assert_eq!(
        quizzes[2].kind,
        QuizKind::ShortAnswer {
            accepted: vec!["lavoro".to_string(), "il lavoro".to_string()]
        }
    );
}

#[test]
fn the_lesson_html_never_holds_a_quiz_its_answers_or_its_explanation() {
    let course = valid_course();
    let text = &course.modules[0].lessons[0].texts["en"];
    let html = &text.html;
    for kept in [
        "Pay day is written",
        "Bring your papers.",
        "Words help.",
        "After the checks.",
    ] {
        assert!(html.contains(kept), "`{kept}` is missing: {html}");
    }
    for quiz in &text.quizzes {
        let mut secrets = vec![quiz.id.clone()];
        secrets.extend(quiz.explanation_html.clone());
        match &quiz.kind {
            QuizKind::Choice { options, .. } => {
                for option in options {
                    secrets.push(option.html.clone());
                    secrets.extend(option.feedback_html.clone());
                }
            }
            QuizKind::ShortAnswer { accepted } => secrets.extend(accepted.iter().cloned()),
        }
        for secret in secrets {
            assert!(
                !html.contains(&secret),
                "`{secret}` is in the lesson: {html}"
            );
        }
    }
    for needle in [
        "[x]",
        "quiz",
        "<pre",
        "<code",
        "Friday",
        "identity card",
        "lavoro",
        "Ask if",
    ] {
        assert!(
            !html.contains(needle),
            "`{needle}` is in the lesson: {html}"
        );
    }
}

#[test]
fn a_loaded_quiz_is_graded_as_written() {
    let course = valid_course();
    let quizzes = &course.modules[0].lessons[0].texts["en"].quizzes;
    let graded = grade(&quizzes[0], &Answer::Options(vec![1]));
    assert!(graded.right);
    assert!(graded.feedback[0].html.starts_with("<p>Yes."));
    assert!(graded.explanation_html.unwrap().contains("Ask if"));
    assert!(!grade(&quizzes[1], &Answer::Options(vec![0])).right);
    assert!(grade(&quizzes[1], &Answer::Options(vec![1, 0])).right);
    assert!(grade(&quizzes[2], &Answer::Text(" Il  LAVORO ".to_string())).right);
    assert!(!grade(&quizzes[2], &Answer::Text("lavori".to_string())).right);
}

#[test]
fn hostile_markup_in_a_quiz_is_sanitised_like_a_lesson() {
    let hostile = r#"```quiz hostile
Pick one <script>alert(1)</script><img src=x onerror=alert(2)>

- [x] <b onclick="steal()">Yes</b> <a href="javascript:alert(3)">me</a>
  > <iframe src="https://evil.example"></iframe>Right<style>body{display:none}</style>
- [ ] No <svg onload=alert(4)></svg>

> <form action="https://evil.example"><input name=p></form>Because <a href="../../leave">go</a>
```
"#;
    let course = load(&[("01-pay.md", hostile, hostile)]).unwrap_or_else(|p| panic!("{p}"));
    let quiz = &course.modules[0].lessons[0].texts["en"].quizzes[0];
    let QuizKind::Choice { options, .. } = &quiz.kind else {
        panic!("{quiz:?}")
    };
    let all = format!(
        "{} {} {} {} {}",
        quiz.question_html,
        options[0].html,
        options[0].feedback_html.as_deref().unwrap(),
        options[1].html,
        quiz.explanation_html.as_deref().unwrap()
    );
    for needle in [
        "<script",
        "alert(",
        "onclick",
        "onerror",
        "onload",
        "javascript:",
        "<iframe",
        "<style",
        "<form",
        "<input",
        "evil.example",
        "leave",
        "steal",
    ] {
        assert!(!all.contains(needle), "`{needle}` survived: {all}");
    }
    for kept in ["Pick one", "<b>Yes</b>", "Right", "No", "Because"] {
        assert!(all.contains(kept), "`{kept}` is missing: {all}");
    }
}

#[test]
fn a_broken_link_or_image_in_a_quiz_is_reported_at_its_line() {
    let body = "Text.\n\n```quiz links\nSee [this](03-missing.md).\n\n- [x] Yes ![a](https://tracker.example/p.png)\n  > [bad](javascript:alert(1))\n- [ ] No\n```\n";
    let problems = load(&[("01-pay.md", body, body)]).unwrap_err();
    let lines = problem_lines(&problems);
    for (language, want) in [
        ("en", ":10: link_no_lesson (url=03-missing.md)"),
        (
            "en",
            ":12: image_elsewhere (url=https://tracker.example/p.png)",
        ),
        ("en", ":13: link_scheme (url=javascript:alert(1))"),
        ("it", ":10: link_no_lesson (url=03-missing.md)"),
    ] {
        let want = format!("{language}/start/01-pay.md{want}");
        assert!(
            lines.iter().any(|l| l.starts_with(&want)),
            "no `{want}` in {lines:#?}"
        );
    }
    assert_eq!(lines.len(), 6, "{lines:#?}");
}

#[test]
fn a_translation_keeps_the_quiz_but_accepts_its_own_typed_answers() {
    let english =
        "Text.\n\n```quiz greet\nHow do you greet a colleague?\n\n- = hello\n- = hi\n```\n";
    let italian = "Testo.\n\n```quiz greet\nCome saluti una collega?\n\n- = ciao\n```\n";
    let course = load(&[("01-pay.md", english, italian)]).unwrap_or_else(|p| panic!("{p}"));
    let texts = &course.modules[0].lessons[0].texts;
    let quiz = &texts["it"].quizzes[0];
    assert_eq!(quiz.id, "greet");
    assert!(grade(quiz, &Answer::Text("Ciao".to_string())).right);
    assert!(!grade(quiz, &Answer::Text("hello".to_string())).right);
    assert!(grade(&texts["en"].quizzes[0], &Answer::Text("Hi".to_string())).right);
}

#[test]
fn changing_only_a_quiz_makes_a_new_content_hash() {
    let original = valid_course();
    let changes = [
        LESSON.replace("- [ ] On Monday", "- [x] On Monday"),
        LESSON.replace("it names a day", "it names the day"),
        LESSON.replace("- = il lavoro", "- = un lavoro"),
        LESSON.replace("Ask if it is not written.", "Ask."),
    ];
    for changed in &changes {
        let course = load(&[
            ("01-pay.md", changed, changed),
            ("02-rights.md", "You have rights.", "Hai dei diritti."),
        ])
        .unwrap_or_else(|p| panic!("{p}"));
        assert_ne!(course.content_hash, original.content_hash, "{changed}");
    }
    assert_eq!(valid_course().content_hash, original.content_hash);
}

#[test]
fn options_may_be_spaced_out_numbered_or_ticked_with_a_capital_x() {
    let body = "Text.\n\n~~~Quiz spaced\nWhich is right?\n\n1. [ ] This one\n\n2. [X] That one\n   > Yes, that one.\n\n3. [ ] Neither\n~~~\n";
    let course = load(&[("01-pay.md", body, body)]).unwrap_or_else(|p| panic!("{p}"));
    let quiz = &course.modules[0].lessons[0].texts["en"].quizzes[0];
    assert_eq!(quiz.id, "spaced");
    assert_eq!(
        quiz.kind,
        QuizKind::Choice {
            options: vec![
                option("This one", false, None),
                option("That one", true, Some("<p>Yes, that one.</p>")),
                option("Neither", false, None),
            ],
            multiple: false,
        }
    );
}

#[test]
fn an_accepted_answer_of_invisible_characters_only_is_reported() {
    let body = "Text.\n\n```quiz blank\nType it.\n\n- = \u{200B}\u{FEFF}\n- = word\n```\n";
    let problems = load(&[("01-pay.md", body, body)]).unwrap_err();
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines[0].starts_with("en/start/01-pay.md:12: answer_empty"),
        "{lines:#?}"
    );
}

#[test]
fn an_accepted_answer_longer_than_a_typed_answer_may_be_is_reported() {
    let long = "word ".repeat(courses::MAX_ANSWER_CHARS / 5 + 1);
    let body = format!("Text.\n\n```quiz long\nType it.\n\n- = {long}\n- = short\n```\n");
    let problems = load(&[("01-pay.md", &body, &body)]).unwrap_err();
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines[0].starts_with("en/start/01-pay.md:12: answer_too_long (limit=200)"),
        "{lines:#?}"
    );
}

#[test]
fn the_quiz_examples_in_the_guide_for_authors_are_valid() {
    let guide = include_str!("../README.md");
    let examples: Vec<&str> = guide
        .split("````markdown\n")
        .skip(1)
        .map(|rest| rest.split("````").next().unwrap())
        .filter(|example| example.starts_with("```quiz"))
        .collect();
    assert_eq!(examples.len(), 2);
    let lessons: Vec<_> = examples
        .iter()
        .enumerate()
        .map(|(index, example)| (format!("0{}-example-{index}.md", index + 1), *example))
        .collect();
    let lessons: Vec<_> = lessons
        .iter()
        .map(|(name, body)| (name.as_str(), *body, *body))
        .collect();
    let course = load(&lessons).unwrap_or_else(|p| panic!("{p}"));
    let quizzes: Vec<_> = course.modules[0]
        .lessons
        .iter()
        .flat_map(|l| &l.texts["en"].quizzes)
        .collect();
    assert!(matches!(
        quizzes[0].kind,
        QuizKind::Choice {
            multiple: false,
            ..
        }
    ));
    assert!(grade(quizzes[1], &Answer::Text("Lavoro".to_string())).right);
}
