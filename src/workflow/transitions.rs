//! The transition function: one `match` on (screen, action) with a section
//! per screen. A pair that makes no sense on the current screen is refused:
//! the state stays as it was (bar the idle timer) and no effect is produced.

use super::effect::{Effect, StaffAlert, UsageKind};
use super::event::{Action, Event, MenuChoice, Via};
use super::state::{Catalog, Kiosk, Patient, Screen, Target, Visit, MAX_HISTORY};
use super::{ends_quietly, Millis, IDLE_RESET_MS, IDLE_WARNING_MS, TICKET_QUIET_MS};
use crate::hospital::PlaceKind;
use crate::triage::{Assessment, Query, EMERGENCY_CODE};

type Out = (Kiosk, Vec<Effect>);

/// The workflow's single entry point.
pub fn handle(mut k: Kiosk, event: Event, now: Millis) -> Out {
    let mut fx = Vec::new();
    // Time first: an input that arrives after the reset deadline finds a
    // fresh kiosk, whatever the shell's timer did.
    expire(&mut k, now, &mut fx);
    match event {
        Event::Tick => {}
        Event::Input { action, via } => {
            k.last_input = now;
            input(&mut k, action, via, now, &mut fx);
        }
        Event::TriageDone {
            request,
            assessment,
        } => {
            if k.screen == (Screen::Thinking { request }) {
                triaged(&mut k, assessment, &mut fx);
            }
        }
        Event::TriageFailed { request } => {
            if k.screen == (Screen::Thinking { request }) {
                show(&mut k, Screen::Unsure, &mut fx);
            }
        }
        Event::TicketIssued { request, issued } => {
            // A number issued for this visit is theirs even if they moved on
            // before it arrived: it shows under "My number".
            if let Some(pos) = k.visit.pending_tickets.iter().position(|r| *r == request) {
                k.visit.pending_tickets.remove(pos);
                fx.push(record(
                    UsageKind::TicketTaken {
                        department: issued.ticket.department_code.clone(),
                    },
                    None,
                ));
                k.visit.tickets.push(issued);
                k.visit.completed = true;
                if matches!(&k.screen, Screen::IssuingTicket { request: r, .. } if *r == request) {
                    let index = k.visit.tickets.len() - 1;
                    show(&mut k, Screen::TicketShown { index }, &mut fx);
                }
            }
        }
        Event::TicketRefused { request, reason } => {
            k.visit.pending_tickets.retain(|r| *r != request);
            if matches!(&k.screen, Screen::IssuingTicket { request: r, .. } if *r == request) {
                show(&mut k, Screen::Problem { message: reason }, &mut fx);
            }
        }
        Event::VoiceMuted(muted) => k.voice_muted = muted,
        Event::SpeechReady(langs) => {
            k.speech.langs = langs;
            if !k.speech.can_listen(k.lang) {
                super::voice::cancel(&mut k, &mut fx);
            }
        }
        Event::ListenProgress { request, phase } => {
            super::voice::progress(&mut k, request, phase, &mut fx)
        }
        Event::ListenDone { request, outcome } => {
            super::voice::done(&mut k, request, outcome, now, &mut fx)
        }
        Event::PinChecked { request, result } => {
            super::staff::pin_checked(&mut k, request, result, &mut fx)
        }
        Event::StaffDone { request, message } => {
            super::staff::done(&mut k, request, message, &mut fx)
        }
        Event::CatalogChanged(catalog) => {
            k.catalog = catalog;
            // A screen about something that no longer exists goes home.
            let stale = match &k.screen {
                Screen::DepartmentDetail { code } => !k.catalog.departments.contains(code),
                Screen::Symptom { body_part, .. } => !k.catalog.symptoms.contains_key(body_part),
                _ => false,
            };
            if stale {
                go_home(&mut k, &mut fx);
            }
        }
    }
    (k, fx)
}

fn expire(k: &mut Kiosk, now: Millis, fx: &mut Vec<Effect>) {
    match &k.screen {
        Screen::Welcome => {}
        Screen::Staff(_) if now >= k.last_input + super::staff::STAFF_IDLE_MS => reset(k, fx),
        Screen::Staff(_) => {}
        Screen::StillThere { .. } if now >= k.last_input + IDLE_WARNING_MS + IDLE_RESET_MS => {
            reset(k, fx)
        }
        Screen::StillThere { .. } => {}
        _ if ends_quietly(k) && now >= k.last_input + TICKET_QUIET_MS => reset(k, fx),
        _ if now >= k.last_input + IDLE_WARNING_MS + IDLE_RESET_MS => reset(k, fx),
        _ if now >= k.last_input + IDLE_WARNING_MS => {
            let resume = Box::new(std::mem::replace(&mut k.screen, Screen::Welcome));
            k.screen = Screen::StillThere { resume };
            fx.push(Effect::ReadScreen);
        }
        _ => {}
    }
}

/// Forgets the patient: back to the welcome screen with nothing kept.
fn reset(k: &mut Kiosk, fx: &mut Vec<Effect>) {
    fx.push(record(
        UsageKind::VisitEnded {
            completed: k.visit.completed,
        },
        None,
    ));
    fx.push(Effect::StopSpeaking);
    super::voice::cancel(k, fx);
    k.speech.notice = None;
    if k.speech.slow {
        k.speech.slow = false;
        fx.push(Effect::SpeechRate { slow: false });
    }
    k.screen = Screen::Welcome;
    k.lang = k.home_lang;
    k.history.clear();
    k.visit = Visit::default();
}

pub(super) fn record(usage: UsageKind, via: Option<Via>) -> Effect {
    Effect::Record { usage, via }
}

/// Moves to `next`, remembering the current screen for "back".
pub(super) fn show(k: &mut Kiosk, next: Screen, fx: &mut Vec<Effect>) {
    let prev = std::mem::replace(&mut k.screen, next);
    if !prev.is_transient() && prev != Screen::Welcome && prev != k.screen {
        k.history.push(prev);
        if k.history.len() > MAX_HISTORY {
            k.history.remove(0);
        }
    }
    fx.push(Effect::ReadScreen);
    super::voice::listen_for_answer(k, fx);
}

fn go_home(k: &mut Kiosk, fx: &mut Vec<Effect>) {
    k.history.clear();
    k.screen = Screen::Home;
    fx.push(Effect::ReadScreen);
}

fn start_visit(k: &mut Kiosk, via: Via, fx: &mut Vec<Effect>) {
    k.visit = Visit::default();
    k.history.clear();
    k.screen = Screen::Home;
    fx.push(Effect::VisitStarted);
    fx.push(record(UsageKind::VisitStarted, Some(via)));
}

pub(super) fn enter_emergency(k: &mut Kiosk, fx: &mut Vec<Effect>) {
    let first = !k.visit.emergency;
    k.visit.emergency = true;
    if first {
        fx.push(Effect::AlertStaff(StaffAlert::Emergency));
        fx.push(record(UsageKind::Emergency, None));
    }
    show(k, Screen::Emergency, fx);
}

/// Triage's answer for this visit: the emergency page, a recommendation,
/// or the Unsure screen.
pub(super) fn triaged(k: &mut Kiosk, assessment: Assessment, fx: &mut Vec<Effect>) {
    let emergency = assessment.emergency || k.visit.emergency;
    fx.push(record(
        UsageKind::TriageDone {
            department: assessment.department.clone(),
        },
        None,
    ));
    k.visit.assessment = Some(assessment.clone());
    if emergency {
        enter_emergency(k, fx);
    } else if assessment.department.is_some() {
        k.visit.misunderstood = 0;
        show(k, Screen::Recommendation, fx);
    } else {
        k.visit.misunderstood = k.visit.misunderstood.saturating_add(1);
        show(k, Screen::Unsure, fx);
    }
}

pub(super) fn request_triage(k: &mut Kiosk, query: Query, fx: &mut Vec<Effect>) {
    let request = k.next_request;
    k.next_request += 1;
    show(k, Screen::Thinking { request }, fx);
    fx.push(Effect::RunTriage { request, query });
}

pub(super) fn directions(k: &mut Kiosk, target: Target, via: Via, fx: &mut Vec<Effect>) {
    let (department, place) = match &target {
        Target::Department(c) => (Some(c.clone()), None),
        Target::Place(p) => (None, Some(*p)),
    };
    k.visit.completed = true;
    fx.push(record(
        UsageKind::DirectionsShown { department, place },
        Some(via),
    ));
    show(k, Screen::Directions { target }, fx);
}

fn touch_query(k: &Kiosk, symptom: &str, confirmed_flag: Option<String>) -> Query {
    Query::Touch {
        symptoms: vec![symptom.to_string()],
        red_flags_confirmed: confirmed_flag.into_iter().collect(),
        child: k.visit.patient == Some(Patient::Child),
        pregnant: k.visit.patient == Some(Patient::Pregnant),
    }
}

pub(super) fn input(k: &mut Kiosk, action: Action, via: Via, now: Millis, fx: &mut Vec<Effect>) {
    if let Screen::Staff(screen) = k.screen.clone() {
        if !super::staff::input(k, screen, action, fx) {
            reset(k, fx);
        }
        return;
    }
    // Any input answers a speech notice, and any but Speak ends listening.
    k.speech.notice = None;
    if action != Action::Speak {
        super::voice::cancel(k, fx);
    }
    if action == Action::HeaderTap {
        if super::staff::header_tap(k, now) {
            // A patient's visit ends when staff take over the screen.
            if k.screen != Screen::Welcome {
                reset(k, fx);
            }
            super::staff::open(k, fx);
        }
        return;
    }
    // "Are you still there?": any input answers it; the action then applies
    // to the screen underneath.
    if let Screen::StillThere { resume } = &mut k.screen {
        k.screen = std::mem::replace(resume.as_mut(), Screen::Welcome);
        if action == Action::StillHere {
            fx.push(Effect::ReadScreen);
            return;
        }
    }
    // The welcome screen starts a visit on any input.
    if k.screen == Screen::Welcome {
        match action {
            Action::ToggleLanguage => {
                k.lang = k.lang.other();
                fx.push(Effect::ReadScreen);
                return;
            }
            Action::SetLanguage(lang) => {
                k.lang = lang;
                start_visit(k, via, fx);
                fx.push(Effect::ReadScreen);
                return;
            }
            Action::Repeat => {
                fx.push(Effect::ReadScreen);
                return;
            }
            _ => start_visit(k, via, fx),
        }
        if matches!(action, Action::Home | Action::Back | Action::StillHere) {
            fx.push(Effect::ReadScreen);
            return;
        }
    }
    if action == Action::Speak {
        return super::voice::speak_tapped(k, fx);
    }
    // Actions that mean the same on every screen.
    match &action {
        Action::Home => return go_home(k, fx),
        Action::Back => {
            match k.history.pop() {
                Some(prev) => k.screen = prev,
                None => k.screen = Screen::Home,
            }
            fx.push(Effect::ReadScreen);
            return;
        }
        Action::Help | Action::Menu(MenuChoice::CallStaff) => {
            if k.screen != Screen::CallStaff {
                fx.push(Effect::AlertStaff(StaffAlert::Help));
                fx.push(record(UsageKind::StaffCalled, Some(via)));
                show(k, Screen::CallStaff, fx);
            }
            return;
        }
        Action::ToggleLanguage => {
            k.lang = k.lang.other();
            fx.push(Effect::ReadScreen);
            return;
        }
        Action::SetLanguage(lang) => {
            k.lang = *lang;
            fx.push(Effect::ReadScreen);
            return;
        }
        Action::Repeat => {
            fx.push(Effect::ReadScreen);
            return;
        }
        Action::StillHere => return,
        Action::Finish => {
            // "Done" where a visit naturally ends; elsewhere Home serves.
            if matches!(
                k.screen,
                Screen::TicketShown { .. } | Screen::Directions { .. } | Screen::Emergency
            ) {
                reset(k, fx);
                fx.push(Effect::ReadScreen);
            }
            return;
        }
        Action::Complaint(text) => {
            // A complaint in words, on any screen, goes to triage.
            let query = Query::Text(text.0.clone());
            return request_triage(k, query, fx);
        }
        Action::PickPlace(kind)
            if !matches!(k.screen, Screen::PlaceList { .. } | Screen::WhatNext) =>
        {
            // Asked by voice from anywhere: "where is the pharmacy".
            return directions(k, Target::Place(*kind), via, fx);
        }
        Action::PickDepartment(code)
            if !matches!(
                k.screen,
                Screen::DepartmentList { .. } | Screen::Recommendation | Screen::Unsure
            ) =>
        {
            if k.catalog.departments.contains(code) {
                show(k, Screen::DepartmentDetail { code: code.clone() }, fx);
            }
            return;
        }
        _ => {}
    }
    let screen = k.screen.clone();
    match (screen, action) {
        // ---- Home
        (Screen::Home, Action::Menu(MenuChoice::FeelUnwell)) => show(k, Screen::BodyPart, fx),
        (Screen::Home, Action::Menu(MenuChoice::FindDepartment)) => {
            show(k, Screen::DepartmentList { page: 0 }, fx)
        }
        (Screen::Home, Action::Menu(MenuChoice::FindPlace)) => {
            show(k, Screen::PlaceList { page: 0 }, fx)
        }
        (Screen::Home, Action::Menu(MenuChoice::MyTicket)) => match k.visit.tickets.len() {
            1 => show(k, Screen::TicketShown { index: 0 }, fx),
            _ => show(k, Screen::MyTickets, fx),
        },
        (Screen::Home, Action::Menu(MenuChoice::OutOfTown)) => show(k, Screen::OutOfTown, fx),

        // ---- Triage by touch
        (Screen::BodyPart, Action::ChoosePatient(p)) => {
            // A toggle: tapping the chosen one again goes back to "me".
            k.visit.patient = match (k.visit.patient, p) {
                (Some(now), tapped) if now == tapped => None,
                (_, Patient::Adult) => None,
                (_, tapped) => Some(tapped),
            };
        }
        (Screen::BodyPart, Action::PickBodyPart(part))
            if k.catalog.symptoms.contains_key(&part) =>
        {
            show(
                k,
                Screen::Symptom {
                    body_part: part,
                    page: 0,
                },
                fx,
            );
        }
        (Screen::Symptom { body_part, page }, Action::NextPage) => {
            let pages = Catalog::pages(k.catalog.symptoms.get(&body_part).map_or(0, Vec::len));
            k.screen = Screen::Symptom {
                body_part,
                page: (page + 1) % pages,
            };
            fx.push(Effect::ReadScreen);
        }
        (Screen::Symptom { body_part, .. }, Action::PickSymptom(symptom))
            if k.catalog
                .symptoms
                .get(&body_part)
                .is_some_and(|s| s.contains(&symptom)) =>
        {
            k.visit.symptoms = vec![symptom.clone()];
            match k.catalog.questions.get(&symptom).cloned() {
                Some(flag) => show(k, Screen::RedFlagQuestion { symptom, flag }, fx),
                None => {
                    let q = touch_query(k, &symptom, None);
                    request_triage(k, q, fx);
                }
            }
        }
        (Screen::RedFlagQuestion { symptom, flag }, Action::Answer(yes)) => {
            let q = touch_query(k, &symptom, yes.then_some(flag));
            request_triage(k, q, fx);
        }

        // ---- Recommendation and the unsure case
        (Screen::Recommendation, Action::TakeTicket) => {
            if let Some(code) = k
                .visit
                .assessment
                .as_ref()
                .and_then(|a| a.department.clone())
            {
                issue(k, code, fx);
            }
        }
        (Screen::Recommendation, Action::ShowDirections) => {
            if let Some(code) = k
                .visit
                .assessment
                .as_ref()
                .and_then(|a| a.department.clone())
            {
                directions(k, Target::Department(code), via, fx);
            }
        }
        (Screen::Recommendation | Screen::Unsure, Action::PickDepartment(code))
            if k.catalog.departments.contains(&code) =>
        {
            show(k, Screen::DepartmentDetail { code }, fx);
        }
        (Screen::Unsure, Action::Menu(MenuChoice::FeelUnwell)) => show(k, Screen::BodyPart, fx),

        // ---- Departments
        (Screen::DepartmentList { page }, Action::NextPage) => {
            let pages = Catalog::pages(k.catalog.departments.len());
            k.screen = Screen::DepartmentList {
                page: (page + 1) % pages,
            };
            fx.push(Effect::ReadScreen);
        }
        (Screen::DepartmentList { .. }, Action::PickDepartment(code))
            if k.catalog.departments.contains(&code) =>
        {
            show(k, Screen::DepartmentDetail { code }, fx);
        }
        (Screen::DepartmentDetail { code }, Action::TakeTicket) => issue(k, code, fx),
        (Screen::DepartmentDetail { code }, Action::ShowDirections) => {
            directions(k, Target::Department(code), via, fx)
        }

        // ---- Tickets
        (Screen::TicketShown { index }, Action::ShowDirections) => {
            if let Some(t) = k.visit.tickets.get(index) {
                let code = t.ticket.department_code.clone();
                directions(k, Target::Department(code), via, fx);
            }
        }
        (
            Screen::TicketShown { .. } | Screen::Home | Screen::Directions { .. },
            Action::WhatNext,
        ) => show(k, Screen::WhatNext, fx),
        (Screen::MyTickets, Action::ShowTicket(index)) if index < k.visit.tickets.len() => {
            show(k, Screen::TicketShown { index }, fx)
        }
        (Screen::MyTickets, Action::Menu(MenuChoice::FindDepartment)) => {
            show(k, Screen::DepartmentList { page: 0 }, fx)
        }

        // ---- Places
        (Screen::PlaceList { page }, Action::NextPage) => {
            k.screen = Screen::PlaceList {
                page: (page + 1) % Catalog::pages(PlaceKind::ALL.len()),
            };
            fx.push(Effect::ReadScreen);
        }
        (Screen::PlaceList { .. } | Screen::WhatNext, Action::PickPlace(kind)) => {
            directions(k, Target::Place(kind), via, fx)
        }
        (Screen::OutOfTown, Action::ShowDirections) => {
            directions(k, Target::Place(PlaceKind::InsuranceDesk), via, fx)
        }

        // ---- Emergency
        (Screen::Emergency, Action::ShowDirections) => {
            directions(k, Target::Department(EMERGENCY_CODE.to_string()), via, fx)
        }

        // ---- A spoken request read back
        (Screen::Confirm { heard }, Action::Answer(yes)) => {
            super::voice::confirmed(k, heard, yes, fx)
        }

        // ---- Problems
        (Screen::Problem { .. }, Action::Answer(_)) => {
            k.screen = k.history.pop().unwrap_or(Screen::Home);
            fx.push(Effect::ReadScreen);
        }

        // Anything else makes no sense here: refuse it, change nothing.
        _ => {}
    }
}

fn issue(k: &mut Kiosk, code: String, fx: &mut Vec<Effect>) {
    if k.visit.emergency && code != EMERGENCY_CODE {
        // An emergency is never downgraded to a queue number elsewhere.
        return enter_emergency(k, fx);
    }
    let request = k.next_request;
    k.next_request += 1;
    k.visit.pending_tickets.push(request);
    show(
        k,
        Screen::IssuingTicket {
            request,
            code: code.clone(),
        },
        fx,
    );
    fx.push(Effect::IssueTicket {
        request,
        department: code,
    });
}
