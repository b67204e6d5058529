//! Test helpers: a fresh, migrated database per test on either backend, and the whole
//! application served on a random local port.

#![allow(dead_code)] // The benchmark (benches/serving.rs) uses only some of these helpers.

use std::path::PathBuf;

use app::cohorts::CohortStore;
use app::site::Site;
use leptos::prelude::LeptosOptions;
use server::auth::Passwords;
use server::db::Db;
use server::http::Accounts;
use sqlx::Row;
use tempfile::TempDir;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs an async test body once per backend, as `<name>::sqlite` and `<name>::postgres`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name($crate::common::Backend::Sqlite).await;
            }

            #[tokio::test]
            async fn postgres() {
                super::$name($crate::common::Backend::Postgres).await;
            }
        }
    )+};
}

/// A database that exists for one test.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    _dir: Option<TempDir>,
}

pub async fn fresh_db(backend: Backend) -> TestDb {
    let (url, dir) = match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().unwrap();
            let url = format!("sqlite://{}/test.db?mode=rwc", dir.path().display());
            (url, Some(dir))
        }
        Backend::Postgres => (create_postgres_database().await, None),
    };
    let db = Db::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    TestDb { db, url, _dir: dir }
}

/// A new, empty database on the server named by `TEST_POSTGRES_URL`.
async fn create_postgres_database() -> String {
    let admin_url = std::env::var("TEST_POSTGRES_URL").expect(
        "TEST_POSTGRES_URL must name a PostgreSQL server for the tests, \
         e.g. postgres://skillpath:skillpath@127.0.0.1:5432/postgres (bash .ci/run starts one)",
    );
    create_postgres_database_on(&admin_url).await
}

/// A new, empty database on the PostgreSQL server of `admin_url`; its URL.
pub async fn create_postgres_database_on(admin_url: &str) -> String {
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(admin_url).await.unwrap();
    let name = format!("test_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

/// Copies a folder and everything in it, as a course author's working copy.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

pub fn catalog_dir() -> PathBuf {
    PathBuf::from(manifest_dir()).join("../courses/catalog")
}

/// The application on `127.0.0.1:<random port>` over a fresh database with the bundled catalogue.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub test_db: TestDb,
    /// The folder of the signing key file.
    pub keys: TempDir,
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap()
    }

    /// The body of a page that must exist, without the `<!>` hydration markers that debug
    /// builds put after text (a reader never sees them).
    pub async fn page(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.text().await.unwrap().replace("<!>", "")
    }
}

/// How long test servers wait for a request's head and body.
pub const DEADLINES: server::http::listen::Deadlines = server::http::listen::Deadlines {
    head: std::time::Duration::from_secs(2),
    body: std::time::Duration::from_secs(2),
};

/// Account settings for tests: one hashing thread, plain HTTP, no reverse proxy.
pub fn accounts() -> Accounts {
    Accounts {
        passwords: Passwords::start(1, 8),
        secure_cookies: false,
        trust_proxy: false,
    }
}

/// The server crate's folder, the site root of test servers (no built files in it).
pub fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").unwrap()
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, &manifest_dir(), accounts()).await
}

/// The application with static files under `site_root` and the given account settings.
pub async fn spawn_app_with(backend: Backend, site_root: &str, accounts: Accounts) -> TestApp {
    let test_db = fresh_db(backend).await;
    test_db.db.import_catalog(&catalog_dir()).await.unwrap();
    let options = LeptosOptions::builder()
        .output_name("skillpath")
        .site_root(site_root)
        .build();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let keys = tempfile::tempdir().unwrap();
    let certifier = server::certificates::Certifier::new(
        test_db.db.clone(),
        &address,
        keys.path().join("signing-keys.json"),
    )
    .unwrap();
    let router = server::http::router(options, certifier, Site::default(), accounts);
    // The accept loop `serve` uses, with deadlines short enough to test.
    tokio::spawn(server::http::listen::serve(
        listener,
        router,
        DEADLINES,
        std::future::pending(),
    ));
    let client = browser_client();
    TestApp {
        address,
        client,
        test_db,
        keys,
    }
}

/// A client that, like a browser's page, follows no redirect itself. It lets a kept-alive
/// connection go after a second, before the test server's head deadline closes it, so that
/// no request is sent on a connection the server is closing just then.
fn browser_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(DEADLINES.head / 2)
        .build()
        .unwrap()
}

/// A browser's part in a test: it keeps the cookies the server sets, and sends every form
/// from this site's own pages (with the `Origin` a browser adds). A clone is the same browser
/// in another tab.
#[derive(Clone)]
pub struct Visitor {
    pub address: String,
    client: reqwest::Client,
    pub cookies: std::collections::BTreeMap<String, String>,
    /// The client address a reverse proxy in front would report (for apps that trust one).
    forwarded_for: Option<String>,
}

/// Checks that a page has the frame every page has: its language, the quick exit, the way to
/// the catalogue and the safety page.
pub fn visitor_is_framed(page: &str, language: &str) {
    assert!(
        page.contains(&format!("<html lang=\"{language}\"")),
        "{page}"
    );
    assert!(page.contains("href=\"/leave\""), "no quick exit: {page}");
    assert!(
        page.contains(&format!("href=\"/{language}\"")),
        "no way back: {page}"
    );
    assert!(
        page.contains(&format!("href=\"/{language}/safety\"")),
        "no safety page link: {page}"
    );
}

/// The text between `start` and the next `end` after it.
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    Some(&text[from..from + text[from..].find(end)?])
}

/// An answer as a visitor sees it.
pub struct Answer {
    pub status: u16,
    pub location: String,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Answer {
    /// The redirect's target, which must exist.
    pub fn redirected_to(&self) -> &str {
        assert!(
            (300..400).contains(&self.status),
            "expected a redirect, got {}: {}",
            self.status,
            self.body
        );
        &self.location
    }
}

impl TestApp {
    pub fn visitor(&self) -> Visitor {
        Visitor {
            address: self.address.clone(),
            client: self.client.clone(),
            cookies: Default::default(),
            forwarded_for: None,
        }
    }

    /// A visitor from `client_address`, as a trusted reverse proxy would report it.
    pub fn visitor_from(&self, client_address: &str) -> Visitor {
        Visitor {
            forwarded_for: Some(client_address.to_string()),
            ..self.visitor()
        }
    }

    pub fn db(&self) -> &Db {
        &self.test_db.db
    }

    /// Sets the attempts counted against a subject (`address:...`, `account:...`), the last
    /// `seconds_ago`, as earlier guesses would have left them.
    pub async fn set_attempts(&self, subject: &str, attempts: i64, seconds_ago: i64) {
        let pool = sqlx::AnyPool::connect(&self.test_db.url).await.unwrap();
        sqlx::query(
            "INSERT INTO sign_in_failures (subject, failures, last_failure_at) VALUES ($1, $2, $3) \
             ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, \
             last_failure_at = excluded.last_failure_at",
        )
        .bind(subject)
        .bind(attempts)
        .bind(server::clock::now() - seconds_ago)
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;
    }

    /// Waits (up to ten seconds) until `subject` has `attempts` counted: a request started
    /// elsewhere has claimed its attempt, and so holds its place in the hasher's queue.
    pub async fn until_attempts(&self, subject: &str, attempts: i64) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while self.db().attempts(subject).await.unwrap().0 != attempts {
            assert!(
                std::time::Instant::now() < deadline,
                "{subject} never reached {attempts} attempts"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// Where signing in with `handle` and `password` on a fresh phone leads.
    pub async fn sign_in_leads_to(&self, handle: &str, password: &str) -> String {
        self.visitor()
            .sign_in(handle, password)
            .await
            .redirected_to()
            .to_string()
    }
}

impl Visitor {
    /// A fresh browser on the server at `address` (another process, say).
    pub fn of(address: &str) -> Visitor {
        Visitor {
            address: address.to_string(),
            client: browser_client(),
            cookies: Default::default(),
            forwarded_for: None,
        }
    }

    /// The `Cookie` header this browser sends.
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, request: reqwest::RequestBuilder) -> Answer {
        let request = if self.cookies.is_empty() {
            request
        } else {
            request.header("cookie", self.cookie_header())
        };
        let request = match &self.forwarded_for {
            Some(address) => request.header("x-forwarded-for", address),
            None => request,
        };
        let response = request.send().await.unwrap();
        for value in response.headers().get_all("set-cookie") {
            let text = value.to_str().unwrap();
            let (pair, attributes) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if attributes.contains("Max-Age=0") || value.is_empty() {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_string(), value.to_string());
            }
        }
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let location = headers
            .get("location")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        let body = response.text().await.unwrap().replace("<!>", "");
        Answer {
            status,
            location,
            headers,
            body,
        }
    }

    pub async fn get(&mut self, path: &str) -> Answer {
        let request = self.client.get(format!("{}{path}", self.address));
        self.send(request).await
    }

    /// Follows a link on one of this site's pages.
    pub async fn get_from_here(&mut self, path: &str) -> Answer {
        let request = self
            .client
            .get(format!("{}{path}", self.address))
            .header("sec-fetch-site", "same-origin");
        self.send(request).await
    }

    /// Follows a link on another site's page.
    pub async fn get_from_elsewhere(&mut self, path: &str) -> Answer {
        let request = self
            .client
            .get(format!("{}{path}", self.address))
            .header("sec-fetch-site", "cross-site")
            .header("referer", "https://elsewhere.example/page");
        self.send(request).await
    }

    /// A page that must answer 200.
    pub async fn page(&mut self, path: &str) -> String {
        let answer = self.get(path).await;
        assert_eq!(answer.status, 200, "GET {path}: {}", answer.location);
        answer.body
    }

    /// Posts a form as this site's own pages do.
    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Answer {
        let request = self
            .client
            .post(format!("{}{path}", self.address))
            .header("origin", self.address.clone())
            .header("sec-fetch-site", "same-origin")
            .form(form);
        self.send(request).await
    }

    /// Posts a form the way another site would make the browser send it.
    pub async fn post_from_elsewhere(&mut self, path: &str, form: &[(&str, &str)]) -> Answer {
        let request = self
            .client
            .post(format!("{}{path}", self.address))
            .header("origin", "https://elsewhere.example")
            .header("sec-fetch-site", "cross-site")
            .form(form);
        self.send(request).await
    }

    /// Posts one file from a form with `enctype="multipart/form-data"`, as a browser does.
    pub async fn post_file(&mut self, path: &str, field: &str, name: &str, bytes: &[u8]) -> Answer {
        self.post_file_ticking(path, (field, name, bytes), &[])
            .await
    }

    /// Posts one file, `(field, name, bytes)`, and after it the form's `ticked` boxes.
    pub async fn post_file_ticking(
        &mut self,
        path: &str,
        (field, name, bytes): (&str, &str, &[u8]),
        ticked: &[&str],
    ) -> Answer {
        let boundary = "----skillpath-test-boundary-7d2c";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(bytes);
        for tick in ticked {
            body.extend_from_slice(
                format!(
                    "\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"{tick}\"\r\n\r\n1"
                )
                .as_bytes(),
            );
        }
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = self
            .client
            .post(format!("{}{path}", self.address))
            .header("origin", self.address.clone())
            .header("sec-fetch-site", "same-origin")
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body);
        self.send(request).await
    }

    /// The bytes a GET answers with (a download), with its status.
    pub async fn download(&mut self, path: &str) -> (u16, Vec<u8>) {
        let request = self
            .client
            .get(format!("{}{path}", self.address))
            .header("cookie", self.cookie_header());
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.bytes().await.unwrap().to_vec())
    }

    pub async fn sign_in(&mut self, handle: &str, password: &str) -> Answer {
        self.post(
            "/en/sign-in",
            &[("handle", handle), ("password", password), ("shared", "1")],
        )
        .await
    }
}

/// An organisation with a trainer (password `trainer-password`), and one cohort of it.
pub struct Organisation {
    pub id: String,
    pub trainer: String,
    pub cohort: String,
}

pub const TRAINER_PASSWORD: &str = "trainer-password";
pub const LEARNER_PASSWORD: &str = "learner-password";

pub async fn organisation(db: &Db, name: &str, trainer: &str) -> Organisation {
    let id = db.create_organisation(name, "IT").await.unwrap();
    let hash = Passwords::start(1, 1)
        .hash(&[], TRAINER_PASSWORD)
        .await
        .unwrap();
    db.create_account(server::admin::NewAccount {
        handle: trainer,
        role: app::auth::Role::Trainer,
        organisation_id: Some(&id),
        password_hash: Some(&hash),
    })
    .await
    .unwrap();
    let cohort = db
        .create_cohort(&id, &format!("{name} group"))
        .await
        .unwrap();
    Organisation {
        id,
        trainer: trainer.to_string(),
        cohort,
    }
}

pub const PARTNER_PASSWORD: &str = "partner-password";

/// A partner (course author) of the organisation `organisation_id`, password
/// `partner-password`.
pub async fn partner(db: &Db, organisation_id: &str, handle: &str) {
    let hash = Passwords::start(1, 1)
        .hash(&[], PARTNER_PASSWORD)
        .await
        .unwrap();
    db.create_account(server::admin::NewAccount {
        handle,
        role: app::auth::Role::Partner,
        organisation_id: Some(organisation_id),
        password_hash: Some(&hash),
    })
    .await
    .unwrap();
}

pub const ADMIN_PASSWORD: &str = "admin-password";

/// An administrator (password `admin-password`), as `server admin create` makes one.
pub async fn admin(db: &Db, handle: &str) {
    let hash = Passwords::start(1, 1)
        .hash(&[], ADMIN_PASSWORD)
        .await
        .unwrap();
    db.create_account(server::admin::NewAccount {
        handle,
        role: app::auth::Role::Admin,
        organisation_id: None,
        password_hash: Some(&hash),
    })
    .await
    .unwrap();
}

/// A learner who joined `cohort` (password `learner-password`); her account id.
pub async fn learner(db: &Db, cohort: &str, handle: &str) -> String {
    let code = db.create_join_code(cohort, 1, 1).await.unwrap();
    let hash = Passwords::start(1, 1)
        .hash(&[], LEARNER_PASSWORD)
        .await
        .unwrap();
    db.join(&code, handle, &hash).await.unwrap()
}

/// The request id the page's form for `form_id` carries, as a browser would send it.
pub fn request_in(page: &str, form_id: &str) -> String {
    let form = &page[page
        .find(&format!("id=\"{form_id}\""))
        .unwrap_or_else(|| panic!("no form {form_id} in {page}"))..];
    let value = &form[form.find("name=\"request\" value=\"").unwrap() + 22..];
    value[..value.find('"').unwrap()].to_string()
}

/// How many cohorts an organisation has.
pub async fn cohort_count(app: &TestApp, organisation: &str) -> usize {
    app.db().cohorts(organisation).await.unwrap().len()
}

/// How many times an account has tried a quiz, as her trainer sees it.
pub async fn tries_of(app: &TestApp, user_id: &str, quiz_id: &str) -> i64 {
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    let row = sqlx::query("SELECT tries FROM quiz_progress WHERE user_id = $1 AND quiz_id = $2")
        .bind(user_id)
        .bind(quiz_id)
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    row.get("tries")
}

/// How many rows of `table` belong to an account (`users` by its id, others by `user_id`).
pub async fn rows_of(app: &TestApp, table: &str, user_id: &str) -> i64 {
    let pool = sqlx::AnyPool::connect(&app.test_db.url).await.unwrap();
    let column = if table == "users" { "id" } else { "user_id" };
    let row = sqlx::query(&format!(
        "SELECT COUNT(*) AS n FROM {table} WHERE {column} = $1"
    ))
    .bind(user_id)
    .fetch_one(&pool)
    .await
    .unwrap();
    pool.close().await;
    row.get("n")
}

/// Answers a quiz of the lesson at `path` right, through its form.
pub async fn answer_right(her: &mut Visitor, path: &str, quiz: &courses::Quiz) {
    let page = her.page(path).await;
    let request = request_in(&page, &format!("quiz-{}", quiz.id));
    let mut form = vec![("quiz", quiz.id.clone()), ("request", request)];
    match &quiz.kind {
        courses::QuizKind::Choice { options, .. } => form.extend(
            (0..options.len())
                .filter(|i| options[*i].right)
                .map(|i| ("choice", i.to_string())),
        ),
        courses::QuizKind::ShortAnswer { accepted } => form.push(("text", accepted[0].clone())),
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    her.post(&format!("{path}/answer"), &form)
        .await
        .redirected_to();
}

/// Completes a bundled course as a learner would: every quiz answered right and every lesson
/// marked done, in English, through the lesson pages' forms.
pub async fn complete_course(her: &mut Visitor, course: &str) {
    let catalog = courses::load_catalog(&catalog_dir()).into_result().unwrap();
    let course = catalog.iter().find(|c| c.slug == course).unwrap();
    for lesson in course.modules.iter().flat_map(|m| &m.lessons) {
        let path = format!("/en/courses/{}/{}", course.slug, lesson.id);
        for quiz in &lesson.texts["en"].quizzes {
            answer_right(her, &path, quiz).await;
        }
        mark_done(her, &course.slug, &lesson.id).await;
    }
}

/// Marks a lesson done from its page, and returns where she was sent.
pub async fn mark_done(her: &mut Visitor, course: &str, lesson: &str) -> String {
    let path = format!("/en/courses/{course}/{lesson}");
    let page = her.page(&path).await;
    let request = request_in(&page, "done");
    let answer = her
        .post(&format!("{path}/done"), &[("request", &request)])
        .await;
    answer.redirected_to().to_string()
}
