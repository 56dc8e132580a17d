//! Helpers shared by the integration tests.

use banzhen::kiosk::{Session, Silent};
use banzhen::store::Store;
use chrono::{NaiveDate, NaiveDateTime};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

/// A database file in a fresh temporary folder.
pub struct TempDb {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

impl TempDb {
    pub fn new() -> TempDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("banzhen.db");
        TempDb { dir, path }
    }
}

/// Runs the `banzhen` binary against `db`.
pub fn banzhen(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_banzhen"))
        .args(args)
        .env("BANZHEN_DB", db)
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the banzhen binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", stdout(o), stderr(o)))
}

pub fn wall(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|d| d.and_hms_opt(h, m, 0))
        .expect("valid time")
}

/// A kiosk session on the demo hospital in a database file.
pub fn session(db: &TempDb) -> Session {
    let store = Store::open(&db.path).expect("store opens");
    store.seed_if_empty().expect("demo seeds");
    Session::new(Arc::new(store), Box::new(Silent)).expect("session starts")
}
