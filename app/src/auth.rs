//! Who is asking: the four roles, the signed-in person of a request, and the policy table that
//! says what each role may do. The server checks it on every route and server function.

use serde::{Deserialize, Serialize};

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
}

/// The signed-in person of the current request, as the server's session layer found her.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    pub user_id: String,
    pub role: Role,
    /// Every account but an admin's belongs to an organisation.
    pub organisation_id: Option<String>,
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

/// The cookie that carries a session's secret token.
pub const SESSION_COOKIE: &str = "sid";
/// The join code a learner typed, kept while she chooses her handle (never in a URL).
pub const JOIN_COOKIE: &str = "join";
/// A one-time code shown to a trainer or admin once, right after it was made.
pub const FLASH_COOKIE: &str = "flash";

/// The value of cookie `name` in a request's headers.
#[cfg(feature = "ssr")]
pub fn cookie<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value)
        })
}

/// A `Set-Cookie` value that tells the browser to forget cookie `name`.
#[cfg(feature = "ssr")]
pub fn expired_cookie(name: &str) -> http::HeaderValue {
    http::HeaderValue::from_str(&format!(
        "{name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
    ))
    .unwrap_or_else(|_| http::HeaderValue::from_static(""))
}

/// Something a person asks the server to show or do, beyond reading the public catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ViewOwnAccount,
    ChangeOwnPassword,
    ExportOwnData,
    DeleteOwnAccount,
    SignOutEverywhere,
    ListCohorts,
    CreateCohort,
    ViewCohort,
    CreateJoinCode,
    RevokeJoinCode,
    IssueResetCode,
    ListOrganisations,
    CreateOrganisation,
    CreateStaffAccount,
    ResetStaffPassword,
    RemoveStaffAccount,
}

impl Action {
    /// Every action, for the test that holds the policy table complete.
    pub const ALL: [Action; 16] = [
        Action::ViewOwnAccount,
        Action::ChangeOwnPassword,
        Action::ExportOwnData,
        Action::DeleteOwnAccount,
        Action::SignOutEverywhere,
        Action::ListCohorts,
        Action::CreateCohort,
        Action::ViewCohort,
        Action::CreateJoinCode,
        Action::RevokeJoinCode,
        Action::IssueResetCode,
        Action::ListOrganisations,
        Action::CreateOrganisation,
        Action::CreateStaffAccount,
        Action::ResetStaffPassword,
        Action::RemoveStaffAccount,
    ];
}

/// How far a grant reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Denied,
    /// Her own account only.
    Own,
    /// Resources of her own organisation only.
    Organisation,
    /// Every organisation.
    Everywhere,
}

use Scope::{Denied as No, Everywhere as All, Organisation as Org, Own};

/// The policy: for each action, the scope granted to learner, trainer, partner and admin (in
/// the order of [`Role::ALL`]). An action missing here is denied to everyone.
pub const POLICY: [(Action, [Scope; 4]); 16] = [
    //                                 learner trainer partner admin
    (Action::ViewOwnAccount, /*     */ [Own, Own, Own, Own]),
    (Action::ChangeOwnPassword, /*  */ [Own, Own, Own, Own]),
    (Action::ExportOwnData, /*      */ [Own, Own, Own, Own]),
    (Action::DeleteOwnAccount, /*   */ [Own, No, No, No]),
    (Action::SignOutEverywhere, /*  */ [Own, Own, Own, Own]),
    (Action::ListCohorts, /*        */ [No, Org, No, No]),
    (Action::CreateCohort, /*       */ [No, Org, No, No]),
    (Action::ViewCohort, /*         */ [No, Org, No, No]),
    (Action::CreateJoinCode, /*     */ [No, Org, No, No]),
    (Action::RevokeJoinCode, /*     */ [No, Org, No, No]),
    (Action::IssueResetCode, /*     */ [No, Org, No, No]),
    (Action::ListOrganisations, /*  */ [No, No, No, All]),
    (Action::CreateOrganisation, /* */ [No, No, No, All]),
    (Action::CreateStaffAccount, /* */ [No, No, No, All]),
    (Action::ResetStaffPassword, /* */ [No, No, No, All]),
    (Action::RemoveStaffAccount, /* */ [No, No, No, All]),
];

/// What `role` may do of `action`.
pub fn scope(role: Role, action: Action) -> Scope {
    let column = Role::ALL.iter().position(|r| *r == role).unwrap_or(0);
    POLICY
        .iter()
        .find(|(listed, _)| *listed == action)
        .map_or(Scope::Denied, |(_, scopes)| scopes[column])
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

    /// Adding an action to the enum breaks this match until it is named here, and the loop
    /// then fails until the action is in [`Action::ALL`] and has a row in [`POLICY`].
    fn named(action: Action) -> Action {
        match action {
            Action::ViewOwnAccount
            | Action::ChangeOwnPassword
            | Action::ExportOwnData
            | Action::DeleteOwnAccount
            | Action::SignOutEverywhere
            | Action::ListCohorts
            | Action::CreateCohort
            | Action::ViewCohort
            | Action::CreateJoinCode
            | Action::RevokeJoinCode
            | Action::IssueResetCode
            | Action::ListOrganisations
            | Action::CreateOrganisation
            | Action::CreateStaffAccount
            | Action::ResetStaffPassword
            | Action::RemoveStaffAccount => action,
        }
    }

    #[test]
    fn the_policy_table_has_one_row_for_every_action() {
        for action in Action::ALL {
            let rows = POLICY.iter().filter(|(a, _)| *a == named(action)).count();
            assert_eq!(rows, 1, "{action:?} must have exactly one row in POLICY");
        }
        let distinct: std::collections::HashSet<_> =
            Action::ALL.iter().map(|a| format!("{a:?}")).collect();
        assert_eq!(distinct.len(), Action::ALL.len(), "Action::ALL repeats one");
    }

    #[test]
    fn learners_reach_only_their_own_account() {
        for (action, _) in POLICY {
            let granted = scope(Role::Learner, action);
            assert!(matches!(granted, Scope::Own | Scope::Denied), "{action:?}");
        }
    }

    #[test]
    fn an_organisation_grant_stops_at_the_organisation() {
        let trainer = Viewer {
            user_id: "t".into(),
            role: Role::Trainer,
            organisation_id: Some("org-a".into()),
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
