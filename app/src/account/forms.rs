//! What the account forms post.

crate::form! {
    /// Her password, confirming something she cannot undo.
    PasswordForm {
        password: String => PASSWORD,
    }
}

crate::form! {
    /// A new password, with the current one.
    ChangePasswordForm {
        current_password: String => CURRENT_PASSWORD,
        new_password: String => NEW_PASSWORD,
    }
}
