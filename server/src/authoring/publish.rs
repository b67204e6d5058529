//! Publishing: a draft (or an earlier version) checked whole, numbered, and stored as the
//! version learners read, with an immutable copy of its files; and what that changes for
//! learners, shown before she confirms.

use std::collections::BTreeMap;

use app::authoring::{Changes, VersionRow};
use app::store::StoreError;
use courses::{Course, FileTree};

use crate::catalogue::{ImportOutcome, Publication};
use crate::db::{Column, Db, failed};

/// What a publish did.
#[derive(Debug)]
pub(crate) enum Published {
    Version(u32),
    /// The course has problems (the draft page lists them).
    Problems,
    DraftChanged,
    NotYours,
    NoSuchDraft,
}

impl Db {
    /// A course's published versions, newest first, with the one learners read marked.
    pub(crate) async fn versions(&self, slug: &str) -> Result<Vec<VersionRow>, StoreError> {
        let current = self.current_version(slug).await?;
        let rows = sqlx::query(
            "SELECT version, published_by, published_at FROM course_versions \
             WHERE slug = $1 ORDER BY version DESC",
        )
        .bind(slug)
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        rows.iter()
            .map(|row| {
                let version: i64 = row.col("version")?;
                Ok(VersionRow {
                    version: u32::try_from(version).unwrap_or_default(),
                    published_by: row.col("published_by")?,
                    published_at: row.col("published_at")?,
                    current: Some(version) == current,
                })
            })
            .collect()
    }

    /// The version learners read, if the course is published and not withdrawn.
    async fn current_version(&self, slug: &str) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query("SELECT version FROM courses WHERE slug = $1 AND withdrawn = 0")
            .bind(slug)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        row.map(|row| row.col("version")).transpose()
    }

    /// A stored version's files and the translations it flagged out of date.
    async fn version_files(
        &self,
        slug: &str,
        version: i64,
    ) -> Result<Option<(FileTree, Vec<(String, String)>)>, StoreError> {
        let row = sqlx::query(
            "SELECT archive, outdated FROM course_versions WHERE slug = $1 AND version = $2",
        )
        .bind(slug)
        .bind(version)
        .fetch_optional(&self.pool)
        .await
        .map_err(failed)?;
        let Some(row) = row else { return Ok(None) };
        let archive: Vec<u8> = row.col("archive")?;
        let (_, tree) = courses::read_archive(&archive)
            .map_err(|error| StoreError::Failed(format!("stored version unreadable: {error}")))?;
        let outdated = serde_json::from_str(&row.col::<String>("outdated")?)
            .map_err(|error| StoreError::Failed(format!("stored version unreadable: {error}")))?;
        Ok(Some((tree, outdated)))
    }

    /// The course as learners read it now, loaded again from its stored files.
    pub(crate) async fn published_course(&self, slug: &str) -> Result<Option<Course>, StoreError> {
        let Some(version) = self.current_version(slug).await? else {
            return Ok(None);
        };
        // A stored version that cannot be read again (limits tightened since) shows as none:
        // the draft stays usable, and publishing makes a readable one.
        match self.version_files(slug, version).await {
            Ok(Some((tree, _))) => Ok(courses::load_course_tree(slug, &tree).ok()),
            Ok(None) => Ok(None),
            Err(error) => {
                tracing::warn!(course = slug, %error, "published version unreadable");
                Ok(None)
            }
        }
    }

    /// The number the next version of a course gets.
    pub(crate) async fn next_version(&self, slug: &str) -> Result<u32, StoreError> {
        let row = sqlx::query("SELECT MAX(version) AS last FROM course_versions WHERE slug = $1")
            .bind(slug)
            .fetch_one(&self.pool)
            .await
            .map_err(failed)?;
        let last: Option<i64> = row.col("last")?;
        Ok(u32::try_from(last.unwrap_or(0)).unwrap_or(u32::MAX - 1) + 1)
    }

    /// The last version number a course used, and the version learners read, read at one
    /// moment (one statement) so that the two agree.
    async fn numbering(&self, slug: &str) -> Result<(u32, Option<Live>), StoreError> {
        let row = sqlx::query(
            "SELECT MAX(v.version) AS last, \
             (SELECT c.version FROM courses c WHERE c.slug = $1 AND c.withdrawn = 0) AS live, \
             (SELECT cv.archive FROM courses c JOIN course_versions cv \
              ON cv.slug = c.slug AND cv.version = c.version \
              WHERE c.slug = $1 AND c.withdrawn = 0) AS archive \
             FROM course_versions v WHERE v.slug = $1",
        )
        .bind(slug)
        .fetch_one(&self.pool)
        .await
        .map_err(failed)?;
        let number = |n: i64| u32::try_from(n).unwrap_or(u32::MAX - 1);
        let last = number(row.col::<Option<i64>>("last")?.unwrap_or(0));
        let live = match (
            row.col::<Option<i64>>("live")?,
            row.col::<Option<Vec<u8>>>("archive")?,
        ) {
            // A stored version that cannot be read again is compared with nothing.
            (Some(version), Some(archive)) => {
                courses::read_archive(&archive).ok().map(|(_, tree)| Live {
                    version: number(version),
                    tree,
                })
            }
            _ => None,
        };
        Ok((last, live))
    }

    async fn handle_of(&self, user_id: &str) -> Result<String, StoreError> {
        let row = sqlx::query("SELECT handle FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await
            .map_err(failed)?;
        row.col("handle")
    }

    /// Publishes the draft at `revision` (the one whose changes she was shown).
    pub(crate) async fn publish_draft(
        &self,
        organisation_id: &str,
        user_id: &str,
        slug: &str,
        revision: i64,
    ) -> Result<Published, StoreError> {
        let Some(draft) = self.draft_of(organisation_id, slug).await? else {
            return Ok(Published::NoSuchDraft);
        };
        let published = if draft.row.revision == revision {
            let outdated = draft.outdated();
            self.publish_tree(
                organisation_id,
                user_id,
                slug,
                draft.tree,
                &outdated,
                draft.row.visibility,
                Some(revision),
            )
            .await?
        } else {
            Published::DraftChanged
        };
        if let Published::Version(version) = published {
            // The draft says which version it became, as a download of it would.
            self.number_draft(organisation_id, slug, version).await?;
        }
        Ok(published)
    }

    /// Publishes an earlier version of a course again, as a new version.
    pub(crate) async fn republish(
        &self,
        organisation_id: &str,
        user_id: &str,
        slug: &str,
        version: i64,
    ) -> Result<Published, StoreError> {
        let Some(draft) = self.draft_of(organisation_id, slug).await? else {
            return Ok(Published::NoSuchDraft);
        };
        let Some((tree, outdated)) = self.version_files(slug, version).await? else {
            return Ok(Published::NoSuchDraft);
        };
        let visibility = draft.row.visibility;
        self.publish_tree(
            organisation_id,
            user_id,
            slug,
            tree,
            &outdated,
            visibility,
            None,
        )
        .await
    }

    #[allow(clippy::too_many_arguments)]
    async fn publish_tree(
        &self,
        organisation_id: &str,
        user_id: &str,
        slug: &str,
        tree: FileTree,
        outdated: &[(String, String)],
        visibility: app::authoring::Visibility,
        draft_revision: Option<i64>,
    ) -> Result<Published, StoreError> {
        let handle = self.handle_of(user_id).await?;
        // A number taken meanwhile is given up, once: the next look finds this very version
        // published (the same form sent twice) or numbers it after the other.
        for _ in 0..2 {
            let (last, live) = self.numbering(slug).await?;
            // What learners already read is not published again as a new version (a second
            // tap on "Publish", an earlier version that is the one they read): it is published.
            if let Some(live) = live.filter(|live| live.is(&tree)) {
                return Ok(Published::Version(live.version));
            }
            let version = last + 1;
            let mut numbered = tree.clone();
            if courses::edit::set_version(&mut numbered, version).is_err() {
                return Ok(Published::Problems);
            }
            let Ok(course) = courses::load_course_tree(slug, &numbered) else {
                return Ok(Published::Problems);
            };
            let archive = courses::write_archive(slug, &numbered);
            let publication = Publication {
                organisation_id,
                visibility,
                outdated,
                archive: &archive,
                published_by: &handle,
                draft_revision,
            };
            let outcome = self
                .store_course(&course, Some(&publication))
                .await
                .map_err(|error| StoreError::Failed(format!("publishing failed: {error:#}")))?;
            let published = match outcome {
                ImportOutcome::VersionTaken => continue,
                ImportOutcome::NotYours => Published::NotYours,
                ImportOutcome::DraftChanged => Published::DraftChanged,
                ImportOutcome::Added | ImportOutcome::Updated | ImportOutcome::Unchanged => {
                    Published::Version(version)
                }
            };
            return Ok(published);
        }
        Ok(Published::DraftChanged)
    }
}

/// The version learners read: its number and files.
struct Live {
    version: u32,
    tree: FileTree,
}

impl Live {
    /// Whether publishing `tree` would give learners this very version's files. (Translations
    /// flagged out of date follow the files: the draft page offers no publishing without a
    /// change to them.)
    fn is(&self, tree: &FileTree) -> bool {
        let mut numbered = tree.clone();
        courses::edit::set_version(&mut numbered, self.version).is_ok() && numbered == self.tree
    }
}

/// What learners would see change between the course they read and `new`.
pub(crate) fn changes(old: Option<&Course>, new: &Course) -> Changes {
    let Some(old) = old else {
        return Changes {
            first: true,
            ..Changes::default()
        };
    };
    // Places among the lessons both versions have: a lesson added before another does not
    // move it.
    let places = |course: &Course, other: &Course| -> BTreeMap<String, (String, usize)> {
        let kept: Vec<&str> = other
            .modules
            .iter()
            .flat_map(|m| m.lessons.iter().map(|l| l.id.as_str()))
            .collect();
        course
            .modules
            .iter()
            .flat_map(|m| m.lessons.iter().map(move |l| (l.id.clone(), m.id.clone())))
            .filter(|(lesson, _)| kept.contains(&lesson.as_str()))
            .enumerate()
            .map(|(index, (lesson, module))| (lesson, (module, index)))
            .collect()
    };
    let lessons = |course: &Course| -> BTreeMap<String, courses::Lesson> {
        course
            .modules
            .iter()
            .flat_map(|m| m.lessons.iter().map(|l| (l.id.clone(), l.clone())))
            .collect()
    };
    let title = |lesson: &courses::Lesson, course: &Course| {
        lesson
            .texts
            .get(&course.default_language)
            .or_else(|| lesson.texts.values().next())
            .map_or_else(|| lesson.id.clone(), |t| t.title.clone())
    };
    let (before, after) = (lessons(old), lessons(new));
    let (old_places, new_places) = (places(old, new), places(new, old));
    let mut changes = Changes::default();
    for (id, lesson) in &after {
        let name = title(lesson, new);
        let Some(previous) = before.get(id) else {
            changes.added.push(name);
            continue;
        };
        let texts = |l: &courses::Lesson| -> Vec<(String, String, u32, String)> {
            l.texts
                .iter()
                .map(|(lang, t)| (lang.clone(), t.title.clone(), t.minutes, t.html.clone()))
                .collect()
        };
        let quizzes = |l: &courses::Lesson| -> Vec<courses::Quiz> {
            l.texts.values().flat_map(|t| t.quizzes.clone()).collect()
        };
        if texts(previous) != texts(lesson) {
            changes.changed.push(name.clone());
        }
        if quizzes(previous) != quizzes(lesson) {
            changes.quizzes_changed.push(name.clone());
        }
        if old_places.get(id) != new_places.get(id) {
            changes.moved.push(name);
        }
    }
    for (id, lesson) in &before {
        if !after.contains_key(id) {
            changes.removed.push(title(lesson, old));
        }
    }
    let module_titles =
        |c: &Course| -> Vec<_> { c.modules.iter().map(|m| m.title.clone()).collect() };
    changes.settings_changed = old.title != new.title
        || old.summary != new.summary
        || old.languages != new.languages
        || old.track != new.track
        || old.pass_mark != new.pass_mark
        || old.certificate != new.certificate
        || module_titles(old) != module_titles(new);
    changes
}
