//! What the language list posts.

crate::form! {
    /// The interface language she picks, and the page (below the language) she was on.
    ChooseLanguageForm {
        to: String => TO,
        from: String => FROM,
    }
}

/// The languages she reads: one `read` field per ticked box (so read by the server with a
/// parser that keeps repeated names), and the page she was on.
pub struct ReadingForm;

impl ReadingForm {
    pub const READ: &'static str = "read";
    pub const FROM: &'static str = ChooseLanguageForm::FROM;
}
