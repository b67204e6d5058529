//! Reading an uploaded archive: the untrusted side.
//!
//! Nothing an archive says about itself is trusted for a limit. Before the zip reader builds
//! its list of entries, the bytes are scanned for how many entries it could find and for a
//! Zip64 record (whose counts the reader would trust to reserve memory). Sizes are enforced on
//! the bytes actually inflated, reading at most one byte over each file's limit; the sizes in
//! the headers only serve to refuse early. Names are checked before anything is read, and the
//! archive's own list of names is walked for duplicates, which the zip reader would otherwise
//! collapse into one (so that two tools could disagree on what the course holds).
//!
//! Skipped, as the folder reader skips hidden files: names with a part starting with `.`
//! (`.DS_Store`, `.git/`), and the `__MACOSX/` folder a Mac adds with copies of each file's
//! attributes. Folder entries are skipped too: folders exist through their files.

use std::collections::HashSet;
use std::io::{Cursor, Read};
use std::path::Path;

use zip::{CompressionMethod, ZipArchive};

use super::{
    ArchiveReason, ArchiveRefusal, MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES, MAX_COMPRESSION_RATIO,
};
use crate::media_check::check_media;
use crate::model::content_type_for;
use crate::text::{has_hidden_controls, is_valid_id};
use crate::tree::{FileTree, limit_for};
use crate::{MAX_COURSE_BYTES, MAX_COURSE_FILES};

const CENTRAL_HEADER: &[u8] = b"PK\x01\x02";
const END_OF_CENTRAL_DIRECTORY: &[u8] = b"PK\x05\x06";
const ZIP64_LOCATOR: &[u8] = b"PK\x06\x07";
/// Entries smaller than this are never taken for bombs: a short file of one repeated
/// character compresses very well and harms nobody.
const RATIO_FLOOR: u64 = 64 * 1024;
const KIND_MASK: u32 = 0o170_000;
const KIND_FILE: u32 = 0o100_000;
const KIND_FOLDER: u32 = 0o040_000;
const KIND_LINK: u32 = 0o120_000;

/// Reads a course archive (as [`super::write_archive`] writes, or as a computer's "Compress"
/// makes of a course folder) into the course's slug and files. Refuses the whole archive at the
/// first problem, naming the entry at fault (see [`ArchiveReason`]); images are checked by
/// content here, so a bad one is named as the archive spells it. The course itself is not
/// validated: [`crate::load_course_tree`] does that, as for any tree.
pub fn read_archive(bytes: &[u8]) -> Result<(String, FileTree), ArchiveRefusal> {
    let whole = |reason| ArchiveRefusal {
        entry: None,
        reason,
    };
    if bytes.len() as u64 > MAX_ARCHIVE_BYTES {
        return Err(whole(ArchiveReason::TooBig {
            limit: MAX_ARCHIVE_BYTES,
        }));
    }
    scan(bytes).map_err(whole)?;
    let mut archive =
        ZipArchive::new(Cursor::new(bytes)).map_err(|_| whole(ArchiveReason::NotAZip))?;
    refuse_duplicates(bytes, archive.central_directory_start())?;
    let mut course = Course::default();
    for index in 0..archive.len() {
        let name = archive
            .name_for_index(index)
            .unwrap_or_default()
            .to_string();
        course
            .read_entry(&mut archive, index, &name)
            .map_err(|reason| ArchiveRefusal {
                entry: Some(name),
                reason,
            })?;
    }
    match course.slug {
        Some(slug) => Ok((slug, course.tree)),
        None => Err(whole(ArchiveReason::NotOneCourseFolder)),
    }
}

/// Refuses, before the zip reader trusts any count, an archive that could list more than
/// [`MAX_ARCHIVE_ENTRIES`] (each listed entry starts with its own signature, so there are at
/// most as many as signatures) or that holds a Zip64 end record where the reader looks for one.
fn scan(bytes: &[u8]) -> Result<(), ArchiveReason> {
    let mut headers = 0;
    for (at, window) in bytes.windows(4).enumerate() {
        if window == CENTRAL_HEADER {
            headers += 1;
            if headers > MAX_ARCHIVE_ENTRIES {
                return Err(ArchiveReason::TooManyEntries {
                    limit: MAX_ARCHIVE_ENTRIES,
                });
            }
        } else if window == END_OF_CENTRAL_DIRECTORY
            && at >= 20
            && bytes[at - 20..].starts_with(ZIP64_LOCATOR)
        {
            return Err(ArchiveReason::NotAZip);
        }
    }
    Ok(())
}

/// Walks the archive's list of entries (its central directory) as the zip reader did, from
/// `start`, and refuses the first name listed twice.
fn refuse_duplicates(bytes: &[u8], start: u64) -> Result<(), ArchiveRefusal> {
    let mut seen = HashSet::new();
    let mut at = usize::try_from(start).unwrap_or(usize::MAX);
    while let Some(header) = bytes.get(at..at.saturating_add(46)) {
        if !header.starts_with(CENTRAL_HEADER) {
            break;
        }
        let field =
            |offset: usize| usize::from(u16::from_le_bytes([header[offset], header[offset + 1]]));
        let name_end = at + 46 + field(28);
        let Some(name) = bytes.get(at + 46..name_end) else {
            break;
        };
        if !seen.insert(name) {
            return Err(ArchiveRefusal {
                entry: Some(String::from_utf8_lossy(name).into_owned()),
                reason: ArchiveReason::Duplicate,
            });
        }
        at = name_end + field(30) + field(32);
    }
    Ok(())
}

/// The course as read so far.
#[derive(Default)]
struct Course {
    slug: Option<String>,
    tree: FileTree,
    entries: usize,
    total_bytes: u64,
}

impl Course {
    fn read_entry(
        &mut self,
        archive: &mut ZipArchive<Cursor<&[u8]>>,
        index: usize,
        name: &str,
    ) -> Result<(), ArchiveReason> {
        let Some((path, named_folder)) = entry_path(name)? else {
            return Ok(());
        };
        let raw = archive
            .by_index_raw(index)
            .map_err(|_| ArchiveReason::Damaged)?;
        let kind = raw.unix_mode().map_or(0, |mode| mode & KIND_MASK);
        let is_folder = named_folder || kind == KIND_FOLDER;
        match kind {
            KIND_LINK => return Err(ArchiveReason::Link),
            0 | KIND_FILE | KIND_FOLDER => {}
            _ => return Err(ArchiveReason::NotAFile),
        }
        let (top, inside) = match path.split_once('/') {
            Some((top, inside)) => (top, Some(inside)),
            None => (path, None),
        };
        if !is_folder && inside.is_none() {
            return Err(ArchiveReason::NotOneCourseFolder);
        }
        // Counted as the folder reader counts: what is inside the course folder.
        if inside.is_some() {
            self.entries += 1;
            if self.entries > MAX_COURSE_FILES {
                return Err(ArchiveReason::TooManyEntries {
                    limit: MAX_COURSE_FILES,
                });
            }
        }
        match &self.slug {
            Some(slug) if slug != top => return Err(ArchiveReason::NotOneCourseFolder),
            Some(_) => {}
            None if is_valid_id(top) => self.slug = Some(top.to_string()),
            None => return Err(ArchiveReason::BadSlug),
        }
        let Some(inside) = inside.filter(|_| !is_folder) else {
            return Ok(());
        };
        // Two names spelled differently in the archive (one in the old DOS encoding) can read
        // as the same path: the second would silently replace the first.
        if self.tree.get(inside).is_some() {
            return Err(ArchiveReason::Duplicate);
        }

        if raw.encrypted() {
            return Err(ArchiveReason::Encrypted);
        }
        if !matches!(
            raw.compression(),
            CompressionMethod::Stored | CompressionMethod::Deflated
        ) {
            return Err(ArchiveReason::Unsupported);
        }
        let limit = limit_for(inside);
        let stored = raw.compressed_size();
        // The header's sizes may lie: they refuse early, and the bytes read decide.
        check_size(raw.size(), stored, limit)?;
        drop(raw);
        let entry = archive
            .by_index(index)
            .map_err(|_| ArchiveReason::Damaged)?;
        let mut bytes = Vec::new();
        entry
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| ArchiveReason::Damaged)?;
        check_size(bytes.len() as u64, stored, limit)?;
        self.total_bytes += bytes.len() as u64;
        if self.total_bytes > MAX_COURSE_BYTES {
            return Err(ArchiveReason::CourseTooBig {
                limit: MAX_COURSE_BYTES,
            });
        }
        let extension = Path::new(inside).extension().unwrap_or_default();
        if content_type_for(&extension.to_string_lossy()).is_some() {
            check_media(inside, &bytes).map_err(ArchiveReason::Media)?;
        }
        self.tree
            .insert(inside, bytes)
            .map_err(|_| ArchiveReason::Duplicate)
    }
}

/// The entry's path without a folder's trailing `/`, and whether it is named as a folder; or
/// `None` for an entry to skip. Refuses names that are not plain relative paths.
fn entry_path(name: &str) -> Result<Option<(&str, bool)>, ArchiveReason> {
    if has_hidden_controls(name) {
        return Err(ArchiveReason::BadName);
    }
    let bytes = name.as_bytes();
    let drive = bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    if name.starts_with(['/', '\\']) || drive {
        return Err(ArchiveReason::AbsolutePath);
    }
    if name.contains('\\') {
        return Err(ArchiveReason::BadName);
    }
    let (path, named_folder) = match name.strip_suffix('/') {
        Some(folder) => (folder, true),
        None => (name, false),
    };
    let parts: Vec<&str> = path.split('/').collect();
    if parts.contains(&"..") {
        return Err(ArchiveReason::Traversal);
    }
    if parts.iter().any(|part| matches!(*part, "" | ".")) {
        return Err(ArchiveReason::BadName);
    }
    if parts[0] == "__MACOSX" || parts.iter().any(|part| part.starts_with('.')) {
        return Ok(None);
    }
    Ok(Some((path, named_folder)))
}

/// Refuses a file of `size` bytes, stored in `stored` bytes, over its `limit` or inflating like
/// a bomb.
fn check_size(size: u64, stored: u64, limit: u64) -> Result<(), ArchiveReason> {
    if size > RATIO_FLOOR && size / stored.max(1) > MAX_COMPRESSION_RATIO {
        Err(ArchiveReason::Bomb)
    } else if size > limit {
        Err(ArchiveReason::FileTooBig { limit })
    } else {
        Ok(())
    }
}
