//! The routes: which page answers which address.

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::access::{JoinPage, ResetPage, SignInPage};
use crate::account::AccountPage;
use crate::admin::AdminPage;
use crate::authoring::{DraftPage, LessonEditorPage, PreviewPage, SettingsPage, StudioPage};
use crate::catalogue::{CataloguePage, CoursePage, LessonPage};
use crate::certificates::{CertificatePage, LearnerHomePage, RequestPage, ReviewPage, VerifyPage};
use crate::cohorts::{CohortPage, TrainerPage};
use crate::languages::LanguagesPage;
use crate::progress::LearnerPage;
use crate::site::Site;
use crate::ui::error_page::{NotFoundPage, RefusedPage};
use crate::ui::escape_text;
use crate::ui::safety_page::SafetyPage;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let site = use_context::<Site>().unwrap_or_default();
    // Every page's title passes through here, and leptos_meta writes it into the head as it
    // is: escaped here, a course or group name with `</title>` in it stays text.
    let formatter = move |page: String| {
        escape_text(&if page.is_empty() {
            site.name.clone()
        } else {
            format!("{page} · {}", site.name)
        })
    };
    view! {
        <Title formatter />
        <Router>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/:lang") view=CataloguePage ssr=SsrMode::Async />
                <Route path=path!("/:lang/courses/:course") view=CoursePage ssr=SsrMode::Async />
                <Route
                    path=path!("/:lang/courses/:course/:lesson")
                    view=LessonPage
                    ssr=SsrMode::Async
                />
                <Route path=path!("/:lang/sign-in") view=SignInPage />
                <Route path=path!("/:lang/join") view=JoinPage ssr=SsrMode::Async />
                <Route path=path!("/:lang/reset") view=ResetPage />
                <Route path=path!("/:lang/safety") view=SafetyPage />
                <Route path=path!("/:lang/languages") view=LanguagesPage ssr=SsrMode::Async />
                <Route path=path!("/:lang/account") view=AccountPage ssr=SsrMode::Async />
                <Route path=path!("/:lang/home") view=LearnerHomePage ssr=SsrMode::Async />
                <Route path=path!("/:lang/trainer") view=TrainerPage ssr=SsrMode::Async />
                <Route
                    path=path!("/:lang/trainer/cohorts/:cohort")
                    view=CohortPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/:lang/trainer/cohorts/:cohort/learners/:learner")
                    view=LearnerPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/:lang/home/certificates/:code")
                    view=CertificatePage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/:lang/trainer/certificates")
                    view=ReviewPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/:lang/trainer/certificates/:request")
                    view=RequestPage
                    ssr=SsrMode::Async
                />
                <Route path=path!("/:lang/verify") view=VerifyPage ssr=SsrMode::Async />
                <Route path=path!("/:lang/verify/:code") view=VerifyPage ssr=SsrMode::Async />
                <Route path=path!("/:lang/admin") view=AdminPage ssr=SsrMode::Async />
                <Route path=path!("/:lang/author") view=StudioPage ssr=SsrMode::Async />
                <Route
                    path=path!("/:lang/author/courses/:course")
                    view=DraftPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/:lang/author/courses/:course/settings")
                    view=SettingsPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/:lang/author/courses/:course/lessons/:lesson/:language")
                    view=LessonEditorPage
                    ssr=SsrMode::Async
                />
                <Route
                    path=path!("/:lang/author/courses/:course/lessons/:lesson/:language/preview")
                    view=PreviewPage
                    ssr=SsrMode::Async
                />
                <Route path=path!("/:lang/refused/:status") view=RefusedPage />
            </Routes>
        </Router>
    }
}
