//! The catalogue's tracks: named here once, for the course format and for the pages that
//! group courses by them (the `app` crate uses this module alone, without the format's
//! parsers and renderer).

/// The three tracks of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Track {
    JobReadiness,
    LanguageForWork,
    DigitalSkills,
}

impl Track {
    pub const ALL: [Track; 3] = [
        Track::JobReadiness,
        Track::LanguageForWork,
        Track::DigitalSkills,
    ];

    /// The stable name used in `course.toml` and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Track::JobReadiness => "job-readiness",
            Track::LanguageForWork => "language-for-work",
            Track::DigitalSkills => "digital-skills",
        }
    }

    pub fn parse(name: &str) -> Option<Track> {
        Track::ALL.into_iter().find(|t| t.as_str() == name)
    }
}
