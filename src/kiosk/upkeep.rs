//! Daily upkeep for a kiosk that runs for months: once a day, a backup of
//! the database, then usage events older than the retention period folded
//! into daily totals. A failure raises a staff alert and never stops the
//! kiosk.

use crate::store::Store;
use chrono::{NaiveDate, NaiveDateTime};
use std::path::PathBuf;

/// Days of individual usage events kept: `BANZHEN_RETENTION_DAYS`, default
/// 365. Older ones survive as daily totals.
pub fn retention_days() -> u32 {
    std::env::var("BANZHEN_RETENTION_DAYS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|d| *d > 0)
        .unwrap_or(365)
}

pub struct Upkeep {
    /// Where daily backups go; None takes none.
    backups: Option<PathBuf>,
    retention_days: u32,
    /// The last day upkeep ran, so it runs once a day however often it is asked.
    done_for: Option<NaiveDate>,
}

impl Upkeep {
    pub fn new(backups: Option<PathBuf>, retention_days: u32) -> Upkeep {
        Upkeep {
            backups,
            retention_days,
            done_for: None,
        }
    }

    /// Runs the day's upkeep if it has not run today. Cheap when it has.
    pub fn run_if_due(&mut self, store: &Store, now: NaiveDateTime) {
        let today = now.date();
        if self.done_for == Some(today) {
            return;
        }
        self.done_for = Some(today);
        let Some(dir) = &self.backups else {
            return;
        };
        let alert = |message: String| {
            tracing::error!("{message}");
            let _ = store.write(|dao| dao.raise_alert(now, "system", &message));
        };
        match store.daily_backup(dir, today) {
            Ok(Some(_)) => {
                if let Err(e) = crate::stats::roll_up(store, self.retention_days, today) {
                    alert(format!("Rolling up old usage events failed: {e}"));
                }
            }
            Ok(None) => {}
            Err(e) => alert(format!("The daily backup failed: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, day)
            .and_then(|d| d.and_hms_opt(hour, 0, 0))
            .expect("time")
    }

    /// A demo database in a file of its own (backups copy a file).
    fn seeded() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(&dir.path().join("banzhen.db")).expect("store");
        store.seed_if_empty().expect("seed");
        (dir, store)
    }

    #[test]
    fn a_backup_is_taken_once_a_day_for_as_long_as_the_kiosk_runs() {
        let (dir, store) = seeded();
        let backups = dir.path().join("backups");
        let mut upkeep = Upkeep::new(Some(backups.clone()), 365);
        let count = || std::fs::read_dir(&backups).map_or(0, |d| d.count());
        upkeep.run_if_due(&store, at(1, 8));
        upkeep.run_if_due(&store, at(1, 20));
        assert_eq!(count(), 1);
        // The kiosk is still running the next morning.
        upkeep.run_if_due(&store, at(2, 0));
        assert_eq!(count(), 2);
    }

    #[test]
    fn a_failed_backup_alerts_staff_and_carries_on() {
        let (dir, store) = seeded();
        // A file where the backup folder should be.
        let blocked = dir.path().join("backups");
        std::fs::write(&blocked, b"not a folder").expect("write");
        let mut upkeep = Upkeep::new(Some(blocked), 365);
        upkeep.run_if_due(&store, at(1, 8));
        let alerts = store.read(|dao| dao.open_alerts()).expect("alerts");
        assert!(
            alerts
                .iter()
                .any(|a| a.message.contains("daily backup failed")),
            "{alerts:?}"
        );
    }
}
