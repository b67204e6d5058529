//! A course as an in-memory tree of files: course-relative path -> bytes.
//!
//! Everything the loader checks and renders comes from a [`FileTree`], never from the disk, so
//! a course read from a folder, an uploaded archive or a stored draft is validated the same way.
//! Reading a folder into a tree is the one place that touches the disk, and it only takes
//! ordinary files: a symbolic link could publish a file from anywhere on the server (its
//! environment, its keys), and a named pipe or device could block or never end.

use std::collections::BTreeMap;
use std::fs::{self, File, Metadata};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::message;
use crate::model::content_type_for;
use crate::problem::Problems;
use crate::{
    MAX_COURSE_BYTES, MAX_COURSE_FILES, MAX_LESSON_BYTES, MAX_MANIFEST_BYTES, MAX_MEDIA_BYTES,
    Message,
};

/// The files of one course, by path relative to the course folder (`en/start/01-one.md`,
/// `images/photo.png`). Paths use `/` between names and never hold `.`, `..`, empty names or
/// backslashes, so no path of a tree can point outside it. Folders exist only through the
/// files in them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileTree {
    files: BTreeMap<String, Vec<u8>>,
    total_bytes: u64,
}

impl FileTree {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) the file at `path`. Refuses, with the reason, a path that is not a
    /// plain relative path (see [`FileTree`]), or one that would make a name both a file and a
    /// folder. Sizes are not limited here: [`crate::load_course_tree`] checks them, and a reader
    /// of untrusted input should stop early at [`MAX_COURSE_FILES`] and [`MAX_COURSE_BYTES`].
    pub fn insert(&mut self, path: &str, bytes: Vec<u8>) -> Result<(), Message> {
        check_path(path)?;
        let mut folder = path;
        while let Some((parent, _)) = folder.rsplit_once('/') {
            if self.files.contains_key(parent) {
                return Err(message!("file_holds_file", parent = parent, path = path));
            }
            folder = parent;
        }
        if self.contains_folder(path) {
            return Err(message!("folder_not_file", path = path));
        }
        self.total_bytes += bytes.len() as u64;
        if let Some(old) = self.files.insert(path.to_string(), bytes) {
            self.total_bytes -= old.len() as u64;
        }
        Ok(())
    }

    /// The bytes of the file at `path`, if there is one.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// Whether some file lies under the folder `path` (at any depth).
    pub fn contains_folder(&self, path: &str) -> bool {
        let prefix = format!("{path}/");
        self.files
            .range(prefix.clone()..)
            .next()
            .is_some_and(|(key, _)| key.starts_with(&prefix))
    }

    /// Every file, in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files
            .iter()
            .map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
    }

    /// The files directly or indirectly under the folder `path`, in path order, with their
    /// paths relative to it.
    pub(crate) fn under<'a>(&'a self, folder: &str) -> impl Iterator<Item = (&'a str, &'a str)> {
        let prefix = format!("{folder}/");
        self.files
            .range(prefix.clone()..)
            .map(|(key, _)| key.as_str())
            .take_while(move |key| key.starts_with(&prefix))
            .map(move |key| (key, &key[folder.len() + 1..]))
    }

    /// Takes the file at `path` out of the tree.
    pub fn remove(&mut self, path: &str) -> Option<Vec<u8>> {
        let bytes = self.files.remove(path)?;
        self.total_bytes -= bytes.len() as u64;
        Some(bytes)
    }

    /// Takes every file under the folder `path` out of the tree.
    pub fn remove_folder(&mut self, folder: &str) {
        let paths: Vec<String> = self.under(folder).map(|(p, _)| p.to_string()).collect();
        for path in paths {
            self.remove(&path);
        }
    }

    /// How many files the tree holds.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The size of all files together.
    pub fn total_bytes(&self) -> u64 {
        self.total_bytes
    }

    /// Reads a course folder from disk, refusing (with the file's path, line 1) every symbolic
    /// link and every entry that is neither an ordinary file nor a folder. Hidden entries
    /// (names starting with `.`) are skipped. Each file is read only up to its size limit, and
    /// reading stops at [`MAX_COURSE_FILES`] files and folders or [`MAX_COURSE_BYTES`] in all.
    pub fn read_folder(dir: &Path) -> Result<FileTree, Problems> {
        let mut problems = Problems::default();
        let mut tree = FileTree::new();
        match fs::symlink_metadata(dir) {
            Ok(meta) if meta.file_type().is_symlink() => {
                problems.push(dir, 1, message!("course_folder_is_link"));
                return Err(problems);
            }
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                problems.push(dir, 1, message!("course_not_folder"));
                return Err(problems);
            }
            Err(error) => {
                problems.push(dir, 1, message!("cannot_read", error = error));
                return Err(problems);
            }
        }
        let mut entries = 0;
        let mut folders: Vec<(PathBuf, String)> = vec![(dir.to_path_buf(), String::new())];
        while let Some((folder, prefix)) = folders.pop() {
            let mut names: Vec<_> = match fs::read_dir(&folder) {
                Ok(read) => read.filter_map(|e| e.ok().map(|e| e.file_name())).collect(),
                Err(error) => {
                    problems.push(&folder, 1, message!("cannot_read", error = error));
                    continue;
                }
            };
            names.sort();
            for name in names {
                let path = folder.join(&name);
                if name.to_string_lossy().starts_with('.') {
                    continue;
                }
                entries += 1;
                if entries > MAX_COURSE_FILES {
                    problems.push(
                        &path,
                        1,
                        message!("too_many_files", limit = MAX_COURSE_FILES),
                    );
                    return Err(problems.sorted());
                }
                let Some(name) = name.to_str() else {
                    problems.push(&path, 1, message!("name_not_utf8"));
                    continue;
                };
                let relative = if prefix.is_empty() {
                    name.to_string()
                } else {
                    format!("{prefix}/{name}")
                };
                if let Err(reason) = check_path(&relative) {
                    problems.push(&path, 1, reason);
                    continue;
                }
                let meta = match fs::symlink_metadata(&path) {
                    Ok(meta) => meta,
                    Err(error) => {
                        problems.push(&path, 1, message!("cannot_read", error = error));
                        continue;
                    }
                };
                let kind = meta.file_type();
                if kind.is_symlink() {
                    problems.push(&path, 1, message!("file_is_link", path = relative));
                } else if kind.is_dir() {
                    folders.push((path, relative));
                } else if !kind.is_file() {
                    problems.push(&path, 1, special_file(&relative, &meta));
                } else {
                    let room = MAX_COURSE_BYTES - tree.total_bytes;
                    let bytes = match read_file(&path, &meta, limit_for(&relative)) {
                        Ok(bytes) => bytes,
                        Err(message) => {
                            problems.push(&path, 1, message);
                            continue;
                        }
                    };
                    if bytes.len() as u64 > room {
                        problems.push(
                            &path,
                            1,
                            message!("course_too_big", limit = MAX_COURSE_BYTES / (1024 * 1024)),
                        );
                        return Err(problems.sorted());
                    }
                    if let Err(reason) = tree.insert(&relative, bytes) {
                        problems.push(&path, 1, reason);
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(tree)
        } else {
            Err(problems.sorted())
        }
    }
}

/// A plain relative path: names separated by `/`, none empty, `.` or `..`, no backslash or
/// control character.
fn check_path(path: &str) -> Result<(), Message> {
    if path.is_empty() {
        return Err(message!("path_empty"));
    }
    if path.starts_with('/') {
        return Err(message!("path_absolute", path = path));
    }
    if path.contains('\\') || path.chars().any(char::is_control) {
        return Err(message!("path_control", path = path.escape_debug()));
    }
    if path.split('/').any(|name| matches!(name, "" | "." | "..")) {
        return Err(message!("path_dots", path = path));
    }
    Ok(())
}

/// The largest size a file may have, by what it is: settings, lesson, or anything else
/// (images and other media).
pub(crate) fn limit_for(path: &str) -> u64 {
    if path == "course.toml" {
        MAX_MANIFEST_BYTES
    } else if Path::new(path).extension().is_some_and(|e| e == "md") {
        MAX_LESSON_BYTES
    } else {
        MAX_MEDIA_BYTES
    }
}

/// What an author reads when a file of `size` bytes is over its limit: for media, also why.
pub(crate) fn too_big(path: &str, size: u64, limit: u64) -> Message {
    let (size, limit) = (size.div_ceil(1024), limit / 1024);
    let media = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .and_then(content_type_for)
        .is_some();
    if media {
        message!("media_too_big", size = size, limit = limit)
    } else {
        message!("file_too_big", size = size, limit = limit)
    }
}

/// Reads an ordinary file, at most `limit` bytes of it. `expected` is what `symlink_metadata`
/// said of it: a file too big by its metadata is not opened, and a file that was swapped for
/// another between that check and the opening is refused. Whatever the metadata says (files
/// in `/proc` say 0 bytes), never more than `limit + 1` bytes are read.
fn read_file(path: &Path, expected: &Metadata, limit: u64) -> Result<Vec<u8>, Message> {
    if expected.len() > limit {
        return Err(too_big(&path.to_string_lossy(), expected.len(), limit));
    }
    let cannot_read = |error: std::io::Error| message!("cannot_read", error = error);
    let file = File::open(path).map_err(cannot_read)?;
    let opened = file.metadata().map_err(cannot_read)?;
    if !opened.is_file() || !same_file(expected, &opened) {
        return Err(message!("file_changed"));
    }
    read_at_most(file, limit).map_err(|error| match error {
        // Within the limit by its size, over it when read: it is growing, or its size lies.
        TooBig::Yes => message!("file_over_limit", limit = limit / 1024),
        TooBig::Io(error) => cannot_read(error),
    })
}

enum TooBig {
    Yes,
    Io(std::io::Error),
}

/// Reads `reader` to its end, or fails as soon as it gives more than `limit` bytes.
fn read_at_most(reader: impl Read, limit: u64) -> Result<Vec<u8>, TooBig> {
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(TooBig::Io)?;
    if bytes.len() as u64 > limit {
        Err(TooBig::Yes)
    } else {
        Ok(bytes)
    }
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &Metadata, _: &Metadata) -> bool {
    true
}

/// Why the entry at `path`, neither a file, a folder nor a link, is refused.
#[cfg(unix)]
fn special_file(path: &str, meta: &Metadata) -> Message {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if kind.is_fifo() {
        message!("file_is_pipe", path = path)
    } else if kind.is_socket() {
        message!("file_is_socket", path = path)
    } else if kind.is_block_device() || kind.is_char_device() {
        message!("file_is_device", path = path)
    } else {
        message!("file_not_ordinary", path = path)
    }
}

#[cfg(not(unix))]
fn special_file(path: &str, _: &Metadata) -> Message {
    message!("file_not_ordinary", path = path)
}

#[cfg(test)]
mod tests;
