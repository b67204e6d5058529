//! Every address of the platform, built in one place. Pages link to them, forms post to them,
//! and the server's router mounts its handlers on the same values: an address cannot be spelt
//! one way in a page and another in a handler.

use crate::i18n::Locale;
use crate::outcome::Outcome;

/// A page, or what a form posts to, in the platform's own address space (below a language).
/// Ids are the record's id, or for a route pattern the parameter's name in braces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address<'a> {
    Catalogue,
    Course(&'a str),
    Lesson(&'a str, &'a str),
    /// Where a lesson's quiz answers post to.
    Answer(&'a str, &'a str),
    /// "Done, next lesson".
    LessonDone(&'a str, &'a str),
    /// A learner's home: her courses and where to continue.
    Home,
    Safety,
    /// The language list; where choosing a language of the pages posts.
    Languages,
    /// Where the languages she reads post.
    ReadingLanguages,
    SignIn,
    SignOut,
    SignOutEverywhere,
    Join,
    JoinAnotherCode,
    Reset,
    Account,
    AccountPassword,
    AccountDelete,
    AccountData,
    Trainer,
    Cohorts,
    Cohort(&'a str),
    CohortCodes(&'a str),
    RevokeCode(&'a str, &'a str),
    LearnerReset(&'a str, &'a str),
    /// One learner of a group, for her trainer.
    LearnerProgress(&'a str, &'a str),
    /// The group's progress table as CSV.
    GroupCsv(&'a str),
    /// After how many days a group's learner counts as stuck.
    StuckDays(&'a str),
    /// Where she saves the name to print on a certificate (by request).
    CertificateName(&'a str),
    /// Her certificate, to print, by its code; its PDF and its signed credential.
    MyCertificate(&'a str),
    CertificatePdf(&'a str),
    CertificateCredential(&'a str),
    /// The trainer's review queue, one request, and what she decides.
    Certificates,
    CertificateRequest(&'a str),
    ApproveCertificate(&'a str),
    ReturnCertificate(&'a str),
    RevokeCertificate(&'a str),
    /// The public verification page, with a code, and where a verifier checks a name.
    Verify,
    Verified(&'a str),
    VerifyName(&'a str),
    /// A partner's courses: her organisation's drafts, a new course, an archive to upload.
    Studio,
    NewCourse,
    ImportArchive,
    /// A draft: its outline, problems, publishing and versions.
    Draft(&'a str),
    DraftSettings(&'a str),
    SaveSettings(&'a str),
    AddModule(&'a str),
    /// Renaming is in the settings; here a module is moved or removed.
    ChangeModule(&'a str, &'a str),
    AddLesson(&'a str, &'a str),
    ChangeLesson(&'a str, &'a str),
    /// A lesson's text in one language: the editor, where it saves, and its preview.
    EditLesson(&'a str, &'a str, &'a str),
    SaveLesson(&'a str, &'a str, &'a str),
    PreviewLesson(&'a str, &'a str, &'a str),
    UploadImage(&'a str),
    /// A draft's image by its hash and extension, for previews.
    DraftMedia(&'a str, &'a str),
    DraftArchive(&'a str),
    Publish(&'a str),
    Republish(&'a str, &'a str),
    Admin,
    Organisations,
    Staff,
    StaffCode(&'a str),
    StaffRemove(&'a str),
    /// The page that says a request was refused, by its status (the server shows it in place
    /// of a refused form's answer).
    Refused(&'a str),
}

impl Address<'_> {
    /// The path after the language, empty for the catalogue.
    fn rest(&self) -> String {
        match self {
            Address::Catalogue => String::new(),
            Address::Course(course) => format!("/courses/{course}"),
            Address::Lesson(course, lesson) => format!("/courses/{course}/{lesson}"),
            Address::Answer(course, lesson) => format!("/courses/{course}/{lesson}/answer"),
            Address::LessonDone(course, lesson) => format!("/courses/{course}/{lesson}/done"),
            Address::Home => "/home".into(),
            Address::Safety => "/safety".into(),
            Address::Languages => "/languages".into(),
            Address::ReadingLanguages => "/languages/reading".into(),
            Address::SignIn => "/sign-in".into(),
            Address::SignOut => "/sign-out".into(),
            Address::SignOutEverywhere => "/sign-out-everywhere".into(),
            Address::Join => "/join".into(),
            Address::JoinAnotherCode => "/join/another-code".into(),
            Address::Reset => "/reset".into(),
            Address::Account => "/account".into(),
            Address::AccountPassword => "/account/password".into(),
            Address::AccountDelete => "/account/delete".into(),
            Address::AccountData => "/account/data.json".into(),
            Address::Trainer => "/trainer".into(),
            Address::Cohorts => "/trainer/cohorts".into(),
            Address::Cohort(cohort) => format!("/trainer/cohorts/{cohort}"),
            Address::CohortCodes(cohort) => format!("/trainer/cohorts/{cohort}/codes"),
            Address::RevokeCode(cohort, code) => {
                format!("/trainer/cohorts/{cohort}/codes/{code}/revoke")
            }
            Address::LearnerReset(cohort, learner) => {
                format!("/trainer/cohorts/{cohort}/learners/{learner}/reset")
            }
            Address::LearnerProgress(cohort, learner) => {
                format!("/trainer/cohorts/{cohort}/learners/{learner}")
            }
            Address::GroupCsv(cohort) => format!("/trainer/cohorts/{cohort}/progress.csv"),
            Address::StuckDays(cohort) => format!("/trainer/cohorts/{cohort}/stuck-days"),
            Address::CertificateName(request) => format!("/home/certificates/{request}/name"),
            Address::MyCertificate(code) => format!("/home/certificates/{code}"),
            Address::CertificatePdf(code) => format!("/home/certificates/{code}/certificate.pdf"),
            Address::CertificateCredential(code) => {
                format!("/home/certificates/{code}/credential.json")
            }
            Address::Certificates => "/trainer/certificates".into(),
            Address::CertificateRequest(request) => format!("/trainer/certificates/{request}"),
            Address::ApproveCertificate(request) => {
                format!("/trainer/certificates/{request}/approve")
            }
            Address::ReturnCertificate(request) => {
                format!("/trainer/certificates/{request}/return")
            }
            Address::RevokeCertificate(request) => {
                format!("/trainer/certificates/{request}/revoke")
            }
            Address::Verify => "/verify".into(),
            Address::Verified(code) => format!("/verify/{code}"),
            Address::VerifyName(code) => format!("/verify/{code}/name"),
            Address::Studio => "/author".into(),
            Address::NewCourse => "/author/courses".into(),
            Address::ImportArchive => "/author/import".into(),
            Address::Draft(course) => format!("/author/courses/{course}"),
            Address::DraftSettings(course) => format!("/author/courses/{course}/settings"),
            Address::SaveSettings(course) => format!("/author/courses/{course}/settings/save"),
            Address::AddModule(course) => format!("/author/courses/{course}/modules"),
            Address::ChangeModule(course, module) => {
                format!("/author/courses/{course}/modules/{module}")
            }
            Address::AddLesson(course, module) => {
                format!("/author/courses/{course}/modules/{module}/lessons")
            }
            Address::ChangeLesson(course, lesson) => {
                format!("/author/courses/{course}/lessons/{lesson}")
            }
            Address::EditLesson(course, lesson, language) => {
                format!("/author/courses/{course}/lessons/{lesson}/{language}")
            }
            Address::SaveLesson(course, lesson, language) => {
                format!("/author/courses/{course}/lessons/{lesson}/{language}/save")
            }
            Address::PreviewLesson(course, lesson, language) => {
                format!("/author/courses/{course}/lessons/{lesson}/{language}/preview")
            }
            Address::UploadImage(course) => format!("/author/courses/{course}/images"),
            Address::DraftMedia(course, file) => format!("/author/courses/{course}/media/{file}"),
            Address::DraftArchive(course) => format!("/author/courses/{course}/course.zip"),
            Address::Publish(course) => format!("/author/courses/{course}/publish"),
            Address::Republish(course, version) => {
                format!("/author/courses/{course}/versions/{version}/publish")
            }
            Address::Admin => "/admin".into(),
            Address::Organisations => "/admin/organisations".into(),
            Address::Staff => "/admin/staff".into(),
            Address::StaffCode(account) => format!("/admin/staff/{account}/code"),
            Address::StaffRemove(account) => format!("/admin/staff/{account}/remove"),
            Address::Refused(status) => format!("/refused/{status}"),
        }
    }

    /// The address in an interface language: `Address::Account.at(En)` is `/en/account`.
    pub fn at(&self, locale: Locale) -> String {
        format!("/{}{}", locale.code(), self.rest())
    }

    /// The address with a form's outcome for the page to show (`/en/sign-in?error=wrong`).
    pub fn with(&self, locale: Locale, outcome: Outcome) -> String {
        format!("{}?{}", self.at(locale), outcome.query())
    }

    /// The pattern the router mounts it on, with `{lang}` for the language: build the
    /// address with the parameters' names in braces, `Address::Cohort("{cohort}")`.
    pub fn route(&self) -> String {
        format!("/{{lang}}{}", self.rest())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_route_patterns_come_from_the_same_words() {
        assert_eq!(Address::Account.at(Locale::DEFAULT), "/en/account");
        assert_eq!(Address::Catalogue.at(Locale::DEFAULT), "/en");
        assert_eq!(
            Address::RevokeCode("c1", "K7MQ-4XPT").at(Locale::DEFAULT),
            "/en/trainer/cohorts/c1/codes/K7MQ-4XPT/revoke"
        );
        assert_eq!(
            Address::Cohort("{cohort}").route(),
            "/{lang}/trainer/cohorts/{cohort}"
        );
        assert_eq!(
            Address::SignIn.with(Locale::DEFAULT, Outcome::Wrong),
            "/en/sign-in?error=wrong"
        );
    }
}
