//! Files in and out of a draft: images and course archives uploaded from plain forms, the
//! draft downloaded as a `.zip` of its course folder, and its images for previews. Uploads
//! are untrusted: read up to a cap, checked by `courses` (content, size, pixels, SVG, and
//! for archives every entry), and a refusal names the file in her language.

use app::address::Address;
use app::auth::cookies::{Flash, FlashKind};
use app::auth::{Action, Viewer};
use app::authoring::{ArchiveForm, ImageForm, Refused};
use app::error::AppError;
use app::i18n::Locale;
use app::outcome::Outcome;
use axum::Extension;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use courses::edit::EditError;
use courses::{ArchiveReason, ArchiveRefusal, MediaRefusal};

use crate::http::AppState;
use crate::http::form::{Answer, FormError, back, check, done, id, locale, with_flash};

/// Largest request body an upload form may send: the largest archive, and room for the form.
pub(crate) const MAX_UPLOAD_BYTES: usize = courses::MAX_ARCHIVE_BYTES as usize + 64 * 1024;

fn size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{} MB", bytes / (1024 * 1024))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// A refusal naming `entry` as the archive or browser named it: at most 100 characters, and no
/// control or direction character, so a name cannot turn the message around or grow the cookie.
fn refused(reason: &str, entry: &str, limit: String) -> Refused {
    let shown = |text: &str| -> String {
        text.chars()
            .filter(|c| !courses::has_hidden_controls(&c.to_string()))
            .take(100)
            .collect()
    };
    Refused {
        reason: reason.to_string(),
        entry: shown(entry),
        limit: shown(&limit),
    }
}

fn media_refused(entry: &str, refusal: &MediaRefusal) -> Refused {
    match refusal {
        MediaRefusal::UnknownType => refused("unknown_type", entry, String::new()),
        MediaRefusal::NotWhatItSays { .. } => refused("not_what_it_says", entry, String::new()),
        MediaRefusal::TooBig { limit, .. } => refused("file_too_big", entry, size(*limit)),
        MediaRefusal::TooManyPixels { .. } => refused(
            "too_many_pixels",
            entry,
            format!(
                "{} × {}, {} MP",
                courses::MAX_IMAGE_SIDE,
                courses::MAX_IMAGE_SIDE,
                courses::MAX_IMAGE_PIXELS / 1_000_000
            ),
        ),
        MediaRefusal::Unreadable => refused("unreadable", entry, String::new()),
        MediaRefusal::UnsafeSvg { reason } => {
            let found = reason.arg("found").unwrap_or_default().to_string();
            refused("unsafe_svg", entry, found)
        }
    }
}

fn archive_refused(refusal: &ArchiveRefusal) -> Refused {
    let entry = refusal.entry.as_deref().unwrap_or_default();
    let (reason, limit) = match &refusal.reason {
        ArchiveReason::Media(media) => return media_refused(entry, media),
        ArchiveReason::NotAZip => ("not_a_zip", String::new()),
        ArchiveReason::TooBig { limit } => ("too_big", size(*limit)),
        ArchiveReason::TooManyEntries { limit } => ("too_many_entries", limit.to_string()),
        ArchiveReason::CourseTooBig { limit } => ("course_too_big", size(*limit)),
        ArchiveReason::BadName => ("bad_name", String::new()),
        ArchiveReason::AbsolutePath => ("absolute_path", String::new()),
        ArchiveReason::Traversal => ("traversal", String::new()),
        ArchiveReason::Link => ("link", String::new()),
        ArchiveReason::NotAFile => ("not_a_file", String::new()),
        ArchiveReason::Encrypted => ("encrypted", String::new()),
        ArchiveReason::Unsupported => ("unsupported", String::new()),
        ArchiveReason::Damaged => ("damaged", String::new()),
        ArchiveReason::Duplicate => ("duplicate", String::new()),
        ArchiveReason::NotOneCourseFolder => ("not_one_course_folder", String::new()),
        ArchiveReason::BadSlug => ("bad_slug", String::new()),
        ArchiveReason::FileTooBig { limit } => ("file_too_big", size(*limit)),
        ArchiveReason::Bomb => ("bomb", String::new()),
    };
    refused(reason, entry, limit)
}

/// Back to `page`, where the refusal is shown once, naming the file.
fn refuse(
    state: &AppState,
    user: &str,
    locale: Locale,
    page: Address<'_>,
    why: &Refused,
) -> FormError {
    let flash = Flash {
        kind: FlashKind::Refused,
        account: user.to_string(),
        code: why.to_code(),
    };
    FormError::Redirect(Box::new(with_flash(state, &flash, page.at(locale))))
}

/// What an upload form sent: its one file, as the browser named it, read up to a limit (one
/// byte more says it is too big), and the names of the other fields it sent (its ticked boxes).
struct Upload {
    file_name: String,
    bytes: Vec<u8>,
    others: Vec<String>,
}

impl Upload {
    /// Whether the box `name` was ticked: a browser sends a checkbox only then.
    fn ticked(&self, name: &str) -> bool {
        self.others.iter().any(|other| other == name)
    }
}

/// Reads an upload form whose file field is `name`, the file up to `limit` bytes.
async fn upload(multipart: &mut Multipart, name: &str, limit: usize) -> Result<Option<Upload>, ()> {
    // A form of this site sends one or two other fields: more is no form of ours.
    const MAX_OTHERS: usize = 8;
    let mut file = None;
    let mut others = Vec::new();
    while let Some(mut field) = multipart.next_field().await.map_err(|_| ())? {
        let field_name = field.name().unwrap_or_default().to_string();
        if field_name != name || file.is_some() {
            if others.len() == MAX_OTHERS {
                return Err(());
            }
            others.push(field_name);
            continue;
        }
        let file_name = field.file_name().unwrap_or_default().to_string();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| ())? {
            if bytes.len() + chunk.len() > limit {
                // One byte past the limit is enough to say it is too big.
                let room = limit + 1 - bytes.len();
                bytes.extend_from_slice(&chunk[..room.min(chunk.len())]);
                break;
            }
            bytes.extend_from_slice(&chunk);
        }
        let too_big = bytes.len() > limit;
        file = Some((file_name, bytes));
        // Refused anyway: the rest of the form is not worth reading.
        if too_big {
            break;
        }
    }
    Ok(file.map(|(file_name, bytes)| Upload {
        file_name,
        bytes,
        others,
    }))
}

/// An uploaded image's name in the course: its last part, lowercase letters, digits and
/// hyphens, with its extension.
fn image_name(uploaded: &str) -> String {
    let base = uploaded.rsplit(['/', '\\']).next().unwrap_or_default();
    let (stem, extension) = base.rsplit_once('.').unwrap_or((base, ""));
    let stem = courses::edit::id_from(stem, &[]);
    format!("{stem}.{}", extension.to_ascii_lowercase())
}

pub async fn upload_image(
    State(state): State<AppState>,
    Path((lang, course)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    mut multipart: Multipart,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::AuthorCourses)?;
    let (organisation, user) = (granted.organisation()?, granted.viewer.user_id.as_str());
    let slug = id(&course)?;
    let page = Address::Draft(slug);
    super::handlers::own_draft(&state, organisation, slug).await?;
    let limit = courses::MAX_MEDIA_BYTES as usize;
    let Ok(Some(Upload {
        file_name: uploaded,
        bytes,
        ..
    })) = upload(&mut multipart, ImageForm::IMAGE, limit).await
    else {
        return Err(back(locale, page, Outcome::UploadRefused));
    };
    let name = image_name(&uploaded);
    if let Err(refusal) = courses::check_media(&name, &bytes) {
        return Err(refuse(
            &state,
            user,
            locale,
            page,
            &media_refused(&uploaded, &refusal),
        ));
    }
    let result = state
        .db
        .change_draft(organisation, slug, |_, tree| {
            // The same picture again is the same file; another under a taken name gets a
            // name of its own.
            let (stem, extension) = name.rsplit_once('.').unwrap_or((&name, ""));
            let mut path = format!("images/{name}");
            let mut n = 2;
            while tree.get(&path).is_some_and(|b| b != bytes.as_slice()) {
                path = format!("images/{stem}-{n}.{extension}");
                n += 1;
            }
            tree.insert(&path, bytes.clone())
                .map_err(|message| EditError::Manifest(message.to_string()))
        })
        .await?;
    match result {
        Some(Ok(())) => Ok(done(locale, page, Outcome::ImageAdded)),
        Some(Err(EditError::TooBig)) => Err(back(locale, page, Outcome::CourseTooBig)),
        Some(Err(_)) => Err(back(locale, page, Outcome::UploadRefused)),
        None => Err(FormError::Refused(AppError::NotFound)),
    }
}

/// Why an archive left a draft as it was.
enum NotReplaced {
    /// The draft differs from the archive, and she did not tick "replace".
    Differs,
    /// The archive is past what a course may hold (the only check a whole new tree meets).
    TooBig,
}

impl From<EditError> for NotReplaced {
    fn from(_: EditError) -> Self {
        NotReplaced::TooBig
    }
}

pub async fn import_archive(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    mut multipart: Multipart,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::AuthorCourses)?;
    let (organisation, user) = (granted.organisation()?, granted.viewer.user_id.as_str());
    let studio = Address::Studio;
    let limit = courses::MAX_ARCHIVE_BYTES as usize;
    let Ok(Some(archive)) = upload(&mut multipart, ArchiveForm::ARCHIVE, limit).await else {
        return Err(back(locale, studio, Outcome::UploadRefused));
    };
    let replace = archive.ticked(ArchiveForm::REPLACE);
    let read = tokio::task::spawn_blocking(move || courses::read_archive(&archive.bytes))
        .await
        .map_err(|_| FormError::Refused(AppError::Unavailable))?;
    let (slug, tree) = match read {
        Ok(read) => read,
        Err(refusal) => {
            return Err(refuse(
                &state,
                user,
                locale,
                studio,
                &archive_refused(&refusal),
            ));
        }
    };
    // Replacing a draft with something that is no course at all would only lose it.
    if tree.get("course.toml").is_none() {
        let why = refused("no_manifest", &format!("{slug}/course.toml"), String::new());
        return Err(refuse(&state, user, locale, studio, &why));
    }
    match state.db.draft_owner(&slug).await? {
        Some(owner) if owner == organisation => {
            // A draft is replaced only when she said so: it may hold work the file lacks.
            let replaced = state
                .db
                .change_draft(organisation, &slug, |_, draft| {
                    if *draft != tree && !replace {
                        return Err(NotReplaced::Differs);
                    }
                    *draft = tree;
                    Ok(())
                })
                .await?;
            match replaced {
                None => return Err(FormError::Refused(AppError::NotFound)),
                Some(Err(NotReplaced::Differs)) => {
                    return Err(back(locale, studio, Outcome::DraftExists));
                }
                Some(Err(NotReplaced::TooBig)) => {
                    return Err(back(locale, studio, Outcome::CourseTooBig));
                }
                Some(Ok(())) => {}
            }
        }
        Some(_) => return Err(back(locale, studio, Outcome::CourseTaken)),
        None => {
            if !state.db.create_draft(organisation, &slug, &tree).await? {
                return Err(back(locale, studio, Outcome::CourseTaken));
            }
        }
    }
    Ok(done(
        locale,
        Address::Draft(&slug),
        Outcome::ArchiveImported,
    ))
}

/// `GET .../course.zip`: the draft as its course folder, to keep in git or check with
/// `server courses check`.
pub async fn download_archive(
    State(state): State<AppState>,
    Path((_, course)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Result<Response, FormError> {
    let granted = check(viewer, Action::AuthorCourses)?;
    let slug = id(&course)?;
    let draft = state
        .db
        .draft_of(granted.organisation()?, slug)
        .await?
        .ok_or(FormError::Refused(AppError::NotFound))?;
    let bytes = courses::write_archive(slug, &draft.tree);
    let disposition = format!("attachment; filename=\"{slug}.zip\"");
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/zip"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        bytes,
    )
        .into_response())
}

/// `GET .../media/{hash}.{ext}`: an image of the draft, for its authors' previews.
pub async fn draft_media(
    State(state): State<AppState>,
    Path((_, course, file)): Path<(String, String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Result<Response, FormError> {
    let granted = check(viewer, Action::AuthorCourses)?;
    let slug = id(&course)?;
    let not_found = || FormError::Refused(AppError::NotFound);
    let hash = file.split_once('.').map_or(file.as_str(), |(hash, _)| hash);
    let draft = state
        .db
        .draft_of(granted.organisation()?, slug)
        .await?
        .ok_or_else(not_found)?;
    let (path, bytes) = draft
        .tree
        .iter()
        .filter(|(path, _)| path.starts_with("images/"))
        .find(|(_, bytes)| super::store::digest(bytes) == hash)
        .ok_or_else(not_found)?;
    let content_type = courses::check_media(path, bytes).map_err(|_| not_found())?;
    Ok(crate::catalogue::media_response(
        content_type,
        bytes.to_vec(),
        "private, no-store",
    ))
}
