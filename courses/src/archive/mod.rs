//! Course archives: a course folder as one `.zip` file, to download, share and upload.
//!
//! An archive holds one folder, `<slug>/`, laid out as in the catalogue (`<slug>/course.toml`,
//! `<slug>/en/...`, `<slug>/images/...`). Writing is deterministic, so the same course always
//! gives the same bytes and an unchanged course can be recognised by them. Reading is the
//! untrusted side, in [`read`]: an uploaded archive is refused as a whole, with the entry at
//! fault, as soon as one entry is unsafe; it never writes anything to disk.

mod read;

use std::fmt;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::MAX_COURSE_FILES;
use crate::media_check::MediaRefusal;
use crate::text::has_hidden_controls;
use crate::tree::FileTree;

pub use read::read_archive;

/// Largest archive accepted, compressed: a full course (32 MB) with room for zip's overhead.
pub const MAX_ARCHIVE_BYTES: u64 = 40 * 1024 * 1024;
/// Most entries an archive may list before any is read: a full course with a copy of each
/// name that a Mac adds under `__MACOSX/` (skipped). The course itself is held to
/// [`MAX_COURSE_FILES`] files and folders.
pub const MAX_ARCHIVE_ENTRIES: usize = 2 * MAX_COURSE_FILES;
/// Most bytes an entry may inflate to per byte stored, past its first 64 KB. Text compresses
/// about 5:1, drawings 20:1 at most, and photos hardly at all; a decompression bomb (a file of
/// zeros) is 160:1 to 1000:1.
pub const MAX_COMPRESSION_RATIO: u64 = 100;

/// Writes `tree` as a `.zip` archive of the course `slug` (a valid course id): an entry
/// `<slug>/<path>` for each file, in path order, deflated, dated 1980-01-01 and with
/// permissions 0644, so that the same tree always gives the same bytes. [`read_archive`] gives
/// back `slug` and an equal tree.
pub fn write_archive(slug: &str, tree: &FileTree) -> Vec<u8> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::DEFAULT)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // Writing to memory fails only for a file over 4 GB, which no course tree comes near.
    let memory = "a course tree fits in a .zip archive";
    for (path, bytes) in tree.iter() {
        zip.start_file(format!("{slug}/{path}"), options)
            .expect(memory);
        zip.write_all(bytes).expect(memory);
    }
    zip.finish().expect(memory).into_inner()
}

/// Why an archive was refused, and the entry at fault when one is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveRefusal {
    /// The entry's name as the archive spells it (`my-course/images/photo.png`).
    pub entry: Option<String>,
    pub reason: ArchiveReason,
}

/// What is wrong with an archive or one of its entries. The app translates the variant;
/// [`fmt::Display`] is the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArchiveReason {
    /// Not a `.zip` file, or one using Zip64 (which no course needs).
    NotAZip,
    /// The archive is larger than `limit` bytes.
    TooBig { limit: u64 },
    /// More than `limit` entries (files and folders).
    TooManyEntries { limit: usize },
    /// The files inflate to more than `limit` bytes in all.
    CourseTooBig { limit: u64 },
    /// An empty or `.` name part, a backslash, or a control character.
    BadName,
    /// A name starting at the root of a disk (`/x`, `C:/x`, `\\server\x`).
    AbsolutePath,
    /// A `..` name part, which would climb out of the course folder.
    Traversal,
    /// A symbolic link.
    Link,
    /// Neither a file nor a folder (a device, a pipe, ...).
    NotAFile,
    /// Encrypted with a password.
    Encrypted,
    /// Compressed with a method other than deflate (or stored).
    Unsupported,
    /// The entry cannot be read back: damaged, cut short, or its checksum is wrong.
    Damaged,
    /// The name appears twice (or is both a file and a folder).
    Duplicate,
    /// Not everything is inside one folder: a file at the top, or a second top folder.
    NotOneCourseFolder,
    /// The top folder's name is not a course id.
    BadSlug,
    /// The file inflates to more than `limit` bytes, the limit for its kind.
    FileTooBig { limit: u64 },
    /// The file inflates to more than [`MAX_COMPRESSION_RATIO`] times its stored size.
    Bomb,
    /// An image refused by its content.
    Media(MediaRefusal),
}

impl fmt::Display for ArchiveRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.entry {
            Some(entry) => write!(f, "`{}`: {}", shown(entry), self.reason),
            None => write!(f, "{}", self.reason),
        }
    }
}

impl std::error::Error for ArchiveRefusal {}

/// An entry's name as it can be shown: characters that would break a line or turn the text
/// around written as escapes (`\n`, `\u{202e}`), everything else as it is.
fn shown(name: &str) -> String {
    let mut buffer = [0; 4];
    name.chars()
        .map(|c| {
            if has_hidden_controls(c.encode_utf8(&mut buffer)) {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

impl fmt::Display for ArchiveReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mb = |bytes: u64| bytes / (1024 * 1024);
        match self {
            Self::NotAZip => write!(
                f,
                "this is not a .zip archive that can be read: make it again with your \
                 computer's Compress (or Send to, Compressed folder) command"
            ),
            Self::TooBig { limit } => write!(
                f,
                "the archive is larger than {} MB; that is the limit: make the images smaller",
                mb(*limit)
            ),
            Self::TooManyEntries { limit } => write!(
                f,
                "the archive holds more than {limit} files and folders; that is the limit"
            ),
            Self::CourseTooBig { limit } => write!(
                f,
                "the files are larger than {} MB in all once unpacked; that is the limit",
                mb(*limit)
            ),
            Self::BadName => write!(
                f,
                "the name has a backslash, a control character or an empty or `.` part: \
                 rename it with letters, digits and hyphens"
            ),
            Self::AbsolutePath => write!(
                f,
                "the name starts at the root of a disk; the archive must hold the course folder"
            ),
            Self::Traversal => write!(
                f,
                "the name climbs out of its folder with `..`; the archive must hold the course \
                 folder only"
            ),
            Self::Link => write!(
                f,
                "it is a symbolic link; a course may only contain ordinary files"
            ),
            Self::NotAFile => write!(
                f,
                "it is not an ordinary file; a course may only contain ordinary files"
            ),
            Self::Encrypted => write!(
                f,
                "it is protected by a password; make the archive again without one"
            ),
            Self::Unsupported => write!(
                f,
                "it is compressed in a way that cannot be read: make the archive again with \
                 your computer's Compress command"
            ),
            Self::Damaged => write!(
                f,
                "it cannot be read: the archive is damaged or cut short; make it again"
            ),
            Self::Duplicate => write!(
                f,
                "the name appears twice in the archive, or as both a file and a folder; keep \
                 only one"
            ),
            Self::NotOneCourseFolder => write!(
                f,
                "the archive must hold one course folder and nothing beside it: compress the \
                 course folder itself"
            ),
            Self::BadSlug => write!(
                f,
                "the course folder's name may only use lowercase letters, digits and hyphens"
            ),
            Self::FileTooBig { limit } => write!(
                f,
                "the file is larger than {} KB; that is the limit for this kind of file",
                limit / 1024
            ),
            Self::Bomb => write!(
                f,
                "the file unpacks to far more than it takes in the archive, which only a \
                 decompression bomb does"
            ),
            Self::Media(refusal) => write!(f, "{refusal}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_names_its_entry_with_control_characters_shown_escaped() {
        let refusal = ArchiveRefusal {
            entry: Some("course/l'a\nb\u{202E}gnp.md".into()),
            reason: ArchiveReason::BadName,
        };
        let message = refusal.to_string();
        assert!(
            message.starts_with("`course/l'a\\nb\\u{202e}gnp.md`: the name has"),
            "{message}"
        );
        let whole = ArchiveRefusal {
            entry: None,
            reason: ArchiveReason::TooBig {
                limit: MAX_ARCHIVE_BYTES,
            },
        };
        assert_eq!(
            whole.to_string(),
            "the archive is larger than 40 MB; that is the limit: make the images smaller"
        );
    }
}
