//! Guessing, held shut: attempts counted per client address and account before any work,
//! answered at once when they must wait, fair shares of the password hasher, and every door
//! that tests a code under one limit.

use std::time::Duration;

use crate::common::{
    Backend, LEARNER_PASSWORD, TRAINER_PASSWORD, learner, organisation, spawn_app,
};
use server::http::Accounts;

/// An application whose client addresses come from `X-Forwarded-For`, as behind a proxy, so
/// that a test can speak from many addresses; and a hashing queue of `queue` places.
async fn spawn_behind_proxy(backend: Backend, queue: usize) -> crate::common::TestApp {
    let accounts = Accounts {
        passwords: server::auth::Passwords::start(1, queue),
        trust_proxy: true,
        ..crate::common::accounts()
    };
    crate::common::spawn_app_with(backend, &crate::common::manifest_dir(), accounts).await
}

/// A sign-in from `address` (as a proxy in front would report it); where it leads.
async fn sign_in_from(
    app: &crate::common::TestApp,
    address: &str,
    handle: &str,
    password: &str,
) -> String {
    app.visitor_from(address)
        .sign_in(handle, password)
        .await
        .location
}

/// `count` sign-ins at once, the i-th from `address(i)` as `handle(i)`; where each leads.
async fn sign_ins_at_once(
    app: &crate::common::TestApp,
    count: usize,
    address: impl Fn(usize) -> String,
    handle: impl Fn(usize) -> String,
) -> Vec<String> {
    let tasks: Vec<_> = (0..count)
        .map(|i| {
            let mut visitor = app.visitor_from(&address(i));
            let handle = handle(i);
            tokio::spawn(async move { visitor.sign_in(&handle, "a wrong guess").await.location })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers
}

fn count(answers: &[String], answer: &str) -> usize {
    answers.iter().filter(|a| *a == answer).count()
}

async fn one_client_flooding_sign_in_leaves_room_for_everyone_else(backend: Backend) {
    // One hashing thread and eight places: the flooding address may hold two of them.
    let app = spawn_behind_proxy(backend, 8).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let flood = async {
        let mut answers = Vec::new();
        for round in 0..3 {
            let address = |_| "198.51.100.66".to_string();
            let handle = |i| format!("guess{round}x{i}");
            answers.extend(sign_ins_at_once(&app, 12, address, handle).await);
        }
        answers
    };
    let genuine = async {
        for _ in 0..3 {
            assert_eq!(
                sign_in_from(&app, "192.0.2.7", "coach.ana", TRAINER_PASSWORD).await,
                "/en/trainer",
                "a genuine sign-in from another address is never turned away as busy"
            );
        }
    };
    let (answers, ()) = tokio::join!(flood, genuine);
    assert!(
        answers.iter().any(|a| a == "/en/sign-in?error=busy"),
        "the flood itself was held to its share: {answers:?}"
    );
}

async fn parallel_guesses_from_one_address_get_twenty_tries_and_no_more(backend: Backend) {
    let app = spawn_behind_proxy(backend, 256).await;
    let from_one = |_| "198.51.100.7".to_string();
    let answers = sign_ins_at_once(&app, 40, from_one, |i| format!("nobody{i}")).await;
    let checked = count(&answers, "/en/sign-in?error=wrong");
    // Twenty free attempts; a burst that crosses a second's boundary may have a 21st heard
    // (the wait after twenty is one second), and one lasting two seconds more a 22nd.
    assert!(checked <= 22, "{checked} passwords checked: {answers:?}");
    assert_eq!(
        checked + count(&answers, "/en/sign-in?error=wait"),
        40,
        "{answers:?}"
    );
}

async fn parallel_guesses_at_one_account_are_held_to_its_limit(backend: Backend) {
    let app = spawn_behind_proxy(backend, 256).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let from_many = |i| format!("203.0.113.{i}");
    let answers = sign_ins_at_once(&app, 30, from_many, |_| "coach.ana".to_string()).await;
    let checked = count(&answers, "/en/sign-in?error=wrong");
    // Five free attempts, then one after a second and the next after two more: a burst
    // crossing a second's boundary may have a sixth heard, never the thirty.
    assert!(
        (1..=7).contains(&checked),
        "{checked} guesses checked: {answers:?}"
    );
    assert_eq!(checked + count(&answers, "/en/sign-in?error=wait"), 30);
}

async fn an_account_that_must_wait_is_told_at_once_not_held(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    // Forty guesses just now: the account waits its full 30 seconds.
    app.set_attempts("account:coach.ana", 40, 0).await;
    let answer = tokio::time::timeout(
        Duration::from_secs(20),
        app.visitor().sign_in("coach.ana", TRAINER_PASSWORD),
    )
    .await
    .expect("the answer comes without holding the connection for the wait");
    assert_eq!(answer.redirected_to(), "/en/sign-in?error=wait");
    let page = app.visitor().page(&answer.location).await;
    assert!(page.contains("Wait a minute, then try again"), "{page}");
}

async fn wrong_current_passwords_are_counted_like_sign_ins(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let mut phone = app.visitor();
    phone.sign_in("sunflower", LEARNER_PASSWORD).await;
    for _ in 0..2 {
        let change = [
            ("current_password", "a guess"),
            ("new_password", "another long one"),
        ];
        let answer = phone.post("/en/account/password", &change).await;
        assert_eq!(answer.redirected_to(), "/en/account?error=wrong");
    }
    let delete = phone
        .post("/en/account/delete", &[("password", "a guess")])
        .await;
    assert_eq!(delete.redirected_to(), "/en/account?error=wrong");
    assert_eq!(
        app.db().attempts("account:sunflower").await.unwrap().0,
        3,
        "each wrong password counts against her account"
    );
    let right = [
        ("current_password", LEARNER_PASSWORD),
        ("new_password", "another long one"),
    ];
    let answer = phone.post("/en/account/password", &right).await;
    assert_eq!(answer.redirected_to(), "/en/account?done=password_changed");
    assert_eq!(app.db().attempts("account:sunflower").await.unwrap().0, 0);
}

async fn forged_join_code_cookies_share_the_limit_of_typed_codes(backend: Backend) {
    let app = spawn_behind_proxy(backend, 8).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    let real = app.db().create_join_code(&org.cohort, 5, 1).await.unwrap();
    let mut guesser = app.visitor_from("198.51.100.9");
    for i in 0..5 {
        guesser
            .cookies
            .insert("join".into(), format!("AAAA-{i:04}"));
        let answer = guesser.post("/api/get_join_preview", &[]).await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.body, "null", "no such code");
    }
    assert_eq!(
        app.db().attempts("address:198.51.100.9").await.unwrap().0,
        5,
        "each forged cookie was counted as a guess"
    );
    // Past its free guesses, the address waits at every door that tests a code, the real
    // code included.
    app.set_attempts("address:198.51.100.9", 30, 0).await;
    guesser.cookies.insert("join".into(), real.clone());
    assert_eq!(guesser.post("/api/get_join_preview", &[]).await.status, 429);
    let page = guesser.get("/en/join").await;
    assert_eq!(page.status, 429);
    assert!(page.body.contains("Too many attempts"), "{}", page.body);
    let typed = guesser.post("/en/join", &[("code", &real)]).await;
    assert_eq!(typed.redirected_to(), "/en/join?error=wait");
    let reset = [
        ("handle", "coach.ana"),
        ("code", "AAAA-BBBB-CCCC"),
        ("password", "long enough"),
    ];
    assert_eq!(
        guesser.post("/en/reset", &reset).await.redirected_to(),
        "/en/reset?error=wait"
    );
    // A learner elsewhere joins as usual.
    let mut newcomer = app.visitor_from("192.0.2.8");
    newcomer.post("/en/join", &[("code", &real)]).await;
    assert!(newcomer.page("/en/join").await.contains("Harbour Jobs"));
}

/// An application whose password hasher never answers: a request that reaches it hangs.
async fn spawn_with_a_stuck_hasher(backend: Backend) -> crate::common::TestApp {
    let accounts = Accounts {
        passwords: server::auth::Passwords::start(0, 4),
        trust_proxy: true,
        ..crate::common::accounts()
    };
    crate::common::spawn_app_with(backend, &crate::common::manifest_dir(), accounts).await
}

async fn a_forged_join_cookie_costs_no_password_hashing(backend: Backend) {
    let app = spawn_with_a_stuck_hasher(backend).await;
    let mut guesser = app.visitor();
    guesser.cookies.insert("join".into(), "ZZZZ-ZZZZ".into());
    let form = [("handle", "newcomer"), ("password", "long enough password")];
    let answer = tokio::time::timeout(Duration::from_secs(10), guesser.post("/en/join", &form))
        .await
        .expect("answered without waiting for the hasher");
    assert_eq!(answer.redirected_to(), "/en/join?error=code_invalid");
    assert!(
        !guesser.cookies.contains_key("join"),
        "the bad code is forgotten"
    );
    assert_eq!(
        app.db().attempts("address:127.0.0.1").await.unwrap().0,
        1,
        "the forged code was counted as a guess"
    );
}

async fn asking_whether_a_handle_is_taken_counts_and_costs_no_hashing(backend: Backend) {
    let app = spawn_with_a_stuck_hasher(backend).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    let code = app.db().create_join_code(&org.cohort, 5, 1).await.unwrap();
    let mut newcomer = app.visitor();
    newcomer.post("/en/join", &[("code", &code)]).await;
    let form = [
        ("handle", "SunFlower"),
        ("password", "long enough password"),
    ];
    let answer = tokio::time::timeout(Duration::from_secs(10), newcomer.post("/en/join", &form))
        .await
        .expect("answered without waiting for the hasher");
    assert_eq!(answer.redirected_to(), "/en/join?error=handle_taken");
    assert_eq!(
        app.db().attempts("address:127.0.0.1").await.unwrap().0,
        1,
        "asking for a taken handle is counted"
    );
}

async fn a_busy_answer_never_wipes_an_accounts_count(backend: Backend) {
    let app = spawn_with_a_stuck_hasher(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    app.set_attempts("account:coach.ana", 3, 0).await;
    // One guess takes the account's one place in the hasher's queue, and stays there.
    let first = {
        let mut guesser = app.visitor_from("198.51.100.1");
        tokio::spawn(async move { guesser.sign_in("coach.ana", "a guess").await })
    };
    app.until_attempts("account:coach.ana", 4).await;
    let answer = app
        .visitor_from("198.51.100.2")
        .sign_in("coach.ana", "another guess")
        .await;
    assert_eq!(answer.redirected_to(), "/en/sign-in?error=busy");
    assert_eq!(
        app.db().attempts("account:coach.ana").await.unwrap().0,
        4,
        "the first guess counts; the busy one was never tried, and wiped nothing"
    );
    first.abort();
}

async fn ipv6_clients_are_limited_by_their_slash_64_and_their_slash_48(backend: Backend) {
    let app = spawn_behind_proxy(backend, 8).await;
    sign_in_from(&app, "2001:db8:5:6::1", "nobody", "guess").await;
    assert_eq!(
        app.db()
            .attempts("address:2001:db8:5:6::/64")
            .await
            .unwrap()
            .0,
        1
    );
    assert_eq!(
        app.db()
            .attempts("network:2001:db8:5::/48")
            .await
            .unwrap()
            .0,
        1,
        "the /48 counts too"
    );
    app.set_attempts("address:2001:db8:5:6::/64", 40, 0).await;
    assert_eq!(
        sign_in_from(&app, "2001:db8:5:6:ffff::1", "nobody", "guess").await,
        "/en/sign-in?error=wait",
        "another address of the same /64 waits too"
    );
    assert_eq!(
        sign_in_from(&app, "2001:db8:5:7::1", "nobody", "guess").await,
        "/en/sign-in?error=wrong",
        "the next /64 is another client"
    );
    // A holder of a whole /48 cannot get fresh limits by moving from /64 to /64.
    app.set_attempts("network:2001:db8:9::/48", 150, 0).await;
    for address in ["2001:db8:9:1::1", "2001:db8:9:ffff::1"] {
        assert_eq!(
            sign_in_from(&app, address, "nobody", "guess").await,
            "/en/sign-in?error=wait",
            "{address}"
        );
    }
    assert_eq!(
        sign_in_from(&app, "2001:db8:a:1::1", "nobody", "guess").await,
        "/en/sign-in?error=wrong"
    );
}

async fn her_own_phone_signs_in_while_guesses_hold_her_account(backend: Backend) {
    let app = spawn_app(backend).await;
    organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    // Her own phone: not shared, so it is remembered.
    let mut phone = app.visitor();
    let own = [("handle", "coach.ana"), ("password", TRAINER_PASSWORD)];
    assert_eq!(
        phone.post("/en/sign-in", &own).await.redirected_to(),
        "/en/trainer"
    );
    assert!(phone.cookies.contains_key("device"));
    phone.post("/en/sign-out", &[]).await;
    // Someone who knows her handle keeps guessing: the account must wait half a minute.
    app.set_attempts("account:coach.ana", 40, 0).await;
    assert_eq!(
        app.visitor()
            .sign_in("coach.ana", TRAINER_PASSWORD)
            .await
            .redirected_to(),
        "/en/sign-in?error=wait",
        "any other browser waits"
    );
    assert_eq!(
        phone.post("/en/sign-in", &own).await.redirected_to(),
        "/en/trainer",
        "her phone is not held up"
    );
    // A shared phone is never remembered, and a remembered phone does not open the account
    // without its password.
    let mut shared = app.visitor();
    shared.sign_in("coach.ana", "a guess").await;
    assert!(!shared.cookies.contains_key("device"));
    phone.post("/en/sign-out", &[]).await;
    let wrong = [("handle", "coach.ana"), ("password", "a guess")];
    assert_eq!(
        phone.post("/en/sign-in", &wrong).await.redirected_to(),
        "/en/sign-in?error=wrong"
    );
}

on_both_backends!(
    her_own_phone_signs_in_while_guesses_hold_her_account,
    one_client_flooding_sign_in_leaves_room_for_everyone_else,
    parallel_guesses_from_one_address_get_twenty_tries_and_no_more,
    parallel_guesses_at_one_account_are_held_to_its_limit,
    an_account_that_must_wait_is_told_at_once_not_held,
    wrong_current_passwords_are_counted_like_sign_ins,
    forged_join_code_cookies_share_the_limit_of_typed_codes,
    a_forged_join_cookie_costs_no_password_hashing,
    asking_whether_a_handle_is_taken_counts_and_costs_no_hashing,
    a_busy_answer_never_wipes_an_accounts_count,
    ipv6_clients_are_limited_by_their_slash_64_and_their_slash_48,
);
