//! Whole visits, driven through the workflow and a real store the way the
//! kiosk drives them: taps and words in, screens and database rows out.

use crate::common::{session, wall, TempDb};
use banzhen::hospital::PlaceKind;
use banzhen::lang::Lang;
use banzhen::store::Store;
use banzhen::workflow::{
    Action, Event, MenuChoice, Patient, PatientText, Screen, Target, TICKET_QUIET_MS,
};

fn tap(s: &mut banzhen::kiosk::Session, a: Action, now: u64) {
    s.dispatch(Event::tap(a), now, wall(9, 0));
}

fn say(s: &mut banzhen::kiosk::Session, a: Action, now: u64) {
    s.dispatch(Event::voice(a), now, wall(9, 0));
}

#[test]
fn a_chest_complaint_by_touch_ends_with_a_cardiology_number() {
    let db = TempDb::new();
    let mut s = session(&db);
    tap(&mut s, Action::SetLanguage(Lang::Zh), 1_000);
    tap(&mut s, Action::Menu(MenuChoice::FeelUnwell), 2_000);
    tap(&mut s, Action::ChoosePatient(Patient::Adult), 3_000);
    tap(&mut s, Action::PickBodyPart("chest".into()), 4_000);
    tap(&mut s, Action::PickSymptom("chest_tightness".into()), 5_000);
    assert!(matches!(s.kiosk().screen, Screen::RedFlagQuestion { .. }));
    tap(&mut s, Action::Answer(false), 6_000);
    assert_eq!(s.kiosk().screen, Screen::Recommendation);
    let a = s.kiosk().visit.assessment.clone().expect("assessed");
    assert_eq!(a.department.as_deref(), Some("03.04"));
    assert!(!a.reasons.is_empty());
    tap(&mut s, Action::TakeTicket, 7_000);
    assert_eq!(s.kiosk().screen, Screen::TicketShown { index: 0 });
    let shown = s.kiosk().visit.tickets[0].ticket.label.clone();
    assert_eq!(shown, "C001");
    // The number on the screen is in the database file.
    let reopened = Store::open(&db.path).expect("reopen");
    let stored = reopened
        .read(|dao| banzhen::queue::ticket(dao, "03.04", &shown, wall(9, 0)))
        .expect("ticket stored");
    assert_eq!(stored.label, shown);
    tap(&mut s, Action::ShowDirections, 8_000);
    assert_eq!(
        s.kiosk().screen,
        Screen::Directions {
            target: Target::Department("03.04".into())
        }
    );
}

#[test]
fn a_spoken_complaint_about_a_child_goes_to_paediatrics() {
    let db = TempDb::new();
    let mut s = session(&db);
    say(&mut s, Action::SetLanguage(Lang::Zh), 1_000);
    say(
        &mut s,
        Action::Complaint(PatientText("孩子发烧咳嗽".into())),
        2_000,
    );
    assert_eq!(s.kiosk().screen, Screen::Recommendation);
    assert_eq!(
        s.kiosk()
            .visit
            .assessment
            .as_ref()
            .and_then(|a| a.department.as_deref()),
        Some("07")
    );
}

#[test]
fn a_yes_to_the_warning_question_is_an_emergency_with_staff_alerted() {
    let db = TempDb::new();
    let mut s = session(&db);
    tap(&mut s, Action::SetLanguage(Lang::En), 1_000);
    tap(&mut s, Action::Menu(MenuChoice::FeelUnwell), 2_000);
    tap(&mut s, Action::ChoosePatient(Patient::Adult), 3_000);
    tap(&mut s, Action::PickBodyPart("chest".into()), 4_000);
    tap(&mut s, Action::PickSymptom("chest_pain".into()), 5_000);
    tap(&mut s, Action::Answer(true), 6_000);
    assert_eq!(s.kiosk().screen, Screen::Emergency);
    let alerts = s.store().read(|dao| dao.open_alerts()).expect("alerts");
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].kind, "emergency");
    tap(&mut s, Action::ShowDirections, 7_000);
    assert_eq!(
        s.kiosk().screen,
        Screen::Directions {
            target: Target::Department("20".into())
        }
    );
}

#[test]
fn a_closed_department_explains_itself_and_nothing_is_issued() {
    let db = TempDb::new();
    let mut s = session(&db);
    s.store()
        .write(|dao| -> banzhen::store::Result<()> {
            dao.conn().execute("UPDATE departments SET status = 'closed', status_note = '下午停诊' WHERE code = '13'", [])?;
            Ok(())
        })
        .expect("close dermatology");
    s.reload(0, wall(9, 0)).expect("reload");
    tap(&mut s, Action::SetLanguage(Lang::Zh), 1_000);
    say(
        &mut s,
        Action::Complaint(PatientText("我想挂皮肤科".into())),
        2_000,
    );
    tap(&mut s, Action::TakeTicket, 3_000);
    match &s.kiosk().screen {
        Screen::Problem { message } => assert!(message.zh.contains("下午停诊"), "{message:?}"),
        other => panic!("expected a problem screen, got {other:?}"),
    }
    assert!(s.kiosk().visit.tickets.is_empty());
}

#[test]
fn after_the_last_clinic_of_the_day_no_number_is_given_and_the_patient_is_told_where_to_go() {
    let db = TempDb::new();
    let mut s = session(&db);
    let evening = wall(19, 0);
    let ask = |s: &mut banzhen::kiosk::Session, words: &str, now: u64| {
        s.dispatch(Event::tap(Action::SetLanguage(Lang::Zh)), now, evening);
        s.dispatch(
            Event::voice(Action::Complaint(PatientText(words.into()))),
            now + 1_000,
            evening,
        );
        s.dispatch(Event::tap(Action::TakeTicket), now + 2_000, evening);
    };
    // Dermatology closes at 17:30 on a Monday.
    ask(&mut s, "我想挂皮肤科", 1_000);
    match &s.kiosk().screen {
        Screen::Problem { message } => {
            assert!(message.zh.contains("今天的门诊已经结束"), "{message:?}");
            assert!(message.zh.contains("急诊"), "{message:?}");
            assert!(
                message.en.contains("Hours: Mon-Fri 08:00-12:00"),
                "{message:?}"
            );
        }
        other => panic!("expected a problem screen, got {other:?}"),
    }
    assert!(s.kiosk().visit.tickets.is_empty());
    let stored = s
        .store()
        .read(|dao| banzhen::queue::status(dao, "13", evening))
        .expect("queue status");
    assert_eq!(stored.last_issued, None, "nothing was written");
    // Paediatrics sees children until 21:00: its numbers are still given.
    s.dispatch(Event::tap(Action::Finish), 10_000, evening);
    ask(&mut s, "我想挂儿科", 11_000);
    assert_eq!(s.kiosk().screen, Screen::TicketShown { index: 0 });
}

#[test]
fn walking_away_clears_the_patient_and_leaves_only_anonymous_counts() {
    let db = TempDb::new();
    let mut s = session(&db);
    let secret = "我的左脚大拇指上有一颗奇怪的痣";
    let before = text_values(s.store());
    tap(&mut s, Action::SetLanguage(Lang::Zh), 1_000);
    say(&mut s, Action::Complaint(PatientText(secret.into())), 2_000);
    tap(&mut s, Action::TakeTicket, 3_000);
    assert_eq!(s.kiosk().visit.tickets.len(), 1);
    // Directions after the number, then nothing: the kiosk goes quiet.
    tap(&mut s, Action::ShowDirections, 4_000);
    s.dispatch(Event::Tick, 4_000 + TICKET_QUIET_MS - 1, wall(9, 1));
    assert!(matches!(s.kiosk().screen, Screen::Directions { .. }));
    s.dispatch(Event::Tick, 4_000 + TICKET_QUIET_MS, wall(9, 1));
    assert!(
        s.kiosk().is_clear(),
        "nothing about the patient survives the reset"
    );
    let store = s.store();
    assert_eq!(
        store
            .read(|dao| dao.usage_count("visit_completed"))
            .expect("count"),
        1
    );
    assert_eq!(
        store
            .read(|dao| dao.usage_count("ticket_taken"))
            .expect("count"),
        1
    );
    // No table gained the patient's words, or any part of them. The
    // hospital's own rules may hold a symptom's words ("大拇指"), so only what
    // the visit wrote is searched.
    let written: Vec<String> = text_values(store)
        .into_iter()
        .filter(|v| !before.contains(v))
        .collect();
    assert!(
        !written
            .iter()
            .any(|v| v.contains("大拇指") || v.contains("奇怪") || v.contains("痣")),
        "patient words reached the database: {written:?}"
    );
}

/// Every text value in every table of the kiosk's database.
fn text_values(store: &banzhen::store::Store) -> std::collections::HashSet<String> {
    store
        .read(
            |dao| -> banzhen::store::Result<std::collections::HashSet<String>> {
                let tables: Vec<String> = dao
                    .conn()
                    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?
                    .query_map([], |r| r.get(0))?
                    .collect::<Result<_, _>>()?;
                let mut all = std::collections::HashSet::new();
                for t in tables {
                    let mut stmt = dao.conn().prepare(&format!("SELECT * FROM \"{t}\""))?;
                    let n = stmt.column_count();
                    let mut rows = stmt.query([])?;
                    while let Some(row) = rows.next()? {
                        for i in 0..n {
                            if let Ok(text) = row.get::<_, String>(i) {
                                all.insert(text);
                            }
                        }
                    }
                }
                Ok(all)
            },
        )
        .expect("dump")
}

#[test]
fn a_place_by_voice_from_the_welcome_screen() {
    let db = TempDb::new();
    let mut s = session(&db);
    say(&mut s, Action::PickPlace(PlaceKind::Pharmacy), 1_000);
    assert_eq!(
        s.kiosk().screen,
        Screen::Directions {
            target: Target::Place(PlaceKind::Pharmacy)
        }
    );
    assert_eq!(
        s.store()
            .read(|dao| dao.usage_count("directions_shown"))
            .expect("count"),
        1
    );
}

const LOG_CHILD_ENV: &str = "BANZHEN_TEST_LOG_CHILD";
const SECRETS: [&str; 3] = ["王秀英", "胸口剧痛", "冷汗"];

/// The child side of the leak test: a visit with the kiosk's log on stderr,
/// alone in its process so no other test shares the logger.
#[test]
fn log_child() {
    if std::env::var_os(LOG_CHILD_ENV).is_none() {
        return;
    }
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing::Level::TRACE)
        .init();
    let db = TempDb::new();
    let mut s = session(&db);
    tap(&mut s, Action::SetLanguage(Lang::Zh), 1_000);
    say(
        &mut s,
        Action::Complaint(PatientText(format!(
            "我叫{}，{}，一直出{}",
            SECRETS[0], SECRETS[1], SECRETS[2]
        ))),
        2_000,
    );
    assert_eq!(s.kiosk().screen, Screen::Emergency);
    tap(&mut s, Action::Help, 3_000);
    s.dispatch(Event::Tick, 500_000, wall(9, 5));
}

#[test]
fn the_log_never_holds_a_patients_words() {
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "visits::log_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(LOG_CHILD_ENV, "1")
        .output()
        .expect("child runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        log.contains("emergency"),
        "the log records what happened: {log}"
    );
    for secret in SECRETS {
        assert!(!log.contains(secret), "{secret} leaked into the log: {log}");
    }
}

/// A speaker that fails on its second screen: a stand-in for any bug met
/// while handling a tap.
struct BrokenSpeaker(u32);

impl banzhen::kiosk::Speaker for BrokenSpeaker {
    fn read_screen(
        &mut self,
        _: &banzhen::workflow::Kiosk,
        _: &banzhen::hospital::Hospital,
        _: &banzhen::triage::RuleSet,
    ) {
        self.0 += 1;
        if self.0 == 2 {
            panic!("a bug in the voice");
        }
    }
    fn stop(&mut self) {}
}

#[test]
fn a_bug_during_a_visit_returns_to_welcome_and_alerts_staff() {
    use banzhen::kiosk::Controller;
    use banzhen::kiosk::{Session, Silent};
    use std::sync::Arc;
    let db = TempDb::new();
    let store = Arc::new(Store::open(&db.path).expect("store"));
    store.seed_if_empty().expect("seed");
    let mut controller =
        Controller::new(Session::new(store.clone(), Box::new(BrokenSpeaker(0))).expect("session"));
    let rebuilt = std::cell::Cell::new(0);
    let mut fresh = || {
        rebuilt.set(rebuilt.get() + 1);
        Session::new(store.clone(), Box::new(Silent))
    };
    let w = wall(10, 0);
    let vm = controller
        .handle_guarded(Event::tap(Action::SetLanguage(Lang::En)), 1, w, &mut fresh)
        .expect("handled");
    assert_eq!(vm.kind, banzhen::ui::view::ScreenKind::Choice);
    // The second screen read aloud panics: the patient is not left stuck.
    let vm = controller
        .handle_guarded(
            Event::tap(Action::Menu(MenuChoice::FindPlace)),
            2,
            w,
            &mut fresh,
        )
        .expect("recovered");
    assert_eq!(vm.kind, banzhen::ui::view::ScreenKind::Welcome);
    assert_eq!(rebuilt.get(), 1);
    assert_eq!(controller.session().kiosk().screen, Screen::Welcome);
    let alerts = store.read(|dao| dao.open_alerts()).expect("alerts");
    assert!(
        alerts.iter().any(|a| a.message.contains("internal error")),
        "{alerts:?}"
    );
    // And the kiosk goes on working.
    let vm = controller
        .handle_guarded(Event::tap(Action::SetLanguage(Lang::Zh)), 3, w, &mut fresh)
        .expect("handled");
    assert_eq!(vm.kind, banzhen::ui::view::ScreenKind::Choice);
}
