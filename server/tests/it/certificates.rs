//! Certificates through the real pages and forms: a request opened by completing a course,
//! the name she chooses, her trainer's review (return with a note, approve, revoke), the PDF
//! and the signed credential she downloads, and the public verification page, which tells an
//! employer no more than it should.

use crate::common::{
    Backend, LEARNER_PASSWORD, Organisation, TRAINER_PASSWORD, TestApp, Visitor, between,
    complete_course, learner, organisation, rows_of, spawn_app,
};

pub(crate) const COURSE: &str = "words-for-work";

async fn signed_in(app: &TestApp, handle: &str, password: &str) -> Visitor {
    let mut visitor = app.visitor();
    visitor.sign_in(handle, password).await.redirected_to();
    visitor
}

/// The id of her (only) certificate request, from the name form on her home page.
fn request_id(home: &str) -> String {
    between(home, "action=\"/en/home/certificates/", "/name\"")
        .unwrap_or_else(|| panic!("no name form on her home page: {home}"))
        .to_string()
}

/// The certificate's code, as her trainer's request page shows it.
fn code_on(page: &str) -> String {
    between(page, "<code class=\"join-code\">", "</code>")
        .unwrap_or_else(|| panic!("no code on the page: {page}"))
        .to_string()
}

/// A learner of a new organisation who has completed the course, signed in; her id, and
/// her organisation.
async fn completed(
    app: &TestApp,
    org_name: &str,
    trainer: &str,
    handle: &str,
) -> (Visitor, String, Organisation) {
    let org = organisation(app.db(), org_name, trainer).await;
    let id = learner(app.db(), &org.cohort, handle).await;
    let mut her = signed_in(app, handle, LEARNER_PASSWORD).await;
    complete_course(&mut her, COURSE).await;
    (her, id, org)
}

/// Saves the name to print on her (only) request; the request's id.
pub(crate) async fn named(her: &mut Visitor, name: &str) -> String {
    let request = request_id(&her.page("/en/home").await);
    her.post(
        &format!("/en/home/certificates/{request}/name"),
        &[("name", name)],
    )
    .await
    .redirected_to();
    request
}

/// Her trainer approves the request with `name`: the trainer, the request's page, the code.
async fn approved(app: &TestApp, request: &str, name: &str) -> (Visitor, String, String) {
    let mut coach = signed_in(app, "coach.ana", TRAINER_PASSWORD).await;
    let page = format!("/en/trainer/certificates/{request}");
    coach
        .post(&format!("{page}/approve"), &[("name", name)])
        .await
        .redirected_to();
    let code = code_on(&coach.page(&page).await);
    (coach, page, code)
}

async fn from_completion_to_verification_with_a_return_and_a_revocation(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut her, id, _) = completed(&app, "Harbour Jobs", "coach.ana", "sunflower").await;

    // The request opened with the completion; the name to print starts empty, never her handle.
    assert_eq!(rows_of(&app, "certificate_requests", &id).await, 1);
    let home = her.page("/en/home").await;
    assert!(home.contains("My certificates"), "{home}");
    assert!(home.contains("Choose the name to print"), "{home}");
    let request = request_id(&home);
    let form = between(&home, "class=\"certificate-request\"", "</li>").unwrap();
    assert!(
        !form.contains("sunflower"),
        "her handle is not offered as the name: {form}"
    );

    // A name with hidden direction controls is refused; an Albanian name is kept as typed.
    let name_form = format!("/en/home/certificates/{request}/name");
    let refused = her.post(&name_form, &[("name", "Ana\u{202E}mlih")]).await;
    assert!(refused.redirected_to().ends_with("?error=name_invalid"));
    let saved = her.post(&name_form, &[("name", "Drita Çelë")]).await;
    assert!(
        saved
            .redirected_to()
            .ends_with("?done=certificate_name_saved")
    );

    // Her trainer finds it in the queue, with the evidence, and returns it with a note.
    let mut coach = signed_in(&app, "coach.ana", TRAINER_PASSWORD).await;
    assert!(
        coach
            .page("/en/trainer")
            .await
            .contains("/en/trainer/certificates")
    );
    let queue = coach.page("/en/trainer/certificates").await;
    assert!(
        queue.contains("sunflower · Italian words for work"),
        "{queue}"
    );
    let page = format!("/en/trainer/certificates/{request}");
    let review = coach.page(&page).await;
    assert!(review.contains("Drita Çelë"), "{review}");
    assert!(review.contains("Lessons and quiz results"), "{review}");
    assert!(review.contains("right, after"), "{review}");
    let note = "Please write your family name as on your documents <b>too</b>";
    let returned = coach
        .post(&format!("{page}/return"), &[("reason", note)])
        .await;
    assert!(
        returned
            .redirected_to()
            .ends_with("?done=certificate_returned")
    );
    // Nothing can be approved while it is with her.
    let early = coach
        .post(&format!("{page}/approve"), &[("name", "Drita Çelë")])
        .await;
    assert_eq!(early.status, 404);

    // She sees the note (as text), and saves her name again, which sends it back for review.
    let home = her.page("/en/home").await;
    assert!(home.contains("Note from your trainer"), "{home}");
    assert!(
        home.contains("as on your documents &lt;b&gt;too&lt;/b&gt;"),
        "{home}"
    );
    her.post(&name_form, &[("name", "Drita Çelë Hoxha")])
        .await
        .redirected_to();

    // Approving names the name the trainer saw: one changed since is not printed unseen.
    let stale = coach
        .post(&format!("{page}/approve"), &[("name", "Drita Çelë")])
        .await;
    assert!(stale.redirected_to().ends_with("?error=name_changed"));
    let approved = coach
        .post(&format!("{page}/approve"), &[("name", "Drita Çelë Hoxha")])
        .await;
    assert!(
        approved
            .redirected_to()
            .ends_with("?done=certificate_approved")
    );
    let review = coach.page(&page).await;
    let code = code_on(&review);
    assert_eq!(
        credentials::normalise_code(&code).as_deref(),
        Some(code.as_str())
    );
    for step in [
        "the request opened",
        "chose the name",
        "sent it back",
        "approved it",
    ] {
        assert!(review.contains(step), "the history lacks {step}: {review}");
    }
    // Her name is fixed once issued.
    let late = her.post(&name_form, &[("name", "Someone Else")]).await;
    assert_eq!(late.status, 404);

    // Her certificate page, its PDF and its credential.
    let home = her.page("/en/home").await;
    let certificate = format!("/en/home/certificates/{code}");
    assert!(home.contains(&certificate), "{home}");
    let printable = her.page(&certificate).await;
    assert!(printable.contains("Drita Çelë Hoxha"));
    assert!(printable.contains("<svg"), "the QR code");
    assert!(printable.contains(&format!("{}/verify/{code}", app.address)));
    let pdf = her.get(&format!("{certificate}/certificate.pdf")).await;
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.headers["content-type"], "application/pdf");
    assert!(
        pdf.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("certificate.pdf")
    );
    let credential = her.get(&format!("{certificate}/credential.json")).await;
    assert_eq!(credential.status, 200);
    assert!(
        !credential.body.contains("Drita"),
        "no name in the credential"
    );
    assert!(
        !credential.body.contains("sunflower"),
        "no handle in the credential"
    );
    assert!(
        !credential.body.contains(&id),
        "no account id in the credential"
    );
    let credential: serde_json::Value = serde_json::from_str(&credential.body).unwrap();
    // The proof verifies with the key the issuer profile publishes, and not once changed.
    let method = credential["proof"]["verificationMethod"].as_str().unwrap();
    let (issuer_url, key) = method.split_once('#').unwrap();
    assert_eq!(issuer_url, credential["issuer"]["id"]);
    let path = issuer_url.strip_prefix(&app.address).unwrap();
    let profile: serde_json::Value =
        serde_json::from_str(&app.visitor().get(path).await.body).unwrap();
    assert_eq!(profile["assertionMethod"][0], method);
    assert_eq!(profile["verificationMethod"][0]["publicKeyMultibase"], key);
    assert_eq!(credentials::verify(&credential, key), Ok(()));
    let mut changed = credential.clone();
    changed["name"] = "Italian words for wrok".into();
    assert!(credentials::verify(&changed, key).is_err());

    // Anyone, signed out, through the address in the QR code.
    let mut employer = app.visitor();
    let to = employer
        .get(&format!("/verify/{}", code.to_lowercase()))
        .await;
    assert_eq!(to.redirected_to(), format!("/en/verify/{code}"));
    let typed = format!("/en/verify?code={}", code.to_lowercase().replace('-', "+"));
    assert!(
        employer
            .page(&typed)
            .await
            .contains("This certificate is valid.")
    );
    let verified = employer.page(&format!("/en/verify/{code}")).await;
    assert!(
        verified.contains("This certificate is valid."),
        "{verified}"
    );
    assert!(verified.contains("Italian words for work"));
    assert!(verified.contains("Understanding times, shifts and schedules"));
    assert!(verified.contains("Harbour Jobs"));
    for secret in [
        "Drita",
        "sunflower",
        id.as_str(),
        request.as_str(),
        "coach.ana",
    ] {
        assert!(
            !verified.contains(secret),
            "the verification page shows {secret}"
        );
    }
    let check = format!("/en/verify/{code}/name");
    let matched = employer.post(&check, &[("name", "drita cele hoxha")]).await;
    assert_eq!(
        matched.redirected_to(),
        format!("/en/verify/{code}?done=name_matches")
    );
    let differs = employer.post(&check, &[("name", "Drita")]).await;
    assert_eq!(
        differs.redirected_to(),
        format!("/en/verify/{code}?error=name_differs")
    );
    assert!(
        !differs.redirected_to().contains("Drita"),
        "no name in an address"
    );

    // Revoked, with a reason kept with the decision: the page says so, with its date.
    let revoked = coach
        .post(
            &format!("{page}/revoke"),
            &[("reason", "Issued to the wrong course")],
        )
        .await;
    assert!(
        revoked
            .redirected_to()
            .ends_with("?done=certificate_revoked")
    );
    let verified = employer.page(&format!("/en/verify/{code}")).await;
    assert!(
        verified.contains("This certificate was revoked on"),
        "{verified}"
    );
    assert!(
        !verified.contains("Issued to the wrong course"),
        "the reason stays inside"
    );
    assert!(
        coach
            .page(&page)
            .await
            .contains("Issued to the wrong course")
    );
    // A revoked certificate gets no fresh PDF or credential; its page says it was revoked.
    for file in ["certificate.pdf", "credential.json"] {
        assert_eq!(her.get(&format!("{certificate}/{file}")).await.status, 404);
    }
    assert!(
        her.page(&certificate)
            .await
            .contains("This certificate was revoked on")
    );
}

async fn another_organisation_can_neither_see_nor_decide(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut her, _, harbour) = completed(&app, "Harbour Jobs", "coach.ana", "sunflower").await;
    let request = named(&mut her, "Ana Popescu").await;
    organisation(app.db(), "Other Place", "coach.bo").await;
    let mut other = signed_in(&app, "coach.bo", TRAINER_PASSWORD).await;
    let queue = other.page("/en/trainer/certificates").await;
    assert!(!queue.contains("sunflower"), "{queue}");
    let page = format!("/en/trainer/certificates/{request}");
    assert_eq!(other.get(&page).await.status, 404);
    for action in ["approve", "return", "revoke"] {
        let sent = other
            .post(&format!("{page}/{action}"), &[("reason", "mine now")])
            .await;
        assert_eq!(sent.status, 404, "{action}");
    }
    let api = other
        .post(
            "/api/get_certificate_request",
            &[("request", request.as_str()), ("language", "en")],
        )
        .await;
    assert_ne!(api.status, 200, "{}", api.body);
    assert!(!api.body.contains("Ana Popescu"));
    // Learners and signed-out visitors do not reach a trainer's queue either.
    assert_ne!(her.get("/en/trainer/certificates").await.status, 200);
    assert_ne!(app.visitor().get(&page).await.status, 200);

    // Her own trainer approves; nobody but her gets her certificate's page or files.
    let mut coach = signed_in(&app, "coach.ana", TRAINER_PASSWORD).await;
    coach
        .post(&format!("{page}/approve"), &[("name", "Ana Popescu")])
        .await
        .redirected_to();
    let code = code_on(&coach.page(&page).await);
    learner(app.db(), &harbour.cohort, "daisy").await;
    let mut daisy = signed_in(&app, "daisy", LEARNER_PASSWORD).await;
    for path in [
        format!("/en/home/certificates/{code}"),
        format!("/en/home/certificates/{code}/certificate.pdf"),
        format!("/en/home/certificates/{code}/credential.json"),
    ] {
        assert_eq!(daisy.get(&path).await.status, 404, "{path}");
        assert_ne!(coach.get(&path).await.status, 200, "{path}");
        assert_ne!(app.visitor().get(&path).await.status, 200, "{path}");
    }
    let mut ana = her;
    let api = ana
        .post("/api/get_my_certificate", &[("code", code.as_str())])
        .await;
    assert_eq!(api.status, 200);
    let api = daisy
        .post("/api/get_my_certificate", &[("code", code.as_str())])
        .await;
    assert_ne!(api.status, 200);
    assert!(!api.body.contains("Ana Popescu"));
}

async fn two_trainers_approving_at_once_issue_one_certificate(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut her, _, _) = completed(&app, "Harbour Jobs", "coach.ana", "sunflower").await;
    let request = named(&mut her, "Ana Popescu").await;
    let coach = signed_in(&app, "coach.ana", TRAINER_PASSWORD).await;
    let approve = format!("/en/trainer/certificates/{request}/approve");
    let tabs = (0..10).map(|_| {
        let mut tab = coach.clone();
        let approve = approve.clone();
        tokio::spawn(async move { tab.post(&approve, &[("name", "Ana Popescu")]).await.status })
    });
    let statuses: Vec<u16> = futures_statuses(tabs).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "{statuses:?}"
    );
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    let count: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) AS n FROM certificates")
            .fetch_one(&pool)
            .await
            .unwrap(),
        "n",
    );
    pool.close().await;
    assert_eq!(count, 1);
}

async fn futures_statuses(tasks: impl Iterator<Item = tokio::task::JoinHandle<u16>>) -> Vec<u16> {
    let mut statuses = Vec::new();
    for task in tasks.collect::<Vec<_>>() {
        statuses.push(task.await.unwrap());
    }
    statuses
}

/// A course withdrawn after she completed it: her trainer is told why its lessons no longer
/// show (not that none were recorded), and can still approve her certificate.
async fn a_course_withdrawn_after_her_completion_is_said_so_and_still_approved(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut her, _, _) = completed(&app, "Harbour Jobs", "coach.ana", "sunflower").await;
    let request = named(&mut her, "Ana Maria").await;
    let mut coach = signed_in(&app, "coach.ana", TRAINER_PASSWORD).await;
    let page = format!("/en/trainer/certificates/{request}");
    let (withdrawn, none) = (
        "This course was withdrawn after she completed it",
        "No lessons or answers are recorded",
    );
    let before = coach.page(&page).await;
    assert!(
        !before.contains(withdrawn) && !before.contains(none),
        "{before}"
    );

    let empty = tempfile::tempdir().unwrap();
    let imported = app.db().import_catalog(empty.path()).await.unwrap();
    assert!(imported.withdrawn.contains(&COURSE.to_string()));
    let after = coach.page(&page).await;
    assert!(
        after.contains(withdrawn) && !after.contains(none),
        "{after}"
    );
    let italian = coach.page(&page.replacen("/en/", "/it/", 1)).await;
    assert!(
        italian.contains("Questo corso è stato ritirato"),
        "{italian}"
    );
    let (_, _, code) = approved(&app, &request, "Ana Maria").await;
    assert!(!code.is_empty());
}

async fn deleting_her_account_withdraws_her_certificate(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut her, id, _) = completed(&app, "Harbour Jobs", "coach.ana", "sunflower").await;
    let request = named(&mut her, "Ana Popescu").await;
    let (mut coach, _, code) = approved(&app, &request, "Ana Popescu").await;

    let data: serde_json::Value =
        serde_json::from_str(&her.get("/en/account/data.json").await.body).unwrap();
    assert_eq!(
        data["certificate_requests"][0]["chosen_name"],
        "Ana Popescu"
    );
    assert_eq!(data["certificates"][0]["code"], code.as_str());
    assert!(data["certificate_decisions"].as_array().unwrap().len() >= 3);

    her.post("/en/account/delete", &[("password", LEARNER_PASSWORD)])
        .await
        .redirected_to();
    assert_eq!(rows_of(&app, "certificate_requests", &id).await, 0);
    let mut employer = app.visitor();
    let verified = employer.page(&format!("/en/verify/{code}")).await;
    assert!(verified.contains("withdrawn by its holder"), "{verified}");
    for gone in ["Ana Popescu", "Italian words for work", "Harbour Jobs"] {
        assert!(
            !verified.contains(gone),
            "an employer is told no more: {gone}"
        );
    }
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    let names: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) AS n FROM certificates WHERE holder_name IS NOT NULL OR request_id IS NOT NULL")
            .fetch_one(&pool)
            .await
            .unwrap(),
        "n",
    );
    pool.close().await;
    assert_eq!(names, 0, "her name and her link to it are gone");
    // Her trainer's queue no longer lists it either.
    assert!(
        !coach
            .page("/en/trainer/certificates")
            .await
            .contains("sunflower")
    );
}

async fn guessing_codes_is_limited_per_address_and_known_codes_cost_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut guesser = app.visitor();
    let mut waited = 0;
    // Twenty free look-ups, then waits doubling from a second: of the ten after them, at
    // most a few are heard however slowly they come.
    for n in 0..30 {
        let page = guesser.get(&format!("/en/verify/AAAA-BBBB-{n:04}")).await;
        if page.status == 429 {
            waited += 1;
        } else {
            assert!(
                page.body.contains("No certificate has this code"),
                "{}",
                page.body
            );
        }
    }
    assert!(waited >= 3, "unknown codes are counted: {waited} refusals");
}

async fn names_tried_against_one_certificate_are_limited_from_any_address(backend: Backend) {
    let accounts = server::http::Accounts {
        trust_proxy: true,
        ..crate::common::accounts()
    };
    let app =
        crate::common::spawn_app_with(backend, &crate::common::manifest_dir(), accounts).await;
    let (mut her, _, _) = completed(&app, "Harbour Jobs", "coach.ana", "sunflower").await;
    let request = named(&mut her, "Ana Popescu").await;
    let (_, _, code) = approved(&app, &request, "Ana Popescu").await;
    let check = format!("/en/verify/{code}/name");
    // Someone who holds the code tries surnames, each from a new address. The first five
    // are checked; after them each wrong name makes the next wait twice as long (1, 2, 4 s…),
    // so she keeps trying, pausing when told to wait, until eight were checked.
    let (mut checked, mut waited) = (0, 0);
    for n in 0..40 {
        if checked == 8 {
            break;
        }
        let answer = app
            .visitor_from(&format!("198.51.100.{n}"))
            .post(&check, &[("name", &format!("Ana Guess{n}"))])
            .await;
        if answer.redirected_to().ends_with("?error=wait") {
            assert!(checked >= 5, "the first five names are checked");
            waited += 1;
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        } else {
            assert!(answer.redirected_to().ends_with("?error=name_differs"));
            checked += 1;
        }
    }
    assert_eq!(checked, 8, "a patient guesser is still heard, slowly");
    assert!(waited > 0, "guessing names made the certificate wait");
    // Eight wrong names: the right one, from yet another address, waits too (eight seconds).
    let answer = app
        .visitor_from("198.51.100.77")
        .post(&check, &[("name", "Ana Popescu")])
        .await;
    assert!(
        answer.redirected_to().ends_with("?error=wait"),
        "after eight wrong names the certificate waits, whoever asks"
    );
    // Looking codes up never makes anyone wait to sign in.
    let mut guesser = app.visitor_from("203.0.113.5");
    for n in 0..25 {
        guesser.get(&format!("/en/verify/AAAA-BBBB-{n:04}")).await;
    }
    let mut she = app.visitor_from("203.0.113.5");
    let signed = she.sign_in("sunflower", LEARNER_PASSWORD).await;
    assert_eq!(signed.redirected_to(), "/en/home");
}

on_both_backends!(
    names_tried_against_one_certificate_are_limited_from_any_address,
    from_completion_to_verification_with_a_return_and_a_revocation,
    another_organisation_can_neither_see_nor_decide,
    two_trainers_approving_at_once_issue_one_certificate,
    a_course_withdrawn_after_her_completion_is_said_so_and_still_approved,
    deleting_her_account_withdraws_her_certificate,
    guessing_codes_is_limited_per_address_and_known_codes_cost_nothing,
);
