use super::*;
use crate::store::Store;
use chrono::NaiveDate;

fn at(day: u32, h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .and_then(|d| d.and_hms_opt(h, m, 0))
        .expect("valid time")
}

fn store() -> Store {
    let s = Store::open_in_memory().expect("memory store");
    s.seed_if_empty().expect("demo seeds");
    s
}

#[test]
fn numbers_count_up_per_department_with_its_prefix() {
    let s = store();
    let a = take(&s, "03.04", at(30, 8, 0)).unwrap();
    let b = take(&s, "03.04", at(30, 8, 1)).unwrap();
    let c = take(&s, "13", at(30, 8, 2)).unwrap();
    assert_eq!(a.ticket.label, "C001");
    assert_eq!(b.ticket.label, "C002");
    assert_eq!(c.ticket.label, "V001");
    assert_eq!((a.ahead, b.ahead), (0, 1));
}

#[test]
fn a_new_local_day_starts_again_at_one() {
    let s = store();
    take(&s, "03.04", at(29, 23, 59)).unwrap();
    take(&s, "03.04", at(29, 23, 59)).unwrap();
    let next_day = take(&s, "03.04", at(30, 0, 1)).unwrap();
    assert_eq!(next_day.ticket.label, "C001");
    assert_eq!(
        next_day.ahead, 0,
        "yesterday's queue is not ahead of today's patients"
    );
}

#[test]
fn wait_uses_the_department_average_until_there_is_history() {
    let s = store();
    for _ in 0..3 {
        take(&s, "03.04", at(30, 8, 0)).unwrap();
    }
    let status = s.read(|dao| status(dao, "03.04", at(30, 8, 0))).unwrap();
    assert_eq!(status.estimate_source, EstimateSource::DepartmentAverage);
    // Cardiology's average is 15 minutes in the demo data.
    assert_eq!(status.estimated_wait_minutes, 45);
}

#[test]
fn wait_follows_recent_service_times() {
    let s = store();
    for i in 0..6 {
        take(&s, "03.04", at(30, 8, i)).unwrap();
    }
    // Four consultations of 5 minutes each.
    for k in 0..5 {
        s.write(|dao| call_next(dao, "03.04", at(30, 9, 5 * k)))
            .unwrap();
    }
    let status = s.read(|dao| status(dao, "03.04", at(30, 9, 20))).unwrap();
    assert_eq!(status.estimate_source, EstimateSource::Recent);
    assert!(
        (status.minutes_per_patient - 5.0).abs() < 0.01,
        "{status:?}"
    );
    assert_eq!(status.now_serving.as_deref(), Some("C005"));
    assert_eq!(status.waiting, 1);
    // One waiting, one half-way through: 1.5 patients of 5 minutes.
    assert_eq!(status.estimated_wait_minutes, 8);
}

#[test]
fn call_next_finishes_the_current_patient_and_calls_in_order() {
    let s = store();
    take(&s, "03.04", at(30, 8, 0)).unwrap();
    take(&s, "03.04", at(30, 8, 1)).unwrap();
    let first = s
        .write(|dao| call_next(dao, "03.04", at(30, 8, 10)))
        .unwrap()
        .unwrap();
    assert_eq!(first.label, "C001");
    let second = s
        .write(|dao| call_next(dao, "03.04", at(30, 8, 20)))
        .unwrap()
        .unwrap();
    assert_eq!(second.label, "C002");
    let done = s
        .read(|dao| ticket(dao, "03.04", "C001", at(30, 8, 20)))
        .unwrap();
    assert_eq!(done.status, TicketStatus::Done);
    assert!(s
        .write(|dao| call_next(dao, "03.04", at(30, 8, 30)))
        .unwrap()
        .is_none());
}

#[test]
fn a_no_show_leaves_the_queue() {
    let s = store();
    take(&s, "03.04", at(30, 8, 0)).unwrap();
    let mine = take(&s, "03.04", at(30, 8, 1)).unwrap();
    s.write(|dao| finish(dao, "03.04", "1", true, at(30, 8, 30)))
        .unwrap();
    let now = s
        .read(|dao| position(dao, &mine.ticket, at(30, 8, 31)))
        .unwrap();
    assert_eq!(now.ahead, 0);
}

#[test]
fn closed_departments_do_not_issue_numbers() {
    let s = store();
    s.write(|dao| -> Result<(), QueueError> {
        dao.conn().execute("UPDATE departments SET status = 'closed', status_note = 'afternoon off' WHERE code = '13'", [])?;
        Ok(())
    })
    .unwrap();
    let err = take(&s, "13", at(30, 14, 0)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Dermatology is closed and is not taking numbers (afternoon off)"
    );
    assert!(matches!(
        take(&s, "99", at(30, 14, 0)),
        Err(QueueError::UnknownDepartment(_))
    ));
}

#[test]
fn an_unknown_ticket_is_a_clear_error() {
    let s = store();
    let err = s
        .read(|dao| ticket(dao, "03.04", "C999", at(30, 8, 0)))
        .unwrap_err();
    assert_eq!(err.to_string(), "there is no ticket C999 today");
}
