//! The HTTP plumbing every feature shares: the router that merges the features' routes with
//! the pages (through leptos_axum) and static files, and the layers every response passes
//! through (sessions, quick exit, cross-site refusal, refusal pages, security headers).

pub mod form;
mod leave;
pub mod listen;
mod refusal;
mod security;
pub mod session;
mod static_files;

use std::sync::Arc;

use app::address::Address;
use app::i18n::Locale;
use app::languages::her_language;
use app::routes::App;
use app::shell::shell;
use app::site::Site;
use app::ui::quick_exit::QUICK_EXIT_PATH;
use axum::extract::FromRef;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Json, Router};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

use crate::auth::Passwords;
use crate::db::Db;

/// What handlers share. Every middleware and handler of every request takes a copy, so a
/// copy is one reference count, not the settings and pools themselves.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    /// The database with the public address and the signing keys, for certificates.
    pub certifier: crate::certificates::Certifier,
    pub accounts: Accounts,
    pub exit: leave::Exit,
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What handlers that need the database alone extract.
impl FromRef<AppState> for Db {
    fn from_ref(state: &AppState) -> Db {
        state.db.clone()
    }
}

/// What Leptos's own handlers extract.
impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> LeptosOptions {
        state.leptos_options.clone()
    }
}

/// How accounts are handled in this deployment.
#[derive(Clone)]
pub struct Accounts {
    pub passwords: Passwords,
    /// Cookies are marked `Secure` (the site is reached over HTTPS).
    pub secure_cookies: bool,
    /// Client addresses come from a trusted reverse proxy's `X-Forwarded-For`.
    pub trust_proxy: bool,
}

/// The whole application, ready to serve.
pub fn router(
    options: LeptosOptions,
    certifier: crate::certificates::Certifier,
    site: Site,
    accounts: Accounts,
) -> Router {
    let db = certifier.db.clone();
    let https = accounts.secure_cookies;
    let exit = leave::Exit {
        neutral_url: site.quick_exit_url.clone(),
    };
    let store = Arc::new(db.clone());
    let certificates = Arc::new(certifier.clone());
    let context = move || {
        // Each feature finds what it reads under its own trait.
        provide_context::<Arc<dyn app::access::AccessStore>>(store.clone());
        provide_context::<Arc<dyn app::account::AccountStore>>(store.clone());
        provide_context::<Arc<dyn app::admin::AdminStore>>(store.clone());
        provide_context::<Arc<dyn app::catalogue::CatalogueStore>>(store.clone());
        provide_context::<Arc<dyn app::cohorts::CohortStore>>(store.clone());
        provide_context::<Arc<dyn app::progress::ProgressStore>>(store.clone());
        provide_context::<Arc<dyn app::authoring::AuthoringStore>>(store.clone());
        provide_context::<Arc<dyn app::certificates::CertificateStore>>(certificates.clone());
        provide_context(site.clone());
    };
    let page_shell = {
        let options = options.clone();
        move || shell(options.clone())
    };
    let pkg_path = format!("/{}", options.site_pkg_dir);
    let pkg = static_files::pkg_service(&options);
    let state = AppState(Arc::new(Shared {
        leptos_options: options,
        db,
        certifier,
        accounts,
        exit,
    }));
    let render: refusal::Render = {
        let render =
            leptos_axum::render_app_to_stream_with_context(context.clone(), page_shell.clone());
        Arc::new(move |request| Box::pin(render(request)))
    };
    Router::new()
        .route("/", get(choose_language))
        .route("/healthz", get(healthz))
        .route(QUICK_EXIT_PATH, get(leave::leave))
        .merge(crate::access::routes())
        .merge(crate::account::routes())
        .merge(crate::cohorts::routes())
        .merge(crate::admin::routes())
        .merge(crate::catalogue::routes())
        .merge(crate::progress::routes())
        .merge(crate::certificates::routes())
        .merge(crate::authoring::routes())
        .merge(crate::languages::routes())
        .leptos_routes_with_context(
            &state,
            generate_route_list(App),
            context.clone(),
            page_shell,
        )
        .nest_service(&pkg_path, pkg)
        .fallback(file_and_error_handler_with_context::<AppState, _>(
            context, shell,
        ))
        // Inner to outer: who is signed in; quick exit's bounce; the cross-site refusal; a
        // refusal made a page; the security headers on everything.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::resolve,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            leave::bounce,
        ))
        .layer(axum::middleware::from_fn(security::refuse_cross_site))
        .layer(axum::middleware::from_fn_with_state(render, refusal::show))
        .layer(axum::middleware::from_fn_with_state(
            https,
            security::headers,
        ))
        .layer(CompressionLayer::new())
        // A bug in one page must answer 500, not drop the connection.
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Compiled files, course media and the health check: answered the same to everyone, with no
/// session to look up and no page to bounce.
fn is_asset(path: &str) -> bool {
    path.starts_with("/pkg/") || path.starts_with("/media/") || path == "/healthz"
}

/// `/` sends the visitor to the catalogue in the language her browser asks for.
async fn choose_language(headers: HeaderMap) -> Response {
    in_her_language(&headers, |locale| Address::Catalogue.at(locale))
}

/// A redirect to the page `at` gives in her language: the one she chose on this browser (its
/// cookie), else the first her browser asks for (`Accept-Language`); marked as varying with
/// both.
pub(crate) fn in_her_language(headers: &HeaderMap, at: impl Fn(Locale) -> String) -> Response {
    let mut response = Redirect::to(&at(her_language(headers))).into_response();
    response.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("accept-language, cookie"),
    );
    response
}

/// Liveness and database reachability, for load balancers and deploy scripts.
async fn healthz(axum::extract::State(db): axum::extract::State<Db>) -> Response {
    if db.ping().await {
        Json(serde_json::json!({ "status": "ok" })).into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(serde_json::json!({ "status": "database unavailable" })),
        )
            .into_response()
    }
}

/// Request headers from name and value pairs, for the tests of what headers decide.
#[cfg(test)]
fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
    pairs
        .iter()
        .map(|(k, v)| {
            (
                axum::http::HeaderName::from_static(k),
                HeaderValue::from_static(v),
            )
        })
        .collect()
}
