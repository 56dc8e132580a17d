//! Where a visit ends: Done, the quiet return after a number, and the next
//! patient starting clean.

use super::touch::{at_symptoms, recommended};
use super::*;

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

#[test]
fn the_next_patient_meets_the_kiosk_in_its_own_language() {
    // `home()` chose English on a kiosk whose language is Chinese.
    let (k, _) = tap(with_ticket(), Action::Finish, 10);
    assert_eq!(k.lang, Lang::Zh);
}
