//! The policy: what each role may do, declared once. Adding an action is one line in the
//! table below; the compiler then refuses any handler that names an action the table lacks.

use super::Role;

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

/// Declares [`Action`], every action in [`Action::ALL`], and the scopes each role is granted,
/// from one table: a row per action, a column per role in the order of [`Role::ALL`].
macro_rules! policy {
    ($($(#[$doc:meta])* $action:ident => [$learner:ident, $trainer:ident, $partner:ident, $admin:ident],)+) => {
        /// Something a person asks the server to show or do, beyond reading the catalogue.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $($(#[$doc])* $action,)+
        }

        impl Action {
            /// Every action, in the table's order.
            pub const ALL: &[Action] = &[$(Action::$action,)+];

            /// The scope granted to a learner, a trainer, a partner and an admin.
            pub const fn scopes(self) -> [Scope; 4] {
                match self {
                    $(Action::$action => [$learner, $trainer, $partner, $admin],)+
                }
            }
        }
    };
}

policy! {
    //                          learner trainer partner admin
    ViewOwnAccount =>          [Own, Own, Own, Own],
    ChangeOwnPassword =>       [Own, Own, Own, Own],
    ExportOwnData =>           [Own, Own, Own, Own],
    DeleteOwnAccount =>        [Own, No, No, No],
    SignOutEverywhere =>       [Own, Own, Own, Own],
    ListCohorts =>             [No, Org, No, No],
    CreateCohort =>            [No, Org, No, No],
    ViewCohort =>              [No, Org, No, No],
    CreateJoinCode =>          [No, Org, No, No],
    RevokeJoinCode =>          [No, Org, No, No],
    IssueResetCode =>          [No, Org, No, No],
    /// Answering quizzes and marking lessons done: her own progress.
    RecordProgress =>          [Own, No, No, No],
    /// A group's and its learners' progress, and its CSV.
    ViewProgress =>            [No, Org, No, No],
    SetStuckDays =>            [No, Org, No, No],
    /// Her own certificate requests and certificates: the name to print, the downloads.
    RequestCertificate =>      [Own, No, No, No],
    /// The review queue of her organisation's learners: approve, or return with a note.
    ReviewCertificates =>      [No, Org, No, No],
    RevokeCertificate =>       [No, Org, No, No],
    /// Her organisation's drafts: create, edit, preview, upload and download archives.
    AuthorCourses =>           [No, No, Org, No],
    /// Making a draft the version learners read, or an earlier version again.
    PublishCourses =>          [No, No, Org, No],
    ListOrganisations =>       [No, No, No, All],
    CreateOrganisation =>      [No, No, No, All],
    CreateStaffAccount =>      [No, No, No, All],
    ResetStaffPassword =>      [No, No, No, All],
    RemoveStaffAccount =>      [No, No, No, All],
}

/// What `role` may do of `action`.
pub fn scope(role: Role, action: Action) -> Scope {
    let column = Role::ALL.iter().position(|r| *r == role).unwrap_or(0);
    action.scopes()[column]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table is the enum, so no action can lack a row; what is left to hold is that each
    /// is listed once and that learners never reach beyond their own account.
    #[test]
    fn the_policy_table_has_one_row_for_every_action() {
        let distinct: std::collections::HashSet<_> = Action::ALL.iter().collect();
        assert_eq!(distinct.len(), Action::ALL.len(), "Action::ALL repeats one");
    }

    #[test]
    fn learners_reach_only_their_own_account() {
        for action in Action::ALL {
            let granted = scope(Role::Learner, *action);
            assert!(matches!(granted, Scope::Own | Scope::Denied), "{action:?}");
        }
    }

    #[test]
    fn staff_are_managed_by_admins_alone() {
        for action in [
            Action::CreateStaffAccount,
            Action::ResetStaffPassword,
            Action::RemoveStaffAccount,
        ] {
            for role in Role::ALL {
                let expected = if role == Role::Admin { All } else { No };
                assert_eq!(scope(role, action), expected, "{role:?} {action:?}");
            }
        }
    }
}
