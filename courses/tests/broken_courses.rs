//! Every broken course in `tests/fixtures/broken/<case>/` is rejected with exactly the problems
//! listed in its `expected.txt` (`path:line: key (values)`, or the start of it; paths relative
//! to the case). The words of each key are in `app/locales`.

use std::fs;
use std::path::Path;

use courses::{MAX_LESSON_BYTES, load_catalog};

fn reported(case: &Path) -> Vec<String> {
    let problems = load_catalog(case)
        .into_result()
        .expect_err("a broken course must be rejected");
    problems
        .0
        .iter()
        .map(|p| {
            let relative = p.path.strip_prefix(case).unwrap_or(&p.path);
            format!("{}:{}: {}", relative.display(), p.line, p.message)
        })
        .collect()
}

#[test]
fn each_broken_course_reports_its_problems_with_file_and_line() {
    let root =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("tests/fixtures/broken");
    let mut cases: Vec<_> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 5, "the fixtures are missing");
    for case in cases {
        let expected = fs::read_to_string(case.join("expected.txt")).unwrap();
        let expected: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
        let actual = reported(&case);
        let name = case.file_name().unwrap().to_string_lossy();
        assert_eq!(
            actual.len(),
            expected.len(),
            "{name}: expected {expected:#?}\nbut got {actual:#?}"
        );
        for want in &expected {
            assert!(
                actual.iter().any(|got| got.starts_with(want)),
                "{name}: no problem starts with `{want}`; got {actual:#?}"
            );
        }
    }
}

#[test]
fn an_oversized_lesson_is_rejected_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("big");
    fs::create_dir_all(course.join("en/start")).unwrap();
    fs::write(
        course.join("course.toml"),
        "version = 1\ntrack = \"digital-skills\"\ndefault_language = \"en\"\nlanguages = [\"en\"]\n\
         title = { en = \"Big\" }\nsummary = { en = \"Big\" }\n\
         [[modules]]\nid = \"start\"\ntitle = { en = \"Start\" }\n",
    )
    .unwrap();
    let body = "x".repeat(MAX_LESSON_BYTES as usize + 1);
    let lesson = format!("+++\nid = \"big\"\ntitle = \"Big\"\nminutes = 3\n+++\n{body}");
    fs::write(course.join("en/start/01-big.md"), lesson).unwrap();

    let problems = reported(dir.path());
    assert!(
        problems
            .iter()
            .any(|p| p == "big/en/start/01-big.md:1: file_too_big (size=129, limit=128)"),
        "{problems:#?}"
    );
}

#[test]
fn a_missing_catalogue_folder_is_reported() {
    let problems = load_catalog(Path::new("/nonexistent/catalog"))
        .into_result()
        .unwrap_err();
    assert_eq!(problems.0.len(), 1);
    assert_eq!(problems.0[0].message.key, "cannot_read");
    assert_eq!(problems.0[0].path, Path::new("/nonexistent/catalog"));
}
