//! `server backup DEST`: a consistent copy of a live SQLite database, and of the certificate
//! signing keys, while the server goes on serving.
//!
//! SQLite's `VACUUM INTO` writes the copy from one read transaction: every write committed
//! before it began is in the copy, none after it, and none half (WAL mode lets the server go on
//! writing meanwhile). PostgreSQL has its own tools for this (`pg_dump`; see the README).

use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::db::{Backend, Db};

/// The names of the copies inside the backup folder.
pub const DATABASE_FILE: &str = "skillpath.db";
pub const KEYS_FILE: &str = "signing-keys.json";

/// What a backup wrote.
#[derive(Debug)]
pub struct Written {
    pub database: PathBuf,
    /// None when no certificate was ever signed (there is no keys file yet).
    pub keys: Option<PathBuf>,
}

/// Copies the database and the signing keys into `dest`, a folder made for it (readable by
/// this user alone: the copy holds password hashes and secret keys). An existing backup there
/// is never overwritten.
pub async fn backup(db: &Db, signing_keys: &Path, dest: &Path) -> anyhow::Result<Written> {
    anyhow::ensure!(
        db.backend() == Backend::Sqlite,
        "`backup` copies a SQLite database; back up PostgreSQL with pg_dump (see the README)"
    );
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dest)
        .with_context(|| format!("cannot create the backup folder {}", dest.display()))?;
    let database = dest.join(DATABASE_FILE);
    anyhow::ensure!(
        !database.exists(),
        "{} exists already: back up into a new folder",
        database.display()
    );
    let path = database
        .to_str()
        .context("the backup folder's path is not UTF-8")?;
    sqlx::query("VACUUM INTO $1")
        .bind(path)
        .execute(&db.pool)
        .await
        .with_context(|| format!("cannot write {}", database.display()))?;
    let keys = match std::fs::read(signing_keys) {
        Ok(bytes) => {
            let copy = dest.join(KEYS_FILE);
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&copy)
                .with_context(|| format!("cannot create {}", copy.display()))?;
            std::io::Write::write_all(&mut file, &bytes)?;
            file.sync_all()?;
            Some(copy)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => {
            return Err(error).with_context(|| format!("cannot read {}", signing_keys.display()));
        }
    };
    Ok(Written { database, keys })
}
