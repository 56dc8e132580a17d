//! The staff web console's endpoints and page.
//!
//! Sign-in sets an HttpOnly, SameSite=Strict session cookie; every change
//! must also carry the session's CSRF token in `X-CSRF-Token`, so no other
//! site can make one. Roles decide what is allowed: a nurse runs the queues
//! of her departments, a manager also changes departments, an admin also
//! sees the fleet. Wrong sign-ins are limited per address, and accounts
//! lock after repeated wrong passwords. Everything done is in the audit log.

use super::{ApiError, AppState};
use crate::hub::store::{self, DepartmentChange, DeskAction, Role, SignIn, StaffUser};
use crate::hub::tls::Peer;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures_util::Stream;
use serde::Deserialize;
use std::time::Instant;

const COOKIE: &str = "banzhen_session";
/// Wrong sign-ins one address may make a minute.
pub const FAILED_SIGN_INS_PER_MINUTE: u32 = 10;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(|| async { Redirect::to("/console") }))
        .route("/console", get(page))
        .route("/api/console/login", post(login))
        .route("/api/console/logout", post(logout))
        .route("/api/console/me", get(me))
        .route("/api/console/board", get(board))
        .route("/api/console/departments/{code}", post(change_department))
        .route("/api/console/desk/{code}", get(desk).post(act))
        .route("/api/console/alerts", get(alerts))
        .route("/api/console/alerts/{id}/ack", post(acknowledge))
        .route("/api/console/fleet", get(fleet))
        .route("/api/console/kiosks", post(add_kiosk))
        .route("/api/console/kiosks/{name}/revoke", post(revoke_kiosk))
        .route("/api/console/accounts", get(accounts).post(set_account))
        .route("/api/console/audit", get(audit))
        .route("/api/console/undo/{id}", post(undo))
        .route("/api/console/stream", get(stream))
        .route("/api/console/departments.csv", get(export_departments))
        .route("/api/console/import", post(import_departments))
        .route("/api/console/stats/report", get(stats_report))
        .route("/api/console/stats/export", get(stats_export))
}

async fn page() -> Html<&'static str> {
    Html(include_str!("../../../assets/hub/console.html"))
}

fn cookie_value(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_string())
}

/// A signed-in member of staff; for a change, with the right CSRF token.
pub struct Staff(pub StaffUser);

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let signed_out = || ApiError(StatusCode::UNAUTHORIZED, "please sign in".into());
        let token = cookie_value(&parts.headers).ok_or_else(signed_out)?;
        let user = store::session_user(&state.pool, &token)
            .await?
            .ok_or_else(signed_out)?;
        if parts.method != Method::GET {
            let sent = parts
                .headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if sent != user.csrf {
                return Err(ApiError(
                    StatusCode::FORBIDDEN,
                    "this change did not come from the console (CSRF token missing or wrong)"
                        .into(),
                ));
            }
        }
        Ok(Staff(user))
    }
}

fn require(user: &StaffUser, role: Role) -> Result<(), ApiError> {
    if user.role >= role {
        Ok(())
    } else {
        Err(ApiError(
            StatusCode::FORBIDDEN,
            format!("this needs a {} account", role.as_str()),
        ))
    }
}

fn require_queue(user: &StaffUser, code: &str) -> Result<(), ApiError> {
    if user.runs_queue(code) {
        Ok(())
    } else {
        Err(ApiError(
            StatusCode::FORBIDDEN,
            format!("{} does not run the queue of {code}", user.username),
        ))
    }
}

#[derive(Debug, Deserialize)]
struct Credentials {
    username: String,
    password: String,
}

async fn login(
    State(state): State<AppState>,
    ConnectInfo(Peer(peer)): ConnectInfo<Peer>,
    body: Result<Json<Credentials>, JsonRejection>,
) -> Result<Response, ApiError> {
    // Wrong passwords are limited per address (besides each account's lockout):
    // a whole ward signing in at shift change from one address is not held up.
    let too_many = {
        let mut failures = state.sign_ins.lock().unwrap_or_else(|p| p.into_inner());
        let slot = failures.entry(peer.ip()).or_insert((Instant::now(), 0));
        if slot.0.elapsed().as_secs() >= 60 {
            *slot = (Instant::now(), 0);
        }
        slot.1 >= FAILED_SIGN_INS_PER_MINUTE
    };
    if too_many {
        return Err(ApiError(
            StatusCode::TOO_MANY_REQUESTS,
            "too many wrong sign-ins from this computer; wait a minute".into(),
        ));
    }
    let Json(c) = body?;
    match store::sign_in(&state.pool, c.username.trim(), &c.password).await? {
        SignIn::Accepted(token, user) => {
            let secure = if state.secure_cookies { "; Secure" } else { "" };
            let cookie = format!(
                "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{secure}",
                store::SESSION_HOURS * 3600
            );
            Ok(([(header::SET_COOKIE, cookie)], Json(user)).into_response())
        }
        SignIn::Wrong => {
            let mut failures = state.sign_ins.lock().unwrap_or_else(|p| p.into_inner());
            failures.entry(peer.ip()).or_insert((Instant::now(), 0)).1 += 1;
            Err(ApiError(
                StatusCode::UNAUTHORIZED,
                "the user name or password is wrong".into(),
            ))
        }
        SignIn::Locked { minutes_left } => Err(ApiError(
            StatusCode::FORBIDDEN,
            format!("this account is locked after too many wrong passwords; try again in {minutes_left} min"),
        )),
    }
}

async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some(token) = cookie_value(&headers) {
        store::sign_out(&state.pool, &token).await?;
    }
    let cookie = format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0");
    Ok(([(header::SET_COOKIE, cookie)], StatusCode::NO_CONTENT).into_response())
}

async fn me(Staff(user): Staff) -> Json<StaffUser> {
    Json(user)
}

async fn board(
    State(state): State<AppState>,
    Staff(_): Staff,
) -> Result<Json<Vec<store::BoardRow>>, ApiError> {
    Ok(Json(store::board(&state.pool, (state.today)()).await?))
}

async fn change_department(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(code): Path<String>,
    body: Result<Json<DepartmentChange>, JsonRejection>,
) -> Result<StatusCode, ApiError> {
    require(&user, Role::Manager)?;
    let Json(change) = body?;
    store::change_department(&state.pool, &user, &code, &change).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn desk(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(code): Path<String>,
) -> Result<Json<store::Desk>, ApiError> {
    require_queue(&user, &code)?;
    Ok(Json(
        store::desk(&state.pool, &code, (state.today)()).await?,
    ))
}

async fn act(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(code): Path<String>,
    body: Result<Json<DeskAction>, JsonRejection>,
) -> Result<Json<store::Acted>, ApiError> {
    require_queue(&user, &code)?;
    let Json(action) = body?;
    if let DeskAction::Transfer { to, .. } = &action {
        // A nurse may send a patient anywhere; the receiving desk sees them at once.
        if to == &code {
            return Err(ApiError(
                StatusCode::UNPROCESSABLE_ENTITY,
                "a transfer goes to another department".into(),
            ));
        }
    }
    Ok(Json(
        store::act(&state.pool, &user, &code, (state.today)(), &action).await?,
    ))
}

async fn alerts(
    State(state): State<AppState>,
    Staff(_): Staff,
) -> Result<Json<Vec<store::AlertRow>>, ApiError> {
    Ok(Json(store::open_alerts(&state.pool).await?))
}

async fn acknowledge(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    store::acknowledge(&state.pool, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn fleet(
    State(state): State<AppState>,
    Staff(user): Staff,
) -> Result<Json<Vec<store::FleetRow>>, ApiError> {
    require(&user, Role::Manager)?;
    Ok(Json(store::fleet(&state.pool).await?))
}

async fn audit(
    State(state): State<AppState>,
    Staff(user): Staff,
) -> Result<Json<Vec<store::AuditLine>>, ApiError> {
    require(&user, Role::Manager)?;
    Ok(Json(store::audit_log(&state.pool, 200).await?))
}

async fn undo(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<i64>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let done = store::undo(&state.pool, &user, id).await?;
    Ok(Json(serde_json::json!({ "done": done })))
}

/// Server-sent events: one per change anywhere in the hospital. The stream
/// ends when the hub stops, so a graceful shutdown is not held open by it.
pub(crate) fn events(
    state: &AppState,
) -> Sse<impl Stream<Item = Result<Event, std::convert::Infallible>>> {
    let receiver = state.live.subscribe();
    let stopping = state.stopping.clone();
    let stream = futures_util::stream::unfold(
        (receiver, stopping),
        |(mut rx, mut stopping)| async move {
            if *stopping.borrow() {
                return None;
            }
            let payload = tokio::select! {
                heard = rx.recv() => match heard {
                    Ok(p) => p,
                    // Fell behind: tell the page to reload everything.
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => "reconnected".into(),
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
                },
                _ = stopping.changed() => return None,
            };
            Some((Ok(Event::default().data(payload)), (rx, stopping)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn stream(
    State(state): State<AppState>,
    Staff(_): Staff,
) -> Sse<impl Stream<Item = Result<Event, std::convert::Infallible>>> {
    events(&state)
}

#[derive(Debug, Deserialize)]
struct StatsQuery {
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    #[serde(default)]
    format: Option<String>,
}

impl StatsQuery {
    /// The period asked for; the last 30 days to today when not given.
    fn period(&self, today: chrono::NaiveDate) -> Result<crate::stats::Period, ApiError> {
        let to = self.to.unwrap_or(today);
        let from = self.from.unwrap_or(to - chrono::Duration::days(29));
        if (to - from).num_days() > 366 * 3 {
            return Err(ApiError(
                StatusCode::UNPROCESSABLE_ENTITY,
                "a report covers at most three years".into(),
            ));
        }
        crate::stats::Period::new(from, to)
            .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))
    }
}

fn bad_dates(e: axum::extract::rejection::QueryRejection) -> ApiError {
    ApiError(
        StatusCode::BAD_REQUEST,
        format!("from and to are dates like 2026-12-01: {}", e.body_text()),
    )
}

async fn stats_report(
    State(state): State<AppState>,
    Staff(user): Staff,
    query: Result<axum::extract::Query<StatsQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Html<String>, ApiError> {
    require(&user, Role::Manager)?;
    let axum::extract::Query(q) = query.map_err(bad_dates)?;
    let period = q.period((state.today)())?;
    let summary = store::stats::summary(&state.pool, period).await?;
    let board = store::board(&state.pool, (state.today)()).await?;
    let name = store::hospital_name(&state.pool).await?;
    Ok(Html(crate::stats::render(
        &name,
        "所有终端 · every kiosk",
        period,
        &summary,
        &|code| {
            board
                .iter()
                .find(|d| d.code == code)
                .map(|d| crate::lang::Text::new(d.name_zh.clone(), d.name_en.clone()))
        },
    )))
}

async fn stats_export(
    State(state): State<AppState>,
    Staff(user): Staff,
    query: Result<axum::extract::Query<StatsQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    require(&user, Role::Manager)?;
    let axum::extract::Query(q) = query.map_err(bad_dates)?;
    let period = q.period((state.today)())?;
    let json = match q.format.as_deref() {
        None | Some("csv") => false,
        Some("json") => true,
        Some(other) => {
            return Err(ApiError(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("format is csv or json, not {other:?}"),
            ))
        }
    };
    let body = store::stats::export(&state.pool, period, json).await?;
    let (kind, ext) = if json {
        ("application/json; charset=utf-8", "json")
    } else {
        ("text/csv; charset=utf-8", "csv")
    };
    let file = format!(
        "attachment; filename=\"banzhen-usage-{}-{}.{ext}\"",
        period.from, period.to
    );
    Ok((
        [
            (header::CONTENT_TYPE, kind.to_string()),
            (header::CONTENT_DISPOSITION, file),
        ],
        body,
    )
        .into_response())
}

async fn export_departments(
    State(state): State<AppState>,
    Staff(user): Staff,
) -> Result<Response, ApiError> {
    require(&user, Role::Manager)?;
    let csv = store::departments_csv(&state.pool).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"departments.csv\"",
            ),
        ],
        csv,
    )
        .into_response())
}

#[derive(Debug, Deserialize)]
struct Import {
    csv: String,
    #[serde(default)]
    dry_run: bool,
}

async fn import_departments(
    State(state): State<AppState>,
    Staff(user): Staff,
    body: Result<Json<Import>, JsonRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    require(&user, Role::Manager)?;
    let Json(import) = body?;
    let changes =
        store::import_departments(&state.pool, &user, &import.csv, import.dry_run).await?;
    let lines: Vec<String> = changes.iter().map(ToString::to_string).collect();
    Ok(Json(
        serde_json::json!({ "dry_run": import.dry_run, "changes": lines }),
    ))
}

#[derive(Debug, Deserialize)]
struct NewKiosk {
    name: String,
}

/// Admin: registers a kiosk; its token is in this answer only.
async fn add_kiosk(
    State(state): State<AppState>,
    Staff(user): Staff,
    body: Result<Json<NewKiosk>, JsonRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    require(&user, Role::Admin)?;
    let Json(k) = body?;
    let (letter, token) = store::add_kiosk(&state.pool, &user.username, k.name.trim()).await?;
    Ok(Json(
        serde_json::json!({ "name": k.name.trim(), "letter": letter, "token": token }),
    ))
}

async fn revoke_kiosk(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(name): Path<String>,
) -> Result<StatusCode, ApiError> {
    require(&user, Role::Admin)?;
    store::revoke_kiosk(&state.pool, &user.username, &name).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn accounts(
    State(state): State<AppState>,
    Staff(user): Staff,
) -> Result<Json<Vec<store::Account>>, ApiError> {
    require(&user, Role::Admin)?;
    Ok(Json(store::accounts(&state.pool).await?))
}

#[derive(Debug, Deserialize)]
struct NewAccount {
    username: String,
    role: Role,
    #[serde(default)]
    departments: Vec<String>,
}

/// Admin: adds an account or gives one a new password; the password is in
/// this answer only (the person changes nothing else about it here).
async fn set_account(
    State(state): State<AppState>,
    Staff(user): Staff,
    body: Result<Json<NewAccount>, JsonRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    require(&user, Role::Admin)?;
    let Json(a) = body?;
    let password = store::new_secret().map_err(|e| {
        ApiError(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("no random numbers: {e}"),
        )
    })?[..16]
        .to_string();
    store::set_account(
        &state.pool,
        &user.username,
        a.username.trim(),
        &password,
        a.role,
        &a.departments,
    )
    .await?;
    Ok(Json(
        serde_json::json!({ "username": a.username.trim(), "password": password }),
    ))
}
