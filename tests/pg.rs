//! A real, throwaway PostgreSQL cluster for the hub's tests: `initdb` into a
//! temporary folder, `pg_ctl start` on a free loopback port, stopped and
//! deleted on drop. Debian's server packages provide the binaries
//! (`.ci/run` installs them); as root, the server runs as `postgres`.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub port: u16,
}

fn bindir() -> PathBuf {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL server packages are installed (apt-get install postgresql; .ci/run does it)")
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|p| p.join("initdb").exists() && p.join("pg_ctl").exists())
        .collect();
    // Version folders are numbers: the newest server wins.
    found.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    found
        .pop()
        .expect("initdb and pg_ctl under /usr/lib/postgresql/*/bin")
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Runs a server binary, as `postgres` when the tests run as root (PostgreSQL refuses root).
fn run(bin: &Path, tool: &str, args: &[&str]) {
    let exe = bin.join(tool);
    let mut cmd = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&exe);
        c
    } else {
        Command::new(&exe)
    };
    let out = cmd.args(args).output().expect("the PostgreSQL tool runs");
    assert!(
        out.status.success(),
        "{tool} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

impl Cluster {
    pub fn start() -> Cluster {
        let bin = bindir();
        let dir = tempfile::tempdir().expect("temp dir");
        if is_root() {
            let ok = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path())
                .status()
                .expect("chown runs");
            assert!(ok.success(), "chown of the cluster folder");
        }
        let data = dir.path().join("data");
        let data_s = data.to_string_lossy().into_owned();
        run(
            &bin,
            "initdb",
            &[
                "-D",
                &data_s,
                "-U",
                "banzhen",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        );
        let port = free_port();
        let options = format!(
            "-p {port} -c listen_addresses=127.0.0.1 -k {} -c fsync=off -c max_connections=200",
            dir.path().display()
        );
        let log = dir.path().join("server.log");
        run(
            &bin,
            "pg_ctl",
            &[
                "-D",
                &data_s,
                "-o",
                &options,
                "-l",
                &log.to_string_lossy(),
                "-w",
                "start",
            ],
        );
        Cluster { dir, bin, port }
    }

    /// The URL of a new, empty database in this cluster.
    pub fn database(&self, name: &str) -> String {
        let out = Command::new(self.bin.join("psql"))
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "banzhen",
                "-d",
                "postgres",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                &format!("CREATE DATABASE {name}"),
            ])
            .output()
            .expect("psql runs");
        assert!(
            out.status.success(),
            "CREATE DATABASE {name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        self.url(name)
    }

    pub fn url(&self, name: &str) -> String {
        format!("postgres://banzhen@127.0.0.1:{}/{name}", self.port)
    }
}

/// Runs one statement on the database at `url` and returns its rows: how a
/// test looks inside PostgreSQL (or changes it behind the hub's back).
pub fn query(url: &str, statement: &str) -> Vec<tokio_postgres::Row> {
    let rt = banzhen::hub::runtime().expect("runtime");
    rt.block_on(async {
        let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .expect("connects");
        tokio::spawn(conn);
        client
            .query(statement, &[])
            .await
            .unwrap_or_else(|e| panic!("{statement}: {e}"))
    })
}

impl Drop for Cluster {
    fn drop(&mut self) {
        // Never panic here: a failed test is already unwinding.
        let data = self.dir.path().join("data");
        let exe = self.bin.join("pg_ctl");
        let mut cmd = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        let _ = cmd
            .arg("-D")
            .arg(&data)
            .args(["-m", "immediate", "-w", "stop"])
            .output();
    }
}
