//! What several features show: an organisation's name, and dates.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationName {
    pub name: String,
    pub country: String,
}

/// `text` when it can be an id of a record or of course content (a course slug, a lesson or
/// quiz id, a group or account id: see [`courses::is_valid_id`]); otherwise "not found".
/// Anything else names nothing that exists, and goes no further than this check (a NUL byte,
/// say, which PostgreSQL would refuse with an error).
pub fn id(text: &str) -> Result<&str, crate::error::AppError> {
    if courses::is_valid_id(text) {
        Ok(text)
    } else {
        Err(crate::error::AppError::NotFound)
    }
}

/// `YYYY-MM-DD` (UTC) of a Unix time in seconds: dates in files (CSV). Pages write dates in
/// their language, with [`crate::i18n::Locale::date`].
pub fn date_of(seconds: i64) -> String {
    let (year, month, day) = civil_date(seconds);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Year, month (1 to 12) and day (UTC) of a Unix time in seconds.
pub fn civil_date(seconds: i64) -> (i64, i64, i64) {
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
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_lowercase_words() {
        assert_eq!(id("job-interview"), Ok("job-interview"));
        assert!(id("8fa0addb9fdc872e097e251091205cb2").is_ok());
        for junk in ["", "Job", "a\0b", "../x", "a b", &"x".repeat(65)] {
            assert_eq!(id(junk), Err(crate::error::AppError::NotFound), "{junk:?}");
        }
    }

    #[test]
    fn dates_are_civil_utc_dates() {
        assert_eq!(date_of(0), "1970-01-01");
        assert_eq!(date_of(951_782_400), "2000-02-29");
        assert_eq!(date_of(1_795_824_000), "2026-11-28");
    }
}
