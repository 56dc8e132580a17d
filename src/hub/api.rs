//! The hub's HTTP API for kiosks, on axum.
//!
//! Every kiosk request carries `Authorization: Bearer <token>`; an unknown
//! or revoked token gets 401 before anything else is read. Bad input gets a
//! 4xx with a JSON `{"error": "..."}` sentence, never a panic; bodies are
//! capped at 16 KiB; each kiosk may send at most its rate of requests a
//! second ([`DEFAULT_KIOSK_RATE`] unless the hub is told otherwise), beyond
//! which it gets 429 with `Retry-After`.

use super::store::{self, HubStoreError, KioskId};
use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{Local, NaiveDate};
use deadpool_postgres::Pool;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Requests a second one kiosk may make by default: a kiosk in use makes a
/// few a minute, so more is a fault or someone with a stolen token.
pub const DEFAULT_KIOSK_RATE: u32 = 50;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub kiosk_rate: u32,
    /// Requests counted per kiosk in the current second.
    rate: Arc<Mutex<HashMap<i32, (Instant, u32)>>>,
    /// The day numbers are issued for; tests and a hospital's time zone come through here.
    pub today: Arc<dyn Fn() -> NaiveDate + Send + Sync>,
}

impl AppState {
    pub fn new(pool: Pool, kiosk_rate: u32) -> Self {
        AppState {
            pool,
            kiosk_rate,
            rate: Arc::default(),
            today: Arc::new(|| Local::now().date_naive()),
        }
    }
}

/// An API error: its status and a sentence for the kiosk's log.
#[derive(Debug)]
pub struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.0, Json(serde_json::json!({ "error": self.1 }))).into_response();
        if self.0 == StatusCode::TOO_MANY_REQUESTS {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
        }
        response
    }
}

impl From<HubStoreError> for ApiError {
    fn from(e: HubStoreError) -> Self {
        let status = match &e {
            HubStoreError::UnknownDepartment(_) | HubStoreError::NoSuchKiosk(_) => {
                StatusCode::NOT_FOUND
            }
            HubStoreError::NotTaking { .. } | HubStoreError::KioskExists(_) => StatusCode::CONFLICT,
            HubStoreError::BadKioskName(_) => StatusCode::BAD_REQUEST,
            HubStoreError::Pool(_) | HubStoreError::Postgres(_) => {
                tracing::error!("hub database: {e}");
                return ApiError(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the hub's database is not answering; try again shortly".into(),
                );
            }
        };
        ApiError(status, e.to_string())
    }
}

impl From<JsonRejection> for ApiError {
    fn from(e: JsonRejection) -> Self {
        ApiError(
            e.status(),
            format!(
                "the request body is not what this endpoint takes: {}",
                e.body_text()
            ),
        )
    }
}

/// The kiosk behind a request's bearer token.
pub struct Kiosk(pub KioskId);

impl FromRequestParts<AppState> for Kiosk {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                ApiError(
                    StatusCode::UNAUTHORIZED,
                    "a kiosk request needs 'Authorization: Bearer <token>'".into(),
                )
            })?;
        let version = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .chars()
            .take(60)
            .collect::<String>();
        let kiosk = store::kiosk_for_token(&state.pool, token, &version)
            .await?
            .ok_or_else(|| {
                ApiError(
                    StatusCode::UNAUTHORIZED,
                    "this kiosk token is unknown or was revoked".into(),
                )
            })?;
        let mut rate = state.rate.lock().unwrap_or_else(|p| p.into_inner());
        let slot = rate.entry(kiosk.id).or_insert((Instant::now(), 0));
        if slot.0.elapsed().as_secs() >= 1 {
            *slot = (Instant::now(), 0);
        }
        slot.1 += 1;
        if slot.1 > state.kiosk_rate {
            return Err(ApiError(
                StatusCode::TOO_MANY_REQUESTS,
                format!(
                    "more than {} requests in a second from kiosk {}",
                    state.kiosk_rate, kiosk.name
                ),
            ));
        }
        Ok(Kiosk(kiosk))
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/api/v1/tickets", post(take_ticket))
        .route("/api/v1/queues/{code}", get(queue))
        .route("/api/v1/directory", get(directory))
        .layer(DefaultBodyLimit::max(16 * 1024))
        .with_state(state)
}

async fn healthz(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    let client = state.pool.get().await.map_err(HubStoreError::from)?;
    let version: i32 = client
        .query_one("SELECT coalesce(max(version), 0) FROM hub_schema", &[])
        .await
        .map_err(HubStoreError::from)?
        .get(0);
    Ok(Json(serde_json::json!({ "ok": true, "schema": version })))
}

#[derive(Debug, Serialize, Deserialize)]
pub struct TicketRequest {
    pub department: String,
    /// Chosen by the kiosk, unique among its requests: a retry sends the same key.
    pub request_key: String,
}

async fn take_ticket(
    State(state): State<AppState>,
    Kiosk(kiosk): Kiosk,
    body: Result<Json<TicketRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(request) = body?;
    let key = request.request_key.trim();
    if !(8..=100).contains(&key.len()) || !key.chars().all(|c| c.is_ascii_graphic()) {
        return Err(ApiError(
            StatusCode::UNPROCESSABLE_ENTITY,
            "request_key must be 8 to 100 printable ASCII characters".into(),
        ));
    }
    let outcome = store::issue(
        &state.pool,
        &kiosk,
        request.department.trim(),
        key,
        (state.today)(),
    )
    .await?;
    let status = if outcome.replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((status, Json(outcome.issued)).into_response())
}

async fn queue(
    State(state): State<AppState>,
    Kiosk(_): Kiosk,
    Path(code): Path<String>,
) -> Result<Json<store::QueueView>, ApiError> {
    Ok(Json(
        store::queue(&state.pool, &code, (state.today)()).await?,
    ))
}

#[derive(Debug, Deserialize)]
struct Since {
    #[serde(default)]
    since: i64,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Directory {
    pub version: i64,
    pub changed: Vec<store::DepartmentState>,
}

async fn directory(
    State(state): State<AppState>,
    Kiosk(_): Kiosk,
    since: Result<Query<Since>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Directory>, ApiError> {
    let Query(Since { since }) = since.map_err(|e| {
        ApiError(
            StatusCode::BAD_REQUEST,
            format!("'since' must be a version number: {}", e.body_text()),
        )
    })?;
    let (changed, version) = store::directory_since(&state.pool, since).await?;
    Ok(Json(Directory { version, changed }))
}
