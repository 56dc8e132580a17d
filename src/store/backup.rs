//! Keeping the database safe: a daily copy (the last seven kept), a check on
//! start, and automatic recovery from the newest good copy when the database
//! is damaged, so the kiosk keeps guiding patients.

use super::{Store, StoreError};
use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// Daily copies kept.
pub const KEEP: usize = 7;
const PREFIX: &str = "banzhen-";

/// Where backups of the database at `db` go: `backups/` beside it.
pub fn backup_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

fn backup_path(dir: &Path, day: NaiveDate) -> PathBuf {
    dir.join(format!("{PREFIX}{day}.db"))
}

/// The backups in `dir`, newest first.
pub fn backups(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(".db"))
                })
                .collect()
        })
        .unwrap_or_default();
    // The date in the name sorts as text.
    found.sort();
    found.reverse();
    found
}

impl Store {
    /// A consistent copy of the live database, taken while it is in use,
    /// with SQLite's online backup API (in steps, so the kiosk is never
    /// held up for long).
    pub fn copy_to(&self, target: &Path) -> Result<(), StoreError> {
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let tmp = target.with_extension("partial");
        let _ = std::fs::remove_file(&tmp);
        {
            let conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
            let mut copy = Connection::open(&tmp)?;
            let backup = rusqlite::backup::Backup::new(&conn, &mut copy)?;
            backup.run_to_completion(256, std::time::Duration::from_millis(5), None)?;
        }
        std::fs::rename(&tmp, target).map_err(|source| StoreError::CreateDir {
            path: target.to_path_buf(),
            source,
        })?;
        Ok(())
    }

    /// Takes today's backup if there is none yet, and keeps the newest [`KEEP`].
    /// Returns the file written, if any.
    pub fn daily_backup(
        &self,
        dir: &Path,
        today: NaiveDate,
    ) -> Result<Option<PathBuf>, StoreError> {
        let path = backup_path(dir, today);
        if path.exists() {
            return Ok(None);
        }
        self.copy_to(&path)?;
        for old in backups(dir).into_iter().skip(KEEP) {
            let _ = std::fs::remove_file(old);
        }
        Ok(Some(path))
    }
}

/// True when the file opens as a database and passes SQLite's quick check.
pub fn is_healthy(path: &Path) -> bool {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0)))
        .is_ok_and(|s| s == "ok")
}

/// What happened when the database was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Healthy,
    /// The database is sound but cannot be written (read-only or full disk):
    /// the kiosk guides patients; tickets and statistics are not kept.
    ReadOnly,
    /// The damaged file was kept as `damaged` and the backup `from` put in its place.
    Restored {
        damaged: PathBuf,
        from: PathBuf,
    },
    /// No good backup: the damaged file was kept and a fresh database made.
    Fresh {
        damaged: PathBuf,
    },
}

/// Opens the kiosk's database, checking it first. A damaged database is
/// moved aside (never deleted) and replaced by the newest healthy backup, or
/// by a fresh one when there is none.
pub fn open_checked(
    path: &Path,
    now: chrono::NaiveDateTime,
) -> Result<(Store, Opened), StoreError> {
    if !path.exists() || is_healthy(path) {
        match Store::open(path) {
            Ok(store) => return Ok((store, Opened::Healthy)),
            // Sound but not writable: never treat that as damage.
            Err(_) if path.exists() => return Ok((Store::open_read_only(path)?, Opened::ReadOnly)),
            Err(e) => return Err(e),
        }
    }
    let damaged = path.with_extension(format!("damaged-{}", now.format("%Y%m%dT%H%M%S")));
    std::fs::rename(path, &damaged).map_err(|source| StoreError::CreateDir {
        path: damaged.clone(),
        source,
    })?;
    for side in ["-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{side}", path.display()));
        let _ = std::fs::rename(&file, PathBuf::from(format!("{}{side}", damaged.display())));
    }
    let good = backups(&backup_dir(path))
        .into_iter()
        .find(|b| is_healthy(b));
    let opened = match &good {
        Some(from) => {
            std::fs::copy(from, path).map_err(|source| StoreError::CreateDir {
                path: path.to_path_buf(),
                source,
            })?;
            Opened::Restored {
                damaged: damaged.clone(),
                from: from.clone(),
            }
        }
        None => Opened::Fresh {
            damaged: damaged.clone(),
        },
    };
    let store = Store::open(path)?;
    let message = match &opened {
        Opened::Restored { from, .. } => format!("The database was damaged; the kiosk restored the backup {}. The damaged file is kept as {}.", from.display(), damaged.display()),
        _ => format!("The database was damaged and no good backup was found; the kiosk started a fresh one. The damaged file is kept as {}.", damaged.display()),
    };
    tracing::warn!("{message}");
    store.write(|dao| dao.raise_alert(now, "system", &message))?;
    Ok((store, opened))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("date")
    }

    fn now() -> chrono::NaiveDateTime {
        day(30).and_hms_opt(8, 0, 0).expect("time")
    }

    #[test]
    fn one_backup_a_day_and_only_the_last_seven_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("banzhen.db")).unwrap();
        store.seed_if_empty().unwrap();
        let backups_dir = dir.path().join("backups");
        for d in 1..=10 {
            assert!(store.daily_backup(&backups_dir, day(d)).unwrap().is_some());
        }
        assert!(
            store.daily_backup(&backups_dir, day(10)).unwrap().is_none(),
            "one a day"
        );
        let kept = backups(&backups_dir);
        assert_eq!(kept.len(), KEEP);
        assert!(kept[0].ends_with("banzhen-2026-11-10.db"));
        assert!(kept.iter().all(|b| is_healthy(b)));
    }

    #[test]
    fn a_damaged_database_is_replaced_by_the_newest_good_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("banzhen.db");
        {
            let store = Store::open(&path).unwrap();
            store.seed_if_empty().unwrap();
            crate::queue::take(&store, "03.04", now()).unwrap();
            store.daily_backup(&backup_dir(&path), day(30)).unwrap();
        }
        std::fs::write(&path, vec![0xAB; 16384]).unwrap();
        let (store, opened) = open_checked(&path, now()).unwrap();
        let Opened::Restored { damaged, .. } = opened else {
            panic!("expected a restore, got {opened:?}")
        };
        assert!(damaged.exists(), "the damaged file is kept");
        let ticket = store
            .read(|dao| crate::queue::ticket(dao, "03.04", "C001", now()))
            .unwrap();
        assert_eq!(ticket.label, "C001", "the backup's tickets are back");
        let alerts = store.read(|dao| dao.open_alerts()).unwrap();
        assert!(alerts
            .iter()
            .any(|a| a.kind == "system" && a.message.contains("restored")));
    }

    #[test]
    fn a_read_only_database_still_guides_patients() {
        use crate::kiosk::{Session, Silent};
        use crate::workflow::{Action, Event, PatientText, Screen};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("banzhen.db");
        Store::open(&path).unwrap().seed_if_empty().unwrap();
        let store = std::sync::Arc::new(Store::open_read_only(&path).unwrap());
        let mut s = Session::new(store, Box::new(Silent)).unwrap();
        s.dispatch(
            Event::tap(Action::SetLanguage(crate::lang::Lang::En)),
            1,
            now(),
        );
        s.dispatch(
            Event::voice(Action::Complaint(PatientText("I have a toothache".into()))),
            2,
            now(),
        );
        assert_eq!(
            s.kiosk().screen,
            Screen::Recommendation,
            "triage works without writing"
        );
        s.dispatch(Event::tap(Action::ShowDirections), 3, now());
        assert!(matches!(s.kiosk().screen, Screen::Directions { .. }));
        s.dispatch(Event::tap(Action::Back), 4, now());
        s.dispatch(Event::tap(Action::TakeTicket), 5, now());
        assert!(
            matches!(s.kiosk().screen, Screen::Problem { .. }),
            "no number is promised that cannot be kept"
        );
        assert!(!s.warnings.is_empty(), "staff are told");
    }

    #[test]
    fn with_no_backup_a_fresh_database_keeps_the_kiosk_going() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("banzhen.db");
        std::fs::write(&path, vec![0xCD; 16384]).unwrap();
        let (store, opened) = open_checked(&path, now()).unwrap();
        assert!(matches!(opened, Opened::Fresh { .. }));
        assert!(store.seed_if_empty().unwrap());
    }
}
