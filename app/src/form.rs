//! The shapes of the platform's forms are declared once, in each feature's `forms.rs`, with
//! [`form!`]: the server's handlers read a posted form into those structs, and the pages name
//! their fields with the same constants, so a field cannot be called one thing in a page and
//! another in its handler.

/// Declares a form: a struct whose fields are the form's fields (missing ones read as empty),
/// and, for each, a constant with the field's name as pages write it.
#[macro_export]
macro_rules! form {
    ($(#[$doc:meta])* $form:ident { $($field:ident: $ty:ty => $name:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Default, Clone, PartialEq, Eq, serde::Deserialize)]
        #[serde(default)]
        pub struct $form {
            $(pub $field: $ty,)+
        }

        impl $form {
            $(pub const $name: &'static str = stringify!($field);)+
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::access::SignInForm;
    use crate::account::ChangePasswordForm;

    #[test]
    fn a_posted_form_reads_back_under_the_names_pages_give_its_fields() {
        let posted = format!(
            "{}=amina&{}=long%20enough&{}=1",
            SignInForm::HANDLE,
            SignInForm::PASSWORD,
            SignInForm::SHARED
        );
        let form: SignInForm = serde_urlencoded::from_str(&posted).unwrap();
        assert_eq!(form.handle, "amina");
        assert_eq!(form.password, "long enough");
        assert_eq!(form.shared.as_deref(), Some("1"));
        let empty: ChangePasswordForm = serde_urlencoded::from_str("").unwrap();
        assert_eq!(
            empty,
            ChangePasswordForm::default(),
            "missing fields read as empty"
        );
    }
}
