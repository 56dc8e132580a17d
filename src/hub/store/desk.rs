//! What staff do from the console: the department board (open, close,
//! pause with a reason, move room), the queue desk (call next, call again,
//! call a number, no-show, transfer, priority), alerts and the fleet.
//!
//! Every change is one transaction that also writes the audit line, with
//! what undoes it where that makes sense, and notifies every hub process so
//! consoles, displays and kiosks see it at once.

use super::{audit, HubStoreError, StaffUser};
use chrono::{DateTime, NaiveDate, Utc};
use deadpool_postgres::{GenericClient, Pool};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BoardRow {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub building: String,
    pub floor: i32,
    pub room: String,
    pub hours: String,
    pub status: String,
    pub status_note: String,
    pub waiting: i64,
    pub now_serving: Option<String>,
}

pub async fn board(pool: &Pool, day: NaiveDate) -> Result<Vec<BoardRow>, HubStoreError> {
    let client = pool.get().await?;
    Ok(client
        .query(
            "SELECT d.code, d.name_zh, d.name_en, d.building, d.floor, d.room, d.status, d.status_note, d.hours,
                (SELECT count(*) FROM tickets t WHERE t.department = d.code AND t.day = $1 AND t.status = 'waiting'),
                (SELECT label FROM tickets t WHERE t.department = d.code AND t.day = $1 AND t.status = 'called'
                     ORDER BY called_at DESC LIMIT 1)
             FROM departments d ORDER BY d.sort",
            &[&day],
        )
        .await?
        .iter()
        .map(|r| BoardRow {
            code: r.get(0),
            name_zh: r.get(1),
            name_en: r.get(2),
            building: r.get(3),
            floor: r.get(4),
            room: r.get(5),
            status: r.get(6),
            status_note: r.get(7),
            hours: r.get(8),
            waiting: r.get(9),
            now_serving: r.get(10),
        })
        .collect())
}

/// A change to a department from the board; None leaves a field as it is.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DepartmentChange {
    pub status: Option<String>,
    pub status_note: Option<String>,
    pub room: Option<String>,
    /// In the departments file's words: "Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00".
    #[serde(default)]
    pub hours: Option<String>,
}

fn check_change(c: &DepartmentChange) -> Result<(), HubStoreError> {
    if let Some(s) = &c.status {
        if !matches!(s.as_str(), "open" | "closed" | "paused") {
            return Err(HubStoreError::Invalid(format!(
                "status {s:?} is not open, closed or paused"
            )));
        }
        if s == "paused" && c.status_note.as_deref().unwrap_or("").trim().is_empty() {
            return Err(HubStoreError::Invalid(
                "pausing a department needs a reason patients will see".into(),
            ));
        }
    }
    if let Some(room) = &c.room {
        if room.trim().is_empty() || room.chars().count() > 20 {
            return Err(HubStoreError::Invalid(
                "a room is 1 to 20 characters".into(),
            ));
        }
    }
    if c.status_note
        .as_ref()
        .is_some_and(|n| n.chars().count() > 120)
    {
        return Err(HubStoreError::Invalid(
            "a status note is at most 120 characters".into(),
        ));
    }
    if let Some(hours) = &c.hours {
        crate::hospital::WeeklyHours::parse(hours)
            .map_err(|e| HubStoreError::Invalid(e.to_string()))?;
    }
    Ok(())
}

async fn apply_change(
    client: &impl GenericClient,
    actor: &str,
    code: &str,
    change: &DepartmentChange,
    action: &str,
) -> Result<(), HubStoreError> {
    let before = client
        .query_opt(
            "SELECT status, status_note, room, hours FROM departments WHERE code = $1 FOR UPDATE",
            &[&code],
        )
        .await?
        .ok_or_else(|| HubStoreError::UnknownDepartment(code.to_string()))?;
    let old = DepartmentChange {
        status: Some(before.get(0)),
        status_note: Some(before.get(1)),
        room: Some(before.get(2)),
        hours: Some(before.get(3)),
    };
    client
        .execute(
            "UPDATE departments SET status = COALESCE($2, status), status_note = COALESCE($3, status_note),
                 room = COALESCE($4, room), hours = COALESCE($5, hours), version = nextval('directory_version')
             WHERE code = $1",
            &[
                &code,
                &change.status,
                &change.status_note.as_deref().map(str::trim),
                &change.room.as_deref().map(str::trim),
                &change.hours.as_ref().and_then(|h| crate::hospital::WeeklyHours::parse(h).ok()).map(|h| h.to_string()),
            ],
        )
        .await?;
    let undo = serde_json::json!({ "department": code, "change": old }).to_string();
    let detail = format!(
        "{code}: {}",
        [
            change.status.as_ref().map(|s| format!("status {s}")),
            change.status_note.as_ref().map(|s| format!("note {s:?}")),
            change.room.as_ref().map(|s| format!("room {s}")),
            change.hours.as_ref().map(|s| format!("hours {s}")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
    );
    audit(client, actor, action, &detail, Some(&undo)).await?;
    client
        .execute("SELECT pg_notify('banzhen', 'directory')", &[])
        .await?;
    Ok(())
}

pub async fn change_department(
    pool: &Pool,
    user: &StaffUser,
    code: &str,
    change: &DepartmentChange,
) -> Result<(), HubStoreError> {
    check_change(change)?;
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    apply_change(&tx, &user.username, code, change, "change department").await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeskTicket {
    pub label: String,
    pub status: String,
    pub priority: i32,
    pub issued_at: DateTime<Utc>,
    pub called_at: Option<DateTime<Utc>>,
    pub kiosk: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Desk {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub room: String,
    pub called: Option<DeskTicket>,
    /// In the order they will be called.
    pub waiting: Vec<DeskTicket>,
    /// No-shows today, newest first, to recall.
    pub missed: Vec<DeskTicket>,
}

const DESK_FIELDS: &str = "t.label, t.status, t.priority, t.issued_at, t.called_at, k.name";

fn desk_ticket(r: &tokio_postgres::Row) -> DeskTicket {
    DeskTicket {
        label: r.get(0),
        status: r.get(1),
        priority: r.get(2),
        issued_at: r.get(3),
        called_at: r.get(4),
        kiosk: r.get(5),
    }
}

pub async fn desk(pool: &Pool, code: &str, day: NaiveDate) -> Result<Desk, HubStoreError> {
    let client = pool.get().await?;
    let d = client
        .query_opt(
            "SELECT name_zh, name_en, room FROM departments WHERE code = $1",
            &[&code],
        )
        .await?
        .ok_or_else(|| HubStoreError::UnknownDepartment(code.to_string()))?;
    let list = |status: &'static str, order: &'static str| {
        let client = &client;
        async move {
            Ok::<_, HubStoreError>(
                client
                    .query(
                        &format!(
                            "SELECT {DESK_FIELDS} FROM tickets t JOIN kiosks k ON k.id = t.kiosk_id
                             WHERE t.department = $1 AND t.day = $2 AND t.status = $3 ORDER BY {order} LIMIT 200"
                        ),
                        &[&code, &day, &status],
                    )
                    .await?
                    .iter()
                    .map(desk_ticket)
                    .collect::<Vec<_>>(),
            )
        }
    };
    let called = list("called", "t.called_at DESC").await?.into_iter().next();
    Ok(Desk {
        code: code.to_string(),
        name_zh: d.get(0),
        name_en: d.get(1),
        room: d.get(2),
        called,
        waiting: list("waiting", "t.priority DESC, t.issued_at, t.id").await?,
        missed: list("no_show", "t.finished_at DESC").await?,
    })
}

/// What a nurse asks the desk to do.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum DeskAction {
    /// End the consultation in progress and call the next patient.
    Next,
    /// Call the number being seen again (the patient did not come yet).
    Again,
    /// Call this number now, ahead of the queue (or a no-show who came back).
    Call { label: String },
    /// The number called did not come.
    NoShow { label: String },
    /// Send a patient to another department, keeping their place by time.
    Transfer { label: String, to: String },
    /// 0 normal, 1 elderly or disabled, 2 emergency.
    Priority { label: String, priority: i32 },
}

/// What a desk action came to.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Acted {
    /// The number called, if one was.
    pub called: Option<String>,
    /// The audit line that undoes it, where it can be undone (a transfer).
    pub undo: Option<i64>,
}

/// Does `action` at the desk of `code`.
pub async fn act(
    pool: &Pool,
    user: &StaffUser,
    code: &str,
    day: NaiveDate,
    action: &DeskAction,
) -> Result<Acted, HubStoreError> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    // The department row is the lock: two nurses pressing at once act one after the other.
    let room: String = tx
        .query_opt(
            "SELECT room FROM departments WHERE code = $1 FOR UPDATE",
            &[&code],
        )
        .await?
        .ok_or_else(|| HubStoreError::UnknownDepartment(code.to_string()))?
        .get(0);
    let ticket_id = |label: &str| {
        let tx = &tx;
        let label = label.to_string();
        async move {
            tx.query_opt(
                "SELECT id, status FROM tickets WHERE department = $1 AND day = $2 AND label = $3",
                &[&code, &day, &label],
            )
            .await?
            .map(|r| (r.get::<_, i64>(0), r.get::<_, String>(1)))
            .ok_or_else(|| {
                HubStoreError::Invalid(format!("there is no number {label} in {code} today"))
            })
        }
    };
    let finish_current = "UPDATE tickets SET status = 'done', finished_at = now()
                          WHERE department = $1 AND day = $2 AND status = 'called'";
    let mut called: Option<(i64, String)> = None;
    let (verb, detail, undo) = match action {
        DeskAction::Next => {
            tx.execute(finish_current, &[&code, &day]).await?;
            called = tx
                .query_opt(
                    "UPDATE tickets SET status = 'called', called_at = now()
                     WHERE id = (SELECT id FROM tickets WHERE department = $1 AND day = $2 AND status = 'waiting'
                                 ORDER BY priority DESC, issued_at, id LIMIT 1)
                     RETURNING id, label",
                    &[&code, &day],
                )
                .await?
                .map(|r| (r.get(0), r.get(1)));
            let detail = called
                .as_ref()
                .map_or("nobody waiting".to_string(), |c| c.1.clone());
            ("call next", detail, None)
        }
        DeskAction::Again => {
            called = tx
                .query_opt(
                    "SELECT id, label FROM tickets WHERE department = $1 AND day = $2 AND status = 'called'
                     ORDER BY called_at DESC LIMIT 1",
                    &[&code, &day],
                )
                .await?
                .map(|r| (r.get(0), r.get(1)));
            let Some(c) = &called else {
                return Err(HubStoreError::Invalid(
                    "nobody is being called to call again".into(),
                ));
            };
            ("call again", c.1.clone(), None)
        }
        DeskAction::Call { label } => {
            let (id, status) = ticket_id(label).await?;
            if !matches!(status.as_str(), "waiting" | "no_show") {
                return Err(HubStoreError::Invalid(format!(
                    "{label} is {status}, not waiting"
                )));
            }
            tx.execute(finish_current, &[&code, &day]).await?;
            tx.execute(
                "UPDATE tickets SET status = 'called', called_at = now(), finished_at = NULL WHERE id = $1",
                &[&id],
            )
            .await?;
            called = Some((id, label.clone()));
            ("call number", label.clone(), None)
        }
        DeskAction::NoShow { label } => {
            let (id, status) = ticket_id(label).await?;
            if !matches!(status.as_str(), "waiting" | "called") {
                return Err(HubStoreError::Invalid(format!("{label} is {status}")));
            }
            tx.execute(
                "UPDATE tickets SET status = 'no_show', finished_at = now() WHERE id = $1",
                &[&id],
            )
            .await?;
            ("no-show", label.clone(), None)
        }
        DeskAction::Transfer { label, to } => {
            let (id, status) = ticket_id(label).await?;
            if !matches!(status.as_str(), "waiting" | "called" | "no_show") {
                return Err(HubStoreError::Invalid(format!("{label} is {status}")));
            }
            if tx
                .query_opt("SELECT 1 FROM departments WHERE code = $1", &[&to])
                .await?
                .is_none()
            {
                return Err(HubStoreError::UnknownDepartment(to.clone()));
            }
            tx.execute(
                "UPDATE tickets SET department = $2, status = 'waiting', called_at = NULL, finished_at = NULL
                 WHERE id = $1",
                &[&id, &to],
            )
            .await?;
            let undo = serde_json::json!({ "ticket": id, "department": code, "status": status });
            (
                "transfer",
                format!("{label} from {code} to {to}"),
                Some(undo.to_string()),
            )
        }
        DeskAction::Priority { label, priority } => {
            if !(0..=2).contains(priority) {
                return Err(HubStoreError::Invalid("priority is 0, 1 or 2".into()));
            }
            let (id, _) = ticket_id(label).await?;
            tx.execute(
                "UPDATE tickets SET priority = $2 WHERE id = $1",
                &[&id, priority],
            )
            .await?;
            ("priority", format!("{label} priority {priority}"), None)
        }
    };
    if let Some((id, label)) = &called {
        tx.execute(
            "INSERT INTO calls (ticket_id, department, label, room) VALUES ($1, $2, $3, $4)",
            &[id, &code, label, &room],
        )
        .await?;
    }
    let line = audit(
        &tx,
        &user.username,
        verb,
        &format!("{code}: {detail}"),
        undo.as_deref(),
    )
    .await?;
    tx.execute("SELECT pg_notify('banzhen', 'queue ' || $1)", &[&code])
        .await?;
    if called.is_some() {
        tx.execute("SELECT pg_notify('banzhen', 'call ' || $1)", &[&code])
            .await?;
    }
    tx.commit().await?;
    Ok(Acted {
        called: called.map(|c| c.1),
        undo: undo.is_some().then_some(line),
    })
}

/// Undoes the change an audit line records, and audits the undo.
pub async fn undo(pool: &Pool, user: &StaffUser, audit_id: i64) -> Result<String, HubStoreError> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    let row = tx
        .query_opt(
            "WITH old AS (SELECT id, undo FROM audit WHERE id = $1 AND undo IS NOT NULL FOR UPDATE)
             UPDATE audit SET undo = NULL FROM old WHERE audit.id = old.id
             RETURNING old.undo, audit.action, audit.detail",
            &[&audit_id],
        )
        .await?
        .ok_or_else(|| {
            HubStoreError::Invalid(format!(
                "change {audit_id} cannot be undone (or already was)"
            ))
        })?;
    let undo: String = row.get(0);
    let action: String = row.get(1);
    let detail: String = row.get(2);
    let v: serde_json::Value = serde_json::from_str(&undo)
        .map_err(|e| HubStoreError::Invalid(format!("unreadable undo record: {e}")))?;
    if action == "transfer" {
        let (Some(id), Some(code), Some(status)) = (
            v["ticket"].as_i64(),
            v["department"].as_str(),
            v["status"].as_str(),
        ) else {
            return Err(HubStoreError::Invalid(
                "unreadable transfer undo record".into(),
            ));
        };
        tx.execute(
            "UPDATE tickets SET department = $2, status = $3 WHERE id = $1",
            &[&id, &code, &status],
        )
        .await?;
        tx.execute("SELECT pg_notify('banzhen', 'queue')", &[])
            .await?;
        audit(
            &tx,
            &user.username,
            "undo",
            &format!("undo {action}: {detail}"),
            None,
        )
        .await?;
    } else if let Some(file) = v["departments_csv"].as_str() {
        super::directory::replace_departments(&tx, user, file, false, "undo import").await?;
    } else {
        let code = v["department"].as_str().unwrap_or_default().to_string();
        let change: DepartmentChange = serde_json::from_value(v["change"].clone())
            .map_err(|e| HubStoreError::Invalid(format!("unreadable undo record: {e}")))?;
        apply_change(&tx, &user.username, &code, &change, "undo").await?;
    }
    tx.commit().await?;
    Ok(format!("undid {action}: {detail}"))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AlertRow {
    pub id: i64,
    pub kiosk: String,
    pub at: DateTime<Utc>,
    pub kind: String,
    pub message: String,
}

/// Alerts nobody has acknowledged yet, newest first.
pub async fn open_alerts(pool: &Pool) -> Result<Vec<AlertRow>, HubStoreError> {
    let client = pool.get().await?;
    Ok(client
        .query(
            "SELECT a.id, k.name, a.at, a.kind, a.message FROM alerts a JOIN kiosks k ON k.id = a.kiosk_id
             WHERE a.acknowledged_at IS NULL ORDER BY a.at DESC LIMIT 100",
            &[],
        )
        .await?
        .iter()
        .map(|r| AlertRow {
            id: r.get(0),
            kiosk: r.get(1),
            at: r.get(2),
            kind: r.get(3),
            message: r.get(4),
        })
        .collect())
}

pub async fn acknowledge(pool: &Pool, user: &StaffUser, id: i64) -> Result<(), HubStoreError> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    let n = tx
        .execute(
            "UPDATE alerts SET acknowledged_at = now(), acknowledged_by = $2
             WHERE id = $1 AND acknowledged_at IS NULL",
            &[&id, &user.username],
        )
        .await?;
    if n == 0 {
        return Err(HubStoreError::Invalid(format!("alert {id} is not open")));
    }
    audit(
        &tx,
        &user.username,
        "acknowledge alert",
        &id.to_string(),
        None,
    )
    .await?;
    tx.execute("SELECT pg_notify('banzhen', 'alerts')", &[])
        .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FleetRow {
    pub name: String,
    pub letter: String,
    pub online: bool,
    pub last_seen: Option<DateTime<Utc>>,
    pub version: String,
    pub revoked: bool,
    /// Whether it can listen; None until it said.
    pub speech: Option<bool>,
}

/// Kiosks, online when heard from in the last [`ONLINE_SECONDS`].
pub const ONLINE_SECONDS: f64 = 30.0;

pub async fn fleet(pool: &Pool) -> Result<Vec<FleetRow>, HubStoreError> {
    let client = pool.get().await?;
    Ok(client
        .query(
            "SELECT name, letter, COALESCE(EXTRACT(EPOCH FROM now() - last_seen)::float8 < $1, false),
                    last_seen, app_version, revoked_at IS NOT NULL, speech
             FROM kiosks ORDER BY name",
            &[&ONLINE_SECONDS],
        )
        .await?
        .iter()
        .map(|r| FleetRow {
            name: r.get(0),
            letter: r.get(1),
            online: r.get(2),
            last_seen: r.get(3),
            version: r.get(4),
            revoked: r.get(5),
            speech: r.get(6),
        })
        .collect())
}
