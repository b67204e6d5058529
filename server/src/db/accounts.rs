//! Organisations, cohorts, accounts, sessions, codes and failed attempts.
//!
//! Convention the erasure test relies on: every table that holds a person's data has a
//! `user_id` column naming her account (the `users` table is hers by its `id`).

use app::auth::{Role, Viewer};
use app::model::{
    AccountView, CodeStatus, CohortSummary, CohortView, JoinCodeView, JoinPreview, LearnerRow,
    OrganisationName, OrganisationView, StaffOverview, StaffRow,
};
use app::store::{CodeCheck, StoreError};
use serde_json::{Value, json};
use sqlx::any::AnyRow;

use super::{Column, Db, failed};
use crate::auth::{self, digest, now, random_hex};
use crate::limits::Subject;
use sqlx::Row;

/// Why something could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// The name (handle, organisation name) is already taken.
    #[error("already taken")]
    Taken,
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn create_failed(error: sqlx::Error) -> CreateError {
    match &error {
        sqlx::Error::Database(db) if db.is_unique_violation() => CreateError::Taken,
        _ => CreateError::Store(failed(error)),
    }
}

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

/// A new account.
#[derive(Debug, Clone)]
pub struct NewAccount<'a> {
    pub handle: &'a str,
    pub role: Role,
    pub organisation_id: Option<&'a str>,
    pub password_hash: Option<&'a str>,
}

/// What signing in needs to know of an account.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user_id: String,
    pub handle: String,
    pub role: Role,
    pub password_hash: Option<String>,
}

/// A session just started: the token goes in the cookie, and never into the database.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub token: String,
    pub shared_device: bool,
}

fn role_of(row: &AnyRow) -> Result<Role, StoreError> {
    let code: String = row.col("role")?;
    Role::from_code(&code).ok_or_else(|| StoreError(format!("unknown role {code:?}")))
}

fn count(row: &AnyRow, column: &str) -> Result<u32, StoreError> {
    Ok(u32::try_from(row.col::<i64>(column)?).unwrap_or(0))
}

impl Db {
    pub async fn create_organisation(
        &self,
        name: &str,
        country: &str,
    ) -> Result<String, CreateError> {
        let id = random_hex(16);
        sqlx::query(
            "INSERT INTO organisations (id, name, country, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(&id)
        .bind(name)
        .bind(country)
        .bind(now())
        .execute(&self.pool)
        .await
        .map_err(create_failed)?;
        Ok(id)
    }

    /// Creates a staff account (or the first admin); learners join through [`Db::join`].
    pub async fn create_account(&self, account: NewAccount<'_>) -> Result<String, CreateError> {
        let id = random_hex(16);
        sqlx::query(
            "INSERT INTO users (id, handle, handle_key, role, organisation_id, cohort_id, \
             password_hash, created_at) VALUES ($1, $2, $3, $4, $5, NULL, $6, $7)",
        )
        .bind(&id)
        .bind(account.handle)
        .bind(auth::handle_key(account.handle))
        .bind(account.role.code())
        .bind(account.organisation_id)
        .bind(account.password_hash)
        .bind(now())
        .execute(&self.pool)
        .await
        .map_err(create_failed)?;
        Ok(id)
    }

    pub async fn organisation_exists(&self, id: &str) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT 1 FROM organisations WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        Ok(row.is_some())
    }

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
            "SELECT id, handle, role, password_hash FROM users WHERE {column} = $1"
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
        }))
    }

    /// Sets a new password and ends every session of the account but the one given.
    pub async fn change_password(
        &self,
        user_id: &str,
        password_hash: &str,
        keep_token: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(failed)?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(user_id)
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(digest(keep_token))
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        tx.commit().await.map_err(failed)
    }

    /// Starts a session with a fresh random token.
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
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(digest(token))
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        Ok(())
    }

    pub async fn end_all_sessions(&self, user_id: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        Ok(())
    }

    /// The person a session token signs in, while the session is within its idle and absolute
    /// limits; an expired session is deleted. Use is recorded at most once a minute.
    pub async fn session_viewer(&self, token: &str) -> Result<Option<Viewer>, StoreError> {
        let token_hash = digest(token);
        let row = sqlx::query(
            "SELECT s.user_id, s.shared_device, s.created_at, s.last_seen_at, u.role, \
             u.organisation_id FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1",
        )
        .bind(&token_hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let Some(row) = row else { return Ok(None) };
        let at = now();
        let (idle, absolute) = if row.col::<i64>("shared_device")? == 1 {
            (auth::SHARED_IDLE_SECONDS, auth::SHARED_ABSOLUTE_SECONDS)
        } else {
            (auth::PERSONAL_IDLE_SECONDS, auth::PERSONAL_ABSOLUTE_SECONDS)
        };
        let last_seen: i64 = row.col("last_seen_at")?;
        if at - last_seen > idle || at - row.col::<i64>("created_at")? > absolute {
            self.end_session(token).await?;
            return Ok(None);
        }
        if at - last_seen >= 60 {
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                .bind(at)
                .bind(&token_hash)
                .execute(&self.pool)
                .await
                .map_err(failed)?;
        }
        Ok(Some(Viewer {
            user_id: row.col("user_id")?,
            role: role_of(&row)?,
            organisation_id: row.col("organisation_id")?,
        }))
    }

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
        Err(StoreError("no free join code after five draws".into()))
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

    /// Creates a learner's account in the cohort a join code leads to, using up one of the
    /// code's uses; all or nothing.
    pub async fn join(
        &self,
        code: &str,
        handle: &str,
        password_hash: &str,
    ) -> Result<String, JoinError> {
        let mut tx = self.pool.begin().await.map_err(failed)?;
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
             SELECT $1, $2, $3, 'learner', organisation_id, id, $4, $5 FROM cohorts WHERE id = $6",
        )
        .bind(&id)
        .bind(handle)
        .bind(auth::handle_key(handle))
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

    /// The organisation of a learner, for checking a trainer's reach.
    pub async fn learner_cohort(&self, learner_id: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT cohort_id FROM users WHERE id = $1 AND role = 'learner'")
            .bind(learner_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        Ok(row.map(|row| row.col("cohort_id")).transpose()?.flatten())
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
        let mut tx = self.pool.begin().await.map_err(failed)?;
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
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(user_id)
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        tx.commit().await.map_err(failed)?;
        Ok(true)
    }

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
        let rules: [(&str, &[i64]); 4] = [
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

    /// Everything kept about one person, table by table, as she may download it.
    pub async fn export_account(&self, user_id: &str) -> Result<Value, StoreError> {
        let user = sqlx::query(
            "SELECT u.handle, u.role, u.created_at, o.name AS organisation, o.country, \
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
        Ok(json!({
            "users": [{
                "handle": handle,
                "role": user.col::<String>("role")?,
                "created_at": user.col::<i64>("created_at")?,
                "organisation": user.col::<Option<String>>("organisation")?,
                "country": user.col::<Option<String>>("country")?,
                "cohort": user.col::<Option<String>>("cohort")?,
                "password": "kept only as an argon2id hash, which is not included",
            }],
            "sessions": sessions,
            "reset_codes": reset_codes,
            "sign_in_failures": if failures > 0 {
                vec![json!({ "failures": failures, "last_failure_at": last_failure_at })]
            } else {
                Vec::new()
            },
        }))
    }

    /// Deletes an account and everything it owns.
    pub async fn erase_account(&self, user_id: &str) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(failed)?;
        let handle = sqlx::query("SELECT handle FROM users WHERE id = $1")
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
            "DELETE FROM reset_codes WHERE user_id = $1",
            "DELETE FROM users WHERE id = $1",
        ] {
            sqlx::query(sql)
                .bind(user_id)
                .execute(&mut *tx)
                .await
                .map_err(failed)?;
        }
        tx.commit().await.map_err(failed)
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

    pub(super) async fn cohort_view(
        &self,
        organisation_id: &str,
        cohort_id: &str,
    ) -> Result<Option<CohortView>, StoreError> {
        let cohort = sqlx::query("SELECT name FROM cohorts WHERE id = $1 AND organisation_id = $2")
            .bind(cohort_id)
            .bind(organisation_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        let Some(cohort) = cohort else {
            return Ok(None);
        };
        let learners = sqlx::query(
            "SELECT id, handle, created_at FROM users WHERE cohort_id = $1 ORDER BY handle_key",
        )
        .bind(cohort_id)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let codes = sqlx::query(
            "SELECT code, uses_left, expires_at, revoked FROM join_codes WHERE cohort_id = $1 \
             ORDER BY created_at DESC",
        )
        .bind(cohort_id)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let at = now();
        Ok(Some(CohortView {
            id: cohort_id.to_string(),
            name: cohort.col("name")?,
            learners: learners
                .iter()
                .map(|row| {
                    Ok(LearnerRow {
                        id: row.col("id")?,
                        handle: row.col("handle")?,
                        joined_at: row.col("created_at")?,
                    })
                })
                .collect::<Result<_, StoreError>>()?,
            codes: codes
                .iter()
                .map(|row| {
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
                    Ok(JoinCodeView {
                        code: row.col("code")?,
                        uses_left,
                        expires_at,
                        status,
                    })
                })
                .collect::<Result<_, StoreError>>()?,
        }))
    }

    pub(super) async fn staff_list(&self) -> Result<StaffOverview, StoreError> {
        let organisations =
            sqlx::query("SELECT id, name, country FROM organisations ORDER BY name")
                .fetch_all(&self.pool)
                .await
                .map_err(failed)?;
        let staff = sqlx::query(
            "SELECT id, handle, role, organisation_id, password_hash IS NOT NULL AS active \
             FROM users WHERE role <> 'learner' ORDER BY handle_key",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let staff = staff
            .iter()
            .map(|s| {
                let organisation: Option<String> = s.col("organisation_id")?;
                let member = StaffRow {
                    id: s.col("id")?,
                    handle: s.col("handle")?,
                    role: role_of(s)?,
                    active: flag(s, "active"),
                };
                Ok((organisation, member))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let staff_of = |organisation: Option<&str>| -> Vec<StaffRow> {
            staff
                .iter()
                .filter(|(of, _)| of.as_deref() == organisation)
                .map(|(_, member)| member.clone())
                .collect()
        };
        let organisations = organisations
            .iter()
            .map(|o| {
                let id: String = o.col("id")?;
                Ok(OrganisationView {
                    name: o.col("name")?,
                    country: o.col("country")?,
                    staff: staff_of(Some(&id)),
                    id,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(StaffOverview {
            organisations,
            admins: staff_of(None),
        })
    }

    /// The role of a staff account (none for a learner or an unknown id).
    pub async fn staff_role(&self, user_id: &str) -> Result<Option<Role>, StoreError> {
        let row = sqlx::query("SELECT role FROM users WHERE id = $1 AND role <> 'learner'")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        row.map(|row| role_of(&row)).transpose()
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

/// The organisation's name and country in a row that joined them, if the row has one.
fn organisation_name(row: &AnyRow) -> Result<Option<OrganisationName>, StoreError> {
    let name: Option<String> = row.col("organisation")?;
    let country: Option<String> = row.col("country")?;
    Ok(name
        .zip(country)
        .map(|(name, country)| OrganisationName { name, country }))
}

/// A boolean expression's value: SQLite answers an integer, PostgreSQL a boolean.
fn flag(row: &AnyRow, column: &str) -> bool {
    row.try_get::<bool, _>(column)
        .or_else(|_| row.try_get::<i64, _>(column).map(|v| v != 0))
        .unwrap_or(false)
}
