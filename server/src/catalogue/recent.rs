//! Answers about the published catalogue kept for a second: long enough that a busy page reads
//! the courses table once a second rather than once a request, short enough that a course
//! another instance imports or withdraws shows within a second. An import on this instance
//! forgets them at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long an answer is used before it is read again.
const FRESH_FOR: Duration = Duration::from_secs(1);

/// Values by key, each for [`FRESH_FOR`]. Callers put only keys that name something that
/// exists (a published course, an interface language), so it is as big as the catalogue.
#[derive(Debug)]
pub(crate) struct Recent<V>(Arc<Mutex<HashMap<String, (Instant, V)>>>);

impl<V> Default for Recent<V> {
    fn default() -> Self {
        Recent(Arc::default())
    }
}

impl<V> Clone for Recent<V> {
    fn clone(&self) -> Self {
        Recent(self.0.clone())
    }
}

impl<V: Clone> Recent<V> {
    pub fn get(&self, key: &str) -> Option<V> {
        let entries = self.0.lock().ok()?;
        let (at, value) = entries.get(key)?;
        (at.elapsed() < FRESH_FOR).then(|| value.clone())
    }

    pub fn put(&self, key: &str, value: V) {
        if let Ok(mut entries) = self.0.lock() {
            entries.insert(key.to_string(), (Instant::now(), value));
        }
    }

    pub fn forget(&self) {
        if let Ok(mut entries) = self.0.lock() {
            entries.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_kept_for_a_second_and_forgotten_on_demand() {
        let recent = Recent::default();
        recent.put("job-interview", 1);
        assert_eq!(recent.get("job-interview"), Some(1));
        assert_eq!(recent.get("other"), None);
        recent.forget();
        assert_eq!(recent.get("job-interview"), None);
        recent.0.lock().unwrap().insert(
            "old".into(),
            (Instant::now() - FRESH_FOR - Duration::from_millis(1), 2),
        );
        assert_eq!(recent.get("old"), None, "stale after a second");
    }
}
