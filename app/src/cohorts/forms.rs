//! What a trainer's forms post.

crate::form! {
    /// A new cohort's name.
    CohortForm {
        name: String => NAME,
    }
}

crate::form! {
    /// A join code's number of uses and days of validity.
    CodeForm {
        uses: String => USES,
        days: String => DAYS,
    }
}
