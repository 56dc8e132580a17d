//! Staff mode: the hidden gesture, the PIN, changes, the voice switch.

use super::*;
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
        Some(2_200 + STAFF_IDLE_MS),
        "from the last tap"
    );
    let (k, _) = handle(k, Event::Tick, 2_300 + STAFF_IDLE_MS);
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
    let (k, _) = handle(k, Event::Tick, 3_000 + STAFF_IDLE_MS);
    assert!(k.is_clear());
    assert!(k.voice_muted, "a kiosk setting, not patient data");
}
