//! Kiosks: registration with a token shown once (only its hash is kept) and
//! a letter for the numbers it issues offline, revocation that takes effect
//! on the next request, and what kiosks report: alerts and anonymous usage
//! events, each accepted once however often it is sent.

use super::{hex_sha256, HubStoreError};
use chrono::{DateTime, Utc};
use deadpool_postgres::Pool;
use serde::{Deserialize, Serialize};

/// A kiosk that presented a valid, unrevoked token.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct KioskId {
    pub id: i32,
    pub name: String,
    pub letter: String,
}

/// A new random token: 32 bytes from the operating system, as hex.
pub fn new_secret() -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

pub(crate) fn valid_name(name: &str) -> bool {
    (1..=40).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// Letters in the order kiosks get them: A … Z, then AA … ZZ.
fn letters() -> impl Iterator<Item = String> {
    let single = ('A'..='Z').map(String::from);
    let double = ('A'..='Z').flat_map(|a| ('A'..='Z').map(move |b| format!("{a}{b}")));
    single.chain(double)
}

/// Registers a kiosk and returns its letter and token; the token is shown
/// once, since only its hash is kept. `actor` is who did it, for the audit log.
pub async fn add_kiosk(
    pool: &Pool,
    actor: &str,
    name: &str,
) -> Result<(String, String), HubStoreError> {
    if !valid_name(name) {
        return Err(HubStoreError::BadKioskName(name.to_string()));
    }
    let token = new_secret().map_err(HubStoreError::Random)?;
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    tx.execute("LOCK TABLE kiosks IN SHARE ROW EXCLUSIVE MODE", &[])
        .await?;
    if tx
        .query_opt("SELECT 1 FROM kiosks WHERE name = $1", &[&name])
        .await?
        .is_some()
    {
        return Err(HubStoreError::KioskExists(name.to_string()));
    }
    let taken: Vec<String> = tx
        .query("SELECT letter FROM kiosks", &[])
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let letter = letters()
        .find(|l| !taken.contains(l))
        .ok_or(HubStoreError::NoLetterLeft)?;
    tx.execute(
        "INSERT INTO kiosks (name, letter, token_sha256) VALUES ($1, $2, $3)",
        &[&name, &letter, &hex_sha256(&token)],
    )
    .await?;
    super::audit(&tx, actor, "add kiosk", &format!("{name} ({letter})"), None).await?;
    tx.commit().await?;
    Ok((letter, token))
}

/// Revokes a kiosk's token at once; its tickets stay.
pub async fn revoke_kiosk(pool: &Pool, actor: &str, name: &str) -> Result<(), HubStoreError> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    let n = tx
        .execute(
            "UPDATE kiosks SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL",
            &[&name],
        )
        .await?;
    if n == 0 {
        return Err(HubStoreError::NoSuchKiosk(name.to_string()));
    }
    // Every hub process forgets the tokens it trusted.
    tx.execute("SELECT pg_notify('banzhen', 'kiosks')", &[])
        .await?;
    super::audit(&tx, actor, "revoke kiosk", name, None).await?;
    tx.commit().await?;
    Ok(())
}

/// The kiosk a token belongs to, if it is known and not revoked; marks it seen.
pub async fn kiosk_for_token(
    pool: &Pool,
    token: &str,
    app_version: &str,
    speech: Option<bool>,
) -> Result<Option<KioskId>, HubStoreError> {
    let client = pool.get().await?;
    let row = client
        .query_opt(
            "UPDATE kiosks SET last_seen = now(), app_version = $2, speech = COALESCE($3, speech)
             WHERE token_sha256 = $1 AND revoked_at IS NULL RETURNING id, name, letter",
            &[&hex_sha256(token), &app_version, &speech],
        )
        .await?;
    Ok(row.map(|r| KioskId {
        id: r.get(0),
        name: r.get(1),
        letter: r.get(2),
    }))
}

/// An alert raised at a kiosk ("call staff", an emergency found, a fault).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct KioskAlert {
    /// The kiosk's own id for it: sending it twice records it once.
    pub key: String,
    pub at: DateTime<Utc>,
    pub kind: String,
    pub message: String,
}

/// Records alerts; returns how many were new.
pub async fn record_alerts(
    pool: &Pool,
    kiosk: &KioskId,
    alerts: &[KioskAlert],
) -> Result<u64, HubStoreError> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    let mut added = 0;
    for a in alerts {
        if !matches!(a.kind.as_str(), "help" | "emergency" | "system") {
            return Err(HubStoreError::Invalid(format!(
                "alert kind {:?} is not help, emergency or system",
                a.kind
            )));
        }
        added += tx
            .execute(
                "INSERT INTO alerts (kiosk_id, alert_key, at, kind, message) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (kiosk_id, alert_key) DO NOTHING",
                &[&kiosk.id, &a.key, &a.at, &a.kind, &a.message.chars().take(500).collect::<String>()],
            )
            .await?;
    }
    tx.execute("SELECT pg_notify('banzhen', 'alerts')", &[])
        .await?;
    tx.commit().await?;
    Ok(added)
}

/// One anonymous usage event, as the kiosk recorded it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct KioskEvent {
    pub key: String,
    pub at: DateTime<Utc>,
    pub visit: i64,
    pub kind: String,
    pub lang: Option<String>,
    pub channel: String,
    pub department_code: Option<String>,
    pub place_kind: Option<String>,
}

/// Records usage events; returns how many were new.
pub async fn record_events(
    pool: &Pool,
    kiosk: &KioskId,
    events: &[KioskEvent],
) -> Result<u64, HubStoreError> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    let insert = tx
        .prepare(
            "INSERT INTO usage_events (kiosk_id, event_key, at, visit, kind, lang, channel, department_code, place_kind)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (kiosk_id, event_key) DO NOTHING",
        )
        .await?;
    let mut added = 0;
    for e in events {
        added += tx
            .execute(
                &insert,
                &[
                    &kiosk.id,
                    &e.key,
                    &e.at,
                    &e.visit,
                    &e.kind,
                    &e.lang,
                    &e.channel,
                    &e.department_code,
                    &e.place_kind,
                ],
            )
            .await
            .map_err(|err| match err.as_db_error() {
                // A CHECK constraint: the kiosk sent something the hub does not keep.
                Some(db) if db.code() == &tokio_postgres::error::SqlState::CHECK_VIOLATION => {
                    HubStoreError::Invalid(format!("usage event {}: {}", e.key, db.message()))
                }
                _ => HubStoreError::Postgres(err),
            })?;
    }
    tx.commit().await?;
    Ok(added)
}
