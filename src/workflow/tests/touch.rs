//! The touch path from the welcome screen to a number, directions and the idle clock.

use super::*;
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

pub(super) fn at_symptoms(part: &str, patient: Patient) -> Kiosk {
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

pub(super) fn recommended(code: &str) -> Kiosk {
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
