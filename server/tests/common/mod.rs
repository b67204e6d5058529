//! Test helpers: a fresh, migrated database per test on either backend, and the whole
//! application served on a random local port.

#![allow(dead_code)] // Each test binary uses its own subset of these helpers.

use std::path::PathBuf;

use app::shell::Site;
use leptos::prelude::LeptosOptions;
use server::db::Db;
use tempfile::TempDir;

#[derive(Debug, Clone, Copy)]
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
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(&admin_url).await.unwrap();
    let name = format!("test_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

pub fn catalog_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../courses/catalog")
}

/// The application on `127.0.0.1:<random port>` over a fresh database with the bundled catalogue.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub test_db: TestDb,
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

pub async fn spawn_app(backend: Backend) -> TestApp {
    let test_db = fresh_db(backend).await;
    test_db.db.import_catalog(&catalog_dir()).await.unwrap();
    let options = LeptosOptions::builder()
        .output_name("skillpath")
        .site_root(env!("CARGO_MANIFEST_DIR"))
        .build();
    let router = server::http::router(options, test_db.db.clone(), Site::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        address,
        client,
        test_db,
    }
}
