//! One certificate request, for her trainers: the name to print, the evidence (her lessons
//! and quiz results in the course), every decision so far, and what can be decided now.

use leptos::prelude::*;

use super::get_certificate_request;
use super::{ApproveForm, Decision, MAX_REASON_CHARS, ReasonForm, RequestDetail, RequestStatus};
use crate::address::Address;
use crate::i18n::Locale;
use crate::progress::CourseDetail;
use crate::ui::forms::{Field, FormOutcome, PostForm};
use crate::ui::layout::{Page, route_param};
use crate::ui::loading::loaded_page;

#[component]
pub fn RequestPage() -> impl IntoView {
    let request = route_param("request");
    loaded_page(
        move |locale| get_certificate_request(request.clone(), locale.code().to_string()),
        |locale, detail| view! { <Request locale detail /> },
    )
}

#[component]
fn Request(locale: Locale, detail: RequestDetail) -> impl IntoView {
    let summary = detail.summary;
    let id = summary.id.clone();
    let title = format!("{} · {}", summary.handle, summary.course_title);
    let reason_hint = locale.t_with(
        "review.reason_hint",
        &[("count", &MAX_REASON_CHARS.to_string())],
    );
    let name = if summary.chosen_name.is_empty() {
        view! { <p>{locale.t("review.no_name_yet")}</p> }.into_any()
    } else {
        view! {
            <p>
                {locale.t("review.name_to_print")} " " <strong class="printed-name">{summary.chosen_name.clone()}</strong>
            </p>
        }
        .into_any()
    };
    let decide = match summary.status {
        RequestStatus::Pending | RequestStatus::Returned => view! {
            <section aria-labelledby="decide-heading">
                <h2 id="decide-heading">{locale.t("review.decide")}</h2>
                {(summary.status == RequestStatus::Pending && !summary.chosen_name.is_empty())
                    .then(|| view! {
                        // The name she sees goes with the approval: a name changed since is
                        // never printed without a trainer seeing it.
                        <form class="button-form" method="post" action=Address::ApproveCertificate(&id).at(locale)>
                            <input type="hidden" name=ApproveForm::NAME value=summary.chosen_name.clone() />
                            <button class="button primary" type="submit">{locale.t("review.approve")}</button>
                        </form>
                    })}
                <PostForm action=Address::ReturnCertificate(&id).at(locale) submit=locale.t("review.return")>
                    <Field
                        label=locale.t("review.note_label")
                        name=ReasonForm::REASON
                        autocomplete="off"
                        hint=reason_hint.clone()
                    />
                </PostForm>
            </section>
        }
        .into_any(),
        RequestStatus::Issued => view! {
            <section aria-labelledby="revoke-heading">
                <h2 id="revoke-heading">{locale.t("review.revoke")}</h2>
                <p>{locale.t("review.revoke_text")}</p>
                <PostForm
                    action=Address::RevokeCertificate(&id).at(locale)
                    submit=locale.t("review.revoke")
                    danger=true
                >
                    <Field
                        label=locale.t("review.reason_label")
                        name=ReasonForm::REASON
                        autocomplete="off"
                        hint=reason_hint
                    />
                </PostForm>
            </section>
        }
        .into_any(),
        RequestStatus::Revoked => ().into_any(),
    };
    let code = detail.code.map(|code| {
        view! {
            <p>
                {locale.t("certificate.code")} ": " <code class="join-code">{code.clone()}</code>
                " · "
                <a href=Address::Verified(&code).at(locale)>{locale.t("certificate.verify_page")}</a>
            </p>
        }
    });
    let learner = detail.cohort_id.map(|cohort| {
        view! {
            <p>
                <a href=Address::LearnerProgress(&cohort, &detail.learner_id).at(locale)>
                    {locale.t("review.all_progress")}
                </a>
            </p>
        }
    });
    let evidence = match detail.evidence {
        Some(course) => view! { <CourseDetail locale course /> }.into_any(),
        None => {
            let why = if detail.course_withdrawn {
                "review.withdrawn_evidence"
            } else {
                "review.no_evidence"
            };
            view! { <p>{locale.t(why)}</p> }.into_any()
        }
    };
    view! {
        <Page locale title=title.clone()>
            <p>
                <a href=Address::Certificates.at(locale)>{locale.t("review.title")}</a>
            </p>
            <h1>{title}</h1>
            <FormOutcome locale />
            <p class="meta">{locale.t(summary.status.key())}</p>
            {name}
            {code}
            {decide}
            <section aria-labelledby="evidence-heading">
                <h2 id="evidence-heading">{locale.t("review.evidence")}</h2>
                {evidence}
                {learner}
            </section>
            <section aria-labelledby="decisions-heading">
                <h2 id="decisions-heading">{locale.t("review.decisions")}</h2>
                <ol class="rows">
                    {detail
                        .decisions
                        .into_iter()
                        .map(|decision| view! { <DecisionRow locale decision /> })
                        .collect_view()}
                </ol>
            </section>
        </Page>
    }
}

#[component]
fn DecisionRow(locale: Locale, decision: Decision) -> impl IntoView {
    let what = locale.t_with(
        decision.key(),
        &[("by", &decision.by), ("date", &locale.date(decision.at))],
    );
    view! {
        <li>
            {what}
            {(!decision.reason.is_empty()).then(|| view! { <q>{decision.reason.clone()}</q> })}
        </li>
    }
}
