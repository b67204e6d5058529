//! The server as the real program (`server serve`), for what only a process shows: being
//! killed outright, several instances on one database, a database that goes away under it.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::catalog_dir;

/// One running `server serve`, its log in a file, killed when dropped.
pub struct Instance {
    child: Child,
    pub address: String,
    log: PathBuf,
}

/// A port nobody listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Instance {
    /// Starts `server serve` on `database_url`, with signing keys and its log in `work`
    /// (the log as `<name>.log`, added to on each start).
    pub fn start(database_url: &str, work: &Path, name: &str) -> Instance {
        let port = free_port();
        let log = work.join(format!("{name}.log"));
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_server"))
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("COURSES_DIR", catalog_dir())
            .env("SIGNING_KEYS", work.join("signing-keys.json"))
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", work)
            .env("LEPTOS_OUTPUT_NAME", "skillpath")
            // Each test client says which address it stands for, as a reverse proxy would.
            .env("TRUST_PROXY", "1")
            .env("RUST_LOG", "warn,server=info")
            .env_remove("LOG_FORMAT")
            .stdin(Stdio::null())
            .stdout(file.try_clone().unwrap())
            .stderr(file)
            .spawn()
            .unwrap();
        Instance {
            child,
            address: format!("http://127.0.0.1:{port}"),
            log,
        }
    }

    /// Waits until it answers, for up to 30 seconds.
    pub async fn ready(&mut self) {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(response) = client.get(format!("{}/healthz", self.address)).send().await
                && response.status() == 200
            {
                return;
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("the server stopped ({status}):\n{}", self.log());
            }
            assert!(
                Instant::now() < deadline,
                "the server did not answer:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Kills it outright (SIGKILL): no request it was serving is finished.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// What it logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A client that posts as the site's own forms do, from `address` (as a proxy reports it),
/// and shows each redirect rather than following it.
pub fn form_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

/// A form post as the browser sends it, with a session cookie when given; `None` when no
/// answer came (the server died before answering).
pub async fn post(
    client: &reqwest::Client,
    instance_address: &str,
    path: &str,
    cookie: &str,
    from: &str,
    form: &[(&str, &str)],
) -> Option<reqwest::Response> {
    let mut request = client
        .post(format!("{instance_address}{path}"))
        .header("origin", instance_address)
        .header("sec-fetch-site", "same-origin")
        .header("x-forwarded-for", from)
        .form(form);
    if !cookie.is_empty() {
        request = request.header("cookie", cookie);
    }
    request.send().await.ok()
}
