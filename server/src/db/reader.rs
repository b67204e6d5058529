//! Connections kept aside for the reads of every page on PostgreSQL: the session lookup, a
//! trainer's group.
//!
//! sqlx's pool tests each connection it takes back with a round trip to the database, to find
//! one that a cancelled query left half-way. A kept connection is given back only when its last
//! query finished, and is then ready for the next one: a page's queries cost one round trip
//! each, not two. One that a cancelled request left half-way is closed instead; one that rested
//! longer than [`super::CHECK_AFTER_IDLE`] is tested before use, as the pool's are. At most
//! [`Resting::most`] connections are kept so; past that, and on SQLite (where a query is no
//! round trip), reads take the pool's as before.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use app::store::StoreError;
use sqlx::any::{AnyArguments, AnyRow};
use sqlx::pool::PoolConnection;
use sqlx::query::Query;
use sqlx::{Any, AnyConnection};

use super::{Db, failed, fit_after_rest};

/// The connections kept aside: those resting, each with when it was given back, and how many
/// there are in all, resting or in use.
#[derive(Debug, Default, Clone)]
pub(crate) struct Resting {
    connections: Arc<Mutex<Vec<(AnyConnection, Instant)>>>,
    kept: Arc<AtomicUsize>,
    most: usize,
}

impl Resting {
    pub fn new(most: usize) -> Resting {
        Resting {
            most,
            ..Resting::default()
        }
    }

    fn pop(&self) -> Option<(AnyConnection, Instant)> {
        self.connections.lock().ok()?.pop()
    }

    /// Counts one more kept connection, if there is room for it.
    fn make_room(&self) -> bool {
        self.kept
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |kept| {
                (kept < self.most).then_some(kept + 1)
            })
            .is_ok()
    }

    fn closed_one(&self) {
        self.kept.fetch_sub(1, Ordering::SeqCst);
    }
}

enum Held {
    Kept(AnyConnection),
    Pooled(PoolConnection<Any>),
}

/// A connection for a few reads in a row: a kept one, or the pool's when none is free. Never
/// hold one while something else takes a connection: with the pool's, requests that each hold
/// one and wait for a second could take them all.
pub(crate) struct Reader {
    held: Option<Held>,
    resting: Resting,
    /// A query was sent and its answer not read to the end.
    half_way: bool,
}

type AnyQuery<'q> = Query<'q, Any, AnyArguments<'q>>;

impl Db {
    /// A connection for a few reads in a row.
    pub(crate) async fn reader(&self) -> Result<Reader, StoreError> {
        let resting = self.resting.clone();
        while let Some((mut connection, since)) = resting.pop() {
            if fit_after_rest(&mut connection, since.elapsed()).await {
                return Ok(Reader::holding(Held::Kept(connection), resting));
            }
            resting.closed_one();
        }
        let pooled = self.pool.acquire().await.map_err(failed)?;
        let held = if resting.make_room() {
            Held::Kept(pooled.detach())
        } else {
            Held::Pooled(pooled)
        };
        Ok(Reader::holding(held, resting))
    }
}

impl Reader {
    fn holding(held: Held, resting: Resting) -> Reader {
        Reader {
            held: Some(held),
            resting,
            half_way: false,
        }
    }

    fn connection(&mut self) -> &mut AnyConnection {
        self.half_way = true;
        match self.held.as_mut() {
            Some(Held::Kept(connection)) => connection,
            Some(Held::Pooled(connection)) => connection,
            None => unreachable!("a reader holds its connection until dropped"),
        }
    }

    pub async fn fetch_optional(
        &mut self,
        query: AnyQuery<'_>,
    ) -> Result<Option<AnyRow>, StoreError> {
        let row = query
            .fetch_optional(self.connection())
            .await
            .map_err(failed)?;
        self.half_way = false;
        Ok(row)
    }

    pub async fn fetch_all(&mut self, query: AnyQuery<'_>) -> Result<Vec<AnyRow>, StoreError> {
        let rows = query.fetch_all(self.connection()).await.map_err(failed)?;
        self.half_way = false;
        Ok(rows)
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        // The pool's own goes back to the pool, which tests it.
        let Some(Held::Kept(connection)) = self.held.take() else {
            return;
        };
        match self.resting.connections.lock() {
            Ok(mut resting) if !self.half_way => resting.push((connection, Instant::now())),
            _ => self.resting.closed_one(),
        }
    }
}
