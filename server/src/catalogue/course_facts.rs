//! What a course version is made of that pages about her progress need on every request: its
//! lessons in reading order and its quizzes (with their answers, for grading), kept per course
//! and checked against the version's content hash, so a new import is seen at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use app::store::StoreError;
use courses::Quiz;

use super::store::CourseRow;
use crate::db::{Column, Db, failed};

/// One course version's lessons and quizzes.
#[derive(Debug, Default)]
pub(crate) struct CourseFacts {
    /// Lesson ids in reading order (retired lessons left out).
    pub order: Vec<String>,
    /// Quizzes by lesson id and language, in the order they appear.
    quizzes: HashMap<(String, String), Vec<Quiz>>,
}

impl CourseFacts {
    /// A lesson's quizzes in `language` (the language the course was found in).
    pub fn quizzes(&self, lesson: &str, language: &str) -> &[Quiz] {
        self.quizzes
            .get(&(lesson.to_string(), language.to_string()))
            .map_or(&[], Vec::as_slice)
    }

    /// A quiz by its id, in `language`.
    pub fn quiz(&self, id: &str, language: &str) -> Option<&Quiz> {
        self.quizzes
            .iter()
            .filter(|((_, l), _)| l == language)
            .flat_map(|(_, quizzes)| quizzes)
            .find(|quiz| quiz.id == id)
    }
}

/// The facts of each published course, with the content hash they were read at. Only
/// courses that exist become keys, one entry each, so it is as big as the catalogue.
#[derive(Debug, Clone, Default)]
pub(crate) struct FactsCache(Arc<Mutex<HashMap<String, Versioned>>>);

/// A course's facts and the content hash of the version they were read from.
type Versioned = (String, Arc<CourseFacts>);

impl Db {
    /// The lessons and quizzes of the course version `course` was read at.
    pub(crate) async fn course_facts(
        &self,
        course: &CourseRow,
    ) -> Result<Arc<CourseFacts>, StoreError> {
        if let Ok(cached) = self.facts.0.lock()
            && let Some((hash, facts)) = cached.get(&course.slug)
            && *hash == course.content_hash
        {
            return Ok(facts.clone());
        }
        let order = sqlx::query(
            "SELECT l.lesson_id FROM lessons l \
             JOIN modules m ON m.course_slug = l.course_slug AND m.module_id = l.module_id \
             WHERE l.course_slug = $1 AND l.retired = 0 ORDER BY m.position, l.position",
        )
        .bind(&course.slug)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?
        .iter()
        .map(|row| row.col("lesson_id"))
        .collect::<Result<_, _>>()?;
        let mut quizzes: HashMap<(String, String), Vec<Quiz>> = HashMap::new();
        for row in sqlx::query(
            "SELECT lesson_id, language, body FROM quizzes WHERE course_slug = $1 ORDER BY position",
        )
        .bind(&course.slug)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?
        {
            let body: String = row.col("body")?;
            let quiz = serde_json::from_str(&body)
                .map_err(|error| StoreError::Failed(format!("quiz body: {error}")))?;
            quizzes
                .entry((row.col("lesson_id")?, row.col("language")?))
                .or_default()
                .push(quiz);
        }
        let facts = Arc::new(CourseFacts { order, quizzes });
        if let Ok(mut cached) = self.facts.0.lock() {
            cached.insert(
                course.slug.clone(),
                (course.content_hash.clone(), facts.clone()),
            );
        }
        Ok(facts)
    }
}
