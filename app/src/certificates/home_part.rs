//! Her certificates on her home page: each request's status, the name she chooses to print
//! (empty until she types it: never her handle), her trainer's note, and the certificate once
//! it is issued.

use leptos::prelude::*;

use super::{CertificateNameForm, MAX_NAME_CHARS, MyRequest, RequestStatus, get_my_requests};
use crate::address::Address;
use crate::i18n::Locale;
use crate::progress::{Home, get_home};
use crate::ui::forms::{Field, PostForm};
use crate::ui::loading::loaded_page;

/// Her home page: progress's [`Home`], with her certificates in it.
#[component]
pub fn LearnerHomePage() -> impl IntoView {
    loaded_page(
        |locale| {
            let language = locale.code().to_string();
            async move {
                let home = get_home(language.clone()).await?;
                let requests = get_my_requests(language).await?;
                Ok((home, requests))
            }
        },
        |locale, (home, requests)| {
            view! {
                <Home locale home>
                    <MyCertificates locale requests />
                </Home>
            }
        },
    )
}

#[component]
fn MyCertificates(locale: Locale, requests: Vec<MyRequest>) -> impl IntoView {
    (!requests.is_empty()).then(|| {
        view! {
            <section aria-labelledby="certificates-heading">
                <h2 id="certificates-heading">{locale.t("certificate.mine")}</h2>
                <ul class="rows">
                    {requests
                        .into_iter()
                        .map(|request| view! { <MyRequestRow locale request /> })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn MyRequestRow(locale: Locale, request: MyRequest) -> impl IntoView {
    let note = (request.status == RequestStatus::Returned && !request.note.is_empty()).then(|| {
        view! {
            <p class="notice" role="note">
                <strong>{locale.t("certificate.note_from_trainer")}</strong>
                " "
                {request.note.clone()}
            </p>
        }
    });
    let waiting_for_name = request.status.open() && request.chosen_name.is_empty();
    let name_form = request.status.open().then(|| {
        let hint = locale.t_with(
            "certificate.name_hint",
            &[("count", &MAX_NAME_CHARS.to_string())],
        );
        view! {
            <PostForm
                action=Address::CertificateName(&request.id).at(locale)
                submit=locale.t("certificate.save_name")
            >
                <Field
                    label=locale.t("certificate.name_label")
                    name=CertificateNameForm::NAME
                    id=format!("name-{}", request.id)
                    autocomplete="off"
                    hint
                    value=request.chosen_name.clone()
                />
            </PostForm>
        }
    });
    let certificate = request.code.as_ref().map(|code| {
        view! {
            <a class="button primary" href=Address::MyCertificate(code).at(locale)>
                {locale.t("certificate.open")}
            </a>
        }
    });
    let status = if waiting_for_name {
        locale.t("certificate.status_needs_name")
    } else {
        locale.t(request.status.key())
    };
    view! {
        <li class="certificate-request">
            <strong>{request.course_title}</strong>
            <span class="meta">{status}</span>
            {note}
            {name_form}
            {certificate}
        </li>
    }
}
