//! A trainer's cohorts: making them, their join codes, and reset codes for their learners.

use app::address::Address;
use app::auth::cookies::{Flash, FlashKind};
use app::auth::{Action, Granted, Viewer};
use app::cohorts::{CodeForm, CohortForm};
use app::error::AppError;
use app::outcome::Outcome;
use axum::extract::{Path, State};
use axum::{Extension, Form};

use crate::http::AppState;
use crate::http::form::{
    Answer, FormError, back, check, done, id, locale, to, valid_name, with_flash,
};

pub async fn create_cohort(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<CohortForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::CreateCohort)?;
    let organisation = granted.organisation()?;
    let name = valid_name(&form.name)
        .ok_or_else(|| back(locale, Address::Trainer, Outcome::NameInvalid))?;
    let id = state.db.create_cohort(organisation, name).await?;
    Ok(done(locale, Address::Cohort(&id), Outcome::CohortCreated))
}

/// Checks that a cohort exists and that the grant reaches its organisation; to anyone else
/// it does not exist.
pub(crate) async fn reachable_cohort(
    state: &AppState,
    granted: &Granted,
    cohort: &str,
) -> Result<(), FormError> {
    let organisation = state.db.cohort_organisation(id(cohort)?).await?;
    match organisation {
        Some(organisation) if granted.covers(&organisation) => Ok(()),
        _ => Err(FormError::Refused(AppError::NotFound)),
    }
}

pub async fn create_join_code(
    State(state): State<AppState>,
    Path((lang, cohort)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<CodeForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::CreateJoinCode)?;
    reachable_cohort(&state, &granted, &cohort).await?;
    let page = Address::Cohort(&cohort);
    let number = |text: &str, max: i64| {
        text.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=max).contains(n))
    };
    let (Some(uses), Some(days)) = (number(&form.uses, 500), number(&form.days, 90)) else {
        return Err(back(locale, page, Outcome::NumberInvalid));
    };
    state.db.create_join_code(&cohort, uses, days).await?;
    Ok(done(locale, page, Outcome::CodeCreated))
}

pub async fn revoke_join_code(
    State(state): State<AppState>,
    Path((lang, cohort, code)): Path<(String, String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::RevokeJoinCode)?;
    reachable_cohort(&state, &granted, &cohort).await?;
    state.db.revoke_join_code(&cohort, &code).await?;
    Ok(to(locale, Address::Cohort(&cohort)))
}

/// Gives a learner of the trainer's cohort a one-time reset code, shown to the trainer once.
pub async fn issue_reset_code(
    State(state): State<AppState>,
    Path((lang, cohort, learner)): Path<(String, String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::IssueResetCode)?;
    reachable_cohort(&state, &granted, &cohort).await?;
    let learner_cohort = state.db.learner_cohort(id(&learner)?).await?;
    if learner_cohort.as_deref() != Some(cohort.as_str()) {
        return Err(FormError::Refused(AppError::NotFound));
    }
    let code = state.db.issue_reset_code(&learner).await?;
    let flash = Flash {
        kind: FlashKind::Reset,
        account: learner,
        code,
    };
    Ok(with_flash(
        &state,
        &flash,
        Address::Cohort(&cohort).at(locale),
    ))
}
