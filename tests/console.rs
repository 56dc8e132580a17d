//! The staff console's API and the calling display against a real
//! PostgreSQL: sign-in, lockout, CSRF, roles, the queue desk with undo, and
//! a call reaching a display's live stream, across two hub processes.

use crate::hub::{agent, hub_process, kiosk_token, loaded_database};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::Command;
use std::time::{Duration, Instant};

/// A browser's worth of state: the session cookie and the CSRF token.
pub(crate) struct Console {
    base: String,
    agent: ureq::Agent,
    cookie: String,
    pub csrf: String,
}

fn read(mut r: ureq::http::Response<ureq::Body>) -> (u16, Value, Option<String>) {
    let status = r.status().as_u16();
    let cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let text = r.body_mut().read_to_string().unwrap_or_default();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::Null),
        cookie,
    )
}

impl Console {
    pub(crate) fn new(addr: SocketAddr) -> Console {
        Console {
            base: format!("http://{addr}"),
            agent: agent(),
            cookie: String::new(),
            csrf: String::new(),
        }
    }

    /// Signs in; the status and the answer.
    pub(crate) fn login(&mut self, user: &str, password: &str) -> (u16, Value) {
        let r = self
            .agent
            .post(&format!("{}/api/console/login", self.base))
            .send_json(json!({ "username": user, "password": password }))
            .expect("answers");
        let (status, body, cookie) = read(r);
        if let Some(c) = cookie {
            self.cookie = c.split(';').next().unwrap_or_default().to_string();
            self.csrf = body["csrf"].as_str().unwrap_or_default().to_string();
        }
        (status, body)
    }

    pub(crate) fn get(&self, path: &str) -> (u16, Value) {
        let r = self
            .agent
            .get(&format!("{}{path}", self.base))
            .header("Cookie", &self.cookie)
            .call()
            .expect("answers");
        let (s, b, _) = read(r);
        (s, b)
    }

    /// A page or a file, as text; the request must succeed.
    pub(crate) fn get_text(&self, path: &str) -> String {
        let mut r = self
            .agent
            .get(&format!("{}{path}", self.base))
            .header("Cookie", &self.cookie)
            .call()
            .expect("answers");
        assert_eq!(r.status().as_u16(), 200, "GET {path}");
        r.body_mut().read_to_string().expect("text")
    }

    pub(crate) fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.post_with(path, body, &self.csrf)
    }

    fn post_with(&self, path: &str, body: Value, csrf: &str) -> (u16, Value) {
        let r = self
            .agent
            .post(&format!("{}{path}", self.base))
            .header("Cookie", &self.cookie)
            .header("X-CSRF-Token", csrf)
            .send_json(body)
            .expect("answers");
        let (s, b, _) = read(r);
        (s, b)
    }
}

pub(crate) fn staff(url: &str, name: &str, role: &str, departments: &str, password: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_banzhen"))
        .args([
            "hub",
            "staff-add",
            name,
            "--role",
            role,
            "--departments",
            departments,
        ])
        .env("BANZHEN_HUB_DATABASE", url)
        .env("BANZHEN_STAFF_PASSWORD", password)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Takes `n` numbers for `code` as the kiosk with `token`.
pub(crate) fn take_numbers(addr: SocketAddr, token: &str, code: &str, n: usize) -> Vec<String> {
    let agent = agent();
    (0..n)
        .map(|k| {
            let mut r = agent
                .post(&format!("http://{addr}/api/v1/tickets"))
                .header("Authorization", &format!("Bearer {token}"))
                .send_json(json!({ "department": code, "request_key": format!("{code}-{k:06}-{token}").chars().take(90).collect::<String>() }))
                .expect("answers");
            let v: Value = serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("json");
            v["ticket"]["label"].as_str().expect("label").to_string()
        })
        .collect()
}

#[test]
fn sign_in_locks_after_five_wrong_passwords_and_changes_need_the_csrf_token() {
    let (_pg, url) = loaded_database("signin");
    staff(&url, "wang", "manager", "", "correct-horse-1");
    let (_hub, addr) = hub_process(&url);

    let mut c = Console::new(addr);
    assert_eq!(
        c.get("/api/console/board").0,
        401,
        "signed out sees nothing"
    );
    let (status, body) = c.login("wang", "correct-horse-1");
    assert_eq!(status, 200, "{body}");
    assert_eq!(c.get("/api/console/board").0, 200);

    // A change without the token (as from another site) is refused and changes nothing.
    let (status, body) = c.post_with(
        "/api/console/departments/13",
        json!({ "status": "closed" }),
        "",
    );
    assert_eq!(status, 403, "{body}");
    assert!(body["error"].as_str().unwrap_or_default().contains("CSRF"));
    let board = c.get("/api/console/board").1;
    let derm = |b: &Value| {
        b.as_array()
            .and_then(|a| a.iter().find(|d| d["code"] == "13"))
            .cloned()
            .expect("13")
    };
    assert_eq!(derm(&board)["status"], "open");
    // Pausing needs a reason; with one, it is done and audited, and can be undone.
    assert_eq!(
        c.post("/api/console/departments/13", json!({ "status": "paused" }))
            .0,
        422
    );
    assert_eq!(
        c.post(
            "/api/console/departments/13",
            json!({ "status": "paused", "status_note": "back at 14:00" })
        )
        .0,
        204
    );
    assert_eq!(
        derm(&c.get("/api/console/board").1)["status_note"],
        "back at 14:00"
    );
    let audit = c.get("/api/console/audit").1;
    let line = audit
        .as_array()
        .and_then(|a| a.iter().find(|l| l["action"] == "change department"))
        .cloned()
        .expect("audited");
    assert_eq!(line["actor"], "wang");
    assert_eq!(
        c.post(&format!("/api/console/undo/{}", line["id"]), json!({}))
            .0,
        200
    );
    assert_eq!(derm(&c.get("/api/console/board").1)["status"], "open");

    // Five wrong passwords lock the account, even against the right one.
    let mut other = Console::new(addr);
    for _ in 0..5 {
        assert_eq!(other.login("wang", "wrong-password").0, 401);
    }
    let (status, body) = other.login("wang", "correct-horse-1");
    assert_eq!(status, 403);
    assert!(
        body["error"]
            .as_str()
            .unwrap_or_default()
            .contains("locked"),
        "{body}"
    );
    // The session opened before still works; signing out ends it.
    assert_eq!(c.post("/api/console/logout", json!({})).0, 204);
}

#[test]
fn a_nurse_runs_her_queue_by_priority_and_can_undo_a_transfer() {
    let (_pg, url) = loaded_database("desk");
    staff(&url, "liu", "nurse", "03.04", "nurse-pass-123");
    let token = kiosk_token(&url, "lobby");
    let (_hub, addr) = hub_process(&url);
    let labels = take_numbers(addr, &token, "03.04", 4);
    assert_eq!(labels, ["C001", "C002", "C003", "C004"]);

    let mut c = Console::new(addr);
    assert_eq!(c.login("liu", "nurse-pass-123").0, 200);
    assert_eq!(c.get("/api/console/desk/13").0, 403, "not her department");
    assert_eq!(c.get("/api/console/fleet").0, 403, "not a manager");
    let act = |a: Value| c.post("/api/console/desk/03.04", a);

    // An elderly patient's number goes first.
    assert_eq!(
        act(json!({ "action": "priority", "label": "C003", "priority": 1 })).0,
        200
    );
    assert_eq!(act(json!({ "action": "next" })).1["called"], "C003");
    assert_eq!(act(json!({ "action": "next" })).1["called"], "C001");
    assert_eq!(act(json!({ "action": "again" })).1["called"], "C001");
    assert_eq!(act(json!({ "action": "no_show", "label": "C001" })).0, 200);
    // Sent to dermatology by mistake, then brought back.
    let (status, moved) = act(json!({ "action": "transfer", "label": "C002", "to": "13" }));
    assert_eq!(status, 200, "{moved}");
    let desk = c.get("/api/console/desk/03.04").1;
    let waiting: Vec<&str> = desk["waiting"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|t| t["label"].as_str())
        .collect();
    assert_eq!(waiting, ["C004"]);
    assert_eq!(
        c.post(&format!("/api/console/undo/{}", moved["undo"]), json!({}))
            .0,
        200
    );
    let desk = c.get("/api/console/desk/03.04").1;
    let waiting: Vec<&str> = desk["waiting"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|t| t["label"].as_str())
        .collect();
    assert_eq!(
        waiting,
        ["C002", "C004"],
        "back in its place by the time it was taken"
    );
    // The no-show can be recalled.
    assert_eq!(desk["missed"][0]["label"], "C001");
    assert_eq!(
        act(json!({ "action": "call", "label": "C001" })).1["called"],
        "C001"
    );
    // Bad requests are refused with a sentence.
    let (status, body) = act(json!({ "action": "call", "label": "Z999" }));
    assert_eq!(status, 422);
    assert!(body["error"].as_str().unwrap_or_default().contains("Z999"));
    assert_eq!(act(json!({ "action": "fly" })).0, 422);

    // The kiosks see who is being served.
    let mut r = agent()
        .get(&format!("http://{addr}/api/v1/queues/03.04"))
        .header("Authorization", &format!("Bearer {token}"))
        .call()
        .expect("answers");
    let q: Value =
        serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("json");
    assert_eq!(q["now_serving"], "C001");
    assert_eq!(q["waiting"], 2);
}

#[test]
fn a_call_on_one_hub_reaches_a_display_on_another_within_a_second() {
    let (_pg, url) = loaded_database("live");
    staff(&url, "liu", "nurse", "03.04", "nurse-pass-123");
    let token = kiosk_token(&url, "lobby");
    let (_desk_hub, a) = hub_process(&url);
    let (_display_hub, b) = hub_process(&url);
    take_numbers(a, &token, "03.04", 2);

    // The display's live stream, on the second hub.
    let (tx, rx) = std::sync::mpsc::channel::<(String, Instant)>();
    let stream = agent()
        .get(&format!("http://{b}/api/display/stream"))
        .config()
        .timeout_global(None)
        .build()
        .call()
        .expect("stream opens");
    std::thread::spawn(move || {
        let reader = BufReader::new(stream.into_body().into_reader());
        for line in reader.lines().map_while(Result::ok) {
            if let Some(data) = line.strip_prefix("data:") {
                if tx.send((data.trim().to_string(), Instant::now())).is_err() {
                    break;
                }
            }
        }
    });
    std::thread::sleep(Duration::from_millis(300));
    let mut c = Console::new(a);
    assert_eq!(c.login("liu", "nurse-pass-123").0, 200);
    let pressed = Instant::now();
    assert_eq!(
        c.post("/api/console/desk/03.04", json!({ "action": "next" }))
            .1["called"],
        "C001"
    );
    let heard = loop {
        let (data, at) = rx
            .recv_timeout(Duration::from_secs(5))
            .expect("the display hears of the call");
        if data == "call 03.04" {
            break at;
        }
    };
    let latency = heard - pressed;
    eprintln!("call to display stream: {latency:?}");
    assert!(latency < Duration::from_secs(1), "{latency:?}");

    // What the display then shows, and the call spoken.
    let mut r = agent()
        .get(&format!("http://{b}/api/display/calls?departments=03.04"))
        .call()
        .expect("answers");
    let board: Value =
        serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("json");
    assert_eq!(board["calls"][0]["label"], "C001");
    assert_eq!(board["calls"][0]["room"], "305");
    assert_eq!(board["next"][0]["labels"], json!(["C002"]));
    let id = board["calls"][0]["id"].as_i64().expect("id");
    for lang in ["zh", "en"] {
        let mut r = agent()
            .get(&format!("http://{b}/api/display/audio/{id}/{lang}"))
            .call()
            .expect("answers");
        assert_eq!(r.status().as_u16(), 200);
        let wav = r.body_mut().read_to_vec().expect("wav");
        assert!(
            wav.starts_with(b"RIFF") && wav.len() > 8000,
            "{lang}: {} bytes",
            wav.len()
        );
    }
}

#[test]
fn an_admin_adds_accounts_and_kiosks_from_the_console() {
    let (_pg, url) = loaded_database("admin");
    staff(&url, "root", "admin", "", "admin-pass-123");
    let (_hub, addr) = hub_process(&url);
    let mut c = Console::new(addr);
    assert_eq!(c.login("root", "admin-pass-123").0, 200);

    let (status, made) = c.post(
        "/api/console/accounts",
        json!({ "username": "zhao", "role": "nurse", "departments": ["03.04"] }),
    );
    assert_eq!(status, 200, "{made}");
    let password = made["password"].as_str().expect("a password, shown once");
    let mut nurse = Console::new(addr);
    assert_eq!(nurse.login("zhao", password).0, 200);
    assert_eq!(nurse.get("/api/console/accounts").0, 403, "not an admin");
    assert_eq!(
        nurse.post("/api/console/kiosks", json!({ "name": "x" })).0,
        403
    );
    let list = c.get("/api/console/accounts").1;
    assert!(list.to_string().contains("\"zhao\""), "{list}");
    assert!(!list.to_string().contains("argon2"), "never a hash");

    let (status, kiosk) = c.post("/api/console/kiosks", json!({ "name": "west" }));
    assert_eq!(status, 200, "{kiosk}");
    assert_eq!(kiosk["letter"], "A");
    let token = kiosk["token"].as_str().expect("token").to_string();
    let me = |token: &str| {
        agent()
            .get(&format!("http://{addr}/api/v1/me"))
            .header("Authorization", &format!("Bearer {token}"))
            .call()
            .expect("answers")
            .status()
            .as_u16()
    };
    assert_eq!(me(&token), 200);
    assert_eq!(c.post("/api/console/kiosks/west/revoke", json!({})).0, 204);
    let revoked = Instant::now();
    while me(&token) != 401 {
        assert!(revoked.elapsed() < Duration::from_secs(1), "still accepted");
        std::thread::sleep(Duration::from_millis(20));
    }
    let audit = c.get("/api/console/audit").1.to_string();
    assert!(
        audit.contains("\"add kiosk\"") && audit.contains("\"revoke kiosk\""),
        "{audit}"
    );
    assert!(audit.contains("\"actor\":\"root\""));
}
