//! A kiosk joined to a hub: numbers from the hub while it answers, from the
//! kiosk's own lettered series while it does not, and everything the hub
//! should know sent until it has it.
//!
//! Guarantees:
//! - A patient always gets a number. Online, the hub issues it, unique
//!   across the fleet. Offline, the kiosk issues `C` + its letter + a number
//!   (`CA001`), stored in SQLite before it is shown.
//! - Nothing is lost or doubled: offline numbers, alerts and usage events
//!   are sent with keys of the kiosk's own, again and again until the hub
//!   has them; the hub keeps each key once.
//! - Department changes (room, open/closed/paused) are pulled by version
//!   and written to the kiosk's SQLite, which stays its offline copy.
//! - No patient's words leave the kiosk: usage events are the anonymous
//!   rows the kiosk already keeps.

pub mod link;

use crate::hub::api::kiosk::{Accepted, TicketRequest, MAX_BATCH};
use crate::hub::store::{Directory, KioskAlert, KioskEvent, KioskId, OfflineTicket, QueueView};
use crate::queue::{EstimateSource, Issued, QueueStatus, Ticket, TicketStatus};
use crate::store::{Store, StoreError};
use chrono::{Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use link::{Link, LinkError};
use rusqlite::{params, OptionalExtension};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const TIME: &str = crate::store::usage::TIME_FORMAT;
/// Queues seen on the hub longer ago than this are not shown as live.
const QUEUES_FRESH_FOR: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Link(#[from] LinkError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("there is no department with code {0}")]
    UnknownDepartment(String),
    #[error("the hub's departments were not taken: {0}")]
    Refused(String),
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        SyncError::Store(e.into())
    }
}

fn setting(store: &Store, key: &str) -> Result<Option<String>, StoreError> {
    store.read(|dao| {
        Ok(dao
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    })
}

fn set_setting(store: &Store, key: &str, value: &str) -> Result<(), StoreError> {
    store.write(|dao| {
        dao.conn().execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
            params![key, value],
        )?;
        Ok(())
    })
}

const URL_KEY: &str = "hub_url";
const TOKEN_KEY: &str = "hub_token";
const LETTER_KEY: &str = "hub_letter";
const NAME_KEY: &str = "hub_kiosk";
const VERSION_KEY: &str = "hub_directory_version";
const EVENTS_KEY: &str = "hub_events_sent";
const ALERTS_KEY: &str = "hub_alerts_sent";

/// Joins this kiosk to the hub at `url` with the token `banzhen hub
/// kiosk-add` printed: checks it with the hub, then keeps it.
pub fn join(store: &Store, url: &str, token: &str) -> Result<KioskId, SyncError> {
    let link = Link::new(url, token.trim());
    let me: KioskId = link.get("/api/v1/me")?;
    store.write(|dao| {
        for (key, value) in [
            (URL_KEY, link.base()),
            (TOKEN_KEY, token.trim()),
            (LETTER_KEY, me.letter.as_str()),
            (NAME_KEY, me.name.as_str()),
        ] {
            dao.conn().execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
                params![key, value],
            )?;
        }
        // A new hub: everything is pulled and sent afresh, keyed so nothing doubles.
        dao.conn().execute(
            "DELETE FROM settings WHERE key IN (?1, ?2, ?3)",
            params![VERSION_KEY, EVENTS_KEY, ALERTS_KEY],
        )?;
        Ok::<(), StoreError>(())
    })?;
    Ok(me)
}

/// Leaves the hub: the kiosk issues its own numbers again.
pub fn leave(store: &Store) -> Result<(), StoreError> {
    store.write(|dao| {
        dao.conn().execute(
            "DELETE FROM settings WHERE key LIKE 'hub\\_%' ESCAPE '\\'",
            [],
        )?;
        Ok(())
    })
}

/// A number for the patient, and whether the hub issued it.
#[derive(Debug, Clone)]
pub struct Taken {
    pub issued: Issued,
    pub offline: bool,
}

/// What one round of [`HubLink::sync`] did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct SyncReport {
    pub tickets_sent: usize,
    pub alerts_sent: usize,
    pub events_sent: usize,
    pub departments_changed: usize,
}

pub struct HubLink {
    link: Link,
    kiosk: String,
    letter: String,
    /// The hub's queues as last seen, and when.
    queues: Mutex<Option<(Instant, HashMap<String, QueueView>)>>,
}

fn random_key() -> String {
    crate::hub::store::new_secret()
        .map(|s| s[..32].to_string())
        // No random source: the time in nanoseconds is unique enough per kiosk.
        .unwrap_or_else(|_| format!("t{}", Utc::now().timestamp_nanos_opt().unwrap_or(0)))
}

fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

impl HubLink {
    /// The hub this kiosk joined, if it joined one.
    pub fn load(store: &Store) -> Result<Option<HubLink>, StoreError> {
        let (Some(url), Some(token), Some(letter), Some(kiosk)) = (
            setting(store, URL_KEY)?,
            setting(store, TOKEN_KEY)?,
            setting(store, LETTER_KEY)?,
            setting(store, NAME_KEY)?,
        ) else {
            return Ok(None);
        };
        Ok(Some(HubLink {
            link: Link::new(&url, &token),
            kiosk,
            letter,
            queues: Mutex::new(None),
        }))
    }

    pub fn url(&self) -> &str {
        self.link.base()
    }

    /// Whether this kiosk can listen; the hub's fleet page shows it.
    pub fn set_speech(&self, on: bool) {
        self.link.set_speech(on);
    }

    pub fn kiosk_name(&self) -> &str {
        &self.kiosk
    }

    /// A number for `code`: from the hub when it answers, else from this
    /// kiosk's own series. Only a department that does not exist, or one the
    /// hub says is not taking numbers, is refused.
    pub fn take(&self, store: &Store, code: &str, wall: NaiveDateTime) -> Result<Taken, SyncError> {
        let mut unanswered = None;
        if !self.link.paused() {
            let request = TicketRequest {
                department: code.to_string(),
                request_key: random_key(),
            };
            match self.link.post::<_, Issued>("/api/v1/tickets", &request) {
                Ok(issued) => {
                    return Ok(Taken {
                        issued,
                        offline: false,
                    })
                }
                Err(LinkError::Unreachable { why, .. }) => {
                    tracing::warn!("hub out of reach, issuing offline: {why}");
                    unanswered = Some(request.request_key);
                }
                Err(e) => return Err(e.into()),
            }
        }
        self.take_offline(store, code, wall, unanswered)
    }

    fn take_offline(
        &self,
        store: &Store,
        code: &str,
        wall: NaiveDateTime,
        supersedes: Option<String>,
    ) -> Result<Taken, SyncError> {
        let day = day_text(wall.date());
        let key = random_key();
        let (number, label, avg, unsent_before) = store.write(|dao| {
            let c = dao.conn();
            let (prefix, avg): (String, u32) = c
                .query_row(
                    "SELECT prefix, avg_minutes FROM departments WHERE code = ?1",
                    [code],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or_else(|| SyncError::UnknownDepartment(code.to_string()))?;
            let number: u32 = c.query_row(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM offline_tickets WHERE department_code = ?1 AND day = ?2",
                params![code, day],
                |r| r.get(0),
            )?;
            let unsent: u32 = c.query_row(
                "SELECT count(*) FROM offline_tickets WHERE department_code = ?1 AND day = ?2 AND pushed_at IS NULL",
                params![code, day],
                |r| r.get(0),
            )?;
            let label = format!("{prefix}{}{number:03}", self.letter);
            c.execute(
                "INSERT INTO offline_tickets (department_code, day, number, label, issued_at, request_key, supersedes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![code, day, number, label, wall.format(TIME).to_string(), key, supersedes],
            )?;
            Ok::<_, SyncError>((number, label, avg, unsent))
        })?;
        // An honest estimate: the queue as last seen, plus the numbers this
        // kiosk issued since that the hub has not counted yet.
        let seen = self.queue_view(code);
        let ahead = seen.as_ref().map_or(0, |q| q.waiting) + unsent_before;
        let serving = seen.as_ref().is_some_and(|q| q.now_serving.is_some());
        let minutes = seen.as_ref().map_or(avg, |q| q.minutes_per_patient);
        Ok(Taken {
            issued: Issued {
                ticket: Ticket {
                    department_code: code.to_string(),
                    day: wall.date(),
                    number,
                    label,
                    status: TicketStatus::Waiting,
                    issued_at: wall,
                    called_at: None,
                    finished_at: None,
                },
                ahead,
                estimated_wait_minutes: crate::queue::estimate(ahead, serving, minutes as f64),
                offline: true,
            },
            offline: true,
        })
    }

    fn queue_view(&self, code: &str) -> Option<QueueView> {
        let cache = self.queues.lock().unwrap_or_else(|p| p.into_inner());
        cache.as_ref().and_then(|(_, q)| q.get(code).cloned())
    }

    /// The live queue for `code` as the hub last reported it, if recently.
    pub fn queue(&self, code: &str) -> Option<QueueStatus> {
        let cache = self.queues.lock().unwrap_or_else(|p| p.into_inner());
        let (at, queues) = cache.as_ref()?;
        if at.elapsed() > QUEUES_FRESH_FOR {
            return None;
        }
        let q = queues.get(code)?;
        Some(QueueStatus {
            department_code: q.department_code.clone(),
            day: q.day,
            waiting: q.waiting,
            now_serving: q.now_serving.clone(),
            last_issued: q.last_issued.clone(),
            minutes_per_patient: q.minutes_per_patient as f64,
            estimate_source: EstimateSource::DepartmentAverage,
            estimated_wait_minutes: q.estimated_wait_minutes,
        })
    }

    /// One round: send offline numbers, alerts and usage events the hub does
    /// not have yet, pull department changes and the live queues. Stops at
    /// the first failure; what was sent stays sent, the rest goes next round.
    pub fn sync(&self, store: &Store) -> Result<SyncReport, SyncError> {
        let mut report = SyncReport {
            tickets_sent: self.send_offline_tickets(store)?,
            alerts_sent: self.send_alerts(store)?,
            ..SyncReport::default()
        };
        report.events_sent = self.send_events(store)?;
        report.departments_changed = self.pull_directory(store)?;
        let queues: Vec<QueueView> = self.link.get("/api/v1/queues")?;
        *self.queues.lock().unwrap_or_else(|p| p.into_inner()) = Some((
            Instant::now(),
            queues
                .into_iter()
                .map(|q| (q.department_code.clone(), q))
                .collect(),
        ));
        Ok(report)
    }

    fn send_offline_tickets(&self, store: &Store) -> Result<usize, SyncError> {
        let unsent: Vec<(i64, OfflineTicket)> = store.read(|dao| {
            let mut stmt = dao.conn().prepare(
                "SELECT id, department_code, number, issued_at, request_key, supersedes FROM offline_tickets
                 WHERE pushed_at IS NULL ORDER BY id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, u32>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, department, number, at, request_key, supersedes) = row?;
                out.push((
                    id,
                    OfflineTicket {
                        department,
                        number,
                        issued_at: to_utc(&at),
                        request_key,
                        supersedes,
                    },
                ));
            }
            Ok::<_, StoreError>(out)
        })?;
        for (id, ticket) in &unsent {
            let _: Issued = self.link.post("/api/v1/offline-tickets", ticket)?;
            let now = Local::now().naive_local().format(TIME).to_string();
            store.write(|dao| {
                dao.conn().execute(
                    "UPDATE offline_tickets SET pushed_at = ?2 WHERE id = ?1",
                    params![id, now],
                )?;
                Ok::<(), StoreError>(())
            })?;
        }
        Ok(unsent.len())
    }

    /// Sends alerts raised since the last round at once, so staff see a
    /// "call staff" within a second rather than at the next round. Cheap
    /// when there are none: one indexed read of the kiosk's SQLite.
    pub fn send_new_alerts(&self, store: &Store) -> Result<usize, SyncError> {
        let after: i64 = setting(store, ALERTS_KEY)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let newest: i64 = store.read(|dao| {
            Ok::<_, StoreError>(dao.conn().query_row(
                "SELECT COALESCE(MAX(id), 0) FROM staff_alerts",
                [],
                |r| r.get(0),
            )?)
        })?;
        if newest <= after {
            return Ok(0);
        }
        self.send_alerts(store)
    }

    fn send_alerts(&self, store: &Store) -> Result<usize, SyncError> {
        let after: i64 = setting(store, ALERTS_KEY)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let alerts: Vec<(i64, KioskAlert)> = store.read(|dao| {
            let mut stmt = dao.conn().prepare(
                "SELECT id, at, kind, message FROM staff_alerts WHERE id > ?1 ORDER BY id LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![after, MAX_BATCH as i64], |r| {
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
                out.push((
                    id,
                    KioskAlert {
                        key: format!("alert-{id}"),
                        at: to_utc(&at),
                        kind,
                        message,
                    },
                ));
            }
            Ok::<_, StoreError>(out)
        })?;
        let Some((last, _)) = alerts.last() else {
            return Ok(0);
        };
        let batch: Vec<&KioskAlert> = alerts.iter().map(|(_, a)| a).collect();
        let _: Accepted = self.link.post("/api/v1/alerts", &batch)?;
        set_setting(store, ALERTS_KEY, &last.to_string())?;
        Ok(alerts.len())
    }

    fn send_events(&self, store: &Store) -> Result<usize, SyncError> {
        let mut sent = 0;
        loop {
            let after: i64 = setting(store, EVENTS_KEY)?
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            let events: Vec<(i64, KioskEvent)> = store.read(|dao| {
                let mut stmt = dao.conn().prepare(
                    "SELECT id, at, visit, kind, lang, channel, department_code, place_kind
                     FROM usage_events WHERE id > ?1 ORDER BY id LIMIT ?2",
                )?;
                let rows = stmt.query_map(params![after, MAX_BATCH as i64], |r| {
                    let id: i64 = r.get(0)?;
                    let at: String = r.get(1)?;
                    Ok((
                        id,
                        KioskEvent {
                            key: format!("event-{id}"),
                            at: to_utc(&at),
                            visit: r.get(2)?,
                            kind: r.get(3)?,
                            lang: r.get(4)?,
                            channel: r.get(5)?,
                            department_code: r.get(6)?,
                            place_kind: r.get(7)?,
                        },
                    ))
                })?;
                Ok::<_, StoreError>(rows.collect::<Result<Vec<_>, _>>()?)
            })?;
            let Some((last, _)) = events.last() else {
                return Ok(sent);
            };
            let batch: Vec<&KioskEvent> = events.iter().map(|(_, e)| e).collect();
            let _: Accepted = self.link.post("/api/v1/events", &batch)?;
            set_setting(store, EVENTS_KEY, &last.to_string())?;
            sent += events.len();
        }
    }

    /// Pulls the departments file when it changed since the version this
    /// kiosk has, and puts it in place with the same checks as `banzhen staff
    /// import`; a file the kiosk refuses leaves everything as it was and is
    /// reported. Returns how many departments changed.
    fn pull_directory(&self, store: &Store) -> Result<usize, SyncError> {
        let since: i64 = setting(store, VERSION_KEY)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let directory: Directory = self.link.get(&format!("/api/v1/directory?since={since}"))?;
        let mut changed = 0;
        if let Some(file) = &directory.departments_csv {
            let at = Local::now().naive_local();
            changed = crate::staff::import_departments(
                store,
                file,
                "the hub's departments.csv",
                crate::staff::Channel::Hub,
                at,
                false,
            )
            .map_err(|e| SyncError::Refused(e.to_string()))?
            .len();
        }
        set_setting(store, VERSION_KEY, &directory.version.to_string())?;
        Ok(changed)
    }
}

/// A kiosk time (local, as stored) as UTC for the hub; an unreadable one is
/// sent as now rather than held back forever.
fn to_utc(text: &str) -> chrono::DateTime<Utc> {
    NaiveDateTime::parse_from_str(text, TIME)
        .ok()
        .and_then(|t| Local.from_local_datetime(&t).earliest())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(Utc::now)
}
