//! The console and the calling display in real headless Chromium, driven
//! over WebDriver (Debian's chromium and chromium-driver; `.ci/run`
//! installs them): a nurse signs in and calls the next number; the display,
//! already open, shows it without reloading, and a joined kiosk's live
//! queue shows it too. Screenshots go to `$BANZHEN_SHOTS` when it is set.

use crate::common::TempDb;
use crate::console::{staff, take_numbers};
use crate::hub::{hub_process, kiosk_token, loaded_database};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Driver {
    child: Child,
    base: String,
    agent: ureq::Agent,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Browser<'a> {
    driver: &'a Driver,
    session: String,
}

fn call(agent: &ureq::Agent, method: &str, url: &str, body: Option<Value>) -> Value {
    let response = match (method, body) {
        ("GET", _) => agent.get(url).call(),
        ("DELETE", _) => agent.delete(url).call(),
        (_, body) => agent.post(url).send_json(body.unwrap_or(json!({}))),
    };
    let mut r = response.unwrap_or_else(|e| panic!("WebDriver {method} {url}: {e}"));
    let text = r.body_mut().read_to_string().expect("body");
    let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    assert!(
        v["value"].get("error").is_none(),
        "WebDriver {method} {url}: {}",
        v["value"]
    );
    v["value"].clone()
}

impl Driver {
    fn start() -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("port")
            .port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect(
                "chromedriver runs (apt-get install chromium chromium-driver; .ci/run does it)",
            );
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "chromedriver never answered");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, base, agent }
    }

    fn open(&self, width: u32, height: u32) -> Browser<'_> {
        let args = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--autoplay-policy=no-user-gesture-required",
            &format!("--window-size={width},{height}"),
        ];
        let v = call(
            &self.agent,
            "POST",
            &format!("{}/session", self.base),
            Some(json!({ "capabilities": { "alwaysMatch": {
                "goog:chromeOptions": { "binary": "/usr/bin/chromium", "args": args }
            } } })),
        );
        Browser {
            driver: self,
            session: v["sessionId"].as_str().expect("a session").to_string(),
        }
    }
}

impl Browser<'_> {
    fn url(&self, path: &str) -> String {
        format!("{}/session/{}{path}", self.driver.base, self.session)
    }

    fn go(&self, to: &str) {
        call(
            &self.driver.agent,
            "POST",
            &self.url("/url"),
            Some(json!({ "url": to })),
        );
    }

    fn element(&self, css: &str) -> String {
        let v = call(
            &self.driver.agent,
            "POST",
            &self.url("/element"),
            Some(json!({ "using": "css selector", "value": css })),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_string()
    }

    fn click(&self, css: &str) {
        let id = self.element(css);
        call(
            &self.driver.agent,
            "POST",
            &self.url(&format!("/element/{id}/click")),
            Some(json!({})),
        );
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.element(css);
        call(
            &self.driver.agent,
            "POST",
            &self.url(&format!("/element/{id}/value")),
            Some(json!({ "text": text })),
        );
    }

    fn text(&self, css: &str) -> String {
        let id = self.element(css);
        call(
            &self.driver.agent,
            "GET",
            &self.url(&format!("/element/{id}/text")),
            None,
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Waits for `css` to read `want`; how long it took.
    fn wait_text(&self, css: &str, want: &str, within: Duration) -> Duration {
        let started = Instant::now();
        loop {
            let seen = self.text(css);
            if seen == want {
                return started.elapsed();
            }
            assert!(
                started.elapsed() < within,
                "{css} shows {seen:?}, not {want:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn screenshot(&self, name: &str) {
        let Some(dir) = std::env::var_os("BANZHEN_SHOTS") else {
            return;
        };
        let v = call(&self.driver.agent, "GET", &self.url("/screenshot"), None);
        let png = base64_decode(v.as_str().unwrap_or_default());
        assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
        std::fs::create_dir_all(&dir).expect("shots dir");
        std::fs::write(std::path::Path::new(&dir).join(name), png).expect("write shot");
    }
}

impl Drop for Browser<'_> {
    fn drop(&mut self) {
        let _ = self.driver.agent.delete(&self.url("")).call();
    }
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let sextets: Vec<u8> = text.bytes().filter_map(value).collect();
    sextets
        .chunks(4)
        .flat_map(|c| {
            let n = c.iter().fold(0u32, |n, &s| (n << 6) | s as u32) << (6 * (4 - c.len()));
            let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            bytes.into_iter().take(c.len().saturating_sub(1))
        })
        .collect()
}

fn open_console(b: &Browser, addr: SocketAddr, user: &str, password: &str) {
    b.go(&format!("http://{addr}/console"));
    b.type_into("#username", user);
    b.type_into("#password", password);
    b.click("#login-form button[type=submit]");
    b.wait_text("#who", &format!("{user} (nurse)"), Duration::from_secs(10));
}

#[test]
fn a_nurse_calls_the_next_number_and_the_display_and_kiosks_show_it() {
    let (_pg, url) = loaded_database("browser");
    staff(&url, "liu", "nurse", "03.04,13", "nurse-pass-123");
    let token = kiosk_token(&url, "lobby");
    let (hub, addr) = hub_process(&url);
    take_numbers(addr, &token, "03.04", 3);

    // A kiosk joined to this hub, to see its live queue change.
    let kiosk_db = TempDb::new();
    let store = banzhen::store::Store::open(&kiosk_db.path).expect("store");
    store.seed_if_empty().expect("seed");
    let kiosk_token = kiosk_token(&url, "lobby-2");
    banzhen::sync::join(&store, &format!("http://{addr}"), &kiosk_token).expect("joins");
    let link = banzhen::sync::HubLink::load(&store)
        .expect("reads")
        .expect("joined");
    link.sync(&store).expect("first round");
    assert_eq!(link.queue("03.04").expect("live").now_serving, None);

    let driver = Driver::start();
    let display = driver.open(1920, 1080);
    display.go(&format!("http://{addr}/display?departments=03.04"));
    display.wait_text("#cur-label", "—", Duration::from_secs(10));
    display.screenshot("display-before.png");

    let console = driver.open(1366, 768);
    open_console(&console, addr, "liu", "nurse-pass-123");
    console.wait_text("#waiting-count", "3", Duration::from_secs(10));
    console.screenshot("console-signed-in.png");
    console.click("#call-next");
    console.wait_text("#now-label", "C001", Duration::from_secs(5));
    let shown = display.wait_text("#cur-label", "C001", Duration::from_secs(5));
    eprintln!("call to display in the browser: {shown:?} (after the console showed it)");
    assert!(shown < Duration::from_secs(1), "{shown:?}");
    assert_eq!(display.text("#cur-room-en"), "Room 305");
    console.wait_text("#waiting-count", "2", Duration::from_secs(5));
    console.screenshot("console-called.png");
    display.screenshot("display-called.png");

    // The kiosk's next sync round shows who is being served.
    link.sync(&store).expect("next round");
    let q = link.queue("03.04").expect("live");
    assert_eq!(q.now_serving.as_deref(), Some("C001"));
    assert_eq!(q.waiting, 2);

    // In Chinese, the same desk.
    console.click("header .lang-toggle");
    console.wait_text("#call-next", "叫下一位", Duration::from_secs(5));
    console.screenshot("console-zh.png");
    drop(hub);
}
