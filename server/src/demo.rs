//! Demo data: an organisation, a cohort with a join code, and one account per role, so that a
//! fresh install can be tried at once. Only made when asked for (`serve --demo`), never by
//! default: the passwords are printed in the README.

use anyhow::Context;
use app::auth::Role;

use crate::admin::NewAccount;
use crate::auth::Passwords;
use crate::db::{CreateError, Db};

/// Every demo account's password.
pub const PASSWORD: &str = "demo-password";
/// The demo cohort's join code: 100 uses, valid for 90 days from the first start.
pub const JOIN_CODE: &str = "DEMO-2026";

/// The demo accounts, by handle.
pub const ACCOUNTS: [(&str, Role); 4] = [
    ("demo-admin", Role::Admin),
    ("demo-trainer", Role::Trainer),
    ("demo-author", Role::Partner),
    ("demo-learner", Role::Learner),
];

/// Adds the demo data unless it is there already.
pub async fn seed(db: &Db, passwords: &Passwords) -> anyhow::Result<()> {
    tracing::warn!(
        "DEMO DATA: accounts with published passwords are enabled. \
         Never start a real deployment with --demo."
    );
    if db.credentials(ACCOUNTS[0].0).await?.is_some() {
        return Ok(());
    }
    let organisation = match db.create_organisation("Demo Partner", "IT").await {
        Ok(id) => id,
        Err(CreateError::Taken) => {
            anyhow::bail!("an organisation named Demo Partner exists already")
        }
        Err(CreateError::Store(error)) => return Err(error.into()),
    };
    let cohort = db.create_cohort(&organisation, "Demo group").await?;
    db.add_join_code(&cohort, JOIN_CODE, 100, 90).await?;
    let hash = passwords
        .hash(&[], PASSWORD)
        .await
        .context("cannot hash the demo password")?;
    for (handle, role) in ACCOUNTS {
        if role == Role::Learner {
            db.join(JOIN_CODE, handle, &hash).await?;
            continue;
        }
        let account = NewAccount {
            handle,
            role,
            organisation_id: (role != Role::Admin).then_some(organisation.as_str()),
            password_hash: Some(&hash),
        };
        db.create_account(account)
            .await
            .map_err(|e| anyhow::anyhow!("{handle}: {e}"))?;
    }
    Ok(())
}
