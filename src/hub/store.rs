//! The hub's data in PostgreSQL: departments (loaded from the same files as
//! a kiosk's), kiosks and their tokens, and queue numbers.
//!
//! Guarantees: a number is issued in one transaction that bumps the
//! department's counter row for the day (`INSERT … ON CONFLICT DO UPDATE …
//! RETURNING`), so two kiosks never get the same number, and UNIQUE
//! constraints stand behind the counter. A kiosk's request key is unique for
//! that kiosk: a retried request returns the ticket it already made, and a
//! request that lost a race with its own retry rolls back, counter included,
//! so it leaves no gap.

use crate::hospital::Hospital;
use crate::queue::{Issued, Ticket, TicketStatus};
use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Utc};
use deadpool_postgres::{GenericClient, Pool};
use sha2::{Digest, Sha256};
use tokio_postgres::Row;

#[derive(Debug, thiserror::Error)]
pub enum HubStoreError {
    #[error("there is no department with code {0}")]
    UnknownDepartment(String),
    #[error("{name} is {status} and is not taking numbers{note}")]
    NotTaking {
        name: String,
        status: String,
        note: String,
    },
    #[error("there is already a kiosk named {0}")]
    KioskExists(String),
    #[error("there is no kiosk named {0}")]
    NoSuchKiosk(String),
    #[error("a kiosk name is 1 to 40 letters, digits, '.', '_' or '-', not {0:?}")]
    BadKioskName(String),
    #[error("the hub database is unreachable: {0}")]
    Pool(#[from] deadpool_postgres::PoolError),
    #[error(transparent)]
    Postgres(#[from] tokio_postgres::Error),
}

/// A kiosk that presented a valid, unrevoked token.
#[derive(Debug, Clone)]
pub struct KioskId {
    pub id: i32,
    pub name: String,
}

pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A new random token: 32 bytes from the operating system, as hex.
pub fn new_token() -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Puts the hospital's departments in the hub: new ones added, changed ones
/// updated (and their version bumped so kiosks pull them), none removed,
/// since tickets refer to them. Returns how many were added or changed.
pub async fn load_departments(pool: &Pool, hospital: &Hospital) -> Result<u64, HubStoreError> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    let mut changed = 0;
    for (sort, d) in hospital.departments.iter().enumerate() {
        changed += tx
            .execute(
                "INSERT INTO departments AS d (code, prefix, name_zh, name_en, building, floor, room,
                     status, status_note, avg_minutes, sort, version)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, nextval('directory_version'))
                 ON CONFLICT (code) DO UPDATE SET prefix = $2, name_zh = $3, name_en = $4,
                     building = $5, floor = $6, room = $7, status = $8, status_note = $9,
                     avg_minutes = $10, sort = $11, version = nextval('directory_version')
                 WHERE (d.prefix, d.name_zh, d.name_en, d.building, d.floor, d.room, d.status,
                        d.status_note, d.avg_minutes, d.sort)
                   IS DISTINCT FROM ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                &[
                    &d.code,
                    &d.prefix,
                    &d.name.zh,
                    &d.name.en,
                    &d.location.building,
                    &d.location.floor,
                    &d.location.room,
                    &d.status.as_str(),
                    &d.status_note,
                    &(d.avg_minutes as i32),
                    &(sort as i32),
                ],
            )
            .await?;
    }
    tx.commit().await?;
    Ok(changed)
}

fn valid_kiosk_name(name: &str) -> bool {
    (1..=40).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// Registers a kiosk and returns its token, shown once: only its hash is kept.
pub async fn add_kiosk(pool: &Pool, name: &str) -> Result<String, HubStoreError> {
    if !valid_kiosk_name(name) {
        return Err(HubStoreError::BadKioskName(name.to_string()));
    }
    let token = new_token()
        .map_err(|e| HubStoreError::BadKioskName(format!("{name} (no random source: {e})")))?;
    let client = pool.get().await?;
    let added = client
        .execute(
            "INSERT INTO kiosks (name, token_sha256) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
            &[&name, &token_hash(&token)],
        )
        .await?;
    if added == 0 {
        return Err(HubStoreError::KioskExists(name.to_string()));
    }
    Ok(token)
}

/// Revokes a kiosk's token at once; its tickets stay.
pub async fn revoke_kiosk(pool: &Pool, name: &str) -> Result<(), HubStoreError> {
    let client = pool.get().await?;
    let n = client
        .execute(
            "UPDATE kiosks SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL",
            &[&name],
        )
        .await?;
    if n == 0 {
        return Err(HubStoreError::NoSuchKiosk(name.to_string()));
    }
    Ok(())
}

/// The kiosk a token belongs to, if it is known and not revoked; marks it seen.
pub async fn kiosk_for_token(
    pool: &Pool,
    token: &str,
    app_version: &str,
) -> Result<Option<KioskId>, HubStoreError> {
    let client = pool.get().await?;
    let row = client
        .query_opt(
            "UPDATE kiosks SET last_seen = now(), app_version = $2
             WHERE token_sha256 = $1 AND revoked_at IS NULL RETURNING id, name",
            &[&token_hash(token), &app_version],
        )
        .await?;
    Ok(row.map(|r| KioskId {
        id: r.get(0),
        name: r.get(1),
    }))
}

fn local(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Local).naive_local()
}

const TICKET_FIELDS: &str =
    "department, day, number, label, status, issued_at, called_at, finished_at";

fn ticket_row(r: &Row) -> Ticket {
    let status: String = r.get(4);
    Ticket {
        department_code: r.get(0),
        day: r.get(1),
        number: r.get::<_, i32>(2) as u32,
        label: r.get(3),
        // The column's CHECK allows only the four states.
        status: TicketStatus::parse(&status).unwrap_or(TicketStatus::Waiting),
        issued_at: local(r.get(5)),
        called_at: r.get::<_, Option<DateTime<Utc>>>(6).map(local),
        finished_at: r.get::<_, Option<DateTime<Utc>>>(7).map(local),
    }
}

/// Where a ticket stands: waiting tickets ahead of it and the wait, from the
/// department's average minutes per patient.
async fn position(client: &impl GenericClient, ticket: Ticket) -> Result<Issued, HubStoreError> {
    let row = client
        .query_one(
            "SELECT
                (SELECT count(*) FROM tickets WHERE department = $1 AND day = $2
                     AND status = 'waiting' AND number < $3),
                (SELECT count(*) > 0 FROM tickets WHERE department = $1 AND day = $2
                     AND status = 'called'),
                (SELECT avg_minutes FROM departments WHERE code = $1)",
            &[
                &ticket.department_code,
                &ticket.day,
                &(ticket.number as i32),
            ],
        )
        .await?;
    let ahead = if ticket.status == TicketStatus::Waiting {
        row.get::<_, i64>(0) as u32
    } else {
        0
    };
    let serving: bool = row.get(1);
    let minutes: i32 = row.get(2);
    let wait = if ticket.status == TicketStatus::Waiting {
        crate::queue::estimate(ahead, serving, minutes as f64)
    } else {
        0
    };
    Ok(Issued {
        ticket,
        ahead,
        estimated_wait_minutes: wait,
    })
}

/// What a ticket request came to: a new ticket, or the one an earlier try made.
#[derive(Debug)]
pub struct Outcome {
    pub issued: Issued,
    pub replayed: bool,
}

async fn existing(
    client: &impl GenericClient,
    kiosk: &KioskId,
    request_key: &str,
) -> Result<Option<Ticket>, HubStoreError> {
    Ok(client
        .query_opt(
            &format!(
                "SELECT {TICKET_FIELDS} FROM tickets WHERE kiosk_id = $1 AND request_key = $2"
            ),
            &[&kiosk.id, &request_key],
        )
        .await?
        .map(|r| ticket_row(&r)))
}

/// Issues the next number for `code` on `day`, once per (kiosk, request key).
pub async fn issue(
    pool: &Pool,
    kiosk: &KioskId,
    code: &str,
    request_key: &str,
    day: NaiveDate,
) -> Result<Outcome, HubStoreError> {
    let mut client = pool.get().await?;
    if let Some(t) = existing(&client, kiosk, request_key).await? {
        return Ok(Outcome {
            issued: position(&client, t).await?,
            replayed: true,
        });
    }
    let tx = client.transaction().await?;
    let dept = tx
        .query_opt(
            "SELECT prefix, name_en, status, status_note FROM departments WHERE code = $1",
            &[&code],
        )
        .await?
        .ok_or_else(|| HubStoreError::UnknownDepartment(code.to_string()))?;
    let (prefix, name, status, note): (String, String, String, String) =
        (dept.get(0), dept.get(1), dept.get(2), dept.get(3));
    if status != "open" {
        return Err(HubStoreError::NotTaking {
            name,
            status,
            note: if note.is_empty() {
                String::new()
            } else {
                format!(" ({note})")
            },
        });
    }
    let number: i32 = tx
        .query_one(
            "INSERT INTO day_counters AS c (department, day, last_number) VALUES ($1, $2, 1)
             ON CONFLICT (department, day) DO UPDATE SET last_number = c.last_number + 1
             RETURNING last_number",
            &[&code, &day],
        )
        .await?
        .get(0);
    let label = format!("{prefix}{number:03}");
    let inserted = tx
        .query_opt(
            &format!(
                "INSERT INTO tickets (department, day, number, label, status, issued_at, kiosk_id, request_key)
                 VALUES ($1, $2, $3, $4, 'waiting', now(), $5, $6)
                 ON CONFLICT (kiosk_id, request_key) DO NOTHING
                 RETURNING {TICKET_FIELDS}"
            ),
            &[&code, &day, &number, &label, &kiosk.id, &request_key],
        )
        .await?;
    let Some(row) = inserted else {
        // The same request, retried, committed first: undo our number and answer with its ticket.
        tx.rollback().await?;
        let t = existing(&client, kiosk, request_key)
            .await?
            .ok_or_else(|| HubStoreError::UnknownDepartment(code.to_string()))?;
        return Ok(Outcome {
            issued: position(&client, t).await?,
            replayed: true,
        });
    };
    let ticket = ticket_row(&row);
    let issued = position(&tx, ticket).await?;
    tx.commit().await?;
    Ok(Outcome {
        issued,
        replayed: false,
    })
}

/// A department's queue today, as a kiosk shows it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct QueueView {
    pub department_code: String,
    pub day: NaiveDate,
    pub waiting: u32,
    pub now_serving: Option<String>,
    pub last_issued: Option<String>,
    pub estimated_wait_minutes: u32,
}

pub async fn queue(pool: &Pool, code: &str, day: NaiveDate) -> Result<QueueView, HubStoreError> {
    let client = pool.get().await?;
    let row = client
        .query_opt(
            "SELECT d.avg_minutes,
                (SELECT count(*) FROM tickets t WHERE t.department = d.code AND t.day = $2 AND t.status = 'waiting'),
                (SELECT label FROM tickets t WHERE t.department = d.code AND t.day = $2 AND t.status = 'called'
                     ORDER BY called_at DESC LIMIT 1),
                (SELECT label FROM tickets t WHERE t.department = d.code AND t.day = $2
                     ORDER BY number DESC LIMIT 1)
             FROM departments d WHERE d.code = $1",
            &[&code, &day],
        )
        .await?
        .ok_or_else(|| HubStoreError::UnknownDepartment(code.to_string()))?;
    let minutes: i32 = row.get(0);
    let waiting = row.get::<_, i64>(1) as u32;
    let now_serving: Option<String> = row.get(2);
    Ok(QueueView {
        department_code: code.to_string(),
        day,
        waiting,
        estimated_wait_minutes: crate::queue::estimate(
            waiting,
            now_serving.is_some(),
            minutes as f64,
        ),
        now_serving,
        last_issued: row.get(3),
    })
}

/// Ends the consultation in progress in `code` and calls the next waiting
/// number, lowest first. None when nobody is waiting.
pub async fn call_next(
    pool: &Pool,
    code: &str,
    day: NaiveDate,
) -> Result<Option<Ticket>, HubStoreError> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    if tx
        .query_opt("SELECT 1 FROM departments WHERE code = $1", &[&code])
        .await?
        .is_none()
    {
        return Err(HubStoreError::UnknownDepartment(code.to_string()));
    }
    tx.execute(
        "UPDATE tickets SET status = 'done', finished_at = now()
         WHERE department = $1 AND day = $2 AND status = 'called'",
        &[&code, &day],
    )
    .await?;
    // SKIP LOCKED: two nurses pressing at once call two different patients.
    let called = tx
        .query_opt(
            &format!(
                "UPDATE tickets SET status = 'called', called_at = now()
                 WHERE id = (SELECT id FROM tickets WHERE department = $1 AND day = $2 AND status = 'waiting'
                             ORDER BY number LIMIT 1 FOR UPDATE SKIP LOCKED)
                 RETURNING {TICKET_FIELDS}"
            ),
            &[&code, &day],
        )
        .await?
        .map(|r| ticket_row(&r));
    tx.commit().await?;
    Ok(called)
}

/// A department as kiosks pull it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct DepartmentState {
    pub code: String,
    pub room: String,
    pub status: String,
    pub status_note: String,
    pub version: i64,
}

/// Departments changed after `since`, oldest change first, and the newest version.
pub async fn directory_since(
    pool: &Pool,
    since: i64,
) -> Result<(Vec<DepartmentState>, i64), HubStoreError> {
    let client = pool.get().await?;
    let rows = client
        .query(
            "SELECT code, room, status, status_note, version FROM departments
             WHERE version > $1 ORDER BY version",
            &[&since],
        )
        .await?;
    let changed: Vec<DepartmentState> = rows
        .iter()
        .map(|r| DepartmentState {
            code: r.get(0),
            room: r.get(1),
            status: r.get(2),
            status_note: r.get(3),
            version: r.get(4),
        })
        .collect();
    let newest = changed.last().map(|d| d.version).unwrap_or(since);
    Ok((changed, newest))
}
