//! Queue numbers: one sequence per department per local day (`C001`, `C002`,
//! …), people ahead, and a wait estimated from recent service times, falling
//! back to the department's average when there are too few. Every change runs
//! in one write transaction, so numbers never repeat, even with several
//! processes, and a number that was returned is on disk.

use crate::store::{Dao, Store, StoreError};
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// Service times from this many recent consultations feed the estimate.
const RECENT_SAMPLES: i64 = 10;
/// Fewer samples than this and the department's average is used instead.
const MIN_SAMPLES: usize = 3;
/// Only consultations from the last this-many days count as recent.
const RECENT_DAYS: i64 = 7;
/// Service times beyond this are treated as a forgotten "done" press.
const MAX_PLAUSIBLE_MINUTES: f64 = 120.0;

const TIME: &str = crate::store::usage::TIME_FORMAT;

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("there is no department with code {0}")]
    UnknownDepartment(String),
    #[error("{name} is {} and is not taking numbers{note}", status.as_str())]
    NotTaking {
        name: String,
        status: crate::hospital::DeptStatus,
        note: String,
    },
    #[error("there is no ticket {0} today")]
    NoSuchTicket(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for QueueError {
    fn from(e: rusqlite::Error) -> Self {
        QueueError::Store(e.into())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    Waiting,
    Called,
    Done,
    NoShow,
}

impl TicketStatus {
    fn as_str(self) -> &'static str {
        match self {
            TicketStatus::Waiting => "waiting",
            TicketStatus::Called => "called",
            TicketStatus::Done => "done",
            TicketStatus::NoShow => "no_show",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Self> {
        [
            TicketStatus::Waiting,
            TicketStatus::Called,
            TicketStatus::Done,
            TicketStatus::NoShow,
        ]
        .into_iter()
        .find(|t| t.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    pub department_code: String,
    pub day: NaiveDate,
    pub number: u32,
    pub label: String,
    pub status: TicketStatus,
    pub issued_at: NaiveDateTime,
    pub called_at: Option<NaiveDateTime>,
    pub finished_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issued {
    pub ticket: Ticket,
    /// Patients still waiting before this one (the one being seen not counted).
    pub ahead: u32,
    pub estimated_wait_minutes: u32,
    /// Issued by a kiosk whose hub was out of reach: the wait is estimated
    /// from the queue as last seen, and the screen says so.
    #[serde(default)]
    pub offline: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EstimateSource {
    /// From the service times of recent consultations.
    Recent,
    /// From the department's configured average.
    DepartmentAverage,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueStatus {
    pub department_code: String,
    pub day: NaiveDate,
    pub waiting: u32,
    pub now_serving: Option<String>,
    pub last_issued: Option<String>,
    pub minutes_per_patient: f64,
    pub estimate_source: EstimateSource,
    /// What a patient taking a number now would wait.
    pub estimated_wait_minutes: u32,
}

fn parse_time(s: Option<String>) -> Option<NaiveDateTime> {
    s.and_then(|s| NaiveDateTime::parse_from_str(&s, TIME).ok())
}

fn ticket_row(r: &Row) -> rusqlite::Result<Ticket> {
    let day: String = r.get(1)?;
    let status: String = r.get(4)?;
    let bad = |what: &str, v: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("unreadable ticket {what} {v:?}").into(),
        )
    };
    Ok(Ticket {
        department_code: r.get(0)?,
        day: NaiveDate::parse_from_str(&day, "%Y-%m-%d").map_err(|_| bad("day", &day))?,
        number: r.get(2)?,
        label: r.get(3)?,
        status: TicketStatus::parse(&status).ok_or_else(|| bad("status", &status))?,
        issued_at: parse_time(r.get(5)?).ok_or_else(|| bad("time", "issued_at"))?,
        called_at: parse_time(r.get(6)?),
        finished_at: parse_time(r.get(7)?),
    })
}

const TICKET_FIELDS: &str =
    "department_code, day, number, label, status, issued_at, called_at, finished_at";

fn day_text(now: NaiveDateTime) -> String {
    now.date().format("%Y-%m-%d").to_string()
}

/// Minutes per patient for `code`, and where the figure came from.
fn pace(
    dao: &Dao,
    code: &str,
    avg_minutes: u32,
    now: NaiveDateTime,
) -> Result<(f64, EstimateSource), QueueError> {
    let since = (now - chrono::Duration::days(RECENT_DAYS))
        .format(TIME)
        .to_string();
    let mut stmt = dao.conn().prepare(
        "SELECT called_at, finished_at FROM tickets
         WHERE department_code = ?1 AND status = 'done' AND called_at IS NOT NULL AND finished_at IS NOT NULL AND finished_at >= ?2
         ORDER BY finished_at DESC LIMIT ?3",
    )?;
    let samples: Vec<f64> = stmt
        .query_map(params![code, since, RECENT_SAMPLES], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .filter_map(|row| {
            let (a, b) = row.ok()?;
            let (a, b) = (parse_time(Some(a))?, parse_time(Some(b))?);
            let minutes = (b - a).num_seconds() as f64 / 60.0;
            (minutes > 0.0 && minutes <= MAX_PLAUSIBLE_MINUTES).then_some(minutes)
        })
        .collect();
    if samples.len() >= MIN_SAMPLES {
        Ok((
            samples.iter().sum::<f64>() / samples.len() as f64,
            EstimateSource::Recent,
        ))
    } else {
        Ok((avg_minutes as f64, EstimateSource::DepartmentAverage))
    }
}

pub(crate) fn estimate(ahead: u32, serving: bool, minutes_per_patient: f64) -> u32 {
    // The patient being seen is on average half-way through.
    let patients = ahead as f64 + if serving { 0.5 } else { 0.0 };
    (patients * minutes_per_patient).ceil() as u32
}

fn department_basics(
    dao: &Dao,
    code: &str,
) -> Result<(String, String, String, String, u32), QueueError> {
    dao.conn()
        .query_row("SELECT prefix, name_en, status, status_note, avg_minutes FROM departments WHERE code = ?1", [code], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?
        .ok_or_else(|| QueueError::UnknownDepartment(code.to_string()))
}

/// Issues the next number for `code` today.
pub fn take_ticket(dao: &Dao, code: &str, now: NaiveDateTime) -> Result<Issued, QueueError> {
    let (prefix, name, status, note, _) = department_basics(dao, code)?;
    if status != "open" {
        let status = if status == "paused" {
            crate::hospital::DeptStatus::Paused
        } else {
            crate::hospital::DeptStatus::Closed
        };
        let note = if note.is_empty() {
            String::new()
        } else {
            format!(" ({note})")
        };
        return Err(QueueError::NotTaking { name, status, note });
    }
    let day = day_text(now);
    let c = dao.conn();
    let number: u32 = c.query_row(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM tickets WHERE department_code = ?1 AND day = ?2",
        params![code, day],
        |r| r.get(0),
    )?;
    let label = format!("{prefix}{number:03}");
    c.execute(
        "INSERT INTO tickets (department_code, day, number, label, status, issued_at) VALUES (?1, ?2, ?3, ?4, 'waiting', ?5)",
        params![code, day, number, label, now.format(TIME).to_string()],
    )?;
    let ticket = find(dao, code, now.date(), number)?
        .ok_or_else(|| QueueError::NoSuchTicket(label.clone()))?;
    // A new ticket is waiting: its place in the queue is worked out like any other's.
    position(dao, &ticket, now)
}

fn find(dao: &Dao, code: &str, day: NaiveDate, number: u32) -> Result<Option<Ticket>, QueueError> {
    Ok(dao
        .conn()
        .query_row(
            &format!("SELECT {TICKET_FIELDS} FROM tickets WHERE department_code = ?1 AND day = ?2 AND number = ?3"),
            params![code, day.format("%Y-%m-%d").to_string(), number],
            ticket_row,
        )
        .optional()?)
}

/// Today's ticket with this label ("C012") or number ("12").
pub fn ticket(
    dao: &Dao,
    code: &str,
    label_or_number: &str,
    now: NaiveDateTime,
) -> Result<Ticket, QueueError> {
    let digits: String = label_or_number
        .chars()
        .skip_while(|c| c.is_ascii_alphabetic())
        .collect();
    let number: u32 = digits
        .parse()
        .map_err(|_| QueueError::NoSuchTicket(label_or_number.to_string()))?;
    find(dao, code, now.date(), number)?
        .ok_or_else(|| QueueError::NoSuchTicket(label_or_number.to_string()))
}

/// Where a ticket stands now: people still ahead of it and the wait left.
pub fn position(dao: &Dao, t: &Ticket, now: NaiveDateTime) -> Result<Issued, QueueError> {
    let (.., avg) = department_basics(dao, &t.department_code)?;
    let day = t.day.format("%Y-%m-%d").to_string();
    let ahead: u32 = if t.status == TicketStatus::Waiting {
        dao.conn().query_row(
            "SELECT count(*) FROM tickets WHERE department_code = ?1 AND day = ?2 AND status = 'waiting' AND number < ?3",
            params![t.department_code, day, t.number],
            |r| r.get(0),
        )?
    } else {
        0
    };
    let serving: bool = dao.conn().query_row("SELECT count(*) > 0 FROM tickets WHERE department_code = ?1 AND day = ?2 AND status = 'called'", params![t.department_code, day], |r| r.get(0))?;
    let (mpp, _) = pace(dao, &t.department_code, avg, now)?;
    let wait = if t.status == TicketStatus::Waiting {
        estimate(ahead, serving, mpp)
    } else {
        0
    };
    Ok(Issued {
        ticket: t.clone(),
        ahead,
        estimated_wait_minutes: wait,
        offline: false,
    })
}

pub fn status(dao: &Dao, code: &str, now: NaiveDateTime) -> Result<QueueStatus, QueueError> {
    let (.., avg) = department_basics(dao, code)?;
    let day = day_text(now);
    let c = dao.conn();
    let waiting: u32 = c.query_row("SELECT count(*) FROM tickets WHERE department_code = ?1 AND day = ?2 AND status = 'waiting'", params![code, day], |r| r.get(0))?;
    let now_serving: Option<String> = c
        .query_row("SELECT label FROM tickets WHERE department_code = ?1 AND day = ?2 AND status = 'called' ORDER BY number DESC LIMIT 1", params![code, day], |r| r.get(0))
        .optional()?;
    let last_issued: Option<String> =
        c.query_row("SELECT label FROM tickets WHERE department_code = ?1 AND day = ?2 ORDER BY number DESC LIMIT 1", params![code, day], |r| r.get(0)).optional()?;
    let (mpp, source) = pace(dao, code, avg, now)?;
    Ok(QueueStatus {
        department_code: code.to_string(),
        day: now.date(),
        waiting,
        estimated_wait_minutes: estimate(waiting, now_serving.is_some(), mpp),
        now_serving,
        last_issued,
        minutes_per_patient: (mpp * 10.0).round() / 10.0,
        estimate_source: source,
    })
}

/// Ends the consultation in progress (as done) and calls the next waiting
/// number. Returns the ticket called, or None when nobody is waiting.
pub fn call_next(dao: &Dao, code: &str, now: NaiveDateTime) -> Result<Option<Ticket>, QueueError> {
    department_basics(dao, code)?;
    let day = day_text(now);
    let at = now.format(TIME).to_string();
    let c = dao.conn();
    c.execute("UPDATE tickets SET status = 'done', finished_at = ?3 WHERE department_code = ?1 AND day = ?2 AND status = 'called'", params![code, day, at])?;
    let next: Option<u32> = c
        .query_row("SELECT number FROM tickets WHERE department_code = ?1 AND day = ?2 AND status = 'waiting' ORDER BY number LIMIT 1", params![code, day], |r| r.get(0))
        .optional()?;
    let Some(number) = next else { return Ok(None) };
    c.execute("UPDATE tickets SET status = 'called', called_at = ?4 WHERE department_code = ?1 AND day = ?2 AND number = ?3", params![code, day, number, at])?;
    find(dao, code, now.date(), number)
}

/// Marks a called or waiting ticket as seen (`done`) or as a no-show.
pub fn finish(
    dao: &Dao,
    code: &str,
    label_or_number: &str,
    no_show: bool,
    now: NaiveDateTime,
) -> Result<Ticket, QueueError> {
    let t = ticket(dao, code, label_or_number, now)?;
    let status = if no_show {
        TicketStatus::NoShow
    } else {
        TicketStatus::Done
    };
    dao.conn().execute(
        "UPDATE tickets SET status = ?4, finished_at = ?5 WHERE department_code = ?1 AND day = ?2 AND number = ?3",
        params![code, t.day.format("%Y-%m-%d").to_string(), t.number, status.as_str(), now.format(TIME).to_string()],
    )?;
    ticket(dao, code, label_or_number, now)
}

/// Convenience wrappers that run each operation in its own transaction.
pub fn take(store: &Store, code: &str, now: NaiveDateTime) -> Result<Issued, QueueError> {
    store.write(|dao| take_ticket(dao, code, now))
}

#[cfg(test)]
mod tests;
