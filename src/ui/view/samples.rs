//! One kiosk state for every kind of screen, built as plain values: the
//! screenshots draw them and the design check measures them.

use crate::hospital::PlaceKind;
use crate::lang::{Lang, Text};
use crate::workflow::{Catalog, Heard, Kiosk, ListenPhase, Screen, SpeechNotice, Target};

/// Every kind of screen, for screenshots and the accessibility check: a
/// kiosk state for each, built by driving the pure workflow.
pub fn all_screens(catalog: std::sync::Arc<Catalog>) -> Vec<(&'static str, Kiosk)> {
    use crate::queue::{Issued, Ticket, TicketStatus};
    use crate::triage::{Alternative, Assessment};
    use crate::workflow::StaffScreen;
    let base = Kiosk::new(catalog, Lang::En);
    let at = |screen: Screen| Kiosk {
        screen,
        history: vec![Screen::Home],
        ..base.clone()
    };
    let assessment = Assessment {
        emergency: false,
        department: Some("03.04".into()),
        confidence: 0.75,
        alternatives: vec![Alternative {
            code: "03.01".into(),
            confidence: 0.2,
            because: Vec::new(),
        }],
        reasons: vec![crate::triage::Reason {
            kind: crate::triage::ReasonKind::Symptom,
            rule: "chest_tightness".into(),
            label: Text::new("胸闷", "chest tightness"),
            heard: None,
        }],
    };
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|d| d.and_hms_opt(9, 5, 0))
        .unwrap_or_default();
    let ticket = Issued {
        ticket: Ticket {
            department_code: "03.04".into(),
            day: day.date(),
            number: 12,
            label: "C012".into(),
            status: TicketStatus::Waiting,
            issued_at: day,
            called_at: None,
            finished_at: None,
        },
        ahead: 4,
        estimated_wait_minutes: 35,
        offline: false,
    };
    let mut recommended = at(Screen::Recommendation);
    recommended.visit.assessment = Some(assessment.clone());
    let mut unsure = at(Screen::Unsure);
    unsure.visit.assessment = Some(Assessment {
        department: None,
        alternatives: Vec::new(),
        ..assessment.clone()
    });
    // Two departments the words point to equally: the patient chooses.
    let lump = crate::triage::Reason {
        kind: crate::triage::ReasonKind::Symptom,
        rule: "lump".into(),
        label: Text::new("包块、伤口", "a lump or a wound"),
        heard: Some("疙瘩".into()),
    };
    let mut unsure_choice = at(Screen::Unsure);
    unsure_choice.visit.assessment = Some(Assessment {
        department: None,
        confidence: 0.0,
        alternatives: ["04.01", "13"]
            .into_iter()
            .map(|code| Alternative {
                code: code.into(),
                confidence: 0.25,
                because: vec![lump.clone()],
            })
            .collect(),
        reasons: vec![lump],
        ..assessment.clone()
    });
    let mut with_ticket = at(Screen::TicketShown { index: 0 });
    with_ticket.visit.tickets = vec![ticket];
    with_ticket.visit.symptoms = vec!["chest_tightness".into()];
    with_ticket.visit.assessment = Some(assessment.clone());
    recommended.visit.symptoms = vec!["chest_tightness".into()];
    // Speech states, with the kiosk able to listen.
    let hearing = |screen: Screen| {
        let mut k = at(screen);
        k.speech.langs = vec![Lang::Zh, Lang::En];
        k
    };
    let mut listening = hearing(Screen::Home);
    listening.speech.listening = Some(crate::workflow::Listening {
        request: 1,
        phase: ListenPhase::Hearing,
        asked: true,
    });
    let mut for_child = at(Screen::BodyPart);
    for_child.visit.patient = Some(crate::workflow::Patient::Child);
    let mut misheard = hearing(Screen::Home);
    misheard.speech.notice = Some(SpeechNotice::TryAgain);
    let mut use_touch = hearing(Screen::BodyPart);
    use_touch.speech.notice = Some(SpeechNotice::UseTouch);
    vec![
        (
            "welcome",
            Kiosk {
                history: vec![],
                ..hearing(Screen::Welcome)
            },
        ),
        (
            "home",
            Kiosk {
                screen: Screen::Home,
                ..base.clone()
            },
        ),
        ("body_part", at(Screen::BodyPart)),
        ("body_part_child", for_child),
        (
            "symptom",
            at(Screen::Symptom {
                body_part: "chest".into(),
                page: 0,
            }),
        ),
        (
            "red_flag",
            at(Screen::RedFlagQuestion {
                symptom: "chest_pain".into(),
                flag: "cardiac_chest_pain".into(),
            }),
        ),
        ("thinking", at(Screen::Thinking { request: 1 })),
        ("listening", listening),
        ("speech_try_again", misheard),
        ("speech_use_touch", use_touch),
        (
            "confirm_department",
            hearing(Screen::Confirm {
                heard: Heard::Department("13".into()),
            }),
        ),
        (
            "confirm_complaint",
            hearing(Screen::Confirm {
                heard: Heard::Complaint(
                    crate::workflow::PatientText("my stomach hurts after meals".into()),
                    Box::new(assessment.clone()),
                ),
            }),
        ),
        (
            "confirm_place",
            hearing(Screen::Confirm {
                heard: Heard::PlaceToConfirm(PlaceKind::Pharmacy),
            }),
        ),
        ("recommendation", recommended),
        ("unsure", unsure),
        ("unsure_choice", unsure_choice),
        ("department_list", at(Screen::DepartmentList { page: 0 })),
        (
            "department_detail",
            at(Screen::DepartmentDetail { code: "10".into() }),
        ),
        (
            "directions_department",
            at(Screen::Directions {
                target: Target::Department("03.04".into()),
            }),
        ),
        (
            "directions_place",
            at(Screen::Directions {
                target: Target::Place(PlaceKind::Pharmacy),
            }),
        ),
        ("ticket", with_ticket),
        ("my_tickets", at(Screen::MyTickets)),
        ("what_next", at(Screen::WhatNext)),
        ("place_list", at(Screen::PlaceList { page: 0 })),
        ("out_of_town", at(Screen::OutOfTown)),
        ("call_staff", at(Screen::CallStaff)),
        ("emergency", at(Screen::Emergency)),
        (
            "problem",
            at(Screen::Problem {
                message: Text::new(
                    "皮肤科今天下午停诊。请到导诊台咨询。",
                    "Dermatology is closed this afternoon. Please ask at the information desk.",
                ),
            }),
        ),
        (
            "still_there",
            at(Screen::StillThere {
                resume: Box::new(Screen::Home),
            }),
        ),
        (
            "staff_pin",
            at(Screen::Staff(StaffScreen::Pin {
                entered: crate::workflow::Secret("12".into()),
                notice: None,
            })),
        ),
        ("staff_home", at(Screen::Staff(StaffScreen::Home))),
        (
            "staff_department",
            at(Screen::Staff(StaffScreen::Department { code: "13".into() })),
        ),
        (
            "staff_room",
            at(Screen::Staff(StaffScreen::Room {
                code: "10".into(),
                entered: "30".into(),
            })),
        ),
    ]
}
