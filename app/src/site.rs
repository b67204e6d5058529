//! What a deployment tells every page: the learner-facing name, where quick exit goes, and
//! the Content-Security-Policy that pages and the server's other responses carry.

/// Deployment settings pages need, provided as context by the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// The learner-facing name: neutral, chosen by the deployment.
    pub name: String,
    /// Where quick exit goes: an ordinary, harmless site.
    pub quick_exit_url: String,
}

impl Default for Site {
    fn default() -> Self {
        Self {
            name: "Skillpath".into(),
            quick_exit_url: "https://www.wikipedia.org/".into(),
        }
    }
}

/// The Content-Security-Policy of every response. Pages name the nonce of their one inline
/// script (the hydration loader); everything else may load only from this site, and other
/// responses (files, JSON) may load nothing.
#[cfg(feature = "ssr")]
pub fn content_security_policy(nonce: Option<&str>) -> String {
    const ALWAYS: &str = "base-uri 'none'; frame-ancestors 'none'; object-src 'none'";
    match nonce {
        Some(nonce) => format!(
            "default-src 'none'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
             style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; \
             manifest-src 'self'; form-action 'self'; {ALWAYS}"
        ),
        None => format!("default-src 'none'; form-action 'none'; {ALWAYS}"),
    }
}
