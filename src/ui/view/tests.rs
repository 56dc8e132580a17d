use super::*;
use crate::hospital::load::demo_hospital;
use crate::workflow::{handle, Catalog, Event};
use std::sync::Arc;

fn rules(h: &Hospital) -> RuleSet {
    let codes = h.departments.iter().map(|d| d.code.clone()).collect();
    RuleSet::parse(&crate::hospital::load::Sources::demo().triage_toml, &codes).expect("demo rules")
}

/// The demo hospital's screens with no alerts, no queue and a fixed time.
fn context<'a>(h: &'a Hospital, rules: &'a RuleSet) -> ViewContext<'a> {
    ViewContext {
        alerts: &[],
        hospital: h,
        rules,
        queue: None,
        now: chrono::NaiveDateTime::default(),
    }
}

fn each_screen(mut check: impl FnMut(&str, &Kiosk, &ViewModel)) {
    let h = demo_hospital();
    let rules = rules(&h);
    let ctx = context(&h, &rules);
    for (name, mut k) in all_screens(Arc::new(Catalog::for_hospital(&rules, &h))) {
        for lang in [Lang::Zh, Lang::En] {
            k.lang = lang;
            check(name, &k, &view(&k, &ctx));
        }
    }
}

/// A tile can only offer what the workflow accepts on its screen: tapping
/// each one changes the kiosk or asks the shell for something.
#[test]
fn every_choice_on_every_screen_is_one_the_workflow_accepts() {
    each_screen(|name, k, vm| {
        let hero = vm
            .hero
            .iter()
            .filter_map(|h| h.button.as_ref())
            .map(|b| &b.action);
        // "Me" while it is already on is the one choice that rightly changes nothing.
        let me = Action::ChoosePatient(crate::workflow::Patient::Adult);
        for action in vm
            .tiles
            .iter()
            .chain(&vm.toggles)
            .filter(|t| !(t.selected && t.action == me))
            .map(|t| &t.action)
            .chain(hero)
        {
            let (after, fx) = handle(k.clone(), Event::tap(action.clone()), k.last_input + 10);
            let changed = Kiosk {
                last_input: k.last_input,
                ..after.clone()
            } != *k;
            assert!(
                changed || !fx.is_empty(),
                "{name} ({}): {action:?} does nothing",
                k.lang.code()
            );
        }
    });
}

#[test]
fn the_symptom_path_counts_its_steps_and_other_screens_do_not() {
    each_screen(|name, _, vm| {
        let expected = match name {
            "body_part" | "body_part_child" | "speech_use_touch" => Some(1),
            "symptom" | "red_flag" => Some(2),
            "recommendation" => Some(3),
            "ticket" => Some(4),
            _ => None,
        };
        assert_eq!(
            vm.step,
            expected.map(|n| (n, patient::SYMPTOM_STEPS)),
            "{name}"
        );
    });
}

#[test]
fn who_is_unwell_defaults_to_me_and_shows_the_choice() {
    each_screen(|name, _, vm| {
        let on: Vec<&Action> = vm
            .toggles
            .iter()
            .filter(|t| t.selected)
            .map(|t| &t.action)
            .collect();
        match name {
            "body_part" | "speech_use_touch" => {
                assert_eq!(
                    on,
                    [&Action::ChoosePatient(crate::workflow::Patient::Adult)]
                )
            }
            "body_part_child" => {
                assert_eq!(
                    on,
                    [&Action::ChoosePatient(crate::workflow::Patient::Child)]
                )
            }
            _ => assert!(vm.toggles.is_empty(), "{name}"),
        }
    });
}

#[test]
fn every_patient_choice_has_a_pictogram() {
    each_screen(|name, _, vm| {
        if vm.kind == ScreenKind::Staff {
            return;
        }
        for t in vm.tiles.iter().chain(&vm.toggles) {
            assert_ne!(t.icon, Icon::None, "{name}: {:?}", t.label);
        }
    });
}

#[test]
fn done_ends_the_visit_on_the_ticket_directions_and_emergency_screens() {
    each_screen(|name, _, vm| {
        let has_done = vm.tiles.iter().any(|t| t.action == Action::Finish);
        let should = name == "ticket" || name == "emergency" || name.starts_with("directions");
        assert_eq!(has_done, should, "{name}");
    });
}

#[test]
fn the_unsure_screen_offers_the_department_that_sees_anything() {
    each_screen(|name, _, vm| {
        if name == "unsure" {
            assert!(vm
                .tiles
                .iter()
                .any(|t| t.action == Action::PickDepartment(crate::triage::UNSURE_CODE.into())));
        }
    });
}

#[test]
fn the_unsure_screen_says_what_points_to_each_candidate() {
    let h = demo_hospital();
    let rules = rules(&h);
    let triage = crate::triage::Triage::new(rules.clone());
    let assessment = triage
        .assess(&crate::triage::Query::Text("背上长了个疙瘩".into()))
        .expect("assessable");
    assert_eq!(assessment.department, None, "a lump alone is a choice");
    let ctx = context(&h, &rules);
    let mut k = Kiosk::new(Arc::new(Catalog::for_hospital(&rules, &h)), Lang::Zh);
    k.screen = crate::workflow::Screen::Unsure;
    k.visit.assessment = Some(assessment.clone());
    let vm = view(&k, &ctx);
    for alt in &assessment.alternatives {
        let name = h
            .department(&alt.code)
            .expect("known")
            .name
            .get(Lang::Zh)
            .to_string();
        assert!(
            vm.lines
                .iter()
                .any(|l| l.text.contains(&name) && l.text.contains("疙瘩")),
            "{name}: {:?}",
            vm.lines
        );
        assert!(vm
            .tiles
            .iter()
            .any(|t| t.action == Action::PickDepartment(alt.code.clone())));
    }
    // And the voice reads the same lines.
    let spoken = crate::ui::spoken::text_for(&vm);
    assert!(spoken.contains("疙瘩"), "{spoken}");
}

/// The sample screen `name` in `lang`, drawn at `hour:minute` on Monday
/// 2026-11-30 (Cardiology, the samples' department, sees patients Mon-Fri
/// 08:00-12:00,13:30-17:30).
fn sample_on_monday(name: &str, lang: Lang, hour: u32, minute: u32) -> ViewModel {
    let h = demo_hospital();
    let rules = rules(&h);
    let (_, mut k) = all_screens(Arc::new(Catalog::for_hospital(&rules, &h)))
        .into_iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no sample screen {name}"));
    k.lang = lang;
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|d| d.and_hms_opt(hour, minute, 0))
        .expect("a time");
    view(
        &k,
        &ViewContext {
            now,
            ..context(&h, &rules)
        },
    )
}

/// A number taken before the clinic opens, or over lunch, is for when it
/// opens: the wait says so and counts from then.
#[test]
fn a_number_taken_over_lunch_waits_for_the_afternoon() {
    let wait_line = |lang, hour, minute| {
        sample_on_monday("ticket", lang, hour, minute)
            .lines
            .iter()
            .find(|l| l.icon == Icon::Wait)
            .map(|l| l.text.clone())
            .expect("a wait line")
    };
    // The sample ticket is Cardiology's, 35 minutes from being seen.
    assert_eq!(wait_line(Lang::Zh, 9, 5), "预计等候约 35 分钟");
    assert_eq!(
        wait_line(Lang::Zh, 12, 30),
        "13:30 开始看诊，预计等候约 95 分钟"
    );
    assert_eq!(
        wait_line(Lang::En, 7, 0),
        "Seeing patients from 08:00: about 95 minutes' wait"
    );
}

/// After a department's last clinic of the day its screen offers no number
/// (nobody would call it) but the way there and the Emergency Department;
/// over lunch it says when it opens and still offers one.
#[test]
fn after_the_last_clinic_no_number_is_offered_and_over_lunch_it_is() {
    let evening = sample_on_monday("recommendation", Lang::Zh, 19, 0);
    let actions: Vec<&Action> = evening.tiles.iter().map(|t| &t.action).collect();
    assert!(!actions.contains(&&Action::TakeTicket), "{actions:?}");
    assert!(actions.contains(&&Action::ShowDirections), "{actions:?}");
    assert!(
        actions.contains(&&Action::PickDepartment(
            crate::triage::EMERGENCY_CODE.into()
        )),
        "{actions:?}"
    );
    assert!(
        evening
            .lines
            .iter()
            .any(|l| l.text.starts_with("今天的门诊已经结束")),
        "{:?}",
        evening.lines
    );
    let lunch = sample_on_monday("recommendation", Lang::Zh, 12, 30);
    assert!(lunch.tiles.iter().any(|t| t.action == Action::TakeTicket));
    assert!(
        lunch.lines.iter().any(|l| l.text == "今天 13:30 开诊"),
        "{:?}",
        lunch.lines
    );
}
