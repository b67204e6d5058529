//! What the admin's forms post.

crate::form! {
    /// A new organisation: its name and country.
    OrganisationForm {
        name: String => NAME,
        country: String => COUNTRY,
    }
}

crate::form! {
    /// A staff account: handle, role, and (but for an admin) organisation.
    StaffForm {
        handle: String => HANDLE,
        role: String => ROLE,
        organisation: String => ORGANISATION,
    }
}
