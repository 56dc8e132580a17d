//! Speech in the workflow: the Speak button, listening states, and what a
//! heard request does. A spoken request does what the matching tap does;
//! when the action matters (a department, a complaint) it is read back
//! first on a Confirm screen. Not understood twice in a row, the kiosk stops
//! asking the patient to speak and points at the tiles.

use super::effect::{Effect, UsageKind};
use super::event::{Action, Heard, ListenOutcome, ListenPhase, Via, VoiceCommand};
use super::state::{Kiosk, Listening, Screen, SpeechNotice, Target};
use super::transitions::{directions, enter_emergency, input, record, show, triaged};
use super::Millis;

/// Misses in a row after which the kiosk stops asking for speech.
pub const MAX_MISSES: u8 = 2;

fn start(k: &mut Kiosk, asked: bool, fx: &mut Vec<Effect>) {
    let request = k.next_request;
    k.next_request += 1;
    k.speech.listening = Some(Listening {
        request,
        phase: ListenPhase::Listening,
        asked,
    });
    if asked {
        // The patient wants to talk: the kiosk stops talking.
        fx.push(Effect::StopSpeaking);
    }
    fx.push(Effect::Listen {
        request,
        lang: k.lang,
    });
}

/// Any input but Speak ends a listening attempt: the patient moved on.
pub(super) fn cancel(k: &mut Kiosk, fx: &mut Vec<Effect>) {
    if k.speech.listening.take().is_some() {
        fx.push(Effect::StopListening);
    }
}

/// The Speak button: listen, or stop listening.
pub(super) fn speak_tapped(k: &mut Kiosk, fx: &mut Vec<Effect>) {
    if k.speech.listening.is_some() {
        cancel(k, fx);
    } else if k.speech.can_listen(k.lang) {
        start(k, true, fx);
    }
}

/// Question screens listen for the answer by themselves, once the patient
/// has shown they speak to the kiosk and while speech still works for them.
pub(super) fn listen_for_answer(k: &mut Kiosk, fx: &mut Vec<Effect>) {
    let question = matches!(
        k.screen,
        Screen::Confirm { .. } | Screen::RedFlagQuestion { .. }
    );
    if question
        && k.visit.spoke
        && k.visit.misheard < MAX_MISSES
        && k.speech.listening.is_none()
        && k.speech.can_listen(k.lang)
    {
        start(k, false, fx);
    }
}

pub(super) fn progress(k: &mut Kiosk, request: u64, phase: ListenPhase, fx: &mut Vec<Effect>) {
    if let Some(l) = k.speech.listening.as_mut().filter(|l| l.request == request) {
        if phase == ListenPhase::Hearing && l.phase == ListenPhase::Listening {
            // The patient started talking over the kiosk.
            fx.push(Effect::StopSpeaking);
        }
        l.phase = phase;
    }
}

fn miss(k: &mut Kiosk, fx: &mut Vec<Effect>) {
    k.visit.misheard = k.visit.misheard.saturating_add(1);
    k.speech.notice = Some(if k.visit.misheard >= MAX_MISSES {
        SpeechNotice::UseTouch
    } else {
        SpeechNotice::TryAgain
    });
    fx.push(record(UsageKind::SpeechRejected, Some(Via::Voice)));
    fx.push(Effect::ReadScreen);
}

pub(super) fn done(
    k: &mut Kiosk,
    request: u64,
    outcome: ListenOutcome,
    now: Millis,
    fx: &mut Vec<Effect>,
) {
    let Some(listening) = k.speech.listening.filter(|l| l.request == request) else {
        return; // stale: cancelled, or the patient moved on
    };
    k.speech.listening = None;
    if matches!(k.screen, Screen::Staff(_)) {
        return;
    }
    match outcome {
        ListenOutcome::Silence => {
            if listening.asked {
                k.speech.notice = Some(SpeechNotice::NothingHeard);
                fx.push(Effect::ReadScreen);
            }
        }
        ListenOutcome::Failed => {
            k.speech.notice = Some(SpeechNotice::Unavailable);
            fx.push(Effect::ReadScreen);
        }
        ListenOutcome::NotUnderstood => {
            k.last_input = now;
            k.visit.spoke = true;
            miss(k, fx);
        }
        ListenOutcome::Understood(heard) => {
            k.last_input = now;
            act(k, heard, now, fx);
        }
    }
}

/// Screens where "yes" and "no" mean something.
fn takes_yes_no(screen: &Screen) -> bool {
    matches!(
        screen,
        Screen::Confirm { .. } | Screen::RedFlagQuestion { .. } | Screen::Problem { .. }
    )
}

fn act(k: &mut Kiosk, heard: Heard, now: Millis, fx: &mut Vec<Effect>) {
    // Speaking answers "are you still there?" and starts a visit, like a tap.
    if let Screen::StillThere { resume } = &mut k.screen {
        k.screen = std::mem::replace(resume.as_mut(), Screen::Welcome);
    }
    if k.screen == Screen::Welcome {
        input(k, Action::StillHere, Via::Voice, now, fx);
    }
    k.visit.spoke = true;
    let understood = match heard {
        Heard::Command(command) => {
            let action = match command {
                VoiceCommand::Yes => Action::Answer(true),
                VoiceCommand::No => Action::Answer(false),
                VoiceCommand::Back => Action::Back,
                VoiceCommand::Home => Action::Home,
                VoiceCommand::Help => Action::Help,
                VoiceCommand::Repeat => Action::Repeat,
                VoiceCommand::Slower => {
                    k.speech.slow = true;
                    fx.push(Effect::SpeechRate { slow: true });
                    Action::Repeat
                }
            };
            if matches!(action, Action::Answer(_)) && !takes_yes_no(&k.screen) {
                false
            } else {
                input(k, action, Via::Voice, now, fx);
                true
            }
        }
        Heard::Emergency => {
            enter_emergency(k, fx);
            true
        }
        Heard::Place(kind) => {
            directions(k, Target::Place(kind), Via::Voice, fx);
            true
        }
        heard @ Heard::PlaceToConfirm(_) => {
            show(k, Screen::Confirm { heard }, fx);
            true
        }
        Heard::Department(code) => {
            let known = k.catalog.departments.contains(&code);
            if known {
                show(
                    k,
                    Screen::Confirm {
                        heard: Heard::Department(code),
                    },
                    fx,
                );
            }
            known
        }
        heard @ Heard::Complaint(..) => {
            show(k, Screen::Confirm { heard }, fx);
            true
        }
    };
    if understood {
        k.visit.misheard = 0;
    } else {
        miss(k, fx);
    }
}

/// The answer on the Confirm screen.
pub(super) fn confirmed(k: &mut Kiosk, heard: Heard, yes: bool, fx: &mut Vec<Effect>) {
    if !yes {
        // A mishearing caught by the read-back: back to where they were.
        k.screen = k.history.pop().unwrap_or(Screen::Home);
        miss(k, fx);
        return;
    }
    match heard {
        Heard::Department(code) => show(k, Screen::DepartmentDetail { code }, fx),
        Heard::PlaceToConfirm(kind) => directions(k, Target::Place(kind), Via::Voice, fx),
        Heard::Complaint(_, assessment) => triaged(k, *assessment, fx),
        // Only the three above are ever read back.
        _ => {
            k.screen = k.history.pop().unwrap_or(Screen::Home);
            fx.push(Effect::ReadScreen);
        }
    }
}
