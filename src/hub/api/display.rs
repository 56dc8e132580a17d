//! The calling display for a waiting-room TV: `/display?departments=03.04,13`
//! shows the numbers being called and their rooms in very large type, and
//! the next few; each call is spoken in Mandarin, then English, with audio
//! made by espeak-ng on the hub. The page queues calls so one never cuts
//! off another. Only numbers and rooms appear: never a name.
//!
//! No sign-in: a display shows what the waiting room already hears.

use super::{ApiError, AppState};
use crate::lang::Lang;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::sse::{Event, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use futures_util::Stream;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Calls a display lists (the newest large, the rest below).
const RECENT_CALLS: i64 = 6;
/// Waiting numbers shown as "next" per department.
const NEXT: usize = 3;
/// Spoken calls kept in memory; older ones are made again if asked for.
const AUDIO_KEPT: usize = 64;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/display", get(page))
        .route("/api/display/calls", get(calls))
        .route("/api/display/stream", get(stream))
        .route("/api/display/audio/{id}/{lang}", get(audio))
}

async fn page() -> Html<&'static str> {
    Html(include_str!("../../../assets/hub/display.html"))
}

#[derive(Debug, Deserialize)]
struct Which {
    /// Department codes, comma-separated; all when absent.
    #[serde(default)]
    departments: String,
}

impl Which {
    fn codes(&self) -> Vec<String> {
        self.departments
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect()
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Call {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub label: String,
    pub department: String,
    pub name_zh: String,
    pub name_en: String,
    pub room: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Next {
    pub department: String,
    pub name_zh: String,
    pub name_en: String,
    pub labels: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Board {
    pub calls: Vec<Call>,
    pub next: Vec<Next>,
}

async fn calls(
    State(state): State<AppState>,
    Query(which): Query<Which>,
) -> Result<Json<Board>, ApiError> {
    let codes = which.codes();
    let all = codes.is_empty();
    let day = (state.today)();
    let client = state
        .pool
        .get()
        .await
        .map_err(crate::hub::store::HubStoreError::from)?;
    let db = |e: tokio_postgres::Error| ApiError::from(crate::hub::store::HubStoreError::from(e));
    let calls = client
        .query(
            "SELECT c.id, c.at, c.label, c.department, d.name_zh, d.name_en, c.room
             FROM calls c JOIN departments d ON d.code = c.department
             WHERE ($1 OR c.department = ANY($2)) AND c.at::date >= $3::date - 1
             ORDER BY c.id DESC LIMIT $4",
            &[&all, &codes, &day, &RECENT_CALLS],
        )
        .await
        .map_err(db)?
        .iter()
        .map(|r| Call {
            id: r.get(0),
            at: r.get(1),
            label: r.get(2),
            department: r.get(3),
            name_zh: r.get(4),
            name_en: r.get(5),
            room: r.get(6),
        })
        .collect();
    let rows = client
        .query(
            "SELECT d.code, d.name_zh, d.name_en,
                 ARRAY(SELECT t.label FROM tickets t WHERE t.department = d.code AND t.day = $3
                       AND t.status = 'waiting' ORDER BY t.priority DESC, t.issued_at, t.id LIMIT $4)
             FROM departments d WHERE ($1 OR d.code = ANY($2)) ORDER BY d.sort",
            &[&all, &codes, &day, &(NEXT as i64)],
        )
        .await
        .map_err(db)?;
    let next = rows
        .iter()
        .map(|r| Next {
            department: r.get(0),
            name_zh: r.get(1),
            name_en: r.get(2),
            labels: r.get(3),
        })
        .filter(|n| !n.labels.is_empty())
        .collect();
    Ok(Json(Board { calls, next }))
}

async fn stream(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, std::convert::Infallible>>> {
    super::console::events(&state)
}

/// "C012" read as the kiosk reads it: the letters one by one, then the number.
fn spoken_label(label: &str, lang: Lang) -> String {
    let letters: String = label
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let digits: String = label
        .chars()
        .skip_while(|c| c.is_ascii_alphabetic())
        .collect();
    let number = digits
        .parse::<u32>()
        .map(|n| n.to_string())
        .unwrap_or(digits);
    let spelled: Vec<String> = letters.chars().map(String::from).collect();
    match lang {
        Lang::Zh => format!("{} {}", spelled.join(" "), number),
        Lang::En => format!("{}, {}", spelled.join(" "), number),
    }
}

/// The sentence a call is spoken as.
pub fn call_sentence(label: &str, room: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "请 {} 号，到 {} 诊室就诊。",
            spoken_label(label, lang),
            room
        ),
        Lang::En => format!(
            "Number {}, please go to room {}.",
            spoken_label(label, lang),
            room
        ),
    }
}

async fn audio(
    State(state): State<AppState>,
    Path((id, lang)): Path<(i64, String)>,
) -> Result<Response, ApiError> {
    let lang = match lang.as_str() {
        "zh" => Lang::Zh,
        "en" => Lang::En,
        other => {
            return Err(ApiError(
                StatusCode::NOT_FOUND,
                format!("no voice for {other:?}: zh or en"),
            ))
        }
    };
    let cached = state
        .audio
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&(id, lang))
        .cloned();
    let wav = match cached {
        Some(wav) => wav,
        None => {
            let client = state
                .pool
                .get()
                .await
                .map_err(crate::hub::store::HubStoreError::from)?;
            let row = client
                .query_opt("SELECT label, room FROM calls WHERE id = $1", &[&id])
                .await
                .map_err(crate::hub::store::HubStoreError::from)?
                .ok_or_else(|| ApiError(StatusCode::NOT_FOUND, format!("there is no call {id}")))?;
            let sentence = call_sentence(&row.get::<_, String>(0), &row.get::<_, String>(1), lang);
            let wav = tokio::task::spawn_blocking(move || speak(&sentence, lang))
                .await
                .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))??;
            let wav = Arc::new(wav);
            let mut kept = state.audio.lock().unwrap_or_else(|p| p.into_inner());
            if kept.len() >= AUDIO_KEPT {
                // Calls only grow: the smallest ids are the oldest.
                if let Some(oldest) = kept.keys().min().copied() {
                    kept.remove(&oldest);
                }
            }
            kept.insert((id, lang), Arc::clone(&wav));
            wav
        }
    };
    Ok((
        [
            (header::CONTENT_TYPE, "audio/wav"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        wav.as_ref().clone(),
    )
        .into_response())
}

fn speak(sentence: &str, lang: Lang) -> Result<Vec<u8>, ApiError> {
    let unavailable = |why: String| {
        ApiError(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the hub cannot speak calls ({why}); install espeak-ng"),
        )
    };
    let dir = tempfile::tempdir().map_err(|e| unavailable(e.to_string()))?;
    let out = dir.path().join("call.wav");
    crate::speech::tts::say_to_wav(sentence, lang, 140, &out)
        .map_err(|e| unavailable(e.to_string()))?;
    std::fs::read(&out).map_err(|e| unavailable(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_is_spoken_letter_by_letter_with_its_room() {
        assert_eq!(
            call_sentence("C012", "305", Lang::Zh),
            "请 C 12 号，到 305 诊室就诊。"
        );
        assert_eq!(
            call_sentence("CA007", "B2-101", Lang::En),
            "Number C A, 7, please go to room B2-101."
        );
    }
}
