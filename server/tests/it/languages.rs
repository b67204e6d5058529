//! Languages: the list on every page, choosing the pages' language (kept in a cookie and with
//! her account), the languages she reads courses in, and an address in a language the site
//! does not have.

use crate::common::{
    Backend, LEARNER_PASSWORD, Organisation, TestApp, Visitor, learner, organisation, request_in,
    spawn_app,
};

async fn an_unknown_language_in_the_address_answers_with_the_language_list(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut visitor = app.visitor();
    let answer = visitor.get("/xx/courses/safe-phone").await;
    assert_eq!(answer.status, 404, "not a page, so search engines skip it");
    let page = answer.body;
    assert!(
        page.contains("There is no language “xx” on this site"),
        "{page}"
    );
    // Every language, named in itself, leading back to the same page in it.
    for (code, name) in [("sq", "Shqip"), ("ar", "العربية"), ("el", "Ελληνικά")] {
        assert!(
            page.contains(&format!("value=\"{code}\" lang=\"{code}\"")),
            "{code}"
        );
        assert!(page.contains(name), "{name}");
    }
    assert!(page.contains("name=\"from\" value=\"/courses/safe-phone\""));
    assert!(page.contains("class=\"quick-exit\""));
    // In her browser's language, when the site has it: Arabic, right to left.
    let arabic = app
        .client
        .get(format!("{}/xx/courses/safe-phone", app.address))
        .header("accept-language", "ar-SY,ar;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(arabic.status(), 404);
    let arabic = arabic.text().await.unwrap();
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\""), "{arabic}");
    assert!(
        arabic.contains("خروج سريع"),
        "the quick exit, in her language"
    );
    // Markup in the address comes back as text.
    let page = visitor.get("/zz/%3Cscript%3E").await.body;
    assert!(!page.contains("<script>"), "{page}");
}

async fn choosing_a_language_keeps_the_page_and_is_remembered(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut visitor = app.visitor();
    let list = visitor
        .page("/en/languages?from=%2Fcourses%2Fsafe-phone")
        .await;
    assert!(list.contains("name=\"from\" value=\"/courses/safe-phone\""));
    let chosen = visitor
        .post(
            "/en/languages",
            &[("to", "sq"), ("from", "/courses/safe-phone")],
        )
        .await;
    assert_eq!(chosen.redirected_to(), "/sq/courses/safe-phone");
    // `/` opens in her choice from now on, whatever the browser says.
    let root = app
        .client
        .get(format!("{}/", app.address))
        .header("cookie", visitor.cookie_header())
        .header("accept-language", "it")
        .send()
        .await
        .unwrap();
    assert_eq!(root.headers()["location"], "/sq");
    // Never to another site, never to a language that is not there.
    let away = visitor
        .post(
            "/en/languages",
            &[("to", "it"), ("from", "//evil.example/x")],
        )
        .await;
    assert_eq!(away.redirected_to(), "/it");
    // Nor a step out of the language: `/it/../leave` would sign her out.
    for sneaky in ["/../leave", "/%2e%2e/leave"] {
        let answer = visitor
            .post("/en/languages", &[("to", "it"), ("from", sneaky)])
            .await;
        assert_eq!(answer.redirected_to(), "/it", "{sneaky}");
    }
    let unknown = visitor
        .post("/en/languages", &[("to", "xx"), ("from", "/")])
        .await;
    assert_eq!(unknown.status, 404);
    assert!(unknown.body.contains("class=\"quick-exit\""));
}

async fn courses_come_in_the_languages_she_reads_whatever_the_pages_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut visitor = app.visitor();
    // Italian pages, Albanian courses.
    let saved = visitor
        .post(
            "/it/languages/reading",
            &[
                ("read", "sq"),
                ("read", "<script>"),
                ("read", "sq"),
                ("from", ""),
            ],
        )
        .await;
    assert_eq!(saved.redirected_to(), "/it");
    let catalogue = visitor.page("/it").await;
    assert!(catalogue.contains("Corsi in: Shqip"), "{catalogue}");
    assert!(catalogue.contains("Përdorimi i sigurt i telefonit"));
    assert!(
        !catalogue.contains("/it/courses/job-interview"),
        "a course in none of her languages is left out"
    );
    let all = visitor.page("/it?all=1").await;
    assert!(all.contains("/it/courses/job-interview"));
    let lesson = visitor.page("/it/courses/safe-phone/secret-codes").await;
    assert!(
        lesson.contains("<article lang=\"sq\" class=\"lesson\""),
        "{lesson}"
    );
    assert!(lesson.contains("Lezione precedente") || lesson.contains("Precedente"));
    assert!(
        !lesson.contains("role=\"note\""),
        "no fallback: she reads it"
    );
    // Its other languages are on the same page, the pages still Italian.
    assert!(lesson.contains("href=\"/it/courses/safe-phone/secret-codes?in=ar\""));
    let arabic = visitor
        .page("/it/courses/safe-phone/secret-codes?in=ar")
        .await;
    assert!(arabic.contains("<article lang=\"ar\" class=\"lesson\""));
    assert!(arabic.contains("<html lang=\"it\" dir=\"ltr\""));
    // The pages' language counts too: the interview course is in Italian.
    let italian = visitor
        .page("/it/courses/job-interview/getting-there")
        .await;
    assert!(italian.contains("lang=\"it\" class=\"lesson\""));
    // A course in none of her languages falls back to its default, and says so.
    let fallback = visitor
        .page("/de/courses/job-interview/getting-there")
        .await;
    assert!(fallback.contains("role=\"note\""));
    assert!(fallback.contains("lang=\"en\" class=\"lesson\""));
}

/// The app with a group, and its learner `sunflower` signed in on a phone.
async fn learner_signed_in(backend: Backend) -> (TestApp, Organisation, Visitor) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut phone = app.visitor();
    phone.sign_in("sunflower", LEARNER_PASSWORD).await;
    (app, org, phone)
}

async fn a_learners_languages_follow_her_to_another_phone(backend: Backend) {
    let (app, org, mut phone) = learner_signed_in(backend).await;
    phone
        .post("/en/languages", &[("to", "ar"), ("from", "/home")])
        .await;
    phone
        .post(
            "/ar/languages/reading",
            &[("read", "ar"), ("read", "en"), ("from", "/home")],
        )
        .await;
    let data = phone.page("/ar/account/data.json").await;
    assert!(data.contains("\"interface_language\":\"ar\""), "{data}");
    assert!(data.contains("\"reading_languages\":\"ar.en\""), "{data}");
    // Another phone, its browser in English: she signs in and is home in Arabic.
    let mut other = app.visitor();
    let signed_in = other.sign_in("sunflower", LEARNER_PASSWORD).await;
    assert_eq!(signed_in.redirected_to(), "/ar/home");
    let home = other.page("/ar/home").await;
    assert!(home.contains("<html lang=\"ar\" dir=\"rtl\""));
    let cookies = other.cookie_header();
    assert!(cookies.contains("read=ar.en"), "{cookies}");
    // On a phone that is not hers they end with the browser...
    let set: Vec<_> = signed_in.headers.get_all("set-cookie").iter().collect();
    let language_cookies: Vec<_> = set
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter(|v| v.starts_with("lang=") || v.starts_with("read="))
        .collect();
    assert_eq!(language_cookies.len(), 2, "{set:?}");
    assert!(
        language_cookies.iter().all(|v| !v.contains("Max-Age")),
        "{language_cookies:?}"
    );
    // ...and signing out forgets them at once: the next person there starts from her own.
    other.post("/ar/sign-out", &[]).await;
    assert!(
        !other.cookie_header().contains("read="),
        "{}",
        other.cookie_header()
    );
    assert!(!other.cookie_header().contains("lang="));
    learner(app.db(), &org.cohort, "daisy").await;
    let next = other.sign_in("daisy", LEARNER_PASSWORD).await;
    assert_eq!(next.redirected_to(), "/en/home");
    assert!(!other.cookie_header().contains("read="));
    // Quick exit forgets them too.
    phone.get_from_here("/leave").await;
    assert!(
        !phone.cookie_header().contains("lang="),
        "{}",
        phone.cookie_header()
    );
    assert!(!phone.cookie_header().contains("read="));
}

async fn she_joins_in_her_language_and_keeps_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let code = app.db().create_join_code(&org.cohort, 1, 1).await.unwrap();
    let mut phone = app.visitor();
    phone
        .post("/el/join", &[("code", &code)])
        .await
        .redirected_to();
    let joined = phone
        .post(
            "/el/join",
            &[
                ("handle", "olive"),
                ("password", LEARNER_PASSWORD),
                ("shared", "1"),
            ],
        )
        .await;
    assert_eq!(joined.redirected_to(), "/el/home");
    phone.post("/el/sign-out", &[]).await;
    // Signing in from the English page, she is home in Greek.
    let mut other = app.visitor();
    let back = other.sign_in("olive", LEARNER_PASSWORD).await;
    assert_eq!(back.redirected_to(), "/el/home");
}

async fn a_lesson_read_in_another_language_goes_on_in_it(backend: Backend) {
    let (_app, _org, mut her) = learner_signed_in(backend).await;
    // English pages, the lesson in Arabic: its links and forms keep Arabic.
    let page = her.page("/en/courses/safe-phone/screen-lock?in=ar").await;
    assert!(page.contains("lang=\"ar\" class=\"lesson\""));
    assert!(page.contains("action=\"/en/courses/safe-phone/screen-lock/answer?in=ar\""));
    assert!(page.contains("action=\"/en/courses/safe-phone/screen-lock/done?in=ar\""));
    let answered = her
        .post(
            "/en/courses/safe-phone/screen-lock/answer?in=ar",
            &[
                ("quiz", "good-pin"),
                ("request", &request_in(&page, "quiz-good-pin")),
                ("choice", "0"),
            ],
        )
        .await;
    assert_eq!(
        answered.redirected_to(),
        "/en/courses/safe-phone/screen-lock?in=ar#quiz-good-pin-result"
    );
    let page = her.page("/en/courses/safe-phone/screen-lock?in=ar").await;
    let done = her
        .post(
            "/en/courses/safe-phone/screen-lock/done?in=ar",
            &[("request", &request_in(&page, "done"))],
        )
        .await;
    assert_eq!(
        done.redirected_to(),
        "/en/courses/safe-phone/strong-passwords?in=ar"
    );
}

on_both_backends!(
    a_lesson_read_in_another_language_goes_on_in_it,
    she_joins_in_her_language_and_keeps_it,
    an_unknown_language_in_the_address_answers_with_the_language_list,
    choosing_a_language_keeps_the_page_and_is_remembered,
    courses_come_in_the_languages_she_reads_whatever_the_pages_language,
    a_learners_languages_follow_her_to_another_phone,
);
