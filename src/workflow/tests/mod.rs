//! The workflow's rules, one test per rule, in files by subject: the touch
//! path and the visit ([`touch`]), speech ([`voice`]), staff mode
//! ([`staff`]) and where a visit ends ([`boundaries`]).

mod boundaries;
mod staff;
mod touch;
mod voice;

use super::*;
use crate::hospital::PlaceKind;
use crate::lang::{Lang, Text};
use crate::queue::{Issued, Ticket, TicketStatus};
use crate::triage::{Assessment, Query};
use crate::workflow::staff::STAFF_IDLE_MS;
use crate::workflow::{PinResult, StaffChange, StaffMenu, StaffScreen};
use std::sync::Arc;

pub(super) fn catalog() -> Arc<Catalog> {
    let rules = crate::store::Store::open_in_memory()
        .and_then(|s| {
            s.seed_if_empty()?;
            s.rules()
        })
        .expect("demo rules");
    let codes = crate::hospital::load::demo_hospital()
        .departments
        .iter()
        .map(|d| d.code.clone())
        .collect();
    Arc::new(Catalog::new(&rules, codes))
}

pub(super) fn fresh() -> Kiosk {
    Kiosk::new(catalog(), Lang::Zh)
}

pub(super) fn tap(k: Kiosk, a: Action, now: Millis) -> (Kiosk, Vec<Effect>) {
    handle(k, Event::tap(a), now)
}

/// A kiosk on the home screen, in English.
pub(super) fn home() -> Kiosk {
    tap(fresh(), Action::SetLanguage(Lang::En), 0).0
}

pub(super) fn assessment(dept: Option<&str>, emergency: bool) -> Assessment {
    Assessment {
        emergency,
        department: dept.map(String::from),
        confidence: 0.8,
        alternatives: vec![],
        reasons: vec![],
    }
}

pub(super) fn issued(code: &str, label: &str) -> Issued {
    let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .expect("time");
    Issued {
        ticket: Ticket {
            department_code: code.into(),
            day: at.date(),
            number: 1,
            label: label.into(),
            status: TicketStatus::Waiting,
            issued_at: at,
            called_at: None,
            finished_at: None,
        },
        ahead: 2,
        estimated_wait_minutes: 20,
        offline: false,
    }
}

pub(super) fn triage_request(fx: &[Effect]) -> (u64, Query) {
    fx.iter()
        .find_map(|e| match e {
            Effect::RunTriage { request, query } => Some((*request, query.clone())),
            _ => None,
        })
        .expect("a triage request")
}

pub(super) fn issue_request(fx: &[Effect]) -> u64 {
    fx.iter()
        .find_map(|e| match e {
            Effect::IssueTicket { request, .. } => Some(*request),
            _ => None,
        })
        .expect("a ticket request")
}
