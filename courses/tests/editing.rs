//! The browser editor's changes to a course's files: what they leave is a valid course in the
//! same format an author writes by hand, and what an author wrote by hand survives them.

use std::collections::BTreeMap;
use std::path::Path;

use courses::edit::{self, Settings};
use courses::{FileTree, load_course_tree, preview_lesson};

fn settings() -> Settings {
    Settings {
        track: "job-readiness".into(),
        default_language: "en".into(),
        languages: vec!["en".into(), "it".into()],
        title: [("en", "Writing a CV"), ("it", "Scrivere un CV")]
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .into(),
        summary: [
            ("en", "What goes in a CV."),
            ("it", "Che cosa va in un CV."),
        ]
        .map(|(l, t)| (l.to_string(), t.to_string()))
        .into(),
        pass_mark: 100,
        certificate_title: BTreeMap::new(),
        skills: BTreeMap::new(),
    }
}

fn text(tree: &FileTree, path: &str) -> String {
    String::from_utf8(tree.get(path).unwrap().to_vec()).unwrap()
}

/// A two-module course with three lessons in English and Italian, made as the editor would.
fn course() -> FileTree {
    let mut tree = edit::new_course(&settings());
    let first = edit::add_module(&mut tree, "Before you write").unwrap();
    let second = edit::add_module(&mut tree, "The parts of a CV").unwrap();
    for module in [&first, &second] {
        let mut titles = BTreeMap::new();
        titles.insert("en".to_string(), format!("{module} (en)"));
        titles.insert("it".to_string(), format!("{module} (it)"));
        edit::rename_module(&mut tree, module, &titles).unwrap();
    }
    for (module, title) in [
        (&first, "Why a CV"),
        (&second, "Your work"),
        (&second, "Your skills"),
    ] {
        let id = edit::add_lesson(&mut tree, module, title, &[]).unwrap();
        let outline = edit::outline(&tree).unwrap();
        let path = outline
            .modules
            .iter()
            .flat_map(|m| &m.lessons)
            .find(|l| l.id == id)
            .unwrap()
            .files["en"]
            .path
            .clone();
        edit::write_lesson(&mut tree, &path, &id, title, 3, &format!("About {title}.")).unwrap();
        let italian = edit::translation_path(&path, "en", "it");
        edit::write_lesson(&mut tree, &italian, &id, title, 3, "In italiano.").unwrap();
    }
    tree
}

#[test]
fn a_course_made_in_the_editor_is_a_valid_course() {
    let tree = course();
    let course = load_course_tree("cv", &tree).unwrap();
    assert_eq!(course.modules.len(), 2);
    assert_eq!(course.modules[1].lessons.len(), 2);
    assert_eq!(course.modules[0].id, "before-you-write");
    assert_eq!(course.modules[1].lessons[1].id, "your-skills");
    assert_eq!(course.title["it"], "Scrivere un CV");
    assert!(tree.get("en/the-parts-of-a-cv/02-your-skills.md").is_some());
}

#[test]
fn moving_a_lesson_renames_its_files_in_every_language_and_links_follow() {
    let mut tree = course();
    let from = "en/the-parts-of-a-cv/01-your-work.md";
    let source = edit::lesson_source(&tree, from).unwrap();
    edit::write_lesson(
        &mut tree,
        from,
        &source.id,
        &source.title,
        3,
        "Next: [skills](02-your-skills.md).",
    )
    .unwrap();
    edit::move_lesson(&mut tree, "your-skills", true).unwrap();
    assert!(tree.get("en/the-parts-of-a-cv/01-your-skills.md").is_some());
    assert!(tree.get("it/the-parts-of-a-cv/01-your-skills.md").is_some());
    assert!(text(&tree, "en/the-parts-of-a-cv/02-your-work.md").contains("(01-your-skills.md)"));
    let course = load_course_tree("cv", &tree).unwrap();
    let ids: Vec<_> = course.modules[1].lessons.iter().map(|l| &l.id).collect();
    assert_eq!(ids, ["your-skills", "your-work"]);
}

#[test]
fn removing_a_lesson_or_module_removes_it_in_every_language() {
    let mut tree = course();
    edit::remove_lesson(&mut tree, "your-work").unwrap();
    assert!(tree.get("it/the-parts-of-a-cv/01-your-skills.md").is_some());
    edit::remove_module(&mut tree, "before-you-write").unwrap();
    assert!(!tree.contains_folder("it/before-you-write"));
    let course = load_course_tree("cv", &tree).unwrap();
    assert_eq!(course.modules.len(), 1);
    edit::move_module(&mut tree, "the-parts-of-a-cv", true).unwrap();
    assert!(edit::remove_lesson(&mut tree, "your-work").is_err());
}

#[test]
fn what_an_author_wrote_by_hand_survives_the_editor() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog/safe-phone");
    let mut tree = FileTree::read_folder(&folder).unwrap();
    let before = edit::settings(&tree).unwrap();
    let mut changed = before.clone();
    changed.pass_mark = 80;
    edit::set_settings(&mut tree, &changed).unwrap();
    edit::set_version(&mut tree, 7).unwrap();
    let manifest = text(&tree, "course.toml");
    assert!(
        manifest.starts_with("# Using a smartphone safely"),
        "{manifest}"
    );
    assert!(manifest.contains("# What the course's certificate vouches for"));
    let course = load_course_tree("safe-phone", &tree).unwrap();
    assert_eq!((course.version, course.pass_mark), (7, 80));
    assert_eq!(
        course.certificate.skills,
        load_course_tree("safe-phone", &FileTree::read_folder(&folder).unwrap())
            .unwrap()
            .certificate
            .skills
    );
    assert_eq!(edit::settings(&tree).unwrap().title, before.title);
}

#[test]
fn a_lesson_previews_while_another_part_of_the_course_is_broken() {
    let mut tree = course();
    // Another lesson links nowhere: the course cannot be published, the lesson still previews.
    edit::write_lesson(
        &mut tree,
        "en/the-parts-of-a-cv/01-your-work.md",
        "your-work",
        "Your work",
        3,
        "See [this](99-nothing.md).",
    )
    .unwrap();
    assert!(load_course_tree("cv", &tree).is_err());
    let (text, problems) = preview_lesson("cv", &tree, "en", "why-a-cv");
    assert!(problems.is_empty(), "{problems:?}");
    assert!(text.unwrap().html.contains("About Why a CV."));
    let (_, problems) = preview_lesson("cv", &tree, "en", "your-work");
    assert_eq!(problems.0.len(), 1);
    assert_eq!(problems.0[0].line, 7);
}

#[test]
fn ids_come_from_titles_and_never_repeat() {
    let taken = vec!["cafe".to_string()];
    assert_eq!(edit::id_from("Café!", &taken), "cafe-2");
    assert_eq!(edit::id_from("Ваша работа", &[]), "part");
    assert_eq!(
        edit::id_from("  Your CV: the basics ", &[]),
        "your-cv-the-basics"
    );
}

#[test]
fn a_new_lesson_goes_after_the_last_file_of_a_folder_written_by_hand() {
    let mut tree = course();
    let from = "en/the-parts-of-a-cv/02-your-skills.md";
    let bytes = tree.remove(from).unwrap();
    tree.insert("en/the-parts-of-a-cv/07-your-skills.md", bytes)
        .unwrap();
    let id = edit::add_lesson(
        &mut tree,
        "the-parts-of-a-cv",
        "References",
        &["references".to_string()],
    )
    .unwrap();
    assert_eq!(
        id, "references-2",
        "an id an earlier version used is never given again"
    );
    assert!(
        tree.get(&format!("en/the-parts-of-a-cv/08-{id}.md"))
            .is_some()
    );
}

#[test]
fn a_new_course_without_a_summary_yet_previews_and_names_what_is_missing() {
    let mut bare = settings();
    bare.summary.clear();
    let mut tree = edit::new_course(&bare);
    let module = edit::add_module(&mut tree, "First").unwrap();
    let lesson = edit::add_lesson(&mut tree, &module, "Hello", &[]).unwrap();
    let (text, _) = preview_lesson("cv", &tree, "en", &lesson);
    assert!(text.is_some());
    let problems = load_course_tree("cv", &tree).unwrap_err();
    assert!(
        problems
            .0
            .iter()
            .any(|p| p.message.key == "text_missing" && p.message.arg("field") == Some("summary")),
        "{problems:?}"
    );
}

#[test]
fn no_change_may_grow_a_course_past_its_limits() {
    let mut tree = course();
    assert!(edit::within_limits(&tree).is_ok());
    for n in 0..courses::MAX_COURSE_FILES {
        tree.insert(&format!("images/{n}.png"), vec![0]).unwrap();
    }
    assert_eq!(edit::within_limits(&tree), Err(edit::EditError::TooBig));
}
