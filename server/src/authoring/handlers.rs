//! A partner's forms: new courses, settings, modules and lessons, lesson texts, publishing.
//! Every one works on a draft of her own organisation; any other draft does not exist to her.

use app::address::Address;
use app::auth::{Action, Viewer};
use app::authoring::{
    CourseForm, LessonForm, ModuleForm, PublishForm, SettingsForm, StructureForm, Visibility,
};
use app::error::AppError;
use app::i18n::Locale;
use app::outcome::Outcome;
use axum::extract::{Path, State};
use axum::{Extension, Form};
use courses::edit::{self, EditError, Settings};

use super::publish::Published;
use super::store::{KeptText, settings_digest};
use crate::http::AppState;
use crate::http::form::{Answer, FormError, back, check, done, id, locale, valid_name};

/// The organisation of the partner asking, if she may do `action`.
fn organisation(
    viewer: Option<Extension<Viewer>>,
    action: Action,
) -> Result<(String, String), FormError> {
    let granted = check(viewer, action)?;
    Ok((
        granted.organisation()?.to_string(),
        granted.viewer.user_id.clone(),
    ))
}

/// Refuses, as if it did not exist, a draft that is not of `organisation`: before any of
/// the form is read, so a stranger learns nothing from its answers.
pub(super) async fn own_draft(
    state: &AppState,
    organisation: &str,
    slug: &str,
) -> Result<(), FormError> {
    match state.db.draft_owner(slug).await? {
        Some(owner) if owner == organisation => Ok(()),
        _ => Err(FormError::Refused(AppError::NotFound)),
    }
}

/// A language code as courses name them (`en`, `pt-br`).
fn language(code: &str) -> Result<&str, FormError> {
    Ok(app::languages::language_code(code)?)
}

/// Language codes typed with commas or spaces between them, each one checked.
fn language_list(text: &str) -> Option<Vec<String>> {
    text.split([',', ' ', ';'])
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .map(|code| {
            let code = code.to_ascii_lowercase();
            let (primary, region) = code.split_once('-').unwrap_or((&code, ""));
            let fits = (2..=3).contains(&primary.len())
                && primary.bytes().all(|b| b.is_ascii_lowercase())
                && (region.is_empty()
                    || (2..=8).contains(&region.len())
                        && region.bytes().all(|b| b.is_ascii_alphanumeric()));
            fits.then_some(code)
        })
        .collect()
}

/// The result of a change to a draft, as the answer to its form.
fn changed<T>(
    locale: Locale,
    page: Address<'_>,
    result: Option<Result<T, EditError>>,
) -> Result<T, FormError> {
    match result {
        None => Err(FormError::Refused(AppError::NotFound)),
        Some(Ok(value)) => Ok(value),
        Some(Err(EditError::NoTitle)) => Err(back(locale, page, Outcome::TitleNeeded)),
        Some(Err(EditError::TooBig)) => Err(back(locale, page, Outcome::CourseTooBig)),
        Some(Err(_)) => Err(FormError::Refused(AppError::NotFound)),
    }
}

pub async fn create_course(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<CourseForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let (organisation, _) = organisation(viewer, Action::AuthorCourses)?;
    let studio = Address::Studio;
    let title =
        valid_name(&form.title).ok_or_else(|| back(locale, studio, Outcome::TitleNeeded))?;
    let track =
        courses::Track::parse(&form.track).ok_or_else(|| back(locale, studio, Outcome::Missing))?;
    let others = language_list(&form.languages)
        .ok_or_else(|| back(locale, studio, Outcome::LanguagesInvalid))?;
    let default = language_list(&form.default_language)
        .and_then(|l| l.into_iter().next())
        .ok_or_else(|| back(locale, studio, Outcome::LanguagesInvalid))?;
    let mut languages = vec![default.clone()];
    languages.extend(others.into_iter().filter(|l| *l != default));
    languages.dedup();
    let settings = Settings {
        track: track.as_str().to_string(),
        default_language: default.clone(),
        languages,
        title: [(default, title.to_string())].into(),
        pass_mark: 100,
        ..Settings::default()
    };
    let tree = edit::new_course(&settings);
    let base = edit::id_from(title, &[]);
    for attempt in 1..=20 {
        let slug = if attempt == 1 {
            base.clone()
        } else {
            format!("{base}-{attempt}")
        };
        if state.db.create_draft(&organisation, &slug, &tree).await? {
            return Ok(done(locale, Address::Draft(&slug), Outcome::CourseCreated));
        }
    }
    Err(back(locale, studio, Outcome::NameTaken))
}

/// The lines of a text typed in a box of several lines, trimmed, empty ones left out: broken
/// where she broke them, or where the text she pasted did (U+2028, U+2029).
fn typed_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split(['\n', '\u{2028}', '\u{2029}'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
}

/// A text typed on several lines as one: its lines joined by a space.
fn run_on(text: &str) -> String {
    typed_lines(text).collect::<Vec<_>>().join(" ")
}

pub async fn save_settings(
    State(state): State<AppState>,
    Path((lang, course)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Answer {
    let locale = locale(&lang)?;
    let (organisation, _) = organisation(viewer, Action::AuthorCourses)?;
    let slug = id(&course)?;
    own_draft(&state, &organisation, slug).await?;
    let page = Address::DraftSettings(slug);
    let field = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let visibility = Visibility::from_code(&field(SettingsForm::VISIBILITY))
        .ok_or_else(|| back(locale, page, Outcome::Missing))?;
    let track = courses::Track::parse(&field(SettingsForm::TRACK))
        .ok_or_else(|| back(locale, page, Outcome::Missing))?;
    let default = language_list(&field(SettingsForm::DEFAULT_LANGUAGE))
        .and_then(|l| l.into_iter().next())
        .ok_or_else(|| back(locale, page, Outcome::LanguagesInvalid))?;
    let others = language_list(&field(SettingsForm::LANGUAGES))
        .ok_or_else(|| back(locale, page, Outcome::LanguagesInvalid))?;
    let pass_mark = field(SettingsForm::PASS_MARK)
        .parse::<u8>()
        .ok()
        .filter(|n| *n <= 100)
        .ok_or_else(|| back(locale, page, Outcome::NumberInvalid))?;
    let mut languages = vec![default.clone()];
    languages.extend(others.into_iter().filter(|l| *l != default));
    languages.dedup();
    let per_language = |name: &str| -> std::collections::BTreeMap<String, String> {
        languages
            .iter()
            .map(|l| (l.clone(), field(&SettingsForm::field(name, l))))
            .filter(|(_, text)| !text.is_empty())
            .collect()
    };
    let too_long = fields.iter().any(|(_, v)| v.chars().count() > 2_000);
    if too_long {
        return Err(back(locale, page, Outcome::TooLong));
    }
    // Every text is one line a reader sees as it is (see `courses::has_hidden_controls`): the
    // skills are a line each and a summary's lines run on; anything else hidden is refused
    // here, with nothing saved, rather than found when she publishes.
    let is_field = |name: &str, field: &str| name.starts_with(&format!("{field}."));
    let hidden = fields.iter().any(|(name, text)| {
        if is_field(name, SettingsForm::SUMMARY) {
            courses::has_hidden_controls(&run_on(text))
        } else if is_field(name, SettingsForm::SKILLS) {
            typed_lines(text).any(courses::has_hidden_controls)
        } else {
            courses::has_hidden_controls(text.trim())
        }
    });
    if hidden {
        return Err(back(locale, page, Outcome::TextInvalid));
    }
    let settings = Settings {
        track: track.as_str().to_string(),
        default_language: default,
        languages: languages.clone(),
        title: per_language(SettingsForm::TITLE),
        summary: per_language(SettingsForm::SUMMARY)
            .into_iter()
            .map(|(l, text)| (l, run_on(&text)))
            .collect(),
        pass_mark,
        certificate_title: per_language(SettingsForm::CERTIFICATE_TITLE),
        skills: per_language(SettingsForm::SKILLS)
            .into_iter()
            .map(|(l, text)| (l, typed_lines(&text).map(str::to_string).collect()))
            .collect(),
    };
    let result = state
        .db
        .change_draft(&organisation, slug, |_, tree| {
            let shown = field(SettingsForm::MANIFEST);
            if settings_digest(tree) != shown {
                return Ok(false);
            }
            edit::set_settings(tree, &settings)?;
            let modules: Vec<String> = edit::outline(tree)?
                .modules
                .into_iter()
                .map(|m| m.id)
                .collect();
            // Only modules the form showed: one added since keeps its titles.
            let shown = |module: &str| {
                let prefix = format!("{}.{module}.", SettingsForm::MODULE);
                fields.iter().any(|(name, _)| name.starts_with(&prefix))
            };
            for module in modules.iter().filter(|m| shown(m)) {
                let titles = languages
                    .iter()
                    .map(|l| (l.clone(), field(&SettingsForm::module(module, l))))
                    .collect();
                edit::rename_module(tree, module, &titles)?;
            }
            Ok(true)
        })
        .await?;
    if !changed(locale, page, result)? {
        return Err(back(locale, page, Outcome::SettingsChanged));
    }
    state
        .db
        .set_visibility(&organisation, slug, visibility)
        .await?;
    Ok(done(locale, Address::Draft(slug), Outcome::Saved))
}

pub async fn add_module(
    State(state): State<AppState>,
    Path((lang, course)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<ModuleForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let (organisation, _) = organisation(viewer, Action::AuthorCourses)?;
    let slug = id(&course)?;
    own_draft(&state, &organisation, slug).await?;
    let page = Address::Draft(slug);
    let title = valid_name(&form.title).ok_or_else(|| back(locale, page, Outcome::TitleNeeded))?;
    let result = state
        .db
        .change_draft(&organisation, slug, |_, tree| edit::add_module(tree, title))
        .await?;
    changed(locale, page, result)?;
    Ok(done(locale, page, Outcome::Saved))
}

pub async fn add_lesson(
    State(state): State<AppState>,
    Path((lang, course, module)): Path<(String, String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<ModuleForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let (organisation, _) = organisation(viewer, Action::AuthorCourses)?;
    let (slug, module) = (id(&course)?, id(&module)?);
    own_draft(&state, &organisation, slug).await?;
    let page = Address::Draft(slug);
    let title = valid_name(&form.title).ok_or_else(|| back(locale, page, Outcome::TitleNeeded))?;
    let used = state.db.used_lesson_ids(slug).await?;
    let result = state
        .db
        .change_draft(&organisation, slug, |_, tree| {
            let lesson = edit::add_lesson(tree, module, title, &used)?;
            Ok((lesson, edit::settings(tree)?.default_language))
        })
        .await?;
    let (lesson, language) = changed(locale, page, result)?;
    Ok(done(
        locale,
        Address::EditLesson(slug, &lesson, &language),
        Outcome::Saved,
    ))
}

/// Moves or removes a module (`part` is `module`) or a lesson.
async fn restructure(
    state: AppState,
    lang: String,
    course: String,
    part: String,
    viewer: Option<Extension<Viewer>>,
    form: StructureForm,
    module: bool,
) -> Answer {
    let locale = locale(&lang)?;
    let (organisation, _) = organisation(viewer, Action::AuthorCourses)?;
    let (slug, part) = (id(&course)?, id(&part)?);
    let page = Address::Draft(slug);
    let result = state
        .db
        .change_draft(&organisation, slug, |_, tree| {
            match (form.action.as_str(), module) {
                ("up" | "down", true) => edit::move_module(tree, part, form.action == "up"),
                ("up" | "down", false) => edit::move_lesson(tree, part, form.action == "up"),
                ("remove", true) => edit::remove_module(tree, part),
                ("remove", false) => edit::remove_lesson(tree, part),
                _ => Err(EditError::NoLesson(String::new())),
            }
        })
        .await?;
    changed(locale, page, result)?;
    Ok(done(locale, page, Outcome::Saved))
}

pub async fn change_module(
    State(state): State<AppState>,
    Path((lang, course, module)): Path<(String, String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<StructureForm>,
) -> Answer {
    restructure(state, lang, course, module, viewer, form, true).await
}

pub async fn change_lesson(
    State(state): State<AppState>,
    Path((lang, course, lesson)): Path<(String, String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<StructureForm>,
) -> Answer {
    restructure(state, lang, course, lesson, viewer, form, false).await
}

/// What saving a lesson text found, and the lesson file it concerns.
enum LessonSave {
    Saved(String),
    /// Someone saved the file after she opened it.
    Conflict(String),
    /// Her text cannot be saved as it is (no title, minutes out of range, too long).
    Refused(String, Outcome),
}

/// Texts longer than this are not kept aside after a refused save: no one typed them.
const MAX_KEPT_BYTES: usize = 4 * courses::MAX_LESSON_BYTES as usize;

pub async fn save_lesson(
    State(state): State<AppState>,
    Path((lang, course, lesson, text_language)): Path<(String, String, String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<LessonForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let (organisation, user) = organisation(viewer, Action::AuthorCourses)?;
    let (slug, lesson, language) = (id(&course)?, id(&lesson)?, language(&text_language)?);
    own_draft(&state, &organisation, slug).await?;
    let page = Address::EditLesson(slug, lesson, language);
    let minutes = form
        .minutes
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=120).contains(m));
    // The lesson file's own limit, with room for its front matter.
    let too_long = form.body.len() + form.title.len() + 256 > courses::MAX_LESSON_BYTES as usize;
    let revision: i64 = form.revision.trim().parse().unwrap_or(-1);
    let result = state
        .db
        .change_draft(&organisation, slug, |draft, tree| {
            let outline = edit::outline(tree)?;
            if !outline.settings.languages.iter().any(|l| l == language) {
                return Err(EditError::NoLesson(lesson.to_string()));
            }
            let entry = outline
                .modules
                .iter()
                .flat_map(|m| &m.lessons)
                .find(|l| l.id == lesson)
                .ok_or_else(|| EditError::NoLesson(lesson.to_string()))?;
            let default = &outline.settings.default_language;
            let path = match (entry.files.get(language), entry.files.get(default)) {
                (Some(file), _) => file.path.clone(),
                (None, Some(original)) => edit::translation_path(&original.path, default, language),
                (None, None) => return Err(EditError::NoLesson(lesson.to_string())),
            };
            let current = draft.meta.get(&path).map_or(0, |m| m.revision);
            if current != revision {
                return Ok(LessonSave::Conflict(path));
            }
            let (title, minutes) = match (valid_name(&form.title), minutes) {
                (None, _) => return Ok(LessonSave::Refused(path, Outcome::TitleNeeded)),
                (_, None) => return Ok(LessonSave::Refused(path, Outcome::NumberInvalid)),
                (Some(title), Some(minutes)) if !too_long => (title, minutes),
                _ => return Ok(LessonSave::Refused(path, Outcome::TooLong)),
            };
            match edit::write_lesson(tree, &path, lesson, title, minutes, &form.body) {
                Ok(()) => Ok(LessonSave::Saved(path)),
                Err(EditError::TooBig) => Ok(LessonSave::Refused(path, Outcome::CourseTooBig)),
                Err(other) => Err(other),
            }
        })
        .await?;
    // A text that is not saved is kept aside for her, with the revision she wrote it against:
    // her editor shows it again, beside the saved one, until she saves that lesson.
    let (path, refusal) = match changed(locale, page, result)? {
        LessonSave::Saved(path) => {
            state.db.forget_kept_text(slug, &path, &user).await?;
            let next = if form.then == "preview" {
                Address::PreviewLesson(slug, lesson, language)
            } else {
                page
            };
            return Ok(done(locale, next, Outcome::Saved));
        }
        LessonSave::Conflict(path) => (path, Outcome::EditConflict),
        LessonSave::Refused(path, why) => (path, why),
    };
    if form.body.len() + form.title.len() <= MAX_KEPT_BYTES {
        let kept = KeptText {
            title: form.title.clone(),
            body: form.body.clone(),
            based_on: revision,
        };
        state.db.keep_text(slug, &path, &user, &kept).await?;
    }
    Err(back(locale, page, refusal))
}

/// The answer to a publish.
fn published(locale: Locale, slug: &str, published: Published) -> Answer {
    let page = Address::Draft(slug);
    match published {
        Published::Version(_) => Ok(done(locale, page, Outcome::Published)),
        Published::Problems => Err(back(locale, page, Outcome::NotPublishable)),
        Published::DraftChanged => Err(back(locale, page, Outcome::DraftChanged)),
        Published::NotYours => Err(back(locale, page, Outcome::CourseTaken)),
        Published::NoSuchDraft => Err(FormError::Refused(AppError::NotFound)),
    }
}

pub async fn publish(
    State(state): State<AppState>,
    Path((lang, course)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<PublishForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let (organisation, user) = organisation(viewer, Action::PublishCourses)?;
    let slug = id(&course)?;
    let revision: i64 = form.revision.trim().parse().unwrap_or(-1);
    let outcome = state
        .db
        .publish_draft(&organisation, &user, slug, revision)
        .await?;
    published(locale, slug, outcome)
}

pub async fn republish(
    State(state): State<AppState>,
    Path((lang, course, version)): Path<(String, String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let (organisation, user) = organisation(viewer, Action::PublishCourses)?;
    let slug = id(&course)?;
    let version: i64 = version
        .parse()
        .map_err(|_| FormError::Refused(AppError::NotFound))?;
    let outcome = state
        .db
        .republish(&organisation, &user, slug, version)
        .await?;
    published(locale, slug, outcome)
}
