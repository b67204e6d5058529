//! When the database is away (a lost or refused connection, a server shutting down) or out of
//! room (a full disk). Pages that need what cannot be done answer 503 in her language meanwhile
//! (see `app::store::StoreError`); the log says so once when it begins and once when it ends,
//! not once per request.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::Db;

/// The outage logged and not yet seen to end, if any ([`UP`] if none). One per process:
/// whatever the pool, it is the one database this process serves from.
static DOWN: AtomicU8 = AtomicU8::new(UP);
const UP: u8 = 0;
/// The database does not answer.
const AWAY: u8 = 1;
/// The database answers but has no room to write: pages are read, nothing can be saved.
const FULL: u8 = 2;

/// When a write last failed for want of room, in milliseconds since [`STARTED`].
static LAST_FULL: AtomicU64 = AtomicU64::new(0);
static STARTED: LazyLock<Instant> = LazyLock::new(Instant::now);

/// How often an outage checks whether the database is back.
const LOOK_EVERY: Duration = Duration::from_secs(2);

/// How long no write must have failed for want of room before a full disk may be over. A
/// write that commits proves nothing (it may fit in room the database had already taken),
/// nor does a check that found room once: writes that follow may fill it again. Without this
/// the log could say "full" and "room again" every few seconds.
const QUIET: Duration = Duration::from_secs(10);

/// What room the check of a full disk asks for: more than one write's, so that writes that
/// follow it do not fill the disk again at once.
const ROOM: usize = 1 << 20;

fn since_start() -> u64 {
    STARTED.elapsed().as_millis() as u64
}

/// Whether no write failed for want of room for [`QUIET`].
fn quiet() -> bool {
    since_start().saturating_sub(LAST_FULL.load(Ordering::SeqCst)) >= QUIET.as_millis() as u64
}

/// The outage `error` says there is ([`AWAY`] or [`FULL`]), if the database is out of reach
/// or out of room rather than a query or its data wrong.
fn outage_of(error: &sqlx::Error) -> Option<u8> {
    match error {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => Some(AWAY),
        sqlx::Error::Database(database) => {
            let code = database.code()?;
            match code.parse::<i32>() {
                // SQLite's result codes (the primary code is the low byte): full disk; disk
                // I/O error, cannot open the file.
                Ok(sqlite) => match sqlite & 0xff {
                    13 => Some(FULL),
                    10 | 14 => Some(AWAY),
                    _ => None,
                },
                // PostgreSQL's SQLSTATE: a full disk; connection exceptions, other
                // insufficient resources, shutting down, system I/O errors.
                Err(_) if code == "53100" => Some(FULL),
                Err(_) => ["08", "53", "57P", "58"]
                    .iter()
                    .any(|class| code.starts_with(class))
                    .then_some(AWAY),
            }
        }
        _ => None,
    }
}

/// Whether `error` says the database is out of reach or out of room, rather than that a
/// query or its data is wrong; if so, notes the outage, logging its cause if it is the first
/// failure of one.
pub(crate) fn began(error: &sqlx::Error) -> bool {
    let Some(outage) = outage_of(error) else {
        return false;
    };
    if outage == FULL {
        LAST_FULL.store(since_start(), Ordering::SeqCst);
    }
    // One begins where there was none. While the disk is full, a database gone away too is
    // not logged apart: its failures would end at the first answer, and the full disk's next
    // failure would log it again, without the quiet spell.
    if DOWN
        .compare_exchange(UP, outage, Ordering::SeqCst, Ordering::SeqCst)
        .is_ok()
    {
        match outage {
            FULL => tracing::error!(
                %error,
                "the database's disk is full: pages are read, but what people save asks them \
                 to try again later until there is room"
            ),
            _ => tracing::error!(
                %error,
                "the database is unavailable: pages ask people to try again later until it is back"
            ),
        }
    }
    true
}

/// Runs for ever: while an outage is noted, checks every [`LOOK_EVERY`] whether it ended (the
/// database answers; its disk has room, and no write failed for want of it for [`QUIET`]),
/// and says so in the log when it did.
pub async fn watch(db: Db) {
    let mut every = tokio::time::interval(LOOK_EVERY);
    loop {
        every.tick().await;
        let outage = DOWN.load(Ordering::SeqCst);
        let over = match outage {
            AWAY => db.ping().await,
            // Quiet still once the check is done: a write may have failed meanwhile.
            FULL => quiet() && db.has_room().await && quiet(),
            _ => false,
        };
        if over
            && DOWN
                .compare_exchange(outage, UP, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
        {
            match outage {
                FULL => tracing::info!("the database's disk has room again"),
                _ => tracing::info!("the database answers again"),
            }
        }
    }
}

impl Db {
    /// Whether the database's disk has room to write (a read answers even on a full disk).
    /// On SQLite, [`ROOM`] bytes are written beside its file, synced and taken away again: a
    /// new file (whatever had its name, a link say, is removed first, never followed), of
    /// bytes that are not zeros (which some file systems store in no room at all).
    /// PostgreSQL's disk, on another machine perhaps, is out of sight: it is asked to answer,
    /// and [`QUIET`] does the rest.
    async fn has_room(&self) -> bool {
        let Some(file) = self.file.clone() else {
            return self.ping().await;
        };
        let mut probe = file.into_os_string();
        probe.push("-room");
        tokio::task::spawn_blocking(move || {
            let probe = Path::new(&probe);
            let _ = std::fs::remove_file(probe);
            let written = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(probe)
                .and_then(|mut written| {
                    written.write_all(&[0xa5; ROOM])?;
                    written.sync_all()
                });
            // Whatever happened, the room taken is given back.
            let _ = std::fs::remove_file(probe);
            written.is_ok()
        })
        .await
        .unwrap_or(false)
    }
}
