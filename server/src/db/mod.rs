//! Storage: one [`Db`] over SQLite or PostgreSQL, chosen by the URL scheme.
//!
//! Queries go through sqlx's `Any` driver and are written once, in SQL both dialects accept
//! (`$1` placeholders, `ON CONFLICT`, BIGINT integers), and so is the schema so far. When a
//! migration needs DDL that differs, it gets a folder per backend.

use std::path::Path;
use std::sync::Arc;

use crate::access::{Forget, tell_others};
use anyhow::Context;
use app::auth::Role;
use app::model::OrganisationName;
use app::store::StoreError;
use sqlx::any::AnyPoolOptions;
use sqlx::any::AnyRow;
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Connection, Executor, Row};

mod outage;
mod reader;

pub use outage::watch;

/// A failed query as the features see it: an outage (logged once, here) or a failure
/// (logged where it surfaces).
pub(crate) fn failed(error: sqlx::Error) -> StoreError {
    if outage::began(&error) {
        StoreError::Unavailable(error.to_string())
    } else {
        StoreError::Failed(error.to_string())
    }
}

/// Why something could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// The name (handle, organisation name) is already taken.
    #[error("already taken")]
    Taken,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Whether a failed insert broke a unique constraint (a name or handle already taken).
pub(crate) fn create_failed(error: sqlx::Error) -> CreateError {
    match &error {
        sqlx::Error::Database(db) if db.is_unique_violation() => CreateError::Taken,
        _ => CreateError::Store(failed(error)),
    }
}

/// Reading a column by name. A schema that does not match the code is a storage failure
/// (logged, and the visitor is asked to try again later), never a panic.
pub(crate) trait Column {
    fn col<T>(&self, name: &str) -> Result<T, StoreError>
    where
        T: for<'r> sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>;
}

impl Column for AnyRow {
    fn col<T>(&self, name: &str) -> Result<T, StoreError>
    where
        T: for<'r> sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
    {
        self.try_get(name)
            .map_err(|error| StoreError::Failed(format!("column {name}: {error}")))
    }
}

pub(crate) fn role_of(row: &AnyRow) -> Result<Role, StoreError> {
    let code: String = row.col("role")?;
    Role::from_code(&code).ok_or_else(|| StoreError::Failed(format!("unknown role {code:?}")))
}

pub(crate) fn count(row: &AnyRow, column: &str) -> Result<u32, StoreError> {
    Ok(u32::try_from(row.col::<i64>(column)?).unwrap_or(0))
}

/// The organisation's name and country in a row that joined them, if the row has one.
/// How a column of "Download my data" reads.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Text,
    Int,
    MaybeInt,
    MaybeText,
}

impl Db {
    /// The rows `sql` selects for `user_id` (its one parameter), each as a JSON object of
    /// `columns`: a table of "Download my data".
    pub(crate) async fn export_rows(
        &self,
        sql: &str,
        user_id: &str,
        columns: &[(&str, Kind)],
    ) -> Result<Vec<serde_json::Value>, StoreError> {
        let rows = sqlx::query(sql)
            .bind(user_id)
            .fetch_all(&self.pool)
            .await
            .map_err(failed)?;
        let mut list = Vec::with_capacity(rows.len());
        for row in &rows {
            let mut object = serde_json::Map::new();
            for (name, kind) in columns {
                let value = match kind {
                    Kind::Text => serde_json::Value::from(row.col::<String>(name)?),
                    Kind::Int => serde_json::Value::from(row.col::<i64>(name)?),
                    Kind::MaybeInt => serde_json::Value::from(row.col::<Option<i64>>(name)?),
                    Kind::MaybeText => serde_json::Value::from(row.col::<Option<String>>(name)?),
                };
                object.insert((*name).to_string(), value);
            }
            list.push(serde_json::Value::Object(object));
        }
        Ok(list)
    }
}

pub(crate) fn organisation_name(row: &AnyRow) -> Result<Option<OrganisationName>, StoreError> {
    let name: Option<String> = row.col("organisation")?;
    let country: Option<String> = row.col("country")?;
    Ok(name
        .zip(country)
        .map(|(name, country)| OrganisationName { name, country }))
}

static MIGRATIONS: Migrator = sqlx::migrate!("./migrations");

/// How long a PostgreSQL connection may rest in the pool before it is checked again.
const CHECK_AFTER_IDLE: std::time::Duration = std::time::Duration::from_secs(5);

/// Whether a connection that rested for `rested` may be used: one that rested longer than
/// [`CHECK_AFTER_IDLE`] may have been cut (the database restarted, a firewall forgot it), and
/// is tested first.
async fn fit_after_rest(connection: &mut sqlx::AnyConnection, rested: std::time::Duration) -> bool {
    rested <= CHECK_AFTER_IDLE || connection.ping().await.is_ok()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> anyhow::Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            anyhow::bail!("DATABASE_URL must start with sqlite: or postgres:")
        }
    }
}

/// A connection pool and the backend behind it.
#[derive(Clone, Debug)]
pub struct Db {
    pub(crate) pool: AnyPool,
    backend: Backend,
    pub(crate) lessons: crate::catalogue::LessonCache,
    pub(crate) facts: crate::catalogue::FactsCache,
    /// Published courses by slug, and the catalogue's cards by interface language.
    pub(crate) courses: crate::catalogue::Recent<Arc<crate::catalogue::Published>>,
    pub(crate) cards: crate::catalogue::Recent<Arc<Vec<crate::catalogue::store::Card>>>,
    /// Learners' progress by course, as lesson pages read it.
    pub(crate) trails: crate::progress::TrailCache,
    /// Who each session signs in, as read within the last second (see `access::session_cache`).
    pub(crate) sessions: crate::access::SessionCache,
    /// Connections kept aside for the reads of every page (see [`reader::Reader`]).
    resting: reader::Resting,
    /// The SQLite file, whose disk an outage for want of room checks (see `outage`).
    file: Option<std::path::PathBuf>,
}

impl Db {
    /// Connects, creating the SQLite file and its folder when they do not exist yet, readable
    /// by this user alone.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url)?;
        // SQLite answers from worker threads of its own, one per connection, and writes one at
        // a time: on a small machine four of them serve more pages a second than sixteen
        // (measured with `cargo bench -p server`: 0.43 of a static file against 0.36).
        let connections = if backend == Backend::Sqlite { 4 } else { 16 };
        // While the database is away, a page says so after a few seconds rather than the
        // thirty sqlx waits by default.
        let mut options = AnyPoolOptions::new()
            .max_connections(connections)
            .acquire_timeout(std::time::Duration::from_secs(3));
        // sqlx checks each connection as it goes back to the pool (a round trip); checking it
        // again as it comes out, before every query, doubles that cost for nothing.
        options = options.test_before_acquire(false);
        if backend == Backend::Postgres {
            // One unfit after its rest is closed, and another taken.
            options = options.before_acquire(|connection, rested| {
                Box::pin(async move { Ok(fit_after_rest(connection, rested.idle_for).await) })
            });
        }
        let mut file = None;
        if backend == Backend::Sqlite {
            file = create_sqlite_file(url)?;
            options = options.after_connect(|connection, _| {
                Box::pin(async move {
                    // WAL lets readers go on while a write commits. FULL makes each commit
                    // wait until the log is on the disk: every write here matters to someone
                    // (her progress, her account, a trainer's decision), and with NORMAL the
                    // last commits before a power cut would be lost after she saw them
                    // acknowledged. A process killed outright loses nothing either way.
                    connection
                        .execute(
                            "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                             PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL;",
                        )
                        .await?;
                    Ok(())
                })
            });
        }
        let pool = options
            .connect(url)
            .await
            .with_context(|| format!("cannot open database {}", crate::config::redact_url(url)))?;
        Ok(Db {
            pool,
            backend,
            lessons: crate::catalogue::LessonCache::default(),
            facts: crate::catalogue::FactsCache::default(),
            courses: Default::default(),
            cards: Default::default(),
            trails: Default::default(),
            sessions: match backend {
                Backend::Sqlite => crate::access::SessionCache::on(),
                Backend::Postgres => crate::access::SessionCache::listening(url),
            },
            resting: reader::Resting::new(if backend == Backend::Postgres { 8 } else { 0 }),
            file,
        })
    }

    /// Brings the schema up to date; safe to run at every start.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        MIGRATIONS
            .run(&self.pool)
            .await
            .context("database migration failed")
    }

    /// A transaction that writes. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`): one that read first and wrote later would fail, not wait, when another
    /// write came in between.
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// Forgets what was kept of an account's sessions: they ended, or what they say (her
    /// progress version) changed.
    pub(crate) async fn sessions_changed(&self, user_id: &str) {
        self.forget_sessions(Forget::User(user_id.to_string()))
            .await;
    }

    /// Forgets what was kept of the sessions `forget` names, here at once and, on
    /// PostgreSQL, on every other instance as soon as they hear of it. Called once the write
    /// that ended or changed them has committed.
    pub(crate) async fn forget_sessions(&self, forget: Forget) {
        self.sessions.forget(&forget);
        if self.backend == Backend::Postgres
            && let Err(error) = tell_others(&self.pool, &forget).await
        {
            // They forget it within the second anyway.
            tracing::warn!(%error, "could not tell the other instances that a session changed");
        }
    }

    /// What the lesson cache holds, in bytes.
    pub fn lesson_cache_bytes(&self) -> usize {
        self.lessons.bytes()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Whether the database answers, for `/healthz`.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Creates the SQLite file's folder (readable only by this user) and the file itself, empty
/// and readable only by this user, when they do not exist yet, and gives its path (none for a
/// database in memory). SQLite gives its `-wal` and
/// `-shm` files the same permissions as the database file.
fn create_sqlite_file(url: &str) -> anyhow::Result<Option<std::path::PathBuf>> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};

    let path = url
        .trim_start_matches("sqlite:")
        .trim_start_matches("//")
        .split('?')
        .next()
        .unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(None);
    }
    if let Some(folder) = Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty() && !p.exists())
    {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(folder)
            .with_context(|| format!("cannot create database folder {}", folder.display()))?;
    }
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => {}
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => keep_private(path)?,
        Err(error) => {
            return Err(error).with_context(|| format!("cannot create database file {path}"));
        }
    }
    // Where SQLite writes (it follows a link to the file): its disk is the one that fills.
    let file =
        std::fs::canonicalize(path).with_context(|| format!("cannot find database file {path}"))?;
    Ok(Some(file))
}

/// Takes away others' access to a database file made before files were created private (and
/// to its `-wal` and `-shm` files), saying so in the log.
fn keep_private(path: &str) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;

    for file in [
        path.to_string(),
        format!("{path}-wal"),
        format!("{path}-shm"),
    ] {
        let Ok(metadata) = std::fs::metadata(&file) else {
            continue;
        };
        let mode = metadata.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode & 0o700))
                .with_context(|| format!("cannot make {file} private"))?;
            tracing::warn!(
                file,
                "the database file was readable by others: now by its owner only"
            );
        }
    }
    Ok(())
}
