//! The endpoints kiosks call: who am I, take a number, hand in numbers
//! issued offline, the live queues, directory changes since a version, and
//! alerts and usage events. Every write is keyed by the kiosk, so a retry is
//! answered with what the first try made.

use super::{ApiError, AppState, Kiosk};
use crate::hub::store::{self, KioskAlert, KioskEvent, KioskId, OfflineTicket};
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

/// Events or alerts one request may carry; a kiosk sends more in several.
pub const MAX_BATCH: usize = 500;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/me", get(me))
        .route("/api/v1/tickets", post(take_ticket))
        .route("/api/v1/offline-tickets", post(offline_ticket))
        .route("/api/v1/queues", get(all_queues))
        .route("/api/v1/queues/{code}", get(queue))
        .route("/api/v1/directory", get(directory))
        .route("/api/v1/events", post(events))
        .route("/api/v1/alerts", post(alerts))
}

async fn me(Kiosk(kiosk): Kiosk) -> Json<KioskId> {
    Json(kiosk)
}

#[derive(Debug, Serialize, Deserialize)]
pub struct TicketRequest {
    pub department: String,
    /// Chosen by the kiosk, unique among its requests: a retry sends the same key.
    pub request_key: String,
}

fn check_key(key: &str) -> Result<&str, ApiError> {
    let key = key.trim();
    if (8..=100).contains(&key.len()) && key.chars().all(|c| c.is_ascii_graphic()) {
        Ok(key)
    } else {
        Err(ApiError(
            StatusCode::UNPROCESSABLE_ENTITY,
            "request_key must be 8 to 100 printable ASCII characters".into(),
        ))
    }
}

fn answered(outcome: store::Outcome) -> Response {
    let status = if outcome.replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    (status, Json(outcome.issued)).into_response()
}

async fn take_ticket(
    State(state): State<AppState>,
    Kiosk(kiosk): Kiosk,
    body: Result<Json<TicketRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(request) = body?;
    let key = check_key(&request.request_key)?;
    let today = (state.today)();
    let outcome = store::issue(&state.pool, &kiosk, request.department.trim(), key, today).await?;
    Ok(answered(outcome))
}

async fn offline_ticket(
    State(state): State<AppState>,
    Kiosk(kiosk): Kiosk,
    body: Result<Json<OfflineTicket>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(ticket) = body?;
    check_key(&ticket.request_key)?;
    let outcome = store::accept_offline(&state.pool, &kiosk, &ticket).await?;
    Ok(answered(outcome))
}

async fn all_queues(
    State(state): State<AppState>,
    Kiosk(_): Kiosk,
) -> Result<Json<Vec<store::QueueView>>, ApiError> {
    Ok(Json(
        store::queues(&state.pool, None, (state.today)()).await?,
    ))
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

async fn directory(
    State(state): State<AppState>,
    Kiosk(_): Kiosk,
    since: Result<Query<Since>, QueryRejection>,
) -> Result<Json<store::Directory>, ApiError> {
    let Query(Since { since }) = since.map_err(|e| {
        ApiError(
            StatusCode::BAD_REQUEST,
            format!("'since' must be a version number: {}", e.body_text()),
        )
    })?;
    Ok(Json(store::directory_since(&state.pool, since).await?))
}

/// How many of a batch were new (the rest had been sent before).
#[derive(Debug, Serialize, Deserialize)]
pub struct Accepted {
    pub new: u64,
}

fn check_batch<T>(items: &[T]) -> Result<(), ApiError> {
    if items.len() > MAX_BATCH {
        return Err(ApiError(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("at most {MAX_BATCH} in one request, not {}", items.len()),
        ));
    }
    Ok(())
}

async fn events(
    State(state): State<AppState>,
    Kiosk(kiosk): Kiosk,
    body: Result<Json<Vec<KioskEvent>>, JsonRejection>,
) -> Result<Json<Accepted>, ApiError> {
    let Json(events) = body?;
    check_batch(&events)?;
    let new = store::record_events(&state.pool, &kiosk, &events).await?;
    Ok(Json(Accepted { new }))
}

async fn alerts(
    State(state): State<AppState>,
    Kiosk(kiosk): Kiosk,
    body: Result<Json<Vec<KioskAlert>>, JsonRejection>,
) -> Result<Json<Accepted>, ApiError> {
    let Json(alerts) = body?;
    check_batch(&alerts)?;
    let new = store::record_alerts(&state.pool, &kiosk, &alerts).await?;
    Ok(Json(Accepted { new }))
}
