//! What managers do with the hospital's data from the console, against a
//! real PostgreSQL: statistics across kiosks, and the departments file
//! exported, checked, imported, undone, and followed by a joined kiosk.

use crate::console::{staff, Console};
use crate::hub::{agent, hub_process, kiosk_token, loaded_database};
use serde_json::{json, Value};

#[test]
fn managers_see_statistics_across_kiosks_with_whole_time_axes() {
    let (_pg, url) = loaded_database("stats");
    staff(&url, "wang", "manager", "", "correct-horse-1");
    staff(&url, "liu", "nurse", "03.04", "nurse-pass-123");
    let tokens = [kiosk_token(&url, "east"), kiosk_token(&url, "west")];
    let (_hub, addr) = hub_process(&url);
    let today = chrono::Local::now().date_naive();
    let at = |h: u32| {
        use chrono::TimeZone;
        chrono::Local
            .from_local_datetime(&today.and_hms_opt(h, 15, 0).expect("time"))
            .earliest()
            .expect("local time")
            .with_timezone(&chrono::Utc)
    };
    for (k, token) in tokens.iter().enumerate() {
        let events: Vec<Value> = (0..3)
            .flat_map(|visit| {
                [
                    ("visit_started", None),
                    ("triage_done", Some("03.04")),
                    ("visit_completed", None),
                ]
                .into_iter()
                .map(move |(kind, dept)| {
                    json!({ "key": format!("event-{visit}-{kind}"), "at": at(9 + k as u32),
                                "visit": visit, "kind": kind, "lang": "zh", "channel": "touch",
                                "department_code": dept, "place_kind": null })
                })
            })
            .collect();
        let r = agent()
            .post(&format!("http://{addr}/api/v1/events"))
            .header("Authorization", &format!("Bearer {token}"))
            .send_json(&events)
            .expect("answers");
        assert_eq!(r.status().as_u16(), 200);
    }
    let mut nurse = Console::new(addr);
    nurse.login("liu", "nurse-pass-123");
    assert_eq!(nurse.get("/api/console/stats/report").0, 403);

    let mut c = Console::new(addr);
    c.login("wang", "correct-horse-1");
    let html = c.get_text(&format!(
        "/api/console/stats/report?from={today}&to={today}"
    ));
    assert!(html.contains("每天就诊 · Visits per day"), "{html}");
    assert!(html.contains("Mingde General Hospital"), "{html}");
    assert!(html.contains("心血管内科 · Cardiology"));
    // Every hour of the day has its row, the empty ones too.
    for hour in ["00:00", "09:00", "10:00", "23:00"] {
        assert!(html.contains(&format!(">{hour}<")), "{hour} missing");
    }
    assert!(
        html.contains("<tr><th>就诊 · Visits</th><td>6</td>"),
        "{html}"
    );

    let csv = c.get_text(&format!(
        "/api/console/stats/export?format=csv&from={today}&to={today}"
    ));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "\u{feff}kiosk,time,visit,event,language,channel,department,place"
    );
    assert_eq!(lines.len(), 1 + 18);
    assert!(lines.iter().any(|l| l.starts_with("west,")));
    assert_eq!(c.get("/api/console/stats/export?format=xml").0, 422);
    assert_eq!(c.get("/api/console/stats/report?from=2026-13-01").0, 400);
}

#[test]
fn a_manager_imports_the_departments_file_from_the_browser_and_kiosks_follow() {
    let (_pg, url) = loaded_database("import");
    staff(&url, "wang", "manager", "", "correct-horse-1");
    let (_hub, addr) = hub_process(&url);
    let db = crate::common::TempDb::new();
    let store = banzhen::store::Store::open(&db.path).expect("store");
    store.seed_if_empty().expect("seed");
    banzhen::sync::join(
        &store,
        &format!("http://{addr}"),
        &kiosk_token(&url, "lobby"),
    )
    .expect("joins");
    let link = banzhen::sync::HubLink::load(&store)
        .expect("reads")
        .expect("joined");
    link.set_speech(true);
    link.sync(&store).expect("first round");

    let mut c = Console::new(addr);
    c.login("wang", "correct-horse-1");
    // The fleet page knows the kiosk: online, its version, that it can listen.
    let fleet = c.get("/api/console/fleet").1;
    assert_eq!(fleet[0]["name"], "lobby");
    assert_eq!(fleet[0]["online"], true, "{fleet}");
    assert_eq!(fleet[0]["speech"], true);
    assert!(fleet[0]["version"]
        .as_str()
        .unwrap_or_default()
        .starts_with("banzhen-kiosk/"));
    let file = c.get_text("/api/console/departments.csv");
    // Dermatology moves to room 232.
    let moved = file.replacen(",A,2,230,", ",A,2,232,", 1);
    assert_ne!(
        moved, file,
        "dermatology's row is where this test expects it:\n{file}"
    );
    let (status, body) = c.post(
        "/api/console/import",
        json!({ "csv": moved, "dry_run": true }),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["changes"][0].as_str().unwrap_or_default(),
        "~ 13: room \"230\" → \"232\";"
    );
    assert_eq!(
        c.get_text("/api/console/departments.csv"),
        file,
        "a dry run changes nothing"
    );

    // A broken file is refused with the line, and changes nothing.
    let broken = moved.replacen("Mon-Fri 08:00-12:00", "Mon-Fri 25:00-12:00", 1);
    let (status, body) = c.post("/api/console/import", json!({ "csv": broken }));
    assert_eq!(status, 422, "{body}");
    let why = body["error"].as_str().unwrap_or_default();
    assert!(
        why.contains("departments.csv") && why.contains("line 2"),
        "{why}"
    );
    assert_eq!(c.get_text("/api/console/departments.csv"), file);

    assert_eq!(
        c.post("/api/console/import", json!({ "csv": moved })).0,
        200
    );
    // Hours from the board, checked.
    assert_eq!(
        c.post(
            "/api/console/departments/13",
            json!({ "hours": "every day 7am" })
        )
        .0,
        422
    );
    assert_eq!(
        c.post(
            "/api/console/departments/13",
            json!({ "hours": "Mon-Sun 08:00-20:00" })
        )
        .0,
        204
    );

    // The kiosk's next round takes both, with the same checks, and audits them as from the hub.
    let report = link.sync(&store).expect("next round");
    assert_eq!(report.departments_changed, 1);
    let derm = store.hospital().expect("hospital");
    let derm = derm.department("13").expect("13");
    assert_eq!(derm.location.room, "232");
    assert_eq!(derm.hours.to_string(), "Mon-Sun 08:00-20:00");
    let log = banzhen::staff::audit_log(&store, 5).expect("log");
    assert!(log.iter().any(|e| e.channel == "hub"), "{log:?}");

    // The import is undone from the audit log, and the kiosk follows again.
    let audit = c.get("/api/console/audit").1;
    let import = audit
        .as_array()
        .and_then(|a| a.iter().find(|l| l["action"] == "import departments"))
        .cloned()
        .expect("audited");
    assert_eq!(
        c.post(&format!("/api/console/undo/{}", import["id"]), json!({}))
            .0,
        200
    );
    link.sync(&store).expect("round after undo");
    assert_eq!(
        store
            .hospital()
            .expect("hospital")
            .department("13")
            .expect("13")
            .location
            .room,
        "230"
    );
}
