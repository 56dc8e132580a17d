//! Staff mode inside the workflow: a hidden gesture (five taps on the header
//! within three seconds), a PIN on a keypad, then screens to close or pause a
//! department, move it to another room, call the next number and clear
//! alerts. Leaves by itself after two minutes without a tap.

use super::effect::{Effect, StaffChange};
use super::event::{Action, PinResult, Secret, StaffMenu};
use super::state::{Catalog, Kiosk, Screen, StaffScreen};
use super::Millis;
use crate::lang::Text;

/// Taps on the header that open staff mode, and the time they must fit in.
pub const GESTURE_TAPS: usize = 5;
pub const GESTURE_WINDOW_MS: Millis = 3_000;
/// Staff mode closes itself after this long without input.
pub const STAFF_IDLE_MS: Millis = 120_000;
const MAX_PIN: usize = 8;
const MAX_ROOM: usize = 6;

/// Counts a header tap; true when it completes the gesture.
pub(super) fn header_tap(k: &mut Kiosk, now: Millis) -> bool {
    k.header_taps.push(now);
    k.header_taps
        .retain(|t| now.saturating_sub(*t) <= GESTURE_WINDOW_MS);
    if k.header_taps.len() >= GESTURE_TAPS {
        k.header_taps.clear();
        return true;
    }
    false
}

pub(super) fn open(k: &mut Kiosk, fx: &mut Vec<Effect>) {
    k.screen = Screen::Staff(StaffScreen::Pin {
        entered: Secret::default(),
        notice: None,
    });
    k.history.clear();
    fx.push(Effect::StopSpeaking);
}

fn go(k: &mut Kiosk, next: StaffScreen, fx: &mut Vec<Effect>) {
    let prev = std::mem::replace(&mut k.screen, Screen::Staff(next));
    if !prev.is_transient() {
        k.history.push(prev);
        if k.history.len() > super::MAX_HISTORY {
            k.history.remove(0);
        }
    }
    fx.push(Effect::ReadScreen);
}

fn request(k: &mut Kiosk) -> u64 {
    let r = k.next_request;
    k.next_request += 1;
    r
}

fn change(k: &mut Kiosk, change: StaffChange, fx: &mut Vec<Effect>) {
    let request = request(k);
    let prev = std::mem::replace(&mut k.screen, Screen::Staff(StaffScreen::Busy { request }));
    k.history.push(prev);
    fx.push(Effect::Staff { request, change });
}

/// Handles input while a staff screen is shown. Returns false when staff
/// mode ends (the caller resets the kiosk).
pub(super) fn input(
    k: &mut Kiosk,
    screen: StaffScreen,
    action: Action,
    fx: &mut Vec<Effect>,
) -> bool {
    match (screen, action) {
        (_, Action::LeaveStaff) => return false,
        (StaffScreen::Pin { .. }, Action::Home | Action::Back) => return false,
        (_, Action::Home) => {
            k.history.clear();
            k.screen = Screen::Staff(StaffScreen::Home);
            fx.push(Effect::ReadScreen);
        }
        (_, Action::Back) => {
            k.screen = k.history.pop().unwrap_or(Screen::Staff(StaffScreen::Home));
            fx.push(Effect::ReadScreen);
        }
        (StaffScreen::Pin { mut entered, .. }, Action::Digit(d))
            if d < 10 && entered.0.len() < MAX_PIN =>
        {
            entered.0.push(char::from(b'0' + d));
            k.screen = Screen::Staff(StaffScreen::Pin {
                entered,
                notice: None,
            });
        }
        (
            StaffScreen::Pin {
                mut entered,
                notice,
            },
            Action::DeleteDigit,
        ) => {
            entered.0.pop();
            k.screen = Screen::Staff(StaffScreen::Pin { entered, notice });
        }
        (StaffScreen::Pin { entered, .. }, Action::Submit) if !entered.0.is_empty() => {
            let request = request(k);
            k.screen = Screen::Staff(StaffScreen::Busy { request });
            fx.push(Effect::CheckPin {
                request,
                pin: entered,
            });
        }
        (StaffScreen::Home, Action::StaffMenu(StaffMenu::Departments)) => {
            go(k, StaffScreen::Departments { page: 0 }, fx)
        }
        (StaffScreen::Home, Action::StaffMenu(StaffMenu::Alerts)) => go(k, StaffScreen::Alerts, fx),
        (StaffScreen::Home, Action::ToggleVoice) => {
            let muted = !k.voice_muted;
            change(k, StaffChange::SetVoice { muted }, fx)
        }
        (StaffScreen::Departments { page }, Action::NextPage) => {
            k.screen = Screen::Staff(StaffScreen::Departments {
                page: (page + 1) % Catalog::pages(k.catalog.departments.len()),
            });
        }
        (StaffScreen::Departments { .. }, Action::PickDepartment(code))
            if k.catalog.departments.contains(&code) =>
        {
            go(k, StaffScreen::Department { code }, fx)
        }
        (StaffScreen::Department { code }, Action::SetStatus(status)) => {
            change(k, StaffChange::SetStatus { code, status }, fx)
        }
        (StaffScreen::Department { code }, Action::CallNext) => {
            change(k, StaffChange::CallNext { code }, fx)
        }
        (StaffScreen::Department { code }, Action::MoveRoom) => go(
            k,
            StaffScreen::Room {
                code,
                entered: String::new(),
            },
            fx,
        ),
        (StaffScreen::Room { code, mut entered }, Action::Digit(d))
            if d < 10 && entered.len() < MAX_ROOM =>
        {
            entered.push(char::from(b'0' + d));
            k.screen = Screen::Staff(StaffScreen::Room { code, entered });
        }
        (StaffScreen::Room { code, mut entered }, Action::DeleteDigit) => {
            entered.pop();
            k.screen = Screen::Staff(StaffScreen::Room { code, entered });
        }
        (StaffScreen::Room { code, entered }, Action::Submit) if !entered.is_empty() => change(
            k,
            StaffChange::SetRoom {
                code,
                room: entered,
            },
            fx,
        ),
        (StaffScreen::Alerts, Action::ClearAlert(id)) => {
            change(k, StaffChange::ClearAlert { id }, fx)
        }
        (StaffScreen::Done { .. }, Action::Answer(_)) => {
            k.screen = k.history.pop().unwrap_or(Screen::Staff(StaffScreen::Home));
            fx.push(Effect::ReadScreen);
        }
        // Anything else is refused without a change.
        _ => {}
    }
    true
}

pub(super) fn pin_checked(k: &mut Kiosk, request: u64, result: PinResult, fx: &mut Vec<Effect>) {
    if k.screen != Screen::Staff(StaffScreen::Busy { request }) {
        return;
    }
    let notice = match result {
        PinResult::Accepted => {
            k.history.clear();
            k.screen = Screen::Staff(StaffScreen::Home);
            fx.push(Effect::ReadScreen);
            return;
        }
        PinResult::Wrong { attempts_left } => Text::new(
            format!("PIN 不对，还可以再试 {attempts_left} 次。"),
            format!("Wrong PIN: {attempts_left} more tries before a lockout."),
        ),
        PinResult::Locked { minutes } => Text::new(
            format!("输错太多次，请 {minutes} 分钟后再试。"),
            format!("Too many wrong PINs: try again in {minutes} minutes."),
        ),
        PinResult::NotSet => Text::new(
            "还没有设置员工 PIN：请运行 banzhen staff set-pin。",
            "No staff PIN is set: run `banzhen staff set-pin`.",
        ),
    };
    k.screen = Screen::Staff(StaffScreen::Pin {
        entered: Secret::default(),
        notice: Some(notice),
    });
    fx.push(Effect::ReadScreen);
}

pub(super) fn done(k: &mut Kiosk, request: u64, message: Text, fx: &mut Vec<Effect>) {
    if k.screen == Screen::Staff(StaffScreen::Busy { request }) {
        k.screen = Screen::Staff(StaffScreen::Done { message });
        fx.push(Effect::ReadScreen);
    }
}
