//! Anonymous usage events, for the managers' statistics. What can be stored is
//! fixed by the types: a kind, a time, a random visit number, the language,
//! the channel and at most a department code or place kind. There is no field
//! for free text, so a patient's words cannot end up here.

use super::{Dao, Result};
use chrono::NaiveDateTime;
use rusqlite::params;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Touch,
    Voice,
    System,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Touch => "touch",
            Channel::Voice => "voice",
            Channel::System => "system",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageRecord {
    pub at: NaiveDateTime,
    pub visit: u32,
    /// A fixed word from the workflow's vocabulary, e.g. `ticket_taken`.
    pub kind: &'static str,
    pub lang: crate::lang::Lang,
    pub channel: Channel,
    pub department_code: Option<String>,
    pub place_kind: Option<crate::hospital::PlaceKind>,
}

pub const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

impl Dao<'_> {
    pub fn record_usage(&self, e: &UsageRecord) -> Result<()> {
        self.conn().execute(
            "INSERT INTO usage_events (at, visit, kind, lang, channel, department_code, place_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![e.at.format(TIME_FORMAT).to_string(), e.visit, e.kind, e.lang.code(), e.channel.as_str(), e.department_code, e.place_kind.map(|k| k.id())],
        )?;
        Ok(())
    }

    pub fn usage_count(&self, kind: &str) -> Result<u64> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM usage_events WHERE kind = ?1",
            [kind],
            |r| r.get::<_, i64>(0),
        )? as u64)
    }
}

/// An alert for staff, shown on the staff screen until cleared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffAlertRow {
    pub id: i64,
    pub at: NaiveDateTime,
    pub kind: String,
    pub message: String,
}

impl Dao<'_> {
    /// `message` is a fixed sentence from the kiosk, never patient text.
    pub fn raise_alert(&self, at: NaiveDateTime, kind: &'static str, message: &str) -> Result<i64> {
        self.conn().execute(
            "INSERT INTO staff_alerts (at, kind, message) VALUES (?1, ?2, ?3)",
            params![at.format(TIME_FORMAT).to_string(), kind, message],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    pub fn open_alerts(&self) -> Result<Vec<StaffAlertRow>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, at, kind, message FROM staff_alerts WHERE cleared_at IS NULL ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, at, kind, message) = row?;
            let at = NaiveDateTime::parse_from_str(&at, TIME_FORMAT).map_err(|_| {
                super::StoreError::Corrupt(format!("alert {id} has an unreadable time {at:?}"))
            })?;
            out.push(StaffAlertRow {
                id,
                at,
                kind,
                message,
            });
        }
        Ok(out)
    }
}
