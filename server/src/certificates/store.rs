//! Certificates in the database: requests opened with a completion, the name she chooses,
//! her trainers' decisions, issued certificates, their verification, and her data.

use app::certificates::{Decision, MyRequest, RequestStatus, RequestSummary, VerifiedCertificate};
use app::store::StoreError;
use sqlx::any::AnyRow;

use crate::auth::random_hex;
use crate::clock::now;
use crate::db::{Column, Db, Kind, failed};

/// What a trainer's decision found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decided {
    Done,
    /// No such request in her organisation, or not in a state this decision applies to.
    NotFound,
    /// Approving a request whose learner has not chosen a name yet.
    NameNeeded,
    /// Approving a name other than the one to print: she changed it since the page was read.
    NameChanged,
}

/// A request's course title in `language`, else in the course's default language, else the
/// course's slug. A withdrawn course keeps its texts (withdrawal only flags it), so the slug
/// shows only if a course's texts were ever removed by hand.
const TITLE: &str = "COALESCE(\
     (SELECT t.title FROM course_texts t WHERE t.course_slug = r.course_slug AND t.language = $2), \
     (SELECT t.title FROM course_texts t JOIN courses c ON c.slug = t.course_slug \
      WHERE t.course_slug = r.course_slug AND t.language = c.default_language), \
     r.course_slug)";

fn status(row: &AnyRow) -> Result<RequestStatus, StoreError> {
    let text: String = row.col("status")?;
    RequestStatus::parse(&text).ok_or_else(|| StoreError::Failed(format!("unknown status {text}")))
}

/// A random `urn:uuid:` (version 4): who a credential is about, without saying who she is.
fn subject_id() -> String {
    let hex = random_hex(16);
    let variant = ["8", "9", "a", "b"][usize::from(hex.as_bytes()[16] % 4)];
    format!(
        "urn:uuid:{}-{}-4{}-{}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        variant,
        &hex[17..20],
        &hex[20..32]
    )
}

/// Adds a step to a request's history, after the request's row was written (and so locked)
/// in the same transaction.
async fn record_decision(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    request_id: &str,
    by_user: &str,
    action: &str,
    reason: &str,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO certificate_decisions (request_id, position, decided_at, decided_by, action, reason) \
         SELECT $1, COALESCE(MAX(position), -1) + 1, $2, \
           COALESCE((SELECT handle FROM users WHERE id = $3), ''), $4, $5 \
         FROM certificate_decisions WHERE request_id = $1",
    )
    .bind(request_id)
    .bind(at)
    .bind(by_user)
    .bind(action)
    .bind(reason)
    .execute(&mut **tx)
    .await
    .map_err(failed)?;
    Ok(())
}

/// Opens her certificate request for a course she has just completed, in the transaction
/// that completed it: no job runs later, and nothing is ever missed. Once per course.
pub(crate) async fn open_request(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: &str,
    course: &str,
    at: i64,
) -> Result<(), StoreError> {
    let id = random_hex(16);
    let opened = sqlx::query(
        "INSERT INTO certificate_requests (id, user_id, organisation_id, course_slug, status, \
           chosen_name, language, note, opened_at, updated_at, code) \
         SELECT $1, u.id, u.organisation_id, c.slug, 'pending', '', c.default_language, '', $2, $2, NULL \
         FROM users u, courses c \
         WHERE u.id = $3 AND c.slug = $4 AND u.organisation_id IS NOT NULL AND u.role = 'learner' \
         ON CONFLICT (user_id, course_slug) DO NOTHING",
    )
    .bind(&id)
    .bind(at)
    .bind(user_id)
    .bind(course)
    .execute(&mut **tx)
    .await
    .map_err(failed)?
    .rows_affected();
    if opened == 1 {
        sqlx::query(
            "INSERT INTO certificate_decisions (request_id, position, decided_at, decided_by, action, reason) \
             VALUES ($1, 0, $2, '', 'opened', '')",
        )
        .bind(&id)
        .bind(at)
        .execute(&mut **tx)
        .await
        .map_err(failed)?;
    }
    Ok(())
}

/// An issued certificate as the database keeps it.
pub(crate) struct Issued {
    pub code: String,
    pub holder_name: Option<String>,
    pub organisation_id: String,
    pub organisation: String,
    pub country: String,
    pub course_slug: String,
    pub language: String,
    pub title: String,
    pub skills: Vec<String>,
    pub criteria: String,
    pub subject_id: String,
    pub issued_at: i64,
    pub revoked_at: Option<i64>,
    pub withdrawn_at: Option<i64>,
}

const ISSUED_COLUMNS: &str = "c.code, c.holder_name, c.organisation_id, c.organisation_name, \
     c.organisation_country, c.course_slug, c.language, c.title, c.skills, c.criteria, \
     c.subject_id, c.issued_at, c.revoked_at, c.withdrawn_at";

fn issued(row: &AnyRow) -> Result<Issued, StoreError> {
    let skills: String = row.col("skills")?;
    Ok(Issued {
        code: row.col("code")?,
        holder_name: row.col("holder_name")?,
        organisation_id: row.col("organisation_id")?,
        organisation: row.col("organisation_name")?,
        country: row.col("organisation_country")?,
        course_slug: row.col("course_slug")?,
        language: row.col("language")?,
        title: row.col("title")?,
        skills: serde_json::from_str(&skills).map_err(|e| StoreError::Failed(e.to_string()))?,
        criteria: row.col("criteria")?,
        subject_id: row.col("subject_id")?,
        issued_at: row.col("issued_at")?,
        revoked_at: row.col("revoked_at")?,
        withdrawn_at: row.col("withdrawn_at")?,
    })
}

impl Issued {
    /// What the verification page may tell.
    pub(crate) fn verified(self) -> VerifiedCertificate {
        VerifiedCertificate {
            code: self.code,
            title: self.title,
            skills: self.skills,
            issued_at: self.issued_at,
            organisation: self.organisation,
            country: self.country,
            revoked_at: self.revoked_at,
        }
    }
}

impl Db {
    /// Saves the name she chose to print, while her request is open; a returned request goes
    /// back to her trainers. The certificate will be written in `language` when the course
    /// has it. Whether her open request was found.
    pub async fn save_certificate_name(
        &self,
        user_id: &str,
        request_id: &str,
        name: &str,
        language: &str,
    ) -> Result<bool, StoreError> {
        let at = now();
        let mut tx = self.begin_write().await.map_err(failed)?;
        let saved = sqlx::query(
            "UPDATE certificate_requests SET chosen_name = $1, status = 'pending', updated_at = $2, \
               language = COALESCE((SELECT t.language FROM course_texts t \
                 WHERE t.course_slug = certificate_requests.course_slug AND t.language = $3), language) \
             WHERE id = $4 AND user_id = $5 AND status IN ('pending', 'returned')",
        )
        .bind(name)
        .bind(at)
        .bind(language)
        .bind(request_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .map_err(failed)?
        .rows_affected();
        if saved == 1 {
            record_decision(&mut tx, request_id, user_id, "named", "", at).await?;
        }
        tx.commit().await.map_err(failed)?;
        Ok(saved == 1)
    }

    /// Sends a pending request back to her with a note.
    pub async fn return_certificate_request(
        &self,
        organisation_id: &str,
        request_id: &str,
        trainer_id: &str,
        note: &str,
    ) -> Result<Decided, StoreError> {
        let at = now();
        let mut tx = self.begin_write().await.map_err(failed)?;
        let returned = sqlx::query(
            "UPDATE certificate_requests SET status = 'returned', note = $1, updated_at = $2 \
             WHERE id = $3 AND organisation_id = $4 AND status = 'pending'",
        )
        .bind(note)
        .bind(at)
        .bind(request_id)
        .bind(organisation_id)
        .execute(&mut *tx)
        .await
        .map_err(failed)?
        .rows_affected();
        if returned == 0 {
            return Ok(Decided::NotFound);
        }
        record_decision(&mut tx, request_id, trainer_id, "returned", note, at).await?;
        tx.commit().await.map_err(failed)?;
        Ok(Decided::Done)
    }

    /// Approves a pending request and issues its certificate, written in the request's
    /// language with `criteria` (what earned it, in that language). Two trainers approving at
    /// once issue one certificate: the request is claimed by the first write.
    pub async fn approve_certificate_request(
        &self,
        organisation_id: &str,
        request_id: &str,
        trainer_id: &str,
        reviewed_name: &str,
        criteria: impl Fn(&str) -> String,
    ) -> Result<Decided, StoreError> {
        let at = now();
        let mut tx = self.begin_write().await.map_err(failed)?;
        let claimed = sqlx::query(
            "UPDATE certificate_requests SET status = 'issued', updated_at = $1 \
             WHERE id = $2 AND organisation_id = $3 AND status = 'pending' AND chosen_name <> '' \
               AND chosen_name = $4 \
             RETURNING course_slug, chosen_name, language",
        )
        .bind(at)
        .bind(request_id)
        .bind(organisation_id)
        .bind(reviewed_name)
        .fetch_optional(&mut *tx)
        .await
        .map_err(failed)?;
        let Some(claimed) = claimed else {
            let waiting = sqlx::query(
                "SELECT chosen_name FROM certificate_requests \
                 WHERE id = $1 AND organisation_id = $2 AND status = 'pending'",
            )
            .bind(request_id)
            .bind(organisation_id)
            .fetch_optional(&mut *tx)
            .await
            .map_err(failed)?;
            return Ok(match waiting {
                None => Decided::NotFound,
                Some(row) if row.col::<String>("chosen_name")?.is_empty() => Decided::NameNeeded,
                Some(_) => Decided::NameChanged,
            });
        };
        let course: String = claimed.col("course_slug")?;
        let language: String = claimed.col("language")?;
        let texts = sqlx::query(
            "SELECT t.language, t.certificate_title, t.title, t.skills, o.name, o.country \
             FROM course_texts t JOIN courses c ON c.slug = t.course_slug, organisations o \
             WHERE t.course_slug = $1 AND o.id = $2 \
               AND t.language IN ($3, c.default_language) \
             ORDER BY CASE WHEN t.language = $3 THEN 0 ELSE 1 END LIMIT 1",
        )
        .bind(&course)
        .bind(organisation_id)
        .bind(&language)
        .fetch_optional(&mut *tx)
        .await
        .map_err(failed)?
        .ok_or_else(|| StoreError::Failed(format!("course {course} has no texts to print")))?;
        let language: String = texts.col("language")?;
        let title: String = texts.col("certificate_title")?;
        let title = if title.is_empty() {
            texts.col("title")?
        } else {
            title
        };
        let mut code = String::new();
        for _ in 0..4 {
            let candidate = credentials::new_verification_code()
                .map_err(|e| StoreError::Failed(format!("no random source: {e}")))?;
            let inserted = sqlx::query(
                "INSERT INTO certificates (code, request_id, organisation_id, organisation_name, \
                   organisation_country, course_slug, language, title, skills, criteria, holder_name, \
                   subject_id, issued_at, revoked_at, revoke_reason, withdrawn_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL, '', NULL) \
                 ON CONFLICT (code) DO NOTHING",
            )
            .bind(&candidate)
            .bind(request_id)
            .bind(organisation_id)
            .bind(texts.col::<String>("name")?)
            .bind(texts.col::<String>("country")?)
            .bind(&course)
            .bind(&language)
            .bind(&title)
            .bind(texts.col::<String>("skills")?)
            .bind(criteria(&language))
            .bind(claimed.col::<String>("chosen_name")?)
            .bind(subject_id())
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(failed)?
            .rows_affected();
            if inserted == 1 {
                code = candidate;
                break;
            }
        }
        if code.is_empty() {
            return Err(StoreError::Failed(
                "four certificate codes in a row were taken".into(),
            ));
        }
        sqlx::query("UPDATE certificate_requests SET code = $1 WHERE id = $2")
            .bind(&code)
            .bind(request_id)
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        record_decision(&mut tx, request_id, trainer_id, "approved", "", at).await?;
        tx.commit().await.map_err(failed)?;
        Ok(Decided::Done)
    }

    /// Revokes an issued certificate: its verification page says so, with the date.
    pub async fn revoke_certificate(
        &self,
        organisation_id: &str,
        request_id: &str,
        trainer_id: &str,
        reason: &str,
    ) -> Result<Decided, StoreError> {
        let at = now();
        let mut tx = self.begin_write().await.map_err(failed)?;
        let revoked = sqlx::query(
            "UPDATE certificate_requests SET status = 'revoked', updated_at = $1 \
             WHERE id = $2 AND organisation_id = $3 AND status = 'issued' RETURNING code",
        )
        .bind(at)
        .bind(request_id)
        .bind(organisation_id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(failed)?;
        let Some(revoked) = revoked else {
            return Ok(Decided::NotFound);
        };
        sqlx::query("UPDATE certificates SET revoked_at = $1, revoke_reason = $2 WHERE code = $3")
            .bind(at)
            .bind(reason)
            .bind(revoked.col::<String>("code")?)
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        record_decision(&mut tx, request_id, trainer_id, "revoked", reason, at).await?;
        tx.commit().await.map_err(failed)?;
        Ok(Decided::Done)
    }

    /// Her certificate by its printed code, only if it is hers.
    pub(crate) async fn own_certificate(
        &self,
        user_id: &str,
        code: &str,
    ) -> Result<Option<Issued>, StoreError> {
        let sql = format!(
            "SELECT {ISSUED_COLUMNS} FROM certificates c \
             JOIN certificate_requests r ON r.id = c.request_id \
             WHERE c.code = $1 AND r.user_id = $2"
        );
        sqlx::query(&sql)
            .bind(code)
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?
            .as_ref()
            .map(issued)
            .transpose()
    }

    /// A certificate by its printed code, whoever asks.
    pub(crate) async fn certificate(&self, code: &str) -> Result<Option<Issued>, StoreError> {
        let sql = format!("SELECT {ISSUED_COLUMNS} FROM certificates c WHERE c.code = $1");
        sqlx::query(&sql)
            .bind(code)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?
            .as_ref()
            .map(issued)
            .transpose()
    }

    pub(crate) async fn my_requests_of(
        &self,
        user_id: &str,
        language: &str,
    ) -> Result<Vec<MyRequest>, StoreError> {
        let sql = format!(
            "SELECT r.id, r.status, r.chosen_name, r.note, r.code, {TITLE} AS title \
             FROM certificate_requests r WHERE r.user_id = $1 ORDER BY r.opened_at DESC, r.id"
        );
        let rows = sqlx::query(&sql)
            .bind(user_id)
            .bind(language)
            .fetch_all(&self.pool)
            .await
            .map_err(failed)?;
        rows.iter()
            .map(|row| {
                Ok(MyRequest {
                    id: row.col("id")?,
                    course_title: row.col("title")?,
                    status: status(row)?,
                    chosen_name: row.col("chosen_name")?,
                    note: row.col("note")?,
                    code: row.col("code")?,
                })
            })
            .collect()
    }

    /// The organisation's requests: open ones first (oldest first: they have waited
    /// longest), then the latest decided; 500 in all.
    pub(crate) async fn review_queue_of(
        &self,
        organisation_id: &str,
        language: &str,
    ) -> Result<Vec<RequestSummary>, StoreError> {
        let sql = format!(
            "SELECT r.id, u.handle, r.status, r.chosen_name, r.opened_at, r.updated_at, {TITLE} AS title \
             FROM certificate_requests r JOIN users u ON u.id = r.user_id \
             WHERE r.organisation_id = $1 \
             ORDER BY CASE WHEN r.status IN ('pending', 'returned') THEN 0 ELSE 1 END, \
               CASE WHEN r.status IN ('pending', 'returned') THEN r.opened_at ELSE -r.updated_at END, r.id \
             LIMIT 500"
        );
        let rows = sqlx::query(&sql)
            .bind(organisation_id)
            .bind(language)
            .fetch_all(&self.pool)
            .await
            .map_err(failed)?;
        rows.iter().map(summary).collect()
    }

    /// One request of the organisation, with its learner's id and group and its history.
    pub(crate) async fn request_of(
        &self,
        organisation_id: &str,
        request_id: &str,
        language: &str,
    ) -> Result<Option<RequestRow>, StoreError> {
        let sql = format!(
            "SELECT r.id, u.handle, r.status, r.chosen_name, r.opened_at, r.updated_at, r.code, \
               r.course_slug, u.id AS learner_id, u.cohort_id, {TITLE} AS title, \
               (SELECT k.withdrawn FROM courses k WHERE k.slug = r.course_slug) AS withdrawn \
             FROM certificate_requests r JOIN users u ON u.id = r.user_id \
             WHERE r.id = $1 AND r.organisation_id = $3"
        );
        let Some(row) = sqlx::query(&sql)
            .bind(request_id)
            .bind(language)
            .bind(organisation_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?
        else {
            return Ok(None);
        };
        let decisions = sqlx::query(
            "SELECT decided_at, decided_by, action, reason FROM certificate_decisions \
             WHERE request_id = $1 ORDER BY position",
        )
        .bind(request_id)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?
        .iter()
        .map(|d| {
            Ok(Decision {
                at: d.col("decided_at")?,
                by: d.col("decided_by")?,
                action: d.col("action")?,
                reason: d.col("reason")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Some(RequestRow {
            summary: summary(&row)?,
            course: row.col("course_slug")?,
            learner_id: row.col("learner_id")?,
            cohort_id: row.col("cohort_id")?,
            code: row.col("code")?,
            course_withdrawn: row.col::<Option<i64>>("withdrawn")? == Some(1),
            decisions,
        }))
    }

    /// Her requests, their history and her certificates, for "Download my data".
    pub(crate) async fn export_certificates(
        &self,
        user_id: &str,
    ) -> Result<serde_json::Map<String, serde_json::Value>, StoreError> {
        use Kind::{Int, MaybeInt, MaybeText, Text};
        let mut export = serde_json::Map::new();
        let requests = self
            .export_rows(
                "SELECT course_slug, status, chosen_name, language, note, opened_at, updated_at, code \
                 FROM certificate_requests WHERE user_id = $1 ORDER BY opened_at, id",
                user_id,
                &[
                    ("course_slug", Text),
                    ("status", Text),
                    ("chosen_name", Text),
                    ("language", Text),
                    ("note", Text),
                    ("opened_at", Int),
                    ("updated_at", Int),
                    ("code", MaybeText),
                ],
            )
            .await?;
        let decisions = self
            .export_rows(
                "SELECT r.course_slug, d.decided_at, d.decided_by, d.action, d.reason \
                 FROM certificate_decisions d JOIN certificate_requests r ON r.id = d.request_id \
                 WHERE r.user_id = $1 ORDER BY r.opened_at, r.id, d.position",
                user_id,
                &[
                    ("course_slug", Text),
                    ("decided_at", Int),
                    ("decided_by", Text),
                    ("action", Text),
                    ("reason", Text),
                ],
            )
            .await?;
        let certificates = self
            .export_rows(
                "SELECT c.code, c.holder_name, c.title, c.language, c.organisation_name, \
                   c.organisation_country, c.subject_id, c.issued_at, c.revoked_at, c.revoke_reason \
                 FROM certificates c JOIN certificate_requests r ON r.id = c.request_id \
                 WHERE r.user_id = $1 ORDER BY c.issued_at, c.code",
                user_id,
                &[
                    ("code", Text),
                    ("holder_name", MaybeText),
                    ("title", Text),
                    ("language", Text),
                    ("organisation_name", Text),
                    ("organisation_country", Text),
                    ("subject_id", Text),
                    ("issued_at", Int),
                    ("revoked_at", MaybeInt),
                    ("revoke_reason", Text),
                ],
            )
            .await?;
        export.insert("certificate_requests".into(), requests.into());
        export.insert("certificate_decisions".into(), decisions.into());
        export.insert("certificates".into(), certificates.into());
        Ok(export)
    }
}

/// Her requests' ids, read in her account's erasure before the account is deleted (which
/// deletes them with it).
pub(crate) async fn request_ids(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: &str,
) -> Result<Vec<String>, StoreError> {
    sqlx::query("SELECT id FROM certificate_requests WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(&mut **tx)
        .await
        .map_err(failed)?
        .iter()
        .map(|row| row.col("id"))
        .collect()
}

/// In her account's erasure, after the account (and so her requests) went: the certificates
/// of those requests lose her name, and say from now on that their holder withdrew them.
/// Request rows are locked before certificate rows, as a revocation takes them.
pub(crate) async fn withdraw_certificates(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    request_ids: &[String],
    at: i64,
) -> Result<(), StoreError> {
    for request in request_ids {
        sqlx::query(
            "UPDATE certificates SET holder_name = NULL, request_id = NULL, revoke_reason = '', \
               withdrawn_at = $1 WHERE request_id = $2",
        )
        .bind(at)
        .bind(request)
        .execute(&mut **tx)
        .await
        .map_err(failed)?;
    }
    Ok(())
}

/// A request as the review pages need it.
pub(crate) struct RequestRow {
    pub summary: RequestSummary,
    pub course: String,
    pub learner_id: String,
    pub cohort_id: Option<String>,
    pub code: Option<String>,
    /// The course left the catalogue after she completed it.
    pub course_withdrawn: bool,
    pub decisions: Vec<Decision>,
}

fn summary(row: &AnyRow) -> Result<RequestSummary, StoreError> {
    Ok(RequestSummary {
        id: row.col("id")?,
        handle: row.col("handle")?,
        course_title: row.col("title")?,
        status: status(row)?,
        chosen_name: row.col("chosen_name")?,
        opened_at: row.col("opened_at")?,
        updated_at: row.col("updated_at")?,
    })
}
