//! Progress in the database: recording answers and "done" once each, and reading what they
//! add up to for her lesson page, her home, and her trainer's pages.

use std::collections::{HashMap, HashSet};

use app::cohorts::CohortView;
use app::languages::ContentLanguages;
use app::progress::{
    Cell, CourseColumn, CourseProgress, CourseResults, GroupProgress, HomeView, LearnerProgress,
    LearnerProgressRow, LessonProgress, LessonResults, MissedQuestion, ProgressStore, QuizOutcome,
    QuizResult, STRUGGLING_MISSES, Step, WeekCount,
};
use app::store::StoreError;
use async_trait::async_trait;
use courses::{Answer, Quiz, grade};

use crate::db::{Column, Db, Kind, count, failed, organisation_name};

/// What recording a form did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Recorded {
    /// False when the same request was recorded before, or refused: nothing changed.
    pub new: bool,
    /// She recorded too much lately (see [`RECORDS_PER_MINUTE`]): nothing was recorded.
    pub too_many: bool,
    /// This record completed the course.
    pub completed_course: bool,
}

/// A record of hers, opened in a write transaction.
enum Opened {
    /// Recorded; the transaction goes on with the summaries.
    Fresh(sqlx::Transaction<'static, sqlx::Any>),
    /// The same request was recorded before.
    Again,
    TooMany,
}

/// A record to write: what she did, in which lesson of which course version.
struct Record<'a> {
    user_id: &'a str,
    request: &'a str,
    course: &'a str,
    course_version: i64,
    lesson: &'a str,
    /// Empty for a lesson done.
    quiz_id: &'a str,
    answer: &'a str,
    right: bool,
    now: i64,
}

/// At most this many answers and lessons done by one learner in a minute, and in a day: far
/// more than reading allows, far fewer than a script would send.
const RECORDS_PER_MINUTE: i64 = 30;
const RECORDS_PER_DAY: i64 = 1_000;

/// A week, in seconds.
const WEEK: i64 = 7 * 86_400;
/// How many weeks of activity her trainer sees.
const WEEKS: i64 = 12;
/// How many of a group's most missed questions its trainer sees.
const MOST_MISSED: i64 = 5;

/// An answer as stored: `o:` and the ticked options (`o:0,2`), or `t:` and the text typed.
pub(crate) fn encode(answer: &Answer) -> String {
    match answer {
        Answer::Options(ticked) => {
            let list: Vec<String> = ticked.iter().map(usize::to_string).collect();
            format!("o:{}", list.join(","))
        }
        Answer::Text(text) => format!("t:{text}"),
    }
}

pub(crate) fn decode(stored: &str) -> Answer {
    match stored.split_once(':') {
        Some(("o", list)) => {
            Answer::Options(list.split(',').filter_map(|n| n.parse().ok()).collect())
        }
        Some((_, text)) => Answer::Text(text.to_string()),
        None => Answer::Text(String::new()),
    }
}

/// Her last answer with what to show her: the verdict she was given when she sent it (a
/// typed answer is graded in the language she answered in), and the feedback of the options
/// she ticked, in the language of the page.
fn outcome_of(quiz: &Quiz, stored: &str, right: bool) -> QuizOutcome {
    let answer = decode(stored);
    let graded = grade(quiz, &answer);
    let (ticked, typed) = match answer {
        Answer::Options(ticked) => (
            ticked
                .into_iter()
                .filter_map(|i| u32::try_from(i).ok())
                .collect(),
            String::new(),
        ),
        Answer::Text(text) => (Vec::new(), text),
    };
    QuizOutcome {
        quiz_id: quiz.id.clone(),
        right,
        ticked,
        typed,
        feedback: graded.feedback.iter().map(|f| f.html.to_string()).collect(),
        explanation: graded.explanation_html.map(str::to_string),
    }
}

impl Db {
    /// A published lesson's quiz, as shown in `language` (or the course's default), if the
    /// quiz is in that lesson.
    pub async fn lesson_quiz(
        &self,
        course: &str,
        lesson: &str,
        quiz_id: &str,
        language: &ContentLanguages,
    ) -> Result<Option<Quiz>, StoreError> {
        let Some(course_row) = self.course_row(course, language).await? else {
            return Ok(None);
        };
        let facts = self.course_facts(&course_row).await?;
        Ok(facts
            .quizzes(lesson, &course_row.language)
            .iter()
            .find(|quiz| quiz.id == quiz_id)
            .cloned())
    }

    /// Opens a write of her progress: her account's row first (so her writes take turns, on
    /// PostgreSQL too, and her progress version says pages must read it again), then the
    /// record, once per request id, then her limits, counted with this record in.
    async fn open_record(&self, record: Record<'_>) -> Result<Opened, StoreError> {
        let mut tx = self.begin_write().await.map_err(failed)?;
        sqlx::query("UPDATE users SET progress_version = progress_version + 1 WHERE id = $1")
            .bind(record.user_id)
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        let inserted = sqlx::query(
            "INSERT INTO learning_records (user_id, request_id, course_slug, course_version, \
             lesson_id, quiz_id, answer, is_right, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (user_id, request_id) DO NOTHING",
        )
        .bind(record.user_id)
        .bind(record.request)
        .bind(record.course)
        .bind(record.course_version)
        .bind(record.lesson)
        .bind(record.quiz_id)
        .bind(record.answer)
        .bind(i64::from(record.right))
        .bind(record.now)
        .execute(&mut *tx)
        .await
        .map_err(failed)?
        .rows_affected();
        if inserted == 0 {
            tx.rollback().await.map_err(failed)?;
            return Ok(Opened::Again);
        }
        let counts = sqlx::query(
            "SELECT CAST(COALESCE(SUM(CASE WHEN recorded_at > $2 THEN 1 ELSE 0 END), 0) AS BIGINT) \
             AS minute, COUNT(*) AS day FROM learning_records \
             WHERE user_id = $1 AND recorded_at > $3",
        )
        .bind(record.user_id)
        .bind(record.now - 60)
        .bind(record.now - 86_400)
        .fetch_one(&mut *tx)
        .await
        .map_err(failed)?;
        if counts.col::<i64>("minute")? > RECORDS_PER_MINUTE
            || counts.col::<i64>("day")? > RECORDS_PER_DAY
        {
            tx.rollback().await.map_err(failed)?;
            return Ok(Opened::TooMany);
        }
        Ok(Opened::Fresh(tx))
    }

    /// Records her answer to `quiz` of a lesson, once per `request`: the first time, it
    /// counts a try, a miss if wrong, and her best result; a resend changes nothing.
    pub async fn record_answer(
        &self,
        user_id: &str,
        course: &str,
        lesson: &str,
        quiz: &Quiz,
        answer: &Answer,
        request: &str,
    ) -> Result<Recorded, StoreError> {
        let version = self
            .course_row(course, &ContentLanguages::default())
            .await?
            .map_or(0, |row| row.version);
        let right = grade(quiz, answer).right;
        let stored = encode(answer);
        let now = crate::clock::now();
        let record = Record {
            user_id,
            request,
            course,
            course_version: version,
            lesson,
            quiz_id: &quiz.id,
            answer: &stored,
            right,
            now,
        };
        let mut tx = match self.open_record(record).await? {
            Opened::Fresh(tx) => tx,
            Opened::Again => return Ok(Recorded::default()),
            Opened::TooMany => {
                return Ok(Recorded {
                    too_many: true,
                    ..Recorded::default()
                });
            }
        };
        sqlx::query(
            "INSERT INTO quiz_progress (user_id, course_slug, quiz_id, lesson_id, tries, misses, \
             answered_right, last_answer, last_right, last_at) \
             VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $6, $8) \
             ON CONFLICT (user_id, course_slug, quiz_id) DO UPDATE SET \
             lesson_id = excluded.lesson_id, tries = quiz_progress.tries + 1, \
             misses = quiz_progress.misses + excluded.misses, \
             answered_right = CASE WHEN excluded.answered_right = 1 THEN 1 \
             ELSE quiz_progress.answered_right END, \
             last_answer = excluded.last_answer, last_right = excluded.last_right, \
             last_at = excluded.last_at",
        )
        .bind(user_id)
        .bind(course)
        .bind(&quiz.id)
        .bind(lesson)
        .bind(i64::from(!right))
        .bind(i64::from(right))
        .bind(&stored)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(failed)?;
        let completed_course = touch_course(&mut tx, user_id, course, lesson, now).await?;
        tx.commit().await.map_err(failed)?;
        self.sessions_changed(user_id).await;
        Ok(Recorded {
            new: true,
            completed_course,
            ..Recorded::default()
        })
    }

    /// Marks a lesson done, once per `request`; a lesson done stays done. None when the
    /// lesson is not in the published course.
    pub async fn record_done(
        &self,
        user_id: &str,
        course: &str,
        lesson: &str,
        request: &str,
    ) -> Result<Option<Recorded>, StoreError> {
        let Some(course_row) = self
            .course_row(course, &ContentLanguages::default())
            .await?
        else {
            return Ok(None);
        };
        if !self
            .course_facts(&course_row)
            .await?
            .order
            .iter()
            .any(|id| id == lesson)
        {
            return Ok(None);
        }
        let version = course_row.version;
        // A lesson done stays done: saying so again records nothing.
        let already = sqlx::query(
            "SELECT done_at FROM lesson_progress WHERE user_id = $1 AND course_slug = $2 \
             AND lesson_id = $3",
        )
        .bind(user_id)
        .bind(course)
        .bind(lesson)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let now = crate::clock::now();
        if already.is_some() {
            // Nothing to record; but a course whose rule is met only now (a new version that
            // dropped the lesson she had left, a lower pass mark) is completed by saying so.
            let mut tx = self.begin_write().await.map_err(failed)?;
            let completed_course = complete_if_due(&mut tx, user_id, course, now).await?;
            tx.commit().await.map_err(failed)?;
            if completed_course {
                self.sessions_changed(user_id).await;
            }
            return Ok(Some(Recorded {
                completed_course,
                ..Recorded::default()
            }));
        }
        let record = Record {
            user_id,
            request,
            course,
            course_version: version,
            lesson,
            quiz_id: "",
            answer: "",
            right: true,
            now,
        };
        let mut tx = match self.open_record(record).await? {
            Opened::Fresh(tx) => tx,
            Opened::Again => return Ok(Some(Recorded::default())),
            Opened::TooMany => {
                return Ok(Some(Recorded {
                    too_many: true,
                    ..Recorded::default()
                }));
            }
        };
        sqlx::query(
            "INSERT INTO lesson_progress (user_id, course_slug, lesson_id, course_version, done_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, course_slug, lesson_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(course)
        .bind(lesson)
        .bind(version)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(failed)?;
        let completed_course = touch_course(&mut tx, user_id, course, lesson, now).await?;
        tx.commit().await.map_err(failed)?;
        self.sessions_changed(user_id).await;
        Ok(Some(Recorded {
            new: true,
            completed_course,
            ..Recorded::default()
        }))
    }

    /// The lesson after `lesson` in a published course, in reading order.
    pub async fn next_lesson(
        &self,
        course: &str,
        lesson: &str,
    ) -> Result<Option<String>, StoreError> {
        let Some(course_row) = self
            .course_row(course, &ContentLanguages::default())
            .await?
        else {
            return Ok(None);
        };
        let order = &self.course_facts(&course_row).await?.order;
        Ok(order
            .iter()
            .position(|id| id == lesson)
            .and_then(|i| order.get(i + 1).cloned()))
    }

    /// Her progress, table by table, for "Download my data".
    pub(crate) async fn export_progress(
        &self,
        user_id: &str,
    ) -> Result<serde_json::Map<String, serde_json::Value>, StoreError> {
        use Kind::{Int, MaybeInt, Text};
        let tables: [(&str, &[(&str, Kind)]); 4] = [
            (
                "learning_records",
                &[
                    ("course_slug", Text),
                    ("course_version", Int),
                    ("lesson_id", Text),
                    ("quiz_id", Text),
                    ("answer", Text),
                    ("is_right", Int),
                    ("recorded_at", Int),
                    ("request_id", Text),
                ],
            ),
            (
                "lesson_progress",
                &[
                    ("course_slug", Text),
                    ("lesson_id", Text),
                    ("course_version", Int),
                    ("done_at", Int),
                ],
            ),
            (
                "quiz_progress",
                &[
                    ("course_slug", Text),
                    ("quiz_id", Text),
                    ("lesson_id", Text),
                    ("tries", Int),
                    ("misses", Int),
                    ("answered_right", Int),
                    ("last_answer", Text),
                    ("last_right", Int),
                    ("last_at", Int),
                ],
            ),
            (
                "course_progress",
                &[
                    ("course_slug", Text),
                    ("last_lesson_id", Text),
                    ("last_at", Int),
                    ("completed_at", MaybeInt),
                ],
            ),
        ];
        let mut export = serde_json::Map::new();
        for (table, columns) in tables {
            let names: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
            let sql = format!(
                "SELECT {} FROM {table} WHERE user_id = $1 ORDER BY {}",
                names.join(", "),
                names[..2].join(", ")
            );
            let rows = self.export_rows(&sql, user_id, columns).await?;
            export.insert(table.to_string(), serde_json::Value::Array(rows));
        }
        Ok(export)
    }

    /// Sets after how many days without activity a group's learner is flagged as stuck.
    pub async fn set_stuck_days(&self, cohort: &str, days: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE cohorts SET stuck_days = $1 WHERE id = $2")
            .bind(days)
            .bind(cohort)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        Ok(())
    }

    /// Her progress on one course, lesson by lesson, in `language` where it exists.
    async fn course_results(
        &self,
        user_id: &str,
        course: &str,
        language: &ContentLanguages,
        last_at: i64,
        completed_at: Option<i64>,
    ) -> Result<Option<CourseResults>, StoreError> {
        let Some(course_row) = self.course_row(course, language).await? else {
            return Ok(None);
        };
        let (outline, lessons) = self.outline(&course_row).await?;
        let done: HashSet<String> = sqlx::query(
            "SELECT lesson_id FROM lesson_progress WHERE user_id = $1 AND course_slug = $2",
        )
        .bind(user_id)
        .bind(course)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?
        .iter()
        .map(|row| row.col("lesson_id"))
        .collect::<Result<_, _>>()?;
        let results: HashMap<String, (u32, bool)> = sqlx::query(
            "SELECT quiz_id, tries, answered_right FROM quiz_progress \
             WHERE user_id = $1 AND course_slug = $2",
        )
        .bind(user_id)
        .bind(course)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?
        .iter()
        .map(|row| {
            Ok((
                row.col("quiz_id")?,
                (count(row, "tries")?, row.col::<i64>("answered_right")? == 1),
            ))
        })
        .collect::<Result<_, StoreError>>()?;
        let facts = self.course_facts(&course_row).await?;
        let mut progress = CourseProgress {
            slug: course.to_string(),
            title: outline.title,
            lessons: lessons.len() as u32,
            lessons_done: 0,
            quizzes: 0,
            quizzes_right: 0,
            next_lesson: None,
            completed_at,
            last_at,
        };
        let mut details = Vec::with_capacity(lessons.len());
        let mut first_unfinished = None;
        for lesson in &lessons {
            let link = &lesson.link;
            let lesson_done = done.contains(&link.id);
            let quiz_results: Vec<QuizResult> = facts
                .quizzes(&link.id, &course_row.language)
                .iter()
                .map(|quiz| {
                    let (tries, answered_right) =
                        results.get(&quiz.id).copied().unwrap_or_default();
                    QuizResult {
                        question_html: quiz.question_html.clone(),
                        tries,
                        answered_right,
                    }
                })
                .collect();
            let quizzes_right = quiz_results.iter().filter(|q| q.answered_right).count() as u32;
            progress.lessons_done += u32::from(lesson_done);
            progress.quizzes += quiz_results.len() as u32;
            progress.quizzes_right += quizzes_right;
            let step = Step {
                id: link.id.clone(),
                title: link.title.clone(),
            };
            if !lesson_done && progress.next_lesson.is_none() {
                progress.next_lesson = Some(step);
            } else if quizzes_right < quiz_results.len() as u32 && first_unfinished.is_none() {
                first_unfinished = Some(step);
            }
            details.push(LessonResults {
                title: link.title.clone(),
                done: lesson_done,
                quizzes: quiz_results,
            });
        }
        // Every lesson done but a question left: go back to the first such lesson.
        if progress.next_lesson.is_none() {
            progress.next_lesson = first_unfinished;
        }
        Ok(Some(CourseResults {
            progress,
            lessons: details,
        }))
    }

    /// Her courses, the most recent first, with her results in each.
    async fn courses_of(
        &self,
        user_id: &str,
        language: &ContentLanguages,
    ) -> Result<Vec<CourseResults>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.course_slug, p.last_at, p.completed_at FROM course_progress p \
             JOIN courses c ON c.slug = p.course_slug \
             WHERE p.user_id = $1 AND c.withdrawn = 0 ORDER BY p.last_at DESC, p.course_slug",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let mut courses = Vec::with_capacity(rows.len());
        for row in &rows {
            let slug: String = row.col("course_slug")?;
            let (last_at, completed_at) = (row.col("last_at")?, row.col("completed_at")?);
            if let Some(results) = self
                .course_results(user_id, &slug, language, last_at, completed_at)
                .await?
            {
                courses.push(results);
            }
        }
        Ok(courses)
    }

    /// A quiz's question, in `language` where the course has it.
    async fn question_html(
        &self,
        course: &str,
        quiz_id: &str,
        language: &ContentLanguages,
    ) -> Result<Option<String>, StoreError> {
        let Some(course_row) = self.course_row(course, language).await? else {
            return Ok(None);
        };
        let facts = self.course_facts(&course_row).await?;
        Ok(facts
            .quiz(quiz_id, &course_row.language)
            .map(|q| q.question_html.clone()))
    }
}

/// After a new record: the course she worked on last, and whether this record completed it
/// (see [`complete_if_due`]), with her counts for the group page made again (see
/// [`recount`]). Every write of `lesson_progress` or `quiz_progress` calls it in the same
/// transaction.
async fn touch_course(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: &str,
    course: &str,
    lesson: &str,
    now: i64,
) -> Result<bool, StoreError> {
    sqlx::query(
        "INSERT INTO course_progress (user_id, course_slug, last_lesson_id, last_at, completed_at) \
         VALUES ($1, $2, $3, $4, NULL) ON CONFLICT (user_id, course_slug) DO UPDATE SET \
         last_lesson_id = excluded.last_lesson_id, last_at = excluded.last_at",
    )
    .bind(user_id)
    .bind(course)
    .bind(lesson)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map_err(failed)?;
    recount(tx, Recount::Hers { user_id, course })
        .await
        .map_err(failed)?;
    complete_if_due(tx, user_id, course, now).await
}

/// Whose group-page counts [`recount`] makes again.
enum Recount<'a> {
    /// Hers in one course, after a record of hers.
    Hers { user_id: &'a str, course: &'a str },
    /// Every learner's in a course, after a version of it was stored or it was withdrawn.
    Course(&'a str),
}

/// The statement that counts again, for the `course_progress` rows `$rows` picks: how many of
/// the course's current lessons she has done, and whether a question it now asks was missed
/// `$1` times or more and never answered right, in a course not withdrawn (see
/// `migrations/0011_progress_counts.sql`).
macro_rules! recount_where {
    ($rows:literal) => {
        concat!(
            "UPDATE course_progress SET lessons_done = (SELECT COUNT(*) FROM lesson_progress d \
             JOIN lessons l ON l.course_slug = d.course_slug AND l.lesson_id = d.lesson_id \
             WHERE d.user_id = course_progress.user_id \
             AND d.course_slug = course_progress.course_slug AND l.retired = 0), \
             struggling = CASE WHEN EXISTS (SELECT 1 FROM quiz_progress m \
             JOIN courses k ON k.slug = m.course_slug AND k.withdrawn = 0 \
             JOIN quizzes q ON q.course_slug = m.course_slug AND q.quiz_id = m.quiz_id \
             AND q.language = k.default_language \
             WHERE m.user_id = course_progress.user_id \
             AND m.course_slug = course_progress.course_slug \
             AND m.misses >= $1 AND m.answered_right = 0) THEN 1 ELSE 0 END WHERE ",
            $rows
        )
    };
}

/// Counts again what a trainer's group page reads with each course a learner worked on, in
/// the transaction of the change: the page reads them instead of counting on every view.
async fn recount(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    rows: Recount<'_>,
) -> Result<(), sqlx::Error> {
    let misses = i64::from(STRUGGLING_MISSES);
    let query = match rows {
        Recount::Hers { user_id, course } => {
            sqlx::query(recount_where!("user_id = $2 AND course_slug = $3"))
                .bind(misses)
                .bind(user_id)
                .bind(course)
        }
        Recount::Course(course) => sqlx::query(recount_where!("course_slug = $2"))
            .bind(misses)
            .bind(course),
    };
    query.execute(&mut **tx).await?;
    Ok(())
}

impl Db {
    /// Counts again every learner's group-page counts in `course`, in the transaction that
    /// stores a version of it or withdraws it.
    pub(crate) async fn recount_course(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        course: &str,
    ) -> Result<(), sqlx::Error> {
        // On PostgreSQL a record of hers may be under way, its row written and not yet
        // committed: an UPDATE waiting for that row would then count with what it saw when it
        // began, without her record. Waiting first for every record under way (and holding new
        // ones back until this commits, when they count with the new version) lets the UPDATE
        // see them all. SQLite writes one at a time anyway.
        if self.backend() == crate::db::Backend::Postgres {
            sqlx::query("LOCK TABLE course_progress IN SHARE ROW EXCLUSIVE MODE")
                .execute(&mut **tx)
                .await?;
        }
        recount(tx, Recount::Course(course)).await
    }
}

/// Completes her course if its rule is met (every current lesson done, and at least
/// `pass_mark` percent of its quizzes answered right) and it is not completed yet; whether it
/// did. Completion is set once and never taken back.
async fn complete_if_due(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: &str,
    course: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "SELECT c.pass_mark, \
         (SELECT COUNT(*) FROM lessons l WHERE l.course_slug = c.slug AND l.retired = 0) AS lessons, \
         (SELECT COUNT(*) FROM lesson_progress p JOIN lessons l \
            ON l.course_slug = p.course_slug AND l.lesson_id = p.lesson_id \
          WHERE p.user_id = $1 AND p.course_slug = c.slug AND l.retired = 0) AS done, \
         (SELECT COUNT(*) FROM quizzes q \
          WHERE q.course_slug = c.slug AND q.language = c.default_language) AS quizzes, \
         (SELECT COUNT(*) FROM quiz_progress p JOIN quizzes q \
            ON q.course_slug = p.course_slug AND q.quiz_id = p.quiz_id \
          WHERE p.user_id = $1 AND p.course_slug = c.slug AND p.answered_right = 1 \
            AND q.language = c.default_language) AS answered_right \
         FROM courses c WHERE c.slug = $2",
    )
    .bind(user_id)
    .bind(course)
    .fetch_one(&mut **tx)
    .await
    .map_err(failed)?;
    let (pass_mark, lessons, done, quizzes, right): (i64, i64, i64, i64, i64) = (
        row.col("pass_mark")?,
        row.col("lessons")?,
        row.col("done")?,
        row.col("quizzes")?,
        row.col("answered_right")?,
    );
    if done < lessons || right * 100 < pass_mark * quizzes {
        return Ok(false);
    }
    let completed = sqlx::query(
        "UPDATE course_progress SET completed_at = $3 \
         WHERE user_id = $1 AND course_slug = $2 AND completed_at IS NULL",
    )
    .bind(user_id)
    .bind(course)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map_err(failed)?
    .rows_affected();
    if completed == 1 {
        crate::certificates::open_request(tx, user_id, course, now).await?;
        // What pages kept of her progress no longer says the course is open.
        sqlx::query("UPDATE users SET progress_version = progress_version + 1 WHERE id = $1")
            .bind(user_id)
            .execute(&mut **tx)
            .await
            .map_err(failed)?;
    }
    Ok(completed == 1)
}

/// The Monday (00:00 UTC) of the week of `seconds`.
fn week_start(seconds: i64) -> i64 {
    // 1970-01-01 was a Thursday: shift so weeks start on Mondays.
    let shifted = seconds + 3 * 86_400;
    shifted - shifted.rem_euclid(WEEK) - 3 * 86_400
}

#[async_trait]
impl ProgressStore for Db {
    async fn lesson_progress(
        &self,
        user_id: &str,
        version: i64,
        course: &str,
        lesson: &str,
        language: &ContentLanguages,
    ) -> Result<Option<LessonProgress>, StoreError> {
        let Some(course_row) = self.course_row(course, language).await? else {
            return Ok(None);
        };
        let facts = self.course_facts(&course_row).await?;
        let Some(index) = facts.order.iter().position(|id| id == lesson) else {
            return Ok(None);
        };
        let trail = self.trail(user_id, version, course).await?;
        let answers = facts
            .quizzes(lesson, &course_row.language)
            .iter()
            .filter_map(|quiz| {
                let (answer, right) = trail.answers.get(&quiz.id)?;
                Some(outcome_of(quiz, answer, *right))
            })
            .collect();
        Ok(Some(LessonProgress {
            position: index as u32 + 1,
            lessons: facts.order.len() as u32,
            lessons_done: facts
                .order
                .iter()
                .filter(|id| trail.done.contains(*id))
                .count() as u32,
            done: trail.done.contains(lesson),
            completed: trail.completed,
            answers,
        }))
    }

    async fn home(
        &self,
        user_id: &str,
        language: &ContentLanguages,
    ) -> Result<HomeView, StoreError> {
        let organisation = sqlx::query(
            "SELECT o.name AS organisation, o.country \
             FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let organisation = match organisation {
            Some(row) => organisation_name(&row)?,
            None => None,
        };
        let courses = self
            .courses_of(user_id, language)
            .await?
            .into_iter()
            .map(|c| c.progress)
            .collect();
        Ok(HomeView {
            organisation,
            courses,
        })
    }

    async fn group_progress(
        &self,
        organisation_id: &str,
        cohort_id: &str,
        language: &ContentLanguages,
    ) -> Result<Option<GroupProgress>, StoreError> {
        // This page is a trainer's most used: its courses come from the catalogue kept in
        // memory, all the rest from one statement.
        let courses: Vec<CourseColumn> =
            app::catalogue::CatalogueStore::list_courses(self, language, Some(organisation_id))
                .await?
                .into_iter()
                .map(|card| CourseColumn {
                    slug: card.slug,
                    title: card.title,
                    lessons: card.lesson_count,
                })
                .collect();
        let column: HashMap<&str, usize> = courses
            .iter()
            .enumerate()
            .map(|(i, c)| (c.slug.as_str(), i))
            .collect();
        // The whole page in one statement, so one round trip and one of PostgreSQL's
        // per-statement costs (which on a busy machine outweigh what the statement does), in
        // three parts told apart by `part`:
        // 0. the group, its learners and their courses, one row per course a learner worked
        //    on, one for a learner who has not begun any, and a single row if the group has no
        //    learner, each with when she worked on the course last, whether she completed it,
        //    and its counts kept with it (see `recount`);
        // 1. the five questions its learners missed most, counted in the database (a large
        //    group has thousands of missed answers);
        // 2. the group's join codes, newest first (as `cohorts::store::cohort_view` reads them
        //    alone when this fails: the two keep the same filter and order).
        // (PostgreSQL types a column of the first two parts' NULLs as text: those the codes
        // fill with numbers are cast.)
        // Read on a kept connection (see `db::reader`).
        let rows = self
            .reader()
            .await?
            .fetch_all(
                sqlx::query(
                    "WITH missed AS (SELECT p.course_slug, p.quiz_id, \
                     CAST(SUM(p.misses) AS BIGINT) AS misses, COUNT(*) AS learners \
                     FROM quiz_progress p JOIN users u ON u.id = p.user_id \
                     JOIN courses k ON k.slug = p.course_slug AND k.withdrawn = 0 \
                     JOIN quizzes q ON q.course_slug = p.course_slug AND q.quiz_id = p.quiz_id \
                     AND q.language = k.default_language \
                     WHERE u.cohort_id = $1 AND u.organisation_id = $2 AND p.misses > 0 \
                     GROUP BY p.course_slug, p.quiz_id \
                     ORDER BY misses DESC, p.course_slug, p.quiz_id LIMIT $3) \
                     SELECT 0 AS part, c.name, c.stuck_days, u.id, u.handle, u.handle_key, \
                     u.created_at, p.course_slug, p.last_at, p.completed_at, p.lessons_done, \
                     p.struggling, NULL AS quiz_id, NULL AS misses, NULL AS learners, \
                     NULL AS code, CAST(NULL AS BIGINT) AS uses_left, \
                     CAST(NULL AS BIGINT) AS expires_at, CAST(NULL AS BIGINT) AS revoked, \
                     CAST(NULL AS BIGINT) AS code_at \
                     FROM cohorts c \
                     LEFT JOIN users u ON u.cohort_id = c.id AND u.role = 'learner' \
                     LEFT JOIN course_progress p ON p.user_id = u.id \
                     WHERE c.id = $1 AND c.organisation_id = $2 \
                     UNION ALL SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, course_slug, NULL, \
                     NULL, NULL, NULL, quiz_id, misses, learners, NULL, NULL, NULL, NULL, NULL \
                     FROM missed \
                     UNION ALL SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
                     NULL, NULL, NULL, NULL, NULL, j.code, j.uses_left, j.expires_at, j.revoked, \
                     j.created_at FROM join_codes j JOIN cohorts c ON c.id = j.cohort_id \
                     WHERE j.cohort_id = $1 AND c.organisation_id = $2 \
                     ORDER BY part, handle_key, misses DESC, course_slug, quiz_id, code_at DESC, \
                     code",
                )
                .bind(cohort_id)
                .bind(organisation_id)
                .bind(MOST_MISSED),
            )
            .await?;
        let (mut group, mut most_missed, mut codes) = (Vec::new(), Vec::new(), Vec::new());
        for row in rows {
            match row.col::<i64>("part")? {
                0 => group.push(row),
                1 => most_missed.push(row),
                _ => codes.push(row),
            }
        }
        let Some(cohort) = group.first() else {
            return Ok(None);
        };
        let stuck_days = count(cohort, "stuck_days")?;
        // A learner's rows come one after another (ordered by her unique handle key).
        let mut rows: Vec<LearnerProgressRow> = Vec::new();
        for row in &group {
            let Some(id) = row.col::<Option<String>>("id")? else {
                continue;
            };
            if rows.last().is_none_or(|last| last.id != id) {
                rows.push(LearnerProgressRow {
                    id,
                    handle: row.col("handle")?,
                    joined_at: row.col("created_at")?,
                    last_activity: None,
                    stuck: false,
                    struggling: false,
                    cells: vec![Cell::default(); courses.len()],
                });
            }
            let Some(learner) = rows.last_mut() else {
                continue;
            };
            let Some(course) = row.col::<Option<String>>("course_slug")? else {
                continue;
            };
            let last_at: i64 = row.col("last_at")?;
            learner.last_activity = Some(learner.last_activity.map_or(last_at, |l| l.max(last_at)));
            learner.struggling |= row.col::<i64>("struggling")? == 1;
            if let Some(&c) = column.get(course.as_str()) {
                learner.cells[c] = Cell {
                    done: count(row, "lessons_done")?,
                    completed: row.col::<Option<i64>>("completed_at")?.is_some(),
                };
            }
        }
        let now = crate::clock::now();
        for row in &mut rows {
            let since = row.last_activity.unwrap_or(row.joined_at);
            row.stuck = now - since > i64::from(stuck_days) * 86_400;
        }
        let mut missed = Vec::new();
        for row in most_missed {
            let (course, quiz): (String, String) = (row.col("course_slug")?, row.col("quiz_id")?);
            let Some(question_html) = self.question_html(&course, &quiz, language).await? else {
                continue;
            };
            let course_title = column
                .get(course.as_str())
                .map(|&c| courses[c].title.clone())
                .unwrap_or(course);
            missed.push(MissedQuestion {
                course_title,
                question_html,
                misses: count(&row, "misses")?,
                learners: count(&row, "learners")?,
            });
        }
        Ok(Some(GroupProgress {
            cohort: CohortView {
                id: cohort_id.to_string(),
                name: cohort.col("name")?,
                codes: crate::cohorts::join_codes(&codes)?,
            },
            stuck_days,
            courses,
            learners: rows,
            missed,
        }))
    }

    async fn learner_progress(
        &self,
        organisation_id: &str,
        cohort_id: &str,
        learner_id: &str,
        language: &ContentLanguages,
    ) -> Result<Option<LearnerProgress>, StoreError> {
        let Some(learner) = sqlx::query(
            "SELECT u.handle, u.created_at, c.name FROM users u JOIN cohorts c ON c.id = u.cohort_id \
             WHERE u.id = $1 AND u.cohort_id = $2 AND c.organisation_id = $3 AND u.role = 'learner'",
        )
        .bind(learner_id)
        .bind(cohort_id)
        .bind(organisation_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?
        else {
            return Ok(None);
        };
        let first_week = week_start(crate::clock::now()) - (WEEKS - 1) * WEEK;
        let mut weeks: Vec<WeekCount> = (0..WEEKS)
            .map(|w| WeekCount {
                starts: first_week + w * WEEK,
                records: 0,
            })
            .collect();
        for row in sqlx::query(
            "SELECT (recorded_at - $2) / $3 AS week, COUNT(*) AS records FROM learning_records \
             WHERE user_id = $1 AND recorded_at >= $2 GROUP BY 1",
        )
        .bind(learner_id)
        .bind(first_week)
        .bind(WEEK)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?
        {
            let week: i64 = row.col("week")?;
            if let Some(slot) = usize::try_from(week).ok().and_then(|w| weeks.get_mut(w)) {
                slot.records = count(&row, "records")?;
            }
        }
        let courses = self.courses_of(learner_id, language).await?;
        let last_activity = courses.iter().map(|c| c.progress.last_at).max();
        Ok(Some(LearnerProgress {
            cohort_id: cohort_id.to_string(),
            cohort_name: learner.col("name")?,
            handle: learner.col("handle")?,
            joined_at: learner.col("created_at")?,
            last_activity,
            weeks,
            courses,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_answers_read_back_as_sent() {
        for answer in [
            Answer::Options(vec![0, 2]),
            Answer::Options(vec![]),
            Answer::Text("caffè: latte, o:1".into()),
        ] {
            assert_eq!(decode(&encode(&answer)), answer);
        }
    }

    #[test]
    fn weeks_start_on_monday() {
        // 2026-11-26 was a Thursday; its week began on Monday 2026-11-23.
        let thursday = 1_795_737_600 + 12 * 3_600;
        assert_eq!(app::model::date_of(week_start(thursday)), "2026-11-23");
        assert_eq!(week_start(week_start(thursday)), week_start(thursday));
    }
}
