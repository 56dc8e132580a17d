//! The kiosk's state as a plain value: which screen is up, the way back, and
//! what is known about the current patient (cleared on every reset).

use super::Millis;
use crate::hospital::PlaceKind;
use crate::lang::Lang;
use crate::queue::Issued;
use crate::triage::rules::RuleSet;
use crate::triage::Assessment;
use std::collections::BTreeMap;
use std::sync::Arc;

/// How many choices a list screen shows before a "More" tile: five plus
/// "More" keeps every screen at six choices or fewer.
pub const CHOICES_PER_PAGE: usize = 5;
/// The way back is bounded so months of use cannot grow it.
pub const MAX_HISTORY: usize = 16;

/// Who the complaint is about: a toggle on the body picture, "me" unless
/// the patient says otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Patient {
    Adult,
    Child,
    Pregnant,
}

/// Where directions lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Department(String),
    Place(PlaceKind),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// Attract screen: pick a language to start.
    Welcome,
    Home,
    /// The body picture, with "who is unwell" (me, a child, a pregnant
    /// woman) as toggles above it.
    BodyPart,
    Symptom {
        body_part: String,
        page: usize,
    },
    /// One yes/no red-flag question about the symptom just picked.
    RedFlagQuestion {
        symptom: String,
        flag: String,
    },
    /// Waiting for the triage answer for `request`.
    Thinking {
        request: u64,
    },
    /// The triage answer (kept in the visit).
    Recommendation,
    /// The rules could not tell: offer the alternatives, the body picture again, or staff.
    Unsure,
    DepartmentList {
        page: usize,
    },
    DepartmentDetail {
        code: String,
    },
    Directions {
        target: Target,
    },
    /// Waiting for the store to issue a number for `code`.
    IssuingTicket {
        request: u64,
        code: String,
    },
    /// A ticket of this visit, by index into `Visit::tickets`.
    TicketShown {
        index: usize,
    },
    MyTickets,
    /// After the consultation: tests, payment, pharmacy.
    WhatNext,
    PlaceList {
        page: usize,
    },
    OutOfTown,
    /// Staff were alerted; "someone is coming".
    CallStaff,
    /// Full-screen emergency page with the way to the emergency department.
    Emergency,
    /// Something the patient asked for could not be done, with the reason.
    Problem {
        message: crate::lang::Text,
    },
    /// "Are you still there?" over the screen in `resume`.
    StillThere {
        resume: Box<Screen>,
    },
    /// "You said dermatology. Is that right?": a spoken request that
    /// matters, read back before anything is done.
    Confirm {
        heard: super::event::Heard,
    },
    /// Staff mode, opened by a hidden gesture and a PIN.
    Staff(StaffScreen),
}

#[derive(Debug, Clone, PartialEq)]
pub enum StaffScreen {
    Pin {
        entered: super::event::Secret,
        notice: Option<crate::lang::Text>,
    },
    /// Waiting for the PIN check or a change.
    Busy {
        request: u64,
    },
    Home,
    Departments {
        page: usize,
    },
    Department {
        code: String,
    },
    Room {
        code: String,
        entered: String,
    },
    Alerts,
    Done {
        message: crate::lang::Text,
    },
}

impl Screen {
    /// Screens that only wait for the shell; "back" never returns to them.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Screen::Thinking { .. }
                | Screen::IssuingTicket { .. }
                | Screen::StillThere { .. }
                | Screen::Confirm { .. }
                | Screen::Staff(
                    StaffScreen::Busy { .. } | StaffScreen::Pin { .. } | StaffScreen::Done { .. }
                )
        )
    }
}

/// Everything about the current patient. Dropped whole on reset.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Visit {
    /// Who is unwell; `None` is the patient themself.
    pub patient: Option<Patient>,
    pub symptoms: Vec<String>,
    pub assessment: Option<Assessment>,
    /// Once an emergency is found it stays for the visit: a later answer
    /// never downgrades it.
    pub emergency: bool,
    pub tickets: Vec<Issued>,
    /// Ticket requests sent to the store and not answered yet.
    pub pending_tickets: Vec<u64>,
    /// Reached a ticket, directions or a place: counts as a completed visit.
    pub completed: bool,
    /// Times in a row the kiosk did not understand the patient.
    pub misunderstood: u8,
    /// Times in a row speech was not understood; at two the kiosk stops
    /// asking the patient to speak and points at the screen.
    pub misheard: u8,
    /// The patient has spoken to the kiosk in this visit: question screens
    /// then listen for the answer without a tap.
    pub spoke: bool,
}

/// What the workflow knows of the hospital's data: enough to validate
/// choices and page lists, and nothing that needs I/O. Rebuilt by the shell
/// when staff change the data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalog {
    pub body_parts: Vec<String>,
    pub symptoms: BTreeMap<String, Vec<String>>,
    /// Symptom → the red flag whose question to ask after it.
    pub questions: BTreeMap<String, String>,
    pub departments: Vec<String>,
}

impl Catalog {
    pub fn new(rules: &RuleSet, department_codes: Vec<String>) -> Catalog {
        let mut symptoms: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for t in &rules.terms {
            if let Some(bp) = &t.body_part {
                symptoms.entry(bp.clone()).or_default().push(t.id.clone());
            }
        }
        let mut questions = BTreeMap::new();
        for f in rules.red_flags.iter().filter(|f| f.question.is_some()) {
            for s in &f.ask_for {
                questions.entry(s.clone()).or_insert_with(|| f.id.clone());
            }
        }
        Catalog {
            body_parts: rules.body_parts.iter().map(|b| b.id.clone()).collect(),
            symptoms,
            questions,
            departments: department_codes,
        }
    }

    /// The catalog for a hospital's departments and its triage rules.
    pub fn for_hospital(rules: &RuleSet, hospital: &crate::hospital::Hospital) -> Catalog {
        Catalog::new(
            rules,
            hospital
                .departments
                .iter()
                .map(|d| d.code.clone())
                .collect(),
        )
    }

    pub fn pages(items: usize) -> usize {
        items.div_ceil(CHOICES_PER_PAGE).max(1)
    }
}

/// A notice about speech, shown over the screen until the next input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechNotice {
    /// "Sorry, I did not catch that. Please say it again, or tap a button."
    TryAgain,
    /// After two misses: "Please tap the buttons on the screen."
    UseTouch,
    /// "I did not hear anything."
    NothingHeard,
    /// The microphone or the recogniser failed.
    Unavailable,
}

/// A listening attempt in progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listening {
    pub request: u64,
    pub phase: super::event::ListenPhase,
    /// Started by the patient's tap, not by a question screen.
    pub asked: bool,
}

/// The kiosk's ears: whether it can listen, and what it is doing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Speech {
    /// Languages it can understand now.
    pub langs: Vec<Lang>,
    pub listening: Option<Listening>,
    pub notice: Option<SpeechNotice>,
    /// The patient asked for slower speech (cleared with the visit).
    pub slow: bool,
}

impl Speech {
    pub fn can_listen(&self, lang: Lang) -> bool {
        self.langs.contains(&lang)
    }
}

/// The whole state of the kiosk.
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    pub screen: Screen,
    pub history: Vec<Screen>,
    pub lang: Lang,
    /// The language the kiosk returns to when a visit ends: the next
    /// patient does not inherit the last one's choice.
    pub home_lang: Lang,
    pub visit: Visit,
    pub catalog: Arc<Catalog>,
    /// When the patient last touched or spoke.
    pub last_input: Millis,
    /// Source of request ids; stale answers carry an old one and are dropped.
    pub next_request: u64,
    /// Times of the latest taps on the header, for the staff gesture.
    pub header_taps: Vec<Millis>,
    /// Staff turned the voice off. A setting of the kiosk, not of a patient:
    /// it survives the idle reset.
    pub voice_muted: bool,
    pub speech: Speech,
}

impl Kiosk {
    pub fn new(catalog: Arc<Catalog>, lang: Lang) -> Kiosk {
        Kiosk {
            screen: Screen::Welcome,
            history: Vec::new(),
            lang,
            home_lang: lang,
            visit: Visit::default(),
            catalog,
            last_input: 0,
            next_request: 1,
            header_taps: Vec::new(),
            voice_muted: false,
            speech: Speech::default(),
        }
    }

    /// True when nothing about a patient is held.
    pub fn is_clear(&self) -> bool {
        self.screen == Screen::Welcome
            && self.history.is_empty()
            && self.visit == Visit::default()
            && self.speech.listening.is_none()
            && self.speech.notice.is_none()
            && !self.speech.slow
    }
}
