//! A course's lesson files: read from the tree per language (front matter checked), and the
//! translations held to the default language's lessons.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::load::text_of;
use crate::manifest::{FrontMatter, Manifest, line_of_key, parse_toml, split_front_matter};
use crate::message;
use crate::problem::Problems;
use crate::text::{has_hidden_controls, is_valid_id};
use crate::tree::FileTree;

/// A lesson file as found in the tree, before rendering.
pub(crate) struct LessonFile {
    /// Its path in the tree.
    pub path: String,
    /// Its path as problems name it.
    pub shown: PathBuf,
    pub module: String,
    pub front: FrontMatter,
    pub body: String,
    /// The line of the file on which `body` starts.
    pub body_line: usize,
}

/// Reads `<language>/<module>/*.md`, in module order then file-name order.
pub(crate) fn read_language(
    tree: &FileTree,
    root: &Path,
    language: &str,
    manifest: &Manifest,
    problems: &mut Problems,
) -> Vec<LessonFile> {
    let mut folders: Vec<&str> = tree
        .under(language)
        .filter_map(|(_, rest)| rest.split_once('/').map(|(folder, _)| folder))
        .collect();
    folders.dedup();
    for name in folders {
        if !manifest.modules.iter().any(|m| m.id == name) {
            problems.push(
                &root.join(language).join(name),
                1,
                message!("folder_not_module", folder = name),
            );
        }
    }
    let mut files = Vec::new();
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for module in &manifest.modules {
        let folder = format!("{language}/{}", module.id);
        let lessons = tree.under(&folder).filter(|(_, name)| {
            !name.contains('/') && Path::new(name).extension().is_some_and(|e| e == "md")
        });
        for (path, _) in lessons {
            let Some(file) = read_lesson(tree, root, path, &module.id, problems) else {
                continue;
            };
            if let Some(first) = seen.get(&file.front.id) {
                problems.push(
                    &file.shown,
                    2,
                    message!(
                        "lesson_id_taken",
                        id = file.front.id,
                        path = first.display()
                    ),
                );
                continue;
            }
            seen.insert(file.front.id.clone(), file.shown.clone());
            files.push(file);
        }
    }
    files
}

fn read_lesson(
    tree: &FileTree,
    root: &Path,
    path: &str,
    module: &str,
    problems: &mut Problems,
) -> Option<LessonFile> {
    let shown = root.join(path);
    let text = text_of(tree, path, &shown, problems)?;
    let Some((front_text, body, body_line)) = split_front_matter(text) else {
        problems.push(&shown, 1, message!("no_front_matter"));
        return None;
    };
    let front: FrontMatter = parse_toml(front_text, &shown, 2, problems)?;
    let at = |key: &str| 1 + line_of_key(front_text, key);
    let mut valid = true;
    if !is_valid_id(&front.id) {
        problems.push(
            &shown,
            at("id"),
            message!("lesson_id_invalid", id = front.id),
        );
        valid = false;
    }
    if front.title.trim().is_empty() {
        problems.push(&shown, at("title"), message!("lesson_title_empty"));
        valid = false;
    }
    if has_hidden_controls(&front.title) {
        problems.push(&shown, at("title"), message!("lesson_title_hidden"));
        valid = false;
    }
    if !(1..=120).contains(&front.minutes) {
        problems.push(&shown, at("minutes"), message!("minutes_range"));
        valid = false;
    }
    valid.then(|| LessonFile {
        path: path.to_string(),
        shown,
        module: module.to_string(),
        front,
        body: body.to_string(),
        body_line,
    })
}

/// Every lesson exists in every language, in the same module.
pub(crate) fn check_translations_match(
    files: &BTreeMap<String, Vec<LessonFile>>,
    default_language: &str,
    problems: &mut Problems,
) {
    let Some(originals) = files.get(default_language) else {
        return;
    };
    for (language, translated) in files.iter().filter(|(l, _)| *l != default_language) {
        for original in originals {
            match translated.iter().find(|f| f.front.id == original.front.id) {
                None => problems.push(
                    &original.shown,
                    2,
                    message!(
                        "translation_missing",
                        id = original.front.id,
                        language = language,
                        folder = format!("{language}/{}/", original.module)
                    ),
                ),
                Some(file) if file.module != original.module => problems.push(
                    &file.shown,
                    2,
                    message!(
                        "translation_other_module",
                        id = file.front.id,
                        module = file.module,
                        original = original.module,
                        language = default_language
                    ),
                ),
                Some(_) => {}
            }
        }
        for file in translated {
            if !originals.iter().any(|o| o.front.id == file.front.id) {
                problems.push(
                    &file.shown,
                    2,
                    message!(
                        "translation_without_original",
                        id = file.front.id,
                        language = default_language
                    ),
                );
            }
        }
    }
}
