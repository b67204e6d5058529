//! A person's own account, in SQL: her page, her password, her data and its erasure.

use app::account::{AccountStore, AccountView};
use app::store::StoreError;
use async_trait::async_trait;
use serde_json::{Value, json};

use crate::auth::digest;
use crate::db::{Column, Db, failed, organisation_name, role_of};
use crate::limits::Subject;

/// Sets an account's password in `tx` and ends its sessions, all but the one whose token has
/// the hash `kept` (none, for an empty string).
pub(crate) async fn set_password(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: &str,
    password_hash: &str,
    kept: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(user_id)
        .execute(&mut **tx)
        .await
        .map_err(failed)?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id)
        .bind(kept)
        .execute(&mut **tx)
        .await
        .map_err(failed)?;
    Ok(())
}

impl Db {
    /// Sets a new password and ends every session of the account but the one given.
    pub async fn change_password(
        &self,
        user_id: &str,
        password_hash: &str,
        keep_token: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await.map_err(failed)?;
        set_password(&mut tx, user_id, password_hash, &digest(keep_token)).await?;
        tx.commit().await.map_err(failed)?;
        self.sessions_changed(user_id).await;
        Ok(())
    }

    /// Everything kept about one person, table by table, as she may download it.
    pub async fn export_account(&self, user_id: &str) -> Result<Value, StoreError> {
        let user = sqlx::query(
            "SELECT u.handle, u.role, u.created_at, u.interface_language, u.reading_languages, \
             o.name AS organisation, o.country, \
             c.name AS cohort FROM users u \
             LEFT JOIN organisations o ON o.id = u.organisation_id \
             LEFT JOIN cohorts c ON c.id = u.cohort_id WHERE u.id = $1",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let Some(user) = user else {
            return Ok(Value::Null);
        };
        let handle: String = user.col("handle")?;
        let sessions = sqlx::query(
            "SELECT shared_device, created_at, last_seen_at FROM sessions WHERE user_id = $1 \
             ORDER BY created_at",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let devices = sqlx::query(
            "SELECT created_at, last_used_at FROM known_devices WHERE user_id = $1 \
             ORDER BY created_at",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?
        .iter()
        .map(|d| -> Result<Value, StoreError> {
            Ok(json!({
                "created_at": d.col::<i64>("created_at")?,
                "last_used_at": d.col::<i64>("last_used_at")?,
                "token": "kept only as a hash, which is not included",
            }))
        })
        .collect::<Result<Vec<_>, _>>()?;
        let reset_codes = sqlx::query("SELECT expires_at FROM reset_codes WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(&self.pool)
            .await
            .map_err(failed)?;
        let sessions = sessions
            .iter()
            .map(|s| -> Result<Value, StoreError> {
                Ok(json!({
                    "shared_device": s.col::<i64>("shared_device")? == 1,
                    "created_at": s.col::<i64>("created_at")?,
                    "last_seen_at": s.col::<i64>("last_seen_at")?,
                }))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let reset_codes = reset_codes
            .iter()
            .map(|r| -> Result<Value, StoreError> {
                Ok(json!({
                    "expires_at": r.col::<i64>("expires_at")?,
                    "code": "kept only as a hash, which is not included",
                }))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let (failures, last_failure_at) = self.attempts(&Subject::account(&handle).key()).await?;
        let mut progress = self.export_progress(user_id).await?;
        let mut certificates = self.export_certificates(user_id).await?;
        let mut data = json!({
            "users": [{
                "handle": handle,
                "role": user.col::<String>("role")?,
                "created_at": user.col::<i64>("created_at")?,
                "organisation": user.col::<Option<String>>("organisation")?,
                "country": user.col::<Option<String>>("country")?,
                "cohort": user.col::<Option<String>>("cohort")?,
                "interface_language": user.col::<String>("interface_language")?,
                "reading_languages": user.col::<String>("reading_languages")?,
                "password": "kept only as an argon2id hash, which is not included",
            }],
            "sessions": sessions,
            "known_devices": devices,
            "reset_codes": reset_codes,
            "sign_in_failures": if failures > 0 {
                vec![json!({ "failures": failures, "last_failure_at": last_failure_at })]
            } else {
                Vec::new()
            },
        });
        if let Some(tables) = data.as_object_mut() {
            tables.append(&mut progress);
            tables.append(&mut certificates);
        }
        Ok(data)
    }

    /// Deletes an account and everything it owns.
    pub async fn erase_account(&self, user_id: &str) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await.map_err(failed)?;
        let requests = crate::certificates::request_ids(&mut tx, user_id).await?;
        // The account first: on PostgreSQL its row is then locked before any of the rows that
        // point at it, in the order a write of her progress takes them, so the two cannot
        // deadlock. What points at it goes with it (ON DELETE CASCADE), and is named below.
        let handle = sqlx::query("DELETE FROM users WHERE id = $1 RETURNING handle")
            .bind(user_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(failed)?;
        if let Some(row) = handle {
            sqlx::query("DELETE FROM sign_in_failures WHERE subject = $1")
                .bind(Subject::account(&row.col::<String>("handle")?).key())
                .execute(&mut *tx)
                .await
                .map_err(failed)?;
        }
        for sql in [
            "DELETE FROM sessions WHERE user_id = $1",
            "DELETE FROM known_devices WHERE user_id = $1",
            "DELETE FROM reset_codes WHERE user_id = $1",
            "DELETE FROM learning_records WHERE user_id = $1",
            "DELETE FROM lesson_progress WHERE user_id = $1",
            "DELETE FROM quiz_progress WHERE user_id = $1",
            "DELETE FROM course_progress WHERE user_id = $1",
            "DELETE FROM certificate_requests WHERE user_id = $1",
        ] {
            sqlx::query(sql)
                .bind(user_id)
                .execute(&mut *tx)
                .await
                .map_err(failed)?;
        }
        crate::certificates::withdraw_certificates(&mut tx, &requests, crate::clock::now()).await?;
        tx.commit().await.map_err(failed)?;
        // Nothing of hers stays in this instance's memory either.
        self.trails.forget(user_id);
        self.sessions_changed(user_id).await;
        Ok(())
    }

    pub(super) async fn account_view(
        &self,
        user_id: &str,
    ) -> Result<Option<AccountView>, StoreError> {
        let row = sqlx::query(
            "SELECT u.handle, u.role, o.name AS organisation, o.country, c.name AS cohort \
             FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id \
             LEFT JOIN cohorts c ON c.id = u.cohort_id WHERE u.id = $1",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(AccountView {
            handle: row.col("handle")?,
            role: role_of(&row)?,
            organisation: organisation_name(&row)?,
            cohort: row.col("cohort")?,
        }))
    }
}

#[async_trait]
impl AccountStore for Db {
    async fn account(&self, user_id: &str) -> Result<Option<AccountView>, StoreError> {
        self.account_view(user_id).await
    }
}
