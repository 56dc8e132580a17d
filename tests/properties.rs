//! Random event sequences against the pure workflow: it never panics, Home is
//! always one tap away, and walking away always clears the patient.

use banzhen::hospital::load::demo_hospital;
use banzhen::hospital::PlaceKind;
use banzhen::lang::{Lang, Text};
use banzhen::store::Store;
use banzhen::triage::Assessment;
use banzhen::workflow::{
    handle, Action, Catalog, Event, Kiosk, MenuChoice, Patient, PatientText, Screen, IDLE_RESET_MS,
    IDLE_WARNING_MS,
};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

fn catalog() -> Arc<Catalog> {
    static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
    CATALOG
        .get_or_init(|| {
            let store = Store::open_in_memory().expect("store");
            store.seed_if_empty().expect("seed");
            let rules = store.rules().expect("rules");
            Arc::new(Catalog::for_hospital(&rules, &demo_hospital()))
        })
        .clone()
}

fn any_action() -> impl Strategy<Value = Action> {
    let words = prop::sample::select(vec![
        "chest",
        "belly",
        "head",
        "skin",
        "limbs",
        "whole",
        "tail",
        "chest_pain",
        "cough",
        "rash",
        "headache",
        "nonsense",
    ]);
    let codes = prop::sample::select(vec!["03.04", "07", "13", "20", "99"]);
    prop_oneof![
        Just(Action::Home),
        Just(Action::Back),
        Just(Action::Help),
        Just(Action::ToggleLanguage),
        Just(Action::SetLanguage(Lang::En)),
        Just(Action::Repeat),
        Just(Action::StillHere),
        Just(Action::NextPage),
        Just(Action::ShowDirections),
        Just(Action::TakeTicket),
        Just(Action::WhatNext),
        any::<bool>().prop_map(Action::Answer),
        (0usize..3).prop_map(Action::ShowTicket),
        prop::sample::select(vec![
            MenuChoice::FeelUnwell,
            MenuChoice::FindDepartment,
            MenuChoice::FindPlace,
            MenuChoice::MyTicket,
            MenuChoice::OutOfTown,
            MenuChoice::CallStaff
        ])
        .prop_map(Action::Menu),
        prop::sample::select(vec![Patient::Adult, Patient::Child, Patient::Pregnant])
            .prop_map(Action::ChoosePatient),
        words
            .clone()
            .prop_map(|w| Action::PickBodyPart(w.to_string())),
        words.prop_map(|w| Action::PickSymptom(w.to_string())),
        codes.prop_map(|c| Action::PickDepartment(c.to_string())),
        prop::sample::select(PlaceKind::ALL.to_vec()).prop_map(Action::PickPlace),
        ".{0,20}".prop_map(|t| Action::Complaint(PatientText(t))),
    ]
}

/// Events a patient or the shell can produce, with how long after the previous one.
fn any_step() -> impl Strategy<Value = (Event, u64)> {
    let event = prop_oneof![
        8 => any_action().prop_map(Event::tap),
        2 => any_action().prop_map(Event::voice),
        1 => Just(Event::Tick),
        1 => (0u64..8, any::<bool>(), prop::option::of(prop::sample::select(vec!["03.04", "07", "20"]))).prop_map(|(request, emergency, d)| Event::TriageDone {
            request,
            assessment: Assessment { emergency, department: d.map(String::from), confidence: 0.5, alternatives: vec![], reasons: vec![] },
        }),
        1 => (0u64..8).prop_map(|request| Event::TriageFailed { request }),
        1 => (0u64..8).prop_map(|request| Event::TicketRefused { request, reason: Text::new("停诊", "closed") }),
    ];
    (event, prop_oneof![4 => 0u64..5_000, 1 => 0u64..120_000])
}

fn run(steps: &[(Event, u64)]) -> (Kiosk, u64) {
    let mut k = Kiosk::new(catalog(), Lang::Zh);
    let mut now = 0;
    for (event, gap) in steps {
        now += gap;
        k = handle(k, event.clone(), now).0;
        assert!(k.history.len() <= banzhen::workflow::MAX_HISTORY);
    }
    (k, now)
}

proptest! {
    // 1,000 sequences of 1,000 events: a million events for each property.
    #![proptest_config(ProptestConfig { cases: 1000, max_shrink_iters: 2000, ..ProptestConfig::default() })]

    #[test]
    fn home_is_always_one_tap_away(steps in prop::collection::vec(any_step(), 1000)) {
        let (k, now) = run(&steps);
        let (k, _) = handle(k, Event::tap(Action::Home), now + 1);
        prop_assert_eq!(k.screen, Screen::Home);
    }

    #[test]
    fn walking_away_always_clears_the_patient(steps in prop::collection::vec(any_step(), 1000)) {
        let (k, now) = run(&steps);
        let (k, _) = handle(k, Event::Tick, now + IDLE_WARNING_MS);
        let (k, _) = handle(k, Event::Tick, now + IDLE_WARNING_MS + IDLE_RESET_MS);
        prop_assert!(k.is_clear(), "not clear: {:?}", k.screen);
    }
}
