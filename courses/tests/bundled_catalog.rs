//! The courses shipped in `courses/catalog` are valid and complete.

use std::path::Path;

use courses::{Answer, QuizKind, Track, grade, load_catalog};

#[test]
fn the_bundled_catalogue_is_valid() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("catalog");
    let courses = load_catalog(&dir)
        .into_result()
        .unwrap_or_else(|problems| panic!("{problems}"));
    assert!(!courses.is_empty());
    for course in &courses {
        assert!(
            course.modules.len() >= 2,
            "{} needs two modules",
            course.slug
        );
        for module in &course.modules {
            assert!(module.lessons.len() >= 3, "{}/{}", course.slug, module.id);
            for lesson in &module.lessons {
                for language in &course.languages {
                    assert!(
                        lesson.texts.contains_key(language),
                        "{}/{} lacks {language}",
                        course.slug,
                        lesson.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_interview_course_renders_its_image_and_links_in_both_languages() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("catalog");
    let courses = load_catalog(&dir).into_result().unwrap();
    let course = courses.iter().find(|c| c.slug == "job-interview").unwrap();
    assert_eq!(course.track, Track::JobReadiness);
    assert_eq!(course.languages, ["en", "it"]);
    assert_eq!(
        course.media.len(),
        1,
        "one image, stored once for both languages"
    );
    let image = &course.media[0];
    assert_eq!(image.content_type, "image/svg+xml");
    let image_url = format!("/media/job-interview/{}.svg", image.hash);

    let first = &course.modules[0].lessons[0];
    for language in ["en", "it"] {
        let html = &first.texts[language].html;
        assert!(html.contains(&format!("src=\"{image_url}\"")), "{html}");
    }
    let last = course.modules[1].lessons.last().unwrap();
    let html = &last.texts["it"].html;
    assert!(html.contains("href=\"prepare-your-answers\""), "{html}");
    assert!(html.contains("href=\"https://www.ilo.org/\""), "{html}");
    assert_eq!(last.texts["it"].title, "Dopo il colloquio");
}

#[test]
fn the_first_interview_lesson_ends_with_the_same_quiz_in_both_languages() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("catalog");
    let courses = load_catalog(&dir).into_result().unwrap();
    let course = courses.iter().find(|c| c.slug == "job-interview").unwrap();
    let first = &course.modules[0].lessons[0];
    for (language, right_option) in [("en", "Both: the employer"), ("it", "Tutti e due:")] {
        let text = &first.texts[language];
        assert_eq!(text.quizzes.len(), 1, "{language}");
        let quiz = &text.quizzes[0];
        assert_eq!(quiz.id, "who-asks-questions");
        let QuizKind::Choice { options, multiple } = &quiz.kind else {
            panic!("{quiz:?}")
        };
        assert!(!multiple);
        assert_eq!(options.len(), 3);
        assert!(options[1].right && options[1].html.starts_with(right_option));
        assert!(!text.html.contains(right_option), "{}", text.html);
        assert!(grade(quiz, &Answer::Options(vec![1])).right);
        assert!(!grade(quiz, &Answer::Options(vec![0])).right);
    }
}

#[test]
fn loading_twice_gives_the_same_content_hash() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("catalog");
    let once = load_catalog(&dir).into_result().unwrap();
    let twice = load_catalog(&dir).into_result().unwrap();
    assert_eq!(once, twice);
    assert_eq!(once[0].content_hash.len(), 64);
}
