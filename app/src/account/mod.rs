//! A person's own account: who she is here, her password, her data, signing out everywhere.

mod account_page;
mod forms;

pub use account_page::AccountPage;
pub use forms::{ChangePasswordForm, PasswordForm};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::model::OrganisationName;

/// A signed-in person's own account, as her account page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountView {
    pub handle: String,
    pub role: crate::auth::Role,
    /// Her organisation's name and country, for everyone but an admin.
    pub organisation: Option<OrganisationName>,
    /// The cohort a learner joined.
    pub cohort: Option<String>,
}

/// What the account page reads from storage.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait AccountStore: Send + Sync + 'static {
    /// A person's own account.
    async fn account(&self, user_id: &str)
    -> Result<Option<AccountView>, crate::store::StoreError>;
}

#[server(endpoint = "get_account")]
pub async fn get_account() -> Result<AccountView, AppError> {
    use crate::auth::{Action, authorize, viewer};

    let granted = authorize(viewer(), Action::ViewOwnAccount)?;
    crate::store::provided::<dyn AccountStore>()?
        .account(&granted.viewer.user_id)
        .await?
        .ok_or(AppError::SignInRequired)
}
