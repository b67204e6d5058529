//! Loading a course: every file checked, every problem reported, lessons rendered once.
//!
//! The disk is read in one place ([`FileTree::read_folder`]); everything after works on the
//! tree of files alone. Problems name `root/<path in the tree>`, where `root` is the course
//! folder on disk (or nothing, for a tree that came from elsewhere).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::digest::content_hash;
use crate::lessons::{LessonFile, check_translations_match, read_language};
use crate::manifest::{Manifest, check_manifest, line_of_key, parse_toml};
use crate::message;
use crate::model::{Certificate, Course, Lesson, Module, Quiz};
use crate::problem::Problems;
use crate::quiz::{Found, QuizIds, check_translation};
use crate::render::Renderer;
use crate::text::is_valid_id;
use crate::tree::{FileTree, limit_for, too_big};
use crate::{MAX_COURSE_BYTES, MAX_COURSE_FILES};

/// The courses of a catalogue folder that are valid, and the problems of those that are not.
#[derive(Debug, Default)]
pub struct Catalog {
    pub courses: Vec<Course>,
    pub problems: Problems,
}

impl Catalog {
    /// The courses, or every problem when there is any.
    pub fn into_result(self) -> Result<Vec<Course>, Problems> {
        if self.problems.is_empty() {
            Ok(self.courses)
        } else {
            Err(self.problems)
        }
    }
}

/// Loads every course folder in `dir`, sorted by slug. A broken course does not stop the
/// others from loading: its problems are reported alongside them. A symbolic link in the
/// catalogue is reported, never followed; other files beside the course folders are ignored.
pub fn load_catalog(dir: &Path) -> Catalog {
    let mut problems = Problems::default();
    let mut courses = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push(dir, 1, message!("cannot_read", error = error));
            return Catalog { courses, problems };
        }
    };
    let mut folders: Vec<PathBuf> = Vec::new();
    for path in entries.filter_map(|entry| entry.ok().map(|e| e.path())) {
        if is_hidden(&path) {
            continue;
        }
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => problems.push(
                &path,
                1,
                message!(
                    "catalogue_link",
                    path = path.file_name().unwrap_or_default().to_string_lossy()
                ),
            ),
            Ok(meta) if meta.is_dir() => folders.push(path),
            Ok(_) => {}
            Err(error) => problems.push(&path, 1, message!("cannot_read", error = error)),
        }
    }
    folders.sort();
    for folder in folders {
        match load_course(&folder) {
            Ok(course) => courses.push(course),
            Err(found) => problems.extend(found),
        }
    }
    Catalog {
        courses,
        problems: problems.sorted(),
    }
}

/// Loads one course folder (`<slug>/course.toml` and its lessons). The folder is read into a
/// [`FileTree`] first: a symbolic link or special file in it is a problem, never followed.
pub fn load_course(dir: &Path) -> Result<Course, Problems> {
    let slug = dir
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tree = FileTree::read_folder(dir)?;
    load_tree(&slug, &tree, dir)
}

/// Loads a course from files already in memory (an uploaded archive, a stored draft), exactly
/// as [`load_course`] would from a folder named `slug` holding the same files. Problems name
/// paths relative to the course folder (`en/start/01-one.md:7: ...`).
pub fn load_course_tree(slug: &str, tree: &FileTree) -> Result<Course, Problems> {
    load_tree(slug, tree, Path::new(""))
}

/// Validates and renders the course in `tree`; `root` prefixes the paths problems name.
fn load_tree(slug: &str, tree: &FileTree, root: &Path) -> Result<Course, Problems> {
    let mut problems = Problems::default();
    check_sizes(tree, root, &mut problems);
    if !problems.is_empty() {
        return Err(problems.sorted());
    }
    let manifest_path = root.join("course.toml");
    if !is_valid_id(slug) {
        problems.push(&manifest_path, 1, message!("slug_invalid", slug = slug));
    }
    let Some(text) = text_of(tree, "course.toml", &manifest_path, &mut problems) else {
        return Err(problems);
    };
    let Some(manifest) = parse_toml::<Manifest>(text, &manifest_path, 1, &mut problems) else {
        return Err(problems);
    };
    let track = check_manifest(&manifest, text, &manifest_path, &mut problems);
    if !manifest.languages.contains(&manifest.default_language) {
        // Without a default language, every lesson would be reported again: stop here.
        return Err(problems.sorted());
    }

    let mut languages = vec![manifest.default_language.clone()];
    languages.extend(
        manifest
            .languages
            .iter()
            .filter(|l| **l != manifest.default_language)
            .cloned(),
    );
    // Lesson files by language; a language without its folder is reported once, here.
    let mut files: BTreeMap<String, Vec<LessonFile>> = BTreeMap::new();
    for language in &languages {
        if tree.contains_folder(language) {
            let read = read_language(tree, root, language, &manifest, &mut problems);
            files.insert(language.clone(), read);
        } else {
            problems.push(
                &manifest_path,
                line_of_key(text, "languages"),
                message!("language_no_folder", language = language),
            );
        }
    }
    check_translations_match(&files, &manifest.default_language, &mut problems);

    let lesson_paths = files
        .values()
        .flatten()
        .map(|f| (f.path.clone(), f.front.id.clone()))
        .collect();
    let mut renderer = Renderer::new(tree, slug, lesson_paths);
    let default_files = files
        .get(&manifest.default_language)
        .map_or(&[][..], Vec::as_slice);
    let mut quiz_ids = QuizIds::default();
    let mut modules = Vec::new();
    for module in &manifest.modules {
        let mut lessons: Vec<Lesson> = Vec::new();
        for file in default_files.iter().filter(|f| f.module == module.id) {
            let (mut original, original_quizzes) = renderer.render(file, &mut problems);
            quiz_ids.check(&original_quizzes, &file.shown, &mut problems);
            let mut texts = BTreeMap::new();
            let default = &manifest.default_language;
            for (language, translations) in files.iter().filter(|(l, _)| *l != default) {
                let Some(translated) = translations.iter().find(|f| f.front.id == file.front.id)
                else {
                    continue;
                };
                let (mut text, quizzes) = renderer.render(translated, &mut problems);
                let shown = &translated.shown;
                check_translation(&original_quizzes, &quizzes, default, shown, &mut problems);
                text.quizzes = into_quizzes(quizzes);
                texts.insert(language.clone(), text);
            }
            original.quizzes = into_quizzes(original_quizzes);
            texts.insert(default.clone(), original);
            lessons.push(Lesson {
                id: file.front.id.clone(),
                texts,
            });
        }
        modules.push(Module {
            id: module.id.clone(),
            title: module.title.clone(),
            lessons,
        });
    }
    if problems.is_empty() && modules.iter().all(|m| m.lessons.is_empty()) {
        problems.push(&manifest_path, 1, message!("no_lessons"));
    }

    let Some(track) = track.filter(|_| problems.is_empty()) else {
        return Err(problems.sorted());
    };
    let media = renderer.media.into_values().collect();
    let mut course = Course {
        slug: slug.to_string(),
        version: manifest.version,
        pass_mark: manifest.completion.pass_mark,
        track,
        default_language: manifest.default_language,
        languages,
        certificate: Certificate {
            title: if manifest.certificate.title.is_empty() {
                manifest.title.clone()
            } else {
                manifest.certificate.title
            },
            skills: manifest.certificate.skills,
        },
        title: manifest.title,
        summary: manifest.summary,
        modules,
        media,
        content_hash: String::new(),
    };
    course.content_hash = content_hash(&course);
    Ok(course)
}

/// The limits on the whole course and on each file, whatever the tree was read from.
fn check_sizes(tree: &FileTree, root: &Path, problems: &mut Problems) {
    let course_path = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    if tree.len() > MAX_COURSE_FILES {
        problems.push(
            course_path,
            1,
            message!("too_many_files", limit = MAX_COURSE_FILES),
        );
    }
    if tree.total_bytes() > MAX_COURSE_BYTES {
        problems.push(
            course_path,
            1,
            message!("course_too_big", limit = MAX_COURSE_BYTES / (1024 * 1024)),
        );
    }
    for (path, bytes) in tree.iter() {
        let limit = limit_for(path);
        if bytes.len() as u64 > limit {
            problems.push(
                &root.join(path),
                1,
                too_big(path, bytes.len() as u64, limit),
            );
        }
    }
}

/// The text of a file of the tree, or a problem saying why there is none.
pub(crate) fn text_of<'t>(
    tree: &'t FileTree,
    path: &str,
    shown: &Path,
    problems: &mut Problems,
) -> Option<&'t str> {
    let Some(bytes) = tree.get(path) else {
        problems.push(shown, 1, message!("file_missing"));
        return None;
    };
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(_) => {
            problems.push(shown, 1, message!("file_not_utf8"));
            None
        }
    }
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

fn into_quizzes(found: Vec<Found>) -> Vec<Quiz> {
    found.into_iter().map(|f| f.quiz).collect()
}

/// One lesson of a course in `tree`, rendered exactly as [`load_course_tree`] renders it (the
/// same pipeline and sanitiser, its quizzes read), even when other parts of the course have
/// problems: an author previews the lesson she is writing. Returns the rendered text if the
/// lesson could be read, and the problems of its file.
pub fn preview_lesson(
    slug: &str,
    tree: &FileTree,
    language: &str,
    lesson_id: &str,
) -> (Option<crate::LessonText>, Problems) {
    let mut problems = Problems::default();
    let root = Path::new("");
    let Some(text) = text_of(tree, "course.toml", Path::new("course.toml"), &mut problems) else {
        return (None, problems);
    };
    let Some(manifest) = parse_toml::<Manifest>(text, Path::new("course.toml"), 1, &mut problems)
    else {
        return (None, problems);
    };
    let mut ignored = Problems::default();
    let mut lesson_paths = std::collections::HashMap::new();
    let mut wanted = None;
    for code in &manifest.languages {
        for file in read_language(tree, root, code, &manifest, &mut ignored) {
            lesson_paths.insert(file.path.clone(), file.front.id.clone());
            if code == language && file.front.id == lesson_id {
                wanted = Some(file);
            }
        }
    }
    let Some(file) = wanted else {
        problems.extend(ignored);
        return (None, problems);
    };
    let shown = file.shown.clone();
    problems.extend(Problems(
        ignored.0.into_iter().filter(|p| p.path == shown).collect(),
    ));
    let mut renderer = Renderer::new(tree, slug, lesson_paths);
    let (mut rendered, quizzes) = renderer.render(&file, &mut problems);
    rendered.quizzes = into_quizzes(quizzes);
    (Some(rendered), problems.sorted())
}
