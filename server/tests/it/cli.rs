//! The `server` command line, run as a real process.

use std::path::Path;
use std::process::Command;

fn server() -> Command {
    Command::new(env!("CARGO_BIN_EXE_server"))
}

#[test]
fn courses_check_accepts_the_bundled_catalogue() {
    let catalog =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../courses/catalog");
    let output = server()
        .args(["courses", "check"])
        .arg(&catalog)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("no problems"));
}

#[test]
fn courses_check_names_file_and_line_of_each_problem_and_fails() {
    let broken = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap())
        .join("../courses/tests/fixtures/broken/broken-links");
    let output = server()
        .args(["courses", "check"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{stdout}");
    assert!(lines[0].ends_with("email/en/start/01-one.md:7: link `02-missing.md` points to no lesson of this course: link to a lesson (.md), a web page (https://) or an email address (mailto:)"), "{stdout}");
}

#[test]
fn migrate_creates_the_sqlite_database_and_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nested/folder/app.db");
    let output = server()
        .arg("migrate")
        .env(
            "DATABASE_URL",
            format!("sqlite://{}?mode=rwc", file.display()),
        )
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(file.exists());
}

#[test]
fn a_bad_database_url_is_a_clear_error() {
    let output = server()
        .arg("migrate")
        .env("DATABASE_URL", "mysql://nope")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("DATABASE_URL must start with sqlite: or postgres:")
    );
}

#[test]
fn serve_stops_cleanly_on_sigterm() {
    use std::io::{BufRead, BufReader};

    let dir = tempfile::tempdir().unwrap();
    let mut child = server()
        .current_dir(Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join(".."))
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/app.db?mode=rwc", dir.path().display()),
        )
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut log = BufReader::new(child.stderr.take().unwrap()).lines();
    let listening = log
        .by_ref()
        .map(Result::unwrap)
        .find(|line| line.contains("listening"));
    assert!(listening.is_some(), "the server never started listening");

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let rest: Vec<String> = log.map(Result::unwrap).collect();
    assert!(child.wait().unwrap().success(), "{rest:#?}");
    assert!(
        rest.iter().any(|line| line.contains("stopped")),
        "{rest:#?}"
    );
}

/// Runs `server admin create HANDLE` on the database at `url` with `stdin` typed in.
fn create_admin(url: &str, handle: &str, stdin: &str) -> std::process::Output {
    use std::io::Write;

    let mut child = server()
        .args(["admin", "create", handle])
        .env("DATABASE_URL", url)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn the_first_admin_is_created_with_a_password_from_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/app.db?mode=rwc", dir.path().display());

    let short = create_admin(&url, "first.admin", "short\n");
    assert_eq!(short.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 8 characters"));

    let created = create_admin(&url, "first.admin", "a long enough secret\n");
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    assert!(String::from_utf8_lossy(&created.stdout).contains("administrator first.admin created"));
    let again = create_admin(&url, "First.Admin", "another secret here\n");
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("is taken"));

    let db = server::db::Db::connect(&url).await.unwrap();
    let account = db.credentials("first.admin").await.unwrap().unwrap();
    assert_eq!(account.role, app::auth::Role::Admin);
    let passwords = server::auth::Passwords::start(1, 1);
    let stored = account.password_hash.as_deref();
    assert!(
        passwords
            .verify(&[], stored, "a long enough secret")
            .await
            .unwrap()
    );
    assert!(
        !passwords
            .verify(&[], stored, "a long enough secret\n")
            .await
            .unwrap()
    );
}
