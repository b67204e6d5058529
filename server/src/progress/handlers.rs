//! Her answers and "done" forms, the group's CSV, and the group's "stuck after" setting.

use app::address::Address;
use app::auth::{Action, Granted, Viewer};
use app::error::AppError;
use app::i18n::Locale;
use app::languages::{ContentLanguages, SHOWN_IN, content_languages, shown_in, shown_in_address};
use app::outcome::Outcome;
use app::progress::{AnswerForm, DoneForm, StuckDaysForm, is_request_id};
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use courses::{Answer as Given, MAX_ANSWER_CHARS, Quiz, QuizKind};

use crate::cohorts::handlers::reachable_cohort;
use crate::http::AppState;
use crate::http::form::{Answer, FormError, back, check, done, id, locale};

/// What she gave, read from the form as the quiz expects it; none when she gave nothing, or
/// something no form of the quiz could send (an option that is not there, two ticks where one
/// is asked for): ticking every option at once would show every option's feedback.
fn given(quiz: &Quiz, form: &AnswerForm) -> Option<Given> {
    match &quiz.kind {
        QuizKind::Choice { options, multiple } => {
            let mut ticked: Vec<usize> = form
                .choices
                .iter()
                .map(|c| c.parse().ok())
                .collect::<Option<_>>()?;
            ticked.sort_unstable();
            ticked.dedup();
            let fits = !ticked.is_empty()
                && ticked.iter().all(|i| *i < options.len())
                && (*multiple || ticked.len() == 1);
            fits.then_some(Given::Options(ticked))
        }
        QuizKind::ShortAnswer { .. } => {
            let text = form.text.trim();
            (!text.is_empty())
                .then(|| Given::Text(text.chars().take(MAX_ANSWER_CHARS + 1).collect()))
        }
    }
}

/// Back to the lesson, in the language it was asked for in (`?in=`, if it was), at the quiz's
/// result (a live region: it is read out) or with what went wrong.
fn to_lesson(
    locale: Locale,
    (course, lesson): (&str, &str),
    shown_in: Option<&str>,
    outcome: Result<&str, Outcome>,
) -> Response {
    let page = Address::Lesson(course, lesson);
    let to = match outcome {
        Ok(quiz) => format!(
            "{}#quiz-{quiz}-result",
            shown_in_address(page.at(locale), shown_in)
        ),
        Err(outcome) => {
            let query = shown_in
                .map(|code| format!("&{SHOWN_IN}={code}"))
                .unwrap_or_default();
            format!("{}{query}", page.with(locale, outcome))
        }
    };
    Redirect::to(&to).into_response()
}

/// The request id a form carries; a post without one came from no form of ours.
fn request(id: &str) -> Result<&str, FormError> {
    is_request_id(id)
        .then_some(id)
        .ok_or(FormError::Refused(AppError::NotFound))
}

/// A course she may read: one only for another organisation's learners does not exist to her,
/// so nothing of it can be answered, marked done or walked through.
async fn readable(state: &AppState, granted: &Granted, course: &str) -> Result<(), FormError> {
    let reader = granted.viewer.organisation_id.as_deref();
    match state
        .db
        .readable_course(course, &ContentLanguages::default(), reader)
        .await?
    {
        Some(_) => Ok(()),
        None => Err(FormError::Refused(AppError::NotFound)),
    }
}

pub async fn answer(
    State(state): State<AppState>,
    Path((lang, course, lesson)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    viewer: Option<Extension<Viewer>>,
    body: Bytes,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::RecordProgress)?;
    let (course, lesson) = (id(&course)?, id(&lesson)?);
    readable(&state, &granted, course).await?;
    let user = &granted.viewer.user_id;
    let form = AnswerForm::from_pairs(
        form_urlencoded::parse(&body).map(|(name, value)| (name, value.into_owned())),
    );
    let request = request(&form.request)?;
    // Checked in the language the lesson was shown in: hers, or the one its address named.
    let asked_in = shown_in(query.as_deref().unwrap_or_default());
    let shown = content_languages(&headers, &lang)?.first(asked_in);
    let back_to = |outcome| {
        FormError::Redirect(Box::new(to_lesson(
            locale,
            (course, lesson),
            asked_in,
            outcome,
        )))
    };
    let quiz = state
        .db
        .lesson_quiz(course, lesson, id(&form.quiz)?, &shown)
        .await?
        .ok_or(FormError::Refused(AppError::NotFound))?;
    let Some(given) = given(&quiz, &form) else {
        return Err(back_to(Err(Outcome::Missing)));
    };
    let recorded = state
        .db
        .record_answer(user, course, lesson, &quiz, &given, request)
        .await?;
    if recorded.too_many {
        return Err(back_to(Err(Outcome::Wait)));
    }
    Ok(to_lesson(locale, (course, lesson), asked_in, Ok(&quiz.id)))
}

/// Marks the lesson done and goes on: to the next lesson, or home when the course is over
/// (completed, or with questions left to answer right).
pub async fn done_lesson(
    State(state): State<AppState>,
    Path((lang, course, lesson)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<DoneForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::RecordProgress)?;
    let (course, lesson) = (id(&course)?, id(&lesson)?);
    readable(&state, &granted, course).await?;
    let user = &granted.viewer.user_id;
    let request = request(&form.request)?;
    let recorded = state
        .db
        .record_done(user, course, lesson, request)
        .await?
        .ok_or(FormError::Refused(AppError::NotFound))?;
    if recorded.too_many {
        return Err(back(locale, Address::Lesson(course, lesson), Outcome::Wait));
    }
    if recorded.completed_course {
        return Ok(done(locale, Address::Home, Outcome::CourseCompleted));
    }
    // The next lesson in the language she read this one in, if she picked it (`?in=`).
    let asked_in = shown_in(query.as_deref().unwrap_or_default());
    Ok(match state.db.next_lesson(course, lesson).await? {
        Some(next) => Redirect::to(&shown_in_address(
            Address::Lesson(course, &next).at(locale),
            asked_in,
        ))
        .into_response(),
        None => Redirect::to(&Address::Home.at(locale)).into_response(),
    })
}

/// The group's table as a CSV file, for trainers of the group's organisation only.
pub async fn group_csv(
    State(state): State<AppState>,
    Path((lang, cohort)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::ViewProgress)?;
    let progress = app::progress::ProgressStore::group_progress(
        &state.db,
        granted.organisation()?,
        id(&cohort)?,
        &ContentLanguages::new(Vec::new(), locale.code()),
    )
    .await?
    .ok_or(FormError::Refused(AppError::NotFound))?;
    let mut response = super::csv::group_csv(locale, &progress).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    // A neutral file name: a group's name stays off the phone's download list.
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"group-progress.csv\""),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn set_stuck_days(
    State(state): State<AppState>,
    Path((lang, cohort)): Path<(String, String)>,
    viewer: Option<Extension<Viewer>>,
    Form(form): Form<StuckDaysForm>,
) -> Answer {
    let locale = locale(&lang)?;
    let granted = check(viewer, Action::SetStuckDays)?;
    reachable_cohort(&state, &granted, id(&cohort)?).await?;
    let page = Address::Cohort(&cohort);
    let days = form
        .stuck_days
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| (1..=365).contains(d))
        .ok_or_else(|| back(locale, page, Outcome::NumberInvalid))?;
    state.db.set_stuck_days(&cohort, days).await?;
    Ok(done(locale, page, Outcome::StuckDaysSaved))
}
