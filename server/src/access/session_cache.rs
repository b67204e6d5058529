//! Who each session signs in, as read within the last second, on SQLite only.
//!
//! A signed-in page's one query was the session lookup, and on SQLite each query is a hand-off
//! to a worker thread that costs as much as rendering the page. SQLite means one server
//! process, whose every write that ends a session or changes what a session says (sign-out,
//! sign-out everywhere, a new password, erasure, and each record of her progress, which raises
//! her progress version) forgets what was kept here at once. What another process changes in
//! the same file (the command line, say) is seen within a second; so is a session's idle
//! limit. PostgreSQL, which several instances may share, always asks the database.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use app::auth::Viewer;

const FRESH_FOR: Duration = Duration::from_secs(1);

/// Past this many sessions the cache starts afresh.
const MAX_ENTRIES: usize = 10_000;

/// Viewers by the hash of their session token, each with when it was read.
#[derive(Debug, Clone, Default)]
pub(crate) struct SessionCache(Arc<Mutex<HashMap<String, (Instant, Viewer)>>>);

impl SessionCache {
    pub fn get(&self, token_hash: &str) -> Option<Viewer> {
        let entries = self.0.lock().ok()?;
        let (at, viewer) = entries.get(token_hash)?;
        (at.elapsed() < FRESH_FOR).then(|| viewer.clone())
    }

    pub fn put(&self, token_hash: &str, viewer: &Viewer) {
        if let Ok(mut entries) = self.0.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(token_hash.to_string(), (Instant::now(), viewer.clone()));
        }
    }

    /// Forgets one session (it ended).
    pub fn forget_token(&self, token_hash: &str) {
        if let Ok(mut entries) = self.0.lock() {
            entries.remove(token_hash);
        }
    }

    /// Forgets every session of one account (they ended, or what they say changed).
    pub fn forget_user(&self, user_id: &str) {
        if let Ok(mut entries) = self.0.lock() {
            entries.retain(|_, (_, viewer)| viewer.user_id != user_id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::auth::Role;

    fn viewer(user_id: &str) -> Viewer {
        Viewer {
            user_id: user_id.into(),
            role: Role::Learner,
            organisation_id: None,
            progress_version: 0,
        }
    }

    #[test]
    fn sessions_are_forgotten_by_token_and_by_account() {
        let cache = SessionCache::default();
        cache.put("a", &viewer("her"));
        cache.put("b", &viewer("her"));
        cache.put("c", &viewer("someone else"));
        assert_eq!(cache.get("a"), Some(viewer("her")));
        cache.forget_token("a");
        assert_eq!(cache.get("a"), None);
        cache.forget_user("her");
        assert_eq!(cache.get("b"), None);
        assert_eq!(cache.get("c"), Some(viewer("someone else")));
    }
}
