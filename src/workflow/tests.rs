//! One test per transition rule; names say the rule.

use super::*;
use crate::hospital::PlaceKind;
use crate::lang::{Lang, Text};
use crate::queue::{Issued, Ticket, TicketStatus};
use crate::triage::{Assessment, Query};
use crate::workflow::{PinResult, StaffChange, StaffMenu, StaffScreen};
use std::sync::Arc;

fn catalog() -> Arc<Catalog> {
    let rules = crate::store::Store::open_in_memory()
        .and_then(|s| {
            s.seed_if_empty()?;
            s.rules()
        })
        .expect("demo rules");
    let codes = crate::hospital::load::demo_hospital()
        .departments
        .iter()
        .map(|d| d.code.clone())
        .collect();
    Arc::new(Catalog::new(&rules, codes))
}

fn fresh() -> Kiosk {
    Kiosk::new(catalog(), Lang::Zh)
}

fn tap(k: Kiosk, a: Action, now: Millis) -> (Kiosk, Vec<Effect>) {
    handle(k, Event::tap(a), now)
}

/// A kiosk on the home screen, in English.
fn home() -> Kiosk {
    tap(fresh(), Action::SetLanguage(Lang::En), 0).0
}

fn assessment(dept: Option<&str>, emergency: bool) -> Assessment {
    Assessment {
        emergency,
        department: dept.map(String::from),
        confidence: 0.8,
        alternatives: vec![],
        reasons: vec![],
    }
}

fn issued(code: &str, label: &str) -> Issued {
    let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .expect("time");
    Issued {
        ticket: Ticket {
            department_code: code.into(),
            day: at.date(),
            number: 1,
            label: label.into(),
            status: TicketStatus::Waiting,
            issued_at: at,
            called_at: None,
            finished_at: None,
        },
        ahead: 2,
        estimated_wait_minutes: 20,
    }
}

fn triage_request(fx: &[Effect]) -> (u64, Query) {
    fx.iter()
        .find_map(|e| match e {
            Effect::RunTriage { request, query } => Some((*request, query.clone())),
            _ => None,
        })
        .expect("a triage request")
}

fn issue_request(fx: &[Effect]) -> u64 {
    fx.iter()
        .find_map(|e| match e {
            Effect::IssueTicket { request, .. } => Some(*request),
            _ => None,
        })
        .expect("a ticket request")
}

#[test]
fn choosing_a_language_starts_a_visit_on_the_home_screen() {
    let (k, fx) = tap(fresh(), Action::SetLanguage(Lang::En), 5);
    assert_eq!(k.screen, Screen::Home);
    assert_eq!(k.lang, Lang::En);
    assert!(fx.contains(&Effect::VisitStarted));
    assert!(fx.contains(&Effect::Record {
        usage: UsageKind::VisitStarted,
        via: Some(Via::Touch)
    }));
}

#[test]
fn toggling_language_on_welcome_does_not_start_a_visit() {
    let (k, fx) = tap(fresh(), Action::ToggleLanguage, 0);
    assert_eq!(k.screen, Screen::Welcome);
    assert_eq!(k.lang, Lang::En);
    assert!(!fx.contains(&Effect::VisitStarted));
}

#[test]
fn any_other_input_on_welcome_starts_the_visit_and_applies() {
    let (k, _) = tap(fresh(), Action::Menu(MenuChoice::FindPlace), 0);
    assert_eq!(k.screen, Screen::PlaceList { page: 0 });
    assert_eq!(k.history, vec![Screen::Home]);
}

#[test]
fn feel_unwell_goes_straight_to_the_body_picture_then_symptoms() {
    let (k, _) = tap(home(), Action::Menu(MenuChoice::FeelUnwell), 1);
    assert_eq!(k.screen, Screen::BodyPart);
    assert_eq!(
        k.visit.patient, None,
        "the patient themself unless told otherwise"
    );
    let (k, _) = tap(k, Action::PickBodyPart("chest".into()), 3);
    assert_eq!(
        k.screen,
        Screen::Symptom {
            body_part: "chest".into(),
            page: 0
        }
    );
}

#[test]
fn who_is_unwell_is_a_toggle_on_the_body_picture() {
    let (k, _) = tap(home(), Action::Menu(MenuChoice::FeelUnwell), 1);
    let (k, fx) = tap(k, Action::ChoosePatient(Patient::Child), 2);
    assert_eq!(k.screen, Screen::BodyPart);
    assert_eq!(k.visit.patient, Some(Patient::Child));
    assert!(fx.is_empty(), "a toggle changes no screen: {fx:?}");
    let (k, _) = tap(k, Action::ChoosePatient(Patient::Pregnant), 3);
    assert_eq!(k.visit.patient, Some(Patient::Pregnant));
    let (k, _) = tap(k, Action::ChoosePatient(Patient::Pregnant), 4);
    assert_eq!(
        k.visit.patient, None,
        "tapping the chosen one again means me"
    );
    let (k, _) = tap(k, Action::ChoosePatient(Patient::Child), 5);
    let (k, _) = tap(k, Action::ChoosePatient(Patient::Adult), 6);
    assert_eq!(k.visit.patient, None);
}

#[test]
fn who_is_unwell_is_refused_off_the_body_picture() {
    let before = home();
    let (k, fx) = tap(before.clone(), Action::ChoosePatient(Patient::Child), 1);
    assert_eq!(k.visit, before.visit);
    assert!(fx.is_empty());
}

#[test]
fn an_unknown_body_part_is_refused() {
    let k = tap(
        tap(home(), Action::Menu(MenuChoice::FeelUnwell), 1).0,
        Action::ChoosePatient(Patient::Adult),
        2,
    )
    .0;
    let before = k.clone();
    let (k, fx) = tap(k, Action::PickBodyPart("tail".into()), 3);
    assert_eq!(k.screen, before.screen);
    assert!(fx.is_empty());
}

fn at_symptoms(part: &str, patient: Patient) -> Kiosk {
    let k = tap(home(), Action::Menu(MenuChoice::FeelUnwell), 1).0;
    let k = tap(k, Action::ChoosePatient(patient), 2).0;
    tap(k, Action::PickBodyPart(part.into()), 3).0
}

#[test]
fn a_symptom_with_a_red_flag_question_asks_it_first() {
    let (k, _) = tap(
        at_symptoms("chest", Patient::Adult),
        Action::PickSymptom("chest_pain".into()),
        4,
    );
    assert!(
        matches!(k.screen, Screen::RedFlagQuestion { ref flag, .. } if flag == "cardiac_chest_pain")
    );
}

#[test]
fn yes_to_the_red_flag_question_sends_the_flag_to_triage() {
    let k = tap(
        at_symptoms("chest", Patient::Adult),
        Action::PickSymptom("chest_pain".into()),
        4,
    )
    .0;
    let (k, fx) = tap(k, Action::Answer(true), 5);
    let (request, query) = triage_request(&fx);
    assert_eq!(k.screen, Screen::Thinking { request });
    assert!(
        matches!(query, Query::Touch { ref red_flags_confirmed, .. } if red_flags_confirmed == &vec!["cardiac_chest_pain".to_string()])
    );
}

#[test]
fn a_symptom_without_a_question_goes_straight_to_triage() {
    let (k, fx) = tap(
        at_symptoms("limbs", Patient::Child),
        Action::PickSymptom("joint_pain".into()),
        4,
    );
    let (request, query) = triage_request(&fx);
    assert_eq!(k.screen, Screen::Thinking { request });
    assert!(matches!(query, Query::Touch { child: true, .. }));
}

#[test]
fn symptom_pages_wrap_around() {
    let k = at_symptoms("belly", Patient::Adult);
    let count = k.catalog.symptoms["belly"].len();
    let pages = Catalog::pages(count);
    let mut k = k;
    for _ in 0..pages {
        k = tap(k, Action::NextPage, 4).0;
    }
    assert_eq!(
        k.screen,
        Screen::Symptom {
            body_part: "belly".into(),
            page: 0
        }
    );
}

#[test]
fn a_triage_answer_shows_the_recommendation() {
    let (k, fx) = tap(
        at_symptoms("limbs", Patient::Adult),
        Action::PickSymptom("joint_pain".into()),
        4,
    );
    let (request, _) = triage_request(&fx);
    let (k, fx) = handle(
        k,
        Event::TriageDone {
            request,
            assessment: assessment(Some("13"), false),
        },
        5,
    );
    assert_eq!(k.screen, Screen::Recommendation);
    assert!(fx.contains(&Effect::Record {
        usage: UsageKind::TriageDone {
            department: Some("13".into())
        },
        via: None
    }));
}

#[test]
fn a_stale_triage_answer_is_dropped() {
    let (k, fx) = tap(
        at_symptoms("limbs", Patient::Adult),
        Action::PickSymptom("joint_pain".into()),
        4,
    );
    let (request, _) = triage_request(&fx);
    let k = tap(k, Action::Home, 5).0;
    let (k, fx) = handle(
        k,
        Event::TriageDone {
            request,
            assessment: assessment(Some("13"), false),
        },
        6,
    );
    assert_eq!(k.screen, Screen::Home);
    assert!(fx.is_empty());
}

#[test]
fn an_emergency_answer_alerts_staff_and_shows_the_emergency_page() {
    let (k, fx) = tap(
        home(),
        Action::Complaint(PatientText("胸口剧痛出冷汗".into())),
        1,
    );
    let (request, _) = triage_request(&fx);
    let (k, fx) = handle(
        k,
        Event::TriageDone {
            request,
            assessment: assessment(Some("20"), true),
        },
        2,
    );
    assert_eq!(k.screen, Screen::Emergency);
    assert!(fx.contains(&Effect::AlertStaff(StaffAlert::Emergency)));
    assert!(k.visit.emergency);
}

#[test]
fn an_emergency_is_never_downgraded_by_a_later_answer() {
    let (k, fx) = tap(
        home(),
        Action::Complaint(PatientText("can't breathe".into())),
        1,
    );
    let (request, _) = triage_request(&fx);
    let k = handle(
        k,
        Event::TriageDone {
            request,
            assessment: assessment(Some("20"), true),
        },
        2,
    )
    .0;
    let (k, fx) = tap(
        k,
        Action::Complaint(PatientText("also a toothache".into())),
        3,
    );
    let (request, _) = triage_request(&fx);
    let (k, fx) = handle(
        k,
        Event::TriageDone {
            request,
            assessment: assessment(Some("12"), false),
        },
        4,
    );
    assert_eq!(k.screen, Screen::Emergency);
    assert!(
        !fx.contains(&Effect::AlertStaff(StaffAlert::Emergency)),
        "staff are alerted once per visit"
    );
    let (k, _) = tap(k, Action::PickDepartment("12".into()), 5);
    let (k, _) = tap(k, Action::TakeTicket, 6);
    assert_eq!(
        k.screen,
        Screen::Emergency,
        "no ordinary queue number during an emergency"
    );
}

#[test]
fn no_department_means_the_unsure_screen() {
    let (k, fx) = tap(home(), Action::Complaint(PatientText("asdf".into())), 1);
    let (request, _) = triage_request(&fx);
    let (k, _) = handle(
        k,
        Event::TriageDone {
            request,
            assessment: assessment(None, false),
        },
        2,
    );
    assert_eq!(k.screen, Screen::Unsure);
    assert_eq!(k.visit.misunderstood, 1);
    let (k, _) = tap(k, Action::Menu(MenuChoice::FeelUnwell), 3);
    assert_eq!(k.screen, Screen::BodyPart);
}

#[test]
fn a_failed_triage_is_unsure_not_stuck() {
    let (k, fx) = tap(home(), Action::Complaint(PatientText("cough".into())), 1);
    let (request, _) = triage_request(&fx);
    let (k, _) = handle(k, Event::TriageFailed { request }, 2);
    assert_eq!(k.screen, Screen::Unsure);
}

fn recommended(code: &str) -> Kiosk {
    let (k, fx) = tap(home(), Action::Complaint(PatientText("x".into())), 1);
    let (request, _) = triage_request(&fx);
    handle(
        k,
        Event::TriageDone {
            request,
            assessment: assessment(Some(code), false),
        },
        2,
    )
    .0
}

#[test]
fn take_ticket_from_the_recommendation_issues_then_shows_it() {
    let (k, fx) = tap(recommended("03.04"), Action::TakeTicket, 3);
    let request = fx
        .iter()
        .find_map(|e| match e {
            Effect::IssueTicket {
                request,
                department,
            } if department == "03.04" => Some(*request),
            _ => None,
        })
        .expect("ticket requested");
    let (k, fx) = handle(
        k,
        Event::TicketIssued {
            request,
            issued: issued("03.04", "C001"),
        },
        4,
    );
    assert_eq!(k.screen, Screen::TicketShown { index: 0 });
    assert!(k.visit.completed);
    assert!(fx.contains(&Effect::Record {
        usage: UsageKind::TicketTaken {
            department: "03.04".into()
        },
        via: None
    }));
}

#[test]
fn a_ticket_that_arrives_after_the_patient_moved_on_is_kept() {
    let (k, fx) = tap(recommended("03.04"), Action::TakeTicket, 3);
    let request = issue_request(&fx);
    let k = tap(k, Action::Home, 4).0;
    let (k, _) = handle(
        k,
        Event::TicketIssued {
            request,
            issued: issued("03.04", "C001"),
        },
        5,
    );
    assert_eq!(k.screen, Screen::Home);
    assert_eq!(k.visit.tickets.len(), 1);
    let (k, _) = tap(k, Action::Menu(MenuChoice::MyTicket), 6);
    assert_eq!(k.screen, Screen::TicketShown { index: 0 });
}

#[test]
fn a_refused_ticket_explains_why_and_ok_goes_back() {
    let (k, fx) = tap(recommended("13"), Action::TakeTicket, 3);
    let request = issue_request(&fx);
    let reason = Text::new("皮肤科今天下午停诊", "Dermatology is closed this afternoon");
    let (k, _) = handle(
        k,
        Event::TicketRefused {
            request,
            reason: reason.clone(),
        },
        4,
    );
    assert_eq!(k.screen, Screen::Problem { message: reason });
    let (k, _) = tap(k, Action::Answer(true), 5);
    assert_eq!(k.screen, Screen::Recommendation);
}

#[test]
fn directions_from_the_recommendation_count_as_completed() {
    let (k, fx) = tap(recommended("03.04"), Action::ShowDirections, 3);
    assert_eq!(
        k.screen,
        Screen::Directions {
            target: Target::Department("03.04".into())
        }
    );
    assert!(k.visit.completed);
    assert!(fx.iter().any(|e| matches!(
        e,
        Effect::Record {
            usage: UsageKind::DirectionsShown { .. },
            ..
        }
    )));
}

#[test]
fn department_list_pages_and_picks() {
    let (k, _) = tap(home(), Action::Menu(MenuChoice::FindDepartment), 1);
    let (k, _) = tap(k, Action::NextPage, 2);
    assert_eq!(k.screen, Screen::DepartmentList { page: 1 });
    let (k, _) = tap(k, Action::PickDepartment("10".into()), 3);
    assert_eq!(k.screen, Screen::DepartmentDetail { code: "10".into() });
    let (k, _) = tap(k, Action::PickDepartment("99.99".into()), 4);
    assert_eq!(
        k.screen,
        Screen::DepartmentDetail { code: "10".into() },
        "unknown codes are refused"
    );
}

#[test]
fn a_place_asked_for_by_voice_anywhere_shows_directions() {
    let (k, fx) = handle(
        recommended("03.04"),
        Event::voice(Action::PickPlace(PlaceKind::Pharmacy)),
        3,
    );
    assert_eq!(
        k.screen,
        Screen::Directions {
            target: Target::Place(PlaceKind::Pharmacy)
        }
    );
    assert!(fx.contains(&Effect::Record {
        usage: UsageKind::DirectionsShown {
            department: None,
            place: Some(PlaceKind::Pharmacy)
        },
        via: Some(Via::Voice)
    }));
}

#[test]
fn what_next_lists_places_that_lead_to_directions() {
    let (k, _) = tap(home(), Action::WhatNext, 1);
    assert_eq!(k.screen, Screen::WhatNext);
    let (k, _) = tap(k, Action::PickPlace(PlaceKind::Cashier), 2);
    assert_eq!(
        k.screen,
        Screen::Directions {
            target: Target::Place(PlaceKind::Cashier)
        }
    );
}

#[test]
fn out_of_town_help_leads_to_the_insurance_desk() {
    let (k, _) = tap(home(), Action::Menu(MenuChoice::OutOfTown), 1);
    let (k, _) = tap(k, Action::ShowDirections, 2);
    assert_eq!(
        k.screen,
        Screen::Directions {
            target: Target::Place(PlaceKind::InsuranceDesk)
        }
    );
}

#[test]
fn help_alerts_staff_once_from_any_screen() {
    let (k, fx) = tap(recommended("03.04"), Action::Help, 3);
    assert_eq!(k.screen, Screen::CallStaff);
    assert!(fx.contains(&Effect::AlertStaff(StaffAlert::Help)));
    let (_, fx) = tap(k, Action::Help, 4);
    assert!(fx.is_empty(), "pressing again does not alert twice");
}

#[test]
fn back_returns_to_the_previous_screen_and_skips_waiting_screens() {
    let k = at_symptoms("limbs", Patient::Adult);
    let (k, fx) = tap(k, Action::PickSymptom("joint_pain".into()), 4);
    let (request, _) = triage_request(&fx);
    let k = handle(
        k,
        Event::TriageDone {
            request,
            assessment: assessment(Some("13"), false),
        },
        5,
    )
    .0;
    let (k, _) = tap(k, Action::Back, 6);
    assert_eq!(
        k.screen,
        Screen::Symptom {
            body_part: "limbs".into(),
            page: 0
        }
    );
}

#[test]
fn back_with_no_history_goes_home() {
    let (k, _) = tap(home(), Action::Back, 1);
    assert_eq!(k.screen, Screen::Home);
}

#[test]
fn home_clears_the_way_back_but_keeps_the_visit() {
    let (k, fx) = tap(recommended("03.04"), Action::TakeTicket, 3);
    let request = issue_request(&fx);
    let k = handle(
        k,
        Event::TicketIssued {
            request,
            issued: issued("03.04", "C001"),
        },
        4,
    )
    .0;
    let (k, _) = tap(k, Action::Home, 5);
    assert_eq!(k.screen, Screen::Home);
    assert!(k.history.is_empty());
    assert_eq!(k.visit.tickets.len(), 1);
}

#[test]
fn switching_language_keeps_the_screen() {
    let k = recommended("03.04");
    let (k, fx) = tap(k, Action::ToggleLanguage, 3);
    assert_eq!(k.screen, Screen::Recommendation);
    assert_eq!(k.lang, Lang::Zh);
    assert_eq!(fx, vec![Effect::ReadScreen]);
}

#[test]
fn repeat_reads_the_screen_again() {
    let (k, fx) = tap(recommended("03.04"), Action::Repeat, 3);
    assert_eq!(k.screen, Screen::Recommendation);
    assert_eq!(fx, vec![Effect::ReadScreen]);
}

#[test]
fn idle_warning_after_sixty_seconds_and_reset_thirty_later() {
    let k = recommended("03.04");
    assert_eq!(next_deadline(&k), Some(1 + IDLE_WARNING_MS));
    let (k, fx) = handle(k, Event::Tick, 1 + IDLE_WARNING_MS);
    assert!(matches!(k.screen, Screen::StillThere { .. }));
    assert_eq!(fx, vec![Effect::ReadScreen]);
    assert_eq!(next_deadline(&k), Some(1 + IDLE_WARNING_MS + IDLE_RESET_MS));
    let (k, fx) = handle(k, Event::Tick, 1 + IDLE_WARNING_MS + IDLE_RESET_MS);
    assert!(k.is_clear());
    assert!(fx.contains(&Effect::Record {
        usage: UsageKind::VisitEnded { completed: false },
        via: None
    }));
    assert_eq!(next_deadline(&k), None);
}

#[test]
fn still_here_extends_the_time_and_returns_to_the_screen() {
    let k = recommended("03.04");
    let k = handle(k, Event::Tick, 70_000).0;
    let (k, _) = tap(k, Action::StillHere, 75_000);
    assert_eq!(k.screen, Screen::Recommendation);
    assert_eq!(next_deadline(&k), Some(75_000 + IDLE_WARNING_MS));
}

#[test]
fn a_tap_during_the_warning_applies_to_the_screen_underneath() {
    let k = handle(recommended("03.04"), Event::Tick, 70_000).0;
    let (k, _) = tap(k, Action::ShowDirections, 71_000);
    assert_eq!(
        k.screen,
        Screen::Directions {
            target: Target::Department("03.04".into())
        }
    );
}

#[test]
fn a_late_tap_after_the_reset_deadline_finds_a_fresh_kiosk() {
    let k = recommended("03.04");
    let (k, _) = tap(k, Action::TakeTicket, 500_000);
    assert_eq!(
        k.screen,
        Screen::Home,
        "the visit was reset first, then the tap started a new one"
    );
    assert!(k.visit.assessment.is_none());
}

#[test]
fn the_welcome_screen_has_no_deadline() {
    assert_eq!(next_deadline(&fresh()), None);
    let (k, fx) = handle(fresh(), Event::Tick, 10_000_000);
    assert!(k.is_clear());
    assert!(fx.is_empty());
}

#[test]
fn a_catalog_change_that_removes_the_shown_department_goes_home() {
    let k = tap(
        tap(home(), Action::Menu(MenuChoice::FindDepartment), 1).0,
        Action::PickDepartment("13".into()),
        2,
    )
    .0;
    let mut smaller = (*k.catalog).clone();
    smaller.departments.retain(|c| c != "13");
    let (k, _) = handle(k, Event::CatalogChanged(Arc::new(smaller)), 3);
    assert_eq!(k.screen, Screen::Home);
}

#[test]
fn patient_words_never_show_in_debug_output() {
    let e = Event::voice(Action::Complaint(PatientText("my secret rash".into())));
    assert!(!format!("{e:?}").contains("secret"));
    let (_, fx) = handle(home(), e, 1);
    assert!(!format!("{fx:?}").contains("secret"));
}

fn staff_pin_pad() -> Kiosk {
    let mut k = fresh();
    for t in [0, 500, 1_000, 1_500] {
        k = tap(k, Action::HeaderTap, t).0;
        assert_eq!(k.screen, Screen::Welcome);
    }
    tap(k, Action::HeaderTap, 2_000).0
}

#[test]
fn five_quick_header_taps_open_the_staff_pin_pad() {
    let k = staff_pin_pad();
    assert!(matches!(k.screen, Screen::Staff(StaffScreen::Pin { .. })));
}

#[test]
fn slow_header_taps_do_nothing() {
    let mut k = home();
    for t in [0, 1_000, 2_000, 3_000, 4_000, 5_000] {
        k = tap(k, Action::HeaderTap, t).0;
    }
    assert_eq!(k.screen, Screen::Home);
}

#[test]
fn the_pin_is_checked_by_the_shell_and_never_shown_in_debug() {
    let mut k = staff_pin_pad();
    for d in [2, 4, 6, 8] {
        k = tap(k, Action::Digit(d), 2_100).0;
    }
    assert!(!format!("{k:?}").contains("2468"));
    let (k, fx) = tap(k, Action::Submit, 2_200);
    let request = fx
        .iter()
        .find_map(|e| {
            if let Effect::CheckPin { request, pin } = e {
                assert_eq!(pin.0, "2468");
                Some(*request)
            } else {
                None
            }
        })
        .expect("checked");
    let (wrong, _) = handle(
        k.clone(),
        Event::PinChecked {
            request,
            result: PinResult::Wrong { attempts_left: 3 },
        },
        2_300,
    );
    assert!(matches!(
        wrong.screen,
        Screen::Staff(StaffScreen::Pin {
            notice: Some(_),
            ..
        })
    ));
    let (k, _) = handle(
        k,
        Event::PinChecked {
            request,
            result: PinResult::Accepted,
        },
        2_300,
    );
    assert_eq!(k.screen, Screen::Staff(StaffScreen::Home));
}

fn staff_home() -> Kiosk {
    let k = tap(staff_pin_pad(), Action::Digit(1), 2_100).0;
    let (k, fx) = tap(k, Action::Submit, 2_200);
    let request = fx
        .iter()
        .find_map(|e| {
            if let Effect::CheckPin { request, .. } = e {
                Some(*request)
            } else {
                None
            }
        })
        .expect("checked");
    handle(
        k,
        Event::PinChecked {
            request,
            result: PinResult::Accepted,
        },
        2_300,
    )
    .0
}

#[test]
fn closing_a_department_asks_the_shell_and_shows_the_result() {
    let k = tap(
        staff_home(),
        Action::StaffMenu(StaffMenu::Departments),
        3_000,
    )
    .0;
    let k = tap(k, Action::PickDepartment("13".into()), 4_000).0;
    let (k, fx) = tap(
        k,
        Action::SetStatus(crate::hospital::DeptStatus::Closed),
        5_000,
    );
    let request = fx
        .iter()
        .find_map(|e| match e {
            Effect::Staff {
                request,
                change: StaffChange::SetStatus { code, .. },
            } if code == "13" => Some(*request),
            _ => None,
        })
        .expect("change requested");
    let (k, _) = handle(
        k,
        Event::StaffDone {
            request,
            message: Text::new("已保存", "Saved"),
        },
        6_000,
    );
    assert!(matches!(k.screen, Screen::Staff(StaffScreen::Done { .. })));
    let (k, _) = tap(k, Action::Answer(true), 7_000);
    assert_eq!(
        k.screen,
        Screen::Staff(StaffScreen::Department { code: "13".into() })
    );
}

#[test]
fn moving_a_room_is_typed_on_the_keypad() {
    let k = tap(
        staff_home(),
        Action::StaffMenu(StaffMenu::Departments),
        3_000,
    )
    .0;
    let k = tap(k, Action::PickDepartment("10".into()), 4_000).0;
    let mut k = tap(k, Action::MoveRoom, 5_000).0;
    for d in [3, 0, 5] {
        k = tap(k, Action::Digit(d), 5_500).0;
    }
    let (_, fx) = tap(k, Action::Submit, 6_000);
    assert!(fx.iter().any(|e| matches!(e, Effect::Staff { change: StaffChange::SetRoom { code, room }, .. } if code == "10" && room == "305")));
}

#[test]
fn staff_mode_closes_itself_after_two_minutes() {
    let k = staff_home();
    assert_eq!(
        next_deadline(&k),
        Some(2_200 + staff::STAFF_IDLE_MS),
        "from the last tap"
    );
    let (k, _) = handle(k, Event::Tick, 2_300 + staff::STAFF_IDLE_MS);
    assert!(k.is_clear());
}

#[test]
fn leaving_staff_mode_returns_to_welcome() {
    let (k, _) = tap(staff_home(), Action::LeaveStaff, 3_000);
    assert!(k.is_clear());
}

#[test]
fn staff_turn_the_voice_off_and_it_survives_the_idle_reset() {
    let (k, fx) = tap(staff_home(), Action::ToggleVoice, 3_000);
    let request = fx
        .iter()
        .find_map(|e| match e {
            Effect::Staff {
                request,
                change: StaffChange::SetVoice { muted: true },
            } => Some(*request),
            _ => None,
        })
        .expect("voice change requested");
    let (k, _) = handle(k, Event::VoiceMuted(true), 3_100);
    let (k, _) = handle(
        k,
        Event::StaffDone {
            request,
            message: Text::new("语音已关闭。", "The voice is off."),
        },
        3_200,
    );
    assert!(k.voice_muted);
    let (k, _) = handle(k, Event::Tick, 3_000 + staff::STAFF_IDLE_MS);
    assert!(k.is_clear());
    assert!(k.voice_muted, "a kiosk setting, not patient data");
}

// ---- Speech

/// A kiosk on the home screen that can listen in both languages.
fn listening_home() -> Kiosk {
    handle(home(), Event::SpeechReady(vec![Lang::Zh, Lang::En]), 0).0
}

fn listen_request(fx: &[Effect]) -> u64 {
    fx.iter()
        .find_map(|e| match e {
            Effect::Listen { request, .. } => Some(*request),
            _ => None,
        })
        .expect("a listen request")
}

/// Taps Speak and delivers `outcome` for that attempt.
fn say(k: Kiosk, outcome: ListenOutcome, now: Millis) -> (Kiosk, Vec<Effect>) {
    let (k, fx) = tap(k, Action::Speak, now);
    let request = listen_request(&fx);
    handle(k, Event::ListenDone { request, outcome }, now + 1)
}

fn heard(h: Heard) -> ListenOutcome {
    ListenOutcome::Understood(h)
}

#[test]
fn speak_does_nothing_until_speech_is_ready() {
    let (k, fx) = tap(home(), Action::Speak, 1);
    assert!(fx.is_empty());
    assert_eq!(k.speech.listening, None);
}

#[test]
fn speak_listens_and_a_second_tap_stops() {
    let (k, fx) = tap(listening_home(), Action::Speak, 1);
    assert!(fx.contains(&Effect::StopSpeaking));
    let request = listen_request(&fx);
    assert_eq!(k.speech.listening.map(|l| l.request), Some(request));
    let (k, fx) = tap(k, Action::Speak, 2);
    assert_eq!(fx, vec![Effect::StopListening]);
    assert_eq!(k.speech.listening, None);
    // The answer of the stopped attempt is ignored.
    let before = k.clone();
    let (k, fx) = handle(
        k,
        Event::ListenDone {
            request,
            outcome: heard(Heard::Place(PlaceKind::Pharmacy)),
        },
        3,
    );
    assert!(fx.is_empty());
    assert_eq!(k, before);
}

#[test]
fn a_tap_while_listening_closes_the_microphone() {
    let (k, _) = tap(listening_home(), Action::Speak, 1);
    let (k, fx) = tap(k, Action::Menu(MenuChoice::FindPlace), 2);
    assert!(fx.contains(&Effect::StopListening));
    assert_eq!(k.speech.listening, None);
    assert_eq!(k.screen, Screen::PlaceList { page: 0 });
}

#[test]
fn a_place_by_voice_shows_the_way_at_once() {
    let (k, fx) = say(
        listening_home(),
        heard(Heard::Place(PlaceKind::Pharmacy)),
        1,
    );
    assert_eq!(
        k.screen,
        Screen::Directions {
            target: Target::Place(PlaceKind::Pharmacy)
        }
    );
    assert!(fx.iter().any(|e| matches!(
        e,
        Effect::Record {
            via: Some(Via::Voice),
            ..
        }
    )));
}

#[test]
fn a_department_by_voice_is_read_back_before_it_is_shown() {
    let (k, _) = say(listening_home(), heard(Heard::Department("13".into())), 1);
    assert_eq!(
        k.screen,
        Screen::Confirm {
            heard: Heard::Department("13".into())
        }
    );
    // The question listens for the answer by itself.
    let request = k.speech.listening.expect("listening for yes/no").request;
    let (k, _) = handle(
        k,
        Event::ListenDone {
            request,
            outcome: heard(Heard::Command(VoiceCommand::Yes)),
        },
        2,
    );
    assert_eq!(k.screen, Screen::DepartmentDetail { code: "13".into() });
    // "Back" skips the read-back.
    let (k, _) = tap(k, Action::Back, 3);
    assert_eq!(k.screen, Screen::Home);
}

#[test]
fn no_to_a_read_back_goes_back_and_counts_as_a_miss() {
    let (k, _) = say(listening_home(), heard(Heard::Department("13".into())), 1);
    let (k, fx) = tap(k, Action::Answer(false), 2);
    assert_eq!(k.screen, Screen::Home);
    assert_eq!(k.speech.notice, Some(SpeechNotice::TryAgain));
    assert!(fx.contains(&Effect::ReadScreen));
}

#[test]
fn a_complaint_by_voice_is_read_back_then_shown_without_a_second_triage() {
    let words = PatientText("my stomach hurts".into());
    let triage = crate::triage::Triage::new(crate::triage::rules::RuleSet::demo());
    let assessment = triage.assess(&Query::Text(words.0.clone())).unwrap();
    let complaint = Heard::Complaint(words, Box::new(assessment.clone()));
    let (k, _) = say(listening_home(), heard(complaint), 1);
    assert!(matches!(k.screen, Screen::Confirm { .. }));
    let (k, fx) = tap(k, Action::Answer(true), 2);
    assert!(
        !fx.iter().any(|e| matches!(e, Effect::RunTriage { .. })),
        "{fx:?}"
    );
    assert_eq!(k.screen, Screen::Recommendation);
    assert_eq!(k.visit.assessment, Some(assessment));
    // Back from the recommendation skips the read-back.
    let (k, _) = tap(k, Action::Back, 3);
    assert_eq!(k.screen, Screen::Home);
}

#[test]
fn a_place_named_inside_a_sentence_is_read_back_before_the_way_is_shown() {
    let (k, fx) = say(
        listening_home(),
        heard(Heard::PlaceToConfirm(PlaceKind::Lab)),
        1,
    );
    assert_eq!(
        k.screen,
        Screen::Confirm {
            heard: Heard::PlaceToConfirm(PlaceKind::Lab)
        }
    );
    assert!(!fx.iter().any(|e| matches!(e, Effect::Record { .. })));
    let (k, _) = tap(k, Action::Answer(true), 2);
    assert_eq!(
        k.screen,
        Screen::Directions {
            target: Target::Place(PlaceKind::Lab)
        }
    );
}

#[test]
fn a_red_flag_by_voice_goes_straight_to_the_emergency_page() {
    let (k, fx) = say(listening_home(), heard(Heard::Emergency), 1);
    assert_eq!(k.screen, Screen::Emergency);
    assert!(fx.contains(&Effect::AlertStaff(StaffAlert::Emergency)));
}

#[test]
fn two_misses_and_the_kiosk_points_at_the_screen() {
    let (k, fx) = say(listening_home(), ListenOutcome::NotUnderstood, 1);
    assert_eq!(k.speech.notice, Some(SpeechNotice::TryAgain));
    assert!(fx.iter().any(|e| matches!(
        e,
        Effect::Record {
            usage: UsageKind::SpeechRejected,
            ..
        }
    )));
    let (k, _) = say(k, ListenOutcome::NotUnderstood, 2);
    assert_eq!(k.speech.notice, Some(SpeechNotice::UseTouch));
    assert_eq!(k.screen, Screen::Home);
    // Question screens no longer listen by themselves.
    let (k, _) = tap(k, Action::Menu(MenuChoice::FeelUnwell), 3);
    let (k, _) = tap(k, Action::ChoosePatient(Patient::Adult), 4);
    let (k, _) = tap(k, Action::PickBodyPart("chest".into()), 5);
    let (k, _) = tap(k, Action::PickSymptom("chest_pain".into()), 6);
    assert!(matches!(k.screen, Screen::RedFlagQuestion { .. }));
    assert_eq!(k.speech.listening, None);
    // A notice goes with the next input.
    assert_eq!(k.speech.notice, None);
}

#[test]
fn yes_where_there_is_no_question_is_a_miss_not_an_action() {
    let (k, _) = say(
        listening_home(),
        heard(Heard::Command(VoiceCommand::Yes)),
        1,
    );
    assert_eq!(k.screen, Screen::Home);
    assert_eq!(k.speech.notice, Some(SpeechNotice::TryAgain));
}

#[test]
fn silence_after_a_tap_says_so_but_is_not_a_miss() {
    let (k, _) = say(listening_home(), ListenOutcome::Silence, 1);
    assert_eq!(k.speech.notice, Some(SpeechNotice::NothingHeard));
    assert_eq!(k.visit.misheard, 0);
}

#[test]
fn slower_slows_the_voice_for_the_visit_only() {
    let (k, fx) = say(
        listening_home(),
        heard(Heard::Command(VoiceCommand::Slower)),
        1,
    );
    assert!(k.speech.slow);
    assert!(fx.contains(&Effect::SpeechRate { slow: true }));
    assert!(fx.contains(&Effect::ReadScreen));
    // Walking away resets it.
    let (k, fx) = handle(k, Event::Tick, IDLE_WARNING_MS + IDLE_RESET_MS + 10);
    assert!(!k.speech.slow);
    assert!(fx.contains(&Effect::SpeechRate { slow: false }));
    assert!(k.is_clear());
}

#[test]
fn speaking_on_the_welcome_screen_starts_a_visit() {
    let k = handle(fresh(), Event::SpeechReady(vec![Lang::Zh]), 0).0;
    let (k, _) = say(k, heard(Heard::Place(PlaceKind::Toilet)), 1);
    assert!(matches!(k.screen, Screen::Directions { .. }));
    assert_eq!(k.history, vec![Screen::Home]);
}

#[test]
fn the_reset_closes_the_microphone() {
    let (k, _) = tap(listening_home(), Action::Speak, 1);
    let (k, fx) = handle(k, Event::Tick, IDLE_WARNING_MS + IDLE_RESET_MS + 10);
    assert!(fx.contains(&Effect::StopListening));
    assert!(k.is_clear());
}

#[test]
fn a_broken_microphone_says_so_and_is_not_a_miss() {
    let (k, fx) = say(listening_home(), ListenOutcome::Failed, 1);
    assert_eq!(k.speech.notice, Some(SpeechNotice::Unavailable));
    assert_eq!(k.visit.misheard, 0);
    assert!(fx.contains(&Effect::ReadScreen));
}

fn with_ticket() -> Kiosk {
    let (k, fx) = tap(recommended("03.04"), Action::TakeTicket, 3);
    let request = issue_request(&fx);
    let (k, _) = handle(
        k,
        Event::TicketIssued {
            request,
            issued: issued("03.04", "C001"),
        },
        4,
    );
    assert_eq!(k.screen, Screen::TicketShown { index: 0 });
    k
}

#[test]
fn done_on_the_ticket_ends_the_visit_and_forgets_it() {
    let (k, fx) = tap(with_ticket(), Action::Finish, 10);
    assert!(k.is_clear(), "{k:?}");
    assert!(fx.contains(&Effect::Record {
        usage: UsageKind::VisitEnded { completed: true },
        via: None
    }));
}

#[test]
fn done_is_refused_mid_visit_where_home_serves() {
    let k = tap(home(), Action::Menu(MenuChoice::FeelUnwell), 1).0;
    let (after, fx) = tap(k.clone(), Action::Finish, 2);
    assert_eq!(after.screen, k.screen);
    assert!(fx.is_empty());
}

#[test]
fn a_shown_ticket_goes_back_to_welcome_after_a_short_quiet_time() {
    let k = with_ticket();
    let last = k.last_input;
    assert_eq!(next_deadline(&k), Some(last + TICKET_QUIET_MS));
    let (k, _) = handle(k, Event::Tick, last + TICKET_QUIET_MS - 1);
    assert_eq!(k.screen, Screen::TicketShown { index: 0 }, "still readable");
    let (k, _) = handle(k, Event::Tick, last + TICKET_QUIET_MS);
    assert!(k.is_clear(), "{k:?}");
}

#[test]
fn directions_after_a_ticket_also_end_quietly_but_home_does_not() {
    let k = tap(with_ticket(), Action::ShowDirections, 5).0;
    assert_eq!(next_deadline(&k), Some(5 + TICKET_QUIET_MS));
    let k = tap(k, Action::Home, 6).0;
    assert_eq!(next_deadline(&k), Some(6 + IDLE_WARNING_MS));
}

#[test]
fn an_emergency_ends_with_done_and_the_next_visit_starts_clean() {
    let k = at_symptoms("chest", Patient::Adult);
    let k = tap(k, Action::PickSymptom("chest_pain".into()), 4).0;
    let (k, fx) = tap(k, Action::Answer(true), 5);
    let (request, _) = triage_request(&fx);
    let (k, _) = handle(
        k,
        Event::TriageDone {
            request,
            assessment: assessment(Some(crate::triage::EMERGENCY_CODE), true),
        },
        6,
    );
    assert_eq!(k.screen, Screen::Emergency);
    let (k, _) = tap(k, Action::Finish, 7);
    assert!(k.is_clear());
    // The next patient: a language, then an ordinary complaint.
    let k = tap(k, Action::SetLanguage(Lang::Zh), 8).0;
    let k = tap(k, Action::Menu(MenuChoice::FeelUnwell), 9).0;
    let k = tap(k, Action::PickBodyPart("skin".into()), 10).0;
    assert!(!k.visit.emergency);
    let (k, _) = tap(k, Action::Menu(MenuChoice::MyTicket), 11);
    assert!(k.visit.tickets.is_empty());
}
