//! Reading the published catalogue: the [`CatalogueStore`] that pages use.

use std::collections::HashMap;
use std::sync::Arc;

use app::catalogue::{
    CatalogueStore, CourseCard, CourseOutline, LessonLink, LessonView, ModuleOutline,
};
use app::languages::ContentLanguages;
use app::progress::{QuizShape, QuizView};
use app::store::StoreError;
use async_trait::async_trait;
use courses::{Quiz, QuizKind};
use sqlx::any::AnyRow;

use crate::db::{Column, Db, failed};

/// A course's fixed facts, and the language to show it in.
pub(crate) struct CourseRow {
    pub slug: String,
    /// Identifies the imported version: what the caches check against.
    pub content_hash: String,
    /// The version its authors gave it (`course.toml`), which progress records keep.
    pub version: i64,
    pub language: String,
    fell_back: bool,
    languages: Vec<String>,
}

/// A lesson of an outline, with the module it belongs to.
pub(crate) struct OutlineLesson {
    module_index: usize,
    pub link: LessonLink,
}

/// A published course's languages and the version it is at.
#[derive(Debug)]
pub(crate) struct Published {
    /// The organisation whose learners alone may read it, when it is not for everyone.
    readers: Option<String>,
    default_language: String,
    languages: Vec<String>,
    content_hash: String,
    version: i64,
}

impl Db {
    /// A published course, as read within the last second (see `catalogue::recent`).
    async fn published(&self, slug: &str) -> Result<Option<Arc<Published>>, StoreError> {
        if let Some(published) = self.courses.get(slug) {
            return Ok(Some(published));
        }
        let row = sqlx::query(
            "SELECT default_language, languages, content_hash, version, organisation_id, visibility \
             FROM courses WHERE slug = $1 AND withdrawn = 0",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let Some(row) = row else { return Ok(None) };
        let published = Arc::new(Published {
            readers: readers_of(&row)?,
            default_language: row.col("default_language")?,
            languages: languages_of(&row)?,
            content_hash: row.col("content_hash")?,
            version: row.col("version")?,
        });
        self.courses.put(slug, published.clone());
        Ok(Some(published))
    }

    /// A published course, to be shown in the first language of `wanted` it has, or its
    /// default language.
    pub(crate) async fn course_row(
        &self,
        slug: &str,
        wanted: &ContentLanguages,
    ) -> Result<Option<CourseRow>, StoreError> {
        let Some(published) = self.published(slug).await? else {
            return Ok(None);
        };
        let (language, fell_back) = wanted.pick(&published.languages, &published.default_language);
        Ok(Some(CourseRow {
            slug: slug.to_string(),
            content_hash: published.content_hash.clone(),
            version: published.version,
            language: language.to_string(),
            fell_back,
            languages: published.languages.clone(),
        }))
    }

    /// A published course that `reader` (the organisation of the person asking, if any) may
    /// read; a course only for another organisation's learners does not exist to her.
    pub(crate) async fn readable_course(
        &self,
        slug: &str,
        wanted: &ContentLanguages,
        reader: Option<&str>,
    ) -> Result<Option<CourseRow>, StoreError> {
        let Some(published) = self.published(slug).await? else {
            return Ok(None);
        };
        if !readable(published.readers.as_deref(), reader) {
            return Ok(None);
        }
        self.course_row(slug, wanted).await
    }

    /// The outline of a course, plus every lesson in reading order with its module.
    pub(crate) async fn outline(
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

    /// The catalogue's cards, with every course's title and summary in each of its languages,
    /// read from the tables.
    async fn read_cards(&self) -> Result<Vec<Card>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.slug, c.track, c.default_language, c.languages, c.organisation_id, \
             c.visibility, t.language, t.title, t.summary \
             FROM courses c JOIN course_texts t ON t.course_slug = c.slug \
             WHERE c.withdrawn = 0 ORDER BY c.slug",
        )
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

        let mut cards: Vec<Card> = Vec::new();
        for row in &rows {
            let slug: String = row.col("slug")?;
            let text = CardText {
                language: row.col("language")?,
                title: row.col("title")?,
                summary: row.col("summary")?,
            };
            match cards.iter_mut().find(|c| c.slug == slug) {
                Some(card) => card.texts.push(text),
                None => {
                    let (lesson_count, minutes) = totals.get(&slug).copied().unwrap_or_default();
                    cards.push(Card {
                        readers: readers_of(row)?,
                        slug,
                        track: row.col("track")?,
                        default_language: row.col("default_language")?,
                        languages: languages_of(row)?,
                        lesson_count,
                        minutes,
                        texts: vec![text],
                    });
                }
            }
        }
        Ok(cards)
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
        let text = sqlx::query(
            "SELECT html, outdated FROM lesson_texts \
             WHERE course_slug = $1 AND lesson_id = $2 AND language = $3",
        )
        .bind(&course.slug)
        .bind(lesson_id)
        .bind(&course.language)
        .fetch_one(&self.pool)
        .await
        .map_err(failed)?;
        let html: String = text.col("html")?;
        let outdated = text.col::<i64>("outdated")? != 0;
        let quizzes = self
            .course_facts(&course)
            .await?
            .quizzes(lesson_id, &course.language)
            .iter()
            .map(quiz_view)
            .collect();
        let current = &ordered[index];
        Ok(Some(LessonView {
            course_slug: outline.slug,
            course_title: outline.title,
            module_title: outline.modules[current.module_index].title.clone(),
            id: current.link.id.clone(),
            title: current.link.title.clone(),
            minutes: current.link.minutes,
            html,
            quizzes,
            language: course.language,
            fell_back: course.fell_back,
            outdated: outdated && !course.fell_back,
            languages: course.languages,
            previous: index.checked_sub(1).map(|i| ordered[i].link.clone()),
            next: ordered.get(index + 1).map(|l| l.link.clone()),
        }))
    }
}

/// What the lesson page may show of a quiz before she answers: no right answer, no
/// feedback, no explanation, no accepted text.
pub(crate) fn quiz_view(quiz: &Quiz) -> QuizView {
    let options =
        |options: &[courses::QuizOption]| options.iter().map(|o| o.html.clone()).collect();
    QuizView {
        id: quiz.id.clone(),
        question_html: quiz.question_html.clone(),
        shape: match &quiz.kind {
            QuizKind::Choice {
                options: list,
                multiple: false,
            } => QuizShape::One(options(list)),
            QuizKind::Choice {
                options: list,
                multiple: true,
            } => QuizShape::Several(options(list)),
            QuizKind::ShortAnswer { .. } => QuizShape::Typed,
        },
    }
}

/// A catalogue card with who may read its course, as kept for a second.
#[derive(Debug, Clone)]
pub(crate) struct Card {
    readers: Option<String>,
    slug: String,
    track: String,
    default_language: String,
    languages: Vec<String>,
    lesson_count: u32,
    minutes: u32,
    texts: Vec<CardText>,
}

/// A course's title and summary in one of its languages.
#[derive(Debug, Clone)]
pub(crate) struct CardText {
    language: String,
    title: String,
    summary: String,
}

impl Card {
    /// The card in the first language of `wanted` the course has, or its default.
    fn in_language(&self, wanted: &ContentLanguages) -> Option<CourseCard> {
        let (language, _) = wanted.pick(&self.languages, &self.default_language);
        let text = self.texts.iter().find(|t| t.language == language)?;
        Some(CourseCard {
            slug: self.slug.clone(),
            track: self.track.clone(),
            title: text.title.clone(),
            summary: text.summary.clone(),
            language: text.language.clone(),
            languages: self.languages.clone(),
            lesson_count: self.lesson_count,
            minutes: self.minutes,
        })
    }
}

/// The organisation a course is only for, from its `organisation_id` and `visibility`.
fn readers_of(row: &AnyRow) -> Result<Option<String>, StoreError> {
    let visibility: String = row.col("visibility")?;
    if visibility == app::authoring::Visibility::Everyone.code() {
        return Ok(None);
    }
    // A course for one organisation without one is for nobody: never shown.
    Ok(Some(
        row.col::<Option<String>>("organisation_id")?
            .unwrap_or_default(),
    ))
}

/// Whether a course only for `readers` (if set) may be read by someone of `reader`.
fn readable(readers: Option<&str>, reader: Option<&str>) -> bool {
    match readers {
        None => true,
        Some(readers) => !readers.is_empty() && reader == Some(readers),
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
    async fn list_courses(
        &self,
        wanted: &ContentLanguages,
        reader: Option<&str>,
    ) -> Result<Vec<CourseCard>, StoreError> {
        // Every language's texts in one entry: what a visitor asks for never grows the cache.
        let cards = match self.cards.get("") {
            Some(cards) => cards,
            None => {
                let cards = Arc::new(self.read_cards().await?);
                self.cards.put("", cards.clone());
                cards
            }
        };
        Ok(cards
            .iter()
            .filter(|c| readable(c.readers.as_deref(), reader))
            .filter_map(|c| c.in_language(wanted))
            .collect())
    }

    async fn course_outline(
        &self,
        slug: &str,
        wanted: &ContentLanguages,
        reader: Option<&str>,
    ) -> Result<Option<CourseOutline>, StoreError> {
        let Some(course) = self.readable_course(slug, wanted, reader).await? else {
            return Ok(None);
        };
        Ok(Some(self.outline(&course).await?.0))
    }

    async fn lesson(
        &self,
        slug: &str,
        lesson_id: &str,
        wanted: &ContentLanguages,
        reader: Option<&str>,
    ) -> Result<Option<LessonView>, StoreError> {
        let Some(course) = self.readable_course(slug, wanted, reader).await? else {
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
