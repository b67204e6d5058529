//! The course format, as partner organisations write it.
//!
//! A course is a folder `catalog/<slug>/` holding `course.toml` and one folder per language with
//! Markdown lessons (see `courses/README.md`). This crate reads such a folder into a
//! [`FileTree`] (ordinary files only: links and special files are refused), reports every
//! problem with file and line, and renders lessons to HTML that is safe to show learners,
//! with their quizzes apart (the lesson's HTML never holds answers) and graded by [`grade`].
//! Validation works on the tree alone, so a course from an archive or a draft is checked the
//! same way ([`load_course_tree`]).
//! It knows nothing of databases or HTTP: the server imports what `load_catalog` returns.
//! Without its default feature `load`, the crate is only the [`Track`] list and the text
//! check that pages share, small enough for the browser's WebAssembly.

#[cfg(feature = "load")]
mod archive;
#[cfg(feature = "load")]
mod digest;
#[cfg(feature = "load")]
pub mod edit;
#[cfg(feature = "load")]
mod lessons;
#[cfg(feature = "load")]
mod load;
#[cfg(feature = "load")]
mod manifest;
#[cfg(feature = "load")]
mod markdown;
#[cfg(feature = "load")]
mod media_check;
mod message;
#[cfg(feature = "load")]
mod model;
#[cfg(feature = "load")]
mod problem;
#[cfg(feature = "load")]
mod quiz;
#[cfg(feature = "load")]
mod render;
mod text;
mod track;
#[cfg(feature = "load")]
mod tree;

#[cfg(feature = "load")]
pub use archive::{
    ArchiveReason, ArchiveRefusal, MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES, read_archive,
    write_archive,
};
#[cfg(feature = "load")]
pub use load::{Catalog, load_catalog, load_course, load_course_tree, preview_lesson};
#[cfg(feature = "load")]
pub use media_check::{MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MediaRefusal, check_media};
pub use message::Message;
#[cfg(feature = "load")]
pub use model::{
    Certificate, Course, Lesson, LessonText, Media, Module, Quiz, QuizKind, QuizOption,
};
#[cfg(feature = "load")]
pub use problem::{Problem, Problems};
#[cfg(feature = "load")]
pub use quiz::{Answer, Feedback, Graded, grade};
pub use text::{MAX_ANSWER_CHARS, has_hidden_controls, is_valid_id};
#[cfg(feature = "load")]
pub use text::{fold, reveals_programme};
pub use track::Track;
#[cfg(feature = "load")]
pub use tree::FileTree;

/// Largest lesson file accepted; a lesson is a few minutes of reading, not a book.
pub const MAX_LESSON_BYTES: u64 = 128 * 1024;
/// Largest image or other media file accepted: learners pay for every byte.
pub const MAX_MEDIA_BYTES: u64 = 512 * 1024;
/// Largest `course.toml` accepted.
pub const MAX_MANIFEST_BYTES: u64 = 32 * 1024;
/// Most files and folders a course may hold.
pub const MAX_COURSE_FILES: usize = 2_000;
/// Most bytes a course may hold, all files together.
pub const MAX_COURSE_BYTES: u64 = 32 * 1024 * 1024;
