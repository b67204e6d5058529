//! Starting and stopping the web server.

use std::path::Path;

use anyhow::Context;
use leptos::prelude::LeptosOptions;
use tokio::net::TcpListener;

use crate::auth::Passwords;
use crate::config::Config;
use crate::db::Db;
use crate::http::{Accounts, listen, router};

/// The name cargo-leptos gives the CSS, JS and wasm files (see `[[workspace.metadata.leptos]]`).
const OUTPUT_NAME: &str = "skillpath";

/// Leptos's settings from the environment cargo-leptos sets, with defaults that let the
/// release binary run on its own, next to the `hash.txt` cargo-leptos writes beside it.
pub fn leptos_options() -> anyhow::Result<LeptosOptions> {
    let mut options = leptos::config::get_configuration(None)?.leptos_options;
    if options.output_name.is_empty() {
        options.output_name = OUTPUT_NAME.into();
    }
    if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        let exe = std::env::current_exe()?;
        let dir = exe.parent().unwrap_or(Path::new("."));
        options.hash_files = dir.join(options.hash_file.as_ref()).exists();
    }
    Ok(options)
}

/// Connects to the database, brings it up to date, imports the catalogue (and the demo data
/// when `demo`), and serves until SIGTERM or Ctrl-C, finishing the requests under way.
pub async fn run(config: Config, options: LeptosOptions, demo: bool) -> anyhow::Result<()> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    db.import_catalog(&config.courses_dir).await?;
    let passwords = Passwords::for_this_machine();
    if demo {
        crate::demo::seed(&db, &passwords).await?;
    }

    let accounts = Accounts {
        passwords,
        secure_cookies: config.secure_cookies,
        trust_proxy: config.trust_proxy,
    };
    let certifier = crate::certificates::Certifier::new(
        db.clone(),
        &config.public_url,
        config.signing_keys.clone(),
    )?;
    let app = router(options.clone(), certifier, config.site.clone(), accounts);
    let listener = TcpListener::bind(options.site_addr)
        .await
        .with_context(|| format!("cannot listen on {}", options.site_addr))?;
    tokio::spawn(crate::janitor::run(db.clone()));
    tokio::spawn(crate::db::watch(db.clone()));
    let shutdown = shutdown_signal()?;
    tracing::info!(address = %options.site_addr, backend = ?db.backend(), "listening");
    listen::serve(listener, app, listen::Deadlines::DEFAULT, shutdown).await;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGTERM or Ctrl-C. Call it before announcing that the server listens: the
/// SIGTERM handler is installed here, and a SIGTERM that came before it would kill the process
/// at once instead of letting it finish its requests.
fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};

    let mut terminate = signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?;
    Ok(async move {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {},
            _ = terminate.recv() => {},
        }
        tracing::info!("shutting down");
    })
}
