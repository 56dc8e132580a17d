//! From the workflow's state to what the screen shows, as plain Rust values
//! (tested without a window). Fixed sentences are named by key and translated
//! in `ui/strings.slint`; data comes from the hospital in the chosen
//! language. Every choice carries the workflow [`Action`] it performs, so a
//! tap can only ever mean what the screen offered.
//!
//! One file per family of screens: [`patient`] (welcome, home, the symptom
//! path, answers), [`visit`] (departments, directions, tickets, places),
//! [`staff`] (staff mode), and [`samples`] (one state per screen, for the
//! screenshots and the design check).

mod patient;
pub mod samples;
mod staff;
mod visit;

pub use super::generated::{Icon, ScreenKind, Tone};
pub use samples::all_screens;
use visit::place_name;

use crate::hospital::{Department, Hospital, PlaceKind};
use crate::lang::Lang;
use crate::queue::QueueStatus;
use crate::triage::rules::RuleSet;
use crate::workflow::{Action, Kiosk, ListenPhase, Screen, SpeechNotice, CHOICES_PER_PAGE};
use chrono::NaiveDateTime;

#[derive(Debug, Clone, PartialEq)]
pub enum Label {
    /// A fixed sentence, translated by the UI.
    Key(&'static str),
    /// Data, already in the chosen language.
    Text(String),
}

/// A choice: what it says, what it shows, and what tapping it does.
#[derive(Debug, Clone, PartialEq)]
pub struct TileVm {
    pub action: Action,
    pub label: Label,
    pub tone: Tone,
    pub icon: Icon,
    /// A toggle that is on.
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LineVm {
    pub icon: Icon,
    pub text: String,
    pub strong: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoomVm {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub label: String,
    /// 0 room, 1 destination, 2 the kiosk.
    pub kind: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanVm {
    pub width: f64,
    pub depth: f64,
    pub caption: String,
    pub rooms: Vec<RoomVm>,
}

/// The large pictogram of a screen with little else on it; with a button,
/// it is the screen's main action (the welcome screen's microphone).
#[derive(Debug, Clone, PartialEq)]
pub struct Hero {
    pub icon: Icon,
    pub button: Option<HeroButton>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HeroButton {
    pub action: Action,
    pub label: &'static str,
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ViewModel {
    pub kind: ScreenKind,
    pub lang: Lang,
    pub hospital: String,
    pub title: Label,
    pub prompt: Option<Label>,
    /// "Step 2 of 4" on the way from a symptom to a queue number.
    pub step: Option<(u8, u8)>,
    pub hero: Option<Hero>,
    /// The first thing to do, in very large type (the emergency page).
    pub lead: Option<LineVm>,
    pub number: String,
    pub lines: Vec<LineVm>,
    /// "Who is unwell" above the body picture.
    pub toggles: Vec<TileVm>,
    pub tiles: Vec<TileVm>,
    pub plan: Option<PlanVm>,
    /// Plain text for the QR code: the ticket and the way, readable offline.
    pub qr_text: Option<String>,
    pub can_go_back: bool,
    /// The choices are a number pad (laid out like a phone's).
    pub keypad: bool,
    /// The Speak button works (a model and a microphone for this language).
    pub speech_ready: bool,
    /// 0 not listening, 1 listening, 2 hearing speech, 3 understanding it.
    pub listening: i32,
    /// A sentence about speech over the screen ("I did not catch that").
    pub notice: Option<Label>,
}

/// What the view needs besides the workflow's state.
pub struct ViewContext<'a> {
    /// Open staff alerts, shown in staff mode.
    pub alerts: &'a [crate::store::usage::StaffAlertRow],
    pub hospital: &'a Hospital,
    pub rules: &'a RuleSet,
    /// Live queue of the department on screen, when there is one.
    pub queue: Option<&'a QueueStatus>,
    pub now: NaiveDateTime,
}

pub(super) fn tile(action: Action, label: Label, tone: Tone, icon: Icon) -> TileVm {
    TileVm {
        action,
        label,
        tone,
        icon,
        selected: false,
    }
}

pub(super) fn key_tile(action: Action, key: &'static str, tone: Tone, icon: Icon) -> TileVm {
    tile(action, Label::Key(key), tone, icon)
}

pub(super) fn line(icon: Icon, text: impl Into<String>, strong: bool) -> LineVm {
    LineVm {
        icon,
        text: text.into(),
        strong,
    }
}

/// "Done": ends the visit where it naturally ends.
pub(super) fn done_tile(tone: Tone) -> TileVm {
    key_tile(Action::Finish, "done", tone, Icon::Done)
}

/// Take a number, then how to get there: for a department the patient
/// would see. Taking a number is what most want next, so it comes first.
/// Take a number and the way there; after the department's last clinic of
/// the day no number is offered (nobody would call it), but the Emergency
/// Department is, when it is open.
pub(super) fn ticket_and_way_tiles(d: &Department, ctx: &ViewContext, lang: Lang) -> Vec<TileVm> {
    let way = key_tile(
        Action::ShowDirections,
        "directions",
        Tone::Plain,
        Icon::Directions,
    );
    if !d.finished_for_today(ctx.now) {
        return vec![
            key_tile(
                Action::TakeTicket,
                "take_ticket",
                Tone::Primary,
                Icon::Ticket,
            ),
            way,
        ];
    }
    let emergency = ctx
        .hospital
        .department(crate::triage::EMERGENCY_CODE)
        .filter(|e| e.code != d.code && e.open_at(ctx.now))
        .and_then(|e| dept_tile(ctx.hospital, &e.code, lang, Tone::Plain));
    std::iter::once(way).chain(emergency).collect()
}

/// A page of a long list, and whether there are more pages.
pub(super) fn paged<T: Clone>(items: &[T], page: usize) -> (Vec<T>, bool) {
    let more = items.len() > CHOICES_PER_PAGE + 1;
    if !more {
        return (items.to_vec(), false);
    }
    let start = (page * CHOICES_PER_PAGE).min(items.len());
    (
        items[start..(start + CHOICES_PER_PAGE).min(items.len())].to_vec(),
        true,
    )
}

pub(super) fn more_tile() -> TileVm {
    key_tile(Action::NextPage, "more", Tone::Plain, Icon::More)
}

/// The pictogram for a kind of place.
pub fn place_icon(kind: PlaceKind) -> Icon {
    match kind {
        PlaceKind::Pharmacy => Icon::Pharmacy,
        PlaceKind::Cashier => Icon::Cashier,
        PlaceKind::Lab => Icon::Lab,
        PlaceKind::Imaging => Icon::Imaging,
        PlaceKind::Toilet => Icon::Toilet,
        PlaceKind::Lift => Icon::Lift,
        PlaceKind::InfoDesk => Icon::Info,
        PlaceKind::InsuranceDesk => Icon::Insurance,
        PlaceKind::Emergency => Icon::Emergency,
        PlaceKind::Exit => Icon::Exit,
        PlaceKind::Cafe => Icon::Cafe,
    }
}

/// The pictogram for a body part of the triage rules; a part the rules add
/// later shows a whole figure until it gets its own.
pub fn body_icon(id: &str) -> Icon {
    match id {
        "head" => Icon::Head,
        "chest" => Icon::Chest,
        "belly" => Icon::Belly,
        "limbs" => Icon::Limbs,
        "skin" => Icon::Skin,
        "whole" => Icon::Whole,
        _ => Icon::Body,
    }
}

/// A department as a tile.
pub(super) fn dept_tile(h: &Hospital, code: &str, lang: Lang, tone: Tone) -> Option<TileVm> {
    h.department(code).map(|d| {
        tile(
            Action::PickDepartment(code.to_string()),
            Label::Text(d.name.get(lang).to_string()),
            tone,
            Icon::Department,
        )
    })
}

/// Whether it is open, in words and with a sign, never in colour alone.
pub(super) fn status_line(d: &Department, now: NaiveDateTime, lang: Lang) -> LineVm {
    let open = d.open_at(now);
    line(
        if open { Icon::Yes } else { Icon::No },
        d.describe_status(now, lang),
        !open,
    )
}

/// The department on screen, if the screen is about one.
pub fn department_on_screen(k: &Kiosk) -> Option<String> {
    match &k.screen {
        Screen::Recommendation => k
            .visit
            .assessment
            .as_ref()
            .and_then(|a| a.department.clone()),
        Screen::DepartmentDetail { code } => Some(code.clone()),
        Screen::TicketShown { index } => k
            .visit
            .tickets
            .get(*index)
            .map(|t| t.ticket.department_code.clone()),
        Screen::StillThere { resume } => department_on_screen(&Kiosk {
            screen: (**resume).clone(),
            ..k.clone()
        }),
        _ => None,
    }
}

/// What the screen shows for the kiosk's current state.
pub fn view(k: &Kiosk, ctx: &ViewContext) -> ViewModel {
    let lang = k.lang;
    let mut vm = ViewModel {
        kind: ScreenKind::Choice,
        lang,
        hospital: ctx.hospital.name.get(lang).to_string(),
        title: Label::Key("home"),
        prompt: None,
        step: None,
        hero: None,
        lead: None,
        number: String::new(),
        lines: Vec::new(),
        toggles: Vec::new(),
        tiles: Vec::new(),
        plan: None,
        qr_text: None,
        can_go_back: !k.history.is_empty() || !matches!(k.screen, Screen::Home | Screen::Welcome),
        keypad: false,
        speech_ready: k.speech.can_listen(lang) && !matches!(k.screen, Screen::Staff(_)),
        listening: match k.speech.listening.map(|l| l.phase) {
            None => 0,
            Some(ListenPhase::Listening) => 1,
            Some(ListenPhase::Hearing) => 2,
            Some(ListenPhase::Understanding) => 3,
        },
        notice: k.speech.notice.map(|n| {
            Label::Key(match n {
                SpeechNotice::TryAgain => "notice_try_again",
                SpeechNotice::UseTouch => "notice_use_touch",
                SpeechNotice::NothingHeard => "notice_nothing_heard",
                SpeechNotice::Unavailable => "notice_unavailable",
            })
        }),
    };
    match &k.screen {
        Screen::Welcome => patient::welcome(&mut vm, k, ctx),
        Screen::Home => patient::home(&mut vm),
        Screen::BodyPart => patient::body_part(&mut vm, k, ctx),
        Screen::Symptom { body_part, page } => patient::symptom(&mut vm, k, ctx, body_part, *page),
        Screen::RedFlagQuestion { symptom, flag } => patient::red_flag(&mut vm, ctx, symptom, flag),
        Screen::Confirm { heard } => patient::confirm(&mut vm, ctx, heard),
        Screen::Thinking { .. } => patient::busy(&mut vm, "thinking"),
        Screen::IssuingTicket { .. } => patient::busy(&mut vm, "issuing"),
        Screen::Recommendation => patient::recommendation(&mut vm, k, ctx),
        Screen::Unsure => patient::unsure(&mut vm, k, ctx),
        Screen::Emergency => patient::emergency(&mut vm, ctx),
        Screen::CallStaff => patient::call_staff(&mut vm),
        Screen::Problem { message } => patient::problem(&mut vm, message),
        Screen::StillThere { .. } => patient::still_there(&mut vm),
        Screen::DepartmentList { page } => visit::department_list(&mut vm, k, ctx, *page),
        Screen::DepartmentDetail { code } => visit::department_detail(&mut vm, ctx, code),
        Screen::Directions { target } => visit::directions(&mut vm, k, ctx, target),
        Screen::TicketShown { index } => visit::ticket(&mut vm, k, ctx, *index),
        Screen::MyTickets => visit::my_tickets(&mut vm, k, ctx),
        Screen::WhatNext => visit::what_next(&mut vm, ctx),
        Screen::PlaceList { page } => visit::place_list(&mut vm, ctx, *page),
        Screen::OutOfTown => visit::out_of_town(&mut vm, ctx),
        Screen::Staff(s) => staff::view(&mut vm, s, k, ctx),
    }
    vm
}

#[cfg(test)]
mod tests;
