//! The kiosk's HTTP client for the hub: blocking (the kiosk's work runs on
//! plain threads), with short timeouts so a patient never waits long on a
//! hub that is gone, and a pause after a failure so the next patient does
//! not wait on it again.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Tells the hub whether the kiosk can listen ("on" or "off").
pub const SPEECH_HEADER: &str = "x-banzhen-speech";

/// A request to the hub gives up after this long.
const TIMEOUT: Duration = Duration::from_secs(2);
/// After a failure, patients' requests skip the hub for this long; the
/// background sync keeps trying and ends the pause as soon as it answers.
const PAUSE: Duration = Duration::from_secs(20);

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    /// No answer, a timeout, the hub's own trouble (5xx), or "slow down" (429).
    #[error("the hub at {url} is out of reach: {why}")]
    Unreachable { url: String, why: String },
    /// The hub answered and refused: the request itself is wrong.
    #[error("the hub refused ({status}): {message}")]
    Refused { status: u16, message: String },
    #[error("the hub's answer was not understood: {0}")]
    Reply(String),
}

/// The certificates an `https://` hub is checked against: those in the PEM
/// file `BANZHEN_HUB_CA` names (a hospital's own CA), else the system's.
/// An unreadable file trusts nothing, so the hub is refused, never trusted blindly.
fn root_certs() -> ureq::tls::RootCerts {
    let Some(path) = std::env::var_os(CA_VARIABLE) else {
        return ureq::tls::RootCerts::PlatformVerifier;
    };
    let certs: Vec<ureq::tls::Certificate<'static>> = std::fs::read(&path)
        .map(|pem| {
            ureq::tls::parse_pem(&pem)
                .filter_map(|item| match item {
                    Ok(ureq::tls::PemItem::Certificate(c)) => Some(c.to_owned()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_else(|e| {
            tracing::error!("cannot read {}: {e}", std::path::Path::new(&path).display());
            Vec::new()
        });
    ureq::tls::RootCerts::new_with_certs(&certs)
}

/// The environment variable naming the CA certificate (PEM) a kiosk trusts for its hub.
pub const CA_VARIABLE: &str = "BANZHEN_HUB_CA";

pub struct Link {
    base: String,
    token: String,
    agent: ureq::Agent,
    paused_until: Mutex<Option<Instant>>,
    /// Whether this kiosk can listen, told to the hub with every request.
    speech: std::sync::atomic::AtomicBool,
}

impl Link {
    pub fn new(base: &str, token: &str) -> Link {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(TIMEOUT))
            .user_agent(concat!("banzhen-kiosk/", env!("CARGO_PKG_VERSION")))
            .tls_config(
                ureq::tls::TlsConfig::builder()
                    .root_certs(root_certs())
                    .build(),
            )
            .build()
            .into();
        Link {
            base: base.trim_end_matches('/').to_string(),
            token: token.to_string(),
            agent,
            paused_until: Mutex::new(None),
            speech: std::sync::atomic::AtomicBool::new(false),
        }
    }

    pub fn set_speech(&self, on: bool) {
        self.speech.store(on, std::sync::atomic::Ordering::Relaxed);
    }

    fn speech_header(&self) -> &'static str {
        if self.speech.load(std::sync::atomic::Ordering::Relaxed) {
            "on"
        } else {
            "off"
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// True while patients' requests should not wait on the hub.
    pub fn paused(&self) -> bool {
        let paused = self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        paused.is_some_and(|until| Instant::now() < until)
    }

    fn note<T>(&self, result: &Result<T, LinkError>) {
        let mut paused = self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        *paused = match result {
            Err(LinkError::Unreachable { .. }) => Some(Instant::now() + PAUSE),
            _ => None,
        };
    }

    fn unreachable(&self, why: impl ToString) -> LinkError {
        LinkError::Unreachable {
            url: self.base.clone(),
            why: why.to_string(),
        }
    }

    fn read<T: DeserializeOwned>(
        &self,
        response: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<(u16, T), LinkError> {
        let mut response = response.map_err(|e| self.unreachable(e))?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .read_to_string()
            .map_err(|e| self.unreachable(e))?;
        if status == 429 || status >= 500 {
            return Err(self.unreachable(format!("status {status}")));
        }
        if status >= 400 {
            let message = serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| v["error"].as_str().map(str::to_string))
                .unwrap_or(text);
            return Err(LinkError::Refused { status, message });
        }
        serde_json::from_str(&text)
            .map(|v| (status, v))
            .map_err(|e| LinkError::Reply(format!("{e}")))
    }

    pub fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, LinkError> {
        let response = self
            .agent
            .get(&format!("{}{path}", self.base))
            .header("Authorization", &format!("Bearer {}", self.token))
            .header(SPEECH_HEADER, self.speech_header())
            .call();
        let result = self.read(response).map(|(_, v)| v);
        self.note(&result);
        result
    }

    pub fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T, LinkError> {
        let response = self
            .agent
            .post(&format!("{}{path}", self.base))
            .header("Authorization", &format!("Bearer {}", self.token))
            .header(SPEECH_HEADER, self.speech_header())
            .send_json(body);
        let result = self.read(response).map(|(_, v)| v);
        self.note(&result);
        result
    }
}
