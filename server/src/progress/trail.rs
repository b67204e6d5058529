//! Her progress in a course as lesson pages read it, kept in memory per learner and course
//! and checked against her progress version, which her session lookup reads with her account
//! on every request: a page shows what she did a moment ago on any instance, and reading it
//! costs no query of its own while nothing changed.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use app::store::StoreError;

use crate::db::{Column, Db, failed};

/// Her lessons done, her last answers, and whether she completed the course.
#[derive(Debug, Default)]
pub(crate) struct Trail {
    pub done: HashSet<String>,
    /// By quiz id: her last answer as stored, and whether it was right.
    pub answers: HashMap<String, (String, bool)>,
    pub completed: bool,
}

/// Past this many learner-and-course entries the cache starts afresh, so it stays small
/// whatever happens (a trail is a few hundred bytes).
const MAX_ENTRIES: usize = 20_000;

/// A learner's trail in a course, with the progress version it was read at.
type Versioned = (i64, Arc<Trail>);

#[derive(Debug, Clone, Default)]
pub(crate) struct TrailCache(Arc<Mutex<HashMap<(String, String), Versioned>>>);

impl TrailCache {
    /// Forgets everything kept of one learner (her account was erased).
    pub(crate) fn forget(&self, user_id: &str) {
        if let Ok(mut cached) = self.0.lock() {
            cached.retain(|(user, _), _| user != user_id);
        }
    }
}

impl Db {
    /// Her trail in `course`, as of progress `version` or later.
    pub(crate) async fn trail(
        &self,
        user_id: &str,
        version: i64,
        course: &str,
    ) -> Result<Arc<Trail>, StoreError> {
        let key = (user_id.to_string(), course.to_string());
        if let Ok(cached) = self.trails.0.lock()
            && let Some((at, trail)) = cached.get(&key)
            && *at == version
        {
            return Ok(trail.clone());
        }
        // Her lessons done, her last answers and her completion, in one round trip.
        let rows = sqlx::query(
            "SELECT CAST(1 AS BIGINT) AS kind, lesson_id AS id, '' AS answer, \
             CAST(0 AS BIGINT) AS is_right FROM lesson_progress \
             WHERE user_id = $1 AND course_slug = $2 \
             UNION ALL SELECT CAST(2 AS BIGINT), quiz_id, last_answer, last_right FROM quiz_progress \
             WHERE user_id = $1 AND course_slug = $2 \
             UNION ALL SELECT CAST(3 AS BIGINT), '', '', CAST(0 AS BIGINT) FROM course_progress \
             WHERE user_id = $1 AND course_slug = $2 AND completed_at IS NOT NULL",
        )
        .bind(user_id)
        .bind(course)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let mut trail = Trail::default();
        for row in &rows {
            match row.col::<i64>("kind")? {
                1 => {
                    trail.done.insert(row.col("id")?);
                }
                2 => {
                    let answer = (row.col("answer")?, row.col::<i64>("is_right")? == 1);
                    trail.answers.insert(row.col("id")?, answer);
                }
                _ => trail.completed = true,
            }
        }
        let trail = Arc::new(trail);
        if let Ok(mut cached) = self.trails.0.lock() {
            if cached.len() >= MAX_ENTRIES {
                cached.clear();
            }
            cached.insert(key, (version, trail.clone()));
        }
        Ok(trail)
    }
}
