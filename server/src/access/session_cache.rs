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
pub(crate) struct SessionCache(Arc<Mutex<Entries>>);

#[derive(Debug, Default)]
struct Entries {
    viewers: HashMap<String, (Instant, Viewer)>,
    /// Raised by every forgetting: a lookup that read the database before one may not put
    /// what it read afterwards (the session it found may have ended since).
    generation: u64,
}

/// When a lookup read the database, and the cache's generation then.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ReadAt {
    at: Instant,
    generation: u64,
}

impl SessionCache {
    pub fn get(&self, token_hash: &str) -> Option<Viewer> {
        let entries = self.0.lock().ok()?;
        let (at, viewer) = entries.viewers.get(token_hash)?;
        (at.elapsed() < FRESH_FOR).then(|| viewer.clone())
    }

    /// Taken just before reading a session from the database.
    pub fn read_at(&self) -> ReadAt {
        let generation = self.0.lock().map_or(0, |entries| entries.generation);
        ReadAt {
            at: Instant::now(),
            generation,
        }
    }

    /// Keeps what a lookup read, unless something was forgotten since it read it; its second
    /// counts from the read.
    pub fn put(&self, token_hash: &str, viewer: &Viewer, read: ReadAt) {
        let Ok(mut entries) = self.0.lock() else {
            return;
        };
        if entries.generation != read.generation {
            return;
        }
        if entries.viewers.len() >= MAX_ENTRIES {
            entries
                .viewers
                .retain(|_, (at, _)| at.elapsed() < FRESH_FOR);
            if entries.viewers.len() >= MAX_ENTRIES {
                entries.viewers.clear();
            }
        }
        entries
            .viewers
            .insert(token_hash.to_string(), (read.at, viewer.clone()));
    }

    /// Forgets one session (it ended).
    pub fn forget_token(&self, token_hash: &str) {
        if let Ok(mut entries) = self.0.lock() {
            entries.generation += 1;
            entries.viewers.remove(token_hash);
        }
    }

    /// Forgets every session of one account (they ended, or what they say changed).
    pub fn forget_user(&self, user_id: &str) {
        if let Ok(mut entries) = self.0.lock() {
            entries.generation += 1;
            entries
                .viewers
                .retain(|_, (_, viewer)| viewer.user_id != user_id);
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
        cache.put("a", &viewer("her"), cache.read_at());
        cache.put("b", &viewer("her"), cache.read_at());
        cache.put("c", &viewer("someone else"), cache.read_at());
        assert_eq!(cache.get("a"), Some(viewer("her")));
        cache.forget_token("a");
        assert_eq!(cache.get("a"), None);
        cache.forget_user("her");
        assert_eq!(cache.get("b"), None);
        assert_eq!(cache.get("c"), Some(viewer("someone else")));
    }

    #[test]
    fn a_lookup_that_read_before_a_sign_out_keeps_nothing() {
        let cache = SessionCache::default();
        let read = cache.read_at();
        cache.forget_user("her");
        cache.put("a", &viewer("her"), read);
        assert_eq!(cache.get("a"), None);
    }
}
