//! Speech: listening, read-backs, misses and spoken commands.

use super::*;
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
