use super::*;
use chrono::NaiveDate;

fn at() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|d| d.and_hms_opt(14, 0, 0))
        .expect("time")
}

/// The room a department is in, as stored now.
fn room(s: &Store, code: &str) -> String {
    s.hospital()
        .unwrap()
        .department(code)
        .unwrap()
        .location
        .room
        .clone()
}

fn store() -> Store {
    let s = Store::open_in_memory().expect("store");
    s.seed_if_empty().expect("seed");
    s
}

#[test]
fn export_then_import_round_trips_with_no_diff() {
    let s = store();
    let text = export_departments(&s).unwrap();
    let changes =
        import_departments(&s, &text, "departments.csv", Channel::Cli, at(), false).unwrap();
    assert!(changes.is_empty(), "{changes:?}");
    assert!(
        audit_log(&s, 10).unwrap().is_empty(),
        "no change, no audit entry"
    );
}

#[test]
fn a_dry_run_shows_the_diff_and_changes_nothing() {
    let s = store();
    let text = export_departments(&s)
        .unwrap()
        .replace(",A,2,220,", ",A,3,305B,");
    let changes =
        import_departments(&s, &text, "departments.csv", Channel::Cli, at(), true).unwrap();
    assert_eq!(changes.len(), 1);
    assert!(
        changes[0].to_string().contains("room \"220\" → \"305B\""),
        "{}",
        changes[0]
    );
    assert_eq!(room(&s, "10"), "220");
}

#[test]
fn an_import_applies_is_audited_and_can_be_undone() {
    let s = store();
    let original = export_departments(&s).unwrap();
    let text = original.replace(",A,2,220,", ",A,3,305B,");
    import_departments(&s, &text, "departments.csv", Channel::Cli, at(), false).unwrap();
    assert_eq!(room(&s, "10"), "305B");
    let log = audit_log(&s, 10).unwrap();
    assert_eq!(log.len(), 1);
    assert!(log[0].summary.contains("305B"));
    let (undone, changes) = undo(&s, Channel::Cli, at()).unwrap();
    assert_eq!(undone.id, log[0].id);
    assert_eq!(changes.len(), 1);
    assert_eq!(room(&s, "10"), "220");
    assert_eq!(export_departments(&s).unwrap(), original);
    assert!(matches!(
        undo(&s, Channel::Cli, at()),
        Err(StaffError::NothingToUndo)
    ));
}

#[test]
fn a_broken_file_names_its_lines_and_changes_nothing() {
    let s = store();
    let before = export_departments(&s).unwrap();
    let mut lines: Vec<String> = before.lines().map(String::from).collect();
    lines[2] = lines[2].replacen("03.01,R,呼吸内科", "03.99,R,", 1);
    lines[4] = lines[4].replace("Mon-Fri", "Weekdays");
    let text = lines.join("\n");
    let err = import_departments(&s, &text, "new.csv", Channel::Cli, at(), false)
        .unwrap_err()
        .to_string();
    assert!(err.contains("new.csv line 3"), "{err}");
    assert!(err.contains("new.csv line 5: opening hours"), "{err}");
    assert_eq!(export_departments(&s).unwrap(), before);
}

#[test]
fn removing_a_department_that_triage_uses_is_refused() {
    let s = store();
    let text: Vec<String> = export_departments(&s)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("13,"))
        .map(String::from)
        .collect();
    let err = import_departments(
        &s,
        &text.join("\n"),
        "departments.csv",
        Channel::Cli,
        at(),
        false,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("department 13 is missing") && err.contains("close it"),
        "{err}"
    );
    assert!(s.hospital().unwrap().department("13").is_some());
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let s = store();
    let huge = "x".repeat(MAX_IMPORT_BYTES + 1);
    assert!(matches!(
        import_departments(&s, &huge, "big.csv", Channel::Cli, at(), true),
        Err(StaffError::TooLarge(_))
    ));
}

#[test]
fn the_voice_setting_is_stored_and_audited() {
    let s = store();
    assert!(!voice_muted(&s).unwrap(), "the voice is on by default");
    set_voice_muted(&s, true, at()).unwrap();
    assert!(voice_muted(&s).unwrap());
    assert!(audit_log(&s, 1).unwrap()[0]
        .summary
        .contains("voice was turned off"));
}
