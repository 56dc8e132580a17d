//! Queue numbers on the hub.
//!
//! Guarantees: a number is issued in one transaction that bumps the
//! department's counter row for the day (`INSERT … ON CONFLICT DO UPDATE …
//! RETURNING`), so two kiosks never get the same number, and UNIQUE
//! constraints stand behind the counter. A kiosk's request key is unique for
//! that kiosk: a retried request returns the ticket it already made, and a
//! request that lost a race with its own retry rolls back, counter included,
//! so it leaves no gap. Numbers a kiosk issued offline carry its letter and
//! are accepted once each. Waiting patients are called by priority, then in
//! the order they took their numbers.

use super::{HubStoreError, KioskId};
use crate::queue::{Issued, Ticket, TicketStatus};
use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Utc};
use deadpool_postgres::{GenericClient, Pool, Transaction};
use tokio_postgres::Row;

fn local(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Local).naive_local()
}

const TICKET_FIELDS: &str =
    "department, day, number, label, status, issued_at, called_at, finished_at, id";

/// A ticket as the hub holds it: the kiosk's view plus what orders the queue.
struct Held {
    ticket: Ticket,
    id: i64,
}

fn ticket_row(r: &Row) -> Held {
    let status: String = r.get(4);
    Held {
        ticket: Ticket {
            department_code: r.get(0),
            day: r.get(1),
            number: r.get::<_, i32>(2) as u32,
            label: r.get(3),
            // A void ticket is, for anyone asking, finished.
            status: TicketStatus::parse(&status).unwrap_or(TicketStatus::NoShow),
            issued_at: local(r.get(5)),
            called_at: r.get::<_, Option<DateTime<Utc>>>(6).map(local),
            finished_at: r.get::<_, Option<DateTime<Utc>>>(7).map(local),
        },
        id: r.get(8),
    }
}

/// Where a ticket stands: waiting tickets that will be called before it
/// (higher priority, or the same and taken earlier), and the wait, from the
/// department's average minutes per patient.
async fn position(client: &impl GenericClient, t: Held) -> Result<Issued, HubStoreError> {
    let row = client
        .query_one(
            "SELECT
                (SELECT count(*) FROM tickets o WHERE o.department = t.department AND o.day = t.day
                     AND o.status = 'waiting' AND o.id <> t.id
                     AND (o.priority > t.priority OR (o.priority = t.priority
                          AND (o.issued_at, o.id) < (t.issued_at, t.id)))),
                (SELECT count(*) > 0 FROM tickets o WHERE o.department = t.department AND o.day = t.day
                     AND o.status = 'called'),
                (SELECT avg_minutes FROM departments WHERE code = t.department)
             FROM tickets t WHERE t.id = $1",
            &[&t.id],
        )
        .await?;
    let waiting = t.ticket.status == TicketStatus::Waiting;
    let ahead = if waiting {
        row.get::<_, i64>(0) as u32
    } else {
        0
    };
    let serving: bool = row.get(1);
    let minutes: i32 = row.get(2);
    let wait = if waiting {
        crate::queue::estimate(ahead, serving, minutes as f64)
    } else {
        0
    };
    Ok(Issued {
        ticket: t.ticket,
        ahead,
        estimated_wait_minutes: wait,
        offline: false,
    })
}

/// What a ticket request came to: a new ticket, or the one an earlier try made.
#[derive(Debug)]
pub struct Outcome {
    pub issued: Issued,
    pub replayed: bool,
}

/// The ticket an earlier try of this request made, answered as a replay.
async fn replayed(
    client: &impl GenericClient,
    kiosk: &KioskId,
    request_key: &str,
) -> Result<Option<Outcome>, HubStoreError> {
    let found = client
        .query_opt(
            &format!(
                "SELECT {TICKET_FIELDS} FROM tickets WHERE kiosk_id = $1 AND request_key = $2"
            ),
            &[&kiosk.id, &request_key],
        )
        .await?;
    Ok(match found {
        Some(row) => Some(Outcome {
            issued: position(client, ticket_row(&row)).await?,
            replayed: true,
        }),
        None => None,
    })
}

/// A new ticket's end: tell every hub process the queue changed, work out
/// its place, commit.
async fn commit_new(tx: Transaction<'_>, code: &str, row: &Row) -> Result<Outcome, HubStoreError> {
    tx.execute("SELECT pg_notify('banzhen', 'queue ' || $1)", &[&code])
        .await?;
    let issued = position(&tx, ticket_row(row)).await?;
    tx.commit().await?;
    Ok(Outcome {
        issued,
        replayed: false,
    })
}

/// The department's prefix, refusing one that does not exist or is not taking numbers.
async fn open_prefix(client: &impl GenericClient, code: &str) -> Result<String, HubStoreError> {
    let dept = client
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
    Ok(prefix)
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
    if let Some(earlier) = replayed(&client, kiosk, request_key).await? {
        return Ok(earlier);
    }
    let tx = client.transaction().await?;
    let prefix = open_prefix(&tx, code).await?;
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
                "INSERT INTO tickets (department, day, series, number, label, status, issued_at, kiosk_id, request_key)
                 VALUES ($1, $2, '', $3, $4, 'waiting', now(), $5, $6)
                 ON CONFLICT (kiosk_id, request_key) DO NOTHING
                 RETURNING {TICKET_FIELDS}"
            ),
            &[&code, &day, &number, &label, &kiosk.id, &request_key],
        )
        .await?;
    let Some(row) = inserted else {
        // The same request, retried, committed first: undo our number and answer with its ticket.
        tx.rollback().await?;
        return replayed(&client, kiosk, request_key)
            .await?
            .ok_or_else(|| vanished(request_key));
    };
    commit_new(tx, code, &row).await
}

fn vanished(request_key: &str) -> HubStoreError {
    HubStoreError::Invalid(format!("request {request_key} vanished"))
}

/// A number a kiosk issued while the hub was out of reach, sent when it is back.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct OfflineTicket {
    pub department: String,
    pub number: u32,
    pub issued_at: DateTime<Utc>,
    pub request_key: String,
    /// The key of the online request the kiosk gave up on just before, if any.
    #[serde(default)]
    pub supersedes: Option<String>,
}

/// Takes in a number the kiosk issued offline, in its own lettered series,
/// keeping the time it was issued so it keeps its place in the queue. Sent
/// twice, it is kept once. Accepted even if the department closed since:
/// the patient holds the number.
pub async fn accept_offline(
    pool: &Pool,
    kiosk: &KioskId,
    t: &OfflineTicket,
) -> Result<Outcome, HubStoreError> {
    let mut client = pool.get().await?;
    if let Some(earlier) = replayed(&client, kiosk, &t.request_key).await? {
        return Ok(earlier);
    }
    if t.number == 0 || t.number > 9999 {
        return Err(HubStoreError::Invalid(format!(
            "offline number {} is not between 1 and 9999",
            t.number
        )));
    }
    let tx = client.transaction().await?;
    let prefix: String = tx
        .query_opt(
            "SELECT prefix FROM departments WHERE code = $1",
            &[&t.department],
        )
        .await?
        .ok_or_else(|| HubStoreError::UnknownDepartment(t.department.clone()))?
        .get(0);
    let local_day = t.issued_at.with_timezone(&Local).date_naive();
    let label = format!("{prefix}{}{:03}", kiosk.letter, t.number);
    let inserted = tx
        .query_opt(
            &format!(
                "INSERT INTO tickets (department, day, series, number, label, status, issued_at, kiosk_id, request_key)
                 VALUES ($1, $2, $3, $4, $5, 'waiting', $6, $7, $8)
                 ON CONFLICT (kiosk_id, request_key) DO NOTHING
                 RETURNING {TICKET_FIELDS}"
            ),
            &[&t.department, &local_day, &kiosk.letter, &(t.number as i32), &label, &t.issued_at, &kiosk.id, &t.request_key],
        )
        .await
        .map_err(|e| match e.as_db_error() {
            Some(db) if db.code() == &tokio_postgres::error::SqlState::UNIQUE_VIOLATION => {
                HubStoreError::Invalid(format!("{label} was already sent under another request key"))
            }
            _ => HubStoreError::Postgres(e),
        })?;
    let Some(row) = inserted else {
        tx.rollback().await?;
        return replayed(&client, kiosk, &t.request_key)
            .await?
            .ok_or_else(|| vanished(&t.request_key));
    };
    if let Some(lost) = &t.supersedes {
        // Nobody holds a number whose answer never reached the kiosk.
        tx.execute(
            "UPDATE tickets SET status = 'void', finished_at = now()
             WHERE kiosk_id = $1 AND request_key = $2 AND status = 'waiting'",
            &[&kiosk.id, lost],
        )
        .await?;
    }
    commit_new(tx, &t.department, &row).await
}

/// A department's queue today, as a kiosk shows it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct QueueView {
    pub department_code: String,
    pub day: NaiveDate,
    pub waiting: u32,
    pub now_serving: Option<String>,
    pub last_issued: Option<String>,
    pub minutes_per_patient: u32,
    pub estimated_wait_minutes: u32,
}

/// Every department's queue today (one code, or all when `code` is None).
pub async fn queues(
    pool: &Pool,
    code: Option<&str>,
    day: NaiveDate,
) -> Result<Vec<QueueView>, HubStoreError> {
    let client = pool.get().await?;
    let rows = client
        .query(
            "SELECT d.code, d.avg_minutes,
                (SELECT count(*) FROM tickets t WHERE t.department = d.code AND t.day = $2 AND t.status = 'waiting'),
                (SELECT label FROM tickets t WHERE t.department = d.code AND t.day = $2 AND t.status = 'called'
                     ORDER BY called_at DESC LIMIT 1),
                (SELECT label FROM tickets t WHERE t.department = d.code AND t.day = $2
                     ORDER BY issued_at DESC, id DESC LIMIT 1)
             FROM departments d WHERE $1::text IS NULL OR d.code = $1 ORDER BY d.sort",
            &[&code, &day],
        )
        .await?;
    if let (Some(code), true) = (code, rows.is_empty()) {
        return Err(HubStoreError::UnknownDepartment(code.to_string()));
    }
    Ok(rows
        .iter()
        .map(|row| {
            let minutes: i32 = row.get(1);
            let waiting = row.get::<_, i64>(2) as u32;
            let now_serving: Option<String> = row.get(3);
            QueueView {
                department_code: row.get(0),
                day,
                waiting,
                estimated_wait_minutes: crate::queue::estimate(
                    waiting,
                    now_serving.is_some(),
                    minutes as f64,
                ),
                now_serving,
                last_issued: row.get(4),
                minutes_per_patient: minutes as u32,
            }
        })
        .collect())
}

pub async fn queue(pool: &Pool, code: &str, day: NaiveDate) -> Result<QueueView, HubStoreError> {
    queues(pool, Some(code), day)
        .await?
        .pop()
        .ok_or_else(|| HubStoreError::UnknownDepartment(code.to_string()))
}
