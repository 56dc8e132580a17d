//! The hub's HTTP side, on axum: the kiosk API ([`kiosk`]), and what every
//! part shares: the state, errors as a status with a sentence, the router.
//!
//! Every kiosk request carries `Authorization: Bearer <token>`; an unknown
//! or revoked token gets 401 before anything else is read. Bad input gets a
//! 4xx with a JSON `{"error": "..."}` sentence, never a panic; bodies are
//! capped at 256 KiB; each kiosk may send at most its rate of requests a
//! second ([`DEFAULT_KIOSK_RATE`] unless the hub is told otherwise), beyond
//! which it gets 429 with `Retry-After`.

pub mod console;
pub mod display;
pub mod kiosk;

use super::store::{self, HubStoreError, KioskId};
use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{Local, NaiveDate};
use deadpool_postgres::Pool;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Requests a second one kiosk may make by default: a kiosk in use makes a
/// few a minute, so more is a fault or someone with a stolen token.
pub const DEFAULT_KIOSK_RATE: u32 = 50;

/// How long a checked kiosk token is trusted before it is checked again
/// (which also marks the kiosk seen). A revocation clears every hub's
/// memory of tokens at once, through the database's notification.
pub const KIOSK_RECHECK: std::time::Duration = std::time::Duration::from_secs(10);

/// A kiosk token checked recently: the kiosk, when, and what it told then.
pub(crate) struct CheckedToken {
    kiosk: KioskId,
    checked: Instant,
    version: String,
    speech: Option<bool>,
}

pub(crate) type CheckedTokens = HashMap<String, CheckedToken>;

/// WAV files of calls already spoken, by call id and language.
pub(crate) type SpokenCalls = HashMap<(i64, crate::lang::Lang), Arc<Vec<u8>>>;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub kiosk_rate: u32,
    /// Requests counted per kiosk in the current second.
    rate: Arc<Mutex<HashMap<i32, (Instant, u32)>>>,
    /// Kiosk tokens checked recently, so a busy kiosk costs no write per request.
    pub(crate) kiosks: Arc<Mutex<CheckedTokens>>,
    /// Wrong sign-ins per address in the current minute.
    pub(crate) sign_ins: Arc<Mutex<HashMap<std::net::IpAddr, (Instant, u32)>>>,
    /// What changed, from every hub process (see [`crate::hub::live`]).
    pub live: tokio::sync::broadcast::Sender<String>,
    /// Spoken calls already made, by call and language.
    pub(crate) audio: Arc<Mutex<SpokenCalls>>,
    /// Becomes true when the hub is stopping: live streams end.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// Cookies carry `Secure` when the hub is served over TLS.
    pub secure_cookies: bool,
    /// The day numbers are issued for; tests and a hospital's time zone come through here.
    pub today: Arc<dyn Fn() -> NaiveDate + Send + Sync>,
}

impl AppState {
    pub fn new(
        pool: Pool,
        kiosk_rate: u32,
        live: tokio::sync::broadcast::Sender<String>,
        stopping: tokio::sync::watch::Receiver<bool>,
    ) -> Self {
        AppState {
            stopping,
            pool,
            kiosk_rate,
            rate: Arc::default(),
            kiosks: Arc::default(),
            sign_ins: Arc::default(),
            live,
            audio: Arc::default(),
            secure_cookies: false,
            today: Arc::new(|| Local::now().date_naive()),
        }
    }
}

/// An API error: its status and a sentence for the kiosk's log or the console.
#[derive(Debug)]
pub struct ApiError(pub StatusCode, pub String);

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
            HubStoreError::BadKioskName(_) | HubStoreError::Invalid(_) | HubStoreError::Data(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            HubStoreError::Pool(_)
            | HubStoreError::Postgres(_)
            | HubStoreError::Random(_)
            | HubStoreError::NoLetterLeft => {
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
        let speech = match parts
            .headers
            .get(crate::sync::link::SPEECH_HEADER)
            .and_then(|v| v.to_str().ok())
        {
            Some("on") => Some(true),
            Some("off") => Some(false),
            _ => None,
        };
        // Trusted if checked lately and nothing the fleet page shows has changed.
        let known = state
            .kiosks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(token)
            .filter(|c| {
                c.checked.elapsed() < KIOSK_RECHECK && c.version == version && c.speech == speech
            })
            .map(|c| c.kiosk.clone());
        let kiosk = match known {
            Some(k) => k,
            None => {
                // Checking marks the kiosk seen, for the fleet page.
                let k = store::kiosk_for_token(&state.pool, token, &version, speech)
                    .await?
                    .ok_or_else(|| {
                        ApiError(
                            StatusCode::UNAUTHORIZED,
                            "this kiosk token is unknown or was revoked".into(),
                        )
                    })?;
                state
                    .kiosks
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(
                        token.to_string(),
                        CheckedToken {
                            kiosk: k.clone(),
                            checked: Instant::now(),
                            version,
                            speech,
                        },
                    );
                k
            }
        };
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
        .merge(kiosk::routes())
        .merge(console::routes())
        .merge(display::routes())
        .layer(DefaultBodyLimit::max(256 * 1024))
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
