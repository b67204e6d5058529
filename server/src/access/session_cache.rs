//! Who each session signs in, as read within the last second.
//!
//! A signed-in page's one query was the session lookup: on SQLite a hand-off to a worker
//! thread that costs as much as rendering the page, on PostgreSQL a round trip to another
//! process. Every write that ends a session or changes what a session says (sign-out, sign-out
//! everywhere, a new password, erasure, and each record of her progress, which raises her
//! progress version) forgets what its own instance kept here at once.
//!
//! - SQLite means one server process. What another process changes in the same file (the
//!   command line, say) is seen within a second; so is a session's idle limit.
//! - On PostgreSQL, which several instances may share, the write also tells the others
//!   (`NOTIFY`), and each forgets as soon as the note arrives, a few milliseconds later. An
//!   instance keeps nothing while it is not listening (at start, and from a lost connection
//!   until it listens again): what it kept then could miss a note. A connection cut without a
//!   word is found within ten seconds (it is asked to answer after five quiet ones). Either
//!   way nothing is kept longer than a second.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use app::auth::Viewer;

const FRESH_FOR: Duration = Duration::from_secs(1);

/// Past this many sessions the cache starts afresh.
const MAX_ENTRIES: usize = 10_000;

/// The channel on which PostgreSQL instances tell each other what to forget.
const CHANNEL: &str = "skillpath_sessions";

/// Viewers by the hash of their session token, each with when it was read.
#[derive(Debug, Clone, Default)]
pub(crate) struct SessionCache(Arc<Mutex<Entries>>);

#[derive(Debug, Default)]
struct Entries {
    viewers: HashMap<String, (Instant, Viewer)>,
    /// Whether anything may be kept: always on SQLite; on PostgreSQL while the instance
    /// listens to the others.
    on: bool,
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

/// What one instance tells the others to forget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Forget {
    /// One session (it ended), by the hash of its token.
    Token(String),
    /// Every session of one account (they ended, or what they say changed).
    User(String),
}

impl Forget {
    /// As a note on the channel.
    fn payload(&self) -> String {
        match self {
            Forget::Token(hash) => format!("t:{hash}"),
            Forget::User(id) => format!("u:{id}"),
        }
    }

    fn of_payload(payload: &str) -> Option<Forget> {
        match payload.split_once(':')? {
            ("t", hash) => Some(Forget::Token(hash.to_string())),
            ("u", id) => Some(Forget::User(id.to_string())),
            _ => None,
        }
    }
}

impl SessionCache {
    /// A cache that keeps viewers from the start (SQLite).
    pub fn on() -> SessionCache {
        let cache = SessionCache::default();
        cache.turn(true);
        cache
    }

    /// A cache kept only while this instance hears what the others write (PostgreSQL): it
    /// listens on a connection of its own to `url`, for as long as the cache is in use.
    pub fn listening(url: &str) -> SessionCache {
        let cache = SessionCache::default();
        tokio::spawn(listen(url.to_string(), Arc::downgrade(&cache.0)));
        cache
    }

    /// Starts or stops keeping viewers; either way, forgets every one kept so far.
    fn turn(&self, on: bool) {
        if let Ok(mut entries) = self.0.lock() {
            entries.generation += 1;
            entries.on = on;
            entries.viewers.clear();
        }
    }

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
        if !entries.on || entries.generation != read.generation {
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

    /// Forgets what `forget` names.
    pub fn forget(&self, forget: &Forget) {
        if let Ok(mut entries) = self.0.lock() {
            entries.generation += 1;
            match forget {
                Forget::Token(hash) => {
                    entries.viewers.remove(hash);
                }
                Forget::User(id) => entries
                    .viewers
                    .retain(|_, (_, viewer)| viewer.user_id != *id),
            }
        }
    }
}

/// Tells every instance listening on `pool`'s database to forget what `forget` names.
pub(crate) async fn tell_others(pool: &sqlx::AnyPool, forget: &Forget) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_notify($1, $2)")
        .bind(CHANNEL)
        .bind(forget.payload())
        .execute(pool)
        .await
        .map(|_| ())
}

/// Hears what the other instances tell, while `cache` is in use: the cache is on from the
/// moment the instance listens, and off from the moment the connection is found lost until it
/// listens again.
async fn listen(url: String, cache: std::sync::Weak<Mutex<Entries>>) {
    use sqlx::postgres::PgListener;

    // How long the channel may stay quiet before its connection is asked to answer (one cut
    // without a word, by a firewall that forgot it, would stay quiet for ever), and how long
    // it has to answer; also how often an instance that stopped serving notices it.
    const QUIET: Duration = Duration::from_secs(5);
    // How long to wait before listening again after a loss.
    const AGAIN_AFTER: Duration = Duration::from_secs(1);
    let cache_in_use = || cache.upgrade().map(SessionCache);
    let mut lost = false;
    while cache_in_use().is_some() {
        let listener = async {
            let mut listener = PgListener::connect(&url).await?;
            // A lost connection is said at once (`Ok(None)`), not mended quietly.
            listener.eager_reconnect(false);
            listener.listen(CHANNEL).await?;
            Ok::<_, sqlx::Error>(listener)
        };
        let mut listener = match listener.await {
            Ok(listener) => listener,
            Err(error) => {
                if !lost {
                    tracing::warn!(%error, "cannot hear other instances: sessions are read for every page");
                    lost = true;
                }
                tokio::time::sleep(QUIET).await;
                continue;
            }
        };
        if lost {
            tracing::info!("hearing other instances again");
        }
        let Some(on) = cache_in_use() else { return };
        on.turn(true);
        drop(on);
        loop {
            match tokio::time::timeout(QUIET, listener.try_recv()).await {
                Ok(Ok(Some(note))) => {
                    if let (Some(cache), Some(forget)) =
                        (cache_in_use(), Forget::of_payload(note.payload()))
                    {
                        cache.forget(&forget);
                    }
                }
                // The connection is lost: whatever was told meanwhile is missed.
                Ok(Ok(None) | Err(_)) => break,
                Err(_) => {
                    if cache_in_use().is_none() {
                        return;
                    }
                    let asked = sqlx::query("SELECT 1").execute(&mut listener);
                    if !matches!(tokio::time::timeout(QUIET, asked).await, Ok(Ok(_))) {
                        break;
                    }
                }
            }
        }
        if let Some(off) = cache_in_use() {
            off.turn(false);
        }
        tracing::warn!(
            "lost the connection that hears other instances: sessions are read for every page until it is back"
        );
        lost = true;
        tokio::time::sleep(AGAIN_AFTER).await;
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
        let cache = SessionCache::on();
        cache.put("a", &viewer("her"), cache.read_at());
        cache.put("b", &viewer("her"), cache.read_at());
        cache.put("c", &viewer("someone else"), cache.read_at());
        assert_eq!(cache.get("a"), Some(viewer("her")));
        cache.forget(&Forget::Token("a".into()));
        assert_eq!(cache.get("a"), None);
        cache.forget(&Forget::User("her".into()));
        assert_eq!(cache.get("b"), None);
        assert_eq!(cache.get("c"), Some(viewer("someone else")));
    }

    #[test]
    fn a_lookup_that_read_before_a_sign_out_keeps_nothing() {
        let cache = SessionCache::on();
        let read = cache.read_at();
        cache.forget(&Forget::User("her".into()));
        cache.put("a", &viewer("her"), read);
        assert_eq!(cache.get("a"), None);
    }

    #[test]
    fn nothing_is_kept_while_it_is_off() {
        let cache = SessionCache::on();
        cache.put("a", &viewer("her"), cache.read_at());
        let read = cache.read_at();
        cache.turn(false);
        assert_eq!(cache.get("a"), None, "what was kept is forgotten");
        cache.put("b", &viewer("her"), cache.read_at());
        assert_eq!(cache.get("b"), None);
        cache.turn(true);
        cache.put("c", &viewer("her"), read);
        assert_eq!(cache.get("c"), None, "read before it was off");
        cache.put("c", &viewer("her"), cache.read_at());
        assert_eq!(cache.get("c"), Some(viewer("her")));
    }

    #[test]
    fn notes_name_what_to_forget() {
        for forget in [Forget::Token("ab12".into()), Forget::User("u:1".into())] {
            assert_eq!(Forget::of_payload(&forget.payload()), Some(forget));
        }
        assert_eq!(Forget::of_payload("x:1"), None);
        assert_eq!(Forget::of_payload("nothing"), None);
    }
}
