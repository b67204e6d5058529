//! When the database is away: a lost or refused connection, a server shutting down, a full
//! disk. Pages answer 503 in her language meanwhile (see `app::store::StoreError`); the log
//! says so once when it begins and once when the database answers again, not once per
//! request.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::Db;

/// Whether an outage has been logged and not yet seen to end. One per process: whatever
/// the pool, it is the one database this process serves from.
static DOWN: AtomicBool = AtomicBool::new(false);

/// How often an outage checks whether the database is back.
const LOOK_EVERY: Duration = Duration::from_secs(2);

/// Whether `error` says the database is out of reach or out of room, rather than that a
/// query or its data is wrong.
pub(crate) fn is_outage(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(database) => database.code().is_some_and(|code| {
            match code.parse::<i32>() {
                // SQLite's result codes (the primary code is the low byte): disk I/O error,
                // full disk, cannot open the file.
                Ok(sqlite) => matches!(sqlite & 0xff, 10 | 13 | 14),
                // PostgreSQL's SQLSTATE: connection exceptions, insufficient resources (a
                // full disk among them), shutting down, system I/O errors.
                Err(_) => {
                    code.starts_with("08")
                        || code.starts_with("53")
                        || code.starts_with("57P")
                        || code.starts_with("58")
                }
            }
        }),
        _ => false,
    }
}

/// Notes an outage, logging its cause if it is the first failure of one.
pub(crate) fn began(error: &sqlx::Error) {
    if !DOWN.swap(true, Ordering::SeqCst) {
        tracing::error!(
            %error,
            "the database is unavailable: pages ask people to try again later until it is back"
        );
    }
}

/// Runs for ever: while an outage is noted, asks the database every [`LOOK_EVERY`] whether
/// it answers, and says so in the log when it does.
pub async fn watch(db: Db) {
    let mut every = tokio::time::interval(LOOK_EVERY);
    loop {
        every.tick().await;
        if DOWN.load(Ordering::SeqCst) && db.ping().await {
            DOWN.store(false, Ordering::SeqCst);
            tracing::info!("the database answers again");
        }
    }
}
