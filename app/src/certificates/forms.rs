crate::form! {
    /// The name she wants printed on her certificate.
    CertificateNameForm {
        name: String => NAME,
    }
}

crate::form! {
    /// Approving: the name the trainer saw, so a name changed since is not printed unseen.
    ApproveForm {
        name: String => NAME,
    }
}

crate::form! {
    /// A trainer's note when she returns a request, or her reason when she revokes one.
    ReasonForm {
        reason: String => REASON,
    }
}

crate::form! {
    /// A code typed on the verification page.
    VerifyForm {
        code: String => CODE,
    }
}

crate::form! {
    /// The name a verifier was told, to check against the certificate.
    VerifyNameForm {
        name: String => NAME,
    }
}

/// Longest name printed on a certificate, and longest note or reason, in characters.
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_REASON_CHARS: usize = 500;
