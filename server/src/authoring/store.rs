//! Drafts in the database: a course's files by path, each with its own revision, changed in
//! transactions that hold the draft still (its row's revision is raised first, which takes
//! the write lock on SQLite and the row's lock on PostgreSQL).

use std::collections::BTreeMap;

use app::authoring::{TextState, Visibility};
use app::store::StoreError;
use courses::FileTree;
use courses::edit::{self, EditError, translation_path};
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Transaction};

use crate::db::{Column, Db, failed};

/// A draft's row.
#[derive(Debug, Clone)]
pub(crate) struct DraftRow {
    pub visibility: Visibility,
    pub revision: i64,
}

/// What the database keeps beside a draft file's bytes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FileMeta {
    pub revision: i64,
    /// A translation's: the digest of the default-language file it was saved against.
    pub basis: Option<String>,
}

/// A draft's files and their revisions and bases.
pub(crate) struct Draft {
    pub row: DraftRow,
    pub tree: FileTree,
    pub meta: BTreeMap<String, FileMeta>,
}

/// A lesson text she sent that was not saved, kept aside for her editor.
#[derive(Debug, Clone)]
pub(crate) struct KeptText {
    pub title: String,
    pub body: String,
    /// The file's revision she wrote it against: another means someone saved since.
    pub based_on: i64,
}

/// The digest a translation's basis is compared with.
pub(crate) fn digest(bytes: &[u8]) -> String {
    crate::auth::hex(&Sha256::digest(bytes))
}

/// What a settings form carries of the `course.toml` it was opened on: its digest, leaving
/// out the version number, which publishing writes there (a form opened before a publish
/// still saves; one opened before a colleague's change of settings does not).
pub(crate) fn settings_digest(tree: &FileTree) -> String {
    let mut manifest = FileTree::new();
    let bytes = tree.get("course.toml").unwrap_or_default().to_vec();
    if manifest.insert("course.toml", bytes).is_ok() {
        let _ = edit::set_version(&mut manifest, 0);
    }
    digest(manifest.get("course.toml").unwrap_or_default())
}

/// The default-language file a translation file (`it/module/01-x.md`) stands beside, if
/// `path` is a lesson file in another language than `default_language`.
fn original_of(path: &str, default_language: &str) -> Option<String> {
    let (language, rest) = path.split_once('/')?;
    (language != default_language && rest.ends_with(".md") && rest.contains('/'))
        .then(|| translation_path(path, language, default_language))
}

impl Draft {
    fn default_language(&self) -> String {
        edit::settings(&self.tree)
            .map(|s| s.default_language)
            .unwrap_or_default()
    }

    /// Where the lesson file at `path` stands (a default-language file is always written).
    pub fn state(&self, path: &str) -> TextState {
        let Some(meta) = self.meta.get(path) else {
            return TextState::Missing;
        };
        let current = original_of(path, &self.default_language())
            .and_then(|original| self.tree.get(&original).map(digest));
        match (&meta.basis, current) {
            (Some(basis), Some(current)) if *basis != current => TextState::Outdated,
            _ => TextState::Written,
        }
    }

    /// Every translation out of date, as (lesson id, language), for publishing.
    pub fn outdated(&self) -> Vec<(String, String)> {
        self.tree
            .iter()
            .filter(|(path, _)| self.state(path) == TextState::Outdated)
            .filter_map(|(path, _)| {
                let language = path.split_once('/')?.0.to_string();
                let id = edit::lesson_source(&self.tree, path)?.id;
                Some((id, language))
            })
            .collect()
    }
}

fn visibility_of(code: &str) -> Visibility {
    Visibility::from_code(code).unwrap_or(Visibility::Organisation)
}

/// Whether a change to a draft makes a new revision of it.
#[derive(Clone, Copy)]
enum Revision {
    Same = 0,
    Next = 1,
}

impl Db {
    /// The organisation a draft belongs to, if it exists.
    pub(crate) async fn draft_owner(&self, slug: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT organisation_id FROM drafts WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        row.map(|row| row.col("organisation_id")).transpose()
    }

    /// A draft of `organisation_id` with its files; none for another organisation's.
    pub(crate) async fn draft_of(
        &self,
        organisation_id: &str,
        slug: &str,
    ) -> Result<Option<Draft>, StoreError> {
        let mut connection = self.pool.acquire().await.map_err(failed)?;
        read_draft(&mut connection, organisation_id, slug).await
    }

    /// Her organisation's drafts with their titles, most recently changed first.
    pub(crate) async fn draft_list(
        &self,
        organisation_id: &str,
    ) -> Result<Vec<(String, i64, Option<i64>, Option<Vec<u8>>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT d.slug, d.updated_at, c.version, f.bytes FROM drafts d \
             LEFT JOIN courses c ON c.slug = d.slug \
             LEFT JOIN draft_files f ON f.slug = d.slug AND f.path = 'course.toml' \
             WHERE d.organisation_id = $1 ORDER BY d.updated_at DESC, d.slug",
        )
        .bind(organisation_id)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.col("slug")?,
                    row.col("updated_at")?,
                    row.col("version")?,
                    row.col("bytes")?,
                ))
            })
            .collect()
    }

    /// Makes a draft of `tree` for `organisation_id`; false when the address is taken.
    pub(crate) async fn create_draft(
        &self,
        organisation_id: &str,
        slug: &str,
        tree: &FileTree,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await.map_err(failed)?;
        let now = crate::clock::now();
        let taken = sqlx::query(
            "SELECT slug FROM courses WHERE slug = $1 UNION SELECT slug FROM drafts WHERE slug = $1",
        )
        .bind(slug)
        .fetch_optional(&mut *tx)
        .await
        .map_err(failed)?;
        if taken.is_some() {
            return Ok(false);
        }
        let inserted = sqlx::query(
            "INSERT INTO drafts (slug, organisation_id, visibility, revision, created_at, updated_at) \
             VALUES ($1, $2, $3, 1, $4, $4) ON CONFLICT (slug) DO NOTHING",
        )
        .bind(slug)
        .bind(organisation_id)
        .bind(Visibility::Organisation.code())
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(failed)?
        .rows_affected();
        if inserted == 0 {
            return Ok(false);
        }
        let empty = Draft {
            row: DraftRow {
                visibility: Visibility::Organisation,
                revision: 1,
            },
            tree: FileTree::new(),
            meta: BTreeMap::new(),
        };
        write_changes(&mut tx, slug, &empty, tree).await?;
        tx.commit().await.map_err(failed)?;
        Ok(true)
    }

    /// Applies `change` to a draft of `organisation_id` and stores what it changed, in one
    /// transaction; none when there is no such draft. A change that fails writes nothing.
    pub(crate) async fn change_draft<T, E: From<EditError>>(
        &self,
        organisation_id: &str,
        slug: &str,
        change: impl FnOnce(&Draft, &mut FileTree) -> Result<T, E>,
    ) -> Result<Option<Result<T, E>>, StoreError> {
        self.edit_draft(organisation_id, slug, Revision::Next, change)
            .await
    }

    /// Writes the version number a draft was published as into its `course.toml`, keeping its
    /// revision: what its authors were shown is what was published, so a publish form sent
    /// again (a double tap) still names this revision and finds it published.
    pub(crate) async fn number_draft(
        &self,
        organisation_id: &str,
        slug: &str,
        version: u32,
    ) -> Result<(), StoreError> {
        self.edit_draft(organisation_id, slug, Revision::Same, |_, tree| {
            courses::edit::set_version(tree, version)
        })
        .await?;
        Ok(())
    }

    async fn edit_draft<T, E: From<EditError>>(
        &self,
        organisation_id: &str,
        slug: &str,
        revision: Revision,
        change: impl FnOnce(&Draft, &mut FileTree) -> Result<T, E>,
    ) -> Result<Option<Result<T, E>>, StoreError> {
        let mut tx = self.begin_write().await.map_err(failed)?;
        // Also what holds the draft still until the commit.
        let held = sqlx::query(
            "UPDATE drafts SET revision = revision + $3, updated_at = $4 \
             WHERE slug = $1 AND organisation_id = $2",
        )
        .bind(slug)
        .bind(organisation_id)
        .bind(revision as i64)
        .bind(crate::clock::now())
        .execute(&mut *tx)
        .await
        .map_err(failed)?
        .rows_affected();
        if held == 0 {
            return Ok(None);
        }
        // Read inside the transaction that holds the draft: no change is lost between the two.
        let Some(draft) = read_draft(&mut tx, organisation_id, slug).await? else {
            return Ok(None);
        };
        let mut tree = draft.tree.clone();
        // No change may grow a draft past what a course may hold.
        let answer = change(&draft, &mut tree)
            .and_then(|answer| Ok(edit::within_limits(&tree).map(|()| answer)?));
        if answer.is_ok() {
            write_changes(&mut tx, slug, &draft, &tree).await?;
            tx.commit().await.map_err(failed)?;
        }
        Ok(Some(answer))
    }

    /// Every lesson id the course's published versions used, retired ones too: a new lesson
    /// never takes one (learners' progress is kept by them).
    pub(crate) async fn used_lesson_ids(&self, slug: &str) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT lesson_id FROM lessons WHERE course_slug = $1")
            .bind(slug)
            .fetch_all(&self.pool)
            .await
            .map_err(failed)?;
        rows.iter().map(|row| row.col("lesson_id")).collect()
    }

    /// Keeps aside her lesson text that was not saved (refused, or meeting someone else's
    /// save), until she saves that lesson.
    pub(crate) async fn keep_text(
        &self,
        slug: &str,
        path: &str,
        user_id: &str,
        kept: &KeptText,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO draft_conflicts (slug, path, author_id, title, text, based_on, saved_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (slug, path, author_id) \
             DO UPDATE SET title = excluded.title, text = excluded.text, \
             based_on = excluded.based_on, saved_at = excluded.saved_at",
        )
        .bind(slug)
        .bind(path)
        .bind(user_id)
        .bind(&kept.title)
        .bind(&kept.body)
        .bind(kept.based_on)
        .bind(crate::clock::now())
        .execute(&self.pool)
        .await
        .map_err(failed)?;
        Ok(())
    }

    /// Her text kept aside for a lesson file, if any.
    pub(crate) async fn kept_text(
        &self,
        slug: &str,
        path: &str,
        user_id: &str,
    ) -> Result<Option<KeptText>, StoreError> {
        let row = sqlx::query(
            "SELECT title, text, based_on FROM draft_conflicts \
             WHERE slug = $1 AND path = $2 AND author_id = $3",
        )
        .bind(slug)
        .bind(path)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        row.map(|row| {
            Ok(KeptText {
                title: row.col("title")?,
                body: row.col("text")?,
                based_on: row.col("based_on")?,
            })
        })
        .transpose()
    }

    /// Forgets her text kept aside: she saved the lesson.
    pub(crate) async fn forget_kept_text(
        &self,
        slug: &str,
        path: &str,
        user_id: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM draft_conflicts WHERE slug = $1 AND path = $2 AND author_id = $3")
            .bind(slug)
            .bind(path)
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        Ok(())
    }

    /// Sets who reads the course once published (and at once, if it is published).
    pub(crate) async fn set_visibility(
        &self,
        organisation_id: &str,
        slug: &str,
        visibility: Visibility,
    ) -> Result<(), StoreError> {
        for table in ["drafts", "courses"] {
            sqlx::query(&format!(
                "UPDATE {table} SET visibility = $1 WHERE slug = $2 AND organisation_id = $3"
            ))
            .bind(visibility.code())
            .bind(slug)
            .bind(organisation_id)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        }
        self.courses.forget();
        self.cards.forget();
        Ok(())
    }
}

async fn draft_row(
    connection: &mut AnyConnection,
    organisation_id: &str,
    slug: &str,
) -> Result<Option<AnyRow>, StoreError> {
    sqlx::query("SELECT visibility, revision FROM drafts WHERE slug = $1 AND organisation_id = $2")
        .bind(slug)
        .bind(organisation_id)
        .fetch_optional(connection)
        .await
        .map_err(failed)
}

/// Reads a draft's row and files through `connection` (a transaction's, when it holds the
/// draft). Outside one, the row is read again after the files: a change committed in between
/// raised the revision, and the files are read again, so the revision always names them.
async fn read_draft(
    connection: &mut AnyConnection,
    organisation_id: &str,
    slug: &str,
) -> Result<Option<Draft>, StoreError> {
    let Some(mut first) = draft_row(connection, organisation_id, slug).await? else {
        return Ok(None);
    };
    loop {
        let files = sqlx::query(
            "SELECT path, bytes, revision, basis FROM draft_files WHERE slug = $1 ORDER BY path",
        )
        .bind(slug)
        .fetch_all(&mut *connection)
        .await
        .map_err(failed)?;
        let Some(again) = draft_row(connection, organisation_id, slug).await? else {
            return Ok(None);
        };
        let revision: i64 = again.col("revision")?;
        if revision != first.col::<i64>("revision")? {
            first = again;
            continue;
        }
        let mut tree = FileTree::new();
        let mut meta = BTreeMap::new();
        for file in files {
            let path: String = file.col("path")?;
            // Paths were checked when they were written; a bad one is skipped, not served.
            if tree.insert(&path, file.col("bytes")?).is_ok() {
                let basis = file.col("basis")?;
                let revision = file.col("revision")?;
                meta.insert(path, FileMeta { revision, basis });
            }
        }
        let row = DraftRow {
            visibility: visibility_of(&again.col::<String>("visibility")?),
            revision,
        };
        return Ok(Some(Draft { row, tree, meta }));
    }
}

/// Writes the difference between `before` and `after` into `draft_files`: removed paths
/// deleted, new and changed files written with their revision raised. A file moved (the same
/// bytes under a new name) keeps its revision and basis; a translation written now is saved
/// against the default-language text as it is now.
async fn write_changes(
    tx: &mut Transaction<'static, Any>,
    slug: &str,
    before: &Draft,
    after: &FileTree,
) -> Result<(), StoreError> {
    let default_language = edit::settings(after)
        .map(|s| s.default_language)
        .unwrap_or_default();
    let removed: Vec<(&str, &[u8])> = before
        .tree
        .iter()
        .filter(|(path, _)| after.get(path).is_none())
        .collect();
    for (path, _) in &removed {
        sqlx::query("DELETE FROM draft_files WHERE slug = $1 AND path = $2")
            .bind(slug)
            .bind(*path)
            .execute(&mut **tx)
            .await
            .map_err(failed)?;
    }
    for (path, bytes) in after.iter() {
        let old = before.tree.get(path);
        if old == Some(bytes) {
            continue;
        }
        let moved_from = removed
            .iter()
            .find(|(_, b)| *b == bytes)
            .and_then(|(p, _)| before.meta.get(*p));
        let meta = match moved_from {
            Some(moved) if old.is_none() => moved.clone(),
            // The draft's revision, raised by every change: a file removed and written again
            // never comes back at a revision an old form still carries.
            _ => FileMeta {
                revision: before.row.revision,
                basis: original_of(path, &default_language)
                    .and_then(|original| after.get(&original).map(digest)),
            },
        };
        sqlx::query(
            "INSERT INTO draft_files (slug, path, bytes, revision, basis) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (slug, path) DO UPDATE SET bytes = excluded.bytes, \
             revision = excluded.revision, basis = excluded.basis",
        )
        .bind(slug)
        .bind(path)
        .bind(bytes)
        .bind(meta.revision)
        .bind(meta.basis)
        .execute(&mut **tx)
        .await
        .map_err(failed)?;
    }
    Ok(())
}
