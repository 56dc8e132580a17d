//! The hub's PostgreSQL schema: one upgrade step per version, applied in
//! order at start under an advisory lock (so several hub processes starting
//! together migrate once), each recorded with the SHA-256 of its SQL. A
//! database whose recorded steps differ from this build's, or that is newer
//! than this build, is refused rather than used.
//!
//! To change the schema: append a step to [`MIGRATIONS`]; never edit a step
//! that has shipped (the checksum check would refuse every database made by it).

use sha2::{Digest, Sha256};
use tokio_postgres::Client;

/// One upgrade step per version; index 0 takes an empty database to 1.
pub const MIGRATIONS: &[&str] = &[
    // 1: departments, kiosks, the day's counters and tickets, the calls shown
    // on waiting-room displays, kiosks' alerts and usage events, staff
    // accounts and their sessions, and the audit log.
    r#"
    CREATE TABLE departments (
        code TEXT PRIMARY KEY,
        prefix TEXT NOT NULL UNIQUE,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        desc_zh TEXT NOT NULL DEFAULT '',
        desc_en TEXT NOT NULL DEFAULT '',
        building TEXT NOT NULL,
        floor INTEGER NOT NULL,
        room TEXT NOT NULL,
        x DOUBLE PRECISION NOT NULL,
        y DOUBLE PRECISION NOT NULL,
        -- In the departments file's own words: "Mon-Fri 08:00-12:00; Sat 08:00-12:00".
        hours TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'paused')),
        status_note TEXT NOT NULL DEFAULT '',
        avg_minutes INTEGER NOT NULL CHECK (avg_minutes BETWEEN 1 AND 240),
        sort INTEGER NOT NULL,
        -- Kiosks pull what changed since the version they last saw.
        version BIGINT NOT NULL
    );
    CREATE SEQUENCE directory_version;
    -- The hospital's data files as last loaded (map, places, triage, departments),
    -- so an import from the console is checked against the same buildings and rules.
    CREATE TABLE hospital_files (
        name TEXT PRIMARY KEY,
        body TEXT NOT NULL
    );

    CREATE TABLE kiosks (
        id SERIAL PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9_.-]{1,40}$'),
        -- Numbers a kiosk issues while the hub is out of reach carry its letter (CA001).
        letter TEXT NOT NULL UNIQUE CHECK (letter ~ '^[A-Z]{1,2}$'),
        -- Only the token's hash is kept: a stolen database does not let anyone act as a kiosk.
        token_sha256 TEXT NOT NULL UNIQUE,
        revoked_at TIMESTAMPTZ,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_seen TIMESTAMPTZ,
        app_version TEXT NOT NULL DEFAULT '',
        speech BOOLEAN
    );

    -- One row per department per day: issuing a number is one UPDATE … RETURNING on it.
    CREATE TABLE day_counters (
        department TEXT NOT NULL REFERENCES departments(code),
        day DATE NOT NULL,
        last_number INTEGER NOT NULL CHECK (last_number > 0),
        PRIMARY KEY (department, day)
    );

    CREATE TABLE tickets (
        id BIGSERIAL PRIMARY KEY,
        department TEXT NOT NULL REFERENCES departments(code),
        day DATE NOT NULL,
        -- '' for the hub's own numbers, a kiosk's letter for those it issued offline.
        series TEXT NOT NULL CHECK (series ~ '^[A-Z]{0,2}$'),
        number INTEGER NOT NULL CHECK (number > 0),
        label TEXT NOT NULL,
        -- 'void': issued for a request whose answer never reached the kiosk,
        -- which gave the patient an offline number instead.
        status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'done', 'no_show', 'void')),
        -- 0 normal; 1 elderly or disabled; 2 emergency. Higher is called first.
        priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 2),
        issued_at TIMESTAMPTZ NOT NULL,
        called_at TIMESTAMPTZ,
        finished_at TIMESTAMPTZ,
        kiosk_id INTEGER NOT NULL REFERENCES kiosks(id),
        -- The kiosk's own key for the request: a retry finds the ticket instead of making a second.
        request_key TEXT NOT NULL CHECK (length(request_key) BETWEEN 8 AND 100),
        -- The safety net under the counter: no number twice, no request twice.
        UNIQUE (department, day, series, number),
        UNIQUE (department, day, label),
        UNIQUE (kiosk_id, request_key)
    );
    CREATE INDEX tickets_queue ON tickets (department, day, status, priority, issued_at);

    -- Every call, for the waiting-room displays and the nurse's "call again".
    CREATE TABLE calls (
        id BIGSERIAL PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL DEFAULT now(),
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        department TEXT NOT NULL REFERENCES departments(code),
        label TEXT NOT NULL,
        room TEXT NOT NULL
    );

    CREATE TABLE alerts (
        id BIGSERIAL PRIMARY KEY,
        kiosk_id INTEGER NOT NULL REFERENCES kiosks(id),
        alert_key TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('help', 'emergency', 'system')),
        message TEXT NOT NULL DEFAULT '',
        acknowledged_at TIMESTAMPTZ,
        acknowledged_by TEXT,
        UNIQUE (kiosk_id, alert_key)
    );

    -- Anonymous, as on the kiosk: no words, no audio, no person.
    CREATE TABLE usage_events (
        id BIGSERIAL PRIMARY KEY,
        kiosk_id INTEGER NOT NULL REFERENCES kiosks(id),
        event_key TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        visit BIGINT NOT NULL,
        kind TEXT NOT NULL,
        lang TEXT CHECK (lang IN ('zh', 'en')),
        channel TEXT NOT NULL CHECK (channel IN ('touch', 'voice', 'system')),
        department_code TEXT,
        place_kind TEXT,
        UNIQUE (kiosk_id, event_key)
    );
    CREATE INDEX usage_events_at ON usage_events (at);

    CREATE TABLE staff (
        id SERIAL PRIMARY KEY,
        username TEXT NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9_.-]{1,40}$'),
        -- Argon2id, never the password.
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('nurse', 'manager', 'admin')),
        -- The departments a nurse runs the queue of.
        departments TEXT[] NOT NULL DEFAULT '{}',
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TIMESTAMPTZ,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE TABLE staff_sessions (
        token_sha256 TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE audit (
        id BIGSERIAL PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL DEFAULT now(),
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        -- What an undo puts back, where the action can be undone.
        undo TEXT
    );
    "#,
];

#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error("the hub database is at schema version {found}, newer than this build's {known}: upgrade the hub")]
    TooNew { found: usize, known: usize },
    #[error("the hub database's schema step {version} differs from this build's (checksum {found}, expected {expected}): it was made by a different build")]
    Altered {
        version: usize,
        found: String,
        expected: String,
    },
    #[error(transparent)]
    Postgres(#[from] tokio_postgres::Error),
}

fn checksum(sql: &str) -> String {
    Sha256::digest(sql.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Brings the database to this build's version and checks the steps already there.
/// Returns the version it is at.
pub async fn migrate(client: &mut Client) -> Result<usize, SchemaError> {
    let tx = client.transaction().await?;
    // Held to the end of the transaction: hubs starting together take turns.
    tx.execute("SELECT pg_advisory_xact_lock(7141)", &[])
        .await?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS hub_schema (
            version INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )",
    )
    .await?;
    let applied: Vec<(i32, String)> = tx
        .query(
            "SELECT version, sha256 FROM hub_schema ORDER BY version",
            &[],
        )
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    if applied.len() > MIGRATIONS.len() {
        return Err(SchemaError::TooNew {
            found: applied.len(),
            known: MIGRATIONS.len(),
        });
    }
    for (version, found) in &applied {
        let expected = MIGRATIONS
            .get((*version as usize).saturating_sub(1))
            .map(|sql| checksum(sql))
            .unwrap_or_default();
        if *found != expected {
            return Err(SchemaError::Altered {
                version: *version as usize,
                found: found.clone(),
                expected,
            });
        }
    }
    for (k, sql) in MIGRATIONS.iter().enumerate().skip(applied.len()) {
        tx.batch_execute(sql).await?;
        tx.execute(
            "INSERT INTO hub_schema (version, sha256) VALUES ($1, $2)",
            &[&((k + 1) as i32), &checksum(sql)],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(MIGRATIONS.len())
}
