//! Banzhen (伴诊): an offline hospital guidance kiosk.
//!
//! The visit is a pure state machine ([`workflow`]); the [`kiosk`] around it
//! performs effects against the [`store`], [`triage`] and [`queue`]. See
//! DESIGN notes in `src/workflow/README.md`.

pub mod cli;
pub mod hospital;
pub mod hub;
pub mod kiosk;
pub mod lang;
pub mod queue;
pub mod speech;
pub mod staff;
pub mod stats;
pub mod store;
pub mod sync;
pub mod triage;
pub mod ui;
pub mod workflow;
