//! Changing a course's files as the browser editor does, on a [`FileTree`].
//!
//! The editor keeps the course format: what it changes is `course.toml` and the lesson files,
//! exactly what an author with a text editor would change, so a course can move between the
//! browser and a folder at any time. `course.toml` is edited through `toml_edit`, so the
//! comments and layout an author wrote by hand survive; a lesson's front matter keeps every
//! line but the ones changed. Nothing here validates a course: [`crate::load_course_tree`]
//! does, the same for every change.

use std::collections::BTreeMap;

use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, value};

use crate::manifest::split_front_matter;
use crate::model::Translations;
use crate::text::is_valid_id;
use crate::tree::FileTree;

const MANIFEST: &str = "course.toml";

/// Why a change could not be made: the course's files are not in a shape it can work on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("course.toml cannot be read: {0}")]
    Manifest(String),
    #[error("there is no module `{0}`")]
    NoModule(String),
    #[error("there is no lesson `{0}`")]
    NoLesson(String),
    #[error("a title is needed")]
    NoTitle,
    #[error("a lesson's file is missing its `+++` front matter")]
    FrontMatter,
    #[error("the course would hold too many files or bytes")]
    TooBig,
}

/// Whether a course of these files stays within [`crate::MAX_COURSE_FILES`] and
/// [`crate::MAX_COURSE_BYTES`]: a change that would pass them is refused.
pub fn within_limits(tree: &FileTree) -> Result<(), EditError> {
    let fits =
        tree.len() <= crate::MAX_COURSE_FILES && tree.total_bytes() <= crate::MAX_COURSE_BYTES;
    fits.then_some(()).ok_or(EditError::TooBig)
}

/// A course's settings: everything in `course.toml` but its version and modules.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    pub track: String,
    pub default_language: String,
    /// Every language of the course, default first.
    pub languages: Vec<String>,
    pub title: Translations,
    pub summary: Translations,
    pub pass_mark: u8,
    /// Empty: the certificate carries the course's title.
    pub certificate_title: Translations,
    pub skills: BTreeMap<String, Vec<String>>,
}

/// A course's modules and lessons as its files hold them, read leniently: the editor shows a
/// course with problems, so its author can fix them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub version: u32,
    pub settings: Settings,
    pub modules: Vec<ModuleEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleEntry {
    pub id: String,
    pub title: Translations,
    /// In reading order: the default language's file order, then lessons only translated.
    pub lessons: Vec<LessonEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonEntry {
    pub id: String,
    /// Its file in each language it is written in.
    pub files: BTreeMap<String, LessonFileEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonFileEntry {
    pub path: String,
    pub title: String,
}

/// A lesson file's parts as the editor shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonSource {
    pub id: String,
    pub title: String,
    pub minutes: u32,
    pub body: String,
    /// The line of the file the body starts on: a problem at file line `n` is at line
    /// `n - body_line + 1` of the body.
    pub body_line: usize,
}

fn manifest(tree: &FileTree) -> Result<DocumentMut, EditError> {
    let bytes = tree
        .get(MANIFEST)
        .ok_or_else(|| EditError::Manifest("the file is missing".into()))?;
    let text = std::str::from_utf8(bytes).map_err(|_| EditError::Manifest("not UTF-8".into()))?;
    text.parse::<DocumentMut>()
        .map_err(|error| EditError::Manifest(error.message().to_string()))
}

fn save_manifest(tree: &mut FileTree, doc: &DocumentMut) {
    // The path is a constant, valid name: insertion cannot fail.
    let _ = tree.insert(MANIFEST, doc.to_string().into_bytes());
}

fn strings(item: Option<&Item>) -> Vec<String> {
    item.and_then(Item::as_array)
        .map(|array| {
            array
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The texts of a `[table]` or `{ inline = table }` keyed by language.
fn translations(item: Option<&Item>) -> Translations {
    let Some(table) = item.and_then(Item::as_table_like) else {
        return Translations::new();
    };
    table
        .iter()
        .filter_map(|(language, v)| Some((language.to_string(), v.as_str()?.to_string())))
        .collect()
}

fn text_table(texts: &Translations) -> Item {
    let mut table = Table::new();
    for (language, text) in texts.iter().filter(|(_, t)| !t.trim().is_empty()) {
        table.insert(language, value(text.trim()));
    }
    Item::Table(table)
}

fn inline_texts(texts: &Translations) -> InlineTable {
    texts
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(language, text)| (language.as_str(), toml_edit::Value::from(text.trim())))
        .collect()
}

/// The settings `course.toml` holds.
pub fn settings(tree: &FileTree) -> Result<Settings, EditError> {
    let doc = manifest(tree)?;
    let get = |key: &str| doc.get(key).and_then(Item::as_str).unwrap_or_default();
    let certificate = doc.get("certificate");
    let skills = certificate
        .and_then(|c| c.get("skills"))
        .and_then(Item::as_table_like)
        .map(|table| {
            table
                .iter()
                .map(|(language, list)| {
                    let list = list
                        .as_array()
                        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)));
                    (language.to_string(), list.into_iter().flatten().collect())
                })
                .collect()
        })
        .unwrap_or_default();
    let default_language = get("default_language").to_string();
    let mut languages = strings(doc.get("languages"));
    // Default first, as everywhere else.
    languages.sort_by_key(|l| *l != default_language);
    Ok(Settings {
        track: get("track").to_string(),
        default_language,
        languages,
        title: translations(doc.get("title")),
        summary: translations(doc.get("summary")),
        pass_mark: doc
            .get("completion")
            .and_then(|c| c.get("pass_mark"))
            .and_then(Item::as_integer)
            .and_then(|n| u8::try_from(n).ok())
            .unwrap_or(100),
        certificate_title: translations(certificate.and_then(|c| c.get("title"))),
        skills,
    })
}

/// Writes `settings` into `course.toml`, keeping its version, modules and comments: a value
/// is only written where it changed.
pub fn set_settings(tree: &mut FileTree, settings: &Settings) -> Result<(), EditError> {
    let mut doc = manifest(tree)?;
    set_text(doc.as_table_mut(), "track", &settings.track);
    set_text(
        doc.as_table_mut(),
        "default_language",
        &settings.default_language,
    );
    if strings(doc.get("languages")) != settings.languages {
        doc["languages"] = value(settings.languages.iter().collect::<Array>());
    }
    set_texts(doc.as_table_mut(), "title", &settings.title, false);
    set_texts(doc.as_table_mut(), "summary", &settings.summary, false);
    if settings.pass_mark == 100 {
        if let Some(completion) = doc.get_mut("completion").and_then(Item::as_table_like_mut) {
            completion.remove("pass_mark");
        }
    } else {
        doc["completion"]["pass_mark"] = value(i64::from(settings.pass_mark));
    }
    let certificate = doc
        .entry("certificate")
        .or_insert_with(|| Item::Table(Table::new()));
    if let Some(certificate) = certificate.as_table_like_mut() {
        set_texts(certificate, "title", &settings.certificate_title, true);
        let skills = certificate
            .entry("skills")
            .or_insert_with(|| Item::Table(Table::new()));
        if let Some(skills) = skills.as_table_like_mut() {
            let kept: Vec<String> = skills.iter().map(|(k, _)| k.to_string()).collect();
            for language in kept.iter().filter(|l| !settings.skills.contains_key(*l)) {
                skills.remove(language);
            }
            for (language, list) in &settings.skills {
                let list: Vec<&str> = list
                    .iter()
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .collect();
                if strings(skills.get(language)) == list {
                    continue;
                }
                if list.is_empty() {
                    skills.remove(language);
                } else {
                    skills.insert(language, value(list.into_iter().collect::<Array>()));
                }
            }
        }
    }
    tidy_certificate(&mut doc);
    save_manifest(tree, &doc);
    Ok(())
}

fn set_text(table: &mut dyn toml_edit::TableLike, key: &str, text: &str) {
    if table.get(key).and_then(Item::as_str) != Some(text) {
        table.insert(key, value(text));
    }
}

/// Sets the texts of `key` by language, changing only those that differ; a new one is a
/// `[table]`, or an inline table when `inline`.
fn set_texts(table: &mut dyn toml_edit::TableLike, key: &str, texts: &Translations, inline: bool) {
    let wanted: Translations = texts
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(l, t)| (l.clone(), t.trim().to_string()))
        .collect();
    // An empty table is kept: the checks then name each missing text, where a missing table
    // would stop them at the first line.
    if table.contains_key(key) && translations(table.get(key)) == wanted {
        return;
    }
    if let Some(existing) = table.get_mut(key).and_then(Item::as_table_like_mut) {
        let kept: Vec<String> = existing.iter().map(|(k, _)| k.to_string()).collect();
        for language in kept.iter().filter(|l| !wanted.contains_key(*l)) {
            existing.remove(language);
        }
        for (language, text) in &wanted {
            set_text(existing, language, text);
        }
    } else if inline {
        table.insert(key, Item::Value(inline_texts(&wanted).into()));
    } else {
        table.insert(key, text_table(&wanted));
    }
}

/// Drops the certificate's empty parts, so a course without them reads as before.
fn tidy_certificate(doc: &mut DocumentMut) {
    let Some(certificate) = doc.get_mut("certificate").and_then(Item::as_table_like_mut) else {
        return;
    };
    for key in ["title", "skills"] {
        let empty = certificate.get(key).is_some_and(|item| {
            item.as_table_like().is_some_and(|t| t.is_empty())
                || item.as_inline_table().is_some_and(|t| t.is_empty())
        });
        if empty {
            certificate.remove(key);
        }
    }
    if certificate.is_empty() {
        doc.remove("certificate");
    }
}

/// A new course with `settings`, version 1 and no modules yet.
pub fn new_course(settings: &Settings) -> FileTree {
    let mut tree = FileTree::new();
    let doc: DocumentMut = "version = 1\n".parse().unwrap_or_default();
    save_manifest(&mut tree, &doc);
    // A fresh manifest always parses.
    let _ = set_settings(&mut tree, settings);
    tree
}

/// Sets the version `course.toml` declares.
pub fn set_version(tree: &mut FileTree, version: u32) -> Result<(), EditError> {
    let mut doc = manifest(tree)?;
    doc["version"] = value(i64::from(version));
    save_manifest(tree, &doc);
    Ok(())
}

/// The lesson file's parts; `None` when it has no front matter to read.
pub fn lesson_source(tree: &FileTree, path: &str) -> Option<LessonSource> {
    let text = std::str::from_utf8(tree.get(path)?).ok()?;
    let (front, body, body_line) = split_front_matter(text)?;
    let front = front.parse::<DocumentMut>().ok();
    let get = |key: &str| front.as_ref().and_then(|f| f.get(key).cloned());
    let trimmed = body.trim_start_matches(['\r', '\n']);
    let skipped = body[..body.len() - trimmed.len()].matches('\n').count();
    Some(LessonSource {
        id: get("id")
            .and_then(|i| i.as_str().map(str::to_string))
            .unwrap_or_else(|| file_id(path)),
        title: get("title")
            .and_then(|i| i.as_str().map(str::to_string))
            .unwrap_or_default(),
        minutes: get("minutes")
            .and_then(|i| i.as_integer())
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0),
        body: trimmed.to_string(),
        body_line: body_line + skipped,
    })
}

/// Writes a lesson file: its front matter with `id`, `title` and `minutes` set (any other line
/// of an existing file's front matter kept), a blank line, and `body`.
pub fn write_lesson(
    tree: &mut FileTree,
    path: &str,
    id: &str,
    title: &str,
    minutes: u32,
    body: &str,
) -> Result<(), EditError> {
    let existing = tree
        .get(path)
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
        .and_then(split_front_matter)
        .and_then(|(front, _, _)| front.parse::<DocumentMut>().ok());
    let mut front = existing.unwrap_or_default();
    front["id"] = value(id);
    front["title"] = value(title.trim());
    front["minutes"] = value(i64::from(minutes));
    let body = body.replace("\r\n", "\n");
    let text = format!("+++\n{}+++\n\n{}\n", front, body.trim_end());
    tree.insert(path, text.into_bytes())
        .map_err(|message| EditError::Manifest(message.to_string()))
}

/// The id a lesson file's name carries (`02-learn-more.md` is `learn-more`).
fn file_id(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.strip_suffix(".md").unwrap_or(name);
    stem.trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches('-')
        .to_string()
}

/// The modules and lessons the files hold.
pub fn outline(tree: &FileTree) -> Result<Outline, EditError> {
    let doc = manifest(tree)?;
    let settings = settings(tree)?;
    let version = doc
        .get("version")
        .and_then(Item::as_integer)
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0);
    let mut modules = Vec::new();
    let declared = doc.get("modules").and_then(Item::as_array_of_tables);
    for module in declared.into_iter().flat_map(|a| a.iter()) {
        let id = module.get("id").and_then(Item::as_str).unwrap_or_default();
        // An id that is not one names no folder the editor may touch (`courses check` says why).
        if !is_valid_id(id) {
            continue;
        }
        let mut lessons: Vec<LessonEntry> = Vec::new();
        for language in &settings.languages {
            for (path, name) in tree.under(&format!("{language}/{id}")) {
                if name.contains('/') || !name.ends_with(".md") {
                    continue;
                }
                let source = lesson_source(tree, path);
                let lesson_id = source
                    .as_ref()
                    .map_or_else(|| file_id(path), |s| s.id.clone());
                let file = LessonFileEntry {
                    path: path.to_string(),
                    title: source.map(|s| s.title).unwrap_or_default(),
                };
                match lessons.iter_mut().find(|l| l.id == lesson_id) {
                    Some(lesson) => {
                        lesson.files.entry(language.clone()).or_insert(file);
                    }
                    None => lessons.push(LessonEntry {
                        id: lesson_id,
                        files: BTreeMap::from([(language.clone(), file)]),
                    }),
                }
            }
        }
        modules.push(ModuleEntry {
            id: id.to_string(),
            title: translations(module.get("title")),
            lessons,
        });
    }
    Ok(Outline {
        version,
        settings,
        modules,
    })
}

/// An id made from a title (`Before the interview` is `before-the-interview`), different
/// from every id in `taken`.
pub fn id_from(title: &str, taken: &[String]) -> String {
    let mut id = String::new();
    for c in crate::text::fold(title).chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
        if id.len() >= 40 {
            break;
        }
    }
    let base = match id.trim_end_matches('-') {
        "" => "part".to_string(),
        base => base.to_string(),
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate) || !is_valid_id(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// Adds a module at the end, titled in the default language; returns its id.
pub fn add_module(tree: &mut FileTree, title: &str) -> Result<String, EditError> {
    if title.trim().is_empty() {
        return Err(EditError::NoTitle);
    }
    let outline = outline(tree)?;
    let taken: Vec<String> = outline.modules.iter().map(|m| m.id.clone()).collect();
    let id = id_from(title, &taken);
    let mut doc = manifest(tree)?;
    let mut module = Table::new();
    module.insert("id", value(&id));
    let texts = Translations::from([(outline.settings.default_language, title.to_string())]);
    module.insert("title", Item::Value(inline_texts(&texts).into()));
    match doc
        .get_mut("modules")
        .and_then(Item::as_array_of_tables_mut)
    {
        Some(modules) => modules.push(module),
        None => {
            let mut modules = toml_edit::ArrayOfTables::new();
            modules.push(module);
            doc.insert("modules", Item::ArrayOfTables(modules));
        }
    }
    save_manifest(tree, &doc);
    Ok(id)
}

fn modules_mut(doc: &mut DocumentMut) -> Option<&mut toml_edit::ArrayOfTables> {
    doc.get_mut("modules")
        .and_then(Item::as_array_of_tables_mut)
}

fn module_index(doc: &mut DocumentMut, id: &str) -> Result<usize, EditError> {
    modules_mut(doc)
        .and_then(|m| {
            m.iter()
                .position(|t| t.get("id").and_then(Item::as_str) == Some(id))
        })
        .ok_or_else(|| EditError::NoModule(id.to_string()))
}

/// Sets a module's titles (an empty text removes that language's).
pub fn rename_module(tree: &mut FileTree, id: &str, title: &Translations) -> Result<(), EditError> {
    let mut doc = manifest(tree)?;
    let index = module_index(&mut doc, id)?;
    if let Some(module) = modules_mut(&mut doc).and_then(|m| m.get_mut(index)) {
        module.insert("title", Item::Value(inline_texts(title).into()));
    }
    save_manifest(tree, &doc);
    Ok(())
}

/// Moves a module one place earlier (`up`) or later.
pub fn move_module(tree: &mut FileTree, id: &str, up: bool) -> Result<(), EditError> {
    let mut doc = manifest(tree)?;
    let index = module_index(&mut doc, id)?;
    let Some(modules) = modules_mut(&mut doc) else {
        return Ok(());
    };
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    let Some(other) = other.filter(|o| *o < modules.len()) else {
        return Ok(());
    };
    let mut tables: Vec<Table> = modules.iter().cloned().collect();
    tables.swap(index, other);
    modules.clear();
    for table in tables {
        modules.push(table);
    }
    save_manifest(tree, &doc);
    Ok(())
}

/// Removes a module and its lessons in every language.
pub fn remove_module(tree: &mut FileTree, id: &str) -> Result<(), EditError> {
    let mut doc = manifest(tree)?;
    let index = module_index(&mut doc, id)?;
    if let Some(modules) = modules_mut(&mut doc) {
        modules.remove(index);
    }
    for language in settings(tree)?.languages {
        tree.remove_folder(&format!("{language}/{id}"));
    }
    save_manifest(tree, &doc);
    Ok(())
}

/// Adds a lesson at the end of a module, in the default language, with an empty text;
/// returns its id, never one of `retired` (ids earlier versions used: learners' progress is
/// kept by them, so a new lesson must not inherit an old one's).
pub fn add_lesson(
    tree: &mut FileTree,
    module: &str,
    title: &str,
    retired: &[String],
) -> Result<String, EditError> {
    if title.trim().is_empty() {
        return Err(EditError::NoTitle);
    }
    let outline = outline(tree)?;
    let entry = outline
        .modules
        .iter()
        .find(|m| m.id == module)
        .ok_or_else(|| EditError::NoModule(module.to_string()))?;
    let taken: Vec<String> = outline
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter().map(|l| l.id.clone()))
        .chain(retired.iter().cloned())
        .collect();
    let id = id_from(title, &taken);
    let language = &outline.settings.default_language;
    // After the last file, whatever numbers a folder written by hand skipped.
    let last = entry
        .lessons
        .iter()
        .filter_map(|l| l.files.get(language))
        .filter_map(|f| {
            let name = f.path.rsplit('/').next()?;
            let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
            digits.parse::<u32>().ok()
        })
        .max()
        .unwrap_or(0);
    let path = format!("{language}/{module}/{:02}-{id}.md", last + 1);
    write_lesson(tree, &path, &id, title, 5, "")?;
    Ok(id)
}

/// Where a lesson is: its module's index and its own.
fn find_lesson(outline: &Outline, id: &str) -> Result<(usize, usize), EditError> {
    outline
        .modules
        .iter()
        .enumerate()
        .find_map(|(m, module)| {
            module
                .lessons
                .iter()
                .position(|l| l.id == id)
                .map(|l| (m, l))
        })
        .ok_or_else(|| EditError::NoLesson(id.to_string()))
}

/// Moves a lesson one place earlier (`up`) or later in its module, in every language.
pub fn move_lesson(tree: &mut FileTree, id: &str, up: bool) -> Result<(), EditError> {
    let outline = outline(tree)?;
    let (m, index) = find_lesson(&outline, id)?;
    let mut lessons = outline.modules[m].lessons.clone();
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    let Some(other) = other.filter(|o| *o < lessons.len()) else {
        return Ok(());
    };
    lessons.swap(index, other);
    renumber(tree, &outline.modules[m].id, &lessons);
    Ok(())
}

/// Removes a lesson in every language.
pub fn remove_lesson(tree: &mut FileTree, id: &str) -> Result<(), EditError> {
    let outline = outline(tree)?;
    let (m, index) = find_lesson(&outline, id)?;
    let mut lessons = outline.modules[m].lessons.clone();
    for file in lessons.remove(index).files.values() {
        tree.remove(&file.path);
    }
    renumber(tree, &outline.modules[m].id, &lessons);
    Ok(())
}

/// Names each lesson file of a module by its place (`01-`, `02-`, ...), so that file-name
/// order is `lessons`' order; links to a renamed file from lessons of its language follow it.
fn renumber(tree: &mut FileTree, module: &str, lessons: &[LessonEntry]) {
    let mut renames: Vec<(String, String)> = Vec::new();
    for (place, lesson) in lessons.iter().enumerate() {
        for (language, file) in &lesson.files {
            let name = file.path.rsplit('/').next().unwrap_or_default();
            let wanted = format!(
                "{language}/{module}/{:02}-{}",
                place + 1,
                name.trim_start_matches(|c: char| c.is_ascii_digit())
                    .trim_start_matches('-')
            );
            if wanted != file.path {
                renames.push((file.path.clone(), wanted));
            }
        }
    }
    // Take every file out before putting any back, so a swap never overwrites.
    let moved: Vec<(String, String, Vec<u8>)> = renames
        .into_iter()
        .filter_map(|(from, to)| tree.remove(&from).map(|bytes| (from, to, bytes)))
        .collect();
    for (_, to, bytes) in &moved {
        let _ = tree.insert(to, bytes.clone());
    }
    let names: Vec<(String, String)> = moved
        .iter()
        .map(|(from, to, _)| (file_name(from), file_name(to)))
        .collect();
    follow_links(tree, &names);
}

fn file_name(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_string()
}

/// Rewrites links to renamed lesson files (`](02-old.md` and `/02-old.md`) in every lesson.
/// Every old name is replaced through a placeholder first, so a swap of two names holds.
fn follow_links(tree: &mut FileTree, names: &[(String, String)]) {
    if names.is_empty() {
        return;
    }
    let lessons: Vec<String> = tree
        .iter()
        .filter(|(path, _)| path.ends_with(".md"))
        .map(|(path, _)| path.to_string())
        .collect();
    for path in lessons {
        let Some(text) = tree.get(&path).and_then(|b| std::str::from_utf8(b).ok()) else {
            continue;
        };
        let mut text = text.to_string();
        let original = text.clone();
        for (index, (from, _)) in names.iter().enumerate() {
            for lead in ["(", "/"] {
                text = text.replace(
                    &format!("{lead}{from}"),
                    &format!("{lead}\u{0}{index}\u{0}"),
                );
            }
        }
        for (index, (_, to)) in names.iter().enumerate() {
            text = text.replace(&format!("\u{0}{index}\u{0}"), to);
        }
        if text != original {
            let _ = tree.insert(&path, text.into_bytes());
        }
    }
}

/// The file a lesson's translation into `language` has or would have: beside the default
/// language's file, under the same name.
pub fn translation_path(default_path: &str, default_language: &str, language: &str) -> String {
    let rest = default_path
        .strip_prefix(default_language)
        .unwrap_or(default_path);
    format!("{language}{rest}")
}
