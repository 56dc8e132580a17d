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
    // Screen choices.
    Menu(MenuChoice),
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
    /// Staff changed the hospital's data.
    CatalogChanged(std::sync::Arc<super::state::Catalog>),
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
