//! A trainer's groups, and a form to make another.

use leptos::prelude::*;

use super::{CohortForm, CohortSummary, list_cohorts};
use crate::address::Address;
use crate::i18n::Locale;
use crate::ui::forms::{Field, FormOutcome, PostForm};
use crate::ui::layout::Page;
use crate::ui::loading::loaded_page;

#[component]
pub fn TrainerPage() -> impl IntoView {
    loaded_page(
        |_| list_cohorts(),
        |locale, cohorts| view! { <Cohorts locale cohorts /> },
    )
}

#[component]
fn Cohorts(locale: Locale, cohorts: Vec<CohortSummary>) -> impl IntoView {
    let list = if cohorts.is_empty() {
        view! { <p>{locale.t("trainer.no_cohorts")}</p> }.into_any()
    } else {
        view! {
            <ul class="cards">
                {cohorts
                    .into_iter()
                    .map(|cohort| {
                        let counts = locale
                            .t_with(
                                "trainer.counts",
                                &[
                                    ("learners", &cohort.learners.to_string()),
                                    ("codes", &cohort.open_codes.to_string()),
                                ],
                            );
                        view! {
                            <li class="card">
                                <h2>
                                    <a href=Address::Cohort(&cohort.id).at(locale)>
                                        {cohort.name}
                                    </a>
                                </h2>
                                <p>{counts}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Page locale title=locale.t("trainer.title")>
            <h1>{locale.t("trainer.title")}</h1>
            <FormOutcome locale />
            <p>
                <a class="button" href=Address::Certificates.at(locale)>{locale.t("review.title")}</a>
            </p>
            {list}
            <section aria-labelledby="new-cohort">
                <h2 id="new-cohort">{locale.t("trainer.new_cohort")}</h2>
                <PostForm
                    action=Address::Cohorts.at(locale)
                    submit=locale.t("trainer.create_cohort")
                >
                    <Field
                        label=locale.t("trainer.cohort_name")
                        name=CohortForm::NAME
                        autocomplete="off"
                        hint=locale.t("trainer.cohort_name_hint")
                    />
                </PostForm>
            </section>
        </Page>
    }
}
