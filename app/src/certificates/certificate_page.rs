//! Her certificate as a page to print (A4 or Letter: the print stylesheet hides everything
//! but the certificate), with its downloads: the PDF and the signed credential.

use leptos::prelude::*;

use super::{IssuedCertificate, get_my_certificate};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::layout::{Page, route_param};
use crate::ui::loading::loaded_page;

#[component]
pub fn CertificatePage() -> impl IntoView {
    let code = route_param("code");
    loaded_page(
        move |_| get_my_certificate(code.clone()),
        |locale, certificate| view! { <Certificate locale certificate /> },
    )
}

#[component]
fn Certificate(locale: Locale, certificate: IssuedCertificate) -> impl IntoView {
    let code = certificate.code.clone();
    let revoked = certificate.revoked_at.map(|at| {
        view! {
            <p class="form-error" role="alert">
                {locale.t_with("verify.revoked", &[("date", &locale.date(at))])}
            </p>
        }
    });
    let skills = (!certificate.skills.is_empty()).then(|| {
        view! {
            <h3>{locale.t("certificate.skills")}</h3>
            <ul>
                {certificate
                    .skills
                    .iter()
                    .map(|skill| view! { <li>{skill.clone()}</li> })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <Page locale title=locale.t("certificate.heading")>
            <p class="no-print">
                <a href=Address::Home.at(locale)>{locale.t("home.title")}</a>
            </p>
            {revoked.is_none().then(|| view! {
            <div class="no-print downloads">
                <a class="button primary" href=Address::CertificatePdf(&code).at(locale) download="certificate.pdf">
                    {locale.t("certificate.download_pdf")}
                </a>
                <a class="button" href=Address::CertificateCredential(&code).at(locale) download="credential.json">
                    {locale.t("certificate.download_credential")}
                </a>
                <p class="hint">{locale.t("certificate.credential_hint")}</p>
                <p class="hint">{locale.t("certificate.print_hint")}</p>
            </div>
            })}
            {revoked}
            <article class="certificate" aria-labelledby="certificate-heading">
                <h1 id="certificate-heading">{locale.t("certificate.heading")}</h1>
                <p>{locale.t("certificate.awarded_to")}</p>
                <p class="printed-name">{certificate.holder_name}</p>
                <p>{locale.t("certificate.completed")}</p>
                <h2>{certificate.title}</h2>
                {skills}
                <div class="certificate-foot">
                    <dl class="facts">
                        <dt>{locale.t("certificate.issued_by")}</dt>
                        <dd>{certificate.organisation} ", " {certificate.country}</dd>
                        <dt>{locale.t("certificate.date")}</dt>
                        <dd>{locale.date(certificate.issued_at)}</dd>
                        <dt>{locale.t("certificate.code")}</dt>
                        <dd><code>{code.clone()}</code></dd>
                    </dl>
                    <div class="qr" role="img" aria-label=locale.t("certificate.qr_label") inner_html=certificate.qr_svg></div>
                </div>
                <p class="meta">{locale.t("certificate.verify_at")} " " {certificate.verify_url}</p>
            </article>
        </Page>
    }
}
