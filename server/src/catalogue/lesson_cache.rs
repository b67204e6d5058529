//! The lesson cache: lessons as rendered pages need them, kept per course version.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use app::catalogue::LessonView;
use app::progress::QuizShape;

/// Lessons as last read, by course, lesson and the language they are shown in, each with the
/// content hash of the course version it came from, checked against the course's current hash
/// (read at most a second ago, see `catalogue::recent`): a version imported by any instance
/// sharing the database is served within a second.
///
/// Only what a course holds becomes a key: the language is the one the course was found in
/// (never the one asked for), and a lesson is cached once it exists. The cache is bounded by
/// bytes, so nothing a visitor sends can make it grow past [`CACHE_BYTES`].
#[derive(Debug, Clone, Default)]
pub(crate) struct LessonCache(Arc<Mutex<CachedLessons>>);

#[derive(Debug, Default)]
struct CachedLessons {
    entries: HashMap<LessonKey, (String, LessonView)>,
    bytes: usize,
}

/// Course slug, lesson id, the language shown, and whether that is a fallback.
type LessonKey = (String, String, String, bool);

/// The most the lesson cache holds: a catalogue of a few hundred lessons in several languages
/// takes a few megabytes. Past it the cache starts afresh.
const CACHE_BYTES: usize = 16 * 1024 * 1024;

/// Roughly what an entry takes: its text, which is nearly all of it.
fn footprint(key: &LessonKey, lesson: &LessonView) -> usize {
    let links = [&lesson.previous, &lesson.next]
        .into_iter()
        .flatten()
        .map(|link| link.id.len() + link.title.len());
    let quizzes = lesson.quizzes.iter().map(|quiz| {
        let options = match &quiz.shape {
            QuizShape::One(options) | QuizShape::Several(options) => {
                options.iter().map(String::len).sum()
            }
            QuizShape::Typed => 0,
        };
        quiz.id.len() + quiz.question_html.len() + options
    });
    key.0.len()
        + key.1.len()
        + key.2.len()
        + 64
        + lesson.html.len()
        + lesson.course_title.len()
        + lesson.module_title.len()
        + lesson.title.len()
        + lesson.course_slug.len()
        + lesson.id.len()
        + lesson.languages.iter().map(String::len).sum::<usize>()
        + links.sum::<usize>()
        + quizzes.sum::<usize>()
}

impl LessonCache {
    pub(super) fn get(&self, key: &LessonKey, content_hash: &str) -> Option<LessonView> {
        let cached = self.0.lock().ok()?;
        let (hash, lesson) = cached.entries.get(key)?;
        (hash == content_hash).then(|| lesson.clone())
    }

    pub(super) fn put(&self, key: LessonKey, content_hash: String, lesson: LessonView) {
        let size = footprint(&key, &lesson);
        let Ok(mut cached) = self.0.lock() else {
            return;
        };
        if let Some((_, old)) = cached.entries.remove(&key) {
            cached.bytes -= footprint(&key, &old);
        }
        if cached.bytes + size > CACHE_BYTES {
            cached.entries.clear();
            cached.bytes = 0;
        }
        if size <= CACHE_BYTES {
            cached.bytes += size;
            cached.entries.insert(key, (content_hash, lesson));
        }
    }

    pub(crate) fn bytes(&self) -> usize {
        self.0.lock().map_or(0, |cached| cached.bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson_of(bytes: usize) -> LessonView {
        LessonView {
            course_slug: "course".into(),
            course_title: "A course".into(),
            module_title: "A module".into(),
            id: "lesson".into(),
            title: "A lesson".into(),
            minutes: 3,
            html: "x".repeat(bytes),
            quizzes: Vec::new(),
            language: "en".into(),
            fell_back: false,
            outdated: false,
            languages: vec!["en".into()],
            previous: None,
            next: None,
        }
    }

    fn key(index: usize) -> LessonKey {
        (
            "course".into(),
            format!("lesson-{index}"),
            "en".into(),
            false,
        )
    }

    #[test]
    fn the_lesson_cache_never_holds_more_than_its_bytes() {
        let cache = LessonCache::default();
        for index in 0..40 {
            cache.put(key(index), "hash".into(), lesson_of(1 << 20));
            assert!(cache.bytes() <= CACHE_BYTES, "{}", cache.bytes());
        }
        assert!(cache.get(&key(39), "hash").is_some(), "the latest is kept");
        cache.put(key(99), "hash".into(), lesson_of(CACHE_BYTES + 1));
        assert!(cache.get(&key(99), "hash").is_none(), "too big to keep");
        assert!(cache.bytes() <= CACHE_BYTES);
    }

    #[test]
    fn a_lesson_stored_again_is_counted_once() {
        let cache = LessonCache::default();
        cache.put(key(1), "old".into(), lesson_of(1000));
        let once = cache.bytes();
        cache.put(key(1), "new".into(), lesson_of(1000));
        assert_eq!(cache.bytes(), once);
        assert!(
            cache.get(&key(1), "old").is_none(),
            "a new version replaces the old"
        );
    }
}
