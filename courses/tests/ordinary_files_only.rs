//! A course folder publishes only its own ordinary files: links, pipes, sockets and devices
//! are refused, sizes are capped, and nothing outside the course can be reached. A course
//! held in memory is loaded exactly as the same files in a folder.

#![cfg(unix)]

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use courses::{
    Course, FileTree, MAX_COURSE_FILES, MAX_MEDIA_BYTES, Problems, load_catalog, load_course,
    load_course_tree,
};

const MANIFEST: &str = "version = 1\ntrack = \"digital-skills\"\ndefault_language = \"en\"\n\
    languages = [\"en\"]\ntitle = { en = \"Email\" }\nsummary = { en = \"Email basics\" }\n\
    [[modules]]\nid = \"start\"\ntitle = { en = \"Start\" }\n";

const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>";

fn lesson(id: &str, body: &str) -> String {
    format!("+++\nid = \"{id}\"\ntitle = \"Lesson {id}\"\nminutes = 3\n+++\n\n{body}\n")
}

/// Writes a valid one-lesson course at `dir`, with `images/real.svg`; `body` is the lesson text.
fn write_course(dir: &Path, body: &str) {
    fs::create_dir_all(dir.join("en/start")).unwrap();
    fs::create_dir_all(dir.join("images")).unwrap();
    fs::write(dir.join("course.toml"), MANIFEST).unwrap();
    fs::write(dir.join("images/real.svg"), SVG).unwrap();
    fs::write(dir.join("en/start/01-one.md"), lesson("one", body)).unwrap();
}

/// The problems as `path:line: message`, paths relative to `base`.
fn lines(problems: &Problems, base: &Path) -> Vec<String> {
    problems
        .0
        .iter()
        .map(|p| {
            let relative = p.path.strip_prefix(base).unwrap_or(&p.path);
            format!("{}:{}: {}", relative.display(), p.line, p.message)
        })
        .collect()
}

fn assert_reported(problems: &[String], want: &str) {
    assert!(
        problems.iter().any(|p| p.starts_with(want)),
        "no problem starts with `{want}`; got {problems:#?}"
    );
}

/// Loads a course on another thread, failing the test (rather than hanging it) if loading
/// blocks, as reading a named pipe would.
fn load_without_blocking(dir: &Path) -> Result<Course, Problems> {
    let (send, receive) = mpsc::channel();
    let dir = dir.to_path_buf();
    thread::spawn(move || send.send(load_course(&dir)).unwrap());
    receive
        .recv_timeout(Duration::from_secs(20))
        .expect("loading the course blocked")
}

#[test]
fn a_lesson_image_that_links_to_a_secret_outside_the_course_is_refused_and_never_published() {
    let root = tempfile::tempdir().unwrap();
    let secret = "SECRET-do-not-publish-7f3a";
    fs::write(root.path().join("secret.png"), secret).unwrap();
    let catalog = root.path().join("catalog");
    let course = catalog.join("email");
    write_course(
        &course,
        "![Photo](../../images/x.png)\n\n![Environment](../../images/env.png)",
    );
    symlink(root.path().join("secret.png"), course.join("images/x.png")).unwrap();
    symlink("/proc/self/environ", course.join("images/env.png")).unwrap();
    write_course(&catalog.join("other"), "![Fine](../../images/real.svg)");

    let loaded = load_catalog(&catalog);
    let problems = lines(&loaded.problems, &catalog);
    assert_reported(
        &problems,
        "email/images/x.png:1: file_is_link (path=images/x.png)",
    );
    assert_reported(
        &problems,
        "email/images/env.png:1: file_is_link (path=images/env.png)",
    );
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(!loaded.problems.to_string().contains(secret));

    // The other course still loads, and no course carries the secret.
    let slugs: Vec<_> = loaded.courses.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs, ["other"]);
    for course in &loaded.courses {
        assert_eq!(course.media.len(), 1);
        for media in &course.media {
            let bytes = String::from_utf8_lossy(&media.bytes);
            assert!(!bytes.contains(secret));
            assert!(!bytes.contains("PATH="));
        }
    }
}

#[test]
fn a_link_to_a_file_inside_the_course_is_refused_as_well() {
    let root = tempfile::tempdir().unwrap();
    let course = root.path().join("email");
    write_course(&course, "![Alias](../../images/alias.svg)");
    symlink("real.svg", course.join("images/alias.svg")).unwrap();

    let problems = lines(&load_course(&course).unwrap_err(), root.path());
    assert_eq!(
        problems,
        ["email/images/alias.svg:1: file_is_link (path=images/alias.svg)"]
    );
}

#[test]
fn a_linked_lesson_file_is_refused() {
    let root = tempfile::tempdir().unwrap();
    fs::write(root.path().join("outside.md"), lesson("two", "Elsewhere")).unwrap();
    let course = root.path().join("email");
    write_course(&course, "Hello");
    symlink(
        root.path().join("outside.md"),
        course.join("en/start/02-two.md"),
    )
    .unwrap();

    let problems = lines(&load_course(&course).unwrap_err(), root.path());
    assert_eq!(
        problems,
        ["email/en/start/02-two.md:1: file_is_link (path=en/start/02-two.md)"]
    );
}

#[test]
fn a_linked_language_folder_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let course = root.path().join("email");
    write_course(&course, "Hello");
    let manifest = MANIFEST
        .replace("[\"en\"]", "[\"en\", \"it\"]")
        .replace("en = \"Email\" }", "en = \"Email\", it = \"Email\" }")
        .replace("basics\" }", "basics\", it = \"Email di base\" }")
        .replace("en = \"Start\" }", "en = \"Start\", it = \"Inizio\" }");
    fs::write(course.join("course.toml"), manifest).unwrap();
    symlink("en", course.join("it")).unwrap();

    let problems = lines(&load_course(&course).unwrap_err(), root.path());
    assert_eq!(problems, ["email/it:1: file_is_link (path=it)"]);

    // The same course with a real `it/` folder is fine: the link was the only problem.
    fs::remove_file(course.join("it")).unwrap();
    fs::create_dir_all(course.join("it/start")).unwrap();
    fs::write(course.join("it/start/01-one.md"), lesson("one", "Ciao")).unwrap();
    load_course(&course).unwrap();
}

#[test]
fn a_linked_course_folder_in_a_catalogue_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let elsewhere = root.path().join("elsewhere/email");
    write_course(&elsewhere, "Hello");
    let catalog = root.path().join("catalog");
    fs::create_dir_all(&catalog).unwrap();
    symlink(&elsewhere, catalog.join("email")).unwrap();
    write_course(&catalog.join("other"), "Hello");
    fs::write(catalog.join("README.md"), "Not a course").unwrap();

    let loaded = load_catalog(&catalog);
    let problems = lines(&loaded.problems, &catalog);
    assert_eq!(problems, ["email:1: catalogue_link (path=email)"]);
    assert_eq!(loaded.courses.len(), 1);
    assert_eq!(loaded.courses[0].slug, "other");

    // Loading the link directly as a course is refused too.
    let problems = lines(&load_course(&catalog.join("email")).unwrap_err(), &catalog);
    assert_eq!(problems, ["email:1: course_folder_is_link"]);
}

#[test]
fn a_named_pipe_or_a_socket_in_a_course_is_refused_without_blocking() {
    let root = tempfile::tempdir().unwrap();
    let course = root.path().join("email");
    write_course(&course, "![Pipe](../../images/pipe.png)");
    let made = std::process::Command::new("mkfifo")
        .arg(course.join("images/pipe.png"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let _socket = std::os::unix::net::UnixListener::bind(course.join("en/socket.md")).unwrap();

    let problems = lines(&load_without_blocking(&course).unwrap_err(), root.path());
    assert_eq!(
        problems,
        [
            "email/en/socket.md:1: file_is_socket (path=en/socket.md)",
            "email/images/pipe.png:1: file_is_pipe (path=images/pipe.png)",
        ]
    );
}

#[test]
fn an_image_over_its_limit_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let course = root.path().join("email");
    write_course(&course, "![Big](../../images/big.png)");
    fs::write(
        course.join("images/big.png"),
        vec![0u8; MAX_MEDIA_BYTES as usize + 1],
    )
    .unwrap();

    let problems = lines(&load_course(&course).unwrap_err(), root.path());
    assert_eq!(
        problems,
        ["email/images/big.png:1: media_too_big (size=513, limit=512)"]
    );
}

#[test]
fn a_course_with_too_many_files_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let course = root.path().join("email");
    write_course(&course, "Hello");
    fs::create_dir_all(course.join("notes")).unwrap();
    for n in 0..MAX_COURSE_FILES {
        fs::write(course.join(format!("notes/{n:04}.txt")), "x").unwrap();
    }

    let problems = lines(&load_course(&course).unwrap_err(), root.path());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].contains(": too_many_files (limit=2000)"),
        "{problems:#?}"
    );
}

#[test]
fn a_course_larger_than_32_mb_in_all_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let course = root.path().join("email");
    write_course(&course, "Hello");
    fs::create_dir_all(course.join("photos")).unwrap();
    let photo = vec![0u8; MAX_MEDIA_BYTES as usize];
    for n in 0..64 {
        fs::write(course.join(format!("photos/{n:02}.png")), &photo).unwrap();
    }

    let problems = lines(&load_course(&course).unwrap_err(), root.path());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].contains(": course_too_big (limit=32)"),
        "{problems:#?}"
    );
}

#[test]
fn a_target_that_climbs_out_of_the_course_is_refused_even_when_it_comes_back() {
    let root = tempfile::tempdir().unwrap();
    fs::write(root.path().join("outside.svg"), SVG).unwrap();
    let course = root.path().join("email");
    write_course(
        &course,
        "![Out](../../../outside.svg)\n\n![Back](../../../email/images/real.svg)\n\n\
         [Out](../../../../etc/passwd.md)\n\n![Root](/etc/passwd.png)\n\n![Slash](..\\images\\real.svg)",
    );

    let problems = lines(&load_course(&course).unwrap_err(), root.path());
    assert_eq!(
        problems,
        [
            "email/en/start/01-one.md:7: outside_course (url=../../../outside.svg)",
            "email/en/start/01-one.md:9: outside_course (url=../../../email/images/real.svg)",
            "email/en/start/01-one.md:11: outside_course (url=../../../../etc/passwd.md)",
            "email/en/start/01-one.md:13: not_relative (url=/etc/passwd.png)",
            "email/en/start/01-one.md:15: not_relative (url=..\\images\\real.svg)",
        ]
    );
}

#[test]
fn hidden_entries_are_skipped_even_when_they_are_links() {
    let root = tempfile::tempdir().unwrap();
    let course = root.path().join("email");
    write_course(&course, "Hello");
    symlink("/proc/self/environ", course.join(".env")).unwrap();
    symlink("/", course.join("en/.git")).unwrap();
    load_course(&course).unwrap();
}

/// The files of a two-language course with an image, a lesson link and a web link.
fn files() -> Vec<(&'static str, String)> {
    let manifest = MANIFEST
        .replace("[\"en\"]", "[\"en\", \"it\"]")
        .replace("en = \"Email\" }", "en = \"Email\", it = \"Email\" }")
        .replace("basics\" }", "basics\", it = \"Email di base\" }")
        .replace("en = \"Start\" }", "en = \"Start\", it = \"Inizio\" }");
    vec![
        ("course.toml", manifest),
        ("images/real.svg", SVG.to_string()),
        (
            "en/start/01-one.md",
            lesson(
                "one",
                "![A picture](../../images/real.svg)\n\nNext: [two](02-two.md#top)",
            ),
        ),
        (
            "en/start/02-two.md",
            lesson("two", "See [the ILO](https://www.ilo.org/)."),
        ),
        (
            "it/start/01-one.md",
            lesson("one", "![Una foto](../../images/real.svg)"),
        ),
        (
            "it/start/02-two.md",
            lesson("two", "Torna a [uno](01-one.md)."),
        ),
    ]
}

#[test]
fn a_course_from_an_in_memory_tree_is_the_same_as_from_its_folder() {
    let mut tree = FileTree::new();
    for (path, text) in files() {
        tree.insert(path, text.into_bytes()).unwrap();
    }
    let from_memory = load_course_tree("email", &tree).unwrap_or_else(|p| panic!("{p}"));

    let root = tempfile::tempdir().unwrap();
    let course = root.path().join("email");
    for (path, text) in files() {
        let path = course.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let from_folder = load_course(&course).unwrap_or_else(|p| panic!("{p}"));

    assert_eq!(from_memory.content_hash, from_folder.content_hash);
    assert_eq!(from_memory, from_folder);
    assert_eq!(from_memory.media.len(), 1);
    assert_eq!(from_memory.modules[0].lessons.len(), 2);
    assert_eq!(FileTree::read_folder(&course).unwrap(), tree);
}

#[test]
fn the_bundled_course_loads_the_same_from_a_tree_as_from_its_folder() {
    // Read when the test runs, not when it was compiled: the checkout may have moved.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let catalog = Path::new(&manifest_dir).join("catalog");
    let from_folders = load_catalog(&catalog).into_result().unwrap();
    for course in from_folders {
        let tree = FileTree::read_folder(&catalog.join(&course.slug)).unwrap();
        let from_tree = load_course_tree(&course.slug, &tree).unwrap();
        assert_eq!(from_tree.content_hash, course.content_hash);
        assert_eq!(from_tree, course);
    }
}

#[test]
fn problems_in_an_in_memory_tree_name_paths_inside_the_course() {
    let mut tree = FileTree::new();
    for (path, text) in files() {
        tree.insert(path, text.into_bytes()).unwrap();
    }
    tree.insert(
        "en/start/01-one.md",
        lesson("one", "![Out](../../../x.png)\n\n[Gone](03-three.md)").into_bytes(),
    )
    .unwrap();
    tree.insert("images/huge.png", vec![0; MAX_MEDIA_BYTES as usize + 1])
        .unwrap();

    // Sizes first: a tree over its limits is not looked at any further.
    let problems = lines(
        &load_course_tree("email", &tree).unwrap_err(),
        Path::new(""),
    );
    assert_eq!(
        problems,
        ["images/huge.png:1: media_too_big (size=513, limit=512)"]
    );

    let mut fits = FileTree::new();
    for (path, bytes) in tree.iter().filter(|(path, _)| *path != "images/huge.png") {
        fits.insert(path, bytes.to_vec()).unwrap();
    }
    let problems = lines(
        &load_course_tree("email", &fits).unwrap_err(),
        Path::new(""),
    );
    assert_eq!(
        problems,
        [
            "en/start/01-one.md:7: outside_course (url=../../../x.png)",
            "en/start/01-one.md:9: link_no_lesson (url=03-three.md)",
        ]
    );
}

#[test]
fn an_in_memory_tree_is_held_to_the_file_count_limit() {
    let mut tree = FileTree::new();
    for (path, text) in files() {
        tree.insert(path, text.into_bytes()).unwrap();
    }
    for n in 0..MAX_COURSE_FILES {
        tree.insert(&format!("notes/{n}.txt"), Vec::new()).unwrap();
    }
    let problems = lines(
        &load_course_tree("email", &tree).unwrap_err(),
        Path::new(""),
    );
    assert_eq!(
        problems,
        [format!(".:1: too_many_files (limit={MAX_COURSE_FILES})")]
    );
}
