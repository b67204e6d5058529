//! What catalogue pages show, as sent from the server.

use serde::{Deserialize, Serialize};

/// A course in the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseCard {
    pub slug: String,
    pub track: String,
    pub title: String,
    pub summary: String,
    /// The language `title` and `summary` are in.
    pub language: String,
    pub languages: Vec<String>,
    pub lesson_count: u32,
    pub minutes: u32,
}

/// A course's modules and lessons, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseOutline {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub language: String,
    /// True when the requested language is missing and the course default is shown instead.
    pub fell_back: bool,
    pub languages: Vec<String>,
    pub modules: Vec<ModuleOutline>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleOutline {
    pub title: String,
    pub lessons: Vec<LessonLink>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonLink {
    pub id: String,
    pub title: String,
    pub minutes: u32,
}

/// One lesson, ready to read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonView {
    pub course_slug: String,
    pub course_title: String,
    pub module_title: String,
    pub id: String,
    pub title: String,
    pub minutes: u32,
    /// Sanitised when the course was imported.
    pub html: String,
    /// The lesson's quizzes, shown after its text: questions and options, never the answers.
    pub quizzes: Vec<crate::progress::QuizView>,
    pub language: String,
    pub fell_back: bool,
    /// A translation saved before the default-language text last changed.
    pub outdated: bool,
    pub languages: Vec<String>,
    pub previous: Option<LessonLink>,
    pub next: Option<LessonLink>,
}
