//! `server`: serve the platform (the default), migrate or back up its database, or check a
//! catalogue.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use server::config::Config;
use server::db::Db;
use tracing_subscriber::EnvFilter;

/// mimalloc rather than the system allocator: a page allocates many small strings and frees
/// them on another thread as often as not, which glibc's allocator does slowly.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    Serve {
        /// Add demo accounts with published passwords (see the README). Never in production.
        #[arg(long)]
        demo: bool,
    },
    /// Create or update the database schema, then exit.
    Migrate,
    /// Copy the live SQLite database and the signing keys into the new folder DEST, while the
    /// server goes on serving (for PostgreSQL use pg_dump: see the README).
    Backup { dest: PathBuf },
    /// Work with course catalogues.
    Courses {
        #[command(subcommand)]
        command: CoursesCommand,
    },
    /// Manage administrator accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Manage certificate signing keys (kept in the file SIGNING_KEYS names).
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Give ORGANISATION (its name or id) a new signing key. The old key is retired but stays
    /// published, so certificates signed with it still verify.
    Rotate { organisation: String },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an administrator account named HANDLE; its password is read from standard input.
    Create { handle: String },
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
        Some(Command::Backup { dest }) => {
            let db = Db::connect(&config.database_url).await?;
            let written = server::backup::backup(&db, &config.signing_keys, &dest).await;
            db.close().await;
            let written = written?;
            println!("database copied to {}", written.database.display());
            match written.keys {
                Some(keys) => println!("signing keys copied to {}", keys.display()),
                None => println!("no signing keys yet: no certificate was signed"),
            }
            Ok(())
        }
        None => server::serve::run(config, server::serve::leptos_options()?, false).await,
        Some(Command::Serve { demo }) => {
            server::serve::run(config, server::serve::leptos_options()?, demo).await
        }
        Some(Command::Admin {
            command: AdminCommand::Create { handle },
        }) => create_admin(&config, &handle).await,
        Some(Command::Keys {
            command: KeysCommand::Rotate { organisation },
        }) => rotate_key(&config, &organisation).await,
        Some(Command::Courses { .. }) => unreachable!("handled before the runtime starts"),
    }
}

/// `keys rotate ORGANISATION`: a new signing key for the organisation, the old one retired.
async fn rotate_key(config: &Config, organisation: &str) -> anyhow::Result<()> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let certifier = server::certificates::Certifier::new(
        db.clone(),
        &config.public_url,
        config.signing_keys.clone(),
    )?;
    let Some(id) = db.organisation_id(organisation).await? else {
        anyhow::bail!("no organisation is named or has the id {organisation:?}");
    };
    let key = certifier.rotate(&id).await?;
    db.close().await;
    println!("new signing key for {organisation}: {key}");
    println!(
        "back up {} now: it holds the new secret key",
        config.signing_keys.display()
    );
    Ok(())
}

/// `admin create HANDLE`: the first administrator (or another), with a password typed or piped
/// in on standard input, never given as an argument (which `ps` and shell history would show).
async fn create_admin(config: &Config, handle: &str) -> anyhow::Result<()> {
    use std::io::{BufRead, IsTerminal};

    use server::admin::NewAccount;
    use server::auth::{Passwords, check_new_password, valid_handle};
    use server::db::CreateError;

    anyhow::ensure!(
        valid_handle(handle),
        "a handle has 3 to 32 letters, digits, dots, dashes or underscores"
    );
    // Typed at a terminal, the password is not shown; piped in, it is the first line.
    let password = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("Password for {handle}: "))?
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_string()
    };
    let password = password.as_str();
    if let Err(problem) = check_new_password(password) {
        anyhow::bail!(match problem {
            app::outcome::Outcome::TooLong => "the password is longer than 1024 bytes",
            _ => "the password needs at least 8 characters",
        });
    }
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let hash = Passwords::start(1, 1).hash(&[], password).await?;
    let account = NewAccount {
        handle,
        role: app::auth::Role::Admin,
        organisation_id: None,
        password_hash: Some(&hash),
    };
    let created = db.create_account(account).await;
    db.close().await;
    match created {
        Ok(_) => {
            println!("administrator {handle} created");
            Ok(())
        }
        Err(CreateError::Taken) => anyhow::bail!("the handle {handle} is taken"),
        Err(CreateError::Store(error)) => Err(error.into()),
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
        for problem in &catalog.problems.0 {
            let message = app::i18n::Locale::DEFAULT.problem(&problem.message);
            println!("{}:{}: {message}", problem.path.display(), problem.line);
        }
        eprintln!("{} problems found", catalog.problems.0.len());
        ExitCode::FAILURE
    }
}

/// Logs to standard error: human-readable, or JSON lines with `LOG_FORMAT=json`.
///
/// sqlx's PostgreSQL driver logs a connection parameter it does not know with its value (a
/// misspelt `sslpassword=...` would land in the log): by default only its errors are kept.
fn init_logging() {
    let filter = EnvFilter::try_from_env("RUST_LOG").unwrap_or_else(|_| {
        EnvFilter::new("info,sqlx=warn,sqlx_postgres::options=error,tower_http=info")
    });
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}
