//! Organisations and staff accounts, in SQL.

use app::admin::{AdminStore, OrganisationView, StaffOverview, StaffRow};
use app::auth::Role;
use app::store::StoreError;
use async_trait::async_trait;

use crate::auth::{self, random_hex};
use crate::clock::now;
use crate::db::{Column, CreateError, Db, create_failed, failed, role_of};

/// A new account.
#[derive(Debug, Clone)]
pub struct NewAccount<'a> {
    pub handle: &'a str,
    pub role: Role,
    pub organisation_id: Option<&'a str>,
    pub password_hash: Option<&'a str>,
}

impl Db {
    pub async fn create_organisation(
        &self,
        name: &str,
        country: &str,
    ) -> Result<String, CreateError> {
        let id = random_hex(16);
        sqlx::query(
            "INSERT INTO organisations (id, name, country, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(&id)
        .bind(name)
        .bind(country)
        .bind(now())
        .execute(&self.pool)
        .await
        .map_err(create_failed)?;
        Ok(id)
    }

    /// Creates a staff account (or the first admin); learners join through [`Db::join`].
    pub async fn create_account(&self, account: NewAccount<'_>) -> Result<String, CreateError> {
        let id = random_hex(16);
        sqlx::query(
            "INSERT INTO users (id, handle, handle_key, role, organisation_id, cohort_id, \
             password_hash, created_at) VALUES ($1, $2, $3, $4, $5, NULL, $6, $7)",
        )
        .bind(&id)
        .bind(account.handle)
        .bind(auth::handle_key(account.handle))
        .bind(account.role.code())
        .bind(account.organisation_id)
        .bind(account.password_hash)
        .bind(now())
        .execute(&self.pool)
        .await
        .map_err(create_failed)?;
        Ok(id)
    }

    pub async fn organisation_exists(&self, id: &str) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT 1 FROM organisations WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        Ok(row.is_some())
    }

    pub(super) async fn staff_list(&self) -> Result<StaffOverview, StoreError> {
        let organisations =
            sqlx::query("SELECT id, name, country FROM organisations ORDER BY name")
                .fetch_all(&self.pool)
                .await
                .map_err(failed)?;
        let staff = sqlx::query(
            "SELECT id, handle, role, organisation_id, \
             CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END AS active \
             FROM users WHERE role <> $1 ORDER BY handle_key",
        )
        .bind(Role::Learner.code())
        .fetch_all(&self.pool)
        .await
        .map_err(failed)?;
        let staff = staff
            .iter()
            .map(|s| {
                let organisation: Option<String> = s.col("organisation_id")?;
                let member = StaffRow {
                    id: s.col("id")?,
                    handle: s.col("handle")?,
                    role: role_of(s)?,
                    active: s.col::<i64>("active")? == 1,
                };
                Ok((organisation, member))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let staff_of = |organisation: Option<&str>| -> Vec<StaffRow> {
            staff
                .iter()
                .filter(|(of, _)| of.as_deref() == organisation)
                .map(|(_, member)| member.clone())
                .collect()
        };
        let organisations = organisations
            .iter()
            .map(|o| {
                let id: String = o.col("id")?;
                Ok(OrganisationView {
                    name: o.col("name")?,
                    country: o.col("country")?,
                    staff: staff_of(Some(&id)),
                    id,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(StaffOverview {
            organisations,
            admins: staff_of(None),
        })
    }

    /// The role of a staff account (none for a learner or an unknown id).
    pub async fn staff_role(&self, user_id: &str) -> Result<Option<Role>, StoreError> {
        let row = sqlx::query("SELECT role FROM users WHERE id = $1 AND role <> $2")
            .bind(user_id)
            .bind(Role::Learner.code())
            .fetch_optional(&self.pool)
            .await
            .map_err(failed)?;
        row.map(|row| role_of(&row)).transpose()
    }
}

#[async_trait]
impl AdminStore for Db {
    async fn staff_overview(&self) -> Result<StaffOverview, StoreError> {
        self.staff_list().await
    }
}
