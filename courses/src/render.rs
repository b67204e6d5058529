//! Rendering a lesson: its links and images resolved against the course, its quizzes read.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::digest::hex;
use crate::lessons::LessonFile;
use crate::markdown::{Target, has_scheme, is_external, render};
use crate::media_check::check_media;
use crate::model::{LessonText, Media, content_type_for};
use crate::problem::{Problems, line_of};
use crate::quiz::{Found, parse_quiz};
use crate::tree::FileTree;
use crate::{Message, message};

/// Renders lessons, resolving their links and collecting the media they embed.
pub(crate) struct Renderer<'a> {
    tree: &'a FileTree,
    slug: &'a str,
    /// Lesson ids by their path in the tree.
    lesson_paths: HashMap<String, String>,
    /// The media lessons embed, by hash.
    pub media: BTreeMap<String, Media>,
    /// Media hashes by their path in the tree.
    media_by_path: HashMap<String, String>,
}

impl<'a> Renderer<'a> {
    /// A renderer for the lessons of the course `slug`; `lesson_paths` maps the path of each
    /// lesson file in `tree` to its lesson id, for links between lessons.
    pub(crate) fn new(
        tree: &'a FileTree,
        slug: &'a str,
        lesson_paths: HashMap<String, String>,
    ) -> Self {
        Self {
            tree,
            slug,
            lesson_paths,
            media: BTreeMap::new(),
            media_by_path: HashMap::new(),
        }
    }

    /// Renders a lesson file. Its quizzes come apart, with their lines, for the checks across
    /// lessons and languages; the returned text has none yet.
    pub(crate) fn render(
        &mut self,
        file: &LessonFile,
        problems: &mut Problems,
    ) -> (LessonText, Vec<Found>) {
        let lesson_dir = file.path.rsplit_once('/').map_or("", |(dir, _)| dir);
        let rendered = render(&file.body, |target, url, offset| {
            let line = file.body_line + line_of(&file.body, offset) - 1;
            self.resolve(lesson_dir, target, url)
                .map_err(|message| problems.push(&file.shown, line, message))
                .ok()
        });
        let quizzes = rendered
            .quizzes
            .iter()
            .filter_map(|block| {
                let fence_line = file.body_line + line_of(&file.body, block.offset) - 1;
                let mut resolve = |target, url: &str| self.resolve(lesson_dir, target, url);
                parse_quiz(block, fence_line, &file.shown, &mut resolve, problems)
            })
            .collect();
        let text = LessonText {
            title: file.front.title.trim().to_string(),
            minutes: file.front.minutes,
            html: rendered.html,
            quizzes: Vec::new(),
        };
        (text, quizzes)
    }

    fn resolve(&mut self, lesson_dir: &str, target: Target, url: &str) -> Result<String, Message> {
        match target {
            Target::Link => self.resolve_link(lesson_dir, url),
            Target::Image => self.resolve_image(lesson_dir, url),
        }
    }

    fn resolve_link(&self, lesson_dir: &str, url: &str) -> Result<String, Message> {
        if url.starts_with('#') || is_external(url) {
            return Ok(url.to_string());
        }
        if has_scheme(url) {
            return Err(message!("link_scheme", url = url));
        }
        let (path, fragment) = url.split_once('#').map_or((url, ""), |(p, f)| (p, f));
        let target = inside_course(lesson_dir, path, url)?;
        match self.lesson_paths.get(&target) {
            Some(id) if fragment.is_empty() => Ok(id.clone()),
            Some(id) => Ok(format!("{id}#{fragment}")),
            None => Err(message!("link_no_lesson", url = url)),
        }
    }

    fn resolve_image(&mut self, lesson_dir: &str, url: &str) -> Result<String, Message> {
        if has_scheme(url) {
            return Err(message!("image_elsewhere", url = url));
        }
        let path = inside_course(lesson_dir, url, url)?;
        if let Some(hash) = self.media_by_path.get(&path) {
            let media = &self.media[hash];
            return Ok(Media::url(self.slug, hash, media.content_type));
        }
        let extension = Path::new(&path).extension().unwrap_or_default();
        let Some(content_type) = content_type_for(&extension.to_string_lossy()) else {
            return Err(message!("image_unknown_type", url = url));
        };
        let bytes = self
            .tree
            .get(&path)
            .ok_or_else(|| message!("image_missing", url = url))?;
        // By content, not only by name: a `.png` that is a web page, a picture header that
        // claims gigapixels or an SVG that runs a script never reaches a learner.
        check_media(&path, bytes).map_err(|refusal| refusal.message(url))?;
        let hash = hex(&Sha256::digest(bytes));
        let media_url = Media::url(self.slug, &hash, content_type);
        self.media_by_path.insert(path, hash.clone());
        self.media.entry(hash.clone()).or_insert_with(|| Media {
            hash,
            content_type,
            bytes: bytes.to_vec(),
        });
        Ok(media_url)
    }
}

/// Resolves `relative` (a link or image target, `/`-separated) against the folder of a lesson
/// in the tree, to a path in the tree. Climbing above the course folder is refused, even to
/// come back down into it.
fn inside_course(lesson_dir: &str, relative: &str, url: &str) -> Result<String, Message> {
    if relative.starts_with('/') || relative.contains('\\') {
        return Err(message!("not_relative", url = url));
    }
    let mut resolved: Vec<&str> = lesson_dir.split('/').filter(|n| !n.is_empty()).collect();
    for name in relative.split('/') {
        match name {
            "" | "." => {}
            ".." => {
                if resolved.pop().is_none() {
                    return Err(message!("outside_course", url = url));
                }
            }
            name => resolved.push(name),
        }
    }
    Ok(resolved.join("/"))
}
