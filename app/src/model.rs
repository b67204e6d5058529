//! What pages show, as sent from the server: plain data, no behaviour beyond small helpers.

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
    pub language: String,
    pub fell_back: bool,
    pub languages: Vec<String>,
    pub previous: Option<LessonLink>,
    pub next: Option<LessonLink>,
}

/// The language to show content in: the requested one when the content exists in it, otherwise
/// the content's default. The flag says whether it fell back.
pub fn pick_language<'a>(
    requested: &'a str,
    available: &'a [String],
    default: &'a str,
) -> (&'a str, bool) {
    if available.iter().any(|l| l == requested) {
        (requested, false)
    } else {
        (default, true)
    }
}

/// A signed-in person's own account, as her account page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountView {
    pub handle: String,
    pub role: crate::auth::Role,
    /// Her organisation's name and country, for everyone but an admin.
    pub organisation: Option<OrganisationName>,
    /// The cohort a learner joined.
    pub cohort: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationName {
    pub name: String,
    pub country: String,
}

/// A cohort in a trainer's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortSummary {
    pub id: String,
    pub name: String,
    pub learners: u32,
    pub open_codes: u32,
}

/// A cohort with its learners and join codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortView {
    pub id: String,
    pub name: String,
    pub learners: Vec<LearnerRow>,
    pub codes: Vec<JoinCodeView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LearnerRow {
    pub id: String,
    pub handle: String,
    /// Seconds since the Unix epoch.
    pub joined_at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinCodeView {
    pub code: String,
    pub uses_left: u32,
    /// Seconds since the Unix epoch.
    pub expires_at: i64,
    pub status: CodeStatus,
}

/// Whether a join code still lets people in, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CodeStatus {
    Open,
    UsedUp,
    Expired,
    Revoked,
}

impl CodeStatus {
    pub fn key(self) -> &'static str {
        match self {
            CodeStatus::Open => "cohort.code_open",
            CodeStatus::UsedUp => "cohort.code_used_up",
            CodeStatus::Expired => "cohort.code_expired",
            CodeStatus::Revoked => "cohort.code_revoked",
        }
    }
}

/// What the admin page shows: every organisation with its staff, and the administrators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffOverview {
    pub organisations: Vec<OrganisationView>,
    pub admins: Vec<StaffRow>,
}

/// An organisation with its staff, for the admin page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationView {
    pub id: String,
    pub name: String,
    pub country: String,
    pub staff: Vec<StaffRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffRow {
    pub id: String,
    pub handle: String,
    pub role: crate::auth::Role,
    /// False until she sets her password with the setup code.
    pub active: bool,
}

/// What a learner is told before she creates her account with a join code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinPreview {
    pub organisation: OrganisationName,
    pub cohort: String,
}

/// `YYYY-MM-DD` (UTC) of a Unix time in seconds.
pub fn date_of(seconds: i64) -> String {
    // Days to a civil date: Howard Hinnant's algorithm, valid for the proleptic Gregorian calendar.
    let z = seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_requested_language_is_used_when_the_content_exists_in_it() {
        let available = vec!["en".to_string(), "it".to_string()];
        assert_eq!(pick_language("it", &available, "en"), ("it", false));
    }

    #[test]
    fn a_missing_language_falls_back_to_the_default_and_says_so() {
        let available = vec!["en".to_string()];
        assert_eq!(pick_language("it", &available, "en"), ("en", true));
    }

    #[test]
    fn dates_are_civil_utc_dates() {
        assert_eq!(date_of(0), "1970-01-01");
        assert_eq!(date_of(951_782_400), "2000-02-29");
        assert_eq!(date_of(1_795_824_000), "2026-11-28");
    }
}
