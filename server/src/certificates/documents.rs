//! The documents of issued certificates, and what certificate pages read: the [`Certifier`]
//! is the database with the platform's public address and its signing keys.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use app::auth::Client;
use app::certificates::{
    CertificateStore, IssuedCertificate, MyRequest, RequestDetail, RequestSummary, Verification,
};
use app::i18n::Locale;
use app::progress::ProgressStore;
use app::store::{CodeCheck, StoreError};
use async_trait::async_trait;
use credentials::{KeyRing, Site};
use serde_json::Value;

use super::store::Issued;
use crate::db::{Column, Db, failed};
use crate::limits::Subject;

/// The least time a verification look-up takes, found or not: how long the answer takes
/// tells nothing of whether a code exists.
const VERIFY_FLOOR: Duration = Duration::from_millis(150);

/// The database, the platform's public address (for verification pages and issuer
/// profiles), and the key file.
#[derive(Clone)]
pub struct Certifier {
    pub(crate) db: Db,
    site: Site,
    /// Read anew for each signature, so a rotation made by `server keys rotate` counts at once.
    key_file: PathBuf,
}

impl Certifier {
    /// Checks that the key file (if there is one yet) can be read: a damaged one stops the
    /// server at start, not at the first certificate.
    pub fn new(db: Db, public_url: &str, key_file: PathBuf) -> anyhow::Result<Certifier> {
        KeyRing::open(&key_file)?;
        Ok(Certifier {
            db,
            site: Site::new(public_url),
            key_file,
        })
    }

    /// The organisation's current key (made on first use), with every public key of hers
    /// published in the database for issuer profiles on any instance. The key file is read
    /// (and written, under its lock) away from the async threads.
    async fn signing_key(&self, organisation: &str) -> Result<credentials::SigningKey, StoreError> {
        let (path, organisation) = (self.key_file.clone(), organisation.to_string());
        let (key, public) = tokio::task::spawn_blocking(move || {
            KeyRing::current_key(&path, &organisation, crate::clock::now())
        })
        .await
        .map_err(|e| StoreError::Failed(e.to_string()))?
        .map_err(key_error)?;
        self.db.publish_keys(&public).await?;
        Ok(key)
    }

    /// Makes a new key for the organisation and retires the current one (which stays
    /// published); the new key's multibase.
    pub async fn rotate(&self, organisation: &str) -> Result<String, StoreError> {
        let (key, public) = KeyRing::rotate_key(&self.key_file, organisation, crate::clock::now())
            .map_err(key_error)?;
        self.db.publish_keys(&public).await?;
        Ok(key.public_multibase())
    }

    fn document(&self, issued: &Issued) -> credentials::Certificate {
        credentials::Certificate {
            code: issued.code.clone(),
            holder_name: issued.holder_name.clone().unwrap_or_default(),
            subject_id: issued.subject_id.clone(),
            course_slug: issued.course_slug.clone(),
            language: issued.language.clone(),
            title: issued.title.clone(),
            skills: issued.skills.clone(),
            criteria: issued.criteria.clone(),
            issued_at: issued.issued_at,
            issuer: credentials::Issuer {
                id: issued.organisation_id.clone(),
                name: issued.organisation.clone(),
                country: issued.country.clone(),
            },
        }
    }

    /// Her certificate's signed Open Badges credential.
    pub(crate) async fn credential(&self, issued: &Issued) -> Result<Value, StoreError> {
        let key = self.signing_key(&issued.organisation_id).await?;
        let method = self
            .site
            .key_url(&issued.organisation_id, &key.public_multibase());
        let unsigned = credentials::credential(&self.document(issued), &self.site);
        tokio::task::spawn_blocking(move || {
            credentials::sign(unsigned, &key, &method, crate::clock::now())
        })
        .await
        .map_err(|e| StoreError::Failed(e.to_string()))?
        .map_err(|e| StoreError::Failed(e.to_string()))
    }

    /// Her certificate's PDF, its words in the certificate's language.
    pub(crate) fn pdf(&self, issued: &Issued) -> Result<Vec<u8>, StoreError> {
        let locale = Locale::from_code(&issued.language).unwrap_or(Locale::DEFAULT);
        let t = |key: &str| locale.t(key);
        let (heading, awarded_to, completed, skills, issued_by, date, code, verify_at) = (
            t("certificate.heading"),
            t("certificate.awarded_to"),
            t("certificate.completed"),
            t("certificate.skills"),
            t("certificate.issued_by"),
            t("certificate.date"),
            t("certificate.code"),
            t("certificate.verify_at"),
        );
        let issued_on = locale.date(issued.issued_at);
        let labels = credentials::Labels {
            heading: &heading,
            awarded_to: &awarded_to,
            completed: &completed,
            skills: &skills,
            issued_by: &issued_by,
            date: &date,
            issued_on: &issued_on,
            code: &code,
            verify_at: &verify_at,
        };
        credentials::pdf(
            &self.document(issued),
            &labels,
            &self.site.verify_url(&issued.code),
        )
        .map_err(|e| StoreError::Failed(e.to_string()))
    }

    /// An organisation's issuer profile with every key it has signed with; none for an
    /// organisation that does not exist.
    pub(crate) async fn issuer_profile(
        &self,
        organisation: &str,
    ) -> Result<Option<Value>, StoreError> {
        let Some((issuer, keys)) = self.db.issuer(organisation).await? else {
            return Ok(None);
        };
        Ok(Some(credentials::issuer_profile(
            &issuer, &keys, &self.site,
        )))
    }
}

fn key_error(error: credentials::KeyError) -> StoreError {
    StoreError::Failed(error.to_string())
}

impl Db {
    /// The id of the organisation named `name_or_id`, or with that id.
    pub async fn organisation_id(&self, name_or_id: &str) -> Result<Option<String>, StoreError> {
        sqlx::query("SELECT id FROM organisations WHERE id = $1 OR name = $1")
            .bind(name_or_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?
            .map(|row| row.col("id"))
            .transpose()
    }

    /// Publishes the public keys (and retirements) of an organisation's key file.
    async fn publish_keys(&self, keys: &[credentials::PublicKey]) -> Result<(), StoreError> {
        for key in keys {
            sqlx::query(
                "INSERT INTO issuer_keys (organisation_id, public_key, created_at, retired_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id, public_key) \
                 DO UPDATE SET retired_at = COALESCE(issuer_keys.retired_at, excluded.retired_at)",
            )
            .bind(&key.organisation)
            .bind(&key.multibase)
            .bind(key.created_at)
            .bind(key.retired_at)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        }
        Ok(())
    }

    async fn issuer(
        &self,
        organisation: &str,
    ) -> Result<Option<(credentials::Issuer, Vec<credentials::PublicKey>)>, StoreError> {
        let Some(row) = sqlx::query("SELECT name, country FROM organisations WHERE id = $1")
            .bind(organisation)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?
        else {
            return Ok(None);
        };
        let keys = sqlx::query(
            "SELECT public_key, created_at, retired_at FROM issuer_keys \
             WHERE organisation_id = $1 ORDER BY created_at, public_key",
        )
        .bind(organisation)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?
        .iter()
        .map(|k| {
            Ok(credentials::PublicKey {
                organisation: organisation.to_string(),
                multibase: k.col("public_key")?,
                created_at: k.col("created_at")?,
                retired_at: k.col("retired_at")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        let issuer = credentials::Issuer {
            id: organisation.to_string(),
            name: row.col("name")?,
            country: row.col("country")?,
        };
        Ok(Some((issuer, keys)))
    }
}

#[async_trait]
impl CertificateStore for Certifier {
    async fn my_requests(
        &self,
        user_id: &str,
        language: &str,
    ) -> Result<Vec<MyRequest>, StoreError> {
        self.db.my_requests_of(user_id, language).await
    }

    async fn my_certificate(
        &self,
        user_id: &str,
        code: &str,
    ) -> Result<Option<IssuedCertificate>, StoreError> {
        let Some(code) = credentials::normalise_code(code) else {
            return Ok(None);
        };
        let Some(issued) = self.db.own_certificate(user_id, &code).await? else {
            return Ok(None);
        };
        let verify_url = self.site.verify_url(&issued.code);
        Ok(Some(IssuedCertificate {
            qr_svg: credentials::qr_svg(&verify_url)
                .map_err(|e| StoreError::Failed(e.to_string()))?,
            verify_url,
            code: issued.code,
            holder_name: issued.holder_name.unwrap_or_default(),
            title: issued.title,
            skills: issued.skills,
            issued_at: issued.issued_at,
            organisation: issued.organisation,
            country: issued.country,
            language: issued.language,
            revoked_at: issued.revoked_at,
        }))
    }

    async fn review_queue(
        &self,
        organisation_id: &str,
        language: &str,
    ) -> Result<Vec<RequestSummary>, StoreError> {
        self.db.review_queue_of(organisation_id, language).await
    }

    async fn request_detail(
        &self,
        organisation_id: &str,
        request_id: &str,
        language: &str,
    ) -> Result<Option<RequestDetail>, StoreError> {
        let Some(row) = self
            .db
            .request_of(organisation_id, request_id, language)
            .await?
        else {
            return Ok(None);
        };
        let evidence = match &row.cohort_id {
            Some(cohort) => self
                .db
                .learner_progress(
                    organisation_id,
                    cohort,
                    &row.learner_id,
                    &app::languages::ContentLanguages::new(Vec::new(), language),
                )
                .await?
                .and_then(|learner| {
                    learner
                        .courses
                        .into_iter()
                        .find(|c| c.progress.slug == row.course)
                }),
            None => None,
        };
        Ok(Some(RequestDetail {
            summary: row.summary,
            cohort_id: row.cohort_id,
            learner_id: row.learner_id,
            evidence,
            course_withdrawn: row.course_withdrawn,
            decisions: row.decisions,
            code: row.code,
        }))
    }

    async fn verification(
        &self,
        code: &str,
        client: &Client,
    ) -> Result<CodeCheck<Verification>, StoreError> {
        let started = Instant::now();
        let answer = self.look_up(code, client).await;
        tokio::time::sleep_until((started + VERIFY_FLOOR).into()).await;
        answer
    }
}

impl Certifier {
    async fn look_up(
        &self,
        code: &str,
        client: &Client,
    ) -> Result<CodeCheck<Verification>, StoreError> {
        // What cannot be a code is no guess at one: answered without counting.
        let Some(code) = credentials::normalise_code(code) else {
            return Ok(CodeCheck::DoesNotFit);
        };
        let Ok(attempt) = self
            .db
            .begin_attempt(vec![Subject::Verifier(client.0.clone())])
            .await?
        else {
            return Ok(CodeCheck::Wait);
        };
        let Some(issued) = self.db.certificate(&code).await? else {
            return Ok(CodeCheck::DoesNotFit);
        };
        self.db.attempt_succeeded(attempt).await?;
        Ok(CodeCheck::Fits(if issued.withdrawn_at.is_some() {
            Verification::Withdrawn
        } else {
            Verification::Found(issued.verified())
        }))
    }

    /// Whether `typed` is the name on the certificate `code` (a code in its printed form;
    /// case, accents and spaces aside); none when there is no such certificate with a name,
    /// or it must wait. Each check is a guess: a wrong name counts against the client's
    /// address and against the certificate, whoever asks.
    pub(crate) async fn name_matches(
        &self,
        code: &str,
        typed: &str,
        client: &str,
    ) -> Result<CodeCheck<bool>, StoreError> {
        let subjects = vec![
            Subject::Verifier(client.to_string()),
            Subject::NameCheck(code.to_string()),
        ];
        let Ok(attempt) = self.db.begin_attempt(subjects).await? else {
            return Ok(CodeCheck::Wait);
        };
        let holder = self.db.certificate(code).await?.and_then(|c| c.holder_name);
        let Some(holder) = holder else {
            return Ok(CodeCheck::DoesNotFit);
        };
        let matches = courses::fold(&holder) == courses::fold(typed);
        if matches {
            self.db.attempt_succeeded(attempt).await?;
        }
        Ok(CodeCheck::Fits(matches))
    }
}
