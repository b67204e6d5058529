//! The janitor: every ten minutes it deletes sessions, codes and attempt counts that have
//! expired, so that nothing about a person is kept longer than it can serve. Several instances
//! may run it on one database at once: each deletion stands alone.

use app::store::StoreError;

use crate::auth;
use crate::db::{Db, failed};

/// Runs for ever, pruning every ten minutes.
pub async fn run(db: Db) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        every.tick().await;
        match db.prune(crate::clock::now()).await {
            Ok(0) => {}
            Ok(pruned) => tracing::info!(pruned, "expired sessions and codes deleted"),
            Err(error) => tracing::warn!(%error, "cannot delete expired sessions and codes"),
        }
    }
}

impl Db {
    /// Deletes what can no longer be used: sessions past their idle or absolute limit,
    /// expired reset codes, and failed attempts old enough to be forgotten. Returns how many
    /// rows went. Nothing is kept longer than it can serve.
    pub async fn prune(&self, at: i64) -> Result<u64, StoreError> {
        let shared = [
            at - auth::SHARED_IDLE_SECONDS,
            at - auth::SHARED_ABSOLUTE_SECONDS,
        ];
        let personal = [
            at - auth::PERSONAL_IDLE_SECONDS,
            at - auth::PERSONAL_ABSOLUTE_SECONDS,
        ];
        let rules: [(&str, &[i64]); 5] = [
            (
                "DELETE FROM sessions WHERE shared_device = 1 \
                 AND (last_seen_at < $1 OR created_at < $2)",
                &shared,
            ),
            (
                "DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2",
                &personal,
            ),
            ("DELETE FROM reset_codes WHERE expires_at < $1", &[at]),
            (
                "DELETE FROM known_devices WHERE last_used_at < $1",
                &[at - auth::KNOWN_DEVICE_SECONDS],
            ),
            (
                "DELETE FROM sign_in_failures WHERE last_failure_at < $1",
                &[at - crate::limits::FORGOTTEN_AFTER],
            ),
        ];
        let mut pruned = 0;
        for (sql, values) in rules {
            let query = values
                .iter()
                .fold(sqlx::query(sql), |query, value| query.bind(*value));
            pruned += query
                .execute(&self.pool)
                .await
                .map_err(failed)?
                .rows_affected();
        }
        Ok(pruned)
    }
}
