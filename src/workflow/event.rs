//! What can happen to the kiosk. Touch and voice produce the same actions;
//! only `via` differs, and only statistics care.

use crate::hospital::PlaceKind;
use crate::lang::{Lang, Text};
use crate::queue::Issued;
use crate::triage::{Assessment, Query};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Touch,
    Voice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuChoice {
    FeelUnwell,
    FindDepartment,
    FindPlace,
    MyTicket,
    OutOfTown,
    CallStaff,
}

/// Words the patient typed or said. Kept out of `Debug` output so they
/// cannot reach a log by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct PatientText(pub String);

impl fmt::Debug for PatientText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "PatientText(<{} chars redacted>)",
            self.0.chars().count()
        )
    }
}

/// A PIN being typed. Kept out of `Debug` output.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(pub String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret(<{} digits>)", self.0.len())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffMenu {
    Departments,
    Alerts,
}

/// What a check of the staff PIN found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinResult {
    Accepted,
    Wrong { attempts_left: i64 },
    Locked { minutes: i64 },
    NotSet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
/// A spoken command: the same on every screen, like the bottom bar.
pub enum VoiceCommand {
    Yes,
    No,
    Back,
    Home,
    Help,
    Repeat,
    /// "Slower": speak more slowly for the rest of the visit.
    Slower,
}

impl VoiceCommand {
    pub const ALL: [VoiceCommand; 7] = [
        VoiceCommand::Yes,
        VoiceCommand::No,
        VoiceCommand::Back,
        VoiceCommand::Home,
        VoiceCommand::Help,
        VoiceCommand::Repeat,
        VoiceCommand::Slower,
    ];

    pub fn id(self) -> &'static str {
        match self {
            VoiceCommand::Yes => "yes",
            VoiceCommand::No => "no",
            VoiceCommand::Back => "back",
            VoiceCommand::Home => "home",
            VoiceCommand::Help => "help",
            VoiceCommand::Repeat => "repeat",
            VoiceCommand::Slower => "slower",
        }
    }
}

/// What the shell understood from one utterance.
#[derive(Debug, Clone, PartialEq)]
pub enum Heard {
    Command(VoiceCommand),
    /// A place asked for clearly and on its own ("where is the pharmacy"):
    /// the way is shown at once.
    Place(PlaceKind),
    /// A place named inside other words, or heard without certainty: read
    /// back first, since showing a wrong way sends an elder walking.
    PlaceToConfirm(PlaceKind),
    /// A department asked for by name ("I want to see a dermatologist").
    Department(String),
    /// A red flag was heard: no read-back, straight to the emergency page.
    Emergency,
    /// A complaint, read back first, with triage's answer for it: the
    /// words are triaged once, when they are heard.
    Complaint(PatientText, Box<Assessment>),
}

/// How one attempt at listening ended.
#[derive(Debug, Clone, PartialEq)]
pub enum ListenOutcome {
    Understood(Heard),
    /// Words were heard but not understood, or not clearly enough.
    NotUnderstood,
    /// Nobody spoke.
    Silence,
    /// The microphone or the recogniser failed.
    Failed,
}

/// Where a listening attempt is, for the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListenPhase {
    /// The microphone is open; nobody has spoken yet.
    Listening,
    /// Speech has started.
    Hearing,
    /// Speech ended; recognition is running.
    Understanding,
}

/// What a patient asks for, by tap or by voice.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // Available on every screen.
    Home,
    Back,
    Help,
    ToggleLanguage,
    SetLanguage(Lang),
    Repeat,
    StillHere,
    /// "Done": the patient is finished; the visit ends and is forgotten.
    Finish,
    // Screen choices.
    Menu(MenuChoice),
    /// Who the complaint is about: a toggle on the body-part screen.
    ChoosePatient(super::state::Patient),
    PickBodyPart(String),
    PickSymptom(String),
    NextPage,
    Answer(bool),
    PickDepartment(String),
    PickPlace(PlaceKind),
    ShowDirections,
    TakeTicket,
    ShowTicket(usize),
    WhatNext,
    /// A complaint in the patient's own words (spoken, usually).
    Complaint(PatientText),
    /// The Speak button: start listening, or stop.
    Speak,
    // Staff mode.
    /// A tap on the header bar; five quick ones open staff mode.
    HeaderTap,
    Digit(u8),
    DeleteDigit,
    Submit,
    StaffMenu(StaffMenu),
    SetStatus(crate::hospital::DeptStatus),
    MoveRoom,
    CallNext,
    ClearAlert(i64),
    ToggleVoice,
    LeaveStaff,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Input {
        action: Action,
        via: Via,
    },
    /// Time passed; the shell sends this when the deadline it was given arrives.
    Tick,
    TriageDone {
        request: u64,
        assessment: Assessment,
    },
    TriageFailed {
        request: u64,
    },
    TicketIssued {
        request: u64,
        issued: Issued,
    },
    TicketRefused {
        request: u64,
        reason: Text,
    },
    PinChecked {
        request: u64,
        result: PinResult,
    },
    /// A staff change was made (or refused), with a sentence saying which.
    StaffDone {
        request: u64,
        message: Text,
    },
    /// The voice setting as stored (on start, and after staff change it).
    VoiceMuted(bool),
    /// Staff changed the hospital's data.
    CatalogChanged(std::sync::Arc<super::state::Catalog>),
    /// The languages speech can be understood in now (models loaded and a
    /// microphone present); empty when speech input is off.
    SpeechReady(Vec<Lang>),
    /// A listening attempt moved on.
    ListenProgress {
        request: u64,
        phase: ListenPhase,
    },
    /// A listening attempt ended.
    ListenDone {
        request: u64,
        outcome: ListenOutcome,
    },
}

impl Event {
    pub fn tap(action: Action) -> Event {
        Event::Input {
            action,
            via: Via::Touch,
        }
    }

    pub fn voice(action: Action) -> Event {
        Event::Input {
            action,
            via: Via::Voice,
        }
    }
}

/// Requests the workflow hands to the shell.
pub type TriageRequest = Query;
