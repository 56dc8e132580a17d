use super::*;
use crate::hospital::PlaceKind;
use crate::lang::Lang;
use crate::store::usage::{Channel, UsageRecord};

fn store_with_events() -> Store {
    let s = Store::open_in_memory().expect("store");
    s.seed_if_empty().expect("seed");
    let at = |d: u32, h: u32, m: u32| {
        NaiveDate::from_ymd_opt(2026, 11, d)
            .and_then(|x| x.and_hms_opt(h, m, 0))
            .expect("time")
    };
    let events = [
        (at(2, 9, 0), 1, "visit_started", Channel::Touch, None, None),
        (
            at(2, 9, 1),
            1,
            "triage_done",
            Channel::System,
            Some("03.04"),
            None,
        ),
        (
            at(2, 9, 2),
            1,
            "ticket_taken",
            Channel::System,
            Some("03.04"),
            None,
        ),
        (
            at(2, 9, 5),
            1,
            "visit_completed",
            Channel::System,
            None,
            None,
        ),
        (at(3, 14, 0), 2, "visit_started", Channel::Voice, None, None),
        (
            at(3, 14, 1),
            2,
            "directions_shown",
            Channel::Voice,
            None,
            Some(PlaceKind::Pharmacy),
        ),
        (
            at(3, 14, 3),
            2,
            "visit_completed",
            Channel::System,
            None,
            None,
        ),
        (at(4, 10, 0), 3, "visit_started", Channel::Touch, None, None),
        (
            at(4, 10, 2),
            3,
            "visit_abandoned",
            Channel::System,
            None,
            None,
        ),
        (
            at(30, 10, 0),
            4,
            "visit_started",
            Channel::Touch,
            None,
            None,
        ),
    ];
    s.write(|dao| -> crate::store::Result<()> {
        for (at, visit, kind, channel, dept, place) in events {
            dao.record_usage(&UsageRecord {
                at,
                visit,
                kind,
                lang: Lang::Zh,
                channel,
                department_code: dept.map(String::from),
                place_kind: place,
            })?;
        }
        Ok(())
    })
    .expect("events");
    s
}

fn nov(from: u32, to: u32) -> Period {
    Period::new(
        NaiveDate::from_ymd_opt(2026, 11, from).expect("d"),
        NaiveDate::from_ymd_opt(2026, 11, to).expect("d"),
    )
    .expect("period")
}

#[test]
fn csv_has_a_header_iso_times_and_only_the_period() {
    let s = store_with_events();
    let mut out = Vec::new();
    let n = export(&s, nov(2, 3), Format::Csv, true, &mut out).unwrap();
    assert_eq!(n, 7);
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.starts_with("\u{feff}time,visit,event,language,channel,department,place\n"),
        "{text}"
    );
    assert!(
        text.contains("2026-11-02T09:02:00,1,ticket_taken,zh,system,03.04,\n"),
        "{text}"
    );
    assert!(!text.contains("2026-11-04"));
}

#[test]
fn json_is_one_array_of_events() {
    let s = store_with_events();
    let mut out = Vec::new();
    export(&s, nov(1, 30), Format::Json, false, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(10));
    assert_eq!(v[5]["place"], "pharmacy");
    let mut empty = Vec::new();
    export(&s, nov(20, 21), Format::Json, false, &mut empty).unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&empty).unwrap(),
        serde_json::json!([])
    );
}

#[test]
fn a_backwards_period_is_refused() {
    let err = Period::new(
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the period starts on 2026-11-30 but ends earlier, on 2026-11-01"
    );
}

#[test]
fn the_summary_counts_what_managers_ask_for() {
    let s = store_with_events();
    let sum = Summary::compute(&s, nov(1, 30)).unwrap();
    assert_eq!(sum.visits, 4);
    assert_eq!((sum.completed, sum.abandoned), (2, 1));
    assert_eq!(sum.top_departments, vec![("03.04".to_string(), 1)]);
    assert_eq!(
        sum.channels,
        vec![("touch".to_string(), 3), ("voice".to_string(), 2)]
    );
    // Every day of November has its bar, and every hour of the day.
    assert_eq!(sum.per_day.len(), 30);
    assert_eq!(sum.per_day.iter().filter(|(_, n)| *n > 0).count(), 4);
    assert_eq!(sum.per_hour.len(), 24);
    assert_eq!(sum.per_hour[0].0, "00");
    // Visits last 5, 3, 2 and 0 minutes: the median of four is the third when sorted.
    assert_eq!(sum.median_visit_minutes.map(|m| m.round()), Some(3.0));
    let html = report_html(&s, nov(1, 30)).unwrap();
    assert!(
        html.contains("<svg")
            && html.contains("心血管内科 · Cardiology")
            && html.contains("每天就诊 · Visits per day")
            && html.contains("23:00"),
        "{html}"
    );
}

#[test]
fn old_events_roll_up_into_daily_totals() {
    let s = store_with_events();
    let removed = roll_up(&s, 25, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()).unwrap();
    assert_eq!(removed, 9, "events before 11-05 go; the one on 11-30 stays");
    let total: i64 = s
        .read(|dao| -> crate::store::Result<i64> {
            Ok(dao
                .conn()
                .query_row("SELECT sum(count) FROM usage_daily", [], |r| r.get(0))?)
        })
        .unwrap();
    assert_eq!(total, 9);
    assert_eq!(
        roll_up(&s, 25, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()).unwrap(),
        0,
        "idempotent"
    );
}

#[test]
fn the_report_still_counts_days_past_their_retention() {
    let s = store_with_events();
    let before = Summary::compute(&s, nov(1, 30)).unwrap();
    roll_up(&s, 25, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()).unwrap();
    let after = Summary::compute(&s, nov(1, 30)).unwrap();
    assert_eq!(
        (after.visits, after.completed, after.abandoned),
        (before.visits, before.completed, before.abandoned)
    );
    assert_eq!(after.per_day, before.per_day);
    assert_eq!(after.channels, before.channels);
    assert_eq!(after.top_departments, before.top_departments);
}

#[test]
fn everything_runs_from_the_oldest_event_to_today() {
    let s = store_with_events();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("day");
    let p = Period::everything(&s, today).expect("period");
    assert_eq!(p.from, NaiveDate::from_ymd_opt(2026, 11, 2).expect("day"));
    assert_eq!(p.to, today);
    let empty = Store::open_in_memory().expect("store");
    empty.seed_if_empty().expect("seed");
    assert_eq!(
        Period::everything(&empty, today).expect("period"),
        Period::new(today, today).expect("period")
    );
}
