//! The visit workflow: a pure state machine. `handle(state, event, now)`
//! returns the next state and the effects for the shell to perform. It reads
//! no clock, no database, no microphone and no screen; time comes in as
//! `now`, and [`next_deadline`] tells the shell when to send [`Event::Tick`].
//! See `README.md` beside this file for the diagram of screens.

mod effect;
mod event;
pub mod staff;
mod state;
mod transitions;
mod voice;

pub use effect::{Effect, StaffAlert, StaffChange, UsageKind};
pub use event::{
    Action, Event, Heard, ListenOutcome, ListenPhase, MenuChoice, PatientText, PinResult, Secret,
    StaffMenu, Via, VoiceCommand,
};
pub use state::{
    Catalog, Kiosk, Listening, Patient, Screen, Speech, SpeechNotice, StaffScreen, Target, Visit,
    CHOICES_PER_PAGE, MAX_HISTORY,
};
pub use transitions::handle;

/// Milliseconds on a monotonic clock chosen by the shell.
pub type Millis = u64;

/// "Are you still there?" appears after this long without input.
pub const IDLE_WARNING_MS: Millis = 60_000;
/// Then everything is cleared after this much longer.
pub const IDLE_RESET_MS: Millis = 30_000;
/// A visit that has its queue number is over once the patient goes quiet
/// this long: the number stays readable until then, and the next person in
/// a busy lobby does not inherit it.
pub const TICKET_QUIET_MS: Millis = 25_000;

/// Whether the kiosk goes back to the welcome screen after
/// [`TICKET_QUIET_MS`] rather than asking "are you still there?".
pub fn ends_quietly(k: &Kiosk) -> bool {
    !k.visit.tickets.is_empty()
        && !k.visit.emergency
        && matches!(
            k.screen,
            Screen::TicketShown { .. } | Screen::Directions { .. } | Screen::WhatNext
        )
}

/// When the shell must send `Event::Tick` next, if ever.
pub fn next_deadline(k: &Kiosk) -> Option<Millis> {
    match &k.screen {
        Screen::Welcome => None,
        Screen::Staff(_) => Some(k.last_input + staff::STAFF_IDLE_MS),
        Screen::StillThere { .. } => Some(k.last_input + IDLE_WARNING_MS + IDLE_RESET_MS),
        _ if ends_quietly(k) => Some(k.last_input + TICKET_QUIET_MS),
        _ => Some(k.last_input + IDLE_WARNING_MS),
    }
}

#[cfg(test)]
mod tests;
