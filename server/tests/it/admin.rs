//! The admin's work: organisations, staff accounts, their setup codes and removal.

use crate::common::{Backend, between, spawn_app};
use app::admin::AdminStore;

async fn an_admin_creates_an_organisation_and_a_trainer_who_sets_her_password(backend: Backend) {
    let app = spawn_app(backend).await;
    crate::common::admin(app.db(), "root.admin").await;
    let mut admin = app.visitor();
    assert_eq!(
        admin
            .sign_in("root.admin", crate::common::ADMIN_PASSWORD)
            .await
            .redirected_to(),
        "/en/admin"
    );
    // Its name is printed on certificates: one that says what the programme is is refused.
    for revealing in [
        "Shelter for Survivors",
        "Casa Rifugio Aurora",
        "Strehëza e Shpresës",
    ] {
        let refused = admin
            .post(
                "/en/admin/organisations",
                &[("name", revealing), ("country", "it")],
            )
            .await;
        assert_eq!(refused.redirected_to(), "/en/admin?error=name_revealing");
    }
    let created = admin
        .post(
            "/en/admin/organisations",
            &[("name", "River Skills"), ("country", "ng")],
        )
        .await;
    assert_eq!(
        created.redirected_to(),
        "/en/admin?done=organisation_created"
    );
    let page = admin.page("/en/admin").await;
    assert!(page.contains("River Skills (NG)"), "{page}");
    let organisation = app.db().staff_overview().await.unwrap().organisations[0]
        .id
        .clone();
    assert!(
        page.contains(&format!("value=\"{organisation}\"")),
        "offered in the form"
    );
    let staff = [
        ("handle", "coach.eze"),
        ("role", "trainer"),
        ("organisation", organisation.as_str()),
    ];
    assert_eq!(
        admin.post("/en/admin/staff", &staff).await.redirected_to(),
        "/en/admin"
    );
    let page = admin.page("/en/admin").await;
    let code = between(&page, "<code>", "</code>").unwrap().to_string();
    assert!(
        page.contains("coach.eze") && page.contains("(password not set yet)"),
        "the list tells which staff have not set a password yet"
    );
    let duplicate = admin.post("/en/admin/staff", &staff).await;
    assert_eq!(duplicate.redirected_to(), "/en/admin?error=handle_taken");

    assert_eq!(
        app.sign_in_leads_to("coach.eze", "anything at all").await,
        "/en/sign-in?error=wrong",
        "no password until she sets one"
    );
    let form = [
        ("handle", "coach.eze"),
        ("code", code.as_str()),
        ("password", "her own choice"),
    ];
    app.visitor().post("/en/reset", &form).await.redirected_to();
    let mut eze = app.visitor();
    assert_eq!(
        eze.sign_in("coach.eze", "her own choice")
            .await
            .redirected_to(),
        "/en/trainer"
    );
    assert!(
        !admin
            .page("/en/admin")
            .await
            .contains("(password not set yet)")
    );
    let (eze_id, root_id) = {
        let overview = app.db().staff_overview().await.unwrap();
        (
            overview.organisations[0].staff[0].id.clone(),
            overview.admins[0].id.clone(),
        )
    };
    assert_eq!(
        eze.post(&format!("/en/admin/staff/{root_id}/remove"), &[])
            .await
            .status,
        403,
        "a trainer manages no staff"
    );
    assert_eq!(
        admin
            .post(&format!("/en/admin/staff/{root_id}/remove"), &[])
            .await
            .status,
        404,
        "an admin cannot remove herself"
    );

    // She lost her password: a new setup code ends her sessions.
    let renewed = admin
        .post(&format!("/en/admin/staff/{eze_id}/code"), &[])
        .await;
    assert_eq!(renewed.redirected_to(), "/en/admin");
    assert!(
        admin
            .page("/en/admin")
            .await
            .contains("Setup code, shown once")
    );
    assert_eq!(eze.get("/en/trainer").await.redirected_to(), "/en/sign-in");

    // She left: her account goes, with everything it owns.
    let removed = admin
        .post(&format!("/en/admin/staff/{eze_id}/remove"), &[])
        .await;
    assert_eq!(removed.redirected_to(), "/en/admin?done=staff_removed");
    assert!(app.db().credentials("coach.eze").await.unwrap().is_none());
    assert!(!admin.page("/en/admin").await.contains("coach.eze"));
}

on_both_backends!(an_admin_creates_an_organisation_and_a_trainer_who_sets_her_password,);
