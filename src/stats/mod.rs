//! Usage statistics for managers: the anonymous events exported as CSV or
//! JSON (streamed row by row, so a million events never sit in memory), and a
//! report with charts computed by SQL aggregates.

mod report;

pub use report::{render, report_html, Summary};

use crate::store::usage::TIME_FORMAT;
use crate::store::{Store, StoreError};
use chrono::NaiveDate;
use std::io::Write;

#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    #[error("the period starts on {from} but ends earlier, on {to}")]
    PeriodBackwards { from: NaiveDate, to: NaiveDate },
    #[error("cannot write the statistics: {0}")]
    Write(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for StatsError {
    fn from(e: rusqlite::Error) -> Self {
        StatsError::Store(e.into())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// A period of whole local days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, StatsError> {
        if to < from {
            return Err(StatsError::PeriodBackwards { from, to });
        }
        Ok(Period { from, to })
    }

    /// Every day that holds a usage event, up to `today`: from the oldest
    /// event kept (or its daily total), or just `today` when there is none.
    pub fn everything(store: &Store, today: NaiveDate) -> Result<Period, StatsError> {
        let oldest: Option<String> = store.read(|dao| -> Result<_, StatsError> {
            Ok(dao.conn().query_row(
                "SELECT min(d) FROM (SELECT min(substr(at, 1, 10)) AS d FROM usage_events \
                 UNION ALL SELECT min(day) FROM usage_daily)",
                [],
                |r| r.get(0),
            )?)
        })?;
        let from = oldest
            .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
            .map_or(today, |d| d.min(today));
        Period::new(from, today)
    }

    /// Bounds as stored timestamps: `[start, end)`.
    pub(crate) fn bounds(&self) -> (String, String) {
        let start = self
            .from
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default()
            .format(TIME_FORMAT)
            .to_string();
        let end = self
            .to
            .succ_opt()
            .unwrap_or(self.to)
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default()
            .format(TIME_FORMAT)
            .to_string();
        (start, end)
    }
}

/// The columns of an export, in order.
pub const COLUMNS: [&str; 7] = [
    "time",
    "visit",
    "event",
    "language",
    "channel",
    "department",
    "place",
];

/// Writes every usage event in `period` to `out`, oldest first. CSV has a
/// header row (and a byte-order mark when `bom`, for Excel); timestamps are
/// ISO 8601 local time. Returns the number of events written.
pub fn export(
    store: &Store,
    period: Period,
    format: Format,
    bom: bool,
    out: &mut dyn Write,
) -> Result<u64, StatsError> {
    let (start, end) = period.bounds();
    store.read(|dao| -> Result<u64, StatsError> {
        let mut stmt = dao.conn().prepare(
            "SELECT at, visit, kind, COALESCE(lang, ''), channel, COALESCE(department_code, ''), COALESCE(place_kind, '')
             FROM usage_events WHERE at >= ?1 AND at < ?2 ORDER BY at, id",
        )?;
        let mut rows = stmt.query([&start, &end])?;
        let mut n = 0u64;
        match format {
            Format::Csv => {
                if bom {
                    out.write_all("\u{feff}".as_bytes())?;
                }
                let mut w = csv::Writer::from_writer(&mut *out);
                w.write_record(COLUMNS).map_err(csv_io)?;
                while let Some(r) = rows.next()? {
                    let visit: i64 = r.get(1)?;
                    let fields: [String; 7] = [r.get(0)?, visit.to_string(), r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?];
                    w.write_record(&fields).map_err(csv_io)?;
                    n += 1;
                }
                w.flush()?;
            }
            Format::Json => {
                out.write_all(b"[")?;
                while let Some(r) = rows.next()? {
                    let v = serde_json::json!({
                        "time": r.get::<_, String>(0)?,
                        "visit": r.get::<_, i64>(1)?,
                        "event": r.get::<_, String>(2)?,
                        "language": r.get::<_, String>(3)?,
                        "channel": r.get::<_, String>(4)?,
                        "department": r.get::<_, String>(5)?,
                        "place": r.get::<_, String>(6)?,
                    });
                    if n > 0 {
                        out.write_all(b",")?;
                    }
                    out.write_all(b"\n")?;
                    serde_json::to_writer(&mut *out, &v).map_err(std::io::Error::other)?;
                    n += 1;
                }
                out.write_all(b"\n]\n")?;
            }
        }
        Ok(n)
    })
}

/// Folds usage events older than `keep_days` before `today` into daily
/// totals and deletes them, in one transaction. Returns the events removed.
pub fn roll_up(store: &Store, keep_days: u32, today: NaiveDate) -> Result<u64, StatsError> {
    let cutoff = (today - chrono::Duration::days(keep_days as i64))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .format(TIME_FORMAT)
        .to_string();
    store.write(|dao| -> Result<u64, StatsError> {
        let c = dao.conn();
        c.execute(
            "INSERT INTO usage_daily (day, kind, channel, lang, department_code, count)
             SELECT substr(at, 1, 10), kind, channel, COALESCE(lang, ''), COALESCE(department_code, ''), count(*)
             FROM usage_events WHERE at < ?1 GROUP BY 1, 2, 3, 4, 5
             ON CONFLICT (day, kind, channel, lang, department_code) DO UPDATE SET count = count + excluded.count",
            [&cutoff],
        )?;
        Ok(c.execute("DELETE FROM usage_events WHERE at < ?1", [&cutoff])? as u64)
    })
}

fn csv_io(e: csv::Error) -> StatsError {
    StatsError::Write(std::io::Error::other(e))
}

#[cfg(test)]
mod tests;
