//! `server`: serve the platform (the default), migrate its database, or check a catalogue.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use server::config::Config;
use server::db::Db;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(version, about = "A learning platform for employability skills")]
struct Cli {
    /// A TOML file with settings; environment variables override it.
    #[arg(long, env = "SKILLPATH_CONFIG", global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the platform (the default).
    Serve,
    /// Create or update the database schema, then exit.
    Migrate,
    /// Work with course catalogues.
    Courses {
        #[command(subcommand)]
        command: CoursesCommand,
    },
}

#[derive(Subcommand)]
enum CoursesCommand {
    /// Check every course in DIR; print one `path:line: message` per problem.
    Check { dir: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    if let Some(Command::Courses {
        command: CoursesCommand::Check { dir },
    }) = &cli.command
    {
        return check_courses(dir);
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error:#}");
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load(cli.config.as_deref())?;
    tracing::info!(?config, "configuration");
    match cli.command {
        Some(Command::Migrate) => {
            let db = Db::connect(&config.database_url).await?;
            db.migrate().await?;
            db.close().await;
            tracing::info!("database is up to date");
            Ok(())
        }
        None | Some(Command::Serve) => {
            server::serve::run(config, server::serve::leptos_options()?).await
        }
        Some(Command::Courses { .. }) => unreachable!("handled before the runtime starts"),
    }
}

fn check_courses(dir: &std::path::Path) -> ExitCode {
    let catalog = courses::load_catalog(dir);
    if catalog.problems.is_empty() {
        println!(
            "{}: {} courses, no problems",
            dir.display(),
            catalog.courses.len()
        );
        ExitCode::SUCCESS
    } else {
        print!("{}", catalog.problems);
        eprintln!("{} problems found", catalog.problems.0.len());
        ExitCode::FAILURE
    }
}

/// Logs to standard error: human-readable, or JSON lines with `LOG_FORMAT=json`.
fn init_logging() {
    let filter = EnvFilter::try_from_env("RUST_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}
