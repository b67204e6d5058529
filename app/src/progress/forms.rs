//! What progress forms post, and the request ids that make each post count once.

crate::form! {
    /// "Done, next lesson".
    DoneForm {
        request: String => REQUEST,
    }
}

crate::form! {
    /// After how many days without activity a group's learner is flagged as stuck.
    StuckDaysForm {
        stuck_days: String => DAYS,
    }
}

/// An answer to a quiz. Ticked options share one field name, so the form is read from the
/// posted pairs ([`AnswerForm::from_pairs`]) rather than as a struct of single fields.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct AnswerForm {
    pub quiz: String,
    pub request: String,
    /// The ticked options' values, as posted.
    pub choices: Vec<String>,
    pub text: String,
}

impl AnswerForm {
    pub const QUIZ: &'static str = "quiz";
    pub const REQUEST: &'static str = "request";
    pub const CHOICE: &'static str = "choice";
    pub const TEXT: &'static str = "text";

    /// Reads the posted pairs; unknown fields are ignored, a repeated single field keeps its
    /// last value, and no more than 64 choices are kept.
    pub fn from_pairs<K: AsRef<str>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> AnswerForm {
        let mut form = AnswerForm::default();
        for (name, value) in pairs {
            match name.as_ref() {
                Self::QUIZ => form.quiz = value.into(),
                Self::REQUEST => form.request = value.into(),
                Self::CHOICE if form.choices.len() < 64 => form.choices.push(value.into()),
                Self::TEXT => form.text = value.into(),
                _ => {}
            }
        }
        form
    }
}

/// A fresh request id for a form: 128 random bits, as 32 lowercase hex digits.
pub fn request_id() -> String {
    #[cfg(feature = "ssr")]
    {
        use rand::RngCore;
        let mut bytes = [0_u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// Whether `id` looks like a request id (from this server's forms, or a client of its own):
/// 16 to 64 letters, digits, `-` or `_`.
pub fn is_request_id(id: &str) -> bool {
    (16..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticked_options_are_all_read_and_other_fields_once() {
        let posted = "quiz=q1&request=0123456789abcdef&choice=0&choice=2&text=ciao&other=x";
        let form = AnswerForm::from_pairs(
            serde_urlencoded::from_str::<Vec<(String, String)>>(posted).unwrap(),
        );
        assert_eq!(form.quiz, "q1");
        assert_eq!(form.choices, ["0", "2"]);
        assert_eq!(form.text, "ciao");
    }

    #[test]
    fn request_ids_are_fresh_and_well_formed() {
        let (a, b) = (request_id(), request_id());
        assert_ne!(a, b);
        assert!(is_request_id(&a), "{a}");
        assert!(!is_request_id("short"));
        assert!(!is_request_id("0123456789abcdef<script>"));
    }
}
