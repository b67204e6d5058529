//! Choosing languages: the pages' language and the languages she reads courses in.
//!
//! A visitor's choice is kept in a cookie for a year: it holds a language code and nothing
//! else. A signed-in person's is kept with her account, which brings it back wherever she signs
//! in, and in cookies that end with the browser; signing out and quick exit forget them, so a
//! shared phone does not keep her languages after her (they could hint where she is from).

use app::address::Address;
use app::auth::Viewer;
use app::auth::cookies::{LANGUAGE_COOKIE, READING_COOKIE, expired_cookie, set_cookie};
use app::error::AppError;
use app::i18n::Locale;
use app::languages::{ChooseLanguageForm, ReadingForm, parse_reading, reading_value, return_path};
use app::store::StoreError;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Redirect};
use axum::routing::post;
use axum::{Extension, Form, Router};

use crate::db::{Db, failed};
use crate::http::AppState;
use crate::http::form::{Answer, FormError, locale};
use crate::http::session::with_cookie;

/// How long a browser remembers a choice of language.
const REMEMBERED_FOR: i64 = 365 * 24 * 60 * 60;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(&Address::Languages.route(), post(choose))
        .route(&Address::ReadingLanguages.route(), post(choose_reading))
}

/// She picked the pages' language: remembered, and she is back on the page she was on, in it.
async fn choose(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<ChooseLanguageForm>,
) -> Answer {
    locale(&lang)?;
    let chosen = Locale::from_code(&form.to).ok_or(FormError::Refused(AppError::NotFound))?;
    let signed_in = viewer.is_some();
    if let Some(Extension(viewer)) = viewer {
        state
            .db
            .keep_language(&viewer.user_id, Choice::Interface, chosen.code())
            .await?;
    }
    let to = format!("/{}{}", chosen.code(), return_path(&form.from));
    let cookie = remembered(&state, LANGUAGE_COOKIE, chosen.code(), !signed_in);
    Ok(with_cookie(Redirect::to(&to).into_response(), cookie))
}

/// She said which languages she reads (one `read` field per language, the best first): only
/// language codes are kept, each once; none at all forgets the choice.
async fn choose_reading(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    viewer: Option<Extension<Viewer>>,
    body: Bytes,
) -> Answer {
    let locale = locale(&lang)?;
    let mut read = Vec::new();
    let mut from = String::new();
    for (name, value) in form_urlencoded::parse(&body) {
        match name.as_ref() {
            ReadingForm::READ => read.push(value.into_owned()),
            ReadingForm::FROM => from = value.into_owned(),
            _ => {}
        }
    }
    let value = reading_value(&parse_reading(&read.join(".")));
    let signed_in = viewer.is_some();
    if let Some(Extension(viewer)) = viewer {
        state
            .db
            .keep_language(&viewer.user_id, Choice::Reading, &value)
            .await?;
    }
    let to = format!("/{}{}", locale.code(), return_path(&from));
    let cookie = if value.is_empty() {
        expired_cookie(READING_COOKIE)
    } else {
        remembered(&state, READING_COOKIE, &value, !signed_in)
    };
    Ok(with_cookie(Redirect::to(&to).into_response(), cookie))
}

/// Where she signs in (or joins), her account's languages replace the browser's (which may be
/// the last person's): `page` (the sign-in or join page's language) becomes hers if she never
/// chose one. The cookies end with the browser. Returns the pages' language to go on in.
pub(crate) async fn signed_in_languages(
    state: &AppState,
    user_id: &str,
    languages: &Languages,
    page: Locale,
) -> Result<(Locale, Vec<HeaderValue>), StoreError> {
    let locale = match Locale::from_code(&languages.interface) {
        Some(locale) => locale,
        None => {
            state
                .db
                .keep_language(user_id, Choice::Interface, page.code())
                .await?;
            page
        }
    };
    let reading = reading_value(&parse_reading(&languages.reading));
    let reading = if reading.is_empty() {
        expired_cookie(READING_COOKIE)
    } else {
        remembered(state, READING_COOKIE, &reading, false)
    };
    let interface = remembered(state, LANGUAGE_COOKIE, locale.code(), false);
    Ok((locale, vec![interface, reading]))
}

/// The cookies that forget her languages, at sign-out and quick exit.
pub(crate) fn forgotten() -> [HeaderValue; 2] {
    [LANGUAGE_COOKIE, READING_COOKIE].map(expired_cookie)
}

/// A language cookie: for a year when `lasting`, else until the browser closes.
fn remembered(state: &AppState, name: &str, value: &str, lasting: bool) -> HeaderValue {
    set_cookie(
        name,
        value,
        lasting.then_some(REMEMBERED_FOR),
        state.accounts.secure_cookies,
    )
}

/// The languages kept with an account (empty: not chosen).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Languages {
    pub interface: String,
    pub reading: String,
}

/// Which of her choices of language.
#[derive(Debug, Clone, Copy)]
enum Choice {
    Interface,
    Reading,
}

impl Db {
    async fn keep_language(
        &self,
        user_id: &str,
        choice: Choice,
        value: &str,
    ) -> Result<(), StoreError> {
        let sql = match choice {
            Choice::Interface => "UPDATE users SET interface_language = $1 WHERE id = $2",
            Choice::Reading => "UPDATE users SET reading_languages = $1 WHERE id = $2",
        };
        sqlx::query(sql)
            .bind(value)
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(failed)?;
        Ok(())
    }
}
