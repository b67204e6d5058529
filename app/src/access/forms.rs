//! What the access forms post: signing in, joining, a new password with a code.

crate::form! {
    /// Signing in.
    SignInForm {
        handle: String => HANDLE,
        password: String => PASSWORD,
        shared: Option<String> => SHARED,
    }
}

crate::form! {
    /// Joining: the code, then (once she has read who will see her) handle and password.
    JoinForm {
        code: String => CODE,
        handle: String => HANDLE,
        password: String => PASSWORD,
        shared: Option<String> => SHARED,
    }
}

crate::form! {
    /// A new password with a one-time code.
    ResetForm {
        handle: String => HANDLE,
        code: String => CODE,
        password: String => PASSWORD,
    }
}
