//! The admin's work: organisations and staff accounts.

mod admin_page;
mod forms;

pub use admin_page::AdminPage;
pub use forms::{OrganisationForm, StaffForm};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// What the admin page shows: every organisation with its staff, and the administrators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffOverview {
    pub organisations: Vec<OrganisationView>,
    pub admins: Vec<StaffRow>,
}

/// An organisation with its staff, for the admin page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationView {
    pub id: String,
    pub name: String,
    pub country: String,
    pub staff: Vec<StaffRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffRow {
    pub id: String,
    pub handle: String,
    pub role: crate::auth::Role,
    /// False until she sets her password with the setup code.
    pub active: bool,
}

/// What the admin page reads from storage.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait AdminStore: Send + Sync + 'static {
    /// Every organisation with its staff, and the administrators.
    async fn staff_overview(&self) -> Result<StaffOverview, crate::store::StoreError>;
}

#[server(endpoint = "get_staff_overview")]
pub async fn get_staff_overview() -> Result<StaffOverview, AppError> {
    use crate::auth::{Action, authorize, viewer};

    authorize(viewer(), Action::ListOrganisations)?;
    Ok(crate::store::provided::<dyn AdminStore>()?
        .staff_overview()
        .await?)
}
