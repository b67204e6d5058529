//! Problems found in a course, each pointing at a file and a line an author can open.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::Message;

/// One thing wrong with a course, located at `path:line` (lines count from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub line: usize,
    pub message: Message,
}

impl Problem {
    pub fn new(path: &Path, line: usize, message: Message) -> Self {
        Self {
            path: path.to_path_buf(),
            line: line.max(1),
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

/// Every problem found in a catalogue, in file order, so an author can fix them all in one pass.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn push(&mut self, path: &Path, line: usize, message: Message) {
        self.0.push(Problem::new(path, line, message));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn extend(&mut self, other: Problems) {
        self.0.extend(other.0);
    }

    pub(crate) fn sorted(mut self) -> Self {
        self.0
            .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        self
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// The 1-based line of a byte offset in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
