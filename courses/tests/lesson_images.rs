//! A lesson's images are checked by what they hold: a disguised or hostile image is a problem
//! at the line of the lesson that shows it, and the course does not load.

use std::path::Path;

use courses::{FileTree, load_course_tree};

const MANIFEST: &str = "version = 1\ntrack = \"digital-skills\"\ndefault_language = \"en\"\n\
    languages = [\"en\"]\ntitle = { en = \"Email\" }\nsummary = { en = \"Email basics\" }\n\
    [[modules]]\nid = \"start\"\ntitle = { en = \"Start\" }\n";

fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    bytes.extend(width.to_be_bytes());
    bytes.extend(height.to_be_bytes());
    bytes.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    bytes
}

/// The problems of a one-lesson course whose lesson shows `images/<name>` holding `bytes`.
fn problems_with_image(name: &str, bytes: Vec<u8>) -> Vec<String> {
    let mut tree = FileTree::new();
    tree.insert("course.toml", MANIFEST.into()).unwrap();
    let lesson = format!(
        "+++\nid = \"one\"\ntitle = \"One\"\nminutes = 2\n+++\n\nHello.\n\n![A picture](../../images/{name})\n"
    );
    tree.insert("en/start/01-one.md", lesson.into_bytes())
        .unwrap();
    tree.insert(&format!("images/{name}"), bytes).unwrap();
    match load_course_tree("email", &tree) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .0
            .iter()
            .map(|p| format!("{}:{}: {}", p.path.display(), p.line, p.message))
            .collect(),
    }
}

#[test]
fn a_real_png_of_a_sensible_size_is_shown() {
    assert_eq!(
        problems_with_image("photo.png", png(800, 600)),
        Vec::<String>::new()
    );
}

#[test]
fn a_png_that_is_really_a_web_page_is_a_problem_at_the_lesson_line() {
    let problems = problems_with_image("photo.png", b"<html><script>x()</script></html>".to_vec());
    assert_eq!(
        problems,
        [format!(
            "{}:9: image_no_picture (expected=PNG, url=../../images/photo.png)",
            Path::new("en/start/01-one.md").display()
        )]
    );
}

#[test]
fn a_png_that_claims_gigapixels_is_a_problem_at_the_lesson_line() {
    let problems = problems_with_image("bomb.png", png(100_000, 100_000));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with(
            "en/start/01-one.md:9: image_too_many_pixels (width=100000, height=100000"
        ),
        "{problems:#?}"
    );
}

#[test]
fn an_svg_with_a_script_is_a_problem_at_the_lesson_line() {
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('/me')</script></svg>";
    let problems = problems_with_image("table.svg", svg.into());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(
        problems[0],
        "en/start/01-one.md:9: svg_script (found=<script>, url=../../images/table.svg)"
    );
}
