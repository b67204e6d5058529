//! Reading the published catalogue: the [`Store`] that pages use.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use app::catalogue::{
    CatalogueStore, CourseCard, CourseOutline, LessonLink, LessonView, ModuleOutline, pick_language,
};
use app::store::StoreError;
use async_trait::async_trait;
use sqlx::any::AnyRow;

use crate::db::{Column, Db, failed};

/// Lessons as last read, by course, lesson and the language they are shown in, each with the
/// content hash of the course version it came from. A hit still costs one query (the course's
/// current hash), so a version imported by any instance sharing the database is served at once.
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
}

impl LessonCache {
    fn get(&self, key: &LessonKey, content_hash: &str) -> Option<LessonView> {
        let cached = self.0.lock().ok()?;
        let (hash, lesson) = cached.entries.get(key)?;
        (hash == content_hash).then(|| lesson.clone())
    }

    fn put(&self, key: LessonKey, content_hash: String, lesson: LessonView) {
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

/// A course's fixed facts, and the language to show it in.
struct CourseRow {
    slug: String,
    /// Identifies the imported version: what the lesson cache checks against.
    content_hash: String,
    language: String,
    fell_back: bool,
    languages: Vec<String>,
}

/// A lesson of an outline, with the module it belongs to.
struct OutlineLesson {
    module_index: usize,
    link: LessonLink,
}

impl Db {
    async fn course_row(
        &self,
        slug: &str,
        requested: &str,
    ) -> Result<Option<CourseRow>, StoreError> {
        let row = sqlx::query(
            "SELECT default_language, languages, content_hash FROM courses \
             WHERE slug = $1 AND withdrawn = 0",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let Some(row) = row else { return Ok(None) };
        let default: String = row.col("default_language")?;
        let languages = languages_of(&row)?;
        let (language, fell_back) = pick_language(requested, &languages, &default);
        Ok(Some(CourseRow {
            slug: slug.to_string(),
            content_hash: row.col("content_hash")?,
            language: language.to_string(),
            fell_back,
            languages,
        }))
    }

    /// The outline of a course, plus every lesson in reading order with its module.
    async fn outline(
        &self,
        course: &CourseRow,
    ) -> Result<(CourseOutline, Vec<OutlineLesson>), StoreError> {
        let (slug, language) = (course.slug.as_str(), course.language.as_str());
        let texts = sqlx::query(
            "SELECT title, summary FROM course_texts WHERE course_slug = $1 AND language = $2",
        )
        .bind(slug)
        .bind(language)
        .fetch_one(&self.pool)
        .await
        .map_err(failed)?;
        let modules = sqlx::query(
            "SELECT m.module_id, t.title FROM modules m \
             JOIN module_texts t ON t.course_slug = m.course_slug AND t.module_id = m.module_id \
             WHERE m.course_slug = $1 AND t.language = $2 ORDER BY m.position",
        )
        .bind(slug)
        .bind(language)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let lessons = sqlx::query(
            "SELECT l.lesson_id, l.module_id, t.title, t.minutes FROM lessons l \
             JOIN lesson_texts t ON t.course_slug = l.course_slug AND t.lesson_id = l.lesson_id \
             JOIN modules m ON m.course_slug = l.course_slug AND m.module_id = l.module_id \
             WHERE l.course_slug = $1 AND t.language = $2 AND l.retired = 0 \
             ORDER BY m.position, l.position",
        )
        .bind(slug)
        .bind(language)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;

        let module_index: HashMap<String, usize> = modules
            .iter()
            .enumerate()
            .map(|(index, row)| Ok((row.col("module_id")?, index)))
            .collect::<Result<_, StoreError>>()?;
        let mut outline_modules: Vec<ModuleOutline> = modules
            .iter()
            .map(|row| {
                Ok(ModuleOutline {
                    title: row.col("title")?,
                    lessons: Vec::new(),
                })
            })
            .collect::<Result<_, StoreError>>()?;
        let mut ordered = Vec::with_capacity(lessons.len());
        for row in &lessons {
            let module: String = row.col("module_id")?;
            if let Some(index) = module_index.get(&module) {
                ordered.push(OutlineLesson {
                    module_index: *index,
                    link: lesson_link(row)?,
                });
            }
        }
        for lesson in &ordered {
            outline_modules[lesson.module_index]
                .lessons
                .push(lesson.link.clone());
        }
        let outline = CourseOutline {
            slug: slug.to_string(),
            title: texts.col("title")?,
            summary: texts.col("summary")?,
            language: language.to_string(),
            fell_back: course.fell_back,
            languages: course.languages.clone(),
            modules: outline_modules,
        };
        Ok((outline, ordered))
    }

    /// A lesson read from the tables: the course's outline, then the lesson's text.
    async fn read_lesson(
        &self,
        course: CourseRow,
        lesson_id: &str,
    ) -> Result<Option<LessonView>, StoreError> {
        let (outline, ordered) = self.outline(&course).await?;
        let Some(index) = ordered.iter().position(|l| l.link.id == lesson_id) else {
            return Ok(None);
        };
        let html: String = sqlx::query(
            "SELECT html FROM lesson_texts WHERE course_slug = $1 AND lesson_id = $2 AND language = $3",
        )
        .bind(&course.slug)
        .bind(lesson_id)
        .bind(&course.language)
        .fetch_one(&self.pool)
        .await
        .map_err(failed)?
        .col("html")?;
        let current = &ordered[index];
        Ok(Some(LessonView {
            course_slug: outline.slug,
            course_title: outline.title,
            module_title: outline.modules[current.module_index].title.clone(),
            id: current.link.id.clone(),
            title: current.link.title.clone(),
            minutes: current.link.minutes,
            html,
            language: course.language,
            fell_back: course.fell_back,
            languages: course.languages,
            previous: index.checked_sub(1).map(|i| ordered[i].link.clone()),
            next: ordered.get(index + 1).map(|l| l.link.clone()),
        }))
    }
}

/// The `courses.languages` column: language codes, default first, joined by commas on import.
fn languages_of(row: &AnyRow) -> Result<Vec<String>, StoreError> {
    Ok(row
        .col::<String>("languages")?
        .split(',')
        .map(str::to_string)
        .collect())
}

fn lesson_link(row: &AnyRow) -> Result<LessonLink, StoreError> {
    Ok(LessonLink {
        id: row.col("lesson_id")?,
        title: row.col("title")?,
        minutes: u32::try_from(row.col::<i64>("minutes")?).unwrap_or_default(),
    })
}

#[async_trait]
impl CatalogueStore for Db {
    async fn list_courses(&self, language: &str) -> Result<Vec<CourseCard>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.slug, c.track, c.default_language, c.languages, t.language, t.title, t.summary \
             FROM courses c JOIN course_texts t ON t.course_slug = c.slug \
             WHERE c.withdrawn = 0 AND (t.language = $1 OR t.language = c.default_language) \
             ORDER BY c.slug",
        )
        .bind(language)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let lessons = sqlx::query(
            "SELECT l.course_slug, t.minutes FROM lessons l \
             JOIN courses c ON c.slug = l.course_slug \
             JOIN lesson_texts t ON t.course_slug = l.course_slug AND t.lesson_id = l.lesson_id \
             WHERE t.language = c.default_language AND l.retired = 0",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let mut totals: HashMap<String, (u32, u32)> = HashMap::new();
        for row in &lessons {
            let total = totals.entry(row.col("course_slug")?).or_default();
            total.0 += 1;
            total.1 += u32::try_from(row.col::<i64>("minutes")?).unwrap_or_default();
        }

        let mut cards: Vec<CourseCard> = Vec::new();
        for row in &rows {
            let slug: String = row.col("slug")?;
            let row_language: String = row.col("language")?;
            let preferred = row_language == language;
            match cards.iter_mut().find(|c| c.slug == slug) {
                // The default-language row came first; the requested language replaces it.
                Some(card) if preferred => {
                    card.title = row.col("title")?;
                    card.summary = row.col("summary")?;
                    card.language = row_language;
                }
                Some(_) => {}
                None => {
                    let (lesson_count, minutes) = totals.get(&slug).copied().unwrap_or_default();
                    cards.push(CourseCard {
                        slug,
                        track: row.col("track")?,
                        title: row.col("title")?,
                        summary: row.col("summary")?,
                        language: row_language,
                        languages: languages_of(row)?,
                        lesson_count,
                        minutes,
                    });
                }
            }
        }
        Ok(cards)
    }

    async fn course_outline(
        &self,
        slug: &str,
        language: &str,
    ) -> Result<Option<CourseOutline>, StoreError> {
        let Some(course) = self.course_row(slug, language).await? else {
            return Ok(None);
        };
        Ok(Some(self.outline(&course).await?.0))
    }

    async fn lesson(
        &self,
        slug: &str,
        lesson_id: &str,
        language: &str,
    ) -> Result<Option<LessonView>, StoreError> {
        let Some(course) = self.course_row(slug, language).await? else {
            return Ok(None);
        };
        let key = (
            slug.to_string(),
            lesson_id.to_string(),
            course.language.clone(),
            course.fell_back,
        );
        if let Some(lesson) = self.lessons.get(&key, &course.content_hash) {
            return Ok(Some(lesson));
        }
        let hash = course.content_hash.clone();
        let lesson = self.read_lesson(course, lesson_id).await?;
        if let Some(lesson) = &lesson {
            self.lessons.put(key, hash, lesson.clone());
        }
        Ok(lesson)
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
            language: "en".into(),
            fell_back: false,
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
