//! The hub over HTTPS (rustls): a certificate from the hospital's own CA,
//! made here with openssl; Secure cookies; plain HTTP refused; a kiosk that
//! joins over HTTPS only when it trusts that CA.

use crate::hub::{kiosk_token, loaded_database, HubProc};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn the_hub_serves_https_with_a_certificate_and_sets_secure_cookies() {
    let (_pg, url) = loaded_database("tls");
    crate::console::staff(&url, "wang", "manager", "", "correct-horse-1");
    // The hospital's own CA, and the hub's certificate signed by it for the name it is reached by.
    let dir = tempfile::tempdir().expect("dir");
    let path = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let (ca, cert, key) = (path("ca.pem"), path("hub.pem"), path("hub.key"));
    std::fs::write(
        path("ext.cnf"),
        "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .expect("extensions");
    let openssl = |args: &[&str]| {
        let made = Command::new("openssl")
            .args(args)
            .output()
            .expect("openssl runs (Debian's openssl package)");
        assert!(
            made.status.success(),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );
    };
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    openssl(
        &[
            &["req", "-x509", "-days", "2", "-subj", "/CN=Hospital CA"],
            &ec[..],
            &["-keyout", &path("ca.key"), "-out", &ca],
        ]
        .concat(),
    );
    openssl(
        &[
            &["req", "-subj", "/CN=localhost"],
            &ec[..],
            &["-keyout", &key, "-out", &path("hub.csr")],
        ]
        .concat(),
    );
    openssl(&[
        "x509",
        "-req",
        "-in",
        &path("hub.csr"),
        "-CA",
        &ca,
        "-CAkey",
        &path("ca.key"),
        "-CAcreateserial",
        "-days",
        "2",
        "-out",
        &cert,
        "-extfile",
        &path("ext.cnf"),
    ]);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let log = dir.path().join("hub.log");
    let child = Command::new(env!("CARGO_BIN_EXE_banzhen"))
        .args(["hub", "serve", "--listen", &format!("127.0.0.1:{port}")])
        .arg("--tls-cert")
        .arg(&cert)
        .arg("--tls-key")
        .arg(&key)
        .env("BANZHEN_HUB_DATABASE", &url)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("hub starts");
    let _hub = HubProc { child, log };
    let curl = |args: &[&str]| {
        Command::new("curl")
            .args(["-s", "--max-time", "5", "--cacert"])
            .arg(&ca)
            .args(["--resolve", &format!("localhost:{port}:127.0.0.1")])
            .args(args)
            .output()
            .expect("curl runs")
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    let health = loop {
        let out = curl(&[&format!("https://localhost:{port}/healthz")]);
        if out.status.success() {
            break String::from_utf8_lossy(&out.stdout).into_owned();
        }
        assert!(
            Instant::now() < deadline,
            "the hub never answered over HTTPS"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(health.contains("\"ok\":true"), "{health}");
    let login = curl(&[
        "-i",
        "-H",
        "Content-Type: application/json",
        "-d",
        r#"{"username":"wang","password":"correct-horse-1"}"#,
        &format!("https://localhost:{port}/api/console/login"),
    ]);
    let answer = String::from_utf8_lossy(&login.stdout).to_lowercase();
    assert!(answer.contains("set-cookie: banzhen_session="), "{answer}");
    assert!(answer.contains("; secure"), "{answer}");
    // Plain HTTP to the HTTPS port gets nowhere, and the hub goes on serving.
    let plain = Command::new("curl")
        .args([
            "-s",
            "--max-time",
            "3",
            &format!("http://127.0.0.1:{port}/healthz"),
        ])
        .output()
        .expect("curl runs");
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("\"ok\":true"));
    assert!(curl(&[&format!("https://localhost:{port}/healthz")])
        .status
        .success());

    // A kiosk joins over HTTPS when it trusts the hospital's certificate, and only then.
    let token = kiosk_token(&url, "lobby");
    let kiosk = crate::common::TempDb::new();
    let kiosk_cmd = |args: &[&str], ca: Option<&str>| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_banzhen"));
        c.args(args).env("BANZHEN_DB", &kiosk.path);
        match ca {
            Some(ca) => c.env("BANZHEN_HUB_CA", ca),
            None => c.env_remove("BANZHEN_HUB_CA"),
        };
        c.output().expect("banzhen runs")
    };
    assert!(kiosk_cmd(&["setup"], None).status.success());
    let hub_url = format!("https://localhost:{port}");
    let refused = kiosk_cmd(&["join", &hub_url, &token], None);
    assert!(!refused.status.success(), "joined a hub it cannot verify");
    let joined = kiosk_cmd(&["join", &hub_url, &token], Some(&ca));
    assert!(
        joined.status.success(),
        "{}",
        String::from_utf8_lossy(&joined.stderr)
    );
    let ticket = kiosk_cmd(&["ticket", "take", "03.04", "--json"], Some(&ca));
    assert!(String::from_utf8_lossy(&ticket.stdout).contains("\"ticket\":\"C001\""));
    assert!(
        String::from_utf8_lossy(&ticket.stderr).is_empty(),
        "not offline"
    );
}
