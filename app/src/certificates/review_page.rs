//! The trainer's review queue: her organisation's certificate requests, open ones first.

use leptos::prelude::*;

use super::{RequestStatus, RequestSummary, get_review_queue};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::forms::FormOutcome;
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

#[component]
pub fn ReviewPage() -> impl IntoView {
    loaded_page(
        |locale| get_review_queue(locale.code().to_string()),
        |locale, requests| view! { <Review locale requests /> },
    )
}

#[component]
fn Review(locale: Locale, requests: Vec<RequestSummary>) -> impl IntoView {
    let (open, decided): (Vec<_>, Vec<_>) = requests.into_iter().partition(|r| r.status.open());
    let list = move |requests: Vec<RequestSummary>, empty: &'static str| {
        if requests.is_empty() {
            return view! { <p>{locale.t(empty)}</p> }.into_any();
        }
        view! {
            <ul class="rows">
                {requests
                    .into_iter()
                    .map(|request| view! { <RequestRow locale request /> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Page locale title=locale.t("review.title")>
            <p>
                <a href=Address::Trainer.at(locale)>{locale.t("trainer.title")}</a>
            </p>
            <h1>{locale.t("review.title")}</h1>
            <FormOutcome locale />
            <section aria-labelledby="open-heading">
                <h2 id="open-heading">{locale.t("review.open")}</h2>
                {list(open, "review.none_open")}
            </section>
            <section aria-labelledby="decided-heading">
                <h2 id="decided-heading">{locale.t("review.decided")}</h2>
                {list(decided, "review.none_decided")}
            </section>
        </Page>
    }
}

#[component]
fn RequestRow(locale: Locale, request: RequestSummary) -> impl IntoView {
    let status = if request.status == RequestStatus::Pending && request.chosen_name.is_empty() {
        locale.t("review.waiting_for_name")
    } else {
        locale.t(request.status.key())
    };
    let opened = locale.t_with(
        "review.opened_on",
        &[("date", &locale.date(request.opened_at))],
    );
    view! {
        <li>
            <a href=Address::CertificateRequest(&request.id).at(locale)>
                {request.handle} " · " {request.course_title}
            </a>
            <span class="meta">{status} " · " {opened}</span>
        </li>
    }
}
