//! The public verification page: anyone, signed out, types a certificate's code (or follows
//! its QR code) and learns only what an employer needs: valid or revoked, the course, its
//! skills, the date and who issued it. The holder's name is never shown: the verifier types
//! the name she was told, and learns only whether it matches.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{Verification, VerifiedCertificate, VerifyForm, VerifyNameForm, get_verification};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::forms::{Field, FormOutcome, PostForm};
use crate::ui::layout::{Page, route_param};
use crate::ui::loading::loaded_page;

#[component]
pub fn VerifyPage() -> impl IntoView {
    let code = Some(route_param("code"))
        .filter(|c| !c.is_empty())
        .or_else(|| use_query_map().get_untracked().get(VerifyForm::CODE))
        .unwrap_or_default();
    loaded_page(
        move |_| {
            let code = code.clone();
            async move {
                if code.trim().is_empty() {
                    Ok(None)
                } else {
                    get_verification(code).await.map(Some)
                }
            }
        },
        |locale, verification| view! { <Verify locale verification /> },
    )
}

#[component]
fn Verify(locale: Locale, verification: Option<Verification>) -> impl IntoView {
    let answer = verification.map(|verification| match verification {
        Verification::Unknown => view! {
            <p class="form-error" role="alert">{locale.t("verify.unknown")}</p>
        }
        .into_any(),
        Verification::Withdrawn => view! {
            <p class="notice" role="status">{locale.t("verify.withdrawn")}</p>
        }
        .into_any(),
        Verification::Found(certificate) => view! { <Found locale certificate /> }.into_any(),
    });
    view! {
        <Page locale title=locale.t("verify.title")>
            <h1>{locale.t("verify.title")}</h1>
            <FormOutcome locale />
            {answer}
            <form method="get" action=Address::Verify.at(locale) class="stack">
                <div class="field">
                    <label for=VerifyForm::CODE>{locale.t("verify.code_label")}</label>
                    <p class="hint" id="code-hint">{locale.t("verify.code_hint")}</p>
                    <input
                        id=VerifyForm::CODE
                        name=VerifyForm::CODE
                        type="text"
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        aria-describedby="code-hint"
                        required
                    />
                </div>
                <button type="submit" class="button primary">{locale.t("verify.check")}</button>
            </form>
        </Page>
    }
}

#[component]
fn Found(locale: Locale, certificate: VerifiedCertificate) -> impl IntoView {
    let status = match certificate.revoked_at {
        None => view! {
            <p class="notice verified" role="status">{locale.t("verify.valid")}</p>
        }
        .into_any(),
        Some(at) => view! {
            <p class="form-error" role="alert">
                {locale.t_with("verify.revoked", &[("date", &locale.date(at))])}
            </p>
        }
        .into_any(),
    };
    let skills = (!certificate.skills.is_empty()).then(|| {
        view! {
            <dt>{locale.t("certificate.skills")}</dt>
            <dd>
                <ul>
                    {certificate
                        .skills
                        .iter()
                        .map(|skill| view! { <li>{skill.clone()}</li> })
                        .collect_view()}
                </ul>
            </dd>
        }
    });
    view! {
        {status}
        <dl class="facts">
            <dt>{locale.t("certificate.code")}</dt>
            <dd><code>{certificate.code.clone()}</code></dd>
            <dt>{locale.t("certificate.course")}</dt>
            <dd>{certificate.title}</dd>
            {skills}
            <dt>{locale.t("certificate.date")}</dt>
            <dd>{locale.date(certificate.issued_at)}</dd>
            <dt>{locale.t("certificate.issued_by")}</dt>
            <dd>{certificate.organisation} ", " {certificate.country}</dd>
        </dl>
        <section aria-labelledby="name-heading">
            <h2 id="name-heading">{locale.t("verify.name_heading")}</h2>
            <p>{locale.t("verify.name_text")}</p>
            <PostForm
                action=Address::VerifyName(&certificate.code).at(locale)
                submit=locale.t("verify.check_name")
            >
                <Field
                    label=locale.t("verify.name_label")
                    name=VerifyNameForm::NAME
                    autocomplete="off"
                />
            </PostForm>
        </section>
    }
}
