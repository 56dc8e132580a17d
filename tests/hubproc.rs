//! `banzhen hub serve` as a separate process on a loopback port, for the
//! hub's tests and its benchmark: started, waited for until it answers,
//! and killed when dropped, so a failing test leaves no hub behind.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
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
        } else {
            let _ = std::fs::remove_file(&self.log);
        }
    }
}

/// A `banzhen hub serve` process on a free port. Another test may take the
/// port between our look and the hub's bind, so a hub that cannot bind is
/// started again on a new one.
pub(crate) fn hub_process(url: &str) -> (HubProc, SocketAddr) {
    let mut why = String::new();
    for _ in 0..5 {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("port")
            .port();
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        match spawn_hub(url, addr) {
            Ok(hub) => return (hub, addr),
            Err(log) => why = log,
        }
    }
    panic!("no hub could listen on a free port in five tries; the last said:\n{why}");
}

/// A `banzhen hub serve` process on `addr`, once it answers.
pub(crate) fn hub_process_at(url: &str, addr: SocketAddr) -> HubProc {
    spawn_hub(url, addr).unwrap_or_else(|log| panic!("the hub could not listen on {addr}:\n{log}"))
}

/// Starts a hub on `addr` and waits until it says it is listening and
/// answers; what it wrote to standard error when it exits first (the port
/// was taken). A test must
/// talk to its own hub: an answer from another test's hub on the same port
/// is no proof, so its "hub listening on" line is awaited.
fn spawn_hub(url: &str, addr: SocketAddr) -> Result<HubProc, String> {
    static STARTED: AtomicUsize = AtomicUsize::new(0);
    // One log per start: two hubs given the same port must not share one.
    let log = std::env::temp_dir().join(format!(
        "banzhen-hub-{}-{}-{}.log",
        std::process::id(),
        addr.port(),
        STARTED.fetch_add(1, Ordering::Relaxed)
    ));
    let err = std::fs::File::create(&log).expect("log file");
    let mut child = Command::new(env!("CARGO_BIN_EXE_banzhen"))
        .args([
            "hub",
            "serve",
            "--listen",
            &addr.to_string(),
            "--kiosk-rate",
            "100000",
        ])
        .env("BANZHEN_HUB_DATABASE", url)
        .stdout(Stdio::piped())
        .stderr(err)
        .spawn()
        .expect("hub starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let (said, listening) = mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        let up = lines
            .by_ref()
            .map_while(Result::ok)
            .any(|l| l.starts_with("hub listening on"));
        let _ = said.send(up);
        // Keep reading, so the hub never writes into a closed pipe.
        lines.for_each(drop);
    });
    let mut hub = HubProc { child, log };
    match listening.recv_timeout(Duration::from_secs(20)) {
        Ok(true) => {}
        Ok(false) => {
            hub.kill();
            return Err(std::fs::read_to_string(&hub.log).unwrap_or_default());
        }
        Err(_) => panic!("hub at {addr} never said it was listening"),
    }
    let agent = agent();
    let deadline = Instant::now() + Duration::from_secs(20);
    while agent.get(&format!("http://{addr}/healthz")).call().is_err() {
        assert!(Instant::now() < deadline, "hub at {addr} never answered");
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(hub)
}
