//! What a partner's forms post. The settings form has fields per language of the course
//! (`title.en`, `summary.it`, ...): their names are made by [`SettingsForm`].

crate::form! {
    /// A new course: its title in its default language, its track and languages.
    CourseForm {
        title: String => TITLE,
        track: String => TRACK,
        default_language: String => DEFAULT_LANGUAGE,
        languages: String => LANGUAGES,
    }
}

crate::form! {
    /// A new module's or lesson's title, in the default language.
    ModuleForm {
        title: String => TITLE,
    }
}

crate::form! {
    /// Moving a module or lesson one place (`up`, `down`) or removing it (`remove`).
    StructureForm {
        action: String => ACTION,
    }
}

crate::form! {
    /// A lesson's text in one language, with the revision of the file it was opened at;
    /// `then` is `preview` to see it as learners will, once saved.
    LessonForm {
        title: String => TITLE,
        minutes: String => MINUTES,
        body: String => BODY,
        revision: String => REVISION,
        then: String => THEN,
    }
}

crate::form! {
    /// Publishing: the draft revision whose changes she was shown.
    PublishForm {
        revision: String => REVISION,
    }
}

/// The file field of the image upload form.
pub struct ImageForm;

impl ImageForm {
    pub const IMAGE: &'static str = "image";
}

/// The file field of the archive upload form.
pub struct ArchiveForm;

impl ArchiveForm {
    pub const ARCHIVE: &'static str = "archive";
    /// Ticked: the archive may replace the course's draft (unticked, a draft that differs
    /// from the archive is kept and she is asked).
    pub const REPLACE: &'static str = "replace";
}

/// The settings form: fixed fields, and per-language ones named `<field>.<language>`.
pub struct SettingsForm;

impl SettingsForm {
    pub const VISIBILITY: &'static str = "visibility";
    pub const MANIFEST: &'static str = "manifest";
    pub const TRACK: &'static str = "track";
    pub const DEFAULT_LANGUAGE: &'static str = "default_language";
    pub const LANGUAGES: &'static str = "languages";
    pub const PASS_MARK: &'static str = "pass_mark";
    pub const TITLE: &'static str = "title";
    pub const SUMMARY: &'static str = "summary";
    pub const CERTIFICATE_TITLE: &'static str = "certificate_title";
    pub const SKILLS: &'static str = "skills";
    /// A module's title: `module.<id>.<language>`.
    pub const MODULE: &'static str = "module";

    /// The name of `field`'s input for `language`.
    pub fn field(field: &str, language: &str) -> String {
        format!("{field}.{language}")
    }

    /// The name of a module title's input.
    pub fn module(id: &str, language: &str) -> String {
        format!("{}.{id}.{language}", Self::MODULE)
    }
}
