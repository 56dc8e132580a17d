//! Faults the kiosk must survive: a process killed while issuing tickets,
//! staff imports while patients read, and hostile input.

use crate::common::{json, wall, TempDb};
use banzhen::hospital::load::{demo_hospital, parse_departments_for, Sources};
use banzhen::store::Store;
use banzhen::triage::{Query, RuleSet, Triage};
use proptest::prelude::*;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "BANZHEN_TEST_TICKET_CHILD";

/// The child side of the kill test: issues tickets forever, printing each
/// number only after it was committed.
#[test]
fn ticket_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let store = Store::open(std::path::Path::new(&path)).expect("store");
    let codes = ["03.04", "07", "13"];
    for i in 0.. {
        let code = codes[i % codes.len()];
        let issued = banzhen::queue::take(&store, code, wall(9, 0)).expect("issued");
        println!("{code} {}", issued.ticket.label);
    }
}

/// 200 SIGKILLs at random moments while tickets are issued: every number a
/// caller saw is in the database exactly once, and the database is intact.
#[test]
fn tickets_survive_two_hundred_kills() {
    let db = TempDb::new();
    Store::open(&db.path)
        .expect("store")
        .seed_if_empty()
        .expect("seed");
    let mut reported: Vec<(String, String)> = Vec::new();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let started = Instant::now();
    let kills = 200;
    for _ in 0..kills {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "faults::ticket_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &db.path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("child starts");
        let stdout = child.stdout.take().expect("stdout");
        // A pseudo-random moment: after 0 to 30 tickets.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let wanted = seed % 31;
        let mut lines = BufReader::new(stdout).lines();
        let mut seen = 0;
        while seen < wanted {
            match lines.next() {
                Some(Ok(line))
                    if line.contains(' ')
                        && !line.starts_with("running")
                        && !line.starts_with("test ") =>
                {
                    let (code, label) = line.split_once(' ').expect("code and label");
                    reported.push((code.to_string(), label.to_string()));
                    seen += 1;
                }
                Some(Ok(_)) => {}
                _ => break,
            }
        }
        child.kill().expect("SIGKILL");
        let _ = child.wait();
    }
    let store = Store::open(&db.path).expect("reopens after the kills");
    let integrity: String = store
        .read(|dao| -> banzhen::store::Result<String> {
            Ok(dao
                .conn()
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
        })
        .expect("integrity check");
    assert_eq!(integrity, "ok");
    let stored: Vec<(String, String)> = store
        .read(|dao| -> banzhen::store::Result<Vec<(String, String)>> {
            let mut stmt = dao
                .conn()
                .prepare("SELECT department_code, label FROM tickets")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .expect("tickets");
    let mut counts: HashMap<&(String, String), usize> = HashMap::new();
    for t in &stored {
        *counts.entry(t).or_default() += 1;
    }
    assert!(
        counts.values().all(|&n| n == 1),
        "a number was issued twice"
    );
    let reported_set: HashSet<&(String, String)> = reported.iter().collect();
    assert_eq!(
        reported_set.len(),
        reported.len(),
        "a number was reported twice"
    );
    for r in &reported {
        assert!(
            counts.contains_key(r),
            "{r:?} was shown but is not in the database"
        );
    }
    println!(
        "kill test: {kills} kills, {} numbers reported, {} stored, {:?}",
        reported.len(),
        stored.len(),
        started.elapsed()
    );
}

/// A staff import while patients read: every read sees the old data or the
/// new, never half of it, and never an error.
#[test]
fn an_import_during_heavy_reads_is_all_or_nothing_to_readers() {
    let db = TempDb::new();
    let store = Store::open(&db.path).expect("store");
    store.seed_if_empty().expect("seed");
    let original = banzhen::staff::export_departments(&store).expect("export");
    // Two departments move together.
    let moved = original
        .replace(",A,2,220,", ",A,3,398,")
        .replace(",A,2,225,", ",A,3,399,");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let (path, stop) = (db.path.clone(), stop.clone());
            std::thread::spawn(move || {
                let store = Store::open(&path).expect("reader store");
                let mut reads = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let h = store
                        .hospital()
                        .expect("a read never fails during an import");
                    let rooms = (
                        h.department("10").map(|d| d.location.room.clone()),
                        h.department("11").map(|d| d.location.room.clone()),
                    );
                    let consistent = rooms == (Some("220".into()), Some("225".into()))
                        || rooms == (Some("398".into()), Some("399".into()));
                    assert!(consistent, "half an import was visible: {rooms:?}");
                    reads += 1;
                }
                reads
            })
        })
        .collect();
    for i in 0..20 {
        let text = if i % 2 == 0 { &moved } else { &original };
        banzhen::staff::import_departments(
            &store,
            text,
            "departments.csv",
            banzhen::staff::Channel::Cli,
            wall(9, 0),
            false,
        )
        .expect("import");
    }
    std::thread::sleep(Duration::from_millis(50));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let reads: usize = readers.into_iter().map(|r| r.join().expect("reader")).sum();
    assert!(reads > 0);
}

fn triage() -> &'static Triage {
    static T: std::sync::OnceLock<Triage> = std::sync::OnceLock::new();
    T.get_or_init(|| Triage::new(RuleSet::demo()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Any text, in any script, gets an answer or a clear refusal; never a panic.
    #[test]
    fn triage_never_panics_on_any_text(text in "\\PC{0,600}") {
        match triage().assess(&Query::Text(text.clone())) {
            Ok(a) => prop_assert!(a.department.is_some() || a.reasons.iter().all(|r| r.kind != banzhen::triage::ReasonKind::RedFlag)),
            Err(e) => prop_assert!(false, "free text is always answered: {e}"),
        }
    }

    /// Any file content gets departments or line-precise errors; never a panic.
    #[test]
    fn the_department_parser_never_panics(text in "(\\PC|[,\\n\"]){0,400}") {
        let buildings = demo_hospital().buildings;
        if let Err(e) = parse_departments_for(&text, "fuzz.csv", &buildings) {
            prop_assert!(e.0.iter().all(|d| d.file == "fuzz.csv"));
        }
    }

    /// Mutations of the real file: still no panic, and errors name a line.
    #[test]
    fn mutated_department_files_are_checked(pos in 0usize..4000, byte in any::<u8>()) {
        let mut text = Sources::demo().departments_csv.into_bytes();
        let at = pos % text.len();
        text[at] = byte;
        let text = String::from_utf8_lossy(&text).into_owned();
        let _ = parse_departments_for(&text, "departments.csv", &demo_hospital().buildings);
    }

    #[test]
    fn the_rules_parser_never_panics(text in "(\\PC|[\\[\\]=\"\\n]){0,400}") {
        let codes: HashSet<String> = ["03.04".to_string()].into_iter().collect();
        let _ = RuleSet::parse(&text, &codes);
    }
}

#[test]
fn a_long_complaint_is_answered_from_its_beginning() {
    let db = TempDb::new();
    // A history pasted from a phone: the complaint first, then far more.
    let long = format!("咳嗽两周了，有痰。{}", "之前吃过药，".repeat(200));
    let out = crate::common::banzhen(&db.path, &["triage", "--json", &long]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        crate::common::stderr(&out)
    );
    let v = json(&out);
    assert_eq!(v["department"]["code"], "03.01", "{v}");
}
