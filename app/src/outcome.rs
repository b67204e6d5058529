//! What a form handler reports back with its redirect (`?error=wrong`, `?done=signed_out`):
//! one enum that handlers send and pages read, each value a text under `form.` in the locale
//! files. Any other value in the query is ignored, so a crafted link cannot put words on a page.

/// Declares [`Outcome`] with each value's key, and whether it reports a problem or a success.
macro_rules! outcomes {
    ($($outcome:ident = $key:literal, $kind:ident;)+) => {
        /// A form's outcome.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Outcome {
            $($outcome,)+
        }

        impl Outcome {
            pub const ALL: &[Outcome] = &[$(Outcome::$outcome,)+];

            /// Its key in the query and, under `form.`, in the locale files.
            pub const fn key(self) -> &'static str {
                match self {
                    $(Outcome::$outcome => $key,)+
                }
            }

            /// Its text's key in the locale files.
            pub const fn text_key(self) -> &'static str {
                match self {
                    $(Outcome::$outcome => concat!("form.", $key),)+
                }
            }

            /// Whether it says what went wrong (shown as an alert) or what was done.
            pub const fn is_error(self) -> bool {
                match self {
                    $(Outcome::$outcome => outcomes!(@error $kind),)+
                }
            }
        }
    };
    (@error error) => { true };
    (@error done) => { false };
}

outcomes! {
    Wrong = "wrong", error;
    Wait = "wait", error;
    Busy = "busy", error;
    TooLong = "too_long", error;
    Missing = "missing", error;
    HandleInvalid = "handle_invalid", error;
    HandleTaken = "handle_taken", error;
    PasswordShort = "password_short", error;
    CodeInvalid = "code_invalid", error;
    ResetInvalid = "reset_invalid", error;
    NameInvalid = "name_invalid", error;
    NameTaken = "name_taken", error;
    NumberInvalid = "number_invalid", error;
    CountryInvalid = "country_invalid", error;
    OrganisationMissing = "organisation_missing", error;
    NoteMissing = "note_missing", error;
    NameNeeded = "name_needed", error;
    NameDiffers = "name_differs", error;
    NameRevealing = "name_revealing", error;
    NameChanged = "name_changed", error;
    TitleNeeded = "title_needed", error;
    LanguagesInvalid = "languages_invalid", error;
    EditConflict = "edit_conflict", error;
    DraftChanged = "draft_changed", error;
    NotPublishable = "not_publishable", error;
    UploadRefused = "upload_refused", error;
    CourseTaken = "course_taken", error;
    DraftExists = "draft_exists", error;
    CourseTooBig = "course_too_big", error;
    SettingsChanged = "settings_changed", error;
    TextInvalid = "text_invalid", error;
    SignedOut = "signed_out", done;
    SignedOutEverywhere = "signed_out_everywhere", done;
    PasswordSet = "password_set", done;
    Deleted = "deleted", done;
    CohortCreated = "cohort_created", done;
    CodeCreated = "code_created", done;
    OrganisationCreated = "organisation_created", done;
    StaffRemoved = "staff_removed", done;
    PasswordChanged = "password_changed", done;
    CourseCompleted = "course_completed", done;
    StuckDaysSaved = "stuck_days_saved", done;
    CertificateNameSaved = "certificate_name_saved", done;
    CertificateReturned = "certificate_returned", done;
    CertificateApproved = "certificate_approved", done;
    CertificateRevoked = "certificate_revoked", done;
    NameMatches = "name_matches", done;
    CourseCreated = "course_created", done;
    Saved = "saved", done;
    Published = "published", done;
    ImageAdded = "image_added", done;
    ArchiveImported = "archive_imported", done;
}

impl Outcome {
    /// The query parameter that carries a problem, and the one that carries a success.
    pub const ERROR: &str = "error";
    pub const DONE: &str = "done";

    /// The query that carries it: `error=wrong` or `done=signed_out`.
    pub fn query(self) -> String {
        let name = if self.is_error() {
            Self::ERROR
        } else {
            Self::DONE
        };
        format!("{name}={}", self.key())
    }

    /// The outcome a query parameter names, if it is one of the right kind.
    pub fn from_query(name: &str, key: &str) -> Option<Outcome> {
        Outcome::ALL
            .iter()
            .copied()
            .find(|o| o.key() == key && o.is_error() == (name == Self::ERROR))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn every_outcome_has_a_text_in_every_language() {
        for locale in Locale::all() {
            for outcome in Outcome::ALL {
                let key = outcome.text_key();
                assert_ne!(locale.t(key), key, "{locale:?} lacks {key}");
            }
        }
    }

    #[test]
    fn a_query_reads_back_as_the_outcome_it_carries() {
        for outcome in Outcome::ALL {
            let query = outcome.query();
            let (name, key) = query.split_once('=').unwrap();
            assert_eq!(Outcome::from_query(name, key), Some(*outcome));
        }
        assert_eq!(Outcome::from_query("done", "wrong"), None);
        assert_eq!(Outcome::from_query("error", "<script>"), None);
    }
}
