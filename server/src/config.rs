//! Configuration: defaults, then an optional TOML file, then environment variables.

use std::path::{Path, PathBuf};

use anyhow::Context;
use app::site::Site;
use serde::Deserialize;

/// Everything the server needs to know about its deployment.
#[derive(Clone, PartialEq, Eq)]
pub struct Config {
    /// `sqlite://path?mode=rwc` (the default, under `./data/`) or `postgres://...`.
    pub database_url: String,
    /// The course catalogue imported at start.
    pub courses_dir: PathBuf,
    pub site: Site,
    /// Marks cookies `Secure`: set it when people reach the platform over HTTPS.
    pub secure_cookies: bool,
    /// Takes the client address from the last `X-Forwarded-For` entry (set it only behind a
    /// reverse proxy that writes that header), for limiting sign-in attempts per address.
    pub trust_proxy: bool,
    /// The address people reach the platform at (`https://learn.example.org`): printed on
    /// certificates, in their QR codes and in signed credentials.
    pub public_url: String,
    /// The file of certificate signing keys (made on first use; back it up, see the README).
    pub signing_keys: PathBuf,
}

/// Keeps passwords in database URLs out of logs.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_url(&self.database_url))
            .field("courses_dir", &self.courses_dir)
            .field("site", &self.site)
            .field("secure_cookies", &self.secure_cookies)
            .field("trust_proxy", &self.trust_proxy)
            .field("public_url", &self.public_url)
            .field("signing_keys", &self.signing_keys)
            .finish()
    }
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/skillpath.db?mode=rwc";
pub const DEFAULT_COURSES_DIR: &str = "courses/catalog";
pub const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:3000";
pub const DEFAULT_SIGNING_KEYS: &str = "data/signing-keys.json";

/// The keys of the optional configuration file, named like the environment variables.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
    courses_dir: Option<PathBuf>,
    site_name: Option<String>,
    quick_exit_url: Option<String>,
    secure_cookies: Option<bool>,
    trust_proxy: Option<bool>,
    public_url: Option<String>,
    signing_keys: Option<PathBuf>,
}

impl Config {
    /// Reads `file` (when given) and the environment (`DATABASE_URL`, `COURSES_DIR`,
    /// `SITE_NAME`, `QUICK_EXIT_URL`, `SECURE_COOKIES`, `TRUST_PROXY`, `PUBLIC_URL`,
    /// `SIGNING_KEYS`), the environment winning.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let from_file = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config file {}", path.display()))?;
                toml::from_str(&text)
                    .with_context(|| format!("invalid config file {}", path.display()))?
            }
            None => FileConfig::default(),
        };
        Self::from_sources(from_file, |key| std::env::var(key).ok())
    }

    fn from_sources(
        file: FileConfig,
        env: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<Config> {
        let defaults = Site::default();
        let config = Config {
            database_url: env("DATABASE_URL")
                .or(file.database_url)
                .unwrap_or_else(|| DEFAULT_DATABASE_URL.into()),
            courses_dir: env("COURSES_DIR")
                .map(PathBuf::from)
                .or(file.courses_dir)
                .unwrap_or_else(|| DEFAULT_COURSES_DIR.into()),
            site: Site {
                name: env("SITE_NAME").or(file.site_name).unwrap_or(defaults.name),
                quick_exit_url: env("QUICK_EXIT_URL")
                    .or(file.quick_exit_url)
                    .unwrap_or(defaults.quick_exit_url),
            },
            secure_cookies: flag(&env, "SECURE_COOKIES")?
                .or(file.secure_cookies)
                .unwrap_or(false),
            trust_proxy: flag(&env, "TRUST_PROXY")?
                .or(file.trust_proxy)
                .unwrap_or(false),
            public_url: env("PUBLIC_URL")
                .or(file.public_url)
                .unwrap_or_else(|| DEFAULT_PUBLIC_URL.into()),
            signing_keys: env("SIGNING_KEYS")
                .map(PathBuf::from)
                .or(file.signing_keys)
                .unwrap_or_else(|| DEFAULT_SIGNING_KEYS.into()),
        };
        anyhow::ensure!(
            (config.public_url.starts_with("https://") || config.public_url.starts_with("http://"))
                && !config.public_url.contains(char::is_whitespace)
                && !config.public_url.contains(['?', '#']),
            "PUBLIC_URL must be an http:// or https:// address without query or fragment"
        );
        anyhow::ensure!(
            config.site.quick_exit_url.starts_with("https://"),
            "QUICK_EXIT_URL must be an https:// address"
        );
        anyhow::ensure!(
            !config.site.name.trim().is_empty(),
            "SITE_NAME must not be empty"
        );
        Ok(config)
    }
}

/// A yes/no setting from the environment: `true`/`1` or `false`/`0`.
fn flag(env: &impl Fn(&str) -> Option<String>, key: &str) -> anyhow::Result<Option<bool>> {
    match env(key).as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some("true" | "1") => Ok(Some(true)),
        Some("false" | "0") => Ok(Some(false)),
        Some(other) => anyhow::bail!("{key} must be true or false, not {other:?}"),
    }
}

/// A database URL with any password replaced, for logs: the one after the user name, and any
/// query parameter that names one (`?password=`, `&sslpassword=`).
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    // The user's part ends at the last `@`: a password may hold `?`, `#` or `/` unescaped.
    let (user, place) = match rest.rsplit_once('@') {
        Some((credentials, place)) => {
            let user = credentials
                .split_once(':')
                .map_or(credentials, |(user, _)| user);
            let hidden = if credentials.contains(':') {
                ":***"
            } else {
                ""
            };
            (format!("{user}{hidden}@"), place)
        }
        None => (String::new(), rest),
    };
    let (address, query) = place
        .split_once('?')
        .map_or((place, None), |(a, q)| (a, Some(q)));
    let query = query.map(|query| {
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((key, _)) if key.to_ascii_lowercase().contains("password") => {
                    format!("{key}=***")
                }
                _ => pair.to_string(),
            })
            .collect();
        format!("?{}", pairs.join("&"))
    });
    format!("{scheme}://{user}{address}{}", query.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_need_no_configuration() {
        let config = Config::from_sources(FileConfig::default(), |_| None).unwrap();
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(config.courses_dir, PathBuf::from("courses/catalog"));
        assert_eq!(config.site, Site::default());
    }

    #[test]
    fn the_environment_wins_over_the_file() {
        let file = FileConfig {
            database_url: Some("sqlite://file.db".into()),
            site_name: Some("From file".into()),
            ..FileConfig::default()
        };
        let env = |key: &str| (key == "SITE_NAME").then(|| "From env".to_string());
        let config = Config::from_sources(file, env).unwrap();
        assert_eq!(config.site.name, "From env");
        assert_eq!(config.database_url, "sqlite://file.db");
    }

    #[test]
    fn yes_or_no_settings_are_read_strictly() {
        let env = |key: &str| (key == "SECURE_COOKIES").then(|| "1".to_string());
        assert!(
            Config::from_sources(FileConfig::default(), env)
                .unwrap()
                .secure_cookies
        );
        let env = |key: &str| (key == "TRUST_PROXY").then(|| "yes please".to_string());
        let error = Config::from_sources(FileConfig::default(), env).unwrap_err();
        assert!(error.to_string().contains("TRUST_PROXY"));
    }

    #[test]
    fn a_quick_exit_that_is_not_https_is_refused() {
        let env = |key: &str| (key == "QUICK_EXIT_URL").then(|| "javascript:x".to_string());
        let error = Config::from_sources(FileConfig::default(), env).unwrap_err();
        assert!(error.to_string().contains("QUICK_EXIT_URL"));
    }

    #[test]
    fn passwords_never_reach_the_log() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db:5432/app"),
            "postgres://app:***@db:5432/app"
        );
        assert_eq!(
            redact_url("postgres://app@db/app?sslmode=require&password=s3cret"),
            "postgres://app@db/app?sslmode=require&password=***"
        );
        assert_eq!(
            redact_url("postgres://db/app?user=app&SSLPassword=s3cret"),
            "postgres://db/app?user=app&SSLPassword=***"
        );
        assert_eq!(
            redact_url("sqlite://data/skillpath.db?mode=rwc"),
            "sqlite://data/skillpath.db?mode=rwc"
        );
        assert_eq!(
            redact_url("postgres://app:p?ss#w/rd@db/app"),
            "postgres://app:***@db/app"
        );
        let config = Config {
            database_url: "postgres://app:s3cret@db/app".into(),
            courses_dir: "c".into(),
            site: Site::default(),
            secure_cookies: false,
            trust_proxy: false,
            public_url: DEFAULT_PUBLIC_URL.into(),
            signing_keys: DEFAULT_SIGNING_KEYS.into(),
        };
        assert!(!format!("{config:?}").contains("s3cret"));
    }
}
