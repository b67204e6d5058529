//! Importing courses from the catalogue into the database, and reading their media back.

use app::store::StoreError;
use courses::Course;

use crate::db::{Column, Db};

/// What importing one course did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    Added,
    Updated,
    /// The stored course has the same content: nothing was written.
    Unchanged,
    /// The course of that slug belongs to someone else (an organisation's, for a catalogue
    /// folder; the platform's or another organisation's, for a partner): nothing was written.
    NotYours,
    /// The draft changed since its author was shown what publishing would change.
    DraftChanged,
    /// The version number was taken meanwhile by another publication (or this one, sent
    /// twice): nothing was written.
    VersionTaken,
}

/// A partner publishing a course: whose it is, who reads it, and what the version records.
pub struct Publication<'a> {
    pub organisation_id: &'a str,
    pub visibility: app::authoring::Visibility,
    /// Translations flagged out of date, as (lesson id, language).
    pub outdated: &'a [(String, String)],
    /// The published files, as the course archive.
    pub archive: &'a [u8],
    pub published_by: &'a str,
    /// The draft revision she confirmed, when publishing the draft (not an earlier version).
    pub draft_revision: Option<i64>,
}

/// A stored media file.
pub struct StoredMedia {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl Db {
    /// Stores a course in one transaction. Lessons keep their ids across versions; a lesson a
    /// new version drops is retired rather than deleted, so nothing that refers to it breaks.
    /// The platform's own courses (the catalogue folder) only: a slug an organisation
    /// publishes under is never taken over.
    pub async fn import_course(&self, course: &Course) -> anyhow::Result<ImportOutcome> {
        self.store_course(course, None).await
    }

    /// Stores a course, as the platform's (`publication` none) or as an organisation's.
    pub async fn store_course(
        &self,
        course: &Course,
        publication: Option<&Publication<'_>>,
    ) -> anyhow::Result<ImportOutcome> {
        let mut tx = self.begin_write().await?;
        if let Some(expected) = publication.and_then(|p| p.draft_revision) {
            // Also what holds the draft still until the commit.
            let confirmed = sqlx::query(
                "UPDATE drafts SET revision = revision WHERE slug = $1 AND revision = $2",
            )
            .bind(&course.slug)
            .bind(expected)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if confirmed == 0 {
                return Ok(ImportOutcome::DraftChanged);
            }
        }
        let stored = sqlx::query(
            "SELECT content_hash, withdrawn, organisation_id FROM courses WHERE slug = $1",
        )
        .bind(&course.slug)
        .fetch_optional(&mut *tx)
        .await?
        .map(|row| -> Result<(String, i64, Option<String>), StoreError> {
            Ok((
                row.col("content_hash")?,
                row.col("withdrawn")?,
                row.col("organisation_id")?,
            ))
        })
        .transpose()?;
        let owner = publication.map(|p| p.organisation_id);
        let outcome = match stored {
            Some((_, _, stored_owner)) if stored_owner.as_deref() != owner => {
                return Ok(ImportOutcome::NotYours);
            }
            Some((hash, 0, _)) if hash == course.content_hash && publication.is_none() => {
                return Ok(ImportOutcome::Unchanged);
            }
            Some(_) => ImportOutcome::Updated,
            None => ImportOutcome::Added,
        };
        let now = crate::clock::now();
        let visibility = publication.map_or(app::authoring::Visibility::Everyone, |p| p.visibility);
        sqlx::query(
            "INSERT INTO courses (slug, version, track, default_language, languages, content_hash, \
             imported_at, withdrawn, pass_mark, organisation_id, visibility) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9, $10) \
             ON CONFLICT (slug) DO UPDATE SET version = excluded.version, track = excluded.track, \
             default_language = excluded.default_language, languages = excluded.languages, \
             content_hash = excluded.content_hash, imported_at = excluded.imported_at, withdrawn = 0, \
             pass_mark = excluded.pass_mark, visibility = excluded.visibility",
        )
        .bind(&course.slug)
        .bind(i64::from(course.version))
        .bind(course.track.as_str())
        .bind(&course.default_language)
        .bind(course.languages.join(","))
        .bind(&course.content_hash)
        .bind(now)
        .bind(i64::from(course.pass_mark))
        .bind(owner)
        .bind(visibility.code())
        .execute(&mut *tx)
        .await?;
        if publication.is_some() {
            // Numbered before this transaction: a publication of the same course that
            // committed meanwhile (a double tap on "Publish") may hold the number. The
            // course's row, written just above, holds off any other until the commit.
            let taken = sqlx::query(
                "SELECT 1 AS taken FROM course_versions WHERE slug = $1 AND version = $2",
            )
            .bind(&course.slug)
            .bind(i64::from(course.version))
            .fetch_optional(&mut *tx)
            .await?;
            if taken.is_some() {
                return Ok(ImportOutcome::VersionTaken);
            }
        }

        // Texts and quizzes carry no learner data (her progress is keyed by their ids, in
        // tables of its own): replace them wholesale.
        for table in ["course_texts", "lesson_texts", "module_texts", "quizzes"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE course_slug = $1"))
                .bind(&course.slug)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM modules WHERE course_slug = $1")
            .bind(&course.slug)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE lessons SET retired = 1 WHERE course_slug = $1")
            .bind(&course.slug)
            .execute(&mut *tx)
            .await?;

        for language in &course.languages {
            let skills = course
                .certificate
                .skills
                .get(language)
                .map(Vec::as_slice)
                .unwrap_or_default();
            sqlx::query(
                "INSERT INTO course_texts (course_slug, language, title, summary, \
                 certificate_title, skills) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&course.slug)
            .bind(language)
            .bind(&course.title[language])
            .bind(&course.summary[language])
            .bind(&course.certificate.title[language])
            .bind(serde_json::to_string(skills).unwrap_or_else(|_| "[]".into()))
            .execute(&mut *tx)
            .await?;
        }
        let mut position = 0_i64;
        for (module_position, module) in course.modules.iter().enumerate() {
            sqlx::query(
                "INSERT INTO modules (course_slug, module_id, position) VALUES ($1, $2, $3)",
            )
            .bind(&course.slug)
            .bind(&module.id)
            .bind(module_position as i64)
            .execute(&mut *tx)
            .await?;
            for (language, title) in &module.title {
                sqlx::query(
                    "INSERT INTO module_texts (course_slug, module_id, language, title) VALUES ($1, $2, $3, $4)",
                )
                .bind(&course.slug)
                .bind(&module.id)
                .bind(language)
                .bind(title)
                .execute(&mut *tx)
                .await?;
            }
            for lesson in &module.lessons {
                position += 1;
                sqlx::query(
                    "INSERT INTO lessons (course_slug, lesson_id, module_id, position, retired) \
                     VALUES ($1, $2, $3, $4, 0) ON CONFLICT (course_slug, lesson_id) DO UPDATE \
                     SET module_id = excluded.module_id, position = excluded.position, retired = 0",
                )
                .bind(&course.slug)
                .bind(&lesson.id)
                .bind(&module.id)
                .bind(position)
                .execute(&mut *tx)
                .await?;
                for (language, text) in &lesson.texts {
                    sqlx::query(
                        "INSERT INTO lesson_texts (course_slug, lesson_id, language, title, minutes, html) \
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(&course.slug)
                    .bind(&lesson.id)
                    .bind(language)
                    .bind(&text.title)
                    .bind(i64::from(text.minutes))
                    .bind(&text.html)
                    .execute(&mut *tx)
                    .await?;
                    for (position, quiz) in text.quizzes.iter().enumerate() {
                        sqlx::query(
                            "INSERT INTO quizzes (course_slug, quiz_id, language, lesson_id, position, body) \
                             VALUES ($1, $2, $3, $4, $5, $6)",
                        )
                        .bind(&course.slug)
                        .bind(&quiz.id)
                        .bind(language)
                        .bind(&lesson.id)
                        .bind(position as i64)
                        .bind(serde_json::to_string(quiz)?)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
            }
        }
        for media in &course.media {
            sqlx::query(
                "INSERT INTO media (course_slug, hash, content_type, bytes) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (course_slug, hash) DO NOTHING",
            )
            .bind(&course.slug)
            .bind(&media.hash)
            .bind(media.content_type)
            .bind(media.bytes.as_slice())
            .execute(&mut *tx)
            .await?;
        }
        if let Some(publication) = publication {
            for (lesson, language) in publication.outdated {
                sqlx::query(
                    "UPDATE lesson_texts SET outdated = 1 \
                     WHERE course_slug = $1 AND lesson_id = $2 AND language = $3",
                )
                .bind(&course.slug)
                .bind(lesson)
                .bind(language)
                .execute(&mut *tx)
                .await?;
            }
            sqlx::query(
                "INSERT INTO course_versions (slug, version, archive, outdated, published_by, \
                 published_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&course.slug)
            .bind(i64::from(course.version))
            .bind(publication.archive)
            .bind(serde_json::to_string(publication.outdated)?)
            .bind(publication.published_by)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        // Lessons retired or added, questions asked anew: her counts on the group page follow.
        self.recount_course(&mut tx, &course.slug).await?;
        tx.commit().await?;
        self.forget_published();
        Ok(outcome)
    }

    /// Forgets what this instance read of the published catalogue lately (see
    /// `catalogue::recent`): what it just changed shows at once.
    fn forget_published(&self) {
        self.courses.forget();
        self.cards.forget();
    }

    /// A published course's media file by its hash.
    pub async fn media(&self, course: &str, hash: &str) -> anyhow::Result<Option<StoredMedia>> {
        let row = sqlx::query(
            "SELECT m.content_type, m.bytes FROM media m JOIN courses c ON c.slug = m.course_slug \
             WHERE m.course_slug = $1 AND m.hash = $2 AND c.withdrawn = 0",
        )
        .bind(course)
        .bind(hash)
        .fetch_optional(&self.pool)
        .await?;
        let media = row.map(|row| -> Result<StoredMedia, StoreError> {
            Ok(StoredMedia {
                content_type: row.col("content_type")?,
                bytes: row.col("bytes")?,
            })
        });
        Ok(media.transpose()?)
    }
}

/// A course import that did something or was refused, for the log and for tests.
#[derive(Debug)]
pub struct CatalogImport {
    pub outcomes: Vec<(String, ImportOutcome)>,
    pub problems: courses::Problems,
    /// Courses whose folder is no longer in the catalogue, withdrawn by this import.
    pub withdrawn: Vec<String>,
}

impl Db {
    /// Imports every valid course of a catalogue folder. A course with problems is not imported
    /// (its stored version, if any, stays as it was) and its problems are logged. A course
    /// whose folder is gone is withdrawn.
    pub async fn import_catalog(&self, dir: &std::path::Path) -> anyhow::Result<CatalogImport> {
        let dir_for_load = dir.to_path_buf();
        let (catalog, folders) = tokio::task::spawn_blocking(move || {
            (
                courses::load_catalog(&dir_for_load),
                course_folders(&dir_for_load),
            )
        })
        .await?;
        for problem in &catalog.problems.0 {
            let message = app::i18n::Locale::DEFAULT.problem(&problem.message);
            tracing::warn!(path = %problem.path.display(), line = problem.line, %message, "course not imported");
        }
        let mut outcomes = Vec::new();
        for course in &catalog.courses {
            let outcome = self.import_course(course).await?;
            if outcome == ImportOutcome::NotYours {
                tracing::warn!(course = %course.slug, "course not imported: an organisation publishes a course under this folder's name");
            } else {
                tracing::info!(course = %course.slug, version = course.version, ?outcome, "course imported");
            }
            outcomes.push((course.slug.clone(), outcome));
        }
        // A catalogue that cannot be read withdraws nothing: it is a mistake, not a removal.
        let withdrawn = match folders {
            Some(folders) => self.withdraw_courses_except(&folders).await?,
            None => Vec::new(),
        };
        for slug in &withdrawn {
            tracing::info!(course = %slug, "course withdrawn: its folder left the catalogue");
        }
        Ok(CatalogImport {
            outcomes,
            problems: catalog.problems,
            withdrawn,
        })
    }

    /// Withdraws every published course of the platform's catalogue not named in `present`
    /// (organisations' courses are not in the folder); returns their slugs.
    async fn withdraw_courses_except(&self, present: &[String]) -> anyhow::Result<Vec<String>> {
        let published =
            sqlx::query("SELECT slug FROM courses WHERE withdrawn = 0 AND organisation_id IS NULL")
                .fetch_all(&self.pool)
                .await?;
        let mut withdrawn = Vec::new();
        for row in published {
            let slug: String = row.col("slug")?;
            if !present.contains(&slug) {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE courses SET withdrawn = 1 WHERE slug = $1")
                    .bind(&slug)
                    .execute(&mut *tx)
                    .await?;
                // Its questions no longer make anyone "struggling".
                self.recount_course(&mut tx, &slug).await?;
                tx.commit().await?;
                self.forget_published();
                withdrawn.push(slug);
            }
        }
        Ok(withdrawn)
    }
}

/// The names of the folders in a catalogue, broken courses' included (their last good version
/// stays published), or none when the catalogue cannot be read.
fn course_folders(dir: &std::path::Path) -> Option<Vec<String>> {
    let entries = std::fs::read_dir(dir).ok()?;
    Some(
        entries
            .filter_map(|entry| entry.ok())
            .filter(|entry| {
                entry
                    .file_type()
                    .is_ok_and(|t| t.is_dir() || t.is_symlink())
            })
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect(),
    )
}
