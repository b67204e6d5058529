//! What progress pages show, as sent from the server. Nothing here carries a right answer
//! before she has answered: a quiz goes out as its question and options ([`QuizView`]), and
//! her graded answer ([`QuizOutcome`]) only after she sent one.

use serde::{Deserialize, Serialize};

use crate::model::OrganisationName;

/// A quiz as the lesson page shows it: the question and the options, not which are right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizView {
    pub id: String,
    /// Sanitised inline HTML.
    pub question_html: String,
    pub shape: QuizShape,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum QuizShape {
    /// Tick one option (sanitised inline HTML each).
    One(Vec<String>),
    /// Tick every option that fits.
    Several(Vec<String>),
    /// Type a short answer.
    Typed,
}

/// Her last answer to a quiz, graded: what she sent, whether it was right, and what to read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizOutcome {
    pub quiz_id: String,
    pub right: bool,
    /// The options she ticked, by index.
    pub ticked: Vec<u32>,
    pub typed: String,
    /// Sanitised HTML: the feedback of each option she ticked that has one.
    pub feedback: Vec<String>,
    pub explanation: Option<String>,
}

/// Where she is in a course, seen from one of its lessons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonProgress {
    /// This lesson's place in the course, from 1.
    pub position: u32,
    pub lessons: u32,
    pub lessons_done: u32,
    pub done: bool,
    pub completed: bool,
    pub answers: Vec<QuizOutcome>,
}

/// A course she started, on her home page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseProgress {
    pub slug: String,
    pub title: String,
    pub lessons: u32,
    pub lessons_done: u32,
    pub quizzes: u32,
    pub quizzes_right: u32,
    /// The first lesson not done yet, in course order.
    pub next_lesson: Option<Step>,
    pub completed_at: Option<i64>,
    pub last_at: i64,
}

/// A lesson to go to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HomeView {
    /// Who sees her progress: her group's organisation.
    pub organisation: Option<OrganisationName>,
    /// Courses she started, the most recent first.
    pub courses: Vec<CourseProgress>,
}

impl HomeView {
    /// The course to continue: the one she worked on last that has a lesson left.
    pub fn to_continue(&self) -> Option<(&CourseProgress, &Step)> {
        self.courses
            .iter()
            .filter(|c| c.completed_at.is_none())
            .find_map(|c| c.next_lesson.as_ref().map(|step| (c, step)))
    }
}

/// A course in a group's table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseColumn {
    pub slug: String,
    pub title: String,
    pub lessons: u32,
}

/// A learner's progress on one course: lessons done, and whether she completed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Cell {
    pub done: u32,
    pub completed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LearnerProgressRow {
    pub id: String,
    pub handle: String,
    pub joined_at: i64,
    pub last_activity: Option<i64>,
    /// No activity for the group's number of days (counted from joining if none yet).
    pub stuck: bool,
    /// A quiz missed [`STRUGGLING_MISSES`] times or more, and not answered right yet.
    pub struggling: bool,
    /// One cell per course, in the order of [`GroupProgress::courses`].
    pub cells: Vec<Cell>,
}

/// A quiz missed this many times, and not answered right yet, flags a learner as struggling.
/// The flag is kept with her progress (`server/migrations/0011_progress_counts.sql`): a new
/// value needs a migration that counts those flags again.
pub const STRUGGLING_MISSES: u32 = 3;

/// A question the group often gets wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MissedQuestion {
    pub course_title: String,
    pub question_html: String,
    pub misses: u32,
    /// How many of the group's learners missed it at least once.
    pub learners: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupProgress {
    /// The group with its join codes, read with its learners' progress.
    pub cohort: crate::cohorts::CohortView,
    pub stuck_days: u32,
    pub courses: Vec<CourseColumn>,
    /// Every learner of the group, with or without activity, by handle.
    pub learners: Vec<LearnerProgressRow>,
    /// The questions most often missed, most first.
    pub missed: Vec<MissedQuestion>,
}

/// Records in one week, for the activity chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekCount {
    /// The Monday the week starts on, in Unix seconds (UTC).
    pub starts: i64,
    pub records: u32,
}

/// Her result on one quiz, for her trainer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizResult {
    pub question_html: String,
    pub tries: u32,
    pub answered_right: bool,
}

/// A lesson of a course she started, with her results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonResults {
    pub title: String,
    pub done: bool,
    pub quizzes: Vec<QuizResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseResults {
    pub progress: CourseProgress,
    pub lessons: Vec<LessonResults>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LearnerProgress {
    pub cohort_id: String,
    pub cohort_name: String,
    pub handle: String,
    pub joined_at: i64,
    pub last_activity: Option<i64>,
    /// The last twelve weeks, oldest first, this week last.
    pub weeks: Vec<WeekCount>,
    pub courses: Vec<CourseResults>,
}
