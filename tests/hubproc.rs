//! `banzhen hub serve` as a separate process on a loopback port, for the
//! hub's tests and its benchmark: started, waited for until it answers,
//! and killed when dropped, so a failing test leaves no hub behind.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// An HTTP client that reports every status instead of failing on 4xx/5xx.
pub(crate) fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into()
}

/// A `banzhen hub serve` process, killed when dropped (a failing test
/// leaves none behind); what it wrote to standard error is in `log`.
pub(crate) struct HubProc {
    pub child: Child,
    pub log: std::path::PathBuf,
}

impl HubProc {
    /// Kills it as `kill -9` would.
    pub(crate) fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for HubProc {
    fn drop(&mut self) {
        self.kill();
        if std::thread::panicking() {
            eprintln!(
                "hub log:\n{}",
                std::fs::read_to_string(&self.log).unwrap_or_default()
            );
        }
    }
}

/// A `banzhen hub serve` process on a free port.
pub(crate) fn hub_process(url: &str) -> (HubProc, SocketAddr) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    (hub_process_at(url, addr), addr)
}

/// A `banzhen hub serve` process on `addr`, once it answers.
pub(crate) fn hub_process_at(url: &str, addr: SocketAddr) -> HubProc {
    let log = std::env::temp_dir().join(format!("banzhen-hub-{}.log", addr.port()));
    let err = std::fs::File::create(&log).expect("log file");
    let child = Command::new(env!("CARGO_BIN_EXE_banzhen"))
        .args([
            "hub",
            "serve",
            "--listen",
            &addr.to_string(),
            "--kiosk-rate",
            "100000",
        ])
        .env("BANZHEN_HUB_DATABASE", url)
        .stdout(Stdio::null())
        .stderr(err)
        .spawn()
        .expect("hub starts");
    let hub = HubProc { child, log };
    let agent = agent();
    let deadline = Instant::now() + Duration::from_secs(20);
    while agent.get(&format!("http://{addr}/healthz")).call().is_err() {
        assert!(Instant::now() < deadline, "hub at {addr} never answered");
        std::thread::sleep(Duration::from_millis(50));
    }
    hub
}
