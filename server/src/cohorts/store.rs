//! Cohorts, their join codes and their learners, in SQL.

use app::auth::Role;
use app::cohorts::{CodeStatus, CohortStore, CohortSummary, CohortView, JoinCodeView};
use app::store::StoreError;
use async_trait::async_trait;

use crate::auth::{self, random_hex};
use crate::clock::now;
use crate::db::{Column, Db, count, failed};

impl Db {
    pub async fn create_cohort(
        &self,
        organisation_id: &str,
        name: &str,
    ) -> Result<String, StoreError> {
        let id = random_hex(16);
        sqlx::query(
            "INSERT INTO cohorts (id, organisation_id, name, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(&id)
        .bind(organisation_id)
        .bind(name)
        .bind(now())
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(id)
    }

    /// The organisation a cohort belongs to.
    pub async fn cohort_organisation(&self, cohort_id: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT organisation_id FROM cohorts WHERE id = $1")
            .bind(cohort_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        row.map(|row| row.col("organisation_id")).transpose()
    }

    /// A new join code for a cohort, usable `uses` times for `days` days.
    pub async fn create_join_code(
        &self,
        cohort_id: &str,
        uses: i64,
        days: i64,
    ) -> Result<String, StoreError> {
        // Codes are random; in the unlikely event of a clash, draw again.
        for _ in 0..5 {
            let code = auth::new_code();
            if self.add_join_code(cohort_id, &code, uses, days).await? {
                return Ok(code);
            }
        }
        Err(StoreError::Failed(
            "no free join code after five draws".into(),
        ))
    }

    /// Adds a join code as given; false if that code exists already.
    pub async fn add_join_code(
        &self,
        cohort_id: &str,
        code: &str,
        uses: i64,
        days: i64,
    ) -> Result<bool, StoreError> {
        let at = now();
        let inserted = sqlx::query(
            "INSERT INTO join_codes (code, cohort_id, uses_left, expires_at, revoked, created_at) \
             VALUES ($1, $2, $3, $4, 0, $5) ON CONFLICT (code) DO NOTHING",
        )
        // Stored as typing it back gives it: `DEMO-2026` is kept as `DEM0-2026`.
        .bind(auth::normalise_code(code))
        .bind(cohort_id)
        .bind(uses)
        .bind(at + days * 86_400)
        .bind(at)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(inserted.rows_affected() == 1)
    }

    pub async fn revoke_join_code(&self, cohort_id: &str, code: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE join_codes SET revoked = 1 WHERE cohort_id = $1 AND code = $2")
            .bind(cohort_id)
            .bind(code)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        Ok(())
    }

    /// The cohort of a learner, for checking a trainer's reach.
    pub async fn learner_cohort(&self, learner_id: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT cohort_id FROM users WHERE id = $1 AND role = $2")
            .bind(learner_id)
            .bind(Role::Learner.code())
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        Ok(row.map(|row| row.col("cohort_id")).transpose()?.flatten())
    }

    pub(super) async fn cohort_list(
        &self,
        organisation_id: &str,
    ) -> Result<Vec<CohortSummary>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.id, c.name, \
             (SELECT COUNT(*) FROM users u WHERE u.cohort_id = c.id) AS learners, \
             (SELECT COUNT(*) FROM join_codes j WHERE j.cohort_id = c.id AND j.revoked = 0 \
               AND j.uses_left > 0 AND j.expires_at > $2) AS open_codes \
             FROM cohorts c WHERE c.organisation_id = $1 ORDER BY c.created_at DESC, c.name",
        )
        .bind(organisation_id)
        .bind(now())
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        rows.iter()
            .map(|row| {
                Ok(CohortSummary {
                    id: row.col("id")?,
                    name: row.col("name")?,
                    learners: count(row, "learners")?,
                    open_codes: count(row, "open_codes")?,
                })
            })
            .collect()
    }

    /// A group with its join codes alone: what its page shows when its learners' progress,
    /// read with the codes in one statement (see `ProgressStore::group_progress`), cannot be
    /// read. Read on a kept connection (see `db::reader`): the pool's costs a second round trip.
    pub(super) async fn cohort_view(
        &self,
        organisation_id: &str,
        cohort_id: &str,
    ) -> Result<Option<CohortView>, StoreError> {
        // One row per join code, newest first, or a single row without one if the group has
        // none: the same filter and order as the codes' part of `group_progress`.
        let rows = self
            .reader()
            .await?
            .fetch_all(
                sqlx::query(
                    "SELECT c.name, j.code, j.uses_left, j.expires_at, j.revoked FROM cohorts c \
                     LEFT JOIN join_codes j ON j.cohort_id = c.id \
                     WHERE c.id = $1 AND c.organisation_id = $2 \
                     ORDER BY j.created_at DESC, j.code",
                )
                .bind(cohort_id)
                .bind(organisation_id),
            )
            .await?;
        let Some(cohort) = rows.first() else {
            return Ok(None);
        };
        Ok(Some(CohortView {
            id: cohort_id.to_string(),
            name: cohort.col("name")?,
            codes: join_codes(&rows)?,
        }))
    }
}

/// The join codes of `rows`, each with its `code`, `uses_left`, `expires_at` and `revoked`, in
/// their order; rows without a code are passed over.
pub(crate) fn join_codes(rows: &[sqlx::any::AnyRow]) -> Result<Vec<JoinCodeView>, StoreError> {
    let at = now();
    let mut codes = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(code) = row.col::<Option<String>>("code")? else {
            continue;
        };
        let expires_at: i64 = row.col("expires_at")?;
        let uses_left = count(row, "uses_left")?;
        let status = if row.col::<i64>("revoked")? == 1 {
            CodeStatus::Revoked
        } else if expires_at <= at {
            CodeStatus::Expired
        } else if uses_left == 0 {
            CodeStatus::UsedUp
        } else {
            CodeStatus::Open
        };
        codes.push(JoinCodeView {
            code,
            uses_left,
            expires_at,
            status,
        });
    }
    Ok(codes)
}

#[async_trait]
impl CohortStore for Db {
    async fn cohorts(&self, organisation_id: &str) -> Result<Vec<CohortSummary>, StoreError> {
        self.cohort_list(organisation_id).await
    }

    async fn cohort(
        &self,
        organisation_id: &str,
        cohort_id: &str,
    ) -> Result<Option<CohortView>, StoreError> {
        self.cohort_view(organisation_id, cohort_id).await
    }
}
