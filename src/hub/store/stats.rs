//! Usage statistics across every kiosk: the same figures as one kiosk's
//! report ([`crate::stats::Summary`], drawn by [`crate::stats::render`]),
//! computed by PostgreSQL over the anonymous events kiosks sent, and the
//! events themselves as CSV or JSON with the kiosk each came from. Days and
//! hours are the database's local time (its `TimeZone`: the hospital's).

use super::HubStoreError;
use crate::stats::{Period, Summary};
use deadpool_postgres::Pool;

/// Events in the period, with their local day and hour.
const EVENTS: &str = "WITH ev AS (
    SELECT to_char(at, 'YYYY-MM-DD') AS day, to_char(at, 'HH24') AS hour, kind, channel,
           COALESCE(lang, '') AS lang, COALESCE(department_code, '') AS dept, visit, kiosk_id, at
    FROM usage_events WHERE at >= $1::date AND at < $2::date + 1)";

fn pairs(rows: Vec<tokio_postgres::Row>) -> Vec<(String, i64)> {
    rows.iter().map(|r| (r.get(0), r.get(1))).collect()
}

pub async fn summary(pool: &Pool, period: Period) -> Result<Summary, HubStoreError> {
    let client = pool.get().await?;
    let (from, to) = (period.from, period.to);
    let q = |select: &str| format!("{EVENTS} {select}");
    let count = |kind: &'static str| {
        let client = &client;
        let sql = q("SELECT count(*) FROM ev WHERE kind = $3");
        async move {
            Ok::<i64, HubStoreError>(client.query_one(&sql, &[&from, &to, &kind]).await?.get(0))
        }
    };
    let list = |select: &str| {
        let client = &client;
        let sql = q(select);
        async move { Ok::<_, HubStoreError>(pairs(client.query(&sql, &[&from, &to]).await?)) }
    };
    // Minutes from each visit's first event to its last, per kiosk (visit numbers are per kiosk).
    let minutes: Vec<f64> = client
        .query(
            &q(
                "SELECT EXTRACT(EPOCH FROM max(at) - min(at))::float8 / 60 FROM ev
                GROUP BY kiosk_id, visit HAVING bool_or(kind = 'visit_started')
                ORDER BY 1",
            ),
            &[&from, &to],
        )
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    Ok(Summary {
        visits: count("visit_started").await?,
        completed: count("visit_completed").await?,
        abandoned: count("visit_abandoned").await?,
        per_day: list("SELECT day, count(*) FROM ev WHERE kind = 'visit_started' GROUP BY 1 ORDER BY 1").await?,
        per_hour: list("SELECT hour, count(*) FROM ev WHERE kind = 'visit_started' GROUP BY 1 ORDER BY 1").await?,
        channels: list("SELECT channel, count(*) FROM ev WHERE channel != 'system' GROUP BY 1 ORDER BY 2 DESC, 1").await?,
        languages: list("SELECT lang, count(*) FROM ev WHERE kind = 'visit_started' AND lang != '' GROUP BY 1 ORDER BY 2 DESC, 1").await?,
        top_departments: list("SELECT dept, count(*) FROM ev WHERE kind = 'triage_done' AND dept != '' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10").await?,
        emergencies: count("emergency").await?,
        staff_calls: count("staff_called").await?,
        speech_rejections: count("speech_rejected").await?,
        median_visit_minutes: (!minutes.is_empty()).then(|| minutes[minutes.len() / 2]),
    }
    .with_whole_axes(period))
}

/// One kiosk's export columns, led by the kiosk each event came from.
fn columns() -> impl Iterator<Item = &'static str> {
    std::iter::once("kiosk").chain(crate::stats::COLUMNS)
}

/// Every event in the period, oldest first, as CSV (with a header row and a
/// byte-order mark, for Excel) or as a JSON array.
pub async fn export(pool: &Pool, period: Period, json: bool) -> Result<String, HubStoreError> {
    let client = pool.get().await?;
    let rows = client
        .query(
            "SELECT k.name, to_char(e.at, 'YYYY-MM-DD\"T\"HH24:MI:SS'), e.visit, e.kind,
                    COALESCE(e.lang, ''), e.channel, COALESCE(e.department_code, ''), COALESCE(e.place_kind, '')
             FROM usage_events e JOIN kiosks k ON k.id = e.kiosk_id
             WHERE e.at >= $1::date AND e.at < $2::date + 1 ORDER BY e.at, e.id",
            &[&period.from, &period.to],
        )
        .await?;
    let record = |r: &tokio_postgres::Row| -> [String; 8] {
        [
            r.get(0),
            r.get(1),
            r.get::<_, i64>(2).to_string(),
            r.get(3),
            r.get(4),
            r.get(5),
            r.get(6),
            r.get(7),
        ]
    };
    if json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                let fields = record(r);
                let mut object = serde_json::Map::new();
                for (name, value) in columns().zip(fields) {
                    let value = match name {
                        "visit" => serde_json::Value::from(value.parse::<i64>().unwrap_or(0)),
                        _ => serde_json::Value::from(value),
                    };
                    object.insert(name.to_string(), value);
                }
                serde_json::Value::Object(object)
            })
            .collect();
        return serde_json::to_string_pretty(&list)
            .map_err(|e| HubStoreError::Invalid(e.to_string()));
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| HubStoreError::Invalid(format!("CSV: {e}"));
    w.write_record(columns()).map_err(fail)?;
    for r in &rows {
        w.write_record(record(r)).map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| HubStoreError::Invalid(format!("CSV: {e}")))?;
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}
