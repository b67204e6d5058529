//! What the authoring pages show, read from a draft's files: the [`AuthoringStore`].

use app::authoring::{
    AuthoringStore, DraftSummary, DraftView, LanguageTexts, LessonEditorView, LessonRow, ModuleRow,
    OriginalText, PreviewView, ProblemView, SettingsView, TextState, UnsavedText,
};
use app::catalogue::LessonView;
use app::store::StoreError;
use async_trait::async_trait;
use courses::edit::{self, Outline};
use courses::{Course, FileTree, Problems};

use super::store::Draft;
use crate::db::Db;

/// A problem where the editor shows it: at the lesson and the line of its text.
fn problem_view(tree: &FileTree, problem: &courses::Problem) -> ProblemView {
    let path = problem.path.to_string_lossy().into_owned();
    let source = path
        .ends_with(".md")
        .then(|| edit::lesson_source(tree, &path))
        .flatten();
    let (lesson, line) = match source {
        Some(source) => {
            let language = path.split('/').next().unwrap_or_default().to_string();
            // A problem in the front matter (title, minutes) is shown at the text's first line.
            let line = (problem.line + 1).saturating_sub(source.body_line).max(1);
            (Some((source.id, language)), line)
        }
        None => (None, problem.line),
    };
    ProblemView {
        path,
        lesson,
        line,
        message: problem.message.clone(),
    }
}

fn problem_views(tree: &FileTree, problems: &Problems) -> Vec<ProblemView> {
    problems.0.iter().map(|p| problem_view(tree, p)).collect()
}

/// Checks a whole draft as publishing would, off the async threads: every lesson is rendered
/// and sanitised, every image checked.
async fn checked(slug: &str, tree: &FileTree) -> Result<Result<Course, Problems>, StoreError> {
    let (slug, tree) = (slug.to_string(), tree.clone());
    tokio::task::spawn_blocking(move || courses::load_course_tree(&slug, &tree))
        .await
        .map_err(|error| StoreError::Failed(format!("checking a draft failed: {error}")))
}

fn title_of(outline: Option<&Outline>, slug: &str) -> String {
    outline
        .and_then(|o| o.settings.title.get(&o.settings.default_language).cloned())
        .unwrap_or_else(|| slug.to_string())
}

/// Where a lesson's file is in `language`, or would be: beside the default language's.
fn lesson_path(outline: &Outline, lesson_id: &str, language: &str) -> Option<String> {
    let lesson = outline
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .find(|l| l.id == lesson_id)?;
    if let Some(file) = lesson.files.get(language) {
        return Some(file.path.clone());
    }
    let default = &outline.settings.default_language;
    let original = lesson.files.get(default)?;
    Some(edit::translation_path(&original.path, default, language))
}

impl Draft {
    fn lesson_rows(&self, outline: &Outline) -> Vec<ModuleRow> {
        let default = &outline.settings.default_language;
        outline
            .modules
            .iter()
            .map(|module| ModuleRow {
                id: module.id.clone(),
                title: module.title.get(default).cloned().unwrap_or_default(),
                lessons: module
                    .lessons
                    .iter()
                    .map(|lesson| LessonRow {
                        id: lesson.id.clone(),
                        title: lesson
                            .files
                            .get(default)
                            .or_else(|| lesson.files.values().next())
                            .map(|f| f.title.clone())
                            .unwrap_or_default(),
                        languages: outline
                            .settings
                            .languages
                            .iter()
                            .map(|language| {
                                let state = lesson
                                    .files
                                    .get(language)
                                    .map_or(TextState::Missing, |f| self.state(&f.path));
                                (language.clone(), state)
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect()
    }
}

/// The course's images as a lesson at `lesson_path` embeds them.
fn images(tree: &FileTree, lesson_path: &str) -> Vec<(String, String)> {
    let depth = lesson_path.matches('/').count();
    tree.iter()
        .filter(|(path, _)| path.starts_with("images/"))
        .map(|(path, _)| {
            let name = path.trim_start_matches("images/").to_string();
            let markdown = format!("![]({}{path})", "../".repeat(depth));
            (name, markdown)
        })
        .collect()
}

#[async_trait]
impl AuthoringStore for Db {
    async fn drafts(&self, organisation_id: &str) -> Result<Vec<DraftSummary>, StoreError> {
        let rows = self.draft_list(organisation_id).await?;
        Ok(rows
            .into_iter()
            .map(|(slug, updated_at, version, manifest)| {
                let mut tree = FileTree::new();
                let _ = tree.insert("course.toml", manifest.unwrap_or_default());
                let outline = edit::settings(&tree).ok();
                let title = outline
                    .and_then(|s| s.title.get(&s.default_language).cloned())
                    .unwrap_or_else(|| slug.clone());
                DraftSummary {
                    slug,
                    title,
                    published: version.and_then(|v| u32::try_from(v).ok()),
                    updated_at,
                }
            })
            .collect())
    }

    async fn draft(
        &self,
        organisation_id: &str,
        slug: &str,
    ) -> Result<Option<DraftView>, StoreError> {
        let Some(draft) = self.draft_of(organisation_id, slug).await? else {
            return Ok(None);
        };
        let outline = edit::outline(&draft.tree).ok();
        let (problems, changes) = match &checked(slug, &draft.tree).await? {
            Ok(course) => {
                let published = self.published_course(slug).await?;
                (
                    Vec::new(),
                    Some(super::publish::changes(published.as_ref(), course)),
                )
            }
            Err(problems) => (problem_views(&draft.tree, problems), None),
        };
        Ok(Some(DraftView {
            slug: slug.to_string(),
            title: title_of(outline.as_ref(), slug),
            visibility: draft.row.visibility,
            revision: draft.row.revision,
            default_language: outline
                .as_ref()
                .map(|o| o.settings.default_language.clone())
                .unwrap_or_default(),
            languages: outline
                .as_ref()
                .map(|o| o.settings.languages.clone())
                .unwrap_or_default(),
            modules: outline
                .as_ref()
                .map(|o| draft.lesson_rows(o))
                .unwrap_or_default(),
            problems,
            changes,
            next_version: self.next_version(slug).await?,
            versions: self.versions(slug).await?,
        }))
    }

    async fn settings(
        &self,
        organisation_id: &str,
        slug: &str,
    ) -> Result<Option<SettingsView>, StoreError> {
        let Some(draft) = self.draft_of(organisation_id, slug).await? else {
            return Ok(None);
        };
        let Ok(outline) = edit::outline(&draft.tree) else {
            return Ok(None);
        };
        let settings = &outline.settings;
        let text = |map: &courses::edit::Settings, language: &str| LanguageTexts {
            language: language.to_string(),
            title: map.title.get(language).cloned().unwrap_or_default(),
            summary: map.summary.get(language).cloned().unwrap_or_default(),
            certificate_title: map
                .certificate_title
                .get(language)
                .cloned()
                .unwrap_or_default(),
            skills: map
                .skills
                .get(language)
                .map(|s| s.join("\n"))
                .unwrap_or_default(),
        };
        Ok(Some(SettingsView {
            slug: slug.to_string(),
            manifest: super::store::settings_digest(&draft.tree),
            visibility: draft.row.visibility,
            track: settings.track.clone(),
            default_language: settings.default_language.clone(),
            languages: settings.languages.clone(),
            pass_mark: settings.pass_mark,
            texts: settings
                .languages
                .iter()
                .map(|l| text(settings, l))
                .collect(),
            modules: outline
                .modules
                .iter()
                .map(|m| {
                    let titles = settings
                        .languages
                        .iter()
                        .map(|l| (l.clone(), m.title.get(l).cloned().unwrap_or_default()))
                        .collect();
                    (m.id.clone(), titles)
                })
                .collect(),
        }))
    }

    async fn lesson_editor(
        &self,
        organisation_id: &str,
        user_id: &str,
        slug: &str,
        lesson_id: &str,
        language: &str,
    ) -> Result<Option<LessonEditorView>, StoreError> {
        let Some(draft) = self.draft_of(organisation_id, slug).await? else {
            return Ok(None);
        };
        let Ok(outline) = edit::outline(&draft.tree) else {
            return Ok(None);
        };
        if !outline.settings.languages.iter().any(|l| l == language) {
            return Ok(None);
        }
        let Some(path) = lesson_path(&outline, lesson_id, language) else {
            return Ok(None);
        };
        let default = outline.settings.default_language.clone();
        let original = (language != default)
            .then(|| lesson_path(&outline, lesson_id, &default))
            .flatten()
            .and_then(|p| edit::lesson_source(&draft.tree, &p));
        let source = edit::lesson_source(&draft.tree, &path);
        // A translation not written yet starts from the default language's text.
        let start = source.clone().or_else(|| original.clone());
        let revision = draft.meta.get(&path).map_or(0, |m| m.revision);
        let problems = match checked(slug, &draft.tree).await? {
            Ok(_) => Vec::new(),
            Err(problems) => problem_views(&draft.tree, &problems)
                .into_iter()
                .filter(|p| p.path == path)
                .collect(),
        };
        Ok(Some(LessonEditorView {
            slug: slug.to_string(),
            course_title: title_of(Some(&outline), slug),
            lesson_id: lesson_id.to_string(),
            language: language.to_string(),
            default_language: default.clone(),
            title: start.as_ref().map(|s| s.title.clone()).unwrap_or_default(),
            minutes: start.as_ref().map_or(5, |s| s.minutes),
            body: start.map(|s| s.body).unwrap_or_default(),
            revision,
            original: original
                .filter(|_| language != default)
                .map(|o| OriginalText {
                    title: o.title,
                    body: o.body,
                }),
            state: draft.state(&path),
            problems,
            unsaved: self
                .kept_text(slug, &path, user_id)
                .await?
                .map(|kept| UnsavedText {
                    conflict: kept.based_on != revision,
                    title: kept.title,
                    body: kept.body,
                }),
            images: images(&draft.tree, &path),
        }))
    }

    async fn preview(
        &self,
        organisation_id: &str,
        slug: &str,
        lesson_id: &str,
        language: &str,
    ) -> Result<Option<PreviewView>, StoreError> {
        let Some(draft) = self.draft_of(organisation_id, slug).await? else {
            return Ok(None);
        };
        let Ok(outline) = edit::outline(&draft.tree) else {
            return Ok(None);
        };
        let Some(path) = lesson_path(&outline, lesson_id, language) else {
            return Ok(None);
        };
        let (text, problems) = {
            let (slug, tree) = (slug.to_string(), draft.tree.clone());
            let (language, lesson) = (language.to_string(), lesson_id.to_string());
            tokio::task::spawn_blocking(move || {
                courses::preview_lesson(&slug, &tree, &language, &lesson)
            })
            .await
            .map_err(|error| StoreError::Failed(format!("previewing failed: {error}")))?
        };
        let problems = problem_views(&draft.tree, &problems);
        let lesson = text.map(|text| {
            let module = outline
                .modules
                .iter()
                .find(|m| m.lessons.iter().any(|l| l.id == lesson_id));
            let in_language = |titles: &courses::edit::Outline| {
                module
                    .and_then(|m| {
                        m.title
                            .get(language)
                            .or(m.title.get(&titles.settings.default_language))
                    })
                    .cloned()
                    .unwrap_or_default()
            };
            LessonView {
                course_slug: slug.to_string(),
                course_title: outline
                    .settings
                    .title
                    .get(language)
                    .cloned()
                    .unwrap_or_else(|| title_of(Some(&outline), slug)),
                module_title: in_language(&outline),
                id: lesson_id.to_string(),
                title: text.title,
                minutes: text.minutes,
                // Images of a draft are not published yet: the preview shows them from the
                // draft, to its authors only.
                html: draft_media(&text.html, slug, language),
                quizzes: text
                    .quizzes
                    .iter()
                    .map(crate::catalogue::quiz_view)
                    .collect(),
                language: language.to_string(),
                fell_back: false,
                outdated: draft.state(&path) == TextState::Outdated,
                languages: outline.settings.languages.clone(),
                previous: None,
                next: None,
            }
        });
        Ok(Some(PreviewView { lesson, problems }))
    }
}

/// Points a lesson's media addresses (`/media/<slug>/<file>`, the only ones the renderer
/// makes) at the draft's media, which only its authors may load.
fn draft_media(html: &str, slug: &str, language: &str) -> String {
    let locale = app::i18n::Locale::from_code(language).unwrap_or(app::i18n::Locale::DEFAULT);
    let draft = app::address::Address::DraftMedia(slug, "").at(locale);
    html.replace(&format!("\"/media/{slug}/"), &format!("\"{draft}"))
}
