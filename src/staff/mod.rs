//! Staff changes to the hospital's data: export and import of the department
//! file, a diff before anything is applied, an audit log of every change
//! (channel, time, before → after) and undo. An import is checked whole and
//! applied in one transaction, or not at all.

pub mod pin;

use crate::hospital::load::{parse_departments_for, write_departments_csv, DataErrors};
use crate::hospital::Department;
use crate::lang::Lang;
use crate::store::usage::TIME_FORMAT;
use crate::store::{Store, StoreError};
use chrono::NaiveDateTime;
use rusqlite::{params, OptionalExtension};
use std::fmt;

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("{0}")]
    Invalid(DataErrors),
    #[error("there is no change left to undo")]
    NothingToUndo,
    #[error("the file is {0} bytes; a departments file of more than {MAX_IMPORT_BYTES} bytes is refused")]
    TooLarge(usize),
    #[error("a staff PIN is 4 to 8 digits")]
    BadPin,
    #[error("the PIN could not be hashed: {0}")]
    Hash(String),
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for StaffError {
    /// Data the store refuses (a department still in use, say) is the staff
    /// member's to fix, reported like any other invalid line.
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::InvalidData(errors) => StaffError::Invalid(errors),
            other => StaffError::Store(other),
        }
    }
}

impl From<rusqlite::Error> for StaffError {
    fn from(e: rusqlite::Error) -> Self {
        StaffError::Store(e.into())
    }
}

/// Where a change came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Cli,
    Kiosk,
    /// Pulled from the hub the kiosk joined.
    Hub,
}

impl Channel {
    fn as_str(self) -> &'static str {
        match self {
            Channel::Cli => "cli",
            Channel::Kiosk => "kiosk",
            Channel::Hub => "hub",
        }
    }
}

/// A departments file is a few kilobytes; anything far larger is a mistake
/// (or an attack), refused before it is parsed.
pub const MAX_IMPORT_BYTES: usize = 1 << 20;

/// One department's difference between what is stored and what is proposed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Added(String),
    Removed(String),
    Changed {
        code: String,
        fields: Vec<(&'static str, String, String)>,
    },
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Added(code) => write!(f, "+ {code}: new department"),
            Change::Removed(code) => write!(f, "- {code}: removed"),
            Change::Changed { code, fields } => {
                write!(f, "~ {code}:")?;
                for (name, before, after) in fields {
                    write!(f, " {name} {before:?} → {after:?};")?;
                }
                Ok(())
            }
        }
    }
}

fn fields(d: &Department) -> [(&'static str, String); 14] {
    let l = &d.location;
    [
        ("prefix", d.prefix.clone()),
        ("name_zh", d.name.zh.clone()),
        ("name_en", d.name.en.clone()),
        ("desc_zh", d.description.zh.clone()),
        ("desc_en", d.description.en.clone()),
        ("building", l.building.clone()),
        ("floor", l.floor.to_string()),
        ("room", l.room.clone()),
        ("x", l.x.to_string()),
        ("y", l.y.to_string()),
        ("hours", d.hours.to_string()),
        ("status", d.status.as_str().to_string()),
        ("status_note", d.status_note.clone()),
        ("avg_minutes", d.avg_minutes.to_string()),
    ]
}

/// What changes if `proposed` replaces `current`, department by department.
pub fn diff(current: &[Department], proposed: &[Department]) -> Vec<Change> {
    let mut changes = Vec::new();
    for p in proposed {
        match current.iter().find(|c| c.code == p.code) {
            None => changes.push(Change::Added(p.code.clone())),
            Some(c) => {
                let changed: Vec<(&'static str, String, String)> = fields(c)
                    .into_iter()
                    .zip(fields(p))
                    .filter(|(a, b)| a.1 != b.1)
                    .map(|(a, b)| (a.0, a.1, b.1))
                    .collect();
                if !changed.is_empty() {
                    changes.push(Change::Changed {
                        code: p.code.clone(),
                        fields: changed,
                    });
                }
            }
        }
    }
    for c in current
        .iter()
        .filter(|c| !proposed.iter().any(|p| p.code == c.code))
    {
        changes.push(Change::Removed(c.code.clone()));
    }
    changes
}

/// The departments as a file in the format of `data/departments.csv`.
pub fn export_departments(store: &Store) -> Result<String, StaffError> {
    Ok(write_departments_csv(&store.read(|dao| dao.departments())?))
}

/// Checks `text` (a departments file; `file` names it in errors), and unless
/// `dry_run`, applies it in one transaction with an audit entry. Returns the
/// changes either way; an invalid file changes nothing.
pub fn import_departments(
    store: &Store,
    text: &str,
    file: &str,
    channel: Channel,
    at: NaiveDateTime,
    dry_run: bool,
) -> Result<Vec<Change>, StaffError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(StaffError::TooLarge(text.len()));
    }
    let hospital = store.hospital()?;
    let proposed =
        parse_departments_for(text, file, &hospital.buildings).map_err(StaffError::Invalid)?;
    store.write(|dao| -> Result<Vec<Change>, StaffError> {
        let current = dao.departments()?;
        let changes = diff(&current, &proposed);
        if dry_run || changes.is_empty() {
            return Ok(changes);
        }
        dao.replace_departments(&proposed)?;
        let summary: Vec<String> = changes.iter().map(ToString::to_string).collect();
        tracing::info!(channel = channel.as_str(), changes = changes.len(), "departments changed: {}", summary.join("; "));
        dao.conn().execute(
            "INSERT INTO audit_log (at, channel, action, summary, before, after) VALUES (?1, ?2, 'import departments', ?3, ?4, ?5)",
            params![at.format(TIME_FORMAT).to_string(), channel.as_str(), summary.join("\n"), write_departments_csv(&current), write_departments_csv(&proposed)],
        )?;
        Ok(changes)
    })
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub channel: String,
    pub action: String,
    pub summary: String,
    pub undone_by: Option<i64>,
}

pub fn audit_log(store: &Store, limit: usize) -> Result<Vec<AuditEntry>, StaffError> {
    store.read(|dao| -> Result<Vec<AuditEntry>, StaffError> {
        let mut stmt = dao.conn().prepare("SELECT id, at, channel, action, summary, undone_by FROM audit_log ORDER BY id DESC LIMIT ?1")?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok(AuditEntry { id: r.get(0)?, at: r.get(1)?, channel: r.get(2)?, action: r.get(3)?, summary: r.get(4)?, undone_by: r.get(5)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    })
}

/// Undoes the newest department change not yet undone; the undo is logged
/// too. Returns the entry that was undone and what the undo changed.
pub fn undo(
    store: &Store,
    channel: Channel,
    at: NaiveDateTime,
) -> Result<(AuditEntry, Vec<Change>), StaffError> {
    let hospital = store.hospital()?;
    store.write(|dao| -> Result<(AuditEntry, Vec<Change>), StaffError> {
        let last = dao
            .conn()
            .query_row(
                "SELECT id, at, channel, action, summary, undone_by, before FROM audit_log WHERE undone_by IS NULL AND action = 'import departments' ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((AuditEntry { id: r.get(0)?, at: r.get(1)?, channel: r.get(2)?, action: r.get(3)?, summary: r.get(4)?, undone_by: r.get(5)? }, r.get::<_, String>(6)?)),
            )
            .optional()?;
        let Some((entry, before)) = last else { return Err(StaffError::NothingToUndo) };
        let restored = parse_departments_for(&before, "the audit log", &hospital.buildings).map_err(StaffError::Invalid)?;
        let current = dao.departments()?;
        let changes = diff(&current, &restored);
        dao.replace_departments(&restored)?;
        let summary: Vec<String> = changes.iter().map(ToString::to_string).collect();
        dao.conn().execute(
            "INSERT INTO audit_log (at, channel, action, summary, before, after) VALUES (?1, ?2, 'undo', ?3, ?4, ?5)",
            params![at.format(TIME_FORMAT).to_string(), channel.as_str(), format!("undo of change {}\n{}", entry.id, summary.join("\n")), write_departments_csv(&current), before],
        )?;
        let undo_id = dao.conn().last_insert_rowid();
        dao.conn().execute("UPDATE audit_log SET undone_by = ?1 WHERE id = ?2", params![undo_id, entry.id])?;
        Ok((entry, changes))
    })
}

#[cfg(test)]
mod tests;

/// Applies a change made in staff mode on the kiosk, through the same checks,
/// audit log and undo as a file import. Returns a sentence for the screen.
pub fn kiosk_change(
    store: &Store,
    change: &crate::workflow::StaffChange,
    at: NaiveDateTime,
) -> Result<crate::lang::Text, StaffError> {
    use crate::lang::Text;
    use crate::workflow::StaffChange;
    let edit = |code: &str, f: &dyn Fn(&mut Department)| -> Result<Text, StaffError> {
        let mut departments = store.read(|dao| dao.departments())?;
        let Some(d) = departments.iter_mut().find(|d| d.code == code) else {
            return Ok(Text::new(
                format!("没有科室 {code}"),
                format!("There is no department {code}"),
            ));
        };
        f(d);
        let name = d.name.clone();
        import_departments(
            store,
            &write_departments_csv(&departments),
            "kiosk",
            Channel::Kiosk,
            at,
            false,
        )?;
        Ok(Text::new(
            format!("已保存：{}", name.zh),
            format!("Saved: {}", name.en),
        ))
    };
    match change {
        StaffChange::SetStatus { code, status } => {
            let status = *status;
            // A note is typed at the desk (`staff import`); the kiosk's keypad has no letters.
            let saved = edit(code, &|d| {
                d.status = status;
                if status == crate::hospital::DeptStatus::Open {
                    d.status_note.clear();
                }
            })?;
            Ok(Text::new(
                format!("{}：{}", saved.zh, status.describe(Lang::Zh)),
                format!("{}: {}", saved.en, status.describe(Lang::En)),
            ))
        }
        StaffChange::SetRoom { code, room } => {
            let room = room.clone();
            let saved = edit(code, &|d| d.location.room = room.clone())?;
            Ok(Text::new(
                format!("{}：改到 {room} 室", saved.zh),
                format!("{}: moved to room {room}", saved.en),
            ))
        }
        StaffChange::CallNext { code } => {
            let called = store
                .write(|dao| crate::queue::call_next(dao, code, at))
                .map_err(|e| match e {
                    crate::queue::QueueError::Store(s) => s.into(),
                    other => StaffError::Store(StoreError::Corrupt(other.to_string())),
                })?;
            Ok(match called {
                Some(t) => Text::new(
                    format!("正在叫号：{}", t.label),
                    format!("Now calling {}", t.label),
                ),
                None => Text::new("没有人在等候。", "Nobody is waiting."),
            })
        }
        StaffChange::SetVoice { muted } => {
            set_voice_muted(store, *muted, at)?;
            Ok(if *muted {
                Text::new("语音已关闭。", "The voice is off.")
            } else {
                Text::new("语音已打开。", "The voice is on.")
            })
        }
        StaffChange::ClearAlert { id } => {
            store.write(|dao| -> Result<(), StaffError> {
                dao.conn().execute(
                    "UPDATE staff_alerts SET cleared_at = ?1 WHERE id = ?2",
                    params![at.format(TIME_FORMAT).to_string(), id],
                )?;
                Ok(())
            })?;
            Ok(Text::new("提醒已处理。", "Alert cleared."))
        }
    }
}

const VOICE_KEY: &str = "voice_muted";

/// Whether staff turned the kiosk's voice off.
pub fn voice_muted(store: &Store) -> Result<bool, StaffError> {
    store.read(|dao| -> Result<bool, StaffError> {
        Ok(dao
            .conn()
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [VOICE_KEY],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .as_deref()
            == Some("1"))
    })
}

pub fn set_voice_muted(store: &Store, muted: bool, at: NaiveDateTime) -> Result<(), StaffError> {
    store.write(|dao| -> Result<(), StaffError> {
        dao.conn().execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", params![VOICE_KEY, if muted { "1" } else { "0" }])?;
        let summary = if muted { "the voice was turned off" } else { "the voice was turned on" };
        dao.conn().execute(
            "INSERT INTO audit_log (at, channel, action, summary, before, after) VALUES (?1, 'kiosk', 'voice', ?2, '', '')",
            params![at.format(TIME_FORMAT).to_string(), summary],
        )?;
        Ok(())
    })
}
