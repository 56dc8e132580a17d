//! Kiosks joined to a hub, against a real PostgreSQL and real hub
//! processes: numbers from the hub while it runs, from each kiosk's own
//! series while it is dead, and after it returns exactly one ticket at the
//! hub for every number a patient holds.

use crate::common::{banzhen, json, stdout, TempDb};
use crate::hub::{hub_process, hub_process_at, kiosk_token, loaded_database};
use crate::pg::query;
use banzhen::store::usage::{Channel, UsageRecord};
use banzhen::store::Store;
use banzhen::sync::{self, HubLink};
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// A kiosk's database with the demo hospital, joined to the hub at `url`.
fn joined_kiosk(url: &str, token: &str) -> (TempDb, Arc<Store>, Arc<HubLink>) {
    let db = TempDb::new();
    let store = Store::open(&db.path).expect("store");
    store.seed_if_empty().expect("seed");
    sync::join(&store, url, token).expect("joins");
    let link = HubLink::load(&store).expect("reads").expect("joined");
    (db, Arc::new(store), Arc::new(link))
}

/// Every ticket the hub holds: label → status.
fn hub_tickets(url: &str) -> BTreeMap<String, String> {
    query(url, "SELECT label, status FROM tickets")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

/// The one number a statement returns.
fn sql(url: &str, statement: &str) -> i64 {
    query(url, statement)[0].get(0)
}

const DEPARTMENTS: [&str; 3] = ["03.04", "03.01", "13"];

#[test]
fn kiosks_go_on_when_the_hub_dies_and_reconcile_exactly_when_it_returns() {
    let (_pg, url) = loaded_database("outage");
    let tokens = [kiosk_token(&url, "east"), kiosk_token(&url, "west")];
    let (mut hub, addr) = hub_process(&url);
    let hub_url = format!("http://{addr}");
    let kiosks: Vec<_> = tokens.iter().map(|t| joined_kiosk(&hub_url, t)).collect();

    // Some anonymous usage, to be sent exactly once.
    for (_, store, _) in &kiosks {
        store
            .write(|dao| {
                for visit in 0..30 {
                    dao.record_usage(&UsageRecord {
                        at: now(),
                        visit,
                        kind: "ticket_taken",
                        lang: banzhen::lang::Lang::Zh,
                        channel: Channel::Touch,
                        department_code: Some("03.04".into()),
                        place_kind: None,
                    })?;
                }
                Ok::<(), banzhen::store::StoreError>(())
            })
            .expect("usage");
    }

    const PER_KIOSK: usize = 150;
    let issued = Arc::new(AtomicUsize::new(0));
    let threads: Vec<_> = kiosks
        .iter()
        .map(|(_, store, link)| {
            let (store, link, issued) = (store.clone(), link.clone(), issued.clone());
            std::thread::spawn(move || {
                (0..PER_KIOSK)
                    .map(|k| {
                        let code = DEPARTMENTS[k % DEPARTMENTS.len()];
                        let taken = link.take(&store, code, now()).expect("a number, always");
                        issued.fetch_add(1, Ordering::Relaxed);
                        std::thread::sleep(Duration::from_millis(2));
                        (taken.issued.ticket.label, taken.offline)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    while issued.load(Ordering::Relaxed) < 60 {
        std::thread::sleep(Duration::from_millis(5));
    }
    hub.kill();
    let shown: Vec<(String, bool)> = threads
        .into_iter()
        .flat_map(|t| t.join().expect("kiosk thread"))
        .collect();
    let online = shown.iter().filter(|(_, offline)| !offline).count();
    let offline = shown.len() - online;
    assert!(
        online >= 60 && offline > 0,
        "online {online}, offline {offline}"
    );
    let labels: HashSet<&str> = shown.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels.len(),
        shown.len(),
        "two patients hold the same number"
    );

    // The hub comes back where the kiosks expect it; each kiosk's next round sends the rest.
    let _hub = hub_process_at(&url, addr);
    let mut sent = 0;
    for (_, store, link) in &kiosks {
        let report = link.sync(store).expect("sync after the outage");
        assert_eq!(report.events_sent, 30);
        sent += report.tickets_sent;
        // A second round has nothing left to send.
        assert_eq!(
            link.sync(store).expect("again"),
            sync::SyncReport::default()
        );
    }
    assert_eq!(sent, offline);

    // Exactly one waiting ticket at the hub for every number a patient holds, and no other.
    let at_hub = hub_tickets(&url);
    let waiting: HashSet<&str> = at_hub
        .iter()
        .filter(|(_, status)| *status == "waiting")
        .map(|(l, _)| l.as_str())
        .collect();
    assert_eq!(waiting, labels);
    let void = at_hub.values().filter(|s| *s == "void").count();
    assert!(void <= 2, "{void} numbers nobody holds");
    assert_eq!(sql(&url, "SELECT count(*) FROM usage_events"), 60);
}

#[test]
fn joined_kiosks_share_one_sequence_and_follow_the_hubs_departments() {
    let (_pg, url) = loaded_database("shared");
    let (_hub, addr) = hub_process(&url);
    let hub_url = format!("http://{addr}");
    let dbs: Vec<TempDb> = ["north", "south"]
        .iter()
        .map(|name| {
            let db = TempDb::new();
            assert!(banzhen(&db.path, &["setup"]).status.success());
            let token = kiosk_token(&url, name);
            let out = banzhen(&db.path, &["join", &hub_url, &token]);
            assert!(out.status.success(), "{}", crate::common::stderr(&out));
            assert!(stdout(&out).contains(&format!("as kiosk {name}")));
            db
        })
        .collect();
    // The two kiosks alternate; the numbers run on as one sequence.
    let labels: Vec<String> = (0..4)
        .map(|k| {
            let out = banzhen(&dbs[k % 2].path, &["ticket", "take", "03.04", "--json"]);
            json(&out)["ticket"].as_str().expect("a label").to_string()
        })
        .collect();
    assert_eq!(labels, ["C001", "C002", "C003", "C004"]);

    // A department closed at the hub is closed on the kiosk after its next round.
    sql(
        &url,
        "WITH c AS (UPDATE departments SET status = 'closed', status_note = 'doctor ill',
                    version = nextval('directory_version') WHERE code = '13' RETURNING 1)
         SELECT count(*) FROM c",
    );
    let out = banzhen(&dbs[0].path, &["sync"]);
    assert!(
        stdout(&out).contains("1 departments changed"),
        "{}",
        stdout(&out)
    );
    let depts = json(&banzhen(&dbs[0].path, &["departments", "--json"]));
    let derm = depts
        .as_array()
        .and_then(|a| a.iter().find(|d| d["code"] == "13"))
        .expect("13 listed");
    assert_eq!(derm["status"], "closed", "{derm}");
    let refused = banzhen(&dbs[0].path, &["ticket", "take", "13"]);
    assert!(!refused.status.success());
}

#[test]
fn a_call_for_staff_at_a_kiosk_reaches_the_console_within_a_second() {
    let (_pg, url) = loaded_database("alerts");
    crate::console::staff(&url, "wang", "manager", "", "correct-horse-1");
    let (_hub, addr) = hub_process(&url);
    let (_db, store, link) = joined_kiosk(&format!("http://{addr}"), &kiosk_token(&url, "lobby"));
    let changed = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let syncer =
        banzhen::kiosk::syncer::Syncer::start(link, store.clone(), changed).expect("sync thread");
    let mut console = crate::console::Console::new(addr);
    assert_eq!(console.login("wang", "correct-horse-1").0, 200);
    // Let the first round pass, so the alert goes by itself, not with a round.
    std::thread::sleep(Duration::from_millis(800));

    let raised = std::time::Instant::now();
    store
        .write(|dao| dao.raise_alert(now(), "help", "A patient pressed Call staff."))
        .expect("alert");
    let seen = loop {
        let alerts = console.get("/api/console/alerts").1;
        if let Some(a) = alerts.as_array().and_then(|a| a.first()) {
            assert_eq!(a["kiosk"], "lobby");
            assert_eq!(a["kind"], "help");
            break raised.elapsed();
        }
        assert!(
            raised.elapsed() < Duration::from_secs(5),
            "the alert never arrived"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    eprintln!("kiosk alert to console: {seen:?}");
    assert!(seen < Duration::from_secs(1), "{seen:?}");
    drop(syncer);
    // Acknowledged at the console, it is gone from the open list.
    let id = console.get("/api/console/alerts").1[0]["id"].clone();
    assert_eq!(
        console
            .post(
                &format!("/api/console/alerts/{id}/ack"),
                serde_json::json!({})
            )
            .0,
        204
    );
    assert_eq!(console.get("/api/console/alerts").1, serde_json::json!([]));
}

/// A chest complaint by touch, up to the number shown: the number, and the
/// lines the ticket screen shows under it.
fn take_cardiology_number(c: &mut banzhen::kiosk::Controller, start: u64) -> (String, String) {
    use banzhen::lang::Lang;
    use banzhen::workflow::{Action, Event, MenuChoice, Patient, Screen};
    let wall = crate::common::wall(9, 0);
    let taps = [
        Action::SetLanguage(Lang::Zh),
        Action::Menu(MenuChoice::FeelUnwell),
        Action::ChoosePatient(Patient::Adult),
        Action::PickBodyPart("chest".into()),
        Action::PickSymptom("chest_tightness".into()),
        Action::Answer(false),
        Action::TakeTicket,
    ];
    let mut shown = None;
    for (k, a) in taps.into_iter().enumerate() {
        shown = Some(c.handle(Event::tap(a), start + k as u64 * 1_000, wall));
    }
    let kiosk = c.session().kiosk();
    assert_eq!(kiosk.screen, Screen::TicketShown { index: 0 });
    let label = kiosk.visit.tickets[0].ticket.label.clone();
    let lines: Vec<String> = shown
        .map(|vm| vm.lines.into_iter().map(|l| l.text).collect())
        .unwrap_or_default();
    c.handle(Event::tap(Action::Finish), start + 8_000, wall);
    (label, lines.join("\n"))
}

#[test]
fn a_visit_on_a_joined_kiosk_gets_the_hubs_number_and_its_own_when_the_hub_is_gone() {
    let (_pg, url) = loaded_database("visit");
    let other = kiosk_token(&url, "other");
    let (mut hub, addr) = hub_process(&url);
    crate::console::take_numbers(addr, &other, "03.04", 2);
    let (_db, store, link) = joined_kiosk(&format!("http://{addr}"), &kiosk_token(&url, "lobby"));
    let session = banzhen::kiosk::Session::new(store.clone(), Box::new(banzhen::kiosk::Silent))
        .expect("session")
        .with_hub(Some(link.clone()));
    let mut c = banzhen::kiosk::Controller::new(session);
    // The third number of the day, after the other kiosk's two.
    let (label, lines) = take_cardiology_number(&mut c, 0);
    assert_eq!(label, "C003");
    assert!(lines.contains("前面还有 2 人"), "{lines}");
    assert!(!lines.contains("估计"), "{lines}");
    link.sync(&store).expect("round");
    let q = c
        .session()
        .queue_status("03.04", crate::common::wall(9, 0))
        .expect("the hub's queue");
    assert_eq!(q.waiting, 3);

    hub.kill();
    // The next patient is not told to try later: the kiosk's own series,
    // letter and all, and the screen says the wait is an estimate.
    let (label, lines) = take_cardiology_number(&mut c, 20_000);
    assert_eq!(label, "CB001");
    assert!(lines.contains("前面还有 3 人"), "{lines}");
    assert!(lines.contains("叫号系统暂时连不上，这是估计"), "{lines}");
    let _hub = hub_process_at(&url, addr);
    assert_eq!(link.sync(&store).expect("round after").tickets_sent, 1);
    assert_eq!(
        hub_tickets(&url).get("CB001").map(String::as_str),
        Some("waiting")
    );
}
