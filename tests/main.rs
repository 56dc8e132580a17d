//! All integration tests in one binary, so the (large) test build links once.

mod browser;
mod cli;
mod common;
mod console;
mod console_data;
mod faults;
mod hub;
mod hubproc;
mod pg;
mod properties;
mod speech;
mod sync;
mod tls;
mod triage_eleventh_round;
mod triage_fifteenth_round;
mod triage_fifth_round;
mod triage_fourteenth_round;
mod triage_ninth_round;
mod triage_sets;
mod triage_sixth_round;
mod triage_tenth_round;
mod triage_thirteenth_round;
mod triage_twelfth_round;
mod ui;
mod ui_design;
mod visits;
