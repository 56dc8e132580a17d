//! Speed of the core: triage latency on the demo rules and on a rule set ten
//! times larger, and durable ticket issuing to a database file.
//! Run with `cargo bench`; targets: triage p50 < 1 ms, ticket < 10 ms.

use banzhen::hospital::load::{demo_hospital, Sources};
use banzhen::store::Store;
use banzhen::triage::rules::{RuleSet, Term};
use banzhen::triage::{Query, Triage};
use std::collections::HashSet;
use std::time::{Duration, Instant};

fn complaints() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        "tests/data/triage_cases.jsonl",
        "tests/data/triage_holdout.jsonl",
    ]
    .iter()
    .filter_map(|f| std::fs::read_to_string(root.join(f)).ok())
    .flat_map(|text| text.lines().map(String::from).collect::<Vec<_>>())
    .filter_map(|line| serde_json::from_str::<serde_json::Value>(&line).ok())
    .filter_map(|v| v["text"].as_str().map(String::from))
    .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    println!(
        "{name:<44} n={:<6} p50={:>9.3?} p95={:>9.3?} max={:>9.3?}",
        samples.len(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.95),
        samples[samples.len() - 1]
    );
}

/// The demo rules with nine synthetic copies of every term whose phrasings
/// cannot match real complaints, so matching does ten times the work.
fn ten_times(rules: &RuleSet) -> RuleSet {
    let mut big = rules.clone();
    for k in 1..10 {
        for t in &rules.terms {
            big.terms.push(Term {
                id: format!("{}_synthetic{k}", t.id),
                en: t.en.iter().map(|p| format!("{p} zq{k}x")).collect(),
                zh: t
                    .zh
                    .iter()
                    .map(|p| {
                        format!(
                            "{p}{}",
                            ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬'][k - 1]
                        )
                    })
                    .collect(),
                ..t.clone()
            });
        }
    }
    big
}

fn bench_triage(name: &str, triage: &Triage, texts: &[String]) {
    let mut samples = Vec::new();
    for _ in 0..20 {
        for t in texts {
            let q = Query::Text(t.clone());
            let start = Instant::now();
            let a = triage.assess(&q);
            samples.push(start.elapsed());
            std::hint::black_box(a.ok());
        }
    }
    report(name, samples);
}

fn main() {
    let codes: HashSet<String> = demo_hospital()
        .departments
        .iter()
        .map(|d| d.code.clone())
        .collect();
    let rules = RuleSet::parse(&Sources::demo().triage_toml, &codes).expect("demo rules");
    let texts = complaints();
    assert!(!texts.is_empty(), "no complaints found in tests/data");
    let phrasings = rules.phrasing_count();
    bench_triage(
        &format!("triage, demo rules ({phrasings} phrasings)"),
        &Triage::new(rules.clone()),
        &texts,
    );
    let big = ten_times(&rules);
    bench_triage(
        &format!("triage, 10x rules ({} phrasings)", big.phrasing_count()),
        &Triage::new(big),
        &texts,
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("bench.db")).expect("store");
    store.seed_if_empty().expect("seed");
    let codes: Vec<String> = codes.into_iter().collect();
    let now = chrono::Local::now().naive_local();
    let mut samples = Vec::new();
    for i in 0..500 {
        let code = &codes[i % codes.len()];
        let start = Instant::now();
        let issued = banzhen::queue::take(&store, code, now);
        samples.push(start.elapsed());
        issued.expect("ticket issued");
    }
    report("ticket take (file, WAL, synchronous=FULL)", samples);

    bench_stats_export(&dir.path().join("stats.db"));
    soak(&dir.path().join("soak.db"), &texts);

    bench_screen(store);
}

fn rss_kib() -> u64 {
    // The second field of /proc/self/statm is the resident set, in pages.
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|p| p.parse::<u64>().ok())
        })
        .map_or(0, |pages| pages * 4)
}

/// Ten thousand visits through the workflow, the store and triage, ten days
/// of them, with a week of usage events kept: memory and database size must
/// level off.
fn soak(path: &std::path::Path, complaints: &[String]) {
    use banzhen::kiosk::{Session, Silent};
    use banzhen::lang::Lang;
    use banzhen::workflow::{Action, Event, PatientText, Screen};
    let store = std::sync::Arc::new(Store::open(path).expect("store"));
    store.seed_if_empty().expect("seed");
    let mut session = Session::new(store.clone(), Box::new(Silent)).expect("session");
    let start_day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let mut now = 0u64;
    let mut warm = 0;
    let started = Instant::now();
    let visits = 10_000;
    for v in 0..visits {
        let day = start_day + chrono::Duration::days((v / 1_000) as i64);
        let wall = day.and_hms_opt(9, 0, 0).expect("time")
            + chrono::Duration::seconds((v % 1_000) as i64 * 30);
        let step = |session: &mut Session, now: &mut u64, e: Event| {
            *now += 2_000;
            session.dispatch(e, *now, wall);
        };
        step(
            &mut session,
            &mut now,
            Event::tap(Action::SetLanguage(if v % 3 == 0 {
                Lang::En
            } else {
                Lang::Zh
            })),
        );
        step(
            &mut session,
            &mut now,
            Event::voice(Action::Complaint(PatientText(
                complaints[v % complaints.len()].clone(),
            ))),
        );
        if session.kiosk().screen == Screen::Recommendation {
            step(&mut session, &mut now, Event::tap(Action::TakeTicket));
            step(&mut session, &mut now, Event::tap(Action::ShowDirections));
        }
        now += 100_000;
        session.dispatch(Event::Tick, now, wall);
        session.dispatch(Event::Tick, now + 40_000, wall);
        if v % 1_000 == 999 {
            banzhen::stats::roll_up(&store, 7, day).expect("roll up");
        }
        if v == 999 {
            warm = rss_kib();
        }
    }
    let end = rss_kib();
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) / 1024;
    let events: i64 = store
        .read(|dao| -> banzhen::store::Result<i64> {
            Ok(dao
                .conn()
                .query_row("SELECT count(*) FROM usage_events", [], |r| r.get(0))?)
        })
        .expect("count");
    println!(
        "{:<44} {visits} visits in {:.1?}; RSS {warm} KiB after warm-up, {end} KiB at the end ({:+.1} %); database {size} KiB, {events} events kept",
        "soak",
        started.elapsed(),
        (end as f64 - warm as f64) * 100.0 / warm.max(1) as f64
    );
}

/// A million usage events exported to CSV, streamed from SQLite.
fn bench_stats_export(path: &std::path::Path) {
    use banzhen::lang::Lang;
    use banzhen::store::usage::{Channel, UsageRecord};
    let store = Store::open(path).expect("store");
    store.seed_if_empty().expect("seed");
    let base = chrono::NaiveDate::from_ymd_opt(2026, 11, 1)
        .and_then(|d| d.and_hms_opt(8, 0, 0))
        .expect("time");
    let kinds = [
        "visit_started",
        "triage_done",
        "ticket_taken",
        "directions_shown",
        "visit_completed",
    ];
    store
        .write(|dao| -> banzhen::store::Result<()> {
            for i in 0..1_000_000u32 {
                let at = base + chrono::Duration::seconds(i as i64 * 2);
                let kind = kinds[(i % 5) as usize];
                let department_code =
                    matches!(kind, "triage_done" | "ticket_taken").then(|| "03.04".to_string());
                dao.record_usage(&UsageRecord {
                    at,
                    visit: i / 5,
                    kind,
                    lang: Lang::Zh,
                    channel: Channel::Touch,
                    department_code,
                    place_kind: None,
                })?;
            }
            Ok(())
        })
        .expect("events");
    let period = banzhen::stats::Period::new(base.date(), base.date() + chrono::Duration::days(30))
        .expect("period");
    let out = path.with_extension("csv");
    let start = Instant::now();
    let mut file = std::io::BufWriter::new(std::fs::File::create(&out).expect("file"));
    let n = banzhen::stats::export(&store, period, banzhen::stats::Format::Csv, true, &mut file)
        .expect("export");
    std::io::Write::flush(&mut file).expect("flush");
    println!(
        "{:<44} {:>9.3?} ({n} events)",
        "stats export to CSV",
        start.elapsed()
    );
    let start = Instant::now();
    let html = banzhen::stats::report_html(&store, period).expect("report");
    println!(
        "{:<44} {:>9.3?} ({} bytes)",
        "stats report (SQL aggregates)",
        start.elapsed(),
        html.len()
    );
}

/// The kiosk screen with the software renderer the kiosk uses: from nothing
/// to the first frame, and from a tap to the next frame drawn (workflow,
/// triage or queue, view model, Slint properties, rendering 1080x1920).
fn bench_screen(store: Store) {
    use banzhen::kiosk::Controller;
    use banzhen::kiosk::{Session, Silent};
    use banzhen::ui::{bind, render::Canvas};
    use banzhen::workflow::Event;
    let start = Instant::now();
    let canvas = Canvas::new().expect("headless window");
    let mut controller = Controller::new(
        Session::new(std::sync::Arc::new(store), Box::new(Silent)).expect("session"),
    );
    let wall = chrono::Local::now().naive_local();
    bind::apply(&canvas.app, &controller.view(wall));
    let frame = canvas.draw(1080, 1920);
    std::hint::black_box(frame.len());
    println!(
        "{:<44} {:>9.3?}",
        "cold start to first frame (in process)",
        start.elapsed()
    );
    use banzhen::workflow::{Action, MenuChoice};
    let visit = [
        Action::SetLanguage(banzhen::lang::Lang::Zh),
        Action::Menu(MenuChoice::FeelUnwell),
        Action::PickBodyPart("chest".into()),
        Action::PickSymptom("chest_tightness".into()),
        Action::Answer(false),
        Action::TakeTicket,
        Action::ShowDirections,
        Action::WhatNext,
        Action::PickPlace(banzhen::hospital::PlaceKind::Pharmacy),
    ];
    let mut samples = Vec::new();
    let mut now = 1_000;
    for _ in 0..20 {
        for action in visit.iter().cloned() {
            now += 1_000;
            let t = Instant::now();
            let vm = controller.handle(Event::tap(action), now, wall);
            bind::apply(&canvas.app, &vm);
            let frame = canvas.draw(1080, 1920);
            samples.push(t.elapsed());
            std::hint::black_box(frame.len());
        }
        controller.handle(Event::tap(banzhen::workflow::Action::Home), now, wall);
    }
    report("tap to next frame drawn (1080x1920)", samples);
}
