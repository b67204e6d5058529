//! One group: its learners (each with a reset code to give), its join codes, a new code.

use leptos::prelude::*;

use super::{CodeForm, CodeStatus, CohortView, get_cohort};
use crate::address::Address;
use crate::auth::cookies::FlashKind;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::progress::{GroupProgress, GroupProgressSection, get_group_progress};
use crate::ui::forms::{ButtonForm, Field, FormOutcome, OneTimeCode, PostForm, take_flash};
use crate::ui::layout::{Page, route_param};
use crate::ui::loading::loaded_page;

#[component]
pub fn CohortPage() -> impl IntoView {
    let cohort = route_param("cohort");
    loaded_page(
        move |locale| {
            let (cohort, language) = (cohort.clone(), locale.code().to_string());
            async move {
                // The group, its join codes and its learners' progress come in one read.
                // Progress that cannot be read leaves the join codes working: they are then
                // read alone.
                match get_group_progress(cohort.clone(), language).await {
                    Ok(progress) => Ok((progress.cohort.clone(), Some(progress))),
                    Err(AppError::Unavailable) => Ok((get_cohort(cohort).await?, None)),
                    Err(refused) => Err(refused),
                }
            }
        },
        |locale, (cohort, progress)| view! { <Cohort locale cohort progress /> },
    )
}

#[component]
fn Cohort(locale: Locale, cohort: CohortView, progress: Option<GroupProgress>) -> impl IntoView {
    let cohort_id = cohort.id.clone();
    // Her learners come with their progress: when it cannot be read, the notice in its place
    // says so once, and the join codes below still work.
    let learners = progress.as_ref().map(|progress| {
        view! {
            <section aria-labelledby="learners-heading">
                <h2 id="learners-heading">{locale.t("cohort.learners")}</h2>
                {learner_list(locale, &cohort_id, progress)}
            </section>
        }
    });
    let codes = cohort
        .codes
        .into_iter()
        .map(|code| {
            let expires =
                locale.t_with("cohort.expires", &[("date", &locale.date(code.expires_at))]);
            let uses = locale.t_with(
                "cohort.uses_left",
                &[("count", &code.uses_left.to_string())],
            );
            let revoke = (code.status == CodeStatus::Open).then(|| {
                view! {
                    <ButtonForm
                        action=Address::RevokeCode(&cohort_id, &code.code).at(locale)
                        label=locale.t("cohort.revoke")
                    />
                }
            });
            view! {
                <li>
                    <code class="join-code">{code.code.clone()}</code>
                    <span class="meta">
                        {locale.t(code.status.key())} " · " {uses} " · " {expires}
                    </span>
                    {revoke}
                </li>
            }
        })
        .collect_view();
    view! {
        <Page locale title=cohort.name.clone()>
            <p>
                <a href=Address::Trainer.at(locale)>{locale.t("trainer.title")}</a>
            </p>
            <h1>{cohort.name}</h1>
            <FormOutcome locale />
            {match progress {
                Some(progress) => view! { <GroupProgressSection locale progress /> }.into_any(),
                None => view! { <p class="notice" role="note">{locale.t("site.unavailable")}</p> }.into_any(),
            }}
            <section aria-labelledby="codes-heading">
                <h2 id="codes-heading">{locale.t("cohort.codes")}</h2>
                <p>{locale.t("cohort.codes_text")}</p>
                <ul class="rows">{codes}</ul>
                <PostForm action=Address::CohortCodes(&cohort.id).at(locale) submit=locale.t("cohort.create_code")>
                    <Field
                        label=locale.t("cohort.uses")
                        name=CodeForm::USES
                        kind="number"
                        value="10"
                        autocomplete="off"
                    />
                    <Field
                        label=locale.t("cohort.days")
                        name=CodeForm::DAYS
                        kind="number"
                        value="7"
                        autocomplete="off"
                    />
                </PostForm>
            </section>
            {learners}
        </Page>
    }
}

/// The group's learners, each with a button that gives her a password reset code (shown once,
/// after the button was used).
fn learner_list(locale: Locale, cohort_id: &str, progress: &GroupProgress) -> AnyView {
    if progress.learners.is_empty() {
        return view! { <p>{locale.t("cohort.no_learners")}</p> }.into_any();
    }
    let flash = take_flash(FlashKind::Reset);
    view! {
        <ul class="rows">
            {progress
                .learners
                .iter()
                .map(|learner| {
                    let code = flash
                        .as_ref()
                        .and_then(|flash| flash.code_for(&learner.id))
                        .map(|code| {
                            view! { <OneTimeCode locale key="cohort.reset_code" code /> }
                        });
                    let joined = locale
                        .t_with("cohort.joined", &[("date", &locale.date(learner.joined_at))]);
                    view! {
                        <li>
                            <strong>{learner.handle.clone()}</strong>
                            <span class="meta">{joined}</span>
                            {code}
                            <ButtonForm
                                action=Address::LearnerReset(cohort_id, &learner.id).at(locale)
                                label=locale.t("cohort.give_reset_code")
                            />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
