//! The hub against a real PostgreSQL: numbers are unique across kiosks and
//! hub processes, retries never double a ticket, a killed hub loses nothing,
//! and bad requests get a clear 4xx.

pub(crate) use crate::hubproc::{agent, hub_process, hub_process_at, HubProc};
use crate::pg::Cluster;
use banzhen::hub;
use banzhen::queue::Issued;
use std::collections::{BTreeMap, HashSet};
use std::net::SocketAddr;
use std::process::Command;
use std::time::{Duration, Instant};

/// A hub served in this process on a free port, stopped on drop.
struct Hub {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Hub {
    /// A hub that lets each kiosk make `rate` requests a second.
    fn start_with_rate(url: &str, rate: u32) -> Hub {
        let url = url.to_string();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = hub::runtime().expect("runtime");
            rt.block_on(async move {
                let pool = hub::connect(&url).await.expect("hub connects and migrates");
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("bind");
                ready_tx
                    .send((listener.local_addr().expect("addr"), pool.clone()))
                    .expect("ready");
                let serving = hub::Serving {
                    url: url.clone(),
                    kiosk_rate: rate,
                    tls: None,
                };
                hub::serve(listener, pool, serving, async {
                    let _ = stopped.await;
                })
                .await
                .expect("serves");
            });
        });
        let (addr, _) = ready_rx.recv().expect("hub started");
        Hub {
            addr,
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Hub {
    fn start(url: &str) -> Hub {
        Hub::start_with_rate(url, hub::api::DEFAULT_KIOSK_RATE)
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A new database in a throwaway cluster, with the demo hospital loaded;
/// the cluster lives as long as the value kept.
pub(crate) fn loaded_database(name: &str) -> (Cluster, String) {
    let pg = Cluster::start();
    let url = pg.database(name);
    admin(&url, &["load"]);
    (pg, url)
}

pub(crate) fn admin(url: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_banzhen"))
        .arg("hub")
        .args(args)
        .env("BANZHEN_HUB_DATABASE", url)
        .output()
        .expect("banzhen runs");
    assert!(
        out.status.success(),
        "banzhen hub {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Loads the demo hospital and registers a kiosk; returns its token.
pub(crate) fn kiosk_token(url: &str, name: &str) -> String {
    let out = admin(url, &["kiosk-add", name]);
    out.lines()
        .last()
        .map(str::trim)
        .filter(|t| t.len() == 64)
        .unwrap_or_else(|| panic!("a token in {out:?}"))
        .to_string()
}

/// POSTs a ticket request; the status and the body as JSON.
fn take(
    agent: &ureq::Agent,
    addr: SocketAddr,
    token: &str,
    body: &str,
) -> Result<(u16, serde_json::Value), ureq::Error> {
    let mut r = agent
        .post(&format!("http://{addr}/api/v1/tickets"))
        .header("Authorization", &format!("Bearer {token}"))
        .header("Content-Type", "application/json")
        .send(body)?;
    let status = r.status().as_u16();
    let text = r.body_mut().read_to_string()?;
    Ok((
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
    ))
}

fn request(department: &str, key: &str) -> String {
    serde_json::json!({ "department": department, "request_key": key }).to_string()
}

const DEPARTMENTS: [&str; 3] = ["03.04", "03.01", "13"];

/// Every department's numbers are 1..=n with none twice.
fn assert_whole_sequences(labels: &[(String, u32)]) {
    let mut by_department: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for (code, number) in labels {
        by_department.entry(code).or_default().push(*number);
    }
    for (code, mut numbers) in by_department {
        numbers.sort_unstable();
        let n = numbers.len() as u32;
        assert_eq!(
            numbers,
            (1..=n).collect::<Vec<_>>(),
            "{code}: a gap or a duplicate"
        );
    }
}

fn issued(v: &serde_json::Value) -> Issued {
    serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("an Issued ({e}): {v}"))
}

#[test]
fn two_kiosks_take_ten_thousand_numbers_at_once_and_none_is_shared() {
    let (_pg, url) = loaded_database("fleet");
    let tokens = [kiosk_token(&url, "lobby-a"), kiosk_token(&url, "lobby-b")];
    // Each simulated kiosk sends far faster than a real one: lift its limit.
    let hub = Hub::start_with_rate(&url, 1_000_000);

    const PER_THREAD: usize = 625;
    let started = Instant::now();
    let threads: Vec<_> = (0..16)
        .map(|t| {
            let token = tokens[t % 2].clone();
            let addr = hub.addr;
            std::thread::spawn(move || {
                let agent = agent();
                (0..PER_THREAD)
                    .map(|k| {
                        let code = DEPARTMENTS[(t + k) % DEPARTMENTS.len()];
                        let (status, body) = take(
                            &agent,
                            addr,
                            &token,
                            &request(code, &format!("t{t}-req-{k:05}")),
                        )
                        .expect("the hub answers");
                        assert_eq!(status, 201, "{body}");
                        let i = issued(&body);
                        assert_eq!(i.ticket.department_code, code);
                        (i.ticket.label, i.ticket.number)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut all: Vec<(String, String, u32)> = Vec::new();
    for (t, thread) in threads.into_iter().enumerate() {
        for (k, (label, number)) in thread.join().expect("thread").into_iter().enumerate() {
            all.push((
                DEPARTMENTS[(t + k) % DEPARTMENTS.len()].to_string(),
                label,
                number,
            ));
        }
    }
    let elapsed = started.elapsed();
    assert_eq!(all.len(), 10_000);
    let labels: HashSet<(&str, &str)> = all
        .iter()
        .map(|(c, l, _)| (c.as_str(), l.as_str()))
        .collect();
    assert_eq!(labels.len(), 10_000, "a label was issued twice");
    let numbers: Vec<(String, u32)> = all.iter().map(|(c, _, n)| (c.clone(), *n)).collect();
    assert_whole_sequences(&numbers);
    eprintln!("10,000 numbers through one hub in {elapsed:?}");

    // The queue the kiosks see agrees with what was issued.
    let agent = agent();
    let mut r = agent
        .get(&format!("http://{}/api/v1/queues/13", hub.addr))
        .header("Authorization", &format!("Bearer {}", tokens[0]))
        .call()
        .expect("queue");
    let q: serde_json::Value =
        serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("json");
    let in_13 = all.iter().filter(|(c, ..)| c == "13").count();
    assert_eq!(q["waiting"], in_13);
}

#[test]
fn a_retried_request_gets_the_ticket_it_already_made() {
    let (_pg, url) = loaded_database("retry");
    let token = kiosk_token(&url, "lobby");
    let hub = Hub::start(&url);
    let agent = agent();

    let (first, a) = take(&agent, hub.addr, &token, &request("03.04", "visit-0001")).expect("ok");
    let (again, b) = take(&agent, hub.addr, &token, &request("03.04", "visit-0001")).expect("ok");
    assert_eq!((first, again), (201, 200));
    assert_eq!(issued(&a).ticket, issued(&b).ticket);

    // Eight copies of one request at once (a kiosk retrying over a bad link) make one ticket.
    let copies: Vec<_> = (0..8)
        .map(|_| {
            let (token, addr) = (token.clone(), hub.addr);
            std::thread::spawn(move || {
                let (_, body) = take(
                    &self::agent(),
                    addr,
                    &token,
                    &request("03.04", "visit-0002"),
                )
                .expect("ok");
                issued(&body).ticket.label
            })
        })
        .collect();
    let labels: HashSet<String> = copies
        .into_iter()
        .map(|t| t.join().expect("thread"))
        .collect();
    assert_eq!(labels.len(), 1, "{labels:?}");
    // …and leave no gap: the next number follows.
    let (_, next) = take(&agent, hub.addr, &token, &request("03.04", "visit-0003")).expect("ok");
    assert_eq!(issued(&next).ticket.number, 3);
}

#[test]
fn bad_requests_get_a_clear_refusal_and_change_nothing() {
    let (_pg, url) = loaded_database("refusals");
    let token = kiosk_token(&url, "lobby");
    let revoked = kiosk_token(&url, "old-kiosk");
    admin(&url, &["kiosk-revoke", "old-kiosk"]);
    let hub = Hub::start(&url);
    let agent = agent();
    let addr = hub.addr;

    let status = |token: &str, body: &str| {
        let (status, body) = take(&agent, addr, token, body).expect("answers");
        let error = body["error"].as_str().unwrap_or_default().to_string();
        assert!(
            status < 400 || !error.is_empty(),
            "{status} without a sentence: {body}"
        );
        (status, error)
    };
    assert_eq!(status("", &request("03.04", "visit-0001")).0, 401);
    let (code, why) = status(&revoked, &request("03.04", "visit-0001"));
    assert_eq!(code, 401);
    assert!(why.contains("revoked"), "{why}");
    assert_eq!(status(&token, "{\"department\": ").0, 400);
    assert_eq!(status(&token, "{\"dept\": \"03.04\"}").0, 422);
    let (code, why) = status(&token, &request("99.99", "visit-0001"));
    assert_eq!(code, 404);
    assert!(why.contains("99.99"), "{why}");
    assert_eq!(status(&token, &request("03.04", "short")).0, 422);
    let huge = request("03.04", &"k".repeat(300_000));
    assert_eq!(status(&token, &huge).0, 413);

    // A kiosk flooding the hub is told to slow down, and what it flooded with took no number.
    let flood: Vec<u16> = (0..hub::api::DEFAULT_KIOSK_RATE + 10)
        .map(|_| status(&token, &request("99.99", "visit-0001")).0)
        .collect();
    assert!(flood.contains(&429), "{flood:?}");
    std::thread::sleep(Duration::from_millis(1100));

    // None of that took a number: the first real one is 1.
    let (code, body) = take(&agent, addr, &token, &request("03.04", "visit-0001")).expect("ok");
    assert_eq!(code, 201);
    assert_eq!(issued(&body).ticket.number, 1);

    let mut r = agent
        .get(&format!("http://{addr}/api/v1/directory?since=oops"))
        .header("Authorization", &format!("Bearer {token}"))
        .call()
        .expect("answers");
    assert_eq!(r.status().as_u16(), 400);
    assert!(r
        .body_mut()
        .read_to_string()
        .expect("body")
        .contains("since"));
}

#[test]
fn directory_changes_are_pulled_by_version() {
    let (_pg, url) = loaded_database("directory");
    let token = kiosk_token(&url, "lobby");
    let hub = Hub::start(&url);
    let agent = agent();
    let get = |since: i64| -> banzhen::hub::store::Directory {
        let mut r = agent
            .get(&format!(
                "http://{}/api/v1/directory?since={since}",
                hub.addr
            ))
            .header("Authorization", &format!("Bearer {token}"))
            .call()
            .expect("answers");
        serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("json")
    };
    let all = get(0);
    let file = all.departments_csv.expect("the whole file at first");
    assert!(file.starts_with("code,prefix,name_zh,name_en"), "{file}");
    assert!(file.contains("03.04,C,心血管内科"));
    assert_eq!(get(all.version).departments_csv, None);
    // Loading the same data again changes nothing, so kiosks pull nothing.
    assert!(admin(&url, &["load"]).contains(", 0 added or changed"));
    assert_eq!(get(all.version).departments_csv, None);
}

#[test]
fn a_hub_killed_mid_run_loses_nothing_and_doubles_nothing() {
    let (_pg, url) = loaded_database("killed");
    let token = kiosk_token(&url, "lobby");
    // Two hub processes on one database, as a hospital scales out.
    let (mut doomed, a) = hub_process(&url);
    let (_survivor, b) = hub_process(&url);

    const REQUESTS: usize = 400;
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let token = token.clone();
            std::thread::spawn(move || {
                let agent = agent();
                let mut labels = Vec::new();
                for k in 0..REQUESTS / 4 {
                    let body = request("03.04", &format!("kiosk{t}-{k:05}"));
                    // A kiosk tries its usual hub, then the other, with the same key.
                    let answer = [a, b, b, b].iter().find_map(|&addr| {
                        take(&agent, addr, &token, &body)
                            .ok()
                            .filter(|(status, _)| *status < 300)
                    });
                    let (_, v) = answer.expect("some hub answered");
                    labels.push(issued(&v).ticket.number);
                }
                labels
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    doomed.kill();
    let mut numbers: Vec<(String, u32)> = Vec::new();
    for t in threads {
        numbers.extend(
            t.join()
                .expect("thread")
                .into_iter()
                .map(|n| ("03.04".to_string(), n)),
        );
    }
    assert_eq!(numbers.len(), REQUESTS);
    assert_whole_sequences(&numbers);
    // What PostgreSQL holds is exactly what the kiosks were told.
    let agent = agent();
    let mut r = agent
        .get(&format!("http://{b}/api/v1/queues/03.04"))
        .header("Authorization", &format!("Bearer {token}"))
        .call()
        .expect("answers");
    let q: serde_json::Value =
        serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("json");
    assert_eq!(q["waiting"], REQUESTS);
}

#[test]
fn a_database_from_a_different_build_is_refused() {
    let pg = Cluster::start();
    let url = pg.database("altered");
    admin(&url, &["migrate"]);
    crate::pg::query(
        &url,
        "UPDATE hub_schema SET sha256 = 'edited' WHERE version = 1",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_banzhen"))
        .args(["hub", "migrate", "--database", &url])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("different build"), "{err}");
}

#[test]
fn a_kiosk_revoked_while_the_hub_runs_is_refused_at_once() {
    let (_pg, url) = loaded_database("revoked");
    let token = kiosk_token(&url, "stolen");
    let (_hub, addr) = hub_process(&url);
    let agent = agent();
    let (status, _) = take(&agent, addr, &token, &request("03.04", "visit-0001")).expect("answers");
    assert_eq!(status, 201);
    admin(&url, &["kiosk-revoke", "stolen"]);
    let revoked = Instant::now();
    loop {
        let (status, _) =
            take(&agent, addr, &token, &request("03.04", "visit-0002")).expect("answers");
        if status == 401 {
            break;
        }
        assert_eq!(status, 201);
        assert!(
            revoked.elapsed() < Duration::from_secs(1),
            "still accepted after a second"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
