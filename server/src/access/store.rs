//! Getting in, in SQL: credentials, sessions, join codes tested and used, reset codes.

use app::access::{AccessStore, JoinPreview};
use app::auth::{Client, Role, Viewer};
use app::store::{CodeCheck, StoreError};
use async_trait::async_trait;

use crate::access::Forget;
use crate::account::set_password;
use crate::auth::{self, digest, random_hex};
use crate::clock::now;
use crate::db::{Column, CreateError, Db, create_failed, failed, organisation_name, role_of};
use crate::limits::Subject;

/// Why a join did not create an account.
#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    #[error("the join code does not let anyone in")]
    CodeInvalid,
    #[error("the handle is taken")]
    HandleTaken,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What signing in needs to know of an account.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user_id: String,
    pub handle: String,
    pub role: Role,
    pub password_hash: Option<String>,
    /// The languages she chose, which come back where she signs in.
    pub languages: crate::languages::Languages,
}

/// A session just started: the token goes in the cookie, and never into the database.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub token: String,
    pub shared_device: bool,
}

impl Db {
    /// The account with this handle, in any case.
    pub async fn credentials(&self, handle: &str) -> Result<Option<Credentials>, StoreError> {
        self.credentials_where("handle_key", &auth::handle_key(handle))
            .await
    }

    /// The account with this id.
    pub async fn credentials_of(&self, user_id: &str) -> Result<Option<Credentials>, StoreError> {
        self.credentials_where("id", user_id).await
    }

    async fn credentials_where(
        &self,
        column: &'static str,
        value: &str,
    ) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT id, handle, role, password_hash, interface_language, reading_languages \
             FROM users WHERE {column} = $1"
        ))
        .bind(value)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(Credentials {
            user_id: row.col("id")?,
            handle: row.col("handle")?,
            role: role_of(&row)?,
            password_hash: row.col("password_hash")?,
            languages: crate::languages::Languages {
                interface: row.col("interface_language")?,
                reading: row.col("reading_languages")?,
            },
        }))
    }

    /// Starts a session with a fresh random token.
    /// Remembers this browser as one she signs in with, and forgets all but her five most
    /// recent ones; returns the token for its cookie.
    pub async fn remember_device(&self, user_id: &str) -> Result<String, StoreError> {
        let token = random_hex(32);
        let at = now();
        sqlx::query(
            "INSERT INTO known_devices (token_hash, user_id, created_at, last_used_at) \
             VALUES ($1, $2, $3, $3)",
        )
        .bind(digest(&token))
        .bind(user_id)
        .bind(at)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        sqlx::query(
            "DELETE FROM known_devices WHERE user_id = $1 AND token_hash NOT IN \
             (SELECT token_hash FROM known_devices WHERE user_id = $1 \
              ORDER BY last_used_at DESC, created_at DESC LIMIT 5)",
        )
        .bind(user_id)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(token)
    }

    /// Whether `token` is a browser she signed in with before.
    pub async fn is_known_device(&self, user_id: &str, token: &str) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT 1 FROM known_devices WHERE token_hash = $1 AND user_id = $2")
            .bind(digest(token))
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        Ok(row.is_some())
    }

    /// A known browser of hers was used now: it is not forgotten while she signs in with it.
    pub async fn device_used(&self, user_id: &str, token: &str) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE known_devices SET last_used_at = $1 WHERE token_hash = $2 AND user_id = $3",
        )
        .bind(now())
        .bind(digest(token))
        .bind(user_id)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(())
    }

    pub async fn start_session(
        &self,
        user_id: &str,
        shared_device: bool,
    ) -> Result<NewSession, StoreError> {
        let token = random_hex(32);
        let at = now();
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, shared_device, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(digest(&token))
        .bind(user_id)
        .bind(i64::from(shared_device))
        .bind(at)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(NewSession {
            token,
            shared_device,
        })
    }

    pub async fn end_session(&self, token: &str) -> Result<(), StoreError> {
        let token_hash = digest(token);
        let ended = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(&token_hash)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        // Any cookie may be sent to sign out: only a session that was there is told of.
        if ended.rows_affected() > 0 {
            self.forget_sessions(Forget::Token(token_hash)).await;
        }
        Ok(())
    }

    pub async fn end_all_sessions(&self, user_id: &str) -> Result<(), StoreError> {
        let ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        if ended.rows_affected() > 0 {
            self.sessions_changed(user_id).await;
        }
        Ok(())
    }

    /// The person a session token signs in, while the session is within its idle and absolute
    /// limits; an expired session is deleted. Use is recorded at most once a minute.
    pub async fn session_viewer(&self, token: &str) -> Result<Option<Viewer>, StoreError> {
        let token_hash = digest(token);
        if let Some(viewer) = self.sessions.get(&token_hash) {
            return Ok(Some(viewer));
        }
        let read = self.sessions.read_at();
        // Every signed-in page asks this: on a connection kept aside for it (see `db::reader`).
        let row = self
            .reader()
            .await?
            .fetch_optional(
                sqlx::query(
                    "SELECT s.user_id, s.shared_device, s.created_at, s.last_seen_at, u.role, \
                     u.organisation_id, u.progress_version FROM sessions s \
                     JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
                )
                .bind(&token_hash),
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let at = now();
        let (idle, absolute) = if row.col::<i64>("shared_device")? == 1 {
            (auth::SHARED_IDLE_SECONDS, auth::SHARED_ABSOLUTE_SECONDS)
        } else {
            (auth::PERSONAL_IDLE_SECONDS, auth::PERSONAL_ABSOLUTE_SECONDS)
        };
        let last_seen: i64 = row.col("last_seen_at")?;
        // Neither ending a session nor noting that it was seen may fail her page: on a full
        // disk pages are still read (the next page tries again).
        if at - last_seen > idle || at - row.col::<i64>("created_at")? > absolute {
            if let Err(error) = self.end_session(token).await {
                error.report("ending a session past its time");
            }
            return Ok(None);
        }
        if at - last_seen >= 60 {
            match sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                .bind(at)
                .bind(&token_hash)
                .execute(&self.pool)
                .await
            {
                // It ended while it was being read.
                Ok(touched) if touched.rows_affected() == 0 => return Ok(None),
                Ok(_) => {}
                Err(error) => failed(error).report("noting that a session was seen"),
            }
        }
        let viewer = Viewer {
            user_id: row.col("user_id")?,
            role: role_of(&row)?,
            organisation_id: row.col("organisation_id")?,
            progress_version: row.col("progress_version")?,
        };
        self.sessions.put(&token_hash, &viewer, read);
        Ok(Some(viewer))
    }

    /// Creates a learner's account in the cohort a join code leads to, using up one of the
    /// code's uses; all or nothing.
    pub async fn join(
        &self,
        code: &str,
        handle: &str,
        password_hash: &str,
    ) -> Result<String, JoinError> {
        let mut tx = self.begin_write().await.map_err(failed)?;
        let at = now();
        let cohort = sqlx::query(
            "UPDATE join_codes SET uses_left = uses_left - 1 WHERE code = $1 AND revoked = 0 \
             AND uses_left > 0 AND expires_at > $2 RETURNING cohort_id",
        )
        .bind(auth::normalise_code(code))
        .bind(at)
        .fetch_optional(&mut *tx)
        .await
        .map_err(failed)?;
        let Some(cohort) = cohort else {
            return Err(JoinError::CodeInvalid);
        };
        let cohort_id: String = cohort.col("cohort_id")?;
        let id = random_hex(16);
        let inserted = sqlx::query(
            "INSERT INTO users (id, handle, handle_key, role, organisation_id, cohort_id, \
             password_hash, created_at) \
             SELECT $1, $2, $3, $4, organisation_id, id, $5, $6 FROM cohorts WHERE id = $7",
        )
        .bind(&id)
        .bind(handle)
        .bind(auth::handle_key(handle))
        .bind(Role::Learner.code())
        .bind(password_hash)
        .bind(at)
        .bind(&cohort_id)
        .execute(&mut *tx)
        .await;
        match inserted {
            Ok(_) => {
                tx.commit().await.map_err(failed)?;
                Ok(id)
            }
            Err(error) => match create_failed(error) {
                CreateError::Taken => Err(JoinError::HandleTaken),
                CreateError::Store(error) => Err(error.into()),
            },
        }
    }

    /// A new one-time code with which the account's owner sets a password; it replaces any
    /// earlier one.
    pub async fn issue_reset_code(&self, user_id: &str) -> Result<String, StoreError> {
        let code = auth::new_secret_code();
        sqlx::query(
            "INSERT INTO reset_codes (user_id, code_hash, expires_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash, \
             expires_at = excluded.expires_at",
        )
        .bind(user_id)
        .bind(digest(&code))
        .bind(now() + auth::RESET_CODE_SECONDS)
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(code)
    }

    /// Whether `code` is the account's unexpired reset code (checked before a new password
    /// is hashed: a wrong code costs no hashing).
    pub async fn reset_code_fits(&self, user_id: &str, code: &str) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT 1 FROM reset_codes WHERE user_id = $1 AND code_hash = $2 AND expires_at > $3",
        )
        .bind(user_id)
        .bind(digest(code))
        .bind(now())
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        Ok(row.is_some())
    }

    /// Sets a new password if `code` is the account's unexpired reset code, using the code
    /// up and ending every session of the account. False if the code does not fit.
    pub async fn redeem_reset_code(
        &self,
        user_id: &str,
        code: &str,
        password_hash: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await.map_err(failed)?;
        let used = sqlx::query(
            "DELETE FROM reset_codes WHERE user_id = $1 AND code_hash = $2 AND expires_at > $3",
        )
        .bind(user_id)
        .bind(digest(code))
        .bind(now())
        .execute(&mut *tx)
        .await
        .map_err(failed)?;
        if used.rows_affected() != 1 {
            return Ok(false);
        }
        // Every session ends: no session token hashes to the empty string.
        set_password(&mut tx, user_id, password_hash, "").await?;
        tx.commit().await.map_err(failed)?;
        self.sessions_changed(user_id).await;
        Ok(true)
    }

    /// Tests a join code for a client: an attempt counted against it, given back when the
    /// code fits. Every door that reads a join code (both steps of the join form and the
    /// join page's preview) comes through here.
    pub async fn check_join_code(
        &self,
        code: &str,
        client: &Subject,
    ) -> Result<CodeCheck<JoinPreview>, StoreError> {
        let Ok(attempt) = self.begin_attempt(vec![client.clone()]).await? else {
            return Ok(CodeCheck::Wait);
        };
        match self.join_preview_of(code).await? {
            Some(preview) => {
                self.attempt_succeeded(attempt).await?;
                Ok(CodeCheck::Fits(preview))
            }
            None => Ok(CodeCheck::DoesNotFit),
        }
    }

    async fn join_preview_of(&self, code: &str) -> Result<Option<JoinPreview>, StoreError> {
        let row = sqlx::query(
            "SELECT o.name AS organisation, o.country, c.name AS cohort FROM join_codes j \
             JOIN cohorts c ON c.id = j.cohort_id JOIN organisations o ON o.id = c.organisation_id \
             WHERE j.code = $1 AND j.revoked = 0 AND j.uses_left > 0 AND j.expires_at > $2",
        )
        .bind(auth::normalise_code(code))
        .bind(now())
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let Some(row) = row else { return Ok(None) };
        let cohort = row.col("cohort")?;
        Ok(organisation_name(&row)?.map(|organisation| JoinPreview {
            organisation,
            cohort,
        }))
    }
}

#[async_trait]
impl AccessStore for Db {
    async fn join_preview(
        &self,
        code: &str,
        client: &Client,
    ) -> Result<CodeCheck<JoinPreview>, StoreError> {
        self.check_join_code(code, &Subject::Address(client.0.clone()))
            .await
    }
}
