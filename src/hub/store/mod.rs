//! The hub's data in PostgreSQL: departments (loaded from the same files as
//! a kiosk's), kiosks and their tokens, queue numbers and calls, and what
//! kiosks report (alerts, anonymous usage events).

mod desk;
mod kiosks;
mod staff;
pub mod stats;
mod tickets;

pub use desk::*;
pub use kiosks::*;
pub use staff::*;
pub use tickets::*;

use crate::hospital::Hospital;
use deadpool_postgres::Pool;

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
    #[error("every kiosk letter from A to ZZ is taken")]
    NoLetterLeft,
    #[error("no random numbers from the operating system: {0}")]
    Random(std::io::Error),
    #[error("{0}")]
    Invalid(String),
    #[error("the hub database is unreachable: {0}")]
    Pool(#[from] deadpool_postgres::PoolError),
    #[error(transparent)]
    Postgres(#[from] tokio_postgres::Error),
}

pub(crate) fn hex_sha256(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
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
