//! The hospital's directory on the hub: departments in full (as in
//! `departments.csv`) with a version each, and the data files they were
//! loaded with. Imports from the console take the same checks as `banzhen
//! staff import` ([`crate::hospital::load::parse_hospital`], then
//! [`crate::staff::diff`]): line-precise errors, a dry run that shows the
//! changes, all or nothing, audited with what undoes it. Kiosks pull the
//! whole departments file when anything in it changed since their version.

use super::{audit, HubStoreError, StaffUser};
use crate::hospital::load::{parse_hospital, write_departments_csv, Sources, DEPARTMENTS_FILE};
use crate::hospital::{Department, DeptStatus, Hospital, Location, WeeklyHours};
use crate::lang::Text;
use crate::staff::{diff, Change, MAX_IMPORT_BYTES};
use deadpool_postgres::{GenericClient, Pool};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

const FILES: [&str; 4] = ["departments.csv", "places.csv", "map.toml", "triage.toml"];

/// Adds or updates departments; only a real change draws a new version
/// (the directory's version is the sequence's last value, so it must not
/// move when nothing changed).
async fn upsert(
    client: &impl GenericClient,
    departments: &[Department],
) -> Result<u64, HubStoreError> {
    let mut changed = 0;
    for (sort, d) in departments.iter().enumerate() {
        let l = &d.location;
        let hours = d.hours.to_string();
        let status = d.status.as_str();
        let minutes = d.avg_minutes as i32;
        let sort = sort as i32;
        let values: [&(dyn tokio_postgres::types::ToSql + Sync); 16] = [
            &d.code,
            &d.prefix,
            &d.name.zh,
            &d.name.en,
            &d.description.zh,
            &d.description.en,
            &l.building,
            &l.floor,
            &l.room,
            &l.x,
            &l.y,
            &hours,
            &status,
            &d.status_note,
            &minutes,
            &sort,
        ];
        let exists = client
            .query_opt("SELECT 1 FROM departments WHERE code = $1", &[&d.code])
            .await?
            .is_some();
        changed += if exists {
            client
                .execute(
                    "UPDATE departments AS d SET prefix = $2, name_zh = $3, name_en = $4, desc_zh = $5,
                         desc_en = $6, building = $7, floor = $8, room = $9, x = $10, y = $11, hours = $12,
                         status = $13, status_note = $14, avg_minutes = $15, sort = $16,
                         version = nextval('directory_version')
                     WHERE code = $1 AND (d.prefix, d.name_zh, d.name_en, d.desc_zh, d.desc_en, d.building,
                            d.floor, d.room, d.x, d.y, d.hours, d.status, d.status_note, d.avg_minutes, d.sort)
                       IS DISTINCT FROM ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                    &values,
                )
                .await?
        } else {
            client
                .execute(
                    "INSERT INTO departments (code, prefix, name_zh, name_en, desc_zh, desc_en, building, floor,
                         room, x, y, hours, status, status_note, avg_minutes, sort, version)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                         nextval('directory_version'))",
                    &values,
                )
                .await?
        };
    }
    Ok(changed)
}

/// Loads the hospital's data files into the hub: new departments added,
/// changed ones updated with a new version (so kiosks pull them), none
/// removed, since tickets refer to them. Returns how many were added or changed.
pub async fn load_hospital(
    pool: &Pool,
    sources: &Sources,
) -> Result<(Hospital, u64), HubStoreError> {
    let hospital = parse_hospital(sources)?;
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    let changed = upsert(&tx, &hospital.departments).await?;
    for (name, body) in FILES.into_iter().zip([
        &sources.departments_csv,
        &sources.places_csv,
        &sources.map_toml,
        &sources.triage_toml,
    ]) {
        tx.execute(
            "INSERT INTO hospital_files (name, body) VALUES ($1, $2)
             ON CONFLICT (name) DO UPDATE SET body = $2",
            &[&name, body],
        )
        .await?;
    }
    if changed > 0 {
        audit(
            &tx,
            "cli",
            "load hospital",
            &format!("{changed} departments added or changed"),
            None,
        )
        .await?;
        tx.execute("SELECT pg_notify('banzhen', 'directory')", &[])
            .await?;
    }
    tx.commit().await?;
    Ok((hospital, changed))
}

/// The departments as the hub holds them, in the hospital's order.
pub async fn departments(client: &impl GenericClient) -> Result<Vec<Department>, HubStoreError> {
    let rows = client
        .query(
            "SELECT code, prefix, name_zh, name_en, desc_zh, desc_en, building, floor, room, x, y, hours,
                    status, status_note, avg_minutes FROM departments ORDER BY sort, code",
            &[],
        )
        .await?;
    rows.iter()
        .map(|r| {
            let hours: String = r.get(11);
            let status: String = r.get(12);
            Ok(Department {
                code: r.get(0),
                prefix: r.get(1),
                name: Text::new(r.get::<_, String>(2), r.get::<_, String>(3)),
                description: Text::new(r.get::<_, String>(4), r.get::<_, String>(5)),
                location: Location {
                    building: r.get(6),
                    floor: r.get(7),
                    room: r.get(8),
                    x: r.get(9),
                    y: r.get(10),
                },
                hours: WeeklyHours::parse(&hours)
                    .map_err(|e| HubStoreError::Invalid(format!("stored hours {hours:?}: {e}")))?,
                status: DeptStatus::from_str(&status)
                    .map_err(|_| HubStoreError::Invalid(format!("stored status {status:?}")))?,
                status_note: r.get(13),
                avg_minutes: r.get::<_, i32>(14) as u32,
            })
        })
        .collect()
}

/// The hospital's name, from the data files last loaded.
pub async fn hospital_name(pool: &Pool) -> Result<Text, HubStoreError> {
    let client = pool.get().await?;
    Ok(parse_hospital(&stored_sources(&client).await?)?.name)
}

/// The departments file, as `banzhen staff export` writes one.
pub async fn departments_csv(pool: &Pool) -> Result<String, HubStoreError> {
    let client = pool.get().await?;
    Ok(write_departments_csv(&departments(&client).await?))
}

async fn stored_sources(client: &impl GenericClient) -> Result<Sources, HubStoreError> {
    let rows = client
        .query("SELECT name, body FROM hospital_files", &[])
        .await?;
    let file = |name: &str| {
        rows.iter()
            .find(|r| r.get::<_, String>(0) == name)
            .map(|r| r.get::<_, String>(1))
            .ok_or_else(|| {
                HubStoreError::Invalid(format!(
                    "the hub has no {name}: load the hospital first (banzhen hub load)"
                ))
            })
    };
    Ok(Sources {
        departments_csv: file(DEPARTMENTS_FILE)?,
        places_csv: file("places.csv")?,
        map_toml: file("map.toml")?,
        triage_toml: file("triage.toml")?,
    })
}

/// Checks a departments file against the hospital's other files and, unless
/// `dry_run`, puts it in place of the current one in one transaction.
/// Returns the changes either way; an invalid file changes nothing.
pub async fn import_departments(
    pool: &Pool,
    user: &StaffUser,
    text: &str,
    dry_run: bool,
) -> Result<Vec<Change>, HubStoreError> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    let changes = replace_departments(&tx, user, text, dry_run, "import departments").await?;
    tx.commit().await?;
    Ok(changes)
}

/// [`import_departments`] inside the caller's transaction; `action` names it in the audit log.
pub(super) async fn replace_departments(
    tx: &impl GenericClient,
    user: &StaffUser,
    text: &str,
    dry_run: bool,
    action: &str,
) -> Result<Vec<Change>, HubStoreError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(HubStoreError::Invalid(format!(
            "the file is {} bytes; a departments file is at most {MAX_IMPORT_BYTES}",
            text.len()
        )));
    }
    tx.execute("LOCK TABLE departments IN SHARE ROW EXCLUSIVE MODE", &[])
        .await?;
    let sources = Sources {
        departments_csv: text.to_string(),
        ..stored_sources(tx).await?
    };
    let proposed = parse_hospital(&sources)?.departments;
    let current = departments(tx).await?;
    let changes = diff(&current, &proposed);
    if dry_run || changes.is_empty() {
        return Ok(changes);
    }
    for removed in changes.iter().filter_map(|c| match c {
        Change::Removed(code) => Some(code),
        _ => None,
    }) {
        let used = tx
            .query_opt(
                "SELECT 1 FROM tickets WHERE department = $1 LIMIT 1",
                &[removed],
            )
            .await?
            .is_some();
        if used {
            return Err(HubStoreError::Invalid(format!(
                "{removed} cannot be removed: it has tickets. Close it instead (status closed)."
            )));
        }
        tx.execute("DELETE FROM day_counters WHERE department = $1", &[removed])
            .await?;
        tx.execute("DELETE FROM departments WHERE code = $1", &[removed])
            .await?;
    }
    upsert(tx, &proposed).await?;
    // A removal alone changes no row's version: the directory's must move on anyway.
    tx.execute("SELECT nextval('directory_version')", &[])
        .await?;
    tx.execute(
        "UPDATE hospital_files SET body = $1 WHERE name = $2",
        &[&text, &DEPARTMENTS_FILE],
    )
    .await?;
    let summary: Vec<String> = changes.iter().map(ToString::to_string).collect();
    let undo =
        serde_json::json!({ "departments_csv": write_departments_csv(&current) }).to_string();
    audit(tx, &user.username, action, &summary.join("\n"), Some(&undo)).await?;
    tx.execute("SELECT pg_notify('banzhen', 'directory')", &[])
        .await?;
    Ok(changes)
}

/// What a kiosk pulls: the newest version, and the departments file when
/// anything changed after the version it has.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Directory {
    pub version: i64,
    pub departments_csv: Option<String>,
}

pub async fn directory_since(pool: &Pool, since: i64) -> Result<Directory, HubStoreError> {
    let client = pool.get().await?;
    // Every change to the directory draws from this sequence, a removal too.
    let version: i64 = client
        .query_one("SELECT last_value FROM directory_version", &[])
        .await?
        .get(0);
    let departments_csv = if version > since {
        Some(write_departments_csv(&departments(&client).await?))
    } else {
        None
    };
    Ok(Directory {
        version,
        departments_csv,
    })
}
