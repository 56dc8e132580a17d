//! Load on one hub: 50 simulated kiosks taking numbers (and pulling the
//! live queues every few seconds, as kiosks do), and 20 consoles each
//! calling the next number of their department every two seconds, on
//! loopback against one `banzhen hub serve` process and a throwaway
//! PostgreSQL cluster on this machine, all on the same 2 cores.
//!
//! Two phases: paced, each kiosk taking a number every `BANZHEN_BENCH_PACE_MS`
//! (default 250 ms, 200 a second in all: a busy hospital issues a few a
//! second), then flat out, each kiosk taking the next as soon as it has one,
//! for the hub's capacity. Each prints tickets a second, issue latency
//! p50/p99, the time from a call to a display's live stream hearing it,
//! errors, and the hub's memory.
//! The peer, side by side: pgbench running the same database work per
//! ticket (counter row, ticket row, one transaction) with as many clients,
//! as a ratio. Targets: issue p99 < 50 ms; call to display < 1 s; no errors.
//!
//! `cargo bench --bench hub` (PostgreSQL's server from Debian's packages);
//! `BANZHEN_BENCH_SECONDS` sets the length (default 20).

#[path = "../tests/pg.rs"]
#[allow(dead_code)]
mod pg;

#[path = "../tests/hubproc.rs"]
#[allow(dead_code)]
mod hubproc;

use hubproc::agent;

use banzhen::hospital::load::Sources;
use banzhen::hub::{self, store};
use serde_json::json;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const KIOSKS: usize = 50;
const CONSOLES: usize = 20;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// The hub's resident memory now and at its peak, in MiB.
fn memory(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    (field("VmRSS:"), field("VmHWM:"))
}

struct Setup {
    tokens: Vec<String>,
    departments: Vec<String>,
}

fn prepare(url: &str) -> Setup {
    hub::runtime().expect("runtime").block_on(async {
        let pool = hub::connect(url).await.expect("hub database");
        let (hospital, _) = store::load_hospital(&pool, &Sources::demo())
            .await
            .expect("load");
        let mut tokens = Vec::new();
        for k in 0..KIOSKS {
            tokens.push(
                store::add_kiosk(&pool, "bench", &format!("kiosk-{k:02}"))
                    .await
                    .expect("kiosk")
                    .1,
            );
        }
        let departments: Vec<String> = hospital
            .departments
            .iter()
            .filter(|d| d.status == banzhen::hospital::DeptStatus::Open && d.code != "20")
            .map(|d| d.code.clone())
            .take(CONSOLES)
            .collect();
        for (k, code) in departments.iter().enumerate() {
            store::set_account(
                &pool,
                "bench",
                &format!("nurse{k:02}"),
                "bench-password-1",
                store::Role::Nurse,
                std::slice::from_ref(code),
            )
            .await
            .expect("account");
        }
        Setup {
            tokens,
            departments,
        }
    })
}

fn sign_in(addr: SocketAddr, user: &str) -> (String, String) {
    let mut r = agent()
        .post(&format!("http://{addr}/api/console/login"))
        .send_json(json!({ "username": user, "password": "bench-password-1" }))
        .expect("sign in");
    let cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .expect("cookie")
        .to_string();
    let v: serde_json::Value =
        serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("json");
    (cookie, v["csrf"].as_str().expect("csrf").to_string())
}

/// pgbench doing a ticket's database work, `clients` at once, for `seconds`; its transactions a second.
fn pgbench(pg: &pg::Cluster, url: &str, clients: usize, seconds: u64) -> Option<f64> {
    let bin = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin/pgbench")))
        .find(|p| p.exists())?;
    let script = std::env::temp_dir().join("banzhen-ticket.pgbench");
    std::fs::write(
        &script,
        "\\set d random(1, 20)\n\
         BEGIN;\n\
         INSERT INTO bench_counters AS c (d, n) VALUES (:d, 1) ON CONFLICT (d) DO UPDATE SET n = c.n + 1 RETURNING n;\n\
         INSERT INTO bench_tickets (d, request_key) VALUES (:d, md5(random()::text || clock_timestamp()::text));\n\
         COMMIT;\n",
    )
    .ok()?;
    hub::runtime().ok()?.block_on(async {
        let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.ok()?;
        tokio::spawn(conn);
        client
            .batch_execute(
                "CREATE TABLE bench_counters (d INT PRIMARY KEY, n INT NOT NULL);
                 CREATE TABLE bench_tickets (id BIGSERIAL PRIMARY KEY, d INT NOT NULL, request_key TEXT NOT NULL UNIQUE);",
            )
            .await
            .ok()
    })?;
    let out = Command::new(bin)
        .args([
            "-h",
            "127.0.0.1",
            "-p",
            &pg.port.to_string(),
            "-U",
            "banzhen",
            "-n",
            "-M",
            "prepared",
        ])
        .args([
            "-c",
            &clients.to_string(),
            "-j",
            "2",
            "-T",
            &seconds.to_string(),
            "-f",
        ])
        .arg(&script)
        .arg("bench")
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.starts_with("tps = "))
        .and_then(|l| l.split_whitespace().nth(2))
        .and_then(|v| v.parse().ok())
}

fn main() {
    let seconds: u64 = std::env::var("BANZHEN_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let pg = pg::Cluster::start();
    let url = pg.database("bench");
    let setup = prepare(&url);
    let (hub, addr) = hubproc::hub_process(&url);
    let pid = hub.child.id();
    let (idle_rss, _) = memory(pid);

    let pace: u64 = std::env::var("BANZHEN_BENCH_PACE_MS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(250);
    let paced = phase(
        addr,
        &setup,
        pid,
        seconds,
        Some(Duration::from_millis(pace)),
        "paced",
    );
    let flat_out = phase(addr, &setup, pid, seconds, None, "flat-out");
    let (_, hwm) = memory(pid);
    drop(hub);
    println!("  hub memory peak     {hwm:.1} MiB (idle {idle_rss:.1} MiB); paced {paced:.0}/s");
    match pgbench(&pg, &url, KIOSKS, seconds.min(10)) {
        Some(tps) => println!(
            "  peer: pgbench, the same database work per ticket, {KIOSKS} clients: {tps:.0}/s; hub flat out / pgbench = {:.2}",
            flat_out / tps
        ),
        None => println!("  peer: pgbench not found (Debian's postgresql package has it)"),
    }
}

/// One phase of load; returns tickets a second.
fn phase(
    addr: SocketAddr,
    setup: &Setup,
    hub_pid: u32,
    seconds: u64,
    pace: Option<Duration>,
    name: &str,
) -> f64 {
    let stop = Arc::new(AtomicBool::new(false));
    let errors = Arc::new(AtomicU64::new(0));
    // The display: one live stream; when it heard of each department's latest call.
    let heard: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let stream = agent()
        .get(&format!("http://{addr}/api/display/stream"))
        .config()
        .timeout_global(None)
        .build()
        .call()
        .expect("display stream");
    {
        let heard = heard.clone();
        std::thread::spawn(move || {
            let reader = BufReader::new(stream.into_body().into_reader());
            for line in reader.lines().map_while(Result::ok) {
                if let Some(code) = line
                    .strip_prefix("data:")
                    .and_then(|d| d.trim().strip_prefix("call "))
                {
                    heard
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .insert(code.to_string(), Instant::now());
                }
            }
        });
    }
    std::thread::sleep(Duration::from_millis(300));

    let run_for = Duration::from_secs(seconds);
    let kiosks: Vec<_> = setup
        .tokens
        .iter()
        .enumerate()
        .map(|(k, token)| {
            let (token, stop, errors, departments) =
                (token.clone(), stop.clone(), errors.clone(), setup.departments.clone());
            let name = name.to_string();
            std::thread::spawn(move || {
                let agent = agent();
                let mut latencies = Vec::new();
                let mut n = 0usize;
                let mut last_pull = Instant::now();
                // Kiosks start spread over one pace, as patients arrive.
                if let Some(pace) = pace {
                    std::thread::sleep(pace * k as u32 / KIOSKS as u32);
                }
                while !stop.load(Ordering::Relaxed) {
                    let code = &departments[(k + n) % departments.len()];
                    let t = Instant::now();
                    let ok = agent
                        .post(&format!("http://{addr}/api/v1/tickets"))
                        .header("Authorization", &format!("Bearer {token}"))
                        .send_json(json!({ "department": code, "request_key": format!("{name}-k{k}-{n:08}") }))
                        .map(|mut r| {
                            let _ = r.body_mut().read_to_vec();
                            r.status().as_u16() == 201
                        })
                        .unwrap_or(false);
                    latencies.push(t.elapsed());
                    if !ok {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                    n += 1;
                    if let Some(pace) = pace {
                        std::thread::sleep(pace.saturating_sub(t.elapsed()));
                    }
                    if last_pull.elapsed() > Duration::from_secs(5) {
                        last_pull = Instant::now();
                        let pulled = agent
                            .get(&format!("http://{addr}/api/v1/queues"))
                            .header("Authorization", &format!("Bearer {token}"))
                            .call()
                            .map(|mut r| {
                                let _ = r.body_mut().read_to_vec();
                                r.status().is_success()
                            })
                            .unwrap_or(false);
                        if !pulled {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
                latencies
            })
        })
        .collect();
    let consoles: Vec<_> = setup
        .departments
        .iter()
        .enumerate()
        .map(|(k, code)| {
            let (code, stop, errors, heard) =
                (code.clone(), stop.clone(), errors.clone(), heard.clone());
            let (cookie, csrf) = sign_in(addr, &format!("nurse{k:02}"));
            std::thread::spawn(move || {
                let agent = agent();
                let mut delays = Vec::new();
                // Spread the consoles' presses over the two seconds.
                std::thread::sleep(Duration::from_millis(100 * k as u64));
                while !stop.load(Ordering::Relaxed) {
                    let pressed = Instant::now();
                    let called = agent
                        .post(&format!("http://{addr}/api/console/desk/{code}"))
                        .header("Cookie", &cookie)
                        .header("X-CSRF-Token", &csrf)
                        .send_json(json!({ "action": "next" }))
                        .ok()
                        .and_then(|mut r| r.body_mut().read_json::<serde_json::Value>().ok())
                        .map(|v| v["called"].is_string());
                    match called {
                        Some(true) => {
                            let deadline = pressed + Duration::from_secs(3);
                            loop {
                                let seen = heard
                                    .lock()
                                    .unwrap_or_else(|p| p.into_inner())
                                    .get(&code)
                                    .copied();
                                if let Some(at) = seen.filter(|at| *at >= pressed) {
                                    delays.push(at - pressed);
                                    break;
                                }
                                if Instant::now() > deadline {
                                    errors.fetch_add(1, Ordering::Relaxed);
                                    break;
                                }
                                std::thread::sleep(Duration::from_millis(2));
                            }
                        }
                        Some(false) => {}
                        None => {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    std::thread::sleep(Duration::from_secs(2).saturating_sub(pressed.elapsed()));
                }
                delays
            })
        })
        .collect();
    let load_started = Instant::now();
    let mut peak_rss: f64 = 0.0;
    while load_started.elapsed() < run_for {
        std::thread::sleep(Duration::from_millis(500));
        peak_rss = peak_rss.max(memory(hub_pid).0);
    }
    stop.store(true, Ordering::Relaxed);
    let elapsed = load_started.elapsed();
    let mut issue: Vec<Duration> = kiosks
        .into_iter()
        .flat_map(|t| t.join().expect("kiosk"))
        .collect();
    let mut calls: Vec<Duration> = consoles
        .into_iter()
        .flat_map(|t| t.join().expect("console"))
        .collect();
    issue.sort();
    calls.sort();
    let rate = issue.len() as f64 / elapsed.as_secs_f64();
    println!(
        "{name}: {KIOSKS} kiosks and {CONSOLES} consoles for {:.0} s on loopback",
        elapsed.as_secs_f64()
    );
    println!(
        "  tickets issued      {} ({rate:.0}/s)  p50={:.1?} p99={:.1?} max={:.1?}",
        issue.len(),
        percentile(&issue, 0.5),
        percentile(&issue, 0.99),
        issue.last().copied().unwrap_or_default()
    );
    println!(
        "  call -> display     n={} p50={:.1?} p99={:.1?} max={:.1?}",
        calls.len(),
        percentile(&calls, 0.5),
        percentile(&calls, 0.99),
        calls.last().copied().unwrap_or_default()
    );
    println!("  errors              {}", errors.load(Ordering::Relaxed));
    println!("  hub memory (RSS)    under load {peak_rss:.1} MiB");
    rate
}
