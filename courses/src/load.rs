//! Reading a course folder: every file checked, every problem reported, lessons rendered once.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::manifest::{
    FrontMatter, Manifest, check_manifest, is_valid_id, line_of_key, parse_toml, split_front_matter,
};
use crate::markdown::{Target, has_scheme, is_external, render};
use crate::model::{Course, Lesson, LessonText, Media, Module, content_type_for};
use crate::problem::{Problems, line_of};
use crate::{MAX_LESSON_BYTES, MAX_MANIFEST_BYTES, MAX_MEDIA_BYTES};

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
/// others from loading: its problems are reported alongside them.
pub fn load_catalog(dir: &Path) -> Catalog {
    let mut problems = Problems::default();
    let mut courses = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push(dir, 1, format!("cannot read the catalogue folder: {error}"));
            return Catalog { courses, problems };
        }
    };
    let mut folders: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_dir() && !is_hidden(path))
        .collect();
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

/// Loads one course folder (`<slug>/course.toml` and its lessons).
pub fn load_course(dir: &Path) -> Result<Course, Problems> {
    let mut problems = Problems::default();
    let manifest_path = dir.join("course.toml");
    let slug = dir
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_valid_id(&slug) {
        problems.push(
            &manifest_path,
            1,
            format!(
                "the course folder `{slug}` may only use lowercase letters, digits and hyphens"
            ),
        );
    }
    let Some(text) = read_text(&manifest_path, MAX_MANIFEST_BYTES, &mut problems) else {
        return Err(problems);
    };
    let Some(manifest) = parse_toml::<Manifest>(&text, &manifest_path, 1, &mut problems) else {
        return Err(problems);
    };
    let track = check_manifest(&manifest, &text, &manifest_path, &mut problems);
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
        let language_dir = dir.join(language);
        if language_dir.is_dir() {
            let read = read_language(&language_dir, &manifest, &mut problems);
            files.insert(language.clone(), read);
        } else {
            problems.push(
                &manifest_path,
                line_of_key(&text, "languages"),
                format!("language `{language}` is listed, but there is no `{language}/` folder"),
            );
        }
    }
    check_translations_match(&files, &manifest.default_language, &mut problems);

    let mut renderer = Renderer {
        course_dir: dir,
        slug: &slug,
        lesson_paths: files
            .values()
            .flatten()
            .map(|f| (f.path.clone(), f.front.id.clone()))
            .collect(),
        media: BTreeMap::new(),
        media_by_path: HashMap::new(),
    };
    let default_files = files
        .get(&manifest.default_language)
        .map_or(&[][..], Vec::as_slice);
    let mut modules = Vec::new();
    for module in &manifest.modules {
        let mut lessons: Vec<Lesson> = Vec::new();
        for file in default_files.iter().filter(|f| f.module == module.id) {
            let texts = files
                .iter()
                .filter_map(|(language, translations)| {
                    let translated = translations.iter().find(|f| f.front.id == file.front.id)?;
                    Some((language.clone(), renderer.render(translated, &mut problems)))
                })
                .collect();
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
        problems.push(&manifest_path, 1, "the course has no lessons");
    }

    let Some(track) = track.filter(|_| problems.is_empty()) else {
        return Err(problems.sorted());
    };
    let media = renderer.media.into_values().collect();
    let mut course = Course {
        slug,
        version: manifest.version,
        track,
        default_language: manifest.default_language,
        languages,
        title: manifest.title,
        summary: manifest.summary,
        modules,
        media,
        content_hash: String::new(),
    };
    course.content_hash = content_hash(&course);
    Ok(course)
}

/// A lesson file as read from disk, before rendering.
struct LessonFile {
    path: PathBuf,
    module: String,
    front: FrontMatter,
    body: String,
    body_line: usize,
}

/// Reads `<language_dir>/<module>/*.md`, in module order then file-name order.
fn read_language(
    language_dir: &Path,
    manifest: &Manifest,
    problems: &mut Problems,
) -> Vec<LessonFile> {
    for folder in sorted_entries(language_dir)
        .into_iter()
        .filter(|p| p.is_dir())
    {
        let name = folder.file_name().unwrap_or_default().to_string_lossy();
        if !manifest.modules.iter().any(|m| m.id == name) {
            problems.push(
                &folder,
                1,
                format!("folder `{name}` is not a module declared in course.toml"),
            );
        }
    }
    let mut files = Vec::new();
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for module in &manifest.modules {
        let module_dir = language_dir.join(&module.id);
        let lessons = sorted_entries(&module_dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md"));
        for path in lessons {
            let Some(file) = read_lesson(&path, &module.id, problems) else {
                continue;
            };
            if let Some(first) = seen.get(&file.front.id) {
                problems.push(
                    &path,
                    2,
                    format!(
                        "lesson id `{}` is already used by {}",
                        file.front.id,
                        first.display()
                    ),
                );
                continue;
            }
            seen.insert(file.front.id.clone(), path.clone());
            files.push(file);
        }
    }
    files
}

fn read_lesson(path: &Path, module: &str, problems: &mut Problems) -> Option<LessonFile> {
    let text = read_text(path, MAX_LESSON_BYTES, problems)?;
    let Some((front_text, body, body_line)) = split_front_matter(&text) else {
        problems.push(
            path,
            1,
            "a lesson starts with front matter between two `+++` lines (id, title, minutes)",
        );
        return None;
    };
    let front: FrontMatter = parse_toml(front_text, path, 2, problems)?;
    let at = |key: &str| 1 + line_of_key(front_text, key);
    let mut valid = true;
    if !is_valid_id(&front.id) {
        problems.push(
            path,
            at("id"),
            format!(
                "lesson id `{}` may only use lowercase letters, digits and hyphens",
                front.id
            ),
        );
        valid = false;
    }
    if front.title.trim().is_empty() {
        problems.push(path, at("title"), "the lesson title is empty");
        valid = false;
    }
    if !(1..=120).contains(&front.minutes) {
        problems.push(path, at("minutes"), "minutes must be between 1 and 120");
        valid = false;
    }
    valid.then(|| LessonFile {
        path: path.to_path_buf(),
        module: module.to_string(),
        front,
        body: body.to_string(),
        body_line,
    })
}

/// Every lesson exists in every language, in the same module.
fn check_translations_match(
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
                    &original.path,
                    2,
                    format!(
                        "lesson `{}` has no `{language}` translation in {}/{}/",
                        original.front.id, language, original.module
                    ),
                ),
                Some(file) if file.module != original.module => problems.push(
                    &file.path,
                    2,
                    format!(
                        "lesson `{}` is in module `{}` here but in `{}` in `{default_language}`",
                        file.front.id, file.module, original.module
                    ),
                ),
                Some(_) => {}
            }
        }
        for file in translated {
            if !originals.iter().any(|o| o.front.id == file.front.id) {
                problems.push(
                    &file.path,
                    2,
                    format!(
                        "lesson `{}` does not exist in the default language `{default_language}`",
                        file.front.id
                    ),
                );
            }
        }
    }
}

/// Renders lessons, resolving their links and collecting the media they embed.
struct Renderer<'a> {
    course_dir: &'a Path,
    slug: &'a str,
    lesson_paths: HashMap<PathBuf, String>,
    media: BTreeMap<String, Media>,
    media_by_path: HashMap<PathBuf, String>,
}

impl Renderer<'_> {
    fn render(&mut self, file: &LessonFile, problems: &mut Problems) -> LessonText {
        let lesson_dir = file.path.parent().unwrap_or(self.course_dir);
        let html = render(&file.body, |target, url, offset| {
            let line = file.body_line + line_of(&file.body, offset) - 1;
            let result = match target {
                Target::Link => self.resolve_link(lesson_dir, url),
                Target::Image => self.resolve_image(lesson_dir, url),
            };
            result
                .map_err(|message| problems.push(&file.path, line, message))
                .ok()
        });
        LessonText {
            title: file.front.title.trim().to_string(),
            minutes: file.front.minutes,
            html,
        }
    }

    fn resolve_link(&self, lesson_dir: &Path, url: &str) -> Result<String, String> {
        if url.starts_with('#') || is_external(url) {
            return Ok(url.to_string());
        }
        if has_scheme(url) {
            return Err(format!(
                "link `{url}` is not allowed: link to a lesson (.md), a web page (https://) or an email address (mailto:)"
            ));
        }
        let (path, fragment) = url.split_once('#').map_or((url, ""), |(p, f)| (p, f));
        let target = self.inside_course(lesson_dir, path, url)?;
        match self.lesson_paths.get(&target) {
            Some(id) if fragment.is_empty() => Ok(id.clone()),
            Some(id) => Ok(format!("{id}#{fragment}")),
            None => Err(format!(
                "link `{url}` points to no lesson of this course: link to a lesson (.md), a web page (https://) or an email address (mailto:)"
            )),
        }
    }

    fn resolve_image(&mut self, lesson_dir: &Path, url: &str) -> Result<String, String> {
        if has_scheme(url) {
            return Err(format!(
                "image `{url}` must be a file in the course folder: an image from another site would make learners' phones contact it"
            ));
        }
        let path = self.inside_course(lesson_dir, url, url)?;
        if let Some(hash) = self.media_by_path.get(&path) {
            let media = &self.media[hash];
            return Ok(Media::url(self.slug, hash, media.content_type));
        }
        let extension = path.extension().unwrap_or_default().to_string_lossy();
        let Some(content_type) = content_type_for(&extension) else {
            return Err(format!(
                "image `{url}` is not a PNG, JPEG, WebP, GIF or SVG file"
            ));
        };
        let size = fs::metadata(&path)
            .map_err(|_| format!("image `{url}` does not exist"))?
            .len();
        if size > MAX_MEDIA_BYTES {
            return Err(format!(
                "image `{url}` is {} KB; the limit is {} KB, as learners pay for every byte",
                size / 1024,
                MAX_MEDIA_BYTES / 1024
            ));
        }
        let bytes = fs::read(&path).map_err(|e| format!("cannot read image `{url}`: {e}"))?;
        let hash = hex(&Sha256::digest(&bytes));
        let media_url = Media::url(self.slug, &hash, content_type);
        self.media_by_path.insert(path, hash.clone());
        self.media.entry(hash.clone()).or_insert(Media {
            hash,
            content_type,
            bytes,
        });
        Ok(media_url)
    }

    /// Resolves a relative target against the lesson's folder, refusing anything outside the course.
    fn inside_course(
        &self,
        lesson_dir: &Path,
        relative: &str,
        url: &str,
    ) -> Result<PathBuf, String> {
        if relative.starts_with('/') || relative.contains('\\') {
            return Err(format!(
                "`{url}` must be relative to the lesson file, like `images/photo.png` or `02-next.md`"
            ));
        }
        let mut resolved = lesson_dir.to_path_buf();
        for component in Path::new(relative).components() {
            match component {
                Component::Normal(part) => resolved.push(part),
                Component::ParentDir => {
                    resolved.pop();
                }
                _ => {}
            }
        }
        if resolved.starts_with(self.course_dir) {
            Ok(resolved)
        } else {
            Err(format!("`{url}` points outside the course folder"))
        }
    }
}

fn read_text(path: &Path, limit: u64, problems: &mut Problems) -> Option<String> {
    let size = match fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(_) => {
            problems.push(path, 1, "file is missing");
            return None;
        }
    };
    if size > limit {
        problems.push(
            path,
            1,
            format!(
                "file is {} KB; the limit is {} KB",
                size.div_ceil(1024),
                limit / 1024
            ),
        );
        return None;
    }
    match fs::read(path).map(String::from_utf8) {
        Ok(Ok(text)) => Some(text),
        Ok(Err(_)) => {
            problems.push(path, 1, "file is not UTF-8 text");
            None
        }
        Err(error) => {
            problems.push(path, 1, format!("cannot read file: {error}"));
            None
        }
    }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.retain(|path| !is_hidden(path));
    entries.sort();
    entries
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A digest of everything an import stores, so re-importing an unchanged course is a no-op
/// (and a change in the renderer, which changes the HTML, is picked up).
fn content_hash(course: &Course) -> String {
    let mut hasher = Sha256::new();
    let mut field = |value: &str| {
        hasher.update((value.len() as u64).to_le_bytes());
        hasher.update(value.as_bytes());
    };
    field(&course.slug);
    field(&course.version.to_string());
    field(course.track.as_str());
    field(&course.default_language);
    for language in &course.languages {
        field(language);
        field(&course.title[language]);
        field(&course.summary[language]);
    }
    for module in &course.modules {
        field(&module.id);
        module.title.values().for_each(|t| field(t));
        for lesson in &module.lessons {
            field(&lesson.id);
            for (language, text) in &lesson.texts {
                field(language);
                field(&text.title);
                field(&text.minutes.to_string());
                field(&text.html);
            }
        }
    }
    for media in &course.media {
        field(&media.hash);
    }
    hex(&hasher.finalize())
}
