//! What the workflow asks the shell to do. Effects are data; performing them
//! (speaking, writing to the store, alerting staff) is the shell's job.

use super::event::{TriageRequest, Via};
use crate::hospital::PlaceKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffAlert {
    /// The patient pressed "call staff".
    Help,
    /// A red flag was found.
    Emergency,
}

/// Anonymous usage facts for statistics: no words, no ticket numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageKind {
    VisitStarted,
    TriageDone {
        department: Option<String>,
    },
    Emergency,
    TicketTaken {
        department: String,
    },
    DirectionsShown {
        department: Option<String>,
        place: Option<PlaceKind>,
    },
    StaffCalled,
    /// Speech was heard but not acted on (not understood, or refused).
    SpeechRejected,
    VisitEnded {
        completed: bool,
    },
}

impl UsageKind {
    pub fn name(&self) -> &'static str {
        match self {
            UsageKind::VisitStarted => "visit_started",
            UsageKind::TriageDone { .. } => "triage_done",
            UsageKind::Emergency => "emergency",
            UsageKind::TicketTaken { .. } => "ticket_taken",
            UsageKind::DirectionsShown { .. } => "directions_shown",
            UsageKind::StaffCalled => "staff_called",
            UsageKind::SpeechRejected => "speech_rejected",
            UsageKind::VisitEnded { completed: true } => "visit_completed",
            UsageKind::VisitEnded { completed: false } => "visit_abandoned",
        }
    }
}

/// A change staff make from the kiosk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffChange {
    SetStatus {
        code: String,
        status: crate::hospital::DeptStatus,
    },
    SetRoom {
        code: String,
        room: String,
    },
    CallNext {
        code: String,
    },
    ClearAlert {
        id: i64,
    },
    SetVoice {
        muted: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Read the (new) screen's main message aloud, interrupting any speech.
    ReadScreen,
    /// Stop speaking (the patient walked away).
    StopSpeaking,
    RunTriage {
        request: u64,
        query: TriageRequest,
    },
    IssueTicket {
        request: u64,
        department: String,
    },
    AlertStaff(StaffAlert),
    /// A new patient started; the shell draws a fresh random visit number.
    VisitStarted,
    Record {
        usage: UsageKind,
        via: Option<Via>,
    },
    CheckPin {
        request: u64,
        pin: super::event::Secret,
    },
    Staff {
        request: u64,
        change: StaffChange,
    },
    /// Open the microphone and send back `ListenProgress` and `ListenDone`
    /// for `request`. The shell waits until the kiosk has finished speaking,
    /// so it does not hear itself.
    Listen {
        request: u64,
        lang: crate::lang::Lang,
    },
    /// Close the microphone; the attempt's answer will be ignored.
    StopListening,
    /// Speak more slowly (or at the usual pace again).
    SpeechRate {
        slow: bool,
    },
}
