//! `server backup DEST`, run as a real process against a database the server is writing to:
//! the copy is whole and consistent, and restoring it brings the data back.

use std::process::Command;

use sqlx::Row;

use crate::common::{Backend, learner, organisation, spawn_app};

fn backup(url: &str, keys: &std::path::Path, dest: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("backup")
        .arg(dest)
        .env("DATABASE_URL", url)
        .env("SIGNING_KEYS", keys)
        .output()
        .unwrap()
}

#[tokio::test]
async fn a_backup_of_a_live_database_restores_with_its_data() {
    let app = spawn_app(Backend::Sqlite).await;
    let org = organisation(app.db(), "Harbour Jobs", "coach.ana").await;
    learner(app.db(), &org.cohort, "sunflower").await;
    // A signing key exists once an organisation has one.
    let keys = app.keys.path().join("signing-keys.json");
    std::fs::write(&keys, b"{\"keys\": \"secret\"}").unwrap();
    // Learners keep joining while the copy is made.
    let writer = {
        let db = app.db().clone();
        let cohort = org.cohort.clone();
        tokio::spawn(async move {
            for n in 0..40 {
                learner(&db, &cohort, &format!("learner-{n}")).await;
            }
        })
    };
    let dest = tempfile::tempdir().unwrap();
    let folder = dest.path().join("2026-12-06");
    let url = app.test_db.url.clone();
    let (keys_path, folder_path) = (keys.clone(), folder.clone());
    let output = tokio::task::spawn_blocking(move || backup(&url, &keys_path, &folder_path))
        .await
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    writer.await.unwrap();
    assert_eq!(
        std::fs::read(folder.join("signing-keys.json")).unwrap(),
        std::fs::read(&keys).unwrap()
    );

    // Restored: a fresh server on the copy finds the accounts, and she signs in.
    let restored_url = format!(
        "sqlite://{}?mode=rwc",
        folder.join("skillpath.db").display()
    );
    let pool = sqlx::AnyPool::connect(&restored_url).await.unwrap();
    let integrity: String = sqlx::query("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(integrity, "ok");
    // Learners who joined before the copy began are all there.
    let joined: i64 = sqlx::query("SELECT COUNT(*) FROM users WHERE role = 'learner'")
        .fetch_one(&pool)
        .await
        .unwrap()
        .get(0);
    assert!((1..=41).contains(&joined), "{joined}");
    pool.close().await;
    let restored = server::db::Db::connect(&restored_url).await.unwrap();
    restored.migrate().await.unwrap();
    assert!(restored.credentials("sunflower").await.unwrap().is_some());
    assert!(restored.credentials("coach.ana").await.unwrap().is_some());
    restored.close().await;

    // A second backup into the same folder is refused: a backup is never overwritten.
    let again = backup(&app.test_db.url, &keys, &folder);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
}

#[tokio::test]
async fn postgresql_is_pointed_to_its_own_tools() {
    let app = spawn_app(Backend::Postgres).await;
    let dest = tempfile::tempdir().unwrap();
    let output = backup(
        &app.test_db.url,
        &app.keys.path().join("signing-keys.json"),
        &dest.path().join("copy"),
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("pg_dump"), "{stderr}");
}
