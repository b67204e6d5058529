//! Who is asking: the four roles, the signed-in person of a request, and the policy table that
//! says what each role may do. The server checks it on every route and server function.

use serde::{Deserialize, Serialize};

pub mod cookies;
mod policy;

pub use policy::{Action, Scope, scope};

use crate::address::Address;
use crate::error::AppError;

/// What a person does on the platform. Each account has exactly one role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Takes courses; joined a cohort with a code.
    Learner,
    /// Runs her organisation's cohorts and follows their learners.
    Trainer,
    /// Writes courses for her organisation.
    Partner,
    /// Manages organisations and staff accounts.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Learner, Role::Trainer, Role::Partner, Role::Admin];

    pub fn code(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Trainer => "trainer",
            Role::Partner => "partner",
            Role::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    /// Staff accounts are created by an admin; learners join with a code.
    pub fn is_staff(self) -> bool {
        self != Role::Learner
    }

    /// Where she lands after signing in.
    pub fn home(self) -> Address<'static> {
        match self {
            Role::Learner => Address::Home,
            Role::Trainer => Address::Trainer,
            Role::Admin => Address::Admin,
            Role::Partner => Address::Studio,
        }
    }
}

/// The signed-in person of the current request, as the server's session layer found her.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    pub user_id: String,
    pub role: Role,
    /// Every account but an admin's belongs to an organisation.
    pub organisation_id: Option<String>,
    /// Raised by every answer and lesson done of hers: what progress kept in memory is
    /// checked against.
    pub progress_version: i64,
}

/// The person signed in for the request being rendered, if any (always none in the browser:
/// pages render on the server).
pub fn viewer() -> Option<Viewer> {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()?
            .extensions
            .get::<Viewer>()
            .cloned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// Where a request comes from, as the server's edge found it: the client's address (an IPv6
/// client's whole /64). Every door that tests a secret counts its attempts by it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client(pub String);

/// The client of the request being rendered (always none in the browser).
#[cfg(feature = "ssr")]
pub fn client() -> Option<Client> {
    leptos::prelude::use_context::<http::request::Parts>()?
        .extensions
        .get::<Client>()
        .cloned()
}

/// A permission check passed: who asked, and how far her grant reaches.
#[derive(Debug, Clone)]
pub struct Granted {
    pub viewer: Viewer,
    pub scope: Scope,
}

impl Granted {
    /// Whether the grant reaches a resource of `organisation_id`.
    pub fn covers(&self, organisation_id: &str) -> bool {
        match self.scope {
            Scope::Everywhere => true,
            Scope::Organisation => self.viewer.organisation_id.as_deref() == Some(organisation_id),
            Scope::Own | Scope::Denied => false,
        }
    }

    /// The organisation an organisation-scoped grant is limited to.
    pub fn organisation(&self) -> Result<&str, AppError> {
        self.viewer
            .organisation_id
            .as_deref()
            .ok_or(AppError::Forbidden)
    }
}

/// Checks `action` for the person asking: [`AppError::SignInRequired`] when nobody is signed
/// in, [`AppError::Forbidden`] when her role may not.
pub fn authorize(viewer: Option<Viewer>, action: Action) -> Result<Granted, AppError> {
    let viewer = viewer.ok_or(AppError::SignInRequired)?;
    match scope(viewer.role, action) {
        Scope::Denied => Err(AppError::Forbidden),
        scope => Ok(Granted { viewer, scope }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_grant_stops_at_the_organisation() {
        let trainer = Viewer {
            user_id: "t".into(),
            role: Role::Trainer,
            organisation_id: Some("org-a".into()),
            progress_version: 0,
        };
        let granted = authorize(Some(trainer), Action::ViewCohort).unwrap();
        assert!(granted.covers("org-a"));
        assert!(!granted.covers("org-b"));
        assert_eq!(
            authorize(None, Action::ViewCohort).unwrap_err(),
            AppError::SignInRequired
        );
    }
}
